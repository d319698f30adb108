package main

// This file holds a generic resource pool (connections, in practice).
//
// A resource moves through four states:
//
//	              Acquire: New()                 Release
//	 (absent) ─────────────────────► in use ──────────────────► idle
//	     ▲                             │  ▲                       │
//	     │   Destroy / MarkUnusable    │  │ Acquire (Check passes) │
//	     ├─────────────────────────────┘  └───────────────────────┤
//	     │      reaper: MaxLifetime / MaxIdleTime, Check fails,   │
//	     └──────────────── MaxIdle exceeded, Close ───────────────┘
//
// open counts every resource in use or idle plus those being created, so
// the pool never holds more than MaxOpen even while New is running.
//
// Waiters queue in FIFO order. Release hands its resource straight to the
// oldest waiter instead of putting it on the idle list, and Destroy hands
// the oldest waiter the permit to create a replacement: a newcomer can
// never overtake a caller that has been waiting, which is what keeps a
// burst of requests from starving an unlucky one (database/sql's
// connRequests queue works the same way; golang/go#16873 shows what an
// unordered wake-up does to tail latency). The idle list is a stack, so
// the most recently used resource, whose socket buffers and TLS state are
// warm, is reused first, and the ones at the bottom age out through
// MaxIdleTime when load drops.

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Errors of the pool.
var (
	// ErrPoolClosed is returned by Acquire after Close.
	ErrPoolClosed = errors.New("pool: closed")
	// ErrAcquireTimeout is returned when AcquireTimeout passes before a
	// resource is free. It also wraps context.DeadlineExceeded.
	ErrAcquireTimeout = errors.New("pool: acquire timeout")
)

// PoolConfig configures a [Pool]. New is required; every other zero field
// means the documented default.
type PoolConfig[T any] struct {
	// New creates a resource. ctx is the acquiring caller's.
	New func(ctx context.Context) (T, error)
	// Close releases a resource's underlying state; nil means nothing to do.
	Close func(T) error
	// Check reports whether an idle resource is still usable; it runs on
	// every Acquire that takes an idle resource, so it must be cheap. A
	// resource that fails it is closed and the next one tried. nil means
	// always usable.
	Check func(T) error
	// MaxOpen bounds resources in use plus idle plus being created.
	// Default 10.
	MaxOpen int
	// MaxIdle bounds idle resources; the extra are closed on Release.
	// Default MaxOpen.
	MaxIdle int
	// MaxLifetime closes a resource this long after its creation, at its
	// next Release or by the reaper. Default 0: no limit.
	MaxLifetime time.Duration
	// MaxIdleTime closes a resource idle this long. Default 0: no limit.
	MaxIdleTime time.Duration
	// AcquireTimeout bounds the wait in Acquire, separately from the
	// caller's context, so that a request with a generous deadline still
	// fails fast when the pool is exhausted (pgx#713). Default 0: only the
	// context bounds the wait.
	AcquireTimeout time.Duration
	// ReapInterval is how often the reaper looks for expired idle
	// resources. Default: half the smaller of MaxLifetime and MaxIdleTime,
	// at least 10ms. The reaper runs only when one of them is set.
	ReapInterval time.Duration
}

// waitBuckets are the upper bounds of the acquire-wait histogram.
var waitBuckets = [...]time.Duration{
	10 * time.Microsecond, 100 * time.Microsecond, time.Millisecond,
	10 * time.Millisecond, 100 * time.Millisecond, time.Second,
}

// PoolStats is a snapshot of a pool's counters.
type PoolStats struct {
	Open, Idle, InUse, Waiting, MaxOpen int
	// AcquireCount counts successful Acquires; WaitCount those that had
	// to wait, WaitDuration their total wait.
	AcquireCount, WaitCount uint64
	WaitDuration            time.Duration
	// WaitHistogram[i] counts waits up to waitBuckets[i]; the last entry
	// counts longer waits.
	WaitHistogram [len(waitBuckets) + 1]uint64
	// CanceledAcquires counts Acquires that gave up (context or timeout).
	CanceledAcquires uint64
	// NewErrors counts failed New calls.
	NewErrors uint64
	// Closed for each reason.
	ClosedMaxLifetime, ClosedMaxIdleTime, ClosedUnusable, ClosedCheck, ClosedMaxIdle uint64
}

// WaitBucketLabels names the histogram buckets for printing.
func WaitBucketLabels() []string {
	labels := make([]string, 0, len(waitBuckets)+1)
	for _, b := range waitBuckets {
		labels = append(labels, "<="+b.String())
	}
	return append(labels, ">"+waitBuckets[len(waitBuckets)-1].String())
}

// Pool is a bounded pool of resources of type T. It is safe for
// concurrent use. Create one with [NewPool]; Close it to stop its reaper.
type Pool[T any] struct {
	cfg         PoolConfig[T]
	reaper      sync.WaitGroup
	stop        chan struct{}
	waiterCache sync.Pool // *poolWaiter[T] with an empty channel
	timed       bool      // MaxLifetime or MaxIdleTime set: resources need timestamps

	// The wait figures are kept by each woken waiter, outside mu: a clock
	// read inside the critical section lengthens it for every goroutine
	// queued on the mutex.
	waitCount    atomic.Uint64
	waitDuration atomic.Int64
	waitHist     [len(waitBuckets) + 1]atomic.Uint64

	// mu guards everything below.
	mu      sync.Mutex
	idle    []*Resource[T] // a stack: the top is the most recently used
	waiters waitQueue[T]
	open    int
	inUse   int
	closed  bool
	stats   PoolStats
}

// poolWaiter is one queued Acquire. It receives a resource, or nil meaning
// "a slot is reserved for you: create one". The channel has room for the
// one value it will ever receive, so a send on it never blocks.
type poolWaiter[T any] struct {
	ch         chan *Resource[T]
	prev, next *poolWaiter[T] // links in the pool's waitQueue
	queued     bool
}

// waitQueue is a FIFO of waiters, linked through the waiters themselves:
// queuing allocates nothing (waiters are recycled), and a waiter that gives
// up leaves from the middle in O(1). A slice popped from the front would
// reallocate as it creeps along its backing array (about 15 B per
// hand-off in the benchmark) and find a leaving waiter by a linear scan,
// both with p.mu held.
type waitQueue[T any] struct {
	head, tail *poolWaiter[T]
	n          int
}

func (q *waitQueue[T]) push(w *poolWaiter[T]) {
	w.prev, w.next, w.queued = q.tail, nil, true
	if q.tail != nil {
		q.tail.next = w
	} else {
		q.head = w
	}
	q.tail = w
	q.n++
}

func (q *waitQueue[T]) remove(w *poolWaiter[T]) {
	if w.prev != nil {
		w.prev.next = w.next
	} else {
		q.head = w.next
	}
	if w.next != nil {
		w.next.prev = w.prev
	} else {
		q.tail = w.prev
	}
	w.prev, w.next, w.queued = nil, nil, false
	q.n--
}

// popWaiterLocked takes the oldest waiter off the queue. Whatever it is
// handed is decided now, under p.mu, which is what makes the hand-off
// FIFO; the send itself ([poolWaiter.hand]) happens after p.mu is
// released, because waking a goroutine is the most expensive step of a
// hand-off and nobody else needs to wait for it.
func (p *Pool[T]) popWaiterLocked() *poolWaiter[T] {
	w := p.waiters.head
	p.waiters.remove(w)
	p.stats.AcquireCount++
	return w
}

// hand gives a popped waiter r (nil: a permit to create). w may be nil,
// meaning nobody was waiting.
func (w *poolWaiter[T]) hand(r *Resource[T]) {
	if w != nil {
		w.ch <- r
	}
}

// monoEpoch is the origin of [monotonic].
var monoEpoch = time.Now()

// monotonic reads the monotonic clock alone. time.Since on a time.Time
// that carries a monotonic reading skips the wall clock, so it costs about
// half of time.Now (25 vs 47ns on the reference VM; jackc/puddle uses the
// same trick, after golang/go#61765).
func monotonic() time.Duration { return time.Since(monoEpoch) }

// recordWait adds one wait of d to the statistics.
func (p *Pool[T]) recordWait(d time.Duration) {
	p.waitCount.Add(1)
	p.waitDuration.Add(int64(d))
	i := 0
	for i < len(waitBuckets) && d > waitBuckets[i] {
		i++
	}
	p.waitHist[i].Add(1)
}

// Resource is one pooled value, checked out by Acquire. Exactly one of
// Release or Destroy must be called on it, once.
type Resource[T any] struct {
	value    T
	pool     *Pool[T]
	created  time.Time
	lastUsed time.Time
	unusable atomic.Bool // set by any goroutine that saw the value fail
	held     atomic.Bool // checked out: between Acquire and Release or Destroy
}

// checkIn ends a checkout, panicking on a second Release or Destroy: that
// would put one resource in the idle list twice and hand it to two
// callers at once (jackc/puddle panics the same way). It is a bug in the
// caller, like unlocking an unlocked sync.Mutex.
func (r *Resource[T]) checkIn() {
	if !r.held.CompareAndSwap(true, false) {
		panic("pool: Release or Destroy of a resource that is not checked out (released twice?)")
	}
}

// Value is the pooled value.
func (r *Resource[T]) Value() T { return r.value }

// MarkUnusable makes the following Release close the resource instead of
// keeping it: for a connection that saw an error mid-use, where the code
// that notices is not the code that releases.
// It is safe to call from any goroutine while the resource is out.
func (r *Resource[T]) MarkUnusable() { r.unusable.Store(true) }

// Release returns the resource to the pool. Releasing it twice panics.
func (r *Resource[T]) Release() {
	r.checkIn()
	r.pool.release(r)
}

// Destroy closes the resource and frees its slot.
func (r *Resource[T]) Destroy() {
	r.checkIn()
	p := r.pool
	p.closeValue(r.value)
	p.mu.Lock()
	p.stats.ClosedUnusable++
	p.inUse--
	w := p.dropLocked()
	p.mu.Unlock()
	w.hand(nil)
}

// NewPool returns a pool configured by cfg.
func NewPool[T any](cfg PoolConfig[T]) (*Pool[T], error) {
	if cfg.New == nil {
		return nil, errors.New("pool: PoolConfig.New is required")
	}
	if cfg.MaxOpen <= 0 {
		cfg.MaxOpen = 10
	}
	if cfg.MaxIdle <= 0 || cfg.MaxIdle > cfg.MaxOpen {
		cfg.MaxIdle = cfg.MaxOpen
	}
	p := &Pool[T]{cfg: cfg, stop: make(chan struct{}), timed: cfg.MaxLifetime > 0 || cfg.MaxIdleTime > 0}
	p.stats.MaxOpen = cfg.MaxOpen
	if cfg.MaxLifetime > 0 || cfg.MaxIdleTime > 0 {
		if cfg.ReapInterval <= 0 {
			shortest := cfg.MaxLifetime
			if shortest <= 0 || (cfg.MaxIdleTime > 0 && cfg.MaxIdleTime < shortest) {
				shortest = cfg.MaxIdleTime
			}
			cfg.ReapInterval = max(shortest/2, 10*time.Millisecond)
			p.cfg.ReapInterval = cfg.ReapInterval
		}
		p.reaper.Go(p.reap)
	}
	return p, nil
}

// Acquire returns an idle resource, creates one if fewer than MaxOpen
// exist, or waits in FIFO order for one to be released. It fails with
// ErrAcquireTimeout after AcquireTimeout, with ctx.Err() when ctx ends,
// with ErrPoolClosed after Close, or with New's error.
func (p *Pool[T]) Acquire(ctx context.Context) (*Resource[T], error) {
	if p.cfg.AcquireTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, p.cfg.AcquireTimeout, ErrAcquireTimeout)
		defer cancel()
	}
	for {
		r, create, err := p.take(ctx)
		if err != nil {
			return nil, err
		}
		if create {
			r, err := p.create(ctx)
			if err == nil {
				r.held.Store(true)
			}
			return r, err
		}
		if p.cfg.Check != nil {
			if err := p.cfg.Check(r.value); err != nil {
				p.closeValue(r.value)
				p.mu.Lock()
				p.stats.ClosedCheck++
				p.inUse--
				p.stats.AcquireCount--
				w := p.dropLocked()
				p.mu.Unlock()
				w.hand(nil)
				continue
			}
		}
		r.held.Store(true)
		return r, nil
	}
}

// take returns an idle resource, or create=true with a slot reserved, or
// waits for either.
func (p *Pool[T]) take(ctx context.Context) (_ *Resource[T], create bool, _ error) {
	var now time.Time
	if p.timed { // a clock read is a fifth of an uncontended Acquire
		now = time.Now()
	}
	if err := ctx.Err(); err != nil {
		// Even with an idle resource at hand: a caller that has given up
		// must not be handed work it will not do.
		return nil, false, err
	}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, false, ErrPoolClosed
	}
	for len(p.idle) > 0 {
		r := p.idle[len(p.idle)-1]
		p.idle[len(p.idle)-1] = nil
		p.idle = p.idle[:len(p.idle)-1]
		if why := p.expiredLocked(r, now); p.timed && why != nil {
			// The slot stays taken until the old resource is closed, so
			// that live resources never exceed MaxOpen.
			p.mu.Unlock()
			p.closeValue(r.value)
			p.mu.Lock()
			*why++
			if w := p.dropLocked(); w != nil {
				p.mu.Unlock()
				w.hand(nil)
				p.mu.Lock()
			}
			continue
		}
		p.inUse++
		p.stats.AcquireCount++
		p.mu.Unlock()
		return r, false, nil
	}
	if p.open < p.cfg.MaxOpen {
		p.open++
		p.inUse++
		p.stats.AcquireCount++
		p.mu.Unlock()
		return nil, true, nil
	}
	w, _ := p.waiterCache.Get().(*poolWaiter[T])
	if w == nil {
		w = &poolWaiter[T]{ch: make(chan *Resource[T], 1)}
	}
	p.waiters.push(w)
	p.mu.Unlock()

	start := monotonic()
	select {
	case r, ok := <-w.ch:
		if !ok {
			return nil, false, ErrPoolClosed
		}
		p.recordWait(monotonic() - start)
		p.waiterCache.Put(w) // drained: safe to reuse
		return r, r == nil, nil
	case <-ctx.Done():
	}
	p.mu.Lock()
	p.stats.CanceledAcquires++
	if w.queued {
		p.waiters.remove(w)
		p.mu.Unlock()
		p.waiterCache.Put(w)
	} else {
		// Popped just as we gave up: what we were handed is on its way
		// (or the channel is closed by Close). Pass it on.
		p.mu.Unlock()
		r, ok := <-w.ch
		if ok {
			p.waiterCache.Put(w) // drained: safe to reuse
		}
		switch {
		case !ok:
		case r != nil:
			p.mu.Lock()
			p.stats.AcquireCount--
			p.mu.Unlock()
			p.release(r)
		default:
			p.mu.Lock()
			p.stats.AcquireCount--
			p.inUse--
			next := p.dropLocked()
			p.mu.Unlock()
			next.hand(nil)
		}
	}
	if cause := context.Cause(ctx); errors.Is(cause, ErrAcquireTimeout) {
		return nil, false, fmt.Errorf("%w after %v: %w", ErrAcquireTimeout, p.cfg.AcquireTimeout, context.DeadlineExceeded)
	}
	return nil, false, ctx.Err()
}

// create runs New in a reserved slot.
func (p *Pool[T]) create(ctx context.Context) (*Resource[T], error) {
	v, err := p.cfg.New(ctx)
	if err != nil {
		p.mu.Lock()
		p.stats.NewErrors++
		p.stats.AcquireCount--
		p.inUse--
		w := p.dropLocked()
		p.mu.Unlock()
		w.hand(nil)
		return nil, fmt.Errorf("pool: new: %w", err)
	}
	now := time.Now()
	return &Resource[T]{value: v, pool: p, created: now, lastUsed: now}, nil
}

// dropLocked frees one slot: the oldest waiter is popped to be handed the
// permit to create (the caller hands it, after unlocking), or the open
// count goes down and dropLocked returns nil. The caller has already
// adjusted inUse.
func (p *Pool[T]) dropLocked() *poolWaiter[T] {
	if p.waiters.n > 0 && !p.closed {
		p.inUse++
		return p.popWaiterLocked()
	}
	p.open--
	return nil
}

// expiredLocked returns the counter to bump when r must be closed.
func (p *Pool[T]) expiredLocked(r *Resource[T], now time.Time) *uint64 {
	if p.cfg.MaxLifetime > 0 && now.Sub(r.created) >= p.cfg.MaxLifetime {
		return &p.stats.ClosedMaxLifetime
	}
	if p.cfg.MaxIdleTime > 0 && now.Sub(r.lastUsed) >= p.cfg.MaxIdleTime {
		return &p.stats.ClosedMaxIdleTime
	}
	return nil
}

func (p *Pool[T]) release(r *Resource[T]) {
	var now time.Time
	if p.timed {
		now = time.Now()
		r.lastUsed = now
	}
	p.mu.Lock()
	var why *uint64
	switch {
	case r.unusable.Load():
		why = &p.stats.ClosedUnusable
	case p.closed:
		why = new(uint64)
	case p.cfg.MaxLifetime > 0 && now.Sub(r.created) >= p.cfg.MaxLifetime:
		why = &p.stats.ClosedMaxLifetime
	case p.waiters.n > 0:
		w := p.popWaiterLocked()
		p.mu.Unlock()
		w.hand(r)
		return
	case len(p.idle) >= p.cfg.MaxIdle:
		why = &p.stats.ClosedMaxIdle
	default:
		p.inUse--
		p.idle = append(p.idle, r)
		p.mu.Unlock()
		return
	}
	p.mu.Unlock()
	// Close before freeing the slot, so live resources never exceed MaxOpen.
	p.closeValue(r.value)
	p.mu.Lock()
	*why++
	p.inUse--
	w := p.dropLocked()
	p.mu.Unlock()
	w.hand(nil)
}

func (p *Pool[T]) closeValue(v T) {
	if p.cfg.Close != nil {
		_ = p.cfg.Close(v)
	}
}

// reap closes expired idle resources every ReapInterval.
func (p *Pool[T]) reap() {
	t := time.NewTicker(p.cfg.ReapInterval)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
		}
		now := time.Now()
		var doomed []T
		p.mu.Lock()
		kept := p.idle[:0]
		for _, r := range p.idle {
			if why := p.expiredLocked(r, now); why != nil {
				*why++
				doomed = append(doomed, r.value)
				continue
			}
			kept = append(kept, r)
		}
		clear(p.idle[len(kept):])
		p.idle = kept
		p.mu.Unlock()
		for _, v := range doomed {
			p.closeValue(v)
			p.mu.Lock()
			w := p.dropLocked()
			p.mu.Unlock()
			w.hand(nil)
		}
	}
}

// Stats returns a snapshot of the pool's counters. The wait figures are
// recorded by the woken waiters without the lock, so a snapshot taken
// during a hand-off may count an Acquire whose wait is not yet in them.
func (p *Pool[T]) Stats() PoolStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.stats
	s.Open, s.Idle, s.InUse, s.Waiting = p.open, len(p.idle), p.inUse, p.waiters.n
	s.WaitCount = p.waitCount.Load()
	s.WaitDuration = time.Duration(p.waitDuration.Load())
	for i := range p.waitHist {
		s.WaitHistogram[i] = p.waitHist[i].Load()
	}
	return s
}

// Close closes idle resources, fails waiting and future Acquires with
// ErrPoolClosed, and stops the reaper. Resources in use are closed when
// they are released.
func (p *Pool[T]) Close() {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.closed = true
	idle := p.idle
	p.idle = nil
	p.open -= len(idle)
	var waiters []*poolWaiter[T]
	for p.waiters.head != nil {
		w := p.waiters.head
		p.waiters.remove(w)
		waiters = append(waiters, w)
	}
	p.mu.Unlock()
	close(p.stop)
	p.reaper.Wait()
	for _, r := range idle {
		p.closeValue(r.value)
	}
	for _, w := range waiters {
		close(w.ch)
	}
}
