package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecide(t *testing.T) {
	opts := TunerOptions{Limit: 1000 << 20, Threshold: 0.7, MinGOGC: 50, MaxGOGC: 500, MaxGCCPU: 0.25}
	sample := func(live uint64, gcCPU, totalCPU float64) GCSample {
		return GCSample{HeapLive: live, GCCPU: gcCPU, TotalCPU: totalCPU}
	}
	prev := sample(0, 0, 0)
	tests := []struct {
		name      string
		gogc      int
		now       GCSample
		wantGOGC  int
		wantGuard bool
	}{
		// goal = live × (1 + GOGC/100) = threshold 700 MiB.
		{"small heap, large GOGC", 100, sample(200<<20, 0.1, 10), 250, false},
		{"tiny heap, capped at max", 100, sample(10<<20, 0.1, 10), 500, false},
		{"near threshold, floored at min", 100, sample(600<<20, 0.1, 10), 50, false},
		{"above threshold, min", 100, sample(800<<20, 0.1, 10), 50, false},
		{"GC burning CPU: guard doubles GOGC", 50, sample(800<<20, 4, 10), 100, true},
		{"guard from a high GOGC", 300, sample(800<<20, 4, 10), 500, true},
		{"guard at max leaves the formula", 500, sample(800<<20, 4, 10), 50, false},
		{"nothing measured yet", 100, sample(0, 0, 10), 100, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			step := decide(opts, tt.gogc, tt.now, prev)
			assert.Equal(t, tt.wantGOGC, step.GOGC, "GOGC (%s)", step.Reason)
			assert.Equal(t, tt.wantGuard, step.Guard)
			assert.NotEmpty(t, step.Reason)
		})
	}
}

// TestTunerFollowsGC runs the tuner on this process's real GC: cycles
// forced by runtime.GC must each produce a step that sets GOGC, and Stop
// must restore the GOGC it found.
func TestTunerFollowsGC(t *testing.T) {
	orig := debug.SetGCPercent(137)
	defer debug.SetGCPercent(orig)
	steps := make(chan TunerStep, 64)
	tu, err := StartTuner(TunerOptions{Limit: 1 << 30, Observe: func(s TunerStep) {
		select {
		case steps <- s:
		default:
		}
	}})
	require.NoError(t, err)
	for range 3 {
		runtime.GC()
	}
	// Cleanups run on the runtime's cleanup goroutine after the cycle;
	// wait for the first step rather than sleeping.
	s := <-steps
	assert.Positive(t, s.Cycle)
	assert.GreaterOrEqual(t, s.GOGC, 50)
	assert.LessOrEqual(t, s.GOGC, 500)
	n, _ := tu.Stop()
	assert.Positive(t, n)
	assert.Equal(t, 137, debug.SetGCPercent(137), "Stop restores GOGC")
	before := n
	runtime.GC()
	runtime.GC()
	n2, _ := tu.Stop()
	assert.Equal(t, before, n2, "no steps after Stop")

	_, err = StartTuner(TunerOptions{})
	assert.ErrorIs(t, err, ErrNoLimit)
}

func TestCgroupMemoryLimit(t *testing.T) {
	root := t.TempDir()
	write := func(path, data string) {
		t.Helper()
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(root, path)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(root, path), []byte(data), 0o644))
	}
	write("proc-v2", "0::/kubepods/pod1\n")
	write("cg/kubepods/pod1/memory.max", "536870912\n")
	write("proc-v2-max", "0::/free\n")
	write("cg/free/memory.max", "max\n")
	write("proc-hybrid", "4:memory:/docker/abc\n0::/\n")
	write("cg/memory/docker/abc/memory.limit_in_bytes", "268435456\n")
	write("proc-v1-unlimited", "4:memory:/u\n")
	write("cg/memory/u/memory.limit_in_bytes", "9223372036854771712\n")
	write("proc-none", "1:cpu:/\n")
	tests := []struct {
		name    string
		proc    string
		want    uint64
		wantErr error
	}{
		{"v2", "proc-v2", 512 << 20, nil},
		{"v2 max", "proc-v2-max", 0, ErrNoLimit},
		{"hybrid falls back to v1", "proc-hybrid", 256 << 20, nil},
		{"v1 unlimited", "proc-v1-unlimited", 0, ErrNoLimit},
		{"no memory controller", "proc-none", 0, ErrNoLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CgroupMemoryLimit(filepath.Join(root, tt.proc), filepath.Join(root, "cg"))
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	_, err := CgroupMemoryLimit(filepath.Join(root, "missing"), root)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestRunTuneRefusesLimitBelowLive(t *testing.T) {
	_, err := RunTune(context.Background(), TuneSpec{Workload: WorkloadSpec{LiveMiB: 64}, Limit: 32 << 20})
	require.ErrorIs(t, err, ErrLimitBelowLive)
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 1, run(context.Background(), []string{"tune", "-limit", "16", "-live", "32"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "not above the workload's live set")
}

// TestRunTuneSmall runs the whole table on a small workload, one child
// per row, and checks each row's figures came from its own setting.
func TestRunTuneSmall(t *testing.T) {
	rows, err := RunTune(context.Background(), TuneSpec{Workload: WorkloadSpec{LiveMiB: 4, ChurnMiB: 64}, Limit: 64 << 20})
	require.NoError(t, err)
	require.Len(t, rows, len(tuneSettings))
	byName := map[string]WorkloadResult{}
	for _, r := range rows {
		require.Len(t, r.Runs, 1)
		byName[r.Setting] = r.Runs[0]
		assert.Positive(t, r.Runs[0].Cycles, r.Setting)
	}
	assert.Equal(t, int64(200), byName["GOGC=200"].GOGC)
	assert.Equal(t, int64(-1), byName["GOMEMLIMIT, GOGC=off"].GOGC)
	assert.Equal(t, int64(64<<20), byName["GOMEMLIMIT, GOGC=100"].MemLimit)
	assert.Contains(t, byName["ours (Tuner)"].TunerNote, "tuner:")
	assert.Contains(t, byName["gctuner (bytedance)"].TunerNote, "gctuner:")
	var out strings.Builder
	require.NoError(t, writeTuneTable(&out, rows, 64<<20))
	assert.Contains(t, out.String(), "fewer GC cycles than GOGC=100")
}
