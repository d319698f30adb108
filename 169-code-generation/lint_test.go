package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestRules(t *testing.T) {
	tests := []struct {
		rule  *analysis.Analyzer
		pkg   string
		fixes bool // the package has a .golden file with the fixes applied
	}{
		{CtxFirst, "ctxfirst", false},
		{ErrWrap, "errwrap", true},
		{DeferInLoop, "deferinloop", true},
		{SleepInTest, "sleepintest", false},
		{ExportedDoc, "exporteddoc", false},
	}
	for _, tt := range tests {
		t.Run(tt.rule.Name, func(t *testing.T) {
			if tt.fixes {
				analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), tt.rule, tt.pkg)
			} else {
				analysistest.Run(t, analysistest.TestData(), tt.rule, tt.pkg)
			}
		})
	}
}

func TestDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), CtxFirst, "dirctx")
	analysistest.Run(t, analysistest.TestData(), Directives, "dirsyntax")
}

func TestAnalyzersValid(t *testing.T) {
	require.NoError(t, analysis.Validate(Suite()))
}

func TestFormatVerbs(t *testing.T) {
	tests := []struct {
		lit  string
		want []formatVerb
	}{
		{`"plain"`, nil},
		{`"a %v b"`, []formatVerb{{3, 2, 'v', 0}}},
		{`"%d%%%s"`, []formatVerb{{1, 2, 'd', 0}, {5, 2, 's', 1}}},
		{`"%-8.3f %+q"`, []formatVerb{{1, 6, 'f', 0}, {8, 3, 'q', 1}}},
		{`"%[2]v %[1]s"`, []formatVerb{{1, 5, 'v', 1}, {7, 5, 's', 0}}},
		{"`raw %v`", []formatVerb{{5, 2, 'v', 0}}},
		{`"%*d"`, nil}, // star widths are not modelled: give up
		{`"\"%v\""`, []formatVerb{{3, 2, 'v', 0}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, formatVerbs(tt.lit), "formatVerbs(%s)", tt.lit)
	}
}

func FuzzFormatVerbs(f *testing.F) {
	for _, s := range []string{`"a %v"`, `"%[2]d %[1]s"`, `"%%"`, `"%"`, `"%["`, `"\\%v"`, "`%w`", `"%-+# 0x"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, lit string) {
		for _, v := range formatVerbs(lit) {
			if v.offset < 1 || v.length < 2 || v.offset+v.length > len(lit) {
				t.Fatalf("formatVerbs(%q): verb %+v outside the literal", lit, v)
			}
			if lit[v.offset] != '%' {
				t.Fatalf("formatVerbs(%q): verb %+v does not start at a %%", lit, v)
			}
		}
	})
}

// TestLintAndVetAgree runs the lint command and go vet -vettool with this
// program on the same packages, with and without a build tag, and checks
// that they report the same findings.
func TestLintAndVetAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program and runs go vet")
	}
	bin := filepath.Join(t.TempDir(), "lint")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	pkgs := []string{"./testdata/src/ctxfirst", "./testdata/src/errwrap", "./testdata/src/tagged"}
	for _, tags := range []string{"", "special"} {
		t.Run("tags="+tags, func(t *testing.T) {
			opt := LintOptions{}
			if tags != "" {
				opt.Tags = []string{tags}
			}
			findings, err := Lint(pkgs, opt)
			require.NoError(t, err)
			var ours []string
			for _, f := range findings {
				ours = append(ours, relativeFinding(t, f.Pos+": "+f.Message))
			}
			args := []string{"vet", "-vettool=" + bin}
			if tags != "" {
				args = append(args, "-tags="+tags)
			}
			cmd := exec.Command("go", append(args, pkgs...)...)
			out, _ := cmd.CombinedOutput() // exit 1: there are findings
			var vet []string
			for line := range strings.Lines(string(out)) {
				line = strings.TrimSpace(line)
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				vet = append(vet, relativeFinding(t, line))
			}
			slices.Sort(ours)
			slices.Sort(vet)
			assert.Equal(t, ours, vet, "lint and go vet -vettool disagree")
			hasTagged := slices.ContainsFunc(ours, func(s string) bool { return strings.Contains(s, "tagged.go") })
			assert.Equal(t, tags != "", hasTagged, "the tagged file is linted exactly when its tag is set")
		})
	}
}

func relativeFinding(t *testing.T, s string) string {
	wd, err := os.Getwd()
	require.NoError(t, err)
	s = strings.TrimPrefix(s, wd+string(filepath.Separator))
	return strings.TrimPrefix(s, "./")
}
