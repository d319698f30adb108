package main

// This file holds the simulator's run queues: the per-P 256-entry ring with
// its runnext slot, and the global queue, each operation mirroring the
// runtime/proc.go function of the same name.
//
// The runtime's ring is lock-free: the owner P writes the tail with a
// store-release, any P advances the head with a CAS. The simulator runs one
// event at a time, so the atomics become plain loads and stores, but the
// arithmetic — uint32 head and tail that wrap, t-h as the length, t%256 as the
// slot — is kept exactly, so the code reads line for line against proc.go.
//
// A G is named by its index in Sim.gs (a guintptr); 0 is nil.

// runqSize is len(p.runq) in runtime/runtime2.go.
const runqSize = 256

// gQueue mirrors the runtime's gQueue: a FIFO of Gs linked through
// g.schedlink. A G is on at most one gQueue at a time; the global run queue,
// the netpoller's ready list, a P's expired timers and a channel's wait
// queues are all gQueues. The zero value is an empty queue.
type gQueue struct {
	head, tail int32
	size       int32
}

func (s *Sim) qempty(q *gQueue) bool { return q.head == 0 }

// qpushBack mirrors gQueue.pushBack.
func (s *Sim) qpushBack(q *gQueue, gp int32) {
	s.gs[gp].schedlink = 0
	if q.tail != 0 {
		s.gs[q.tail].schedlink = gp
	} else {
		q.head = gp
	}
	q.tail = gp
	q.size++
}

// qpop mirrors gQueue.pop; it returns 0 on an empty queue.
func (s *Sim) qpop(q *gQueue) int32 {
	gp := q.head
	if gp == 0 {
		return 0
	}
	q.head = s.gs[gp].schedlink
	if q.head == 0 {
		q.tail = 0
	}
	q.size--
	s.gs[gp].schedlink = 0
	return gp
}

// qpushBackAll mirrors gQueue.pushBackAll: it appends q2 to q in O(1).
func (s *Sim) qpushBackAll(q *gQueue, q2 gQueue) {
	if q2.tail == 0 {
		return
	}
	s.gs[q2.tail].schedlink = 0
	if q.tail != 0 {
		s.gs[q.tail].schedlink = q2.head
	} else {
		q.head = q2.head
	}
	q.tail = q2.tail
	q.size += q2.size
}

// runqempty mirrors runqempty: no runnext and an empty ring.
func runqempty(pp *simP) bool {
	return pp.runqhead == pp.runqtail && pp.runnext == 0
}

// runqput mirrors runqput. With next it puts gp in pp.runnext, kicking the
// old runnext (if any) to the tail of the ring; gp then inherits the rest of
// the running G's time slice when it is picked (see runqget). A full ring
// spills half of itself and gp to the global queue (runqputslow).
func (s *Sim) runqput(pp *simP, gp int32, next bool) {
	if next {
		oldnext := pp.runnext
		pp.runnext = gp
		if oldnext == 0 {
			return
		}
		// Kick the old runnext out to the regular run queue.
		gp = oldnext
	}
	h := pp.runqhead
	t := pp.runqtail
	if t-h < runqSize {
		pp.runq[t%runqSize] = gp
		pp.runqtail = t + 1
		return
	}
	s.runqputslow(pp, gp, h, t)
}

// runqputslow mirrors runqputslow: move half of the full ring, plus gp, to
// the global queue in one batch, so a P that spawns a flood pays one lock
// acquisition per 129 Gs instead of per G.
func (s *Sim) runqputslow(pp *simP, gp int32, h, t uint32) {
	n := (t - h) / 2
	if n != runqSize/2 {
		panic("runqputslow: queue is not full")
	}
	var q gQueue
	for i := uint32(0); i < n; i++ {
		s.qpushBack(&q, pp.runq[(h+i)%runqSize])
	}
	pp.runqhead = h + n
	s.qpushBack(&q, gp)
	pp.stats.Spills++
	s.globrunqputbatch(&q)
}

// runqputbatch mirrors runqputbatch: move as much of q onto pp's ring as
// fits, leaving the rest in q.
func (s *Sim) runqputbatch(pp *simP, q *gQueue) {
	h := pp.runqhead
	t := pp.runqtail
	for !s.qempty(q) && t-h < runqSize {
		pp.runq[t%runqSize] = s.qpop(q)
		t++
	}
	pp.runqtail = t
}

// runqget mirrors runqget: runnext first (inheritTime = true: it shares the
// current time slice, so schedtick is not advanced), then the ring's head.
func (s *Sim) runqget(pp *simP) (gp int32, inheritTime bool) {
	if next := pp.runnext; next != 0 {
		pp.runnext = 0
		return next, true
	}
	h := pp.runqhead
	t := pp.runqtail
	if t == h {
		return 0, false
	}
	gp = pp.runq[h%runqSize]
	pp.runqhead = h + 1
	return gp, false
}

// runqgrab mirrors runqgrab: take half (rounded up) of pp's ring into batch
// starting at batchHead. With stealRunNextG and an empty ring it takes
// pp.runnext instead. The runtime first sleeps 3 µs there, to give a P that
// just readied its runnext the chance to run it; in virtual time that window
// does not exist, so the simulator takes it at once.
func (s *Sim) runqgrab(pp *simP, batch *[runqSize]int32, batchHead uint32, stealRunNextG bool) uint32 {
	h := pp.runqhead
	t := pp.runqtail
	n := t - h
	n = n - n/2
	if n == 0 {
		if stealRunNextG {
			if next := pp.runnext; next != 0 {
				pp.runnext = 0
				batch[batchHead%runqSize] = next
				return 1
			}
		}
		return 0
	}
	for i := uint32(0); i < n; i++ {
		batch[(batchHead+i)%runqSize] = pp.runq[(h+i)%runqSize]
	}
	pp.runqhead = h + n
	return n
}

// runqsteal mirrors runqsteal: grab half of p2's queue straight into pp's
// ring and return the last stolen G to run now.
func (s *Sim) runqsteal(pp, p2 *simP, stealRunNextG bool) int32 {
	t := pp.runqtail
	n := s.runqgrab(p2, &pp.runq, t, stealRunNextG)
	if n == 0 {
		return 0
	}
	pp.stats.Steals++
	pp.stats.StolenGs += int64(n)
	p2.stats.StolenFrom += int64(n)
	n--
	gp := pp.runq[(t+n)%runqSize]
	if n == 0 {
		return gp
	}
	h := pp.runqhead
	if t-h+n >= runqSize {
		panic("runqsteal: runq overflow")
	}
	pp.runqtail = t + n
	return gp
}

// globrunqput mirrors globrunqput: append gp to the global queue.
func (s *Sim) globrunqput(gp int32) {
	s.qpushBack(&s.runq, gp)
	s.noteGlobal()
}

// globrunqputbatch mirrors globrunqputbatch.
func (s *Sim) globrunqputbatch(q *gQueue) {
	s.qpushBackAll(&s.runq, *q)
	*q = gQueue{}
	s.noteGlobal()
}

func (s *Sim) noteGlobal() {
	if s.runq.size > s.res.GlobalQueueMax {
		s.res.GlobalQueueMax = s.runq.size
	}
}

// globrunqget mirrors globrunqget: pop one G from the global queue.
func (s *Sim) globrunqget() int32 { return s.qpop(&s.runq) }

// globrunqgetbatch mirrors globrunqgetbatch: take up to n Gs, but no more
// than a fair share (size/gomaxprocs + 1), returning one to run and the rest
// in q for the caller's local ring.
func (s *Sim) globrunqgetbatch(n int32) (gp int32, q gQueue) {
	if s.runq.size == 0 {
		return 0, q
	}
	n = min(n, s.runq.size, s.runq.size/int32(len(s.ps))+1)
	gp = s.qpop(&s.runq)
	n--
	for ; n > 0; n-- {
		s.qpushBack(&q, s.qpop(&s.runq))
	}
	return gp, q
}
