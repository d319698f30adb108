package main

// This file holds a resource wrapper that releases, and reports, a handle
// its owner forgot to close, built on runtime.AddCleanup (Go 1.24).
//
// Why AddCleanup and not runtime.SetFinalizer. A finalizer receives the
// object itself, and that one decision is the source of its pitfalls,
// each shown by a test in cleanup_test.go:
//
//   - Resurrection. The finalizer may store the object somewhere
//     reachable; the "dead" object lives on, its finalizer will not run
//     again, and weak pointers to it already say it is gone.
//   - Cycles. To hand the object to its finalizer the GC must keep
//     everything the object points to, so an object in a cycle keeps
//     itself alive: its finalizer never runs and the cycle is never freed
//     (runtime.SetFinalizer: "If a cyclic structure includes a block with
//     a finalizer, that cycle is not guaranteed to be garbage collected").
//   - Ordering. If A points to B and both have finalizers, only A's runs
//     in a cycle; B's waits for a later cycle, one cycle per link of a
//     chain, and the memory with it.
//   - One per object. A second SetFinalizer on the same object is a fatal
//     error, not a panic: two libraries cannot both attach one.
//
// AddCleanup(ptr, f, arg) calls f(arg), and arg must not be ptr (it
// panics if it is) nor reach it: the object is unreachable from the
// cleanup by construction, so it can be freed in the cycle that finds it
// unreachable, cycle or not, with as many cleanups as callers attach,
// each cancellable by its Cleanup.Stop. The rule the wrapper therefore
// follows is to keep what the cleanup needs (the raw handle and how to
// release it) in a separate state object that the wrapper points to and
// the cleanup receives, never the wrapper itself.
//
// A cleanup is a safety net, not a way to manage resources: it runs on
// one runtime goroutine at an unspecified time after the GC notices,
// possibly never if the program exits first or the heap never grows.
// The wrapper therefore reports every handle it had to release, with
// where it was opened, so the missing Close can be fixed. os.File and
// net's connections make the same release silently, and on Go 1.26
// still with SetFinalizer on an inner object the user never sees
// (os/file_unix.go's newFile; net/fd_posix.go carries "TODO Replace
// with runtime.AddCleanup"): the inner object is how they avoid
// resurrection and cycles, the discipline AddCleanup enforces.

import (
	"fmt"
	"log/slog"
	"runtime"
	"sync/atomic"
)

// LeakedResource describes a resource its owner never closed, as
// released by its cleanup.
type LeakedResource struct {
	// Name is the name the resource was opened with.
	Name string
	// OpenedAt is "file:line" of the NewResource call's caller.
	OpenedAt string
	// Err is what the release function returned.
	Err error
}

// ResourceOptions configure [NewResource]; the zero value logs leaks to
// slog.Default.
type ResourceOptions struct {
	// OnLeak, when set, is called instead of logging for a resource
	// released by its cleanup. It runs on the runtime's cleanup goroutine
	// and must not block.
	OnLeak func(LeakedResource)
	// Logger logs leaks when OnLeak is nil; nil means slog.Default().
	Logger *slog.Logger
}

// resourceState is what a resource's cleanup needs. It must never point
// back at its Resource, or the cleanup would keep the Resource alive.
type resourceState[T any] struct {
	value    T
	release  func(T) error
	name     string
	openedAt string
	opts     ResourceOptions
	released atomic.Bool
}

// Resource owns a handle of type T (a file descriptor, a C pointer, a
// connection) and releases it exactly once: on Close, or, if the owner
// drops the Resource without closing it, from a runtime.AddCleanup after
// the GC finds it unreachable, reporting the leak.
//
// A Resource must be made by [NewResource]. Close is safe for concurrent
// use and idempotent. A Resource must not be copied.
type Resource[T any] struct {
	state   *resourceState[T]
	cleanup runtime.Cleanup
}

// NewResource returns a Resource owning v, released by release.
func NewResource[T any](name string, v T, release func(T) error, o ResourceOptions) *Resource[T] {
	st := &resourceState[T]{value: v, release: release, name: name, opts: o}
	if _, file, line, ok := runtime.Caller(1); ok {
		st.openedAt = fmt.Sprintf("%s:%d", file, line)
	}
	r := &Resource[T]{state: st}
	r.cleanup = runtime.AddCleanup(r, (*resourceState[T]).leaked, st)
	return r
}

// Value returns the handle. The Resource must stay reachable while the
// handle is in use (call runtime.KeepAlive(r) after the last use), or
// its cleanup may release the handle under the caller: the same rule
// os.File follows internally for its descriptor.
func (r *Resource[T]) Value() T { return r.state.value }

// Close releases the handle and cancels the cleanup. Only the first call
// releases; later calls do nothing and return nil.
func (r *Resource[T]) Close() error {
	if !r.state.released.CompareAndSwap(false, true) {
		return nil
	}
	r.cleanup.Stop()
	err := r.state.release(r.state.value)
	runtime.KeepAlive(r) // r reachable until here: the cleanup cannot be queued before Stop
	return err
}

// leaked is the cleanup: release and report.
func (st *resourceState[T]) leaked() {
	if !st.released.CompareAndSwap(false, true) {
		return
	}
	l := LeakedResource{Name: st.name, OpenedAt: st.openedAt, Err: st.release(st.value)}
	if st.opts.OnLeak != nil {
		st.opts.OnLeak(l)
		return
	}
	log := st.opts.Logger
	if log == nil {
		log = slog.Default()
	}
	log.Warn("resource never closed; released by its cleanup", "name", l.Name, "opened_at", l.OpenedAt, "release_err", l.Err)
}

// gcRounds bounds every wait for a finalizer or cleanup in this program:
// forced cycles, each followed by yields to the runtime's finalizer and
// cleanup goroutines. Nothing here sleeps to wait for the GC.
const gcRounds = 20

// gcUntil forces GC cycles until cond holds, at most gcRounds of them,
// and reports whether it held.
func gcUntil(cond func() bool) bool {
	for range gcRounds {
		runtime.GC()
		for range 200 {
			if cond() {
				return true
			}
			runtime.Gosched()
		}
	}
	return cond()
}
