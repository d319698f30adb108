package main

// This file holds the invariant checker that Config.Check runs after every
// event, in the spirit of the runtime's throw("...") consistency checks:
// no G in two places, no ring over 256, statuses that match the queue a G
// is on, and work conservation — no P idle for long while runnable Gs wait
// with nobody spinning to find them.

import (
	"fmt"
	"time"
)

// starveBound is how long an idle P may coexist with queued Gs and no
// spinning or starting M. Two paths legitimately leave work waiting: a G
// queued on a P whose M is in a syscall (no wakep until sysmon retakes the
// P), and the spinning limit. Sysmon sleeps at most 10 ms between retakes,
// so two of its longest rounds bound both.
const starveBound = 2 * 10 * time.Millisecond

func (s *Sim) violate(format string, args ...any) {
	if len(s.res.Violations) < 100 {
		s.res.Violations = append(s.res.Violations, fmt.Sprintf("at %v: ", time.Duration(s.now))+fmt.Sprintf(format, args...))
	}
}

// fullCheckGs: above this many Gs the placement pass (O(Gs)) runs on every
// 256th event only, so checking a 10,000-G flood stays within seconds.
const fullCheckGs = 4096

func (s *Sim) checkInvariants() {
	if len(s.gs) > fullCheckGs && s.res.Events%256 != 0 {
		s.checkCheap()
		return
	}
	if len(s.checkSeen) < len(s.gs) {
		s.checkSeen = make([]uint32, len(s.gs)*2)
	}
	s.checkEpoch++
	mark := func(gp int32, where string, want gStatus) {
		if gp <= 0 || int(gp) >= len(s.gs) {
			s.violate("%s holds bad G index %d", where, gp)
			return
		}
		if s.checkSeen[gp] == s.checkEpoch {
			s.violate("G%d is in two places (second: %s)", s.gs[gp].goid, where)
		}
		s.checkSeen[gp] = s.checkEpoch
		if st := s.gs[gp].status; st != want {
			s.violate("G%d in %s has status %v, want %v", s.gs[gp].goid, where, st, want)
		}
	}
	queued := s.runq.size > 0
	for i := range s.ps {
		pp := &s.ps[i]
		n := pp.runqtail - pp.runqhead
		if n > runqSize {
			s.violate("P%d local queue holds %d > %d", i, n, runqSize)
			continue
		}
		for j := pp.runqhead; j != pp.runqtail; j++ {
			mark(pp.runq[j%runqSize], fmt.Sprintf("P%d runq", i), gRunnable)
		}
		if pp.runnext != 0 {
			mark(pp.runnext, fmt.Sprintf("P%d runnext", i), gRunnable)
		}
		if !runqempty(pp) {
			queued = true
		}
		switch pp.status {
		case pRunning:
			if pp.curg != 0 {
				mark(pp.curg, fmt.Sprintf("P%d curg", i), gRunning)
			}
		case pSyscall:
			mark(pp.curg, fmt.Sprintf("P%d syscall", i), gSyscall)
		case pIdle:
			if pp.idle && !runqempty(pp) {
				s.violate("idle P%d has a non-empty run queue", i)
			}
		}
	}
	for gp := s.runq.head; gp != 0; gp = s.gs[gp].schedlink {
		mark(gp, "global runq", gRunnable)
	}
	s.checkStarvation(queued)
}

// checkCheap runs the O(Ps) checks: ring bounds, counters, starvation.
func (s *Sim) checkCheap() {
	queued := s.runq.size > 0
	for i := range s.ps {
		pp := &s.ps[i]
		if n := pp.runqtail - pp.runqhead; n > runqSize {
			s.violate("P%d local queue holds %d > %d", i, n, runqSize)
		}
		if !runqempty(pp) {
			queued = true
		}
	}
	s.checkStarvation(queued)
}

func (s *Sim) checkStarvation(queued bool) {
	if s.nmspinning < 0 || s.npidle < 0 || int(s.npidle) > len(s.ps) {
		s.violate("counters out of range: nmspinning=%d npidle=%d", s.nmspinning, s.npidle)
	}
	helping := s.nmspinning > 0
	for _, mp := range s.ms {
		if mp.state == mStarting {
			helping = true
		}
	}
	if queued && s.npidle > 0 && !helping {
		if s.starvedSince < 0 {
			s.starvedSince = s.now
		} else if s.now-s.starvedSince > int64(starveBound) && !s.starveReported {
			s.starveReported = true
			s.violate("P idle for %v while runnable Gs wait and no M spins", time.Duration(s.now-s.starvedSince))
		}
	} else {
		s.starvedSince = -1
		s.starveReported = false
	}
}
