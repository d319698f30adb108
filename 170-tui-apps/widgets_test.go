package main

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func key(t *testing.T, name string) KeyMsg {
	t.Helper()
	k, err := ParseKey(name)
	require.NoError(t, err)
	return k
}

func TestTextInputMovesByGrapheme(t *testing.T) {
	in := &TextInput{CharLimit: 8}
	in.Focus()
	in.Update(PasteMsg("e\u0301👩\u200d💻 日本\nx"))
	assert.Equal(t, "e\u0301👩\u200d💻 日本 x", in.Value(), "newlines in a paste become spaces")
	assert.Equal(t, 7, in.Cursor())
	in.Update(key(t, "home"))
	in.Update(key(t, "right"))
	in.Update(key(t, "delete"))
	assert.Equal(t, "e\u0301 日本 x", in.Value(), "one delete removes the whole ZWJ emoji")
	in.Update(key(t, "end"))
	in.Update(key(t, "ctrl+w"))
	assert.Equal(t, "e\u0301 日本 ", in.Value())
	in.Update(key(t, "alt+left"))
	assert.Equal(t, 2, in.Cursor())
	in.Update(key(t, "ctrl+k"))
	assert.Equal(t, "e\u0301 ", in.Value())
	for range 20 {
		in.Update(KeyMsg{Rune: 'z'})
	}
	assert.Len(t, graphemes(in.Value()), 8, "the limit counts graphemes")
}

func TestTextInputPasswordAndValidation(t *testing.T) {
	in := &TextInput{Password: true, Validate: func(s string) error {
		if len(s) < 3 {
			return errors.New("too short")
		}
		return nil
	}}
	in.Focus()
	in.Update(PasteMsg("ab"))
	assert.EqualError(t, in.Err, "too short")
	assert.Equal(t, "••\x1b[7m \x1b[0m", in.View(ANSI))
	in.Update(KeyMsg{Rune: 'c'})
	assert.NoError(t, in.Err)
}

func TestListFilterKeepsCursorAndHighlights(t *testing.T) {
	l := NewList("Fruit", []string{"apple", "banana", "cherry", "grape", "pineapple"})
	l.Focus()
	l.Update(key(t, "down"))
	l.Update(key(t, "down"))
	l.Update(KeyMsg{Rune: 'p'})
	l.Update(KeyMsg{Rune: 'p'})
	assert.Equal(t, 2, l.Visible())
	sel, _ := l.Selected()
	assert.Equal(t, "apple", sel)
	assert.Contains(t, l.View(ANSI, 20), "a\x1b[4;33mpp\x1b[0mle")
	l.Update(key(t, "esc"))
	assert.Equal(t, 5, l.Visible())
	l.Update(KeyMsg{Rune: 'z'})
	assert.Contains(t, l.View(Plain, 20), "(no match)")
}

func TestTableSortsAndEllipsizes(t *testing.T) {
	tb := NewTable([]Column{{Title: "NAME", Width: 6}, {Title: "N", Width: 4, Numeric: true}}, 3)
	tb.SetRows([][]string{{"b", "10"}, {"a", "9"}, {"日本語テキスト", "100"}})
	tb.Focus()
	tb.Update(KeyMsg{Rune: '2'})
	assert.Equal(t, [][]string{{"a", "9"}, {"b", "10"}, {"日本語テキスト", "100"}}, tb.Rows(), "numeric sort, not 10 < 9")
	tb.Update(KeyMsg{Rune: '2'})
	assert.Equal(t, "100", tb.Rows()[0][1], "again: descending")
	view := tb.View(Plain)
	assert.Contains(t, view, "日本… ")
	for _, line := range strings.Split(view, "\n") {
		assert.LessOrEqual(t, StringWidth(line), 11)
	}
}

func TestProgressEWMAAndETA(t *testing.T) {
	var p Progress
	t0 := time.Unix(0, 0)
	p.Update(ProgressMsg{Done: 0, Total: 1000, At: t0})
	p.Update(ProgressMsg{Done: 100, Total: 1000, At: t0.Add(time.Second)})
	assert.InDelta(t, 100, p.Rate(), 1e-9)
	p.Update(ProgressMsg{Done: 400, Total: 1000, At: t0.Add(2 * time.Second)})
	assert.InDelta(t, 0.3*300+0.7*100, p.Rate(), 1e-9)
	eta, ok := p.ETA()
	require.True(t, ok)
	assert.Equal(t, 4*time.Second, eta) // 600 left at 160/s = 3.75 s, rounded
}

func TestFormValidatesEachField(t *testing.T) {
	d := newDashboard(Plain, false)
	dr := NewDriver(d, 100, 30)
	require.NoError(t, dr.Keys("tab", "tab"))
	dr.Type("Ada")
	require.NoError(t, dr.Keys("tab"))
	dr.Type("nope")
	require.NoError(t, dr.Keys("enter"))
	assert.False(t, d.form.Submitted)
	assert.Contains(t, dr.View(), "✗ want name@domain")
	require.NoError(t, dr.Keys("ctrl+u"))
	dr.Type("ada@example.com")
	require.NoError(t, dr.Keys("enter"))
	assert.True(t, d.form.Submitted)
	assert.Contains(t, dr.View(), "✓ submitted")
	assert.Equal(t, map[string]string{"Name": "Ada", "Email": "ada@example.com"}, d.form.Values())
}

func press(x, y int) MouseMsg { return MouseMsg{X: x, Y: y, Action: MousePress} }

func TestListMouse(t *testing.T) {
	items := make([]string, 30)
	for i := range items {
		items[i] = fmt.Sprintf("item %d", i)
	}
	l := NewList("Items", items)
	l.Height = 5
	l.Focus()
	l.Update(press(3, 3)) // line 0 is the title: line 3 is the third item
	sel, _ := l.Selected()
	assert.Equal(t, "item 2", sel)
	l.Update(press(3, 0))
	l.Update(MouseMsg{X: 3, Y: 2, Action: MousePress, Button: 2})
	l.Update(press(3, 9))
	sel, _ = l.Selected()
	assert.Equal(t, "item 2", sel, "a press on the title, with the right button or below the items selects nothing")

	l.Update(MouseMsg{Action: MouseWheelDown})
	assert.True(t, strings.HasPrefix(l.View(Plain, 20), "Items\n› item 3\n"), "one notch scrolls three rows")
	sel, _ = l.Selected()
	assert.Equal(t, "item 3", sel, "the cursor stays in view")
	for range 20 {
		l.Update(MouseMsg{Action: MouseWheelDown})
	}
	assert.True(t, strings.HasSuffix(l.View(Plain, 20), "item 29"), "the wheel stops at the last page")
	for range 20 {
		l.Update(MouseMsg{Action: MouseWheelUp})
	}
	assert.True(t, strings.HasPrefix(l.View(Plain, 20), "Items\n  item 0\n"), "and at the first")
	sel, _ = l.Selected()
	assert.Equal(t, "item 4", sel)
}

func TestTableMouse(t *testing.T) {
	tb := NewTable([]Column{{Title: "NAME", Width: 6}, {Title: "N", Width: 4, Numeric: true}}, 3)
	tb.SetRows([][]string{{"b", "10"}, {"a", "9"}, {"c", "100"}, {"d", "1"}, {"e", "5"}})
	tb.Focus()
	tb.Update(press(2, 2))
	assert.Equal(t, 1, tb.Cursor(), "line 2 is the second row")
	tb.Update(press(8, 0)) // the N column: cells 7–10
	assert.Equal(t, []string{"d", "1"}, tb.Rows()[0], "a press on a title sorts by it")
	tb.Update(press(8, 0))
	assert.Equal(t, []string{"c", "100"}, tb.Rows()[0], "again: reversed")
	tb.Update(press(6, 0)) // the space between the columns
	assert.Equal(t, []string{"c", "100"}, tb.Rows()[0])
	tb.Update(MouseMsg{Action: MouseWheelDown})
	assert.Equal(t, 2, tb.Cursor(), "the wheel scrolls to the last page (offset 2) and keeps the cursor in it")
	assert.True(t, strings.HasPrefix(strings.Split(tb.View(Plain), "\n")[1], "a"))
}
