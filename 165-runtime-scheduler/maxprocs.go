package main

// This file holds the GOMAXPROCS optimizer: it explains the runtime's own
// default — the CPU count from sched_getaffinity, the cgroup CPU limit
// (cpu.max, quota/period) and Go 1.25's rounding of that limit — and
// sweeps a workload over GOMAXPROCS = 1 … 2×CPUs, measuring throughput and
// p99 latency, to pick the best value for a stated objective.
//
// Go 1.25's rule (runtime/cgroup_linux.go, defaultGOMAXPROCS): GOMAXPROCS
// is the minimum of the logical CPUs and the cgroup limit, where a limit is
// rounded up and raised to at least 2. Rounding up, because a limit of 2.5
// CPUs can run three threads 83% of the time, and rounding down would leave
// half a CPU unused; at least 2, because with one P a single long-running
// goroutine stalls everything else until preemption. go.uber.org/automaxprocs,
// which most services used before, rounds down with a minimum of 1
// (automaxprocs#78, golang/go#73193): both are shown. Like the runtime,
// only the process's own cgroup is read, not its ancestors.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// ErrCgroupFormat is returned for a cgroup file that cannot be parsed.
var ErrCgroupFormat = errors.New("malformed cgroup file")

// parseCPUMax parses a cgroup v2 cpu.max file: "max PERIOD" (no limit) or
// "QUOTA PERIOD" in microseconds. It mirrors parseV2Limit in
// internal/runtime/cgroup.
func parseCPUMax(b []byte) (limit float64, ok bool, err error) {
	fields := strings.Fields(string(b))
	if len(fields) != 2 {
		return 0, false, fmt.Errorf("cpu.max %q: want \"QUOTA PERIOD\": %w", b, ErrCgroupFormat)
	}
	period, err := strconv.ParseInt(fields[1], 10, 64)
	if err != nil || period <= 0 {
		return 0, false, fmt.Errorf("cpu.max period %q: %w", fields[1], ErrCgroupFormat)
	}
	if fields[0] == "max" {
		return 0, false, nil
	}
	quota, err := strconv.ParseInt(fields[0], 10, 64)
	if err != nil || quota <= 0 {
		return 0, false, fmt.Errorf("cpu.max quota %q: %w", fields[0], ErrCgroupFormat)
	}
	return float64(quota) / float64(period), true, nil
}

// parseProcCgroup finds the CPU cgroup in /proc/self/cgroup: the v2 line
// "0::/path", or a v1 line whose controllers include "cpu".
func parseProcCgroup(b []byte) (path string, version int, err error) {
	for line := range strings.SplitSeq(string(b), "\n") {
		parts := strings.SplitN(line, ":", 3)
		if len(parts) != 3 {
			continue
		}
		if parts[0] == "0" && parts[1] == "" {
			path, version = parts[2], 2
			continue // a v1 cpu line wins: hybrid hierarchies keep the cpu controller in v1
		}
		if slices.Contains(strings.Split(parts[1], ","), "cpu") {
			return parts[2], 1, nil
		}
	}
	if version == 0 {
		return "", 0, fmt.Errorf("/proc/self/cgroup has no CPU cgroup: %w", ErrCgroupFormat)
	}
	return path, version, nil
}

// parseMountinfo finds the mount of the CPU cgroup hierarchy in
// /proc/self/mountinfo: the cgroup2 mount for version 2, the cgroup mount
// whose super options include "cpu" for version 1. It returns the mount
// point and the hierarchy root it shows, both without leading "/".
func parseMountinfo(b []byte, version int) (mountPoint, root string, ok bool) {
	for line := range strings.SplitSeq(string(b), "\n") {
		pre, post, found := strings.Cut(line, " - ")
		if !found {
			continue
		}
		f, g := strings.Fields(pre), strings.Fields(post)
		if len(f) < 5 || len(g) < 3 {
			continue
		}
		switch {
		case version == 2 && g[0] == "cgroup2":
		case version == 1 && g[0] == "cgroup" && slices.Contains(strings.Split(g[2], ","), "cpu"):
		default:
			continue
		}
		return strings.Trim(f[4], "/"), strings.Trim(f[3], "/"), true
	}
	return "", "", false
}

// CgroupLimit is what the process's CPU cgroup says.
type CgroupLimit struct {
	Version int     // 1 or 2; 0 when there is no cgroup
	Path    string  // the cgroup, relative to the hierarchy root
	File    string  // the file read
	Limit   float64 // CPUs (quota/period); valid when HasLimit
	Raw     string  // the file's content
	// HasLimit is false for "max" or a v1 quota of -1.
	HasLimit bool
}

// readCgroupLimit reads the CPU limit through fsys, a view of / (os.DirFS
// in the program, fstest.MapFS in tests), finding the hierarchy's mount in
// /proc/self/mountinfo as the runtime does.
func readCgroupLimit(fsys fs.FS) (CgroupLimit, error) {
	self, err := fs.ReadFile(fsys, "proc/self/cgroup")
	if err != nil {
		return CgroupLimit{}, nil // no cgroup information: no limit
	}
	path, version, err := parseProcCgroup(self)
	if err != nil {
		return CgroupLimit{}, err
	}
	cl := CgroupLimit{Version: version, Path: path}
	dir := strings.Trim(path, "/")
	mount := map[int]string{1: "sys/fs/cgroup/cpu,cpuacct", 2: "sys/fs/cgroup"}[version]
	if mi, err := fs.ReadFile(fsys, "proc/self/mountinfo"); err == nil {
		if mp, root, ok := parseMountinfo(mi, version); ok {
			mount = mp
			// A cgroup namespace shows the hierarchy from root down.
			dir = strings.Trim(strings.TrimPrefix(dir, root), "/")
		}
	}
	base := strings.TrimSuffix(mount+"/"+dir, "/")
	switch version {
	case 2:
		cl.File = base + "/cpu.max"
		b, err := fs.ReadFile(fsys, cl.File)
		if err != nil {
			return cl, nil // no cpu controller enabled here: no limit
		}
		cl.Raw = strings.TrimSpace(string(b))
		cl.Limit, cl.HasLimit, err = parseCPUMax(b)
		return cl, err
	default:
		cl.File = base + "/cpu.cfs_quota_us"
		q, err1 := fs.ReadFile(fsys, cl.File)
		p, err2 := fs.ReadFile(fsys, base+"/cpu.cfs_period_us")
		if err1 != nil || err2 != nil {
			return cl, nil
		}
		cl.Raw = strings.TrimSpace(string(q)) + " " + strings.TrimSpace(string(p))
		quota, e1 := strconv.ParseInt(strings.TrimSpace(string(q)), 10, 64)
		period, e2 := strconv.ParseInt(strings.TrimSpace(string(p)), 10, 64)
		if e1 != nil || e2 != nil || period <= 0 {
			return cl, fmt.Errorf("%s %q: %w", cl.File, cl.Raw, ErrCgroupFormat)
		}
		if quota > 0 {
			cl.Limit, cl.HasLimit = float64(quota)/float64(period), true
		}
		return cl, nil
	}
}

// goDefaultProcs is Go 1.25's default GOMAXPROCS for ncpu CPUs and a
// cgroup limit (adjustCgroupGOMAXPROCS).
func goDefaultProcs(ncpu int, limit float64, hasLimit bool) int {
	if !hasLimit {
		return ncpu
	}
	l := max(int(math.Ceil(limit)), 2)
	return min(l, ncpu)
}

// automaxprocsProcs is what go.uber.org/automaxprocs picks: the limit
// rounded down, at least 1.
func automaxprocsProcs(ncpu int, limit float64, hasLimit bool) int {
	if !hasLimit {
		return ncpu
	}
	return min(max(int(math.Floor(limit)), 1), ncpu)
}

// ProcsExplanation says where this process's GOMAXPROCS comes from.
type ProcsExplanation struct {
	NumCPU       int
	Cgroup       CgroupLimit
	GoDefault    int
	Automaxprocs int
	Env          string // GOMAXPROCS from the environment, if set
	Current      int    // runtime.GOMAXPROCS(0)
	Why          string
}

func explainProcs(fsys fs.FS) (ProcsExplanation, error) {
	cl, err := readCgroupLimit(fsys)
	e := ProcsExplanation{NumCPU: runtime.NumCPU(), Cgroup: cl, Env: os.Getenv("GOMAXPROCS"), Current: runtime.GOMAXPROCS(0)}
	e.GoDefault = goDefaultProcs(e.NumCPU, cl.Limit, cl.HasLimit)
	e.Automaxprocs = automaxprocsProcs(e.NumCPU, cl.Limit, cl.HasLimit)
	switch {
	case e.Env != "":
		e.Why = "GOMAXPROCS is set in the environment, which overrides the default"
	case !cl.HasLimit:
		e.Why = "no cgroup CPU limit: the default is the CPU count"
	case e.GoDefault < e.NumCPU:
		e.Why = fmt.Sprintf("the cgroup limit %.2f CPUs, rounded up and at least 2, is below the CPU count", cl.Limit)
	default:
		e.Why = fmt.Sprintf("the cgroup limit %.2f CPUs is not below the CPU count", cl.Limit)
	}
	return e, err
}

func (e ProcsExplanation) write(w io.Writer) {
	fmt.Fprintf(w, "CPUs (sched_getaffinity, runtime.NumCPU): %d\n", e.NumCPU)
	switch {
	case e.Cgroup.Version == 0:
		fmt.Fprintf(w, "cgroup: none found\n")
	case e.Cgroup.Raw == "":
		fmt.Fprintf(w, "cgroup v%d %s: no CPU limit file (%s)\n", e.Cgroup.Version, e.Cgroup.Path, e.Cgroup.File)
	default:
		lim := "no limit"
		if e.Cgroup.HasLimit {
			lim = fmt.Sprintf("%.3g CPUs", e.Cgroup.Limit)
		}
		fmt.Fprintf(w, "cgroup v%d %s: /%s = %q → %s\n", e.Cgroup.Version, e.Cgroup.Path, e.Cgroup.File, e.Cgroup.Raw, lim)
	}
	fmt.Fprintf(w, "Go 1.25+ default: %d (limit rounded up, at least 2, at most the CPUs); automaxprocs would pick %d (rounded down, at least 1)\n", e.GoDefault, e.Automaxprocs)
	fmt.Fprintf(w, "this process: GOMAXPROCS=%d — %s\n", e.Current, e.Why)
}

// SweepPoint is one GOMAXPROCS setting's measurement.
type SweepPoint struct {
	Procs      int
	Ops        int
	Throughput float64 // ops per second
	P50, P99   time.Duration
}

// sweepWorkloads are the built-in workloads: one unit of work per call.
var sweepWorkloads = map[string]func(){
	// cpu: 200 µs of arithmetic.
	"cpu": func() { spinUntil(time.Now().Add(200 * time.Microsecond)) },
	// mixed: 100 µs of CPU, then 200 µs waiting (as for I/O).
	"mixed": func() {
		spinUntil(time.Now().Add(100 * time.Microsecond))
		time.Sleep(200 * time.Microsecond)
	},
}

// sweepInProcess runs unit from clients goroutines in a closed loop for d
// at each GOMAXPROCS in procs, restoring GOMAXPROCS afterwards.
func sweepInProcess(ctx context.Context, unit func(), procs []int, clients int, d time.Duration) ([]SweepPoint, error) {
	prev := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(prev)
	var out []SweepPoint
	for _, n := range procs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		runtime.GOMAXPROCS(n)
		lat := make([][]time.Duration, clients)
		deadline := time.Now().Add(d)
		var wg sync.WaitGroup
		start := time.Now()
		for c := range clients {
			wg.Go(func() {
				for time.Now().Before(deadline) {
					t := time.Now()
					unit()
					lat[c] = append(lat[c], time.Since(t))
				}
			})
		}
		wg.Wait()
		out = append(out, pointFrom(n, slices.Concat(lat...), time.Since(start)))
	}
	return out, nil
}

func pointFrom(n int, all []time.Duration, el time.Duration) SweepPoint {
	slices.Sort(all)
	p := SweepPoint{Procs: n, Ops: len(all), Throughput: float64(len(all)) / el.Seconds()}
	if len(all) > 0 {
		p.P50 = all[min(len(all)-1, len(all)/2)]
		p.P99 = all[min(len(all)-1, len(all)*99/100)]
	}
	return p
}

// sweepCommand runs argv runs times at each GOMAXPROCS, one after another;
// an op is one run of the command.
func sweepCommand(ctx context.Context, argv []string, procs []int, runs int) ([]SweepPoint, error) {
	var out []SweepPoint
	for _, n := range procs {
		var lat []time.Duration
		start := time.Now()
		for range runs {
			cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
			cmd.Env = append(os.Environ(), "GOMAXPROCS="+strconv.Itoa(n))
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			t := time.Now()
			if err := cmd.Run(); err != nil {
				return nil, fmt.Errorf("maxprocs: %s at GOMAXPROCS=%d: %v: %s", argv[0], n, err, strings.TrimSpace(stderr.String()))
			}
			lat = append(lat, time.Since(t))
		}
		out = append(out, pointFrom(n, lat, time.Since(start)))
	}
	return out, nil
}

// bestPoint picks by objective: highest throughput, or lowest p99 (ties
// to fewer Ps, which cost less).
func bestPoint(points []SweepPoint, objective string) int {
	best := 0
	for i, p := range points {
		switch objective {
		case "latency":
			if p.P99 < points[best].P99 {
				best = i
			}
		default:
			if p.Throughput > points[best].Throughput {
				best = i
			}
		}
	}
	return best
}

func writeSweep(w io.Writer, points []SweepPoint, best int, objective string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "GOMAXPROCS\tops\tops/s\tp50\tp99\t\t")
	for i, p := range points {
		mark := ""
		if i == best {
			mark = "← best " + objective
		}
		fmt.Fprintf(tw, "%d\t%d\t%.0f\t%v\t%v\t%s\t\n", p.Procs, p.Ops, p.Throughput, roundDur(p.P50), roundDur(p.P99), mark)
	}
	return tw.Flush()
}

func runMaxprocs(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("maxprocs",
		"Explain this process's default GOMAXPROCS (CPU count, cgroup cpu.max, Go 1.25 rounding),\n"+
			"then run a workload at GOMAXPROCS = 1 … 2×CPUs and pick the best for an objective.\n"+
			"Workloads: cpu (200 µs CPU units), mixed (100 µs CPU + 200 µs wait), or -cmd.",
		"  "+progName+" maxprocs\n"+
			"  "+progName+" maxprocs -workload mixed -objective latency\n"+
			"  "+progName+" maxprocs -cmd 'go version' -runs 3\n", stdout)
	workload := f.String("workload", "cpu", "built-in `workload`: cpu or mixed")
	objective := f.String("objective", "throughput", "what to optimise: throughput or latency (p99)")
	d := f.Duration("duration", 300*time.Millisecond, "time per GOMAXPROCS setting (built-in workloads)")
	clients := f.Int("clients", 0, "concurrent clients (default 4×CPUs)")
	maxP := f.Int("max", 0, "highest GOMAXPROCS to try (default 2×CPUs)")
	cmdline := f.String("cmd", "", "run this `command` (split on spaces) instead, GOMAXPROCS in its environment")
	runs := f.Int("runs", 5, "runs of -cmd per setting")
	explainOnly := f.Bool("explain", false, "only explain the default; do not sweep")
	if err := f.parse(args); err != nil {
		return err
	}
	ncpu := runtime.NumCPU()
	if *maxP == 0 {
		*maxP = 2 * ncpu
	}
	if *clients == 0 {
		*clients = 4 * ncpu
	}
	_, known := sweepWorkloads[*workload]
	switch {
	case !known:
		return f.fail("-workload must be cpu or mixed")
	case *objective != "throughput" && *objective != "latency":
		return f.fail("-objective must be throughput or latency")
	case *maxP < 1 || *maxP > 1024:
		return f.fail("-max must be between 1 and 1024")
	case *clients < 1 || *clients > 100000:
		return f.fail("-clients must be between 1 and 100000")
	case *d < 10*time.Millisecond || *d > time.Minute:
		return f.fail("-duration must be between 10ms and 1m")
	case *runs < 1 || *runs > 1000:
		return f.fail("-runs must be between 1 and 1000")
	}
	e, err := explainProcs(os.DirFS("/"))
	e.write(stdout)
	if err != nil {
		fmt.Fprintf(stdout, "(cgroup: %v)\n", err)
	}
	if *explainOnly {
		return nil
	}
	procs := make([]int, *maxP)
	for i := range procs {
		procs[i] = i + 1
	}
	var points []SweepPoint
	if *cmdline != "" {
		argv := strings.Fields(*cmdline)
		fmt.Fprintf(stdout, "\nsweep: %q, %d runs per setting; an op is one run\n", *cmdline, *runs)
		points, err = sweepCommand(ctx, argv, procs, *runs)
	} else {
		fmt.Fprintf(stdout, "\nsweep: %s workload, %d clients in a closed loop, %v per setting\n", *workload, *clients, *d)
		points, err = sweepInProcess(ctx, sweepWorkloads[*workload], procs, *clients, *d)
	}
	if err != nil {
		return err
	}
	best := bestPoint(points, *objective)
	if err := writeSweep(stdout, points, best, *objective); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "best for %s: GOMAXPROCS=%d (the default here is %d)\n", *objective, points[best].Procs, e.GoDefault)
	return nil
}
