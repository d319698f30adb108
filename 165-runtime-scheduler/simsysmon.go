package main

// This file holds sysmon — the runtime's monitor thread that runs without
// a P — with its retake pass (preempting a G that has held a P's time
// slice for 10 ms, taking a P from an M stuck in a syscall) and the
// schedtrace line it prints under GODEBUG=schedtrace.

import (
	"strconv"
	"time"
)

// sysmonSchedule mirrors the top of sysmon's loop: sleep 20 µs while it is
// finding work to do; after 50 idle rounds (1 ms) double the sleep up to
// 10 ms. The runtime also deep-sleeps when every P is idle; the model keeps
// ticking at 10 ms instead, which changes nothing it decides.
func (s *Sim) sysmonSchedule() {
	switch {
	case s.sysmonIdle == 0:
		s.sysmonDelay = 20
	case s.sysmonIdle > 50:
		s.sysmonDelay *= 2
	}
	s.sysmonDelay = min(s.sysmonDelay, 10*1000)
	s.ev.push(s.now+s.sysmonDelay*1000, evSysmon, 0, 0)
}

// sysmon mirrors one round of sysmon's loop.
func (s *Sim) sysmon() {
	// Poll the network if not polled for more than 10 ms.
	if s.netWaiting > 0 && s.lastpoll != 0 && s.lastpoll+sysmonNetpollNS < s.now {
		s.lastpoll = s.now
		if list := s.netpoll(); !s.qempty(&list) {
			s.injectglist(nil, &list)
		}
	}
	if s.retake(s.now) != 0 {
		s.sysmonIdle = 0
	} else {
		s.sysmonIdle++
	}
	// Expired timers on a P that is not running and nobody looking: the
	// runtime arranges for the netpoller to wake at the timer's time
	// (wakeNetPoller); the model's stand-in is to wakep here.
	if s.expired > 0 && s.nmspinning == 0 && s.npidle > 0 {
		for i := range s.ps {
			if !s.qempty(&s.ps[i].timers) && s.ps[i].status != pRunning {
				s.wakep()
				break
			}
		}
	}
	if s.live > 0 {
		s.sysmonSchedule()
	}
}

// retake mirrors retake: for each P running Go code or in a syscall,
// preempt the G if the P's schedtick has not moved for forcePreemptNS (a
// time slice shared by a chain of runnext Gs counts as one), and take the
// P from a syscall that has lasted one sysmon tick (at least 20 µs) unless
// it has no work and others are free to take new work. It returns how many
// Ps were taken.
func (s *Sim) retake(now int64) int {
	n := 0
	for i := range s.ps {
		pp := &s.ps[i]
		if pp.status != pRunning && pp.status != pSyscall {
			continue
		}
		pd := &pp.sysmontick
		sysretake := false
		if pd.schedtick != pp.schedtick {
			pd.schedtick = pp.schedtick
			pd.schedwhen = now
		} else if pd.schedwhen+forcePreemptNS <= now {
			s.preemptone(pp)
			// A G in a syscall cannot respond to preemption, so take its P.
			sysretake = true
		}
		if pp.status != pSyscall {
			continue
		}
		if !sysretake && pd.syscalltick != pp.syscalltick {
			pd.syscalltick = pp.syscalltick
			pd.syscallwhen = now
			continue
		}
		if runqempty(pp) && s.nmspinning+s.npidle > 0 && pd.syscallwhen+syscallRetakeIdleNS > now {
			continue
		}
		n++
		s.handoffp(pp)
	}
	return n
}

// preemptone mirrors preemptone followed by the G's asynchronous
// preemption (a signal, then gopreempt_m → goschedImpl): the running G's
// burst is cut, it goes to the global queue with what is left of it, and
// the M schedules. The signal's delivery time (microseconds) is ignored.
func (s *Sim) preemptone(pp *simP) {
	if pp.status != pRunning || pp.curg == 0 {
		return
	}
	gp := pp.curg
	g := &s.gs[gp]
	if g.status != gRunning {
		return
	}
	if pp.burstEnd <= s.now {
		// The burst ends at this very instant: the G is at a safe point
		// just past it, and that is where the preemption lands.
		g.pc++
		g.remaining = 0
	} else {
		g.remaining = pp.burstEnd - s.now
	}
	pp.gen++
	s.endSlice(pp, gp)
	ran := s.now - pp.sysmontick.schedwhen
	s.markRunnable(gp)
	mp := s.ms[pp.m]
	pp.curg = 0
	mp.curg = 0
	pp.stats.Preemptions++
	if len(s.res.Preemptions) < maxPreemptRecords {
		s.res.Preemptions = append(s.res.Preemptions, Preemption{
			At: time.Duration(s.now), P: int(pp.id), Goid: g.goid, Slice: time.Duration(ran),
		})
	}
	s.globrunqput(gp)
	s.wakep()
	s.run(mp, 0)
}

// maxPreemptRecords bounds Result.Preemptions.
const maxPreemptRecords = 1024

// schedtrace mirrors schedtrace(false): one SCHED line with the same
// fields, order and spacing as the runtime prints under
// GODEBUG=schedtrace=N. threads= counts the model's Ms plus sysmon; the
// runtime also counts threads the model has no use for (the template
// thread, GC workers' Ms), so it reads a little higher there.
func (s *Sim) schedtrace() {
	b := s.traceLine[:0]
	b = append(b, "SCHED "...)
	b = strconv.AppendInt(b, s.now/1e6, 10)
	b = append(b, "ms: gomaxprocs="...)
	b = strconv.AppendInt(b, int64(len(s.ps)), 10)
	b = append(b, " idleprocs="...)
	b = strconv.AppendInt(b, int64(s.npidle), 10)
	b = append(b, " threads="...)
	b = strconv.AppendInt(b, int64(len(s.ms)+1), 10)
	b = append(b, " spinningthreads="...)
	b = strconv.AppendInt(b, int64(s.nmspinning), 10)
	b = append(b, " needspinning="...)
	b = strconv.AppendInt(b, int64(s.needspinning), 10)
	b = append(b, " idlethreads="...)
	b = strconv.AppendInt(b, int64(len(s.midle)), 10)
	b = append(b, " runqueue="...)
	b = strconv.AppendInt(b, int64(s.runq.size), 10)
	for i := range s.ps {
		b = append(b, ' ')
		if i == 0 {
			b = append(b, "[ "...)
		}
		b = strconv.AppendUint(b, uint64(s.ps[i].runqtail-s.ps[i].runqhead), 10)
		if i == len(s.ps)-1 {
			b = append(b, " ]"...)
		}
	}
	b = append(b, " schedticks=[ "...)
	for i := range s.ps {
		b = strconv.AppendUint(b, uint64(s.ps[i].schedtick), 10)
		b = append(b, ' ')
	}
	b = append(b, "]\n"...)
	s.traceLine = b
	_, _ = s.cfg.Schedtrace.Write(b)
}
