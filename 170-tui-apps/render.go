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
//
// Within a line that changed, only the cells that changed are written:
// both versions are split into cells (a grapheme cluster, its column, and
// the SGR sequences in force there), compared column by column, and each
// run of changed cells is written after a cursor move, with the SGR state
// its first cell needs; runs closer than mergeGap cells are written as one,
// since a cursor move costs about as much. A spinner at the start of a
// line and a counter at its end cost a few bytes, not the line. A line
// holding an escape sequence other than SGR (a hyperlink, say) is written
// whole. Erase-to-end-of-line is only sent when the line is shorter than
// the screen: after a write into the last column the cursor waits there
// to wrap, and EL would erase that column (xterm's ctlseqs, "EL"; the
// emulator in the golden tests does the same).

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

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
	written       int64        // bytes written, for the benchmarks
	oldCells      []screenCell // scratch for writeLine
	newCells      []screenCell
	oldCover      []int32
	newCover      []int32
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
		if !utf8.ValidString(l) { // a byte that is no character would be drawn differently by each terminal
			l = strings.ToValidUTF8(l, "\uFFFD")
		}
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
		prev := ""
		if i < len(r.last) {
			prev = r.last[i]
		}
		r.writeLine(i, prev, l)
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

// screenCell is one grapheme cluster of a rendered line, as the terminal
// holds it: where it starts, how wide it is, and the SGR sequences in
// force.
type screenCell struct {
	col, width int
	content    string
	sgr        string // the SGR sequences since the last reset, "" for the default
}

// lineCells splits a rendered line into cells, appending to dst. ok is
// false when the line holds something the diff does not model: an escape
// sequence other than SGR, a control character, or a zero-width cluster
// with nothing before it to join.
func lineCells(line string, dst []screenCell) (cells []screenCell, width int, ok bool) {
	sgr := "" // the SGR sequences in force: those since the last reset, in order
	for len(line) > 0 {
		if n := escapeLen(line); n > 0 {
			esc := line[:n]
			switch {
			case esc == "\x1b[0m" || esc == "\x1b[m":
				sgr = ""
			case esc[1] == '[' && esc[n-1] == 'm':
				sgr += esc
			default:
				return dst, 0, false
			}
			line = line[n:]
			continue
		}
		var cluster string
		var cw int
		if asciiCluster(line) {
			cluster, cw = line[:1], 1
		} else {
			cluster, _, cw, _ = uniseg.FirstGraphemeClusterInString(line, -1)
			if cluster[0] < 0x20 || cluster[0] == 0x7f {
				return dst, 0, false
			}
		}
		switch {
		case cw > 0:
			dst = append(dst, screenCell{col: width, width: cw, content: cluster, sgr: sgr})
			width += cw
		case len(dst) > 0:
			dst[len(dst)-1].content += cluster
		default:
			return dst, 0, false
		}
		line = line[len(cluster):]
	}
	return dst, width, true
}

// cover returns, for each column, the index of the cell that covers it.
func cover(cells []screenCell, width int, dst []int32) []int32 {
	dst = dst[:0]
	for i, c := range cells {
		for range c.width {
			dst = append(dst, int32(i))
		}
	}
	return dst[:width]
}

// mergeGap is the number of unchanged cells between two runs below which
// they are written as one: a cursor move, ESC [ row ; col H, is 6–8 bytes.
const mergeGap = 6

// writeLine writes line i, on screen as old, as new: only its changed
// cells, or all of it when the diff does not model it.
func (r *renderer) writeLine(i int, old, new string) {
	b := &r.buf
	var oldW, newW int
	var okOld, okNew bool
	r.oldCells, oldW, okOld = lineCells(old, r.oldCells[:0])
	r.newCells, newW, okNew = lineCells(new, r.newCells[:0])
	if !okOld || !okNew {
		r.moveTo(i, 0)
		b.WriteString(new)
		b.WriteString("\x1b[0m")
		if StringWidth(new) < r.width {
			b.WriteString("\x1b[K")
		}
		return
	}
	oc, nc := r.oldCells, r.newCells
	r.oldCover = cover(oc, oldW, r.oldCover)
	r.newCover = cover(nc, newW, r.newCover)
	same := func(x int) bool {
		if x >= oldW {
			return false
		}
		o, n := oc[r.oldCover[x]], nc[r.newCover[x]]
		return o.col == n.col && o.content == n.content && o.sgr == n.sgr
	}
	end := 0 // where the cursor is after the last run written, or 0
	for x := 0; x < newW; {
		if same(x) {
			x++
			continue
		}
		// A run of changed columns, merged with the next while the gap is short.
		a, z := x, x+1
		for gap := 0; z < newW && gap < mergeGap; z++ {
			if same(z) {
				gap++
			} else {
				gap = 0
			}
		}
		for z > a && same(z-1) {
			z--
		}
		first, last := r.newCover[a], r.newCover[z-1]
		r.moveTo(i, nc[first].col)
		sgr := ""
		for _, c := range nc[first : last+1] {
			if c.sgr != sgr {
				if sgr != "" {
					b.WriteString("\x1b[0m")
				}
				b.WriteString(c.sgr)
				sgr = c.sgr
			}
			b.WriteString(c.content)
		}
		if sgr != "" {
			b.WriteString("\x1b[0m")
		}
		end = nc[last].col + nc[last].width
		x = end
	}
	if oldW > newW {
		if end != newW || newW == 0 {
			r.moveTo(i, newW)
		}
		b.WriteString("\x1b[K")
	}
}

// moveTo writes a cursor move to line i, column x (0-based).
func (r *renderer) moveTo(i, x int) {
	b := &r.buf
	b.WriteString("\x1b[")
	b.WriteString(strconv.Itoa(i + 1))
	b.WriteByte(';')
	b.WriteString(strconv.Itoa(x + 1))
	b.WriteByte('H')
}
