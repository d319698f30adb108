package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStringWidthByGrapheme(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"abc", 3},
		{"e\u0301", 1},  // combining accent
		{"日本", 4},       // wide
		{"👩\u200d💻", 2}, // ZWJ sequence
		{"🇫🇷", 2},       // flag
		{"\x1b[1mab\x1b[0m", 2},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, StringWidth(tt.s), "StringWidth(%q)", tt.s)
	}
}

func TestTruncateNeverCutsAClusterAndKeepsEscapes(t *testing.T) {
	assert.Equal(t, "日…", Truncate("日本語", 4, "…"))
	assert.Equal(t, "ab", Truncate("ab👩\u200d💻", 3, ""), "a ZWJ emoji is 2 cells: it does not fit in 1")
	assert.Equal(t, "\x1b[1mab\x1b[0m…", Truncate("\x1b[1mabcdef\x1b[0m", 3, "…"))
	assert.Equal(t, "ab  ", Pad("ab", 4))
	assert.Equal(t, 6, StringWidth(Pad("日本語x", 6)))
}

func TestRendererWritesOnlyChangedLines(t *testing.T) {
	var out bytes.Buffer
	r := newRenderer(&out)
	r.resize(20, 5)
	r.render("one\ntwo\nthree")
	first := out.Len()
	out.Reset()
	r.render("one\nTWO\nthree")
	assert.Contains(t, out.String(), "\x1b[2;1HTWO")
	assert.NotContains(t, out.String(), "one")
	assert.NotContains(t, out.String(), "three")
	assert.Less(t, out.Len(), first)

	out.Reset()
	r.render("one\nTWO\nthree")
	assert.Empty(t, out.String(), "an unchanged frame writes nothing")

	out.Reset()
	r.render("one")
	assert.Contains(t, out.String(), "\x1b[2;1H\x1b[J", "a shorter frame erases what is below it")

	out.Reset()
	r.render(strings.Repeat("x", 50))
	assert.Contains(t, out.String(), strings.Repeat("x", 20)+"\x1b[0m")
	assert.NotContains(t, out.String(), strings.Repeat("x", 21), "lines are cut to the width, never wrapped")
}
