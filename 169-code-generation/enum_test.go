package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// enumCases are the generator runs checked against golden files and
// against stringer: each is one invocation, with one set of flags.
var enumCases = []struct {
	name string
	opt  EnumOptions
	args []string // the same run as stringer flags
}{
	{"layouts", EnumOptions{Types: []string{"Color", "Weekday", "Temperature", "Status", "Prime", "Level", "Big"}},
		[]string{"-type=Color,Weekday,Temperature,Status,Prime,Level,Big"}},
	{"linecomment", EnumOptions{Types: []string{"Phase"}, LineComment: true}, []string{"-type=Phase", "-linecomment"}},
	{"trimprefix", EnumOptions{Types: []string{"Status"}, TrimPrefix: "Status"}, []string{"-type=Status", "-trimprefix=Status"}},
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file: run go test -run %s -update", t.Name())
	assert.Equal(t, string(want), string(got), "output differs from %s (go test -update rewrites it)", path)
}

func TestGenEnumGolden(t *testing.T) {
	for _, tt := range enumCases {
		t.Run(tt.name, func(t *testing.T) {
			opt := tt.opt
			opt.Command = "169-code-generation gen enum"
			src, err := GenerateEnum("./testdata/enum", opt)
			require.NoError(t, err)
			golden(t, filepath.Join("testdata", "TestGenEnum", tt.name+".golden"), src)
		})
	}
}

func TestGenEnumErrors(t *testing.T) {
	tests := []struct {
		name string
		opt  EnumOptions
		want error
	}{
		{"no types", EnumOptions{}, ErrEnumType},
		{"missing type", EnumOptions{Types: []string{"Nope"}}, ErrEnumType},
		{"not an integer", EnumOptions{Types: []string{"notInt"}}, ErrEnumType},
		{"no constants", EnumOptions{Types: []string{"empty"}}, ErrEnumType},
		{"printed twice", EnumOptions{Types: []string{"clash"}, TrimPrefix: "clash"}, ErrEnumNames},
	}
	dir := t.TempDir()
	writeModule(t, dir, "bad", map[string]string{"bad/bad.go": `package bad

type notInt string

const S notInt = "s"

type empty int

type clash int

const (
	clashA clash = iota
	A
)
`})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := GenerateEnum(filepath.Join(dir, "bad"), tt.opt)
			assert.ErrorIs(t, err, tt.want)
		})
	}
}

// writeModule writes a module named mod into dir with the given files.
func writeModule(t *testing.T, dir, mod string, files map[string]string) {
	t.Helper()
	files["go.mod"] = "module " + mod + "\n\ngo 1.26\n"
	for name, body := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
	}
}

// TestGenEnumMatchesStringer generates each case twice, with stringer (the
// version pinned in go.mod) into package aN and with ours into package bN
// of one scratch module, compiles both into one program, and compares
// String for every value from -600 to 600, around the extremes of each
// type, and at every declared value.
func TestGenEnumMatchesStringer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds stringer and a program")
	}
	tmp := t.TempDir()
	stringer := filepath.Join(tmp, "stringer")
	build := exec.Command("go", "build", "-o", stringer, "golang.org/x/tools/cmd/stringer")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build stringer: %s", out)

	src, err := os.ReadFile("testdata/enum/enums.go")
	require.NoError(t, err)
	mod := filepath.Join(tmp, "check")
	files := map[string]string{}
	var imports, checks strings.Builder
	for i, tt := range enumCases {
		a, b := fmt.Sprintf("a%d", i), fmt.Sprintf("b%d", i)
		for _, p := range []string{a, b} {
			files[p+"/enums.go"] = strings.Replace(string(src), "package enums", "package "+p, 1)
		}
		fmt.Fprintf(&imports, "\t%q\n\t%q\n", "check/"+a, "check/"+b)
		for _, typ := range tt.opt.Types {
			wide := typ == "Prime" || typ == "Big" // uint and uint64
			fmt.Fprintf(&checks, "\tcompare(%q, %q, %t, func(v int64) (string, string) { return %s.%s(v).String(), %s.%s(v).String() })\n",
				a+"."+typ, typ, wide, a, typ, b, typ)
			// Our additions: every value survives String → Parse and
			// MarshalText → UnmarshalText; an unknown name wraps ErrSyntax.
			fmt.Fprintf(&checks, `	for _, v := range %[1]s.%[2]sValues() {
		p, err := %[1]s.Parse%[2]s(v.String())
		text, merr := v.MarshalText()
		var u %[1]s.%[2]s
		uerr := u.UnmarshalText(text)
		if err != nil || p != v || merr != nil || uerr != nil || u != v {
			fmt.Printf("%[1]s.%[2]s(%%d): round trip: %%v %%v %%v\n", v, err, merr, uerr)
			failed++
		}
	}
	if _, err := %[1]s.Parse%[2]s("no such name"); !errors.Is(err, strconv.ErrSyntax) {
		fmt.Printf("%[1]s.Parse%[2]s: error %%v does not wrap ErrSyntax\n", err)
		failed++
	}
`, b, typ)
		}
	}
	files["main.go"] = `package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
` + imports.String() + `)

var failed int

// compare checks both String methods at the values a test would pick:
// small ones, the extremes of every integer width, and every declared value.
// For a 64-bit unsigned type, values of 2^63 and above differ on purpose:
// stringer prints them through int64, as negative numbers; ours prints
// them as they are. Those are checked to be exactly that difference.
func compare(name, typ string, wideUnsigned bool, str func(int64) (string, string)) {
	var vals []int64
	for v := int64(-600); v <= 600; v++ {
		vals = append(vals, v)
	}
	for _, v := range []int64{math.MinInt64, math.MaxInt64, math.MinInt32, math.MaxInt32, math.MaxUint32, 1 << 32, math.MinInt16, math.MaxInt16, math.MaxUint16} {
		vals = append(vals, v, v-1, v+1)
	}
	for _, v := range vals {
		a, b := str(v)
		if a != b && wideUnsigned && v < 0 &&
			a == typ+"("+strconv.FormatInt(v, 10)+")" && b == typ+"("+strconv.FormatUint(uint64(v), 10)+")" {
			continue
		}
		if a != b {
			fmt.Printf("%s(%d): stringer %q, ours %q\n", name, v, a, b)
			failed++
		}
	}
}

func main() {
` + checks.String() + `	if failed > 0 {
		os.Exit(1)
	}
	fmt.Println("ok")
}
`
	writeModule(t, mod, "check", files)
	for i, tt := range enumCases {
		a, b := fmt.Sprintf("a%d", i), fmt.Sprintf("b%d", i)
		cmd := exec.Command(stringer, append(tt.args, "-output", filepath.Join(mod, a, "stringer.go"), ".")...)
		cmd.Dir = filepath.Join(mod, a)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "stringer %v: %s", tt.args, out)
		gen, err := GenerateEnum(filepath.Join(mod, b), tt.opt)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(mod, b, "enum.go"), gen, 0o644))
	}
	run := exec.Command("go", "run", ".")
	run.Dir = mod
	var stdout bytes.Buffer
	run.Stdout, run.Stderr = &stdout, &stdout
	err = run.Run()
	assert.NoError(t, err, "the two String methods disagree:\n%s", stdout.String())
	assert.Equal(t, "ok\n", stdout.String())
}

func TestGoGenerate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the program through go generate")
	}
	out := filepath.Join(t.TempDir(), "color_enum.go")
	cmd := exec.Command("go", "generate", "./testdata/gogenerate")
	cmd.Env = append(os.Environ(), "GEN_OUT="+out)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "go generate: %s", msg)
	src, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(src), "// Code generated by")
	assert.Contains(t, string(src), "DO NOT EDIT.")
	assert.Contains(t, string(src), "func ParseColor(s string) (Color, error)")
}

// BenchmarkGenEnum times rendering the layouts case (seven types), the
// package already loaded: what a generator costs beyond go list.
func BenchmarkGenEnum(b *testing.B) {
	pkg, err := loadTypedPackage("./testdata/enum", nil)
	require.NoError(b, err)
	opt := enumCases[0].opt
	var enums []enumType
	for _, name := range opt.Types {
		e, err := collectEnum(pkg, name, opt)
		require.NoError(b, err)
		enums = append(enums, e)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := renderEnums(pkg.Name, enums, opt); err != nil {
			b.Fatal(err)
		}
	}
}
