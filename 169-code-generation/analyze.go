package main

// This file holds the code analyzer: it loads packages with
// golang.org/x/tools/go/packages, parse-only by default or type-checked,
// measures every function (complexity.go) and describes every package
// (imports, files, exported API).

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"

	"golang.org/x/tools/go/packages"
)

// AnalyzeOptions says what [Analyze] loads and keeps. The zero value loads
// parse-only, skips generated files and ignores nothing.
type AnalyzeOptions struct {
	// Types type-checks the packages: calls in the recursion detection are
	// then resolved exactly, and each package's exported API is listed.
	Types bool
	// Ignore, when set, drops every file whose path it matches.
	Ignore *regexp.Regexp
	// Generated keeps files marked "Code generated ... DO NOT EDIT.",
	// which are skipped by default: nobody refactors them by hand.
	Generated bool
	// Dir is the directory the go command runs in; "" is the current one.
	Dir string
	// AllFiles also analyzes, parse-only, the files that build constraints
	// leave out of this GOOS/GOARCH (other platforms, //go:build ignore),
	// as gocyclo and gocognit read a directory. Ignored with Types.
	AllFiles bool
}

// FuncStat is what the analyzer measures of one function or method.
type FuncStat struct {
	Package    string `json:"package"`            // import path
	Name       string `json:"name"`               // "F", or "(T).M" / "(*T).M" as gocyclo writes it
	File       string `json:"file"`               // path as the go command reports it
	Line       int    `json:"line"`               // of the func keyword
	Column     int    `json:"column"`             //
	Cyclomatic int    `json:"cyclomatic"`         // gocyclo's definition
	Cognitive  int    `json:"cognitive"`          // gocognit's definition
	Nesting    int    `json:"nesting"`            // deepest nesting of control structures
	Lines      int    `json:"lines"`              // from the func keyword to the closing brace
	Params     int    `json:"params"`             // parameters, counting each name
	Results    int    `json:"results"`            // results, counting each name
	Test       bool   `json:"test,omitempty"`     // declared in a _test.go file
	Recursive  bool   `json:"recursive,omitzero"` // takes part in a recursion cycle
}

// PackageStat describes one package.
type PackageStat struct {
	Path      string     `json:"path"`
	Name      string     `json:"name"`
	Files     int        `json:"files"`      // non-test .go files analyzed
	TestFiles int        `json:"test_files"` // _test.go files analyzed
	Imports   []string   `json:"imports"`    // sorted, of all analyzed files
	API       []string   `json:"api,omitempty"`
	Funcs     []FuncStat `json:"funcs"`
}

// FileError is a file that could not be parsed or read. The analyzer
// reports it and goes on with the rest.
type FileError struct {
	Pos string `json:"pos"` // file:line:col, or the package when no file is known
	Msg string `json:"msg"`
}

func (e FileError) String() string { return e.Pos + ": " + e.Msg }

// Report is the result of one analysis.
type Report struct {
	Packages []PackageStat `json:"packages"`
	Errors   []FileError   `json:"errors,omitempty"`
}

// Funcs iterates over every function of the report.
func (r *Report) Funcs() []FuncStat {
	var all []FuncStat
	for _, p := range r.Packages {
		all = append(all, p.Funcs...)
	}
	return all
}

// ErrNoPackages is returned when the patterns match no Go package.
var ErrNoPackages = errors.New("no Go packages match the patterns")

// Analyze loads the packages that patterns name (go list patterns:
// ./..., std, an import path, a directory) with their test files, and
// measures them. A package the go command cannot load at all is an error;
// a file that does not parse is listed in [Report.Errors] and skipped, and
// the rest is still analyzed.
//
// With AllFiles, a directory pattern is read as gocyclo reads it: a walk
// of the tree, every .go file grouped by directory and package clause,
// without go list.
func Analyze(patterns []string, opt AnalyzeOptions) (*Report, error) {
	rep := &Report{}
	groups := map[string]*pkgGroup{}
	var listed []string
	for _, p := range patterns {
		if root, ok := dirPattern(p, opt.Dir); ok && opt.AllFiles && !opt.Types {
			if err := walkTree(root, strings.HasSuffix(p, "/..."), groups); err != nil {
				return nil, fmt.Errorf("analyze: %w", err)
			}
			continue
		}
		listed = append(listed, p)
	}
	if len(listed) > 0 {
		// Parse-only asks go list for file names alone and parses them
		// here: asking go/packages for syntax makes go list run cgo on
		// every cgo package (-compiled), which costs more than parsing.
		mode := packages.NeedName | packages.NeedFiles
		if opt.Types {
			mode |= packages.NeedCompiledGoFiles | packages.NeedSyntax | packages.NeedTypes |
				packages.NeedTypesInfo | packages.NeedImports | packages.NeedDeps
		}
		for dir, pats := range loadGroups(listed, opt.Dir) {
			cfg := &packages.Config{Mode: mode, Tests: true, Dir: dir}
			pkgs, err := packages.Load(cfg, pats...)
			if err != nil {
				return nil, fmt.Errorf("analyze: %w", err)
			}
			groupPackages(pkgs, groups, rep, opt.AllFiles && !opt.Types)
		}
	}
	if len(groups) == 0 {
		if len(rep.Errors) > 0 {
			return rep, nil
		}
		return nil, fmt.Errorf("analyze %s: %w", strings.Join(patterns, " "), ErrNoPackages)
	}

	// Each worker parses one package (parse-only) and measures it at once,
	// so the syntax trees of a large tree are never all in memory.
	fset := token.NewFileSet() // safe for concurrent use
	var mu sync.Mutex          // guards rep while the workers add to it
	work := make(chan *pkgGroup)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for g := range work {
				var stats []PackageStat
				var errs []FileError
				if opt.Types {
					stats = []PackageStat{measurePackage(g, opt)}
				} else {
					for _, sub := range parseGroup(g, fset, &errs) {
						stats = append(stats, measurePackage(sub, opt))
					}
				}
				mu.Lock()
				rep.Packages = append(rep.Packages, stats...)
				rep.Errors = append(rep.Errors, errs...)
				mu.Unlock()
			}
		})
	}
	for _, key := range slices.Sorted(maps.Keys(groups)) {
		work <- groups[key]
	}
	close(work)
	wg.Wait()
	slices.SortFunc(rep.Packages, func(a, b PackageStat) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Name, b.Name))
	})
	slices.SortFunc(rep.Errors, func(a, b FileError) int { return strings.Compare(a.Pos, b.Pos) })
	rep.Errors = slices.Compact(rep.Errors)
	return rep, nil
}

// dirPattern reports whether pattern names a directory on disk (./x,
// ../y/..., /abs/path/...), returning it resolved against dir.
func dirPattern(pattern, dir string) (string, bool) {
	path, _ := strings.CutSuffix(pattern, "/...")
	if !(filepath.IsAbs(path) || path == "." || path == ".." ||
		strings.HasPrefix(path, "./") || strings.HasPrefix(path, "../")) {
		return "", false
	}
	if !filepath.IsAbs(path) && dir != "" {
		path = filepath.Join(dir, path)
	}
	info, err := os.Stat(path)
	return path, err == nil && info.IsDir()
}

// loadGroups splits patterns by the directory the go command must run in.
// A pattern that names a directory on disk (./x/..., /usr/local/go/src/...)
// is loaded from inside it as ./... or ., so a tree outside the current
// module (GOROOT, another checkout) works as gocyclo's directory arguments
// do; import paths and std, cmd, all run in dir.
func loadGroups(patterns []string, dir string) map[string][]string {
	groups := map[string][]string{}
	for _, p := range patterns {
		root, ok := dirPattern(p, dir)
		switch {
		case !ok:
			groups[dir] = append(groups[dir], p)
		case !strings.HasSuffix(p, "/..."):
			groups[root] = append(groups[root], ".")
		default:
			// ./... stops at a nested module (GOROOT/src/cmd has its own
			// go.mod): load each module of the tree.
			for _, m := range moduleRoots(root) {
				groups[m] = append(groups[m], "./...")
			}
		}
	}
	return groups
}

// skipDir reports whether a tree walk skips the directory called name, as
// go list and gocyclo both do.
func skipDir(name string) bool {
	return name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// moduleRoots returns dir and every directory under it that holds a
// go.mod, skipping what go list skips.
func moduleRoots(dir string) []string {
	roots := []string{dir}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() || path == dir {
			return nil
		}
		if skipDir(d.Name()) {
			return filepath.SkipDir
		}
		if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
			roots = append(roots, path)
		}
		return nil
	})
	return roots
}

// walkTree adds a group for every directory under root (root alone unless
// recursive) that holds .go files, as gocyclo's directory walk reads them.
// The group's path is the directory's import path when a go.mod above it
// says the module's, and the directory otherwise.
func walkTree(root string, recursive bool, groups map[string]*pkgGroup) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if path != root && (!recursive || skipDir(d.Name())) {
			return filepath.SkipDir
		}
		names, err := filepath.Glob(filepath.Join(path, "*.go"))
		if err != nil || len(names) == 0 {
			return err
		}
		g := newGroup(importPathOf(path), "")
		for _, n := range names {
			g.paths[n] = true
		}
		groups[path+" dir"] = g
		return nil
	})
}

// importPathOf returns the import path of directory dir from the nearest
// go.mod above it, or dir itself when there is none.
func importPathOf(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
			if mod := modulePath(data); mod != "" {
				rel, err := filepath.Rel(d, dir)
				if err != nil || rel == "." {
					return mod
				}
				return mod + "/" + filepath.ToSlash(rel)
			}
		}
		if parent := filepath.Dir(d); parent == d {
			return dir
		}
	}
}

// modulePath returns the path of a go.mod's module directive.
func modulePath(gomod []byte) string {
	for line := range strings.Lines(string(gomod)) {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module"); ok && rest != "" && (rest[0] == ' ' || rest[0] == '\t') {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}

// parseGroup parses the files of g into fset and returns one group per
// package clause found among them (a directory may hold p, p_test and a
// //go:build ignore program of package main). A file that does not parse
// is reported with its position and left out.
func parseGroup(g *pkgGroup, fset *token.FileSet, errs *[]FileError) []*pkgGroup {
	byName := map[string]*pkgGroup{}
	for _, path := range slices.Sorted(maps.Keys(g.paths)) {
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			var list scanner.ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					*errs = append(*errs, FileError{Pos: e.Pos.String(), Msg: e.Msg})
				}
			} else {
				*errs = append(*errs, FileError{Pos: path, Msg: err.Error()})
			}
			continue
		}
		name := f.Name.Name
		sub := byName[name]
		if sub == nil {
			sub = newGroup(g.path, name)
			sub.fset = fset
			byName[name] = sub
		}
		sub.files[path] = f
	}
	var out []*pkgGroup
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		out = append(out, byName[name])
	}
	return out
}

// pkgGroup is one package as a reader sees it: its files and in-package
// tests together. go/packages returns a package p and its test variant
// "p [p.test]" holding p's files again plus the in-package tests; the
// external tests "p_test" are a group of their own.
type pkgGroup struct {
	path, name string
	pkg        *packages.Package // the variant with the most files: its TypesInfo covers them all
	api        *types.Package    // the non-test variant, for the exported API
	files      map[string]*ast.File
	paths      map[string]bool // parse-only: the files to parse
	fset       *token.FileSet
	broken     map[string]bool // files with parse errors
}

func newGroup(path, name string) *pkgGroup {
	return &pkgGroup{path: path, name: name, files: map[string]*ast.File{}, paths: map[string]bool{}, broken: map[string]bool{}}
}

// groupPackages adds the packages go/packages returned to groups, a
// package and its in-package test variant in one group. With ignored, the
// files build constraints exclude are added too.
func groupPackages(pkgs []*packages.Package, groups map[string]*pkgGroup, rep *Report, ignored bool) {
	for _, p := range pkgs { // only the packages the patterns named, not their deps
		if strings.HasSuffix(p.ID, ".test") {
			continue
		}
		if p.Name == "" && !(ignored && len(p.IgnoredFiles) > 0) {
			// Nothing to parse: only errors to report.
			for _, e := range p.Errors {
				rep.Errors = append(rep.Errors, FileError{Pos: errPos(e, p), Msg: e.Msg})
			}
			continue
		}
		key := p.PkgPath + " " + p.Name
		g := groups[key]
		if g == nil {
			g = newGroup(p.PkgPath, p.Name)
			g.fset = p.Fset
			groups[key] = g
		}
		if g.pkg == nil || len(p.Syntax) > len(g.pkg.Syntax) {
			g.pkg = p
		}
		if p.ID == p.PkgPath && p.Types != nil {
			g.api = p.Types
		}
		for _, e := range p.Errors {
			if p.Name == "" {
				continue // "build constraints exclude all Go files": -allfiles reads them anyway
			}
			rep.Errors = append(rep.Errors, FileError{Pos: errPos(e, p), Msg: e.Msg})
			if e.Kind == packages.ParseError {
				if file, _, ok := strings.Cut(e.Pos, ":"); ok {
					g.broken[file] = true
				}
			}
		}
		for _, f := range p.Syntax {
			g.files[p.Fset.File(f.Pos()).Name()] = f
		}
		for _, path := range p.GoFiles {
			g.paths[path] = true
		}
		if ignored {
			for _, path := range p.IgnoredFiles {
				if strings.HasSuffix(path, ".go") {
					g.paths[path] = true
				}
			}
		}
	}
}

func errPos(e packages.Error, p *packages.Package) string {
	if e.Pos != "" && e.Pos != "-" {
		return e.Pos
	}
	return p.PkgPath
}

// measurePackage computes the statistics of one group.
func measurePackage(g *pkgGroup, opt AnalyzeOptions) PackageStat {
	ps := PackageStat{Path: g.path, Name: g.name}
	var files []*ast.File
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range g.files {
			if !yield(n) {
				return
			}
		}
	})
	imports := map[string]bool{}
	for _, name := range names {
		f := g.files[name]
		if g.broken[name] || (opt.Ignore != nil && opt.Ignore.MatchString(name)) ||
			(!opt.Generated && ast.IsGenerated(f)) {
			continue
		}
		files = append(files, f)
		if strings.HasSuffix(name, "_test.go") {
			ps.TestFiles++
		} else {
			ps.Files++
		}
		for _, imp := range f.Imports {
			imports[strings.Trim(imp.Path.Value, `"`)] = true
		}
	}
	ps.Imports = slices.Sorted(func(yield func(string) bool) {
		for p := range imports {
			if !yield(p) {
				return
			}
		}
	})
	if ps.Imports == nil {
		ps.Imports = []string{}
	}

	var info *types.Info
	if opt.Types && g.pkg != nil {
		info = g.pkg.TypesInfo
	}
	recursive := RecursiveFuncs(files, info)
	ps.Funcs = []FuncStat{}
	for _, f := range files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok {
				ps.Funcs = append(ps.Funcs, funcLiteralVars(g, gd)...)
				continue
			}
			fn, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			pos := g.fset.Position(fn.Pos())
			ps.Funcs = append(ps.Funcs, FuncStat{
				Package:    g.path,
				Name:       funcName(fn),
				File:       pos.Filename,
				Line:       pos.Line,
				Column:     pos.Column,
				Cyclomatic: Cyclomatic(fn),
				Cognitive:  Cognitive(fn, recursive[fn]),
				Nesting:    MaxNesting(fn),
				Lines:      g.fset.Position(fn.End()).Line - pos.Line + 1,
				Params:     countFields(fn.Type.Params),
				Results:    countFields(fn.Type.Results),
				Test:       strings.HasSuffix(pos.Filename, "_test.go"),
				Recursive:  recursive[fn],
			})
		}
	}
	if opt.Types && g.api != nil {
		ps.API = exportedAPI(g.api)
	}
	return ps
}

// funcLiteralVars measures the package-level variables initialised with a
// function literal (var handler = func(...) {...}), which gocyclo reports
// under the variable's name; cognitive complexity is the literal body's,
// scored from nesting 0 as a declaration's would be.
func funcLiteralVars(g *pkgGroup, gd *ast.GenDecl) []FuncStat {
	var out []FuncStat
	for _, spec := range gd.Specs {
		vs, ok := spec.(*ast.ValueSpec)
		if !ok {
			continue
		}
		for _, v := range vs.Values {
			lit, ok := v.(*ast.FuncLit)
			if !ok {
				continue
			}
			pos := g.fset.Position(lit.Pos())
			var s cognitiveScan
			s.walk(lit.Body)
			out = append(out, FuncStat{
				Package:    g.path,
				Name:       vs.Names[0].Name,
				File:       pos.Filename,
				Line:       pos.Line,
				Column:     pos.Column,
				Cyclomatic: Cyclomatic(lit),
				Cognitive:  s.total,
				Nesting:    MaxNesting(lit.Body),
				Lines:      g.fset.Position(lit.End()).Line - pos.Line + 1,
				Params:     countFields(lit.Type.Params),
				Results:    countFields(lit.Type.Results),
				Test:       strings.HasSuffix(pos.Filename, "_test.go"),
			})
		}
	}
	return out
}

// funcName writes a function's name as gocyclo and gocognit do: "F", or
// "(T).M" and "(*T).M" for methods, type parameters dropped.
func funcName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return fn.Name.Name
	}
	return "(" + recvString(fn.Recv.List[0].Type) + ")." + fn.Name.Name
}

func recvString(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.StarExpr:
		return "*" + recvString(t.X)
	case *ast.IndexExpr:
		return recvString(t.X)
	case *ast.IndexListExpr:
		return recvString(t.X)
	case *ast.ParenExpr:
		return recvString(t.X)
	}
	return "BADRECV"
}

func countFields(fl *ast.FieldList) int {
	if fl == nil {
		return 0
	}
	n := 0
	for _, f := range fl.List {
		n += max(1, len(f.Names))
	}
	return n
}

// exportedAPI lists the exported package-level objects of pkg and the
// exported methods of its exported types, one declaration a line, in the
// package's own terms (no package qualifier on its own names).
func exportedAPI(pkg *types.Package) []string {
	qual := types.RelativeTo(pkg)
	var api []string
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch o := obj.(type) {
		case *types.TypeName:
			kind := "type " + o.Name()
			if tp := typeParamsString(o, qual); tp != "" {
				kind += tp
			}
			api = append(api, kind+" "+underlyingKind(o.Type()))
			for _, m := range methodsOf(o) {
				api = append(api, types.ObjectString(m, qual))
			}
			if iface, ok := o.Type().Underlying().(*types.Interface); ok {
				for m := range iface.Methods() { // embedded ones included, sorted by name
					if m.Exported() {
						api = append(api, "    "+m.Name()+strings.TrimPrefix(types.TypeString(m.Type(), qual), "func"))
					}
				}
			}
		default:
			api = append(api, types.ObjectString(obj, qual))
		}
	}
	return api
}

func typeParamsString(o *types.TypeName, qual types.Qualifier) string {
	named, ok := o.Type().(*types.Named)
	if !ok || named.TypeParams().Len() == 0 {
		return ""
	}
	var parts []string
	for tp := range named.TypeParams().TypeParams() {
		parts = append(parts, tp.Obj().Name()+" "+types.TypeString(tp.Constraint(), qual))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func underlyingKind(t types.Type) string {
	switch u := t.Underlying().(type) {
	case *types.Struct:
		return "struct"
	case *types.Interface:
		return "interface"
	default:
		if _, alias := t.(*types.Alias); alias {
			return "= " + t.String()
		}
		return u.String()
	}
}

func methodsOf(o *types.TypeName) []*types.Func {
	named, ok := types.Unalias(o.Type()).(*types.Named)
	if !ok {
		return nil
	}
	var ms []*types.Func
	for m := range named.Methods() {
		if m.Exported() {
			ms = append(ms, m)
		}
	}
	slices.SortFunc(ms, func(a, b *types.Func) int { return strings.Compare(a.Name(), b.Name()) })
	return ms
}

// Measure names a FuncStat field the table sorts by and -over checks.
type Measure string

// The measures a report can be sorted and limited by.
const (
	ByCyclomatic Measure = "cyclomatic"
	ByCognitive  Measure = "cognitive"
	ByNesting    Measure = "nesting"
	ByLines      Measure = "lines"
)

// ErrMeasure is returned for a measure name that is not one of the four.
var ErrMeasure = errors.New("unknown measure (want cyclomatic, cognitive, nesting or lines)")

// ParseMeasure returns the Measure named s.
func ParseMeasure(s string) (Measure, error) {
	switch m := Measure(s); m {
	case ByCyclomatic, ByCognitive, ByNesting, ByLines:
		return m, nil
	}
	return "", fmt.Errorf("%q: %w", s, ErrMeasure)
}

// Of returns the value of measure m for f.
func (m Measure) Of(f FuncStat) int {
	switch m {
	case ByCognitive:
		return f.Cognitive
	case ByNesting:
		return f.Nesting
	case ByLines:
		return f.Lines
	}
	return f.Cyclomatic
}

// Over returns the functions whose measure m exceeds limit, worst first.
func (r *Report) Over(m Measure, limit int) []FuncStat {
	var out []FuncStat
	for _, f := range r.Funcs() {
		if m.Of(f) > limit {
			out = append(out, f)
		}
	}
	sortFuncs(out, m)
	return out
}

func sortFuncs(fs []FuncStat, m Measure) {
	slices.SortStableFunc(fs, func(a, b FuncStat) int {
		return cmp.Or(
			cmp.Compare(m.Of(b), m.Of(a)),
			strings.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
		)
	})
}

// WriteTable writes the functions of r sorted by m, worst first, the top
// n of them (all when n <= 0), as an aligned text table; file paths are
// made relative to base where they lie under it.
func (r *Report) WriteTable(w io.Writer, m Measure, n int, base string) error {
	fs := r.Funcs()
	sortFuncs(fs, m)
	if n > 0 && len(fs) > n {
		fs = fs[:n]
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "cyclo\tcognit\tnest\tlines\tparams\tresults\t\tfunction position")
	for _, f := range fs {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t%d\t%d\t\t%s.%s %s:%d\n", f.Cyclomatic, f.Cognitive, f.Nesting,
			f.Lines, f.Params, f.Results, pathBase(f.Package), f.Name, relPath(base, f.File), f.Line)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, e := range r.Errors {
		if _, err := fmt.Fprintf(w, "error: %s\n", e); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSON writes r as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// goroot is the GOROOT of the go command on PATH, the one go/packages
// runs (runtime.GOROOT is deprecated: it names the root this binary was
// built with, which a copied binary does not have).
var goroot = sync.OnceValue(func() string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
})

func pathBase(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

func relPath(base, path string) string {
	if base == "" {
		return path
	}
	if rel, err := filepath.Rel(base, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}
