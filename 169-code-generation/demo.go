package main

// This file holds the no-argument tour: each component run on real code,
// its output shown as a user would see it.

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
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
		{"gen enum and gen mock: generated into a scratch module, compiled and run", demoGenEnum},
		{"rewrite -r 'a[b:len(a)] -> a[b:]' (gofmt -r's semantics)", demoRewriteRule},
		{"rewrite -fix any,errorf,ioutil,rangeint (comments kept by dst)", demoRewriteFix},
		{"lint: findings and the fixes they suggest", demoLint},
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

// scratchModule writes files into a new temporary module and returns its
// directory and a function that removes it.
func scratchModule(name string, files map[string]string) (string, func(), error) {
	dir, err := os.MkdirTemp("", "169-demo-*")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	files["go.mod"] = "module " + name + "\n\ngo 1.26\n"
	for path, body := range files {
		full := filepath.Join(dir, path)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			cleanup()
			return "", nil, err
		}
		if err := os.WriteFile(full, []byte(body), 0o644); err != nil {
			cleanup()
			return "", nil, err
		}
	}
	return dir, cleanup, nil
}

func demoGenEnum(ctx context.Context, w io.Writer) error {
	dir, cleanup, err := scratchModule("demo", map[string]string{
		"color/color.go": "package color\n\n// Color is a colour.\ntype Color int\n\nconst (\n\tRed Color = iota\n\tGreen\n\tBlue\n\tInfrared Color = 10 // a gap: two runs\n)\n\n" +
			"// Palette names colours.\ntype Palette interface {\n\tLookup(name string) (Color, error)\n}\n",
		"main.go": "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\n\t\"demo/color\"\n)\n\nfunc main() {\n" +
			"\tc, err := color.ParseColor(\"Blue\")\n\tb, _ := json.Marshal(map[color.Color]color.Color{color.Red: c})\n" +
			"\t_, merr := color.Color(7).MarshalText()\n" +
			"\tfmt.Println(c, err, color.Color(7), color.ColorValues(), string(b))\n\tfmt.Println(merr)\n" +
			"\tvar m color.MockPalette\n\tm.OnLookup(color.Green, nil)\n\tvar p color.Palette = &m\n" +
			"\tgot, _ := p.Lookup(\"leaf\")\n\tfmt.Println(\"mock:\", got, m.LookupCalls())\n}\n",
	})
	if err != nil {
		return err
	}
	defer cleanup()
	src, err := GenerateEnum(filepath.Join(dir, "color"), EnumOptions{Types: []string{"Color"}})
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "color", "color_enum.go"), src, 0o644); err != nil {
		return err
	}
	mock, err := GenerateMock(filepath.Join(dir, "color"), MockOptions{Types: []string{"Palette"}})
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "color", "palette_mock.go"), mock, 0o644); err != nil {
		return err
	}
	lines := strings.Split(string(src), "\n")
	fmt.Fprintf(w, "%d lines of enum code and %d of mock generated; the String method for two runs:\n\n",
		len(lines), strings.Count(string(mock), "\n"))
	for i, l := range lines {
		if strings.HasPrefix(l, "func (i Color) String()") {
			for _, l := range lines[i : i+10] {
				fmt.Fprintf(w, "    %s\n", l)
			}
			break
		}
	}
	cmd := exec.CommandContext(ctx, "go", "run", ".")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("the generated code does not run: %v\n%s", err, out)
	}
	fmt.Fprintf(w, "\ngo run of a program using it:\n%s", indent(string(out)))
	return nil
}

func indent(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		b.WriteString("    " + line)
	}
	return b.String()
}

func demoRewriteRule(_ context.Context, w io.Writer) error {
	r, err := ParseRule("a[b:len(a)] -> a[b:]")
	if err != nil {
		return err
	}
	changes, err := Rewrite([]string{"./testdata/rewrite"}, RewriteOptions{Rule: r, Dir: demoDir()})
	if err != nil {
		return err
	}
	for _, c := range changes {
		rel := relPath(demoDir(), c.Path)
		fmt.Fprint(w, UnifiedDiff(rel, rel, string(c.Old), string(c.New)))
	}
	return nil
}

func demoRewriteFix(_ context.Context, w io.Writer) error {
	changes, err := Rewrite([]string{"./testdata/fix"}, RewriteOptions{Fixes: Fixes, Dir: demoDir()})
	if err != nil {
		return err
	}
	for _, c := range changes {
		rel := relPath(demoDir(), c.Path)
		fmt.Fprintf(w, "%d places changed; the result was type-checked before being shown:\n\n", c.Changes)
		fmt.Fprint(w, UnifiedDiff(rel, rel, string(c.Old), string(c.New)))
	}
	return nil
}

func demoLint(_ context.Context, w io.Writer) error {
	findings, err := Lint([]string{"./testdata/src/errwrap", "./testdata/src/deferinloop", "./testdata/src/ctxfirst"}, LintOptions{Dir: demoDir()})
	if err != nil {
		return err
	}
	for i := range findings {
		findings[i].Pos = relPath(demoDir(), findings[i].Pos)
	}
	if err := writeFindings(w, findings, false); err != nil {
		return err
	}
	files, err := ApplyFixes(findings)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nlint -fix would change %d files; errwrap's fix:\n\n", len(files))
	for name, src := range files {
		if strings.HasSuffix(name, "errwrap.go") {
			old, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			rel := relPath(demoDir(), name)
			fmt.Fprint(w, UnifiedDiff(rel, rel, string(old), string(src)))
		}
	}
	return nil
}
