package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// TestMain runs the command line instead of the tests when the binary
// is started as a child by selfArgv, as the program itself does.
func TestMain(m *testing.M) {
	if os.Getenv(checkptrEnv) != "" {
		checkptrViolation()
		os.Exit(0) // reached only without checkptr
	}
	if os.Getenv(doubleFinalizerEnv) != "" {
		doubleFinalizer()
		os.Exit(0) // never reached: the second SetFinalizer is fatal
	}
	if os.Getenv(childEnv) != "" {
		os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
	}
	goleak.VerifyTestMain(m)
}

func TestRunExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{name: "global help", args: []string{"-h"}, wantCode: 0, wantStdout: "commands:"},
		{name: "help command", args: []string{"help"}, wantCode: 0, wantStdout: "escape"},
		{name: "unknown command", args: []string{"nope"}, wantCode: 2, wantStderr: `unknown command "nope"`},
		{name: "demo help", args: []string{"demo", "-h"}, wantCode: 0, wantStdout: "example:\n  166-memory-gc demo"},
		{name: "demo stray argument", args: []string{"demo", "extra"}, wantCode: 2, wantStderr: "unexpected arguments"},
		{name: "escape help", args: []string{"escape", "-h"}, wantCode: 0, wantStdout: "-json"},
		{name: "escape unknown flag", args: []string{"escape", "-x"}, wantCode: 2, wantStderr: "flag provided but not defined: -x"},
		{name: "escape no package", args: []string{"escape"}, wantCode: 2, wantStderr: "want one PACKAGE or DIR"},
		{name: "track bad cycles", args: []string{"track", "-cycles", "1"}, wantCode: 2, wantStderr: "-cycles >= 2"},
		{name: "track stray argument", args: []string{"track", "x"}, wantCode: 2, wantStderr: "no arguments"},
		{name: "escape unknown package", args: []string{"escape", "nosuch.example/pkg"}, wantCode: 1, wantStderr: "nosuch.example/pkg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, &stdout, &stderr)
			assert.Equal(t, tt.wantCode, code, "stderr: %s", stderr.String())
			assert.Contains(t, stdout.String(), tt.wantStdout)
			assert.Contains(t, stderr.String(), tt.wantStderr)
			if code == 2 {
				assert.Equal(t, 1, strings.Count(stderr.String(), "\n"), "a usage error is one line: %q", stderr.String())
				assert.True(t, strings.HasPrefix(stderr.String(), progName+": "), "prefixed with the program name")
			}
		})
	}
}

// TestEveryCommandHelp checks that each subcommand's -h shows its own
// synopsis and example.
func TestEveryCommandHelp(t *testing.T) {
	for _, c := range commands {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(context.Background(), []string{c.name, "-h"}, &stdout, &stderr))
			assert.Contains(t, stdout.String(), "usage: "+progName+" "+c.name)
			assert.Contains(t, stdout.String(), "example:")
			assert.Empty(t, stderr.String())
		})
	}
}

func TestRunEscapeJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"escape", "-json", "."}, &stdout, &stderr), stderr.String())
	var out struct {
		Groups []FuncGroup `json:"groups"`
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &out))
	found := false
	for _, g := range out.Groups {
		if g.Func == "catReturnLocalPointer" {
			for _, f := range g.Findings {
				found = found || (f.Verdict == VerdictMovedToHeap && f.Expr == "p" && len(f.Flows) > 0)
			}
		}
	}
	assert.True(t, found, "catReturnLocalPointer's moved-to-heap p with its flow in the JSON")
	assert.Contains(t, stdout.String(), `"src": "&p"`)
}

func TestDemo(t *testing.T) {
	if raceEnabled {
		defer func(n int, s TuneSpec) { burstWarmup, demoTuneSpec = n, s }(burstWarmup, demoTuneSpec)
		burstWarmup = 2_000
		demoTuneSpec.Workload = WorkloadSpec{LiveMiB: 8, ChurnMiB: 64}
	}
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(context.Background(), nil, &stdout, &stderr), stderr.String())
	out := stdout.String()
	assert.Contains(t, out, "moved to heap: p")
	assert.NotContains(t, out, "NOT REPORTED")
	assert.NotContains(t, out, "UNEXPECTED")
	for _, want := range []string{"gctrace:", "metrics:", "ours (Tuner)", "gctuner (bytedance)", "retained after burst", "LEAKING", "steady:", "released by its AddCleanup", "gone=true", "unique.Handle"} {
		assert.Contains(t, out, want)
	}
}

func TestRunPools(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops a random quarter of Puts under -race; the table's figures mean nothing there")
	}
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"pools"}, &stdout, &stderr), stderr.String())
	for _, want := range []string{"fresh", "warm", "ours", "calibrated", "syncpool", "none", "retained"} {
		assert.Contains(t, stdout.String(), want)
	}
	assert.Equal(t, 2, run(context.Background(), []string{"pools", "x"}, &stdout, &stderr))
}

func TestRunTrack(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"track", "-records", "2000", "-top", "3"}, &stdout, &stderr), stderr.String())
	out := stdout.String()
	for _, want := range []string{"allocated", "profiled", "live heap", "encoding/json", "keeps every buffer    LEAKING", "replaces its buffers  steady"} {
		assert.Contains(t, out, want)
	}
}
