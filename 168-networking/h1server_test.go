package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// startServer serves h on an HTTPServer configured by cfg on a loopback
// port and returns its address.
func startServer(t testing.TB, h http.Handler, cfg ServerConfig) (*HTTPServer, string) {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = quietLogger
	}
	s := NewHTTPServer(h, cfg)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() { done <- s.Serve(l) }()
	t.Cleanup(func() {
		s.Close()
		assert.NoError(t, <-done)
	})
	return s, l.Addr().String()
}

// responseHandlers cover the framing decisions of a ResponseWriter.
func responseHandlers() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/cl", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5")
		io.WriteString(w, "hello")
	})
	mux.HandleFunc("/small", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "<html>hello</html>") })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		io.WriteString(w, strings.Repeat("x", 5000))
	})
	mux.HandleFunc("/flush", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "a")
		w.(http.Flusher).Flush()
		io.WriteString(w, "b")
	})
	mux.HandleFunc("/204", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	mux.HandleFunc("/304", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Etag", `"x"`)
		w.WriteHeader(304)
	})
	mux.HandleFunc("/trailer", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Trailer", "X-T")
		w.WriteHeader(200)
		io.WriteString(w, "body")
		w.Header().Set("X-T", "v")
		w.Header().Set(http.TrailerPrefix+"X-U", "u")
	})
	mux.HandleFunc("/103", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Link", "</a.css>; rel=preload")
		w.WriteHeader(103)
		w.Header().Del("Link")
		io.WriteString(w, "ok")
	})
	mux.HandleFunc("/close", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Connection", "close")
		io.WriteString(w, "bye")
	})
	mux.HandleFunc("/short", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "10")
		io.WriteString(w, "abc")
	})
	mux.HandleFunc("/long", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "2")
		_, err := io.WriteString(w, "abc")
		fmt.Fprint(w, err == http.ErrContentLength)
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/badcl", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "x")
		io.WriteString(w, "abc")
	})
	mux.HandleFunc("/crlf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-A", "a\r\nX-Injected: 1")
		io.WriteString(w, "ok")
	})
	mux.HandleFunc("/panic", func(w http.ResponseWriter, r *http.Request) { panic("boom") })
	mux.HandleFunc("/abort", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "10")
		io.WriteString(w, "abc")
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	})
	return mux
}

// exchange is what a client sees of one request on a fresh connection.
type exchange struct {
	statuses  []int // interim ones first
	header    http.Header
	body      string
	trailer   http.Header
	close     bool
	clen      int64
	te        []string
	err       bool // no complete response
	nextAlive bool // a second request on the connection got an answer
}

func doExchange(t testing.TB, addr, method, path, extra string) exchange {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.SetDeadline(time.Now().Add(10*time.Second)))
	fmt.Fprintf(c, "%s %s HTTP/1.1\r\nHost: x\r\n%s\r\n", method, path, extra)
	br := bufio.NewReader(c)
	var ex exchange
	for {
		resp, err := http.ReadResponse(br, &http.Request{Method: method})
		if err != nil {
			ex.err = true
			return ex
		}
		ex.statuses = append(ex.statuses, resp.StatusCode)
		if resp.StatusCode/100 == 1 {
			continue
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		ex.err = err != nil
		ex.body, ex.trailer, ex.close, ex.clen, ex.te = string(b), resp.Trailer, resp.Close, resp.ContentLength, resp.TransferEncoding
		ex.header = resp.Header.Clone()
		ex.header.Del("Date")
		break
	}
	if _, err := fmt.Fprint(c, "GET /cl HTTP/1.1\r\nHost: x\r\n\r\n"); err == nil {
		if resp, err := http.ReadResponse(br, nil); err == nil {
			resp.Body.Close()
			ex.nextAlive = resp.StatusCode == 200
		}
	}
	return ex
}

// TestH1WriterMatchesNetHTTP runs the same handlers on net/http's server
// and on the loop and compares what a client sees on the wire.
func TestH1WriterMatchesNetHTTP(t *testing.T) {
	h := responseHandlers()
	_, std := startServer(t, h, ServerConfig{})
	ours, fast := startServer(t, h, ServerConfig{FastPath: true})
	tests := []struct{ method, path, extra string }{
		{"GET", "/cl", ""}, {"GET", "/small", ""}, {"GET", "/big", ""}, {"GET", "/flush", ""},
		{"GET", "/204", ""}, {"GET", "/304", ""}, {"GET", "/trailer", ""}, {"GET", "/103", ""},
		{"GET", "/close", ""}, {"GET", "/short", ""}, {"GET", "/long", ""}, {"GET", "/empty", ""},
		{"GET", "/badcl", ""}, {"GET", "/crlf", ""}, {"GET", "/panic", ""}, {"GET", "/abort", ""},
		{"HEAD", "/cl", ""}, {"HEAD", "/small", ""}, {"HEAD", "/empty", ""},
		{"GET", "/cl", "Connection: close\r\n"}, {"GET", "/nowhere", ""},
		{"DELETE", "/small", ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+tt.path+fmt.Sprint(tt.extra != ""), func(t *testing.T) {
			before := ours.h1.served.Load()
			want := doExchange(t, std, tt.method, tt.path, tt.extra)
			got := doExchange(t, fast, tt.method, tt.path, tt.extra)
			assert.Equal(t, want, got)
			assert.Greater(t, ours.h1.served.Load(), before, "served by the loop")
		})
	}
	assert.Zero(t, ours.h1.handedOff.Load())
}

// TestH1HandsOff: what the loop does not serve reaches net/http with
// the bytes it read, and the connection stays there.
func TestH1HandsOff(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, loop := w.(*h1Writer)
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s loop=%v body=%q", r.Proto, loop, b)
	})
	s, addr := startServer(t, h, ServerConfig{FastPath: true})
	tests := []struct{ name, raw, want string }{
		{"plain GET", "GET / HTTP/1.1\r\nHost: x\r\n\r\n", `HTTP/1.1 loop=true body=""`},
		{"body, then GET on the same connection", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi" +
			"GET / HTTP/1.1\r\nHost: x\r\n\r\n", `HTTP/1.1 loop=false body="hi"` + `HTTP/1.1 loop=false body=""`},
		{"GET, then body", "GET / HTTP/1.1\r\nHost: x\r\n\r\nPOST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n",
			`HTTP/1.1 loop=true body=""` + `HTTP/1.1 loop=false body="hi"`},
		{"HTTP/1.0", "GET / HTTP/1.0\r\n\r\n", `HTTP/1.0 loop=false body=""`},
		{"malformed", "GET / HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n", "400"},
		{"oversized head", "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 6000) + "\r\n\r\n", `HTTP/1.1 loop=false body=""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := net.Dial("tcp", addr)
			require.NoError(t, err)
			defer c.Close()
			require.NoError(t, c.SetDeadline(time.Now().Add(10*time.Second)))
			_, err = io.WriteString(c, tt.raw)
			require.NoError(t, err)
			br := bufio.NewReader(c)
			var got strings.Builder
			for got.Len() < len(tt.want) {
				resp, err := http.ReadResponse(br, nil)
				require.NoError(t, err, "after %q", got.String())
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					fmt.Fprint(&got, resp.StatusCode)
					continue
				}
				got.Write(b)
			}
			assert.Equal(t, tt.want, got.String())
		})
	}

	tr := &http.Transport{Protocols: new(http.Protocols)}
	tr.Protocols.SetUnencryptedHTTP2(true)
	defer tr.CloseIdleConnections()
	resp, body := get(t, &http.Client{Transport: tr}, "http://"+addr+"/", nil)
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, `HTTP/2.0 loop=false body=""`, body, "h2c with prior knowledge goes to net/http")
	assert.GreaterOrEqual(t, s.h1.handedOff.Load(), uint64(6))
}

// TestH1Pipelining: requests sent back to back are answered in order.
func TestH1Pipelining(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, r.URL.Path) })
	_, addr := startServer(t, h, ServerConfig{FastPath: true})
	c, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.SetDeadline(time.Now().Add(10*time.Second)))
	var raw strings.Builder
	for i := range 50 {
		fmt.Fprintf(&raw, "GET /%d HTTP/1.1\r\nHost: x\r\n\r\n", i)
	}
	_, err = io.WriteString(c, raw.String())
	require.NoError(t, err)
	br := bufio.NewReader(c)
	for i := range 50 {
		resp, err := http.ReadResponse(br, nil)
		require.NoError(t, err)
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, fmt.Sprintf("/%d", i), string(b))
	}
}

// TestH1IdleTimeout: a keep-alive connection with no next request is
// closed after IdleTimeout (at most 9/8 of it; the test allows seconds).
func TestH1IdleTimeout(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	s, addr := startServer(t, h, ServerConfig{FastPath: true, IdleTimeout: 50 * time.Millisecond})
	c, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.SetDeadline(time.Now().Add(10*time.Second)))
	fmt.Fprint(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, nil)
	require.NoError(t, err)
	resp.Body.Close()
	_, err = br.ReadByte()
	assert.ErrorIs(t, err, io.EOF, "closed by the server, not by our 10s deadline")
	assert.Eventually(t, func() bool { return s.ConnStats().Open == 0 }, 10*time.Second, time.Millisecond)
	assert.Equal(t, uint64(1), s.ConnStats().Requests)
}

// connWriter is a ResponseWriter that writes straight to a connection,
// so that BenchmarkWriteDeadline times the deadline and nothing of a
// server around it.
type connWriter struct {
	c net.Conn
	h http.Header
}

func (w *connWriter) Header() http.Header                { return w.h }
func (w *connWriter) WriteHeader(int)                    {}
func (w *connWriter) Write(p []byte) (int, error)        { return w.c.Write(p) }
func (w *connWriter) SetWriteDeadline(t time.Time) error { return w.c.SetWriteDeadline(t) }
func (w *connWriter) SetReadDeadline(time.Time) error    { return nil }
func (w *connWriter) FlushError() error                  { return nil }
func (w *connWriter) EnableFullDuplex() error            { return nil }

// BenchmarkWriteDeadline measures the write-idle deadline alone: 1 KiB
// writes on a loopback TCP connection (a goroutine drains it) with no
// deadline (impl=none), a fresh deadline before every write as idleWriter
// used to set (impl=every-write), and idleWriter's coarse rule
// (impl=idleWriter: set to 9/8 of the timeout, left while a whole
// timeout is still ahead); and each rule's deadline alone, without the
// write.
func BenchmarkWriteDeadline(b *testing.B) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(b, err)
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		c, err := l.Accept()
		if err != nil {
			return
		}
		_, _ = io.Copy(io.Discard, c)
		c.Close()
	}()
	c, err := net.Dial("tcp", l.Addr().String())
	require.NoError(b, err)
	defer func() { c.Close(); l.Close(); <-drained }()
	buf := make([]byte, 1024)
	const timeout = time.Minute
	cw := &connWriter{c: c, h: http.Header{}}
	rc := http.NewResponseController(cw)
	iw := &idleWriter{ResponseWriter: cw, rc: rc, timeout: timeout}
	tests := []struct {
		name  string
		write func() error
	}{
		{"none", func() error { _, err := cw.Write(buf); return err }},
		{"every-write", func() error {
			if err := rc.SetWriteDeadline(time.Now().Add(timeout)); err != nil {
				return err
			}
			_, err := cw.Write(buf)
			return err
		}},
		{"idleWriter", func() error { _, err := iw.Write(buf); return err }},
		// The deadline without the write: what each rule costs per Write.
		{"every-write/deadline-only", func() error { return rc.SetWriteDeadline(time.Now().Add(timeout)) }},
		{"idleWriter/deadline-only", func() error { iw.extend(); return nil }},
	}
	for _, tt := range tests {
		b.Run("impl="+tt.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(buf)))
			for b.Loop() {
				if err := tt.write(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
