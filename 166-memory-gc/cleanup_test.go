package main

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"weak"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// received returns a condition that holds once ch has delivered n values,
// which it appends to *got.
func received[T any](ch <-chan T, n int, got *[]T) func() bool {
	return func() bool {
		for len(*got) < n {
			select {
			case v := <-ch:
				*got = append(*got, v)
			default:
				return false
			}
		}
		return true
	}
}

var errReleaseFailed = errors.New("release failed")

// openAndForget opens a resource and drops it without Close.
//
//go:noinline
func openAndForget(released *atomic.Int64, o ResourceOptions) {
	NewResource("fd 7", 7, func(fd int) error {
		released.Add(int64(fd))
		return errReleaseFailed
	}, o)
}

func TestResourceLeakReleasedAndReported(t *testing.T) {
	var released atomic.Int64
	leaks := make(chan LeakedResource, 1)
	openAndForget(&released, ResourceOptions{OnLeak: func(l LeakedResource) { leaks <- l }})
	var got []LeakedResource
	require.True(t, gcUntil(received(leaks, 1, &got)), "the cleanup of an unclosed resource ran")
	assert.Equal(t, int64(7), released.Load(), "released exactly once")
	assert.Equal(t, "fd 7", got[0].Name)
	assert.Contains(t, got[0].OpenedAt, "cleanup_test.go:")
	assert.ErrorIs(t, got[0].Err, errReleaseFailed)
}

// chanWriter sends each write to a channel, so a test can wait for a
// log line written on the cleanup goroutine.
type chanWriter chan string

func (w chanWriter) Write(p []byte) (int, error) {
	select {
	case w <- string(p):
	default:
	}
	return len(p), nil
}

func TestResourceLeakLogged(t *testing.T) {
	var released atomic.Int64
	lines := make(chanWriter, 1)
	openAndForget(&released, ResourceOptions{Logger: slog.New(slog.NewTextHandler(lines, nil))})
	var got []string
	require.True(t, gcUntil(received((<-chan string)(lines), 1, &got)))
	assert.Contains(t, got[0], "resource never closed")
	assert.Contains(t, got[0], `name="fd 7"`)
	assert.Contains(t, got[0], "cleanup_test.go:")
}

func TestResourceCloseIdempotentCancelsCleanup(t *testing.T) {
	var releases, leaks atomic.Int64
	func() {
		r := NewResource("conn", 1, func(int) error { releases.Add(1); return nil },
			ResourceOptions{OnLeak: func(LeakedResource) { leaks.Add(1) }})
		assert.Equal(t, 1, r.Value())
		require.NoError(t, r.Close())
		require.NoError(t, r.Close(), "a second Close does nothing")
	}()
	// A leaked resource opened after the closed one: once its cleanup
	// has run, the cycles that would have run the first one's have too.
	var other atomic.Int64
	done := make(chan LeakedResource, 1)
	openAndForget(&other, ResourceOptions{OnLeak: func(l LeakedResource) { done <- l }})
	var got []LeakedResource
	require.True(t, gcUntil(received(done, 1, &got)))
	gcUntil(func() bool { return false }) // and a few more cycles
	assert.Equal(t, int64(1), releases.Load(), "released once, by Close")
	assert.Equal(t, int64(0), leaks.Load(), "Close cancelled the cleanup")
}

// finObj is large enough (and holds a pointer) not to be a tiny
// allocation, whose finalizers and cleanups may never run.
type finObj struct {
	id   int
	next *finObj
	_    [32]byte
}

// resurrected is where the resurrecting finalizer puts its object.
var resurrected *finObj

func TestSetFinalizerResurrection(t *testing.T) {
	ran := make(chan int, 2)
	wp := func() weak.Pointer[finObj] {
		o := &finObj{id: 42}
		runtime.SetFinalizer(o, func(o *finObj) {
			resurrected = o // reachable again
			ran <- o.id
		})
		return weak.Make(o)
	}()
	var got []int
	require.True(t, gcUntil(received(ran, 1, &got)))
	require.NotNil(t, resurrected, "the finalizer brought the object back")
	assert.Equal(t, 42, resurrected.id, "and it is intact, after being 'dead'")
	assert.Nil(t, wp.Value(), "yet weak pointers already said it was gone")
	resurrected = nil // unreachable for the second time
	assert.False(t, gcUntil(received(ran, 2, &got)), "its finalizer does not run again")

	// AddCleanup cannot resurrect: the cleanup never sees the object,
	// and passing the object as the argument is refused outright.
	o := &finObj{id: 1}
	assert.PanicsWithValue(t, "runtime.AddCleanup: ptr is equal to arg, cleanup will never run",
		func() { runtime.AddCleanup(o, func(*finObj) {}, o) })
	runtime.KeepAlive(o)
}

// makeCycle returns weak pointers to a two-object cycle a⇄b, with attach
// called on a.
//
//go:noinline
func makeCycle(attach func(*finObj)) weak.Pointer[finObj] {
	a, b := &finObj{id: 1}, &finObj{id: 2}
	a.next, b.next = b, a
	attach(a)
	return weak.Make(a)
}

func TestSetFinalizerCycleNeverCollected(t *testing.T) {
	ran := make(chan int, 1)
	wp := makeCycle(func(a *finObj) { runtime.SetFinalizer(a, func(a *finObj) { ran <- a.id }) })
	var got []int
	assert.False(t, gcUntil(received(ran, 1, &got)), "a finalizer in a cycle never runs")
	assert.NotNil(t, wp.Value(), "and the cycle is never freed: a leak")

	cleaned := make(chan int, 1)
	wp = makeCycle(func(a *finObj) { runtime.AddCleanup(a, func(id int) { cleaned <- id }, a.id) })
	got = nil
	assert.True(t, gcUntil(received(cleaned, 1, &got)), "a cleanup on a cycle runs")
	assert.Nil(t, wp.Value(), "and the cycle is freed")
}

// makeChain returns weak pointers to a→b with attach called on each.
//
//go:noinline
func makeChain(attach func(*finObj)) (wa, wb weak.Pointer[finObj]) {
	a, b := &finObj{id: 1}, &finObj{id: 2}
	a.next = b
	attach(a)
	attach(b)
	return weak.Make(a), weak.Make(b)
}

func TestSetFinalizerOrdering(t *testing.T) {
	type run struct {
		id     int
		cycles uint64 // GC cycles completed when it ran
	}
	ran := make(chan run, 2)
	wa, wb := makeChain(func(o *finObj) {
		runtime.SetFinalizer(o, func(o *finObj) { ran <- run{o.id, SampleGC().Cycles} })
	})
	require.True(t, gcUntil(func() bool { return wa.Value() == nil }))
	assert.NotNil(t, wb.Value(), "in the cycle that queued a's finalizer, b is still kept for it")
	var got []run
	require.True(t, gcUntil(received(ran, 2, &got)))
	assert.Equal(t, []int{1, 2}, []int{got[0].id, got[1].id}, "a's finalizer first, then b's")
	assert.Greater(t, got[1].cycles, got[0].cycles, "b's waited for a later cycle")

	cleaned := make(chan int, 2)
	wa, wb = makeChain(func(o *finObj) { runtime.AddCleanup(o, func(id int) { cleaned <- id }, o.id) })
	require.True(t, gcUntil(func() bool { return wa.Value() == nil }))
	assert.Nil(t, wb.Value(), "with cleanups, a and b are freed in the same cycle")
	var ids []int
	require.True(t, gcUntil(received(cleaned, 2, &ids)))
	assert.ElementsMatch(t, []int{1, 2}, ids)
}

// doubleFinalizerEnv makes the test binary call SetFinalizer twice on
// one object, a fatal error that only a child process can show.
const doubleFinalizerEnv = "MEMGC_166_DOUBLE_FINALIZER"

// doubleFinalizer is the child's whole run.
func doubleFinalizer() {
	o := &finObj{}
	runtime.SetFinalizer(o, func(*finObj) {})
	runtime.SetFinalizer(o, func(*finObj) {}) // fatal error: not recoverable
	runtime.KeepAlive(o)
}

func TestSetFinalizerOnePerObject(t *testing.T) {
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), doubleFinalizerEnv+"=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "the child dies: %s", stderr.String())
	assert.Contains(t, stderr.String(), "fatal error: runtime.SetFinalizer: finalizer already set")

	// Any number of cleanups may be attached to one object.
	cleaned := make(chan int, 3)
	func() {
		o := &finObj{}
		for i := range 3 {
			runtime.AddCleanup(o, func(i int) { cleaned <- i }, i)
		}
	}()
	var ids []int
	require.True(t, gcUntil(received(cleaned, 3, &ids)))
	assert.ElementsMatch(t, []int{0, 1, 2}, ids)
}

func ExampleNewResource() {
	leaks := make(chan LeakedResource, 1)
	func() {
		fd := NewResource("socket 9", 9, func(int) error { return nil },
			ResourceOptions{OnLeak: func(l LeakedResource) { leaks <- l }})
		_ = fd.Value() // used, then dropped without Close
	}()
	var got []LeakedResource
	gcUntil(received(leaks, 1, &got))
	fmt.Println(got[0].Name, "released by its cleanup; opened in", filepath.Base(strings.Split(got[0].OpenedAt, ":")[0]))
	// Output: socket 9 released by its cleanup; opened in cleanup_test.go
}
