package main

// This file holds the test backend the demo, the tests and the nginx
// comparison put behind the proxy.

import (
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// BackendHandler is a small upstream service:
//
//	GET /          a 64-byte body naming the backend (the benchmark's request)
//	GET /healthz   200, or 503 after SetHealthy(false)
//	GET /headers   the request headers as JSON
//	ANY /echo      the request body
//	ANY /sink      reads the whole request body, then answers its length
//	GET /slow?d=D  answers after D (a Go duration)
//	GET /status?code=N  answers with status N
//	GET /bytes?n=N N bytes of body (at most 1 GiB), written 32 KiB at a time
//	GET /sse?n=N   N server-sent events, one per ?every=D (default 100ms)
//	GET /ws        a WebSocket handshake (RFC 6455), then echoes raw bytes
//
// Delay is added to every request; FailRate is the share of requests
// answered with FailStatus (default 500). It is safe for concurrent use
// once serving.
type BackendHandler struct {
	Name       string
	Delay      time.Duration
	FailRate   float64
	FailStatus int

	unhealthy atomic.Bool
	served    atomic.Uint64
	body      []byte
}

// NewBackendHandler returns a backend named name.
func NewBackendHandler(name string, delay time.Duration, failRate float64) *BackendHandler {
	body := []byte(fmt.Sprintf("%-63s\n", "hello from "+name))
	return &BackendHandler{Name: name, Delay: delay, FailRate: failRate, body: body}
}

// SetHealthy sets what /healthz answers.
func (h *BackendHandler) SetHealthy(ok bool) { h.unhealthy.Store(!ok) }

// Served is the number of requests answered, health checks excluded.
func (h *BackendHandler) Served() uint64 { return h.served.Load() }

// wsGUID is the fixed GUID of RFC 6455 §1.3.
const wsGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

func (h *BackendHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/healthz" {
		if h.unhealthy.Load() {
			http.Error(w, "unhealthy", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ok\n")
		return
	}
	h.served.Add(1)
	w.Header().Set("X-Backend", h.Name)
	if h.Delay > 0 {
		time.Sleep(h.Delay)
	}
	if h.FailRate > 0 && rand.Float64() < h.FailRate {
		code := h.FailStatus
		if code == 0 {
			code = http.StatusInternalServerError
		}
		http.Error(w, "injected failure", code)
		return
	}
	switch r.URL.Path {
	case "/":
		w.Header().Set("Content-Length", "64")
		w.Write(h.body)
	case "/headers":
		w.Header().Set("Content-Type", "application/json")
		hdr := r.Header.Clone()
		hdr.Set("Host", r.Host)
		json.NewEncoder(w).Encode(hdr)
	case "/echo":
		// Full duplex: without it net/http stops reading the body once
		// the response has started (golang/go#15527).
		_ = http.NewResponseController(w).EnableFullDuplex()
		io.Copy(w, r.Body)
	case "/sink":
		n, err := io.Copy(io.Discard, r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "received %d bytes\n", n)
	case "/slow":
		d, _ := time.ParseDuration(r.URL.Query().Get("d"))
		select {
		case <-time.After(d):
			io.WriteString(w, "slow done\n")
		case <-r.Context().Done():
		}
	case "/status":
		code, err := strconv.Atoi(r.URL.Query().Get("code"))
		if err != nil || code < 100 || code > 999 {
			code = http.StatusBadRequest
		}
		w.WriteHeader(code)
	case "/bytes":
		n, err := strconv.ParseInt(r.URL.Query().Get("n"), 10, 64)
		if err != nil || n < 0 || n > 1<<30 {
			http.Error(w, "n must be 0 to 1073741824", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Length", strconv.FormatInt(n, 10))
		chunk := make([]byte, 32<<10)
		for n > 0 {
			k := min(n, int64(len(chunk)))
			if _, err := w.Write(chunk[:k]); err != nil {
				return
			}
			n -= k
		}
	case "/sse":
		h.serveSSE(w, r)
	case "/ws":
		h.serveWebSocket(w, r)
	default:
		http.NotFound(w, r)
	}
}

func (h *BackendHandler) serveSSE(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	every, err := time.ParseDuration(r.URL.Query().Get("every"))
	if err != nil {
		every = 100 * time.Millisecond
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	rc := http.NewResponseController(w)
	for i := range n {
		fmt.Fprintf(w, "id: %d\ndata: event %d from %s\n\n", i, i, h.Name)
		if err := rc.Flush(); err != nil {
			return
		}
		select {
		case <-time.After(every):
		case <-r.Context().Done():
			return
		}
	}
}

func (h *BackendHandler) serveWebSocket(w http.ResponseWriter, r *http.Request) {
	key := r.Header.Get("Sec-WebSocket-Key")
	if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") || key == "" {
		http.Error(w, "websocket upgrade expected", http.StatusBadRequest)
		return
	}
	conn, brw, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	sum := sha1.Sum([]byte(key + wsGUID))
	fmt.Fprintf(brw, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n",
		base64.StdEncoding.EncodeToString(sum[:]))
	if brw.Flush() != nil {
		return
	}
	io.Copy(conn, brw) // echo whatever the client sends, frames included
}
