package main

// This file holds the renderer and the width arithmetic everything else
// uses.
//
// Width is measured in terminal cells per grapheme cluster
// (github.com/rivo/uniseg, UAX #29 segmentation and East Asian Width), not
// per rune and not per byte: "é" written e + U+0301 is two runes and one
// cell, 日 is one rune and two cells, 👩‍💻 is three runes joined by ZWJ and
// two cells. Escape sequences inside a line (styling) take no cells.
//
// The renderer keeps the lines of the last frame and writes only the lines
// that changed, each as: cursor to the line, the line, erase to the end
// of the line. When a frame is shorter than the last, the rest of the
// screen is erased — otherwise lines of the old frame would stay visible
// (bubbletea#1671). Every line is cut or padded to the screen's width so
// that no line wraps and moves everything below it. A frame is wrapped in
// synchronized-output markers (DEC private mode 2026): a terminal that
// knows the mode shows the frame at once, without tearing (tmux, since
// 3.4, among them); one that does not ignores an unknown private mode.
//
// When the lines that changed are mostly the old lines moved up or down —
// a list or log scrolling — the renderer has the terminal move them: it
// sets a scrolling region around the changed lines (DECSTBM, CSI t;b r),
// scrolls it (SU, CSI n S, or SD, CSI n T) and resets the region, about 15
// bytes, then writes only the lines that still differ. This is the idea of
// ncurses' hashmap scrolling and of Bubble Tea's ultraviolet renderer,
// kept to what a line diff needs: one region, one shift, tried only when
// it saves at least two lines. The renderer tracks what the terminal
// holds after the scroll (lines shifted, blank lines scrolled in) and
// diffs against that, so the result is the same screen either way
// (TestRendererScrollMatchesRepaint).

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/rivo/uniseg"
)

// StringWidth returns the cells s takes on a terminal: the sum of its
// grapheme clusters' widths, escape sequences not counted.
func StringWidth(s string) int {
	w := 0
	for len(s) > 0 {
		if asciiCluster(s) {
			w++
			s = s[1:]
			continue
		}
		if n := escapeLen(s); n > 0 {
			s = s[n:]
			continue
		}
		var cw int
		_, s, cw, _ = uniseg.FirstGraphemeClusterInString(s, -1)
		w += cw
	}
	return w
}

// asciiCluster reports whether s starts with a printable ASCII character
// that is a grapheme cluster of one cell by itself: one followed by another
// ASCII byte or by nothing. No ASCII character extends the cluster before
// it (UAX #29: none is Extend, ZWJ, SpacingMark or Prepend), so this needs
// no segmenter, and it is most of what a TUI measures; "e" followed by
// U+0301 is not taken, and goes to uniseg.
func asciiCluster(s string) bool {
	return s[0] >= 0x20 && s[0] < 0x7f && (len(s) == 1 || s[1] < 0x80)
}

// escapeLen returns the length of the escape sequence at the start of s
// (CSI or OSC), or 0.
func escapeLen(s string) int {
	if len(s) < 2 || s[0] != 0x1b {
		return 0
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
		}
	case ']':
		for i := 2; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
	}
	return 0
}

// Truncate cuts s to at most width cells, never inside a grapheme
// cluster, ending with tail (say "…") when it had to cut. Escape
// sequences are kept, so styles stay balanced.
func Truncate(s string, width int, tail string) string {
	if StringWidth(s) <= width {
		return s
	}
	tw := StringWidth(tail)
	if tw > width {
		tail, tw = "", 0
	}
	var b strings.Builder
	w := 0
	for len(s) > 0 {
		if n := escapeLen(s); n > 0 {
			b.WriteString(s[:n])
			s = s[n:]
			continue
		}
		var cluster, rest string
		var cw int
		if asciiCluster(s) {
			cluster, rest, cw = s[:1], s[1:], 1
		} else {
			cluster, rest, cw, _ = uniseg.FirstGraphemeClusterInString(s, -1)
		}
		if w+cw > width-tw {
			b.WriteString(escapesOnly(s)) // a closing reset must survive the cut
			break
		}
		b.WriteString(cluster)
		w += cw
		s = rest
	}
	return b.String() + tail
}

// escapesOnly returns the escape sequences of s without its text.
func escapesOnly(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		if n := escapeLen(s); n > 0 {
			b.WriteString(s[:n])
			s = s[n:]
			continue
		}
		_, s, _, _ = uniseg.FirstGraphemeClusterInString(s, -1)
	}
	return b.String()
}

// Pad pads s with spaces on the right to width cells (or cuts it).
func Pad(s string, width int) string {
	s = Truncate(s, width, "")
	if w := StringWidth(s); w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// renderer writes frames to a terminal, each as the difference from the
// last. It is not safe for concurrent use; the program's loop owns it.
type renderer struct {
	out           io.Writer
	width, height int
	last          []string // the lines on screen now
	buf           strings.Builder
	written       int64 // bytes written, for the benchmarks
}

func newRenderer(out io.Writer) *renderer { return &renderer{out: out, width: 80, height: 24} }

// resize records the terminal's new size; the next frame is drawn whole,
// since the terminal may have reflowed what was there.
func (r *renderer) resize(width, height int) {
	r.width, r.height = width, height
	r.last = nil
	r.buf.WriteString("\x1b[2J")
}

// render draws view, writing only what differs from the last frame.
func (r *renderer) render(view string) {
	lines := strings.Split(view, "\n")
	if len(lines) > r.height {
		lines = lines[:r.height]
	}
	for i, l := range lines {
		lines[i] = Truncate(l, r.width, "")
	}
	b := &r.buf
	changed := false
	if top, bot, k := scrollShift(r.last, lines); k != 0 {
		b.WriteString("\x1b[?2026h")
		changed = true
		r.last = scrollRegion(b, r.last, top, bot, k)
	}
	for i, l := range lines {
		if i < len(r.last) && r.last[i] == l {
			continue
		}
		if !changed {
			b.WriteString("\x1b[?2026h")
			changed = true
		}
		b.WriteString("\x1b[")
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString(";1H")
		b.WriteString(l)
		b.WriteString("\x1b[0m\x1b[K")
	}
	if len(lines) < len(r.last) {
		if !changed {
			b.WriteString("\x1b[?2026h")
			changed = true
		}
		b.WriteString("\x1b[")
		b.WriteString(strconv.Itoa(len(lines) + 1))
		b.WriteString(";1H\x1b[J")
	}
	if changed {
		b.WriteString("\x1b[?2026l")
	}
	r.last = lines
	if b.Len() > 0 {
		n, _ := io.WriteString(r.out, b.String())
		r.written += int64(n)
		b.Reset()
	}
}

// scrollShift finds the scroll that turns most of old into new: the
// region [top, bot] (0-based lines) from the first changed line to the
// last, and the shift k within it (k > 0: content moves up by k, as SU
// does; k < 0: down). It returns k 0 when no shift saves at least two
// lines over redrawing, so a frame without scrolling costs only the
// compares. Cost: O(region²) string compares, region ≤ the screen height.
func scrollShift(old, new []string) (top, bot, k int) {
	n := min(len(old), len(new))
	top, bot = 0, n-1
	for top < n && old[top] == new[top] {
		top++
	}
	for bot > top && old[bot] == new[bot] {
		bot--
	}
	if bot-top < 2 {
		return 0, 0, 0
	}
	unshifted := 0
	for i := top; i <= bot; i++ {
		if old[i] == new[i] {
			unshifted++
		}
	}
	best, bestK := unshifted+1, 0 // a shift must save two lines more than none
	for d := 1; d <= bot-top-1; d++ {
		up, down := 0, 0
		for i := top; i+d <= bot; i++ {
			if new[i] == old[i+d] {
				up++
			}
			if new[i+d] == old[i] {
				down++
			}
		}
		if up > best {
			best, bestK = up, d
		}
		if down > best {
			best, bestK = down, -d
		}
	}
	return top, bot, bestK
}

// scrollRegion writes the scroll of lines [top, bot] by k and returns
// what the terminal holds afterwards: the old lines moved, blank lines
// ("") where the scroll brought in new ones. The SGR state is the default
// here (every line written ends with a reset), so the blank lines have no
// colour.
func scrollRegion(b *strings.Builder, old []string, top, bot, k int) []string {
	b.WriteString("\x1b[")
	b.WriteString(strconv.Itoa(top + 1))
	b.WriteByte(';')
	b.WriteString(strconv.Itoa(bot + 1))
	b.WriteString("r\x1b[")
	screen := slices.Clone(old)
	if k > 0 {
		b.WriteString(strconv.Itoa(k))
		b.WriteString("S")
		copy(screen[top:], old[top+k:bot+1])
		clear(screen[bot-k+1 : bot+1])
	} else {
		b.WriteString(strconv.Itoa(-k))
		b.WriteString("T")
		copy(screen[top-k:bot+1], old[top:bot+k+1])
		clear(screen[top : top-k])
	}
	b.WriteString("\x1b[r") // margins back to the whole screen
	return screen
}
