package main

// This file holds the demo: each component driven by a synthetic stream and
// printed as plain tables.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"math/rand/v2"
	"slices"
	"text/tabwriter"
	"time"
)

// demo runs every section in order.
func demo(ctx context.Context, w io.Writer, seed uint64) error {
	sections := []struct {
		title string
		run   func(context.Context, io.Writer, uint64) error
	}{
		{"Click stream → pipeline → 10 s event-time windows (out-of-order, late and too-late events)", demoWindows},
		{"Backpressure: one bursty producer, one steady consumer, four strategies", demoQueues},
		{"Broker: one publisher, three subscribers, one of them never keeping up", demoBroker},
	}
	for i, s := range sections {
		if err := ctx.Err(); err != nil {
			return err
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "== %s\n\n", s.title)
		if err := s.run(ctx, w, seed); err != nil {
			return fmt.Errorf("%s: %w", s.title, err)
		}
	}
	return nil
}

// demoQueues simulates 60 ticks: the producer makes 6 items a tick for the
// first 20 (a burst) and 1 a tick after; the consumer takes 3 a tick. Items
// are counters, so Adaptive can coalesce them (sum) instead of shedding. A
// Block producer that finds the queue full keeps the item in its own
// backlog: that is what blocking means for a producer, made visible.
func demoQueues(ctx context.Context, w io.Writer, _ uint64) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "strategy\tin\tout\tdrop-new\tdrop-old\tshed\tmerged\thigh\tproducer wait max\tsum out\t")
	cancelled, cancel := context.WithCancel(ctx)
	cancel() // Block pushes below must not wait: the simulation is single-threaded
	for _, st := range Strategies {
		q, err := NewQueue(QueueOptions[int]{Capacity: 16, Strategy: st, High: 12, Low: 4,
			Coalesce: func(newest, v int) (int, bool) { return newest + v, true }})
		if err != nil {
			return err
		}
		var backlog []int
		sum, maxBacklog := 0, 0
		dst := make([]int, 3)
		for tick := range 60 {
			n := 1
			if tick < 20 {
				n = 6
			}
			for range n {
				backlog = append(backlog, 1)
			}
			for len(backlog) > 0 {
				err := q.Push(cancelled, backlog[0])
				if st == Block && err != nil {
					break // held back: stays in the producer's backlog
				}
				backlog = backlog[1:]
			}
			maxBacklog = max(maxBacklog, len(backlog))
			k := q.TryPopN(dst)
			for _, v := range dst[:k] {
				sum += v
			}
		}
		s := q.Stats()
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", st, s.Enqueued, s.Dequeued,
			s.DroppedNewest, s.DroppedOldest, s.Shed, s.Coalesced, s.HighWater, maxBacklog, sum)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprint(w, `
160 items produced. "producer wait max" is the most items a Block producer held back;
"merged" counts items Adaptive coalesced into the newest one. Block loses nothing but
pushes the queue back into the producer; the drop strategies bound memory and lose
items; Adaptive with Coalesce bounds memory and keeps the sum, not the items.
`)
	return nil
}

// click is one synthetic page view: when it happened, when it arrived, and
// how long the page took.
type click struct {
	page    string
	at      time.Time // event time
	arrival time.Time // processing time
	latency float64   // ms
	bot     bool
}

// demoEpoch anchors the synthetic stream so that the output is reproducible.
var demoEpoch = time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)

// clickStream makes n clicks over span of event time, in arrival order:
// most arrive within 2 s of happening, 3% arrive 12 to 40 s late.
func clickStream(seed uint64, n int, span time.Duration) []click {
	rng := rand.New(rand.NewPCG(seed, 171))
	pages := []string{"/", "/cart", "/search"}
	out := make([]click, n)
	for i := range out {
		at := demoEpoch.Add(time.Duration(rng.Int64N(int64(span))))
		delay := time.Duration(rng.Int64N(int64(2 * time.Second)))
		if rng.IntN(100) < 3 {
			delay = 12*time.Second + time.Duration(rng.Int64N(int64(28*time.Second)))
		}
		p := pages[rng.IntN(len(pages))]
		lat := math.Exp(rng.NormFloat64()*0.6 + 3.5) // median ≈ 33 ms
		if p == "/search" {
			lat *= 3
		}
		out[i] = click{page: p, at: at, arrival: at.Add(delay), latency: lat, bot: rng.IntN(50) == 0}
	}
	slices.SortStableFunc(out, func(a, b click) int { return a.arrival.Compare(b.arrival) })
	return out
}

// demoWindows runs the click stream through FromSlice → Filter (bots) →
// Batch → a windowing stage → Collect, and prints each window's on-time
// and final result.
func demoWindows(ctx context.Context, w io.Writer, seed uint64) error {
	clicks := clickStream(seed, 3000, time.Minute)
	var tooLate int
	win, err := NewWindower(WindowOptions[string]{
		Kind: Tumbling, Size: 10 * time.Second,
		MaxOutOfOrder: 3 * time.Second, AllowedLateness: 15 * time.Second,
		OnTooLate: func(string, time.Time, float64) { tooLate++ },
	})
	if err != nil {
		return err
	}
	p := NewPipeline(ctx, PipelineOptions{})
	humans := Filter(FromSlice(p, clicks), func(c click) bool { return !c.bot })
	// One stage owns the Windower (it is single-goroutine by design).
	results := FlatMap(Batch(humans, 64, 0), func(batch []click) iter.Seq[WindowResult[string]] {
		return func(yield func(WindowResult[string]) bool) {
			for _, c := range batch {
				for _, r := range win.Add(c.page, c.at, c.latency) {
					if !yield(r) {
						return
					}
				}
			}
		}
	})
	fired, err := Collect(results)
	if err != nil {
		return err
	}
	fired = append(fired, win.Flush()...) // the end of the input closes the last windows

	// Each window fired on time once, then once per late correction; a
	// consumer keeps the newest revision. Show both ends of that.
	type row struct{ first, last WindowResult[string] }
	rows := map[string]*row{}
	var order []string
	for _, r := range fired {
		id := r.Start.Format(time.RFC3339) + " " + r.Key
		if rows[id] == nil {
			rows[id] = &row{first: r}
			order = append(order, id)
		}
		rows[id].last = r
	}
	slices.Sort(order)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "window\tpage\ton time\trevisions\tfinal\tmean ms\tp50\tp95\tp99\tmax\t")
	for _, id := range order {
		r := rows[id]
		a := r.last.Agg
		fmt.Fprintf(tw, "%s–%s\t%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t\n",
			r.last.Start.Format("15:04:05"), r.last.End.Format("15:04:05"), r.last.Key,
			r.first.Agg.Count, r.last.Revision, a.Count, a.Mean, a.P50, a.P95, a.P99, a.Max)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	st := win.Stats()
	bots := 0
	for _, c := range clicks {
		if c.bot {
			bots++
		}
	}
	fmt.Fprintf(w, "\n%d clicks, 3%% of them 12–40 s late: %d bots filtered, %d windowed, %d results emitted\n",
		len(clicks), bots, st.Events, len(fired))
	fmt.Fprintf(w, "(%d of them late corrections). %d events were too late even for the 15 s allowed\n", st.Late, st.TooLate)
	fmt.Fprintf(w, "lateness and went to the side output (which counted %d): dropped, but reported.\n", tooLate)
	fmt.Fprintf(w, "Percentiles come from a DDSketch per window: within ±%.0f%% of the exact value.\n",
		100*fired[0].Agg.QuantileErrorBound)
	return nil
}

// demoBroker publishes 1000 events to a subscriber that keeps up, one with
// a 16-event buffer that drops its oldest, and one that is disconnected.
func demoBroker(_ context.Context, w io.Writer, _ uint64) error {
	b := NewBroker[int](BrokerOptions{History: 8})
	defer b.Close()
	type sub struct {
		name string
		s    *Subscription[int]
		read int // events read per round; -1: never reads
	}
	var subs []sub
	for _, spec := range []struct {
		name, pattern string
		read          int
		opts          []SubscribeOption
	}{
		{"fast: orders.>, buf 256", "orders.>", 100, nil},
		{"slow: orders.*, buf 16, drop-oldest", "orders.*", 5, []SubscribeOption{WithBuffer(16)}},
		{"stuck: orders.eu, buf 16, disconnect", "orders.eu", -1, []SubscribeOption{WithBuffer(16), WithOverflow(OverflowDisconnect)}},
	} {
		s, err := b.Subscribe(spec.pattern, spec.opts...)
		if err != nil {
			return err
		}
		subs = append(subs, sub{spec.name, s, spec.read})
	}
	got := make([]int, len(subs))
	missed := make([]uint64, len(subs))
	buf := make([]Event[int], 100)
	topics := []string{"orders.eu", "orders.us", "orders.eu.refunds"}
	for round := range 10 {
		for i := range 100 {
			if _, err := b.Publish(topics[(round*100+i)%3], round*100+i); err != nil {
				return err
			}
		}
		for i, s := range subs {
			if s.read < 0 {
				continue
			}
			k := s.s.TryNextBatch(buf[:s.read])
			got[i] += k
			for _, ev := range buf[:k] {
				missed[i] += ev.Missed
			}
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "subscriber\tmatched\tread\tbuffered\tdropped\tmissed\tstate\t")
	for i, s := range subs {
		st := s.s.Stats()
		state := "live"
		if errors.Is(s.s.Err(), ErrSlowConsumer) {
			state = "disconnected"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\t\n", s.name, st.Matched, got[i], st.Buffered, st.Dropped, missed[i], state)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	late, err := b.Subscribe("orders.*", WithReplay(5))
	if err != nil {
		return err
	}
	evs := make([]Event[int], 8)
	k := late.TryNextBatch(evs)
	seqs := make([]uint64, k)
	for i, e := range evs[:k] {
		seqs[i] = e.Seq
	}
	fmt.Fprintf(w, "\nThe publisher never waited; every loss is counted and reported to its subscriber\n")
	fmt.Fprintf(w, "(Event.Missed). A late subscriber to orders.* replays the last 5: seq %v.\n", seqs)
	return nil
}
