package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseGCTrace(t *testing.T) {
	tests := []struct {
		name string
		give string
		want GCTrace
	}{
		{
			name: "captured, 2 P",
			give: "gc 9 @0.012s 5%: 0.023+0.28+0.002 ms clock, 0.047+0.10/0.015/0.006+0.004 ms cpu, 9->12->5 MB, 11 MB goal, 0 MB stacks, 0 MB globals, 2 P",
			want: GCTrace{Cycle: 9, At: 12 * time.Millisecond, CPUPercent: 5,
				SweepTermWall: 23 * time.Microsecond, MarkWall: 280 * time.Microsecond, MarkTermWall: 2 * time.Microsecond,
				SweepTermCPU: 47 * time.Microsecond, AssistCPU: 100 * time.Microsecond, BackgroundCPU: 15 * time.Microsecond,
				IdleCPU: 6 * time.Microsecond, MarkTermCPU: 4 * time.Microsecond,
				HeapStartMB: 9, HeapEndMB: 12, LiveMB: 5, GoalMB: 11, Procs: 2},
		},
		{
			name: "forced, whole-millisecond and zero times",
			give: "gc 28 @10.062s 5%: 12+0.57+0 ms clock, 0.062+0/0.14/0.35+0.004 ms cpu, 25->25->20 MB, 40 MB goal, 1 MB stacks, 2 MB globals, 2 P (forced)",
			want: GCTrace{Cycle: 28, At: 10062 * time.Millisecond, CPUPercent: 5,
				SweepTermWall: 12 * time.Millisecond, MarkWall: 570 * time.Microsecond,
				SweepTermCPU: 62 * time.Microsecond, BackgroundCPU: 140 * time.Microsecond, IdleCPU: 350 * time.Microsecond,
				MarkTermCPU: 4 * time.Microsecond,
				HeapStartMB: 25, HeapEndMB: 25, LiveMB: 20, GoalMB: 40, StacksMB: 1, GlobalsMB: 2, Procs: 2, Forced: true},
		},
		{
			name: "goroutine leak check annotation",
			give: "gc 3 @0.5s 1% (checking for goroutine leaks): 0.01+0.1+0.01 ms clock, 0.01+0/0.1/0+0.01 ms cpu, 4->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 8 P",
			want: GCTrace{Cycle: 3, At: 500 * time.Millisecond, CPUPercent: 1, LeakCheck: true,
				SweepTermWall: 10 * time.Microsecond, MarkWall: 100 * time.Microsecond, MarkTermWall: 10 * time.Microsecond,
				SweepTermCPU: 10 * time.Microsecond, BackgroundCPU: 100 * time.Microsecond, MarkTermCPU: 10 * time.Microsecond,
				HeapStartMB: 4, HeapEndMB: 4, LiveMB: 1, GoalMB: 4, Procs: 8},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseGCTrace(tt.give)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseGCTraceRefusesOtherFormats(t *testing.T) {
	tests := []struct {
		name, give string
		wantErr    error
	}{
		// Go 1.18's documented format, before stacks and globals (runtime/extern.go of 1.18).
		{"go1.18 format", "gc 1 @0.004s 2%: 0.009+0.23+0.004 ms clock, 0.036+0.12/0.22/0.027+0.019 ms cpu, 4->4->0 MB, 5 MB goal, 4 P", ErrGCTraceFormat},
		{"truncated", "gc 1 @0.004s 2%: 0.009+0.23+0.004 ms clock", ErrGCTraceFormat},
		{"extra field", "gc 1 @0.000s 19%: 0.010+0.12+0.021 ms clock, 0.010+0.10/0/0+0.021 ms cpu, 3->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 0 MB arenas, 1 P", ErrGCTraceFormat},
		{"program output", "hello from the program", ErrNotGCTrace},
		{"scavenger", "scav 0 KiB work (bg), 0 KiB work (eager), 0 KiB now, 3 KiB retained", ErrNotGCTrace},
		{"empty", "", ErrNotGCTrace},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseGCTrace(tt.give)
			require.ErrorIs(t, err, tt.wantErr)
			assert.Equal(t, GCTrace{}, g)
			if tt.wantErr == ErrGCTraceFormat {
				assert.Contains(t, err.Error(), tt.give, "the error quotes the line")
			}
		})
	}
}

// TestScanGCTraceCaptured reads lines captured from this Go version
// (testdata/gctrace-go1.26.txt: GODEBUG=gctrace=1 on a small allocating
// program, GOMAXPROCS 2 and 1) and mixes in another version's line.
func TestScanGCTraceCaptured(t *testing.T) {
	data, err := os.ReadFile("testdata/gctrace-go1.26.txt")
	require.NoError(t, err)
	old := "gc 1 @0.004s 2%: 0.009+0.23+0.004 ms clock, 0.036+0.12/0.22/0.027+0.019 ms cpu, 4->4->0 MB, 5 MB goal, 4 P\n"
	var other bytes.Buffer
	log, err := ScanGCTrace(strings.NewReader(string(data)+old+"program says hi\n"), &other)
	require.NoError(t, err)
	assert.Len(t, log.Cycles, strings.Count(string(data), "\n"), "every captured line parses")
	assert.Equal(t, []string{strings.TrimSpace(old)}, log.Unparsed)
	assert.Equal(t, "program says hi\n", other.String())
	s := log.Summary()
	assert.Equal(t, 2, s.Forced, "the capture ends with two runtime.GC() calls per run")
	assert.Positive(t, s.PeakHeapMB)
	assert.LessOrEqual(t, s.PauseP50, s.PauseP99)
	assert.LessOrEqual(t, s.PauseP99, s.PauseMax)
}

func TestHistQuantile(t *testing.T) {
	buckets := []float64{0, 1e-6, 1e-3, 1, posInf()}
	tests := []struct {
		name   string
		counts []uint64
		q      float64
		want   time.Duration
	}{
		{"empty", []uint64{0, 0, 0, 0}, 0.99, 0},
		{"all in first", []uint64{5, 0, 0, 0}, 0.5, time.Microsecond},
		{"p99 in the tail", []uint64{98, 1, 1, 0}, 0.99, time.Millisecond},
		{"max in the tail", []uint64{98, 1, 1, 0}, 1, time.Second},
		{"infinite bucket uses its lower bound", []uint64{0, 0, 0, 1}, 1, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, histQuantile(tt.counts, buckets, tt.q))
		})
	}
}

// TestSampleGCSeesForcedCycle checks the sampler against the runtime: a
// runtime.GC() between two samples is one forced cycle with a pause.
func TestSampleGCSeesForcedCycle(t *testing.T) {
	before := SampleGC()
	sinkBytes = make([]byte, 1<<20)
	runtimeGC()
	iv := SampleGC().Since(before)
	assert.GreaterOrEqual(t, iv.Cycles, uint64(1))
	assert.GreaterOrEqual(t, iv.Forced, uint64(1))
	assert.GreaterOrEqual(t, iv.Pauses, uint64(2), "a cycle has two STW pauses")
	assert.Positive(t, iv.PauseMax)
	assert.GreaterOrEqual(t, iv.AllocBytes, uint64(1<<20))
}

// TestGCTraceChild runs the built-in workload as a child of this test
// binary, as the gctrace subcommand does, and checks the trace against
// the child's own runtime/metrics count of cycles.
func TestGCTraceChild(t *testing.T) {
	argv, env, err := selfArgv("workload", "-live", "8", "-churn", "128")
	require.NoError(t, err)
	cr, err := runChild(context.Background(), argv, env, true, nil)
	require.NoError(t, err)
	require.NotEmpty(t, cr.Trace.Cycles)
	assert.Empty(t, cr.Trace.Unparsed, "this Go version's lines all parse")
	// The trace counts every cycle of the process; the result counts the
	// workload's, so the trace has at least as many.
	assert.GreaterOrEqual(t, uint64(len(cr.Trace.Cycles)), cr.Result.Cycles)
	assert.Positive(t, cr.Result.Cycles)
	assert.GreaterOrEqual(t, cr.Result.AllocBytes, uint64(128<<20))

	// An explicit CMD gets no childEnv from gctrace; without it the test
	// binary would run its tests again (and this test, recursively).
	t.Setenv(childEnv, "1")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"gctrace", "-json", "--", argv[0], "workload", "-live", "4", "-churn", "32"}, &stdout, &stderr), stderr.String())
	var log GCTraceLog
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &log), stdout.String())
	assert.NotEmpty(t, log.Cycles)
}

func TestWithGODEBUG(t *testing.T) {
	assert.Equal(t, []string{"A=1", "GODEBUG=gctrace=1"}, withGODEBUG([]string{"A=1"}, "gctrace=1"))
	assert.Equal(t, []string{"GODEBUG=gctrace=1,madvdontneed=1"}, withGODEBUG([]string{"GODEBUG=madvdontneed=1"}, "gctrace=1"))
}

func FuzzParseGCTrace(f *testing.F) {
	data, err := os.ReadFile("testdata/gctrace-go1.26.txt")
	require.NoError(f, err)
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f.Add(sc.Text())
	}
	f.Add("gc 1 @0.004s 2%: 0.009+0.23+0.004 ms clock, 0.036+0.12/0.22/0.027+0.019 ms cpu, 4->4->0 MB, 5 MB goal, 4 P")
	f.Fuzz(func(t *testing.T, line string) {
		g, err := ParseGCTrace(line)
		if err != nil {
			if g != (GCTrace{}) {
				t.Fatalf("error %v with a non-zero result %+v", err, g)
			}
			return
		}
		if !strings.HasPrefix(line, "gc ") || g.Procs < 0 || g.HeapStartMB < 0 {
			t.Fatalf("accepted %q as %+v", line, g)
		}
		// Round trip: formatting the parsed line and parsing it again
		// gives the same struct (times are exact in nanoseconds only up
		// to float rounding, so compare the re-parse of the re-format).
		g2, err := ParseGCTrace(formatGCTrace(g))
		if err != nil {
			t.Fatalf("re-parse of %q: %v", formatGCTrace(g), err)
		}
		if g3, _ := ParseGCTrace(formatGCTrace(g2)); g3 != g2 {
			t.Fatalf("format/parse not idempotent: %+v vs %+v", g2, g3)
		}
	})
}
