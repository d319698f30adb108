package main

// This file holds the demo: a tour of every component, each section
// printing what the compiler or the runtime itself reported.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"text/tabwriter"
	"unsafe"
)

// demo runs every section in order.
func demo(ctx context.Context, w io.Writer) error {
	sections := []struct {
		title string
		run   func(context.Context, io.Writer) error
	}{
		{"Escape analysis: the catalogue, checked against the compiler (-gcflags=-m=2) and AllocsPerRun", demoEscape},
		{"GC trace: the built-in workload (32 MiB live, 512 MiB allocated) in a child with GODEBUG=gctrace=1", demoGCTrace},
		{"GC tuning: the same workload under each setting, one child process each", demoTune},
		{"Struct layout: padded as declared and in the optimal order (go/types sizes, checked against unsafe.Sizeof)", demoLayout},
		{"Pools: a burst of 256 buffers (1 in 16 of 256 KiB), then one GC: what each pool still pins", demoPools},
		{"Allocation tracker: one phase by runtime/metrics and the heap profile, then the leak detector", demoTrack},
		{"Cleanups, weak pointers and unique: a forgotten handle, a weak cache entry, interned strings", demoCleanup},
	}
	for i, s := range sections {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "== %s\n\n", s.title)
		if err := s.run(ctx, w); err != nil {
			return fmt.Errorf("%s: %w", s.title, err)
		}
	}
	return nil
}

// sourceDir returns the directory holding this package's source, found
// from the path the compiler recorded for this file, or "" when the
// binary was built elsewhere (or with -trimpath).
func sourceDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	dir := filepath.Dir(file)
	if _, err := os.Stat(filepath.Join(dir, "catalogue.go")); err != nil {
		return ""
	}
	return dir
}

func demoEscape(ctx context.Context, w io.Writer) error {
	var rep *Report
	if dir := sourceDir(); dir != "" {
		var err error
		if rep, err = RunEscape(ctx, dir, ".", false); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(w, "(source not found beside the binary: compiler verdicts skipped)")
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "function\tcase\tcompiler says\tallocs/op")
	for _, e := range catalogue {
		said := "-"
		if rep != nil {
			said = compilerSays(rep, e)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%g\n", e.Func, e.Shows, said, allocsPerRun(100, e.Run))
	}
	return tw.Flush()
}

// compilerSays names the finding the compiler reported for row e, or what
// it reported instead when the catalogue's expectation is not met.
func compilerSays(rep *Report, e catalogueEntry) string {
	if e.Verdict != "" {
		for _, f := range rep.Lookup(e.Func, e.Verdict) {
			if f.Expr == e.Expr {
				return string(f.Verdict) + ": " + f.Expr
			}
		}
		return "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")"
	}
	for _, f := range rep.Findings {
		if f.Func == e.Func && (f.Verdict.Heap() || f.Verdict == VerdictLeakingParam) {
			return "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr
		}
	}
	return "no heap verdict"
}

func demoPools(_ context.Context, w io.Writer) error {
	fmt.Fprintln(w, "fresh: the burst is the pool's first use; warm: after 50,000 Get/Put of the same mix.")
	fmt.Fprintln(w, "bytebufferpool is compared in the benchmarks (BenchmarkBurst), a test-only dependency.")
	fmt.Fprintln(w)
	return writePoolTable(w, poolMakers)
}

func demoGCTrace(ctx context.Context, w io.Writer) error {
	argv, env, err := selfArgv("workload")
	if err != nil {
		return err
	}
	cr, err := runChild(ctx, argv, env, true, nil)
	if err != nil {
		return err
	}
	if len(cr.Trace.Cycles) > 0 {
		fmt.Fprintf(w, "first line, as printed and as parsed:\n  %s\n  %+v\n\n", formatGCTrace(cr.Trace.Cycles[0]), cr.Trace.Cycles[0])
	}
	return writeGCTraceReport(w, cr, true, false)
}

// demoTuneSpec is the demo's tune workload; a variable only so the demo's
// test can shrink it under -race.
var demoTuneSpec = TuneSpec{Workload: WorkloadSpec{LiveMiB: 32, ChurnMiB: 1024}, Limit: 256 << 20, Rounds: 1}

func demoTune(ctx context.Context, w io.Writer) error {
	rows, err := RunTune(ctx, demoTuneSpec)
	if err != nil {
		return err
	}
	ws := demoTuneSpec.Workload.withDefaults()
	fmt.Fprintf(w, "workload: %d MiB live, %d MiB allocated; limit %s; one round (tune -rounds N for medians)\n\n",
		ws.LiveMiB, ws.ChurnMiB, formatBytes(int64(demoTuneSpec.Limit)))
	return writeTuneTable(w, rows, demoTuneSpec.Limit)
}

func demoLayout(_ context.Context, w io.Writer) error {
	dir := sourceDir()
	if dir == "" {
		_, err := fmt.Fprintln(w, "(source not found beside the binary: layout skipped)")
		return err
	}
	rep, err := InspectStruct(dir, ".", "padded")
	if err != nil {
		return err
	}
	if got := int64(unsafe.Sizeof(padded{})); got != rep.Declared.Size {
		return fmt.Errorf("layout: go/types says %d bytes, the compiler %d", rep.Declared.Size, got)
	}
	return rep.WriteText(w)
}

func demoTrack(_ context.Context, w io.Writer) error {
	return writeTrackReport(w, 5000, TrackOptions{Top: 5}, 8)
}

func demoCleanup(_ context.Context, w io.Writer) error {
	leaks := make(chan LeakedResource, 1)
	func() {
		NewResource("demo handle", 3, func(int) error { return nil },
			ResourceOptions{OnLeak: func(l LeakedResource) { leaks <- l }})
	}()
	var leak LeakedResource
	reported := gcUntil(func() bool {
		select {
		case leak = <-leaks:
			return true
		default:
			return false
		}
	})
	if !reported {
		return errors.New("cleanup: the forgotten handle was not released in 20 cycles")
	}
	fmt.Fprintf(w, "Resource never closed: released by its AddCleanup and reported: %q opened at %s\n",
		leak.Name, filepath.Base(leak.OpenedAt))

	c := NewWeakCache[string, []byte]()
	kept := new([]byte)
	c.Put("kept", kept)
	func() { c.Put("dropped", new([]byte)) }()
	gone := gcUntil(func() bool { _, ok := c.Get("dropped"); return !ok && c.Len() == 1 })
	_, hit := c.Get("kept")
	fmt.Fprintf(w, "WeakCache after GC: referenced entry hit=%v, unreferenced entry gone=%v, %d entry left\n\n", hit, gone, c.Len())
	runtime.KeepAlive(kept)

	return writeInternTable(w, InternSpec{N: 200_000, Distinct: 1000, Len: 32})
}
