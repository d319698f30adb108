package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func parseAll(b []byte) []Msg {
	var p InputParser
	return append(p.Feed(b), p.Flush()...)
}

func TestInputParser(t *testing.T) {
	tests := []struct {
		name string
		give string
		want []Msg
	}{
		{"text", "aé日", []Msg{KeyMsg{Rune: 'a'}, KeyMsg{Rune: 'é'}, KeyMsg{Rune: '日'}}},
		{"controls", "\x03\r\t\x7f\x08", []Msg{KeyMsg{Rune: 'c', Ctrl: true}, KeyMsg{Type: KeyEnter}, KeyMsg{Type: KeyTab}, KeyMsg{Type: KeyBackspace}, KeyMsg{Type: KeyBackspace}}},
		{"alt", "\x1bx\x1b\r", []Msg{KeyMsg{Rune: 'x', Alt: true}, KeyMsg{Type: KeyEnter, Alt: true}}},
		{"lone esc", "\x1b", []Msg{KeyMsg{Type: KeyEscape}}},
		{"arrows", "\x1b[A\x1b[B\x1bOC\x1b[D", []Msg{KeyMsg{Type: KeyUp}, KeyMsg{Type: KeyDown}, KeyMsg{Type: KeyRight}, KeyMsg{Type: KeyLeft}}},
		{"modifiers", "\x1b[1;5A\x1b[1;2C\x1b[3;3~", []Msg{KeyMsg{Type: KeyUp, Ctrl: true}, KeyMsg{Type: KeyRight, Shift: true}, KeyMsg{Type: KeyDelete, Alt: true}}},
		{"tilde keys", "\x1b[5~\x1b[6~\x1b[2~\x1b[1~\x1b[4~\x1b[15~\x1b[24~", []Msg{KeyMsg{Type: KeyPgUp}, KeyMsg{Type: KeyPgDown}, KeyMsg{Type: KeyInsert}, KeyMsg{Type: KeyHome}, KeyMsg{Type: KeyEnd}, KeyMsg{Type: KeyF5}, KeyMsg{Type: KeyF12}}},
		{"ss3 f keys", "\x1bOP\x1bOS", []Msg{KeyMsg{Type: KeyF1}, KeyMsg{Type: KeyF4}}},
		{"shift tab", "\x1b[Z", []Msg{KeyMsg{Type: KeyTab, Shift: true}}},
		{"paste", "\x1b[200~hello\nworld \x1b[A\x1b[201~x", []Msg{PasteMsg("hello\nworld \x1b[A"), KeyMsg{Rune: 'x'}}},
		{"mouse", "\x1b[<0;10;5M\x1b[<0;10;5m\x1b[<64;1;1M", []Msg{MouseMsg{X: 9, Y: 4}, MouseMsg{X: 9, Y: 4, Action: MouseRelease}, MouseMsg{Action: MouseWheelUp}}},
		{"invalid utf-8", "\xffa", []Msg{KeyMsg{Rune: '\uFFFD'}, KeyMsg{Rune: 'a'}}},
		{"unknown csi", "\x1b[99xz", []Msg{UnknownMsg("\x1b[99x"), KeyMsg{Rune: 'z'}}},
		{"truncated csi", "\x1b[1;5", []Msg{UnknownMsg("\x1b[1;5")}},
		{"esc bracket", "\x1b[", []Msg{KeyMsg{Rune: '[', Alt: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, parseAll([]byte(tt.give)))
		})
	}
}

func TestKeyNamesRoundTrip(t *testing.T) {
	for _, name := range []string{"a", "ctrl+c", "alt+x", "shift+tab", "ctrl+up", "enter", "space", "f5", "pgdown", "日"} {
		k, err := ParseKey(name)
		assert.NoError(t, err, name)
		assert.Equal(t, name, k.String())
	}
	_, err := ParseKey("ctrl+bogus")
	assert.ErrorIs(t, err, ErrUnknownKey)
}

// FuzzInput checks that the parser never panics, accounts for every byte
// and gives the same messages however the input is split.
func FuzzInput(f *testing.F) {
	for _, s := range []string{"abc", "\x1b[1;5A", "\x1b[200~paste\x1b[201~", "\x1b[<0;3;4M", "\xff\xfe", "\x1b", "\x1bO", "日本\x1b[Z"} {
		f.Add([]byte(s), uint8(1))
	}
	f.Fuzz(func(t *testing.T, in []byte, split uint8) {
		n := 0
		b := in
		for len(b) > 0 {
			ev, _ := parseOne(b, true)
			if ev.n < 1 || ev.n > len(b) {
				t.Fatalf("parseOne consumed %d of %d bytes", ev.n, len(b))
			}
			n += ev.n
			b = b[ev.n:]
		}
		if n != len(in) {
			t.Fatalf("consumed %d bytes of %d", n, len(in))
		}
		whole := parseAll(in)
		var p InputParser
		var pieces []Msg
		step := int(split)%7 + 1
		for i := 0; i < len(in); i += step {
			pieces = append(pieces, p.Feed(in[i:min(len(in), i+step)])...)
		}
		pieces = append(pieces, p.Flush()...)
		assert.Equal(t, whole, pieces, "split every %d bytes", step)
	})
}
