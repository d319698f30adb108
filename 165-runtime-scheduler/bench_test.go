package main

import (
	"context"
	"runtime"
	"testing"
)

// steadySpec is a long run with every mechanism in it: spawning,
// channels, network waits, timers, syscalls and stealing, about a million
// events, so per-run setup is amortised and the allocation count per event
// shows the steady state.
func steadySpec() *Spec {
	return &Spec{Name: "steady", Channels: []ChanSpec{{Name: "jobs", Cap: 64}}, Goroutines: []GoroutineSpec{
		{Name: "main", Steps: []Step{{Spawn: "producer", Count: 4}, {Spawn: "worker", Count: 16}, {Wait: true}}},
		{Name: "producer", Steps: []Step{{Repeat: 20000, Steps: []Step{{CPU: us(2)}, {Send: "jobs"}}}}},
		{Name: "worker", Steps: []Step{{Repeat: 5000, Steps: []Step{
			{Recv: "jobs"}, {CPU: us(8)}, {Net: us(30)}, {CPU: us(3)}, {Sleep: us(10)}, {Syscall: us(25)},
		}}}},
	}}
}

func BenchmarkSimulator(b *testing.B) {
	for _, procs := range []int{2, 8, 64} {
		b.Run("procs="+itoa(procs), func(b *testing.B) {
			b.ReportAllocs()
			var events int64
			var ms0, ms1 runtime.MemStats
			runtime.ReadMemStats(&ms0)
			for b.Loop() {
				s, err := NewSim(steadySpec(), Config{Procs: procs, Seed: 1})
				if err != nil {
					b.Fatal(err)
				}
				res, err := s.Run(context.Background())
				if err != nil {
					b.Fatal(err)
				}
				events += res.Events
			}
			runtime.ReadMemStats(&ms1)
			b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
			b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/float64(events), "allocs/event")
		})
	}
}

// BenchmarkRunq measures the queue operations alone: put+get through the
// ring (with and without runnext), the overflow path, and a steal of half
// a full ring; a buffered channel of the same size is the baseline a Go
// programmer would reach for first.
func BenchmarkRunq(b *testing.B) {
	b.Run("op=put+get/impl=ring", func(b *testing.B) {
		s := newTestSim(b, 1, 1)
		pp := &s.ps[0]
		b.ReportAllocs()
		for b.Loop() {
			s.runqput(pp, 1, false)
			s.runqget(pp)
		}
	})
	b.Run("op=put+get/impl=chan", func(b *testing.B) {
		c := make(chan int32, runqSize)
		b.ReportAllocs()
		for b.Loop() {
			c <- 1
			<-c
		}
	})
	b.Run("op=put+get/impl=runnext", func(b *testing.B) {
		s := newTestSim(b, 1, 1)
		pp := &s.ps[0]
		b.ReportAllocs()
		for b.Loop() {
			s.runqput(pp, 1, true)
			s.runqget(pp)
		}
	})
	b.Run("op=putslow", func(b *testing.B) {
		// Fill the ring, then each put spills 129 Gs; drain the global
		// queue back so the run stays in steady state.
		s := newTestSim(b, 1, runqSize+1)
		pp := &s.ps[0]
		for g := int32(1); g <= runqSize; g++ {
			s.runqput(pp, g, false)
		}
		b.ReportAllocs()
		for b.Loop() {
			s.runqput(pp, runqSize+1, false) // spills half + this G
			gp, q := s.globrunqgetbatch(runqSize)
			s.runqput(pp, gp, false)
			s.runqputbatch(pp, &q)
			for !s.qempty(&q) {
				s.globrunqput(s.qpop(&q))
			}
			for !s.qempty(&s.runq) {
				s.qpop(&s.runq)
			}
		}
	})
	b.Run("op=steal", func(b *testing.B) {
		s := newTestSim(b, 2, runqSize)
		thief, victim := &s.ps[0], &s.ps[1]
		b.ReportAllocs()
		for b.Loop() {
			for g := int32(1); g <= runqSize; g++ {
				s.runqput(victim, g, false)
			}
			s.runqsteal(thief, victim, false) // takes 128
			thief.runqhead, thief.runqtail = 0, 0
			victim.runqhead, victim.runqtail = 0, 0
		}
		b.ReportMetric(float64(runqSize/2), "Gs/steal")
	})
}

// TestSteadyStateDoesNotAllocate runs the steady workload at two lengths
// with the same Gs: every allocation is setup, so the longer run, with
// five times the events, must allocate no more than the short one beyond
// a few slice growths.
func TestSteadyStateDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	allocs := func(repeat int) (float64, int64) {
		spec := steadySpec()
		spec.Goroutines[1].Steps[0].Repeat = repeat * 4
		spec.Goroutines[2].Steps[0].Repeat = repeat
		var events int64
		a := testing.AllocsPerRun(1, func() {
			s, err := NewSim(spec, Config{Procs: 4, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			res, err := s.Run(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			events = res.Events
		})
		return a, events
	}
	shortA, shortE := allocs(200)
	longA, longE := allocs(1000)
	t.Logf("short: %.0f allocs over %d events; long: %.0f allocs over %d events", shortA, shortE, longA, longE)
	if longA-shortA > 8 {
		t.Errorf("%d more events cost %.0f more allocations, want about 0", longE-shortE, longA-shortA)
	}
}
