package main

import (
	"flag"
	"go/ast"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fzipp/gocyclo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/uudashr/gocognit"
)

var allGOROOT = flag.Bool("goroot", false, "compare complexity with gocyclo and gocognit on every package of GOROOT/src (goroot-compare.sh)")

// TestComplexityAgreesOnAllOfGOROOT is the README's full comparison; it
// runs only with -goroot, since it parses all of GOROOT/src.
func TestComplexityAgreesOnAllOfGOROOT(t *testing.T) {
	if !*allGOROOT {
		t.Skip("run with -goroot (see goroot-compare.sh)")
	}
	root := filepath.Join(goroot(), "src")
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
			return filepath.SkipDir
		}
		if d.IsDir() {
			dirs = append(dirs, path)
		}
		return nil
	})
	require.NoError(t, err)
	total := 0
	for _, dir := range dirs {
		fset, byPkg := parseDir(t, dir)
		for _, files := range byPkg {
			total += agreement(t, fset, files)
		}
	}
	t.Logf("GOROOT/src: %d directories, %d functions compared with gocyclo and gocognit", len(dirs), total)
}

// benchFuncs parses go/types, a large package, once for the measure
// benchmarks.
func benchFuncs(b *testing.B) ([]*ast.File, []*ast.FuncDecl) {
	b.Helper()
	_, byPkg := parseDir(b, filepath.Join(goroot(), "src", "go", "types"))
	files := byPkg["types"]
	var fns []*ast.FuncDecl
	for _, f := range files {
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok {
				fns = append(fns, fn)
			}
		}
	}
	return files, fns
}

// BenchmarkComplexity measures the two definitions over every function of
// go/types, ours beside the library that defines each; the figure is per
// function.
func BenchmarkComplexity(b *testing.B) {
	files, fns := benchFuncs(b)
	recursive := RecursiveFuncs(files, nil)
	b.Run("measure=cyclomatic/impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, fn := range fns {
				Cyclomatic(fn)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(fns)), "ns/func")
	})
	b.Run("measure=cyclomatic/impl=gocyclo", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, fn := range fns {
				gocyclo.Complexity(fn)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(fns)), "ns/func")
	})
	b.Run("measure=cognitive/impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, fn := range fns {
				Cognitive(fn, recursive[fn])
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(fns)), "ns/func")
	})
	b.Run("measure=cognitive/impl=gocognit", func(b *testing.B) {
		rec := gocognit.RecursiveFuncs(files, nil)
		b.ReportAllocs()
		for b.Loop() {
			for _, fn := range fns {
				gocognit.ScanComplexityWithRecursion(fn, rec[fn], false)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(fns)), "ns/func")
	})
	b.Run("measure=recursion/impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			RecursiveFuncs(files, nil)
		}
	})
	b.Run("measure=recursion/impl=gocognit", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			gocognit.RecursiveFuncs(files, nil)
		}
	})
}

// BenchmarkAnalyze is the whole analyzer on the corpus: go list, parsing,
// every measure.
func BenchmarkAnalyze(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyze([]string{"./testdata/corpus"}, AnalyzeOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestAnalyzeTypesListsTheAPI(t *testing.T) {
	rep, err := Analyze([]string{"./testdata/gen"}, AnalyzeOptions{Types: true})
	require.NoError(t, err)
	require.Len(t, rep.Packages, 1)
	p := rep.Packages[0]
	assert.Equal(t, []string{
		"type Cache[K comparable, V any] interface",
		"    Load(key K) (V, bool)",
		"    Store(key K, value V)",
		"type Config struct",
		"type Pair[K comparable, V any] struct",
		"type Store interface",
		"    Close() error",
		"    Delete(keys ...string) int",
		"    Get(ctx context.Context, key string) (value []byte, found bool, err error)",
		"    Put(ctx context.Context, key string, value []byte) error",
		"    Reset()",
	}, p.API)
	assert.Equal(t, []string{"context", "io", "time"}, p.Imports)
	assert.Equal(t, 1, p.Files)
}
