package main

// This file holds the contention analyzer: it turns on the runtime's mutex
// and block profiles, runs five ways of sharing a counter or a stream
// between goroutines (sync.Mutex, sync.RWMutex, sharded mutexes, atomics,
// an unbuffered channel), reads /sync/mutex/wait/total:seconds around
// them, parses the pprof profiles with github.com/google/pprof/profile,
// and reports the most contended call sites.
//
// Where the delay is charged: the mutex profile records a contended
// Lock's wait at the matching Unlock, on the unlocker's stack (so the
// "call site" is who held the lock too long); the block profile records
// waits on channels, selects, sync.Cond and RWMutex readers at the waiter.
// Frames inside runtime, sync and internal/sync are skipped to reach the
// first frame of the program.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/google/pprof/profile"
)

// contentionWorkload is one way of sharing work; run does ops operations
// from each of workers goroutines and returns when all are done.
type contentionWorkload struct {
	name string
	run  func(workers, ops int)
}

// contentionWorkloads is the one table the command, demo and tests use.
var contentionWorkloads = []contentionWorkload{
	{"mutex", contendMutex},
	{"rwmutex", contendRWMutex},
	{"sharded", contendSharded},
	{"atomic", contendAtomic},
	{"channel", contendChannel},
}

// work is a little CPU inside a critical section, so that locks are held
// long enough to be fought over.
func work(n int) int {
	x := n
	for i := 0; i < 200; i++ {
		x = x*31 + i
	}
	return x
}

func contendMutex(workers, ops int) {
	var mu sync.Mutex
	var total int
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range ops {
				mu.Lock()
				total += work(w + i)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	runtime.KeepAlive(total)
}

func contendRWMutex(workers, ops int) {
	var mu sync.RWMutex
	m := map[int]int{}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range ops {
				if i%8 == 0 { // one write in eight
					mu.Lock()
					m[i%64] = work(w + i)
					mu.Unlock()
					continue
				}
				mu.RLock()
				_ = m[i%64] + work(i)
				mu.RUnlock()
			}
		})
	}
	wg.Wait()
}

func contendSharded(workers, ops int) {
	const shards = 64
	type shard struct {
		mu sync.Mutex
		n  int
		_  [40]byte // to prevent false sharing: 64-byte shards
	}
	var s [shards]shard
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range ops {
				sh := &s[(w*7919+i)%shards]
				sh.mu.Lock()
				sh.n += work(i)
				sh.mu.Unlock()
			}
		})
	}
	wg.Wait()
}

func contendAtomic(workers, ops int) {
	var total atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range ops {
				total.Add(int64(work(w + i)))
			}
		})
	}
	wg.Wait()
}

func contendChannel(workers, ops int) {
	ch := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range ops {
				ch <- work(i)
			}
		})
	}
	done := make(chan int)
	go func() {
		sum := 0
		for range workers * ops {
			sum += <-ch
		}
		done <- sum
	}()
	wg.Wait()
	<-done
}

// CallSite is one row of the contention report.
type CallSite struct {
	Profile     string // "mutex" or "block"
	Function    string
	File        string
	Line        int64
	Contentions int64
	Delay       time.Duration
}

// WorkloadRun is one workload's throughput and its share of
// /sync/mutex/wait/total:seconds. The runtime samples that metric (one
// in eight transitions out of _Gwaiting, scaled by eight), so MutexWait
// is an estimate and a short run can read zero.
type WorkloadRun struct {
	Name      string
	Ops       int
	Elapsed   time.Duration
	MutexWait time.Duration
}

// ContentionReport is the outcome of [AnalyzeContention].
type ContentionReport struct {
	Workloads []WorkloadRun
	Sites     []CallSite // sorted by delay, descending
}

// AnalyzeContention runs the named workloads (all when names is empty)
// with the mutex and block profiles on, and returns the call sites in
// order of delay. Profiling rates are restored when it returns.
func AnalyzeContention(ctx context.Context, names []string, workers, ops int) (*ContentionReport, error) {
	prevMutex := runtime.SetMutexProfileFraction(1)
	runtime.SetBlockProfileRate(1)
	defer runtime.SetMutexProfileFraction(prevMutex)
	defer runtime.SetBlockProfileRate(0)

	before := map[string]*profile.Profile{}
	for _, kind := range []string{"mutex", "block"} {
		p, err := readProfile(kind)
		if err != nil {
			return nil, err
		}
		before[kind] = p
	}
	rep := &ContentionReport{}
	for _, w := range contentionWorkloads {
		if len(names) > 0 && !slices.Contains(names, w.name) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		wait0 := mutexWait()
		start := time.Now()
		w.run(workers, ops)
		rep.Workloads = append(rep.Workloads, WorkloadRun{Name: w.name, Ops: workers * ops, Elapsed: time.Since(start), MutexWait: mutexWait() - wait0})
	}
	for _, kind := range []string{"mutex", "block"} {
		after, err := readProfile(kind)
		if err != nil {
			return nil, err
		}
		sites, err := callSites(kind, before[kind], after)
		if err != nil {
			return nil, err
		}
		rep.Sites = append(rep.Sites, sites...)
	}
	slices.SortStableFunc(rep.Sites, func(a, b CallSite) int { return int(b.Delay - a.Delay) })
	return rep, nil
}

func mutexWait() time.Duration {
	s := []metrics.Sample{{Name: "/sync/mutex/wait/total:seconds"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindFloat64 {
		return 0
	}
	return time.Duration(s[0].Value.Float64() * 1e9)
}

// readProfile writes the named runtime profile in its protobuf form and
// parses it back.
func readProfile(kind string) (*profile.Profile, error) {
	var b bytes.Buffer
	if err := pprof.Lookup(kind).WriteTo(&b, 0); err != nil {
		return nil, fmt.Errorf("%s profile: %w", kind, err)
	}
	p, err := profile.Parse(&b)
	if err != nil {
		return nil, fmt.Errorf("%s profile: %w", kind, err)
	}
	return p, nil
}

// callSites subtracts before from after (profiles are cumulative since
// profiling was turned on) and sums delay and contentions per first
// program frame.
func callSites(kind string, before, after *profile.Profile) ([]CallSite, error) {
	before = before.Copy()
	before.Scale(-1)
	delta, err := profile.Merge([]*profile.Profile{after, before})
	if err != nil {
		return nil, fmt.Errorf("%s profile: %w", kind, err)
	}
	ci, di := -1, -1
	for i, st := range delta.SampleType {
		switch st.Type {
		case "contentions":
			ci = i
		case "delay":
			di = i
		}
	}
	if ci < 0 || di < 0 {
		return nil, fmt.Errorf("%s profile: no contentions/delay sample types", kind)
	}
	type key struct {
		fn, file string
		line     int64
	}
	agg := map[key]*CallSite{}
	for _, s := range delta.Sample {
		if s.Value[di] <= 0 || waitGroupWait(s) {
			continue
		}
		fn, file, line := programFrame(s)
		k := key{fn, file, line}
		cs := agg[k]
		if cs == nil {
			cs = &CallSite{Profile: kind, Function: fn, File: file, Line: line}
			agg[k] = cs
		}
		cs.Contentions += s.Value[ci]
		cs.Delay += time.Duration(s.Value[di])
	}
	out := make([]CallSite, 0, len(agg))
	for _, cs := range agg {
		out = append(out, *cs)
	}
	return out, nil
}

// waitGroupWait reports a sample of a goroutine waiting for others to
// finish: coordination the workload asked for, not contention.
func waitGroupWait(s *profile.Sample) bool {
	for _, loc := range s.Location {
		for _, ln := range loc.Line {
			if ln.Function != nil && ln.Function.Name == "sync.(*WaitGroup).Wait" {
				return true
			}
		}
	}
	return false
}

// programFrame returns the first frame, leaf first, outside the runtime
// and the sync packages.
func programFrame(s *profile.Sample) (fn, file string, line int64) {
	for _, loc := range s.Location {
		for _, ln := range loc.Line {
			if ln.Function == nil {
				continue
			}
			name := ln.Function.Name
			if strings.HasPrefix(name, "runtime.") || strings.HasPrefix(name, "sync.") || strings.HasPrefix(name, "internal/sync.") {
				continue
			}
			return name, ln.Function.Filename, ln.Line
		}
	}
	return "?", "?", 0
}

// WriteTable prints the workloads and the top sites.
func (r *ContentionReport) WriteTable(w io.Writer, top int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "workload\tops\ttime\tns/op\t/sync/mutex/wait")
	for _, wr := range r.Workloads {
		fmt.Fprintf(tw, "%s\t%d\t%v\t%.0f\t%v\n", wr.Name, wr.Ops, wr.Elapsed.Round(time.Microsecond),
			float64(wr.Elapsed.Nanoseconds())/float64(max(wr.Ops, 1)), wr.MutexWait.Round(time.Microsecond))
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "profile\tfunction\tfile:line\tcontentions\tdelay")
	for i, s := range r.Sites {
		if i == top {
			break
		}
		fmt.Fprintf(tw, "%s\t%s\t%s:%d\t%d\t%v\n", s.Profile, shortFunc(s.Function), shortFile(s.File), s.Line, s.Contentions, s.Delay.Round(time.Microsecond))
	}
	return tw.Flush()
}

func shortFunc(f string) string {
	if i := strings.LastIndexByte(f, '/'); i >= 0 {
		return f[i+1:]
	}
	return f
}

func shortFile(f string) string {
	parts := strings.Split(f, "/")
	if len(parts) > 2 {
		return strings.Join(parts[len(parts)-2:], "/")
	}
	return f
}

func runContention(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("contention",
		"Turn on the mutex and block profiles, run contention workloads (Mutex, RWMutex, sharded\n"+
			"mutexes, atomics, an unbuffered channel), and list the most contended call sites from\n"+
			"the parsed pprof profiles with /sync/mutex/wait/total:seconds per workload.",
		"  "+progName+" contention\n  "+progName+" contention -workloads mutex,sharded -workers 16 -top 5\n", stdout)
	workers := f.Int("workers", 8, "goroutines per workload")
	ops := f.Int("ops", 20000, "operations per goroutine")
	top := f.Int("top", 10, "call sites to list")
	names := f.String("workloads", "", "comma-separated workloads (default all: mutex, rwmutex, sharded, atomic, channel)")
	if err := f.parse(args); err != nil {
		return err
	}
	if *workers < 1 || *workers > 10000 || *ops < 1 || *ops > 10_000_000 || *top < 1 {
		return f.fail("-workers must be 1..10000, -ops 1..10000000, -top at least 1")
	}
	var sel []string
	if *names != "" {
		for _, n := range strings.Split(*names, ",") {
			if !slices.ContainsFunc(contentionWorkloads, func(w contentionWorkload) bool { return w.name == n }) {
				return f.fail("-workloads: unknown workload %q", n)
			}
			sel = append(sel, n)
		}
	}
	rep, err := AnalyzeContention(ctx, sel, *workers, *ops)
	if err != nil {
		return fmt.Errorf("contention: %w", err)
	}
	return rep.WriteTable(stdout, *top)
}
