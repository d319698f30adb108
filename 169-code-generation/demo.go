package main

// This file holds the no-argument tour: each component run on real code,
// its output shown as a user would see it.

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"time"
)

// demoSection is one part of the tour.
type demoSection struct {
	title string
	run   func(ctx context.Context, w io.Writer) error
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("demo", "demo", "  169-code-generation demo\n", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("demo takes no arguments")
	}
	for _, s := range demoSections() {
		if err := ctx.Err(); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "\n== %s\n\n", s.title)
		start := time.Now()
		if err := s.run(ctx, stdout); err != nil {
			return fmt.Errorf("%s: %w", s.title, err)
		}
		fmt.Fprintf(stdout, "(%.1fs)\n", time.Since(start).Seconds())
	}
	return nil
}

func demoSections() []demoSection {
	return []demoSection{
		{"analyze: the sample corpus, worst cognitive complexity first", demoAnalyzeSample},
		{"analyze: a slice of GOROOT (go/...), parse-only", demoAnalyzeGOROOT},
	}
}

// demoDir is the directory of this challenge, so the demo works from the
// repository root (go run ./169-code-generation) and from inside it.
func demoDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "."
	}
	return filepath.Dir(file)
}

func demoAnalyzeSample(_ context.Context, w io.Writer) error {
	rep, err := Analyze([]string{"./testdata/corpus"}, AnalyzeOptions{Dir: demoDir()})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "cyclomatic counts paths (every case, every && and ||); cognitive counts what a")
	fmt.Fprintln(w, "reader must hold in mind (nesting multiplies, a flat switch is +1):")
	fmt.Fprintln(w)
	return rep.WriteTable(w, ByCognitive, 8, demoDir())
}

func demoAnalyzeGOROOT(_ context.Context, w io.Writer) error {
	start := time.Now()
	rep, err := Analyze([]string{"go/..."}, AnalyzeOptions{Dir: demoDir()})
	if err != nil {
		return err
	}
	funcs := rep.Funcs()
	fmt.Fprintf(w, "%d packages, %d functions in %.2fs; the 6 most complex by cyclomatic count:\n\n",
		len(rep.Packages), len(funcs), time.Since(start).Seconds())
	return rep.WriteTable(w, ByCyclomatic, 6, filepath.Join(goroot(), "src"))
}
