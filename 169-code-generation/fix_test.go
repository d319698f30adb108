package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFixesGolden(t *testing.T) {
	changes, err := Rewrite([]string{"./testdata/fix"}, RewriteOptions{Fixes: Fixes})
	require.NoError(t, err)
	require.Len(t, changes, 1)
	golden(t, filepath.Join("testdata", "TestFixes", "fixme.go.golden"), changes[0].New)
	got := string(changes[0].New)
	for _, kept := range []string{
		"// the value, of any type", "// Extra is documented above its field.", "// build the message",
		"// keep this comment", "// over a slice's length", "// a plain counting loop",
		"var x interface{} = any(1)", `errors.New(fmt.Sprintf("failed: %w", err))`, "ioutil.ReadDir",
		"/* a comment in the header */", "i += 2",
	} {
		assert.Contains(t, got, kept)
	}
	for _, gone := range []string{"ioutil.ReadAll", "ioutil.WriteFile", "ioutil.ReadFile", "Value interface{}"} {
		assert.NotContains(t, got, gone)
	}
	// n, 10 and Sum's len(xs); Loops' len(xs) stays because a later loop
	// in the same function assigns xs.
	assert.Equal(t, 3, strings.Count(got, "range "), "three loops are provably counting loops")
	assert.Contains(t, got, "for i := range len(xs) {")
}

// TestFixesIdempotent runs the fixes on their own output, in a module of
// its own: nothing may change the second time.
func TestFixesIdempotent(t *testing.T) {
	changes, err := Rewrite([]string{"./testdata/fix"}, RewriteOptions{Fixes: Fixes})
	require.NoError(t, err)
	require.Len(t, changes, 1)
	dir := t.TempDir()
	writeModule(t, dir, "fixagain", map[string]string{"fix/fixme.go": string(changes[0].New)})
	again, err := Rewrite([]string{"./fix"}, RewriteOptions{Fixes: Fixes, Dir: dir})
	require.NoError(t, err)
	assert.Empty(t, again)
}

func TestFixNeverWritesCodeThatDoesNotCompile(t *testing.T) {
	dir := t.TempDir()
	// The file compiles, but a fix result must be type-checked with the
	// rest of its package: here any is declared at package level in
	// another file, so replacing interface{} would change the type.
	writeModule(t, dir, "shadow", map[string]string{
		"p/a.go": "package p\n\nvar V interface{} = 1\n",
		"p/b.go": "package p\n\ntype any = int\n",
	})
	changes, err := Rewrite([]string{"./p"}, RewriteOptions{Fixes: []Fix{Fixes[0]}, Dir: dir})
	require.NoError(t, err)
	assert.Empty(t, changes, "a package-level any shadows the universe's: interface{} stays")

	code, _, stderr := runCLI("rewrite", "-fix", "nosuch", "./testdata/fix")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `"nosuch" (have any, errorf, ioutil, rangeint)`)
	code, _, stderr = runCLI("rewrite", "-r", "a + -> a", "./testdata/fix")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `pattern "a +"`)
}

func TestRewriteWrite(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("testdata/fix/fixme.go")
	require.NoError(t, err)
	writeModule(t, dir, "w", map[string]string{"fix/fixme.go": string(src)})
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(dir))
	defer os.Chdir(wd)
	code, _, stderr := runCLI("rewrite", "-fix", "ioutil", "-w", "./fix")
	require.Equal(t, 0, code, stderr)
	out, err := os.ReadFile(filepath.Join(dir, "fix", "fixme.go"))
	require.NoError(t, err)
	assert.Contains(t, string(out), "io.ReadAll(r)")
	assert.NotContains(t, string(out), "ioutil.ReadAll")
}

func TestFixErrorfDropsUnusedImport(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "errmod", map[string]string{"p/p.go": "package p\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\n// E is an error.\nfunc E(n int) error {\n\treturn errors.New(fmt.Sprintf(\"n=%d\", n))\n}\n"})
	changes, err := Rewrite([]string{filepath.Join(dir, "p")}, RewriteOptions{Fixes: []Fix{Fixes[1]}})
	require.NoError(t, err, "a directory outside the current module loads from inside it")
	require.Len(t, changes, 1)
	assert.Equal(t, "package p\n\nimport \"fmt\"\n\n// E is an error.\nfunc E(n int) error {\n\treturn fmt.Errorf(\"n=%d\", n)\n}\n", string(changes[0].New))
}
