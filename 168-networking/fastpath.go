package main

// This file holds the upstream fast path: a synchronous HTTP/1.1
// RoundTripper on [Pool] (ProxyConfig.FastPath, proxy -fastpath).
//
// net/http's Transport gives every upstream connection two goroutines,
// persistConn.readLoop and writeLoop, and each request crosses between
// the caller and them through channels three or four times: in the
// profile of the proxy those hand-offs, the goroutine wake-ups they cause
// and the per-request allocations were the largest single cost. A reverse
// proxy does not need them for the common request: the goroutine running
// the handler can write the request, read the response head and stream
// the body itself, then put the connection back. That is what nginx's
// upstream module does within its event loop, and what fastTransport does:
//
//   - Connections live in a Pool[*upConn] per backend (FIFO waiters, LIFO
//     idle, MaxIdleTime reaping), so a reused connection is the warmest.
//   - A request is written into the connection's bufio.Writer and flushed
//     in one write; the head is parsed in one piece (h1parse.go); the body
//     is read straight from the connection's bufio.Reader by its
//     Content-Length, by the chunked decoder, or to the close.
//   - The connection goes back to the pool at the end of the body, not at
//     Close, so it is free as soon as the last byte is read.
//   - Cancellation needs no goroutine: context.AfterFunc sets a deadline
//     in the past on the connection, which makes the blocked Read or
//     Write return, and the connection is then destroyed.
//   - Stale keep-alive: with no reader goroutine, a connection the
//     upstream closed while idle is found only when it is used. A reused
//     connection that fails before any byte of a response arrived is
//     destroyed and the request sent again on another (a fresh one if the
//     idle ones are all stale) when that is safe: the request is
//     idempotent, or the write itself failed. net/http's Transport retries
//     in the same cases (transport.go, persistConn.shouldRetryRequest).
//
// Only what this handles fully goes this way: HTTP/1 client requests to
// an http:// backend, without a body (so no upload can block the handler
// goroutine while the backend answers early, and full duplex is not at
// stake) and without Upgrade. Everything else — request bodies, WebSocket
// and other upgrades, HTTP/2 clients, https backends — goes to the fallback
// Transport, the one ProxyConfig.Transport names. Interim responses are
// skipped (100) or reported to httptrace's Got1xxResponse (103 and
// others), which is how ReverseProxy forwards them; trailers are decoded
// into Response.Trailer as net/http does.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/textproto"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Errors of the fast path.
var (
	// errUnexpected101 is a 101 answer to a request that asked for no
	// upgrade.
	errUnexpected101 = errors.New("fastpath: 101 Switching Protocols to a request without Upgrade")
	// errTooMany1xx is more interim responses than net/http accepts (5).
	errTooMany1xx = errors.New("fastpath: too many 1xx responses")
	// errBadRequestField is a header value that cannot be written on the
	// wire (a CR, LF or NUL in it).
	errBadRequestField = errors.New("fastpath: invalid header field in request")
)

// aLongTimeAgo is a deadline in the past: setting it makes blocked IO on
// a connection return at once (net/http uses the same value).
var aLongTimeAgo = time.Unix(1, 0)

// maxStaleRetries bounds the resends after stale keep-alive connections.
const maxStaleRetries = 4

// stalePeekAfter is how long a connection may sit idle before the fast
// path looks at it (one MSG_PEEK recv) before using it: connections
// reused within a second, the busy case, cost nothing extra. A variable
// for the tests.
var stalePeekAfter = time.Second

// upConn is one upstream connection.
type upConn struct {
	nc   net.Conn
	br   *bufio.Reader
	bw   *bufio.Writer
	uses int // requests started on it; >0 means reused
	// idleSince is when the connection last went back to the pool.
	idleSince time.Time
}

// fastTransport is the upstream fast path. It is safe for concurrent use.
type fastTransport struct {
	fallback http.RoundTripper
	dialer   *net.Dialer
	maxConns int // per backend: the fallback's MaxConnsPerHost if it is an *http.Transport
	// peekAfter: a connection idle this long is looked at (peerClosed)
	// before any request; stalePeekAfter.
	peekAfter time.Duration
	// pools maps a backend's host:port to its *Pool[*upConn].
	pools sync.Map
	// mu serialises pool creation and CloseIdleConnections.
	mu sync.Mutex

	fast, fallbacks, staleRetries atomic.Uint64
}

// newFastTransport returns a fast path that sends what it does not handle
// to fallback.
func newFastTransport(fallback http.RoundTripper) *fastTransport {
	t := &fastTransport{
		fallback:  fallback,
		dialer:    &net.Dialer{Timeout: 2 * time.Second, KeepAlive: 30 * time.Second},
		maxConns:  DefaultMaxConnsPerBackend,
		peekAfter: stalePeekAfter,
	}
	if ht, ok := fallback.(*http.Transport); ok && ht.MaxConnsPerHost > 0 {
		t.maxConns = ht.MaxConnsPerHost
	}
	return t
}

// fastEligible reports whether req can take the fast path.
func fastEligible(req *http.Request) bool {
	return req.ProtoMajor == 1 && req.URL.Scheme == "http" &&
		(req.Body == nil || req.Body == http.NoBody) && req.ContentLength == 0 &&
		len(req.TransferEncoding) == 0 && req.Header["Upgrade"] == nil
}

func (t *fastTransport) pool(host string) (*Pool[*upConn], error) {
	if p, ok := t.pools.Load(host); ok {
		return p.(*Pool[*upConn]), nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if p, ok := t.pools.Load(host); ok {
		return p.(*Pool[*upConn]), nil
	}
	p, err := NewPool(PoolConfig[*upConn]{
		New: func(ctx context.Context) (*upConn, error) {
			nc, err := t.dialer.DialContext(ctx, "tcp", host)
			if err != nil {
				return nil, err // a *net.OpError with Op "dial": retryable elsewhere
			}
			return &upConn{nc: nc, br: bufio.NewReaderSize(nc, 16<<10), bw: bufio.NewWriterSize(nc, 4<<10)}, nil
		},
		Close: func(c *upConn) error { return c.nc.Close() },
		// Bytes waiting on an idle connection were sent unasked: the
		// connection is out of step and must not carry a request.
		Check: func(c *upConn) error {
			if c.br.Buffered() > 0 {
				return errors.New("fastpath: unsolicited bytes on an idle connection")
			}
			return nil
		},
		MaxOpen:     t.maxConns,
		MaxIdle:     min(256, t.maxConns),
		MaxIdleTime: 90 * time.Second,
	})
	if err != nil {
		return nil, err
	}
	t.pools.Store(host, p)
	return p, nil
}

// CloseIdleConnections closes every idle upstream connection and stops
// the pools' reapers; connections in use close when their response ends.
func (t *fastTransport) CloseIdleConnections() {
	t.mu.Lock()
	t.pools.Range(func(k, v any) bool {
		v.(*Pool[*upConn]).Close()
		t.pools.Delete(k)
		return true
	})
	t.mu.Unlock()
	if c, ok := t.fallback.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

// RoundTrip sends req on the fast path if it is eligible, else on the
// fallback transport.
func (t *fastTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !fastEligible(req) {
		t.fallbacks.Add(1)
		return t.fallback.RoundTrip(req)
	}
	t.fast.Add(1)
	ctx := req.Context()
	pool, err := t.pool(req.URL.Host)
	if err != nil {
		return nil, err
	}
	trace := httptrace.ContextClientTrace(ctx)
	for try := 0; ; try++ {
		res, err := pool.Acquire(ctx)
		if err != nil {
			if errors.Is(err, ErrPoolClosed) && try == 0 {
				// CloseIdleConnections raced us: a new pool will do.
				if pool, err = t.pool(req.URL.Host); err == nil {
					continue
				}
			}
			return nil, err
		}
		c := res.Value()
		reused := c.uses > 0
		c.uses++
		if reused && (!idempotent(req) || time.Since(c.idleSince) >= t.peekAfter) && peerClosed(c.nc) {
			// A request that may not be sent twice must not go out on a
			// connection the upstream has already closed: look first,
			// which Transport's reader goroutine does for it by noticing
			// the close while the connection is idle. A connection idle
			// for a while is looked at too: upstreams close idle ones
			// after their keep-alive timeout, all of a cohort at once,
			// and resending on one stale connection after another would
			// run out of resends (maxStaleRetries) before a live one.
			res.Destroy()
			t.staleRetries.Add(1)
			try--
			continue
		}
		resp, wrote, got, err := t.exchange(ctx, res, req, trace)
		if err == nil {
			return resp, nil
		}
		res.Destroy()
		if reused && !got && ctx.Err() == nil && try < maxStaleRetries && (idempotent(req) || !wrote) {
			t.staleRetries.Add(1)
			continue // most likely closed by the upstream while idle
		}
		return nil, err
	}
}

// exchange writes req on the connection of res and reads the response
// head. On error the caller destroys res; wrote reports whether the
// request was written out, got whether any byte of a response came back.
func (t *fastTransport) exchange(ctx context.Context, res *Resource[*upConn], req *http.Request, trace *httptrace.ClientTrace) (resp *http.Response, wrote, got bool, err error) {
	c := res.Value()
	stop := context.AfterFunc(ctx, func() { _ = c.nc.SetDeadline(aLongTimeAgo) })
	defer func() {
		if err != nil {
			stop()
		}
	}()
	if err = writeRequest(c.bw, req); err == nil {
		err = c.bw.Flush()
	}
	if err != nil {
		c.bw.Reset(c.nc)
		return nil, false, false, fmt.Errorf("fastpath: writing request: %w", err)
	}
	if trace != nil && trace.WroteRequest != nil {
		trace.WroteRequest(httptrace.WroteRequestInfo{})
	}
	var h respHead
	for n1xx := 0; ; n1xx++ {
		var g bool
		h, g, err = readHead(c.br)
		got = got || g
		if err != nil {
			return nil, true, got, fmt.Errorf("fastpath: reading response head: %w", err)
		}
		if h.code/100 != 1 {
			break
		}
		if h.code == http.StatusSwitchingProtocols {
			return nil, true, true, errUnexpected101
		}
		if n1xx >= 5 {
			return nil, true, true, errTooMany1xx
		}
		if h.code != http.StatusContinue && trace != nil && trace.Got1xxResponse != nil {
			if err = trace.Got1xxResponse(h.code, textproto.MIMEHeader(h.header)); err != nil {
				return nil, true, true, err
			}
		}
	}
	f, err := h.framing(req.Method)
	if err != nil {
		return nil, true, true, err
	}
	b := &fastBody{res: res, stop: stop, kind: f.kind, left: f.length, close: f.close}
	resp = &http.Response{
		Status: h.status, StatusCode: h.code,
		Proto: h.proto, ProtoMajor: h.major, ProtoMinor: h.minor,
		Header: h.header, Body: b, ContentLength: f.resp, Close: f.close,
		Trailer: f.trailer, Request: req,
	}
	if f.chunked {
		resp.TransferEncoding = []string{"chunked"}
		b.cr = chunkedReader{br: c.br, trailer: &resp.Trailer}
	}
	return resp, true, true, nil
}

// peerClosed reports whether the upstream has closed nc (or reset it, or
// sent bytes nobody asked for): a recv with MSG_PEEK|MSG_DONTWAIT, one
// system call, which leaves any data where it is. It is used only before
// non-idempotent requests on reused connections, the case where a resend
// after a failure is not allowed.
func peerClosed(nc net.Conn) bool {
	sc, ok := nc.(syscall.Conn)
	if !ok {
		return false
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return false
	}
	var rerr error
	err = rc.Read(func(fd uintptr) bool {
		var b [1]byte
		_, _, rerr = syscall.Recvfrom(int(fd), b[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
		return true // never wait: this is a look, not a read
	})
	switch {
	case err != nil:
		return true
	case rerr == syscall.EAGAIN:
		return false // open and quiet: what an idle connection should be
	case rerr != nil:
		return true
	}
	return true // 0 bytes is EOF; more is bytes nobody asked for
}

// writeRequest writes req's head as net/http's Request.Write would for a
// bodiless request: the request line with the URL's RequestURI, Host, the
// User-Agent unless the header is present and empty (ReverseProxy sets it
// so to send none), the other fields, and Content-Length: 0 for methods
// other than GET and HEAD, which servers expect (transfer.go,
// shouldSendContentLength).
func writeRequest(bw *bufio.Writer, req *http.Request) error {
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	if !validFieldValue(host) {
		return fmt.Errorf("%w: Host %q", errBadRequestField, host)
	}
	bw.WriteString(req.Method)
	bw.WriteByte(' ')
	bw.WriteString(req.URL.RequestURI())
	bw.WriteString(" HTTP/1.1\r\nHost: ")
	bw.WriteString(host)
	bw.WriteString("\r\n")
	ua := "Go-http-client/1.1"
	if v, ok := req.Header["User-Agent"]; ok {
		ua = ""
		if len(v) > 0 {
			ua = v[0]
		}
	}
	if ua != "" {
		if !validFieldValue(ua) {
			return fmt.Errorf("%w: User-Agent", errBadRequestField)
		}
		bw.WriteString("User-Agent: ")
		bw.WriteString(ua)
		bw.WriteString("\r\n")
	}
	for k, vv := range req.Header {
		switch k {
		case "Host", "User-Agent", "Content-Length", "Transfer-Encoding", "Trailer":
			continue
		}
		if !validFieldName(k) {
			return fmt.Errorf("%w: name %q", errBadRequestField, k)
		}
		for _, v := range vv {
			if !validFieldValue(v) {
				return fmt.Errorf("%w: value of %q", errBadRequestField, k)
			}
			bw.WriteString(k)
			bw.WriteString(": ")
			bw.WriteString(v)
			bw.WriteString("\r\n")
		}
	}
	if req.Method != http.MethodGet && req.Method != http.MethodHead {
		bw.WriteString("Content-Length: 0\r\n")
	}
	_, err := bw.WriteString("\r\n")
	return err
}

func validFieldName(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if !isTokenByte(k[i]) {
			return false
		}
	}
	return true
}

// validFieldValue reports whether v can be written as a field value:
// no CR, LF, NUL or other control byte but HTAB (RFC 9110 §5.5).
func validFieldValue(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < ' ' && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}

// fastBody is a response body on the fast path. It gives the connection
// back to the pool at the end of a body that leaves it reusable, and
// destroys it on Close before the end or after an error.
type fastBody struct {
	res   *Resource[*upConn] // nil once given back
	stop  func() bool        // unregisters the cancellation hook
	kind  int
	left  int64 // framingLength: bytes still to read
	close bool  // the connection may not carry another message
	cr    chunkedReader
	err   error
}

func (b *fastBody) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if b.res == nil {
		return 0, io.EOF
	}
	var n int
	var err error
	br := b.res.Value().br
	switch b.kind {
	case framingNone:
		err = io.EOF
	case framingLength:
		if b.left == 0 {
			err = io.EOF
			break
		}
		if int64(len(p)) > b.left {
			p = p[:b.left]
		}
		n, err = br.Read(p)
		b.left -= int64(n)
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		} else if err == nil && b.left == 0 {
			err = io.EOF // end the body with its last bytes: one Read fewer
		}
	case framingChunked:
		n, err = b.cr.Read(p)
	case framingClose:
		n, err = br.Read(p)
	}
	if err != nil {
		b.finish(err == io.EOF && b.kind != framingClose && !b.close)
		if err != io.EOF {
			err = fmt.Errorf("fastpath: reading response body: %w", err)
		}
		b.err = err
	}
	return n, err
}

// finish gives the connection back (reuse) or destroys it.
func (b *fastBody) finish(reuse bool) {
	if b.res == nil {
		return
	}
	res := b.res
	b.res = nil
	// stop false: the context ended and its hook has set, or is setting,
	// a deadline in the past on the connection.
	if !b.stop() || !reuse {
		res.Destroy()
		return
	}
	res.Value().idleSince = time.Now()
	res.Release()
}

// Close ends the body; a connection whose body was not read to its end is
// closed, as net/http's Transport does.
func (b *fastBody) Close() error {
	if b.res != nil {
		// A body already at its end leaves the connection reusable.
		atEnd := b.kind == framingNone || b.kind == framingLength && b.left == 0
		b.finish(atEnd && !b.close)
	}
	if b.err == nil {
		b.err = http.ErrBodyReadAfterClose
	}
	return nil
}
