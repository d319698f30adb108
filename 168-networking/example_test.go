package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"time"
)

// A pool hands out at most MaxOpen resources; a Release goes straight to
// the oldest waiter.
func ExamplePool() {
	n := 0
	p, _ := NewPool(PoolConfig[string]{
		MaxOpen: 1,
		New: func(context.Context) (string, error) {
			n++
			return fmt.Sprintf("conn-%d", n), nil
		},
	})
	defer p.Close()

	r, _ := p.Acquire(context.Background())
	got := make(chan string)
	go func() {
		w, _ := p.Acquire(context.Background()) // waits: MaxOpen is 1
		got <- w.Value()
		w.Release()
	}()
	for p.Stats().Waiting == 0 {
		time.Sleep(time.Millisecond)
	}
	r.Release()
	fmt.Println(<-got, "handed over; created:", n)
	// Output: conn-1 handed over; created: 1
}

// The proxy balances over configured backends only, retries a GET whose
// connect failed on another backend, and answers 503 with a clear body
// when none is left.
func ExampleNewProxy() {
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "served %s, X-Forwarded-For %s", r.URL.Path, r.Header.Get("X-Forwarded-For"))
	}))
	defer backend.Close()
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close() // connects to it are refused

	lb, _ := NewBalancer([]*Backend{
		{Name: "dead", URL: mustURL(dead.URL)},
		{Name: "live", URL: mustURL(backend.URL)},
	}, &RoundRobin{}, OutlierConfig{})
	tr := NewUpstreamTransport()
	defer tr.CloseIdleConnections()
	proxy, _ := NewProxy(ProxyConfig{Balancer: lb, Transport: tr, Logger: slog.New(slog.DiscardHandler)})
	front := httptest.NewServer(proxy)
	defer front.Close()

	req, _ := http.NewRequest("GET", front.URL+"/hello", nil)
	req.Header.Set("X-Forwarded-For", "6.6.6.6") // spoofed: dropped
	resp, _ := front.Client().Do(req)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, string(body))
	fmt.Println("retries:", proxy.Stats().Retries)

	for _, b := range lb.Backends() {
		b.down.Store(true)
	}
	resp, _ = front.Client().Get(front.URL + "/")
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(resp.StatusCode, " ", string(body))
	front.Client().CloseIdleConnections()
	// Output:
	// 200 served /hello, X-Forwarded-For 127.0.0.1
	// retries: 1
	// 503 503 Service Unavailable: no healthy backend is available
}
