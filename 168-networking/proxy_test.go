package main

import (
	"bufio"
	"context"
	"crypto/sha1"
	"crypto/tls"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var quietLogger = slog.New(slog.DiscardHandler)

type testUpstream struct {
	h   *BackendHandler
	srv *httptest.Server
	b   *Backend
}

func startUpstream(t testing.TB, name string) *testUpstream {
	t.Helper()
	h := NewBackendHandler(name, 0, 0)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	u, err := url.Parse(srv.URL)
	require.NoError(t, err)
	return &testUpstream{h: h, srv: srv, b: &Backend{Name: name, URL: u}}
}

// deadBackend is an address where nothing listens: connects are refused.
func deadBackend(t testing.TB, name string) *Backend {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	l.Close()
	return &Backend{Name: name, URL: &url.URL{Scheme: "http", Host: addr}}
}

type testProxy struct {
	p      *Proxy
	lb     *Balancer
	server *HTTPServer
	url    string
}

// startProxy serves a proxy over bs on an HTTPServer on a random loopback
// port, ejecting after three failures for an hour.
func startProxy(t testing.TB, bs []*Backend, s Strategy, cfg ProxyConfig, scfg ServerConfig) *testProxy {
	t.Helper()
	return startProxyOC(t, bs, s, OutlierConfig{ConsecutiveFailures: 3, BaseEjection: time.Hour}, cfg, scfg)
}

// startProxyOC is startProxy with outlier detection configured by oc.
func startProxyOC(t testing.TB, bs []*Backend, s Strategy, oc OutlierConfig, cfg ProxyConfig, scfg ServerConfig) *testProxy {
	t.Helper()
	lb, err := NewBalancer(bs, s, oc)
	require.NoError(t, err)
	cfg.Balancer = lb
	if cfg.Logger == nil {
		cfg.Logger = quietLogger
	}
	tr := NewUpstreamTransport()
	if cfg.Transport == nil {
		cfg.Transport = tr
	}
	if fastPathTest(t) {
		cfg.FastPath = true
	}
	// The fast path is both halves: the upstream client and the server's
	// connection loop.
	scfg.FastPath = scfg.FastPath || cfg.FastPath
	p, err := NewProxy(cfg)
	require.NoError(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	if scfg.Logger == nil {
		scfg.Logger = quietLogger
	}
	hs := NewHTTPServer(p, scfg)
	done := make(chan error, 1)
	go func() { done <- hs.Serve(l) }()
	t.Cleanup(func() {
		hs.Close()
		assert.NoError(t, <-done)
		p.CloseIdleConnections()
		tr.CloseIdleConnections()
		// Every Pick was matched by exactly one Done, on every path.
		for _, b := range lb.Backends() {
			assert.Eventually(t, func() bool { return b.Inflight() == 0 }, 10*time.Second, time.Millisecond,
				"backend %s left with %d requests in flight", b.Name, b.Inflight())
		}
	})
	scheme := "http"
	if scfg.TLSConfig != nil {
		scheme = "https"
	}
	return &testProxy{p: p, lb: lb, server: hs, url: scheme + "://" + l.Addr().String()}
}

func get(t testing.TB, c *http.Client, url string, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	require.NoError(t, err)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, string(body)
}

func newClient(t testing.TB) *http.Client {
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr}
}

// proxySuite is the proxy's behaviour, run on both upstream paths by
// TestProxySuite: every case must pass with FastPath off and on.
var proxySuite = []struct {
	name string
	fn   func(*testing.T)
}{
	{"ProxyBalancesAcrossBackends", testProxyBalancesAcrossBackends},
	{"ProxyForwardedHeaders", testProxyForwardedHeaders},
	{"ProxyRemovesHopByHopHeaders", testProxyRemovesHopByHopHeaders},
	{"ProxyRetryPolicy", testProxyRetryPolicy},
	{"ProxyErrorResponses", testProxyErrorResponses},
	{"ProxyClientGoneIs499", testProxyClientGoneIs499},
	{"ProxyStreamsSSE", testProxyStreamsSSE},
	{"ProxyWebSocketPassthrough", testProxyWebSocketPassthrough},
	{"ProxyRefusesH2CUpgrade", testProxyRefusesH2CUpgrade},
	{"ProxyIsNotAnOpenProxy", testProxyIsNotAnOpenProxy},
	{"ProxyHTTP2", testProxyHTTP2},
	{"ProxyEjectsFailingBackend", testProxyEjectsFailingBackend},
	{"ProxyOneBadURLKeepsTheService", testProxyOneBadURLKeepsTheService},
	{"ProxySlowUploadIsNotTheBackendsFault", testProxySlowUploadIsNotTheBackendsFault},
	{"ProxyBackendPath", testProxyBackendPath},
	{"ProxyChunkedWithLengthCloses", testProxyChunkedWithLengthCloses},
	{"ProxyCutsClientsThatDoNotRead", testProxyCutsClientsThatDoNotRead},
	{"ProxyDrain", testProxyDrain},
	{"ServerDropsSlowloris", testServerDropsSlowloris},
	{"GracefulShutdownUnderLoad", testGracefulShutdownUnderLoad},
}

// TestProxySuite runs proxySuite with fastpath=false (net/http's
// Transport upstream) and fastpath=true (fastpath.go); startProxyOC reads
// the choice from the test's name.
func TestProxySuite(t *testing.T) {
	for _, fast := range []bool{false, true} {
		t.Run(fmt.Sprintf("fastpath=%v", fast), func(t *testing.T) {
			for _, tc := range proxySuite {
				t.Run(tc.name, tc.fn)
			}
		})
	}
}

// fastPathTest reports whether t runs under TestProxySuite/fastpath=true.
func fastPathTest(t testing.TB) bool {
	return strings.Contains(t.Name(), "/fastpath=true/")
}

func testProxyBalancesAcrossBackends(t *testing.T) {
	ups := []*testUpstream{startUpstream(t, "b1"), startUpstream(t, "b2"), startUpstream(t, "b3")}
	tp := startProxy(t, []*Backend{ups[0].b, ups[1].b, ups[2].b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
	c := newClient(t)
	seen := map[string]int{}
	for range 30 {
		resp, body := get(t, c, tp.url+"/", nil)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Len(t, body, 64)
		seen[resp.Header.Get("X-Backend")]++
	}
	assert.Equal(t, map[string]int{"b1": 10, "b2": 10, "b3": 10}, seen)
	st := tp.p.Stats()
	assert.EqualValues(t, 30, st.Requests)
	assert.EqualValues(t, 30, st.Status2xx)
	cs := tp.server.ConnStats()
	assert.EqualValues(t, 1, cs.Accepted, "one keep-alive connection")
	assert.EqualValues(t, 30, cs.Requests)
}

func testProxyForwardedHeaders(t *testing.T) {
	up := startUpstream(t, "b1")
	spoof := map[string]string{
		"X-Forwarded-For":    "203.0.113.9",
		"X-Forwarded-Host":   "evil.example",
		"X-Forwarded-Proto":  "https",
		"X-Forwarded-Prefix": "/admin",
		"X-Forwarded-Port":   "443",
		"Forwarded":          "for=203.0.113.9",
		"X-Real-Ip":          "203.0.113.9",
		"True-Client-Ip":     "203.0.113.9",
		"Cf-Connecting-Ip":   "203.0.113.9",
		"X-Client-Ip":        "203.0.113.9",
	}
	tests := []struct {
		name    string
		trusted []netip.Prefix
		want    map[string]string // "" means absent
	}{
		{"untrusted client", nil, map[string]string{
			"X-Forwarded-For": "127.0.0.1", "X-Forwarded-Proto": "http",
			"X-Forwarded-Prefix": "", "X-Forwarded-Port": "",
			"Forwarded": "", "X-Real-Ip": "", "True-Client-Ip": "", "Cf-Connecting-Ip": "", "X-Client-Ip": "",
		}},
		{"trusted proxy in front", []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}, map[string]string{
			"X-Forwarded-For": "203.0.113.9, 127.0.0.1", "X-Forwarded-Host": "evil.example",
			"X-Forwarded-Proto": "https", "X-Forwarded-Prefix": "/admin", "X-Forwarded-Port": "443",
			"Forwarded": "", "X-Real-Ip": "203.0.113.9", "True-Client-Ip": "203.0.113.9",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{TrustedProxies: tt.trusted}, ServerConfig{})
			_, body := get(t, newClient(t), tp.url+"/headers", spoof)
			var got http.Header
			require.NoError(t, json.Unmarshal([]byte(body), &got))
			for k, v := range tt.want {
				assert.Equal(t, v, got.Get(k), "header %s", k)
			}
			if tt.trusted == nil {
				assert.Equal(t, strings.TrimPrefix(tp.url, "http://"), got.Get("X-Forwarded-Host"))
			}
			assert.Equal(t, strings.TrimPrefix(tp.url, "http://"), got.Get("Host"), "client's Host kept")
		})
	}
}

func testProxyRemovesHopByHopHeaders(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
	_, body := get(t, newClient(t), tp.url+"/headers", map[string]string{
		"Connection":          "X-Private, keep-alive",
		"X-Private":           "secret",
		"Keep-Alive":          "timeout=5",
		"Proxy-Authorization": "Basic eDp5",
		"Upgrade-Insecure":    "kept",
	})
	var got http.Header
	require.NoError(t, json.Unmarshal([]byte(body), &got))
	for _, h := range []string{"X-Private", "Keep-Alive", "Proxy-Authorization"} {
		assert.Empty(t, got.Get(h), "hop-by-hop %s forwarded", h)
	}
	assert.Equal(t, "kept", got.Get("Upgrade-Insecure"))
}

func testProxyRetryPolicy(t *testing.T) {
	up := startUpstream(t, "alive")
	tests := []struct {
		name       string
		method     string
		key        string
		wantStatus int
	}{
		{"GET retried", http.MethodGet, "", http.StatusOK},
		{"PUT retried", http.MethodPut, "", http.StatusOK},
		{"POST with Idempotency-Key retried", http.MethodPost, "k-1", http.StatusOK},
		{"POST not retried", http.MethodPost, "", http.StatusBadGateway},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Round-robin starting at the dead backend: every first try fails.
			dead := deadBackend(t, "dead")
			tp := startProxy(t, []*Backend{dead, up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
			req, err := http.NewRequest(tt.method, tp.url+"/echo", strings.NewReader("payload"))
			require.NoError(t, err)
			if tt.key != "" {
				req.Header.Set("Idempotency-Key", tt.key)
			}
			resp, err := newClient(t).Do(req)
			require.NoError(t, err)
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			assert.Equal(t, tt.wantStatus, resp.StatusCode, "body %q", body)
			if tt.wantStatus == http.StatusOK {
				assert.Equal(t, "payload", string(body), "body replayed on the retry")
				assert.EqualValues(t, 1, tp.p.Stats().Retries)
			} else {
				assert.Contains(t, string(body), "502 Bad Gateway: the backend failed to answer")
				assert.EqualValues(t, 0, tp.p.Stats().Retries)
			}
		})
	}
}

func testProxyErrorResponses(t *testing.T) {
	up := startUpstream(t, "b1")
	// A backend that accepts and hangs up without answering.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			bufio.NewReader(c).ReadString('\n')
			c.Close()
		}
	})
	defer func() { l.Close(); wg.Wait() }()
	rude := &Backend{Name: "rude", URL: &url.URL{Scheme: "http", Host: l.Addr().String()}}

	tests := []struct {
		name     string
		backends []*Backend
		cfg      ProxyConfig
		path     string
		down     bool
		want     int
		wantBody string
	}{
		{"all down, panic mode off", []*Backend{up.b}, ProxyConfig{}, "/", true, 503, "503 Service Unavailable: no healthy backend"},
		{"slow backend", []*Backend{up.b}, ProxyConfig{TryTimeout: 50 * time.Millisecond}, "/slow?d=5s", false, 504, "504 Gateway Timeout"},
		{"total timeout", []*Backend{up.b}, ProxyConfig{TotalTimeout: 50 * time.Millisecond}, "/slow?d=5s", false, 504, "504 Gateway Timeout"},
		{"backend hangs up", []*Backend{rude}, ProxyConfig{}, "/", false, 502, "502 Bad Gateway"},
		{"backend 500 passes through", []*Backend{up.b}, ProxyConfig{}, "/status?code=500", false, 500, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tp := startProxyOC(t, tt.backends, &RoundRobin{}, OutlierConfig{PanicThreshold: -1}, tt.cfg, ServerConfig{})
			tp.lb.setDown(tp.lb.Backends()[0], tt.down)
			defer tp.lb.setDown(tp.lb.Backends()[0], false)
			resp, body := get(t, newClient(t), tp.url+tt.path, nil)
			assert.Equal(t, tt.want, resp.StatusCode)
			assert.Contains(t, body, tt.wantBody)
		})
	}
}

func testProxyClientGoneIs499(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, tp.url+"/slow?d=30s", nil)
	errc := make(chan error, 1)
	go func() {
		resp, err := newClient(t).Do(req)
		if err == nil {
			resp.Body.Close()
		}
		errc <- err
	}()
	require.Eventually(t, func() bool { return up.b.Inflight() == 1 }, 10*time.Second, time.Millisecond)
	cancel()
	assert.ErrorIs(t, <-errc, context.Canceled)
	require.Eventually(t, func() bool { return tp.p.Stats().ClientGone == 1 }, 10*time.Second, time.Millisecond)
	st := tp.p.Stats()
	assert.Zero(t, st.BadGateway, "a client leaving is not a 502")
	assert.Zero(t, tp.lb.Status().Backends[0].Failures, "nor the backend's fault")
}

func testProxyStreamsSSE(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{TotalTimeout: time.Second}, ServerConfig{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The backend sends one event and then waits an hour: the client can
	// only see it if nothing on the way buffers.
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, tp.url+"/sse?n=2&every=1h", nil)
	resp, err := newClient(t).Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	r := bufio.NewReader(resp.Body)
	line, err := r.ReadString('\n')
	require.NoError(t, err)
	assert.Equal(t, "id: 0\n", line)
	line, err = r.ReadString('\n')
	require.NoError(t, err)
	assert.Equal(t, "data: event 0 from b1\n", line)
}

func testProxyWebSocketPassthrough(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
	conn, err := net.Dial("tcp", strings.TrimPrefix(tp.url, "http://"))
	require.NoError(t, err)
	defer conn.Close()
	require.NoError(t, conn.SetDeadline(time.Now().Add(10*time.Second)))
	key := base64.StdEncoding.EncodeToString([]byte("0123456789abcdef"))
	fmt.Fprintf(conn, "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n", key)
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	require.NoError(t, err)
	assert.Equal(t, http.StatusSwitchingProtocols, resp.StatusCode)
	sum := sha1.Sum([]byte(key + wsGUID))
	assert.Equal(t, base64.StdEncoding.EncodeToString(sum[:]), resp.Header.Get("Sec-WebSocket-Accept"))
	frame := []byte{0x81, 0x85, 1, 2, 3, 4, 'h' ^ 1, 'e' ^ 2, 'l' ^ 3, 'l' ^ 4, 'o' ^ 1} // masked "hello"
	_, err = conn.Write(frame)
	require.NoError(t, err)
	echo := make([]byte, len(frame))
	_, err = io.ReadFull(br, echo)
	require.NoError(t, err)
	assert.Equal(t, frame, echo, "bytes pass both ways after the upgrade")
}

func testProxyRefusesH2CUpgrade(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
	conn, err := net.Dial("tcp", strings.TrimPrefix(tp.url, "http://"))
	require.NoError(t, err)
	defer conn.Close()
	require.NoError(t, conn.SetDeadline(time.Now().Add(10*time.Second)))
	io.WriteString(conn, "GET /headers HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "a plain answer, not 101 Switching Protocols")
	var got http.Header
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&got))
	assert.Empty(t, got.Get("Upgrade"), "the backend never sees the upgrade")
	assert.Empty(t, got.Get("Http2-Settings"))
}

func testProxyIsNotAnOpenProxy(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
	tests := []struct {
		name, request string
		want          int
		wantBackend   string
	}{
		{"absolute-form URI goes to the backend", "GET http://example.invalid/ HTTP/1.1\r\nHost: example.invalid\r\n\r\n", 200, "b1"},
		{"CONNECT refused", "CONNECT example.invalid:443 HTTP/1.1\r\nHost: example.invalid:443\r\n\r\n", 405, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", strings.TrimPrefix(tp.url, "http://"))
			require.NoError(t, err)
			defer conn.Close()
			require.NoError(t, conn.SetDeadline(time.Now().Add(10*time.Second)))
			_, err = io.WriteString(conn, tt.request)
			require.NoError(t, err)
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			require.NoError(t, err)
			resp.Body.Close()
			assert.Equal(t, tt.want, resp.StatusCode)
			assert.Equal(t, tt.wantBackend, resp.Header.Get("X-Backend"))
		})
	}
}

func testProxyHTTP2(t *testing.T) {
	up := startUpstream(t, "b1")
	tlsCfg, roots, err := SelfSignedTLS()
	require.NoError(t, err)
	tests := []struct {
		name   string
		scfg   ServerConfig
		client *http.Transport
	}{
		{"h2c prior knowledge", ServerConfig{}, func() *http.Transport {
			tr := &http.Transport{Protocols: new(http.Protocols)}
			tr.Protocols.SetUnencryptedHTTP2(true)
			return tr
		}()},
		{"TLS with ALPN h2", ServerConfig{TLSConfig: tlsCfg}, &http.Transport{
			TLSClientConfig: &tls.Config{RootCAs: roots}, ForceAttemptHTTP2: true,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, tt.scfg)
			defer tt.client.CloseIdleConnections()
			resp, body := get(t, &http.Client{Transport: tt.client}, tp.url+"/", nil)
			assert.Equal(t, 200, resp.StatusCode)
			assert.Equal(t, "HTTP/2.0", resp.Proto)
			assert.Contains(t, body, "hello from b1")
		})
	}
}

func testProxyEjectsFailingBackend(t *testing.T) {
	tests := []struct {
		name      string
		status    int
		count5xx  bool
		wantFails int
		wantState string
	}{
		{"503s eject", http.StatusServiceUnavailable, false, 3, "ejected"},
		{"500s do not by default", http.StatusInternalServerError, false, 20, "up"},
		{"500s do with Count5xx", http.StatusInternalServerError, true, 3, "ejected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			good := startUpstream(t, "good")
			bad := startUpstream(t, "bad")
			bad.h.FailRate, bad.h.FailStatus = 1, tt.status
			oc := OutlierConfig{ConsecutiveFailures: 3, BaseEjection: time.Hour, Count5xx: tt.count5xx}
			tp := startProxyOC(t, []*Backend{good.b, bad.b}, &RoundRobin{}, oc, ProxyConfig{}, ServerConfig{})
			c := newClient(t)
			fails := 0
			for range 40 {
				resp, _ := get(t, c, tp.url+"/", nil)
				if resp.StatusCode != 200 {
					fails++
				}
			}
			assert.Equal(t, tt.wantFails, fails)
			assert.Equal(t, tt.wantState, tp.lb.Status().Backends[1].State)
		})
	}
}

// testProxyOneBadURLKeepsTheService is the outage the second-pass review
// found: with one backend, five GET /status?code=500 ejected it and every
// request got 503 for 30 s. 500s no longer count by default, and even when
// every 5xx counts the last available backend is never ejected.
func testProxyOneBadURLKeepsTheService(t *testing.T) {
	for _, count5xx := range []bool{false, true} {
		t.Run(fmt.Sprintf("count5xx=%v", count5xx), func(t *testing.T) {
			up := startUpstream(t, "only")
			tp := startProxyOC(t, []*Backend{up.b}, &RoundRobin{}, OutlierConfig{Count5xx: count5xx}, ProxyConfig{}, ServerConfig{})
			c := newClient(t)
			for _, code := range []int{500, 503} {
				for range 10 {
					resp, _ := get(t, c, fmt.Sprintf("%s/status?code=%d", tp.url, code), nil)
					assert.Equal(t, code, resp.StatusCode)
				}
			}
			resp, body := get(t, c, tp.url+"/", nil)
			assert.Equal(t, 200, resp.StatusCode, body)
			st := tp.lb.Status()
			assert.Equal(t, "up", st.Backends[0].State)
			assert.Positive(t, st.EjectionsCapped, "ejections were refused, not skipped silently")
		})
	}
}

// pacedBody is a request body the test hands out in chunks, each only
// after the previous one has been read and gap has passed: a client
// uploading slowly (curl --limit-rate).
type pacedBody struct {
	chunks  [][]byte
	gap     time.Duration
	started bool // of the first chunk left
}

func (b *pacedBody) Read(p []byte) (int, error) {
	if len(b.chunks) == 0 {
		return 0, io.EOF
	}
	if !b.started {
		<-time.After(b.gap) // the client's pace, not a wait for the code under test
		b.started = true
	}
	n := copy(p, b.chunks[0])
	b.chunks[0] = b.chunks[0][n:]
	if len(b.chunks[0]) == 0 {
		b.chunks, b.started = b.chunks[1:], false
	}
	return n, nil
}

func slowUpload(chunks int, gap time.Duration) (*pacedBody, int) {
	b := &pacedBody{gap: gap}
	for i := range chunks {
		b.chunks = append(b.chunks, []byte(strings.Repeat(string(rune('a'+i)), 1000)))
	}
	return b, chunks * 1000
}

// testProxySlowUploadIsNotTheBackendsFault: the per-try timeout starts when
// the request has been sent, so uploads slower than it succeed, and a
// client that uploads too slowly for the total timeout, or breaks off, gets
// a 4xx without a failure charged to the backend.
func testProxySlowUploadIsNotTheBackendsFault(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{TryTimeout: 60 * time.Millisecond, TotalTimeout: time.Minute}, ServerConfig{})
	c := newClient(t)
	for range 4 { // more than ConsecutiveFailures: once ejected it would stay out
		body, n := slowUpload(5, 30*time.Millisecond) // 150 ms > TryTimeout
		resp, err := c.Post(tp.url+"/sink", "text/plain", body)
		require.NoError(t, err)
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		require.Equal(t, 200, resp.StatusCode, "%s", got)
		assert.Equal(t, fmt.Sprintf("received %d bytes\n", n), string(got))
	}
	// An echo answers while the body is still arriving: full duplex, the
	// whole body comes back.
	body, n := slowUpload(5, 30*time.Millisecond)
	resp, err := c.Post(tp.url+"/echo", "text/plain", body)
	require.NoError(t, err)
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Len(t, got, n)
	// A slow backend still times out per try: the timer runs after the send.
	resp, _ = get(t, c, tp.url+"/slow?d=5s", nil)
	assert.Equal(t, 504, resp.StatusCode)
	st := tp.lb.Status().Backends[0]
	assert.EqualValues(t, 1, st.Failures, "only the slow answer counts")
	assert.Equal(t, "up", st.State)

	t.Run("total timeout while uploading", func(t *testing.T) {
		up := startUpstream(t, "b2")
		tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{TotalTimeout: 100 * time.Millisecond}, ServerConfig{})
		for range 4 {
			body, _ := slowUpload(10, 30*time.Millisecond)
			resp, err := newClient(t).Post(tp.url+"/sink", "text/plain", body)
			if err == nil { // the proxy may close before the client has sent everything
				got, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				assert.Equal(t, http.StatusRequestTimeout, resp.StatusCode, "%s", got)
			}
		}
		assert.Zero(t, tp.lb.Status().Backends[0].Failures)
		assert.Equal(t, "up", tp.lb.Status().Backends[0].State)
		assert.Positive(t, tp.p.Stats().ClientBody)
	})

	t.Run("client breaks off its upload", func(t *testing.T) {
		up := startUpstream(t, "b3")
		tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
		for range 4 {
			conn, err := net.Dial("tcp", strings.TrimPrefix(tp.url, "http://"))
			require.NoError(t, err)
			fmt.Fprintf(conn, "POST /sink HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n%s", strings.Repeat("z", 5000))
			// Wait until the proxy is sending the body on, then leave.
			require.Eventually(t, func() bool { return up.b.Inflight() == 1 }, 10*time.Second, time.Millisecond)
			conn.Close()
			require.Eventually(t, func() bool { return up.b.Inflight() == 0 }, 10*time.Second, time.Millisecond)
		}
		assert.Zero(t, tp.lb.Status().Backends[0].Failures)
		assert.Equal(t, "up", tp.lb.Status().Backends[0].State)
	})
}

// testProxyBackendPath: a backend URL's path is joined in front of the
// request's, never dropped.
func testProxyBackendPath(t *testing.T) {
	var mu sync.Mutex
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.RawPath+"|"+r.URL.Path+"?"+r.URL.RawQuery)
		mu.Unlock()
	}))
	defer srv.Close()
	u, err := url.Parse(srv.URL + "/api/v1/")
	require.NoError(t, err)
	tp := startProxy(t, []*Backend{{Name: "p", URL: u}}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
	c := newClient(t)
	get(t, c, tp.url+"/users?id=7", nil)
	get(t, c, tp.url+"/a%2Fb", nil)
	assert.Equal(t, []string{"|/api/v1/users?id=7", "/api/v1/a%2Fb|/api/v1/a/b?"}, paths)

	for _, tt := range []struct{ base, req, path, raw string }{
		{"/p", "/x", "/p/x", ""},
		{"/p/", "/x", "/p/x", ""},
		{"/p", "x", "/p/x", ""},
		{"/p/", "/", "/p/", ""},
		{"/p%2F", "/x", "/p//x", "/p%2F/x"},
	} {
		base, _ := url.Parse("http://h" + tt.base)
		req := &url.URL{Path: tt.req}
		if tt.req != "" && tt.req[0] != '/' {
			req = &url.URL{Path: tt.req}
		}
		path, raw := joinURLPath(base, req)
		assert.Equal(t, tt.path, path, "%s + %s", tt.base, tt.req)
		assert.Equal(t, tt.raw, raw, "%s + %s", tt.base, tt.req)
	}
}

// testProxyChunkedWithLengthCloses: RFC 9112 §6.1 requires closing a
// connection whose request had both Content-Length and chunked framing.
func testProxyChunkedWithLengthCloses(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
	conn, err := net.Dial("tcp", strings.TrimPrefix(tp.url, "http://"))
	require.NoError(t, err)
	defer conn.Close()
	fmt.Fprint(conn, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, "hello", string(body), "the chunked framing wins")
	assert.True(t, resp.Close, "Connection: close")
	_, err = http.ReadResponse(br, nil)
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF, "no second response on that connection")
}

// testProxyCutsClientsThatDoNotRead: a client that never reads its
// response is cut after WriteIdleTimeout and releases the backend, while a
// stream that keeps moving outlives the timeout.
func testProxyCutsClientsThatDoNotRead(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{WriteIdleTimeout: 150 * time.Millisecond}, ServerConfig{})
	conn, err := net.Dial("tcp", strings.TrimPrefix(tp.url, "http://"))
	require.NoError(t, err)
	defer conn.Close()
	fmt.Fprint(conn, "GET /bytes?n=268435456 HTTP/1.1\r\nHost: x\r\n\r\n")
	require.Eventually(t, func() bool { return up.b.Inflight() == 1 }, 10*time.Second, time.Millisecond)
	// The client reads nothing; the proxy's writes block, then time out.
	require.Eventually(t, func() bool { return up.b.Inflight() == 0 }, 10*time.Second, 5*time.Millisecond,
		"the backend is released without the client reading")

	resp, err := newClient(t).Get(tp.url + "/sse?n=5&every=60ms")
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err, "a stream idle less than the timeout between events is not cut")
	assert.Equal(t, 5, strings.Count(string(body), "data: "))
}
func testProxyDrain(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
	health := httptest.NewRecorder()
	tp.p.HealthHandler().ServeHTTP(health, httptest.NewRequest("GET", "/healthz", nil))
	assert.Equal(t, 200, health.Code)

	tp.p.Drain()
	health = httptest.NewRecorder()
	tp.p.HealthHandler().ServeHTTP(health, httptest.NewRequest("GET", "/healthz", nil))
	assert.Equal(t, 503, health.Code, "health check fails while draining")
	resp, _ := get(t, newClient(t), tp.url+"/", nil)
	assert.Equal(t, 200, resp.StatusCode, "requests still served")
	assert.True(t, resp.Close, "keep-alive clients told to reconnect elsewhere")
}

func testServerDropsSlowloris(t *testing.T) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{ReadHeaderTimeout: 100 * time.Millisecond})
	conn, err := net.Dial("tcp", strings.TrimPrefix(tp.url, "http://"))
	require.NoError(t, err)
	defer conn.Close()
	_, err = io.WriteString(conn, "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
	require.NoError(t, err)
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(10*time.Second)))
	_, err = io.ReadAll(conn)
	var ne net.Error
	assert.False(t, errors.As(err, &ne) && ne.Timeout(), "server closed the connection before our 10s deadline: %v", err)
}

// testGracefulShutdownUnderLoad drives the proxy from several keep-alive
// clients and shuts its server down in the middle: every request the
// server took must succeed. The only acceptable client error is a refused
// connection after the listener closed, which no request reached.
func testGracefulShutdownUnderLoad(t *testing.T) {
	up := startUpstream(t, "b1")
	up.h.Delay = 2 * time.Millisecond
	tp := startProxy(t, []*Backend{up.b}, &RoundRobin{}, ProxyConfig{}, ServerConfig{})
	var ok, failed, refused atomic.Int64
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 8 {
		wg.Go(func() {
			c := newClient(t)
			for {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := c.Get(tp.url + "/")
				switch {
				case errors.Is(err, syscall.ECONNREFUSED):
					refused.Add(1)
					return
				case err != nil:
					failed.Add(1)
					t.Errorf("request failed: %v", err)
					return
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 || len(body) != 64 {
					failed.Add(1)
					t.Errorf("bad response: %d %q %v", resp.StatusCode, body, err)
					return
				}
				ok.Add(1)
			}
		})
	}
	require.Eventually(t, func() bool { return ok.Load() >= 200 }, 30*time.Second, time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	active := tp.server.ConnStats().Active
	require.NoError(t, tp.server.Shutdown(ctx))
	close(stop)
	wg.Wait()
	t.Logf("ok=%d refused=%d failed=%d active at shutdown=%d", ok.Load(), refused.Load(), failed.Load(), active)
	assert.Zero(t, failed.Load())
	assert.Zero(t, tp.server.ConnStats().Open, "every connection closed")
}

// BenchmarkProxy sends 64-byte GETs over keep-alive loopback connections:
// to the backend directly (the ceiling), through this proxy, through a
// bare httputil.ReverseProxy with this proxy's transport settings, and
// through one with Go's defaults (what most Go proxies start as). Client,
// proxy and backend share the process and the CPUs, so only the ratios
// mean anything; nginx-compare.sh measures with separate processes.
func BenchmarkProxy(b *testing.B) {
	up := startUpstream(b, "b1")
	direct := up.srv.URL
	ours := startProxy(b, []*Backend{up.b}, P2C{}, ProxyConfig{}, ServerConfig{}).url
	oursFast := startProxy(b, []*Backend{up.b}, P2C{}, ProxyConfig{FastPath: true}, ServerConfig{}).url
	plainRP := &httputil.ReverseProxy{Rewrite: func(pr *httputil.ProxyRequest) {
		pr.SetURL(up.b.URL)
		pr.SetXForwarded()
	}}
	plain := httptest.NewServer(plainRP)
	defer plain.Close()
	// The same ReverseProxy with this proxy's transport and buffer pool
	// but none of its balancing, retries, timeouts or counters: the gap to
	// impl=ours is what those cost.
	tunedTr := NewUpstreamTransport()
	defer tunedTr.CloseIdleConnections()
	tunedRP := &httputil.ReverseProxy{Rewrite: func(pr *httputil.ProxyRequest) {
		pr.SetURL(up.b.URL)
		pr.SetXForwarded()
	}, Transport: tunedTr, BufferPool: &bufferPool{}}
	tuned := httptest.NewServer(tunedRP)
	defer tuned.Close()
	for _, impl := range []struct{ name, url string }{
		{"direct", direct}, {"ours", ours}, {"ours-fastpath", oursFast}, {"httputil-tuned", tuned.URL}, {"httputil-default", plain.URL},
	} {
		b.Run("impl="+impl.name, func(b *testing.B) {
			tr := &http.Transport{MaxIdleConnsPerHost: 64}
			defer tr.CloseIdleConnections()
			c := &http.Client{Transport: tr}
			b.SetBytes(64)
			b.ReportAllocs()
			b.SetParallelism(8)
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					resp, err := c.Get(impl.url + "/")
					if err != nil {
						b.Error(err)
						return
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "req/s")
		})
	}
}

// TestServerLogsThroughSlog: net/http's own error lines (here a TLS
// handshake from a plain-text client) go to the configured slog logger at
// Debug level, not to the standard logger on stderr.
func TestServerLogsThroughSlog(t *testing.T) {
	tlsCfg, _, err := SelfSignedTLS()
	require.NoError(t, err)
	var buf syncBuffer
	logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s := NewHTTPServer(http.NotFoundHandler(), ServerConfig{TLSConfig: tlsCfg, Logger: logger})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() { done <- s.Serve(l) }()
	c, err := net.Dial("tcp", l.Addr().String())
	require.NoError(t, err)
	fmt.Fprint(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	io.Copy(io.Discard, c) // the server answers in plain text and closes
	c.Close()
	require.Eventually(t, func() bool { return strings.Contains(buf.String(), "TLS handshake error") }, 10*time.Second, time.Millisecond)
	assert.Contains(t, buf.String(), "level=DEBUG")
	s.Close()
	assert.NoError(t, <-done)
}

// TestShutdownNotDelayedByIdlePreconnect: a socket that connected and sent
// nothing (a browser's preconnect) holds Shutdown for ShutdownGrace, not
// for the whole ReadHeaderTimeout.
func TestShutdownNotDelayedByIdlePreconnect(t *testing.T) {
	s := NewHTTPServer(http.NotFoundHandler(), ServerConfig{ReadHeaderTimeout: time.Minute, ShutdownGrace: 50 * time.Millisecond, Logger: quietLogger})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() { done <- s.Serve(l) }()
	c, err := net.Dial("tcp", l.Addr().String())
	require.NoError(t, err)
	defer c.Close()
	require.Eventually(t, func() bool { return s.ConnStats().Accepted == 1 }, 10*time.Second, time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	require.NoError(t, s.Shutdown(ctx))
	// net/http alone would wait 5 s (StateNew counts as busy that long)
	// and the header timeout here is a minute.
	assert.Less(t, time.Since(start), 3*time.Second, "Shutdown waited for a silent connection")
	assert.NoError(t, <-done)
}
