package main

import (
	"math"
	"math/bits"
	"runtime"
	"sync/atomic"
	_ "unsafe" // for go:linkname
)

// Counting under contention. A single atomic word is correct and fast until
// many cores add to it at once: every Add needs the cache line in exclusive
// state, so the line ping-pongs between cores and adds serialize on the
// coherence protocol. Java's LongAdder (Doug Lea, java.util.concurrent.
// atomic.Striped64) spreads the adds over several cells, each on its own
// cache line, and sums them on read: writes scale, reads cost O(cells) and
// see a value that was true at some instant only if no add races them.
//
// Go has no thread-local storage to remember "my" cell, but it has a
// per-P one: the runtime's procPin, which sync.Pool uses, returns the id of
// the P (the scheduler's slot for running Go code, GOMAXPROCS of them) the
// goroutine is on. StripedCounter adds to cell P-id: goroutines running at
// the same moment are on different Ps, so they never share a cell, whatever
// their stacks look like. 4 cells per P, so that a GOMAXPROCS raised after
// creation still finds distinct cells up to 4× the original.
//
// Two earlier versions hashed the address of a stack variable instead. The
// first dropped the low 13 bits, assuming 8 KiB stacks, so goroutines
// started together (2 KiB apart) shared a cell for life and the counter ran
// 2.5–3× slower than one atomic word. The second divided by 2 KiB, which
// separates neighbouring stacks, but RunParallel's goroutines do not always
// get neighbouring stacks (the runtime reuses freed ones): in one of six
// runs both landed on one cell (20 ns per add against 3.2 ns), and under
// -race, where stacks grow and move, pairs shared a cell 149 times in 200.
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
	// The padding keeps the header, read by every Add, off lines that
	// other data may keep writing: in a benchmark the header shared a line
	// with RunParallel's per-goroutine state, which is written on every
	// iteration, and each Add then missed (11–12 ns against 3.2 ns).
	_     [cacheLinePad]byte
	cells []paddedInt64
	mask  uint32
	_     [cacheLinePad]byte
}

// NewStripedCounter returns a counter with 4·GOMAXPROCS cells (a power of
// two, at least 8).
func NewStripedCounter() *StripedCounter {
	n := 1 << bits.Len(uint(max(8, 4*runtime.GOMAXPROCS(0))-1))
	return &StripedCounter{cells: make([]paddedInt64, n), mask: uint32(n - 1)}
}

// cell returns the index of the cell for P id p.
func (c *StripedCounter) cell(p int) uint32 { return uint32(p) & c.mask }

// procPin and procUnpin are the runtime's per-P pin (runtime/proc.go),
// which sync.Pool uses to find its per-P shard: procPin returns the id of
// the P the goroutine runs on and stops preemption until procUnpin. The
// runtime keeps both linkable for outside packages (go.dev/issue/67401).
//
//go:linkname procPin runtime.procPin
func procPin() int

//go:linkname procUnpin runtime.procUnpin
func procUnpin()

// Add adds delta to the cell of the P the calling goroutine runs on.
//
// The P is read and the pin dropped at once, before the add: if the
// goroutine moves to another P in between, the add lands in the old P's
// cell, still correct and contended at most for that one add. Striped64's
// compare-and-swap with a move to another cell on failure is not needed:
// its threads can share a cell, Ps cannot.
func (c *StripedCounter) Add(delta int64) {
	p := procPin()
	procUnpin()
	c.cells[c.cell(p)].Add(delta)
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
