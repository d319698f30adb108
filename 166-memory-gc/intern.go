package main

// This file holds the interning measurement: how much heap N repeated
// strings cost as separate copies, as unique.Handle[string]s (Go 1.23),
// as the canonical strings behind those handles, and in a hand-made
// map[string]string interner, each measured as the live heap after a
// forced GC.
//
// unique.Make(v) returns a Handle, one pointer wide, that is equal to
// every other Handle made from an equal value: comparing two handles is
// a pointer comparison, whatever the size of the value. The runtime
// keeps one canonical copy of each value for as long as any Handle to it
// is reachable (the canonical map holds it weakly and the runtime clears
// dead entries after each GC), and Make clones a string before keeping
// it, so a handle never pins the larger buffer its string was sliced
// from.
//
// The map interner that programs wrote before Go 1.23 saves as much, but
// it is strong: its entries live until the program deletes them, so it
// grows with every distinct value ever seen, and sharing it between
// goroutines needs a lock. The table measures the memory; the benchmark
// beside the test measures the cost of Make against a map lookup.

import (
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"strconv"
	"text/tabwriter"
	"unique"
)

// InternSpec is the shape of the measurement; zero fields take the
// defaults given.
type InternSpec struct {
	// N is the number of strings kept (default 1,000,000).
	N int
	// Distinct is the number of distinct values among them (default 1000).
	Distinct int
	// Len is each string's length in bytes, at least 8 (default 32).
	Len int
}

func (s InternSpec) withDefaults() InternSpec {
	if s.N <= 0 {
		s.N = 1_000_000
	}
	if s.Distinct <= 0 {
		s.Distinct = 1000
	}
	if s.Len <= 0 {
		s.Len = 32
	}
	s.Len = max(s.Len, 8)
	return s
}

// InternRow is the live heap one representation of the N strings holds.
type InternRow struct {
	Name string
	Live int64 // bytes, live heap after minus before, after forced GCs
}

// internValue builds the i-th string of the spec afresh: a heap copy
// each call, as strings read from a network or a file are.
func internValue(s InternSpec, buf []byte, i int) string {
	buf = strconv.AppendInt(buf[:0], int64(i%s.Distinct), 10)
	for len(buf) < s.Len {
		buf = append(buf, '.')
	}
	return string(buf)
}

// measureLive returns the live heap build's result holds: the live heap
// after a forced GC with the result kept, minus the same before build.
func measureLive(build func() any) int64 {
	live := []metrics.Sample{{Name: metricHeapLive}}
	runtime.GC()
	runtime.GC() // a second cycle lets unique's canonical map drop entries of earlier rows
	metrics.Read(live)
	before := live[0].Value.Uint64()
	kept := build()
	runtime.GC()
	metrics.Read(live)
	runtime.KeepAlive(kept)
	return int64(live[0].Value.Uint64()) - int64(before)
}

// MeasureInterning builds the spec's N strings four ways and returns the
// live heap each holds.
func MeasureInterning(spec InternSpec) []InternRow {
	s := spec.withDefaults()
	buf := make([]byte, 0, s.Len)
	rows := []struct {
		name  string
		build func() any
	}{
		{"[]string, a copy each", func() any {
			out := make([]string, s.N)
			for i := range out {
				out[i] = internValue(s, buf, i)
			}
			return out
		}},
		{"[]unique.Handle[string]", func() any {
			out := make([]unique.Handle[string], s.N)
			for i := range out {
				out[i] = unique.Make(internValue(s, buf, i))
			}
			return out
		}},
		{"[]string of Handle.Value()", func() any {
			out := make([]string, s.N)
			handles := make([]unique.Handle[string], s.Distinct) // keeps the canonical copies
			for i := range out {
				h := unique.Make(internValue(s, buf, i))
				handles[i%s.Distinct] = h
				out[i] = h.Value()
			}
			return [2]any{out, handles}
		}},
		{"[]string via map[string]string", func() any {
			out := make([]string, s.N)
			m := make(map[string]string)
			for i := range out {
				v := internValue(s, buf, i)
				c, ok := m[v]
				if !ok {
					m[v], c = v, v
				}
				out[i] = c
			}
			return [2]any{out, m}
		}},
	}
	res := make([]InternRow, len(rows))
	for i, r := range rows {
		res[i] = InternRow{Name: r.name, Live: measureLive(r.build)}
	}
	return res
}

// writeInternTable measures spec and prints the table.
func writeInternTable(w io.Writer, spec InternSpec) error {
	s := spec.withDefaults()
	rows := MeasureInterning(s)
	fmt.Fprintf(w, "%d strings of %d bytes, %d distinct; live heap after a forced GC\n\n", s.N, s.Len, s.Distinct)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kept as\tlive heap\tper string\tvs copies\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%.1f B\t%.2f×\t\n", r.Name, formatBytes(r.Live),
			float64(r.Live)/float64(s.N), float64(r.Live)/float64(max(rows[0].Live, 1)))
	}
	return tw.Flush()
}
