package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// TestMain checks that nothing outlives the tests and benchmarks. The one
// exception is a peer's: r3labs/sse v2.10.0 starts a goroutine per
// connection that, when the stream closes first, blocks for ever sending
// its unsubscription (the leak of r3labs/sse#131); BenchmarkSSEFanout
// triggers it, so it is ignored by name and only there.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, goleak.IgnoreTopFunction("github.com/r3labs/sse/v2.(*Subscriber).close"))
}

func TestRunExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{"help", []string{"help"}, 0, "commands:", ""},
		{"demo -h", []string{"demo", "-h"}, 0, "-seed", ""},
		{"load -h", []string{"load", "-h"}, 0, "-clients", ""},
		{"load bad clients", []string{"load", "-clients", "0"}, 2, "", "171-streaming: load: want -clients"},
		{"unknown command", []string{"nope"}, 2, "", `171-streaming: unknown command "nope"`},
		{"bad flag", []string{"demo", "-bogus"}, 2, "", "171-streaming: demo: flag provided but not defined: -bogus"},
		{"stray argument", []string{"demo", "x"}, 2, "", `171-streaming: demo: unexpected arguments ["x"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, &stdout, &stderr)
			assert.Equal(t, tt.wantCode, code, "exit code; stderr: %s", stderr.String())
			assert.Contains(t, stdout.String(), tt.wantStdout)
			if tt.wantStderr == "" {
				assert.Empty(t, stderr.String())
			} else {
				assert.Contains(t, stderr.String(), tt.wantStderr)
				assert.Equal(t, 1, bytes.Count(stderr.Bytes(), []byte("171-streaming:")), "one message, printed once")
			}
		})
	}
}

// TestDemo checks the demo's whole transcript: it is deterministic (seeded
// streams, single-threaded where order matters), so it is a golden file.
func TestDemo(t *testing.T) {
	t.Run("default", testDemoDefault)
}

func testDemoDefault(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), nil, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	golden(t, stdout.Bytes())
	for _, want := range []string{"== Click stream", "== Backpressure", "== Broker", "too late"} {
		assert.Contains(t, stdout.String(), want)
	}
}
