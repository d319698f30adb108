package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestRunExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{name: "help flag", args: []string{"-h"}, wantCode: 0, wantStderr: "usage:"},
		{name: "help command", args: []string{"help"}, wantCode: 0, wantStdout: "usage:"},
		{name: "unknown command", args: []string{"nope"}, wantCode: 2, wantStderr: `unknown command "nope"`},
		{name: "unknown flag", args: []string{"demo", "-x"}, wantCode: 2, wantStderr: "flag provided but not defined"},
		{name: "stray argument", args: []string{"demo", "extra"}, wantCode: 2, wantStderr: "unexpected arguments"},
		{name: "phase out of range", args: []string{"demo", "-phase", "1ms"}, wantCode: 2, wantStderr: "-phase"},
		{name: "proxy without backends", args: []string{"proxy"}, wantCode: 2, wantStderr: "at least one -backend"},
		{name: "proxy bad strategy", args: []string{"proxy", "-backend", "http://127.0.0.1:1", "-strategy", "random"}, wantCode: 2, wantStderr: `unknown strategy "random"`},
		{name: "proxy bad backend", args: []string{"proxy", "-backend", "ftp://x"}, wantCode: 2, wantStderr: "not an http(s)://host:port URL"},
		{name: "proxy unparsable backend", args: []string{"proxy", "-backend", "http://[::1"}, wantCode: 2, wantStderr: `"http://[::1" is not an http(s)://host:port URL: missing ']' in host`},
		{name: "proxy backend with query", args: []string{"proxy", "-backend", "http://127.0.0.1:1/p?x=1"}, wantCode: 2, wantStderr: "no query"},
		{name: "proxy bad weight", args: []string{"proxy", "-backend", "http://127.0.0.1:1#weight=0"}, wantCode: 2, wantStderr: "bad weight"},
		{name: "proxy bad profile path", args: []string{"proxy", "-backend", "http://127.0.0.1:1", "-cpuprofile", "/nonexistent/dir/cpu.prof"}, wantCode: 1, wantStderr: "no such file or directory"},
		{name: "proxy bad trust", args: []string{"proxy", "-backend", "http://127.0.0.1:1", "-trust", "10.0.0.0"}, wantCode: 2, wantStderr: "-trust"},
		{name: "backend bad fail rate", args: []string{"backend", "-fail-rate", "2"}, wantCode: 2, wantStderr: "-fail-rate"},
		{name: "rpc-bench bad callers", args: []string{"rpc-bench", "-callers", "0"}, wantCode: 2, wantStderr: "-callers"},
		{name: "rpc-client refused", args: []string{"rpc-client", "-addr", "127.0.0.1:1"}, wantCode: 1, wantStderr: "connection refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, &stdout, &stderr)
			assert.Equal(t, tt.wantCode, code, "stderr: %s", stderr.String())
			assert.Contains(t, stdout.String(), tt.wantStdout)
			assert.Contains(t, stderr.String(), tt.wantStderr)
		})
	}
}

// TestDemoShape runs the demo with short phases and checks what it must
// show: no failed request while a backend dies and returns, and a
// graceful shutdown with nothing lost.
// TestSubcommandHelp: each command's -h prints its own flags and an
// example, and a bad flag prints its error and that usage once.
func TestSubcommandHelp(t *testing.T) {
	for cmd, flag := range map[string]string{
		"demo": "-phase", "proxy": "-health-path", "backend": "-fail-rate",
		"rpc-server": "-listen", "rpc-client": "-timeout", "rpc-bench": "-callers",
	} {
		t.Run(cmd, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(context.Background(), []string{cmd, "-h"}, &stdout, &stderr))
			out := stderr.String()
			assert.Contains(t, out, "usage: 168-networking "+cmd+" [flags]")
			assert.Contains(t, out, "  "+flag+" ")
			assert.Contains(t, out, "example:\n  go run ./168-networking "+cmd)
			assert.NotContains(t, out, "commands:", "the global usage is not repeated")

			stderr.Reset()
			require.Equal(t, 2, run(context.Background(), []string{cmd, "-no-such-flag"}, &stdout, &stderr))
			assert.Equal(t, 1, strings.Count(stderr.String(), "flag provided but not defined"))
			assert.Equal(t, 1, strings.Count(stderr.String(), "usage: 168-networking "+cmd), "usage printed once")
		})
	}
}

func TestDemoShape(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"demo", "-phase", "300ms"}, &stdout, &stderr)
	require.Equal(t, 0, code, "stderr: %s", stderr.String())
	out := stdout.String()
	for _, want := range []string{
		"frames (14-byte header", "REQUEST", "GOAWAY",
		"phase", "1 steady load", "2 b2 killed", "3 b2 back",
		"graceful shutdown under load", "proxy counter", "backend  state",
		"rpc: 64 concurrent callers", "3 calls in flight -> finished, finished, finished",
		"demo finished in",
	} {
		assert.Contains(t, out, want)
	}
	row := func(name string) []string {
		m := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(name) + `\s+(.*)$`).FindStringSubmatch(out)
		require.NotNil(t, m, "row %q in\n%s", name, out)
		return strings.Fields(m[1])
	}
	// columns: ok failed retries b1 b2 b3 state
	for _, name := range []string{"1 steady load", "2 b2 killed", "3 b2 back"} {
		assert.Equal(t, "0", row(name)[1], "%s: failed requests\n%s", name, out)
	}
	assert.Equal(t, "0", row("2 b2 killed")[4], "no request answered by the dead backend")
	assert.NotEqual(t, "up", row("2 b2 killed")[6], "killed backend taken out")
	assert.NotEqual(t, "0", row("3 b2 back")[4], "b2 serves again after re-admission\n%s", out)
	assert.Regexp(t, `during it: \d+ ok, 0 failed`, out)
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startCommand runs a server subcommand until the test ends and returns
// the address it printed after "listening on".
func startCommand(t *testing.T, args ...string) (addr string, out *syncBuffer, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out = &syncBuffer{}
	var stderr syncBuffer
	codec := make(chan int, 1)
	go func() { codec <- run(ctx, args, out, &stderr) }()
	re := regexp.MustCompile(`(?m)^` + args[0] + `\b[^\n]* listening on (?:https?://)?(\S+)`)
	require.Eventually(t, func() bool { return re.MatchString(out.String()) }, 20*time.Second, time.Millisecond,
		"%v never listened: %s", args, stderr.String())
	code := -1
	var once sync.Once
	stop = func() int {
		once.Do(func() { cancel(); code = <-codec })
		return code
	}
	t.Cleanup(func() { stop() })
	return re.FindStringSubmatch(out.String())[1], out, stop
}

// TestCommandsProxyAndBackend runs the commands with the upstream on
// net/http's Transport and on the fast path; goleak then checks that the
// fast path's pool reapers stopped with the proxy.
func TestCommandsProxyAndBackend(t *testing.T) {
	for _, flags := range [][]string{nil, {"-fastpath"}} {
		t.Run(fmt.Sprintf("flags=%v", flags), func(t *testing.T) { testCommandsProxyAndBackend(t, flags) })
	}
}

func testCommandsProxyAndBackend(t *testing.T, flags []string) {
	b1, b1out, stopB1 := startCommand(t, "backend", "-listen", "127.0.0.1:0", "-name", "one")
	b2, _, stopB2 := startCommand(t, "backend", "-listen", "127.0.0.1:0", "-name", "two")
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	args := append([]string{"proxy", "-listen", "127.0.0.1:0", "-admin", "127.0.0.1:0",
		"-backend", "http://" + b1, "-backend", "http://" + b2 + "#weight=2", "-strategy", "weighted",
		"-cpuprofile", prof}, flags...)
	p, pout, stopP := startCommand(t, args...)
	admin := regexp.MustCompile(`admin listening on http://(\S+)`).FindStringSubmatch(pout.String())[1]

	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr}
	seen := map[string]int{}
	for range 30 {
		resp, err := c.Get("http://" + p + "/")
		require.NoError(t, err)
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		seen[resp.Header.Get("X-Backend")]++
	}
	assert.Equal(t, map[string]int{"one": 10, "two": 20}, seen)
	for _, path := range []string{"/backends", "/stats", "/healthz"} {
		resp, err := c.Get("http://" + admin + path)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, 200, resp.StatusCode, path)
		if path == "/backends" {
			assert.Contains(t, string(body), `"strategy": "weighted"`)
		}
	}
	tr.CloseIdleConnections()
	assert.Equal(t, 0, stopP())
	assert.Contains(t, pout.String(), "proxy served 30 requests")
	// The profile is written when the proxy stops: a gzipped protocol buffer.
	data, err := os.ReadFile(prof)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(data, []byte{0x1f, 0x8b}), "-cpuprofile wrote %d bytes, not a gzipped profile", len(data))
	assert.Equal(t, 0, stopB1())
	assert.Equal(t, 0, stopB2())
	assert.Contains(t, b1out.String(), "backend one served 10 requests")
}

func TestCommandsRPC(t *testing.T) {
	addr, out, stop := startCommand(t, "rpc-server", "-listen", "127.0.0.1:0")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"rpc-client", "-addr", addr, "-method", "upper", "-data", "shout"}, &stdout, &stderr), stderr.String())
	assert.Equal(t, "SHOUT\n", stdout.String())

	stdout.Reset()
	require.Equal(t, 0, run(context.Background(), []string{"rpc-bench", "-addr", addr, "-callers", "4", "-duration", "100ms"}, &stdout, &stderr), stderr.String())
	assert.Regexp(t, `4 callers, 1 conns, 64-byte payload, .*calls/s, p50 .*, p99 `, stdout.String())

	stderr.Reset()
	assert.Equal(t, 1, run(context.Background(), []string{"rpc-client", "-addr", addr, "-method", "nope"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), `no method "nope"`)
	assert.Equal(t, 0, stop())
	assert.Contains(t, out.String(), "GOAWAY sent")
}
