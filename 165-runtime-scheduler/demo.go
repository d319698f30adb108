package main

// This file holds the demo: a guided run of the simulator (schedtrace
// lines as they stream, then the summary) on the scenarios that show the
// scheduler's main mechanisms, followed by the real-runtime tools.

import (
	"context"
	"fmt"
	"io"
	"time"
)

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("demo",
		"Run the tour: the simulator on three scenarios (stealing, preemption, syscall handoff),\n"+
			"with schedtrace lines and summaries, then the preemption analyzer on the real runtime.\n"+
			"Ends by itself in a few seconds.",
		"  "+progName+"\n  "+progName+" demo -seed 7\n  "+progName+" demo -real=false   # only the deterministic, simulated part\n", stdout)
	seed := f.Uint64("seed", 1, "random `seed` for the simulated runs")
	real := f.Bool("real", true, "also run the real-runtime sections (their figures vary from run to run)")
	if err := f.parse(args); err != nil {
		return err
	}
	steps := []struct {
		scenario, title string
		every           time.Duration
	}{
		{"spawner", "1. Stealing: P0 spawns 1000 Gs; watch the other Ps' queues and schedticks", time.Millisecond},
		{"hog", "2. Preemption: a 50 ms hog on one P; sysmon polls the network and preempts it", 10 * time.Millisecond},
		{"syscall", "3. Syscalls: sysmon hands Ps off from Ms blocked in syscalls", 2 * time.Millisecond},
	}
	for _, st := range steps {
		sc, err := lookupScenario(st.scenario)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "== %s\n   (sim -scenario %s -procs %d -seed %d -schedtrace %v)\n\n", st.title, sc.name, sc.procs, *seed, st.every)
		s, err := NewSim(sc.spec(), Config{Procs: sc.procs, Seed: *seed, SchedtraceEvery: st.every, Schedtrace: stdout})
		if err != nil {
			return err
		}
		res, err := s.Run(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout)
		if err := res.WriteSummary(stdout); err != nil {
			return err
		}
		for _, p := range res.Preemptions {
			fmt.Fprintf(stdout, "preempted G%d on P%d at %v after its time slice had run %v\n", p.Goid, p.P, p.At, p.Slice)
		}
		fmt.Fprintln(stdout)
	}
	if !*real {
		return nil
	}
	fmt.Fprintf(stdout, "== 4. The real runtime, GOMAXPROCS=1: a goroutine sleeping 1 ms beside a 200 ms spinning loop\n   (preempt -hog 200ms; wall-clock figures, they vary)\n\n")
	reps, err := preemptAll(ctx, preemptModes, 200*time.Millisecond)
	if err != nil {
		return err
	}
	if err := writePreemptTable(stdout, reps); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "\nWith async preemption off and no calls in the loop, nothing can stop it: the waiter waits for the whole loop.")

	fmt.Fprintf(stdout, "\n== 5. Contention: mutex and block profiles of five ways to share work (contention -ops 5000 -top 8)\n\n")
	crep, err := AnalyzeContention(ctx, nil, 8, 5000)
	if err != nil {
		return err
	}
	if err := crep.WriteTable(stdout, 8); err != nil {
		return err
	}

	fmt.Fprintf(stdout, "\n== 6. GOMAXPROCS: where the default comes from, and a sweep (maxprocs -workload mixed -duration 150ms)\n\n")
	return runMaxprocs(ctx, []string{"-workload", "mixed", "-duration", "150ms"}, stdout, stderr)
}
