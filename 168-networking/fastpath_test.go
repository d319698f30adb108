package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"net/textproto"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rawBackend serves each connection with serve, on a loopback port.
func rawBackend(t testing.TB, serve func(net.Conn)) *Backend {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			wg.Go(func() { defer c.Close(); serve(c) })
		}
	})
	t.Cleanup(func() { l.Close(); wg.Wait() })
	return &Backend{Name: "raw", URL: &url.URL{Scheme: "http", Host: l.Addr().String()}}
}

// readRequestHead reads one request head off br.
func readRequestHead(br *bufio.Reader) error {
	_, err := http.ReadRequest(br)
	return err
}

func fastOf(t testing.TB, tp *testProxy) *fastTransport {
	t.Helper()
	ft, ok := tp.p.cfg.Transport.(*fastTransport)
	require.True(t, ok, "FastPath proxy without a fastTransport")
	return ft
}

// TestFastPathResendsOnStaleKeepAlive: a backend that closes every
// connection after one response without saying so leaves a stale
// connection in the pool; the next GET fails on it before any response
// byte and is sent again on a fresh connection, as net/http does.
func TestFastPathResendsOnStaleKeepAlive(t *testing.T) {
	b := rawBackend(t, func(c net.Conn) {
		br := bufio.NewReader(c)
		if readRequestHead(br) == nil {
			io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
		}
	})
	tp := startProxy(t, []*Backend{b}, &RoundRobin{}, ProxyConfig{FastPath: true}, ServerConfig{})
	c := newClient(t)
	for i := range 3 {
		resp, body := get(t, c, tp.url+"/", nil)
		assert.Equal(t, http.StatusOK, resp.StatusCode, "request %d", i)
		assert.Equal(t, "ok", body, "request %d", i)
	}
	ft := fastOf(t, tp)
	assert.Equal(t, uint64(3), ft.fast.Load(), "fast-path requests")
	assert.GreaterOrEqual(t, ft.staleRetries.Load(), uint64(1), "stale resends")
	assert.Zero(t, tp.p.Stats().BadGateway)
}

// TestFastPathLooksAtLongIdleConnections: a backend that closes a
// whole cohort of idle connections at once (its keep-alive timeout)
// leaves more stale connections in the pool than there are resends; a
// GET must still not fail, because connections idle for stalePeekAfter
// are looked at before use.
func TestFastPathLooksAtLongIdleConnections(t *testing.T) {
	const cohort = maxStaleRetries + 3
	old := stalePeekAfter
	stalePeekAfter = 0
	t.Cleanup(func() { stalePeekAfter = old })
	var mu sync.Mutex
	arrived, conns := 0, 0
	all := make(chan struct{})
	closed := make(chan struct{}, cohort)
	b := rawBackend(t, func(c net.Conn) {
		mu.Lock()
		conns++
		first := conns <= cohort
		mu.Unlock()
		br := bufio.NewReader(c)
		if first {
			// Hold every response until the whole cohort is in, so
			// that each has its own connection; then close them all.
			if readRequestHead(br) != nil {
				return
			}
			mu.Lock()
			if arrived++; arrived == cohort {
				close(all)
			}
			mu.Unlock()
			<-all
			io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
			c.Close()
			closed <- struct{}{}
			return
		}
		for readRequestHead(br) == nil {
			io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
		}
	})
	tp := startProxy(t, []*Backend{b}, &RoundRobin{}, ProxyConfig{FastPath: true}, ServerConfig{})
	var wg sync.WaitGroup
	for range cohort {
		wg.Go(func() {
			resp, body := get(t, newClient(t), tp.url+"/", nil)
			assert.Equal(t, "ok", body)
			assert.Equal(t, http.StatusOK, resp.StatusCode)
		})
	}
	wg.Wait()
	for range cohort {
		<-closed
	}
	c := newClient(t)
	for i := range cohort {
		resp, body := get(t, c, tp.url+"/", nil)
		assert.Equal(t, http.StatusOK, resp.StatusCode, "request %d after the cohort closed: %s", i, body)
	}
	assert.Zero(t, tp.p.Stats().BadGateway)
}

// TestFastPathLooksBeforeNonIdempotent: a bodiless POST, which may not
// be resent after a failure, is not sent on a reused connection the
// backend has closed: the fast path sees the close first and takes a
// fresh connection.
func TestFastPathLooksBeforeNonIdempotent(t *testing.T) {
	closed := make(chan struct{}, 4)
	b := rawBackend(t, func(c net.Conn) {
		br := bufio.NewReader(c)
		if readRequestHead(br) == nil {
			io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
		}
		c.Close()
		closed <- struct{}{}
	})
	tp := startProxy(t, []*Backend{b}, &RoundRobin{}, ProxyConfig{FastPath: true}, ServerConfig{})
	c := newClient(t)
	for i := range 3 {
		resp, err := c.Post(tp.url+"/", "", nil)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !assert.Equal(t, http.StatusOK, resp.StatusCode, "POST %d: %s", i, body) {
			break // no new connection: nothing more will close
		}
		<-closed // the backend's FIN is on its way before the next request
	}
	assert.Equal(t, uint64(3), fastOf(t, tp).fast.Load())
	assert.Zero(t, tp.p.Stats().BadGateway)
}

// TestFastPathTrailersAnd1xx: trailers of a chunked response and a 103
// Early Hints reach the client through the fast path.
func TestFastPathTrailersAnd1xx(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Link", "</a.css>; rel=preload")
		w.WriteHeader(http.StatusEarlyHints)
		w.Header().Set("Trailer", "X-Sum")
		w.WriteHeader(http.StatusOK)
		io.WriteString(w, "body")
		w.(http.Flusher).Flush() // chunked: no Content-Length
		w.Header().Set("X-Sum", "42")
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	tp := startProxy(t, []*Backend{{Name: "t", URL: u}}, &RoundRobin{}, ProxyConfig{FastPath: true}, ServerConfig{})
	var hints []int
	ctx := httptrace.WithClientTrace(context.Background(), &httptrace.ClientTrace{
		Got1xxResponse: func(code int, _ textproto.MIMEHeader) error { hints = append(hints, code); return nil },
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, tp.url+"/", nil)
	require.NoError(t, err)
	resp, err := newClient(t).Do(req)
	require.NoError(t, err)
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	assert.Equal(t, "body", string(body))
	assert.Equal(t, "42", resp.Trailer.Get("X-Sum"), "trailer through the proxy")
	assert.Equal(t, []int{http.StatusEarlyHints}, hints)
	assert.Equal(t, uint64(1), fastOf(t, tp).fast.Load())
}

// TestFastPathRefusesBadHeads: a head over the read buffer or one that
// does not parse is a 502 that blames the backend, like any other
// gateway failure.
func TestFastPathRefusesBadHeads(t *testing.T) {
	tests := []struct{ name, answer string }{
		{"too large", "HTTP/1.1 200 OK\r\nX-Big: " + strings.Repeat("a", 20<<10) + "\r\nContent-Length: 0\r\n\r\n"},
		{"differing lengths", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nx"},
		{"unasked 101", "HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := rawBackend(t, func(c net.Conn) {
				if readRequestHead(bufio.NewReader(c)) == nil {
					io.WriteString(c, tt.answer)
				}
			})
			tp := startProxy(t, []*Backend{b}, &RoundRobin{}, ProxyConfig{FastPath: true}, ServerConfig{})
			resp, _ := get(t, newClient(t), tp.url+"/", nil)
			assert.Equal(t, http.StatusBadGateway, resp.StatusCode)
			assert.Equal(t, uint64(1), tp.p.Stats().BadGateway)
		})
	}
}

// TestFastPathFallsBack: requests with bodies and upgrades go to the
// fallback transport.
func TestFastPathFallsBack(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{FastPath: true}, ServerConfig{})
	c := newClient(t)
	resp, err := c.Post(tp.url+"/echo", "text/plain", strings.NewReader("hello"))
	require.NoError(t, err)
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	get(t, c, tp.url+"/", nil)
	ft := fastOf(t, tp)
	assert.Equal(t, uint64(1), ft.fallbacks.Load(), "fallback requests")
	assert.Equal(t, uint64(1), ft.fast.Load(), "fast-path requests")
}

// TestWriteRequestLikeNetHTTP: the request head the fast path writes
// parses, with net/http's http.ReadRequest, into the same request.
func TestWriteRequestLikeNetHTTP(t *testing.T) {
	tests := []struct {
		name, method, target string
		hdr                  http.Header
		wantCL               bool
	}{
		{"get", http.MethodGet, "http://b:80/a/b?x=1&y=%20", http.Header{"Accept": {"*/*"}, "X-Two": {"1", "2"}, "User-Agent": {""}}, false},
		{"delete", http.MethodDelete, "http://b:80/r", http.Header{}, true},
		{"default agent", http.MethodHead, "http://b:80/", http.Header{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, tt.target, nil)
			require.NoError(t, err)
			req.Header = tt.hdr
			req.Host = "front.example"
			var sb strings.Builder
			bw := bufio.NewWriter(&sb)
			require.NoError(t, writeRequest(bw, req))
			require.NoError(t, bw.Flush())
			got, err := http.ReadRequest(bufio.NewReader(strings.NewReader(sb.String())))
			require.NoError(t, err, "ReadRequest(%q)", sb.String())
			assert.Equal(t, tt.method, got.Method)
			assert.Equal(t, req.URL.RequestURI(), got.RequestURI)
			assert.Equal(t, "front.example", got.Host)
			for k, v := range tt.hdr {
				if k != "User-Agent" {
					assert.Equal(t, v, got.Header[k], k)
				}
			}
			assert.Equal(t, tt.hdr.Get("User-Agent") == "" && tt.hdr["User-Agent"] != nil, got.UserAgent() == "", "User-Agent %q", got.UserAgent())
			assert.Equal(t, tt.wantCL, got.Header.Get("Content-Length") == "0", "Content-Length: 0 sent")
		})
	}
	bad := &http.Request{Method: "GET", URL: &url.URL{Path: "/"}, Host: "h", Header: http.Header{"X-A": {"a\r\nInjected: 1"}}}
	assert.ErrorIs(t, writeRequest(bufio.NewWriter(io.Discard), bad), errBadRequestField)
}
