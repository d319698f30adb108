package main

// This file holds the gctrace parser: one GODEBUG=gctrace=1 line of Go
// 1.26 into a struct, with every field, and a summary over a run.
//
// The runtime prints the line in gcMarkTermination (runtime/mgc.go) and
// documents it in runtime/extern.go:
//
//	gc # @#s #%: #+#+# ms clock, #+#/#/#+# ms cpu, #->#-># MB, # MB goal, # MB stacks, #MB globals, # P
//
// The three clock times are the phases (STW sweep termination,
// concurrent mark, STW mark termination); the five CPU times are STW
// sweep termination, mark assist, background mark (dedicated and
// fractional workers), idle mark, STW mark termination; the heap figures
// are MB (>>20, truncated) at the start and end of the cycle and the live
// heap marked. " (forced)" ends a cycle started by runtime.GC(), and Go
// 1.26 may add " (checking for goroutine leaks)" after the CPU percent.
//
// The format "is subject to change" and has changed (stacks and globals
// arrived in Go 1.19), so the parser matches the whole line and refuses
// anything else as [ErrGCTraceFormat] with the line: a line of another
// version must be reported, never read into zeros.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// GCTrace is one parsed gctrace line.
type GCTrace struct {
	Cycle      int           `json:"cycle"`
	At         time.Duration `json:"at_ns"` // since program start
	CPUPercent int           `json:"cpu_percent"`
	// LeakCheck marks a cycle that also checked for leaked goroutines
	// (GOEXPERIMENT=goroutineleakprofile).
	LeakCheck bool `json:"leak_check,omitempty"`
	// Wall-clock phase times.
	SweepTermWall time.Duration `json:"sweep_term_wall_ns"`
	MarkWall      time.Duration `json:"mark_wall_ns"`
	MarkTermWall  time.Duration `json:"mark_term_wall_ns"`
	// CPU times.
	SweepTermCPU  time.Duration `json:"sweep_term_cpu_ns"`
	AssistCPU     time.Duration `json:"assist_cpu_ns"`
	BackgroundCPU time.Duration `json:"background_cpu_ns"`
	IdleCPU       time.Duration `json:"idle_cpu_ns"`
	MarkTermCPU   time.Duration `json:"mark_term_cpu_ns"`
	// Heap sizes in MiB as printed (truncated, not rounded).
	HeapStartMB int64 `json:"heap_start_mb"`
	HeapEndMB   int64 `json:"heap_end_mb"`
	LiveMB      int64 `json:"live_mb"`
	GoalMB      int64 `json:"goal_mb"`
	StacksMB    int64 `json:"stacks_mb"`
	GlobalsMB   int64 `json:"globals_mb"`
	Procs       int   `json:"procs"`
	Forced      bool  `json:"forced,omitempty"`
}

// STW returns the cycle's two stop-the-world phases' wall time.
func (g GCTrace) STW() time.Duration { return g.SweepTermWall + g.MarkTermWall }

var (
	// ErrNotGCTrace reports a line that is not a gctrace line at all (the
	// program's own stderr output).
	ErrNotGCTrace = errors.New("not a gctrace line")
	// ErrGCTraceFormat reports a line that starts like a gctrace line
	// ("gc N @") but is not in Go 1.26's format.
	ErrGCTraceFormat = errors.New("gctrace line not in the Go 1.26 format")
)

const (
	msRE = `(\d+(?:\.\d+)?)`
	mbRE = `(\d+)`
)

var (
	gctracePrefixRE = regexp.MustCompile(`^gc \d+ @`)
	gctraceRE       = regexp.MustCompile(`^gc (\d+) @(\d+\.\d+)s (\d+)%( \(checking for goroutine leaks\))?: ` +
		msRE + `\+` + msRE + `\+` + msRE + ` ms clock, ` +
		msRE + `\+` + msRE + `/` + msRE + `/` + msRE + `\+` + msRE + ` ms cpu, ` +
		mbRE + `->` + mbRE + `->` + mbRE + ` MB, ` + mbRE + ` MB goal, ` + mbRE + ` MB stacks, ` +
		mbRE + ` MB globals, (\d+) P( \(forced\))?$`)
)

// ParseGCTrace parses one line. A line that is not gctrace output gives
// [ErrNotGCTrace]; one that begins like it but does not match the Go
// 1.26 format gives [ErrGCTraceFormat] quoting the line.
func ParseGCTrace(line string) (GCTrace, error) {
	line = strings.TrimRight(line, "\r\n")
	if !gctracePrefixRE.MatchString(line) {
		return GCTrace{}, ErrNotGCTrace
	}
	m := gctraceRE.FindStringSubmatch(line)
	if m == nil {
		return GCTrace{}, fmt.Errorf("%w: %q", ErrGCTraceFormat, line)
	}
	var (
		g   GCTrace
		err error
	)
	atoi := func(s string) int64 {
		v, e := strconv.ParseInt(s, 10, 64)
		err = errors.Join(err, e)
		return v
	}
	ms := func(s string) time.Duration {
		v, e := strconv.ParseFloat(s, 64)
		err = errors.Join(err, e)
		return time.Duration(v * float64(time.Millisecond))
	}
	g.Cycle = int(atoi(m[1]))
	sec, e := strconv.ParseFloat(m[2], 64)
	err = errors.Join(err, e)
	g.At = time.Duration(sec * float64(time.Second))
	g.CPUPercent = int(atoi(m[3]))
	g.LeakCheck = m[4] != ""
	g.SweepTermWall, g.MarkWall, g.MarkTermWall = ms(m[5]), ms(m[6]), ms(m[7])
	g.SweepTermCPU, g.AssistCPU, g.BackgroundCPU, g.IdleCPU, g.MarkTermCPU = ms(m[8]), ms(m[9]), ms(m[10]), ms(m[11]), ms(m[12])
	g.HeapStartMB, g.HeapEndMB, g.LiveMB = atoi(m[13]), atoi(m[14]), atoi(m[15])
	g.GoalMB, g.StacksMB, g.GlobalsMB = atoi(m[16]), atoi(m[17]), atoi(m[18])
	g.Procs = int(atoi(m[19]))
	g.Forced = m[20] != ""
	if err != nil { // only on overflow: the expression admits digits only
		return GCTrace{}, fmt.Errorf("%w: %q: %w", ErrGCTraceFormat, line, err)
	}
	return g, nil
}

// GCTraceLog is a run's gctrace output: the parsed cycles, the lines that
// looked like gctrace but were not in this version's format, and the
// count of other lines.
type GCTraceLog struct {
	Cycles   []GCTrace `json:"cycles"`
	Unparsed []string  `json:"unparsed,omitempty"`
	Other    int       `json:"other_lines"`
}

// ScanGCTrace reads r to its end. Lines that are not gctrace go to other
// (nil discards them), as the program wrote them.
func ScanGCTrace(r io.Reader, other io.Writer) (*GCTraceLog, error) {
	var log GCTraceLog
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		g, err := ParseGCTrace(sc.Text())
		switch {
		case err == nil:
			log.Cycles = append(log.Cycles, g)
		case errors.Is(err, ErrGCTraceFormat):
			log.Unparsed = append(log.Unparsed, sc.Text())
		default:
			log.Other++
			if other != nil {
				fmt.Fprintln(other, sc.Text())
			}
		}
	}
	if err := sc.Err(); err != nil {
		return &log, fmt.Errorf("read gctrace: %w", err)
	}
	return &log, nil
}

// GCTraceSummary condenses a run's cycles.
type GCTraceSummary struct {
	Cycles, Forced int
	// CPUPercent is the last line's: the runtime's running total since
	// program start, not an average of the lines.
	CPUPercent int
	// STW pause quantiles over the cycles' phases (each cycle has two).
	PauseP50, PauseP99, PauseMax time.Duration
	PauseTotal                   time.Duration
	PeakHeapMB, PeakGoalMB       int64
	AssistCPU                    time.Duration
}

// Summary returns the summary of l's cycles.
func (l *GCTraceLog) Summary() GCTraceSummary {
	var s GCTraceSummary
	var pauses []time.Duration
	for _, g := range l.Cycles {
		s.Cycles++
		if g.Forced {
			s.Forced++
		}
		s.CPUPercent = g.CPUPercent
		pauses = append(pauses, g.SweepTermWall, g.MarkTermWall)
		s.PauseTotal += g.STW()
		s.PeakHeapMB = max(s.PeakHeapMB, g.HeapStartMB, g.HeapEndMB)
		s.PeakGoalMB = max(s.PeakGoalMB, g.GoalMB)
		s.AssistCPU += g.AssistCPU
	}
	slices.Sort(pauses)
	s.PauseP50, s.PauseP99 = quantile(pauses, 0.50), quantile(pauses, 0.99)
	if len(pauses) > 0 {
		s.PauseMax = pauses[len(pauses)-1]
	}
	return s
}

// quantile returns the nearest-rank q-quantile of sorted xs (0 if empty).
func quantile[T any](xs []T, q float64) T {
	var zero T
	if len(xs) == 0 {
		return zero
	}
	i := int(q*float64(len(xs))+0.999999) - 1
	return xs[min(max(i, 0), len(xs)-1)]
}

// writeGCTraceReport prints a child's gctrace summary and, for the
// built-in workload, the child's own runtime/metrics figures beside it.
func writeGCTraceReport(w io.Writer, cr *ChildRun, builtin, verbose bool) error {
	bw := bufio.NewWriter(w)
	if verbose {
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "cycle\t@\tcpu%\tSTW\tmark wall\tassist cpu\theap MB start→end→live\tgoal MB\tP\tforced\t")
		for _, g := range cr.Trace.Cycles {
			fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", g.Cycle, g.At.Round(time.Millisecond), g.CPUPercent,
				g.STW(), g.MarkWall, g.AssistCPU, g.HeapStartMB, g.HeapEndMB, g.LiveMB, g.GoalMB, g.Procs, g.Forced)
		}
		tw.Flush()
		fmt.Fprintln(bw)
	}
	s := cr.Trace.Summary()
	fmt.Fprintf(bw, "gctrace:  %d cycles (%d forced), GC CPU %d%% since start (the last line's figure)\n", s.Cycles, s.Forced, s.CPUPercent)
	fmt.Fprintf(bw, "          STW pauses p50 %v, p99 %v, max %v, total %v; mark assist CPU %v\n", s.PauseP50, s.PauseP99, s.PauseMax, s.PauseTotal, s.AssistCPU)
	fmt.Fprintf(bw, "          peak heap %d MB, peak goal %d MB\n", s.PeakHeapMB, s.PeakGoalMB)
	if builtin {
		r := cr.Result
		fmt.Fprintf(bw, "metrics:  %d cycles, GC CPU %.1f%% of the workload's CPU, pause p99 %v (histogram bucket bound), peak heap %s, peak RSS %s, wall %v\n",
			r.Cycles, 100*r.GCCPU, r.PauseP99, formatBytes(int64(r.PeakHeap)), formatBytes(int64(r.PeakRSS)), r.Wall.Round(time.Millisecond))
	}
	if n := len(cr.Trace.Unparsed); n > 0 {
		fmt.Fprintf(bw, "unparsed: %d lines in another format, first: %s\n", n, cr.Trace.Unparsed[0])
	}
	return bw.Flush()
}

// formatGCTrace prints g in the runtime's format (runtime/mgc.go), the
// inverse of [ParseGCTrace] up to the runtime's rounding of times.
func formatGCTrace(g GCTrace) string {
	ms := func(d time.Duration) string { return strconv.FormatFloat(float64(d)/1e6, 'f', -1, 64) }
	var b strings.Builder
	fmt.Fprintf(&b, "gc %d @%.3fs %d%%", g.Cycle, g.At.Seconds(), g.CPUPercent)
	if g.LeakCheck {
		b.WriteString(" (checking for goroutine leaks)")
	}
	fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goal, %d MB stacks, %d MB globals, %d P",
		ms(g.SweepTermWall), ms(g.MarkWall), ms(g.MarkTermWall),
		ms(g.SweepTermCPU), ms(g.AssistCPU), ms(g.BackgroundCPU), ms(g.IdleCPU), ms(g.MarkTermCPU),
		g.HeapStartMB, g.HeapEndMB, g.LiveMB, g.GoalMB, g.StacksMB, g.GlobalsMB, g.Procs)
	if g.Forced {
		b.WriteString(" (forced)")
	}
	return b.String()
}
