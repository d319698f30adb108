package main

// This file holds the lint driver: the //lint:ignore directives every rule
// honours, the lint command (go/packages and go/analysis/checker, in
// process), the fixer, and the go vet -vettool entry (unitchecker).
//
// One result, two drivers. go vet loads packages itself, one unitchecker
// run per package with a config file naming its sources for this build
// configuration, tags included; the lint command loads them with
// go/packages and the same -tags, so both see the same files — which
// multichecker-based linters get wrong (golang/go#65776).

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/unitchecker"
	"golang.org/x/tools/go/packages"
)

// Directives reports malformed //lint:ignore and //lint:file-ignore
// directives: a rule name that no rule has, or a missing reason. (Whether
// a directive suppresses anything is reported by the rule it names.)
// Names shaped like staticcheck's checks (SA1019, ST1003) are left to
// staticcheck, which reads the same directive.
var Directives = &analysis.Analyzer{
	Name: "lintdirective",
	Doc:  "//lint:ignore directives must name a known rule and give a reason",
	Run:  runDirectives,
}

// staticcheckName matches the names of staticcheck's checks.
var staticcheckName = regexp.MustCompile(`^(SA|S|ST|QF|U)[0-9]+$`)

func runDirectives(pass *analysis.Pass) (any, error) {
	known := map[string]bool{}
	for _, r := range Rules {
		known[r.Name] = true
	}
	for _, d := range parseDirectives(pass.Fset, pass.Files) {
		if d.reason == "" {
			pass.Reportf(d.pos, "//lint:%s directive needs a reason after the rule names", d.kind)
		}
		for _, name := range d.rules {
			if !known[name] && !staticcheckName.MatchString(name) {
				pass.Reportf(d.pos, "//lint:%s names unknown rule %q", d.kind, name)
			}
		}
	}
	return nil, nil
}

// directive is one //lint:ignore RULES reason, which covers the line it
// ends and the line after it (so it works standing above a statement and
// trailing one), or //lint:file-ignore RULES reason, which covers its file.
type directive struct {
	pos    token.Pos
	kind   string // "ignore" or "file-ignore"
	rules  []string
	reason string
	file   string
	line   int // its own line (ignore): it suppresses that line and the next; 0 for file-ignore
	used   bool
}

func parseDirectives(fset *token.FileSet, files []*ast.File) []*directive {
	var out []*directive
	for _, f := range files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				text, ok := strings.CutPrefix(c.Text, "//lint:")
				if !ok {
					continue
				}
				kind, rest, _ := strings.Cut(text, " ")
				if kind != "ignore" && kind != "file-ignore" {
					continue
				}
				names, reason, _ := strings.Cut(strings.TrimSpace(rest), " ")
				reason, _, _ = strings.Cut(reason, "//") // a comment after the directive is no reason
				pos := fset.Position(c.Pos())
				d := &directive{pos: c.Pos(), kind: kind, reason: strings.TrimSpace(reason), file: pos.Filename}
				for n := range strings.SplitSeq(names, ",") {
					if n != "" {
						d.rules = append(d.rules, n)
					}
				}
				if kind == "ignore" {
					d.line = pos.Line
				}
				out = append(out, d)
			}
		}
	}
	return out
}

// withDirectives wraps a rule's Run so that diagnostics a directive
// names the rule for are dropped, and a directive naming the rule that
// drops nothing is itself reported: a stale ignore hides the next real
// finding on that line.
func withDirectives(run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		var mine []*directive
		for _, d := range parseDirectives(pass.Fset, pass.Files) {
			if slices.Contains(d.rules, pass.Analyzer.Name) {
				mine = append(mine, d)
			}
		}
		if len(mine) == 0 {
			return run(pass)
		}
		filtered := *pass
		filtered.Report = func(diag analysis.Diagnostic) {
			pos := pass.Fset.Position(diag.Pos)
			for _, d := range mine {
				if d.file == pos.Filename && (d.line == 0 || d.line == pos.Line || d.line+1 == pos.Line) {
					d.used = true
					return
				}
			}
			pass.Report(diag)
		}
		res, err := run(&filtered)
		for _, d := range mine {
			if !d.used && err == nil {
				pass.Reportf(d.pos, "//lint:%s %s suppresses nothing", d.kind, pass.Analyzer.Name)
			}
		}
		return res, err
	}
}

// Suite is every analyzer the lint command and the vet tool run.
func Suite() []*analysis.Analyzer { return append(slices.Clone(Rules), Directives) }

// Finding is one diagnostic as the lint command prints it.
type Finding struct {
	Pos     string `json:"pos"` // file:line:col
	Rule    string `json:"rule"`
	Message string `json:"message"`
	Fixable bool   `json:"fixable,omitempty"`

	file   string
	offset int
	edits  []analysis.TextEdit
	fset   *token.FileSet
}

// LintOptions configures [Lint].
type LintOptions struct {
	Tags  []string             // build tags, as go build -tags
	Rules []*analysis.Analyzer // nil means [Suite]
	Dir   string               // where the go command runs; "" is the current directory
}

// ErrLoad is returned when the packages to lint do not load or type-check:
// the rules need type information, so nothing is reported on broken code.
var ErrLoad = errors.New("packages do not load")

// Lint runs the rules on the packages named by patterns, test files
// included, and returns the findings sorted by position, each once (a
// file shared by a package and its test variant is analyzed twice).
func Lint(patterns []string, opt LintOptions) ([]Finding, error) {
	var pkgs []*packages.Package
	for dir, pats := range loadGroups(patterns, opt.Dir) {
		cfg := &packages.Config{
			Mode:       packages.LoadAllSyntax | packages.NeedModule,
			Tests:      true,
			BuildFlags: tagsFlag(opt.Tags),
			Dir:        dir,
		}
		loaded, err := packages.Load(cfg, pats...)
		if err != nil {
			return nil, fmt.Errorf("lint: %w", err)
		}
		pkgs = append(pkgs, loaded...)
	}
	var errs []error
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e)
		}
	})
	if len(errs) > 0 {
		return nil, fmt.Errorf("lint: %w: %w", ErrLoad, errors.Join(errs...))
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("lint %s: %w", strings.Join(patterns, " "), ErrNoPackages)
	}
	rules := opt.Rules
	if rules == nil {
		rules = Suite()
	}
	graph, err := checker.Analyze(rules, pkgs, nil)
	if err != nil {
		return nil, fmt.Errorf("lint: %w", err)
	}
	seen := map[string]bool{}
	var out []Finding
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			return nil, fmt.Errorf("lint: %s on %s: %w", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			f := Finding{Pos: pos.String(), Rule: act.Analyzer.Name, Message: d.Message,
				file: pos.Filename, offset: pos.Offset, fset: act.Package.Fset}
			if len(d.SuggestedFixes) > 0 {
				f.Fixable = true
				f.edits = d.SuggestedFixes[0].TextEdits
			}
			key := f.Pos + "\x00" + f.Rule + "\x00" + f.Message
			if !seen[key] {
				seen[key] = true
				out = append(out, f)
			}
		}
	}
	slices.SortFunc(out, func(a, b Finding) int {
		return cmp.Or(strings.Compare(a.file, b.file), cmp.Compare(a.offset, b.offset), strings.Compare(a.Rule, b.Rule))
	})
	return out, nil
}

// ErrFixConflict is returned when two fixes edit overlapping text of one
// file: the fixer applies neither rather than guess (golang/go#56535).
var ErrFixConflict = errors.New("suggested fixes overlap")

// ApplyFixes applies the first suggested fix of each fixable finding and
// returns the new contents of each file it changed, formatted. A file whose
// result does not parse is an error and nothing is returned for it.
func ApplyFixes(findings []Finding) (map[string][]byte, error) {
	type edit struct {
		start, end int
		text       []byte
	}
	byFile := map[string][]edit{}
	for _, f := range findings {
		for _, e := range f.edits {
			file := f.fset.File(e.Pos)
			if file == nil {
				continue
			}
			byFile[file.Name()] = append(byFile[file.Name()], edit{file.Offset(e.Pos), file.Offset(e.End), e.NewText})
		}
	}
	out := map[string][]byte{}
	var errs []error
	for name, edits := range byFile {
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		slices.SortFunc(edits, func(a, b edit) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end)) })
		edits = slices.CompactFunc(edits, func(a, b edit) bool {
			return a.start == b.start && a.end == b.end && bytes.Equal(a.text, b.text)
		})
		var buf bytes.Buffer
		last := 0
		conflict := false
		for _, e := range edits {
			if e.start < last {
				conflict = true
				break
			}
			buf.Write(src[last:e.start])
			buf.Write(e.text)
			last = e.end
		}
		if conflict {
			errs = append(errs, fmt.Errorf("%s: %w", name, ErrFixConflict))
			continue
		}
		buf.Write(src[last:])
		formatted, err := format.Source(buf.Bytes())
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: fixed file does not parse, not written: %w", name, err))
			continue
		}
		out[name] = formatted
	}
	return out, errors.Join(errs...)
}

// isVetTool reports whether the program was started by go vet -vettool:
// go vet asks for -V=full and -flags, then passes one .cfg file per package.
func isVetTool(args []string) bool {
	if len(args) == 0 {
		return false
	}
	last := args[len(args)-1]
	return args[0] == "-V=full" || args[0] == "-flags" || strings.HasSuffix(last, ".cfg")
}

// runVetTool hands the process to unitchecker, which speaks go vet's
// protocol and exits.
func runVetTool([]string) int {
	unitchecker.Main(Suite()...)
	return 0 // not reached
}

func writeFindings(w io.Writer, findings []Finding, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if findings == nil {
			findings = []Finding{}
		}
		return enc.Encode(findings)
	}
	for _, f := range findings {
		if _, err := fmt.Fprintf(w, "%s: %s (%s)\n", f.Pos, f.Message, f.Rule); err != nil {
			return err
		}
	}
	return nil
}
