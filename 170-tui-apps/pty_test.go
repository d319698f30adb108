package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"golang.org/x/sys/unix"
)

// TestMain runs the program itself when the pty tests start this binary
// as their child (the TestHelperProcess pattern); otherwise it runs the
// tests and benchmarks and then fails if any goroutine is left over.
func TestMain(m *testing.M) {
	if os.Getenv("TUI_HELPER") == "1" {
		args := strings.Fields(os.Getenv("TUI_ARGS"))
		os.Exit(run(context.Background(), args, os.Stdin, os.Stdout, os.Stderr))
	}
	goleak.VerifyTestMain(m)
}

// ptyOutput collects what the child writes to the terminal.
type ptyOutput struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{}
}

func (o *ptyOutput) waitFor(t *testing.T, s string) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		o.mu.Lock()
		found := strings.Contains(o.buf.String(), s)
		o.mu.Unlock()
		if found {
			return
		}
		select {
		case <-o.changed:
		case <-deadline:
			o.mu.Lock()
			defer o.mu.Unlock()
			t.Fatalf("the program never wrote %q; it wrote:\n%q", s, o.buf.String())
		}
	}
}

func (o *ptyOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// runOnPTY starts the program on a new pseudo-terminal, waits for its
// first frame, checks raw mode is on, runs act, waits for the exit, and
// returns the output and the exit error; the terminal's termios must then
// be byte for byte what it was before.
func runOnPTY(t *testing.T, args string, act func(ptmx *os.File, cmd *exec.Cmd)) (string, error) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	require.NoError(t, err)
	defer ptmx.Close()
	defer tty.Close()
	require.NoError(t, pty.Setsize(ptmx, &pty.Winsize{Rows: 30, Cols: 100}))
	before, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	require.NoError(t, err)

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "TUI_HELPER=1", "TUI_ARGS="+args, "TERM=xterm-256color")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	require.NoError(t, cmd.Start())

	out := &ptyOutput{changed: make(chan struct{}, 1)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			out.mu.Lock()
			out.buf.Write(buf[:n])
			out.mu.Unlock()
			select {
			case out.changed <- struct{}{}:
			default:
			}
			if err != nil {
				return
			}
		}
	}()
	out.waitFor(t, "processes")
	during, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	require.NoError(t, err)
	assert.Zero(t, during.Lflag&(unix.ICANON|unix.ECHO), "raw mode is on while the program runs")

	act(ptmx, cmd)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var waitErr error
	select {
	case waitErr = <-exited:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the program did not exit")
	}
	after, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	require.NoError(t, err)
	assert.Equal(t, before, after, "termios after exit must equal termios before")
	tty.Close() // the last slave descriptor: the master's read now ends with EIO
	<-done
	return out.String(), waitErr
}

func TestRestoreAfterQuit(t *testing.T) {
	out, err := runOnPTY(t, "", func(ptmx *os.File, _ *exec.Cmd) {
		ptmx.Write([]byte("\x03")) // ctrl+c, a key in raw mode
	})
	assert.NoError(t, err)
	assert.Contains(t, out, exitAltScreen+"")
	assert.Contains(t, out, showCursor)
	assert.Contains(t, out, mouseOn, "the dashboard asks for SGR mouse reports")
	assert.Greater(t, strings.LastIndex(out, mouseOff), strings.LastIndex(out, mouseOn), "and turns them off on the way out")
}

func TestRestoreAfterSIGTERM(t *testing.T) {
	_, err := runOnPTY(t, "", func(_ *os.File, cmd *exec.Cmd) {
		cmd.Process.Signal(syscall.SIGTERM)
	})
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, 130, exit.ExitCode())
}

func TestRestoreAfterPanicInCmd(t *testing.T) {
	out, err := runOnPTY(t, "-debug-panic", func(ptmx *os.File, _ *exec.Cmd) {
		ptmx.Write([]byte("\x1b[24~")) // F12
	})
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, 2, exit.ExitCode(), "the panic still ends the program")
	assert.Contains(t, out, "debug: a panic inside a Cmd goroutine")
	assert.Contains(t, out, "dashboard.go", "the traceback shows where the panic happened")
	assert.Less(t, strings.Index(out, exitAltScreen), strings.Index(out, "panic:"), "the terminal is restored before the panic is printed")
}
