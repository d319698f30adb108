package main

import (
	"context"
	"errors"
	"iter"
	"slices"
	"strconv"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func double(_ context.Context, v int) (int, error) { return 2 * v, nil }

func repeat(v int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for range v % 3 {
			if !yield(v) {
				return
			}
		}
	}
}

// TestPipelineChain checks a chain of every single-input stage against the
// same computation done with plain loops.
func TestPipelineChain(t *testing.T) {
	defer goleak.VerifyNone(t)
	in := make([]int, 1000)
	for i := range in {
		in[i] = i
	}
	var want []int
	for _, v := range in {
		v *= 2
		if v%3 == 0 {
			continue
		}
		for range v % 3 {
			want = append(want, v)
		}
	}
	p := NewPipeline(context.Background(), PipelineOptions{Buffer: 4})
	s := FlatMap(Filter(Map(FromSlice(p, in), double), func(v int) bool { return v%3 != 0 }), repeat)
	batches, err := Collect(Batch(s, 10, 0))
	require.NoError(t, err)
	var got []int
	for i, b := range batches {
		if i < len(batches)-1 {
			assert.Len(t, b, 10, "full batches while input lasts")
		}
		got = append(got, b...)
	}
	assert.Equal(t, want, got)
}

var errBoom = errors.New("boom")

func naturals(yield func(int) bool) {
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func TestPipelineFirstErrorCancels(t *testing.T) {
	defer goleak.VerifyNone(t)
	p := NewPipeline(context.Background(), PipelineOptions{})
	s := Map(FromSeq(p, naturals), func(_ context.Context, v int) (int, error) {
		if v == 50 {
			return 0, errBoom
		}
		return v, nil
	})
	got, err := Collect(s)
	assert.ErrorIs(t, err, errBoom, "an infinite source stops when a later stage fails")
	assert.LessOrEqual(t, len(got), 50)
}

func TestPipelineJoinsErrors(t *testing.T) {
	defer goleak.VerifyNone(t)
	p := NewPipeline(context.Background(), PipelineOptions{})
	var barrier sync.WaitGroup
	barrier.Add(2)
	errA, errB := errors.New("a failed"), errors.New("b failed")
	fail := func(e error) func(context.Context, int) (int, error) {
		return func(context.Context, int) (int, error) {
			barrier.Done()
			barrier.Wait() // both stages are inside fn before either fails
			return 0, e
		}
	}
	outs := Tee(FromSlice(p, []int{1}), 2)
	merged := Merge(Map(outs[0], fail(errA)), Map(outs[1], fail(errB)))
	_, err := Collect(merged)
	assert.ErrorIs(t, err, errA)
	assert.ErrorIs(t, err, errB)
}

func TestPipelineBreakEarly(t *testing.T) {
	defer goleak.VerifyNone(t)
	p := NewPipeline(context.Background(), PipelineOptions{})
	var got []int
	for v := range Map(FromSeq(p, naturals), double).All() {
		got = append(got, v)
		if len(got) == 5 {
			break
		}
	}
	assert.NoError(t, p.Wait(), "a consumer that stops is not a failure")
	assert.Equal(t, []int{0, 2, 4, 6, 8}, got)
}

func TestPipelineParentCancel(t *testing.T) {
	defer goleak.VerifyNone(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := NewPipeline(ctx, PipelineOptions{})
	s := Map(FromSeq(p, naturals), double)
	n := 0
	for range s.All() {
		n++
		if n == 10 {
			cancel()
		}
	}
	assert.ErrorIs(t, p.Wait(), context.Canceled)
}

// TestParallel gives items random virtual delays so that they finish out
// of order, and checks ordered output keeps input order.
func TestParallel(t *testing.T) {
	defer goleak.VerifyNone(t)
	for _, ordered := range []bool{true, false} {
		t.Run("ordered="+strconv.FormatBool(ordered), func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				in := make([]int, 200)
				for i := range in {
					in[i] = i
				}
				p := NewPipeline(context.Background(), PipelineOptions{Buffer: 2})
				s := Parallel(FromSlice(p, in), 4, ordered, func(ctx context.Context, v int) (int, error) {
					time.Sleep(time.Duration((v*7919)%13) * time.Millisecond) // virtual time
					return v, nil
				})
				got, err := Collect(s)
				require.NoError(t, err)
				if ordered {
					assert.Equal(t, in, got)
				} else {
					assert.NotEqual(t, in, got, "the delays reorder an unordered stage")
					slices.Sort(got)
					assert.Equal(t, in, got)
				}
			})
		})
	}
}

func TestParallelError(t *testing.T) {
	defer goleak.VerifyNone(t)
	p := NewPipeline(context.Background(), PipelineOptions{})
	s := Parallel(FromSeq(p, naturals), 3, true, func(_ context.Context, v int) (int, error) {
		if v == 20 {
			return 0, errBoom
		}
		return v, nil
	})
	_, err := Collect(s)
	assert.ErrorIs(t, err, errBoom)
}

// TestBatchMaxWait: a trickle of items is emitted after maxWait, not held
// until the batch fills.
func TestBatchMaxWait(t *testing.T) {
	defer goleak.VerifyNone(t)
	synctest.Test(t, func(t *testing.T) {
		gate := make(chan int)
		p := NewPipeline(context.Background(), PipelineOptions{})
		src := FromSeq(p, func(yield func(int) bool) {
			for v := range gate {
				if !yield(v) {
					return
				}
			}
		})
		out := Batch(src, 100, time.Second)
		start := time.Now()
		gate <- 1
		gate <- 2
		b := <-out.c
		assert.Equal(t, []int{1, 2}, b)
		assert.Equal(t, time.Second, time.Since(start), "emitted at maxWait after the first item")
		gate <- 3
		close(gate)
		b = <-out.c
		assert.Equal(t, []int{3}, b, "the remainder is flushed when the input ends")
		require.NoError(t, p.Wait())
	})
}

func TestThrottle(t *testing.T) {
	defer goleak.VerifyNone(t)
	synctest.Test(t, func(t *testing.T) {
		p := NewPipeline(context.Background(), PipelineOptions{})
		start := time.Now()
		var at []time.Duration
		for range Throttle(FromSlice(p, make([]int, 6)), 100*time.Millisecond, 2).All() {
			at = append(at, time.Since(start))
		}
		require.NoError(t, p.Wait())
		ms := time.Millisecond
		assert.Equal(t, []time.Duration{0, 0, 100 * ms, 200 * ms, 300 * ms, 400 * ms}, at,
			"a burst of 2, then one per 100 ms")
	})
}

func TestFanOutMerge(t *testing.T) {
	defer goleak.VerifyNone(t)
	p := NewPipeline(context.Background(), PipelineOptions{})
	in := make([]int, 500)
	for i := range in {
		in[i] = i
	}
	parts := FanOut(FromSlice(p, in), 3)
	mapped := make([]Stream[int], len(parts))
	for i, s := range parts {
		mapped[i] = Map(s, double)
	}
	got, err := Collect(Merge(mapped...))
	require.NoError(t, err)
	slices.Sort(got)
	want := make([]int, len(in))
	for i := range want {
		want[i] = 2 * i
	}
	assert.Equal(t, want, got, "each item through exactly one branch")
}

// BenchmarkPipeline: a 4-stage chain (source, Map, Filter, Batch of 64) of
// 1e4 ints per op, against the same stages written by hand with
// goroutines and channels.
func BenchmarkPipeline(b *testing.B) {
	const n = 10_000
	in := make([]int, n)
	for i := range in {
		in[i] = i
	}
	keep := func(v int) bool { return v%3 != 0 }
	b.Run("impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			p := NewPipeline(context.Background(), PipelineOptions{})
			for range Batch(Filter(Map(FromSlice(p, in), double), keep), 64, 0).All() {
			}
			_ = p.Wait()
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "items/s")
	})
	b.Run("impl=plain", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			src, mapped, filtered := make(chan int, 64), make(chan int, 64), make(chan int, 64)
			batches := make(chan []int, 64)
			go func() {
				defer close(src)
				for _, v := range in {
					src <- v
				}
			}()
			go func() {
				defer close(mapped)
				for v := range src {
					mapped <- 2 * v
				}
			}()
			go func() {
				defer close(filtered)
				for v := range mapped {
					if keep(v) {
						filtered <- v
					}
				}
			}()
			go func() {
				defer close(batches)
				var batch []int
				for v := range filtered {
					if batch == nil {
						batch = make([]int, 0, 64)
					}
					batch = append(batch, v)
					if len(batch) == 64 {
						batches <- batch
						batch = nil
					}
				}
				if batch != nil {
					batches <- batch
				}
			}()
			for range batches {
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "items/s")
	})
}
