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
//     Forwarded and X-Forwarded-* headers before our hook runs, and
//     SetXForwarded then states only what this proxy saw. A client can
//     therefore not forge X-Forwarded-For (golang/go#36672). Peers listed
//     in TrustedProxies are another proxy in front of us: their headers
//     are kept and extended.
//   - Balancing and retries in the Transport. The outbound URL is always
//     the picked backend's: the request's own host, even in absolute form
//     (GET http://elsewhere/ HTTP/1.1), never decides where a request goes,
//     so this is not an open proxy. A connect failure (nothing was sent)
//     on an idempotent request (GET, HEAD, OPTIONS, PUT, DELETE, TRACE, or
//     any request with an Idempotency-Key) whose body has not been read is
//     retried on another backend; nothing else is retried, because a
//     request that reached a backend may have had effects (golang/go#19943).
//   - Timeouts. TryTimeout bounds one attempt up to the response headers;
//     TotalTimeout bounds the whole exchange before the headers, retries
//     included. Neither cuts a response body that is streaming.
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
	"net/http/httputil"
	"net/netip"
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
	// Transport sends requests upstream. Default: [NewUpstreamTransport].
	Transport http.RoundTripper
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
}

// Errors the proxy's transport returns to the error handler.
var (
	errTotalTimeout = errors.New("proxy: total timeout")
	errTryTimeout   = errors.New("proxy: per-try timeout")
)

// NewUpstreamTransport returns the transport the proxy uses by default:
// HTTP/1.1 keep-alive to the backends with enough idle connections per
// host for a busy proxy (the default of 2 would make every burst dial
// anew), a short dial timeout so that a dead backend fails fast and the
// retry goes elsewhere, and no compression of its own (the client's
// Accept-Encoding passes through).
func NewUpstreamTransport() *http.Transport {
	return &http.Transport{
		DialContext:           (&net.Dialer{Timeout: 2 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:          1024,
		MaxIdleConnsPerHost:   256,
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
	if cfg.Transport == nil {
		cfg.Transport = NewUpstreamTransport()
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
	if p.draining.Load() {
		// Ask keep-alive clients to reconnect, so that they land on
		// another instance while this one still answers.
		w.Header().Set("Connection", "close")
	}
	// One cancelable context and one timer serve both timeouts. They are
	// a timer rather than a context deadline because they must stop once
	// the headers are in: a deadline would also cut a long SSE stream or
	// download. One timer suffices because a per-try timeout is never
	// retried: whichever bound is nearer ends the request.
	ctx, cancel := context.WithCancelCause(r.Context())
	defer cancel(nil)
	st := &proxyState{key: p.cfg.HashKey(r), start: time.Now()}
	d, perTry := p.timeoutFor(st)
	st.perTry.Store(perTry)
	st.timer = time.AfterFunc(d, func() {
		if st.perTry.Load() {
			cancel(errTryTimeout)
		} else {
			cancel(errTotalTimeout)
		}
	})
	defer st.timer.Stop()
	p.rp.ServeHTTP(w, r.WithContext(context.WithValue(ctx, proxyStateKey{}, st)))
}

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
	timer   *time.Timer // cancels the request with errTryTimeout or errTotalTimeout
	perTry  atomic.Bool // which of the two the armed timer stands for
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

func (p *Proxy) rewrite(pr *httputil.ProxyRequest) {
	// ReverseProxy has already removed Forwarded and X-Forwarded-*.
	in, out := pr.In, pr.Out
	if p.trusted(in.RemoteAddr) {
		if prior := in.Header["X-Forwarded-For"]; len(prior) > 0 {
			out.Header["X-Forwarded-For"] = prior
		}
	} else {
		out.Header.Del("X-Real-Ip")
	}
	if strings.EqualFold(out.Header.Get("Upgrade"), "h2c") {
		// An h2c upgrade spliced through to a backend would let the client
		// speak HTTP/2 to it directly, past every per-request rule of this
		// proxy ("h2c smuggling"). The backend gets a plain request.
		out.Header.Del("Upgrade")
		out.Header.Del("Connection")
	}
	pr.SetXForwarded()
	if p.trusted(in.RemoteAddr) {
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
// which makes a retry unsafe. Its Close does nothing: a failed RoundTrip
// closes the body it was given, and the retry still needs it;
// ReverseProxy closes the real one when the request ends.
type countingBody struct {
	io.ReadCloser
	read bool
}

func (c *countingBody) Close() error { return nil }

func (c *countingBody) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	if n > 0 {
		c.read = true
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
	}
	canRetry := idempotent(out)
	var avoid uint64
	for try := 1; ; try++ {
		b, err := p.cfg.Balancer.Pick(st.key, avoid)
		if err != nil {
			return nil, err
		}
		st.tries, st.backend = try, b
		if try > 1 {
			if !st.timer.Stop() { // fired: the request is over
				p.cfg.Balancer.Done(b, false)
				return nil, context.Cause(ctx)
			}
			d, perTry := p.timeoutFor(st)
			st.perTry.Store(perTry)
			st.timer.Reset(d)
		}
		attempt := *out
		u := *out.URL
		u.Scheme, u.Host = b.URL.Scheme, b.URL.Host
		attempt.URL = &u
		if body != nil {
			attempt.Body = body
		}
		resp, err := p.cfg.Transport.RoundTrip(&attempt)
		if err == nil {
			// The response is ours: neither timeout may cut its body.
			st.timer.Stop()
			failed := resp.StatusCode >= 500
			resp.Body = newDoneBody(resp.Body, func() { p.cfg.Balancer.Done(b, failed) })
			return resp, nil
		}
		cause := context.Cause(ctx)
		timedOut := errors.Is(cause, errTryTimeout) || errors.Is(cause, errTotalTimeout)
		clientGone := ctx.Err() != nil && !timedOut
		// A client that left says nothing about the backend.
		p.cfg.Balancer.Done(b, !clientGone)
		switch {
		case clientGone:
			return nil, err
		case errors.Is(cause, errTryTimeout):
			return nil, fmt.Errorf("%w (%v) on %s: %w", errTryTimeout, p.cfg.TryTimeout, b.Name, err)
		case errors.Is(cause, errTotalTimeout):
			return nil, fmt.Errorf("%w (%v) on %s: %w", errTotalTimeout, p.cfg.TotalTimeout, b.Name, err)
		}
		if !connectFailed(err) || !canRetry || (body != nil && body.read) || try >= p.cfg.MaxTries {
			return nil, fmt.Errorf("backend %s: %w", b.Name, err)
		}
		p.retries.Add(1)
		avoid |= 1 << uint(b.index)
	}
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
	// proxy's own 502s, 503s and 504s.
	ClientGone, BadGateway, NoBackend, TimedOut uint64
}

// Stats returns the proxy's counters.
func (p *Proxy) Stats() ProxyStats {
	return ProxyStats{
		Requests: p.requests.Load(), Retries: p.retries.Load(),
		Status2xx: p.status2xx.Load(), Status3xx: p.status3xx.Load(),
		Status4xx: p.status4xx.Load(), Status5xx: p.status5xx.Load(),
		ClientGone: p.clientGone.Load(), BadGateway: p.badGateway.Load(),
		NoBackend: p.noBackend.Load(), TimedOut: p.timedOut.Load(),
	}
}
