package main

import (
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/valyala/bytebufferpool"
)

func TestPoolResetHook(t *testing.T) {
	type conn struct {
		buf  []byte
		peer *int
	}
	var resets int
	p := Pool[conn]{
		New:   func() *conn { return &conn{buf: make([]byte, 0, 16)} },
		Reset: func(c *conn) { resets++; c.buf = c.buf[:0]; c.peer = nil },
	}
	c := p.Get()
	require.NotNil(t, c)
	assert.Equal(t, 16, cap(c.buf), "New is used when the pool is empty")
	peer := 7
	c.buf, c.peer = append(c.buf, "abc"...), &peer
	p.Put(c)
	assert.Equal(t, 1, resets)
	assert.Nil(t, c.peer, "Put drops references so the pool does not keep them alive")
	assert.Empty(t, c.buf)
	p.Put(nil)
	assert.Equal(t, 1, resets, "Put(nil) does nothing")

	var zero Pool[int]
	assert.NotNil(t, zero.Get(), "the zero Pool returns new(T)")
}

func TestBufferPoolClasses(t *testing.T) {
	p := NewBufferPool(64, 1<<16)
	tests := []struct {
		name    string
		n       int
		wantCap int
	}{
		{"zero", 0, 64},
		{"below min", 10, 64},
		{"exact class", 64, 64},
		{"one past", 65, 128},
		{"mid", 3000, 4096},
		{"max", 1 << 16, 1 << 16},
		{"above max is exact", 1<<16 + 1, 1<<16 + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := p.Get(tt.n)
			assert.Len(t, *b, tt.n)
			assert.Equal(t, tt.wantCap, cap(*b), "cap(Get(%d))", tt.n)
			p.Put(b)
		})
	}
}

// TestBufferPoolPutFilesByFloor checks, against a reference, that a
// buffer Put with any capacity is only ever served to requests it fits:
// the invariant that makes a foreign buffer safe to accept.
func TestBufferPoolPutFilesByFloor(t *testing.T) {
	p := NewBufferPool(64, 1<<14)
	r := rand.New(rand.NewPCG(1, 2))
	for range 20_000 {
		if r.IntN(2) == 0 {
			b := make([]byte, 0, r.IntN(1<<15))
			p.Put(&b)
			continue
		}
		n := r.IntN(1 << 15)
		b := p.Get(n)
		require.Len(t, *b, n)
		require.GreaterOrEqual(t, cap(*b), n)
		p.Put(b)
	}
	st := p.Stats()
	assert.Positive(t, st.Dropped, "buffers above MaxSize or below MinSize are refused")
}

func TestBufferPoolRefusesOversized(t *testing.T) {
	p := NewBufferPool(0, 0)
	huge := make([]byte, 8<<20)
	p.Put(&huge)
	assert.Equal(t, PoolStats{Dropped: 1}, p.Stats())
	tiny := make([]byte, 8)
	p.Put(&tiny)
	assert.Equal(t, uint64(2), p.Stats().Dropped)
	assert.Equal(t, DefaultMaxBufferSize, p.MaxSize())
}

func TestBufferPoolConcurrent(t *testing.T) {
	p := NewBufferPool(0, 0)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 2000 {
				n := (g*997 + i*31) % 70000
				b := p.Get(n)
				if len(*b) != n {
					t.Errorf("Get(%d) has len %d", n, len(*b))
					return
				}
				if n > 0 {
					(*b)[0], (*b)[n-1] = byte(g), byte(g) // the race detector sees both ends
				}
				p.Put(b)
			}
		})
	}
	wg.Wait()
	assert.LessOrEqual(t, p.Stats().Misses, uint64(8000))
}

func TestCalibratedPoolLearns(t *testing.T) {
	p := NewCalibratedPool(CalibratedOptions{Calls: 1000})
	_, maxBefore := p.Sizes()
	assert.Equal(t, DefaultMaxBufferSize, maxBefore, "a safe cap before the first calibration")
	for i := range 5000 {
		b := p.Get()
		n := 1000 // class 1 KiB
		if i%50 == 0 {
			n = 1 << 20 // 2%: below the 5% the percentile ignores
		}
		b.B = append(b.B, make([]byte, n)...)
		p.Put(b)
	}
	def, maxSize := p.Sizes()
	assert.Equal(t, 1024, def, "the most common class")
	assert.Equal(t, 1024, maxSize, "the class covering 95%% of Puts")
	big := &Buffer{B: make([]byte, 1<<20)}
	before := p.Stats().Dropped
	p.Put(big)
	assert.Equal(t, before+1, p.Stats().Dropped, "a buffer above the learnt maximum is refused")
}

// TestBurstRetention checks the point of the size cap with the heap
// itself: after a burst with 4 MiB of large buffers, a raw sync.Pool
// keeps them and BufferPool does not. sync.Pool drops items at random
// under -race, so the figures are only checked without it.
func TestBurstRetention(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops a random quarter of Puts under -race")
	}
	got := map[string]int64{}
	for _, m := range poolMakers {
		got[m.name] = measureBurst(m.make, true).Retained
	}
	t.Logf("retained after a warm burst: %v", got)
	assert.Less(t, got["ours"], int64(1<<20), "BufferPool keeps only the small class (240 × 2 KiB)")
	assert.Greater(t, got["syncpool"], int64(4<<20), "raw sync.Pool pins the large buffers (16 × 256 KiB)")
	assert.Less(t, got["none"], int64(1<<20))
}

// bytebufferpoolMaker adapts the peer, used only by tests and benchmarks.
var bytebufferpoolMaker = poolMaker{"bytebufferpool", func() bufferPooler {
	p := new(bytebufferpool.Pool)
	return bufferPooler{"bytebufferpool",
		func(n int) ([]byte, any) {
			b := p.Get()
			b.B = append(b.B[:0], make([]byte, n)...)
			return b.B, b
		},
		func(h any) { p.Put(h.(*bytebufferpool.ByteBuffer)) }}
}}

func BenchmarkBufferGetPut(b *testing.B) {
	const n = 4096
	b.Run("impl=ours", func(b *testing.B) {
		p := NewBufferPool(0, 0)
		b.ReportAllocs()
		for b.Loop() {
			buf := p.Get(n)
			(*buf)[0] = 1
			p.Put(buf)
		}
	})
	b.Run("impl=calibrated", func(b *testing.B) {
		p := NewCalibratedPool(CalibratedOptions{})
		b.ReportAllocs()
		for b.Loop() {
			buf := p.Get()
			buf.B = append(buf.B, make([]byte, n)...)
			p.Put(buf)
		}
	})
	b.Run("impl=syncpool", func(b *testing.B) {
		var p sync.Pool
		b.ReportAllocs()
		for b.Loop() {
			buf, _ := p.Get().(*[]byte)
			if buf == nil {
				nb := make([]byte, n)
				buf = &nb
			}
			(*buf)[0] = 1
			p.Put(buf)
		}
	})
	// The floor for any pool type over sync.Pool: raw sync.Pool behind a
	// Get and a Put that are not inlined, as BufferPool's are not (-m=2:
	// "cannot inline (*BufferPool).Get: function too complex: cost 171
	// exceeds budget 80", Put 153; a call alone costs 57).
	b.Run("impl=syncpool-behind-calls", func(b *testing.B) {
		p := &wrappedSyncPool{}
		b.ReportAllocs()
		for b.Loop() {
			buf := p.get()
			if buf == nil {
				nb := make([]byte, n)
				buf = &nb
			}
			(*buf)[0] = 1
			p.put(buf)
		}
	})
	b.Run("impl=bytebufferpool", func(b *testing.B) {
		var p bytebufferpool.Pool
		b.ReportAllocs()
		for b.Loop() {
			buf := p.Get()
			buf.B = append(buf.B, make([]byte, n)...)
			p.Put(buf)
		}
	})
	b.Run("impl=none", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf := make([]byte, n)
			buf[0] = 1
			sinkBytes = buf
		}
	})
}

var sinkBytes []byte

// wrappedSyncPool is raw sync.Pool use behind non-inlined methods.
type wrappedSyncPool struct{ p sync.Pool }

//go:noinline
func (w *wrappedSyncPool) get() *[]byte { b, _ := w.p.Get().(*[]byte); return b }

//go:noinline
func (w *wrappedSyncPool) put(b *[]byte) { w.p.Put(b) }

func BenchmarkBufferGetPutParallel(b *testing.B) {
	const n = 4096
	b.Run("impl=ours", func(b *testing.B) {
		p := NewBufferPool(0, 0)
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				buf := p.Get(n)
				(*buf)[0] = 1
				p.Put(buf)
			}
		})
	})
	b.Run("impl=syncpool", func(b *testing.B) {
		var p sync.Pool
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				buf, _ := p.Get().(*[]byte)
				if buf == nil {
					nb := make([]byte, n)
					buf = &nb
				}
				(*buf)[0] = 1
				p.Put(buf)
			}
		})
	})
	b.Run("impl=bytebufferpool", func(b *testing.B) {
		var p bytebufferpool.Pool
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				buf := p.Get()
				buf.B = append(buf.B, make([]byte, n)...)
				p.Put(buf)
			}
		})
	})
}

// BenchmarkBurst runs the burst workload (256 buffers in flight, one in
// sixteen of 1 MiB) and reports the heap each pool still retains after it
// and one GC, fresh (the burst first) and warm (after 50,000 Get/Put).
func BenchmarkBurst(b *testing.B) {
	makers := append(append([]poolMaker(nil), poolMakers...), bytebufferpoolMaker)
	for _, warm := range []bool{false, true} {
		for _, m := range makers {
			name := "state=fresh/impl=" + m.name
			if warm {
				name = "state=warm/impl=" + m.name
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				var retained int64
				runs := 0
				for b.Loop() {
					retained += measureBurst(m.make, warm).Retained
					runs++
				}
				b.ReportMetric(float64(retained)/float64(runs), "retained-B")
			})
		}
	}
}
