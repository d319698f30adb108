package main

// This file holds the test driver: a synchronous, deterministic runner for
// a Model, with no terminal and no real time. Messages are delivered one
// at a time; a Cmd runs at once on the caller's goroutine; a Tick waits in
// a virtual clock that only Advance moves. The same model that runs in a
// terminal runs here, so a test reads its frames, and -keys replays
// keystrokes with it when there is no terminal at all (bubbletea#1654:
// users want exactly this instead of an experimental, timing-based
// harness).

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Driver runs a Model without a terminal. It is not safe for concurrent use.
type Driver struct {
	model  Model
	now    time.Time
	timers []driverTimer
	quit   bool
	width  int
	height int
	screen *renderer // nil until SetOutput
}

type driverTimer struct {
	at  time.Time
	seq int // order of creation, for timers due at the same instant
	fn  func(time.Time) Msg
}

// driverEpoch is the driver's virtual time zero: fixed, so frames that
// show times are the same on every machine.
var driverEpoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// NewDriver starts m as a terminal of width×height would: Init, then a
// WindowSizeMsg.
func NewDriver(m Model, width, height int) *Driver {
	d := &Driver{model: m, now: driverEpoch, width: width, height: height}
	d.run(m.Init())
	d.Send(WindowSizeMsg{width, height})
	return d
}

// Send delivers each message, running the commands that follow from it.
// A WindowSizeMsg also resizes the driver's screen, as SIGWINCH would.
func (d *Driver) Send(msgs ...Msg) {
	for _, m := range msgs {
		d.deliver(m)
	}
	d.draw()
}

// SetOutput makes the driver draw on w what a terminal of its size would
// receive from [Program.Run]: the setup sequences now, then, after every
// Send, Advance, Keys and Type, the frame as the program's renderer writes
// it (only the lines that changed). Fed to a VT emulator, those bytes give
// the screen a user would see, not the string View returned.
func (d *Driver) SetOutput(w io.Writer) {
	io.WriteString(w, enterAltScreen+hideCursor+pasteOn)
	d.screen = newRenderer(w)
	d.screen.resize(d.width, d.height)
	d.draw()
}

func (d *Driver) draw() {
	if d.screen != nil {
		d.screen.render(d.model.View())
	}
}

func (d *Driver) deliver(m Msg) {
	if d.quit || m == nil {
		return
	}
	switch m := m.(type) {
	case quitMsg:
		d.quit = true
	case WindowSizeMsg:
		if d.screen != nil && (m.Width != d.width || m.Height != d.height) {
			d.screen.resize(m.Width, m.Height)
		}
		d.width, d.height = m.Width, m.Height
		var cmd Cmd
		d.model, cmd = d.model.Update(m)
		d.run(cmd)
	case batchMsg:
		for _, c := range m {
			d.run(c)
		}
	case sequenceMsg:
		for _, c := range m {
			d.run(c)
		}
	case tickRequest:
		d.timers = append(d.timers, driverTimer{at: d.now.Add(m.d), seq: len(d.timers), fn: m.fn})
	default:
		var cmd Cmd
		d.model, cmd = d.model.Update(m)
		d.run(cmd)
	}
}

func (d *Driver) run(c Cmd) {
	if c != nil {
		d.deliver(c())
	}
}

// Advance moves the virtual clock forward by dur, firing every timer that
// falls due, in time order.
func (d *Driver) Advance(dur time.Duration) {
	end := d.now.Add(dur)
	for !d.quit {
		slices.SortStableFunc(d.timers, func(a, b driverTimer) int {
			if c := a.at.Compare(b.at); c != 0 {
				return c
			}
			return a.seq - b.seq
		})
		if len(d.timers) == 0 || d.timers[0].at.After(end) {
			break
		}
		t := d.timers[0]
		d.timers = d.timers[1:]
		d.now = t.at
		d.deliver(t.fn(t.at))
	}
	d.now = end
	d.draw()
}

// Keys sends keys by name (see [ParseKey]), drawing a frame after each.
func (d *Driver) Keys(names ...string) error {
	for _, n := range names {
		k, err := ParseKey(n)
		if err != nil {
			return err
		}
		d.Send(k)
	}
	return nil
}

// Type sends each rune of s as a key, drawing a frame after each.
func (d *Driver) Type(s string) {
	for _, r := range s {
		d.Send(KeyMsg{Type: KeyRune, Rune: r})
	}
}

// Model returns the current model.
func (d *Driver) Model() Model { return d.model }

// Quit reports whether the model asked to quit.
func (d *Driver) Quit() bool { return d.quit }

// View returns the current frame as a terminal of the driver's size shows
// it: at most height lines, each cut to width cells.
func (d *Driver) View() string {
	lines := strings.Split(d.model.View(), "\n")
	if len(lines) > d.height {
		lines = lines[:d.height]
	}
	for i, l := range lines {
		lines[i] = strings.TrimRight(Truncate(l, d.width, ""), " ")
	}
	return strings.Join(lines, "\n")
}

// ErrUnknownKey is returned by ParseKey for a name it does not know.
var ErrUnknownKey = errors.New("unknown key name")

// ParseKey parses a key name as KeyMsg.String writes it: "a", "ctrl+c",
// "alt+x", "shift+tab", "ctrl+up", "enter", "space", "f5", "pgdown". A
// name of several characters that is no key is an error, so that a typo
// in -keys is caught rather than typed.
func ParseKey(name string) (KeyMsg, error) {
	var k KeyMsg
	rest := name
	for {
		switch {
		case strings.HasPrefix(rest, "ctrl+") && len(rest) > len("ctrl+"):
			k.Ctrl, rest = true, rest[len("ctrl+"):]
			continue
		case strings.HasPrefix(rest, "alt+") && len(rest) > len("alt+"):
			k.Alt, rest = true, rest[len("alt+"):]
			continue
		case strings.HasPrefix(rest, "shift+") && len(rest) > len("shift+"):
			k.Shift, rest = true, rest[len("shift+"):]
			continue
		}
		break
	}
	if rest == "space" {
		k.Type, k.Rune = KeyRune, ' '
		return k, nil
	}
	for t, n := range keyNames {
		if n == rest {
			k.Type = t
			return k, nil
		}
	}
	if r, size := utf8.DecodeRuneInString(rest); size == len(rest) && r != utf8.RuneError {
		k.Type, k.Rune = KeyRune, r
		return k, nil
	}
	return KeyMsg{}, fmt.Errorf("%q: %w", name, ErrUnknownKey)
}
