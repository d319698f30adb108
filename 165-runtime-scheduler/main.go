package main

// This file holds the command line: subcommand dispatch, one flag set per
// subcommand with its own usage and examples, and the exit codes (0 done or
// -h, 1 failure, 2 usage error).

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
)

const progName = "165-runtime-scheduler"

// command is one subcommand: the one table dispatch and help read.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

var commands []command

func init() {
	// Filled here rather than in the declaration because runHelp reads it.
	commands = []command{
		{"demo", "the tour: a simulated scenario with schedtrace lines and a summary, then the real-runtime tools", runDemo},
		{"sim", "simulate a scenario or a JSON spec with the GMP model of runtime/proc.go", runSim},
		{"preempt", "real runtime, GOMAXPROCS=1: a waiter's delay behind a spinning loop, async preemption on/off", runPreempt},
		{"stats", "real runtime: runtime/metrics in a ring; rates, quantiles; Prometheus text and JSON over HTTP", runStats},
		{"contention", "real runtime: mutex and block profiles of five sharing schemes; the most contended call sites", runContention},
		{"maxprocs", "real runtime: where the default GOMAXPROCS comes from (cgroup cpu.max, Go 1.25 rounding); a sweep", runMaxprocs},
		{"affinity", "a worker pool keyed by task: same key, same worker; timed against a channel pool and errgroup", runAffinity},
		{"help", "print this help", runHelp},
	}
}

const mainUsage = `usage: %s [command] [flags]

With no command, runs the demo. Commands:
%s
Run '%s COMMAND -h' for a command's flags and examples.
`

func main() {
	if ok, code := runChildRole(os.Stdout, os.Stderr); ok {
		os.Exit(code)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// errUsage marks command-line mistakes, which exit with status 2.
var errUsage = errors.New("usage error")

// usageError is a command-line mistake together with the usage text of the
// subcommand it was made on, printed once after the message.
type usageError struct {
	msg   string
	usage string
}

func (e *usageError) Error() string { return e.msg }
func (e *usageError) Unwrap() error { return errUsage }

// run is the whole program behind main, returning the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	name := "demo"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	var err error
	found := false
	for _, c := range commands {
		if c.name == name {
			found = true
			err = c.run(ctx, args, stdout, stderr)
		}
	}
	if !found {
		err = &usageError{msg: fmt.Sprintf("unknown command %q", name), usage: mainHelp()}
	}
	var ue *usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "%s: %v\n\n%s", progName, ue.msg, ue.usage)
		return 2
	default:
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 1
	}
}

func mainHelp() string {
	var b strings.Builder
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-10s %s\n", c.name, c.summary)
	}
	return fmt.Sprintf(mainUsage, progName, b.String(), progName)
}

func runHelp(_ context.Context, _ []string, stdout, _ io.Writer) error {
	_, err := io.WriteString(stdout, mainHelp())
	return err
}

// flags is a subcommand's flag set with its usage text. Parse errors come
// back as one *usageError (the flag package's own printing is silenced, so
// nothing is said twice); -h prints the usage to stdout and returns
// flag.ErrHelp.
type flags struct {
	*flag.FlagSet
	about, examples string
	stdout          io.Writer
}

func newFlags(name, about, examples string, stdout io.Writer) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &flags{FlagSet: fs, about: about, examples: examples, stdout: stdout}
}

func (f *flags) usage() string {
	var b strings.Builder
	fmt.Fprintf(&b, "usage: %s %s [flags]\n\n%s\n\nflags:\n", progName, f.Name(), f.about)
	f.SetOutput(&b)
	f.PrintDefaults()
	f.SetOutput(io.Discard)
	fmt.Fprintf(&b, "\nexamples:\n%s", f.examples)
	return b.String()
}

func (f *flags) parse(args []string) error {
	if err := f.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			io.WriteString(f.stdout, f.usage())
			return err
		}
		return f.fail("%v", err)
	}
	if f.NArg() > 0 {
		return f.fail("unexpected argument %q", f.Arg(0))
	}
	return nil
}

// fail makes a usage error for this subcommand.
func (f *flags) fail(format string, args ...any) error {
	return &usageError{msg: f.Name() + ": " + fmt.Sprintf(format, args...), usage: f.usage()}
}

func runSim(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("sim",
		"Simulate a workload with the GMP model of runtime/proc.go and print per-P counters and the\n"+
			"runnable→running latency histogram. Same seed and spec, same output, byte for byte.\n"+
			"Scenarios: "+scenarioNames()+".",
		"  "+progName+" sim -scenario spawner -procs 4\n"+
			"  "+progName+" sim -scenario hog -schedtrace 10ms\n"+
			"  "+progName+" sim -spec testdata/specs/fanout.json -trace /tmp/fanout.json   # open in ui.perfetto.dev\n"+
			"  "+progName+" sim -scenario prodcons -compare   # the simulator beside the real runtime\n",
		stdout)
	scen := f.String("scenario", "fanout", "built-in scenario `name`")
	specFile := f.String("spec", "", "JSON workload spec `file` (instead of -scenario)")
	procs := f.Int("procs", -1, "GOMAXPROCS `N` (default: the spec's, else the scenario's)")
	seed := f.Uint64("seed", 1, "random `seed` for the steal order")
	st := f.Duration("schedtrace", 0, "print a SCHED line every `D` of virtual time (0: off)")
	traceOut := f.String("trace", "", "write a trace-event JSON timeline to `file`")
	wake := f.Duration("wake", DefaultWakeLatency, "M wake-up latency of startm")
	list := f.Bool("list", false, "list the scenarios and exit")
	compare := f.Bool("compare", false, "also run the spec as real goroutines under runtime/trace and print both side by side")
	if err := f.parse(args); err != nil {
		return err
	}
	if *list {
		for _, sc := range scenarios {
			fmt.Fprintf(stdout, "%-10s procs=%d  %s\n", sc.name, sc.procs, sc.about)
		}
		return nil
	}
	if *procs == 0 || *procs < -1 || *procs > MaxProcs {
		return f.fail("-procs must be between 1 and %d", MaxProcs)
	}
	if *st < 0 {
		return f.fail("-schedtrace must not be negative")
	}
	var spec *Spec
	defProcs := 0
	if *specFile != "" {
		data, err := os.ReadFile(*specFile)
		if err != nil {
			return f.fail("-spec: %v", err)
		}
		if spec, err = ParseSpec(data); err != nil {
			return f.fail("%s: %v", *specFile, err)
		}
		defProcs = 4
	} else {
		sc, err := lookupScenario(*scen)
		if err != nil {
			return f.fail("-scenario: %v", err)
		}
		spec, defProcs = sc.spec(), sc.procs
	}
	cfg := Config{Procs: defProcs, Seed: *seed, SchedtraceEvery: *st, Schedtrace: stdout, Trace: *traceOut != "", WakeLatency: *wake}
	if *wake == 0 {
		cfg.WakeLatency = -1
	}
	if *procs > 0 {
		cfg.Procs = *procs
		spec.Procs = 0 // the flag wins over the spec
	}
	s, err := NewSim(spec, cfg)
	if err != nil {
		return f.fail("%v", err)
	}
	if *compare {
		procs := cfg.Procs
		if spec.Procs > 0 {
			procs = spec.Procs
		}
		name := spec.Name
		if name == "" {
			name = *specFile
		}
		return compareSpec(ctx, stdout, name, spec, procs, *seed)
	}
	res, err := s.Run(ctx)
	if err != nil {
		return fmt.Errorf("sim: %w", err)
	}
	if err := res.WriteSummary(stdout); err != nil {
		return err
	}
	if *traceOut != "" {
		if err := writeFileAtomic(*traceOut, res.WriteTraceJSON); err != nil {
			return fmt.Errorf("sim: %w", err)
		}
		fmt.Fprintf(stdout, "timeline written to %s (open it in https://ui.perfetto.dev or chrome://tracing)\n", *traceOut)
	}
	return nil
}

// writeFileAtomic writes a file through a temporary in the same directory,
// so a failed write never leaves half a file under the name.
func writeFileAtomic(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
