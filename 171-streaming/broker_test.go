package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, topic string
		want           bool
	}{
		{"orders.created", "orders.created", true},
		{"orders.created", "orders.deleted", false},
		{"orders.*", "orders.created", true},
		{"orders.*", "orders", false},
		{"orders.*", "orders.eu.created", false},
		{"orders.>", "orders.eu.created", true},
		{"orders.>", "orders", false},
		{"*.created", "orders.created", true},
		{"*", "orders", true},
		{"*", "orders.x", false},
		{">", "a.b.c", true},
		{"a.*.c", "a.b.c", true},
		{"a.*.c", "a.b.d", false},
		{"a", "ab", false},
		{"ab", "a", false},
	}
	for _, tt := range tests {
		t.Run(tt.pattern+"~"+tt.topic, func(t *testing.T) {
			assert.Equal(t, tt.want, match(tt.pattern, tt.topic), "match(%q, %q)", tt.pattern, tt.topic)
		})
	}
}

func TestBrokerBadTopics(t *testing.T) {
	b := NewBroker[int](BrokerOptions{})
	defer b.Close()
	for _, p := range []string{"", "a..b", ".a", "a.", "a.>.b", "a.b*", "a b"} {
		_, err := b.Subscribe(p)
		assert.ErrorIs(t, err, ErrBadTopic, "Subscribe(%q)", p)
	}
	for _, topic := range []string{"", "a.*", "a.>", "a..b"} {
		_, err := b.Publish(topic, 1)
		assert.ErrorIs(t, err, ErrBadTopic, "Publish(%q)", topic)
	}
	_, err := b.Subscribe("a", WithBuffer(0))
	assert.Error(t, err)
	require.NoError(t, b.Close())
	_, err = b.Publish("a", 1)
	assert.ErrorIs(t, err, ErrClosed)
	_, err = b.Subscribe("a")
	assert.ErrorIs(t, err, ErrClosed)
}

func drain[T any](t testing.TB, s *Subscription[T]) []Event[T] {
	t.Helper()
	var out []Event[T]
	buf := make([]Event[T], 16)
	for {
		k := s.TryNextBatch(buf)
		if k == 0 {
			return out
		}
		out = append(out, buf[:k]...)
	}
}

func values[T any](evs []Event[T]) []T {
	out := make([]T, len(evs))
	for i, e := range evs {
		out[i] = e.Value
	}
	return out
}

func TestBrokerRouting(t *testing.T) {
	b := NewBroker[string](BrokerOptions{})
	defer b.Close()
	all, err := b.Subscribe("orders.>")
	require.NoError(t, err)
	star, err := b.Subscribe("orders.*")
	require.NoError(t, err)
	exact, err := b.Subscribe("orders.created")
	require.NoError(t, err)
	for _, topic := range []string{"orders.created", "orders.eu.created", "orders.deleted", "users.created"} {
		_, err := b.Publish(topic, topic)
		require.NoError(t, err)
	}
	assert.Equal(t, []string{"orders.created", "orders.eu.created", "orders.deleted"}, values(drain(t, all)))
	assert.Equal(t, []string{"orders.created", "orders.deleted"}, values(drain(t, star)))
	assert.Equal(t, []string{"orders.created"}, values(drain(t, exact)))
	assert.Equal(t, uint64(4), b.Head(), "sequence counts unrouted publishes too")
}

func TestBrokerOverflow(t *testing.T) {
	tests := []struct {
		name       string
		policy     Overflow
		wantValues []int
		wantMissed []uint64
		wantDrops  uint64
		wantErr    error
	}{
		{"drop-oldest", OverflowDropOldest, []int{8, 9, 10}, []uint64{7, 0, 0}, 7, nil},
		{"drop-newest", OverflowDropNewest, []int{1, 2, 3}, []uint64{0, 0, 0}, 7, nil},
		{"disconnect", OverflowDisconnect, []int{1, 2, 3}, []uint64{0, 0, 0}, 1, ErrSlowConsumer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBroker[int](BrokerOptions{})
			defer b.Close()
			s, err := b.Subscribe("t", WithBuffer(3), WithOverflow(tt.policy))
			require.NoError(t, err)
			for i := 1; i <= 10; i++ {
				_, err := b.Publish("t", i)
				require.NoError(t, err)
			}
			got := drain(t, s)
			assert.Equal(t, tt.wantValues, values(got))
			for i, ev := range got {
				assert.Equal(t, tt.wantMissed[i], ev.Missed, "event %d Missed", ev.Value)
			}
			assert.Equal(t, tt.wantDrops, s.Stats().Dropped, "Dropped")
			_, err = b.Publish("t", 11)
			require.NoError(t, err)
			ev, err := s.Next(context.Background())
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, 11, ev.Value)
			if tt.policy == OverflowDropNewest {
				assert.Equal(t, uint64(7), ev.Missed, "the first event after the drops reports them")
			}
		})
	}
}

func TestBrokerReplayAndResume(t *testing.T) {
	// History holds 5 per topic: a.x has 12..20 even, a.y 11..19 odd.
	tests := []struct {
		name      string
		opt       SubscribeOption
		want      []int
		gap, unkn bool
	}{
		{"replay-3", WithReplay(3), []int{18, 19, 20}, false, false},
		{"replay-all", WithReplay(100), []int{11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, false, false},
		{"resume-15", WithResumeAfter(15), []int{16, 17, 18, 19, 20}, false, false},
		{"resume-20", WithResumeAfter(20), nil, false, false},
		{"resume-2-gap", WithResumeAfter(2), []int{11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, true, false},
		{"resume-future", WithResumeAfter(99), nil, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBroker[int](BrokerOptions{History: 5})
			defer b.Close()
			for i := 1; i <= 20; i++ {
				_, err := b.Publish([]string{"a.x", "a.y"}[i%2], i)
				require.NoError(t, err)
			}
			s, err := b.Subscribe("a.*", tt.opt, WithBuffer(2))
			require.NoError(t, err)
			defer s.Unsubscribe()
			_, err = b.Publish("a.z", 100)
			require.NoError(t, err)
			got := values(drain(t, s))
			assert.Equal(t, append(tt.want, 100), got, "replay then live, nothing lost even with a buffer of 2")
			assert.Equal(t, tt.gap, s.Resume().Gap, "Gap")
			assert.Equal(t, tt.unkn, s.Resume().Unknown, "Unknown")
		})
	}
}

func TestBrokerUnsubscribeWakesReader(t *testing.T) {
	defer goleak.VerifyNone(t)
	b := NewBroker[int](BrokerOptions{})
	s, err := b.Subscribe("t")
	require.NoError(t, err)
	errc := make(chan error)
	go func() {
		_, err := s.Next(context.Background())
		errc <- err
	}()
	s.Unsubscribe()
	assert.ErrorIs(t, <-errc, ErrClosed)
	s.Unsubscribe() // idempotent
	n, err := b.Publish("t", 1)
	require.NoError(t, err)
	assert.Equal(t, uint64(1), n)

	s2, err := b.Subscribe("t")
	require.NoError(t, err)
	_, err = b.Publish("t", 2)
	require.NoError(t, err)
	require.NoError(t, b.Close())
	ev, err := s2.Next(context.Background())
	require.NoError(t, err, "buffered events survive Close")
	assert.Equal(t, 2, ev.Value)
	_, err = s2.Next(context.Background())
	assert.ErrorIs(t, err, ErrClosed)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b2 := NewBroker[int](BrokerOptions{})
	defer b2.Close()
	s3, _ := b2.Subscribe("t")
	_, err = s3.Next(ctx)
	assert.ErrorIs(t, err, context.Canceled)
}

// refSub is the obviously correct model of one OverflowDropOldest subscriber.
type refSub struct {
	pattern string
	cap     int
	q       []Event[int]
	pending uint64
}

func (r *refSub) push(ev Event[int]) {
	if len(r.q) == r.cap {
		carry := r.q[0].Missed + 1
		r.q = r.q[1:]
		if len(r.q) > 0 {
			r.q[0].Missed += carry
		} else {
			r.pending += carry
		}
	}
	ev.Missed, r.pending = r.pending, 0
	r.q = append(r.q, ev)
}

// TestBrokerReference runs long random sequences of subscribe, publish, read
// and unsubscribe against refSub and compares every event read.
func TestBrokerReference(t *testing.T) {
	topics := []string{"a.x", "a.y", "b.x", "b.y.z"}
	patterns := []string{"a.x", "a.*", "*.x", "b.>", ">", "b.y.z"}
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 1))
		b := NewBroker[int](BrokerOptions{})
		subs := map[*Subscription[int]]*refSub{}
		for step := range 2000 {
			switch op := rng.IntN(10); {
			case op == 0 && len(subs) < 8:
				r := &refSub{pattern: patterns[rng.IntN(len(patterns))], cap: 1 + rng.IntN(5+int(seed)*3)} // large caps make rings grow
				s, err := b.Subscribe(r.pattern, WithBuffer(r.cap))
				require.NoError(t, err)
				subs[s] = r
			case op == 1 && len(subs) > 0:
				for s := range subs {
					s.Unsubscribe()
					delete(subs, s)
					break
				}
			case op < 6:
				topic := topics[rng.IntN(len(topics))]
				seq, err := b.Publish(topic, step)
				require.NoError(t, err)
				for _, r := range subs {
					if match(r.pattern, topic) {
						r.push(Event[int]{Seq: seq, Topic: topic, Value: step})
					}
				}
			default:
				for s, r := range subs {
					buf := make([]Event[int], 1+rng.IntN(3))
					k := s.TryNextBatch(buf)
					want := min(len(buf), len(r.q))
					require.Equal(t, want, k, "seed %d step %d: batch size", seed, step)
					if k > 0 {
						assert.Equal(t, r.q[:k], buf[:k], "seed %d step %d", seed, step)
					}
					r.q = r.q[k:]
				}
			}
		}
		require.NoError(t, b.Close())
	}
}

// TestBrokerConcurrent: several publishers and readers under -race; each
// reader sees strictly increasing sequence numbers and, with buffers large
// enough, every event. A subscriber that never reads only loses its own.
func TestBrokerConcurrent(t *testing.T) {
	defer goleak.VerifyNone(t)
	const publishers, readers, per = 4, 4, 2000
	b := NewBroker[int](BrokerOptions{})
	stuck, err := b.Subscribe(">", WithBuffer(1))
	require.NoError(t, err)
	var wg sync.WaitGroup
	var got [readers]atomic.Int64
	for i := range readers {
		s, err := b.Subscribe("load.*", WithBuffer(publishers*per))
		require.NoError(t, err)
		wg.Go(func() {
			var last uint64
			buf := make([]Event[int], 64)
			for {
				k, err := s.NextBatch(context.Background(), buf)
				if err != nil {
					return
				}
				for _, ev := range buf[:k] {
					if ev.Seq <= last || ev.Missed != 0 {
						t.Errorf("reader %d: seq %d after %d, missed %d", i, ev.Seq, last, ev.Missed)
					}
					last = ev.Seq
				}
				got[i].Add(int64(k))
			}
		})
	}
	var pw sync.WaitGroup
	for p := range publishers {
		pw.Go(func() {
			for j := range per {
				if _, err := b.Publish(fmt.Sprintf("load.%d", p), j); err != nil {
					t.Error(err)
				}
			}
		})
	}
	pw.Wait()
	require.NoError(t, b.Close())
	wg.Wait()
	for i := range readers {
		assert.Equal(t, int64(publishers*per), got[i].Load(), "reader %d", i)
	}
	assert.Equal(t, uint64(publishers*per-1), stuck.Stats().Dropped)
}

func TestBrokerAll(t *testing.T) {
	b := NewBroker[int](BrokerOptions{})
	s, err := b.Subscribe("t")
	require.NoError(t, err)
	for i := range 3 {
		_, _ = b.Publish("t", i)
	}
	require.NoError(t, b.Close())
	var got []int
	for ev := range s.All(context.Background()) {
		got = append(got, ev.Value)
	}
	assert.Equal(t, []int{0, 1, 2}, got)
	assert.ErrorIs(t, s.Err(), ErrClosed)
}

func TestBrokerPublishAllocs(t *testing.T) {
	b := NewBroker[int](BrokerOptions{})
	defer b.Close()
	for range 8 {
		_, err := b.Subscribe("orders.*", WithBuffer(16))
		require.NoError(t, err)
	}
	_, _ = b.Publish("orders.created", 0) // fills the route cache
	allocs := testing.AllocsPerRun(1000, func() { _, _ = b.Publish("orders.created", 1) })
	assert.Zero(t, allocs, "allocations per publish to 8 subscribers")
}

// BenchmarkBrokerFanout: one publisher, n readers each draining in batches,
// against the hand-rolled equivalent: one buffered channel per reader and a
// non-blocking send (the same never-stall, drop-when-full contract). The
// figure is deliveries/s actually received by readers; drops are reported
// beside it since both sides drop what a reader cannot keep up with.
func BenchmarkBrokerFanout(b *testing.B) {
	for _, subs := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("subs=%d/impl=ours", subs), func(b *testing.B) {
			br := NewBroker[int](BrokerOptions{})
			var wg sync.WaitGroup
			var delivered atomic.Int64
			for range subs {
				s, _ := br.Subscribe("bench.*", WithBuffer(1024))
				wg.Go(func() {
					buf := make([]Event[int], 256)
					n := 0
					for {
						k, err := s.NextBatch(context.Background(), buf)
						if err != nil {
							delivered.Add(int64(n))
							return
						}
						n += k
					}
				})
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				_, _ = br.Publish("bench.x", i)
				i++
			}
			elapsed := b.Elapsed()
			_ = br.Close()
			wg.Wait()
			d := float64(delivered.Load())
			b.ReportMetric(d/elapsed.Seconds(), "deliveries/s")
			b.ReportMetric(100*(1-d/float64(i*subs)), "dropped%")
		})
		b.Run(fmt.Sprintf("subs=%d/impl=chan", subs), func(b *testing.B) {
			chans := make([]chan Event[int], subs)
			var wg sync.WaitGroup
			var delivered atomic.Int64
			for j := range chans {
				chans[j] = make(chan Event[int], 1024)
				wg.Go(func() {
					n := 0
					for range chans[j] {
						n++
					}
					delivered.Add(int64(n))
				})
			}
			b.ReportAllocs()
			var seq uint64
			for b.Loop() {
				seq++
				ev := Event[int]{Seq: seq, Topic: "bench.x", Value: int(seq)}
				for _, c := range chans {
					select {
					case c <- ev:
					default:
					}
				}
			}
			elapsed := b.Elapsed()
			for _, c := range chans {
				close(c)
			}
			wg.Wait()
			d := float64(delivered.Load())
			b.ReportMetric(d/elapsed.Seconds(), "deliveries/s")
			b.ReportMetric(100*(1-d/float64(int(seq)*subs)), "dropped%")
		})
	}
}
