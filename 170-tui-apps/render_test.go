package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/vt"
	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	assert.Contains(t, out.String(), strings.Repeat("x", 20))
	assert.NotContains(t, out.String(), strings.Repeat("x", 21), "lines are cut to the width, never wrapped")
	assert.NotContains(t, out.String(), "\x1b[K", "no erase after a write into the last column")
}

// TestRendererKeepsTheLastColumn checks a line as wide as the screen: after
// a write into the last column the cursor waits there to wrap, and an
// erase-to-end-of-line would erase that column.
func TestRendererKeepsTheLastColumn(t *testing.T) {
	emu := vt.NewEmulator(10, 2)
	r := newRenderer(emu)
	r.resize(10, 2)
	r.render("0123456789\nabc")
	r.render("0123456789\nab\xffc") // invalid UTF-8 is drawn as U+FFFD, one cell a byte
	r.render("0123456789\nabcdefghij")
	r.render("012345678X\nabcdefghij")
	assert.Equal(t, "012345678X\nabcdefghij", emu.String())
}

func TestRendererWritesOnlyChangedCells(t *testing.T) {
	var out bytes.Buffer
	r := newRenderer(&out)
	r.resize(60, 3)
	bold := Style{Bold: true}.Render(ANSI, "42%")
	r.render("⠋ [#####.....] " + bold + "  1.5 MiB/s  ETA 12s")
	out.Reset()
	r.render("⠙ [#####.....] " + bold + "  1.5 MiB/s  ETA 11s")
	assert.Equal(t, "\x1b[?2026h\x1b[1;1H⠙\x1b[1;37H1\x1b[?2026l", out.String(), "the spinner and one digit of the ETA")
	out.Reset()
	r.render("⠙ [#####.....] " + Style{Bold: true}.Render(ANSI, "43%") + "  1.5 MiB/s  ETA 11s")
	assert.Equal(t, "\x1b[?2026h\x1b[1;17H\x1b[1m3\x1b[0m\x1b[?2026l", out.String(), "one changed cell, with the style in force there")
	out.Reset()
	r.render("⠙ [#####.....] done")
	assert.Equal(t, "\x1b[?2026h\x1b[1;16Hdone\x1b[K\x1b[?2026l", out.String(), "a shorter line is erased after its end")
}

// TestRendererScrollMatchesRepaint drives the renderer through frames that
// scroll up and down by various amounts, with edits mixed in, and checks
// after each that a VT emulator fed only its diffs shows what one fed a
// full repaint of the same frame shows.
func TestRendererScrollMatchesRepaint(t *testing.T) {
	const w, h = 30, 12
	rng := rand.New(rand.NewPCG(1, 2))
	emu := vt.NewEmulator(w, h)
	r := newRenderer(emu)
	r.resize(w, h)
	item := func(i int) string { // few distinct lines, blank ones among them: stale cells would show
		i = (i%9 + 9) % 9
		if i == 4 {
			return ""
		}
		if i%5 == 0 {
			return Style{Bold: true, FG: ANSIColor(uint8(i % 8))}.Render(ANSI256, fmt.Sprintf("item %d 日本", i))
		}
		return fmt.Sprintf("item %d", i)
	}
	offset, scrolls := 0, 0
	for step := range 300 {
		switch rng.IntN(4) {
		case 0, 1:
			offset += rng.IntN(7) - 3
		case 2:
			offset += rng.IntN(3) - 1
		}
		// Fixed lines next to lines that change, at both ends: inside the
		// scrolled region, the terminal moves them, so they must be
		// written again.
		lines := []string{fmt.Sprintf("header %d", step/2), "════"}
		for i := range h - 4 {
			l := item(offset + i)
			if rng.IntN(10) == 0 {
				l = "edited " + l
			}
			lines = append(lines, l)
		}
		lines = append(lines, "────", fmt.Sprintf("footer %d", step))
		if _, _, k := scrollShift(r.last, lines); k != 0 {
			scrolls++
		}
		r.render(strings.Join(lines, "\n"))
		fresh := vt.NewEmulator(w, h)
		full := newRenderer(fresh)
		full.resize(w, h)
		full.render(strings.Join(lines, "\n"))
		require.Equal(t, fresh.Render(), emu.Render(), "step %d: the diffed screen differs from a repaint", step)
	}
	assert.Greater(t, scrolls, 50, "the frames scroll often enough to test the scroll path")
}

func TestRendererScrollsInsteadOfRedrawing(t *testing.T) {
	var out bytes.Buffer
	r := newRenderer(&out)
	r.resize(40, 12)
	frame := func(first int) string {
		lines := []string{"title"}
		for i := range 10 {
			lines = append(lines, fmt.Sprintf("a long enough row number %d", first+i))
		}
		return strings.Join(lines, "\n")
	}
	r.render(frame(0))
	out.Reset()
	r.render(frame(1))
	assert.Contains(t, out.String(), "\x1b[2;11r\x1b[1S\x1b[r", "rows 2–11 scroll up by one")
	assert.Contains(t, out.String(), "row number 10")
	assert.NotContains(t, out.String(), "row number 5", "the rows that moved are not written again")
	out.Reset()
	r.render(frame(0))
	assert.Contains(t, out.String(), "\x1b[2;11r\x1b[1T\x1b[r", "and down by one")
}

// TestStringWidthMatchesUniseg checks the ASCII fast path against the
// reference, uniseg.StringWidth, on random strings over an alphabet of
// ASCII, combining marks, ZWJ, variation selectors, regional indicators,
// CJK and emoji — the characters that join clusters.
func TestStringWidthMatchesUniseg(t *testing.T) {
	alphabet := []string{"a", "e", " ", "~", "\u0301", "\u200d", "\ufe0f", "🇫", "🇷", "日", "👩", "💻", "é", "\u0e33", "x"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		require.Equal(t, uniseg.StringWidth(s), StringWidth(s), "StringWidth(%q)", s)
		for w := range 8 {
			cut := Truncate(s, w, "")
			require.True(t, strings.HasPrefix(s, cut) && StringWidth(cut) <= w, "Truncate(%q, %d) = %q", s, w, cut)
		}
	}
}

// TestRendererCellDiffMatchesRepaint changes lines a little at a time —
// a cell here, a style there, a wide character where a narrow one was, a
// line longer or shorter — and checks after each frame that the emulator
// fed only cell diffs shows, styles included, what one fed a full repaint
// shows.
func TestRendererCellDiffMatchesRepaint(t *testing.T) {
	const w, h = 24, 6
	rng := rand.New(rand.NewPCG(5, 6))
	tokens := []string{"a", "b", " ", "日", "本", "👩\u200d💻", "e\u0301", "🇫🇷", "-", "x"}
	styles := []Style{{}, {Bold: true}, {Reverse: true}, {FG: ANSIColor(2)}, {Underline: true, BG: Color256(208)}}
	type span struct {
		text  string
		style int
	}
	lines := make([][]span, h)
	render := func() string {
		out := make([]string, h)
		for i, l := range lines {
			var b strings.Builder
			for _, s := range l {
				b.WriteString(styles[s.style].Render(ANSI256, s.text))
			}
			out[i] = b.String()
		}
		return strings.Join(out, "\n")
	}
	emu := vt.NewEmulator(w, h)
	r := newRenderer(emu)
	r.resize(w, h)
	for step := range 600 {
		l := &lines[rng.IntN(h)]
		switch op := rng.IntN(5); {
		case op <= 1 || len(*l) == 0: // add a span
			var b strings.Builder
			for range 1 + rng.IntN(4) {
				b.WriteString(tokens[rng.IntN(len(tokens))])
			}
			at := rng.IntN(len(*l) + 1)
			*l = slices.Insert(*l, at, span{b.String(), rng.IntN(len(styles))})
		case op == 2: // restyle a span
			(*l)[rng.IntN(len(*l))].style = rng.IntN(len(styles))
		case op == 3: // drop a span
			i := rng.IntN(len(*l))
			*l = slices.Delete(*l, i, i+1)
		default: // change one token of a span
			i := rng.IntN(len(*l))
			(*l)[i].text = tokens[rng.IntN(len(tokens))] + strings.Join(graphemes((*l)[i].text)[1:], "")
		}
		if rng.IntN(20) == 0 {
			lines[rng.IntN(h)] = nil
		}
		frame := render()
		r.render(frame)
		fresh := vt.NewEmulator(w, h)
		full := newRenderer(fresh)
		full.resize(w, h)
		full.render(frame)
		require.Equal(t, fresh.Render(), emu.Render(), "step %d: frame %q", step, frame)
	}
}
