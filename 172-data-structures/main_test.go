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

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestRunExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{name: "help flag", args: []string{"-h"}, wantCode: 0, wantStderr: "usage:"},
		{name: "help command", args: []string{"help"}, wantCode: 0, wantStdout: "usage:"},
		{name: "unknown command", args: []string{"nope"}, wantCode: 2, wantStderr: `unknown command "nope"`},
		{name: "unknown flag", args: []string{"demo", "-x"}, wantCode: 2, wantStderr: "flag provided but not defined"},
		{name: "unknown section", args: []string{"demo", "-only", "nope"}, wantCode: 2, wantStderr: `unknown section "nope"`},
		{name: "stray argument", args: []string{"demo", "extra"}, wantCode: 2, wantStderr: "unexpected arguments"},
		{name: "demo -h", args: []string{"demo", "-h"}, wantCode: 0,
			wantStderr: "usage: 172-data-structures demo [-only SECTIONS]"},
		{name: "complete -h", args: []string{"complete", "-h"}, wantCode: 0, wantStderr: "(default 10)"},
		{name: "complete bad k", args: []string{"complete", "-k", "0", "x"}, wantCode: 2, wantStderr: "-k 0: want at least 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, &stdout, &stderr)
			assert.Equal(t, tt.wantCode, code, "stderr: %s", stderr.String())
			assert.Contains(t, stdout.String(), tt.wantStdout)
			assert.Contains(t, stderr.String(), tt.wantStderr)
			assert.NotContains(t, stderr.String(), ": usage", "stray error marker")
			if code == 2 { // the message once, then one usage
				assert.Equal(t, 1, strings.Count(stderr.String(), "172-data-structures: "), stderr.String())
				assert.Equal(t, 1, strings.Count(stderr.String(), "usage: "), stderr.String())
			}
		})
	}
}

// TestSubcommandHelp checks that each subcommand's -h lists its own flags
// with their defaults and an example, not the global usage.
func TestSubcommandHelp(t *testing.T) {
	tests := []struct {
		cmd  string
		want []string
	}{
		{"demo", []string{"-only sections", "bloom,ring,radix", "examples:", "demo -only bloom,ring"}},
		{"complete", []string{"-k int", "-root directory", "(default 10)", "examples:", "complete -k 5 net/http/h"}},
	}
	for _, tt := range tests {
		t.Run(tt.cmd, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(context.Background(), []string{tt.cmd, "-h"}, &stdout, &stderr))
			for _, w := range tt.want {
				assert.Contains(t, stderr.String(), w)
			}
			assert.NotContains(t, stderr.String(), "commands:", "printed the global usage")
		})
	}
}

func TestComplete(t *testing.T) {
	dir := t.TempDir()
	for name, size := range map[string]int{"a/big.go": 300, "a/small.go": 10, "a/mid.go": 100, "b/x.go": 999} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), make([]byte, size), 0o644))
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"complete", "-root", dir, "-k", "2", "a/"}, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	lines := strings.Split(strings.TrimRight(stdout.String(), "\n"), "\n")
	require.Len(t, lines, 3)
	assert.Contains(t, lines[1], "a/big.go")
	assert.Contains(t, lines[2], "a/mid.go")
	col := strings.Index(lines[0], "path")
	for _, l := range lines[1:] {
		assert.Equal(t, col, strings.Index(l, "a/"), "path column not left-aligned:\n%s", stdout.String())
	}

	stdout.Reset()
	stderr.Reset()
	assert.Equal(t, 1, run(context.Background(), []string{"complete", "-root", dir, "zzz"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "no path")
	assert.Equal(t, 2, run(context.Background(), []string{"complete", "-k", "0", "a"}, &stdout, &stderr))
	assert.Equal(t, 2, run(context.Background(), []string{"complete"}, &stdout, &stderr))
}

// TestLookupsDoNotAllocate covers the lookup paths not already checked
// beside their structure (radix, skip list and map tests check theirs).
func TestLookupsDoNotAllocate(t *testing.T) {
	bf, err := NewBloomFilter(1000, 0.01)
	require.NoError(t, err)
	bb, err := NewBloomFilter(1000, 0.01, WithBlocked(), WithConcurrent())
	require.NoError(t, err)
	ring, err := NewRing()
	require.NoError(t, err)
	placers := []Placer{ring, &Jump{}, &Rendezvous{}}
	for _, p := range placers {
		require.NoError(t, p.Add("a"))
		require.NoError(t, p.Add("b"))
	}
	key := []byte("key")
	tests := []struct {
		name string
		fn   func()
	}{
		{"bloom Test", func() { bf.Test(key); bf.TestString("key") }},
		{"bloom Add and TestAndAdd", func() { bf.Add(key); bf.AddString("k"); bf.TestAndAdd(key); bf.TestAndAddString("k") }},
		{"bloom blocked concurrent Test", func() { bb.Test(key); bb.TestString("key") }},
		{"ring Get", func() { _, _ = ring.Get("key") }},
		{"jump Get", func() { _, _ = placers[1].Get("key") }},
		{"rendezvous Get", func() { _, _ = placers[2].Get("key") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, 0.0, testing.AllocsPerRun(100, tt.fn))
		})
	}
}

func TestRunCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 1, run(ctx, nil, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "context canceled")
}

// TestDemoShape runs each demo section and checks its table headers; the
// figures are measured, so only the shape is stable.
func TestDemoShape(t *testing.T) {
	tests := []struct {
		section string
		want    []string
	}{
		{"bloom", []string{"layout", "target p", "measured fp", "standard", "blocked-512"}},
		{"ring", []string{"scheme", "moved on join", "jump", "rendezvous", "Bounded loads"}},
		{"radix", []string{"Autocomplete(k=3)", "net/http/", "LongestPrefix", "WalkPrefix"}},
		{"counters", []string{"striped (LongAdder)", "per-worker padded", "ns/add"}},
		{"map", []string{"ShardedMap", "sync.Map", "map + RWMutex", "reads=90%"}},
		{"skiplist", []string{"Range(1000000, 1001000)", "At(Len/2) = median", "Rank(median)"}},
	}
	demoShrink = 20
	t.Cleanup(func() { demoShrink = 1 })
	for _, tt := range tests {
		t.Run(tt.section, func(t *testing.T) {
			if testing.Short() {
				t.Skip("demo sections take seconds")
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"demo", "-only", tt.section}, &stdout, &stderr)
			assert.Equal(t, 0, code, "stderr: %s", stderr.String())
			out := stdout.String()
			assert.True(t, strings.HasPrefix(out, "== "+tt.section+" "), "output starts %q", out[:min(len(out), 40)])
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
			for line := range strings.SplitSeq(out, "\n") {
				assert.LessOrEqual(t, len(line), 100, "line wider than 100 columns: %q", line)
			}
		})
	}
}
