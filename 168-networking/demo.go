package main

// This file holds the no-argument tour. Everything runs for real on loopback:
// three backends, the proxy with active and passive health checking, a
// load generator, a backend killed and brought back, a graceful shutdown
// under load, and the RPC with its pool and GOAWAY.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"text/tabwriter"
	"time"
)

// demoBackend is a backend server the demo can stop and restart on the
// same address.
type demoBackend struct {
	h      *BackendHandler
	addr   string
	server *HTTPServer
	done   chan error
}

func (d *demoBackend) start() error {
	l, err := net.Listen("tcp", d.addr)
	if err != nil {
		return err
	}
	d.addr = l.Addr().String()
	d.server = NewHTTPServer(d.h, ServerConfig{})
	d.done = make(chan error, 1)
	go func() { d.done <- d.server.Serve(l) }()
	return nil
}

// kill stops the backend abruptly, as a crash would.
func (d *demoBackend) kill() {
	d.server.Close()
	<-d.done
}

// loadResult counts what the load generator saw.
type loadResult struct {
	ok, failed, refused int
	firstFailure        string
	byBackend           map[string]int
	statuses            map[int]int
}

// runLoad sends GET / from workers keep-alive clients until ctx ends.
func runLoad(ctx context.Context, url string, workers int) loadResult {
	var mu sync.Mutex
	res := loadResult{byBackend: map[string]int{}, statuses: map[int]int{}}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			tr := &http.Transport{}
			defer tr.CloseIdleConnections()
			c := &http.Client{Transport: tr}
			for ctx.Err() == nil {
				resp, err := c.Get(url)
				mu.Lock()
				switch {
				case neverSent(err):
					res.refused++
				case err != nil:
					res.failed++
					if res.firstFailure == "" {
						res.firstFailure = err.Error()
					}
				default:
					res.statuses[resp.StatusCode]++
					if resp.StatusCode == http.StatusOK {
						res.ok++
						res.byBackend[resp.Header.Get("X-Backend")]++
					} else {
						res.failed++
						if res.firstFailure == "" {
							res.firstFailure = resp.Status
						}
					}
				}
				mu.Unlock()
				if err != nil {
					if neverSent(err) {
						return // the proxy stopped listening
					}
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
	}
	wg.Wait()
	return res
}

// demo walks through the components. phase is the length of each load
// phase (1.5s by default; tests shorten it).
func demo(ctx context.Context, w io.Writer, phase time.Duration) error {
	start := time.Now()
	logger := slog.New(slog.DiscardHandler)
	fmt.Fprintf(w, "168-networking demo: everything below runs on 127.0.0.1 with real sockets\n")

	if err := demoFrames(w); err != nil {
		return err
	}

	// Three backends, the proxy and its health checks.
	var backends []*demoBackend
	var lbBackends []*Backend
	for i := range 3 {
		d := &demoBackend{h: NewBackendHandler(fmt.Sprintf("b%d", i+1), time.Millisecond, 0), addr: "127.0.0.1:0"}
		if err := d.start(); err != nil {
			return err
		}
		defer func() {
			if d.server != nil {
				d.server.Close()
			}
		}()
		backends = append(backends, d)
		lbBackends = append(lbBackends, &Backend{Name: d.h.Name, URL: mustURL("http://" + d.addr)})
	}
	lb, err := NewBalancer(lbBackends, P2C{}, OutlierConfig{
		ConsecutiveFailures: 3, BaseEjection: 2 * phase, MaxEjection: 10 * phase, MaxEjectedFraction: 0.5,
	})
	if err != nil {
		return err
	}
	hctx, stopChecks := context.WithCancel(ctx)
	checksDone := make(chan struct{})
	go func() {
		lb.RunHealthChecks(hctx, HealthCheck{Path: "/healthz", Interval: phase / 10, Timeout: phase / 10, Rise: 2, Fall: 2, Logger: logger})
		close(checksDone)
	}()
	defer func() { stopChecks(); <-checksDone }()

	tr := NewUpstreamTransport()
	defer tr.CloseIdleConnections()
	proxy, err := NewProxy(ProxyConfig{Balancer: lb, Logger: logger, Transport: tr})
	if err != nil {
		return err
	}
	pl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	server := NewHTTPServer(proxy, ServerConfig{})
	served := make(chan error, 1)
	go func() { served <- server.Serve(pl) }()
	defer server.Close()
	url := "http://" + pl.Addr().String() + "/"
	fmt.Fprintf(w, "\nproxy %s  strategy p2c  backends %s, %s, %s\n", url, backends[0].addr, backends[1].addr, backends[2].addr)
	fmt.Fprintf(w, "health checks every %v (rise 2, fall 2); eject after 3 failures in a row for %v, growing\n\n", phase/10, 2*phase)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "phase\tok\tfailed\tretries\tb1\tb2\tb3\tb2 state\t")
	retries := uint64(0)
	row := func(name string, r loadResult) {
		st := lb.Status()
		nowRetries := proxy.Stats().Retries
		state := st.Backends[1].State
		if state == "down" && !st.Backends[1].EjectedUntil.IsZero() {
			state = "down+ejected" // checks and outlier detection both took it out
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t\n", name, r.ok, r.failed, nowRetries-retries,
			r.byBackend["b1"], r.byBackend["b2"], r.byBackend["b3"], state)
		retries = nowRetries
	}
	loadFor := func(d time.Duration) loadResult {
		lctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return runLoad(lctx, url, 8)
	}

	row("1 steady load", loadFor(phase))
	backends[1].kill()
	row("2 b2 killed", loadFor(phase))
	if err := backends[1].start(); err != nil { // same address
		return fmt.Errorf("restart b2: %w", err)
	}
	// Re-admission needs the cool-down to pass and two checks in a row.
	deadline := time.Now().Add(10 * phase)
	for lb.Status().Backends[1].State != "up" && time.Now().Before(deadline) {
		time.Sleep(phase / 16)
	}
	row("3 b2 back", loadFor(phase))
	if err := tw.Flush(); err != nil {
		return err
	}

	// Graceful shutdown under load: drain, then Shutdown while 8 clients
	// keep sending.
	lctx, stopLoad := context.WithCancel(ctx)
	loadDone := make(chan loadResult, 1)
	go func() { loadDone <- runLoad(lctx, url, 8) }()
	time.Sleep(phase / 2)
	proxy.Drain()
	time.Sleep(phase / 4)
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	shutdownStart := time.Now()
	err = server.Shutdown(sctx)
	cancel()
	took := time.Since(shutdownStart)
	stopLoad()
	final := <-loadDone
	if err != nil {
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	if err := <-served; err != nil {
		return err
	}
	fmt.Fprintf(w, "\ngraceful shutdown under load: drain, then Shutdown took %v\n", took.Round(time.Millisecond))
	fmt.Fprintf(w, "  during it: %d ok, %d failed, %d connects refused after the listener closed\n\n",
		final.ok, final.failed, final.refused)
	if final.firstFailure != "" {
		fmt.Fprintf(w, "  first failure: %s\n", final.firstFailure)
	}

	// Stats.
	ps := proxy.Stats()
	cs := server.ConnStats()
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "proxy counter\tvalue")
	fmt.Fprintf(tw, "requests\t%d\n", ps.Requests)
	fmt.Fprintf(tw, "2xx\t%d\n", ps.Status2xx)
	fmt.Fprintf(tw, "retries on another backend\t%d\n", ps.Retries)
	fmt.Fprintf(tw, "502 / 503 / 504 from the proxy\t%d / %d / %d\n", ps.BadGateway, ps.NoBackend, ps.TimedOut)
	fmt.Fprintf(tw, "499 client gone\t%d\n", ps.ClientGone)
	fmt.Fprintf(tw, "connections accepted\t%d\n", cs.Accepted)
	fmt.Fprintf(tw, "requests per connection\t%d\n", cs.Requests/max(cs.Accepted, 1))
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "backend\tstate\trequests\tfailures\tejections\thealth checks")
	for _, b := range lb.Status().Backends {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\n", b.Name, b.State, b.Requests, b.Failures, b.Ejections, b.Checks)
	}
	tw.Flush()

	if err := demoRPC(ctx, w, phase); err != nil {
		return err
	}
	fmt.Fprintf(w, "\ndemo finished in %v\n", time.Since(start).Round(100*time.Millisecond))
	return nil
}

func demoFrames(w io.Writer) error {
	fmt.Fprintln(w, "\nframes (14-byte header, payload, CRC-32C trailer):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "type\tstream\tpayload\twire bytes\tfirst bytes on the wire")
	var buf bytes.Buffer
	enc, dec := NewEncoder(&buf, 0), NewDecoder(&buf, 0)
	for _, f := range []Frame{
		{Type: FrameRequest, Stream: 1, Payload: []byte("\x04echohello")},
		{Type: FrameResponse, Stream: 1, Payload: []byte("hello")},
		{Type: FramePing},
		{Type: FrameGoAway, Stream: 1},
	} {
		if err := enc.Encode(f); err != nil {
			return err
		}
		n := buf.Len()
		head := fmt.Sprintf("% x", buf.Bytes()[:FrameHeaderLen])
		got, err := dec.Next()
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\n", got.Type, got.Stream, len(got.Payload), n, head)
	}
	return tw.Flush()
}

// demoRPC runs the RPC: 64 callers multiplexed over pooled connections,
// then a graceful server shutdown with calls in flight.
func demoRPC(ctx context.Context, w io.Writer, phase time.Duration) error {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	release := make(chan struct{})
	var waiting atomic.Int32 // "wait" handlers running
	srv := &Server{Logger: slog.New(slog.DiscardHandler), Handler: func(ctx context.Context, method string, p []byte) ([]byte, error) {
		switch method {
		case "echo":
			return p, nil
		case "wait":
			waiting.Add(1)
			select {
			case <-release:
				return []byte("finished"), nil
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		return nil, fmt.Errorf("no method %q", method)
	}}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	defer srv.Close()

	client, err := NewRPCClient(l.Addr().String(), ClientOptions{}, PoolConfig[*ClientConn]{MaxOpen: 4})
	if err != nil {
		return err
	}
	defer client.Close()
	rctx, cancel := context.WithTimeout(ctx, phase)
	lat := make([][]time.Duration, 64)
	var wg sync.WaitGroup
	payload := bytes.Repeat([]byte("x"), 64)
	t0 := time.Now()
	for i := range lat {
		wg.Go(func() {
			for rctx.Err() == nil {
				s := time.Now()
				if _, err := client.Call(rctx, "echo", payload); err != nil {
					return
				}
				lat[i] = append(lat[i], time.Since(s))
			}
		})
	}
	wg.Wait()
	cancel()
	elapsed := time.Since(t0)
	all := slices.Concat(lat...)
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	ps := client.Stats()
	fmt.Fprintf(w, "\nrpc: 64 concurrent callers, 64-byte echo, for %v\n", phase)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "calls\tcalls/s\tp50\tp99\tpool conns\tpool acquires\tpool waits")
	fmt.Fprintf(tw, "%d\t%.0f\t%v\t%v\t%d\t%d\t%d\n", len(all), float64(len(all))/elapsed.Seconds(),
		percentile(all, 0.50), percentile(all, 0.99), ps.Open, ps.AcquireCount, ps.WaitCount)
	tw.Flush()

	// GOAWAY: three calls in flight, then Shutdown.
	results := make(chan string, 3)
	for range 3 {
		go func() {
			out, err := client.Call(ctx, "wait", nil)
			if err != nil {
				results <- "error: " + err.Error()
				return
			}
			results <- string(out)
		}()
	}
	for waiting.Load() < 3 {
		time.Sleep(time.Millisecond)
	}
	shut := make(chan error, 1)
	go func() { shut <- srv.Shutdown(ctx) }()
	time.Sleep(phase / 8)
	_, errAfter := client.Call(ctx, "echo", nil)
	close(release)
	var outs []string
	for range 3 {
		outs = append(outs, <-results)
	}
	if err := <-shut; err != nil {
		return err
	}
	<-served
	sort.Strings(outs)
	after := "succeeded?!"
	switch {
	case errors.Is(errAfter, syscall.ECONNREFUSED):
		after = "refused: the server takes no new work"
	case errAfter != nil:
		after = errAfter.Error()
	}
	fmt.Fprintf(w, "rpc graceful shutdown: 3 calls in flight -> %s\n", strings.Join(outs, ", "))
	fmt.Fprintf(w, "                       a new call during it -> %s\n", after)
	return nil
}

func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q * float64(len(sorted)-1))
	return sorted[i].Round(time.Microsecond)
}

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err) // only called with addresses this program formatted
	}
	return u
}

// urlParse reads a backend URL: http or https, a host, optionally a path
// prefix; user info and a query are refused rather than silently dropped.
func urlParse(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // url.Parse's text repeats the whole input
		}
		return nil, fmt.Errorf("%q is not an http(s)://host:port URL: %v", s, err)
	}
	switch {
	case (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		return nil, fmt.Errorf("%q is not an http(s)://host:port URL", s)
	case u.User != nil:
		return nil, fmt.Errorf("%q: user info in a backend URL is not supported", s)
	case u.RawQuery != "" || u.ForceQuery || u.Fragment != "":
		return nil, fmt.Errorf("%q: a backend URL may have a path but no query or fragment", s)
	}
	return u, nil
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// neverSent reports whether a client error happened while connecting, so
// that no request reached the server: refused, or reset while still in
// the closed listener's backlog.
func neverSent(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial"
}
