package main

// This file holds the runtime statistics collector: it samples a chosen
// set of runtime/metrics — Go 1.26's goroutine-state counts, the
// scheduling-latency and GC-pause histograms, GC and memory classes — into
// a fixed ring, computes counter rates and histogram quantiles over the
// ring's window, and renders them as Prometheus text exposition (version
// 0.0.4) and as JSON.
//
// Twenty-odd series, not all ~80 metrics: the volume of exporting every
// runtime metric is what users of client_golang complained about
// (client_golang PR #1033); the ones kept are what questions about the
// scheduler need. The runtime's histograms have ~150 buckets each; for
// Prometheus they are folded into 15 fixed boundaries (1 µs … 10 s), each
// count taken from runtime buckets lying wholly at or below the boundary,
// and the sum is estimated from bucket midpoints because the runtime keeps
// none.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// statKind is how a metric is exposed.
type statKind uint8

const (
	statGauge statKind = iota
	statCounter
	statHistogram
)

// statMetric maps one runtime/metrics name to its exposition.
type statMetric struct {
	runtime string
	prom    string
	kind    statKind
	help    string
}

// statMetrics is the one table the sampler, both renderers and the tests
// read. Prometheus names follow client_golang's runtime/metrics naming
// (go_ + path with / and - as _, unit as suffix).
var statMetrics = []statMetric{
	{"/sched/goroutines/runnable:goroutines", "go_sched_goroutines_runnable_goroutines", statGauge, "Goroutines ready to run, not running (Go 1.26)."},
	{"/sched/goroutines/running:goroutines", "go_sched_goroutines_running_goroutines", statGauge, "Goroutines running on a P (Go 1.26)."},
	{"/sched/goroutines/waiting:goroutines", "go_sched_goroutines_waiting_goroutines", statGauge, "Goroutines blocked waiting (Go 1.26)."},
	{"/sched/goroutines/not-in-go:goroutines", "go_sched_goroutines_not_in_go_goroutines", statGauge, "Goroutines in syscalls or cgo (Go 1.26)."},
	{"/sched/goroutines:goroutines", "go_sched_goroutines_goroutines", statGauge, "Live goroutines."},
	{"/sched/goroutines-created:goroutines", "go_sched_goroutines_created_goroutines_total", statCounter, "Goroutines created since start."},
	{"/sched/gomaxprocs:threads", "go_sched_gomaxprocs_threads", statGauge, "GOMAXPROCS."},
	{"/sched/threads/total:threads", "go_sched_threads_total_threads", statGauge, "OS threads the runtime owns."},
	{"/sched/latencies:seconds", "go_sched_latencies_seconds", statHistogram, "Time goroutines spent runnable before running."},
	{"/sched/pauses/total/gc:seconds", "go_sched_pauses_total_gc_seconds", statHistogram, "Stop-the-world pauses for the GC, stopping and stopped."},
	{"/gc/cycles/total:gc-cycles", "go_gc_cycles_total_gc_cycles_total", statCounter, "Completed GC cycles."},
	{"/gc/heap/allocs:bytes", "go_gc_heap_allocs_bytes_total", statCounter, "Bytes allocated on the heap."},
	{"/gc/heap/goal:bytes", "go_gc_heap_goal_bytes", statGauge, "Heap size target of the current GC cycle."},
	{"/gc/heap/live:bytes", "go_gc_heap_live_bytes", statGauge, "Heap marked live by the last GC."},
	{"/memory/classes/heap/objects:bytes", "go_memory_classes_heap_objects_bytes", statGauge, "Memory in live or unswept heap objects."},
	{"/memory/classes/heap/unused:bytes", "go_memory_classes_heap_unused_bytes", statGauge, "Heap memory reserved for objects but unused."},
	{"/memory/classes/heap/free:bytes", "go_memory_classes_heap_free_bytes", statGauge, "Free heap memory not yet returned to the OS."},
	{"/memory/classes/heap/released:bytes", "go_memory_classes_heap_released_bytes", statGauge, "Free heap memory returned to the OS."},
	{"/memory/classes/heap/stacks:bytes", "go_memory_classes_heap_stacks_bytes", statGauge, "Heap memory used for goroutine stacks."},
	{"/memory/classes/total:bytes", "go_memory_classes_total_bytes", statGauge, "All memory mapped by the runtime."},
	{"/sync/mutex/wait/total:seconds", "go_sync_mutex_wait_total_seconds_total", statCounter, "Time goroutines spent blocked on sync.Mutex and RWMutex."},
}

// promBounds are the fixed histogram boundaries in seconds.
var promBounds = []float64{1e-6, 5e-6, 1e-5, 5e-5, 1e-4, 5e-4, 1e-3, 5e-3, 1e-2, 5e-2, 0.1, 0.5, 1, 5, 10}

// statSample is one reading of every metric: scalars in values, histogram
// counts in hists (nil for scalar metrics). Bucket boundaries are fixed for
// a process, so they are kept once in Collector.bounds.
type statSample struct {
	at     time.Time
	values []float64
	hists  [][]uint64
}

// Collector samples runtime/metrics into a ring. It is safe for
// concurrent use; the zero value is not usable, use [NewCollector].
type Collector struct {
	now func() time.Time

	// mu guards everything below.
	mu     sync.Mutex
	read   []metrics.Sample
	bounds [][]float64 // per metric, histogram boundaries (nil for scalars)
	ring   []statSample
	next   int // slot the next sample goes to
	n      int // samples held, ≤ len(ring)
}

// NewCollector returns a collector keeping the last capacity samples
// (at least 2, so that rates have a window).
func NewCollector(capacity int) *Collector {
	capacity = max(capacity, 2)
	c := &Collector{now: time.Now, ring: make([]statSample, capacity), bounds: make([][]float64, len(statMetrics))}
	c.read = make([]metrics.Sample, len(statMetrics))
	for i, m := range statMetrics {
		c.read[i].Name = m.runtime
	}
	return c
}

// Sample reads every metric once into the ring, overwriting the oldest
// sample when the ring is full. It allocates only until each ring slot has
// been used once.
func (c *Collector) Sample() {
	c.mu.Lock()
	defer c.mu.Unlock()
	metrics.Read(c.read)
	s := &c.ring[c.next]
	s.at = c.now()
	if s.values == nil {
		s.values = make([]float64, len(statMetrics))
		s.hists = make([][]uint64, len(statMetrics))
	}
	for i, r := range c.read {
		switch r.Value.Kind() {
		case metrics.KindUint64:
			s.values[i] = float64(r.Value.Uint64())
		case metrics.KindFloat64:
			s.values[i] = r.Value.Float64()
		case metrics.KindFloat64Histogram:
			h := r.Value.Float64Histogram()
			if c.bounds[i] == nil {
				c.bounds[i] = slices.Clone(h.Buckets)
			}
			s.hists[i] = append(s.hists[i][:0], h.Counts...)
		default: // KindBad: a metric this Go version lacks
			s.values[i] = math.NaN()
		}
	}
	c.next = (c.next + 1) % len(c.ring)
	c.n = min(c.n+1, len(c.ring))
}

// Run samples every interval until ctx is done.
func (c *Collector) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	c.Sample()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			c.Sample()
		}
	}
}

// Len reports how many samples the ring holds.
func (c *Collector) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// HistStats summarises a histogram: the count and quantiles (upper
// bucket boundaries) for the p50, p90 and p99, and the top of the highest
// non-empty bucket.
type HistStats struct {
	Count uint64  `json:"count"`
	P50   float64 `json:"p50"`
	P90   float64 `json:"p90"`
	P99   float64 `json:"p99"`
	Max   float64 `json:"max"`
}

// StatValue is one metric in a [Snapshot].
type StatValue struct {
	Name    string  `json:"name"`
	Runtime string  `json:"runtime_metric"`
	Kind    string  `json:"kind"`
	Value   float64 `json:"value,omitempty"`
	// Rate is per second over the window (counters only).
	Rate float64 `json:"rate_per_second,omitempty"`
	// Window covers the events between the oldest and newest samples;
	// Lifetime everything since the process started (histograms only).
	Window   *HistStats `json:"window,omitempty"`
	Lifetime *HistStats `json:"lifetime,omitempty"`

	counts []uint64
	bounds []float64
}

// Snapshot is the newest sample with rates and quantiles over the window.
type Snapshot struct {
	At      time.Time   `json:"time"`
	Window  float64     `json:"window_seconds"`
	Samples int         `json:"samples"`
	Metrics []StatValue `json:"metrics"`
}

// Snapshot summarises the ring. With no samples it returns an empty
// Snapshot.
func (c *Collector) Snapshot() Snapshot {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == 0 {
		return Snapshot{}
	}
	newest := &c.ring[(c.next-1+len(c.ring))%len(c.ring)]
	oldest := &c.ring[(c.next-c.n+len(c.ring))%len(c.ring)]
	dt := newest.at.Sub(oldest.at).Seconds()
	snap := Snapshot{At: newest.at, Window: dt, Samples: c.n}
	for i, m := range statMetrics {
		v := StatValue{Name: m.prom, Runtime: m.runtime, Kind: [...]string{"gauge", "counter", "histogram"}[m.kind]}
		switch m.kind {
		case statGauge:
			v.Value = newest.values[i]
		case statCounter:
			v.Value = newest.values[i]
			if dt > 0 {
				v.Rate = (newest.values[i] - oldest.values[i]) / dt
			}
		case statHistogram:
			b := c.bounds[i]
			life := newest.hists[i]
			win := make([]uint64, len(life))
			for j := range life {
				win[j] = life[j] - oldest.hists[i][j]
			}
			v.Lifetime = histStats(b, life)
			v.Window = histStats(b, win)
			v.counts, v.bounds = slices.Clone(life), b
		}
		snap.Metrics = append(snap.Metrics, v)
	}
	return snap
}

// histStats summarises counts over runtime boundaries b (len(b) =
// len(counts)+1; the ends may be ±Inf).
func histStats(b []float64, counts []uint64) *HistStats {
	var total uint64
	for _, c := range counts {
		total += c
	}
	h := &HistStats{Count: total}
	if total == 0 {
		return h
	}
	h.P50, h.P90, h.P99 = histQuantile(b, counts, 0.5), histQuantile(b, counts, 0.9), histQuantile(b, counts, 0.99)
	h.Max = histQuantile(b, counts, 1)
	return h
}

// histQuantile returns the upper boundary of the bucket holding the
// q-quantile (nearest rank); for the last bucket, whose top is +Inf, its
// lower boundary. It returns 0 for an empty histogram.
func histQuantile(b []float64, counts []uint64, q float64) float64 {
	var total uint64
	for _, c := range counts {
		total += c
	}
	if total == 0 {
		return 0
	}
	rank := uint64(math.Ceil(q * float64(total)))
	rank = max(rank, 1)
	var seen uint64
	for i, c := range counts {
		seen += c
		if seen >= rank {
			if math.IsInf(b[i+1], 1) {
				return b[i]
			}
			return b[i+1]
		}
	}
	return b[len(b)-1]
}

// WritePrometheus renders s in the Prometheus text exposition format.
func (s Snapshot) WritePrometheus(w io.Writer) error {
	var b strings.Builder
	for _, v := range s.Metrics {
		m := statMetricByProm(v.Name)
		fmt.Fprintf(&b, "# HELP %s %s (runtime/metrics %s)\n", v.Name, m.help, m.runtime)
		fmt.Fprintf(&b, "# TYPE %s %s\n", v.Name, v.Kind)
		switch m.kind {
		case statGauge, statCounter:
			fmt.Fprintf(&b, "%s %s\n", v.Name, promFloat(v.Value))
		case statHistogram:
			var total uint64
			var sum float64
			for j, c := range v.counts {
				total += c
				sum += float64(c) * bucketMid(v.bounds[j], v.bounds[j+1])
			}
			for _, bound := range promBounds {
				var cum uint64
				for j, c := range v.counts {
					if v.bounds[j+1] <= bound {
						cum += c
					}
				}
				fmt.Fprintf(&b, "%s_bucket{le=\"%s\"} %d\n", v.Name, promFloat(bound), cum)
			}
			fmt.Fprintf(&b, "%s_bucket{le=\"+Inf\"} %d\n", v.Name, total)
			fmt.Fprintf(&b, "%s_sum %s\n", v.Name, promFloat(sum))
			fmt.Fprintf(&b, "%s_count %d\n", v.Name, total)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// bucketMid estimates where a bucket's values lie, for the sum.
func bucketMid(lo, hi float64) float64 {
	switch {
	case math.IsInf(lo, -1) || lo < 0:
		return max(hi, 0)
	case math.IsInf(hi, 1):
		return lo
	}
	return (lo + hi) / 2
}

func promFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "+Inf"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func statMetricByProm(name string) statMetric {
	for _, m := range statMetrics {
		if m.prom == name {
			return m
		}
	}
	panic("statMetricByProm: unknown metric " + name)
}

// WriteJSON renders s as indented JSON.
func (s Snapshot) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}

// WriteTable renders s as aligned text.
func (s Snapshot) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "runtime/metrics over the last %.1f s (%d samples)\n", s.Window, s.Samples)
	fmt.Fprintln(tw, "metric\tvalue\trate/s\twindow p50\tp99\tmax\tcount")
	for _, v := range s.Metrics {
		switch v.Kind {
		case "histogram":
			h := v.Window
			fmt.Fprintf(tw, "%s\t\t\t%s\t%s\t%s\t%d\n", v.Runtime, secs(h.P50), secs(h.P99), secs(h.Max), h.Count)
		case "counter":
			fmt.Fprintf(tw, "%s\t%s\t%s\t\t\t\t\n", v.Runtime, tableNum(v.Value), tableNum(v.Rate))
		default:
			fmt.Fprintf(tw, "%s\t%s\t\t\t\t\t\n", v.Runtime, tableNum(v.Value))
		}
	}
	return tw.Flush()
}

// tableNum prints whole numbers whole and others to 4 significant digits.
func tableNum(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.FormatFloat(f, 'f', 0, 64)
	}
	return strconv.FormatFloat(f, 'g', 4, 64)
}

func secs(f float64) string {
	if f == 0 {
		return "0"
	}
	return roundDur(time.Duration(f * 1e9)).String()
}

// Handler serves /metrics (Prometheus text) and /metrics.json from the
// collector's current snapshot.
func (c *Collector) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		_ = c.Snapshot().WritePrometheus(w)
	})
	mux.HandleFunc("GET /metrics.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = c.Snapshot().WriteJSON(w)
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "165-runtime-scheduler stats: /metrics (Prometheus text), /metrics.json")
	})
	return mux
}

// statsLoad keeps the scheduler busy until ctx is done so the figures have
// something to show: 4 goroutines per P alternating short spins, sleeps,
// allocations and a shared mutex. It returns when every goroutine it
// started has exited.
func statsLoad(ctx context.Context, procs int) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	shared := 0
	for range 4 * procs {
		wg.Go(func() {
			var keep [][]byte
			for ctx.Err() == nil {
				spinUntil(time.Now().Add(200 * time.Microsecond))
				keep = append(keep, make([]byte, 4096))
				if len(keep) > 64 {
					keep = keep[:0]
				}
				mu.Lock()
				shared++
				spinUntil(time.Now().Add(5 * time.Microsecond))
				mu.Unlock()
				time.Sleep(100 * time.Microsecond)
			}
		})
	}
	wg.Wait()
}

func spinUntil(t time.Time) {
	for time.Now().Before(t) {
	}
}

func runStats(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("stats",
		"Sample runtime/metrics (goroutine states, scheduling latency, GC pauses, GC and memory classes)\n"+
			"into a ring and report rates and quantiles over it. With -addr, serve them as Prometheus\n"+
			"text on /metrics and JSON on /metrics.json until interrupted (or -duration ends).",
		"  "+progName+" stats -duration 3s\n"+
			"  "+progName+" stats -format prom -duration 1s\n"+
			"  "+progName+" stats -addr 127.0.0.1:9090      # then: curl -s 127.0.0.1:9090/metrics\n",
		stdout)
	addr := f.String("addr", "", "serve HTTP on `host:port` (e.g. 127.0.0.1:9090); empty: print once and exit")
	interval := f.Duration("interval", time.Second/4, "sampling `interval`")
	ringSize := f.Int("ring", 240, "samples kept (the window is ring × interval)")
	duration := f.Duration("duration", 2*time.Second, "how long to sample before printing (with -addr: stop after, 0 = until interrupted)")
	format := f.String("format", "table", "output `format`: table, prom or json")
	load := f.Bool("load", true, "run a built-in load (spins, sleeps, allocations, a contended mutex) while sampling")
	if err := f.parse(args); err != nil {
		return err
	}
	switch {
	case *interval < time.Millisecond:
		return f.fail("-interval must be at least 1ms")
	case *ringSize < 2 || *ringSize > 1<<20:
		return f.fail("-ring must be between 2 and %d", 1<<20)
	case *duration < 0:
		return f.fail("-duration must not be negative")
	case *format != "table" && *format != "prom" && *format != "json":
		return f.fail("-format must be table, prom or json")
	case *addr == "" && *duration == 0:
		return f.fail("-duration 0 needs -addr")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if *duration > 0 {
		ctx, cancel = context.WithTimeout(ctx, *duration)
		defer cancel()
	}
	c := NewCollector(*ringSize)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	if *load {
		wg.Go(func() { statsLoad(ctx, max(1, gomaxprocs())) })
	}
	wg.Go(func() { c.Run(ctx, *interval) })

	if *addr != "" {
		if err := serveStats(ctx, *addr, c, stdout); err != nil {
			return err
		}
	} else {
		<-ctx.Done()
	}
	cancel()
	wg.Wait()
	c.Sample()
	snap := c.Snapshot()
	switch *format {
	case "prom":
		return snap.WritePrometheus(stdout)
	case "json":
		return snap.WriteJSON(stdout)
	}
	return snap.WriteTable(stdout)
}
