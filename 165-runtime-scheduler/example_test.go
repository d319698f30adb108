package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"
)

// A workload is a spec of goroutine kinds; the same seed always gives the
// same run.
func ExampleSim() {
	spec := &Spec{Name: "two-workers", Goroutines: []GoroutineSpec{
		{Name: "main", Steps: []Step{{Spawn: "worker", Count: 2}, {Wait: true}}},
		{Name: "worker", Steps: []Step{{CPU: ms(1)}}},
	}}
	s, err := NewSim(spec, Config{Procs: 2, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := s.Run(context.Background())
	if err != nil {
		fmt.Println(err)
		return
	}
	// The second worker is stolen by P1 after the 5 µs it takes to wake
	// a spinning M.
	fmt.Println("virtual time:", res.Elapsed)
	fmt.Println("goroutines:", res.Goroutines, "steals by P1:", res.P[1].Steals)
	// Output:
	// virtual time: 1.005ms
	// goroutines: 3 steals by P1: 1
}

// runqput with next=true puts the new G in runnext and kicks the previous
// runnext to the tail of the ring, as go statements do.
func ExampleSim_runqput() {
	spec := &Spec{Goroutines: []GoroutineSpec{{Name: "main", Steps: []Step{{CPU: us(1)}}}}}
	s, _ := NewSim(spec, Config{Procs: 1})
	s.boot()
	for range 3 {
		s.newG(0, 0)
	}
	pp := &s.ps[0]
	s.runqput(pp, 1, true)
	s.runqput(pp, 2, true)
	s.runqput(pp, 3, false)
	fmt.Println("runnext:", pp.runnext, "ring:", localQueue(pp))
	g, inherit := s.runqget(pp)
	fmt.Println("next to run:", g, "inherits the time slice:", inherit)
	// Output:
	// runnext: 2 ring: [1 3]
	// next to run: 2 inherits the time slice: true
}

// Bad specs are refused with the field and the line.
func ExampleParseSpec() {
	_, err := ParseSpec([]byte(`{
  "goroutines": [
    {"name": "main", "steps": [{"sleep": "-1ms"}]}
  ]
}`))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNegativeDuration))
	// Output:
	// line 3: goroutines[0].steps[0].sleep: -1ms: negative duration
	// true
}

// Go 1.25 rounds a fractional cgroup CPU limit up, to at least 2;
// automaxprocs rounded down.
func Example_goDefaultProcs() {
	for _, limit := range []float64{0.5, 1.5, 2.5, 6} {
		fmt.Printf("limit %.1f on 4 CPUs: Go %d, automaxprocs %d\n", limit, goDefaultProcs(4, limit, true), automaxprocsProcs(4, limit, true))
	}
	// Output:
	// limit 0.5 on 4 CPUs: Go 2, automaxprocs 1
	// limit 1.5 on 4 CPUs: Go 2, automaxprocs 1
	// limit 2.5 on 4 CPUs: Go 3, automaxprocs 2
	// limit 6.0 on 4 CPUs: Go 4, automaxprocs 4
}

// Tasks with the same key run on the same worker, in order, against that
// worker's private state.
func ExamplePool() {
	type count map[string]int
	totals := make([]count, 2)
	p, err := NewPool[string](PoolOptions{Workers: 2},
		func(i int) count { totals[i] = count{}; return totals[i] },
		func(c *count, word string) { (*c)[word]++ })
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range []string{"go", "gc", "go", "sched", "go"} {
		_ = p.Submit(context.Background(), w, w)
	}
	p.Close()
	for _, c := range totals {
		if n, ok := c["go"]; ok {
			fmt.Println("go:", n)
		}
	}
	// Output:
	// go: 3
}

// The schedtrace line has the runtime's own fields and spacing.
func ExampleConfig_schedtrace() {
	spec := &Spec{Goroutines: []GoroutineSpec{{Name: "main", Steps: []Step{{CPU: ms(1)}}}}}
	s, _ := NewSim(spec, Config{Procs: 2, SchedtraceEvery: 10 * time.Millisecond, Schedtrace: os.Stdout})
	_, _ = s.Run(context.Background())
	// Output:
	// SCHED 0ms: gomaxprocs=2 idleprocs=1 threads=2 spinningthreads=0 needspinning=0 idlethreads=0 runqueue=0 [ 0 0 ] schedticks=[ 1 0 ]
}
