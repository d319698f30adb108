package main

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

type seqTask struct {
	key uint64
	seq int
}

func TestPoolSameKeySameWorkerInOrder(t *testing.T) {
	const workers, keys, perKey = 4, 50, 200
	type state struct {
		id   int
		last map[uint64]int
		seen map[uint64]bool
	}
	var mu sync.Mutex
	owner := map[uint64]int{}
	var bad atomic.Int64
	p, err := NewPool[uint64](PoolOptions{Workers: workers, QueueLen: 8},
		func(i int) state { return state{id: i, last: map[uint64]int{}, seen: map[uint64]bool{}} },
		func(s *state, t seqTask) {
			if prev, ok := s.last[t.key]; ok && t.seq != prev+1 {
				bad.Add(1)
			}
			s.last[t.key] = t.seq
			mu.Lock()
			if w, ok := owner[t.key]; ok && w != s.id {
				bad.Add(1)
			}
			owner[t.key] = s.id
			mu.Unlock()
		})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for k := range uint64(keys) {
		wg.Go(func() {
			for i := range perKey {
				assert.NoError(t, p.Submit(context.Background(), k, seqTask{k, i}))
			}
		})
	}
	wg.Wait()
	p.Close()
	assert.Zero(t, bad.Load(), "a key ran out of order or on two workers")
	assert.Len(t, owner, keys)
}

func TestPoolKeylessTasksGoToIdleWorkers(t *testing.T) {
	// Worker 0 is blocked in a keyed task; keyless tasks must still all
	// run, on the other workers.
	block := make(chan struct{})
	blocked := make(chan struct{})
	var ran [2]atomic.Int64
	p, err := NewPool[int](PoolOptions{Workers: 2, QueueLen: 4},
		func(i int) int { return i },
		func(id *int, task int) {
			if task < 0 {
				close(blocked)
				<-block
				return
			}
			ran[*id].Add(1)
		})
	require.NoError(t, err)
	// Find a key that lands on worker 0 by its queue.
	key := 0
	for p.worker(key) != p.workers[0] {
		key++
	}
	require.NoError(t, p.Submit(context.Background(), key, -1))
	<-blocked
	// With worker 0 stuck, these (blocking when the shared queue of 4 is
	// full) can only complete if worker 1 takes them.
	for i := range 100 {
		require.NoError(t, p.SubmitAny(context.Background(), i))
	}
	close(block)
	p.Close()
	// At most the 4 left in the shared queue when worker 0 was released
	// can have run there.
	assert.GreaterOrEqual(t, ran[1].Load(), int64(96))
	assert.Equal(t, int64(100), ran[0].Load()+ran[1].Load())
}

func TestPoolBackpressure(t *testing.T) {
	block := make(chan struct{})
	started := make(chan struct{}, 1)
	p, err := NewPool[int](PoolOptions{Workers: 1, QueueLen: 2},
		func(int) struct{} { return struct{}{} },
		func(_ *struct{}, task int) {
			if task == 0 {
				started <- struct{}{}
				<-block
			}
		})
	require.NoError(t, err)
	require.NoError(t, p.TrySubmit(1, 0))
	<-started // the worker holds task 0; the queue is empty again
	require.NoError(t, p.TrySubmit(1, 1))
	require.NoError(t, p.TrySubmit(1, 2))
	assert.ErrorIs(t, p.TrySubmit(1, 3), ErrQueueFull)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	assert.ErrorIs(t, p.Submit(ctx, 1, 4), context.DeadlineExceeded, "Submit waits for room until its context ends")

	close(block)
	p.Close()
	assert.True(t, errors.Is(p.Submit(context.Background(), 1, 5), ErrPoolClosed))
	p.Close() // idempotent
}

func TestPoolPinsWorkers(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("pinning is Linux only")
	}
	var cpus [2]atomic.Int64
	p, err := NewPool[int](PoolOptions{Workers: 2, Pin: true},
		func(i int) int { return i },
		func(id *int, _ struct{}) {
			var set unix.CPUSet
			if unix.SchedGetaffinity(0, &set) == nil {
				cpus[*id].Store(int64(set.Count()))
			}
		})
	require.NoError(t, err)
	for k := range 64 {
		require.NoError(t, p.Submit(context.Background(), k, struct{}{}))
	}
	p.Close()
	for i := range cpus {
		if n := cpus[i].Load(); n != 0 {
			assert.Equal(t, int64(1), n, "worker %d's thread may run on %d CPUs, want 1", i, n)
		}
	}
}

func TestKeyWorkloadEveryImplRunsEveryTask(t *testing.T) {
	for _, impl := range affinityImpls {
		t.Run(impl, func(t *testing.T) {
			_, total, err := runKeyWorkload(context.Background(), impl, 5000, 100, 3, false)
			require.NoError(t, err)
			assert.Equal(t, uint64(5000), total)
		})
	}
}

// BenchmarkAffinity compares the pool with the two designs it replaces on
// a per-key-state workload: one op is one task.
func BenchmarkAffinity(b *testing.B) {
	for _, keys := range []int{1000, 1_000_000} {
		for _, impl := range affinityImpls {
			b.Run("keys="+itoa(keys)+"/impl="+impl, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, _, err := runKeyWorkload(context.Background(), impl, 10000, keys, runtime.GOMAXPROCS(0), false); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.N*10000)/b.Elapsed().Seconds(), "tasks/s")
			})
		}
	}
}
