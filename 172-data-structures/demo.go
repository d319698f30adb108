package main

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// demoSection is one part of the tour.
type demoSection struct {
	name string
	run  func(ctx context.Context, w io.Writer) error
}

var demoSections = []demoSection{
	{"bloom", demoBloom},
}

// demo runs the named sections (all when names is empty) in tour order.
func demo(ctx context.Context, w io.Writer, names []string) error {
	for _, n := range names {
		if !slices.ContainsFunc(demoSections, func(s demoSection) bool { return s.name == n }) {
			return fmt.Errorf("demo: unknown section %q: %w", n, errUsage)
		}
	}
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
