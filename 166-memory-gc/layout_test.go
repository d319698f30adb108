package main

import (
	"bytes"
	"context"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/fieldalignment"
	"golang.org/x/tools/go/packages"
)

// paddedOptimal is padded in the order the inspector suggests, declared
// so the compiler itself can confirm the suggested size.
type paddedOptimal struct {
	name    string
	payload []byte
	count   int64
	ratio   float64
	small   int16
	ok      bool
	flag    bool
	tag     byte
}

// TestLayoutMatchesCompiler checks the inspector's offsets and sizes
// against unsafe.Offsetof/Sizeof, which the compiler evaluates.
func TestLayoutMatchesCompiler(t *testing.T) {
	rep, err := InspectStruct(".", ".", "padded")
	require.NoError(t, err)
	var p padded
	want := map[string]uintptr{
		"ok": unsafe.Offsetof(p.ok), "count": unsafe.Offsetof(p.count), "flag": unsafe.Offsetof(p.flag),
		"name": unsafe.Offsetof(p.name), "small": unsafe.Offsetof(p.small), "ratio": unsafe.Offsetof(p.ratio),
		"tag": unsafe.Offsetof(p.tag), "payload": unsafe.Offsetof(p.payload),
	}
	require.Len(t, rep.Declared.Fields, len(want))
	for _, f := range rep.Declared.Fields {
		assert.Equal(t, int64(want[f.Name]), f.Offset, "Offsetof(%s)", f.Name)
	}
	assert.Equal(t, int64(unsafe.Sizeof(p)), rep.Declared.Size)
	assert.Equal(t, int64(unsafe.Sizeof(paddedOptimal{})), rep.Optimal.Size)
	var o paddedOptimal
	wantOpt := map[string]uintptr{
		"ok": unsafe.Offsetof(o.ok), "count": unsafe.Offsetof(o.count), "flag": unsafe.Offsetof(o.flag),
		"name": unsafe.Offsetof(o.name), "small": unsafe.Offsetof(o.small), "ratio": unsafe.Offsetof(o.ratio),
		"tag": unsafe.Offsetof(o.tag), "payload": unsafe.Offsetof(o.payload),
	}
	for _, f := range rep.Optimal.Fields {
		assert.Equal(t, int64(wantOpt[f.Name]), f.Offset, "optimal Offsetof(%s)", f.Name)
	}
	var names []string
	for _, f := range rep.Optimal.Fields {
		names = append(names, f.Name)
	}
	assert.Equal(t, []string{"name", "payload", "count", "ratio", "small", "ok", "flag", "tag"}, names)
	assert.Less(t, rep.Optimal.Size, rep.Declared.Size)
	assert.Less(t, rep.Optimal.PtrData, rep.Declared.PtrData, "pointers first shortens the GC's scan")
	// 61 bytes of fields round up to 64 at 8-byte alignment: 3 bytes of
	// tail padding no order can avoid.
	assert.Equal(t, int64(3), rep.Optimal.Padding())
}

// TestLayoutAgreesWithFieldalignment runs x/tools' fieldalignment on
// padded's declaration, copied into a scratch module, and checks its
// sizes and its suggested order against the inspector's.
func TestLayoutAgreesWithFieldalignment(t *testing.T) {
	dir := t.TempDir()
	decl := typeDeclSource(t, "layout.go", "padded")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module scratch\n\ngo 1.26\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.go"), []byte("package scratch\n\n"+decl+"\n"), 0o644))

	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, ".")
	require.NoError(t, err)
	require.Len(t, pkgs, 1)
	require.Empty(t, pkgs[0].Errors)
	g, err := checker.Analyze([]*analysis.Analyzer{fieldalignment.Analyzer}, pkgs, nil)
	require.NoError(t, err)
	var msgs []string
	var fix []byte
	for act := range g.All() {
		for _, d := range act.Diagnostics {
			msgs = append(msgs, d.Message)
			for _, sf := range d.SuggestedFixes {
				for _, e := range sf.TextEdits {
					fix = e.NewText
				}
			}
		}
	}
	ours, err := InspectStruct(dir, ".", "padded")
	require.NoError(t, err)
	require.NotEmpty(t, msgs, "fieldalignment reports padded")
	sizeRE := regexp.MustCompile(`has size (\d+).* optimal size is (\d+)`)
	var sizeMsg []string
	for _, m := range msgs {
		if s := sizeRE.FindStringSubmatch(m); s != nil {
			sizeMsg = s
		}
	}
	require.NotNil(t, sizeMsg, "a size diagnostic among %q", msgs)
	assert.Equal(t, strconv.FormatInt(ours.Declared.Size, 10), sizeMsg[1])
	assert.Equal(t, strconv.FormatInt(ours.Optimal.Size, 10), sizeMsg[2])
	// The suggested fix rewrites the struct in its order: the field names
	// appear in the same order as ours.
	var fixOrder []string
	for _, m := range regexp.MustCompile(`(?m)^\s*(\w+)\s`).FindAllStringSubmatch(string(fix), -1) {
		if m[1] != "struct" {
			fixOrder = append(fixOrder, m[1])
		}
	}
	var ourOrder []string
	for _, f := range ours.Optimal.Fields {
		ourOrder = append(ourOrder, f.Name)
	}
	assert.Equal(t, ourOrder, fixOrder, "fix:\n%s", fix)
}

// typeDeclSource returns the source of type name's declaration in file.
func typeDeclSource(t *testing.T, file, name string) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, 0)
	require.NoError(t, err)
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, s := range gd.Specs {
				if ts := s.(*ast.TypeSpec); ts.Name.Name == name {
					var b bytes.Buffer
					require.NoError(t, printer.Fprint(&b, fset, &ast.GenDecl{Tok: token.TYPE, Specs: []ast.Spec{ts}}))
					return b.String()
				}
			}
		}
	}
	t.Fatalf("no type %s in %s", name, file)
	return ""
}

func TestLayoutErrors(t *testing.T) {
	tests := []struct {
		name, pkg, typ string
		wantErr        error
		wantMsg        string
	}{
		{"unknown type", ".", "nosuchType", ErrUnknownType, `"nosuchType"`},
		{"not a struct", ".", "Verdict", ErrNotStruct, "Verdict is string"},
		{"unknown package", "nosuch.example/pkg", "T", ErrBuild, "nosuch.example/pkg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := InspectStruct(".", tt.pkg, tt.typ)
			require.ErrorIs(t, err, tt.wantErr)
			assert.Contains(t, err.Error(), tt.wantMsg)
		})
	}
}

func TestSplitTypeArg(t *testing.T) {
	tests := []struct{ give, pkg, name string }{
		{"net/http.Request", "net/http", "Request"},
		{"./166-memory-gc.padded", "./166-memory-gc", "padded"},
		{"time.Time", "time", "Time"},
	}
	for _, tt := range tests {
		pkg, name, ok := splitTypeArg(tt.give)
		assert.True(t, ok, tt.give)
		assert.Equal(t, tt.pkg, pkg)
		assert.Equal(t, tt.name, name)
	}
	for _, bad := range []string{"padded", "net/http", "x.", ".x"} {
		_, _, ok := splitTypeArg(bad)
		assert.False(t, ok, bad)
	}
}

func TestRunLayout(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"layout", "padded"}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "reordering saves")
	stdout.Reset()
	stderr.Reset()
	assert.Equal(t, 1, run(context.Background(), []string{"layout", "-pkg", ".", "nosuchType"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), `unknown type "nosuchType"`)
}
