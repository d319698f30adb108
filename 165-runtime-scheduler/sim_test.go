package main

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runSpec(t testing.TB, spec *Spec, cfg Config) *Result {
	t.Helper()
	s, err := NewSim(spec, cfg)
	require.NoError(t, err)
	res, err := s.Run(context.Background())
	require.NoError(t, err)
	return res
}

// mAt returns a fresh M holding P id, as if it had just entered schedule.
func mAt(s *Sim, id int32) *simM {
	mp := s.newm()
	if s.ps[id].idle {
		// take it off the idle list
		for s.pidle != id {
			other := s.pidleget()
			defer s.pidleput(&s.ps[other])
		}
		s.pidleget()
	}
	s.acquirep(mp, id)
	return mp
}

func TestFindRunnableOrder(t *testing.T) {
	tests := []struct {
		name  string
		procs int
		setup func(s *Sim) // Gs 1..8 exist; P0 is the caller's
		want  int32
		check func(t *testing.T, s *Sim)
	}{
		{"local before global", 2, func(s *Sim) {
			s.runqput(&s.ps[0], 1, false)
			s.globrunqput(2)
		}, 1, nil},
		{"global first on the 61st schedtick", 2, func(s *Sim) {
			s.ps[0].schedtick = 61
			s.runqput(&s.ps[0], 1, false)
			s.globrunqput(2)
		}, 2, func(t *testing.T, s *Sim) { assert.Equal(t, int64(1), s.res.GlobalFirst) }},
		{"not on the 60th", 2, func(s *Sim) {
			s.ps[0].schedtick = 60
			s.runqput(&s.ps[0], 1, false)
			s.globrunqput(2)
		}, 1, nil},
		{"runnext before the ring", 2, func(s *Sim) {
			s.runqput(&s.ps[0], 1, false)
			s.runqput(&s.ps[0], 2, true)
		}, 2, nil},
		{"global batch when local is empty", 2, func(s *Sim) {
			for g := int32(1); g <= 8; g++ {
				s.globrunqput(g)
			}
		}, 1, func(t *testing.T, s *Sim) {
			// min(128, 8, 8/2+1) = 5 taken: one to run, four to the ring.
			assert.Equal(t, []int32{2, 3, 4, 5}, localQueue(&s.ps[0]))
			assert.Equal(t, int32(3), s.runq.size)
		}},
		{"netpoll before stealing", 2, func(s *Sim) {
			s.gs[1].status = gWaiting
			s.netWaiting = 1
			s.qpushBack(&s.netReady, 1)
			mAt(s, 1)
			s.ps[1].curg = 0
			s.runqput(&s.ps[1], 2, false)
		}, 1, func(t *testing.T, s *Sim) { assert.Equal(t, int32(0), s.netWaiting) }},
		{"steal half from a busy P", 2, func(s *Sim) {
			mAt(s, 1)
			for g := int32(1); g <= 8; g++ {
				s.runqput(&s.ps[1], g, false)
			}
		}, 4, func(t *testing.T, s *Sim) {
			assert.Equal(t, []int32{1, 2, 3}, localQueue(&s.ps[0]))
			assert.Equal(t, []int32{5, 6, 7, 8}, localQueue(&s.ps[1]))
			assert.Equal(t, int64(1), s.ps[0].stats.Steals)
		}},
		{"runnext stolen as the last resort", 2, func(s *Sim) {
			mAt(s, 1)
			s.runqput(&s.ps[1], 1, true)
		}, 1, func(t *testing.T, s *Sim) { assert.Equal(t, int32(0), s.ps[1].runnext) }},
		{"idle Ps are not robbed", 3, func(s *Sim) {
			// P2 stays idle; its queue is empty as pidleput demands, so
			// only P1 (busy) can be robbed.
			mAt(s, 1)
			s.runqput(&s.ps[1], 3, false)
		}, 3, nil},
		{"spinning limit: half the busy Ps", 4, func(s *Sim) {
			// P1 busy with work queued; one M already spins (nmspinning=1)
			// and two Ps are idle: 2*1 < 4-2 fails, so this M must not spin.
			mAt(s, 1)
			s.runqput(&s.ps[1], 5, false)
			s.nmspinning = 1
		}, 0, func(t *testing.T, s *Sim) {
			assert.True(t, s.ps[0].idle, "P0 should go idle")
			assert.Equal(t, []int32{5}, localQueue(&s.ps[1]))
		}},
		{"nothing: the P goes idle and the M parks", 2, func(s *Sim) {}, 0, func(t *testing.T, s *Sim) {
			assert.True(t, s.ps[0].idle)
			assert.Len(t, s.midle, 1)
		}},
		{"nothing but I/O pending: the M blocks in netpoll", 2, func(s *Sim) { s.netWaiting = 1 }, 0, func(t *testing.T, s *Sim) {
			assert.GreaterOrEqual(t, s.pollM, int32(0))
			assert.Equal(t, int64(0), s.lastpoll)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestSim(t, tt.procs, 8)
			m0 := s.ms[0]
			s.ps[0].curg = 0
			s.ps[0].schedtick = 1 // 0 would be a multiple of 61
			tt.setup(s)
			got, _ := s.findRunnable(m0)
			assert.Equal(t, tt.want, got, "findRunnable")
			if tt.check != nil {
				tt.check(t, s)
			}
		})
	}
}

func TestWakepStartsOneSpinningM(t *testing.T) {
	s := newTestSim(t, 4, 3)
	pp := &s.ps[0]
	for g := int32(1); g <= 3; g++ {
		s.ready(pp, g, true)
	}
	assert.Equal(t, int32(1), s.nmspinning, "wakep starts at most one spinning M")
	assert.Equal(t, int32(2), s.npidle)
	assert.Equal(t, 1, s.pending, "one M start pending")
}

func TestWakepSetsNeedspinningWithoutIdleP(t *testing.T) {
	s := newTestSim(t, 1, 1)
	s.ready(&s.ps[0], 1, true)
	assert.Equal(t, int32(1), s.needspinning)
	assert.Equal(t, int32(0), s.nmspinning)
}

func TestDeterminism(t *testing.T) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			out := func(seed uint64) []byte {
				var b bytes.Buffer
				res := runSpec(t, sc.spec(), Config{Procs: sc.procs, Seed: seed, Trace: true, SchedtraceEvery: time.Millisecond, Schedtrace: &b})
				require.NoError(t, res.WriteSummary(&b))
				require.NoError(t, res.WriteTraceJSON(&b))
				return b.Bytes()
			}
			a, b := out(42), out(42)
			assert.True(t, bytes.Equal(a, b), "two runs with seed 42 differ")
		})
	}
}

func TestInvariants(t *testing.T) {
	for _, sc := range scenarios {
		for _, procs := range []int{1, 2, sc.procs, 8} {
			t.Run(sc.name+"/procs="+itoa(procs), func(t *testing.T) {
				spec := sc.spec()
				s, err := NewSim(spec, Config{Procs: procs, Seed: 7, Check: true})
				require.NoError(t, err)
				res, err := s.Run(context.Background())
				require.NoError(t, err)
				assert.Empty(t, res.Violations)
				assert.Equal(t, s.prog.totalG, res.Goroutines, "every G of the spec was created")
				assert.Equal(t, int64(0), s.live, "every G completed")
				assert.LessOrEqual(t, res.LocalQueueMax, uint32(runqSize))
			})
		}
	}
}

func TestHogPreemptedAtTenMilliseconds(t *testing.T) {
	spec := &Spec{Goroutines: []GoroutineSpec{
		{Name: "main", Steps: []Step{{Spawn: "hog"}, {Spawn: "other"}, {Wait: true}}},
		{Name: "hog", Steps: []Step{{CPU: ms(100)}}},
		{Name: "other", Steps: []Step{{CPU: us(10)}}},
	}}
	// The other G is spawned last, so it is in runnext and runs first;
	// then the hog runs alone and must be cut at its time slice.
	res := runSpec(t, spec, Config{Procs: 1, Seed: 1})
	require.NotEmpty(t, res.Preemptions)
	first := res.Preemptions[0]
	assert.GreaterOrEqual(t, first.Slice, 10*time.Millisecond, "preempted before forcePreemptNS")
	// sysmon sleeps at most 10 ms between looks, so a slice is cut before 20 ms.
	assert.Less(t, first.Slice, 20*time.Millisecond+20*time.Microsecond)
	assert.Equal(t, int64(2), first.Goid)
	// 100 ms of CPU in slices of 10-20 ms: at least 5 preemptions.
	assert.GreaterOrEqual(t, len(res.Preemptions), 5)
}

func TestRunnextChainSharesTimeSlice(t *testing.T) {
	// pingpong's pair hand off through runnext and never advance
	// schedtick, so sysmon must preempt them as one slice for the
	// bystander (in the global queue only after preemption) to run.
	spec := &Spec{Channels: []ChanSpec{{Name: "ping"}, {Name: "pong"}}, Goroutines: []GoroutineSpec{
		{Name: "main", Steps: []Step{{Spawn: "pinger"}, {Spawn: "ponger"}, {Wait: true}}},
		{Name: "pinger", Steps: []Step{{Repeat: 20000, Steps: []Step{{Send: "ping"}, {Recv: "pong"}, {CPU: us(1)}}}}},
		{Name: "ponger", Steps: []Step{{Repeat: 20000, Steps: []Step{{Recv: "ping"}, {CPU: us(1)}, {Send: "pong"}}}}},
	}}
	res := runSpec(t, spec, Config{Procs: 1, Seed: 1})
	assert.NotEmpty(t, res.Preemptions, "a runnext chain of 40 ms must be preempted")
	assert.Less(t, res.P[0].Schedticks, uint32(100), "runnext hand-offs inherit the slice (schedtick stays)")
}

func TestSyscallHandoff(t *testing.T) {
	spec := func(d Duration) *Spec {
		return &Spec{Goroutines: []GoroutineSpec{
			{Name: "main", Steps: []Step{{Spawn: "cpu"}, {Syscall: d}, {Wait: true}}},
			{Name: "cpu", Steps: []Step{{CPU: us(100)}}},
		}}
	}
	tests := []struct {
		name         string
		d            Duration
		wantHandoffs int64
	}{
		{"long syscall: sysmon takes the P", ms(1), 1},
		{"short syscall: done before sysmon looks twice", us(5), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runSpec(t, spec(tt.d), Config{Procs: 1, Seed: 1, Check: true})
			assert.Equal(t, tt.wantHandoffs, res.P[0].Handoffs)
			assert.Empty(t, res.Violations)
		})
	}
}

func TestNetpollWakesBlockedM(t *testing.T) {
	// All Ps idle, one G waiting on the network: the M blocked in netpoll
	// wakes when the I/O is ready and runs it at once.
	spec := &Spec{Goroutines: []GoroutineSpec{{Name: "main", Steps: []Step{{Net: ms(3)}, {CPU: us(10)}}}}}
	res := runSpec(t, spec, Config{Procs: 2, Seed: 1})
	assert.Equal(t, 3*time.Millisecond+10*time.Microsecond, res.Elapsed)
	assert.Equal(t, int64(0), res.Latency.Max, "woken G runs with no wait")
}

func TestSysmonPollsNetworkWhenNobodyBlocks(t *testing.T) {
	// One P busy with a hog: nobody blocks in netpoll, so the ready G is
	// found only by sysmon's 10 ms poll (or by the P's own scheduling).
	spec := &Spec{Goroutines: []GoroutineSpec{
		{Name: "main", Steps: []Step{{Spawn: "hog"}, {Spawn: "io"}, {Wait: true}}},
		{Name: "hog", Steps: []Step{{CPU: ms(30)}}},
		{Name: "io", Steps: []Step{{Net: ms(1)}, {CPU: us(10)}}},
	}}
	res := runSpec(t, spec, Config{Procs: 1, Seed: 1})
	assert.Greater(t, time.Duration(res.Wakeup.Max), 5*time.Millisecond, "the ready G waited for a poll and a preemption")
	assert.Less(t, time.Duration(res.Latency.Max), time.Millisecond, "once runnable (polled) it ran soon")
}

func TestDeadlockDetected(t *testing.T) {
	spec := &Spec{Channels: []ChanSpec{{Name: "c"}}, Goroutines: []GoroutineSpec{{Name: "main", Steps: []Step{{Recv: "c"}}}}}
	s, err := NewSim(spec, Config{Procs: 2})
	require.NoError(t, err)
	_, err = s.Run(context.Background())
	assert.ErrorIs(t, err, ErrDeadlock)
}

func TestEventLimit(t *testing.T) {
	spec := &Spec{Goroutines: []GoroutineSpec{{Name: "main", Steps: []Step{{Repeat: 1 << 20, Steps: []Step{{CPU: us(1)}}}}}}}
	s, err := NewSim(spec, Config{Procs: 1, MaxEvents: 1000})
	require.NoError(t, err)
	_, err = s.Run(context.Background())
	assert.ErrorIs(t, err, ErrEventLimit)
}

func TestRunHonoursContext(t *testing.T) {
	spec := &Spec{Goroutines: []GoroutineSpec{{Name: "main", Steps: []Step{{Repeat: 1 << 24, Steps: []Step{{CPU: us(1)}}}}}}}
	s, err := NewSim(spec, Config{Procs: 1})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = s.Run(ctx)
	assert.True(t, errors.Is(err, context.Canceled), "Run = %v, want context.Canceled", err)
}

func itoa(n int) string { return string(appendInt(nil, n)) }

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}
