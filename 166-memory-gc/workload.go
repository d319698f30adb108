package main

// This file holds the built-in allocation workload that the gctrace and
// tune tables run in child processes, and the runner that starts a child
// with GODEBUG=gctrace=1 and reads its trace and its result.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// WorkloadSpec is the workload's shape. The work is a fixed amount of
// allocation, not a duration, so every GC setting does the same work and
// the rows of a table differ only in what the GC did.
type WorkloadSpec struct {
	// LiveMiB is the live set kept throughout, in objects of ObjBytes
	// replaced round-robin (default 32).
	LiveMiB int
	// ChurnMiB is the total allocated (default 512).
	ChurnMiB int
	// ObjBytes is the size of each object (default 4096).
	ObjBytes int
}

func (s WorkloadSpec) withDefaults() WorkloadSpec {
	if s.LiveMiB <= 0 {
		s.LiveMiB = 32
	}
	if s.ChurnMiB <= 0 {
		s.ChurnMiB = 512
	}
	if s.ObjBytes <= 0 {
		s.ObjBytes = 4096
	}
	return s
}

// WorkloadResult is what a workload run reports, measured inside the
// process from runtime/metrics and /proc/self/status.
type WorkloadResult struct {
	Wall        time.Duration `json:"wall_ns"`
	Cycles      uint64        `json:"gc_cycles"`
	GCCPU       float64       `json:"gc_cpu_fraction"`
	PauseP99    time.Duration `json:"pause_p99_ns"`
	PauseMax    time.Duration `json:"pause_max_ns"`
	PeakHeap    uint64        `json:"peak_heap_bytes"`   // max of /memory/classes/heap/objects:bytes sampled
	PeakMapped  uint64        `json:"peak_mapped_bytes"` // max of mapped minus released
	PeakRSS     uint64        `json:"peak_rss_bytes"`    // VmHWM, 0 where /proc is missing
	GOGC        int64         `json:"gogc"`              // at the end
	MemLimit    int64         `json:"memlimit"`          // at the end
	TunerNote   string        `json:"tuner_note,omitempty"`
	AllocBytes  uint64        `json:"alloc_bytes"`
	LiveAtEndMB uint64        `json:"live_end_bytes"`
}

// runWorkload allocates spec.ChurnMiB in spec.ObjBytes objects while
// keeping spec.LiveMiB live, sampling the peak heap as it goes.
func runWorkload(ctx context.Context, spec WorkloadSpec) WorkloadResult {
	spec = spec.withDefaults()
	live := make([][]byte, spec.LiveMiB<<20/spec.ObjBytes)
	steps := spec.ChurnMiB << 20 / spec.ObjBytes
	start := SampleGC()
	t0 := time.Now()
	var peakHeap, peakMapped uint64
	for i := range steps {
		b := make([]byte, spec.ObjBytes)
		b[0] = byte(i)
		live[i%len(live)] = b
		if i%1024 == 0 {
			if ctx.Err() != nil {
				break
			}
			s := SampleGC()
			peakHeap, peakMapped = max(peakHeap, s.HeapObjects), max(peakMapped, s.Mapped)
		}
	}
	end := SampleGC()
	wall := time.Since(t0)
	iv := end.Since(start)
	return WorkloadResult{
		Wall: wall, Cycles: iv.Cycles, GCCPU: iv.CPUFraction, PauseP99: iv.PauseP99, PauseMax: iv.PauseMax,
		PeakHeap: max(peakHeap, end.HeapObjects), PeakMapped: max(peakMapped, end.Mapped), PeakRSS: peakRSS(),
		GOGC: end.GOGC, MemLimit: end.MemLimit, AllocBytes: iv.AllocBytes, LiveAtEndMB: end.HeapLive,
	}
}

// peakRSS returns the process's peak resident set (VmHWM) in bytes, or 0
// where /proc/self/status is not available.
func peakRSS() uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) == 2 && f[1] == "kB" {
				kb, err := strconv.ParseUint(f[0], 10, 64)
				if err == nil {
					return kb << 10
				}
			}
		}
	}
	return 0
}

// childEnv names the environment variable that makes a test binary run
// the command line instead of its tests, so the tests can start
// themselves as children exactly as the program does.
const childEnv = "MEMGC_166_CHILD"

// ChildRun is one child process's outcome: its parsed gctrace and the
// result line it printed.
type ChildRun struct {
	Trace  *GCTraceLog
	Result WorkloadResult
	Stdout string
}

// ErrChild reports a child process that failed; its stderr is quoted.
var ErrChild = errors.New("child process failed")

// runChild runs argv with GODEBUG=gctrace=1 added to env (after any
// GODEBUG already there, so the caller's settings win), parses its stderr
// as gctrace and, when parseResult is set, its last stdout line as a
// [WorkloadResult]. Non-gctrace stderr lines go to passStderr.
func runChild(ctx context.Context, argv []string, env []string, parseResult bool, passStderr io.Writer) (*ChildRun, error) {
	if len(argv) == 0 {
		return nil, fmt.Errorf("run child: no command: %w", errUsage)
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = withGODEBUG(append(os.Environ(), env...), "gctrace=1")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, fmt.Errorf("run child: %w", err)
	}
	var other bytes.Buffer
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("run child %s: %w", argv[0], err)
	}
	trace, scanErr := ScanGCTrace(stderr, io.MultiWriter(&other, orDiscard(passStderr)))
	waitErr := cmd.Wait()
	if waitErr != nil {
		return nil, fmt.Errorf("%w: %s: %w\n%s", ErrChild, strings.Join(argv, " "), waitErr, strings.TrimSpace(other.String()))
	}
	if scanErr != nil {
		return nil, scanErr
	}
	run := &ChildRun{Trace: trace, Stdout: stdout.String()}
	if parseResult {
		last := ""
		sc := bufio.NewScanner(strings.NewReader(stdout.String()))
		for sc.Scan() {
			if t := strings.TrimSpace(sc.Text()); t != "" {
				last = t
			}
		}
		if err := json.Unmarshal([]byte(last), &run.Result); err != nil {
			return nil, fmt.Errorf("%w: result line %q: %w", ErrChild, last, err)
		}
	}
	return run, nil
}

func orDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}

// withGODEBUG returns env with setting added to GODEBUG: prepended, so a
// setting the user already gave for the same key comes later and wins.
func withGODEBUG(env []string, setting string) []string {
	out := make([]string, 0, len(env)+1)
	found := false
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GODEBUG="); ok {
			found = true
			if v != "" {
				kv = "GODEBUG=" + setting + "," + v
			} else {
				kv = "GODEBUG=" + setting
			}
		}
		out = append(out, kv)
	}
	if !found {
		out = append(out, "GODEBUG="+setting)
	}
	return out
}

// selfArgv returns the argv that runs this program's command line with
// args: the executable itself, with childEnv set so a test binary runs
// the command line too.
func selfArgv(args ...string) ([]string, []string, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, nil, fmt.Errorf("find own executable: %w", err)
	}
	return append([]string{exe}, args...), []string{childEnv + "=1"}, nil
}
