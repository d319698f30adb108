package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// needTool skips when name is missing, or fails under E2E=1.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("E2E") == "1" {
			t.Fatalf("E2E=1 but %s is not installed", name)
		}
		t.Skipf("%s not installed (make e2e installs it)", name)
	}
}

type tmuxSession struct {
	t    *testing.T
	name string
}

func (s tmuxSession) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", args...).CombinedOutput()
	require.NoError(s.t, err, "tmux %v: %s", args, out)
	return string(out)
}

func (s tmuxSession) capture() string { return s.run("capture-pane", "-p", "-t", s.name) }

// waitFor polls the pane until it shows want: the program runs in another
// process, so there is nothing to synchronise on but its screen.
func (s tmuxSession) waitFor(want string) string {
	s.t.Helper()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(15 * time.Second)
	for {
		screen := s.capture()
		if strings.Contains(screen, want) {
			return screen
		}
		select {
		case <-tick.C:
		case <-deadline:
			s.t.Fatalf("the pane never showed %q; it shows:\n%s", want, screen)
		}
	}
}

func startTmux(t *testing.T, bin, args, dir string) tmuxSession {
	t.Helper()
	name := "tui" + strings.ReplaceAll(t.Name(), "/", "")
	s := tmuxSession{t: t, name: name}
	script := "stty -a > before; " + bin + " " + args + "; echo exit=$? > code; stty -a > after; echo finished; sleep 60"
	exec.Command("tmux", "kill-session", "-t", name).Run()
	s.run("new-session", "-d", "-s", name, "-x", "100", "-y", "30", "-c", dir, "env TERM=xterm-256color LANG=C.UTF-8 sh -c '"+script+"'")
	t.Cleanup(func() { exec.Command("tmux", "kill-session", "-t", name).Run() })
	return s
}

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "tui")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	return bin
}

func TestE2ETmuxDashboard(t *testing.T) {
	needTool(t, "tmux")
	bin, dir := buildBinary(t), t.TempDir()
	s := startTmux(t, bin, "", dir)
	s.waitFor("processes")
	s.run("send-keys", "-t", s.name, "Down", "Down", "Enter")
	s.waitFor("chosen job: deploy 🚀 #1002")
	s.run("send-keys", "-t", s.name, "-l", "東京")
	screen := s.waitFor("/東京")
	assert.Contains(t, screen, "test #1001 東京")
	assert.NotContains(t, screen, "eu-west", "the filter hides the other jobs")
	// Escape on its own: ESC and Tab in one write are Alt+Tab, as in any
	// terminal program that reads Alt as an ESC prefix.
	s.run("send-keys", "-t", s.name, "Escape")
	s.waitFor("eu-west")
	s.run("send-keys", "-t", s.name, "Tab", "Tab")
	s.run("send-keys", "-t", s.name, "-l", "Zoë 👩‍💻")
	s.waitFor("Zoë")
	// A left press on the fourth job, as the terminal reports it with SGR
	// mouse on (1-based cells: the jobs' fourth line is cell 6, 7), sent as
	// raw bytes; then Enter chooses it: the press moved the focus there.
	click := fmt.Sprintf("\x1b[<0;%d;%dM\x1b[<0;%d;%dm", listLeft+4+1, boxesTop+4+1, listLeft+4+1, boxesTop+4+1)
	s.run(append([]string{"send-keys", "-t", s.name, "-H"}, hexBytes(click)...)...)
	s.run("send-keys", "-t", s.name, "Enter")
	s.waitFor("chosen job: lint #1003")
	s.run("resize-window", "-t", s.name, "-x", "60", "-y", "20")
	s.waitFor("terminal too small")
	s.run("resize-window", "-t", s.name, "-x", "100", "-y", "30")
	s.waitFor("processes")
	s.run("send-keys", "-t", s.name, "C-c")
	s.waitFor("finished")
	assertSameStty(t, dir, "exit=0")
}

func TestE2ETmuxPanicRestores(t *testing.T) {
	needTool(t, "tmux")
	bin, dir := buildBinary(t), t.TempDir()
	s := startTmux(t, bin, "-debug-panic", dir)
	s.waitFor("processes")
	s.run("send-keys", "-t", s.name, "F12")
	s.waitFor("finished")
	assertSameStty(t, dir, "exit=2")
}

func assertSameStty(t *testing.T, dir, code string) {
	t.Helper()
	before, err := os.ReadFile(filepath.Join(dir, "before"))
	require.NoError(t, err)
	after, err := os.ReadFile(filepath.Join(dir, "after"))
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after), "stty -a after the program must equal stty -a before")
	got, err := os.ReadFile(filepath.Join(dir, "code"))
	require.NoError(t, err)
	assert.Equal(t, code, strings.TrimSpace(string(got)))
}

// hexBytes spells s as the hex bytes tmux send-keys -H takes.
func hexBytes(s string) []string {
	var out []string
	for i := range len(s) {
		out = append(out, fmt.Sprintf("%02x", s[i]))
	}
	return out
}
