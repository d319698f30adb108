package main

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// demoSection is one part of the tour.
type demoSection struct {
	name string
	run  func(ctx context.Context, w io.Writer) error
}

var demoSections = []demoSection{
	{"bloom", demoBloom},
	{"ring", demoRing},
	{"radix", demoRadix},
	{"skiplist", demoSkipList},
	{"counters", demoCounters},
	{"map", demoMap},
}

// demoSectionNames returns the section names, comma-separated.
func demoSectionNames() string {
	names := make([]string, len(demoSections))
	for i, s := range demoSections {
		names[i] = s.name
	}
	return strings.Join(names, ",")
}

// demo runs the named sections (all when names is empty) in tour order;
// the command line has checked that every name exists.
func demo(ctx context.Context, w io.Writer, names []string) error {
	for _, s := range demoSections {
		if len(names) > 0 && !slices.Contains(names, s.name) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		fmt.Fprintf(w, "== %s %s\n", s.name, strings.Repeat("=", 95-len(s.name)))
		if err := s.run(ctx, w); err != nil {
			return fmt.Errorf("demo %s: %w", s.name, err)
		}
		fmt.Fprintln(w)
	}
	return nil
}

// demoShrink divides the operation counts of the timed sections (counters,
// map, skip list lookups). It is 1 for the command; TestDemoShape raises
// it, because under -race the full counts take a minute and only the
// output's shape is checked there.
var demoShrink = 1

func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
}

// u64key writes i as an 8-byte key into buf.
func u64key(buf []byte, i uint64) []byte {
	binary.LittleEndian.PutUint64(buf, i)
	return buf[:8]
}

func demoBloom(_ context.Context, w io.Writer) error {
	const n, queries = 100_000, 1_000_000
	fmt.Fprintf(w, "Bloom filter: %d keys inserted, %d absent keys queried.\n", n, queries)
	tw := newTable(w)
	fmt.Fprintln(tw, "layout\ttarget p\tbits/key\tk\ttheory fp\tmeasured fp\tmeasured/p\testimated n\t")
	var buf [8]byte
	for _, blocked := range []bool{false, true} {
		for _, p := range []float64{0.01, 0.001} {
			var opts []BloomOption
			layout, theory := "standard", BloomFPRate
			if blocked {
				opts, layout, theory = []BloomOption{WithBlocked()}, "blocked-512", BlockedFPRate
			}
			f, err := NewBloomFilter(n, p, opts...)
			if err != nil {
				return err
			}
			for i := range uint64(n) {
				f.Add(u64key(buf[:], i))
			}
			fp := 0
			for i := range uint64(queries) {
				if f.Test(u64key(buf[:], i+1<<40)) {
					fp++
				}
			}
			measured := float64(fp) / queries
			fmt.Fprintf(tw, "%s\t%.3f%%\t%.2f\t%d\t%.4f%%\t%.4f%%\t%.3f\t%d\t\n", layout, p*100,
				float64(f.M())/n, f.K(), theory(f.M(), n, f.K())*100, measured*100, measured/p,
				f.ApproximateCount())
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "The blocked layout reaches the same p with the extra bits/key shown; every lookup is one cache line.")
	return nil
}

func demoRing(_ context.Context, w io.Writer) error {
	const members, keys = 100, 100_000
	fmt.Fprintf(w, "Consistent hashing: %d members, %d keys. Ideal movement when one joins: 1/%d = %.2f%%.\n",
		members, keys, members+1, 100.0/(members+1))
	ring, err := NewRing()
	if err != nil {
		return err
	}
	ring20, err := NewRing(WithVirtualNodes(20))
	if err != nil {
		return err
	}
	placers := []struct {
		name string
		p    Placer
	}{{"ring (200 vnodes)", ring}, {"ring (20 vnodes)", ring20}, {"jump", &Jump{}}, {"rendezvous", &Rendezvous{}}}
	tw := newTable(w)
	fmt.Fprintln(tw, "scheme\tload sd/mean\tmax/mean\tmoved on join\tvs ideal\tmoved on leave(mid)\tns/Get\t")
	keyNames := make([]string, keys)
	for i := range keyNames {
		keyNames[i] = "key-" + strconv.Itoa(i)
	}
	place := func(p Placer) ([]string, time.Duration, error) {
		out := make([]string, keys)
		start := time.Now()
		for i, k := range keyNames {
			m, err := p.Get(k)
			if err != nil {
				return nil, 0, err
			}
			out[i] = m
		}
		return out, time.Since(start) / keys, nil
	}
	diff := func(a, b []string) int {
		n := 0
		for i := range a {
			if a[i] != b[i] {
				n++
			}
		}
		return n
	}
	for _, pl := range placers {
		for i := range members {
			if err := pl.p.Add("node-" + strconv.Itoa(i)); err != nil {
				return err
			}
		}
		base, perGet, err := place(pl.p)
		if err != nil {
			return err
		}
		counts := map[string]int{}
		for _, m := range base {
			counts[m]++
		}
		mean := float64(keys) / members
		var sd, mx float64
		for _, c := range counts {
			sd += (float64(c) - mean) * (float64(c) - mean)
			mx = max(mx, float64(c))
		}
		sd = math.Sqrt(sd / members)
		if err := pl.p.Add("newcomer"); err != nil {
			return err
		}
		joined, _, err := place(pl.p)
		if err != nil {
			return err
		}
		if err := pl.p.Remove("node-50"); err != nil {
			return err
		}
		left, _, err := place(pl.p)
		if err != nil {
			return err
		}
		moved := float64(diff(base, joined)) / keys
		fmt.Fprintf(tw, "%s\t%.1f%%\t%.2f\t%.2f%%\t%.2f×\t%.2f%%\t%d\t\n", pl.name, sd/mean*100, mx/mean,
			moved*100, moved*(members+1), float64(diff(joined, left))/keys*100, perGet.Nanoseconds())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "Jump moves the last member into a removed member's slot, so a middle leave moves two shares.")

	bounded, err := NewRing(WithBoundedLoads(0.25), WithVirtualNodes(20))
	if err != nil {
		return err
	}
	for i := range 10 {
		if err := bounded.Add("node-" + strconv.Itoa(i)); err != nil {
			return err
		}
	}
	loads := map[string]int{}
	for _, k := range keyNames[:10_000] {
		m, err := bounded.Acquire(k)
		if err != nil {
			return err
		}
		loads[m]++
	}
	mx := 0
	for _, c := range loads {
		mx = max(mx, c)
	}
	fmt.Fprintf(w, "Bounded loads (ε=0.25, 10 members, 10000 keys): max load %d, cap ceil(1.25·1000) = 1250.\n", mx)
	return nil
}

func demoRadix(ctx context.Context, w io.Writer) error {
	root, err := goSourceRoot(ctx)
	if err != nil {
		return err
	}
	files, err := sourceFiles(ctx, root)
	if err != nil {
		return err
	}
	start := time.Now()
	var t RadixTree[int64]
	for _, f := range files {
		t.InsertWeighted(f.path, f.size, uint64(f.size))
	}
	build := time.Since(start)
	fmt.Fprintf(w, "Radix tree over %d file paths under %s, built in %v; weight = file size.\n",
		t.Len(), root, build.Round(time.Millisecond))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "query\tprefix\tresult")
	for _, prefix := range []string{"net/http/", "runtime/mg", "crypto/tls/h"} {
		for i, p := range t.Autocomplete(prefix, 3) {
			size, _ := t.Get(p)
			q := ""
			if i == 0 {
				q = "Autocomplete(k=3)"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s (%d bytes)\n", q, prefix, p, size)
		}
	}
	for _, s := range []string{"net/http/server.go.orig", "fmt/print.go~"} {
		k, _, ok := t.LongestPrefix(s)
		fmt.Fprintf(tw, "LongestPrefix\t%s\t%s (found %t)\n", s, k, ok)
	}
	n := 0
	for range t.WalkPrefix("encoding/json/") {
		n++
	}
	fmt.Fprintf(tw, "WalkPrefix\tencoding/json/\t%d keys\n", n)
	return tw.Flush()
}

func demoSkipList(_ context.Context, w io.Writer) error {
	const n = 100_000
	s := NewSkipList[int, string](WithSeed(42))
	x := uint64(42)
	for i := range n {
		x = x*6364136223846793005 + 1442695040888963407
		s.Set(int(x>>40), "player-"+strconv.Itoa(i)) // scores in [0, 2^24)
	}
	blocks := 0
	for n := s.head.next[0].node; n != nil; n = n.next[0].node {
		blocks++
	}
	fmt.Fprintf(w, "Skip list leaderboard: %d distinct scores in %d blocks of ≤ %d (seed 42, %d levels).\n",
		s.Len(), blocks, s.blockCap, s.level)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "query\tresult")
	var rng []string
	for k, v := range s.Range(1_000_000, 1_001_000) {
		rng = append(rng, fmt.Sprintf("%d:%s", k, v))
	}
	fmt.Fprintf(tw, "Range(1000000, 1001000)\t%d keys: %s\n", len(rng), strings.Join(rng[:min(3, len(rng))], " "))
	median, who, _ := s.At(s.Len() / 2)
	fmt.Fprintf(tw, "At(Len/2) = median\t%d (%s)\n", median, who)
	r, _ := s.Rank(median)
	fmt.Fprintf(tw, "Rank(median)\t%d of %d\n", r, s.Len())
	top, _, _ := s.Max()
	bottom, _, _ := s.Min()
	fmt.Fprintf(tw, "Min / Max\t%d / %d\n", bottom, top)
	for k := range s.Seek(top) {
		fmt.Fprintf(tw, "Seek(Max)\tfirst key %d\n", k)
		break
	}
	// Look up scores in random order (a second LCG stream): ascending
	// lookups would walk warm, neighbouring nodes and flatter the figure.
	start := time.Now()
	lookups := 200_000 / demoShrink
	for range lookups {
		x = x*6364136223846793005 + 1442695040888963407
		s.Rank(int(x >> 40))
	}
	fmt.Fprintf(tw, "Rank, %d random lookups\t%v each\n", lookups, (time.Since(start) / time.Duration(lookups)).Round(time.Nanosecond))
	return tw.Flush()
}

// parallelNs runs add from workers goroutines, perWorker times each, and
// returns the wall-clock nanoseconds per add.
func parallelNs(workers, perWorker int, add func(worker int)) float64 {
	var wg sync.WaitGroup
	start := time.Now()
	for w := range workers {
		wg.Go(func() {
			for range perWorker {
				add(w)
			}
		})
	}
	wg.Wait()
	return float64(time.Since(start).Nanoseconds()) / float64(workers*perWorker)
}

func demoCounters(_ context.Context, w io.Writer) error {
	workers := 2 * runtime.GOMAXPROCS(0)
	per := 1_000_000 / demoShrink
	fmt.Fprintf(w, "Counters: %d goroutines × %d adds on GOMAXPROCS=%d (wall time per add).\n",
		workers, per, runtime.GOMAXPROCS(0))
	var at AtomicCounter
	st := NewStripedCounter()
	var mu sync.Mutex
	var locked int64
	var mx MaxTracker
	packed := make(PackedCounters, workers)
	padded := make(PaddedCounters, workers)
	rows := []struct {
		name, note string
		add        func(int)
		value      func() int64
	}{
		{"atomic (one word)", "every add contends for one line", func(int) { at.Add(1) }, at.Value},
		{"striped (LongAdder)", fmt.Sprintf("%d padded cells", len(st.cells)), func(int) { st.Add(1) }, st.Value},
		{"sync.Mutex", "lock, add, unlock", func(int) { mu.Lock(); locked++; mu.Unlock() },
			func() int64 { mu.Lock(); defer mu.Unlock(); return locked }},
		{"max tracker (CAS)", "mostly not a new max: one load, no write", func(wk int) { mx.Observe(int64(wk)) },
			func() int64 { v, _ := mx.Value(); return v }},
		{"per-worker packed", "own counter, 8 per line: false sharing", func(wk int) { packed[wk].Add(1) },
			func() int64 { return sumPacked(packed) }},
		{"per-worker padded", "own counter, own 128 bytes", func(wk int) { padded[wk].Add(1) },
			func() int64 { return sumPadded(padded) }},
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "counter\tns/add\tM adds/s\tfinal value\tnote")
	for _, r := range rows {
		ns := parallelNs(workers, per, r.add)
		fmt.Fprintf(tw, "%s\t%.2f\t%.0f\t%d\t%s\n", r.name, ns, 1e3/ns, r.value(), r.note)
	}
	return tw.Flush()
}

func sumPacked(c PackedCounters) (s int64) {
	for i := range c {
		s += c[i].Load()
	}
	return s
}

func sumPadded(c PaddedCounters) (s int64) {
	for i := range c {
		s += c[i].Load()
	}
	return s
}

func demoMap(_ context.Context, w io.Writer) error {
	const keys = 100_000
	per := 500_000 / demoShrink
	workers := 2 * runtime.GOMAXPROCS(0)
	fmt.Fprintf(w, "Concurrent maps: %d keys, %d goroutines × %d random ops (Mops/s, higher is better).\n",
		keys, workers, per)
	ours := NewShardedMap[int, int](0)
	var sm sync.Map
	var mu sync.RWMutex
	rw := make(map[int]int, keys)
	impls := []struct {
		name  string
		load  func(int)
		store func(int, int)
	}{
		{fmt.Sprintf("ShardedMap (%d shards)", len(ours.shards)), func(k int) { ours.Load(k) }, ours.Store},
		{"sync.Map", func(k int) { sm.Load(k) }, func(k, v int) { sm.Store(k, v) }},
		{"map + RWMutex", func(k int) { mu.RLock(); _ = rw[k]; mu.RUnlock() },
			func(k, v int) { mu.Lock(); rw[k] = v; mu.Unlock() }},
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "map\treads=100%\treads=90%\treads=50%")
	for _, im := range impls {
		for k := range keys {
			im.store(k, k)
		}
		fmt.Fprintf(tw, "%s", im.name)
		for _, reads := range []uint64{100, 90, 50} {
			ns := parallelNs(workers, 1, func(wk int) {
				x := uint64(wk)*0x9E3779B97F4A7C15 | 1
				for range per {
					x ^= x << 13
					x ^= x >> 7
					x ^= x << 17
					if k := int(x % keys); x>>32%100 < reads {
						im.load(k)
					} else {
						im.store(k, k)
					}
				}
			}) / float64(per)
			fmt.Fprintf(tw, "\t%.1f", 1e3/ns)
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	n := 0
	for range ours.All() {
		if n++; n == 10 {
			break // All holds no lock while yielding, so breaking out leaks nothing
		}
	}
	hits, _ := ours.Compute(-1, func(old int, _ bool) (int, ComputeOp) { return old + 1, UpdateOp })
	fmt.Fprintf(w, "All() broke out after %d keys; Compute(-1, +1) = %d; Len = %d.\n", n, hits, ours.Len())
	return nil
}
