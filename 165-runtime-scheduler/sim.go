package main

// This file holds the simulator's state — G, M and P records, the scheduler
// globals of runtime.schedt — its configuration, and the event loop that
// advances virtual time.
//
// Every decision is made inside the handler of one event, at one instant of
// virtual time; time passes only between events (a CPU burst, a sleep, a
// syscall, an M waking up). Randomness (the steal order) comes from a PCG
// seeded by Config.Seed, and the event heap breaks ties by insertion order,
// so a seed and a spec always give byte-identical output.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// Constants the runtime hard-codes, with their source.
const (
	// forcePreemptNS is the time slice (runtime.forcePreemptNS, proc.go).
	forcePreemptNS = 10 * 1000 * 1000
	// globalFairnessTick: findRunnable checks the global queue first when
	// pp.schedtick%61 == 0 (proc.go), so two Gs respawning each other on a
	// local queue cannot starve the global one. 61 is prime, so it does not
	// fall into step with periodic workloads.
	globalFairnessTick = 61
	// stealTries is the number of passes stealWork makes over all Ps.
	stealTries = 4
	// sysmonNetpollNS: sysmon polls the network if nobody has for 10 ms.
	sysmonNetpollNS = 10 * 1000 * 1000
	// syscallRetakeIdleNS: a P in a syscall with nothing queued is left
	// alone for 10 ms if other Ps or spinning Ms can take new work (retake).
	syscallRetakeIdleNS = 10 * 1000 * 1000
)

// DefaultWakeLatency is the time an M takes from startm to running
// schedule() on its P: a futex wake and the thread being scheduled by the
// kernel, a few microseconds on Linux.
const DefaultWakeLatency = 5 * time.Microsecond

// ErrDeadlock is returned when live Gs remain but nothing can ever wake
// them: the runtime's "all goroutines are asleep - deadlock!" (checkdead).
var ErrDeadlock = errors.New("all goroutines are asleep - deadlock")

// ErrEventLimit is returned when a run exceeds Config.MaxEvents.
var ErrEventLimit = errors.New("event limit exceeded")

// ErrTimeLimit is returned when the virtual clock passes Config.MaxTime.
var ErrTimeLimit = errors.New("virtual time limit exceeded")

// gStatus mirrors the runtime's _G* constants that the model uses.
type gStatus uint8

const (
	gIdle gStatus = iota
	gRunnable
	gRunning
	gSyscall
	gWaiting
	gDead
)

var gStatusNames = [...]string{"idle", "runnable", "running", "syscall", "waiting", "dead"}

func (s gStatus) String() string { return gStatusNames[s] }

// waitReason mirrors runtime.waitReason for the waits the model has.
type waitReason uint8

const (
	waitNone waitReason = iota
	waitChanRecv
	waitChanSend
	waitSleep
	waitNetIO
	waitChildren
)

// simG is a goroutine (runtime.g). Its index in Sim.gs is its guintptr.
type simG struct {
	goid          int64
	parentGoid    int64
	remaining     int64 // ns left of the current CPU burst after a preemption
	runnableSince int64
	readyAt       int64 // when its I/O became ready or its timer was due; 0 if not waking
	kind          int32 // goroutine kind = program index
	pc            int32
	schedlink     int32 // next G in whichever gQueue holds this one
	parent        int32
	children      int32 // live children, for wait
	m             int32 // M running it or holding it in a syscall
	p             int32 // P whose timer heap holds its sleep
	lastP         int32 // P it last ran on, -1 before its first run
	status        gStatus
	wait          waitReason
	depth         uint8
	loops         [maxLoopDepth]int32
}

// pStatus mirrors _Pidle and _Prunning, with pSyscall standing for a
// running P whose G is in a syscall (Go 1.26 keeps such a P _Prunning and
// marks the G _Gsyscall; retake tells them apart the same way).
type pStatus uint8

const (
	pIdle pStatus = iota
	pRunning
	pSyscall
)

// sysmontick mirrors runtime.sysmontick: what sysmon saw of a P last time.
type sysmontick struct {
	schedtick   uint32
	syscalltick uint32
	schedwhen   int64
	syscallwhen int64
}

// simP is a processor (runtime.p).
type simP struct {
	id          int32
	m           int32 // -1 when no M holds it
	curg        int32 // G running on it or in a syscall on its M
	runnext     int32
	link        int32 // next in the idle list
	runqhead    uint32
	runqtail    uint32
	schedtick   uint32
	syscalltick uint32
	gen         uint32 // bumped to cancel the pending burst-end event
	status      pStatus
	idle        bool // on the idle list (runtime.idlepMask)
	burstEnd    int64
	sliceStart  int64
	sysmontick  sysmontick
	timers      gQueue // expired timers not yet run (their Gs wait)
	armed       int32  // timers set on this P and not yet expired
	runq        [runqSize]int32
	stats       PStats
}

// mState is what an M is doing.
type mState uint8

const (
	mIdle     mState = iota // parked in stopm, on the idle list
	mStarting               // woken by startm, not yet running (wake latency)
	mRunning                // running Go code or the scheduler with a P
	mSyscall                // blocked in a syscall, with or without its P
	mPoll                   // blocked in netpoll without a P
)

// simM is an OS thread (runtime.m).
type simM struct {
	id       int32
	p        int32 // -1 when none
	nextp    int32
	curg     int32
	spinning bool
	state    mState
}

// simChan is a channel: a buffer count and queues of parked senders and
// receivers (runtime.hchan with sendq and recvq).
type simChan struct {
	cap, count int32
	recvq      gQueue
	sendq      gQueue
}

// Config sets up a simulation. The zero value is not usable: Procs must be
// set, here or by the spec.
type Config struct {
	// Procs is GOMAXPROCS. A spec's own Procs wins when set.
	Procs int
	// Seed seeds the steal order's random source. Runs with the same seed
	// and spec are identical.
	Seed uint64
	// WakeLatency is how long startm takes to get an M running; zero means
	// DefaultWakeLatency, a negative value means instantly.
	WakeLatency time.Duration
	// SchedtraceEvery, when positive, writes a GODEBUG=schedtrace-format
	// line to Schedtrace every so often of virtual time.
	SchedtraceEvery time.Duration
	// Schedtrace receives schedtrace lines; nil means io.Discard.
	Schedtrace io.Writer
	// Trace records a slice per G run for the trace-event timeline.
	Trace bool
	// Check verifies the invariants after every event (slow; for tests).
	Check bool
	// MaxTime bounds virtual time; zero means one hour.
	MaxTime time.Duration
	// MaxEvents bounds the number of events; zero means no bound.
	MaxEvents int64
}

// Sim is one simulation run. It is not safe for concurrent use; build one
// with [NewSim] and call [Sim.Run] once.
type Sim struct {
	cfg  Config
	prog *program
	now  int64
	rng  *rand.Rand
	ev   eventHeap
	// pending counts events in the heap that stand for work (all but
	// sysmon and schedtrace), for deadlock detection.
	pending int

	gs    []simG
	gfree int32 // free Gs linked by schedlink (runtime.gFree)
	ps    []simP
	ms    []*simM // pointers, so an M stays put when the slice grows
	midle []int32 // parked Ms (sched.midle)

	pidle        int32 // idle Ps linked by link, -1 at the end
	npidle       int32
	nmspinning   int32
	needspinning int32
	runq         gQueue // the global run queue (sched.runq)
	stealOrder   randomOrder

	netReady   gQueue // Gs whose I/O is ready but not yet polled
	netWaiting int32  // Gs parked on the netpoller, ready or not
	lastpoll   int64  // 0 while an M is blocked in netpoll (sched.lastpoll)
	pollM      int32  // that M, or -1
	armed      int32  // timers armed on all Ps
	expired    int32  // timers expired on all Ps but not yet run

	chans   []simChan
	live    int64
	goidgen int64

	sysmonIdle  int
	sysmonDelay int64 // µs

	checkSeen      []uint32
	checkEpoch     uint32
	starvedSince   int64
	starveReported bool

	traceBuf  []byte // trace-event JSON objects, comma-separated
	traceLine []byte // reused schedtrace line
	res       Result
}

// NewSim checks spec and prepares a run. It fails with a *SpecError when
// the spec is invalid or the procs are out of range.
func NewSim(spec *Spec, cfg Config) (*Sim, error) {
	prog, err := compile(spec)
	if err != nil {
		return nil, err
	}
	if prog.procs > 0 {
		cfg.Procs = prog.procs
	}
	if cfg.Procs < 1 {
		return nil, &SpecError{Path: "procs", Err: ErrZeroProcs}
	}
	if cfg.Procs > MaxProcs {
		return nil, &SpecError{Path: "procs", Err: fmt.Errorf("%d exceeds %d: %w", cfg.Procs, MaxProcs, ErrBadStep)}
	}
	switch {
	case cfg.WakeLatency == 0:
		cfg.WakeLatency = DefaultWakeLatency
	case cfg.WakeLatency < 0:
		cfg.WakeLatency = 0
	}
	if cfg.MaxTime <= 0 {
		cfg.MaxTime = time.Hour
	}
	if cfg.Schedtrace == nil {
		cfg.Schedtrace = io.Discard
	}
	s := &Sim{
		cfg:          cfg,
		prog:         prog,
		rng:          rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)),
		gs:           make([]simG, 1, 1+min(prog.totalG, 1<<16)),
		ps:           make([]simP, cfg.Procs),
		pidle:        -1,
		pollM:        -1,
		starvedSince: -1,
		chans:        make([]simChan, len(prog.chans)),
	}
	s.ev.ev = make([]event, 0, 64)
	for i, c := range prog.chans {
		s.chans[i].cap = int32(c.Cap)
	}
	s.stealOrder.reset(uint32(cfg.Procs))
	s.res = Result{Name: prog.name, Procs: cfg.Procs, Seed: cfg.Seed, P: make([]PStats, cfg.Procs)}
	return s, nil
}

// Run simulates until every G has exited and returns the result. It stops
// early with ErrDeadlock, ErrTimeLimit, ErrEventLimit or ctx's error.
func (s *Sim) Run(ctx context.Context) (*Result, error) {
	m0 := s.boot()
	main := s.newG(0, 0)
	s.execute(m0, main, false)
	s.sysmonSchedule()
	if s.cfg.SchedtraceEvery > 0 {
		s.ev.push(0, evSchedtrace, 0, 0)
	}
	s.run(m0, main)
	return s.loop(ctx)
}

// boot sets up Ps and M0 as schedinit and procresize do, returning M0
// holding P0.
func (s *Sim) boot() *simM {
	// procresize: P0 goes to M0 running main; the rest are put on the idle
	// list from the highest id down, so pidleget hands out P1 first.
	for i := range s.ps {
		s.ps[i] = simP{id: int32(i), m: -1, link: -1}
	}
	for i := len(s.ps) - 1; i >= 1; i-- {
		s.pidleput(&s.ps[i])
	}
	m0 := s.newm()
	s.acquirep(m0, 0)
	s.lastpoll = 1 // the netpoller is initialised and nobody blocks in it
	return m0
}

// loop pops and handles events until every G has exited.
func (s *Sim) loop(ctx context.Context) (*Result, error) {
	limit := int64(s.cfg.MaxTime)
	for s.live > 0 {
		if s.pending == 0 && s.netReady.size == 0 && s.expired == 0 && s.running() == 0 {
			return &s.res, s.deadlock()
		}
		e := s.ev.pop()
		if e.kind != evSysmon && e.kind != evSchedtrace {
			s.pending--
		}
		s.now = e.at
		if s.now > limit {
			return &s.res, fmt.Errorf("at %v: %w", time.Duration(s.now), ErrTimeLimit)
		}
		s.res.Events++
		if s.cfg.MaxEvents > 0 && s.res.Events > s.cfg.MaxEvents {
			return &s.res, fmt.Errorf("after %d events: %w", s.cfg.MaxEvents, ErrEventLimit)
		}
		if s.res.Events&(1<<16-1) == 0 {
			if err := ctx.Err(); err != nil {
				return &s.res, err
			}
		}
		s.dispatchEvent(e)
		if s.cfg.Check {
			s.checkInvariants()
		}
	}
	s.finish()
	return &s.res, nil
}

// running counts Ps with an M attached or about to be.
func (s *Sim) running() int {
	n := 0
	for i := range s.ps {
		if s.ps[i].m >= 0 {
			n++
		}
	}
	return n
}

func (s *Sim) deadlock() error {
	for i := 1; i < len(s.gs); i++ {
		g := &s.gs[i]
		if g.status == gWaiting {
			return fmt.Errorf("at %v: %w (G%d %s waiting, %d live)", time.Duration(s.now), ErrDeadlock, g.goid, s.prog.kinds[g.kind], s.live)
		}
	}
	return fmt.Errorf("at %v: %w", time.Duration(s.now), ErrDeadlock)
}

func (s *Sim) finish() {
	s.res.Elapsed = time.Duration(s.now)
	s.res.Threads = len(s.ms) + 1
	for i := range s.ps {
		st := s.ps[i].stats
		st.Schedticks = s.ps[i].schedtick
		s.res.P[i] = st
	}
	if s.cfg.Trace {
		s.res.traceEvents = s.traceBuf
	}
}

// push schedules an event that stands for work.
func (s *Sim) push(at int64, kind evKind, arg int32, gen uint32) {
	s.pending++
	s.ev.push(at, kind, arg, gen)
}

func (s *Sim) dispatchEvent(e event) {
	switch e.kind {
	case evBurstEnd:
		pp := &s.ps[e.arg]
		if e.gen != pp.gen {
			return // cancelled by a preemption
		}
		gp := pp.curg
		g := &s.gs[gp]
		g.remaining = 0
		g.pc++
		s.run(s.ms[pp.m], gp)
	case evMStart:
		mp := s.ms[e.arg]
		s.acquirep(mp, mp.nextp)
		s.run(mp, 0)
	case evTimer:
		s.timerFired(e.arg)
	case evNetReady:
		s.gs[e.arg].readyAt = s.now
		s.qpushBack(&s.netReady, e.arg)
		if s.pollM >= 0 {
			s.pollWake()
		}
	case evSyscallExit:
		s.exitsyscall(e.arg)
	case evSysmon:
		s.sysmon()
	case evSchedtrace:
		s.schedtrace()
		s.ev.push(s.now+int64(s.cfg.SchedtraceEvery), evSchedtrace, 0, 0)
	}
}

// randomOrder mirrors runtime.randomOrder: a walk over all Ps starting at a
// random position with a random stride coprime to their count, so every P
// is visited once, in an order that differs from thief to thief.
type randomOrder struct {
	count    uint32
	coprimes []uint32
}

type randomEnum struct {
	i, count, pos, inc uint32
}

func (ord *randomOrder) reset(count uint32) {
	ord.count = count
	ord.coprimes = ord.coprimes[:0]
	for i := uint32(1); i <= count; i++ {
		if gcd(i, count) == 1 {
			ord.coprimes = append(ord.coprimes, i)
		}
	}
}

func (ord *randomOrder) start(i uint32) randomEnum {
	return randomEnum{
		count: ord.count,
		pos:   i % ord.count,
		inc:   ord.coprimes[i/ord.count%uint32(len(ord.coprimes))],
	}
}

func (e *randomEnum) done() bool      { return e.i == e.count }
func (e *randomEnum) position() int32 { return int32(e.pos) }
func (e *randomEnum) next() {
	e.i++
	e.pos = (e.pos + e.inc) % e.count
}

func gcd(a, b uint32) uint32 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
