package main

// This file holds the command line: the demo by default, and the proxy,
// backend and RPC subcommands, each with its own flag.FlagSet.

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
)

const usage = `usage: 168-networking [command] [flags]

With no command, runs the demo: three backends behind the proxy, one killed
and brought back, a graceful shutdown under load, and the RPC.

commands:
  demo        the tour above
  proxy       a load-balancing reverse proxy in front of -backend URLs
  backend     the test backend (/, /healthz, /echo, /slow, /status, /bytes, /sse, /ws)
  rpc-server  the RPC server (methods echo, upper, sleep)
  rpc-client  one RPC call
  rpc-bench   RPC throughput and latency (starts its own server without -addr)

"168-networking COMMAND -h" lists a command's flags. Servers print
"listening on ADDR" and stop gracefully on SIGINT or SIGTERM.

examples:
  go run ./168-networking
  go run ./168-networking backend -listen 127.0.0.1:9001 -name b1
  go run ./168-networking proxy -listen 127.0.0.1:8080 -admin 127.0.0.1:8081 \
      -backend http://127.0.0.1:9001 -backend http://127.0.0.1:9002 -strategy p2c
  curl -s 127.0.0.1:8081/backends
  go run ./168-networking rpc-bench -callers 64
`

// commandHelp is each command's synopsis and example, printed above its
// flags by "COMMAND -h".
var commandHelp = map[string][2]string{
	"demo": {"the tour: backends behind the proxy, one killed and brought back, a graceful shutdown under load, the RPC",
		"go run ./168-networking demo -phase 1s"},
	"proxy": {"a load-balancing reverse proxy; a -backend URL may carry a path (joined in front of the request's) and end in #weight=N;\nstrategies: round-robin, weighted, least-conn, p2c, hash",
		"go run ./168-networking proxy -listen 127.0.0.1:8080 -admin 127.0.0.1:8081 \\\n      -backend http://127.0.0.1:9001 -backend 'http://127.0.0.1:9002#weight=2' -health-path /healthz"},
	"backend":    {"the test backend the demo, the tests and nginx-compare.sh use", "go run ./168-networking backend -listen 127.0.0.1:9001 -name b1 -delay 5ms"},
	"rpc-server": {"the RPC server (methods echo, upper, sleep)", "go run ./168-networking rpc-server -listen 127.0.0.1:7070"},
	"rpc-client": {"one RPC call, its answer printed", "go run ./168-networking rpc-client -addr 127.0.0.1:7070 -method upper -data hello -timeout 2s"},
	"rpc-bench":  {"RPC throughput and latency percentiles", "go run ./168-networking rpc-bench -callers 64 -conns 2 -size 1024 -duration 3s"},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// errUsage marks command-line mistakes, which exit with status 2.
var errUsage = errors.New("usage")

// errUsageShown marks a usage error whose message and the command's flags
// the flag package has already printed.
var errUsageShown = errors.New("usage shown")

// run is the whole program behind main, returning the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmd := "demo"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	} else if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprint(stderr, usage)
		return 0
	}
	commands := map[string]func(context.Context, []string, io.Writer, io.Writer) error{
		"demo": runDemo, "proxy": runProxy, "backend": runBackend,
		"rpc-server": runRPCServer, "rpc-client": runRPCClient, "rpc-bench": runRPCBench,
	}
	var err error
	switch f, ok := commands[cmd]; {
	case cmd == "help":
		fmt.Fprint(stdout, usage)
		return 0
	case ok:
		err = f(ctx, args, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "168-networking: unknown command %q\n%s", cmd, usage)
		return 2
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsageShown):
		return 2
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "168-networking: %v\nrun \"168-networking %s -h\" for its flags\n", err, cmd)
		return 2
	default:
		fmt.Fprintf(stderr, "168-networking: %v\n", err)
		return 1
	}
}

// newFlagSet returns the flag set of command name, whose -h prints the
// command's synopsis, its own flags and an example.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		h := commandHelp[name]
		fmt.Fprintf(stderr, "usage: 168-networking %s [flags]\n\n%s\n\nflags:\n", name, h[0])
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nexample:\n  %s\n", h[1])
	}
	return fs
}

// parse parses a command's flags. The flag package prints a bad flag's
// error and the command's usage itself, so that error is returned as
// errUsageShown; positional arguments are refused.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%s: %w: %w", fs.Name(), errUsageShown, err)
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%s: unexpected arguments %q: %w", fs.Name(), fs.Args(), errUsage)
	}
	return nil
}

func usageErr(cmd, format string, a ...any) error {
	return fmt.Errorf("%s: %s: %w", cmd, fmt.Sprintf(format, a...), errUsage)
}

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("demo", stderr)
	phase := fs.Duration("phase", 1500*time.Millisecond, "length of each load phase")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *phase < 50*time.Millisecond || *phase > time.Minute {
		return usageErr("demo", "-phase must be between 50ms and 1m")
	}
	return demo(ctx, stdout, *phase)
}

// serveUntilDone serves s on l until ctx ends, then shuts it down
// gracefully within timeout.
func serveUntilDone(ctx context.Context, s *HTTPServer, l net.Listener, before func(), timeout time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(l) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	if before != nil {
		before()
	}
	sctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := s.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return <-errc
}

func runBackend(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("backend", stderr)
	listen := fs.String("listen", "127.0.0.1:0", "address to listen on")
	name := fs.String("name", "", "backend name (default: the address)")
	delay := fs.Duration("delay", 0, "delay added to every request")
	failRate := fs.Float64("fail-rate", 0, "share of requests answered with 500, 0 to 1")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *failRate < 0 || *failRate > 1 {
		return usageErr("backend", "-fail-rate must be between 0 and 1")
	}
	l, err := net.Listen("tcp", *listen)
	if err != nil {
		return err
	}
	if *name == "" {
		*name = l.Addr().String()
	}
	h := NewBackendHandler(*name, *delay, *failRate)
	s := NewHTTPServer(h, ServerConfig{})
	fmt.Fprintf(stdout, "backend %s listening on http://%s\n", *name, l.Addr())
	err = serveUntilDone(ctx, s, l, nil, 10*time.Second)
	fmt.Fprintf(stdout, "backend %s served %d requests\n", *name, h.Served())
	return err
}

// parseBackend reads URL or URL#weight=N.
func parseBackend(s string) (*Backend, error) {
	raw, weight := s, 1
	if i := strings.Index(s, "#weight="); i >= 0 {
		raw = s[:i]
		if _, err := fmt.Sscanf(s[i+len("#weight="):], "%d", &weight); err != nil || weight < 1 {
			return nil, fmt.Errorf("bad weight in %q", s)
		}
	}
	u, err := urlParse(raw)
	if err != nil {
		return nil, err
	}
	return &Backend{URL: u, Weight: weight}, nil
}

func runProxy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("proxy", stderr)
	listen := fs.String("listen", "127.0.0.1:8080", "address to listen on")
	admin := fs.String("admin", "", "address of the admin endpoint (/backends, /stats, /healthz); off when empty")
	var backendFlags, trust listFlag
	fs.Var(&backendFlags, "backend", "backend URL, repeatable; URL#weight=N for a weight")
	fs.Var(&trust, "trust", "CIDR of a proxy in front whose X-Forwarded-* is kept, repeatable")
	strategy := fs.String("strategy", "p2c", "round-robin, weighted, least-conn, p2c or hash")
	useTLS := fs.Bool("tls", false, "serve HTTPS (HTTP/2 by ALPN) with a self-signed certificate")
	hpath := fs.String("health-path", "", "path of an HTTP health check (GET, 2xx/3xx pass, redirects not followed); empty: TCP connect check")
	hhost := fs.String("health-host", "", "Host header of the HTTP health check (default the backend's host)")
	hint := fs.Duration("health-interval", 2*time.Second, "health check interval")
	rise := fs.Int("rise", 2, "passed checks to bring a backend up")
	fall := fs.Int("fall", 3, "failed checks to take a backend down")
	ejectAfter := fs.Int("eject-after", 5, "consecutive gateway failures (502/503/504, connect or reset errors) that eject a backend (-1: never)")
	count5xx := fs.Bool("count-5xx", false, "count every 5xx answer as a backend failure, not only 502/503/504")
	ejectFor := fs.Duration("eject-for", 30*time.Second, "first ejection cool-down; grows with each ejection")
	maxEjected := fs.Float64("max-ejected", 0.5, "largest share of backends ejected at once (the last available one never is)")
	panicAt := fs.Float64("panic-threshold", 0.5, "below this share of available backends, route across all of them (-1: never)")
	tries := fs.Int("tries", 3, "attempts per idempotent request on connect failure")
	tryTimeout := fs.Duration("try-timeout", 10*time.Second, "timeout of one attempt, from the request sent to the response headers")
	totalTimeout := fs.Duration("total-timeout", 30*time.Second, "timeout of all attempts until response headers, request upload included")
	writeIdle := fs.Duration("write-idle-timeout", 60*time.Second, "cut a client that reads nothing of its response for this long")
	maxConns := fs.Int("max-conns-per-backend", DefaultMaxConnsPerBackend, "connections to one backend at most; further requests wait")
	fastPath := fs.Bool("fastpath", false, "serve plain HTTP/1.1 requests on our own connection loop (h1server.go) and send bodiless ones upstream through the synchronous client on the pool (fastpath.go)")
	drain := fs.Duration("drain", 0, "on SIGTERM, fail health checks this long before shutting down")
	gogc := fs.Int("gogc", 100, "GC percent (debug.SetGCPercent) unless the GOGC variable is set")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file (go tool pprof)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return err
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	if os.Getenv("GOGC") == "" {
		// A proxy's live heap is small (buffers are pooled), so a higher
		// setting trades a few MB for fewer GC cycles per request; README's
		// nginx table measures 400 beside Go's default.
		defer debug.SetGCPercent(debug.SetGCPercent(*gogc))
	}
	if len(backendFlags) == 0 {
		return usageErr("proxy", "at least one -backend is required")
	}
	s, err := StrategyByName(*strategy)
	if err != nil {
		return usageErr("proxy", "%v", err)
	}
	var bs []*Backend
	for _, f := range backendFlags {
		b, err := parseBackend(f)
		if err != nil {
			return usageErr("proxy", "-backend: %v", err)
		}
		bs = append(bs, b)
	}
	var prefixes []netip.Prefix
	for _, c := range trust {
		p, err := netip.ParsePrefix(c)
		if err != nil {
			return usageErr("proxy", "-trust: %v", err)
		}
		prefixes = append(prefixes, p)
	}
	if *maxConns < 1 {
		return usageErr("proxy", "-max-conns-per-backend must be at least 1")
	}
	if *maxEjected < 0 || *maxEjected > 1 || *panicAt > 1 {
		return usageErr("proxy", "-max-ejected and -panic-threshold are shares of the fleet, at most 1")
	}
	lb, err := NewBalancer(bs, s, OutlierConfig{
		ConsecutiveFailures: *ejectAfter, Count5xx: *count5xx, BaseEjection: *ejectFor, MaxEjection: 10 * *ejectFor,
		MaxEjectedFraction: *maxEjected, PanicThreshold: *panicAt,
	})
	if err != nil {
		return usageErr("proxy", "%v", err)
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	upstream := NewUpstreamTransport()
	upstream.MaxConnsPerHost = *maxConns
	p, err := NewProxy(ProxyConfig{
		Balancer: lb, TrustedProxies: prefixes, MaxTries: *tries, Transport: upstream,
		TryTimeout: *tryTimeout, TotalTimeout: *totalTimeout, WriteIdleTimeout: *writeIdle, Logger: logger,
		FastPath: *fastPath,
	})
	if err != nil {
		return err
	}
	scfg := ServerConfig{Logger: logger, FastPath: *fastPath}
	if *useTLS {
		if scfg.TLSConfig, _, err = SelfSignedTLS(); err != nil {
			return err
		}
	}
	l, err := net.Listen("tcp", *listen)
	if err != nil {
		return err
	}
	server := NewHTTPServer(p, scfg)

	var wg sync.WaitGroup
	defer wg.Wait()
	hctx, stopChecks := context.WithCancel(context.Background())
	defer stopChecks()
	wg.Go(func() {
		lb.RunHealthChecks(hctx, HealthCheck{Path: *hpath, Host: *hhost, Interval: *hint, Timeout: min(*hint, 2*time.Second),
			Rise: *rise, Fall: *fall, Logger: logger})
	})
	if *admin != "" {
		al, err := net.Listen("tcp", *admin)
		if err != nil {
			l.Close()
			return err
		}
		mux := http.NewServeMux()
		mux.Handle("GET /backends", lb.AdminHandler())
		mux.Handle("GET /healthz", p.HealthHandler())
		mux.HandleFunc("GET /stats", func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, map[string]any{"proxy": p.Stats(), "connections": server.ConnStats()})
		})
		as := NewHTTPServer(mux, ServerConfig{Logger: logger})
		actx, stopAdmin := context.WithCancel(context.Background())
		defer stopAdmin()
		wg.Go(func() { _ = serveUntilDone(actx, as, al, nil, time.Second) })
		fmt.Fprintf(stdout, "admin listening on http://%s (/backends, /stats, /healthz)\n", al.Addr())
	}
	scheme := "http"
	if *useTLS {
		scheme = "https"
	}
	fmt.Fprintf(stdout, "proxy listening on %s://%s (strategy %s, %d backends)\n", scheme, l.Addr(), s.Name(), len(bs))
	err = serveUntilDone(ctx, server, l, func() {
		p.Drain()
		fmt.Fprintf(stdout, "draining for %v, then shutting down\n", *drain)
		time.Sleep(*drain)
	}, 30*time.Second)
	p.CloseIdleConnections() // and, with -fastpath, the pools' reapers
	st := p.Stats()
	fmt.Fprintf(stdout, "proxy served %d requests (%d retries, %d 502, %d 503, %d 504, %d 499)\n",
		st.Requests, st.Retries, st.BadGateway, st.NoBackend, st.TimedOut, st.ClientGone)
	return err
}

func runRPCServer(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rpc-server", stderr)
	listen := fs.String("listen", "127.0.0.1:7070", "address to listen on")
	if err := parse(fs, args); err != nil {
		return err
	}
	l, err := net.Listen("tcp", *listen)
	if err != nil {
		return err
	}
	srv := &Server{Handler: demoRPCHandler, Logger: slog.New(slog.NewTextHandler(stderr, nil))}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(l) }()
	fmt.Fprintf(stdout, "rpc-server listening on %s (methods: echo, upper, sleep)\n", l.Addr())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	<-errc
	fmt.Fprintln(stdout, "rpc-server stopped (GOAWAY sent, in-flight calls finished)")
	return nil
}

// demoRPCHandler serves echo, upper and sleep (payload: a Go duration).
func demoRPCHandler(ctx context.Context, method string, p []byte) ([]byte, error) {
	switch method {
	case "echo":
		return p, nil
	case "upper":
		return bytes.ToUpper(p), nil
	case "sleep":
		d, err := time.ParseDuration(string(p))
		if err != nil {
			return nil, err
		}
		select {
		case <-time.After(d):
			return []byte("slept " + d.String()), nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return nil, fmt.Errorf("no method %q", method)
}

func runRPCClient(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rpc-client", stderr)
	addr := fs.String("addr", "127.0.0.1:7070", "server address")
	method := fs.String("method", "echo", "method to call")
	data := fs.String("data", "hello", "payload")
	timeout := fs.Duration("timeout", 10*time.Second, "call timeout")
	if err := parse(fs, args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	c, err := DialRPC(ctx, *addr, ClientOptions{})
	if err != nil {
		return err
	}
	defer c.Close()
	out, err := c.Call(ctx, *method, []byte(*data))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s\n", out)
	return nil
}

func runRPCBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rpc-bench", stderr)
	addr := fs.String("addr", "", "server address (default: start one in this process)")
	callers := fs.Int("callers", 64, "concurrent callers")
	conns := fs.Int("conns", 1, "pooled connections (MaxOpen)")
	size := fs.Int("size", 64, "payload bytes")
	duration := fs.Duration("duration", 3*time.Second, "how long to run")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *callers < 1 || *conns < 1 || *size < 0 || *duration <= 0 {
		return usageErr("rpc-bench", "-callers and -conns must be >= 1, -size >= 0, -duration > 0")
	}
	if *addr == "" {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		srv := &Server{Handler: demoRPCHandler}
		go srv.Serve(l)
		defer srv.Close()
		*addr = l.Addr().String()
	}
	client, err := NewRPCClient(*addr, ClientOptions{}, PoolConfig[*ClientConn]{MaxOpen: *conns})
	if err != nil {
		return err
	}
	defer client.Close()
	payload := bytes.Repeat([]byte("x"), *size)
	bctx, cancel := context.WithTimeout(ctx, *duration)
	defer cancel()
	lat := make([][]time.Duration, *callers)
	errs := make([]error, *callers)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range lat {
		wg.Go(func() {
			for bctx.Err() == nil {
				s := time.Now()
				if _, err := client.Call(bctx, "echo", payload); err != nil {
					if bctx.Err() == nil {
						errs[i] = err
					}
					return
				}
				lat[i] = append(lat[i], time.Since(s))
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if err := errors.Join(errs...); err != nil {
		return err
	}
	all := slices.Concat(lat...)
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	fmt.Fprintf(stdout, "%d callers, %d conns, %d-byte payload, %v: %d calls, %.0f calls/s, p50 %v, p99 %v, max %v\n",
		*callers, *conns, *size, elapsed.Round(time.Millisecond), len(all), float64(len(all))/elapsed.Seconds(),
		percentile(all, 0.5), percentile(all, 0.99), percentile(all, 1))
	return nil
}
