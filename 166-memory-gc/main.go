package main

// This file holds the command line: one table of subcommands, each with
// its own flag set, usage text and example, dispatched by run.

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

const progName = "166-memory-gc"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// errUsage marks command-line mistakes, which exit with status 2.
var errUsage = errors.New("usage")

// command is one subcommand: its synopsis and example feed both the
// global usage and its own -h.
type command struct {
	name     string
	synopsis string // arguments after the name
	summary  string
	example  string
	run      func(ctx context.Context, c *command, args []string, stdout, stderr io.Writer) error
}

// commands is the one table of subcommands.
var commands = []*command{
	{"demo", "", "tour every component (the default; ends by itself in under 30 s)",
		progName + " demo", runDemo},
	{"escape", "[-json] [-all] [-inline] PACKAGE|DIR", "escape-analysis verdicts from go build -gcflags=-m=2, by function",
		progName + " escape ./166-memory-gc\n  " + progName + " escape -json net/url", runEscape},
	{"gctrace", "[-json] [-v] [-- CMD [ARG...]]", "run CMD (default: the built-in workload) with GODEBUG=gctrace=1 and summarise its GC",
		progName + " gctrace\n  " + progName + " gctrace -v -- go build std", runGCTrace},
	{"tune", "[-limit MiB] [-live MiB] [-churn MiB] [-rounds N]", "the workload under GOGC=100/200, GOMEMLIMIT, gctuner and our Tuner, one child each",
		progName + " tune -limit 256 -rounds 3\n  " + progName + " tune -limit 0    # the limit from the cgroup's memory.max", runTune},
	{"workload", "[-live MiB] [-churn MiB] [-obj BYTES] [-tuner none|ours|gctuner -limit BYTES]", "the allocation workload the tables run in child processes; prints one JSON result line",
		progName + " workload -live 64 -churn 1024", runWorkloadCmd},
	{"layout", "[-pkg PACKAGE|DIR] TYPE | PACKAGE.TYPE", "a struct's offsets, sizes, padding and pointer bytes, and the optimal field order",
		progName + " layout net/http.Request\n  " + progName + " layout -pkg ./166-memory-gc padded", runLayout},
	{"pools", "", "the burst table: heap each pool retains after 256 mixed buffers, fresh and warm",
		progName + " pools", runPools},
	{"track", "[-records N] [-top N] [-rate BYTES] [-cycles N]", "allocation tracker on a built-in phase (metrics, live heap, pprof sites), then the leak detector",
		progName + " track -records 50000 -top 8\n  " + progName + " track -rate 4096 -cycles 12", runTrack},
	{"intern", "[-n N] [-distinct N] [-len BYTES]", "live heap of N repeated strings as copies, unique.Handles, canonical strings and a map interner",
		progName + " intern -n 1000000 -distinct 1000 -len 32", runIntern},
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func globalUsage(w io.Writer) {
	fmt.Fprintf(w, "usage: %s [command] [flags]\n\nWith no command, runs the demo.\n\ncommands:\n", progName)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun '%s COMMAND -h' for a command's flags and an example.\n", progName)
}

// run is the whole program behind main, returning the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	name := "demo"
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "help" || a == "-h" || a == "-help" || a == "--help":
			globalUsage(stdout)
			return 0
		case !strings.HasPrefix(a, "-"):
			name, args = a, args[1:]
		}
	}
	c := lookup(name)
	var err error
	if c == nil {
		err = fmt.Errorf("unknown command %q (run '%s help'): %w", name, progName, errUsage)
	} else {
		err = c.run(ctx, c, args, stdout, stderr)
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "%s: %v\n", progName, strings.TrimSuffix(err.Error(), ": "+errUsage.Error()))
		return 2
	default:
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 1
	}
}

// flags returns c's flag set. Its errors are returned, not printed, so a
// usage error is reported once; -h prints c's own flags and example.
func (c *command) flags(stdout io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses args into fs; -h prints c's usage to stdout and returns
// flag.ErrHelp, other flag errors become usage errors naming c.
func (c *command) parse(fs *flag.FlagSet, args []string, stdout io.Writer) error {
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", progName, c.name, c.synopsis, c.summary)
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(stdout, "\nflags:")
			fs.SetOutput(stdout)
			fs.PrintDefaults()
		}
		fmt.Fprintf(stdout, "\nexample:\n  %s\n", c.example)
		return err
	}
	if err != nil {
		return fmt.Errorf("%s: %v (run '%s %s -h'): %w", c.name, err, progName, c.name, errUsage)
	}
	return nil
}

func runDemo(ctx context.Context, c *command, args []string, stdout, stderr io.Writer) error {
	fs := c.flags(stdout)
	if err := c.parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("demo: unexpected arguments %q: %w", fs.Args(), errUsage)
	}
	return demo(ctx, stdout)
}

func runEscape(ctx context.Context, c *command, args []string, stdout, stderr io.Writer) error {
	fs := c.flags(stdout)
	asJSON := fs.Bool("json", false, "print the findings grouped by function as JSON")
	all := fs.Bool("all", false, "keep findings in other packages' files (inlined bodies, generic instantiations)")
	inline := fs.Bool("inline", false, "include inlining decisions in the text output (JSON always has them)")
	if err := c.parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("escape: want one PACKAGE or DIR, got %d arguments: %w", fs.NArg(), errUsage)
	}
	rep, err := RunEscape(ctx, ".", fs.Arg(0), *all)
	if err != nil {
		return fmt.Errorf("escape %s: %w", fs.Arg(0), err)
	}
	if *asJSON {
		return rep.WriteJSON(stdout)
	}
	return rep.WriteText(stdout, *inline)
}

func runPools(ctx context.Context, c *command, args []string, stdout, stderr io.Writer) error {
	fs := c.flags(stdout)
	if err := c.parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("pools: unexpected arguments %q: %w", fs.Args(), errUsage)
	}
	return writePoolTable(stdout, poolMakers)
}

func runGCTrace(ctx context.Context, c *command, args []string, stdout, stderr io.Writer) error {
	fs := c.flags(stdout)
	asJSON := fs.Bool("json", false, "print the parsed cycles and unparsed lines as JSON")
	verbose := fs.Bool("v", false, "print every cycle, not only the summary")
	if err := c.parse(fs, args, stdout); err != nil {
		return err
	}
	argv, env := fs.Args(), []string(nil)
	builtin := len(argv) == 0
	if builtin {
		var err error
		if argv, env, err = selfArgv("workload"); err != nil {
			return err
		}
	}
	cr, err := runChild(ctx, argv, env, builtin, stderr)
	if err != nil {
		return fmt.Errorf("gctrace: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(cr.Trace)
	}
	if !builtin {
		fmt.Fprint(stdout, cr.Stdout)
	}
	return writeGCTraceReport(stdout, cr, builtin, *verbose)
}

func runWorkloadCmd(ctx context.Context, c *command, args []string, stdout, stderr io.Writer) error {
	fs := c.flags(stdout)
	var spec WorkloadSpec
	fs.IntVar(&spec.LiveMiB, "live", 32, "live heap kept throughout, MiB")
	fs.IntVar(&spec.ChurnMiB, "churn", 512, "total allocated, MiB")
	fs.IntVar(&spec.ObjBytes, "obj", 4096, "object size, bytes")
	tuner := fs.String("tuner", "none", "GC tuner to run during the workload: none, ours or gctuner")
	limit := fs.Uint64("limit", 0, "memory limit for the tuner, bytes")
	if err := c.parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 0 || spec.LiveMiB <= 0 || spec.ChurnMiB <= 0 || spec.ObjBytes <= 0 || spec.ObjBytes > spec.LiveMiB<<20 {
		return fmt.Errorf("workload: want positive -live, -churn and -obj (at most the live set) and no arguments: %w", errUsage)
	}
	if *tuner != "none" && *limit == 0 {
		return fmt.Errorf("workload: -tuner %s needs -limit: %w", *tuner, errUsage)
	}
	stop, err := startWorkloadTuner(*tuner, *limit)
	if err != nil {
		return fmt.Errorf("workload: %w", err)
	}
	res := runWorkload(ctx, spec)
	res.TunerNote = stop()
	return json.NewEncoder(stdout).Encode(res)
}

func runTune(ctx context.Context, c *command, args []string, stdout, stderr io.Writer) error {
	fs := c.flags(stdout)
	limitMiB := fs.Int("limit", 256, "memory limit in MiB; 0 reads the cgroup's memory.max")
	var spec TuneSpec
	fs.IntVar(&spec.Workload.LiveMiB, "live", 32, "workload live heap, MiB")
	fs.IntVar(&spec.Workload.ChurnMiB, "churn", 1024, "workload total allocation, MiB")
	fs.IntVar(&spec.Rounds, "rounds", 1, "interleaved rounds of every row (medians and spread when > 1)")
	if err := c.parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 0 || *limitMiB < 0 || spec.Workload.LiveMiB <= 0 || spec.Workload.ChurnMiB <= 0 || spec.Rounds < 1 {
		return fmt.Errorf("tune: want -limit >= 0, positive -live, -churn and -rounds, and no arguments: %w", errUsage)
	}
	spec.Limit = uint64(*limitMiB) << 20
	if *limitMiB == 0 {
		l, err := CgroupMemoryLimit("/proc/self/cgroup", "/sys/fs/cgroup")
		if err != nil {
			return fmt.Errorf("tune: -limit 0: %w", err)
		}
		spec.Limit = l
		fmt.Fprintf(stdout, "limit from the cgroup: %s\n", formatBytes(int64(l)))
	}
	rows, err := RunTune(ctx, spec)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "workload: %d MiB live, %d MiB allocated in %d-byte objects; limit %s; %d round(s), medians\n\n",
		spec.Workload.LiveMiB, spec.Workload.ChurnMiB, spec.Workload.withDefaults().ObjBytes, formatBytes(int64(spec.Limit)), spec.Rounds)
	return writeTuneTable(stdout, rows, spec.Limit)
}

func runLayout(ctx context.Context, c *command, args []string, stdout, stderr io.Writer) error {
	fs := c.flags(stdout)
	pkg := fs.String("pkg", ".", "package (import path or directory) holding TYPE when TYPE has no package part")
	if err := c.parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("layout: want one TYPE or PACKAGE.TYPE, got %d arguments: %w", fs.NArg(), errUsage)
	}
	name := fs.Arg(0)
	if p, n, ok := splitTypeArg(name); ok {
		*pkg, name = p, n
	}
	rep, err := InspectStruct(".", *pkg, name)
	if err != nil {
		return fmt.Errorf("layout: %w", err)
	}
	return rep.WriteText(stdout)
}

func runTrack(ctx context.Context, c *command, args []string, stdout, stderr io.Writer) error {
	fs := c.flags(stdout)
	records := fs.Int("records", 20000, "JSON records the tracked phase decodes and indexes")
	top := fs.Int("top", 8, "allocation sites to list")
	rate := fs.Int("rate", 1, "runtime.MemProfileRate during the phase (1: every allocation)")
	cycles := fs.Int("cycles", 8, "GC cycles the leak detector judges")
	if err := c.parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 0 || *records <= 0 || *top <= 0 || *rate <= 0 || *cycles < 2 {
		return fmt.Errorf("track: want positive -records, -top and -rate, -cycles >= 2 and no arguments: %w", errUsage)
	}
	return writeTrackReport(stdout, *records, TrackOptions{MemProfileRate: *rate, Top: *top}, *cycles)
}

func runIntern(ctx context.Context, c *command, args []string, stdout, stderr io.Writer) error {
	fs := c.flags(stdout)
	var spec InternSpec
	fs.IntVar(&spec.N, "n", 1_000_000, "strings kept")
	fs.IntVar(&spec.Distinct, "distinct", 1000, "distinct values among them")
	fs.IntVar(&spec.Len, "len", 32, "length of each string in bytes (at least 8)")
	if err := c.parse(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 0 || spec.N <= 0 || spec.Distinct <= 0 || spec.Distinct > spec.N || spec.Len < 8 {
		return fmt.Errorf("intern: want -n > 0, 0 < -distinct <= -n, -len >= 8 and no arguments: %w", errUsage)
	}
	return writeInternTable(stdout, spec)
}
