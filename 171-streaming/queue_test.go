package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func newQueue(t testing.TB, o QueueOptions[int]) *Queue[int] {
	t.Helper()
	q, err := NewQueue(o)
	require.NoError(t, err)
	return q
}

func TestQueueOptions(t *testing.T) {
	bad := []QueueOptions[int]{
		{Capacity: -1},
		{Capacity: 4, High: 5, Low: 1},
		{Capacity: 4, High: 2, Low: 2},
		{Capacity: 4, Strategy: Strategy(9)},
	}
	for _, o := range bad {
		_, err := NewQueue(o)
		assert.Error(t, err, "NewQueue(%+v)", o)
	}
	q := newQueue(t, QueueOptions[int]{})
	assert.Equal(t, 1024, len(q.buf), "default capacity")
}

func TestQueueStrategies(t *testing.T) {
	tests := []struct {
		strategy Strategy
		want     []int
		stats    QueueStats
	}{
		{DropNewest, []int{0, 1, 2, 3}, QueueStats{Enqueued: 4, Dequeued: 4, DroppedNewest: 6, HighWater: 4}},
		{DropOldest, []int{6, 7, 8, 9}, QueueStats{Enqueued: 10, Dequeued: 4, DroppedOldest: 6, HighWater: 4}},
		// High 3 / Low 1: accepts 0,1,2 then sheds the rest.
		{Adaptive, []int{0, 1, 2}, QueueStats{Enqueued: 3, Dequeued: 3, Shed: 7, HighWater: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.strategy.String(), func(t *testing.T) {
			q := newQueue(t, QueueOptions[int]{Capacity: 4, Strategy: tt.strategy, High: 3, Low: 1})
			for i := range 10 {
				err := q.Push(context.Background(), i)
				if err != nil {
					assert.ErrorIs(t, err, ErrDropped)
				}
			}
			dst := make([]int, 10)
			k := q.TryPopN(dst)
			assert.Equal(t, tt.want, dst[:k])
			assert.Equal(t, tt.stats, q.Stats())
		})
	}
}

// TestQueueAdaptiveHysteresis walks the depth up past High and down past Low
// and checks shedding switches exactly at the two watermarks.
func TestQueueAdaptiveHysteresis(t *testing.T) {
	q := newQueue(t, QueueOptions[int]{Capacity: 10, Strategy: Adaptive, High: 8, Low: 3})
	ctx := context.Background()
	for i := range 8 {
		require.NoError(t, q.Push(ctx, i))
	}
	assert.ErrorIs(t, q.Push(ctx, 8), ErrDropped, "at High the queue sheds")
	assert.True(t, q.Stats().Shedding)
	for range 4 { // depth 8 → 4: still above Low
		_, err := q.Pop(ctx)
		require.NoError(t, err)
	}
	assert.ErrorIs(t, q.Push(ctx, 9), ErrDropped, "between Low and High a shedding queue keeps shedding")
	_, _ = q.Pop(ctx) // depth 3 = Low
	assert.False(t, q.Stats().Shedding)
	assert.NoError(t, q.Push(ctx, 10), "at Low it accepts again")
	assert.Equal(t, uint64(2), q.Stats().Shed)
}

func TestQueueAdaptiveCoalesce(t *testing.T) {
	sum := func(newest, v int) (int, bool) { return newest + v, true }
	q := newQueue(t, QueueOptions[int]{Capacity: 4, Strategy: Adaptive, High: 2, Low: 0, Coalesce: sum})
	n, err := q.PushN(context.Background(), []int{1, 2, 3, 4, 5})
	require.NoError(t, err)
	assert.Equal(t, 5, n)
	dst := make([]int, 4)
	k := q.TryPopN(dst)
	assert.Equal(t, []int{1, 14}, dst[:k], "3, 4 and 5 merged into the newest item: nothing lost from the sum")
	assert.Equal(t, uint64(3), q.Stats().Coalesced)
}

func TestQueueBlock(t *testing.T) {
	defer goleak.VerifyNone(t)
	synctest.Test(t, func(t *testing.T) {
		q := newQueue(t, QueueOptions[int]{Capacity: 2})
		ctx := context.Background()
		require.NoError(t, q.Push(ctx, 1))
		require.NoError(t, q.Push(ctx, 2))

		tctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		assert.ErrorIs(t, q.Push(tctx, 3), context.DeadlineExceeded, "a full Block queue waits until ctx ends")

		pushed := make(chan error)
		go func() { pushed <- q.Push(ctx, 3) }()
		synctest.Wait() // the pusher is now parked
		select {
		case <-pushed:
			t.Fatal("Push returned while the queue was full")
		default:
		}
		v, err := q.Pop(ctx)
		require.NoError(t, err)
		assert.Equal(t, 1, v)
		require.NoError(t, <-pushed)
		assert.Equal(t, uint64(2), q.Stats().Waits, "two pushes waited")

		q.Close()
		assert.ErrorIs(t, q.Push(ctx, 4), ErrQueueClosed)
		dst := make([]int, 4)
		k, err := q.PopN(ctx, dst)
		require.NoError(t, err)
		assert.Equal(t, []int{2, 3}, dst[:k], "a closed queue drains")
		_, err = q.Pop(ctx)
		assert.ErrorIs(t, err, ErrQueueClosed)
	})
}

func TestQueuePopWaits(t *testing.T) {
	defer goleak.VerifyNone(t)
	synctest.Test(t, func(t *testing.T) {
		q := newQueue(t, QueueOptions[int]{Capacity: 2})
		got := make(chan int)
		go func() {
			v, _ := q.Pop(context.Background())
			got <- v
		}()
		synctest.Wait()
		require.NoError(t, q.Push(context.Background(), 7))
		assert.Equal(t, 7, <-got)
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		_, err := q.Pop(ctx)
		assert.ErrorIs(t, err, context.DeadlineExceeded)
	})
}

// TestQueueMPMC: several producers and consumers through a small Block
// queue; every item arrives exactly once and each producer's items in order.
func TestQueueMPMC(t *testing.T) {
	defer goleak.VerifyNone(t)
	const producers, consumers, per = 4, 3, 3000
	q := newQueue(t, QueueOptions[int]{Capacity: 8})
	ctx := context.Background()
	var pw, cw sync.WaitGroup
	for p := range producers {
		pw.Go(func() {
			batch := make([]int, 0, 5)
			for i := range per {
				batch = append(batch, p*per+i)
				if len(batch) == cap(batch) || i == per-1 {
					n, err := q.PushN(ctx, batch)
					if err != nil || n != len(batch) {
						t.Errorf("PushN = %d, %v", n, err)
					}
					batch = batch[:0]
				}
			}
		})
	}
	results := make([][]int, consumers)
	for c := range consumers {
		cw.Go(func() {
			dst := make([]int, 1+c*3)
			for {
				k, err := q.PopN(ctx, dst)
				if err != nil {
					return
				}
				results[c] = append(results[c], dst[:k]...)
			}
		})
	}
	pw.Wait()
	q.Close()
	cw.Wait()
	seen := make([]bool, producers*per)
	for _, r := range results {
		last := make([]int, producers)
		for i := range last {
			last[i] = -1
		}
		for _, v := range r {
			require.False(t, seen[v], "item %d delivered twice", v)
			seen[v] = true
			p := v / per
			require.Greater(t, v, last[p], "producer %d out of order within one consumer", p)
			last[p] = v
		}
	}
	for v, ok := range seen {
		require.True(t, ok, "item %d lost", v)
	}
	assert.LessOrEqual(t, q.Stats().HighWater, 8)
}

func TestSPSCLayout(t *testing.T) {
	var r SPSC[int]
	assert.GreaterOrEqual(t, unsafe.Offsetof(r.tail), uintptr(cacheLine), "producer line after the read-only fields")
	assert.GreaterOrEqual(t, unsafe.Offsetof(r.head)-unsafe.Offsetof(r.tail), uintptr(cacheLine),
		"consumer and producer indices on different cache lines")
	_, err := NewSPSC[int](0)
	assert.Error(t, err)
	r2, err := NewSPSC[int](5)
	require.NoError(t, err)
	assert.Equal(t, 8, r2.Cap(), "capacity rounds up to a power of two")
}

// TestSPSCReference compares random single-threaded operation sequences
// against a slice.
func TestSPSCReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	r, err := NewSPSC[int](16)
	require.NoError(t, err)
	var ref []int
	next := 0
	for step := range 20000 {
		switch rng.IntN(4) {
		case 0:
			ok := r.TryPush(next)
			require.Equal(t, len(ref) < 16, ok, "step %d TryPush", step)
			if ok {
				ref = append(ref, next)
			}
			next++
		case 1:
			vs := make([]int, rng.IntN(20))
			for i := range vs {
				vs[i] = next + i
			}
			k := r.TryPushN(vs)
			require.Equal(t, min(len(vs), 16-len(ref)), k, "step %d TryPushN", step)
			ref = append(ref, vs[:k]...)
			next += len(vs)
		case 2:
			v, ok := r.TryPop()
			require.Equal(t, len(ref) > 0, ok, "step %d TryPop", step)
			if ok {
				require.Equal(t, ref[0], v)
				ref = ref[1:]
			}
		default:
			dst := make([]int, rng.IntN(20))
			k := r.TryPopN(dst)
			require.Equal(t, min(len(dst), len(ref)), k, "step %d TryPopN", step)
			require.Equal(t, ref[:k], dst[:k])
			ref = ref[k:]
		}
		require.Equal(t, len(ref), r.Len())
	}
}

// TestSPSCConcurrent: one producer, one consumer, every item in order, under -race.
func TestSPSCConcurrent(t *testing.T) {
	defer goleak.VerifyNone(t)
	const n = 200_000
	r, err := NewSPSC[int](64)
	require.NoError(t, err)
	var wg sync.WaitGroup
	wg.Go(func() {
		batch := make([]int, 7)
		for i := 0; i < n; {
			for j := range batch {
				batch[j] = i + j
			}
			k := r.TryPushN(batch[:min(len(batch), n-i)])
			i += k
			if k == 0 {
				runtime.Gosched()
			}
		}
	})
	want := 0
	dst := make([]int, 5)
	for want < n {
		k := r.TryPopN(dst)
		for _, v := range dst[:k] {
			if v != want {
				t.Fatalf("got %d, want %d", v, want)
			}
			want++
		}
		if k == 0 {
			runtime.Gosched()
		}
	}
	wg.Wait()
}

// BenchmarkQueue moves items from producer goroutines to the benchmark's
// goroutine. One op is one batch (of 1 or 64 items); items/s is the figure
// to compare. impl=chan is a buffered channel of the same capacity, batch
// items sent one by one, which is all a channel can do.
func BenchmarkQueue(b *testing.B) {
	const capacity = 1024
	for _, mode := range []struct {
		name      string
		producers int
	}{{"spsc", 1}, {"mpsc", 4}} {
		for _, batch := range []int{1, 64} {
			impls := []string{"ours-queue", "chan"}
			if mode.producers == 1 {
				impls = append(impls, "ours-spsc")
			}
			for _, impl := range impls {
				b.Run(fmt.Sprintf("mode=%s/batch=%d/impl=%s", mode.name, batch, impl), func(b *testing.B) {
					benchQueue(b, impl, mode.producers, batch, capacity)
				})
			}
		}
	}
}

func benchQueue(b *testing.B, impl string, producers, batch, capacity int) {
	var stop atomic.Bool
	var wg sync.WaitGroup
	src := make([]int, batch)
	dst := make([]int, batch)
	var pop func(d []int) int // moves up to len(d) items; 0 when none was ready
	switch impl {
	case "ours-queue":
		q, _ := NewQueue(QueueOptions[int]{Capacity: capacity})
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		for range producers {
			wg.Go(func() {
				for !stop.Load() {
					if _, err := q.PushN(ctx, src); err != nil {
						return
					}
				}
			})
		}
		pop = func(d []int) int { k, _ := q.PopN(ctx, d); return k }
		defer func() { stop.Store(true); q.Close(); wg.Wait() }()
	case "ours-spsc":
		r, _ := NewSPSC[int](capacity)
		wg.Go(func() {
			for !stop.Load() {
				if r.TryPushN(src) == 0 {
					runtime.Gosched()
				}
			}
		})
		pop = func(d []int) int {
			k := r.TryPopN(d)
			if k == 0 {
				runtime.Gosched()
			}
			return k
		}
		defer func() { stop.Store(true); wg.Wait() }()
	case "chan":
		c := make(chan int, capacity)
		for range producers {
			wg.Go(func() {
				for !stop.Load() {
					for _, v := range src {
						c <- v
					}
				}
			})
		}
		pop = func(d []int) int {
			for i := range d {
				d[i] = <-c
			}
			return len(d)
		}
		defer func() {
			stop.Store(true)
			go func() { wg.Wait(); close(c) }()
			for range c {
			}
		}()
	}
	b.ReportAllocs()
	items := 0
	for b.Loop() {
		for got := 0; got < batch; {
			got += pop(dst[got:])
		}
		items += batch
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
}
