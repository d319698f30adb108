package main

// This file holds the scheduler proper — schedule, findRunnable,
// stealWork, execute, ready, wakep, startm, stopm, handoffp, the syscall
// and netpoll paths — and the interpreter that runs a G's program between
// scheduling points. Each function names the runtime/proc.go function it
// mirrors; where the model departs from it, the comment says how and why.

// newm mirrors newm/allocm: a new M, counted in threads= of schedtrace.
func (s *Sim) newm() *simM {
	mp := &simM{id: int32(len(s.ms)), p: -1, nextp: -1}
	s.ms = append(s.ms, mp)
	return mp
}

// mget mirrors mget: a parked M from the idle list, or nil.
func (s *Sim) mget() *simM {
	n := len(s.midle)
	if n == 0 {
		return nil
	}
	mp := s.ms[s.midle[n-1]]
	s.midle = s.midle[:n-1]
	return mp
}

// acquirep mirrors acquirep: associate P id with mp and make it running.
func (s *Sim) acquirep(mp *simM, id int32) {
	pp := &s.ps[id]
	pp.m = mp.id
	pp.status = pRunning
	mp.p = id
	mp.nextp = -1
	mp.state = mRunning
}

// releasep mirrors releasep.
func (s *Sim) releasep(mp *simM) *simP {
	pp := &s.ps[mp.p]
	pp.m = -1
	pp.status = pIdle
	pp.curg = 0
	mp.p = -1
	return pp
}

// pidleput mirrors pidleput: push pp on the idle list (LIFO). Its local
// queue must be empty, or the Gs on it would be stranded.
func (s *Sim) pidleput(pp *simP) {
	if !runqempty(pp) {
		panic("pidleput: P has non-empty run queue")
	}
	pp.link = s.pidle
	s.pidle = pp.id
	pp.idle = true
	s.npidle++
}

// pidleget mirrors pidleget: pop an idle P, or -1.
func (s *Sim) pidleget() int32 {
	id := s.pidle
	if id < 0 {
		return -1
	}
	pp := &s.ps[id]
	s.pidle = pp.link
	pp.link = -1
	pp.idle = false
	s.npidle--
	return id
}

// pidlegetSpinning mirrors pidlegetSpinning: like pidleget, but when no P
// is idle it sets sched.needspinning so that an M about to drop its P
// becomes a spinning M instead (the "delicate dance" in findRunnable).
func (s *Sim) pidlegetSpinning() int32 {
	id := s.pidleget()
	if id < 0 {
		s.needspinning = 1
	}
	return id
}

// becomeSpinning mirrors m.becomeSpinning.
func (s *Sim) becomeSpinning(mp *simM) {
	mp.spinning = true
	s.nmspinning++
	s.needspinning = 0
}

// newG mirrors newproc1's gfget/malg: reuse a dead G or grow allg.
func (s *Sim) newG(kind, parent int32) int32 {
	var gp int32
	if s.gfree != 0 {
		gp = s.gfree
		s.gfree = s.gs[gp].schedlink
	} else {
		s.gs = append(s.gs, simG{})
		gp = int32(len(s.gs) - 1)
	}
	s.goidgen++
	g := &s.gs[gp]
	*g = simG{goid: s.goidgen, kind: kind, parent: parent, m: -1, p: -1, lastP: -1, status: gRunnable, runnableSince: s.now}
	if parent != 0 {
		pg := &s.gs[parent]
		g.parentGoid = pg.goid
		pg.children++
	}
	s.live++
	s.res.Goroutines++
	return gp
}

// newproc mirrors newproc: the new G goes in runnext of the creating P, so
// it runs next and inherits the time slice, and wakep looks for an idle P
// to take the old runnext or the rest of the queue.
func (s *Sim) newproc(pp *simP, parent, kind int32) {
	gp := s.newG(kind, parent)
	s.runqput(pp, gp, true)
	s.noteLocal(pp)
	s.wakep()
}

func (s *Sim) noteLocal(pp *simP) {
	if n := pp.runqtail - pp.runqhead; n > s.res.LocalQueueMax {
		s.res.LocalQueueMax = n
	}
}

// ready mirrors ready: a waiting G becomes runnable in runnext of the P
// that readied it (next = true in goready), then wakep.
func (s *Sim) ready(pp *simP, gp int32, next bool) {
	g := &s.gs[gp]
	g.status = gRunnable
	g.wait = waitNone
	g.runnableSince = s.now
	s.runqput(pp, gp, next)
	s.noteLocal(pp)
	s.wakep()
}

// wakep mirrors wakep: start one spinning M on an idle P, but only if no M
// is spinning already. Spinning Ms that find work call wakep again
// (resetspinning), so wakeups chain one at a time instead of stampeding.
func (s *Sim) wakep() {
	if s.nmspinning != 0 {
		return
	}
	s.nmspinning = 1
	id := s.pidlegetSpinning()
	if id < 0 {
		s.nmspinning--
		return
	}
	s.startm(id, true)
}

// resetspinning mirrors resetspinning: the M found work and stops
// spinning; maybe another P should look for more.
func (s *Sim) resetspinning(mp *simM) {
	mp.spinning = false
	s.nmspinning--
	s.wakep()
}

// startm mirrors startm: give P id to a parked M (or a new one) and wake
// it. The M runs schedule() after Config.WakeLatency (an evMStart event).
// With spinning, the caller has already counted it in nmspinning.
func (s *Sim) startm(id int32, spinning bool) {
	mp := s.mget()
	if mp == nil {
		mp = s.newm()
	}
	mp.nextp = id
	mp.spinning = spinning
	mp.state = mStarting
	s.ps[id].m = mp.id // the P is owned from here on, as in startm's nextp
	s.push(s.now+int64(s.cfg.WakeLatency), evMStart, mp.id, 0)
}

// stopm mirrors stopm: park mp on the idle M list.
func (s *Sim) stopm(mp *simM) {
	mp.state = mIdle
	mp.curg = 0
	s.midle = append(s.midle, mp.id)
}

// execute mirrors execute: gp runs on mp's P; schedtick advances unless gp
// inherits the time slice (it came from runnext).
func (s *Sim) execute(mp *simM, gp int32, inheritTime bool) {
	pp := &s.ps[mp.p]
	g := &s.gs[gp]
	g.status = gRunning
	g.m = mp.id
	mp.curg = gp
	pp.curg = gp
	s.res.Latency.Add(s.now - g.runnableSince)
	if g.readyAt > 0 {
		s.res.Wakeup.Add(s.now - g.readyAt)
		g.readyAt = 0
	}
	if !inheritTime {
		pp.schedtick++
	}
	if g.lastP >= 0 && g.lastP != pp.id {
		s.res.Migrations++
	}
	g.lastP = pp.id
	pp.sliceStart = s.now
}

// run drives mp from the point where it holds a P: it runs gp (if not 0)
// until gp leaves the CPU, then mirrors schedule(): findRunnable, then
// execute, again and again, until a G is on the CPU (or in a syscall) or
// the M has parked. It loops rather than recursing, like the runtime's
// schedule, which never returns.
func (s *Sim) run(mp *simM, gp int32) {
	for {
		if gp != 0 && s.step(mp, gp) {
			return
		}
		var inheritTime bool
		gp, inheritTime = s.findRunnable(mp)
		if gp == 0 {
			return
		}
		if mp.spinning {
			s.resetspinning(mp)
		}
		s.execute(mp, gp, inheritTime)
	}
}

// findRunnable mirrors findRunnable's order of sources: timers of this P,
// the global queue on every 61st schedtick, the local queue (runnext
// first), a batch from the global queue, a non-blocking netpoll, then
// stealing (limited to half the busy Ps spinning at once). With nothing
// found, the P goes idle and the M blocks in netpoll (if any I/O or timer
// is pending and nobody else does) or parks. It returns 0 when the M has
// no P any more.
//
// The runtime's re-checks under sched.lock and after dropping nmspinning
// close races between threads; in one-event-at-a-time virtual time those
// races cannot happen, but the re-check of other Ps' queues is kept
// because it is also how a spinning M that just gave up notices queues.
func (s *Sim) findRunnable(mp *simM) (int32, bool) {
top:
	pp := &s.ps[mp.p]
	s.checkTimers(pp, pp)

	if pp.schedtick%globalFairnessTick == 0 && !s.qempty(&s.runq) {
		if gp := s.globrunqget(); gp != 0 {
			s.res.GlobalFirst++
			return gp, false
		}
	}
	if gp, inheritTime := s.runqget(pp); gp != 0 {
		return gp, inheritTime
	}
	if !s.qempty(&s.runq) {
		gp, q := s.globrunqgetbatch(runqSize / 2)
		s.runqputbatch(pp, &q)
		return gp, false
	}
	if s.netWaiting > 0 && s.lastpoll != 0 {
		if list := s.netpoll(); !s.qempty(&list) {
			gp := s.qpop(&list)
			s.injectglist(pp, &list)
			s.markRunnable(gp)
			return gp, false
		}
	}
	if mp.spinning || 2*s.nmspinning < int32(len(s.ps))-s.npidle {
		if !mp.spinning {
			s.becomeSpinning(mp)
		}
		if gp, inheritTime := s.stealWork(pp); gp != 0 {
			return gp, inheritTime
		}
	}

	if !mp.spinning && s.needspinning == 1 {
		s.becomeSpinning(mp)
		goto top
	}
	s.releasep(mp)
	s.pidleput(pp)
	if mp.spinning {
		mp.spinning = false
		s.nmspinning--
		if !s.qempty(&s.runq) {
			if id := s.pidlegetSpinning(); id >= 0 {
				s.acquirep(mp, id)
				s.becomeSpinning(mp)
				gp, q := s.globrunqgetbatch(runqSize / 2)
				s.runqputbatch(&s.ps[id], &q)
				return gp, false
			}
		}
		if s.checkRunqsNoP() {
			if id := s.pidlegetSpinning(); id >= 0 {
				s.acquirep(mp, id)
				s.becomeSpinning(mp)
				goto top
			}
		}
	}
	if (s.netWaiting > 0 || s.armed > 0 || s.expired > 0) && s.lastpoll != 0 {
		// Block in netpoll until I/O is ready or a timer fires.
		s.lastpoll = 0
		s.pollM = mp.id
		mp.state = mPoll
		return 0, false
	}
	s.stopm(mp)
	return 0, false
}

// checkRunqsNoP mirrors checkRunqsNoP: does any non-idle P have queued Gs?
func (s *Sim) checkRunqsNoP() bool {
	for i := range s.ps {
		if !s.ps[i].idle && !runqempty(&s.ps[i]) {
			return true
		}
	}
	return false
}

// stealWork mirrors stealWork: four passes over all Ps in a random order;
// runqsteal takes half of a victim's ring; the last pass also runs the
// victim's expired timers and may take its runnext, the last resort
// because that G is likely about to run where it is.
func (s *Sim) stealWork(pp *simP) (int32, bool) {
	// Not in the runtime: one pass to see whether any P has something to
	// steal. When none has, the four passes below would find nothing in
	// whatever order they went, so skipping them changes no decision; it
	// only saves the simulator the cost the real thief pays (and the random
	// draws, so seeds map to different but still fixed orders).
	// Likewise, when no ring has Gs, only the last pass (runnext, timers)
	// can succeed, so the first three are skipped.
	ring, any := s.anythingToSteal(pp)
	if !any {
		return 0, false
	}
	first := 0
	if !ring {
		first = stealTries - 1
	}
	for i := first; i < stealTries; i++ {
		stealTimersOrRunNextG := i == stealTries-1
		for enum := s.stealOrder.start(s.rng.Uint32()); !enum.done(); enum.next() {
			p2 := &s.ps[enum.position()]
			if p2 == pp {
				continue
			}
			if stealTimersOrRunNextG && !s.qempty(&p2.timers) {
				s.checkTimers(p2, pp)
				if gp, inheritTime := s.runqget(pp); gp != 0 {
					return gp, inheritTime
				}
			}
			if !p2.idle {
				if gp := s.runqsteal(pp, p2, stealTimersOrRunNextG); gp != 0 {
					return gp, false
				}
			}
		}
	}
	return 0, false
}

// anythingToSteal reports whether any other P has Gs in its ring (ring),
// and whether any has anything stealWork could take at all (any).
func (s *Sim) anythingToSteal(pp *simP) (ring, any bool) {
	for i := range s.ps {
		p2 := &s.ps[i]
		if p2 == pp {
			continue
		}
		if !p2.idle && p2.runqhead != p2.runqtail {
			return true, true
		}
		if !p2.idle && p2.runnext != 0 || !s.qempty(&p2.timers) {
			any = true
		}
	}
	return false, any
}

// checkTimers mirrors timers.check for sleeps: run the expired timers of
// owner, whose goroutineReady callbacks ready each G onto the P running
// them (on, the owner itself or a thief). The runtime keeps a heap of
// future timers per P; here a timer event moves its G to the owner's
// expired list at its due time, which is what check would find.
func (s *Sim) checkTimers(owner, on *simP) {
	for !s.qempty(&owner.timers) {
		gp := s.qpop(&owner.timers)
		s.expired--
		s.ready(on, gp, true)
	}
}

// timerFired handles a sleep's due time: the G joins its P's expired list.
// If that P is not running Go code, the runtime's wakeNetPoller applies:
// wake the M blocked in netpoll, or else wakep.
func (s *Sim) timerFired(gp int32) {
	g := &s.gs[gp]
	g.readyAt = s.now
	pp := &s.ps[g.p]
	pp.armed--
	s.armed--
	s.qpushBack(&pp.timers, gp)
	s.expired++
	if s.pollM >= 0 {
		s.pollWake()
		return
	}
	if pp.status != pRunning {
		s.wakep()
	}
}

// netpoll mirrors netpoll(0): take every G whose I/O is ready.
func (s *Sim) netpoll() gQueue {
	list := s.netReady
	s.netReady = gQueue{}
	s.netWaiting -= list.size
	return list
}

func (s *Sim) markRunnable(gp int32) {
	g := &s.gs[gp]
	g.status = gRunnable
	g.wait = waitNone
	g.runnableSince = s.now
}

// injectglist mirrors injectglist: make the Gs on list runnable. Without a
// P (pp nil) they all go to the global queue and up to that many idle Ps
// are started; with one, as many go to the global queue as there are idle
// Ps (each started), and the rest onto pp's own ring.
func (s *Sim) injectglist(pp *simP, list *gQueue) {
	if s.qempty(list) {
		return
	}
	for gp := list.head; gp != 0; gp = s.gs[gp].schedlink {
		s.markRunnable(gp)
	}
	startIdle := func(n int32) {
		for ; n > 0; n-- {
			id := s.pidlegetSpinning()
			if id < 0 {
				break
			}
			s.startm(id, false)
		}
	}
	if pp == nil {
		n := list.size
		s.globrunqputbatch(list)
		startIdle(n)
		return
	}
	var globq gQueue
	for npidle := s.npidle; npidle > 0 && !s.qempty(list); npidle-- {
		s.qpushBack(&globq, s.qpop(list))
	}
	if !s.qempty(&globq) {
		n := globq.size
		s.globrunqputbatch(&globq)
		startIdle(n)
	}
	if s.runqputbatch(pp, list); !s.qempty(list) {
		s.globrunqputbatch(list)
	}
	s.noteLocal(pp)
	s.wakep()
}

// pollWake is the M blocked in netpoll returning: the blocking branch at
// the end of findRunnable. It takes an idle P if there is one and runs the
// first ready G (or re-enters the scheduler to find a timer's G);
// otherwise it injects what it got and parks.
func (s *Sim) pollWake() {
	mp := s.ms[s.pollM]
	s.pollM = -1
	s.lastpoll = s.now
	list := s.netpoll()
	id := s.pidleget()
	if id < 0 {
		s.injectglist(nil, &list)
		s.stopm(mp)
		return
	}
	s.acquirep(mp, id)
	if !s.qempty(&list) {
		gp := s.qpop(&list)
		s.injectglist(&s.ps[id], &list)
		s.markRunnable(gp)
		s.execute(mp, gp, false)
		s.run(mp, gp)
		return
	}
	s.run(mp, 0)
}

// handoffp mirrors handoffp: sysmon took pp from an M blocked in a
// syscall; start an M for it if it has work or nobody else is looking for
// work, else put it on the idle list.
func (s *Sim) handoffp(pp *simP) {
	mp := s.ms[pp.m]
	mp.p = -1
	pp.m = -1
	pp.curg = 0
	pp.status = pIdle
	pp.stats.Handoffs++
	if !runqempty(pp) || !s.qempty(&s.runq) {
		s.startm(pp.id, false)
		return
	}
	if s.nmspinning+s.npidle == 0 {
		s.nmspinning = 1
		s.needspinning = 0
		s.startm(pp.id, true)
		return
	}
	// The last running P must keep someone polling the network.
	if s.npidle == int32(len(s.ps))-1 && s.lastpoll != 0 {
		s.startm(pp.id, false)
		return
	}
	s.pidleput(pp)
}

// entersyscall mirrors entersyscall: the G and its M leave Go code; the P
// stays attached (syscalltick advances) until exitsyscall, unless sysmon
// retakes it.
func (s *Sim) entersyscall(mp *simM, pp *simP, gp int32, d int64) {
	s.endSlice(pp, gp)
	s.gs[gp].status = gSyscall
	pp.status = pSyscall
	pp.syscalltick++
	mp.state = mSyscall
	s.push(s.now+d, evSyscallExit, gp, 0)
}

// exitsyscall mirrors exitsyscall: keep the old P if sysmon did not take
// it (the fast path), else take an idle P (exitsyscallTryGetP), else put
// the G on the global queue and park the M (exitsyscallNoP).
func (s *Sim) exitsyscall(gp int32) {
	g := &s.gs[gp]
	mp := s.ms[g.m]
	id := mp.p
	if id < 0 {
		if id = s.pidleget(); id >= 0 {
			s.acquirep(mp, id)
		}
	}
	if id < 0 {
		g.status = gRunnable
		g.runnableSince = s.now
		s.globrunqput(gp)
		s.stopm(mp)
		return
	}
	pp := &s.ps[id]
	pp.status = pRunning
	pp.syscalltick++
	pp.curg = gp
	mp.state = mRunning
	mp.curg = gp
	g.status = gRunning
	pp.sliceStart = s.now
	s.run(mp, gp)
}

// endSlice closes the current run of gp on pp: busy time and the timeline.
func (s *Sim) endSlice(pp *simP, gp int32) {
	d := s.now - pp.sliceStart
	pp.stats.Busy += durationOf(d)
	if s.cfg.Trace {
		s.traceBuf = appendTraceSlice(s.traceBuf, pp.id, s.gs[gp].goid, s.prog.kinds[s.gs[gp].kind], pp.sliceStart, d)
	}
}

// park mirrors gopark: gp stops running and waits for reason.
func (s *Sim) park(mp *simM, pp *simP, gp int32, reason waitReason) {
	s.endSlice(pp, gp)
	g := &s.gs[gp]
	g.status = gWaiting
	g.wait = reason
	pp.curg = 0
	mp.curg = 0
}

// goexit mirrors goexit0/gdestroy: the G is dead and goes on the free
// list; a parent waiting for its children is readied when the last exits.
func (s *Sim) goexit(mp *simM, pp *simP, gp int32) {
	s.endSlice(pp, gp)
	g := &s.gs[gp]
	g.status = gDead
	pp.curg = 0
	mp.curg = 0
	s.live--
	if par := g.parent; par != 0 {
		pg := &s.gs[par]
		if pg.goid == g.parentGoid && pg.status != gDead {
			pg.children--
			if pg.children == 0 && pg.status == gWaiting && pg.wait == waitChildren {
				s.ready(pp, par, true)
			}
		}
	}
	g.schedlink = s.gfree
	s.gfree = gp
}

// step interprets gp's program from its pc until gp leaves the CPU. It
// reports whether gp is still occupying the M (a CPU burst or a syscall);
// false means the M must schedule.
func (s *Sim) step(mp *simM, gp int32) bool {
	pp := &s.ps[mp.p]
	code := s.prog.code[s.gs[gp].kind]
	for {
		g := &s.gs[gp]
		in := &code[g.pc]
		switch in.op {
		case opCPU:
			if g.remaining == 0 {
				g.remaining = in.d
			}
			pp.gen++
			pp.burstEnd = s.now + g.remaining
			s.push(pp.burstEnd, evBurstEnd, pp.id, pp.gen)
			return true
		case opSpawn:
			g.pc++
			kind, n := in.arg, in.n
			for range n {
				s.newproc(pp, gp, kind)
			}
		case opSleep:
			g.pc++
			g.p = pp.id
			pp.armed++
			s.armed++
			s.push(s.now+in.d, evTimer, gp, 0)
			s.park(mp, pp, gp, waitSleep)
			return false
		case opNet:
			g.pc++
			s.netWaiting++
			s.push(s.now+in.d, evNetReady, gp, 0)
			s.park(mp, pp, gp, waitNetIO)
			return false
		case opSyscall:
			g.pc++
			s.entersyscall(mp, pp, gp, in.d)
			return true
		case opSend:
			if !s.chansend(mp, pp, gp, &s.chans[in.arg]) {
				return false
			}
		case opRecv:
			if !s.chanrecv(mp, pp, gp, &s.chans[in.arg]) {
				return false
			}
		case opWait:
			g.pc++
			if g.children > 0 {
				s.park(mp, pp, gp, waitChildren)
				return false
			}
		case opYield:
			// Gosched mirrors goschedImpl: to the global queue, then wakep.
			g.pc++
			s.endSlice(pp, gp)
			s.markRunnable(gp)
			pp.curg = 0
			mp.curg = 0
			s.globrunqput(gp)
			s.wakep()
			return false
		case opLoop:
			g.loops[g.depth] = in.n
			g.depth++
			g.pc++
		case opEndLoop:
			if g.loops[g.depth-1]--; g.loops[g.depth-1] > 0 {
				g.pc = in.arg + 1
			} else {
				g.depth--
				g.pc++
			}
		case opEnd:
			s.goexit(mp, pp, gp)
			return false
		}
	}
}

// chansend mirrors chansend: hand the value to a parked receiver (readying
// it into runnext), or buffer it, or park. It reports whether gp goes on.
func (s *Sim) chansend(mp *simM, pp *simP, gp int32, c *simChan) bool {
	g := &s.gs[gp]
	if r := s.qpop(&c.recvq); r != 0 {
		s.gs[r].pc++
		g.pc++
		s.ready(pp, r, true)
		return true
	}
	if c.count < c.cap {
		c.count++
		g.pc++
		return true
	}
	s.qpushBack(&c.sendq, gp)
	s.park(mp, pp, gp, waitChanSend)
	return false
}

// chanrecv mirrors chanrecv: take from the buffer (refilling it from a
// parked sender) or straight from a parked sender, or park.
func (s *Sim) chanrecv(mp *simM, pp *simP, gp int32, c *simChan) bool {
	g := &s.gs[gp]
	if c.count > 0 {
		c.count--
		g.pc++
		if sd := s.qpop(&c.sendq); sd != 0 {
			c.count++
			s.gs[sd].pc++
			s.ready(pp, sd, true)
		}
		return true
	}
	if sd := s.qpop(&c.sendq); sd != 0 {
		s.gs[sd].pc++
		g.pc++
		s.ready(pp, sd, true)
		return true
	}
	s.qpushBack(&c.recvq, gp)
	s.park(mp, pp, gp, waitChanRecv)
	return false
}
