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
			"with schedtrace lines and summaries. Ends by itself in a few seconds.",
		"  "+progName+"\n  "+progName+" demo -seed 7\n", stdout)
	seed := f.Uint64("seed", 1, "random `seed` for the simulated runs")
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
	return nil
}
