package main

// Side by side with Bubble Tea v2 (charm.land/bubbletea/v2, test-only).
//
// The session: a list of 1,000 rows filling an 80×24 screen, the cursor
// moved down 100 times, then one resize to 100×30: 101 frames. Both
// frameworks run their real program loop (ours: Program.RunHeadless;
// Bubble Tea: Program.Run with WithInput(nil), WithOutput, WithWindowSize),
// both render the same View string (our List, coloured for 256 colours),
// both write to a byte-counting writer with no terminal behind it, both
// at 120 frames per second (Bubble Tea's maximum).
//
// Both renderers draw on a frame ticker, not on every Update, so a frame
// is only on the writer some time after the message that caused it. The
// session therefore sends one message, waits until the writer has
// received that frame, then sends the next: every message gives exactly
// one frame, for both. Wall time per frame is then the ticker's period,
// the same for both by construction, so the cost reported is CPU time per
// frame (getrusage, user + system, the whole process), next to bytes per
// frame.
//
// The input benchmark parses one recorded stream — text, CJK, arrows with
// modifiers, a bracketed paste, SGR mouse press and release, Ctrl+C,
// Alt+x — by our InputParser and by the two layers of Bubble Tea v2's
// input: ultraviolet's EventDecoder (the decoder alone, like our Feed) and
// ultraviolet's TerminalReader (what a Bubble Tea program runs: reads,
// the key lookup table, paste assembly and a channel send per event).

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/vt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Session shape.
const (
	sessionRows  = 1000
	sessionDowns = 100
	sessionW     = 80
	sessionH     = 24
	resizedW     = 100
	resizedH     = 30
	sessionFPS   = 120
)

// sessionModel is what both frameworks run, so that both render
// identical strings: down is one step of the session.
type sessionModel interface {
	down()
	resize(w, h int)
	view() string
}

// sessionList is the list session: our List, sized to the screen.
type sessionList struct {
	list          *List
	width, height int
}

func newSessionList() *sessionList {
	items := make([]string, sessionRows)
	for i := range items {
		items[i] = fmt.Sprintf("row %04d  %s", i, []string{"build", "test 日本", "deploy 🚀", "lint"}[i%4])
	}
	s := &sessionList{list: NewList("Rows", items)}
	s.list.Focus()
	s.resize(sessionW, sessionH)
	return s
}

func (s *sessionList) resize(w, h int) { s.width, s.height, s.list.Height = w, h, h-1 }
func (s *sessionList) down()           { s.list.Update(KeyMsg{Type: KeyDown}) }
func (s *sessionList) view() string    { return s.list.View(ANSI256, s.width) }

// sessionProgress is the progress session: 22 lines that never change
// and, below them, a Progress line that changes a little every step (the
// spinner, the percent, the ETA, now and then a cell of the bar). It is
// where a cell-level diff, Bubble Tea's, beats a line diff, ours.
type sessionProgress struct {
	p             Progress
	n             int
	width, height int
}

func newSessionProgress() *sessionProgress {
	s := &sessionProgress{}
	s.p.Width = 40
	s.resize(sessionW, sessionH)
	s.down()
	return s
}

func (s *sessionProgress) resize(w, h int) { s.width, s.height = w, h }
func (s *sessionProgress) down() {
	s.n++
	s.p.Update(ProgressMsg{Done: int64(s.n) << 20, Total: 200 << 20, At: driverEpoch.Add(time.Duration(s.n) * 200 * time.Millisecond)})
}
func (s *sessionProgress) view() string {
	lines := []string{Style{Bold: true}.Render(ANSI256, "downloading dataset.tar (200 MiB)")}
	for i := range s.height - 2 {
		lines = append(lines, fmt.Sprintf("chunk %02d verified  sha256 %08x…", i, uint32(i)*2654435761))
	}
	return strings.Join(append(lines, s.p.View(ANSI256)), "\n")
}

// sessions are the scripted sessions, by name.
var sessions = []struct {
	name  string
	model func() sessionModel
}{
	{"list", func() sessionModel { return newSessionList() }},
	{"progress", func() sessionModel { return newSessionProgress() }},
}

// oursSession is a sessionModel as our Model.
type oursSession struct{ sessionModel }

func (m oursSession) Init() Cmd { return nil }
func (m oursSession) Update(msg Msg) (Model, Cmd) {
	switch msg := msg.(type) {
	case KeyMsg:
		m.down()
	case WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
	}
	return m, nil
}
func (m oursSession) View() string { return m.view() }

// teaSession is a sessionModel as a Bubble Tea model.
type teaSession struct{ sessionModel }

func (m teaSession) Init() tea.Cmd { return nil }
func (m teaSession) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		m.down()
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
	}
	return m, nil
}
func (m teaSession) View() tea.View {
	v := tea.NewView(m.view())
	v.AltScreen = true // ours runs on the alternate screen too
	return v
}

// frameWriter counts the bytes and the writes it receives (both renderers
// write a frame with one Write), and passes them on to also, if set.
type frameWriter struct {
	mu     sync.Mutex // guards bytes, writes and also's use
	bytes  int64
	writes int
	also   io.Writer
	kick   chan struct{}
}

func newFrameWriter(also io.Writer) *frameWriter {
	return &frameWriter{also: also, kick: make(chan struct{}, 1)}
}

func (w *frameWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	w.bytes += int64(len(p))
	w.writes++
	if w.also != nil {
		w.also.Write(p)
	}
	w.mu.Unlock()
	select {
	case w.kick <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (w *frameWriter) counts() (int64, int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.bytes, w.writes
}

// waitWrite waits until the writer has had more than n writes.
func (w *frameWriter) waitWrite(n int) error {
	deadline := time.After(10 * time.Second)
	for {
		if _, got := w.counts(); got > n {
			return nil
		}
		select {
		case <-w.kick:
		case <-deadline:
			return fmt.Errorf("no frame after write %d", n)
		}
	}
}

// sessionRunner is one framework's program, started and ready for input.
type sessionRunner struct {
	send func(any) // a key press (nil) or a resize (WindowSizeMsg)
	stop func() error
}

func startOurs(w *frameWriter, m sessionModel) sessionRunner {
	p := NewProgram(oursSession{m}, w, Options{FPS: sessionFPS})
	done := make(chan error, 1)
	go func() {
		_, err := p.RunHeadless(context.Background(), sessionW, sessionH)
		done <- err
	}()
	return sessionRunner{
		send: func(m any) {
			if sz, ok := m.(WindowSizeMsg); ok {
				p.Send(sz)
				return
			}
			p.Send(KeyMsg{Type: KeyDown})
		},
		stop: func() error { p.Send(Quit()); return <-done },
	}
}

func startTea(w *frameWriter, m sessionModel) sessionRunner {
	p := tea.NewProgram(teaSession{m},
		tea.WithInput(nil), tea.WithOutput(w), tea.WithWindowSize(sessionW, sessionH),
		tea.WithEnvironment([]string{"TERM=xterm-256color"}), tea.WithColorProfile(colorprofile.ANSI256),
		tea.WithoutSignalHandler(), tea.WithFPS(sessionFPS))
	done := make(chan error, 1)
	go func() {
		_, err := p.Run()
		done <- err
	}()
	return sessionRunner{
		send: func(m any) {
			if sz, ok := m.(WindowSizeMsg); ok {
				p.Send(tea.WindowSizeMsg{Width: sz.Width, Height: sz.Height})
				return
			}
			p.Send(tea.KeyPressMsg{Code: tea.KeyDown})
		},
		stop: func() error { p.Quit(); return <-done },
	}
}

// sessionResult is what one session cost, after its first frame.
type sessionResult struct {
	frames int
	bytes  int64
	cpu    time.Duration
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// runSession plays the scripted session, one frame per message.
func runSession(start func(*frameWriter, sessionModel) sessionRunner, m sessionModel) (sessionResult, error) {
	w := newFrameWriter(nil)
	r := start(w, m)
	if err := w.waitWrite(0); err != nil { // the first frame, with the setup sequences
		r.stop()
		return sessionResult{}, err
	}
	bytes0, writes := w.counts()
	cpu0 := cpuTime()
	var steps []any
	for range sessionDowns {
		steps = append(steps, nil)
	}
	steps = append(steps, WindowSizeMsg{resizedW, resizedH})
	for _, s := range steps {
		r.send(s)
		if err := w.waitWrite(writes); err != nil {
			r.stop()
			return sessionResult{}, err
		}
		_, writes = w.counts()
	}
	res := sessionResult{frames: len(steps), cpu: cpuTime() - cpu0}
	b, _ := w.counts()
	res.bytes = b - bytes0
	return res, r.stop()
}

func BenchmarkPeerSession(b *testing.B) {
	for _, session := range sessions {
		for _, impl := range []struct {
			name  string
			start func(*frameWriter, sessionModel) sessionRunner
		}{{"ours", startOurs}, {"bubbletea", startTea}} {
			b.Run("session="+session.name+"/impl="+impl.name, func(b *testing.B) {
				var total sessionResult
				b.ReportAllocs()
				for b.Loop() {
					res, err := runSession(impl.start, session.model())
					if err != nil {
						b.Fatal(err)
					}
					total.frames += res.frames
					total.bytes += res.bytes
					total.cpu += res.cpu
				}
				b.ReportMetric(float64(total.bytes)/float64(total.frames), "bytes/frame")
				b.ReportMetric(float64(total.cpu.Nanoseconds())/float64(total.frames), "cpu-ns/frame")
			})
		}
	}
}

// TestPeerSessionShowsTheSameScreen checks that the comparison is fair:
// fed to a VT emulator, both frameworks' bytes show the same screens.
func TestPeerSessionShowsTheSameScreen(t *testing.T) {
	for _, session := range sessions {
		t.Run("session="+session.name, func(t *testing.T) {
			screens := map[string][]string{}
			for name, start := range map[string]func(*frameWriter, sessionModel) sessionRunner{"ours": startOurs, "bubbletea": startTea} {
				emu := vt.NewEmulator(sessionW, sessionH)
				w := newFrameWriter(onlcr{emu})
				snap := func() {
					w.mu.Lock()
					screens[name] = append(screens[name], emu.String())
					w.mu.Unlock()
				}
				r := start(w, session.model())
				require.NoError(t, w.waitWrite(0))
				snap()
				for i := range 30 {
					_, n := w.counts()
					if i == 29 {
						emu.Resize(resizedW, resizedH) // under no lock: nothing writes until send
						r.send(WindowSizeMsg{resizedW, resizedH})
					} else {
						r.send(nil)
					}
					require.NoError(t, w.waitWrite(n))
					if i == 29 {
						// A framework may repaint after a resize in more than
						// one write (Bubble Tea did, and a snapshot at the first
						// showed a half-drawn screen). One more message, and
						// its frame, come after the repaint is complete.
						_, n = w.counts()
						r.send(nil)
						require.NoError(t, w.waitWrite(n))
					}
					if i%7 == 0 || i == 29 {
						snap()
					}
				}
				require.NoError(t, r.stop())
			}
			require.Len(t, screens["ours"], 7)
			for i := range screens["ours"] {
				assert.Equal(t, screens["ours"][i], screens["bubbletea"][i], "screen %d", i)
			}
		})
	}
}

// onlcr maps "\n" to "\r\n" on the way to the emulator, as a tty's
// output processing does (termios OPOST|ONLCR). Bubble Tea relies on it
// when it has no terminal input (cursed_renderer: mapNl, bubbletea#1572)
// and moves the cursor down with a bare "\n"; ours writes no "\n" at all
// (every line is addressed with CUP), so the mapping changes nothing for
// it.
type onlcr struct{ w io.Writer }

func (o onlcr) Write(p []byte) (int, error) {
	o.w.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n")))
	return len(p), nil
}

// mixedStream is the recorded input both parsers read: 64 repetitions of
// text, CJK, Up, Ctrl+Right, a two-line bracketed paste, an SGR left
// press and release at (10,5), Ctrl+C, Enter and Alt+x.
var mixedStream = []byte(strings.Repeat("hello 日本語 \x1b[A\x1b[1;5C\x1b[200~pasted text\nline two\x1b[201~\x1b[<0;10;5M\x1b[<0;10;5m\x03\r\x1bx", 64))

// tallyOurs and tallyUV count keys, pastes and mouse events in what each
// parser returns, to check both read the stream the same way.
func tallyOurs(msgs []Msg) (keys, pastes, mouse int) {
	for _, m := range msgs {
		switch m.(type) {
		case KeyMsg:
			keys++
		case PasteMsg:
			pastes++
		case MouseMsg:
			mouse++
		}
	}
	return
}

func tallyUV(events []uv.Event) (keys, pastes, mouse int) {
	for _, e := range events {
		switch e.(type) {
		case uv.KeyPressEvent:
			keys++
		case uv.PasteEvent:
			pastes++
		case uv.MouseClickEvent, uv.MouseReleaseEvent:
			mouse++
		}
	}
	return
}

// decodeUV runs ultraviolet's EventDecoder over b, as its documentation
// shows; a paste arrives as start, its keys and end.
func decodeUV(b []byte) []uv.Event {
	var d uv.EventDecoder
	events := make([]uv.Event, 0, 64)
	for len(b) > 0 {
		n, ev := d.Decode(b)
		if n == 0 {
			break
		}
		if ev != nil {
			events = append(events, ev)
		}
		b = b[n:]
	}
	return events
}

// readUV runs ultraviolet's TerminalReader over b until EOF, collecting
// the events from its channel as a Bubble Tea program's loop would.
func readUV(b []byte) ([]uv.Event, error) {
	r := uv.NewTerminalReader(bytes.NewReader(b), "xterm-256color")
	ch := make(chan uv.Event, 256)
	errc := make(chan error, 1)
	go func() {
		errc <- r.StreamEvents(context.Background(), ch)
		close(ch)
	}()
	var events []uv.Event
	for e := range ch {
		events = append(events, e)
	}
	return events, <-errc
}

func TestPeerParsersAgree(t *testing.T) {
	var p InputParser
	ok, op, om := tallyOurs(p.Feed(mixedStream))
	events, err := readUV(mixedStream)
	require.NoError(t, err)
	uk, up, um := tallyUV(events)
	assert.Equal(t, [3]int{ok, op, om}, [3]int{uk, up, um}, "keys, pastes, mouse: ours vs TerminalReader")
	assert.Equal(t, 64, op)
	assert.Equal(t, 128, om)
}

func BenchmarkPeerInputParse(b *testing.B) {
	b.Run("impl=ours", func(b *testing.B) {
		b.SetBytes(int64(len(mixedStream)))
		b.ReportAllocs()
		for b.Loop() {
			var p InputParser
			for chunk := range slices.Chunk(mixedStream, 4096) { // as readInput reads
				_ = p.Feed(chunk)
			}
		}
	})
	b.Run("impl=ultraviolet-decoder", func(b *testing.B) {
		b.SetBytes(int64(len(mixedStream)))
		b.ReportAllocs()
		for b.Loop() {
			_ = decodeUV(mixedStream)
		}
	})
	b.Run("impl=bubbletea-reader", func(b *testing.B) {
		b.SetBytes(int64(len(mixedStream)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := readUV(mixedStream); err != nil {
				b.Fatal(err)
			}
		}
	})
}
