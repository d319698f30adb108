package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestDetectProfile(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want Profile
	}{
		{map[string]string{"TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"}, NoColor},
		{map[string]string{"TERM": "dumb"}, NoColor},
		{map[string]string{"TERM": "xterm", "COLORTERM": "24bit"}, TrueColor},
		{map[string]string{"TERM": "tmux-256color"}, ANSI256},
		{map[string]string{"TERM": "xterm"}, ANSI},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, DetectProfile(env(tt.env)), "%v", tt.env)
	}
}

func TestColorDowngrade(t *testing.T) {
	st := Style{FG: RGB(255, 0, 0), Bold: true}
	assert.Equal(t, "\x1b[1;38;2;255;0;0mx\x1b[0m", st.Render(TrueColor, "x"))
	assert.Equal(t, "\x1b[1;38;5;196mx\x1b[0m", st.Render(ANSI256, "x"))
	assert.Equal(t, "\x1b[1;91mx\x1b[0m", st.Render(ANSI, "x"))
	assert.Equal(t, "\x1b[1mx\x1b[0m", st.Render(NoColor, "x"), "NO_COLOR keeps attributes")
	assert.Equal(t, "x", st.Render(Plain, "x"))
	assert.Equal(t, "\x1b[38;5;244mx\x1b[0m", Style{FG: RGB(128, 128, 128)}.Render(ANSI256, "x"), "greys go to the grey ramp")
	assert.Equal(t, "\x1b[1ma\x1b[0m\n\x1b[1mb\x1b[0m", Style{Bold: true}.Render(ANSI, "a\nb"), "each line is closed")
}

func TestBorderAndJoinAreWidthCorrect(t *testing.T) {
	box := Border("日本\nab", "")
	assert.Equal(t, "┌────┐\n│日本│\n│ab  │\n└────┘", box)
	joined := JoinHorizontal(1, "a\nbbb", "x\ny\nz")
	assert.Equal(t, "a   x\nbbb y\n    z", joined)
}
