package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func runCLI(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCommandLine(t *testing.T) {
	code, _, stderr := runCLI("-h")
	assert.Equal(t, 0, code)
	for _, f := range []string{"-keys", "-width", "-height", "-debug-panic", "examples:"} {
		assert.Contains(t, stderr, f)
	}
	code, _, stderr = runCLI("-keys", "down,nosuchkey")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `"nosuchkey": unknown key name`)
	code, _, _ = runCLI("-bogus")
	assert.Equal(t, 2, code)
	code, _, stderr = runCLI("extra")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "unexpected arguments")
}

func TestNoTerminalPrintsOnePlainFrame(t *testing.T) {
	code, stdout, stderr := runCLI()
	assert.Equal(t, 0, code)
	assert.Contains(t, stderr, "not a terminal")
	assert.Contains(t, stdout, "processes")
	assert.NotContains(t, stdout, "\x1b", "no escape sequences without a terminal")

	code, stdout, stderr = runCLI("-keys", "down,down,enter")
	assert.Equal(t, 0, code)
	assert.Empty(t, stderr)
	assert.Contains(t, stdout, "chosen job: deploy 🚀 #1002")
}
