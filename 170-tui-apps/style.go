package main

// This file holds styling and layout: SGR attributes and colours, brought
// down to what the terminal can show, and boxes joined by display cells.
//
// Colour support is read from the environment, as terminals advertise it
// (there is no reliable query): NO_COLOR (no-color.org) turns colour off
// whatever else is set; TERM=dumb has none; COLORTERM=truecolor or 24bit
// promises 24-bit colour; a TERM ending in -256color has 256; anything
// else gets the 16 ANSI colours. A colour the terminal cannot show is
// mapped to the nearest one it can: 24-bit to the 6×6×6 cube or the grey
// ramp of the 256-colour palette, 256 to the 16 by nearest RGB distance.
//
// Golden frames in tests are rendered with a fixed profile, never the test
// machine's (termenv#69).

import (
	"fmt"
	"strings"
)

// Profile is how many colours a terminal shows.
type Profile int

// The profiles, from plain text to 24-bit colour. Plain writes no escape
// sequence at all (output that is not a terminal); NoColor keeps bold,
// underline and the other attributes but no colour (NO_COLOR).
const (
	Plain Profile = iota
	NoColor
	ANSI
	ANSI256
	TrueColor
)

// DetectProfile reads the colour profile from the environment through
// getenv (os.Getenv in a program, a map in a test).
func DetectProfile(getenv func(string) string) Profile {
	if _, set := lookupNonEmpty(getenv, "NO_COLOR"); set {
		return NoColor
	}
	t := getenv("TERM")
	switch {
	case t == "dumb":
		return NoColor
	case strings.EqualFold(getenv("COLORTERM"), "truecolor"), strings.EqualFold(getenv("COLORTERM"), "24bit"):
		return TrueColor
	case strings.HasSuffix(t, "256color"):
		return ANSI256
	}
	return ANSI
}

func lookupNonEmpty(getenv func(string) string, key string) (string, bool) {
	v := getenv(key)
	return v, v != ""
}

// Color is a terminal colour: none, one of the 16 ANSI colours (0–15), one
// of the 256-colour palette, or 24-bit RGB. The zero value is no colour.
type Color struct {
	kind    colorKind
	n       uint8 // ANSI or 256 index
	r, g, b uint8
}

type colorKind uint8

const (
	colorNone colorKind = iota
	color16
	color256
	colorRGB
)

// ANSIColor returns ANSI colour n (0–7 normal, 8–15 bright).
func ANSIColor(n uint8) Color { return Color{kind: color16, n: n & 15} }

// Color256 returns colour n of the 256-colour palette.
func Color256(n uint8) Color { return Color{kind: color256, n: n} }

// RGB returns a 24-bit colour.
func RGB(r, g, b uint8) Color { return Color{kind: colorRGB, r: r, g: g, b: b} }

// ansiRGB are the 16 ANSI colours as xterm draws them.
var ansiRGB = [16][3]int{
	{0, 0, 0}, {205, 0, 0}, {0, 205, 0}, {205, 205, 0}, {0, 0, 238}, {205, 0, 205}, {0, 205, 205}, {229, 229, 229},
	{127, 127, 127}, {255, 0, 0}, {0, 255, 0}, {255, 255, 0}, {92, 92, 255}, {255, 0, 255}, {0, 255, 255}, {255, 255, 255},
}

// rgb256 returns the RGB value of palette entry n.
func rgb256(n uint8) [3]int {
	switch {
	case n < 16:
		return ansiRGB[n]
	case n < 232:
		v := int(n) - 16
		level := func(x int) int {
			if x == 0 {
				return 0
			}
			return 55 + 40*x
		}
		return [3]int{level(v / 36), level(v / 6 % 6), level(v % 6)}
	}
	g := 8 + 10*(int(n)-232)
	return [3]int{g, g, g}
}

func nearest(rgb [3]int, candidates func(i int) ([3]int, bool)) int {
	best, bestD := 0, 1<<31-1
	for i := 0; ; i++ {
		c, ok := candidates(i)
		if !ok {
			return best
		}
		dr, dg, db := rgb[0]-c[0], rgb[1]-c[1], rgb[2]-c[2]
		if d := dr*dr + dg*dg + db*db; d < bestD {
			best, bestD = i, d
		}
	}
}

// downgrade returns c as the profile can show it.
func (c Color) downgrade(p Profile) Color {
	if c.kind == colorNone || p <= NoColor {
		return Color{}
	}
	switch {
	case c.kind == colorRGB && p == ANSI256:
		n := nearest([3]int{int(c.r), int(c.g), int(c.b)}, func(i int) ([3]int, bool) {
			return rgb256(uint8(i + 16)), i < 240 // the cube and the grey ramp, not the 16 (terminals redefine those)
		})
		return Color256(uint8(n + 16))
	case c.kind == colorRGB && p == ANSI:
		n := nearest([3]int{int(c.r), int(c.g), int(c.b)}, func(i int) ([3]int, bool) { return ansiRGB[i%16], i < 16 })
		return ANSIColor(uint8(n))
	case c.kind == color256 && p == ANSI:
		if c.n < 16 {
			return ANSIColor(c.n)
		}
		n := nearest(rgb256(c.n), func(i int) ([3]int, bool) { return ansiRGB[i%16], i < 16 })
		return ANSIColor(uint8(n))
	}
	return c
}

// sgr returns the SGR parameters for c as foreground (base 30) or
// background (base 40).
func (c Color) sgr(background bool) string {
	base := 30
	if background {
		base = 40
	}
	switch c.kind {
	case color16:
		if c.n >= 8 {
			return fmt.Sprint(base + 60 + int(c.n) - 8)
		}
		return fmt.Sprint(base + int(c.n))
	case color256:
		return fmt.Sprintf("%d;5;%d", base+8, c.n)
	case colorRGB:
		return fmt.Sprintf("%d;2;%d;%d;%d", base+8, c.r, c.g, c.b)
	}
	return ""
}

// Style is a set of text attributes. The zero value is plain text.
type Style struct {
	Bold, Faint, Italic, Underline, Reverse bool
	FG, BG                                  Color
}

// Render returns s styled for profile p: each line wrapped in one SGR
// sequence and a reset, so a style never leaks into the next line or the
// renderer's line clearing. Under NoColor colours are dropped; attributes
// stay, since they carry meaning without colour (NO_COLOR says the same).
func (st Style) Render(p Profile, s string) string {
	if p == Plain {
		return s
	}
	var params []string
	for _, a := range []struct {
		on   bool
		code string
	}{{st.Bold, "1"}, {st.Faint, "2"}, {st.Italic, "3"}, {st.Underline, "4"}, {st.Reverse, "7"}} {
		if a.on {
			params = append(params, a.code)
		}
	}
	if fg := st.FG.downgrade(p); fg.kind != colorNone {
		params = append(params, fg.sgr(false))
	}
	if bg := st.BG.downgrade(p); bg.kind != colorNone {
		params = append(params, bg.sgr(true))
	}
	if len(params) == 0 {
		return s
	}
	open := "\x1b[" + strings.Join(params, ";") + "m"
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = open + l + "\x1b[0m"
	}
	return strings.Join(lines, "\n")
}

// Border draws a box of single-line box-drawing characters around the
// lines of s, padded to the widest, with title (if any) in the top edge.
func Border(s, title string) string {
	lines := strings.Split(s, "\n")
	w := StringWidth(title) + 2
	for _, l := range lines {
		w = max(w, StringWidth(l))
	}
	var b strings.Builder
	top := "─" + title + strings.Repeat("─", w-StringWidth(title)-1)
	if title == "" {
		top = strings.Repeat("─", w)
	}
	b.WriteString("┌" + top + "┐\n")
	for _, l := range lines {
		b.WriteString("│" + Pad(l, w) + "│\n")
	}
	b.WriteString("└" + strings.Repeat("─", w) + "┘")
	return b.String()
}

// JoinHorizontal places blocks side by side, top-aligned, each padded to
// its own width, separated by gap spaces.
func JoinHorizontal(gap int, blocks ...string) string {
	split := make([][]string, len(blocks))
	widths := make([]int, len(blocks))
	height := 0
	for i, b := range blocks {
		split[i] = strings.Split(b, "\n")
		for _, l := range split[i] {
			widths[i] = max(widths[i], StringWidth(l))
		}
		height = max(height, len(split[i]))
	}
	out := make([]string, height)
	for row := range height {
		var b strings.Builder
		for i := range blocks {
			if i > 0 {
				b.WriteString(strings.Repeat(" ", gap))
			}
			line := ""
			if row < len(split[i]) {
				line = split[i][row]
			}
			if i == len(blocks)-1 {
				b.WriteString(line) // no trailing padding
			} else {
				b.WriteString(Pad(line, widths[i]))
			}
		}
		out[row] = strings.TrimRight(b.String(), " ")
	}
	return strings.Join(out, "\n")
}

// JoinVertical stacks blocks.
func JoinVertical(blocks ...string) string { return strings.Join(blocks, "\n") }
