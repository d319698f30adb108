package main

import (
	"context"
	"errors"
	"os"
	"runtime"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGoDefaultProcsRounding(t *testing.T) {
	tests := []struct {
		name     string
		ncpu     int
		limit    float64
		hasLimit bool
		wantGo   int
		wantUber int
	}{
		{"no limit", 8, 0, false, 8, 8},
		{"half a CPU: Go raises to 2, automaxprocs to 1", 8, 0.5, true, 2, 1},
		{"1.5 CPUs", 8, 1.5, true, 2, 1},
		{"2.5 CPUs: Go rounds up", 8, 2.5, true, 3, 2},
		{"exactly 4", 8, 4, true, 4, 4},
		{"limit above the CPUs", 4, 16, true, 4, 4},
		{"one CPU machine, limit 0.5: never above the CPUs", 1, 0.5, true, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantGo, goDefaultProcs(tt.ncpu, tt.limit, tt.hasLimit), "Go 1.25")
			assert.Equal(t, tt.wantUber, automaxprocsProcs(tt.ncpu, tt.limit, tt.hasLimit), "automaxprocs")
		})
	}
}

func TestParseCPUMax(t *testing.T) {
	tests := []struct {
		give      string
		wantLimit float64
		wantOK    bool
		wantErr   error
	}{
		{"max 100000\n", 0, false, nil},
		{"150000 100000\n", 1.5, true, nil},
		{"50000 100000", 0.5, true, nil},
		{"", 0, false, ErrCgroupFormat},
		{"max", 0, false, ErrCgroupFormat},
		{"abc 100000", 0, false, ErrCgroupFormat},
		{"100 0", 0, false, ErrCgroupFormat},
		{"-5 100000", 0, false, ErrCgroupFormat},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			limit, ok, err := parseCPUMax([]byte(tt.give))
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantOK, ok)
			assert.InDelta(t, tt.wantLimit, limit, 1e-9)
		})
	}
}

func TestReadCgroupLimit(t *testing.T) {
	v2mount := "29 23 0:26 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n"
	tests := []struct {
		name      string
		fs        fstest.MapFS
		wantVer   int
		wantLimit float64
		wantHas   bool
		wantFile  string
	}{
		{"v2 with a limit", fstest.MapFS{
			"proc/self/cgroup":                    {Data: []byte("0::/kubepods/pod1\n")},
			"proc/self/mountinfo":                 {Data: []byte(v2mount)},
			"sys/fs/cgroup/kubepods/pod1/cpu.max": {Data: []byte("250000 100000\n")},
		}, 2, 2.5, true, "sys/fs/cgroup/kubepods/pod1/cpu.max"},
		{"v2 unlimited", fstest.MapFS{
			"proc/self/cgroup":      {Data: []byte("0::/\n")},
			"proc/self/mountinfo":   {Data: []byte(v2mount)},
			"sys/fs/cgroup/cpu.max": {Data: []byte("max 100000\n")},
		}, 2, 0, false, "sys/fs/cgroup/cpu.max"},
		{"v2 in a cgroup namespace", fstest.MapFS{
			"proc/self/cgroup":      {Data: []byte("0::/app\n")},
			"proc/self/mountinfo":   {Data: []byte("29 23 0:26 /app /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n")},
			"sys/fs/cgroup/cpu.max": {Data: []byte("50000 100000\n")},
		}, 2, 0.5, true, "sys/fs/cgroup/cpu.max"},
		{"v1 quota", fstest.MapFS{
			"proc/self/cgroup":                               {Data: []byte("4:memory:/x\n1:cpu:/docker/abc\n0::/\n")},
			"proc/self/mountinfo":                            {Data: []byte("32 31 0:29 / /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu\n")},
			"sys/fs/cgroup/cpu/docker/abc/cpu.cfs_quota_us":  {Data: []byte("300000\n")},
			"sys/fs/cgroup/cpu/docker/abc/cpu.cfs_period_us": {Data: []byte("100000\n")},
		}, 1, 3, true, "sys/fs/cgroup/cpu/docker/abc/cpu.cfs_quota_us"},
		{"no cgroup files at all", fstest.MapFS{}, 0, 0, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cl, err := readCgroupLimit(tt.fs)
			require.NoError(t, err)
			assert.Equal(t, tt.wantVer, cl.Version)
			assert.Equal(t, tt.wantHas, cl.HasLimit)
			assert.InDelta(t, tt.wantLimit, cl.Limit, 1e-9)
			assert.Equal(t, tt.wantFile, cl.File)
		})
	}
	_, err := readCgroupLimit(fstest.MapFS{
		"proc/self/cgroup":      {Data: []byte("0::/\n")},
		"sys/fs/cgroup/cpu.max": {Data: []byte("lots\n")},
	})
	assert.True(t, errors.Is(err, ErrCgroupFormat), "readCgroupLimit = %v, want ErrCgroupFormat", err)
}

func FuzzCgroupFiles(f *testing.F) {
	f.Add([]byte("max 100000\n"), []byte("0::/\n"), []byte("29 23 0:26 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n"))
	f.Add([]byte("150000 100000"), []byte("1:cpu:/a\n"), []byte("32 31 0:29 / /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu\n"))
	if b, err := os.ReadFile("/proc/self/mountinfo"); err == nil {
		c, _ := os.ReadFile("/proc/self/cgroup")
		f.Add([]byte("max 100000"), c, b)
	}
	f.Fuzz(func(t *testing.T, cpuMax, cgroup, mountinfo []byte) {
		if limit, ok, err := parseCPUMax(cpuMax); err == nil && ok && !(limit > 0) {
			t.Fatalf("parseCPUMax(%q) = %v, ok, want a positive limit", cpuMax, limit)
		}
		_, _, _ = parseProcCgroup(cgroup)
		_, _, _ = parseMountinfo(mountinfo, 1)
		_, _, _ = parseMountinfo(mountinfo, 2)
		_, _ = readCgroupLimit(fstest.MapFS{
			"proc/self/cgroup":    {Data: cgroup},
			"proc/self/mountinfo": {Data: mountinfo},
		})
	})
}

func TestSweepInProcess(t *testing.T) {
	before := runtime.GOMAXPROCS(0)
	points, err := sweepInProcess(context.Background(), sweepWorkloads["mixed"], []int{1, 2}, 4, 30*time.Millisecond)
	require.NoError(t, err)
	assert.Equal(t, before, runtime.GOMAXPROCS(0), "GOMAXPROCS restored")
	require.Len(t, points, 2)
	for i, p := range points {
		assert.Equal(t, i+1, p.Procs)
		assert.Positive(t, p.Ops)
		assert.LessOrEqual(t, p.P50, p.P99)
	}
	best := bestPoint(points, "throughput")
	for _, p := range points {
		assert.GreaterOrEqual(t, points[best].Throughput, p.Throughput)
	}
	best = bestPoint(points, "latency")
	for _, p := range points {
		assert.LessOrEqual(t, points[best].P99, p.P99)
	}
}

func TestMaxprocsCommand(t *testing.T) {
	code, out, errOut := runMain(t, "maxprocs", "-explain")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Go 1.25+ default:")

	// -cmd runs a real child per setting: the test binary as a spinner.
	t.Setenv(childEnv, "spin")
	code, out, errOut = runMain(t, "maxprocs", "-cmd", os.Args[0], "-runs", "1", "-max", "2")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "← best throughput")

	code, _, errOut = runMain(t, "maxprocs", "-objective", "speed")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-objective")
}
