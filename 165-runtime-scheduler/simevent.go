package main

// This file holds the simulator's clock: a binary min-heap of future events
// ordered by (virtual time, sequence number), so that two events due at the
// same nanosecond always fire in the order they were scheduled and a run is
// reproducible bit for bit.

// evKind names what an event does when it fires.
type evKind uint8

const (
	evBurstEnd    evKind = iota // a P's running G finishes its CPU burst (arg: P, gen)
	evMStart                    // a woken M starts running schedule() on its P (arg: M)
	evTimer                     // a sleeping G's timer expires (arg: G)
	evNetReady                  // a G's network I/O becomes ready in the kernel (arg: G)
	evSyscallExit               // a G returns from a syscall (arg: G)
	evSysmon                    // sysmon wakes from usleep
	evSchedtrace                // print a schedtrace line
)

// event is one entry of the heap. gen lets a P cancel its pending burst end
// (after a preemption) without searching the heap: a stale gen is ignored.
type event struct {
	at   int64
	seq  uint64
	arg  int32
	gen  uint32
	kind evKind
}

// eventHeap is a binary min-heap. Its backing array is reused across pushes
// and pops, so in steady state scheduling an event allocates nothing.
type eventHeap struct {
	ev  []event
	seq uint64
}

func (h *eventHeap) less(i, j int) bool {
	a, b := &h.ev[i], &h.ev[j]
	if a.at != b.at {
		return a.at < b.at
	}
	return a.seq < b.seq
}

func (h *eventHeap) push(at int64, kind evKind, arg int32, gen uint32) {
	h.seq++
	h.ev = append(h.ev, event{at: at, seq: h.seq, arg: arg, gen: gen, kind: kind})
	i := len(h.ev) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !h.less(i, parent) {
			break
		}
		h.ev[i], h.ev[parent] = h.ev[parent], h.ev[i]
		i = parent
	}
}

func (h *eventHeap) pop() event {
	top := h.ev[0]
	last := len(h.ev) - 1
	h.ev[0] = h.ev[last]
	h.ev = h.ev[:last]
	i := 0
	for {
		l := 2*i + 1
		if l >= last {
			break
		}
		m := l
		if r := l + 1; r < last && h.less(r, l) {
			m = r
		}
		if !h.less(m, i) {
			break
		}
		h.ev[i], h.ev[m] = h.ev[m], h.ev[i]
		i = m
	}
	return top
}
