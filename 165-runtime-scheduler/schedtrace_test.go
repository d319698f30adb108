package main

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files and the captured schedtrace lines")

// childSpin is what the test binary does when re-run as a child under
// GODEBUG=schedtrace: keep every P busy for a while, then exit.
func childSpin() {
	stop := time.Now().Add(60 * time.Millisecond)
	done := make(chan struct{})
	for range 3 {
		go func() {
			for time.Now().Before(stop) {
			}
			done <- struct{}{}
		}()
	}
	for range 3 {
		<-done
	}
}

// captureSchedtrace runs the test binary as a child with
// GODEBUG=schedtrace=10 and GOMAXPROCS=procs, returning its SCHED lines.
func captureSchedtrace(t *testing.T, procs string) []string {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=spin", "GODEBUG=schedtrace=10", "GOMAXPROCS="+procs)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Run(), "child: %s", stderr.String())
	var lines []string
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "SCHED ") {
			lines = append(lines, sc.Text())
		}
	}
	require.NotEmpty(t, lines, "the child printed no SCHED lines: %s", stderr.String())
	return lines
}

var digits = regexp.MustCompile(`[0-9]+`)

// shape replaces every number with N: what is left is the field names,
// their order and the spacing, which must match the runtime's exactly.
func shape(line string) string { return digits.ReplaceAllString(line, "N") }

func simSchedtraceLines(t *testing.T, procs int) []string {
	t.Helper()
	var b bytes.Buffer
	sc, err := lookupScenario("spawner")
	require.NoError(t, err)
	runSpec(t, sc.spec(), Config{Procs: procs, Seed: 1, SchedtraceEvery: time.Millisecond, Schedtrace: &b})
	return strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
}

func TestSchedtraceMatchesRealRuntime(t *testing.T) {
	for _, procs := range []int{1, 2, 4} {
		t.Run("procs="+itoa(procs), func(t *testing.T) {
			real := captureSchedtrace(t, itoa(procs))
			sim := simSchedtraceLines(t, procs)
			require.NotEmpty(t, sim)
			for _, l := range sim {
				assert.Equal(t, shape(real[0]), shape(l), "sim line %q vs runtime line %q", l, real[0])
			}
		})
	}
}

func TestSchedtraceMatchesCapturedLines(t *testing.T) {
	golden := filepath.Join("testdata", "schedtrace", "go1.26-procs2.txt")
	if *update {
		lines := captureSchedtrace(t, "2")
		header := "# SCHED lines from " + runtime.Version() + ", GODEBUG=schedtrace=10 GOMAXPROCS=2, captured by go test -run TestSchedtraceMatchesCapturedLines -update\n"
		require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
		require.NoError(t, os.WriteFile(golden, []byte(header+strings.Join(lines, "\n")+"\n"), 0o644))
	}
	data, err := os.ReadFile(golden)
	require.NoError(t, err)
	var captured []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "SCHED ") {
			captured = append(captured, l)
		}
	}
	require.NotEmpty(t, captured)
	for _, l := range simSchedtraceLines(t, 2) {
		assert.Equal(t, shape(captured[0]), shape(l))
	}
}
