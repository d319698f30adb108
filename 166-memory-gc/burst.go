package main

// This file holds the pool workload shared by the pools subcommand, the
// demo and the benchmarks: a burst of mixed-size buffers held at once,
// and the heap the pool still retains after it.

import (
	"fmt"
	"io"
	"runtime"
	"sync"
	"text/tabwriter"
)

// Burst shape: one request in sixteen needs 256 KiB, the rest 2 KiB, and
// 256 are in flight at once (4 MiB + 480 KiB). One in sixteen is 6.25%,
// above the 5% a 95th-percentile calibration ignores, so a calibrating
// pool learns to keep the large class: that is the case where the hard
// cap of BufferPool and the learnt cap differ.
const (
	burstInFlight = 256
	burstSmall    = 2 << 10
	burstLarge    = 256 << 10
)

// burstWarmup is the Get/Put pairs before a warm burst: past one
// calibration (42000). A variable only so the demo's test can shorten it
// under -race, where sync.Pool's figures mean nothing anyway.
var burstWarmup = 50_000

// burstSize returns the size of the i-th request of the burst workload.
func burstSize(i int) int {
	if i%16 == 0 {
		return burstLarge
	}
	return burstSmall
}

// bufferPooler adapts one pool implementation to the burst: get returns
// a buffer of len n and a handle that put gives back.
type bufferPooler struct {
	name string
	get  func(n int) ([]byte, any)
	put  func(handle any)
}

// poolMaker names an implementation and makes a fresh pool of it.
type poolMaker struct {
	name string
	make func() bufferPooler
}

// poolMakers are this package's implementations, with impl names as in
// the benchmarks (which add bytebufferpool, a test-only dependency).
var poolMakers = []poolMaker{
	{"ours", func() bufferPooler {
		bp := NewBufferPool(0, 0)
		return bufferPooler{"ours",
			func(n int) ([]byte, any) { b := bp.Get(n); return *b, b },
			func(h any) { bp.Put(h.(*[]byte)) }}
	}},
	{"calibrated", func() bufferPooler {
		cp := NewCalibratedPool(CalibratedOptions{})
		return bufferPooler{"calibrated",
			func(n int) ([]byte, any) {
				b := cp.Get()
				b.B = append(b.B[:0], make([]byte, n)...)
				return b.B, b
			},
			func(h any) { cp.Put(h.(*Buffer)) }}
	}},
	{"syncpool", func() bufferPooler {
		sp := new(sync.Pool)
		return bufferPooler{"syncpool",
			func(n int) ([]byte, any) {
				b, _ := sp.Get().(*[]byte)
				if b == nil || cap(*b) < n {
					nb := make([]byte, n)
					b = &nb
				}
				*b = (*b)[:n]
				return *b, b
			},
			func(h any) { sp.Put(h) }}
	}},
	{"none", func() bufferPooler {
		return bufferPooler{"none", func(n int) ([]byte, any) { return make([]byte, n), nil }, func(any) {}}
	}},
}

// burst runs the burst once through p: warmup Get/Put pairs with the
// burst's size mix when warm, then burstInFlight buffers held at once,
// written, and all put back.
func burst(p bufferPooler, warm bool) {
	if warm {
		for i := range burstWarmup {
			b, h := p.get(burstSize(i))
			b[0] = 1
			p.put(h)
		}
	}
	held := make([]any, burstInFlight)
	for i := range held {
		b, h := p.get(burstSize(i))
		b[len(b)-1] = 1
		held[i] = h
	}
	for _, h := range held {
		p.put(h)
	}
}

// burstResult is what one burst through one pool cost and left behind.
type burstResult struct {
	// Retained is the live heap the pool still holds after the burst and
	// one GC: sync.Pool survives one GC in its victim cache, so this is
	// what an idle pool pins until the next cycle.
	Retained int64
	// Allocs and AllocBytes are the heap allocations during the burst
	// (warm-up included when warm).
	Allocs, AllocBytes uint64
}

// measureBurst runs one burst through a fresh pool from newPool and
// measures it from runtime.MemStats. The retained figure is exact only
// when nothing else allocates meanwhile; callers run it on a quiet
// goroutine.
func measureBurst(newPool func() bufferPooler, warm bool) burstResult {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	p := newPool()
	burst(p, warm)
	runtime.ReadMemStats(&after)
	runtime.GC()
	live := liveHeap()
	runtime.KeepAlive(p)
	return burstResult{
		Retained:   max(int64(live)-int64(before.HeapAlloc), 0),
		Allocs:     after.Mallocs - before.Mallocs,
		AllocBytes: after.TotalAlloc - before.TotalAlloc,
	}
}

// writePoolTable prints the burst table for the given pools, fresh and
// warm, one row per pool and state.
func writePoolTable(w io.Writer, makers []poolMaker) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "state	impl	retained after burst+GC	allocs	allocated	")
	for _, warm := range []bool{false, true} {
		state := "fresh"
		if warm {
			state = "warm"
		}
		for _, m := range makers {
			r := measureBurst(m.make, warm)
			fmt.Fprintf(tw, "%s	%s	%s	%d	%s	\n", state, m.name, formatBytes(r.Retained), r.Allocs, formatBytes(int64(r.AllocBytes)))
		}
	}
	return tw.Flush()
}

// formatBytes prints n in binary units with three significant digits.
func formatBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	v, i := float64(n), 0
	for v >= unit && i < 4 {
		v /= unit
		i++
	}
	if v >= 999.5 { // %.3g would print 1e+03
		return fmt.Sprintf("%.0f %ciB", v, "KMGT"[i-1])
	}
	return fmt.Sprintf("%.3g %ciB", v, "KMGT"[i-1])
}

// liveHeap returns the bytes of allocated heap objects (HeapAlloc), which
// right after a GC is the live heap.
func liveHeap() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
