package main

// This file holds SPSC, a lock-free single-producer single-consumer ring.
//
// With exactly one producer and one consumer no compare-and-swap is needed:
// the producer alone writes tail, the consumer alone writes head, and each
// publishes its progress with one atomic store that the other reads with an
// atomic load (Lamport, "Specifying Concurrent Program Modules", TOPLAS 1983,
// is the original proof). Two refinements make it fast on real caches:
//
//   - Each side keeps a private cached copy of the other side's index and
//     reloads the shared one only when the cache says "full" or "empty", so
//     in steady state a push or pop touches no cache line the other core is
//     writing (the scheme of Rigtorp's SPSCQueue and of FastForward,
//     Giacomoni et al., PPoPP 2008).
//   - The producer's and the consumer's fields live on separate cache lines,
//     padded "to prevent false sharing"; TestSPSCLayout asserts the offsets.
//
// Indices run freely as uint64 and are masked by capacity-1 (a power of
// two), so full is tail-head == capacity and no slot is wasted.
//
// Batches are where the ring beats a channel: TryPushN and TryPopN move a run
// of items with one copy and one atomic store, where a channel pays a lock
// and possibly a goroutine hand-off per item.

import (
	"fmt"
	"math/bits"
	"sync/atomic"
)

// cacheLine is the padding unit. 64 bytes on amd64 and most arm64; the
// adjacent-line prefetcher on Intel makes 128 safer still, at twice the size.
const cacheLine = 64

// SPSC is a bounded lock-free FIFO for exactly one producer goroutine
// (TryPush, TryPushN) and one consumer goroutine (TryPop, TryPopN) at a time.
// Using either side from two goroutines at once is a data race. Create one
// with [NewSPSC]; it must not be copied. All operations are O(1) per item and
// never block or allocate.
type SPSC[T any] struct {
	buf  []T
	mask uint64
	_    [cacheLine - 32]byte // to prevent false sharing with the producer

	// Producer's line: tail is written by the producer only.
	tail       atomic.Uint64
	cachedHead uint64
	_          [cacheLine - 16]byte // to prevent false sharing with the consumer

	// Consumer's line: head is written by the consumer only.
	head       atomic.Uint64
	cachedTail uint64
	_          [cacheLine - 16]byte
}

// NewSPSC returns a ring holding capacity items, rounded up to a power of two.
func NewSPSC[T any](capacity int) (*SPSC[T], error) {
	if capacity < 1 || capacity > 1<<30 {
		return nil, fmt.Errorf("spsc: capacity %d out of [1, 2^30]", capacity)
	}
	c := uint64(1) << bits.Len64(uint64(capacity-1))
	return &SPSC[T]{buf: make([]T, c), mask: c - 1}, nil
}

// Cap returns the capacity.
func (r *SPSC[T]) Cap() int { return len(r.buf) }

// Len returns the number of queued items; from a third goroutine it is only
// an estimate.
func (r *SPSC[T]) Len() int { return int(r.tail.Load() - r.head.Load()) }

// TryPush appends v and reports whether there was room. Producer only.
func (r *SPSC[T]) TryPush(v T) bool {
	t := r.tail.Load()
	if t-r.cachedHead == uint64(len(r.buf)) {
		r.cachedHead = r.head.Load()
		if t-r.cachedHead == uint64(len(r.buf)) {
			return false
		}
	}
	r.buf[t&r.mask] = v
	r.tail.Store(t + 1)
	return true
}

// TryPushN appends as many of vs as fit and returns how many. Producer only.
func (r *SPSC[T]) TryPushN(vs []T) int {
	t := r.tail.Load()
	free := uint64(len(r.buf)) - (t - r.cachedHead)
	if free < uint64(len(vs)) {
		r.cachedHead = r.head.Load()
		free = uint64(len(r.buf)) - (t - r.cachedHead)
	}
	k := min(uint64(len(vs)), free)
	i := t & r.mask
	first := min(k, uint64(len(r.buf))-i)
	copy(r.buf[i:i+first], vs[:first])
	copy(r.buf[:k-first], vs[first:k])
	r.tail.Store(t + k)
	return int(k)
}

// TryPop removes the oldest item; ok is false when the ring is empty.
// Consumer only.
func (r *SPSC[T]) TryPop() (v T, ok bool) {
	h := r.head.Load()
	if h == r.cachedTail {
		r.cachedTail = r.tail.Load()
		if h == r.cachedTail {
			return v, false
		}
	}
	var zero T
	v = r.buf[h&r.mask]
	r.buf[h&r.mask] = zero // let the garbage collector have what v points to
	r.head.Store(h + 1)
	return v, true
}

// TryPopN moves up to len(dst) items into dst and returns how many.
// Consumer only.
func (r *SPSC[T]) TryPopN(dst []T) int {
	h := r.head.Load()
	avail := r.cachedTail - h
	if avail < uint64(len(dst)) {
		r.cachedTail = r.tail.Load()
		avail = r.cachedTail - h
	}
	k := min(uint64(len(dst)), avail)
	i := h & r.mask
	first := min(k, uint64(len(r.buf))-i)
	copy(dst[:first], r.buf[i:i+first])
	clear(r.buf[i : i+first])
	copy(dst[first:k], r.buf[:k-first])
	clear(r.buf[:k-first])
	r.head.Store(h + k)
	return int(k)
}
