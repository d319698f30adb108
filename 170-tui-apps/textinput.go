package main

// This file holds TextInput, a one-line editor.
//
// The text is kept as grapheme clusters, not runes or bytes, so that the
// cursor moves, deletes and counts the character limit by what a reader
// sees as one character: é written with a combining accent, a flag, a
// family emoji joined by ZWJ. Widths come from the same clusters, so the
// view scrolls horizontally to keep the cursor visible whatever the text.

import (
	"strings"
	"unicode"

	"github.com/rivo/uniseg"
)

// TextInput is a single-line text field. Its zero value is an empty,
// unfocused field of width 20 with no limit.
type TextInput struct {
	Prompt      string
	Placeholder string
	Width       int                // cells for the text, 0 means 20
	CharLimit   int                // graphemes, 0 means no limit
	Password    bool               // echo • for each grapheme
	Validate    func(string) error // run on every change; the result is in Err
	Err         error

	focused bool
	text    []string // grapheme clusters
	cursor  int      // index into text, 0..len(text)
	offset  int      // first cluster shown
}

// Focus makes the field take keys; Blur stops it.
func (t *TextInput) Focus() { t.focused = true }

// Blur stops the field taking keys.
func (t *TextInput) Blur() { t.focused = false }

// Focused reports whether the field takes keys.
func (t *TextInput) Focused() bool { return t.focused }

// Value returns the text.
func (t *TextInput) Value() string { return strings.Join(t.text, "") }

// SetValue replaces the text and puts the cursor at its end.
func (t *TextInput) SetValue(s string) {
	t.text = graphemes(s)
	if t.CharLimit > 0 && len(t.text) > t.CharLimit {
		t.text = t.text[:t.CharLimit]
	}
	t.cursor = len(t.text)
	t.validate()
}

// Cursor returns the cursor's position in graphemes.
func (t *TextInput) Cursor() int { return t.cursor }

func graphemes(s string) []string {
	var out []string
	state := -1
	for len(s) > 0 {
		var c string
		c, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		out = append(out, c)
	}
	return out
}

func (t *TextInput) validate() {
	if t.Validate != nil {
		t.Err = t.Validate(t.Value())
	}
}

// insert puts s at the cursor, as far as the limit allows; newlines (from
// a paste) become spaces, other control characters are dropped.
func (t *TextInput) insert(s string) {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	add := graphemes(s)
	if t.CharLimit > 0 {
		add = add[:max(0, min(len(add), t.CharLimit-len(t.text)))]
	}
	if len(add) == 0 {
		return
	}
	t.text = append(t.text[:t.cursor], append(add, t.text[t.cursor:]...)...)
	t.cursor += len(add)
	t.validate()
}

// wordLeft returns the start of the word before the cursor; wordRight the
// end of the word after it.
func (t *TextInput) wordLeft() int {
	i := t.cursor
	for i > 0 && isSpace(t.text[i-1]) {
		i--
	}
	for i > 0 && !isSpace(t.text[i-1]) {
		i--
	}
	return i
}

func (t *TextInput) wordRight() int {
	i := t.cursor
	for i < len(t.text) && isSpace(t.text[i]) {
		i++
	}
	for i < len(t.text) && !isSpace(t.text[i]) {
		i++
	}
	return i
}

func isSpace(cluster string) bool { return strings.TrimSpace(cluster) == "" }

func (t *TextInput) deleteRange(from, to int) {
	if from >= to {
		return
	}
	t.text = append(t.text[:from], t.text[to:]...)
	t.cursor = from
	t.validate()
}

// Update handles keys and pastes while focused.
func (t *TextInput) Update(msg Msg) Cmd {
	if !t.focused {
		return nil
	}
	switch m := msg.(type) {
	case PasteMsg:
		t.insert(string(m))
	case KeyMsg:
		switch {
		case m.Type == KeyRune && !m.Ctrl && !m.Alt:
			t.insert(string(m.Rune))
		case m.Type == KeyLeft && (m.Ctrl || m.Alt), m.Type == KeyRune && m.Alt && m.Rune == 'b':
			t.cursor = t.wordLeft()
		case m.Type == KeyRight && (m.Ctrl || m.Alt), m.Type == KeyRune && m.Alt && m.Rune == 'f':
			t.cursor = t.wordRight()
		case m.Type == KeyLeft, m.Type == KeyRune && m.Ctrl && m.Rune == 'b':
			t.cursor = max(0, t.cursor-1)
		case m.Type == KeyRight, m.Type == KeyRune && m.Ctrl && m.Rune == 'f':
			t.cursor = min(len(t.text), t.cursor+1)
		case m.Type == KeyHome, m.Type == KeyRune && m.Ctrl && m.Rune == 'a':
			t.cursor = 0
		case m.Type == KeyEnd, m.Type == KeyRune && m.Ctrl && m.Rune == 'e':
			t.cursor = len(t.text)
		case m.Type == KeyBackspace && m.Alt, m.Type == KeyRune && m.Ctrl && m.Rune == 'w':
			t.deleteRange(t.wordLeft(), t.cursor)
		case m.Type == KeyRune && m.Alt && m.Rune == 'd':
			t.deleteRange(t.cursor, t.wordRight())
		case m.Type == KeyBackspace:
			t.deleteRange(max(0, t.cursor-1), t.cursor)
		case m.Type == KeyDelete, m.Type == KeyRune && m.Ctrl && m.Rune == 'd':
			t.deleteRange(t.cursor, min(len(t.text), t.cursor+1))
		case m.Type == KeyRune && m.Ctrl && m.Rune == 'u':
			t.deleteRange(0, t.cursor)
		case m.Type == KeyRune && m.Ctrl && m.Rune == 'k':
			t.deleteRange(t.cursor, len(t.text))
		}
	}
	return nil
}

// View renders the prompt and the visible part of the text; the cursor
// is a reversed cell when focused.
func (t *TextInput) View(p Profile) string {
	width := t.Width
	if width <= 0 {
		width = 20
	}
	if len(t.text) == 0 {
		ph := Truncate(t.Placeholder, width, "…")
		if t.focused {
			first, rest := " ", ""
			if ph != "" {
				cs := graphemes(ph)
				first, rest = cs[0], strings.Join(cs[1:], "")
			}
			return t.Prompt + Style{Reverse: true}.Render(p, first) + Style{Faint: true}.Render(p, rest)
		}
		return t.Prompt + Style{Faint: true}.Render(p, ph)
	}
	shown := t.text
	if t.Password {
		shown = make([]string, len(t.text))
		for i := range shown {
			shown[i] = "•"
		}
	}
	// Scroll so that the cursor cell is inside [offset, offset+width).
	if t.cursor < t.offset {
		t.offset = t.cursor
	}
	for t.offset < t.cursor && clusterWidth(shown[t.offset:t.cursor])+1 > width {
		t.offset++
	}
	var b strings.Builder
	w := 0
	for i := t.offset; i <= len(shown); i++ {
		cell := " "
		if i < len(shown) {
			cell = shown[i]
		}
		cw := max(1, StringWidth(cell))
		if w+cw > width {
			break
		}
		if i == t.cursor && t.focused {
			b.WriteString(Style{Reverse: true}.Render(p, cell))
		} else if i < len(shown) {
			b.WriteString(cell)
		}
		w += cw
	}
	return t.Prompt + b.String()
}

func clusterWidth(cs []string) int {
	w := 0
	for _, c := range cs {
		w += StringWidth(c)
	}
	return w
}
