package main

// This file holds what a simulation reports: per-P counters, the
// scheduling-latency histogram, the record of preemptions, and the plain
// text summary table the sim command prints.

import (
	"fmt"
	"io"
	"math/bits"
	"strings"
	"text/tabwriter"
	"time"
)

// PStats counts what happened on one P.
type PStats struct {
	// Busy is virtual time spent running Gs (not in syscalls).
	Busy time.Duration
	// Schedticks is the P's schedtick at the end: Gs started with a fresh
	// time slice.
	Schedticks uint32
	// Steals counts successful runqsteal calls by this P; StolenGs the
	// Gs they took, StolenFrom the Gs other Ps took from this one.
	Steals, StolenGs, StolenFrom int64
	// Handoffs counts times sysmon took this P from a syscall.
	Handoffs int64
	// Preemptions counts Gs sysmon preempted on this P.
	Preemptions int64
	// Spills counts runqputslow calls: a full ring moving half of itself
	// to the global queue.
	Spills int64
}

// Preemption records one forced preemption by sysmon.
type Preemption struct {
	At    time.Duration // virtual time
	P     int
	Goid  int64
	Slice time.Duration // how long the P's schedtick had not moved
}

// Result is the outcome of a run.
type Result struct {
	Name  string
	Procs int
	Seed  uint64
	// Elapsed is the virtual time at which the last G exited.
	Elapsed time.Duration
	// Events counts simulated scheduling events (heap pops).
	Events int64
	// Goroutines counts Gs created, main included.
	Goroutines int64
	// Threads counts Ms created plus sysmon.
	Threads int
	P       []PStats
	// Latency is the runnable → running wait of every G start, what the
	// runtime's /sched/latencies:seconds measures.
	Latency Histogram
	// Wakeup is the wait from a G's I/O becoming ready (or its timer being
	// due) to it running. It includes the time before anyone polled the
	// network or ran the timer, which Latency cannot see: the G was not
	// yet runnable.
	Wakeup Histogram
	// GlobalQueueMax and LocalQueueMax are the largest queue lengths seen.
	GlobalQueueMax int32
	LocalQueueMax  uint32
	// Migrations counts G starts on a different P than the G last ran on.
	Migrations int64
	// GlobalFirst counts findRunnable taking the global queue first on a
	// 61st schedtick.
	GlobalFirst int64
	// Preemptions lists the first 1024 forced preemptions.
	Preemptions []Preemption
	// Violations lists invariant failures (only with Config.Check).
	Violations []string

	traceEvents []byte
}

// Histogram counts durations in power-of-two buckets of nanoseconds:
// bucket i holds [2^(i-1), 2^i), bucket 0 holds zero. The zero value is an
// empty histogram; Add is O(1) and never allocates.
type Histogram struct {
	Buckets [65]int64
	Count   int64
	Sum     int64
	Max     int64
}

// Add records one duration in nanoseconds.
func (h *Histogram) Add(ns int64) {
	ns = max(ns, 0)
	h.Buckets[bits.Len64(uint64(ns))]++
	h.Count++
	h.Sum += ns
	h.Max = max(h.Max, ns)
}

// Quantile returns an upper bound for the q-quantile (0 ≤ q ≤ 1): the top
// of the bucket holding it, capped at Max.
func (h *Histogram) Quantile(q float64) time.Duration {
	if h.Count == 0 {
		return 0
	}
	rank := int64(q*float64(h.Count-1)) + 1
	var seen int64
	for i, c := range h.Buckets {
		seen += c
		if seen >= rank {
			if i == 0 {
				return 0
			}
			return time.Duration(min(int64(1)<<i-1, h.Max))
		}
	}
	return time.Duration(h.Max)
}

// Mean is the average duration.
func (h *Histogram) Mean() time.Duration {
	if h.Count == 0 {
		return 0
	}
	return time.Duration(h.Sum / h.Count)
}

// WriteSummary prints r as aligned text tables.
func (r *Result) WriteSummary(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "scenario %s: %d Ps, seed %d, %d Gs, %d events, %d threads, virtual time %v\n",
		r.Name, r.Procs, r.Seed, r.Goroutines, r.Events, r.Threads, r.Elapsed)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "P\tbusy\tbusy%\tschedticks\tsteals\tstolen Gs\tstolen from\thandoffs\tpreemptions\tspills\t")
	for i, p := range r.P {
		pct := 0.0
		if r.Elapsed > 0 {
			pct = 100 * float64(p.Busy) / float64(r.Elapsed)
		}
		fmt.Fprintf(tw, "P%d\t%v\t%.1f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", i, p.Busy.Round(time.Microsecond), pct,
			p.Schedticks, p.Steals, p.StolenGs, p.StolenFrom, p.Handoffs, p.Preemptions, p.Spills)
	}
	tw.Flush()
	h := &r.Latency
	fmt.Fprintf(&b, "runnable→running latency over %d starts: mean %v  p50 ≤%v  p99 ≤%v  max %v\n",
		h.Count, roundDur(h.Mean()), roundDur(h.Quantile(0.5)), roundDur(h.Quantile(0.99)), roundDur(time.Duration(h.Max)))
	b.WriteString(h.bars())
	if w := &r.Wakeup; w.Count > 0 {
		fmt.Fprintf(&b, "I/O-ready or timer-due → running over %d wakeups: mean %v  p50 ≤%v  p99 ≤%v  max %v\n",
			w.Count, roundDur(w.Mean()), roundDur(w.Quantile(0.5)), roundDur(w.Quantile(0.99)), roundDur(time.Duration(w.Max)))
	}
	fmt.Fprintf(&b, "queues: global max %d, local max %d; global-first picks (schedtick%%61) %d; migrations %d\n",
		r.GlobalQueueMax, r.LocalQueueMax, r.GlobalFirst, r.Migrations)
	_, err := io.WriteString(w, b.String())
	return err
}

// bars renders the non-empty buckets as a text histogram.
func (h *Histogram) bars() string {
	var peak int64
	hi := -1
	for i, c := range h.Buckets {
		if c > 0 {
			hi = i
			peak = max(peak, c)
		}
	}
	if hi < 0 {
		return ""
	}
	var b strings.Builder
	started := false
	for i := 0; i <= hi; i++ {
		c := h.Buckets[i]
		if i > 0 && c > 0 {
			started = true
		}
		if c == 0 && (i == 0 || !started) {
			continue
		}
		label := "0"
		if i > 0 {
			label = "<" + roundDur(time.Duration(int64(1)<<i)).String()
		}
		fmt.Fprintf(&b, "  %9s %8d %s\n", label, c, strings.Repeat("#", int(40*c/peak)))
	}
	return b.String()
}

// roundDur rounds d to three significant digits for display.
func roundDur(d time.Duration) time.Duration {
	for r := time.Duration(1); r < time.Hour; r *= 10 {
		if d < 1000*r {
			return d.Round(r)
		}
	}
	return d
}

func durationOf(ns int64) time.Duration { return time.Duration(ns) }
