package main

// This file holds the GC tuner: a GOGC controller that, after every GC
// cycle, sets GOGC so the next heap goal lands under a threshold of a
// memory limit, with a guard that stops it from trading the limit for a
// GC death spiral. It also reads the limit from the cgroup.
//
// The pacer (runtime/mgcpacer.go, the 2021 redesign) sets the heap goal
// of the next cycle to
//
//	goal = live + (live + stacks + globals) × GOGC/100
//
// so with a small live heap GOGC=100 collects far more often than the
// memory available requires. bytedance's gctuner and Uber's GC tuner fix
// GOGC per cycle as (threshold − live)/live × 100, clamped, where
// threshold is a fraction of the limit: a small heap gets a large GOGC
// and few cycles, a heap near the threshold gets GOGC near the minimum.
//
// What this one does differently:
//
//   - It reads the live heap the last cycle marked (/gc/heap/live:bytes)
//     from runtime/metrics. gctuner calls runtime.ReadMemStats, which
//     stops the world, and uses HeapInuse, which counts spans not yet
//     swept and so overstates the live heap right after a cycle.
//   - It is notified of each cycle by runtime.AddCleanup on a sentinel
//     that re-arms itself, rather than by a finalizer that resurrects its
//     object (gctuner's finalizer.go); Stop disarms it and restores GOGC.
//   - The death-spiral guard: when the live heap approaches the limit, a
//     GOGC-only controller drives GOGC to its minimum and the GC runs
//     back to back (GOMEMLIMIT's limiter caps the GC at 50% CPU for the
//     same reason, golang/go#48409). Here, when the GC's share of CPU
//     since the last cycle exceeds MaxGCCPU, GOGC is doubled instead of
//     lowered: the heap is allowed past the threshold rather than the
//     program stalled, and the step says so.
//
// Rejected: setting GOMEMLIMIT to the limit as well. The runtime's limit
// is a hard goal that ignores GOGC when near and spends up to 50% CPU
// defending it; a container with a hard OOM limit may want that, but
// then the tuner adds little over GOMEMLIMIT alone, which the tune table
// measures as its own row.

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
)

// TunerOptions configure a [Tuner]; zero fields take the defaults given.
type TunerOptions struct {
	// Limit is the memory limit in bytes. Required.
	Limit uint64
	// Threshold is the fraction of Limit the heap goal is kept under
	// (default 0.7, gctuner's recommendation).
	Threshold float64
	// MinGOGC and MaxGOGC bound GOGC (defaults 50 and 500, gctuner's).
	MinGOGC, MaxGOGC int
	// MaxGCCPU is the GC's share of CPU between two cycles above which
	// the guard raises GOGC instead of lowering it (default 0.25).
	MaxGCCPU float64
	// Observe, when set, is called after each cycle's decision, on the
	// runtime's cleanup goroutine: it must not block.
	Observe func(TunerStep)

	// Seams for tests: nil means debug.SetGCPercent and SampleGC.
	setGCPercent func(int) int
	sample       func() GCSample
}

// TunerStep is one cycle's decision.
type TunerStep struct {
	Cycle  uint64
	Live   uint64  // bytes marked live by the cycle
	GCCPU  float64 // GC share of CPU since the previous step
	GOGC   int     // the value set
	Guard  bool    // the CPU guard raised GOGC
	Reason string
}

// ErrLimitBelowLive reports a limit the live heap already exceeds: no
// GOGC can keep the heap under it.
var ErrLimitBelowLive = errors.New("memory limit below the live heap")

// ErrNoLimit reports that no memory limit was given or found.
var ErrNoLimit = errors.New("no memory limit")

// Tuner adjusts GOGC after every GC cycle; see the file comment. Make it
// with [StartTuner] and end it with Stop. It is safe for concurrent use.
type Tuner struct {
	opts     TunerOptions
	original int

	// mu guards the fields below and serialises steps with Stop.
	mu      sync.Mutex
	stopped bool
	last    GCSample
	steps   int
	guards  int
	gogc    int
}

// StartTuner starts a tuner with o's options. It returns
// [ErrNoLimit] when o.Limit is zero.
func StartTuner(o TunerOptions) (*Tuner, error) {
	if o.Limit == 0 {
		return nil, ErrNoLimit
	}
	if o.Threshold <= 0 || o.Threshold > 1 {
		o.Threshold = 0.7
	}
	if o.MinGOGC <= 0 {
		o.MinGOGC = 50
	}
	if o.MaxGOGC <= 0 {
		o.MaxGOGC = 500
	}
	o.MaxGOGC = max(o.MaxGOGC, o.MinGOGC)
	if o.MaxGCCPU <= 0 || o.MaxGCCPU > 1 {
		o.MaxGCCPU = 0.25
	}
	if o.setGCPercent == nil {
		o.setGCPercent = debug.SetGCPercent
	}
	if o.sample == nil {
		o.sample = SampleGC
	}
	t := &Tuner{opts: o}
	t.last = o.sample()
	t.original = o.setGCPercent(100)
	o.setGCPercent(t.original)
	t.gogc = t.original
	t.arm()
	return t, nil
}

// gcSentinel is the object whose collection signals a GC cycle. It is
// 32 bytes so it is not a tiny allocation: cleanups attached to tiny
// objects may never run (runtime.AddCleanup's documentation).
type gcSentinel struct{ _ [32]byte }

func (t *Tuner) arm() {
	runtime.AddCleanup(new(gcSentinel), (*Tuner).onGC, t)
}

// onGC runs after a cycle collected the sentinel: one step, then re-arm.
func (t *Tuner) onGC() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return
	}
	now := t.opts.sample()
	step := decide(t.opts, t.gogc, now, t.last)
	t.last = now
	t.gogc = step.GOGC
	t.steps++
	if step.Guard {
		t.guards++
	}
	t.opts.setGCPercent(step.GOGC)
	if t.opts.Observe != nil {
		t.opts.Observe(step)
	}
	t.arm()
}

// decide is one step of the controller, a pure function of the options,
// the current GOGC and two samples.
func decide(o TunerOptions, gogc int, now, prev GCSample) TunerStep {
	step := TunerStep{Cycle: now.Cycles, Live: now.HeapLive}
	if cpu := now.TotalCPU - prev.TotalCPU; cpu > 0 {
		step.GCCPU = (now.GCCPU - prev.GCCPU) / cpu
	}
	target := o.Threshold * float64(o.Limit)
	switch {
	case step.GCCPU > o.MaxGCCPU && gogc < o.MaxGOGC:
		step.GOGC = min(max(gogc*2, 100), o.MaxGOGC)
		step.Guard = true
		step.Reason = fmt.Sprintf("GC used %.0f%% of CPU (cap %.0f%%): GOGC raised, heap may pass the threshold", 100*step.GCCPU, 100*o.MaxGCCPU)
	case now.HeapLive == 0:
		step.GOGC, step.Reason = gogc, "no live heap measured yet"
	case float64(now.HeapLive) >= target:
		step.GOGC = o.MinGOGC
		step.Reason = fmt.Sprintf("live heap %s at or above the threshold %s", formatBytes(int64(now.HeapLive)), formatBytes(int64(target)))
	default:
		g := int((target - float64(now.HeapLive)) / float64(now.HeapLive) * 100)
		step.GOGC = min(max(g, o.MinGOGC), o.MaxGOGC)
		step.Reason = "goal under the threshold"
	}
	return step
}

// Stop disarms the tuner and restores the GOGC it found. It returns the
// number of steps taken and how many the guard decided.
func (t *Tuner) Stop() (steps, guards int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.stopped {
		t.stopped = true
		t.opts.setGCPercent(t.original)
	}
	return t.steps, t.guards
}

// GOGC returns the value the tuner last set.
func (t *Tuner) GOGC() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.gogc
}

// CgroupMemoryLimit returns the memory limit of the cgroup this process
// is in, reading procCgroup (normally /proc/self/cgroup) and the cgroup
// file system at root (normally /sys/fs/cgroup): memory.max for cgroup
// v2, memory.limit_in_bytes for v1. It returns [ErrNoLimit] when the
// cgroup sets none ("max", or v1's page-rounded MaxInt64).
func CgroupMemoryLimit(procCgroup, root string) (uint64, error) {
	f, err := os.Open(procCgroup)
	if err != nil {
		return 0, fmt.Errorf("cgroup limit: %w", err)
	}
	defer f.Close()
	var v2, v1 string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), ":", 3)
		if len(parts) != 3 {
			continue
		}
		switch {
		case parts[0] == "0" && parts[1] == "":
			v2 = parts[2]
		case strings.Contains(","+parts[1]+",", ",memory,"):
			v1 = parts[2]
		}
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("cgroup limit: %w", err)
	}
	// A hybrid host lists both; the v2 file exists only where the memory
	// controller is on the unified hierarchy, so try it first.
	var files []string
	if v2 != "" {
		files = append(files, filepath.Join(root, filepath.Clean("/"+v2), "memory.max"))
	}
	if v1 != "" {
		files = append(files, filepath.Join(root, "memory", filepath.Clean("/"+v1), "memory.limit_in_bytes"))
	}
	if len(files) == 0 {
		return 0, fmt.Errorf("cgroup limit: no memory cgroup in %s: %w", procCgroup, ErrNoLimit)
	}
	var (
		data []byte
		file string
	)
	for _, file = range files {
		if data, err = os.ReadFile(file); err == nil {
			break
		}
	}
	if err != nil {
		return 0, fmt.Errorf("cgroup limit: %w", err)
	}
	s := strings.TrimSpace(string(data))
	if s == "max" {
		return 0, fmt.Errorf("cgroup limit: %s is max: %w", file, ErrNoLimit)
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("cgroup limit: %s: %w", file, err)
	}
	if n >= 1<<62 { // v1 reports "no limit" as MaxInt64 rounded down to a page
		return 0, fmt.Errorf("cgroup limit: %s is unlimited: %w", file, ErrNoLimit)
	}
	return n, nil
}
