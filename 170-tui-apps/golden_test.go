package main

// Golden frames: what a terminal shows, not what View returned. The bytes
// the renderer writes (Driver.SetOutput) go into a VT emulator
// (github.com/charmbracelet/x/vt) of a fixed size, and the emulator's
// cells are compared with testdata/TestGolden/<case>.golden: the screen's
// text, then every run of styled cells. So a golden frame catches what a
// View string cannot: a diff that leaves stale cells behind, a line that
// wraps, a wide character that takes the wrong number of cells, a style
// that leaks. The profile is fixed (ANSI256), never read from the test
// machine's environment (termenv#69). `go test -run TestGolden -update`
// rewrites the files.

import (
	"flag"
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// goldenProfile is the colour profile of every golden frame.
const goldenProfile = ANSI256

// vtScreen is a driver whose output a VT emulator of the same size reads.
type vtScreen struct {
	*Driver
	emu *vt.Emulator
}

func newVTScreen(m Model, width, height int) *vtScreen {
	emu := vt.NewEmulator(width, height)
	d := NewDriver(m, width, height)
	d.SetOutput(emu)
	return &vtScreen{d, emu}
}

// resize changes the emulator's size, then tells the program, in the order
// a terminal and SIGWINCH do.
func (s *vtScreen) resize(width, height int) {
	s.emu.Resize(width, height)
	s.Send(WindowSizeMsg{width, height})
}

// snapshot returns the emulator's screen: each row's text (trailing spaces
// cut), then each run of cells in the same non-default style.
func (s *vtScreen) snapshot() string {
	var text, styles strings.Builder
	w, h := s.emu.Width(), s.emu.Height()
	fmt.Fprintf(&text, "# %d×%d, profile %d\n", w, h, goldenProfile)
	for y := range h {
		var row strings.Builder
		runStart, runStyle := -1, ""
		endRun := func(x int) {
			if runStyle != "" {
				fmt.Fprintf(&styles, "row %2d cols %2d-%-2d %s\n", y, runStart, x-1, runStyle)
			}
		}
		for x := 0; x < w; {
			c := s.emu.CellAt(x, y)
			cw := 1
			content, style := " ", ""
			if c != nil {
				if c.Width > 1 {
					cw = c.Width
				}
				if c.Content != "" {
					content = c.Content
				}
				style = describeStyle(c.Style)
			}
			if style != runStyle {
				endRun(x)
				runStart, runStyle = x, style
			}
			row.WriteString(content)
			x += cw
		}
		endRun(w)
		text.WriteString("|" + strings.TrimRight(row.String(), " ") + "\n")
	}
	return text.String() + "-- styles --\n" + styles.String()
}

// describeStyle names a cell's attributes and colours, "" for none.
func describeStyle(st uv.Style) string {
	var parts []string
	for _, a := range []struct {
		bit  uint8
		name string
	}{{uv.AttrBold, "bold"}, {uv.AttrFaint, "faint"}, {uv.AttrItalic, "italic"}, {uv.AttrReverse, "reverse"}} {
		if st.Attrs&a.bit != 0 {
			parts = append(parts, a.name)
		}
	}
	if st.Underline != uv.UnderlineNone {
		parts = append(parts, "underline")
	}
	if st.Fg != nil {
		parts = append(parts, "fg="+describeColor(st.Fg))
	}
	if st.Bg != nil {
		parts = append(parts, "bg="+describeColor(st.Bg))
	}
	return strings.Join(parts, " ")
}

func describeColor(c color.Color) string {
	switch c := c.(type) {
	case ansi.BasicColor:
		return fmt.Sprint(uint8(c))
	case ansi.IndexedColor:
		return fmt.Sprintf("256:%d", uint8(c))
	}
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

// checkGolden compares got with testdata/TestGolden/name.golden, or
// writes it under -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "TestGolden", name+".golden")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file: run go test -run TestGolden -update ./170-tui-apps")
	assert.Equal(t, string(want), got, "%s: the screen differs from the golden frame (-update rewrites it)", path)
}

// widgetModel shows one widget alone, focused, for its golden frame.
type widgetModel struct {
	update func(Msg) Cmd
	view   func() string
}

func (m *widgetModel) Init() Cmd { return nil }
func (m *widgetModel) Update(msg Msg) (Model, Cmd) {
	if _, ok := msg.(WindowSizeMsg); ok {
		return m, nil
	}
	return m, m.update(msg)
}
func (m *widgetModel) View() string { return m.view() }

func TestGolden(t *testing.T) {
	dashboard := func() *vtScreen { return newVTScreen(newDashboard(goldenProfile, false), 100, 30) }
	tests := []struct {
		name string
		run  func(t *testing.T) *vtScreen
	}{
		{"dashboard-first-frame", func(t *testing.T) *vtScreen { return dashboard() }},
		{"dashboard-after-navigation", func(t *testing.T) *vtScreen {
			s := dashboard()
			s.Advance(3 * time.Second)
			require.NoError(t, s.Keys("down", "down", "enter", "pgdown", "tab", "down", "down", "3"))
			return s
		}},
		{"dashboard-cjk-emoji", func(t *testing.T) *vtScreen {
			s := dashboard()
			s.Type("東京")
			require.NoError(t, s.Keys("tab", "tab"))
			s.Type("Zoë 👩‍💻 日本")
			return s
		}},
		{"dashboard-too-small", func(t *testing.T) *vtScreen {
			s := dashboard()
			s.Advance(time.Second)
			s.resize(60, 20)
			return s
		}},
		{"dashboard-too-small-and-back", func(t *testing.T) *vtScreen {
			s := dashboard()
			s.resize(60, 20)
			s.resize(100, 30)
			return s
		}},
		{"widget-textinput", func(t *testing.T) *vtScreen {
			in := &TextInput{Prompt: "> ", Width: 24}
			long := &TextInput{Prompt: "> ", Width: 12}
			empty := &TextInput{Prompt: "> ", Placeholder: "search", Width: 24}
			pw := &TextInput{Prompt: "> ", Password: true, Width: 24}
			in.Focus()
			s := newVTScreen(&widgetModel{update: in.Update, view: func() string {
				return JoinVertical(in.View(goldenProfile), long.View(goldenProfile), empty.View(goldenProfile), pw.View(goldenProfile))
			}}, 30, 4)
			s.Send(PasteMsg("naïve 日本語 👩‍💻 text"))
			require.NoError(t, s.Keys("alt+left", "alt+left"))
			long.SetValue("a text longer than its field scrolls")
			pw.SetValue("hunter2")
			s.Send(nil) // a frame after SetValue
			return s
		}},
		{"widget-list", func(t *testing.T) *vtScreen {
			l := NewList("Fruit", []string{"apple", "banana", "cherry", "grape", "pineapple", "日本 plum", "kiwi 🥝"})
			l.Height = 5
			l.Focus()
			s := newVTScreen(&widgetModel{update: l.Update, view: func() string { return l.View(goldenProfile, 24) }}, 24, 6)
			require.NoError(t, s.Keys("p", "down"))
			return s
		}},
		{"widget-table", func(t *testing.T) *vtScreen {
			tb := NewTable([]Column{{Title: "NAME", Width: 10}, {Title: "CPU%", Width: 6, Numeric: true}, {Title: "STATE", Width: 8}}, 4)
			tb.SetRows([][]string{{"postgres", "12.5", "running"}, {"node 日本語テキスト", "3.0", "sleeping"}, {"emoji 👩‍💻 svc", "99.9", "running"}, {"bash", "0.1", "idle"}, {"tmux", "1.0", "idle"}})
			tb.Focus()
			s := newVTScreen(&widgetModel{update: tb.Update, view: func() string { return tb.View(goldenProfile) }}, 32, 5)
			require.NoError(t, s.Keys("2", "2", "down"))
			return s
		}},
		{"widget-progress", func(t *testing.T) *vtScreen {
			var p Progress
			p.Width = 20
			s := newVTScreen(&widgetModel{update: p.Update, view: func() string { return p.View(goldenProfile) }}, 60, 1)
			t0 := driverEpoch
			s.Send(ProgressMsg{Done: 0, Total: 10 << 20, At: t0},
				ProgressMsg{Done: 2 << 20, Total: 10 << 20, At: t0.Add(time.Second)},
				ProgressMsg{Done: 3 << 20, Total: 10 << 20, At: t0.Add(2 * time.Second)})
			return s
		}},
		{"widget-form", func(t *testing.T) *vtScreen {
			f := &Form{Fields: []FormField{
				{"Name", &TextInput{Width: 16, Placeholder: "your name"}},
				{"Email", &TextInput{Width: 16, Validate: func(s string) error {
					if !strings.Contains(s, "@") {
						return fmt.Errorf("needs an @")
					}
					return nil
				}}},
			}}
			f.Focus(0)
			s := newVTScreen(&widgetModel{update: f.Update, view: func() string { return f.View(goldenProfile) }}, 40, 4)
			s.Type("Ada")
			require.NoError(t, s.Keys("tab"))
			s.Type("ada.example.com")
			return s
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkGolden(t, tt.name, tt.run(t).snapshot())
		})
	}
}

// TestGoldenIndependentOfEnvironment renders the first frame under
// environments that would detect different profiles: the golden frame
// uses a fixed profile, so the bytes must not change.
func TestGoldenIndependentOfEnvironment(t *testing.T) {
	frame := func() string {
		return newVTScreen(newDashboard(goldenProfile, false), 100, 30).snapshot()
	}
	want := frame()
	for _, env := range [][2]string{{"NO_COLOR", "1"}, {"COLORTERM", "truecolor"}, {"TERM", "dumb"}} {
		t.Setenv(env[0], env[1])
		assert.Equal(t, want, frame(), "with %s=%s", env[0], env[1])
	}
}

// TestEmulatorMatchesView checks the diff renderer against the model: after
// a long random-looking session the emulator (fed only diffs) shows what a
// full repaint of the last View would show.
func TestEmulatorMatchesView(t *testing.T) {
	s := newVTScreen(newDashboard(goldenProfile, false), 100, 30)
	keys := []string{"down", "pgdown", "tab", "down", "3", "3", "tab", "x", "y", "backspace", "tab", "end", "up"}
	for i := range 60 {
		require.NoError(t, s.Keys(keys[i%len(keys)]))
		s.Advance(300 * time.Millisecond)
	}
	fresh := newVTScreen(&widgetModel{update: func(Msg) Cmd { return nil }, view: s.Model().View}, 100, 30)
	assert.Equal(t, fresh.snapshot(), s.snapshot(), "a screen drawn by diffs equals one drawn whole")
}
