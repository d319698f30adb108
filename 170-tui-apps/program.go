package main

// This file holds the Model-View-Update framework: the Model, Msg and Cmd
// types, the commands that compose them, and the Program that owns the
// terminal.
//
// The loop, as Elm's architecture and Bubble Tea have it:
//
//	 terminal bytes ─► InputParser ─► Msg ─┐
//	 timers, signals, Cmd results ─► Msg ──┤
//	                                       ▼
//	                        Model.Update(Msg) ─► (Model, Cmd) ── Cmd runs in its own goroutine ─┐
//	                                       │                                                    │
//	                                 Model.View() ─► renderer (changed lines only) ─► terminal  │
//	                                       ▲                                                    │
//	                                       └──────────────────── Msg ◄──────────────────────────┘
//
// Update and View run on one goroutine, so a model needs no locks; anything
// slow or blocking goes into a Cmd, a function run on a goroutine of its
// own whose result comes back as a Msg. Update does no IO.
//
// Timers are not Cmds that sleep: Tick returns a request the loop turns
// into a timer, so the test Driver can run the same model in virtual time
// (driver.go), deterministically and without sleeping.
//
// The terminal is always restored: on Quit, on SIGINT/SIGTERM, and on a
// panic in Update, View or any Cmd goroutine — the deferred handler
// restores first and then re-panics with the same value, and because
// deferred calls run before the stack unwinds, the traceback still shows
// where the panic happened (golang/go, runtime: "[recovered, repanicked]").
// A goroutine the application starts itself, outside a Cmd, is not
// covered; that is what Cmd is for (bubbletea#1127, #1459).

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"golang.org/x/term"
)

// Msg is anything that happened: a key, a tick, a Cmd's result.
type Msg any

// Cmd is a function the program runs on its own goroutine; its result, if
// not nil, is delivered to Update. A nil Cmd does nothing.
type Cmd func() Msg

// Model is an application: its state, how it changes, how it looks.
type Model interface {
	// Init returns the first command, or nil.
	Init() Cmd
	// Update returns the model after msg and a command to run, or nil.
	Update(msg Msg) (Model, Cmd)
	// View renders the model; lines are separated by "\n".
	View() string
}

// WindowSizeMsg reports the terminal's size: once at start and on every
// SIGWINCH.
type WindowSizeMsg struct{ Width, Height int }

// quitMsg ends the program.
type quitMsg struct{}

// Quit is a Cmd that ends the program after the current Update.
func Quit() Msg { return quitMsg{} }

// batchMsg and sequenceMsg carry composed commands to the loop.
type (
	batchMsg    []Cmd
	sequenceMsg []Cmd
)

// Batch runs the commands concurrently; their results arrive in any order.
func Batch(cmds ...Cmd) Cmd {
	cmds = compact(cmds)
	switch len(cmds) {
	case 0:
		return nil
	case 1:
		return cmds[0]
	}
	return func() Msg { return batchMsg(cmds) }
}

// Sequence runs the commands one after another, each result delivered
// before the next command starts.
func Sequence(cmds ...Cmd) Cmd {
	cmds = compact(cmds)
	if len(cmds) == 0 {
		return nil
	}
	return func() Msg { return sequenceMsg(cmds) }
}

func compact(cmds []Cmd) []Cmd {
	var out []Cmd
	for _, c := range cmds {
		if c != nil {
			out = append(out, c)
		}
	}
	return out
}

// tickRequest asks the loop (or the Driver) for fn(t) after d.
type tickRequest struct {
	d  time.Duration
	fn func(time.Time) Msg
}

// Tick returns a Cmd that delivers fn(t) once, d from now.
func Tick(d time.Duration, fn func(time.Time) Msg) Cmd {
	return func() Msg { return tickRequest{d, fn} }
}

// Every returns a Cmd that delivers fn(t) at the next multiple of d on the
// clock, so that several Every timers tick together; call it again from
// Update to keep ticking.
func Every(d time.Duration, fn func(time.Time) Msg) Cmd {
	return func() Msg {
		now := time.Now()
		return tickRequest{now.Truncate(d).Add(d).Sub(now), fn}
	}
}

// Options configure a Program. The zero value is a full-screen program
// with mouse reporting off.
type Options struct {
	// Mouse turns on SGR mouse reports (modes 1000 and 1006).
	Mouse bool
	// FPS caps how often the screen is redrawn; 0 means 60.
	FPS int
	// EscTimeout is how long a lone ESC waits to become a sequence; 0 means 50 ms.
	EscTimeout time.Duration
}

// ErrNotTerminal is returned by Run when standard input or output is not a
// terminal: the caller should fall back to a plain render.
var ErrNotTerminal = errors.New("not a terminal")

// ErrInterrupted is returned by Run when SIGINT or SIGTERM ended it.
var ErrInterrupted = errors.New("interrupted")

// Program runs a Model on the terminal. It is used once.
type Program struct {
	model Model
	opt   Options
	out   io.Writer
	tty   *os.File

	msgs chan Msg
	done chan struct{}

	restoreOnce sync.Once
	fd          int
	saved       *term.State
}

// NewProgram returns a program for m writing to out (os.Stdout normally),
// reading keys from the controlling terminal.
func NewProgram(m Model, out io.Writer, opt Options) *Program {
	if opt.FPS <= 0 {
		opt.FPS = 60
	}
	if opt.EscTimeout <= 0 {
		opt.EscTimeout = 50 * time.Millisecond
	}
	return &Program{model: m, opt: opt, out: out, msgs: make(chan Msg, 64), done: make(chan struct{})}
}

// Terminal modes the program sets, and the sequences that undo them.
const (
	enterAltScreen = "\x1b[?1049h"
	exitAltScreen  = "\x1b[?1049l"
	hideCursor     = "\x1b[?25l"
	showCursor     = "\x1b[?25h"
	pasteOn        = "\x1b[?2004h"
	pasteOff       = "\x1b[?2004l"
	mouseOn        = "\x1b[?1000h\x1b[?1006h"
	mouseOff       = "\x1b[?1006l\x1b[?1000l"
)

// Run takes over the terminal, runs the model until it quits, and gives the
// terminal back as it found it. It returns the final model.
func (p *Program) Run(ctx context.Context) (m Model, err error) {
	out, ok := p.out.(*os.File)
	if !ok || !term.IsTerminal(int(out.Fd())) {
		return p.model, fmt.Errorf("output: %w", ErrNotTerminal)
	}
	// Read from /dev/tty rather than stdin: it is opened non-blocking and
	// served by the runtime's poller, so a read can be cancelled with a
	// deadline when the program ends (a blocking read on stdin cannot).
	p.tty, err = os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return p.model, fmt.Errorf("input: %w: %v", ErrNotTerminal, err)
	}
	defer p.tty.Close()
	if err := p.control(func(fd int) error {
		p.fd = fd
		p.saved, err = term.MakeRaw(fd)
		return err
	}); err != nil {
		return p.model, fmt.Errorf("raw mode: %w", err)
	}
	defer p.restore()
	defer func() {
		if r := recover(); r != nil {
			p.restore() // first the terminal, then the panic, same value, same stack
			panic(r)
		}
	}()
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM, syscall.SIGWINCH)
	defer signal.Stop(signals)

	ctx, cancel := context.WithCancel(ctx)
	var reader sync.WaitGroup
	defer func() {
		// Stop the reader: cancel first, so that the deadline's error ends
		// its loop instead of resolving a pending ESC.
		cancel()
		p.tty.SetReadDeadline(time.Now())
		reader.Wait()
	}()
	reader.Go(func() { p.readInput(ctx) })

	r := newRenderer(p.out)
	r.buf.WriteString(p.setup()) // sent with the first frame, in one write
	size := func() (int, int, error) { return term.GetSize(int(out.Fd())) }
	if w, h, err := size(); err == nil {
		r.resize(w, h)
		p.send(ctx, WindowSizeMsg{w, h})
	}
	return p.loop(ctx, r, signals, size)
}

// RunHeadless runs the model as Run does, but on no terminal: the screen
// is width×height, frames go to the program's writer exactly as Run would
// write them (setup and teardown sequences included), and messages come
// only from Send and the model's own commands. It is how the program's
// real output reaches a test's VT emulator or a byte-counting benchmark,
// and how another process (an SSH session, say) could drive it. It
// returns the final model when the model quits or ctx ends.
func (p *Program) RunHeadless(ctx context.Context, width, height int) (m Model, err error) {
	defer p.restore()
	defer func() {
		if r := recover(); r != nil {
			p.restore()
			panic(r)
		}
	}()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r := newRenderer(p.out)
	r.buf.WriteString(p.setup()) // sent with the first frame, in one write
	r.resize(width, height)
	p.send(ctx, WindowSizeMsg{width, height})
	return p.loop(ctx, r, nil, nil)
}

// Send delivers msg to the running program's Update, as if it came from
// the terminal; it blocks until the loop takes it, and does nothing once
// the program has ended. It is safe for concurrent use.
func (p *Program) Send(msg Msg) {
	select {
	case p.msgs <- msg:
	case <-p.done:
	}
}

// control runs fn with the tty's file descriptor without putting it in
// blocking mode (os.File.Fd would).
func (p *Program) control(fn func(fd int) error) error {
	rc, err := p.tty.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if err := rc.Control(func(fd uintptr) { ferr = fn(int(fd)) }); err != nil {
		return err
	}
	return ferr
}

// setup returns the sequences that put the terminal in the program's
// modes; restore writes their opposites, in reverse order.
func (p *Program) setup() string {
	s := enterAltScreen + hideCursor + pasteOn
	if p.opt.Mouse {
		s += mouseOn
	}
	return s
}

// restore undoes every terminal mode Run set, once, and ends Send.
func (p *Program) restore() {
	p.restoreOnce.Do(func() {
		close(p.done)
		teardown := showCursor + pasteOff + exitAltScreen
		if p.opt.Mouse {
			teardown = mouseOff + teardown
		}
		io.WriteString(p.out, teardown)
		if p.saved != nil {
			term.Restore(p.fd, p.saved)
		}
	})
}

// send delivers msg to the loop unless the program has ended.
func (p *Program) send(ctx context.Context, msg Msg) {
	select {
	case p.msgs <- msg:
	case <-ctx.Done():
	}
}

// readInput reads the terminal and sends what the parser makes of it; a
// lone ESC is resolved after EscTimeout of quiet.
func (p *Program) readInput(ctx context.Context) {
	var parser InputParser
	buf := make([]byte, 4096)
	for ctx.Err() == nil {
		if parser.Pending() {
			p.tty.SetReadDeadline(time.Now().Add(p.opt.EscTimeout))
		} else {
			p.tty.SetReadDeadline(time.Time{})
		}
		n, err := p.tty.Read(buf)
		for _, m := range parser.Feed(buf[:n]) {
			p.send(ctx, m)
		}
		if errors.Is(err, os.ErrDeadlineExceeded) && ctx.Err() == nil {
			for _, m := range parser.Flush() {
				p.send(ctx, m)
			}
			continue
		}
		if err != nil {
			return
		}
	}
}

// runCmd runs cmd on its own goroutine, restoring the terminal before a
// panic in it can end the process.
func (p *Program) runCmd(ctx context.Context, wg *sync.WaitGroup, cmd Cmd) {
	if cmd == nil {
		return
	}
	wg.Go(func() {
		defer func() {
			if r := recover(); r != nil {
				p.restore()
				panic(r)
			}
		}()
		if msg := cmd(); msg != nil {
			p.send(ctx, msg)
		}
	})
}

// loop is the program's one goroutine for Update and View. signals and
// size are nil without a terminal.
func (p *Program) loop(ctx context.Context, r *renderer, signals <-chan os.Signal, size func() (int, int, error)) (Model, error) {
	var cmds sync.WaitGroup // Cmd goroutines; not waited for at the end: a slow Cmd must not hold up Quit
	frame := time.NewTicker(time.Second / time.Duration(p.opt.FPS))
	defer frame.Stop()
	model := p.model
	p.runCmd(ctx, &cmds, model.Init())
	r.render(model.View())
	dirty := false
	for {
		select {
		case <-ctx.Done():
			return model, ctx.Err()
		case sig := <-signals:
			if sig == syscall.SIGWINCH {
				if w, h, err := size(); err == nil {
					r.resize(w, h)
					var cmd Cmd
					model, cmd = model.Update(WindowSizeMsg{w, h})
					p.runCmd(ctx, &cmds, cmd)
					dirty = true
				}
				continue
			}
			return model, fmt.Errorf("%v: %w", sig, ErrInterrupted)
		case <-frame.C:
			if dirty {
				r.render(model.View())
				dirty = false
			}
		case msg := <-p.msgs:
			switch msg := msg.(type) {
			case quitMsg:
				r.render(model.View())
				return model, nil
			case batchMsg:
				for _, c := range msg {
					p.runCmd(ctx, &cmds, c)
				}
				continue
			case sequenceMsg:
				p.runCmd(ctx, &cmds, p.sequence(ctx, msg))
				continue
			case tickRequest:
				timer := time.AfterFunc(msg.d, func() { p.send(ctx, msg.fn(time.Now())) })
				context.AfterFunc(ctx, func() { timer.Stop() })
				continue
			case WindowSizeMsg: // from Send, or the first one; a SIGWINCH is handled above
				if msg.Width != r.width || msg.Height != r.height {
					r.resize(msg.Width, msg.Height)
				}
			}
			var cmd Cmd
			model, cmd = model.Update(msg)
			p.runCmd(ctx, &cmds, cmd)
			dirty = true
		}
	}
}

// sequence returns a Cmd that runs cmds in order on one goroutine,
// delivering each result before starting the next; nested batches and
// sequences inside it are handed to the loop.
func (p *Program) sequence(ctx context.Context, cmds []Cmd) Cmd {
	return func() Msg {
		for _, c := range cmds {
			if msg := c(); msg != nil {
				p.send(ctx, msg)
			}
		}
		return nil
	}
}
