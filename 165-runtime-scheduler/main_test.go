package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// TestMain lets the test binary play the child roles the program's own
// binary plays (preempt modes), plus the schedtrace capture's spinner.
func TestMain(m *testing.M) {
	if ok, code := runChildRole(os.Stdout, os.Stderr); ok {
		os.Exit(code)
	}
	if os.Getenv(childEnv) == "spin" {
		childSpin()
		os.Exit(0)
	}
	goleak.VerifyTestMain(m)
}

func runMain(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(context.Background(), args, &o, &e)
	return code, o.String(), e.String()
}

func TestHelpOfEverySubcommand(t *testing.T) {
	for _, c := range commands {
		if c.name == "help" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runMain(t, c.name, "-h")
			assert.Equal(t, 0, code)
			assert.Empty(t, errOut)
			assert.Contains(t, out, "usage: "+progName+" "+c.name)
			assert.Contains(t, out, "flags:\n  -")
			assert.Contains(t, out, "examples:\n")
		})
	}
	code, out, _ := runMain(t, "help")
	assert.Equal(t, 0, code)
	for _, c := range commands {
		assert.Contains(t, out, c.name)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte("{\n \"goroutines\": [{\"name\": \"main\", \"steps\": [{\"cpu\": \"-1ms\"}]}]\n}"), 0o644))
	dead := filepath.Join(dir, "dead.json")
	require.NoError(t, os.WriteFile(dead, []byte(`{"channels": [{"name": "c"}], "goroutines": [{"name": "main", "steps": [{"recv": "c"}]}]}`), 0o644))
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"procs 0", []string{"sim", "-procs", "0"}, 2, "-procs must be between 1 and"},
		{"missing spec file", []string{"sim", "-spec", filepath.Join(dir, "nope.json")}, 2, "no such file"},
		{"unknown scenario", []string{"sim", "-scenario", "nope"}, 2, "unknown scenario"},
		{"unknown flag", []string{"sim", "-frobnicate"}, 2, "flag provided but not defined"},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"stray argument", []string{"sim", "extra"}, 2, "unexpected argument"},
		{"bad spec names field and line", []string{"sim", "-spec", bad}, 2, "line 2: goroutines[0].steps[0].cpu: -1ms: negative duration"},
		{"deadlock is a failure", []string{"sim", "-spec", dead}, 1, "deadlock"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runMain(t, tt.args...)
			assert.Equal(t, tt.wantCode, code)
			assert.Contains(t, errOut, tt.wantStderr)
			assert.True(t, strings.HasPrefix(errOut, progName+": "), "stderr %q lacks the program prefix", errOut)
			assert.Equal(t, 1, strings.Count(errOut, progName+": "), "message printed more than once: %q", errOut)
		})
	}
}

func TestSimCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "trace.json")
	code, stdout, stderr := runMain(t, "sim", "-scenario", "flood", "-procs", "2", "-schedtrace", "5ms", "-trace", out)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "SCHED 0ms: gomaxprocs=2 ")
	assert.Contains(t, stdout, "scenario flood: 2 Ps")
	_, err := os.Stat(out)
	assert.NoError(t, err)

	code, stdout, _ = runMain(t, "sim", "-list")
	assert.Equal(t, 0, code)
	for _, sc := range scenarios {
		assert.Contains(t, stdout, sc.name)
	}
}

func TestDemoTranscript(t *testing.T) {
	code, out, errOut := runMain(t, "demo", "-real=false")
	require.Equal(t, 0, code, errOut)
	golden(t, "TestDemoTranscript", "demo", []byte(out))
}

func TestDemoRealSections(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes")
	}
	code, out, errOut := runMain(t)
	require.Equal(t, 0, code, errOut)
	// The simulated part is the golden transcript; the real part varies,
	// so only its shape is checked.
	assert.Contains(t, out, "== 4. The real runtime")
	for _, m := range preemptModes {
		assert.Contains(t, out, "\n"+m.name+" ")
	}
	assert.Contains(t, out, "== 5. Contention")
	assert.Contains(t, out, ".contendMutex")
	assert.Contains(t, out, "== 6. GOMAXPROCS")
	assert.Contains(t, out, "← best throughput")
}

// golden compares got with testdata/<test>/<name>.golden, rewriting it
// under -update.
func golden(t *testing.T, test, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", test, name+".golden")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run %s -update", test)
	assert.Equal(t, string(want), string(got))
}
