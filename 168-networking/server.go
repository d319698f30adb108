package main

// This file holds a hardened http.Server with connection-state counters and
// graceful shutdown.
//
// The timeouts are the ones a server facing the internet needs:
// ReadHeaderTimeout stops slowloris (a client trickling header bytes to
// hold a connection and a goroutine forever), IdleTimeout reclaims idle
// keep-alive connections, MaxHeaderBytes bounds header memory. There is
// deliberately no ReadTimeout or WriteTimeout: they would cut uploads,
// downloads and SSE streams, whose duration the proxy's own per-request
// timeouts govern.
//
// Graceful shutdown (Shutdown) is http.Server.Shutdown with one step in
// front. http.Server.Shutdown closes the listeners, closes idle
// connections, waits for active ones to finish their request and go idle,
// then closes them; HTTP/2 connections get a GOAWAY. But a connection
// accepted just before, whose first request the server reads after the
// shutdown began, is closed without an answer (net/http's conn.serve
// checks shuttingDown after readRequest): the client sees EOF on a fresh
// connection, which clients do not retry. And closing the listening socket
// resets the connections still in the kernel's accept queue. So Shutdown
// first stops the listeners itself, accepting what is queued (see
// drainingListener), waits for the accept loops to end, and waits (at most
// ShutdownGrace) until no connection is still in StateNew; only then does
// it call http.Server.Shutdown, when every open connection is either
// serving a request, which finishes, or idle, where a request racing the
// close is retried by clients on a reused connection (RFC 9112 §9.3.1).
// The grace is short because a request that was on its way arrives within
// a round trip, while a browser's pre-connected socket may never send one:
// waiting the whole ReadHeaderTimeout for those would only delay every
// shutdown; those still silent after the grace are closed. Every step is
// bounded by Shutdown's context.
// Hijacked connections (WebSocket) are not tracked by net/http; ConnStats
// counts them but Shutdown does not wait for them.

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// ServerConfig configures an [HTTPServer]. Every zero field means the
// documented default.
type ServerConfig struct {
	// ReadHeaderTimeout bounds reading request headers; default 5s.
	ReadHeaderTimeout time.Duration
	// IdleTimeout closes keep-alive connections idle this long; default 120s.
	IdleTimeout time.Duration
	// MaxHeaderBytes bounds request headers; default 64 KiB.
	MaxHeaderBytes int
	// TLSConfig, when set, makes Serve speak TLS with HTTP/2 and HTTP/1.1
	// by ALPN. Without it Serve speaks HTTP/1.1 and cleartext HTTP/2 (h2c
	// with prior knowledge).
	TLSConfig *tls.Config
	// ShutdownGrace is how long Shutdown waits for connections accepted
	// just before it to present their first request; default 500ms.
	ShutdownGrace time.Duration
	// FastPath serves plain HTTP/1.1 requests without a body on a
	// connection loop of our own (h1server.go) and hands every other
	// connection to net/http; TLS listeners are served by net/http
	// throughout. Default false.
	FastPath bool
	// Logger receives net/http's own error lines (TLS handshake errors,
	// malformed requests, handler panics) at Debug level: they are client
	// mistakes, not the operator's problem, but can be turned on. Default
	// slog.Default(). An http.Server with a nil ErrorLog would write them
	// to the standard logger, on stderr, whatever the level.
	Logger *slog.Logger
}

// ConnStats counts connections by the states net/http reports through
// http.Server.ConnState. Requests/Accepted is the keep-alive reuse ratio
// for HTTP/1.1.
type ConnStats struct {
	Accepted, Closed, Hijacked uint64
	Open, Active, Idle         int64
	// Requests counts transitions to active: one per HTTP/1.1 request,
	// one per busy period of an HTTP/2 connection.
	Requests uint64
}

// HTTPServer is an http.Server with the hardening above and ConnStats.
type HTTPServer struct {
	srv      *http.Server
	h1       *h1Server     // the fast path's loop; nil without FastPath
	grace    time.Duration // ShutdownGrace
	stopping atomic.Bool

	accepted, closed, hijacked, requests atomic.Uint64
	open, active, idle, fresh            atomic.Int64

	// lmu guards listeners and serving.
	lmu       sync.Mutex
	listeners []*drainingListener
	serving   sync.WaitGroup // Serve calls in their accept loop

	// mu guards state, each connection's last state.
	mu    sync.Mutex
	state map[net.Conn]http.ConnState
}

// NewHTTPServer returns a server for h configured by cfg.
func NewHTTPServer(h http.Handler, cfg ServerConfig) *HTTPServer {
	if cfg.ReadHeaderTimeout <= 0 {
		cfg.ReadHeaderTimeout = 5 * time.Second
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = 120 * time.Second
	}
	if cfg.MaxHeaderBytes <= 0 {
		cfg.MaxHeaderBytes = 64 << 10
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = 500 * time.Millisecond
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &HTTPServer{state: make(map[net.Conn]http.ConnState), grace: min(cfg.ShutdownGrace, cfg.ReadHeaderTimeout)}
	var protos http.Protocols
	protos.SetHTTP1(true)
	if cfg.TLSConfig != nil {
		protos.SetHTTP2(true)
	} else {
		protos.SetUnencryptedHTTP2(true)
	}
	s.srv = &http.Server{
		Handler:           h,
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		MaxHeaderBytes:    cfg.MaxHeaderBytes,
		TLSConfig:         cfg.TLSConfig,
		Protocols:         &protos,
		ConnState:         s.connState,
		ErrorLog:          slog.NewLogLogger(cfg.Logger.Handler(), slog.LevelDebug),
	}
	if cfg.FastPath && cfg.TLSConfig == nil {
		s.h1 = newH1Server(s, h, cfg)
	}
	return s
}

// forget drops c from the counters as if it had never been accepted: the
// fast path's loop hands c to net/http, which counts it anew.
func (s *HTTPServer) forget(c net.Conn) {
	s.mu.Lock()
	prev, known := s.state[c]
	delete(s.state, c)
	s.mu.Unlock()
	if !known {
		return
	}
	s.leave(prev)
	s.accepted.Add(^uint64(0))
	s.open.Add(-1)
}

// leave takes a connection out of the gauge of the state it was in.
func (s *HTTPServer) leave(prev http.ConnState) {
	switch prev {
	case http.StateActive:
		s.active.Add(-1)
	case http.StateIdle:
		s.idle.Add(-1)
	case http.StateNew:
		s.fresh.Add(-1)
	}
}

func (s *HTTPServer) connState(c net.Conn, st http.ConnState) {
	s.mu.Lock()
	prev, known := s.state[c]
	if st == http.StateClosed || st == http.StateHijacked {
		delete(s.state, c)
	} else {
		s.state[c] = st
	}
	s.mu.Unlock()
	if known {
		s.leave(prev)
	}
	switch st {
	case http.StateNew:
		s.accepted.Add(1)
		s.open.Add(1)
		s.fresh.Add(1)
	case http.StateActive:
		s.active.Add(1)
		s.requests.Add(1)
	case http.StateIdle:
		s.idle.Add(1)
	case http.StateHijacked:
		s.hijacked.Add(1)
		s.open.Add(-1)
	case http.StateClosed:
		s.closed.Add(1)
		s.open.Add(-1)
	}
}

// ConnStats returns the connection counters.
func (s *HTTPServer) ConnStats() ConnStats {
	return ConnStats{
		Accepted: s.accepted.Load(), Closed: s.closed.Load(), Hijacked: s.hijacked.Load(),
		Open: s.open.Load(), Active: s.active.Load(), Idle: s.idle.Load(),
		Requests: s.requests.Load(),
	}
}

// drainingListener lets Shutdown stop accepting without losing the
// connections the kernel has already completed. Closing a listening socket
// resets every connection still in its accept queue: those clients have
// connected and sent their request, and get "connection reset". So stop
// puts a deadline 1ms ahead instead, and Accept keeps taking queued
// connections until one wait times out with the queue empty; only then is
// the socket closed.
type drainingListener struct {
	net.Listener
	stopping atomic.Bool
	once     sync.Once
	err      error
}

type deadliner interface{ SetDeadline(time.Time) error }

func (l *drainingListener) Accept() (net.Conn, error) {
	if l.stopping.Load() {
		if d, ok := l.Listener.(deadliner); ok {
			d.SetDeadline(time.Now().Add(time.Millisecond))
		}
	}
	c, err := l.Listener.Accept()
	if err != nil && l.stopping.Load() {
		l.Close()
		return nil, net.ErrClosed
	}
	return c, err
}

func (l *drainingListener) stop() {
	l.stopping.Store(true)
	if d, ok := l.Listener.(deadliner); ok {
		d.SetDeadline(time.Now().Add(time.Millisecond)) // wakes a blocked Accept
		return
	}
	l.Close()
}

// Close closes the socket once; http.Server closes it again.
func (l *drainingListener) Close() error {
	l.once.Do(func() { l.err = l.Listener.Close() })
	return l.err
}

// Serve serves on l until Shutdown or Close, then returns nil.
func (s *HTTPServer) Serve(l net.Listener) error {
	ol := &drainingListener{Listener: l}
	s.lmu.Lock()
	if s.stopping.Load() {
		s.lmu.Unlock()
		l.Close()
		return nil
	}
	s.listeners = append(s.listeners, ol)
	s.serving.Add(1)
	s.lmu.Unlock()
	if s.h1 != nil {
		err := s.h1.serve(ol, s.serving.Done)
		if s.stopping.Load() {
			return nil
		}
		return err
	}
	defer s.serving.Done()
	var err error
	if s.srv.TLSConfig != nil {
		err = s.srv.ServeTLS(ol, "", "")
	} else {
		err = s.srv.Serve(ol)
	}
	if errors.Is(err, http.ErrServerClosed) || s.stopping.Load() {
		return nil
	}
	return err
}

// Shutdown stops the server gracefully: see the file comment. When ctx
// ends first, remaining connections are closed and ctx.Err() returned.
func (s *HTTPServer) Shutdown(ctx context.Context) error {
	s.lmu.Lock()
	s.stopping.Store(true)
	for _, l := range s.listeners {
		l.stop()
	}
	s.lmu.Unlock()
	// Accept queues drained; each connection had its StateNew hook.
	drained := make(chan struct{})
	go func() { s.serving.Wait(); close(drained) }()
	select {
	case <-drained:
	case <-ctx.Done():
		s.srv.Close()
		<-drained // Close ends every accept loop at once
		return ctx.Err()
	}

	// Let just-accepted connections present their first request.
	deadline := time.Now().Add(s.grace)
	tick := time.NewTicker(time.Millisecond)
	for s.fresh.Load() > 0 && time.Now().Before(deadline) && ctx.Err() == nil {
		<-tick.C
	}
	tick.Stop()
	// Whatever is still in StateNew has sent nothing in the grace: close it
	// now, or http.Server.Shutdown would count it as busy for its first
	// five seconds (closeIdleConns treats StateNew as idle only after 5s).
	s.mu.Lock()
	for c, st := range s.state {
		if st == http.StateNew {
			c.Close()
		}
	}
	s.mu.Unlock()

	if s.h1 != nil {
		// Before net/http's: the loop may still hand connections to it.
		if err := s.h1.shutdown(ctx); err != nil {
			s.srv.Close()
			return err
		}
	}
	err := s.srv.Shutdown(ctx)
	if err != nil {
		s.srv.Close()
	}
	return err
}

// Close closes the listeners and all connections at once.
func (s *HTTPServer) Close() error {
	s.stopping.Store(true)
	err := s.srv.Close()
	if s.h1 != nil {
		s.lmu.Lock()
		for _, l := range s.listeners {
			l.Close()
		}
		s.lmu.Unlock()
		s.h1.closeAll()
	}
	return err
}

// SelfSignedTLS returns a TLS config with a fresh self-signed ECDSA
// certificate for 127.0.0.1 and localhost, valid for a day: enough for
// loopback demos and tests, where clients skip verification or trust the
// returned pool.
func SelfSignedTLS() (*tls.Config, *x509.CertPool, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: "168-networking"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		DNSNames:              []string{"localhost"},
		IsCA:                  true,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	cfg := &tls.Config{
		Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key, Leaf: cert}},
		MinVersion:   tls.VersionTLS12,
	}
	return cfg, pool, nil
}
