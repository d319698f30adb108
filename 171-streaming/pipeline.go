package main

// This file holds the typed pipeline: stages connected by bounded channels,
// each stage one goroutine (or n, for Parallel) owned by a Pipeline.
//
// The rules are errgroup's, applied to every stage (see
// golang.org/x/sync/errgroup and the Go blog's "Pipelines and cancellation"):
//
//   - the goroutine that sends on a channel is the one that closes it, and
//     it closes it on every exit path, so a downstream range always ends;
//   - every send and every wait also selects on the pipeline's context, so
//     a cancelled pipeline unblocks at once, wherever it is;
//   - the first stage error cancels the context, and Wait returns it (with
//     errors.Join when several stages failed independently);
//   - Wait returns only after every stage goroutine has returned: nothing
//     started by a pipeline outlives it (RxGo#359 is the counter-example).
//
//	FromSeq ─▶ Map ─▶ Filter ─▶ Batch ─▶ All()
//	   └── each arrow a channel of Options.Buffer slots; ctx cancels all ──┘
//
// Rejected: a push-style callback chain (no goroutines, fastest, but one
// slow stage cannot overlap with the others and nothing bounds memory when
// a stage fans out), and stages as interfaces over `any` (RxGo's choice:
// every item boxed, every consumer type-asserts).

import (
	"context"
	"errors"
	"iter"
	"sync"
	"time"
)

// errConsumerStopped is the cancellation cause when the consumer of All
// breaks out of its loop early: a normal end, not an error.
var errConsumerStopped = errors.New("pipeline: consumer stopped")

// PipelineOptions configures a [Pipeline]. The zero value means the defaults.
type PipelineOptions struct {
	// Buffer is the capacity of the channel after each stage. Default 64.
	Buffer int
}

// Pipeline owns the goroutines of a set of connected stages. Create one with
// [NewPipeline], build stages from it with the generic functions below,
// then consume the last stage and call Wait. It is safe for concurrent use.
type Pipeline struct {
	ctx    context.Context
	cancel context.CancelCauseFunc
	parent context.Context
	buf    int
	wg     sync.WaitGroup

	// mu guards errs.
	mu   sync.Mutex
	errs []error
}

// NewPipeline returns a pipeline whose stages stop when ctx ends.
func NewPipeline(ctx context.Context, opts PipelineOptions) *Pipeline {
	if opts.Buffer <= 0 {
		opts.Buffer = 64
	}
	c, cancel := context.WithCancelCause(ctx)
	return &Pipeline{ctx: c, cancel: cancel, parent: ctx, buf: opts.Buffer}
}

// Context returns the context every stage runs under.
func (p *Pipeline) Context() context.Context { return p.ctx }

// Cancel stops every stage; Wait then returns nil unless a stage failed.
func (p *Pipeline) Cancel() { p.cancel(errConsumerStopped) }

// fail records err and cancels the pipeline.
func (p *Pipeline) fail(err error) {
	p.mu.Lock()
	p.errs = append(p.errs, err)
	p.mu.Unlock()
	p.cancel(err)
}

// stage runs fn in a goroutine the pipeline waits for. An error from fn
// that is only the pipeline's own cancellation is not recorded.
func (p *Pipeline) stage(fn func(ctx context.Context) error) {
	p.wg.Go(func() {
		if err := fn(p.ctx); err != nil && !(errors.Is(err, context.Canceled) && p.ctx.Err() != nil) {
			p.fail(err)
		}
	})
}

// Wait waits for every stage and returns the errors that failed the
// pipeline joined, or the parent context's error if that ended it first.
func (p *Pipeline) Wait() error {
	p.wg.Wait()
	p.cancel(errConsumerStopped) // release the context's resources
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.errs) > 0 {
		return errors.Join(p.errs...)
	}
	if err := p.parent.Err(); err != nil {
		return err
	}
	return nil
}

// Stream is the output of one stage: a channel and the pipeline it belongs to.
type Stream[T any] struct {
	p *Pipeline
	c <-chan T
}

// send delivers v unless ctx ends first. The first, non-blocking attempt
// is the fast path: a two-case select costs about twice a plain send, and
// when the buffer has room there is nothing to wait for, so nothing to
// cancel.
func send[T any](ctx context.Context, c chan<- T, v T) bool {
	select {
	case c <- v:
		return true
	default:
	}
	select {
	case c <- v:
		return true
	case <-ctx.Done():
		return false
	}
}

// FromSeq starts a source stage yielding seq's values.
func FromSeq[T any](p *Pipeline, seq iter.Seq[T]) Stream[T] {
	out := make(chan T, p.buf)
	p.stage(func(ctx context.Context) error {
		defer close(out)
		for v := range seq {
			if !send(ctx, out, v) {
				return ctx.Err()
			}
		}
		return nil
	})
	return Stream[T]{p, out}
}

// FromSlice starts a source stage yielding vs in order.
func FromSlice[T any](p *Pipeline, vs []T) Stream[T] {
	return FromSeq(p, func(yield func(T) bool) {
		for _, v := range vs {
			if !yield(v) {
				return
			}
		}
	})
}

// Map applies fn to each item; an error fails the pipeline.
func Map[T, U any](s Stream[T], fn func(context.Context, T) (U, error)) Stream[U] {
	out := make(chan U, s.p.buf)
	s.p.stage(func(ctx context.Context) error {
		defer close(out)
		for v := range s.c {
			u, err := fn(ctx, v)
			if err != nil {
				return err
			}
			if !send(ctx, out, u) {
				return ctx.Err()
			}
		}
		return nil
	})
	return Stream[U]{s.p, out}
}

// Filter keeps the items for which keep is true.
func Filter[T any](s Stream[T], keep func(T) bool) Stream[T] {
	out := make(chan T, s.p.buf)
	s.p.stage(func(ctx context.Context) error {
		defer close(out)
		for v := range s.c {
			if keep(v) && !send(ctx, out, v) {
				return ctx.Err()
			}
		}
		return nil
	})
	return Stream[T]{s.p, out}
}

// FlatMap replaces each item with the values of the sequence fn returns.
func FlatMap[T, U any](s Stream[T], fn func(T) iter.Seq[U]) Stream[U] {
	out := make(chan U, s.p.buf)
	s.p.stage(func(ctx context.Context) error {
		defer close(out)
		for v := range s.c {
			for u := range fn(v) {
				if !send(ctx, out, u) {
					return ctx.Err()
				}
			}
		}
		return nil
	})
	return Stream[U]{s.p, out}
}

// Batch groups items into slices of up to size, emitting a shorter batch
// when maxWait has passed since its first item (so a trickle is not held
// back) and the remainder when the input ends. maxWait <= 0 waits for full
// batches only.
func Batch[T any](s Stream[T], size int, maxWait time.Duration) Stream[[]T] {
	size = max(size, 1)
	out := make(chan []T, s.p.buf)
	s.p.stage(func(ctx context.Context) error {
		defer close(out)
		var batch []T
		timer := time.NewTimer(time.Hour)
		timer.Stop()
		defer timer.Stop()
		emit := func() bool {
			b := batch
			batch = nil
			timer.Stop()
			return send(ctx, out, b)
		}
		for {
			var v T
			var ok, got bool
			select { // fast path: an item is ready, no timer or ctx to watch
			case v, ok = <-s.c:
				got = true
			default:
			}
			if !got {
				select {
				case v, ok = <-s.c:
				case <-timer.C:
					if len(batch) > 0 && !emit() {
						return ctx.Err()
					}
					continue
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			if !ok {
				if len(batch) > 0 && !emit() {
					return ctx.Err()
				}
				return nil
			}
			if batch == nil {
				batch = make([]T, 0, size)
				if maxWait > 0 {
					timer.Reset(maxWait)
				}
			}
			batch = append(batch, v)
			if len(batch) == size && !emit() {
				return ctx.Err()
			}
		}
	})
	return Stream[[]T]{s.p, out}
}

// Throttle passes at most one item per every on average, with bursts of up
// to burst items after a quiet spell (a token bucket: a token every
// `every`, at most burst banked).
func Throttle[T any](s Stream[T], every time.Duration, burst int) Stream[T] {
	burst = max(burst, 1)
	out := make(chan T, s.p.buf)
	s.p.stage(func(ctx context.Context) error {
		defer close(out)
		tokens := float64(burst)
		last := time.Now()
		for v := range s.c {
			now := time.Now()
			tokens = min(float64(burst), tokens+float64(now.Sub(last))/float64(every))
			last = now
			if tokens < 1 {
				wait := time.Duration((1 - tokens) * float64(every))
				t := time.NewTimer(wait)
				select {
				case <-t.C:
				case <-ctx.Done():
					t.Stop()
					return ctx.Err()
				}
				tokens, last = 1, time.Now()
			}
			tokens--
			if !send(ctx, out, v) {
				return ctx.Err()
			}
		}
		return nil
	})
	return Stream[T]{s.p, out}
}

// Parallel applies fn with n goroutines. With ordered, results leave in
// input order (each item carries a one-slot future, so at most about 2n
// results wait for a slow predecessor); otherwise as they complete.
func Parallel[T, U any](s Stream[T], n int, ordered bool, fn func(context.Context, T) (U, error)) Stream[U] {
	n = max(n, 1)
	out := make(chan U, s.p.buf)
	if !ordered {
		var wg sync.WaitGroup
		for range n {
			wg.Add(1)
			s.p.stage(func(ctx context.Context) error {
				defer wg.Done()
				for v := range s.c {
					if ctx.Err() != nil {
						return ctx.Err()
					}
					u, err := fn(ctx, v)
					if err != nil {
						return err
					}
					if !send(ctx, out, u) {
						return ctx.Err()
					}
				}
				return nil
			})
		}
		s.p.stage(func(context.Context) error { wg.Wait(); close(out); return nil })
		return Stream[U]{s.p, out}
	}
	type job struct {
		v   T
		res chan U
	}
	jobs := make(chan job, n)
	futures := make(chan chan U, n)             // in input order
	s.p.stage(func(ctx context.Context) error { // dispatcher
		defer close(jobs)
		defer close(futures)
		for v := range s.c {
			j := job{v, make(chan U, 1)}
			if !send(ctx, futures, j.res) || !send(ctx, jobs, j) {
				return ctx.Err()
			}
		}
		return nil
	})
	for range n {
		s.p.stage(func(ctx context.Context) error { // workers
			for j := range jobs {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				u, err := fn(ctx, j.v)
				if err != nil {
					return err
				}
				j.res <- u // one slot, one writer: never blocks
			}
			return nil
		})
	}
	s.p.stage(func(ctx context.Context) error { // collector
		defer close(out)
		for f := range futures {
			select {
			case u := <-f:
				if !send(ctx, out, u) {
					return ctx.Err()
				}
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	return Stream[U]{s.p, out}
}

// FanOut splits s over n consumers: each item goes to exactly one of them,
// whichever is ready first. No goroutine is needed: a channel with several
// receivers already is a work queue.
func FanOut[T any](s Stream[T], n int) []Stream[T] {
	out := make([]Stream[T], max(n, 1))
	for i := range out {
		out[i] = s
	}
	return out
}

// Merge interleaves several streams of one pipeline into one, in arrival
// order; it ends when all inputs have ended. It needs at least one stream.
func Merge[T any](ss ...Stream[T]) Stream[T] {
	p := ss[0].p
	out := make(chan T, p.buf)
	var wg sync.WaitGroup
	for _, s := range ss {
		wg.Add(1)
		p.stage(func(ctx context.Context) error {
			defer wg.Done()
			for v := range s.c {
				if !send(ctx, out, v) {
					return ctx.Err()
				}
			}
			return nil
		})
	}
	p.stage(func(context.Context) error { wg.Wait(); close(out); return nil })
	return Stream[T]{p, out}
}

// Tee copies every item to n streams. Each item is offered to every output
// before the next is read, so the slowest output sets the pace (put a
// Queue behind an output that may fall behind).
func Tee[T any](s Stream[T], n int) []Stream[T] {
	n = max(n, 1)
	outs := make([]chan T, n)
	res := make([]Stream[T], n)
	for i := range outs {
		outs[i] = make(chan T, s.p.buf)
		res[i] = Stream[T]{s.p, outs[i]}
	}
	s.p.stage(func(ctx context.Context) error {
		defer func() {
			for _, o := range outs {
				close(o)
			}
		}()
		for v := range s.c {
			for _, o := range outs {
				if !send(ctx, o, v) {
					return ctx.Err()
				}
			}
		}
		return nil
	})
	return res
}

// All yields the stream's items in the caller's goroutine. Breaking out of
// the loop cancels the pipeline, so upstream stages stop; call Wait after.
func (s Stream[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for {
			var v T
			var ok, got bool
			select { // fast path, as in send
			case v, ok = <-s.c:
				got = true
			default:
			}
			if got {
				if !ok {
					return
				}
				if !yield(v) {
					s.p.Cancel()
					return
				}
				continue
			}
			select {
			case v, ok := <-s.c:
				if !ok {
					return
				}
				if !yield(v) {
					s.p.Cancel()
					return
				}
			case <-s.p.ctx.Done():
				return
			}
		}
	}
}

// Collect drains s into a slice and waits for the pipeline.
func Collect[T any](s Stream[T]) ([]T, error) {
	var out []T
	for v := range s.All() {
		out = append(out, v)
	}
	return out, s.p.Wait()
}
