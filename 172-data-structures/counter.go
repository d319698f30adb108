package main

import (
	"math"
	"math/bits"
	"runtime"
	"sync/atomic"
	"unsafe"
)

// Counting under contention. A single atomic word is correct and fast until
// many cores add to it at once: every Add needs the cache line in exclusive
// state, so the line ping-pongs between cores and adds serialize on the
// coherence protocol. Java's LongAdder (Doug Lea, java.util.concurrent.
// atomic.Striped64) spreads the adds over several cells, each on its own
// cache line, and sums them on read: writes scale, reads cost O(cells) and
// see a value that was true at some instant only if no add races them.
//
// Go has no thread-local storage to remember "my" cell, so StripedCounter
// hashes the address of a stack variable, which differs per goroutine, to
// pick a home cell, and adds there with one atomic add (see Add for why
// there is no compare-and-swap fallback). 4 cells per P.
//
// The hash must separate goroutines whose stacks are neighbours, because
// the runtime hands out stacks from per-P caches of adjacent 2 KiB slots
// (runtime/stack.go: stackalloc, fixedStack = 2048 on linux). The first
// version dropped the low 13 bits of the address, assuming 8 KiB stacks,
// so goroutines started together often shared one home cell for their
// whole life and the counter ran 2.5–3× slower than one atomic word. Now
// the address is divided by 2 KiB and spread with Fibonacci hashing
// (Knuth, TAOCP 6.4), taking the top bits of a·φ·2⁶⁴: by the three-distance
// theorem, keys 1, 2 or 4 apart (neighbouring 2, 4 or 8 KiB stacks) move by
// 0.618, 0.236 and 0.472 of the unit interval, each more than one cell's
// width 1/8, so they never share a cell. TestStripedHomeCellsDiffer checks it.
//
// False sharing is the same ping-pong between variables that merely share
// a line: [PackedCounters] and [PaddedCounters] hold one counter per worker,
// packed 8 to a line or padded to 128 bytes (two lines, because Intel's
// adjacent-line prefetcher pulls lines in pairs), so the benchmark and the
// demo can show the difference.

// cacheLinePad is the stride that keeps two hot words from interfering:
// 128 bytes, as in xsync and the Go runtime's cpu.CacheLinePad on amd64
// with adjacent-line prefetch.
const cacheLinePad = 128

// paddedInt64 is an atomic counter alone on its cache-line pair; the padding
// is there to prevent false sharing.
type paddedInt64 struct {
	atomic.Int64
	_ [cacheLinePad - 8]byte
}

// AtomicCounter is a counter in a single atomic word: the baseline. The
// zero value is a counter at 0, safe for concurrent use.
type AtomicCounter struct{ v atomic.Int64 }

// Add adds delta.
func (c *AtomicCounter) Add(delta int64) { c.v.Add(delta) }

// Value returns the count.
func (c *AtomicCounter) Value() int64 { return c.v.Load() }

// StripedCounter is a counter spread over cache-line-padded cells. Add is
// wait-free and scales with cores; Value sums the cells in O(cells). Create
// one with [NewStripedCounter]; it is safe for concurrent use.
type StripedCounter struct {
	cells []paddedInt64
	mask  uint32
	shift uint8 // 64 - log2(len(cells)): homeCell keeps the top bits
}

// NewStripedCounter returns a counter with 4·GOMAXPROCS cells (a power of
// two, at least 8).
func NewStripedCounter() *StripedCounter {
	n := 1 << bits.Len(uint(max(8, 4*runtime.GOMAXPROCS(0))-1))
	return &StripedCounter{cells: make([]paddedInt64, n), mask: uint32(n - 1),
		shift: uint8(64 - bits.TrailingZeros(uint(n)))}
}

// minStack is the runtime's smallest goroutine stack (runtime/stack.go,
// fixedStack on linux/amd64): stacks of neighbouring goroutines are this
// far apart, so the home-cell hash must not drop these address bits.
const minStack = 2048

// homeCell returns the calling goroutine's home cell index. It must be
// inlined into its caller, or the probe would sit on a shared frame.
func (c *StripedCounter) homeCell() uint32 {
	// Each goroutine runs on its own stack, so the address of a local
	// variable is a free per-goroutine probe (Striped64 keeps one per
	// thread). A stack that grows moves, which only changes the hint.
	var probe byte
	return c.cellOf(uintptr(unsafe.Pointer(&probe)))
}

// cellOf maps a stack address to a cell index: the address in units of
// the smallest stack, Fibonacci-hashed, top bits kept. Split out of
// homeCell so that a test can check the spreading on chosen addresses,
// whatever stacks a build happens to hand out.
func (c *StripedCounter) cellOf(addr uintptr) uint32 {
	return uint32((uint64(addr/minStack) * 0x9E3779B97F4A7C15) >> c.shift)
}

// Add adds delta to the calling goroutine's home cell.
//
// Striped64 adds with a compare-and-swap so that a failure can tell it
// the cell is shared and move the thread to another cell for good. A
// goroutine has nowhere to remember such a move, so the first version's
// fallback went to a random cell for that one add; a load plus a CAS cost
// 1.6× one atomic add even uncontended (5.4 vs 3.4 ns, five rounds at
// -cpu 2), and with home cells that separate neighbouring goroutines the
// fallback had almost nothing left to fix. So Add is one atomic add.
func (c *StripedCounter) Add(delta int64) {
	c.cells[c.homeCell()&c.mask].Add(delta)
}

// Value returns the sum of the cells. Adds that race with Value may or may
// not be counted; with no concurrent adds it is exact.
func (c *StripedCounter) Value() int64 {
	var sum int64
	for i := range c.cells {
		sum += c.cells[i].Load()
	}
	return sum
}

// orderedBits maps int64 to uint64 preserving order, with MinInt64 at 0.
func orderedBits(v int64) uint64 { return uint64(v) ^ (1 << 63) }

// MaxTracker records the largest value observed, lock-free. The zero value
// has observed nothing and is ready to use; it is safe for concurrent use.
type MaxTracker struct {
	u atomic.Uint64 // orderedBits of the maximum; 0 both before any Observe and for MinInt64
	// seen tells those two apart. It is written once, after u, so a Value
	// that sees it set also sees the maximum it belongs to.
	seen atomic.Bool
}

// Observe records v. Values no larger than the current maximum cost two
// loads and no write, so a hot tracker stays shared in every core's cache;
// a new maximum is installed with a compare-and-swap loop.
func (m *MaxTracker) Observe(v int64) {
	u := orderedBits(v)
	for {
		cur := m.u.Load()
		if u <= cur || m.u.CompareAndSwap(cur, u) {
			break
		}
	}
	if !m.seen.Load() {
		m.seen.Store(true)
	}
}

// Value returns the maximum observed, and false if nothing was observed
// (the value is then math.MinInt64).
func (m *MaxTracker) Value() (int64, bool) {
	ok := m.seen.Load()
	return int64(m.u.Load() ^ (1 << 63)), ok
}

// MinTracker records the smallest value observed, lock-free. The zero value
// has observed nothing and is ready to use; it is safe for concurrent use.
type MinTracker struct{ inv MaxTracker }

// Observe records v: the minimum of v is the maximum of ^v.
func (m *MinTracker) Observe(v int64) { m.inv.Observe(^v) }

// Value returns the minimum observed, and false if nothing was observed
// (the value is then math.MaxInt64).
func (m *MinTracker) Value() (int64, bool) {
	v, ok := m.inv.Value()
	if !ok {
		return math.MaxInt64, false
	}
	return ^v, true
}

// PackedCounters is one atomic counter per worker, packed eight to a cache
// line: workers that each touch only their own counter still contend, which
// is false sharing. Compare [PaddedCounters].
type PackedCounters []atomic.Int64

// PaddedCounters is one atomic counter per worker, each on its own cache
// lines, so workers do not interfere.
type PaddedCounters []paddedInt64
