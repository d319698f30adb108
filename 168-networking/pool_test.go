package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/jackc/puddle/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// counted is a resource that knows how many of its kind are alive.
type counted struct {
	id  int64
	bad atomic.Bool
}

type tracker struct {
	next, live, maxLive, closed atomic.Int64
}

func (tr *tracker) config(maxOpen int) PoolConfig[*counted] {
	return PoolConfig[*counted]{
		MaxOpen: maxOpen,
		New: func(context.Context) (*counted, error) {
			n := tr.live.Add(1)
			for {
				m := tr.maxLive.Load()
				if n <= m || tr.maxLive.CompareAndSwap(m, n) {
					break
				}
			}
			return &counted{id: tr.next.Add(1)}, nil
		},
		Close: func(*counted) error {
			tr.live.Add(-1)
			tr.closed.Add(1)
			return nil
		},
		Check: func(c *counted) error {
			if c.bad.Load() {
				return errors.New("bad")
			}
			return nil
		},
	}
}

func TestPoolLifecycle(t *testing.T) {
	var tr tracker
	cfg := tr.config(3)
	cfg.MaxIdle = 1
	p, err := NewPool(cfg)
	require.NoError(t, err)
	ctx := context.Background()

	a, err := p.Acquire(ctx)
	require.NoError(t, err)
	a.Release()
	b, err := p.Acquire(ctx)
	require.NoError(t, err)
	assert.Same(t, a.Value(), b.Value(), "idle resource reused")

	c, err := p.Acquire(ctx)
	require.NoError(t, err)
	b.Release()
	c.Release() // over MaxIdle: closed
	s := p.Stats()
	assert.Equal(t, 1, s.Idle)
	assert.Equal(t, 1, s.Open)
	assert.EqualValues(t, 1, s.ClosedMaxIdle)

	d, err := p.Acquire(ctx)
	require.NoError(t, err)
	d.MarkUnusable()
	d.Release()
	assert.EqualValues(t, 1, p.Stats().ClosedUnusable)

	e, err := p.Acquire(ctx)
	require.NoError(t, err)
	e.Value().bad.Store(true)
	e.Release()
	f, err := p.Acquire(ctx)
	require.NoError(t, err)
	assert.NotSame(t, e.Value(), f.Value(), "resource failing Check replaced")
	assert.EqualValues(t, 1, p.Stats().ClosedCheck)
	f.Destroy()

	s = p.Stats()
	assert.Zero(t, s.Open)
	assert.Zero(t, s.InUse)
	assert.EqualValues(t, 6, s.AcquireCount)
	p.Close()
	assert.Zero(t, tr.live.Load(), "every resource closed")
	_, err = p.Acquire(ctx)
	assert.ErrorIs(t, err, ErrPoolClosed)
}

func TestPoolNewError(t *testing.T) {
	fail := true
	p, err := NewPool(PoolConfig[int]{MaxOpen: 1, New: func(context.Context) (int, error) {
		if fail {
			return 0, errors.New("refused")
		}
		return 1, nil
	}})
	require.NoError(t, err)
	defer p.Close()
	_, err = p.Acquire(context.Background())
	assert.ErrorContains(t, err, "refused")
	fail = false
	r, err := p.Acquire(context.Background())
	require.NoError(t, err, "the failed creation freed its slot")
	r.Release()
	assert.EqualValues(t, 1, p.Stats().NewErrors)
}

func TestPoolFIFOWaiters(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var tr tracker
		p, err := NewPool(tr.config(1))
		require.NoError(t, err)
		defer p.Close()
		held, err := p.Acquire(context.Background())
		require.NoError(t, err)

		var mu sync.Mutex
		var order []int
		var wg sync.WaitGroup
		for i := range 5 {
			wg.Go(func() {
				r, err := p.Acquire(context.Background())
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				order = append(order, i)
				mu.Unlock()
				time.Sleep(time.Millisecond)
				r.Release()
			})
			synctest.Wait() // waiter i is queued before i+1 starts
		}
		assert.Equal(t, 5, p.Stats().Waiting)
		time.Sleep(7 * time.Millisecond)
		held.Release()
		wg.Wait()
		assert.Equal(t, []int{0, 1, 2, 3, 4}, order, "waiters served in arrival order")
		s := p.Stats()
		assert.EqualValues(t, 5, s.WaitCount)
		// Waiter i waits 7+i ms: 7..10 fall in <=10ms, 11 in <=100ms.
		assert.EqualValues(t, 4, s.WaitHistogram[3], "waits of 7-10ms in the <=10ms bucket: %v", s.WaitHistogram)
		assert.EqualValues(t, 1, s.WaitHistogram[4], "the 11ms wait in the <=100ms bucket")
		assert.Equal(t, 45*time.Millisecond, s.WaitDuration)
	})
}

func TestPoolAcquireTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var tr tracker
		cfg := tr.config(1)
		cfg.AcquireTimeout = 100 * time.Millisecond
		p, err := NewPool(cfg)
		require.NoError(t, err)
		defer p.Close()
		held, err := p.Acquire(context.Background())
		require.NoError(t, err)
		start := time.Now()
		_, err = p.Acquire(context.Background())
		assert.ErrorIs(t, err, ErrAcquireTimeout)
		assert.ErrorIs(t, err, context.DeadlineExceeded)
		assert.Equal(t, 100*time.Millisecond, time.Since(start))

		ctx, cancel := context.WithCancel(context.Background())
		go func() { time.Sleep(10 * time.Millisecond); cancel() }()
		_, err = p.Acquire(ctx)
		assert.ErrorIs(t, err, context.Canceled, "the caller's context still applies")
		assert.EqualValues(t, 2, p.Stats().CanceledAcquires)
		held.Release()
	})
}

func TestPoolReaper(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var tr tracker
		cfg := tr.config(2)
		cfg.MaxIdleTime = time.Second
		cfg.MaxLifetime = 10 * time.Second
		p, err := NewPool(cfg)
		require.NoError(t, err)
		defer p.Close()
		ctx := context.Background()

		r, err := p.Acquire(ctx)
		require.NoError(t, err)
		r.Release()
		time.Sleep(2 * time.Second)
		s := p.Stats()
		assert.Zero(t, s.Open, "idle resource reaped")
		assert.EqualValues(t, 1, s.ClosedMaxIdleTime)

		// Busy every 500ms, so never idle for long, yet closed at 10s of age.
		first, err := p.Acquire(ctx)
		require.NoError(t, err)
		id := first.Value().id
		first.Release()
		for range 25 {
			time.Sleep(500 * time.Millisecond)
			r, err := p.Acquire(ctx)
			require.NoError(t, err)
			r.Release()
		}
		r, err = p.Acquire(ctx)
		require.NoError(t, err)
		assert.NotEqual(t, id, r.Value().id, "replaced after MaxLifetime")
		r.Release()
		assert.EqualValues(t, 1, p.Stats().ClosedMaxLifetime)
	})
}

func TestPoolCloseWakesWaiters(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var tr tracker
		p, err := NewPool(tr.config(1))
		require.NoError(t, err)
		held, err := p.Acquire(context.Background())
		require.NoError(t, err)
		errc := make(chan error, 1)
		go func() {
			_, err := p.Acquire(context.Background())
			errc <- err
		}()
		synctest.Wait()
		p.Close()
		assert.ErrorIs(t, <-errc, ErrPoolClosed)
		held.Release()
		assert.Zero(t, tr.live.Load())
	})
}

// TestPoolStress hammers the pool from many goroutines with every way out
// (Release, Destroy, MarkUnusable, canceled waits) and checks under -race
// that it never holds more than MaxOpen resources and leaks none.
func TestPoolStress(t *testing.T) {
	const maxOpen = 4
	var tr tracker
	cfg := tr.config(maxOpen)
	cfg.MaxIdle = 2
	p, err := NewPool(cfg)
	require.NoError(t, err)

	var inUse, acquired atomic.Int64
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(g), 1))
			for range 400 {
				ctx, cancel := context.WithTimeout(context.Background(), time.Duration(rng.IntN(200))*time.Microsecond)
				r, err := p.Acquire(ctx)
				cancel()
				if err != nil {
					if !errors.Is(err, context.DeadlineExceeded) {
						t.Errorf("Acquire: %v", err)
					}
					continue
				}
				acquired.Add(1)
				if n := inUse.Add(1); n > maxOpen {
					t.Errorf("%d resources in use, MaxOpen %d", n, maxOpen)
				}
				if rng.IntN(4) == 0 {
					time.Sleep(time.Duration(rng.IntN(50)) * time.Microsecond)
				}
				inUse.Add(-1)
				switch rng.IntN(10) {
				case 0:
					r.Destroy()
				case 1:
					r.MarkUnusable()
					r.Release()
				default:
					r.Release()
				}
			}
		})
	}
	wg.Wait()
	s := p.Stats()
	assert.Zero(t, s.InUse)
	assert.Zero(t, s.Waiting)
	// Acquires that gave up just as they were handed something must not
	// count as acquired.
	assert.EqualValues(t, acquired.Load(), s.AcquireCount, "AcquireCount")
	assert.LessOrEqual(t, s.WaitCount, s.AcquireCount)
	assert.LessOrEqual(t, tr.maxLive.Load(), int64(maxOpen), "live resources peaked above MaxOpen")
	assert.Equal(t, int64(s.Open), tr.live.Load(), "Open matches live resources")
	p.Close()
	assert.Zero(t, tr.live.Load(), "leaked resources")
}

// TestRPCClientMovesOffGoAway serves the first connection from one server
// and later ones from another: after the first shuts down gracefully the
// pool's Check drops its connection and calls go to the second.
func TestRPCClientMovesOffGoAway(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	named := func(name string) *Server {
		return &Server{Handler: func(context.Context, string, []byte) ([]byte, error) { return []byte(name), nil }}
	}
	first, second := named("first"), named("second")
	var wg sync.WaitGroup
	wg.Go(func() {
		for n := 0; ; n++ {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			srv := second
			if n == 0 {
				srv = first
			}
			wg.Go(func() { srv.ServeConn(conn) })
		}
	})
	defer func() {
		l.Close()
		second.Close()
		wg.Wait()
	}()

	c, err := NewRPCClient(l.Addr().String(), ClientOptions{}, PoolConfig[*ClientConn]{MaxOpen: 2})
	require.NoError(t, err)
	defer c.Close()
	got, err := c.Call(context.Background(), "who", nil)
	require.NoError(t, err)
	assert.Equal(t, "first", string(got))

	require.NoError(t, first.Shutdown(context.Background()))
	for i := range 3 {
		got, err = c.Call(context.Background(), "who", nil)
		require.NoError(t, err, "call %d", i)
		assert.Equal(t, "second", string(got))
	}
	assert.EqualValues(t, 1, c.Stats().ClosedCheck+c.Stats().ClosedUnusable, "the GOAWAY connection was dropped")
}

func BenchmarkPool(b *testing.B) {
	const maxOpen = 8
	newInt := func(context.Context) (int, error) { return 1, nil }
	// Both resource types have a Release method; holding them as a
	// releaser, rather than as a method value, keeps the benchmark itself
	// from allocating, so allocs/op is the pool's own.
	type releaser interface{ Release() }
	ours := func(b *testing.B) (func() (releaser, error), func()) {
		p, err := NewPool(PoolConfig[int]{MaxOpen: maxOpen, New: newInt})
		require.NoError(b, err)
		return func() (releaser, error) {
			r, err := p.Acquire(context.Background())
			if err != nil {
				return nil, err
			}
			return r, nil
		}, p.Close
	}
	theirs := func(b *testing.B) (func() (releaser, error), func()) {
		p, err := puddle.NewPool(&puddle.Config[int]{MaxSize: maxOpen, Constructor: newInt, Destructor: func(int) {}})
		require.NoError(b, err)
		return func() (releaser, error) {
			r, err := p.Acquire(context.Background())
			if err != nil {
				return nil, err
			}
			return r, nil
		}, p.Close
	}
	impls := []struct {
		name string
		make func(*testing.B) (func() (releaser, error), func())
	}{{"ours", ours}, {"puddle", theirs}}
	// serial: one goroutine. parallel: GOMAXPROCS goroutines, fewer than
	// the resources, so nobody waits and only the lock is contended.
	// parallel-wait: 8×GOMAXPROCS goroutines, more than the resources, so
	// every Acquire queues behind a waiter and every Release is a hand-off.
	for _, mode := range []string{"serial", "parallel", "parallel-wait"} {
		for _, impl := range impls {
			b.Run(fmt.Sprintf("mode=%s/impl=%s", mode, impl.name), func(b *testing.B) {
				acquire, closePool := impl.make(b)
				defer closePool()
				b.ReportAllocs()
				if mode == "serial" {
					for b.Loop() {
						r, err := acquire()
						if err != nil {
							b.Fatal(err)
						}
						r.Release()
					}
					return
				}
				if mode == "parallel-wait" {
					b.SetParallelism(8)
				}
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						r, err := acquire()
						if err != nil {
							b.Error(err)
							return
						}
						r.Release()
					}
				})
			})
		}
	}
}

// BenchmarkTimeNow measures one clock read, the reason the pool and the
// balancer avoid them on their fast paths.
func BenchmarkTimeNow(b *testing.B) {
	b.ReportAllocs()
	var t time.Time
	for b.Loop() {
		t = time.Now()
	}
	_ = t
}

// BenchmarkMonotonic measures the pool's wait clock: time.Since on a fixed
// origin reads only the monotonic clock.
func BenchmarkMonotonic(b *testing.B) {
	b.ReportAllocs()
	var d time.Duration
	for b.Loop() {
		d = monotonic()
	}
	_ = d
}

// TestPoolCheckoutMisuse: a second Release panics instead of handing one
// resource to two callers; MarkUnusable may race with the holder; an
// idle resource is not handed to a caller whose context has ended.
func TestPoolCheckoutMisuse(t *testing.T) {
	var tr tracker
	p, err := NewPool(tr.config(2))
	require.NoError(t, err)
	defer p.Close()
	r, err := p.Acquire(context.Background())
	require.NoError(t, err)
	r.Release()
	assert.PanicsWithValue(t, "pool: Release or Destroy of a resource that is not checked out (released twice?)", r.Release)
	assert.Panics(t, r.Destroy)
	assert.Equal(t, 1, p.Stats().Idle, "the double release did not add a second idle entry")

	r, err = p.Acquire(context.Background())
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(r.MarkUnusable) // from other goroutines, while it is out: race-free
	}
	wg.Wait()
	r.Release()
	assert.EqualValues(t, 1, p.Stats().ClosedUnusable)

	r, err = p.Acquire(context.Background())
	require.NoError(t, err)
	r.Release() // idle again
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = p.Acquire(ctx)
	assert.ErrorIs(t, err, context.Canceled, "no idle resource for a caller that gave up")
}
