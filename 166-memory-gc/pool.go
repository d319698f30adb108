package main

// This file holds the memory pools: a typed Pool[T] over sync.Pool with a
// reset hook, a size-classed BufferPool that refuses oversized buffers,
// and a CalibratedPool that learns its sizes from use.
//
// What a pool must get right (and sync.Pool leaves to its user):
//
//   - Store pointers. sync.Pool holds `any`; putting a []byte or a struct
//     value in it boxes the value, which is itself a heap allocation on
//     every Put (staticcheck SA6002). Every pool here stores *T.
//   - Reset on Put, not on Get, so a pooled object never holds on to
//     references (and the memory behind them) while it sits in the pool.
//   - Never pin huge buffers. A pool that takes back whatever it is given
//     keeps the largest buffer any request ever needed and hands it to
//     requests that need 1 KiB (golang/go#23199, found in fmt's and
//     encoding/json's pools). BufferPool drops buffers above MaxSize;
//     CalibratedPool drops those above the size that covers 95% of uses.
//   - sync.Pool is emptied by the GC in two steps (a victim cache since
//     Go 1.13): an idle pool costs nothing after two cycles, which is why
//     a free list with its own mutex is rarely better.

import (
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"
)

// Pool is a typed pool of *T over sync.Pool.
//
// The zero value is usable: Get then returns new(T) when the pool is
// empty and Put does not reset. A Pool is safe for concurrent use and
// must not be copied after first use.
type Pool[T any] struct {
	// New makes a value when the pool is empty; nil means new(T).
	New func() *T
	// Reset is called by Put before the value is pooled; nil means none.
	// It should drop references the value holds so the pool does not
	// keep their memory alive.
	Reset func(*T)

	p sync.Pool
}

// Get returns a pooled value or a new one.
func (p *Pool[T]) Get() *T {
	if v, ok := p.p.Get().(*T); ok {
		return v
	}
	if p.New != nil {
		return p.New()
	}
	return new(T)
}

// Put resets v and returns it to the pool. Put(nil) does nothing. v must
// not be used after Put.
func (p *Pool[T]) Put(v *T) {
	if v == nil {
		return
	}
	if p.Reset != nil {
		p.Reset(v)
	}
	p.p.Put(v)
}

// PoolStats counts a buffer pool's rare events: Misses are Gets that had
// to allocate, Dropped are Puts the pool refused (too large or too
// small). Gets and Puts themselves are not counted: one shared atomic
// counter on the hot path cost 5× in the parallel benchmark (every core
// writing one cache line), more than the pool saves.
type PoolStats struct {
	Misses, Dropped uint64
}

// poolCounters are a pool's statistics, updated atomically.
type poolCounters struct {
	misses, dropped atomic.Uint64
}

func (c *poolCounters) stats() PoolStats {
	return PoolStats{c.misses.Load(), c.dropped.Load()}
}

// Defaults of [BufferPool]. MinSize is one cache line; MaxSize keeps a
// pool's worst case at 64 KiB per pooled buffer, the size above which
// fmt drops its printers' buffers too (fmt/print.go, (*pp).free).
const (
	DefaultMinBufferSize = 64
	DefaultMaxBufferSize = 64 << 10
)

// BufferPool is a pool of byte buffers in power-of-two size classes, one
// sync.Pool per class, from MinSize to MaxSize.
//
// Get(n) returns a buffer of length n from the smallest class whose size
// is at least n; Put files a buffer under the largest class its capacity
// covers, so a buffer is never handed to a request bigger than it. A
// buffer larger than MaxSize is neither pooled by Put nor served from a
// class by Get: it is allocated exactly and left to the GC, so one huge
// request cannot pin its buffer for every later small one
// (golang/go#23199). Both operations are O(1) and allocation-free when
// the class has a buffer.
//
// A BufferPool must be made by [NewBufferPool]; it is safe for concurrent
// use and must not be copied after first use.
type BufferPool struct {
	minShift, maxShift int
	classes            []sync.Pool // classes[i] holds *[]byte of cap 1<<(minShift+i)
	counters           poolCounters
}

// NewBufferPool returns a pool with classes from minSize to maxSize, both
// rounded up to powers of two; zero values mean [DefaultMinBufferSize]
// and [DefaultMaxBufferSize].
func NewBufferPool(minSize, maxSize int) *BufferPool {
	if minSize <= 0 {
		minSize = DefaultMinBufferSize
	}
	if maxSize <= 0 {
		maxSize = DefaultMaxBufferSize
	}
	maxSize = max(maxSize, minSize)
	p := &BufferPool{minShift: ceilLog2(minSize), maxShift: ceilLog2(maxSize)}
	p.classes = make([]sync.Pool, p.maxShift-p.minShift+1)
	return p
}

// ceilLog2 returns the smallest s with 1<<s >= n, for n >= 1.
func ceilLog2(n int) int { return bits.Len(uint(n - 1)) }

// MaxSize returns the largest buffer the pool keeps.
func (p *BufferPool) MaxSize() int { return 1 << p.maxShift }

// Get returns a buffer with len(*b) == n and cap(*b) the class size (or
// exactly n when n is above MaxSize). Its contents are not zeroed.
//
// The hit path is kept to what raw sync.Pool use costs plus one
// bits.Len and one bounds check: the class index of ceil(log2 n) comes
// from bits.Len(n−1), with n ≤ 0 wrapping to index 64−minShift and so
// taking the slow path with the oversized requests, and the miss
// accounting is out of line.
func (p *BufferPool) Get(n int) *[]byte {
	i := bits.Len(uint(n-1)) - p.minShift
	if i <= 0 {
		i = 0 // up to MinSize (n ≥ 1 here: n ≤ 0 wraps to 64−minShift)
	}
	if uint(i) < uint(len(p.classes)) {
		if b, ok := p.classes[i].Get().(*[]byte); ok {
			*b = (*b)[:n]
			return b
		}
	}
	return p.getSlow(n)
}

// getSlow serves a miss: a new buffer of the class size, or of exactly n
// above MaxSize. Not inlined, so Get's own frame stays small.
//
//go:noinline
func (p *BufferPool) getSlow(n int) *[]byte {
	p.counters.misses.Add(1)
	n = max(n, 0)
	shift := max(bits.Len(uint(max(n, 1)-1)), p.minShift)
	if shift > p.maxShift {
		b := make([]byte, n)
		return &b
	}
	b := make([]byte, n, 1<<shift)
	return &b
}

// Put returns b to the class its capacity covers, or drops it when the
// capacity is above MaxSize or below MinSize. b must not be used after.
// Its length is left as it is: Get sets it.
func (p *BufferPool) Put(b *[]byte) {
	if b == nil {
		return
	}
	i := bits.Len(uint(cap(*b))) - 1 - p.minShift // floor: the class must fit inside cap
	if uint(i) < uint(len(p.classes)) {
		p.classes[i].Put(b)
		return
	}
	p.drop()
}

// drop counts a refused Put, out of line.
//
//go:noinline
func (p *BufferPool) drop() { p.counters.dropped.Add(1) }

// Stats returns the pool's counters so far.
func (p *BufferPool) Stats() PoolStats { return p.counters.stats() }

// Buffer is a growable byte buffer handed out by [CalibratedPool].
type Buffer struct {
	B []byte
}

// Write appends p to the buffer; it never fails.
func (b *Buffer) Write(p []byte) (int, error) {
	b.B = append(b.B, p...)
	return len(p), nil
}

// Options of [CalibratedPool], with their defaults when zero.
type CalibratedOptions struct {
	// Calls between calibrations (default 42000, bytebufferpool's value).
	Calls int
	// Percentile of Puts whose size the pool keeps (default 0.95).
	Percentile float64
	// MaxBeforeCalibration is the largest buffer kept before the first
	// calibration (default [DefaultMaxBufferSize]). bytebufferpool keeps
	// any size until then; a burst of huge buffers in the first 42000
	// calls is exactly when that hurts.
	MaxBeforeCalibration int
}

// calibrationClasses are the size classes a CalibratedPool counts: 64 B
// to 32 MiB, as in bytebufferpool (minBitSize 6, steps 20).
const (
	calibrationMinShift = 6
	calibrationClasses  = 20
)

// CalibratedPool is a pool of [Buffer]s that learns from the lengths
// returned to it (after valyala/bytebufferpool's Pool.calibrate): every
// Calls Puts it sets the size new buffers start with to the most common
// class, and the largest size it keeps to the smallest class covering
// Percentile of the Puts. Unlike bytebufferpool it keeps a safe maximum
// before it has learnt anything.
//
// A CalibratedPool must be made by [NewCalibratedPool]; it is safe for
// concurrent use and must not be copied after first use.
type CalibratedPool struct {
	opts        CalibratedOptions
	calls       [calibrationClasses]atomic.Uint64
	calibrating atomic.Bool
	defaultSize atomic.Int64
	maxSize     atomic.Int64
	pool        sync.Pool
	counters    poolCounters
}

// NewCalibratedPool returns a pool with the given options.
func NewCalibratedPool(o CalibratedOptions) *CalibratedPool {
	if o.Calls <= 0 {
		o.Calls = 42000
	}
	if o.Percentile <= 0 || o.Percentile > 1 {
		o.Percentile = 0.95
	}
	if o.MaxBeforeCalibration <= 0 {
		o.MaxBeforeCalibration = DefaultMaxBufferSize
	}
	p := &CalibratedPool{opts: o}
	p.maxSize.Store(int64(o.MaxBeforeCalibration))
	return p
}

// Get returns an empty buffer.
func (p *CalibratedPool) Get() *Buffer {
	if b, ok := p.pool.Get().(*Buffer); ok {
		return b
	}
	p.counters.misses.Add(1)
	return &Buffer{B: make([]byte, 0, p.defaultSize.Load())}
}

// Put records b's length for calibration and pools b unless its capacity
// is above the learnt maximum. b must not be used after.
func (p *CalibratedPool) Put(b *Buffer) {
	if b == nil {
		return
	}
	idx := min(max(ceilLog2(max(len(b.B), 1))-calibrationMinShift, 0), calibrationClasses-1)
	if p.calls[idx].Add(1) > uint64(p.opts.Calls) {
		p.calibrate()
	}
	if int64(cap(b.B)) > p.maxSize.Load() {
		p.counters.dropped.Add(1)
		return
	}
	b.B = b.B[:0]
	p.pool.Put(b)
}

// calibrate recomputes the default and maximum sizes from the counts and
// restarts them. One goroutine calibrates at a time; others skip.
func (p *CalibratedPool) calibrate() {
	if !p.calibrating.CompareAndSwap(false, true) {
		return
	}
	defer p.calibrating.Store(false)
	type classCalls struct {
		calls uint64
		size  int64
	}
	var cs []classCalls
	var total uint64
	for i := range p.calls {
		n := p.calls[i].Swap(0)
		total += n
		cs = append(cs, classCalls{n, 1 << (calibrationMinShift + i)})
	}
	slices.SortStableFunc(cs, func(a, b classCalls) int {
		switch {
		case a.calls > b.calls:
			return -1
		case a.calls < b.calls:
			return 1
		}
		return 0
	})
	def, maxSize := cs[0].size, cs[0].size
	limit := uint64(float64(total) * p.opts.Percentile)
	var sum uint64
	for _, c := range cs {
		if sum >= limit {
			break
		}
		sum += c.calls
		maxSize = max(maxSize, c.size)
	}
	p.defaultSize.Store(def)
	p.maxSize.Store(maxSize)
}

// Sizes returns the size new buffers start with and the largest the pool
// keeps, as last calibrated.
func (p *CalibratedPool) Sizes() (defaultSize, maxSize int) {
	return int(p.defaultSize.Load()), int(p.maxSize.Load())
}

// Stats returns the pool's counters so far.
func (p *CalibratedPool) Stats() PoolStats { return p.counters.stats() }
