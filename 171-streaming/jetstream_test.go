package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The JetStream tests share one embedded server per test and are few: the
// server is heavy to build and start under -race.

func startNATS(t testing.TB, dir string) *EmbeddedNATS {
	t.Helper()
	ns, err := StartEmbeddedNATS(dir)
	require.NoError(t, err)
	return ns
}

func nextEvents(t testing.TB, s *Subscription[Message], n int) []Event[Message] {
	t.Helper()
	out := make([]Event[Message], 0, n)
	for len(out) < n {
		ev, err := s.Next(context.Background())
		require.NoError(t, err)
		out = append(out, ev)
	}
	return out
}

func seqs(evs []Event[Message]) []uint64 {
	out := make([]uint64, len(evs))
	for i, e := range evs {
		out[i] = e.Seq
	}
	return out
}

// TestJetStreamBroker covers resume, replay, live delivery, unknown ids and
// an acknowledged publish surviving a restart of the server.
func TestJetStreamBroker(t *testing.T) {
	dir := t.TempDir()
	ns := startNATS(t, dir)
	b, err := NewJetStreamBroker(context.Background(), ns.URL(), JetStreamOptions{MaxMsgs: 8})
	require.NoError(t, err)
	for i := range 5 {
		seq, err := b.Publish("chat", Message{Event: "say", Data: string(rune('a' + i))})
		require.NoError(t, err)
		assert.Equal(t, uint64(i+1), seq, "the stream sequence is the id")
	}
	_, err = b.Publish("a..b", Message{})
	assert.ErrorIs(t, err, ErrBadTopic)

	s, err := b.Subscribe("chat", WithResumeAfter(2))
	require.NoError(t, err)
	got := nextEvents(t, s, 3)
	assert.Equal(t, []uint64{3, 4, 5}, seqs(got))
	assert.Equal(t, Message{Event: "say", Data: "c"}, got[0].Value)
	assert.False(t, s.Resume().Gap)
	_, err = b.Publish("chat", Message{Data: "live"})
	require.NoError(t, err)
	live := nextEvents(t, s, 1)
	assert.Equal(t, "live", live[0].Value.Data)
	s.Unsubscribe()

	future, err := b.Subscribe("chat", WithResumeAfter(99))
	require.NoError(t, err)
	assert.True(t, future.Resume().Unknown)
	future.Unsubscribe()

	for range 6 { // 12 messages in a stream of 8: 1..4 are gone
		_, err = b.Publish("chat", Message{Data: "more"})
		require.NoError(t, err)
	}
	gap, err := b.Subscribe("chat", WithResumeAfter(1))
	require.NoError(t, err)
	assert.True(t, gap.Resume().Gap, "asked after 1, the stream starts at 5")
	assert.Equal(t, []uint64{5, 6}, seqs(nextEvents(t, gap, 2)))
	assert.Equal(t, uint64(12), b.Head())
	require.NoError(t, b.Close())
	for err == nil { // what was buffered is still delivered, then the end
		_, err = gap.Next(context.Background())
	}
	assert.ErrorIs(t, err, ErrClosed)

	// Restart the server on the same store: what was acknowledged is there.
	ns.Shutdown()
	ns = startNATS(t, dir)
	defer ns.Shutdown()
	b, err = NewJetStreamBroker(context.Background(), ns.URL(), JetStreamOptions{MaxMsgs: 8})
	require.NoError(t, err)
	defer b.Close()
	again, err := b.Subscribe("chat", WithResumeAfter(10))
	require.NoError(t, err)
	assert.Equal(t, []uint64{11, 12}, seqs(nextEvents(t, again, 2)))
}

// TestJetStreamTwoServes runs two serve commands on one JetStream stream: a
// client reading from the first is cut off, reconnects to the second with
// Last-Event-ID and receives every event it missed, in order, once.
func TestJetStreamTwoServes(t *testing.T) {
	ns := startNATS(t, t.TempDir())
	defer ns.Shutdown()
	a, stopA := startServe(t, "-rate", "0", "-nats", ns.URL())
	b, stopB := startServe(t, "-rate", "0", "-nats", ns.URL())
	defer stopA()
	defer stopB()

	publishData(t, a, "a0", "a1", "a2")
	p, resp := openStream(t, a+"/events?topic=chat", "0")
	first := nextN(t, p, 3)
	assert.Equal(t, []string{"1", "2", "3"}, []string{first[0].ID, first[1].ID, first[2].ID})
	resp.Body.Close() // cut off from instance A

	publishData(t, b, "b0", "b1")
	publishData(t, a, "a3")
	p2, _ := openStream(t, b+"/events?topic=chat", first[2].ID)
	var ids, data []string
	for _, m := range nextN(t, p2, 3) {
		ids, data = append(ids, m.ID), append(data, m.Data)
	}
	assert.Equal(t, []string{"4", "5", "6"}, ids, "instance B resumes instance A's stream")
	assert.Equal(t, []string{"b0", "b1", "a3"}, data)
	assert.Equal(t, 0, stopA())
	assert.Equal(t, 0, stopB())
}

// BenchmarkPublishDeliver: one op publishes a message and waits for one
// subscriber to receive it, so ns/op is publish→deliver latency, in-process
// and through an embedded JetStream server on loopback (file storage): the
// cost of leaving one machine, measured on one machine.
func BenchmarkPublishDeliver(b *testing.B) {
	run := func(b *testing.B, br MessageBroker) {
		s, err := br.Subscribe("bench")
		require.NoError(b, err)
		defer s.Unsubscribe()
		m := Message{Data: `{"sym":"ACME","px":101.5}`}
		ctx := context.Background()
		b.ReportAllocs()
		for b.Loop() {
			if _, err := br.Publish("bench", m); err != nil {
				b.Fatal(err)
			}
			if _, err := s.Next(ctx); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	}
	b.Run("impl=inproc", func(b *testing.B) {
		br := NewBroker[Message](BrokerOptions{History: 1024})
		defer br.Close()
		run(b, br)
	})
	b.Run("impl=jetstream", func(b *testing.B) {
		ns := startNATS(b, b.TempDir())
		defer ns.Shutdown()
		br, err := NewJetStreamBroker(context.Background(), ns.URL(), JetStreamOptions{})
		require.NoError(b, err)
		defer br.Close()
		run(b, br)
	})
}
