package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quitAtOnce quits from Init.
type quitAtOnce struct{}

func (quitAtOnce) Init() Cmd               { return Quit }
func (quitAtOnce) Update(Msg) (Model, Cmd) { return quitAtOnce{}, nil }
func (quitAtOnce) View() string            { return "bye" }

// TestRunHeadlessModes checks the modes a program sets and restores, with
// and without Options.Mouse: the same bytes Run writes to a terminal.
func TestRunHeadlessModes(t *testing.T) {
	for _, mouse := range []bool{false, true} {
		var out bytes.Buffer
		_, err := NewProgram(quitAtOnce{}, &out, Options{Mouse: mouse}).RunHeadless(context.Background(), 20, 5)
		require.NoError(t, err)
		s := out.String()
		require.True(t, strings.HasPrefix(s, enterAltScreen+hideCursor+pasteOn), "%q", s)
		assert.Contains(t, s, "bye")
		if !mouse {
			assert.NotContains(t, s, "\x1b[?1000")
			assert.True(t, strings.HasSuffix(s, showCursor+pasteOff+exitAltScreen), "%q", s)
			continue
		}
		assert.Equal(t, 1, strings.Count(s, mouseOn), "SGR mouse reports on once: %q", s)
		assert.Less(t, strings.Index(s, mouseOn), strings.Index(s, "bye"))
		assert.True(t, strings.HasSuffix(s, mouseOff+showCursor+pasteOff+exitAltScreen), "and off on restore: %q", s)
	}
}

// TestSendAfterEnd checks that Send neither blocks nor panics once the
// program has ended.
func TestSendAfterEnd(t *testing.T) {
	var out bytes.Buffer
	p := NewProgram(quitAtOnce{}, &out, Options{})
	_, err := p.RunHeadless(context.Background(), 20, 5)
	require.NoError(t, err)
	for range 100 { // more than the message buffer holds
		p.Send(KeyMsg{Type: KeyDown})
	}
}
