package main

// This file holds the allocation tracker and the leak detector.
//
// The tracker wraps a phase of a program (a func, or Start/Stop around
// any code) and reports three things, each from the runtime itself:
//
//   - what the phase allocated: the difference of /gc/heap/allocs:bytes
//     and /gc/heap/allocs:objects, each read right after a forced GC. The
//     runtime counts a small object when its span leaves the P's mcache
//     (mcache.refill, or releaseAll during a GC), so a read in the middle
//     of a span misses up to a span of allocations: in a first version
//     that read the counters without a GC, a phase of 1000 allocations
//     of 1 KiB showed as 999;
//   - what it left live: /gc/heap/live:bytes after a forced GC on each
//     side (a forced cycle marks everything still reachable, so the
//     difference is what the phase retained, not what it had not yet
//     freed);
//   - where it allocated: the heap profile (runtime/pprof's "heap", the
//     alloc_space and alloc_objects sample types) taken before and after,
//     parsed with github.com/google/pprof/profile, and subtracted as
//     `go tool pprof -base` does (scale the base by −1 and merge).
//
// Three details of runtime/mprof.go shape the order of the steps. (1) The
// heap profile is a snapshot as of the last completed GC ("the 3-stage
// scheme": a malloc counts toward the next mark termination), so each
// snapshot is taken right after a runtime.GC(). (2) runtime/pprof scales
// every record by the MemProfileRate in force when the profile is
// written, not the one each record was sampled at, so both snapshots are
// written with the phase's rate; records from before the phase are then
// scaled alike in both and cancel in the delta. (3) A rate other than 1
// takes effect only when each P's current sampling countdown
// (mcache.nextSample) runs out; rate 1 records every allocation at once,
// which is why it is the default: exact, at the cost of a stack walk per
// allocation during the phase. The profile written at Start is itself
// allocated inside the window; its samples are recognised by the
// snapshot function on their stack and dropped.
//
// The leak detector watches the live heap across GC cycles. A leak is
// not "the heap is big" or "this cycle grew": it is live heap that keeps
// growing, cycle after cycle. [DetectLeak] therefore asks for three
// things over a window of N post-cycle samples: a positive least-squares
// slope, a total growth above a floor (so allocator noise of a few KiB is
// never a leak), and growth in most consecutive pairs (so one step up
// from a cache warming is not either). [LeakWatcher] collects the samples
// in a running program: a sentinel object with a runtime.AddCleanup that
// re-arms itself learns of every cycle, as the GC tuner does.

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"

	"github.com/google/pprof/profile"
)

// ErrPhaseActive is returned by [StartPhase] when another phase is being
// tracked: runtime.MemProfileRate is one global setting.
var ErrPhaseActive = errors.New("another phase is being tracked")

// ErrPhaseStopped is returned by [Phase.Stop] on a phase already stopped.
var ErrPhaseStopped = errors.New("phase already stopped")

// TrackOptions configure [StartPhase]; the zero value means the defaults.
type TrackOptions struct {
	// MemProfileRate is runtime.MemProfileRate during the phase: one
	// sample per that many bytes allocated. 0 means 1, every allocation.
	MemProfileRate int
	// Top is how many allocation sites the report keeps (default 10).
	Top int
}

// AllocSite is one place that allocated during a phase: the innermost
// frame of the allocating stacks outside the runtime, with the bytes and
// objects the heap profile attributes to it.
type AllocSite struct {
	Func    string `json:"func"`
	File    string `json:"file"`
	Line    int64  `json:"line"`
	Bytes   int64  `json:"bytes"`
	Objects int64  `json:"objects"`
	// Stack is the heaviest stack through this site, innermost first,
	// at most four frames, each "func file:line".
	Stack []string `json:"stack"`
}

// PhaseReport is what a tracked phase allocated and retained.
type PhaseReport struct {
	// AllocBytes and AllocObjects are from runtime/metrics: exact.
	AllocBytes   uint64 `json:"alloc_bytes"`
	AllocObjects uint64 `json:"alloc_objects"`
	// LiveBefore and LiveAfter are /gc/heap/live:bytes after a forced GC
	// on each side; LiveDelta is their difference (negative when the
	// phase freed more than it kept).
	LiveBefore uint64 `json:"live_before"`
	LiveAfter  uint64 `json:"live_after"`
	LiveDelta  int64  `json:"live_delta"`
	// ProfileBytes and ProfileObjects are the heap profile's totals for
	// the phase, which at rate 1 agree with AllocBytes and AllocObjects
	// up to the tracker's own few allocations.
	ProfileBytes   int64 `json:"profile_bytes"`
	ProfileObjects int64 `json:"profile_objects"`
	// Rate is the MemProfileRate the profile was sampled at.
	Rate int `json:"rate"`
	// Sites are the top allocation sites by bytes.
	Sites []AllocSite `json:"sites"`
}

// Phase is a phase being tracked, from [StartPhase] to [Phase.Stop].
// Only one phase may be tracked at a time in a process; a Phase is not
// safe for concurrent use (the code it measures may be).
type Phase struct {
	opts             TrackOptions
	oldRate          int
	before           []byte // heap profile at Start, parsed at Stop
	liveBefore       uint64
	allocs           []metrics.Sample // allocs:bytes, allocs:objects, heap/live
	bytes0, objects0 uint64
	stopped          bool
}

// phaseActive is set while a phase owns runtime.MemProfileRate.
var phaseActive atomic.Bool

// StartPhase starts tracking: it sets runtime.MemProfileRate, forces a
// GC and takes the first heap profile and counters. It returns
// [ErrPhaseActive] while another phase is tracked.
func StartPhase(o TrackOptions) (*Phase, error) {
	if !phaseActive.CompareAndSwap(false, true) {
		return nil, ErrPhaseActive
	}
	if o.MemProfileRate <= 0 {
		o.MemProfileRate = 1
	}
	if o.Top <= 0 {
		o.Top = 10
	}
	p := &Phase{opts: o, oldRate: runtime.MemProfileRate}
	p.allocs = []metrics.Sample{{Name: metricAllocBytes}, {Name: metricAllocObjs}, {Name: metricHeapLive}}
	metrics.Read(p.allocs) // the runtime builds its metrics table on the first Read: not in the window
	runtime.MemProfileRate = o.MemProfileRate
	runtime.GC() // publish the profile up to now
	before, err := heapSnapshot()
	if err != nil {
		p.restore()
		return nil, err
	}
	p.before = before
	runtime.GC() // mark the live heap, the snapshot's bytes included
	metrics.Read(p.allocs)
	p.liveBefore = p.allocs[2].Value.Uint64()
	p.bytes0, p.objects0 = p.allocs[0].Value.Uint64(), p.allocs[1].Value.Uint64()
	return p, nil
}

func (p *Phase) restore() {
	runtime.MemProfileRate = p.oldRate
	phaseActive.Store(false)
}

// Stop ends the phase, restores runtime.MemProfileRate and returns the
// report. It forces one GC.
func (p *Phase) Stop() (*PhaseReport, error) {
	if p.stopped {
		return nil, ErrPhaseStopped
	}
	p.stopped = true
	runtime.GC()
	metrics.Read(p.allocs)
	r := &PhaseReport{
		AllocBytes:   p.allocs[0].Value.Uint64() - p.bytes0,
		AllocObjects: p.allocs[1].Value.Uint64() - p.objects0,
		LiveBefore:   p.liveBefore,
		LiveAfter:    p.allocs[2].Value.Uint64(),
		Rate:         p.opts.MemProfileRate,
	}
	r.LiveDelta = int64(r.LiveAfter) - int64(r.LiveBefore)
	after, err := heapSnapshot()
	p.restore()
	if err != nil {
		return nil, err
	}
	delta, err := profileDelta(p.before, after)
	if err != nil {
		return nil, err
	}
	p.before = nil
	r.Sites, r.ProfileBytes, r.ProfileObjects = topSites(delta, p.opts.Top)
	return r, nil
}

// Track runs f as one phase and returns its report.
func Track(o TrackOptions, f func()) (*PhaseReport, error) {
	p, err := StartPhase(o)
	if err != nil {
		return nil, err
	}
	f()
	return p.Stop()
}

// heapSnapshot returns the heap profile in its protobuf form. Its name
// marks the samples of its own allocations, which topSites drops.
func heapSnapshot() ([]byte, error) {
	var buf bytes.Buffer
	if err := pprof.Lookup("heap").WriteTo(&buf, 0); err != nil {
		return nil, fmt.Errorf("heap profile: %w", err)
	}
	return buf.Bytes(), nil
}

// snapshotFunc is heapSnapshot's symbol name as the profile spells it.
var snapshotFunc = runtime.FuncForPC(reflect.ValueOf(heapSnapshot).Pointer()).Name()

// profileDelta parses two heap profiles and returns after minus before,
// samples with no change removed (profile.Merge drops zero samples).
func profileDelta(before, after []byte) (*profile.Profile, error) {
	b, err := profile.ParseData(before)
	if err != nil {
		return nil, fmt.Errorf("heap profile before: %w", err)
	}
	a, err := profile.ParseData(after)
	if err != nil {
		return nil, fmt.Errorf("heap profile after: %w", err)
	}
	b.Scale(-1)
	d, err := profile.Merge([]*profile.Profile{a, b})
	if err != nil {
		return nil, fmt.Errorf("heap profile delta: %w", err)
	}
	return d, nil
}

// sampleIndex returns the index of the sample type named typ.
func sampleIndex(p *profile.Profile, typ string) (int, bool) {
	for i, st := range p.SampleType {
		if st.Type == typ {
			return i, true
		}
	}
	return 0, false
}

// topSites aggregates the delta's alloc_space and alloc_objects by the
// innermost frame and returns the n heaviest sites and the totals.
func topSites(d *profile.Profile, n int) (sites []AllocSite, totalBytes, totalObjects int64) {
	bi, ok1 := sampleIndex(d, "alloc_space")
	oi, ok2 := sampleIndex(d, "alloc_objects")
	if !ok1 || !ok2 {
		return nil, 0, 0
	}
	type agg struct {
		site      AllocSite
		heaviest  int64
		heaviestS *profile.Sample
	}
	bySite := map[string]*agg{}
	for _, s := range d.Sample {
		if len(s.Location) == 0 || onStack(s, snapshotFunc) {
			continue
		}
		by, ob := s.Value[bi], s.Value[oi]
		if by <= 0 {
			continue // records from before the phase that were freed
		}
		totalBytes += by
		totalObjects += ob
		fn, file, line := frame(s.Location[0])
		key := fmt.Sprintf("%s %s:%d", fn, file, line)
		a := bySite[key]
		if a == nil {
			a = &agg{site: AllocSite{Func: fn, File: file, Line: line}}
			bySite[key] = a
		}
		a.site.Bytes += by
		a.site.Objects += ob
		if by > a.heaviest {
			a.heaviest, a.heaviestS = by, s
		}
	}
	for _, a := range bySite {
		for i, loc := range a.heaviestS.Location {
			if i == 4 {
				break
			}
			fn, file, line := frame(loc)
			a.site.Stack = append(a.site.Stack, fmt.Sprintf("%s %s:%d", fn, file, line))
		}
		sites = append(sites, a.site)
	}
	slices.SortFunc(sites, func(x, y AllocSite) int {
		return cmp.Or(cmp.Compare(y.Bytes, x.Bytes), cmp.Compare(x.Func, y.Func), cmp.Compare(x.Line, y.Line))
	})
	return sites[:min(n, len(sites))], totalBytes, totalObjects
}

// frame returns the innermost function of loc (its first Line: inlined
// calls are listed innermost first).
func frame(loc *profile.Location) (fn, file string, line int64) {
	if len(loc.Line) == 0 || loc.Line[0].Function == nil {
		return fmt.Sprintf("%#x", loc.Address), "?", 0
	}
	l := loc.Line[0]
	return l.Function.Name, l.Function.Filename, l.Line
}

// onStack reports whether fn is one of s's frames.
func onStack(s *profile.Sample, fn string) bool {
	for _, loc := range s.Location {
		for _, l := range loc.Line {
			if l.Function != nil && l.Function.Name == fn {
				return true
			}
		}
	}
	return false
}

// WriteText prints the report as aligned text.
func (r *PhaseReport) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "allocated  %s in %d objects (runtime/metrics /gc/heap/allocs)\n", formatBytes(int64(r.AllocBytes)), r.AllocObjects)
	fmt.Fprintf(w, "profiled   %s in %d objects (heap profile delta, MemProfileRate=%d)\n", formatBytes(r.ProfileBytes), r.ProfileObjects, r.Rate)
	sign := "+"
	if r.LiveDelta < 0 {
		sign = "-"
	}
	fmt.Fprintf(w, "live heap  %s -> %s (%s%s, after a forced GC each side)\n\n",
		formatBytes(int64(r.LiveBefore)), formatBytes(int64(r.LiveAfter)), sign, formatBytes(abs64(r.LiveDelta)))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "bytes\tobjects\t\tsite\t")
	for _, s := range r.Sites {
		fmt.Fprintf(tw, "%s\t%d\t\t%s\t\n", formatBytes(s.Bytes), s.Objects, shortSite(s))
	}
	return tw.Flush()
}

// shortSite prints a site as "func file:line" with the file's base name.
func shortSite(s AllocSite) string {
	file := s.File
	if i := strings.LastIndexByte(file, '/'); i >= 0 {
		file = file[i+1:]
	}
	return fmt.Sprintf("%s  %s:%d", s.Func, file, s.Line)
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// LeakOptions configure [DetectLeak]; zero fields take the defaults.
type LeakOptions struct {
	// Window is how many post-cycle samples a verdict needs (default 8).
	Window int
	// MinGrowth is the growth over the window, last minus first sample,
	// below which nothing is a leak (default 1 MiB).
	MinGrowth uint64
	// MinRising is the fraction of consecutive pairs that must grow
	// (default 0.75).
	MinRising float64
}

func (o LeakOptions) withDefaults() LeakOptions {
	if o.Window < 2 {
		o.Window = 8
	}
	if o.MinGrowth == 0 {
		o.MinGrowth = 1 << 20
	}
	if o.MinRising <= 0 || o.MinRising > 1 {
		o.MinRising = 0.75
	}
	return o
}

// LeakVerdict is [DetectLeak]'s answer for the last Window samples.
type LeakVerdict struct {
	Leaking bool
	// Enough is false when there were fewer samples than the window.
	Enough bool
	// Slope is the least-squares growth of the live heap per cycle.
	Slope float64
	// Growth is the last sample minus the first.
	Growth int64
	// Rising is how many consecutive pairs grew, of Pairs.
	Rising, Pairs int
	// Samples are the live-heap samples judged, oldest first.
	Samples []uint64
}

// String says the verdict and its evidence in one line.
func (v LeakVerdict) String() string {
	if !v.Enough {
		return fmt.Sprintf("undecided: %d samples, need more", len(v.Samples))
	}
	word := "steady"
	if v.Leaking {
		word = "LEAKING"
	}
	return fmt.Sprintf("%s: live heap %s/cycle (least squares), %s over %d cycles, rose in %d of %d",
		word, signedBytes(int64(math.Round(v.Slope))), signedBytes(v.Growth), len(v.Samples), v.Rising, v.Pairs)
}

func signedBytes(n int64) string {
	if n < 0 {
		return "-" + formatBytes(-n)
	}
	return "+" + formatBytes(n)
}

// DetectLeak judges the last o.Window live-heap samples (one per GC
// cycle, oldest first). It is a pure function of its arguments.
func DetectLeak(samples []uint64, o LeakOptions) LeakVerdict {
	o = o.withDefaults()
	if len(samples) < o.Window {
		return LeakVerdict{Samples: samples}
	}
	s := samples[len(samples)-o.Window:]
	v := LeakVerdict{Enough: true, Samples: slices.Clone(s), Pairs: len(s) - 1}
	v.Growth = int64(s[len(s)-1]) - int64(s[0])
	for i := 1; i < len(s); i++ {
		if s[i] > s[i-1] {
			v.Rising++
		}
	}
	// Least squares over x = 0..n-1: slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)².
	n := float64(len(s))
	xm := (n - 1) / 2
	var ym float64
	for _, y := range s {
		ym += float64(y)
	}
	ym /= n
	var num, den float64
	for i, y := range s {
		dx := float64(i) - xm
		num += dx * (float64(y) - ym)
		den += dx * dx
	}
	v.Slope = num / den
	v.Leaking = v.Slope > 0 && v.Growth >= int64(o.MinGrowth) &&
		float64(v.Rising) >= o.MinRising*float64(v.Pairs)
	return v
}

// LeakWatcher samples /gc/heap/live:bytes after every GC cycle of the
// process, keeping the last Window samples, and judges them with
// [DetectLeak]. It learns of cycles from a runtime.AddCleanup on a
// sentinel it re-allocates each time, so it costs one small allocation
// per cycle and nothing between cycles.
//
// Make one with [NewLeakWatcher]; it is safe for concurrent use.
type LeakWatcher struct {
	opts    LeakOptions
	observe func(uint64)
	sample  []metrics.Sample // used only on the cleanup goroutine

	// mu guards the fields below.
	mu      sync.Mutex
	samples []uint64
	stopped bool
}

// NewLeakWatcher starts watching. observe, when not nil, is called with
// each sample on the runtime's cleanup goroutine and must not block.
func NewLeakWatcher(o LeakOptions, observe func(live uint64)) *LeakWatcher {
	w := &LeakWatcher{opts: o.withDefaults(), observe: observe,
		sample: []metrics.Sample{{Name: metricHeapLive}}}
	w.arm()
	return w
}

func (w *LeakWatcher) arm() {
	runtime.AddCleanup(new(gcSentinel), (*LeakWatcher).onGC, w)
}

func (w *LeakWatcher) onGC() {
	w.mu.Lock()
	if w.stopped {
		w.mu.Unlock()
		return
	}
	metrics.Read(w.sample)
	live := w.sample[0].Value.Uint64()
	if len(w.samples) == w.opts.Window {
		copy(w.samples, w.samples[1:])
		w.samples = w.samples[:len(w.samples)-1]
	}
	w.samples = append(w.samples, live)
	w.mu.Unlock()
	if w.observe != nil {
		w.observe(live)
	}
	w.arm()
}

// Verdict judges the samples so far.
func (w *LeakWatcher) Verdict() LeakVerdict {
	w.mu.Lock()
	defer w.mu.Unlock()
	return DetectLeak(slices.Clone(w.samples), w.opts)
}

// Stop stops sampling; the sentinel armed last is collected at the next
// cycle and does nothing.
func (w *LeakWatcher) Stop() {
	w.mu.Lock()
	w.stopped = true
	w.mu.Unlock()
}

// ErrTooFewCycles is returned by [WatchForcedCycles] when the watcher did
// not see a sample for enough cycles.
var ErrTooFewCycles = errors.New("leak watcher saw too few GC cycles")

// WatchForcedCycles runs step and then a forced GC until a [LeakWatcher]
// has window samples, and returns its verdict. It waits for each cycle's
// sample by yielding to the runtime's cleanup goroutine a bounded number
// of times, never by sleeping, and gives up after 20 × window cycles.
func WatchForcedCycles(window int, step func()) (LeakVerdict, error) {
	got := make(chan struct{}, 4*window)
	w := NewLeakWatcher(LeakOptions{Window: window}, func(uint64) {
		select {
		case got <- struct{}{}:
		default:
		}
	})
	defer w.Stop()
	n := 0
	for i := 0; i < 20*window && n < window; i++ {
		step()
		runtime.GC()
	wait:
		for range 1000 {
			select {
			case <-got:
				n++
				break wait
			default:
				runtime.Gosched()
			}
		}
	}
	if n < window {
		return LeakVerdict{}, fmt.Errorf("%w: %d of %d", ErrTooFewCycles, n, window)
	}
	return w.Verdict(), nil
}

// trackRecord is one record of the built-in phase.
type trackRecord struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Tags  []string `json:"tags"`
	Score float64  `json:"score"`
}

// trackInput returns n JSON lines for [indexRecords]; it is made before
// the phase so the phase is only the decoding and indexing.
func trackInput(n int) [][]byte {
	lines := make([][]byte, n)
	for i := range lines {
		lines[i] = []byte(`{"id":` + strconv.Itoa(i) + `,"name":"user-` + strconv.Itoa(i) +
			`","tags":["a","b","c"],"score":` + strconv.Itoa(i%100) + `.5}`)
	}
	return lines
}

// indexRecords is the built-in phase of the track subcommand: decode
// every line and index the records by name, the shape of many a service's
// start-up. Its allocations are encoding/json's (the decoder state, each
// string and slice), the records and the map's growth.
func indexRecords(lines [][]byte) (map[string]*trackRecord, error) {
	idx := make(map[string]*trackRecord)
	for _, l := range lines {
		r := new(trackRecord)
		if err := json.Unmarshal(l, r); err != nil {
			return nil, err
		}
		idx[r.Name] = r
	}
	return idx, nil
}

// leakStepBytes is what each cycle of the report's leaking and steady
// workloads allocates: 64 buffers of 8 KiB.
const leakStepBytes = 64 * 8 << 10

// writeTrackReport tracks indexRecords over n records, prints the phase
// report, then runs the leak detector over a leaking and a steady
// workload for the given number of cycles.
func writeTrackReport(w io.Writer, n int, o TrackOptions, cycles int) error {
	lines := trackInput(n)
	var idx map[string]*trackRecord
	var ierr error
	r, err := Track(o, func() { idx, ierr = indexRecords(lines) })
	if err != nil {
		return err
	}
	if ierr != nil {
		return ierr
	}
	fmt.Fprintf(w, "phase: decode and index %d JSON records (%d kept)\n\n", n, len(idx))
	if err := r.WriteText(w); err != nil {
		return err
	}
	runtime.KeepAlive(idx)

	fmt.Fprintf(w, "\nleak detector: %d forced GC cycles each, %s allocated per cycle\n", cycles, formatBytes(leakStepBytes))
	var kept [][]byte
	leak, err := WatchForcedCycles(cycles, func() {
		for range 64 {
			kept = append(kept, make([]byte, 8<<10))
		}
	})
	if err != nil {
		return err
	}
	kept = nil
	var window [][]byte
	steady, err := WatchForcedCycles(cycles, func() {
		window = window[:0]
		for range 64 {
			window = append(window, make([]byte, 8<<10))
		}
	})
	if err != nil {
		return err
	}
	runtime.KeepAlive(kept)
	runtime.KeepAlive(window)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  keeps every buffer\t%v\n", leak)
	fmt.Fprintf(tw, "  replaces its buffers\t%v\n", steady)
	return tw.Flush()
}
