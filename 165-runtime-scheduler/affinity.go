package main

// This file holds the affinity scheduler: a worker pool where a task's key
// decides its worker — the same key always runs on the same worker, so its
// tasks run in submission order and its state lives in that worker's own
// map, touched by one goroutine and no lock — while keyless tasks go to a
// shared queue that any idle worker takes from. Every queue is bounded:
// Submit blocks (until its context ends) when the chosen queue is full, and
// TrySubmit reports ErrQueueFull instead. Optionally each worker is pinned
// to a CPU: runtime.LockOSThread ties the goroutine to its thread, and
// sched_setaffinity ties the thread to the CPU, so the key's state stays in
// that core's cache.
//
// It is the scheduler's own idea one level up: the runtime keeps a G on
// its P's local queue for locality and lets idle Ps steal; here keyed
// tasks are never stolen (that would break their order and move their
// state), and only keyless ones are shared.

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"runtime"
	"sync"

	"golang.org/x/sys/unix"
)

// ErrQueueFull is returned by TrySubmit when the task's queue is full.
var ErrQueueFull = errors.New("affinity pool: queue full")

// ErrPoolClosed is returned for a submission after Close.
var ErrPoolClosed = errors.New("affinity pool: closed")

// PoolOptions configures a [Pool]. The zero value means the defaults.
type PoolOptions struct {
	// Workers is the number of workers; 0 means runtime.GOMAXPROCS(0).
	Workers int
	// QueueLen bounds each worker's queue and the shared queue; 0 means 256
	// (the runtime's local run queue size).
	QueueLen int
	// Pin locks each worker to an OS thread and that thread to CPU
	// (worker index mod the CPUs this process may use). Linux only;
	// elsewhere NewPool fails with it set.
	Pin bool
}

// Pool runs tasks of type T on workers chosen by key K, calling handle
// with the worker's private state S (for example map[K]V, made by newState
// for worker i) and the task. Tasks travel by value, so submitting one
// allocates nothing. A Pool is safe for concurrent use; it must be closed
// with Close, which waits for the queued tasks.
type Pool[K comparable, T, S any] struct {
	seed    maphash.Seed
	handle  func(*S, T)
	workers []chan T
	shared  chan T
	wg      sync.WaitGroup
	pinErrs chan error

	// mu guards closed; submitters hold it for reading while they send,
	// so Close (writing) never closes a channel under a send.
	mu     sync.RWMutex
	closed bool
}

// NewPool starts the workers.
func NewPool[K comparable, T, S any](opts PoolOptions, newState func(worker int) S, handle func(state *S, task T)) (*Pool[K, T, S], error) {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.QueueLen <= 0 {
		opts.QueueLen = 256
	}
	if opts.Pin && runtime.GOOS != "linux" {
		return nil, fmt.Errorf("affinity pool: pinning needs Linux, not %s", runtime.GOOS)
	}
	var cpus []int
	if opts.Pin {
		var set unix.CPUSet
		if err := unix.SchedGetaffinity(0, &set); err != nil {
			return nil, fmt.Errorf("affinity pool: sched_getaffinity: %w", err)
		}
		for c := range 1024 {
			if set.IsSet(c) {
				cpus = append(cpus, c)
			}
		}
	}
	p := &Pool[K, T, S]{seed: maphash.MakeSeed(), handle: handle, shared: make(chan T, opts.QueueLen), pinErrs: make(chan error, opts.Workers)}
	for i := range opts.Workers {
		own := make(chan T, opts.QueueLen)
		p.workers = append(p.workers, own)
		state := newState(i)
		cpu := -1
		if opts.Pin {
			cpu = cpus[i%len(cpus)]
		}
		p.wg.Go(func() { p.work(own, &state, cpu) })
	}
	if opts.Pin {
		for range opts.Workers {
			if err := <-p.pinErrs; err != nil {
				p.Close()
				return nil, err
			}
		}
	}
	return p, nil
}

// work is one worker: it takes from its own queue and the shared one
// (select chooses at random between ready ones, so neither starves) until
// both are closed and drained.
func (p *Pool[K, T, S]) work(own chan T, state *S, cpu int) {
	if cpu >= 0 {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		var set unix.CPUSet
		set.Set(cpu)
		if err := unix.SchedSetaffinity(0, &set); err != nil {
			p.pinErrs <- fmt.Errorf("affinity pool: sched_setaffinity(CPU %d): %w", cpu, err)
		} else {
			p.pinErrs <- nil
		}
	}
	shared := p.shared
	for own != nil || shared != nil {
		select {
		case t, ok := <-own:
			if !ok {
				own = nil
				continue
			}
			p.handle(state, t)
		case t, ok := <-shared:
			if !ok {
				shared = nil
				continue
			}
			p.handle(state, t)
		}
	}
}

// worker returns the queue for key: maphash of the key modulo workers.
func (p *Pool[K, T, S]) worker(key K) chan T {
	return p.workers[maphash.Comparable(p.seed, key)%uint64(len(p.workers))]
}

// Submit queues task on key's worker, blocking while that queue is full
// until ctx ends. Tasks with equal keys run in the order submitted.
func (p *Pool[K, T, S]) Submit(ctx context.Context, key K, task T) error {
	return p.send(ctx, p.worker(key), task, true)
}

// SubmitAny queues a keyless task for whichever worker is free first.
func (p *Pool[K, T, S]) SubmitAny(ctx context.Context, task T) error {
	return p.send(ctx, p.shared, task, true)
}

// TrySubmit is Submit without blocking: ErrQueueFull if the queue is full.
func (p *Pool[K, T, S]) TrySubmit(key K, task T) error {
	return p.send(context.Background(), p.worker(key), task, false)
}

func (p *Pool[K, T, S]) send(ctx context.Context, q chan T, fn T, block bool) error {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return ErrPoolClosed
	}
	if !block {
		select {
		case q <- fn:
			return nil
		default:
			return ErrQueueFull
		}
	}
	done := ctx.Done()
	if done == nil { // context.Background and friends: a plain send
		q <- fn
		return nil
	}
	select {
	case q <- fn:
		return nil
	case <-done:
		return ctx.Err()
	}
}

// Close stops accepting tasks, lets the workers finish every queued one,
// and waits for them. It is safe to call more than once.
func (p *Pool[K, T, S]) Close() {
	p.mu.Lock()
	if !p.closed {
		p.closed = true
		for _, q := range p.workers {
			close(q)
		}
		close(p.shared)
	}
	p.mu.Unlock()
	p.wg.Wait()
}
