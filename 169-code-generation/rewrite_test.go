package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gofmtRules are the pattern rules checked against gofmt -r: slicing
// idioms, repeated wildcards, literal identifiers, parentheses and calls.
var gofmtRules = []string{
	"a[b:len(a)] -> a[b:]",
	"a[0:b] -> a[:b]",
	"x + 0 -> x",
	"a == a -> true",
	"bytes.Compare(a, b) == 0 -> bytes.Equal(a, b)",
	"(a) -> a",
	"err != nil -> nil != err",
	"fmt.Errorf(a, b) -> fmt.Errorf(a, b, nil)",
	"len(a) == 0 -> a == nil",
}

func gofmtBinary(t *testing.T) string {
	t.Helper()
	path := filepath.Join(goroot(), "bin", "gofmt")
	if _, err := os.Stat(path); err != nil {
		path, err = exec.LookPath("gofmt")
		require.NoError(t, err, "gofmt is part of every Go installation")
	}
	return path
}

// TestRewriteMatchesGofmt runs every rule on the sample and on GOROOT
// files through gofmt -r and through RewriteSource, and wants the same
// bytes.
func TestRewriteMatchesGofmt(t *testing.T) {
	gofmt := gofmtBinary(t)
	files := []string{"testdata/rewrite/sample.go"}
	if !testing.Short() {
		for _, f := range []string{"strings/strings.go", "bytes/buffer.go", "go/printer/nodes.go", "net/http/server.go", "sort/sort.go", "regexp/syntax/parse.go", "encoding/json/decode.go", "fmt/print.go"} {
			files = append(files, filepath.Join(goroot(), "src", f))
		}
	}
	compared, changed := 0, 0
	for _, rule := range gofmtRules {
		r, err := ParseRule(rule)
		require.NoError(t, err)
		for _, file := range files {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			want, err := exec.Command(gofmt, "-r", rule, file).Output()
			require.NoError(t, err, "gofmt -r %q %s", rule, file)
			got, err := RewriteSource(file, src, r)
			require.NoError(t, err)
			if !assert.Equal(t, string(want), string(got), "rule %q on %s", rule, file) {
				t.Log(UnifiedDiff("gofmt", "ours", string(want), string(got)))
			}
			compared++
			if string(want) != string(src) {
				changed++
			}
		}
	}
	t.Logf("%d rule×file pairs identical to gofmt -r, %d of them changed the file", compared, changed)
	assert.Positive(t, changed, "the rules must actually rewrite something")
}

func TestRewriteIdempotent(t *testing.T) {
	src, err := os.ReadFile("testdata/rewrite/sample.go")
	require.NoError(t, err)
	for _, rule := range []string{"a[b:len(a)] -> a[b:]", "x + 0 -> x", "bytes.Compare(a, b) == 0 -> bytes.Equal(a, b)"} {
		r, err := ParseRule(rule)
		require.NoError(t, err)
		once, err := RewriteSource("sample.go", src, r)
		require.NoError(t, err)
		twice, err := RewriteSource("sample.go", once, r)
		require.NoError(t, err)
		assert.Equal(t, string(once), string(twice), "rule %q is not idempotent", rule)
	}
}

func TestParseRuleNamesTheSide(t *testing.T) {
	tests := []struct {
		rule, want string
	}{
		{"a +", "want 'pattern -> replacement'"},
		{"a + -> b", `pattern "a +"`},
		{"a -> b +", `replacement "b +"`},
		{" -> b", "want 'pattern -> replacement'"},
	}
	for _, tt := range tests {
		_, err := ParseRule(tt.rule)
		assert.ErrorIs(t, err, ErrRuleSyntax, tt.rule)
		if err != nil {
			assert.Contains(t, err.Error(), tt.want, tt.rule)
		}
	}
}

func FuzzParseRule(f *testing.F) {
	for _, r := range gofmtRules {
		f.Add(r, "package p\n\nvar v = a[1:len(a)] + 0 // c\n")
	}
	f.Add("a -> (a)", "package p\n\nfunc f() { g((x)) }\n")
	f.Fuzz(func(t *testing.T, rule, src string) {
		r, err := ParseRule(rule)
		if err != nil {
			return
		}
		// Any rule on any file: an error or a result, never a panic. (The
		// result need not parse: a replacement put where a type belongs
		// prints as it would with gofmt -r, which does not check either;
		// Rewrite's callers type-check before writing.)
		out, err := RewriteSource("f.go", []byte(src), r)
		if err == nil && len(out) == 0 && len(src) > 0 {
			t.Fatalf("rule %q turned %q into nothing", rule, src)
		}
	})
}

// BenchmarkRewrite applies a rule to go/printer/nodes.go (about 60 KB):
// parse, match every node, print.
func BenchmarkRewrite(b *testing.B) {
	path := filepath.Join(goroot(), "src", "go", "printer", "nodes.go")
	src, err := os.ReadFile(path)
	require.NoError(b, err)
	r, err := ParseRule("a[b:len(a)] -> a[b:]")
	require.NoError(b, err)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RewriteSource(path, src, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFixes runs the four type-aware fixes on the fix corpus,
// loading and type-checking included.
func BenchmarkFixes(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Rewrite([]string{"./testdata/fix"}, RewriteOptions{Fixes: Fixes}); err != nil {
			b.Fatal(err)
		}
	}
}
