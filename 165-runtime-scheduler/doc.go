// Command 165-runtime-scheduler is a deterministic simulator of the Go
// scheduler that reads side by side with runtime/proc.go, plus tools that
// observe the real runtime of the Go version it runs on.
//
// # The model: G, M, P
//
// A G is a goroutine: a stack, a status (runnable, running, in a syscall,
// waiting, dead) and, here, a small program of steps (CPU bursts, sleeps,
// network waits, syscalls, channel operations, spawns). An M is an OS
// thread; it runs Go code only while it holds a P. A P is the right to run
// Go code — GOMAXPROCS of them — and owns the local run queue: a 256-entry
// ring plus a one-G runnext slot. There is also one global run queue.
//
// The life of a G: go f() puts the new G in runnext of the creating P
// (runqput with next=true), kicking the previous runnext to the ring's
// tail; a full ring moves half of itself to the global queue
// (runqputslow). wakep then starts at most one spinning M on an idle P. A
// P looking for work (findRunnable) tries, in order: the global queue on
// every 61st schedtick (fairness), its runnext and ring, a batch from the
// global queue, a non-blocking netpoll, and then four stealing passes over
// the other Ps in a random order, taking half of a victim's ring, and its
// runnext only in the last pass. A G started from runnext inherits the
// time slice (schedtick does not advance), so a ping-ponging pair is
// preempted as one. Sysmon, a thread without a P, wakes every 20 µs to
// 10 ms: it preempts a P whose schedtick has not moved for 10 ms
// (forcePreemptNS), takes a P from an M blocked in a syscall after one of
// its ticks (handoffp), and polls the network if nobody has for 10 ms.
//
// # Design
//
// Discrete events in virtual time: every scheduling decision happens at an
// instant inside one event's handler, and time passes only between events
// (a burst ends, a timer fires, I/O becomes ready, a syscall returns, an M
// finishes waking up, sysmon wakes). The event heap orders by time and
// then by insertion, and the steal order's randomness is a seeded PCG, so
// a seed and a spec give byte-identical output. Queues use the runtime's
// own arithmetic (uint32 head and tail, t-h, t%256) with plain loads where
// the runtime uses atomics: with one event at a time there is no other
// thread to race, which also means the runtime's re-checks that close
// races (the "delicate dance" of nmspinning) have nothing to catch and are
// kept only where they change a decision. Gs, Ps and events live in
// slices reused for the whole run, so a simulated event allocates nothing
// in steady state.
//
// What the model leaves out, and why: the GC (its workers, assists and
// stop-the-world pauses are the subject of 166-memory-gc), locked Ms,
// cgo, the 3 µs back-off before stealing a runnext (virtual time has no
// window for it to matter), the cost of the scheduler's own code (every
// decision takes zero virtual time), and per-P timer heaps, which are
// replaced by an expired list per P that is filled at the due time; the
// timer still runs only when its P schedules or a thief steals it, as in
// the runtime.
//
// # Rejected designs
//
// A goroutine per simulated M driven by real channels would have been
// closer in shape to the runtime, but nondeterministic and slow; stepping
// a fixed quantum of time would make microsecond and 10 ms behaviours
// equally expensive. Recording latency only from the runnable transition
// (what runtime/metrics' /sched/latencies measures) hides the delay before
// a ready network G is polled, so the simulator reports that second
// figure separately.
//
// # The real runtime
//
// The other commands look at the runtime this program runs on. preempt
// runs child processes at GOMAXPROCS=1 to show how long a goroutine waits
// behind a loop with and without asynchronous preemption, cooperative
// calls and Gosched. stats samples runtime/metrics into a ring and serves
// Prometheus text and JSON. contention reads the mutex and block profiles
// with github.com/google/pprof/profile. maxprocs explains the default
// GOMAXPROCS from the CPU count and the cgroup limit with Go 1.25's
// rounding and sweeps a workload over settings. affinity is a worker pool
// that keeps each key on one worker. sim -compare runs a spec in the model
// and for real under runtime/trace, parsed with golang.org/x/exp/trace. All
// of them are tested for mechanism, never for wall-clock figures.
//
// See README.md for the function-by-function map to runtime/proc.go, how
// to read schedtrace and the timeline, and references.
package main
