// Command index keeps the numbers in INDEX.md and README.md true.
//
// Both documents are mostly prose written by hand. The parts that describe
// the tree — line counts, how many tests, benchmarks, fuzz targets and
// examples each challenge has, its status, its components — sit between
// markers of the form
//
//	<!-- BEGIN GENERATED: name -->
//	...
//	<!-- END GENERATED: name -->
//
// and are rewritten from the tree by this program, so they cannot drift.
// Text outside the markers is never touched.
//
// Usage (from the repository root; make index and make index-check do this):
//
//	go run .ci/index.go          rewrite INDEX.md and README.md in place
//	go run .ci/index.go -check   exit 1 and show what is stale, writing nothing
//
// The check also fails when a module required directly by go.mod is not named
// in README.md's dependency table, or when a challenge directory has no
// section in INDEX.md, so that adding either needs its prose too.
//
// It lives in .ci/ rather than in a challenge because no code is shared
// between challenges and the top level holds no packages; a directory whose
// name starts with a dot is ignored by ./... patterns, so it is run by file.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// challenge is one numbered directory as the documents describe it. The focus
// of each area is fixed by the project's design; the rest is read from disk.
type challenge struct {
	Dir   string
	Focus string
}

// challenges lists all eight areas, present or not, in learning-path order of
// their numbers. A missing directory is shown as not started.
var challenges = []challenge{
	{"165-runtime-scheduler", "GMP scheduler simulator faithful to runtime/proc.go; preemption, runtime/metrics, GOMAXPROCS"},
	{"166-memory-gc", "escape analysis, pools, gctrace and runtime/metrics, GC tuning, unsafe, AddCleanup/weak/unique"},
	{"167-aws-sdk", "AWS-compatible local S3/SQS/Lambda emulators; retry-aware clients on aws-sdk-go-v2"},
	{"168-networking", "binary RPC protocol, connection pool, load balancing, reverse proxy, graceful server"},
	{"169-code-generation", "go/ast + go/types analysis, generators, rewriters, go/analysis linters"},
	{"170-tui-apps", "a Model-View-Update terminal framework and its widgets"},
	{"171-streaming", "pub/sub, backpressure, pipelines, Server-Sent Events, event-time windows"},
	{"172-data-structures", "bloom filter, consistent hashing, radix tree, skip list, counters, concurrent map"},
}

// stats is what the generator counts in one directory.
type stats struct {
	Present    bool
	CodeLines  int // non-blank lines in non-test .go files
	TestLines  int // non-blank lines in _test.go files
	Tests      int
	Benchmarks int
	Fuzz       int
	Examples   int
	Status     string
	Components []component
}

// component is one non-test source file: the project keeps one component per
// file, named after what it holds.
type component struct {
	File       string
	Lines      int
	Tests      int // Test functions in the file's _test.go companion
	Benchmarks int
	Summary    string // first sentence of the file's central doc comment
}

var statusLine = regexp.MustCompile(`(?m)^\*\*Status:\*\*\s*(.+?)\s*$`)

func main() {
	log.SetFlags(0)
	log.SetPrefix("index: ")
	check := flag.Bool("check", false, "report stale documents and exit 1 instead of writing")
	flag.Parse()

	all := make(map[string]stats, len(challenges))
	for _, c := range challenges {
		s, err := measure(c.Dir)
		if err != nil {
			log.Fatal(err)
		}
		all[c.Dir] = s
	}

	var problems []string
	for _, doc := range []struct {
		path   string
		blocks func(map[string]stats) (map[string]string, error)
	}{
		{"INDEX.md", indexBlocks},
		{"README.md", readmeBlocks},
	} {
		old, err := os.ReadFile(doc.path)
		if err != nil {
			log.Fatal(err)
		}
		blocks, err := doc.blocks(all)
		if err != nil {
			log.Fatal(err)
		}
		updated, err := replaceBlocks(old, blocks)
		if err != nil {
			log.Fatalf("%s: %v", doc.path, err)
		}
		if bytes.Equal(old, updated) {
			continue
		}
		if *check {
			problems = append(problems, doc.path+" is stale: run make index and commit the result")
			continue
		}
		if err := os.WriteFile(doc.path, updated, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Println("index: rewrote", doc.path)
	}

	problems = append(problems, crossChecks(all)...)
	if len(problems) > 0 {
		for _, p := range problems {
			log.Print(p)
		}
		os.Exit(1)
	}
}

// measure counts the Go files of one challenge directory.
func measure(dir string) (stats, error) {
	var s stats
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		s.Status = "not started"
		return s, nil
	}
	if err != nil {
		return s, err
	}
	if !info.IsDir() {
		return s, fmt.Errorf("%s is not a directory", dir)
	}
	s.Present = true

	readme, err := os.ReadFile(filepath.Join(dir, "README.md"))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		s.Status = "in progress — no README yet"
	case err != nil:
		return s, err
	default:
		if m := statusLine.FindSubmatch(readme); m != nil {
			s.Status = string(m[1])
		} else {
			s.Status = "in progress — README has no **Status:** line"
		}
	}

	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return s, err
	}
	slices.Sort(files)
	fset := token.NewFileSet()
	perTest := map[string][2]int{} // test file → {tests, benchmarks}
	var sources []string
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			return s, err
		}
		lines := nonBlankLines(src)
		if !strings.HasSuffix(path, "_test.go") {
			s.CodeLines += lines
			sources = append(sources, path)
			continue
		}
		s.TestLines += lines
		f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			return s, err
		}
		var t, b int
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil {
				continue
			}
			switch name := fn.Name.Name; {
			case isTestName(name, "Test"):
				t++
				s.Tests++
			case isTestName(name, "Benchmark"):
				b++
				s.Benchmarks++
			case isTestName(name, "Fuzz"):
				s.Fuzz++
			case isTestName(name, "Example"):
				s.Examples++
			}
		}
		perTest[path] = [2]int{t, b}
	}

	for _, path := range sources {
		src, err := os.ReadFile(path)
		if err != nil {
			return s, err
		}
		f, err := parser.ParseFile(fset, path, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return s, err
		}
		counts := perTest[strings.TrimSuffix(path, ".go")+"_test.go"]
		s.Components = append(s.Components, component{
			File:       filepath.Base(path),
			Lines:      nonBlankLines(src),
			Tests:      counts[0],
			Benchmarks: counts[1],
			Summary:    summary(f, filepath.Base(path)),
		})
	}
	return s, nil
}

// isTestName reports whether name is a test function name with the given
// prefix, following the rule of cmd/go: the prefix alone, or the prefix
// followed by something that does not start with a lower-case letter.
func isTestName(name, prefix string) bool {
	if !strings.HasPrefix(name, prefix) {
		return false
	}
	if len(name) == len(prefix) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(name[len(prefix):])
	return !unicode.IsLower(r)
}

func nonBlankLines(src []byte) int {
	n := 0
	for line := range bytes.Lines(src) {
		if len(bytes.TrimSpace(line)) > 0 {
			n++
		}
	}
	return n
}

// summary returns the first sentence of the comment that best describes a
// file: the package comment in doc.go; otherwise a file comment, the
// free-standing comment between the package clause and the first
// declaration ("This file holds ..."); otherwise the doc comment of the
// first documented type, exported before unexported; otherwise that of the
// first documented function other than main.
func summary(f *ast.File, name string) string {
	if f.Doc != nil && name == "doc.go" {
		return firstSentence(f.Doc.Text())
	}
	firstDecl := f.FileEnd
	if len(f.Decls) > 0 {
		firstDecl = f.Decls[0].Pos()
	}
	for _, c := range f.Comments {
		if c == f.Doc || c.Pos() < f.Package {
			continue
		}
		if c.Pos() >= firstDecl {
			break
		}
		if text := c.Text(); !strings.HasPrefix(text, "go:") {
			return firstSentence(text)
		}
	}
	// candidates[rank] is the first documented declaration of each kind:
	// exported type, exported func, unexported type, unexported func.
	var candidates [4]string
	note := func(rank int, doc *ast.CommentGroup) {
		if doc != nil && candidates[rank] == "" {
			candidates[rank] = firstSentence(doc.Text())
		}
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				ts, ok := spec.(*ast.TypeSpec)
				if !ok {
					continue
				}
				doc := ts.Doc
				if doc == nil {
					doc = d.Doc
				}
				if ts.Name.IsExported() {
					note(0, doc)
				} else {
					note(2, doc)
				}
			}
		case *ast.FuncDecl:
			switch {
			case d.Name.Name == "main" && d.Recv == nil:
			case d.Name.IsExported():
				note(1, d.Doc)
			default:
				note(3, d.Doc)
			}
		}
	}
	for _, c := range candidates {
		if c != "" {
			return c
		}
	}
	if f.Doc != nil {
		return firstSentence(f.Doc.Text())
	}
	return ""
}

// shortStatus keeps a table cell short: the status word of a README's
// Status line ("complete", "in progress") without the explanation after
// the dash (what is missing, which targets were missed), which stays in
// the challenge's README.
func shortStatus(status string) string {
	if i := strings.Index(status, " — "); i >= 0 {
		return status[:i] + " (details in its README)"
	}
	return status
}

func firstSentence(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if i := strings.Index(text, ". "); i >= 0 {
		text = text[:i+1]
	}
	return strings.ReplaceAll(text, "|", `\|`)
}

// indexBlocks renders INDEX.md's generated blocks: the overview table and
// one components table for each challenge.
func indexBlocks(all map[string]stats) (map[string]string, error) {
	blocks := map[string]string{}
	var b strings.Builder
	b.WriteString("| challenge | focus | code lines | test lines | tests | benchmarks | fuzz | examples | status |\n")
	b.WriteString("|---|---|--:|--:|--:|--:|--:|--:|---|\n")
	var total stats
	for _, c := range challenges {
		s := all[c.Dir]
		if !s.Present {
			fmt.Fprintf(&b, "| %s | %s | — | — | — | — | — | — | %s |\n", c.Dir, c.Focus, s.Status)
			continue
		}
		fmt.Fprintf(&b, "| [%s](%s/README.md) | %s | %d | %d | %d | %d | %d | %d | %s |\n",
			c.Dir, c.Dir, c.Focus, s.CodeLines, s.TestLines, s.Tests, s.Benchmarks, s.Fuzz, s.Examples, shortStatus(s.Status))
		total.CodeLines += s.CodeLines
		total.TestLines += s.TestLines
		total.Tests += s.Tests
		total.Benchmarks += s.Benchmarks
		total.Fuzz += s.Fuzz
		total.Examples += s.Examples
	}
	fmt.Fprintf(&b, "| **total** | | %d | %d | %d | %d | %d | %d | |\n",
		total.CodeLines, total.TestLines, total.Tests, total.Benchmarks, total.Fuzz, total.Examples)
	blocks["overview"] = b.String()

	for _, c := range challenges {
		s := all[c.Dir]
		if !s.Present {
			blocks["components "+c.Dir] = "_Not started: the directory does not exist yet._\n"
			continue
		}
		var b strings.Builder
		b.WriteString("| file | lines | tests | benchmarks | what it holds |\n")
		b.WriteString("|---|--:|--:|--:|---|\n")
		for _, comp := range s.Components {
			fmt.Fprintf(&b, "| [%s](%s/%s) | %d | %d | %d | %s |\n",
				comp.File, c.Dir, comp.File, comp.Lines, comp.Tests, comp.Benchmarks, comp.Summary)
		}
		blocks["components "+c.Dir] = b.String()
	}
	return blocks, nil
}

// readmeBlocks renders README.md's challenge table, which carries each
// challenge's status so the front page cannot claim more than the tree has.
func readmeBlocks(all map[string]stats) (map[string]string, error) {
	var b strings.Builder
	b.WriteString("| challenge | focus | run it | status |\n")
	b.WriteString("|---|---|---|---|\n")
	for _, c := range challenges {
		s := all[c.Dir]
		if !s.Present {
			fmt.Fprintf(&b, "| %s | %s | — | %s |\n", c.Dir, c.Focus, s.Status)
			continue
		}
		fmt.Fprintf(&b, "| [%s](%s/README.md) | %s | `go run ./%s` | %s |\n", c.Dir, c.Dir, c.Focus, c.Dir, shortStatus(s.Status))
	}
	return map[string]string{"challenges": b.String()}, nil
}

var blockRE = regexp.MustCompile(`(?s)<!-- BEGIN GENERATED: ([^>]+?) -->\n.*?<!-- END GENERATED: ([^>]+?) -->`)

// replaceBlocks rewrites every generated block in doc. A block the document
// has but the generator does not know, or one the generator needs but the
// document lacks, is an error: both mean the prose and the tree disagree.
func replaceBlocks(doc []byte, blocks map[string]string) ([]byte, error) {
	seen := map[string]bool{}
	var err error
	out := blockRE.ReplaceAllFunc(doc, func(m []byte) []byte {
		sub := blockRE.FindSubmatch(m)
		name, end := string(sub[1]), string(sub[2])
		if name != end {
			err = errors.Join(err, fmt.Errorf("block %q ends with %q", name, end))
			return m
		}
		body, ok := blocks[name]
		if !ok {
			err = errors.Join(err, fmt.Errorf("unknown generated block %q (is its directory gone?)", name))
			return m
		}
		seen[name] = true
		return fmt.Appendf(nil, "<!-- BEGIN GENERATED: %s -->\n%s<!-- END GENERATED: %s -->", name, body, name)
	})
	for name := range blocks {
		if !seen[name] && !optional(name) {
			err = errors.Join(err, fmt.Errorf("missing generated block %q: add a section with its markers", name))
		}
	}
	return out, err
}

// optional reports whether a block may be absent from its document: a
// challenge that does not exist yet needs no section.
func optional(name string) bool {
	dir, ok := strings.CutPrefix(name, "components ")
	if !ok {
		return false
	}
	_, err := os.Stat(dir)
	return errors.Is(err, fs.ErrNotExist)
}

var requireLine = regexp.MustCompile(`(?m)^\s*(?:require\s+)?([a-z0-9.\-]+\.[a-z]+/\S+)\s+v\S+\s*$`)

// crossChecks finds what the generator cannot fix by itself: direct
// requirements that README.md does not explain.
func crossChecks(map[string]stats) []string {
	var problems []string
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		return []string{err.Error()}
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		return []string{err.Error()}
	}
	for _, m := range requireLine.FindAllSubmatch(mod, -1) {
		path := string(m[1])
		if !bytes.Contains(readme, []byte("`"+path+"`")) {
			problems = append(problems, fmt.Sprintf("README.md: direct dependency %s is not in the dependency table", path))
		}
	}
	return problems
}
