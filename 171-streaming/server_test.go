package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// startServe runs the serve command in the background and returns its base
// URL; the returned stop cancels it and waits for its exit status.
func startServe(t testing.TB, extra ...string) (string, func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	code := make(chan int, 1)
	args := append([]string{"serve", "-addr", "127.0.0.1:0", "-window", "100ms", "-rate", "1000"}, extra...)
	go func() {
		code <- run(ctx, args, pw, &stderr)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	require.NoError(t, err, "serve printed no address; stderr: %s", stderr.String())
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	f := strings.Fields(line)
	require.GreaterOrEqual(t, len(f), 3, "line %q", line)
	base := f[2]
	stopped := false
	stop := func() int {
		if stopped {
			return 0
		}
		stopped = true
		cancel()
		return <-code
	}
	t.Cleanup(func() { stop() })
	return base, stop
}

func TestServe(t *testing.T) {
	base, stop := startServe(t)

	resp, err := http.Get(base + "/")
	require.NoError(t, err)
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Contains(t, string(page), `new EventSource("/events")`, "the embedded page is served")
	assert.Contains(t, string(page), "<canvas")

	// One stream for the live windows, resumed by our own client.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := &SSEClient{URL: base + "/events"}
	var gotWindow, gotMessage bool
	connected := make(chan struct{}, 1)
	c.OnConnect = func() { connected <- struct{}{} }
	done := make(chan error, 1)
	go func() {
		done <- c.Stream(ctx, func(m Message) error {
			switch m.Event {
			case "window":
				var w windowJSON
				if err := json.Unmarshal([]byte(m.Data), &w); err != nil {
					return err
				}
				gotWindow = gotWindow || w.Count > 0
			case "":
				gotMessage = gotMessage || m.Data == "hello, stream"
			}
			if gotWindow && gotMessage {
				cancel()
			}
			return nil
		})
	}()
	<-connected
	resp, err = http.PostForm(base+"/publish", url.Values{"data": {"hello, stream"}})
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.ErrorIs(t, <-done, context.Canceled)
	assert.True(t, gotWindow, "a window result arrived")
	assert.True(t, gotMessage, "the published message arrived")

	resp, err = http.Get(base + "/stats")
	require.NoError(t, err)
	var stats struct{ Head uint64 }
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&stats))
	resp.Body.Close()
	assert.Positive(t, stats.Head)

	// A stream still open at shutdown ends cleanly and serve exits 0.
	p, _ := openStream(t, base+"/events", "")
	assert.Equal(t, 0, stop())
	for {
		if _, err := p.Next(); err != nil {
			assert.ErrorIs(t, err, io.EOF, "the stream is ended, not cut")
			break
		}
	}
}

func TestServeFlags(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{"help", []string{"serve", "-h"}, 0, "-max-clients", ""},
		{"nats unreachable", []string{"serve", "-nats", "nats://127.0.0.1:1"}, 1, "", "jetstream: connect"},
		{"bad window", []string{"serve", "-window", "0s"}, 2, "", "-window > 0"},
		{"bad addr", []string{"serve", "-addr", "256.0.0.1:99999"}, 1, "", "171-streaming:"},
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

// TestLoad runs the load generator against an in-process server with a
// few clients: every event reaches every client and the figures are filled.
func TestLoad(t *testing.T) {
	base, _ := startServe(t, "-rate", "0")
	o := loadOptions{URL: base, Clients: 20, Events: 10, Rate: 1000, Payload: 8}
	r, err := runLoad(context.Background(), o)
	require.NoError(t, err)
	assert.Equal(t, 20, r.Connected)
	assert.Equal(t, r.Expected, r.Delivered)
	assert.Positive(t, r.P50)
	assert.GreaterOrEqual(t, r.P99, r.P50)
	var out bytes.Buffer
	require.NoError(t, printLoad(&out, o, r))
	assert.Contains(t, out.String(), "publish→deliver p99")
}
