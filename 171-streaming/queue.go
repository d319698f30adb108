package main

// This file holds the bounded backpressure queue: one ring under one mutex,
// with four answers to "the consumer is slower than the producer".
//
//	Block       the producer waits (or gives up when its ctx ends): nothing is
//	            lost and the slowest consumer sets the pace.
//	DropNewest  the incoming item is refused: the queue keeps the oldest work.
//	DropOldest  the oldest queued item is evicted: the queue keeps the freshest.
//	Adaptive    above a high watermark the queue sheds (or coalesces into its
//	            newest item) until it has drained to a low watermark:
//
//	depth ▲
//	 high ┤─ ─ ─ ─ ╭──╮shedding ─ ─ ─ ─ ─ ─
//	      │       ╱    ╲╲
//	  low ┤─ ─ ─ ╱─ ─ ─ ─╲─ ─ ─ ─ ─╱─ ─ ─ ─   accepts again only below low
//	      │     ╱          ╲______╱
//	      └────────────────────────────────▶ time
//
// The gap between the two watermarks is the hysteresis: with one threshold a
// queue hovering at it would flap between accepting and shedding on every
// item, which is worse for the consumer than either.
//
// Waiting is done with one-token channels rather than sync.Cond so that a
// wait can also select on ctx.Done(). A waker sends a token only when
// someone is waiting; a woken waiter that leaves room behind passes the
// token on (a baton), so k waiters need no broadcast and no lost wake-up:
// a token sent between a waiter's unlock and its select stays in the
// channel's one slot until it is taken.

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Errors returned by [Queue].
var (
	// ErrQueueClosed is returned by pushes after Close and by pops once a
	// closed queue is drained.
	ErrQueueClosed = errors.New("queue closed")
	// ErrDropped is returned by a push whose item was not enqueued
	// (DropNewest when full, Adaptive while shedding).
	ErrDropped = errors.New("item dropped")
)

// Strategy is what a full [Queue] does with a push.
type Strategy uint8

// The strategies; see the file comment for their trade-offs.
const (
	Block Strategy = iota
	DropNewest
	DropOldest
	Adaptive
)

// Strategies lists every strategy, in declaration order.
var Strategies = []Strategy{Block, DropNewest, DropOldest, Adaptive}

func (s Strategy) String() string {
	switch s {
	case Block:
		return "block"
	case DropNewest:
		return "drop-newest"
	case DropOldest:
		return "drop-oldest"
	case Adaptive:
		return "adaptive"
	}
	return fmt.Sprintf("Strategy(%d)", uint8(s))
}

// QueueOptions configures a [Queue]. The zero value means the defaults.
type QueueOptions[T any] struct {
	// Capacity bounds the queue. Default 1024.
	Capacity int
	// Strategy is the overflow strategy. Default [Block].
	Strategy Strategy
	// High and Low are Adaptive's watermarks: shedding starts when the depth
	// reaches High and stops when it falls to Low. Defaults 3/4 and 1/4 of
	// Capacity; New returns an error unless 0 <= Low < High <= Capacity.
	High, Low int
	// Coalesce, if set, lets Adaptive merge an item it would shed into the
	// newest queued item (say, summing counters) instead of dropping it;
	// it returns false when the two cannot be merged.
	Coalesce func(newest, v T) (T, bool)
}

// QueueStats are a [Queue]'s metrics.
type QueueStats struct {
	Enqueued      uint64 // items accepted
	Dequeued      uint64 // items handed to consumers
	DroppedNewest uint64 // pushes refused by DropNewest
	DroppedOldest uint64 // items evicted by DropOldest
	Shed          uint64 // pushes refused by Adaptive while shedding
	Coalesced     uint64 // pushes merged by Adaptive's Coalesce
	Waits         uint64 // times a Block push had to wait
	Depth         int    // items queued now
	HighWater     int    // the largest depth seen
	Shedding      bool   // Adaptive is between High and Low
}

// Dropped returns the items lost for any reason.
func (s QueueStats) Dropped() uint64 { return s.DroppedNewest + s.DroppedOldest + s.Shed }

// Queue is a bounded multi-producer multi-consumer FIFO with an overflow
// [Strategy]. Create one with [NewQueue]; it is safe for concurrent use and
// must not be copied. Push, PushN, Pop and PopN are O(1) per item.
type Queue[T any] struct {
	opts     QueueOptions[T]
	notFull  chan struct{}
	notEmpty chan struct{}
	done     chan struct{}

	// mu guards everything below.
	mu        sync.Mutex
	buf       []T
	head, n   int
	waitFull  int // producers waiting for room
	waitEmpty int // consumers waiting for items
	closed    bool
	stats     QueueStats
}

// NewQueue returns an empty queue.
func NewQueue[T any](opts QueueOptions[T]) (*Queue[T], error) {
	if opts.Capacity == 0 {
		opts.Capacity = 1024
	}
	if opts.Capacity < 1 {
		return nil, fmt.Errorf("queue: capacity %d < 1", opts.Capacity)
	}
	if opts.High == 0 && opts.Low == 0 {
		opts.High, opts.Low = max(1, opts.Capacity*3/4), opts.Capacity/4
	}
	if opts.Low < 0 || opts.Low >= opts.High || opts.High > opts.Capacity {
		return nil, fmt.Errorf("queue: watermarks low=%d high=%d capacity=%d: want 0 <= low < high <= capacity",
			opts.Low, opts.High, opts.Capacity)
	}
	if opts.Strategy > Adaptive {
		return nil, fmt.Errorf("queue: unknown strategy %v", opts.Strategy)
	}
	return &Queue[T]{
		opts:     opts,
		buf:      make([]T, opts.Capacity),
		notFull:  make(chan struct{}, 1),
		notEmpty: make(chan struct{}, 1),
		done:     make(chan struct{}),
	}, nil
}

func wake(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

// Push enqueues v under the queue's strategy. Block waits for room until ctx
// ends (returning ctx.Err()); DropNewest and Adaptive return [ErrDropped]
// when they refuse v. After Close it returns [ErrQueueClosed].
func (q *Queue[T]) Push(ctx context.Context, v T) error {
	one := [1]T{v}
	_, err := q.PushN(ctx, one[:])
	return err
}

// PushN enqueues vs in order under one lock acquisition per run of free
// slots and returns how many were accepted (coalesced items count as
// accepted). A Block queue waits for room for all of them.
func (q *Queue[T]) PushN(ctx context.Context, vs []T) (int, error) {
	q.mu.Lock()
	done, accepted := 0, 0 // done counts items handled, accepted those enqueued or merged
	var err error
	for done < len(vs) {
		if q.closed {
			err = ErrQueueClosed
			break
		}
		if q.opts.Strategy == Adaptive {
			if !q.stats.Shedding && q.n >= q.opts.High {
				q.stats.Shedding = true
			}
			if q.stats.Shedding {
				if q.opts.Coalesce != nil && q.n > 0 {
					i := (q.head + q.n - 1) % len(q.buf)
					if merged, ok := q.opts.Coalesce(q.buf[i], vs[done]); ok {
						q.buf[i] = merged
						q.stats.Coalesced++
						done++
						accepted++
						continue
					}
				}
				q.stats.Shed++
				err = ErrDropped
				done++
				continue
			}
		}
		if q.n == len(q.buf) {
			switch q.opts.Strategy {
			case DropNewest:
				q.stats.DroppedNewest++
				err = ErrDropped
				done++
				continue
			case DropOldest:
				var zero T
				q.buf[q.head] = zero
				q.head = (q.head + 1) % len(q.buf)
				q.n--
				q.stats.DroppedOldest++
			default: // Block
				q.waitFull++
				q.stats.Waits++
				q.mu.Unlock()
				var cerr error
				select {
				case <-q.notFull:
				case <-q.done:
				case <-ctx.Done():
					cerr = ctx.Err()
				}
				q.mu.Lock()
				q.waitFull--
				if cerr != nil {
					err = cerr
					goto out
				}
				continue
			}
		}
		// Copy the longest run that fits without wrapping or overflowing.
		tail := (q.head + q.n) % len(q.buf)
		k := min(len(vs)-done, len(q.buf)-q.n, len(q.buf)-tail)
		if q.opts.Strategy == Adaptive {
			k = min(k, q.opts.High-q.n)
		}
		copy(q.buf[tail:tail+k], vs[done:done+k])
		q.n += k
		done += k
		accepted += k
		q.stats.Enqueued += uint64(k)
		q.stats.HighWater = max(q.stats.HighWater, q.n)
		if q.waitEmpty > 0 {
			wake(q.notEmpty)
		}
	}
out:
	if q.n < len(q.buf) && q.waitFull > 0 {
		wake(q.notFull) // pass the baton
	}
	q.mu.Unlock()
	return accepted, err
}

// Pop dequeues the oldest item, waiting until there is one or ctx ends. A
// closed queue is drained first, then Pop returns [ErrQueueClosed].
func (q *Queue[T]) Pop(ctx context.Context) (T, error) {
	var one [1]T
	_, err := q.PopN(ctx, one[:])
	return one[0], err
}

// TryPopN moves up to len(dst) items into dst without waiting.
func (q *Queue[T]) TryPopN(dst []T) int {
	q.mu.Lock()
	k := q.take(dst)
	q.mu.Unlock()
	return k
}

// take moves items into dst. q.mu is held.
func (q *Queue[T]) take(dst []T) int {
	k := min(len(dst), q.n)
	first := min(k, len(q.buf)-q.head)
	copy(dst, q.buf[q.head:q.head+first])
	clear(q.buf[q.head : q.head+first])
	copy(dst[first:k], q.buf[:k-first])
	clear(q.buf[:k-first])
	q.head = (q.head + k) % len(q.buf)
	q.n -= k
	q.stats.Dequeued += uint64(k)
	if q.stats.Shedding && q.n <= q.opts.Low {
		q.stats.Shedding = false
	}
	if k > 0 && q.waitFull > 0 {
		wake(q.notFull)
	}
	if q.n > 0 && q.waitEmpty > 0 {
		wake(q.notEmpty) // pass the baton
	}
	return k
}

// PopN waits for at least one item, then moves up to len(dst) into dst.
func (q *Queue[T]) PopN(ctx context.Context, dst []T) (int, error) {
	if len(dst) == 0 {
		return 0, nil
	}
	q.mu.Lock()
	for q.n == 0 {
		if q.closed {
			q.mu.Unlock()
			return 0, ErrQueueClosed
		}
		q.waitEmpty++
		q.mu.Unlock()
		var err error
		select {
		case <-q.notEmpty:
		case <-q.done:
		case <-ctx.Done():
			err = ctx.Err()
		}
		q.mu.Lock()
		q.waitEmpty--
		if err != nil {
			q.mu.Unlock()
			return 0, err
		}
	}
	k := q.take(dst)
	q.mu.Unlock()
	return k, nil
}

// Len returns the current depth.
func (q *Queue[T]) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.n
}

// Stats returns a snapshot of the metrics.
func (q *Queue[T]) Stats() QueueStats {
	q.mu.Lock()
	defer q.mu.Unlock()
	s := q.stats
	s.Depth = q.n
	return s
}

// Close refuses further pushes and wakes every waiter. Queued items remain
// poppable. It is idempotent.
func (q *Queue[T]) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.closed {
		q.closed = true
		close(q.done)
	}
}
