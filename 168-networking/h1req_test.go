package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stdRequestHead serves raw to a real net/http server over net.Pipe and
// returns the request its handler saw, or an error if the server answered
// without running the handler (400, 431, 505, ...).
func stdRequestHead(raw string) (*http.Request, error) {
	client, server := net.Pipe()
	defer client.Close()
	seen := make(chan *http.Request, 1)
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select {
			case seen <- r.Clone(context.Background()):
			default:
			}
		}),
		ErrorLog: log.New(io.Discard, "", 0),
	}
	l := &oneConnListener{c: server, done: make(chan struct{})}
	served := make(chan struct{})
	go func() { _ = srv.Serve(l); close(served) }()
	defer func() { srv.Close(); <-served }()
	go func() { _, _ = io.WriteString(client, raw) }()
	resp, err := http.ReadResponse(bufio.NewReader(client), nil)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	select {
	case r := <-seen:
		return r, nil
	default:
		return nil, fmt.Errorf("net/http answered %s", resp.Status)
	}
}

// oneConnListener accepts c once, then blocks until closed.
type oneConnListener struct {
	c    net.Conn
	once sync.Once
	done chan struct{}
	took bool
}

func (l *oneConnListener) Accept() (net.Conn, error) {
	if !l.took {
		l.took = true
		return l.c, nil
	}
	<-l.done
	return nil, net.ErrClosed
}

func (l *oneConnListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

func (l *oneConnListener) Addr() net.Addr { return &net.TCPAddr{} }

// sameRequest checks that whatever parseRequestHead accepts in raw,
// net/http accepts as the same request.
func sameRequest(t testing.TB, raw string) (accepted bool) {
	t.Helper()
	end := headEnd([]byte(raw))
	if end == 0 {
		return false
	}
	ours, err := parseRequestHead(raw[:end])
	if err != nil {
		require.ErrorIs(t, err, errHandOff, "every refusal is a hand-off")
		return false
	}
	std, err := stdRequestHead(raw)
	require.NoError(t, err, "net/http refuses a head the loop accepted: %q", raw)
	assert.Equal(t, std.Method, ours.method, "method of %q", raw)
	assert.Equal(t, std.RequestURI, ours.target)
	assert.Equal(t, std.URL.String(), ours.url.String())
	assert.Equal(t, std.Host, ours.host)
	assert.Equal(t, std.Close, ours.close, "Close of %q", raw)
	assert.Equal(t, int64(0), std.ContentLength)
	assert.Empty(t, std.TransferEncoding)
	assert.Equal(t, std.Header, ours.header, "header of %q", raw)
	return true
}

func TestRequestHeadMatchesNetHTTP(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		fast bool // served by the loop; else handed to net/http
	}{
		{"wrk GET", "GET /1k.bin HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n", true},
		{"browser GET", "GET /a/b?q=1&r=%20x HTTP/1.1\r\nHost: example.com\r\nUser-Agent: Mozilla/5.0 (X11)\r\nAccept: text/html,*/*;q=0.8\r\nAccept-Encoding: gzip, br\r\nCookie: a=1; b=2\r\n\r\n", true},
		{"repeated and odd-case fields", "GET / HTTP/1.1\r\nhost: x\r\nx-a: 1\r\nX-A: 2\r\nx-b_c: 3\r\nACCEPT: */*\r\n\r\n", true},
		{"whitespace around values", "GET / HTTP/1.1\r\nHost: x\r\nX-A:  \t v w \t\r\nX-Empty:\r\n\r\n", true},
		{"obs-text value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: caf\xc3\xa9\r\n\r\n", true},
		{"Connection: close", "GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, close\r\n\r\n", true},
		{"HEAD and DELETE", "HEAD /x HTTP/1.1\r\nHost: x\r\n\r\n", true},
		{"pipelined", "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n", true},
		{"IPv6 host", "GET / HTTP/1.1\r\nHost: [::1]:80\r\n\r\n", true},

		{"body by length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc", false},
		{"CL and TE", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", false},
		{"duplicate CL", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabc", false},
		{"bad chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", false},
		{"obs-fold", "GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n 2\r\n\r\n", false},
		{"h2c upgrade", "GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n", false},
		{"h2c prior knowledge", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", false},
		{"WebSocket", "GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n", false},
		{"Expect", "GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n", false},
		{"Pragma", "GET / HTTP/1.1\r\nHost: x\r\nPragma: no-cache\r\n\r\n", false},
		{"HTTP/1.0", "GET / HTTP/1.0\r\n\r\n", false},
		{"absolute form", "GET http://elsewhere/ HTTP/1.1\r\nHost: x\r\n\r\n", false},
		{"asterisk", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", false},
		{"CONNECT", "CONNECT x:443 HTTP/1.1\r\nHost: x:443\r\n\r\n", false},
		{"no Host", "GET / HTTP/1.1\r\n\r\n", false},
		{"two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", false},
		{"bad Host", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", false},
		{"bare LF", "GET / HTTP/1.1\nHost: x\n\n", false},
		{"space before colon", "GET / HTTP/1.1\r\nHost: x\r\nX-A : 1\r\n\r\n", false},
		{"NUL in value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n", false},
		{"CR in value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", false},
		{"space in target", "GET /a b HTTP/1.1\r\nHost: x\r\n\r\n", false},
		{"lowercase version", "GET / http/1.1\r\nHost: x\r\n\r\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.fast, sameRequest(t, tt.raw), "served by the loop")
		})
	}
}

// FuzzRequestHead: parseRequestHead never panics, refuses only with
// errHandOff, and whatever it accepts net/http parses the same way.
func FuzzRequestHead(f *testing.F) {
	for _, s := range []string{
		"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET /a?b=c HTTP/1.1\r\nHost: x:1\r\nX-A: 1\r\nx-a: 2\r\nConnection: close\r\n\r\n",
		"HEAD /x HTTP/1.1\r\nhost: [::1]\r\nAccept: */*\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n b\r\n\r\n",
		"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		sameRequest(t, raw)
	})
}
