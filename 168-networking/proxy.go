package main

// This file holds the reverse proxy, on net/http/httputil.ReverseProxy.
//
// ReverseProxy does the HTTP work: hop-by-hop headers (RFC 9110 §7.6.1 and
// those named in Connection) are removed both ways, Upgrade requests
// (WebSocket) become a spliced pair of connections, and responses that are
// streams (text/event-stream, or no Content-Length) are flushed as each
// write arrives. This file adds what ReverseProxy leaves to its user:
//
//   - Rewrite, not Director. With Rewrite, ReverseProxy drops the client's
//     Forwarded, X-Forwarded-For, -Host and -Proto before our hook runs,
//     and SetXForwarded then states only what this proxy saw. The hook
//     drops every other X-Forwarded-* header (-Prefix, -Port, -Server, ...)
//     and the client-address headers X-Real-IP, True-Client-IP,
//     CF-Connecting-IP, X-Client-IP and X-Cluster-Client-IP too: a client
//     can forge none of them (golang/go#36672). Peers listed in
//     TrustedProxies are another proxy in front of us: their headers are
//     kept and X-Forwarded-For is extended.
//   - Backend paths. A backend URL with a path (http://h/prefix) gets it
//     joined in front of the request's path, as httputil's
//     NewSingleHostReverseProxy does.
//   - Chunked requests close their connection. net/http accepts a request
//     with both Content-Length and Transfer-Encoding: chunked by dropping
//     the length, and keeps the connection; RFC 9112 §6.1 requires closing
//     it, since an upstream that framed by the length is now out of step.
//     net/http no longer shows whether the length was there, so every
//     chunked HTTP/1 request is answered with Connection: close.
//   - Balancing and retries in the Transport. The outbound URL is always
//     the picked backend's: the request's own host, even in absolute form
//     (GET http://elsewhere/ HTTP/1.1), never decides where a request goes,
//     so this is not an open proxy. A connect failure (nothing was sent)
//     on an idempotent request (GET, HEAD, OPTIONS, PUT, DELETE, TRACE, or
//     any request with an Idempotency-Key) whose body has not been read is
//     retried on another backend; nothing else is retried, because a
//     request that reached a backend may have had effects (golang/go#19943).
//   - Timeouts. TryTimeout bounds one attempt from the moment the request
//     (body included) has been sent up to the response headers, as
//     nginx's proxy_read_timeout does: a client uploading slowly is not a
//     backend that answers slowly. TotalTimeout bounds the whole exchange
//     before the headers, retries included. Neither cuts a response body
//     that is streaming; a client that stops reading one is cut by
//     WriteIdleTimeout, reset at every write (nginx's send_timeout), so
//     it cannot pin a backend connection.
//   - Blame. Only what the backend did feeds outlier detection: a 502, 503
//     or 504 answer, a connect or reset error, a timeout after the request
//     was sent. A client that went away, a client body that broke off or
//     a total timeout that fired while the client was still uploading
//     (answered 408, as nginx's client_body_timeout does) is never the
//     backend's fault.
//   - Errors with clear bodies: 503 when no backend is available, 504 when
//     a timeout fired, 502 when the backend failed. A client that went away
//     is logged as 499, as nginx does, not as a 502 (golang/go#20071): the
//     backend did nothing wrong and must not be ejected for it.
//   - Drain mode: Drain makes HealthHandler fail and asks keep-alive
//     clients to close, while requests still succeed, so an outer balancer
//     moves traffic away before the process stops.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/http/httputil"
	"net/netip"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// ProxyConfig configures a [Proxy]. Balancer is required; every zero
// field means the documented default.
type ProxyConfig struct {
	// Balancer chooses backends.
	Balancer *Balancer
	// TrustedProxies are peers whose Forwarded-style headers are kept.
	// Default none: every client's X-Forwarded-* is dropped.
	TrustedProxies []netip.Prefix
	// HashKey returns the key for the hash strategy. Default: the
	// X-Balance-Key header if set, else the client's IP.
	HashKey func(*http.Request) string
	// MaxTries bounds attempts per request (the first plus retries on
	// another backend). Default 3.
	MaxTries int
	// TryTimeout bounds one attempt until the response headers.
	// Default 10s.
	TryTimeout time.Duration
	// TotalTimeout bounds all attempts until the response headers.
	// Default 30s.
	TotalTimeout time.Duration
	// WriteIdleTimeout bounds each write of the response to the client:
	// a client that reads nothing for this long is cut off. It is reset at
	// every write, so a long download or SSE stream that keeps moving is
	// never cut. Default 60s (nginx's send_timeout).
	WriteIdleTimeout time.Duration
	// Transport sends requests upstream. Default: [NewUpstreamTransport].
	Transport http.RoundTripper
	// FastPath sends bodiless HTTP/1 requests without Upgrade through a
	// synchronous HTTP/1.1 client on [Pool] (fastpath.go) instead of
	// Transport, which still carries everything else. Default false.
	FastPath bool
	// Logger receives 499/502/503/504 lines. Default slog.Default().
	Logger *slog.Logger
}

// Proxy is a load-balancing reverse proxy. It is safe for concurrent use.
type Proxy struct {
	cfg      ProxyConfig
	rp       *httputil.ReverseProxy
	draining atomic.Bool

	requests, retries                           atomic.Uint64
	status2xx, status3xx, status4xx, status5xx  atomic.Uint64
	clientGone, badGateway, noBackend, timedOut atomic.Uint64
	clientBody                                  atomic.Uint64
}

// Errors the proxy's transport returns to the error handler.
var (
	errTotalTimeout = errors.New("proxy: total timeout")
	errTryTimeout   = errors.New("proxy: per-try timeout")
	// errClientBody marks a request body the client broke off, or a total
	// timeout that fired while the proxy was waiting for the client's body.
	errClientBody = errors.New("proxy: client request body")
	// errSlowBody is the cause of a total timeout that fired while the
	// proxy was waiting for the client's body, not for the backend.
	errSlowBody = errors.New("proxy: request body still arriving at the total timeout")
)

// DefaultMaxConnsPerBackend bounds the connections the default transport
// opens to one backend.
const DefaultMaxConnsPerBackend = 1024

// NewUpstreamTransport returns the transport the proxy uses by default:
// HTTP/1.1 keep-alive to the backends with enough idle connections per
// host for a busy proxy (the default of 2 would make every burst dial
// anew), at most DefaultMaxConnsPerBackend connections to one backend (so
// that a flood of clients cannot open unbounded sockets on it; further
// requests wait for a connection), a short dial timeout so that a dead
// backend fails fast and the retry goes elsewhere, and no compression of
// its own (the client's Accept-Encoding passes through).
func NewUpstreamTransport() *http.Transport {
	return &http.Transport{
		DialContext:           (&net.Dialer{Timeout: 2 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:          1024,
		MaxIdleConnsPerHost:   256,
		MaxConnsPerHost:       DefaultMaxConnsPerBackend,
		IdleConnTimeout:       90 * time.Second,
		ExpectContinueTimeout: time.Second,
		DisableCompression:    true,
		WriteBufferSize:       16 << 10,
		ReadBufferSize:        16 << 10,
	}
}

// bufferPool gives ReverseProxy 32 KiB copy buffers from a sync.Pool
// instead of allocating one per response: the single largest saving
// measured for httputil proxies (peer-baselines.md: 0.28x -> 0.43x nginx).
type bufferPool struct{ p sync.Pool }

func (b *bufferPool) Get() []byte {
	if v, ok := b.p.Get().(*[]byte); ok {
		return *v
	}
	return make([]byte, 32<<10)
}

func (b *bufferPool) Put(buf []byte) { b.p.Put(&buf) }

// NewProxy returns a proxy configured by cfg.
func NewProxy(cfg ProxyConfig) (*Proxy, error) {
	if cfg.Balancer == nil {
		return nil, errors.New("proxy: ProxyConfig.Balancer is required")
	}
	if cfg.MaxTries <= 0 {
		cfg.MaxTries = 3
	}
	if cfg.TryTimeout <= 0 {
		cfg.TryTimeout = 10 * time.Second
	}
	if cfg.TotalTimeout <= 0 {
		cfg.TotalTimeout = 30 * time.Second
	}
	if cfg.WriteIdleTimeout <= 0 {
		cfg.WriteIdleTimeout = 60 * time.Second
	}
	if cfg.Transport == nil {
		cfg.Transport = NewUpstreamTransport()
	}
	if cfg.FastPath {
		cfg.Transport = newFastTransport(cfg.Transport)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.HashKey == nil {
		cfg.HashKey = defaultHashKey
	}
	p := &Proxy{cfg: cfg}
	p.rp = &httputil.ReverseProxy{
		Rewrite:        p.rewrite,
		Transport:      (*balancingTransport)(p),
		BufferPool:     &bufferPool{},
		ErrorHandler:   p.errorHandler,
		ModifyResponse: p.modifyResponse,
		ErrorLog:       slog.NewLogLogger(cfg.Logger.Handler(), slog.LevelDebug),
	}
	return p, nil
}

func defaultHashKey(r *http.Request) string {
	if k := r.Header.Get("X-Balance-Key"); k != "" {
		return k
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// ServeHTTP proxies r to a backend.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.requests.Add(1)
	if r.Method == http.MethodConnect {
		// CONNECT asks for a tunnel to a host of the client's choosing.
		p.status4xx.Add(1)
		http.Error(w, "405 method not allowed: this is a reverse proxy, not a tunnel", http.StatusMethodNotAllowed)
		return
	}
	if p.draining.Load() || (r.ProtoMajor == 1 && slices.Contains(r.TransferEncoding, "chunked")) {
		// Draining: ask keep-alive clients to reconnect, so that they
		// land on another instance while this one still answers.
		// Chunked: see the file comment (RFC 9112 §6.1).
		w.Header().Set("Connection", "close")
	}
	// One cancelable context and one timer serve both timeouts. They are
	// a timer rather than a context deadline because they must stop once
	// the headers are in: a deadline would also cut a long SSE stream or
	// download. The timer stands for the total bound until an attempt's
	// request has been sent, then for the nearer of the two.
	ctx, cancel := context.WithCancelCause(r.Context())
	defer cancel(nil)
	st := &proxyState{key: p.cfg.HashKey(r), start: time.Now(), attempt: 1}
	// ReverseProxy sends no body when ContentLength is 0. Without one, the
	// request is sent as soon as it is written: the per-try bound starts
	// now, and arming it here saves resetting the timer on the hot path.
	d := p.cfg.TotalTimeout
	if st.noBody = r.ContentLength == 0; st.noBody {
		var perTry bool
		d, perTry = p.timeoutFor(st)
		st.perTry.Store(perTry)
		st.sent = true
	}
	st.timer = time.AfterFunc(d, func() {
		switch {
		case st.perTry.Load():
			cancel(errTryTimeout)
		case st.uploading():
			cancel(errSlowBody)
		default:
			cancel(errTotalTimeout)
		}
	})
	defer st.timer.Stop()
	iw := &idleWriter{ResponseWriter: w, rc: http.NewResponseController(w), timeout: p.cfg.WriteIdleTimeout}
	if r.ProtoMajor == 1 && r.ContentLength != 0 {
		// A backend may answer before it has read the whole body (an echo,
		// an early 413). net/http would then discard the rest of the
		// client's body to protect clients that do not read while they
		// send (golang/go#15527); a proxy must pass it on instead.
		_ = iw.rc.EnableFullDuplex()
	}
	p.rp.ServeHTTP(iw, r.WithContext(context.WithValue(ctx, proxyStateKey{}, st)))
	// net/http writes what is buffered, or the final chunk, after we
	// return: give that a fresh bound too, not one left by an early write.
	iw.extend()
}

// idleWriter gives every write to the client a fresh write deadline, so a
// client that stops reading is cut after timeout without bounding the
// length of a response that keeps moving. Unwrap lets ReverseProxy's
// ResponseController reach Flush and Hijack underneath.
//
// Setting a deadline costs a runtime timer update per call, and a
// response is several writes: so a deadline is set to timeout + 1/8 and
// left alone while it is still at least timeout ahead. A client that
// takes nothing is cut after between timeout and 9/8 of it. The
// fast path's writer reports the deadline in force on its connection
// (WriteDeadline), so most keep-alive requests there set none at all.
type idleWriter struct {
	http.ResponseWriter
	rc       *http.ResponseController
	timeout  time.Duration
	deadline time.Time // the deadline this writer set; zero while none or unsupported
}

// writeDeadliner is a ResponseWriter that knows its connection's write
// deadline (h1Writer).
type writeDeadliner interface{ WriteDeadline() time.Time }

func (w *idleWriter) extend() {
	now := time.Now()
	cur := w.deadline
	if wd, ok := w.ResponseWriter.(writeDeadliner); ok {
		cur = wd.WriteDeadline()
	}
	if cur.Sub(now) >= w.timeout {
		return
	}
	d := now.Add(w.timeout + w.timeout/8)
	if w.rc.SetWriteDeadline(d) == nil {
		w.deadline = d
	}
}

func (w *idleWriter) Write(p []byte) (int, error) {
	w.extend()
	return w.ResponseWriter.Write(p)
}

func (w *idleWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// timeoutFor returns how long the next attempt may wait for headers, and
// whether that is the per-try bound (else the remaining total).
func (p *Proxy) timeoutFor(st *proxyState) (time.Duration, bool) {
	left := p.cfg.TotalTimeout - time.Since(st.start)
	if p.cfg.TryTimeout < left {
		return p.cfg.TryTimeout, true
	}
	return max(left, 0), false
}

// proxyState is one request's state shared by the hooks.
type proxyState struct {
	key     string
	backend *Backend // the backend tried last, for logs
	tries   int
	start   time.Time
	noBody  bool
	timer   *time.Timer // cancels the request with errTryTimeout or errTotalTimeout
	perTry  atomic.Bool // which of the two the armed timer stands for

	// mu guards sent, attempt and body: the transport reports "request
	// written" from its own goroutine, possibly after RoundTrip returned.
	mu      sync.Mutex
	attempt int  // the attempt in progress; 0 once headers are in
	sent    bool // the attempt's request has been written in full
	body    *countingBody
}

// uploading reports whether the attempt in progress is waiting for the
// client's body: not yet sent, and blocked reading from the client (not
// writing to a backend that does not read).
func (st *proxyState) uploading() bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.attempt != 0 && !st.sent && st.body != nil && st.body.reading.Load()
}

// beginAttempt starts attempt try: with the timer on the per-try bound
// for a request without a body, else on the total bound until the body is
// sent. The first attempt's timer was armed by ServeHTTP. It reports false
// when the timer has fired: the request is over.
func (st *proxyState) beginAttempt(p *Proxy, try int) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	if try == 1 {
		return true
	}
	if !st.timer.Stop() {
		return false
	}
	st.attempt, st.sent = try, st.noBody
	d, perTry := max(p.cfg.TotalTimeout-time.Since(st.start), 0), false
	if st.noBody {
		d, perTry = p.timeoutFor(st)
	}
	st.perTry.Store(perTry)
	st.timer.Reset(d)
	return true
}

// requestSent arms the per-try bound of attempt try, if it is still the
// attempt in progress.
func (st *proxyState) requestSent(p *Proxy, try int) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.attempt != try || st.sent {
		return
	}
	st.sent = true
	if !st.timer.Stop() {
		return // the total bound fired first
	}
	d, perTry := p.timeoutFor(st)
	st.perTry.Store(perTry)
	st.timer.Reset(d)
}

// endAttempt ends the attempt in progress, stopping the timer when the
// response is ours.
func (st *proxyState) endAttempt(stop bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.attempt = 0
	if stop {
		st.timer.Stop()
	}
}

type proxyStateKey struct{}

func stateOf(ctx context.Context) *proxyState {
	st, _ := ctx.Value(proxyStateKey{}).(*proxyState)
	return st
}

func (p *Proxy) trusted(remoteAddr string) bool {
	if len(p.cfg.TrustedProxies) == 0 {
		return false
	}
	ap, err := netip.ParseAddrPort(remoteAddr)
	if err != nil {
		return false
	}
	for _, pre := range p.cfg.TrustedProxies {
		if pre.Contains(ap.Addr().Unmap()) {
			return true
		}
	}
	return false
}

// clientAddressHeaders name the client's address in the conventions of
// other proxies and CDNs; backends believe them as readily as
// X-Forwarded-For, so an untrusted client may send none of them.
var clientAddressHeaders = []string{"X-Real-Ip", "True-Client-Ip", "Cf-Connecting-Ip", "X-Client-Ip", "X-Cluster-Client-Ip"}

func (p *Proxy) rewrite(pr *httputil.ProxyRequest) {
	// ReverseProxy has already removed Forwarded and X-Forwarded-For,
	// -Host and -Proto.
	in, out := pr.In, pr.Out
	trusted := p.trusted(in.RemoteAddr)
	if trusted {
		if prior := in.Header["X-Forwarded-For"]; len(prior) > 0 {
			out.Header["X-Forwarded-For"] = prior
		}
	} else {
		for k := range out.Header {
			// Keys are canonical: net/http canonicalises what it parses.
			if strings.HasPrefix(k, "X-Forwarded-") {
				delete(out.Header, k)
			}
		}
		for _, h := range clientAddressHeaders {
			out.Header.Del(h)
		}
	}
	if strings.EqualFold(out.Header.Get("Upgrade"), "h2c") {
		// An h2c upgrade spliced through to a backend would let the client
		// speak HTTP/2 to it directly, past every per-request rule of this
		// proxy ("h2c smuggling"). The backend gets a plain request.
		out.Header.Del("Upgrade")
		out.Header.Del("Connection")
	}
	pr.SetXForwarded()
	if trusted {
		for _, h := range []string{"X-Forwarded-Host", "X-Forwarded-Proto"} {
			if v := in.Header.Get(h); v != "" {
				out.Header.Set(h, v)
			}
		}
	}
	// The host part is set per attempt by the transport; keeping the
	// client's Host header is what backends serving several names expect.
	out.URL.Scheme, out.URL.Host = "http", ""
	out.Host = in.Host
}

// idempotent reports whether a request may be sent twice (RFC 9110 §9.2.2,
// plus the IETF draft Idempotency-Key header).
func idempotent(r *http.Request) bool {
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodPut, http.MethodDelete, http.MethodTrace:
		return true
	}
	return r.Header.Get("Idempotency-Key") != ""
}

// connectFailed reports whether err happened before any byte reached a
// backend.
func connectFailed(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial"
}

// balancingTransport is the Proxy seen as the ReverseProxy's transport:
// each RoundTrip picks a backend, and picks another after a retryable
// failure.
type balancingTransport Proxy

// countingBody notes whether the transport read any of the request body,
// which makes a retry unsafe, whether the client broke the body off, and
// whether a read from the client is in progress (a timeout that fires then
// is the client's slowness, not the backend's). Its Close does nothing: a
// failed RoundTrip closes the body it was given, and the retry still needs
// it; ReverseProxy closes the real one when the request ends.
type countingBody struct {
	io.ReadCloser
	read    atomic.Bool
	reading atomic.Bool
	broken  atomic.Bool // a read failed with something other than io.EOF
}

func (c *countingBody) Close() error { return nil }

func (c *countingBody) Read(p []byte) (int, error) {
	c.reading.Store(true)
	n, err := c.ReadCloser.Read(p)
	c.reading.Store(false)
	if n > 0 {
		c.read.Store(true)
	}
	if err != nil && err != io.EOF {
		c.broken.Store(true)
	}
	return n, err
}

func (t *balancingTransport) RoundTrip(out *http.Request) (*http.Response, error) {
	p := (*Proxy)(t)
	ctx := out.Context()
	st := stateOf(ctx)
	var body *countingBody
	if out.Body != nil && out.Body != http.NoBody {
		body = &countingBody{ReadCloser: out.Body}
		st.mu.Lock()
		st.body = body
		st.mu.Unlock()
	}
	canRetry := idempotent(out)
	lb := p.cfg.Balancer
	var avoid uint64
	for try := 1; ; try++ {
		b, err := lb.Pick(st.key, avoid)
		if err != nil {
			return nil, err
		}
		st.tries, st.backend = try, b
		if !st.beginAttempt(p, try) { // the total bound fired: the request is over
			lb.Done(b, false)
			return nil, context.Cause(ctx)
		}
		attempt := out
		if body != nil {
			// The per-try bound starts once the body is sent: until then
			// the pace is the client's.
			trace := &httptrace.ClientTrace{WroteRequest: func(httptrace.WroteRequestInfo) { st.requestSent(p, try) }}
			attempt = out.WithContext(httptrace.WithClientTrace(ctx, trace))
			attempt.Body = body
		} else {
			attempt = new(http.Request)
			*attempt = *out
		}
		u := *out.URL
		u.Scheme, u.Host = b.URL.Scheme, b.URL.Host
		if b.URL.Path != "" {
			u.Path, u.RawPath = joinURLPath(b.URL, out.URL)
		}
		attempt.URL = &u
		resp, err := p.cfg.Transport.RoundTrip(attempt)
		st.endAttempt(err == nil)
		if err == nil {
			// The response is ours: neither timeout may cut its body.
			failed := lb.outlier.IsFailure(resp.StatusCode)
			resp.Body = newDoneBody(resp.Body, func() { lb.Done(b, failed) })
			return resp, nil
		}
		cause := context.Cause(ctx)
		clientSlow := errors.Is(cause, errSlowBody)
		timedOut := errors.Is(cause, errTryTimeout) || errors.Is(cause, errTotalTimeout)
		clientGone := ctx.Err() != nil && !timedOut && !clientSlow
		clientBroke := body != nil && body.broken.Load()
		// A client that left, broke its body off or was still uploading
		// says nothing about the backend.
		lb.Done(b, !clientGone && !clientSlow && !clientBroke)
		switch {
		case clientGone:
			return nil, err
		case clientSlow:
			return nil, fmt.Errorf("%w: %w (%v)", errClientBody, errSlowBody, p.cfg.TotalTimeout)
		case clientBroke:
			return nil, fmt.Errorf("%w: %w", errClientBody, err)
		case errors.Is(cause, errTryTimeout):
			return nil, fmt.Errorf("%w (%v after the request was sent) on %s: %w", errTryTimeout, p.cfg.TryTimeout, b.Name, err)
		case errors.Is(cause, errTotalTimeout):
			return nil, fmt.Errorf("%w (%v) on %s: %w", errTotalTimeout, p.cfg.TotalTimeout, b.Name, err)
		}
		if !connectFailed(err) || !canRetry || (body != nil && body.read.Load()) || try >= p.cfg.MaxTries {
			return nil, fmt.Errorf("backend %s: %w", b.Name, err)
		}
		p.retries.Add(1)
		avoid |= 1 << uint(b.index)
	}
}

// joinURLPath puts the backend URL's path in front of the request's, with
// exactly one slash between them, keeping an escaped form (RawPath) when
// either has one: what httputil.NewSingleHostReverseProxy does.
func joinURLPath(base, req *url.URL) (path, rawpath string) {
	if base.RawPath == "" && req.RawPath == "" {
		return singleJoiningSlash(base.Path, req.Path), ""
	}
	bp, rp := base.EscapedPath(), req.EscapedPath()
	switch bs, rs := strings.HasSuffix(bp, "/"), strings.HasPrefix(rp, "/"); {
	case bs && rs:
		return base.Path + req.Path[1:], bp + rp[1:]
	case !bs && !rs:
		return base.Path + "/" + req.Path, bp + "/" + rp
	}
	return base.Path + req.Path, bp + rp
}

func singleJoiningSlash(a, b string) string {
	switch as, bs := strings.HasSuffix(a, "/"), strings.HasPrefix(b, "/"); {
	case as && bs:
		return a + b[1:]
	case !as && !bs:
		return a + "/" + b
	}
	return a + b
}

// doneBody runs done once when the response body is closed. It keeps the
// io.Writer of a 101 Switching Protocols body, which ReverseProxy needs to
// splice a WebSocket.
type doneBody struct {
	io.ReadCloser
	once sync.Once
	done func()
}

func (d *doneBody) Close() error {
	err := d.ReadCloser.Close()
	d.once.Do(d.done)
	return err
}

type doneRWBody struct {
	*doneBody
	w io.Writer
}

func (d doneRWBody) Write(p []byte) (int, error) { return d.w.Write(p) }

func newDoneBody(rc io.ReadCloser, done func()) io.ReadCloser {
	d := &doneBody{ReadCloser: rc, done: done}
	if w, ok := rc.(io.ReadWriteCloser); ok {
		return doneRWBody{d, w}
	}
	return d
}

func (p *Proxy) modifyResponse(resp *http.Response) error {
	switch {
	case resp.StatusCode >= 500:
		p.status5xx.Add(1)
	case resp.StatusCode >= 400:
		p.status4xx.Add(1)
	case resp.StatusCode >= 300:
		p.status3xx.Add(1)
	default:
		p.status2xx.Add(1)
	}
	return nil
}

// errorHandler answers a request that got no response from any backend.
func (p *Proxy) errorHandler(w http.ResponseWriter, r *http.Request, err error) {
	st := stateOf(r.Context())
	backend := "-"
	if st != nil && st.backend != nil {
		backend = st.backend.Name
	}
	log := p.cfg.Logger.With("method", r.Method, "path", r.URL.Path, "client", r.RemoteAddr, "backend", backend)
	var status int
	var msg string
	switch {
	case errors.Is(err, ErrNoBackend):
		status, msg = http.StatusServiceUnavailable, "no healthy backend is available"
		p.noBackend.Add(1)
	case errors.Is(err, errClientBody) && !errors.Is(context.Cause(r.Context()), context.Canceled):
		// The client's own upload failed or stalled: nginx answers 408
		// (client_body_timeout) or 400; nobody may be reading either.
		status, msg = http.StatusBadRequest, "the request body could not be read"
		if errors.Is(err, errSlowBody) {
			status, msg = http.StatusRequestTimeout, "the request body arrived too slowly"
		}
		p.clientBody.Add(1)
		log.Info("proxy: client request body", "status", status, "err", err)
		p.status4xx.Add(1)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Connection", "close")
		w.WriteHeader(status)
		fmt.Fprintf(w, "%d %s: %s\n", status, http.StatusText(status), msg)
		return
	case errors.Is(err, errTryTimeout) || errors.Is(err, errTotalTimeout):
		status, msg = http.StatusGatewayTimeout, "the backend did not answer in time"
		p.timedOut.Add(1)
	case r.Context().Err() != nil:
		// The client went away: nobody reads an answer. 499 is nginx's
		// "client closed request"; it is only logged.
		p.clientGone.Add(1)
		log.Info("proxy: client closed request", "status", 499, "err", err)
		return
	default:
		status, msg = http.StatusBadGateway, "the backend failed to answer"
		p.badGateway.Add(1)
	}
	p.status5xx.Add(1)
	log.Warn("proxy: upstream error", "status", status, "err", err)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	fmt.Fprintf(w, "%d %s: %s\n", status, http.StatusText(status), msg)
}

// CloseIdleConnections closes the idle upstream connections of the
// proxy's transports (and stops the fast path's pool reapers).
func (p *Proxy) CloseIdleConnections() {
	if c, ok := p.cfg.Transport.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

// Drain puts the proxy in drain mode: HealthHandler answers 503 and
// responses carry Connection: close, while requests are still served.
func (p *Proxy) Drain() { p.draining.Store(true) }

// Draining reports whether Drain was called.
func (p *Proxy) Draining() bool { return p.draining.Load() }

// HealthHandler is the proxy's own health check for an outer balancer:
// 200 normally, 503 once draining.
func (p *Proxy) HealthHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p.draining.Load() {
			http.Error(w, "draining", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
}

// ProxyStats are the proxy's counters.
type ProxyStats struct {
	Requests, Retries                          uint64
	Status2xx, Status3xx, Status4xx, Status5xx uint64
	// ClientGone counts 499s; BadGateway, NoBackend and TimedOut the
	// proxy's own 502s, 503s and 504s; ClientBody its 400s and 408s for
	// request bodies that broke off or came too slowly.
	ClientGone, BadGateway, NoBackend, TimedOut, ClientBody uint64
}

// Stats returns the proxy's counters.
func (p *Proxy) Stats() ProxyStats {
	return ProxyStats{
		Requests: p.requests.Load(), Retries: p.retries.Load(),
		Status2xx: p.status2xx.Load(), Status3xx: p.status3xx.Load(),
		Status4xx: p.status4xx.Load(), Status5xx: p.status5xx.Load(),
		ClientGone: p.clientGone.Load(), BadGateway: p.badGateway.Load(),
		NoBackend: p.noBackend.Load(), TimedOut: p.timedOut.Load(),
		ClientBody: p.clientBody.Load(),
	}
}
