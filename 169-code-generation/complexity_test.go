package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fzipp/gocyclo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/uudashr/gocognit"
)

// parseDir parses the .go files of one directory, grouped by package name
// as both tools' directory modes group them.
func parseDir(t testing.TB, dir string) (*token.FileSet, map[string][]*ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	byPkg := map[string][]*ast.File{}
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			continue // a GOROOT test fixture that does not parse on purpose
		}
		byPkg[f.Name.Name] = append(byPkg[f.Name.Name], f)
	}
	return fset, byPkg
}

// agreement compares our two measures with gocyclo's and gocognit's on
// every function declaration of the files, and returns how many were
// compared.
func agreement(t *testing.T, fset *token.FileSet, files []*ast.File) int {
	t.Helper()
	type key struct {
		file string
		line int
	}
	cyclo := map[key]int{}
	for _, f := range files {
		for _, s := range gocyclo.AnalyzeASTFile(f, fset, nil) {
			cyclo[key{s.Pos.Filename, s.Pos.Line}] = s.Complexity
		}
	}
	cognit := map[key]int{}
	for _, s := range gocognit.ComplexityStatsForFiles(files, fset, nil, nil) {
		cognit[key{s.Pos.Filename, s.Pos.Line}] = s.Complexity
	}
	recursive := RecursiveFuncs(files, nil)
	n := 0
	for _, f := range files {
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			pos := fset.Position(fn.Pos())
			k := key{pos.Filename, pos.Line}
			if want, ok := cyclo[k]; ok { // absent when //gocyclo:ignore
				assert.Equal(t, want, Cyclomatic(fn), "Cyclomatic(%s) at %s", funcName(fn), pos)
			}
			if want, ok := cognit[k]; ok {
				assert.Equal(t, want, Cognitive(fn, recursive[fn]), "Cognitive(%s) at %s", funcName(fn), pos)
			}
			n++
		}
	}
	return n
}

func TestComplexityAgreesWithGocycloAndGocognit(t *testing.T) {
	dirs := []string{"testdata/corpus"}
	if !testing.Short() {
		root := filepath.Join(goroot(), "src")
		for _, d := range []string{"go/parser", "go/printer", "go/types", "net/http", "regexp/syntax", "strconv", "text/template/parse", "runtime"} {
			dirs = append(dirs, filepath.Join(root, d))
		}
	}
	total := 0
	for _, dir := range dirs {
		t.Run(strings.TrimPrefix(dir, goroot()), func(t *testing.T) {
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("%s not present in this GOROOT", dir)
			}
			fset, byPkg := parseDir(t, dir)
			for _, files := range byPkg {
				total += agreement(t, fset, files)
			}
		})
	}
	t.Logf("%d functions compared", total)
}

func TestComplexityCorpus(t *testing.T) {
	fset, byPkg := parseDir(t, "testdata/corpus")
	files := byPkg["corpus"]
	require.NotEmpty(t, files)
	recursive := RecursiveFuncs(files, nil)
	got := map[string][3]int{}
	for _, f := range files {
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok {
				got[funcName(fn)] = [3]int{Cyclomatic(fn), Cognitive(fn, recursive[fn]), MaxNesting(fn)}
			}
		}
	}
	_ = fset
	// Hand-derived values: they pin the definitions, the agreement test
	// pins them to the tools.
	tests := []struct {
		name string
		want [3]int // cyclomatic, cognitive, nesting
	}{
		{"straight", [3]int{1, 0, 0}},
		{"ifElseChain", [3]int{4, 4, 1}},    // if +1, else if +1, else if +1, else +1
		{"flatSwitch", [3]int{4, 1, 1}},     // three non-default cases; one switch
		{"nestedLoops", [3]int{7, 12, 4}},   // range+1, for+2, if+3, if+4, && and || +2
		{"factorial", [3]int{2, 2, 1}},      // if +1, recursion +1
		{"isEven", [3]int{2, 2, 1}},         // mutual recursion
		{"ping", [3]int{2, 2, 1}},           // a cycle of three over two files
		{"pang", [3]int{1, 1, 0}},           //
		{"(*node).sum", [3]int{2, 1, 1}},    // range +1; k.sum() recurses, but only -types can see it
		{"walk", [3]int{3, 3, 1}},           // generic self-call
		{"shadowed", [3]int{1, 0, 1}},       // a local closure, not recursion
		{"inspect", [3]int{1, 0, 1}},        //
		{"(*stack).drain", [3]int{3, 4, 2}}, // for +1, if +2, recursion +1
		{"deeplyNested", [3]int{6, 16, 6}},  // if1 for2 switch3 if4 func if6
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, got[tt.name], "%s: (cyclomatic, cognitive, nesting)", tt.name)
	}
}
