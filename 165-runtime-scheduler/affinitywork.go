package main

// This file holds the per-key-state workload the affinity pool is measured
// with, run three ways: by the pool (a map per worker, no lock), by a
// shared-channel worker pool, and by errgroup with SetLimit (both with one
// map behind a sync.Mutex) — the two designs a Go programmer would reach
// for first — and the affinity command that times them side by side.

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"golang.org/x/sync/errgroup"
)

// keyTask updates the state of one key.
type keyTask struct{ key uint64 }

// keyState is what the workload keeps per key.
type keyState struct {
	count uint64
	sum   uint64
}

// applyTask is the work of one task: a little arithmetic folded into the
// key's state, so that a task costs about as much as looking its state up.
func applyTask(st *keyState, key uint64) {
	x := key ^ st.sum
	for i := range 32 {
		x = x*0x9e3779b97f4a7c15 + uint64(i)
	}
	st.count++
	st.sum += x
}

func getState(m map[uint64]*keyState, key uint64) *keyState {
	st := m[key]
	if st == nil {
		st = &keyState{}
		m[key] = st
	}
	return st
}

// affinityImpls names the implementations in the order they are shown.
var affinityImpls = []string{"affinity", "channel", "errgroup"}

// runKeyWorkload runs tasks tasks over keys keys with workers workers in
// impl and returns the elapsed time and the total count (= tasks when
// every task ran exactly once).
func runKeyWorkload(ctx context.Context, impl string, tasks, keys, workers int, pin bool) (time.Duration, uint64, error) {
	key := func(i int) uint64 { return uint64(i*7919) % uint64(keys) }
	start := time.Now()
	var total uint64
	switch impl {
	case "affinity":
		states := make([]map[uint64]*keyState, workers)
		p, err := NewPool[uint64](PoolOptions{Workers: workers, Pin: pin},
			func(i int) map[uint64]*keyState { states[i] = map[uint64]*keyState{}; return states[i] },
			func(m *map[uint64]*keyState, t keyTask) { applyTask(getState(*m, t.key), t.key) })
		if err != nil {
			return 0, 0, err
		}
		for i := range tasks {
			if err := p.Submit(ctx, key(i), keyTask{key(i)}); err != nil {
				p.Close()
				return 0, 0, err
			}
		}
		p.Close()
		for _, m := range states {
			for _, st := range m {
				total += st.count
			}
		}
	case "channel":
		var mu sync.Mutex
		m := map[uint64]*keyState{}
		ch := make(chan keyTask, 256)
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for t := range ch {
					mu.Lock()
					applyTask(getState(m, t.key), t.key)
					mu.Unlock()
				}
			})
		}
		for i := range tasks {
			ch <- keyTask{key(i)}
		}
		close(ch)
		wg.Wait()
		for _, st := range m {
			total += st.count
		}
	case "errgroup":
		var mu sync.Mutex
		m := map[uint64]*keyState{}
		g, _ := errgroup.WithContext(ctx)
		g.SetLimit(workers)
		for i := range tasks {
			k := key(i)
			g.Go(func() error {
				mu.Lock()
				applyTask(getState(m, k), k)
				mu.Unlock()
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return 0, 0, err
		}
		for _, st := range m {
			total += st.count
		}
	default:
		return 0, 0, fmt.Errorf("unknown implementation %q", impl)
	}
	return time.Since(start), total, nil
}

func runAffinity(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("affinity",
		"Time the affinity pool (tasks keyed to workers, a map per worker, no lock) against a\n"+
			"shared-channel worker pool and errgroup.SetLimit (one map behind a mutex) on a\n"+
			"per-key-state workload, in interleaved rounds.",
		"  "+progName+" affinity\n  "+progName+" affinity -tasks 1000000 -keys 100000 -pin\n", stdout)
	tasks := f.Int("tasks", 300000, "tasks per round")
	keys := f.Int("keys", 10000, "distinct keys")
	workers := f.Int("workers", runtime.GOMAXPROCS(0), "workers (pool size / SetLimit)")
	rounds := f.Int("rounds", 3, "interleaved rounds")
	pin := f.Bool("pin", false, "pin the affinity pool's workers to CPUs (LockOSThread + sched_setaffinity)")
	if err := f.parse(args); err != nil {
		return err
	}
	if *tasks < 1 || *keys < 1 || *workers < 1 || *workers > 4096 || *rounds < 1 || *rounds > 100 {
		return f.fail("-tasks, -keys, -workers (≤4096) and -rounds (≤100) must be positive")
	}
	per := map[string][]time.Duration{}
	for range *rounds {
		for _, impl := range affinityImpls {
			el, total, err := runKeyWorkload(ctx, impl, *tasks, *keys, *workers, *pin)
			if err != nil {
				return fmt.Errorf("affinity: %s: %w", impl, err)
			}
			if total != uint64(*tasks) {
				return fmt.Errorf("affinity: %s ran %d of %d tasks", impl, total, *tasks)
			}
			per[impl] = append(per[impl], el)
		}
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%d tasks over %d keys, %d workers, %d rounds (median, min–max)\n", *tasks, *keys, *workers, *rounds)
	fmt.Fprintln(tw, "impl\ttasks/s\tns/task\trange (tasks/s)\tvs affinity")
	base := 0.0
	for _, impl := range affinityImpls {
		d := slices.Clone(per[impl])
		slices.Sort(d)
		med := d[len(d)/2]
		rate := float64(*tasks) / med.Seconds()
		if impl == "affinity" {
			base = rate
		}
		fmt.Fprintf(tw, "%s\t%.0f\t%.0f\t%.0f–%.0f\t%.2fx\n", impl, rate, float64(med.Nanoseconds())/float64(*tasks),
			float64(*tasks)/d[len(d)-1].Seconds(), float64(*tasks)/d[0].Seconds(), rate/base)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := io.WriteString(stdout, strings.Repeat("", 0))
	return err
}
