package main

// This file holds sim -compare: the same workload spec run in the
// simulator and as real goroutines on this runtime under runtime/trace,
// the trace parsed with golang.org/x/exp/trace, and both reduced to the
// same figures — per-P busy fraction, runnable→running latency, migrations
// between Ps (the trace's view of steals), preemptions, wall time.
//
// The real run interprets the spec's steps literally: cpu spins on the
// clock (a loop with calls, so it can be preempted), sleep is
// time.Sleep, syscall is a blocking nanosleep(2) (the G and its M enter a
// real syscall and sysmon can hand the P off), channels are real
// channels, spawn is go, wait is a WaitGroup, yield is runtime.Gosched.
// net is also time.Sleep: a real network wait would need a peer, and a
// timer wakes through the same findRunnable paths closely enough for a
// comparison. Workload goroutines mark themselves with a trace.Log so that
// runtime and test goroutines are left out of the figures.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/trace"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"text/tabwriter"
	"time"

	xtrace "golang.org/x/exp/trace"
)

// maxCompareGs bounds a real run: every G is a real goroutine.
const maxCompareGs = 100_000

// ErrTooBigToCompare is returned for a spec too large to run for real.
var ErrTooBigToCompare = errors.New("spec too large to run on the real runtime")

// CompareSide is one side's figures.
type CompareSide struct {
	Name        string
	Wall        time.Duration
	Busy        []float64 // per P, fraction of Wall running workload Gs
	Starts      int64     // G starts (runnable → running)
	P50, P99    time.Duration
	Max         time.Duration
	Migrations  int64
	Preemptions int64
	Gs          int64 // goroutines of the spec that ran
}

func simSide(ctx context.Context, spec *Spec, procs int, seed uint64) (*CompareSide, error) {
	s, err := NewSim(spec, Config{Procs: procs, Seed: seed})
	if err != nil {
		return nil, err
	}
	res, err := s.Run(ctx)
	if err != nil {
		return nil, err
	}
	side := &CompareSide{Name: "simulator", Wall: res.Elapsed, Starts: res.Latency.Count,
		P50: res.Latency.Quantile(0.5), P99: res.Latency.Quantile(0.99), Max: time.Duration(res.Latency.Max),
		Migrations: res.Migrations, Gs: res.Goroutines}
	for _, p := range res.P {
		side.Preemptions += p.Preemptions
		frac := 0.0
		if res.Elapsed > 0 {
			frac = float64(p.Busy) / float64(res.Elapsed)
		}
		side.Busy = append(side.Busy, frac)
	}
	return side, nil
}

// realRun interprets a compiled spec with real goroutines.
type realRun struct {
	ctx   context.Context
	prog  *program
	chans []chan struct{}
	all   sync.WaitGroup
	ran   atomic.Int64
}

func (r *realRun) g(kind int32, parent *sync.WaitGroup) {
	defer r.all.Done()
	if parent != nil {
		defer parent.Done()
	}
	trace.Log(r.ctx, "165-runtime-scheduler", "workload goroutine")
	r.ran.Add(1)
	var children sync.WaitGroup
	code := r.prog.code[kind]
	var loops [maxLoopDepth]int32
	depth := 0
	for pc := 0; ; pc++ {
		in := &code[pc]
		switch in.op {
		case opCPU:
			spinUntil(time.Now().Add(time.Duration(in.d)))
		case opSleep, opNet:
			time.Sleep(time.Duration(in.d))
		case opSyscall:
			ts := syscall.NsecToTimespec(in.d)
			for syscall.Nanosleep(&ts, &ts) == syscall.EINTR {
			}
		case opSpawn:
			for range in.n {
				r.all.Add(1)
				children.Add(1)
				go r.g(in.arg, &children)
			}
		case opSend:
			r.chans[in.arg] <- struct{}{}
		case opRecv:
			<-r.chans[in.arg]
		case opWait:
			children.Wait()
		case opYield:
			runtime.Gosched()
		case opLoop:
			loops[depth] = in.n
			depth++
		case opEndLoop:
			if loops[depth-1]--; loops[depth-1] > 0 {
				pc = int(in.arg)
			} else {
				depth--
			}
		case opEnd:
			return
		}
	}
}

// realSide runs spec at GOMAXPROCS=procs under runtime/trace and reduces
// the trace. It fails if a trace is already running.
func realSide(ctx context.Context, spec *Spec, procs int) (*CompareSide, error) {
	prog, err := compile(spec)
	if err != nil {
		return nil, err
	}
	if prog.totalG > maxCompareGs {
		return nil, fmt.Errorf("%d Gs, more than %d: %w", prog.totalG, maxCompareGs, ErrTooBigToCompare)
	}
	r := &realRun{ctx: ctx, prog: prog}
	for _, c := range prog.chans {
		r.chans = append(r.chans, make(chan struct{}, c.Cap))
	}
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	var buf bytes.Buffer
	if err := trace.Start(&buf); err != nil {
		return nil, fmt.Errorf("runtime/trace: %w", err)
	}
	start := time.Now()
	r.all.Add(1)
	go r.g(0, nil)
	r.all.Wait()
	wall := time.Since(start)
	trace.Stop()
	side, err := analyzeTrace(buf.Bytes(), procs)
	if err != nil {
		return nil, err
	}
	side.Gs = r.ran.Load()
	side.Wall = wall
	for i := range side.Busy {
		side.Busy[i] = side.Busy[i] / float64(wall)
	}
	return side, nil
}

// analyzeTrace reduces a runtime/trace to CompareSide figures for the Gs
// that logged themselves as workload goroutines. Busy is left in
// nanoseconds per P for the caller to divide.
func analyzeTrace(data []byte, procs int) (*CompareSide, error) {
	ours := map[xtrace.GoID]bool{}
	if err := eachEvent(data, func(e *xtrace.Event) {
		if e.Kind() == xtrace.EventLog && e.Log().Category == "165-runtime-scheduler" {
			ours[e.Goroutine()] = true
		}
	}); err != nil {
		return nil, err
	}
	side := &CompareSide{Name: "real runtime", Busy: make([]float64, procs)}
	type running struct {
		at xtrace.Time
		p  xtrace.ProcID
	}
	runnableAt := map[xtrace.GoID]xtrace.Time{}
	runStart := map[xtrace.GoID]running{}
	lastP := map[xtrace.GoID]xtrace.ProcID{}
	var lat []time.Duration
	err := eachEvent(data, func(e *xtrace.Event) {
		if e.Kind() != xtrace.EventStateTransition {
			return
		}
		st := e.StateTransition()
		if st.Resource.Kind != xtrace.ResourceGoroutine {
			return
		}
		id := st.Resource.Goroutine()
		if !ours[id] {
			return
		}
		from, to := st.Goroutine()
		if from == xtrace.GoRunning {
			if rs, ok := runStart[id]; ok {
				if int(rs.p) >= 0 && int(rs.p) < procs {
					side.Busy[rs.p] += float64(e.Time().Sub(rs.at))
				}
				delete(runStart, id)
			}
			if to == xtrace.GoRunnable && st.Reason == "preempted" {
				side.Preemptions++
			}
		}
		switch to {
		case xtrace.GoRunnable:
			runnableAt[id] = e.Time()
		case xtrace.GoRunning:
			p := e.Proc()
			if t0, ok := runnableAt[id]; ok {
				lat = append(lat, e.Time().Sub(t0))
				delete(runnableAt, id)
			}
			if lp, ok := lastP[id]; ok && lp != p {
				side.Migrations++
			}
			lastP[id] = p
			runStart[id] = running{e.Time(), p}
		}
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(lat)
	side.Starts = int64(len(lat))
	if n := len(lat); n > 0 {
		side.P50, side.P99, side.Max = lat[n/2], lat[min(n-1, n*99/100)], lat[n-1]
	}
	return side, nil
}

func eachEvent(data []byte, f func(*xtrace.Event)) error {
	rd, err := xtrace.NewReader(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("parse trace: %w", err)
	}
	for {
		e, err := rd.ReadEvent()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("parse trace: %w", err)
		}
		f(&e)
	}
}

// writeCompare prints both sides in two columns.
func writeCompare(w io.Writer, name string, procs int, sim, real *CompareSide) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s, GOMAXPROCS=%d\t%s\t%s\t\n", name, procs, sim.Name, real.Name)
	fmt.Fprintf(tw, "wall time\t%v\t%v\t\n", roundDur(sim.Wall), roundDur(real.Wall))
	for p := range procs {
		fmt.Fprintf(tw, "P%d busy\t%.1f%%\t%.1f%%\t\n", p, 100*sim.Busy[p], 100*real.Busy[p])
	}
	fmt.Fprintf(tw, "G starts\t%d\t%d\t\n", sim.Starts, real.Starts)
	fmt.Fprintf(tw, "latency p50\t%v\t%v\t\n", roundDur(sim.P50), roundDur(real.P50))
	fmt.Fprintf(tw, "latency p99\t%v\t%v\t\n", roundDur(sim.P99), roundDur(real.P99))
	fmt.Fprintf(tw, "latency max\t%v\t%v\t\n", roundDur(sim.Max), roundDur(real.Max))
	fmt.Fprintf(tw, "migrations\t%d\t%d\t\n", sim.Migrations, real.Migrations)
	fmt.Fprintf(tw, "preemptions\t%d\t%d\t\n", sim.Preemptions, real.Preemptions)
	fmt.Fprintf(tw, "goroutines run\t%d\t%d\t\n", sim.Gs, real.Gs)
	return tw.Flush()
}

// compareSpec runs both sides and prints them.
func compareSpec(ctx context.Context, w io.Writer, name string, spec *Spec, procs int, seed uint64) error {
	sim, err := simSide(ctx, spec, procs, seed)
	if err != nil {
		return fmt.Errorf("sim -compare: simulator: %w", err)
	}
	real, err := realSide(ctx, spec, procs)
	if err != nil {
		return fmt.Errorf("sim -compare: real runtime: %w", err)
	}
	return writeCompare(w, name, procs, sim, real)
}
