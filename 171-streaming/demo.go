package main

// This file holds the demo: each component driven by a synthetic stream and
// printed as plain tables.

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
)

// demo runs every section in order.
func demo(ctx context.Context, w io.Writer, seed uint64) error {
	sections := []struct {
		title string
		run   func(context.Context, io.Writer, uint64) error
	}{
		{"Backpressure: one bursty producer, one steady consumer, four strategies", demoQueues},
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
	fmt.Fprintln(tw, "strategy\tenqueued\tdequeued\tdrop-new\tdrop-old\tshed\tcoalesced\thigh-water\tproducer backlog\tsum delivered\t")
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
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d (max %d)\t%d\t\n", st, s.Enqueued, s.Dequeued,
			s.DroppedNewest, s.DroppedOldest, s.Shed, s.Coalesced, s.HighWater, len(backlog), maxBacklog, sum)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\n160 items produced. Block loses nothing but pushes the queue back into the producer;")
	fmt.Fprintln(w, "the drop strategies bound memory and lose items; Adaptive with Coalesce bounds memory")
	fmt.Fprintln(w, "and keeps the sum, trading item identity for it.")
	return nil
}
