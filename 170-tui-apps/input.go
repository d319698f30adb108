package main

// This file holds the input parser: the bytes a terminal sends in raw mode,
// turned into key, paste and mouse messages.
//
// What a terminal sends (xterm's ctlseqs, "XTerm Control Sequences", and
// ECMA-48):
//
//   - printable text as UTF-8;
//   - control keys as C0 bytes: Ctrl+A is 0x01 … Ctrl+Z 0x1a, Enter 0x0d,
//     Tab 0x09, Backspace 0x7f (0x08 on some terminals), Escape 0x1b;
//   - Alt+key as ESC followed by the key's bytes;
//   - special keys as CSI sequences, ESC [ params final: arrows A–D, Home H,
//     End F, Shift+Tab Z, "n~" for Insert (2), Delete (3), PgUp (5), PgDn
//     (6), Home/End (1/7, 4/8) and F5–F12 (15, 17–21, 23, 24); modifiers as
//     a second parameter, 1 + (Shift=1 | Alt=2 | Ctrl=4): ESC [1;5A is
//     Ctrl+Up;
//   - F1–F4 and, in "application cursor" mode, the arrows as SS3, ESC O x;
//   - bracketed paste (mode 2004) as ESC [200~ text ESC [201~, so pasted
//     text arrives as one message and is never taken for keystrokes;
//   - SGR mouse reports (mode 1006), ESC [< button ; x ; y M (press) or m
//     (release).
//
// A lone ESC is ambiguous: the Escape key, or the start of a sequence whose
// rest has not arrived yet. The parser keeps an incomplete sequence and the
// program calls Flush after a short quiet time (escTimeout), which turns it
// into what it is so far: Escape, Alt+[, or an UnknownMsg.
//
// Every byte is accounted for: each message records how many input bytes
// it consumed, and FuzzInput checks that they add up to the input, that
// splitting the input anywhere gives the same messages, and that nothing
// panics. Invalid UTF-8 becomes U+FFFD, one byte at a time; a sequence the
// parser does not know becomes an UnknownMsg holding its bytes.

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// KeyType says which key a KeyMsg is.
type KeyType int

// The keys. KeyRune is text: the rune is in KeyMsg.Rune.
const (
	KeyRune KeyType = iota
	KeyEnter
	KeyTab
	KeyBackspace
	KeyEscape
	KeyUp
	KeyDown
	KeyRight
	KeyLeft
	KeyHome
	KeyEnd
	KeyPgUp
	KeyPgDown
	KeyInsert
	KeyDelete
	KeyF1
	KeyF2
	KeyF3
	KeyF4
	KeyF5
	KeyF6
	KeyF7
	KeyF8
	KeyF9
	KeyF10
	KeyF11
	KeyF12
)

var keyNames = map[KeyType]string{
	KeyEnter: "enter", KeyTab: "tab", KeyBackspace: "backspace", KeyEscape: "esc",
	KeyUp: "up", KeyDown: "down", KeyRight: "right", KeyLeft: "left",
	KeyHome: "home", KeyEnd: "end", KeyPgUp: "pgup", KeyPgDown: "pgdown",
	KeyInsert: "insert", KeyDelete: "delete",
	KeyF1: "f1", KeyF2: "f2", KeyF3: "f3", KeyF4: "f4", KeyF5: "f5", KeyF6: "f6",
	KeyF7: "f7", KeyF8: "f8", KeyF9: "f9", KeyF10: "f10", KeyF11: "f11", KeyF12: "f12",
}

// KeyMsg is one key press.
type KeyMsg struct {
	Type             KeyType
	Rune             rune // for KeyRune: the character (Ctrl+A is Rune 'a' with Ctrl)
	Alt, Ctrl, Shift bool
}

// String names the key as key bindings are written: "a", "ctrl+c",
// "alt+enter", "shift+tab", "ctrl+up".
func (k KeyMsg) String() string {
	var b strings.Builder
	if k.Ctrl {
		b.WriteString("ctrl+")
	}
	if k.Alt {
		b.WriteString("alt+")
	}
	if k.Shift {
		b.WriteString("shift+")
	}
	if k.Type == KeyRune {
		switch k.Rune {
		case ' ':
			b.WriteString("space")
		default:
			b.WriteRune(k.Rune)
		}
	} else {
		b.WriteString(keyNames[k.Type])
	}
	return b.String()
}

// PasteMsg is text pasted while bracketed paste was on, whole.
type PasteMsg string

// MouseAction says what a mouse report was.
type MouseAction int

// The mouse actions an SGR report distinguishes.
const (
	MousePress MouseAction = iota
	MouseRelease
	MouseMotion
	MouseWheelUp
	MouseWheelDown
)

// MouseMsg is one SGR mouse report. X and Y count from 0 at the top left.
type MouseMsg struct {
	X, Y             int
	Button           int // 0 left, 1 middle, 2 right
	Action           MouseAction
	Shift, Alt, Ctrl bool
}

// UnknownMsg holds the bytes of an escape sequence the parser does not
// know, so an application can log it; it is never taken for keys.
type UnknownMsg []byte

// parsed is one message and the number of input bytes it consumed.
type parsed struct {
	msg Msg
	n   int
}

// maxSequence bounds an escape sequence: beyond it, the bytes are not a
// sequence any terminal sends, and waiting longer would swallow input.
const maxSequence = 64

// maxPaste bounds a bracketed paste: a paste without its end marker must
// not hold memory without limit.
const maxPaste = 1 << 20

var (
	pasteStart = []byte("\x1b[200~")
	pasteEnd   = []byte("\x1b[201~")
)

// InputParser turns terminal input into messages. Its zero value is ready;
// it is not safe for concurrent use.
type InputParser struct {
	buf []byte // bytes of an incomplete sequence, rune or paste
}

// Feed adds input and returns the messages it completes. An incomplete
// tail is kept for the next Feed or for Flush.
func (p *InputParser) Feed(b []byte) []Msg {
	p.buf = append(p.buf, b...)
	var out []Msg
	for len(p.buf) > 0 {
		ev, ok := parseOne(p.buf, false)
		if !ok {
			break
		}
		out = append(out, ev.msg)
		p.buf = p.buf[ev.n:]
	}
	if len(p.buf) == 0 {
		p.buf = nil // let a large paste's buffer go
	}
	return out
}

// Pending reports whether an incomplete sequence is waiting for more input.
func (p *InputParser) Pending() bool { return len(p.buf) > 0 }

// Flush resolves what is pending as if no more input will complete it:
// a lone ESC is the Escape key, ESC [ is Alt+[, an unterminated sequence is
// an UnknownMsg, an unfinished paste is pasted as it is.
func (p *InputParser) Flush() []Msg {
	var out []Msg
	for len(p.buf) > 0 {
		ev, _ := parseOne(p.buf, true)
		out = append(out, ev.msg)
		p.buf = p.buf[ev.n:]
	}
	p.buf = nil
	return out
}

// parseOne parses the message at the start of b. With final false it
// returns ok false when b ends inside a sequence that more bytes could
// complete; with final true it always consumes at least one byte.
func parseOne(b []byte, final bool) (parsed, bool) {
	c := b[0]
	switch {
	case c == 0x1b:
		return parseEscape(b, final)
	case c < 0x20 || c == 0x7f:
		return parsed{controlKey(c), 1}, true
	case c < utf8.RuneSelf:
		return parsed{KeyMsg{Type: KeyRune, Rune: rune(c)}, 1}, true
	}
	if !final && !utf8.FullRune(b) {
		return parsed{}, false
	}
	r, n := utf8.DecodeRune(b) // RuneError with n == 1 for an invalid byte
	return parsed{KeyMsg{Type: KeyRune, Rune: r}, n}, true
}

// controlKey maps a C0 byte or DEL to its key.
func controlKey(c byte) KeyMsg {
	switch c {
	case 0x0d, 0x0a:
		return KeyMsg{Type: KeyEnter}
	case 0x09:
		return KeyMsg{Type: KeyTab}
	case 0x7f, 0x08:
		return KeyMsg{Type: KeyBackspace}
	case 0x1b:
		return KeyMsg{Type: KeyEscape}
	case 0x00:
		return KeyMsg{Type: KeyRune, Rune: ' ', Ctrl: true} // Ctrl+Space, Ctrl+@
	}
	if c <= 0x1a {
		return KeyMsg{Type: KeyRune, Rune: rune('a' + c - 1), Ctrl: true}
	}
	return KeyMsg{Type: KeyRune, Rune: rune(c + 0x40), Ctrl: true} // 0x1c–0x1f: Ctrl+\ ] ^ _
}

// parseEscape parses input that starts with ESC.
func parseEscape(b []byte, final bool) (parsed, bool) {
	if len(b) == 1 {
		if !final {
			return parsed{}, false
		}
		return parsed{KeyMsg{Type: KeyEscape}, 1}, true
	}
	switch b[1] {
	case '[':
		return parseCSI(b, final)
	case 'O':
		return parseSS3(b, final)
	case 0x1b:
		// ESC ESC: Alt+Escape in some terminals; take one ESC as Escape
		// and let the second start whatever follows.
		return parsed{KeyMsg{Type: KeyEscape}, 1}, true
	}
	// Alt+key: ESC then one key's bytes.
	ev, ok := parseOne(b[1:], final)
	if !ok {
		return parsed{}, false
	}
	if k, isKey := ev.msg.(KeyMsg); isKey {
		k.Alt = true
		return parsed{k, ev.n + 1}, true
	}
	return parsed{KeyMsg{Type: KeyEscape}, 1}, true
}

// parseCSI parses ESC [ params intermediates final.
func parseCSI(b []byte, final bool) (parsed, bool) {
	if bytes.HasPrefix(b, pasteStart) {
		return parsePaste(b, final)
	}
	if len(pasteStart) > len(b) && bytes.HasPrefix(pasteStart, b) && !final {
		return parsed{}, false // maybe the start of a paste
	}
	i := 2
	for i < len(b) && b[i] >= 0x20 && b[i] <= 0x3f { // parameters and intermediates
		i++
	}
	if i >= len(b) {
		if !final && i < maxSequence {
			return parsed{}, false
		}
		if i == 2 {
			return parsed{KeyMsg{Type: KeyRune, Rune: '[', Alt: true}, 2}, true
		}
		return parsed{UnknownMsg(clone(b[:i])), i}, true
	}
	if b[i] < 0x40 || b[i] > 0x7e { // not a final byte: a broken sequence
		if i == 2 {
			return parsed{KeyMsg{Type: KeyRune, Rune: '[', Alt: true}, 2}, true
		}
		return parsed{UnknownMsg(clone(b[:i])), i}, true
	}
	n := i + 1
	params, fin := string(b[2:i]), b[i]
	if msg, ok := csiMessage(params, fin); ok {
		return parsed{msg, n}, true
	}
	return parsed{UnknownMsg(clone(b[:n])), n}, true
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

// csiMessage interprets a complete CSI sequence.
func csiMessage(params string, fin byte) (Msg, bool) {
	if strings.HasPrefix(params, "<") && (fin == 'M' || fin == 'm') {
		return sgrMouse(params[1:], fin == 'm')
	}
	fields := strings.Split(params, ";")
	num := func(i, def int) (int, bool) {
		if i >= len(fields) || fields[i] == "" {
			return def, true
		}
		v, err := strconv.Atoi(fields[i])
		return v, err == nil && v >= 0
	}
	mod, ok := num(1, 1)
	if !ok || len(fields) > 2 {
		return nil, false
	}
	withMods := func(t KeyType) (Msg, bool) {
		k := KeyMsg{Type: t}
		if mod > 1 {
			m := mod - 1
			k.Shift, k.Alt, k.Ctrl = m&1 != 0, m&2 != 0, m&4 != 0
		}
		return k, true
	}
	switch fin {
	case 'A':
		return withMods(KeyUp)
	case 'B':
		return withMods(KeyDown)
	case 'C':
		return withMods(KeyRight)
	case 'D':
		return withMods(KeyLeft)
	case 'H':
		return withMods(KeyHome)
	case 'F':
		return withMods(KeyEnd)
	case 'P':
		return withMods(KeyF1)
	case 'Q':
		return withMods(KeyF2)
	case 'R':
		return withMods(KeyF3)
	case 'S':
		return withMods(KeyF4)
	case 'Z':
		return KeyMsg{Type: KeyTab, Shift: true}, params == ""
	case '~':
		code, ok := num(0, -1)
		if !ok {
			return nil, false
		}
		t, known := tildeKeys[code]
		if !known {
			return nil, false
		}
		return withMods(t)
	}
	return nil, false
}

// tildeKeys are the keys of CSI n ~ by n (xterm, VT220, rxvt variants).
var tildeKeys = map[int]KeyType{
	1: KeyHome, 7: KeyHome, 4: KeyEnd, 8: KeyEnd, 2: KeyInsert, 3: KeyDelete,
	5: KeyPgUp, 6: KeyPgDown,
	11: KeyF1, 12: KeyF2, 13: KeyF3, 14: KeyF4, 15: KeyF5,
	17: KeyF6, 18: KeyF7, 19: KeyF8, 20: KeyF9, 21: KeyF10, 23: KeyF11, 24: KeyF12,
}

// sgrMouse decodes the parameters of an SGR mouse report, "b;x;y".
func sgrMouse(params string, release bool) (Msg, bool) {
	f := strings.Split(params, ";")
	if len(f) != 3 {
		return nil, false
	}
	var v [3]int
	for i, s := range f {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return nil, false
		}
		v[i] = n
	}
	if v[1] < 1 || v[2] < 1 {
		return nil, false
	}
	b := v[0]
	m := MouseMsg{X: v[1] - 1, Y: v[2] - 1, Button: b & 3,
		Shift: b&4 != 0, Alt: b&8 != 0, Ctrl: b&16 != 0}
	switch {
	case b&64 != 0:
		m.Action = MouseWheelUp
		if b&1 != 0 {
			m.Action = MouseWheelDown
		}
		m.Button = 0
	case b&32 != 0:
		m.Action = MouseMotion
	case release:
		m.Action = MouseRelease
	}
	return m, true
}

// parseSS3 parses ESC O x.
func parseSS3(b []byte, final bool) (parsed, bool) {
	if len(b) < 3 {
		if !final {
			return parsed{}, false
		}
		return parsed{KeyMsg{Type: KeyRune, Rune: 'O', Alt: true}, 2}, true
	}
	keys := map[byte]KeyType{'A': KeyUp, 'B': KeyDown, 'C': KeyRight, 'D': KeyLeft,
		'H': KeyHome, 'F': KeyEnd, 'P': KeyF1, 'Q': KeyF2, 'R': KeyF3, 'S': KeyF4}
	if t, ok := keys[b[2]]; ok {
		return parsed{KeyMsg{Type: t}, 3}, true
	}
	return parsed{KeyMsg{Type: KeyRune, Rune: 'O', Alt: true}, 2}, true
}

// parsePaste parses a bracketed paste that starts at b.
func parsePaste(b []byte, final bool) (parsed, bool) {
	body := b[len(pasteStart):]
	if end := bytes.Index(body, pasteEnd); end >= 0 {
		return parsed{PasteMsg(body[:end]), len(pasteStart) + end + len(pasteEnd)}, true
	}
	if !final && len(body) < maxPaste {
		return parsed{}, false
	}
	return parsed{PasteMsg(body), len(b)}, true
}
