package main

// This file holds the preemption analyzer: on the real runtime with
// GOMAXPROCS=1, how long a goroutine waiting on a timer waits to run while
// another spins, under four conditions, each in its own child process so
// that GOMAXPROCS and GODEBUG apply from the start:
//
//	async     a loop with no function calls, asynchronous preemption on
//	          (the default since Go 1.14): sysmon asks after 10 ms and a
//	          signal (SIGURG) stops the loop at any instruction
//	asyncoff  the same loop under GODEBUG=asyncpreemptoff=1: nothing can
//	          stop it, so the waiter runs only when the loop ends
//	calls     asyncpreemptoff=1, but the loop calls a function with a
//	          stack check each iteration: the cooperative preemption of
//	          Go before 1.14 (sysmon sets stackguard0; the next prologue
//	          traps into the scheduler)
//	gosched   asyncpreemptoff=1, the loop calls runtime.Gosched every
//	          ~20 µs: the hog gives the P away itself
//
// Everything is measured in the child and sent back as JSON on stdout. The
// figures are wall-clock, so tests check the mechanism (did the waiter run
// before the loop ended?) and never a threshold.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
	_ "unsafe" // for go:linkname
)

// preemptMode is one row of the analysis.
type preemptMode struct {
	name    string
	godebug string // added to the child's GODEBUG
	about   string
}

// preemptModes is the one table the command, the child and the tests use.
var preemptModes = []preemptMode{
	{"async", "", "tight loop, no calls; async preemption on (default)"},
	{"asyncoff", "asyncpreemptoff=1", "tight loop, no calls; GODEBUG=asyncpreemptoff=1"},
	{"calls", "asyncpreemptoff=1", "loop calls a function with a stack check; async off"},
	{"gosched", "asyncpreemptoff=1", "loop calls runtime.Gosched every ~20 µs; async off"},
}

// PreemptReport is what a child measures.
type PreemptReport struct {
	Mode       string          `json:"mode"`
	GOMAXPROCS int             `json:"gomaxprocs"`
	GODEBUG    string          `json:"godebug"`
	Hog        time.Duration   `json:"hog_ns"`
	Delays     []time.Duration `json:"delays_ns"` // wake-up delay of each sleep taken while the hog ran
	// WokeDuringHog reports whether the waiter ran at least once before
	// the hog's loop ended: the mechanism under test.
	WokeDuringHog bool `json:"woke_during_hog"`
}

// Quantile returns the q-quantile of the delays (nearest rank).
func (r *PreemptReport) Quantile(q float64) time.Duration {
	if len(r.Delays) == 0 {
		return 0
	}
	d := slices.Clone(r.Delays)
	slices.Sort(d)
	return d[min(len(d)-1, int(q*float64(len(d))))]
}

// ErrChild is returned when a child process fails or reports nonsense.
var ErrChild = errors.New("child process failed")

// nanotime is the runtime's monotonic clock. It is nosplit all the way
// down, so reading it is not a preemption point: the hog's start and end
// are stamped inside its loop function without giving sysmon's pending
// preemption request a prologue to land on (time.Now would, and the waiter
// would then seem to run "during" a loop that had in fact ended).
//
//go:linkname nanotime runtime.nanotime
func nanotime() int64

// hogSpan is when a hog's loop ran, in nanotime.
type hogSpan struct{ start, end int64 }

// spinBlock is how many iterations run between looks at the clock.
const spinBlock = 4096

// spinFor is the hog's loop: arithmetic on registers until the deadline,
// looking at the clock every spinBlock iterations through nanotime, which
// is not a safe point: nothing in it can honour a preemption request.
func spinFor(d time.Duration) (int, hogSpan) {
	start := nanotime()
	deadline := start + int64(d)
	x := 1
	for nanotime() < deadline {
		for i := 0; i < spinBlock; i++ {
			x = x*31 + i
		}
	}
	return x, hogSpan{start, nanotime()}
}

//go:noinline
func preemptStep(x int) int { return preemptLeaf(x) + 1 }

// preemptLeaf is called by preemptStep so that preemptStep is not a leaf:
// the compiler leaves out the stack check (the cooperative preemption
// point) of small leaf functions, and a loop calling only those cannot be
// preempted cooperatively either.
//
//go:noinline
func preemptLeaf(x int) int { return x*31 + 7 }

// spinCalls is spinFor with a call that has a stack check per iteration.
func spinCalls(d time.Duration) (int, hogSpan) {
	start := nanotime()
	deadline := start + int64(d)
	x := 1
	for nanotime() < deadline {
		for i := 0; i < spinBlock; i++ {
			x = preemptStep(x) + i
		}
	}
	return x, hogSpan{start, nanotime()}
}

// spinGosched is spinFor calling runtime.Gosched every 20 µs or so.
func spinGosched(d time.Duration) (int, hogSpan) {
	start := nanotime()
	deadline := start + int64(d)
	last := start
	x := 1
	for now := start; now < deadline; now = nanotime() {
		for i := 0; i < spinBlock; i++ {
			x = x*31 + i
		}
		if now-last >= int64(20*time.Microsecond) {
			runtime.Gosched()
			last = nanotime()
		}
	}
	return x, hogSpan{start, nanotime()}
}

// runPreemptChild is the child's side: GOMAXPROCS must already be 1.
func runPreemptChild(mode string, hog time.Duration, stdout io.Writer) error {
	var loop func(time.Duration) (int, hogSpan)
	switch mode {
	case "async", "asyncoff":
		loop = spinFor
	case "calls":
		loop = spinCalls
	case "gosched":
		loop = spinGosched
	default:
		return fmt.Errorf("preempt child: unknown mode %q: %w", mode, ErrChild)
	}

	const sleep = time.Millisecond
	type sample struct{ due, woke int64 }
	samples := make([]sample, 0, 1024)
	started := make(chan struct{})
	done := make(chan struct{})
	go func() {
		close(started)
		for {
			due := nanotime() + int64(sleep)
			time.Sleep(sleep)
			samples = append(samples, sample{due, nanotime()})
			select {
			case <-done:
				return
			default:
			}
			if len(samples) == cap(samples) {
				<-done
				return
			}
		}
	}()
	<-started
	time.Sleep(2 * sleep) // let the waiter settle into its sleeps
	x, span := loop(hog)
	runtime.KeepAlive(x)
	// A few more sleeps of the waiter's after the loop, then stop it; with
	// GOMAXPROCS=1 this goroutine blocking is what lets the waiter run.
	time.Sleep(3 * sleep)
	done <- struct{}{}

	rep := PreemptReport{Mode: mode, GOMAXPROCS: runtime.GOMAXPROCS(0), GODEBUG: os.Getenv("GODEBUG"), Hog: time.Duration(span.end - span.start)}
	for _, s := range samples {
		if s.due > span.end {
			break
		}
		if s.woke < span.start {
			continue
		}
		rep.Delays = append(rep.Delays, time.Duration(s.woke-s.due))
		if s.woke < span.end {
			rep.WokeDuringHog = true
		}
	}
	return json.NewEncoder(stdout).Encode(rep)
}

// childCommand builds a command that re-runs this executable (the program
// or the test binary) in a child role.
func childCommand(ctx context.Context, role string, env []string, args ...string) (*exec.Cmd, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Env = append(append(os.Environ(), childEnv+"="+role), env...)
	return cmd, nil
}

// childEnv selects a child role when the program re-runs itself.
const childEnv = "SCHED165_CHILD"

// runChildRole runs a child role and reports whether one was selected.
func runChildRole(stdout, stderr io.Writer) (bool, int) {
	role := os.Getenv(childEnv)
	mode, ok := strings.CutPrefix(role, "preempt:")
	if !ok {
		return false, 0
	}
	hog, err := time.ParseDuration(os.Getenv(childEnv + "_HOG"))
	if err != nil {
		hog = 200 * time.Millisecond
	}
	if err := runPreemptChild(mode, hog, stdout); err != nil {
		fmt.Fprintln(stderr, err)
		return true, 1
	}
	return true, 0
}

// measurePreempt runs one mode in a child with GOMAXPROCS=1.
func measurePreempt(ctx context.Context, m preemptMode, hog time.Duration) (*PreemptReport, error) {
	env := []string{"GOMAXPROCS=1", childEnv + "_HOG=" + hog.String()}
	godebug := os.Getenv("GODEBUG")
	if m.godebug != "" {
		godebug = strings.TrimPrefix(godebug+","+m.godebug, ",")
	}
	env = append(env, "GODEBUG="+godebug)
	cmd, err := childCommand(ctx, "preempt:"+m.name, env, "-test.run=^$")
	if err != nil {
		return nil, err
	}
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("preempt %s: %v: %s: %w", m.name, err, strings.TrimSpace(errb.String()), ErrChild)
	}
	var rep PreemptReport
	if err := json.Unmarshal([]byte(lastLine(out.String())), &rep); err != nil {
		return nil, fmt.Errorf("preempt %s: bad report %q: %w", m.name, out.String(), ErrChild)
	}
	if rep.GOMAXPROCS != 1 {
		return nil, fmt.Errorf("preempt %s: child ran with GOMAXPROCS=%d: %w", m.name, rep.GOMAXPROCS, ErrChild)
	}
	return &rep, nil
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// writePreemptTable prints the reports as an aligned table.
func writePreemptTable(w io.Writer, reps []*PreemptReport) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "mode\tGODEBUG\thog ran\tsleeps\twaiter ran during hog\tp50 wait\tp99 wait\tmax wait\thow")
	for _, r := range reps {
		about := ""
		for _, m := range preemptModes {
			if m.name == r.Mode {
				about = m.about
			}
		}
		godebug := r.GODEBUG
		if godebug == "" {
			godebug = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%v\t%d\t%v\t%v\t%v\t%v\t%s\n", r.Mode, godebug, r.Hog.Round(time.Millisecond), len(r.Delays),
			yesNo(r.WokeDuringHog), roundDur(r.Quantile(0.5)), roundDur(r.Quantile(0.99)), roundDur(r.Quantile(1)), about)
	}
	return tw.Flush()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func runPreempt(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("preempt",
		"Measure, on the real runtime with GOMAXPROCS=1, how long a goroutine sleeping 1 ms at a time\n"+
			"waits to run while another spins: async preemption on and off, cooperative points\n"+
			"(function calls), and runtime.Gosched. Each mode runs in a child process.",
		"  "+progName+" preempt\n  "+progName+" preempt -hog 500ms -modes async,asyncoff\n", stdout)
	hog := f.Duration("hog", 200*time.Millisecond, "how long the spinning loop runs")
	modes := f.String("modes", "async,asyncoff,calls,gosched", "comma-separated `modes` to run")
	if err := f.parse(args); err != nil {
		return err
	}
	if *hog < 20*time.Millisecond || *hog > time.Minute {
		return f.fail("-hog must be between 20ms and 1m")
	}
	var sel []preemptMode
	for _, name := range strings.Split(*modes, ",") {
		i := slices.IndexFunc(preemptModes, func(m preemptMode) bool { return m.name == name })
		if i < 0 {
			return f.fail("-modes: unknown mode %q", name)
		}
		sel = append(sel, preemptModes[i])
	}
	reps, err := preemptAll(ctx, sel, *hog)
	if err != nil {
		return err
	}
	return writePreemptTable(stdout, reps)
}

func preemptAll(ctx context.Context, modes []preemptMode, hog time.Duration) ([]*PreemptReport, error) {
	var reps []*PreemptReport
	for _, m := range modes {
		r, err := measurePreempt(ctx, m, hog)
		if err != nil {
			return nil, err
		}
		reps = append(reps, r)
	}
	return reps, nil
}
