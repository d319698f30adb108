package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUnifiedDiffMatchesDiffU compares our hunks with diff -u's on the same
// pairs (headers aside: diff writes timestamps).
func TestUnifiedDiffMatchesDiffU(t *testing.T) {
	diffBin, err := exec.LookPath("diff")
	if err != nil {
		t.Skip("diff not installed")
	}
	src, err := os.ReadFile("testdata/rewrite/sample.go")
	require.NoError(t, err)
	r, err := ParseRule("a[b:len(a)] -> a[b:]")
	require.NoError(t, err)
	rewritten, err := RewriteSource("sample.go", src, r)
	require.NoError(t, err)
	pairs := [][2]string{
		{string(src), string(rewritten)},
		{"a\nb\nc\n", "a\nc\n"},
		{"", "x\ny\n"},
		{"x\ny\n", ""},
		{"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\n2\nthree\n4\n5\n6\n7\n8\n9\nten\n11\n12\n"},
		{"a\nb\n", "a\nb"},
		{"same\n", "same\n"},
	}
	dir := t.TempDir()
	for i, p := range pairs {
		a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
		require.NoError(t, os.WriteFile(a, []byte(p[0]), 0o644))
		require.NoError(t, os.WriteFile(b, []byte(p[1]), 0o644))
		out, _ := exec.Command(diffBin, "-u", a, b).Output() // exit 1 when they differ
		want := dropHeaders(string(out))
		got := dropHeaders(UnifiedDiff("a", "b", p[0], p[1]))
		assert.Equal(t, want, got, "pair %d", i)
	}
}

func dropHeaders(d string) string {
	var b strings.Builder
	for line := range strings.Lines(d) {
		if strings.HasPrefix(line, "--- ") || strings.HasPrefix(line, "+++ ") {
			continue
		}
		b.WriteString(line)
	}
	return b.String()
}

// FuzzEditScript checks that the edit script rebuilds both sides and is
// no longer than deleting everything and inserting everything.
func FuzzEditScript(f *testing.F) {
	f.Add("a\nb\nc\n", "a\nc\nd\n")
	f.Add("", "x")
	f.Add("same\n", "same\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		la, lb := splitLines(a), splitLines(b)
		ops := editScript(la, lb)
		var gotA, gotB []string
		edits := 0
		for _, op := range ops {
			if op.kind != '+' {
				gotA = append(gotA, op.text)
			}
			if op.kind != '-' {
				gotB = append(gotB, op.text)
			}
			if op.kind != ' ' {
				edits++
			}
		}
		if strings.Join(gotA, "") != a || strings.Join(gotB, "") != b {
			t.Fatalf("edit script does not rebuild its inputs")
		}
		if edits > len(la)+len(lb) {
			t.Fatalf("%d edits for %d+%d lines", edits, len(la), len(lb))
		}
	})
}

func BenchmarkUnifiedDiff(b *testing.B) {
	path := filepath.Join(goroot(), "src", "go", "printer", "nodes.go")
	src, err := os.ReadFile(path)
	require.NoError(b, err)
	r, err := ParseRule("a[b:len(a)] -> a[b:]")
	require.NoError(b, err)
	out, err := RewriteSource(path, src, r)
	require.NoError(b, err)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		UnifiedDiff("a", "b", string(src), string(out))
	}
}
