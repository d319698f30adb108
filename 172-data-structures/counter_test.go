package main

import (
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"unsafe"

	"github.com/puzpuzpuz/xsync/v4"
	"github.com/stretchr/testify/assert"
)

func TestPaddedSize(t *testing.T) {
	assert.Equal(t, uintptr(cacheLinePad), unsafe.Sizeof(paddedInt64{}), "padding must fill the line pair")
	assert.Equal(t, uintptr(8), unsafe.Sizeof(atomic.Int64{}))
}

func TestCountersHammer(t *testing.T) {
	const workers, per = 8, 10_000
	var a AtomicCounter
	s := NewStripedCounter()
	var mx MaxTracker
	var mn MinTracker
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range per {
				a.Add(1)
				s.Add(2)
				v := int64(w*per + i)
				mx.Observe(v)
				mn.Observe(-v)
			}
		})
	}
	wg.Go(func() {
		for range 100 {
			_ = s.Value() // racing reads see partial sums, never torn ones
		}
	})
	wg.Wait()
	assert.Equal(t, int64(workers*per), a.Value())
	assert.Equal(t, int64(2*workers*per), s.Value())
	got, ok := mx.Value()
	assert.True(t, ok)
	assert.Equal(t, int64(workers*per-1), got)
	got, ok = mn.Value()
	assert.True(t, ok)
	assert.Equal(t, -int64(workers*per-1), got)
}

// TestStripedCellsPerP checks that goroutines on different Ps add to
// different cells, with no assumption about stacks, so it means the same
// under -race. Each P id the runtime can hand out (up to 4× the GOMAXPROCS
// the counter was made with) has a cell of its own; and GOMAXPROCS
// goroutines, released together, each pin their P, and check that one Add
// raised exactly their P's cell by exactly 1. While a goroutine is pinned
// no other goroutine runs on its P, so any other change to that cell means
// Add chose a different cell or another P shares it.
func TestStripedCellsPerP(t *testing.T) {
	c := NewStripedCounter()
	procs := runtime.GOMAXPROCS(0)
	owner := map[uint32]int{}
	for p := range 4 * procs {
		cell := c.cell(p)
		if q, dup := owner[cell]; dup {
			t.Fatalf("P %d and P %d share cell %d", q, p, cell)
		}
		owner[cell] = p
	}
	var bad atomic.Int64
	var wg, ready sync.WaitGroup
	ready.Add(procs)
	for range procs {
		wg.Go(func() {
			ready.Done()
			ready.Wait()
			for range 10000 {
				p := procPin()
				cell := &c.cells[c.cell(p)]
				before := cell.Load()
				c.Add(1) // pins again (pins nest), so it sees the same P
				if cell.Load() != before+1 {
					bad.Add(1)
				}
				procUnpin()
			}
		})
	}
	wg.Wait()
	assert.Zero(t, bad.Load(), "adds that did not land on their own P's cell alone")
	assert.Equal(t, int64(10000*procs), c.Value())
}

func TestTrackers(t *testing.T) {
	tests := []struct {
		name      string
		give      []int64
		wantMax   int64
		wantMaxOK bool
		wantMin   int64
		wantMinOK bool
	}{
		{name: "empty", wantMax: math.MinInt64, wantMin: math.MaxInt64},
		{name: "negatives", give: []int64{-5, -9, -1}, wantMax: -1, wantMaxOK: true, wantMin: -9, wantMinOK: true},
		{name: "extremes", give: []int64{math.MinInt64, math.MaxInt64}, wantMax: math.MaxInt64, wantMaxOK: true,
			wantMin: math.MinInt64, wantMinOK: true},
		{name: "zero", give: []int64{0}, wantMax: 0, wantMaxOK: true, wantMin: 0, wantMinOK: true},
		{name: "only MinInt64", give: []int64{math.MinInt64}, wantMax: math.MinInt64, wantMaxOK: true,
			wantMin: math.MinInt64, wantMinOK: true},
		{name: "only MaxInt64", give: []int64{math.MaxInt64}, wantMax: math.MaxInt64, wantMaxOK: true,
			wantMin: math.MaxInt64, wantMinOK: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mx MaxTracker
			var mn MinTracker
			for _, v := range tt.give {
				mx.Observe(v)
				mn.Observe(v)
			}
			v, ok := mx.Value()
			assert.Equal(t, tt.wantMax, v)
			assert.Equal(t, tt.wantMaxOK, ok)
			v, ok = mn.Value()
			assert.Equal(t, tt.wantMin, v)
			assert.Equal(t, tt.wantMinOK, ok)
		})
	}
}

func ExampleStripedCounter() {
	c := NewStripedCounter()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 1000 {
				c.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println(c.Value())
	// Output: 4000
}

// BenchmarkCounter adds 1 from every P at once (RunParallel): the
// contention case a striped counter is for.
//
// Whether there is contention is not up to the benchmark: at -cpu 2 on a
// shared 2-core machine the two goroutines only contend while the OS runs
// both threads at the same moment. So each run reports it. atomic.Int64
// reports "interleaved%", the share of its adds whose result shows that
// another goroutine added since this one's previous add (near 0 when the
// goroutines took turns, high when they really ran at once); the striped
// counter reports "cells-used", how many cells a fresh counter's adds
// landed on (one per goroutine when home cells separate them).
func BenchmarkCounter(b *testing.B) {
	b.Run("impl=ours-striped", func(b *testing.B) {
		c := NewStripedCounter() // fresh per run, so cells-used counts this run's goroutines
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				c.Add(1)
			}
		})
		used := 0
		for i := range c.cells {
			if c.cells[i].Load() != 0 {
				used++
			}
		}
		b.ReportMetric(float64(used), "cells-used")
	})
	b.Run("impl=atomic.Int64", func(b *testing.B) {
		var at atomic.Int64
		var interleaved atomic.Int64
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			last, n := int64(-2), int64(0)
			for pb.Next() {
				// A register compare beside the locked add; it does not
				// touch memory, so it barely changes what is measured.
				v := at.Add(1)
				if v != last+1 {
					n++
				}
				last = v
			}
			interleaved.Add(n)
		})
		b.ReportMetric(100*float64(interleaved.Load())/float64(b.N), "interleaved%")
	})
	b.Run("impl=mutex", func(b *testing.B) {
		var mu sync.Mutex
		var n int64
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				mu.Lock()
				n++
				mu.Unlock()
			}
		})
	})
	b.Run("impl=xsync", func(b *testing.B) {
		c := xsync.NewCounter()
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				c.Add(1)
			}
		})
	})
}

// BenchmarkMaxTracker observes rising values from every P: the worst case,
// where most observations are a new maximum.
func BenchmarkMaxTracker(b *testing.B) {
	var seq atomic.Int64
	b.Run("impl=ours-cas", func(b *testing.B) {
		var m MaxTracker
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			i := seq.Add(1 << 40)
			for pb.Next() {
				i++
				m.Observe(i & (1<<41 - 1))
			}
		})
	})
	b.Run("impl=mutex", func(b *testing.B) {
		var mu sync.Mutex
		var m int64
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			i := seq.Add(1 << 40)
			for pb.Next() {
				i++
				mu.Lock()
				m = max(m, i&(1<<41-1))
				mu.Unlock()
			}
		})
	})
}

// BenchmarkFalseSharing gives every goroutine its own counter, packed or
// padded. Only the layout differs.
func BenchmarkFalseSharing(b *testing.B) {
	const slots = 64
	b.Run("layout=packed", func(b *testing.B) {
		c := make(PackedCounters, slots)
		var next atomic.Int64
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			me := &c[(next.Add(1)-1)%slots]
			for pb.Next() {
				me.Add(1)
			}
		})
	})
	b.Run("layout=padded", func(b *testing.B) {
		c := make(PaddedCounters, slots)
		var next atomic.Int64
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			me := &c[(next.Add(1)-1)%slots]
			for pb.Next() {
				me.Add(1)
			}
		})
	})
}
