package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// trackSink keeps what the tracked phases retain.
var trackSink [][]byte

const trackN, trackSize = 1000, 1024 // 1024 B is a size class: no rounding

// allocKiBs allocates trackN 1 KiB buffers and keeps them. The make is
// on a line of its own so its site is not shared with append's growth.
//
//go:noinline
func allocKiBs() {
	for range trackN {
		b := make([]byte, trackSize)
		trackSink = append(trackSink, b)
	}
}

// funcNameOf returns f's symbol name, as profiles spell it.
func funcNameOf(f any) string {
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

func TestTrackPhase(t *testing.T) {
	oldRate := runtime.MemProfileRate
	r, err := Track(TrackOptions{}, allocKiBs)
	require.NoError(t, err)
	assert.Equal(t, oldRate, runtime.MemProfileRate, "MemProfileRate restored")
	assert.Equal(t, 1, r.Rate)

	want := uint64(trackN * trackSize)
	assert.GreaterOrEqual(t, r.AllocBytes, want, "metrics count every byte")
	// append's growth of trackSink adds about 2 × 24 B × trackN.
	assert.Less(t, r.AllocBytes, want+want/4)
	assert.GreaterOrEqual(t, r.AllocObjects, uint64(trackN))
	require.NotEmpty(t, r.Sites)
	top := r.Sites[0]
	assert.Equal(t, funcNameOf(allocKiBs), top.Func)
	assert.Equal(t, int64(trackN*trackSize), top.Bytes, "rate 1 profiles exactly: %+v", top)
	assert.Equal(t, int64(trackN), top.Objects)
	assert.Contains(t, top.File, "tracker_test.go")
	assert.NotEmpty(t, top.Stack)
	// The profile and the counters agree to within the tracker's own
	// few allocations.
	assert.InDelta(t, float64(r.AllocBytes), float64(r.ProfileBytes), float64(want)/20)
	for _, s := range r.Sites {
		assert.NotEqual(t, snapshotFunc, s.Func, "the tracker's own snapshot is not a site")
	}
	assert.GreaterOrEqual(t, r.LiveDelta, int64(want), "the phase retained its buffers")

	// A phase that drops them shows the live heap shrinking.
	r2, err := Track(TrackOptions{}, func() { trackSink = nil })
	require.NoError(t, err)
	assert.LessOrEqual(t, r2.LiveDelta, -int64(want)*9/10)
	assert.Less(t, r2.AllocBytes, uint64(4096))
}

func TestPhaseMisuse(t *testing.T) {
	p, err := StartPhase(TrackOptions{MemProfileRate: 4096})
	require.NoError(t, err)
	assert.Equal(t, 4096, runtime.MemProfileRate)
	_, err = StartPhase(TrackOptions{})
	assert.ErrorIs(t, err, ErrPhaseActive)
	_, err = p.Stop()
	require.NoError(t, err)
	_, err = p.Stop()
	assert.ErrorIs(t, err, ErrPhaseStopped)
	p2, err := StartPhase(TrackOptions{})
	require.NoError(t, err, "a stopped phase frees the rate for the next")
	_, err = p2.Stop()
	require.NoError(t, err)
}

func TestDetectLeak(t *testing.T) {
	const mib = 1 << 20
	ramp := func(start, step uint64, n int) []uint64 {
		s := make([]uint64, n)
		for i := range s {
			s[i] = start + uint64(i)*step
		}
		return s
	}
	tests := []struct {
		name    string
		give    []uint64
		leaking bool
		enough  bool
	}{
		{"monotone growth", ramp(10*mib, mib/2, 8), true, true},
		{"flat", ramp(10*mib, 0, 8), false, true},
		{"noise around a level", []uint64{10 * mib, 10*mib + 4096, 10*mib - 2048, 10*mib + 8192, 10 * mib, 10*mib + 1024, 10*mib - 4096, 10 * mib}, false, true},
		{"growing by a few bytes", ramp(10*mib, 100, 8), false, true},
		{"one step up then flat (a cache warming)", []uint64{10 * mib, 20 * mib, 20 * mib, 20 * mib, 20 * mib, 20 * mib, 20 * mib, 20 * mib}, false, true},
		{"shrinking", []uint64{20 * mib, 19 * mib, 18 * mib, 17 * mib, 16 * mib, 15 * mib, 14 * mib, 13 * mib}, false, true},
		{"too few samples", ramp(10*mib, mib, 5), false, false},
		{"sawtooth that ends higher", []uint64{10 * mib, 14 * mib, 10 * mib, 14 * mib, 10 * mib, 14 * mib, 10 * mib, 14 * mib}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := DetectLeak(tt.give, LeakOptions{})
			assert.Equal(t, tt.leaking, v.Leaking, "DetectLeak = %v", v)
			assert.Equal(t, tt.enough, v.Enough)
		})
	}
	v := DetectLeak(ramp(0, 1000, 8), LeakOptions{})
	assert.InDelta(t, 1000, v.Slope, 1e-9, "least squares of a line is its slope")
}

func TestLeakWatcher(t *testing.T) {
	var leaked [][]byte
	leaking, err := WatchForcedCycles(8, func() {
		for range 64 {
			leaked = append(leaked, make([]byte, 8<<10)) // 512 KiB per cycle, kept
		}
	})
	require.NoError(t, err)
	assert.True(t, leaking.Leaking, "a workload keeping 512 KiB per cycle is flagged: %v", leaking)
	runtime.KeepAlive(leaked)
	leaked = nil

	var window [][]byte
	steady, err := WatchForcedCycles(8, func() {
		window = window[:0]
		for range 64 {
			window = append(window, make([]byte, 8<<10)) // 512 KiB per cycle, replaced
		}
	})
	require.NoError(t, err)
	assert.False(t, steady.Leaking, "a workload replacing its 512 KiB is not flagged: %v", steady)
	assert.True(t, steady.Enough)
	runtime.KeepAlive(window)
}

func TestTrackIndexRecords(t *testing.T) {
	lines := trackInput(2000)
	var idx map[string]*trackRecord
	r, err := Track(TrackOptions{Top: 20}, func() {
		var err error
		idx, err = indexRecords(lines)
		require.NoError(t, err)
	})
	require.NoError(t, err)
	require.Len(t, idx, 2000)
	assert.Equal(t, []string{"a", "b", "c"}, idx["user-7"].Tags)
	// Each record is at least the record itself, its name and its tags.
	assert.Greater(t, r.AllocObjects, uint64(3*2000))
	found := false
	for _, s := range r.Sites {
		for _, f := range s.Stack {
			found = found || strings.Contains(f, "indexRecords")
		}
	}
	assert.True(t, found, "indexRecords is on the sites' stacks: %+v", r.Sites)
	assert.Greater(t, r.LiveDelta, int64(2000*64), "the index stays live")
	runtime.KeepAlive(idx)
	_, err = indexRecords([][]byte{[]byte("{")})
	assert.Error(t, err)
}

// exampleSink keeps what ExampleTrack's phase allocates.
var exampleSink [][]byte

func ExampleTrack() {
	r, err := Track(TrackOptions{Top: 1}, func() {
		for range 100 {
			b := make([]byte, 4096) // the site: its own line, apart from append's
			exampleSink = append(exampleSink, b)
		}
	})
	if err != nil {
		panic(err)
	}
	top := r.Sites[0]
	fmt.Println(strings.HasSuffix(top.Func, ".ExampleTrack.func1"), top.Objects, top.Bytes)
	fmt.Println(r.LiveDelta >= 100*4096)
	// Output:
	// true 100 409600
	// true
}

func ExampleDetectLeak() {
	const mib = 1 << 20
	growing := []uint64{10 * mib, 11 * mib, 12 * mib, 13 * mib, 14 * mib, 15 * mib, 16 * mib, 17 * mib}
	warmed := []uint64{10 * mib, 20 * mib, 20 * mib, 20 * mib, 20 * mib, 20 * mib, 20 * mib, 20 * mib}
	fmt.Println(DetectLeak(growing, LeakOptions{}))
	fmt.Println(DetectLeak(warmed, LeakOptions{}))
	// Output:
	// LEAKING: live heap +1 MiB/cycle (least squares), +7 MiB over 8 cycles, rose in 7 of 7
	// steady: live heap +853 KiB/cycle (least squares), +10 MiB over 8 cycles, rose in 1 of 7
}
