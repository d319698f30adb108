package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestHelpPrintsEachCommandsOwnFlags(t *testing.T) {
	tests := []struct {
		args  []string
		flags []string // each must appear in the help text
	}{
		{[]string{"analyze", "-h"}, []string{"-json", "-over", "-by", "-top", "-ignore", "-types", "-generated", "examples:"}},
		{[]string{"gen", "enum", "-h"}, []string{"-type", "-trimprefix", "-linecomment", "-output", "-tags", "go:generate"}},
		{[]string{"gen", "-h"}, []string{"enum"}},
		{[]string{"demo", "-h"}, []string{"examples:"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, stderr := runCLI(tt.args...)
			assert.Equal(t, 0, code, "exit status of -h")
			for _, f := range tt.flags {
				assert.Contains(t, stderr, f)
			}
		})
	}
	code, stdout, _ := runCLI("help")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "analyze")
}

func TestUsageErrorsExit2Once(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"bad flag", []string{"analyze", "-bogus", "./..."}, "flag provided but not defined: -bogus"},
		{"no packages", []string{"analyze"}, "no packages named"},
		{"bad measure", []string{"analyze", "-by", "size", "./..."}, `"size": unknown measure`},
		{"bad regexp", []string{"analyze", "-ignore", "(", "./..."}, "-ignore: error parsing regexp"},
		{"gen without kind", []string{"gen"}, "gen enum|builder|mock"},
		{"gen unknown kind", []string{"gen", "table"}, `unknown kind "table"`},
		{"enum without type", []string{"gen", "enum", "./testdata/enum"}, "-type is required"},
		{"demo with arguments", []string{"demo", "x"}, "demo takes no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(tt.args...)
			assert.Equal(t, 2, code, "exit status; stderr:\n%s", stderr)
			assert.Contains(t, stderr, tt.want)
			assert.Equal(t, 1, strings.Count(stderr, tt.want), "message printed more than once:\n%s", stderr)
			assert.NotContains(t, stderr, ": usage\n", "stray sentinel text")
		})
	}
}

func TestAnalyzeCommand(t *testing.T) {
	code, stdout, stderr := runCLI("analyze", "-by", "cognitive", "-top", "3", "./testdata/corpus")
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "corpus.deeplyNested")
	assert.Len(t, strings.Split(strings.TrimSpace(stdout), "\n"), 4, "header and 3 rows")

	code, stdout, stderr = runCLI("analyze", "-over", "10", "./testdata/corpus")
	assert.Equal(t, 1, code, "a function is over 10")
	assert.Contains(t, stdout, "logicalSequences")
	assert.NotContains(t, stdout, "straight")
	assert.Contains(t, stderr, "1 function(s) over cyclomatic 10")

	code, _, stderr = runCLI("analyze", "./no/such/dir")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "no/such/dir")

	code, stdout, _ = runCLI("analyze", "-json", "-types", "./testdata/corpus")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, `"recursive": true`)
}

func TestAnalyzeReportsUnparseableFilesAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "broken", map[string]string{
		"p/good.go": "package p\n\nfunc Good(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n\treturn 0\n}\n",
		"p/bad.go":  "package p\n\nfunc Bad( {\n",
	})
	rep, err := Analyze([]string{"./p"}, AnalyzeOptions{Dir: dir})
	if assert.NoError(t, err) {
		assert.NotEmpty(t, rep.Errors)
		assert.Regexp(t, `bad\.go:3:\d+`, rep.Errors[0].Pos, "file:line:col of the syntax error")
		var names []string
		for _, f := range rep.Funcs() {
			names = append(names, f.Name)
		}
		assert.Equal(t, []string{"Good"}, names)
	}
}

func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole tour")
	}
	code, stdout, stderr := runCLI()
	assert.Equal(t, 0, code, stderr)
	for _, want := range []string{"== analyze: the sample corpus", "corpus.deeplyNested", "== analyze: a slice of GOROOT"} {
		assert.Contains(t, stdout, want)
	}
}
