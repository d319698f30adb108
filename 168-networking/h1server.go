package main

// This file holds the server fast path: an HTTP/1.1 connection loop of
// our own for the plain connections of an HTTPServer
// (ServerConfig.FastPath, proxy -fastpath).
//
// With the upstream fast path (fastpath.go) in place, the profile of the
// proxy put most of what remained of our own CPU in net/http's server:
// per request it allocates a response, a handler header map, a bufio
// writer for chunking and a context, sets the read deadline three or four
// times, starts a goroutine that reads in the background to notice a
// client that leaves, and locks the connection-state map twice. This loop
// keeps what the proxy needs and drops the rest:
//
//   - One goroutine per connection, which reads a head, runs the handler
//     and writes the response with the connection's bufio.Writer; the
//     response writer, its header map and the copy buffer before
//     chunking are reused from request to request (a handler must not
//     use a ResponseWriter after ServeHTTP returns, as with net/http).
//   - Heads are parsed by h1req.go into one string. Whatever that parser
//     does not accept — a body, an upgrade, h2c with prior knowledge
//     (PRI * HTTP/2.0), HTTP/1.0, a malformed or oversized head — is handed
//     to net/http with the bytes already read (handoffListener), and the
//     connection stays with net/http from then on. So every request-
//     smuggling rule, Expect: 100-continue, slow uploads (408/400) and
//     full duplex behave exactly as without the fast path. TLS listeners
//     are served by net/http throughout (ALPN h2 and HTTP/1.1 alike).
//   - Deadlines: the first head must arrive within ReadHeaderTimeout of
//     the accept; a keep-alive connection may then wait IdleTimeout for
//     the next head, and once its first bytes are in, the rest of the head
//     must follow within ReadHeaderTimeout. The idle deadline is set
//     only when the one in force is less than IdleTimeout ahead, to
//     IdleTimeout + 1/8, so an idle connection is closed after between
//     IdleTimeout and 9/8 of it, and most requests set no deadline at all.
//   - A client that leaves while its request is in the handler (499) is
//     noticed as net/http notices it, by a read of one byte in the
//     background that fails, which cancels the request's context; but the
//     read starts only once the request has been in the handler for
//     watchDelay, so short requests never pay for the goroutine.
//   - Responses follow net/http's rules (server.go, chunkWriter.writeHeader):
//     the handler's Content-Length, else a length computed when the whole
//     body fits in the first 2 KiB and the handler did not flush, else
//     chunked; no body for HEAD, 1xx, 204 and 304; Date and a sniffed
//     Content-Type when absent; 1xx interim responses; declared and
//     http.TrailerPrefix trailers; Connection: close when the request or
//     the handler asks, when the body came out shorter than its length,
//     and during shutdown. A handler panic closes the connection, as
//     net/http does (http.ErrAbortHandler silently).
//
// Rejected: serving HTTP/1.0 and bodies here too. They are rare in front
// of a proxy, and each adds a framing path that would have to be as
// right as net/http's; handing them off costs nothing for the common
// request.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

const (
	// h1BufSize is the read and write buffer of a connection, as net/http
	// uses: a head that does not fit is handed to net/http.
	h1BufSize = 4 << 10
	// h1MaxPending is what a response of unknown length buffers before it
	// is sent chunked (net/http's bufferBeforeChunkingSize).
	h1MaxPending = 2048
	// watchDelay is how long a request runs before the loop starts
	// watching for its client to leave.
	watchDelay = 10 * time.Millisecond
)

// errClientClosed is the cause of a request context canceled because its
// client closed the connection.
var errClientClosed = errors.New("h1: client closed the connection")

// h1Server is the connection loop of one HTTPServer.
type h1Server struct {
	s        *HTTPServer
	handler  http.Handler
	log      *slog.Logger
	rht      time.Duration // ReadHeaderTimeout
	idle     time.Duration // IdleTimeout
	maxHead  int           // MaxHeaderBytes, at most h1BufSize
	shutting atomic.Bool

	// mu guards conns and closed.
	mu     sync.Mutex
	conns  map[*h1Conn]struct{}
	closed bool           // closeAll was called: no more connections
	wg     sync.WaitGroup // connection goroutines

	served, handedOff atomic.Uint64
}

func newH1Server(s *HTTPServer, h http.Handler, cfg ServerConfig) *h1Server {
	return &h1Server{
		s: s, handler: h, log: cfg.Logger,
		rht: cfg.ReadHeaderTimeout, idle: cfg.IdleTimeout, maxHead: min(cfg.MaxHeaderBytes, h1BufSize),
		conns: make(map[*h1Conn]struct{}),
	}
}

// serve accepts connections on l, serving their plain HTTP/1.1 requests
// and handing the others to srv through a handoffListener. It returns
// when l fails or is stopped, after srv has stopped serving the
// hand-off listener.
func (h *h1Server) serve(l net.Listener, done func()) error {
	hl := newHandoffListener(l.Addr())
	errc := make(chan error, 1)
	go func() { errc <- h.s.srv.Serve(hl) }()
	err := h.acceptLoop(l, hl)
	done()
	if err != nil {
		hl.Close() // srv.Shutdown and srv.Close close it otherwise
	}
	herr := <-errc
	if err == nil && !errors.Is(herr, http.ErrServerClosed) && !errors.Is(herr, net.ErrClosed) {
		err = herr
	}
	return err
}

// acceptLoop backs off on the errors that mean "out of resources for
// now" (net/http does the same), and returns nil once stopped.
func (h *h1Server) acceptLoop(l net.Listener, hl *handoffListener) error {
	var backoff time.Duration
	for {
		nc, err := l.Accept()
		if err != nil {
			if h.s.stopping.Load() || errors.Is(err, net.ErrClosed) {
				return nil
			}
			if errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE) || errors.Is(err, syscall.ECONNABORTED) ||
				errors.Is(err, syscall.ENOBUFS) || errors.Is(err, syscall.ENOMEM) {
				backoff = min(max(2*backoff, 5*time.Millisecond), time.Second)
				h.log.Warn("http: accept error; retrying", "err", err, "in", backoff)
				time.Sleep(backoff)
				continue
			}
			return err
		}
		backoff = 0
		h.s.connState(nc, http.StateNew)
		c := h.newConn(nc, hl)
		h.mu.Lock()
		if h.closed {
			h.mu.Unlock()
			nc.Close()
			h.s.connState(nc, http.StateClosed)
			continue
		}
		h.conns[c] = struct{}{}
		h.wg.Add(1) // under mu: closeAll's Wait cannot have begun
		h.mu.Unlock()
		go c.serve()
	}
}

// shutdown stops keep-alive, closes idle connections as they become idle
// and waits for the others to finish their request.
func (h *h1Server) shutdown(ctx context.Context) error {
	h.shutting.Store(true)
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for {
		h.mu.Lock()
		n := len(h.conns)
		for c := range h.conns {
			if c.state.Load() != h1Active {
				c.nc.Close()
			}
		}
		h.mu.Unlock()
		if n == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			h.closeAll()
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// closeAll closes every connection of the loop and waits for their
// goroutines.
func (h *h1Server) closeAll() {
	h.shutting.Store(true)
	h.mu.Lock()
	h.closed = true
	for c := range h.conns {
		// Closing the socket fails the handler's writes; canceling the
		// context also ends its wait for a backend.
		c.cancel(http.ErrServerClosed)
		c.nc.Close()
	}
	h.mu.Unlock()
	h.wg.Wait()
}

// Connection states of the loop (h1Conn.state).
const (
	h1Reading = iota // waiting for or reading a head
	h1Active         // in the handler
)

// h1Conn is one connection of the loop.
type h1Conn struct {
	h      *h1Server
	nc     net.Conn
	hl     *handoffListener
	r      connReader
	br     *bufio.Reader
	bw     *bufio.Writer
	remote string
	ctx    context.Context
	cancel context.CancelCauseFunc
	w      h1Writer
	state  atomic.Int32
	rdl    time.Time // the read deadline in force
	wdl    time.Time // the write deadline in force

	// wmu guards inHandler, watching and watchDone; the watcher's results
	// (wn, werr) are read after watchDone is closed.
	wmu       sync.Mutex
	inHandler bool
	watching  bool
	watchDone chan struct{}
	timer     *time.Timer
	wb        [1]byte
	wn        int
	werr      error
}

// connReader reads from the connection after the byte the watcher read,
// if it read one.
type connReader struct {
	nc      net.Conn
	pending bool
	b       byte
}

func (r *connReader) Read(p []byte) (int, error) {
	if r.pending && len(p) > 0 {
		r.pending = false
		p[0] = r.b
		return 1, nil
	}
	return r.nc.Read(p)
}

func (h *h1Server) newConn(nc net.Conn, hl *handoffListener) *h1Conn {
	c := &h1Conn{h: h, nc: nc, hl: hl, remote: nc.RemoteAddr().String()}
	c.r.nc = nc
	c.br = bufio.NewReaderSize(&c.r, h1BufSize)
	c.bw = bufio.NewWriterSize(nc, h1BufSize)
	ctx := context.WithValue(context.Background(), http.ServerContextKey, h.s.srv)
	ctx = context.WithValue(ctx, http.LocalAddrContextKey, nc.LocalAddr())
	c.ctx, c.cancel = context.WithCancelCause(ctx)
	c.w = h1Writer{c: c, hdr: make(http.Header)}
	c.timer = time.AfterFunc(time.Hour, c.startWatch)
	c.timer.Stop()
	return c
}

func (c *h1Conn) serve() {
	handedOff := false
	defer func() {
		c.timer.Stop()
		c.cancel(nil)
		if !handedOff {
			c.nc.Close()
			c.h.s.connState(c.nc, http.StateClosed)
		}
		c.h.mu.Lock()
		delete(c.h.conns, c)
		c.h.mu.Unlock()
		c.h.wg.Done()
	}()
	for first := true; ; first = false {
		if !first {
			c.h.s.connState(c.nc, http.StateIdle)
		}
		c.state.Store(h1Reading)
		if c.h.shutting.Load() {
			return
		}
		s, err := c.readHead(first)
		if err != nil {
			if errors.Is(err, errHandOff) {
				handedOff = c.handOff()
			}
			return // EOF, a timeout or a reset: net/http closes silently too
		}
		rh, err := parseRequestHead(s)
		if err != nil {
			// Give net/http the head too: it answers as it would have.
			handedOff = c.handOff(s)
			return
		}
		c.state.Store(h1Active)
		c.h.s.connState(c.nc, http.StateActive)
		c.h.served.Add(1)
		if !c.serveRequest(&rh) {
			return
		}
	}
}

// readHead returns the next head, read through its empty line. A head
// longer than the limit is errHandOff, with its bytes still buffered.
func (c *h1Conn) readHead(first bool) (string, error) {
	now := time.Now()
	headerArmed := first
	switch {
	case first:
		c.setReadDeadline(now.Add(c.h.rht))
	case c.rdl.Sub(now) < c.h.idle || c.rdl.Sub(now) > c.h.idle+c.h.idle/8:
		// Too near, or a head's longer deadline: IdleTimeout it is.
		c.setReadDeadline(now.Add(c.h.idle + c.h.idle/8))
	}
	for {
		buf, _ := c.br.Peek(c.br.Buffered())
		if end := headEnd(buf); end > 0 {
			if end > c.h.maxHead {
				return "", handOff("head over %d bytes", c.h.maxHead)
			}
			s := string(buf[:end])
			_, _ = c.br.Discard(end)
			return s, nil
		}
		if len(buf) >= c.h.maxHead {
			return "", handOff("head over %d bytes", c.h.maxHead)
		}
		if len(buf) > 0 && !headerArmed {
			// The first bytes of a head are in: the rest must follow
			// within ReadHeaderTimeout (slowloris).
			c.setReadDeadline(time.Now().Add(c.h.rht))
			headerArmed = true
		}
		if _, err := c.br.Peek(len(buf) + 1); err != nil {
			return "", err
		}
	}
}

func (c *h1Conn) setReadDeadline(t time.Time) {
	if c.nc.SetReadDeadline(t) == nil {
		c.rdl = t
	}
}

// handOff gives the connection to net/http with the bytes read so far
// (head, if the loop has taken it out of the buffer, first). It reports
// whether net/http took it.
func (c *h1Conn) handOff(head ...string) bool {
	var prefix []byte
	for _, s := range head {
		prefix = append(prefix, s...)
	}
	buffered, _ := c.br.Peek(c.br.Buffered())
	prefix = append(prefix, buffered...)
	if c.r.pending {
		prefix = append(prefix, c.r.b)
	}
	// net/http sets its own deadlines; ours must not fire under it.
	_ = c.nc.SetDeadline(time.Time{})
	c.h.s.forget(c.nc)
	if !c.hl.push(&prefixConn{Conn: c.nc, prefix: prefix}) {
		c.h.s.connState(c.nc, http.StateNew) // counted again, then closed by serve
		return false
	}
	c.h.handedOff.Add(1)
	return true
}

// serveRequest runs the handler for h and writes the response. It
// reports whether the connection can carry another request.
func (c *h1Conn) serveRequest(h *reqHead) (keep bool) {
	ctx, cancel := context.WithCancel(c.ctx)
	defer cancel()
	req := &http.Request{
		Method: h.method, URL: h.url, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: h.header, Body: http.NoBody, Host: h.host, Close: h.close,
		RemoteAddr: c.remote, RequestURI: h.target,
	}
	req = req.WithContext(ctx)
	w := &c.w
	w.reset(req)

	c.wmu.Lock()
	c.inHandler = true
	c.wmu.Unlock()
	if c.br.Buffered() == 0 {
		// Pipelined bytes would tell nothing: the client is there.
		c.timer.Reset(watchDelay)
	}
	defer func() {
		if p := recover(); p != nil {
			if p != http.ErrAbortHandler {
				buf := make([]byte, 64<<10)
				buf = buf[:runtime.Stack(buf, false)]
				c.h.log.Debug("http: panic serving "+c.remote, "panic", p, "stack", string(buf))
			}
			keep = false
		}
		if !c.stopWatch() {
			keep = false
		}
	}()
	c.h.handler.ServeHTTP(w, req)
	return w.finish()
}

// startWatch starts the read that notices a client leaving, if the
// request is still in the handler. It runs on the connection's timer.
func (c *h1Conn) startWatch() {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if !c.inHandler || c.watching {
		return
	}
	c.watching = true
	// The deadline of the head must not end the watch (stopWatch sets
	// one in the past, after this, to end it).
	_ = c.nc.SetReadDeadline(time.Time{})
	done := make(chan struct{})
	c.watchDone = done
	go func() {
		defer close(done)
		n, err := c.nc.Read(c.wb[:])
		c.wn, c.werr = n, err
		var ne net.Error
		if n == 0 && err != nil && !(errors.As(err, &ne) && ne.Timeout()) {
			c.cancel(fmt.Errorf("%w: %w", errClientClosed, err))
		}
	}()
}

// stopWatch ends the watch of the request that left the handler, and
// reports whether the connection is still good.
func (c *h1Conn) stopWatch() bool {
	c.wmu.Lock()
	c.inHandler = false
	watching, done := c.watching, c.watchDone
	c.watching = false
	c.wmu.Unlock()
	c.timer.Stop()
	if !watching {
		return c.ctx.Err() == nil
	}
	_ = c.nc.SetReadDeadline(aLongTimeAgo) // ends the blocked read
	<-done
	c.rdl = aLongTimeAgo // re-armed before the next head
	if c.wn == 1 {
		c.r.pending, c.r.b = true, c.wb[0]
	}
	return c.ctx.Err() == nil
}

// handoffListener is the listener net/http serves the connections the
// loop hands off on.
type handoffListener struct {
	addr   net.Addr
	ch     chan net.Conn
	closed chan struct{}
	once   sync.Once
}

func newHandoffListener(addr net.Addr) *handoffListener {
	return &handoffListener{addr: addr, ch: make(chan net.Conn), closed: make(chan struct{})}
}

// push hands c to net/http's accept loop; false if the listener is closed.
func (l *handoffListener) push(c net.Conn) bool {
	select {
	case l.ch <- c:
		return true
	case <-l.closed:
		return false
	}
}

func (l *handoffListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.ch:
		return c, nil
	case <-l.closed:
		return nil, net.ErrClosed
	}
}

func (l *handoffListener) Close() error {
	l.once.Do(func() { close(l.closed) })
	return nil
}

func (l *handoffListener) Addr() net.Addr { return l.addr }

// prefixConn is a connection whose first bytes were already read.
type prefixConn struct {
	net.Conn
	prefix []byte
}

func (c *prefixConn) Read(p []byte) (int, error) {
	if len(c.prefix) > 0 {
		n := copy(p, c.prefix)
		c.prefix = c.prefix[n:]
		return n, nil
	}
	return c.Conn.Read(p)
}

// h1Writer is the loop's http.ResponseWriter. It also implements what
// http.ResponseController looks for: FlushError, SetWriteDeadline,
// SetReadDeadline and EnableFullDuplex.
type h1Writer struct {
	c           *h1Conn
	req         *http.Request
	hdr         http.Header
	status      int
	wroteHeader bool // a final status was set
	committed   bool // the head is in the connection's buffer
	head        bool // HEAD request
	bodyOK      bool // the status allows a body
	chunked     bool
	closeAfter  bool
	handlerDone bool
	clen        int64 // the response's Content-Length, -1 unknown
	written     int64
	trailers    []string    // declared trailer keys
	pending     []byte      // body held before the head, for an unknown length
	err         error       // a write to the client failed
	num         [20]byte    // formats lengths
	snap        http.Header // the header at WriteHeader, when trailers are declared
	badCL       bool        // the handler's Content-Length was invalid
}

func (w *h1Writer) reset(req *http.Request) {
	clear(w.hdr)
	*w = h1Writer{c: w.c, req: req, hdr: w.hdr, clen: -1, head: req.Method == http.MethodHead,
		// the pending buffer and trailer list are kept for the next response
		pending: w.pending[:0], trailers: w.trailers[:0]}
}

// Header returns the response header map.
func (w *h1Writer) Header() http.Header { return w.hdr }

// WriteHeader sends an interim response for 1xx codes (but 101) and
// otherwise sets the status, as net/http's response does.
func (w *h1Writer) WriteHeader(code int) {
	if w.wroteHeader {
		return
	}
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code))
	}
	if code >= 100 && code <= 199 && code != http.StatusSwitchingProtocols {
		// RFC 8297: the header map is not cleared after a 1xx.
		w.writeStatus(code)
		w.writeFields(w.hdr, true)
		w.c.bw.WriteString("\r\n")
		if err := w.c.bw.Flush(); err != nil {
			w.err = err
		}
		return
	}
	w.wroteHeader, w.status = true, code
	w.bodyOK = !(code >= 100 && code <= 199 || code == http.StatusNoContent || code == http.StatusNotModified)
	if cl := w.hdr.Get("Content-Length"); cl != "" {
		if v, err := strconv.ParseInt(cl, 10, 64); err == nil && v >= 0 {
			w.clen = v
		} else {
			// As net/http: dropped, and the length is then not
			// computed either.
			w.hdr.Del("Content-Length")
			w.badCL = true
		}
	}
	for _, v := range w.hdr["Trailer"] {
		for k := range strings.SplitSeq(v, ",") {
			if k = http.CanonicalHeaderKey(strings.Trim(k, " \t")); k != "" {
				switch k {
				case "Transfer-Encoding", "Trailer", "Content-Length":
				default:
					w.trailers = append(w.trailers, k)
				}
			}
		}
	}
	switch {
	case !w.bodyOK:
		w.commit()
	case len(w.trailers) > 0:
		// net/http writes the header as it was here: the values of the
		// trailers, set later, must not reach the head.
		w.snap = w.hdr.Clone()
	}
}

func (w *h1Writer) hasPrefixTrailers() bool {
	for k := range w.hdr {
		if strings.HasPrefix(k, http.TrailerPrefix) {
			return true
		}
	}
	return false
}

// commit writes the head into the connection's buffer, deciding the
// framing as net/http's chunkWriter.writeHeader does.
func (w *h1Writer) commit() {
	if w.committed {
		return
	}
	w.committed = true
	hdr := w.hdr
	if w.snap != nil {
		hdr = w.snap
	}
	trailers := len(w.trailers) > 0 || w.hasPrefixTrailers()
	_, hasTE := hdr["Transfer-Encoding"]
	if w.handlerDone && w.clen < 0 && !w.badCL && !trailers && !hasTE && w.bodyOK && (!w.head || len(w.pending) > 0) {
		w.clen = int64(len(w.pending))
	}
	w.closeAfter = w.req.Close || w.c.h.shutting.Load() || headerHasToken(hdr["Connection"], "close")
	switch {
	case w.head || !w.bodyOK:
	case w.clen >= 0:
	default:
		w.chunked = true
	}
	w.writeStatus(w.status)
	w.writeFields(hdr, false)
	bw := w.c.bw
	if _, ok := hdr["Date"]; !ok {
		bw.WriteString("Date: ")
		bw.WriteString(httpDate())
		bw.WriteString("\r\n")
	}
	if w.bodyOK {
		_, haveType := hdr["Content-Type"]
		if !haveType && hdr.Get("Content-Encoding") == "" && !hasTE && len(w.pending) > 0 {
			bw.WriteString("Content-Type: ")
			bw.WriteString(http.DetectContentType(w.pending))
			bw.WriteString("\r\n")
		}
	}
	if w.bodyOK && w.clen >= 0 && !w.chunked {
		bw.WriteString("Content-Length: ")
		bw.Write(strconv.AppendInt(w.num[:0], w.clen, 10))
		bw.WriteString("\r\n")
	}
	if w.chunked {
		bw.WriteString("Transfer-Encoding: chunked\r\n")
	}
	if w.closeAfter {
		bw.WriteString("Connection: close\r\n")
	}
	bw.WriteString("\r\n")
	if len(w.pending) > 0 && !w.head {
		w.writeBody(w.pending)
	}
	w.pending = w.pending[:0]
}

func (w *h1Writer) writeStatus(code int) {
	bw := w.c.bw
	bw.WriteString("HTTP/1.1 ")
	bw.WriteString(strconv.Itoa(code))
	bw.WriteByte(' ')
	if text := http.StatusText(code); text != "" {
		bw.WriteString(text)
	} else {
		bw.WriteString("status code ")
		bw.WriteString(strconv.Itoa(code))
	}
	bw.WriteString("\r\n")
}

// writeFields writes the handler's fields but those the framing decides
// and the trailers, skipping invalid names and turning CR and LF in
// values into spaces, as net/http's Header.Write does.
func (w *h1Writer) writeFields(hdr http.Header, interim bool) {
	bw := w.c.bw
	for k, vv := range hdr {
		switch k {
		case "Content-Length", "Transfer-Encoding":
			continue
		case "Connection":
			if !interim && w.closeAfter {
				continue
			}
		case "Content-Type":
			if w.status == http.StatusNotModified && !interim {
				continue
			}
		}
		if strings.HasPrefix(k, http.TrailerPrefix) || !validFieldName(k) {
			continue
		}
		for _, v := range vv {
			writeField(bw, k, v)
		}
	}
}

var newlineToSpace = strings.NewReplacer("\n", " ", "\r", " ")

func writeField(bw *bufio.Writer, k, v string) {
	if strings.ContainsAny(v, "\r\n") {
		v = newlineToSpace.Replace(v)
	}
	bw.WriteString(k)
	bw.WriteString(": ")
	bw.WriteString(strings.Trim(v, " \t"))
	bw.WriteString("\r\n")
}

// Write writes body bytes, as net/http's response does: ErrBodyNotAllowed
// for statuses without a body, ErrContentLength past the declared length.
func (w *h1Writer) Write(p []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	if !w.bodyOK {
		return 0, http.ErrBodyNotAllowed
	}
	if w.err != nil {
		return 0, w.err
	}
	if w.clen >= 0 && w.written+int64(len(p)) > w.clen {
		return 0, http.ErrContentLength
	}
	w.written += int64(len(p))
	if !w.committed {
		// Held for the length and the sniffed type; a HEAD's too, whose
		// body commit then drops.
		if len(w.pending)+len(p) <= h1MaxPending {
			w.pending = append(w.pending, p...)
			return len(p), nil
		}
		w.commit()
	}
	if w.head {
		return len(p), nil
	}
	w.writeBody(p)
	if w.err != nil {
		return 0, w.err
	}
	return len(p), nil
}

func (w *h1Writer) writeBody(p []byte) {
	if len(p) == 0 || w.err != nil {
		return
	}
	bw := w.c.bw
	if w.chunked {
		bw.Write(strconv.AppendInt(w.num[:0], int64(len(p)), 16))
		bw.WriteString("\r\n")
	}
	if _, err := bw.Write(p); err != nil {
		w.err = err
		return
	}
	if w.chunked {
		if _, err := bw.WriteString("\r\n"); err != nil {
			w.err = err
		}
	}
}

// FlushError sends what is buffered; an unknown length becomes chunked.
func (w *h1Writer) FlushError() error {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	w.commit()
	if w.err != nil {
		return w.err
	}
	if err := w.c.bw.Flush(); err != nil {
		w.err = err
	}
	return w.err
}

// Flush is FlushError for http.Flusher.
func (w *h1Writer) Flush() { _ = w.FlushError() }

// SetWriteDeadline sets the connection's write deadline.
func (w *h1Writer) SetWriteDeadline(t time.Time) error {
	err := w.c.nc.SetWriteDeadline(t)
	if err == nil {
		w.c.wdl = t
	}
	return err
}

// WriteDeadline is the write deadline in force on the connection, which
// lets idleWriter leave a recent one alone.
func (w *h1Writer) WriteDeadline() time.Time { return w.c.wdl }

// SetReadDeadline sets the connection's read deadline.
func (w *h1Writer) SetReadDeadline(t time.Time) error {
	err := w.c.nc.SetReadDeadline(t)
	if err == nil {
		w.c.rdl = t
	}
	return err
}

// EnableFullDuplex does nothing: requests served here have no body.
func (w *h1Writer) EnableFullDuplex() error { return nil }

// finish completes the response after the handler returned and reports
// whether the connection can carry another request.
func (w *h1Writer) finish() bool {
	w.handlerDone = true
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	w.commit()
	bw := w.c.bw
	if w.chunked && w.err == nil {
		bw.WriteString("0\r\n")
		for _, k := range w.trailers {
			for _, v := range w.hdr[k] {
				writeField(bw, k, v)
			}
		}
		for k, vv := range w.hdr {
			if name, ok := strings.CutPrefix(k, http.TrailerPrefix); ok && validFieldName(name) {
				for _, v := range vv {
					writeField(bw, name, v)
				}
			}
		}
		bw.WriteString("\r\n")
	}
	if w.err == nil {
		w.err = bw.Flush()
	}
	if w.err != nil {
		bw.Reset(w.c.nc)
		return false
	}
	short := !w.head && w.bodyOK && w.clen >= 0 && w.written != w.clen
	return !w.closeAfter && !short
}

// httpDate is the Date field for now, formatted once a second.
func httpDate() string {
	now := time.Now()
	sec := now.Unix()
	if d := dateCache.Load(); d != nil && d.sec == sec {
		return d.s
	}
	d := &cachedDate{sec: sec, s: now.UTC().Format(http.TimeFormat)}
	dateCache.Store(d)
	return d.s
}

type cachedDate struct {
	sec int64
	s   string
}

var dateCache atomic.Pointer[cachedDate]

var _ io.Writer = (*h1Writer)(nil)
