package main

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDashboardInVirtualTime(t *testing.T) {
	d := newDashboard(Plain, false)
	dr := NewDriver(d, 100, 30)
	assert.Contains(t, dr.View(), "refresh 0")
	dr.Advance(2500 * time.Millisecond)
	assert.Contains(t, dr.View(), "refresh 2", "two one-second ticks in 2.5 s")
	assert.Contains(t, dr.View(), "MiB/s")
	dr.Advance(time.Minute)
	assert.Contains(t, dr.View(), "100%  ", "the download finishes")
	assert.Contains(t, dr.View(), "done")

	require.NoError(t, dr.Keys("down", "down", "enter"))
	assert.Contains(t, dr.View(), "chosen job: deploy 🚀 #1002")
	dr.Type("東京")
	assert.Contains(t, dr.View(), "/東京")
	for _, line := range strings.Split(dr.View(), "\n") {
		assert.LessOrEqual(t, StringWidth(line), 100, "no line is wider than the terminal: %q", line)
	}
	require.NoError(t, dr.Keys("ctrl+c"))
	assert.True(t, dr.Quit())
}

func TestDashboardDeterministic(t *testing.T) {
	frame := func() string {
		dr := NewDriver(newDashboard(Plain, false), 100, 30)
		dr.Advance(5 * time.Second)
		dr.Keys("tab", "down", "3")
		return dr.View()
	}
	assert.Equal(t, frame(), frame())
}

func TestDashboardTooSmall(t *testing.T) {
	dr := NewDriver(newDashboard(Plain, false), 40, 10)
	assert.Contains(t, dr.View(), "terminal too small")
	dr.Send(WindowSizeMsg{100, 30})
	assert.NotContains(t, dr.View(), "terminal too small")
}

func TestCommandComposition(t *testing.T) {
	var got []string
	rec := func(s string) Cmd { return func() Msg { got = append(got, s); return nil } }
	assert.Nil(t, Batch(nil, nil))
	dr := NewDriver(&cmdModel{init: Sequence(rec("a"), Batch(rec("b"), nil), Tick(time.Second, func(time.Time) Msg { got = append(got, "tick"); return nil }))}, 10, 10)
	assert.Equal(t, []string{"a", "b"}, got)
	dr.Advance(999 * time.Millisecond)
	assert.Equal(t, []string{"a", "b"}, got)
	dr.Advance(time.Millisecond)
	assert.Equal(t, []string{"a", "b", "tick"}, got)
}

type cmdModel struct{ init Cmd }

func (m *cmdModel) Init() Cmd               { return m.init }
func (m *cmdModel) Update(Msg) (Model, Cmd) { return m, nil }
func (m *cmdModel) View() string            { return "" }

// TestDashboardFitsItsMinimum checks minWidth against the layout: at
// minWidth×minHeight no line of any focus is wider than the terminal, so
// nothing is cut; one column less shows the notice, which fits too.
func TestDashboardFitsItsMinimum(t *testing.T) {
	d := newDashboard(Plain, false)
	dr := NewDriver(d, minWidth, minHeight)
	for focus := range 3 {
		for _, at := range []time.Duration{0, 2 * time.Second, time.Minute} {
			dr.Advance(at)
			d.setFocus(focus)
			for _, line := range strings.Split(d.View(), "\n") {
				assert.LessOrEqual(t, StringWidth(line), minWidth, "focus %d: %q is cut at the minimum width", focus, line)
			}
			assert.LessOrEqual(t, len(strings.Split(d.View(), "\n")), minHeight)
		}
	}
	dr.Send(WindowSizeMsg{minWidth - 1, minHeight})
	assert.Contains(t, dr.View(), "terminal too small")
	dr.Send(WindowSizeMsg{40, 10})
	for _, line := range strings.Split(d.View(), "\n") {
		assert.LessOrEqual(t, StringWidth(line), 40, "the notice fits a 40-column terminal: %q", line)
	}
}

// TestDashboardLayoutDoesNotShift checks that the boxes keep their widths
// whatever their content: filtering, a long name, a finished download.
func TestDashboardLayoutDoesNotShift(t *testing.T) {
	widths := func(v string) []int {
		var w []int
		for _, l := range strings.Split(v, "\n") {
			if strings.HasPrefix(l, "┌") || strings.HasPrefix(l, "└") {
				w = append(w, StringWidth(l))
			}
		}
		return w
	}
	dr := NewDriver(newDashboard(Plain, false), 100, 30)
	want := widths(dr.View())
	dr.Type("東京 zzz")
	assert.Equal(t, want, widths(dr.View()), "after a filter with no match")
	require.NoError(t, dr.Keys("tab", "tab"))
	dr.Type(strings.Repeat("名前", 20))
	dr.Advance(time.Minute)
	assert.Equal(t, want, widths(dr.View()), "after a long name and the download's end")
}

func TestDashboardMouseRoutesByPosition(t *testing.T) {
	d := newDashboard(Plain, false)
	dr := NewDriver(d, 100, 30)
	require.NoError(t, dr.Keys("tab"))
	// The fourth job: the title is on line 2, the jobs from line 3.
	dr.Send(MouseMsg{X: listLeft + 4, Y: boxesTop + 4, Action: MousePress})
	assert.Equal(t, 0, d.focus, "a press in the jobs box focuses it")
	sel, _ := d.jobs.Selected()
	assert.Equal(t, "lint #1003 us-east", sel)

	dr.Send(MouseMsg{X: tableLeft + 2, Y: boxesTop + 3, Action: MousePress})
	assert.Equal(t, 1, d.focus)
	assert.Equal(t, 2, d.procs.Cursor())
	dr.Send(MouseMsg{X: tableLeft + 1, Y: boxesTop, Action: MousePress}) // the PID title
	assert.Contains(t, dr.View(), "PID ▲")

	dr.Send(MouseMsg{X: listLeft + 4, Y: boxesTop + 4, Action: MouseWheelDown})
	assert.Equal(t, 1, d.focus, "the wheel scrolls the box under the pointer without taking the focus")
	assert.Contains(t, d.jobs.View(Plain, listWidth), "build #1005")
	assert.NotContains(t, d.jobs.View(Plain, listWidth), "build #1000")

	dr.Send(MouseMsg{X: 0, Y: 0, Action: MousePress}, MouseMsg{X: 99, Y: 29, Action: MousePress})
	assert.Equal(t, 1, d.focus, "presses outside the boxes do nothing")
}
