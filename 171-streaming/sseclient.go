package main

// This file holds SSEClient, a Go EventSource: it reads a stream with
// [Parser], reconnects after a drop with exponential backoff and jitter,
// sends Last-Event-ID so the server can resume, and honours the server's
// retry: delay, as WHATWG §9.2.3 "Processing model" describes for browsers.
//
// Reconnection follows the browser's rules where they are sound and says
// where it departs: 200 with text/event-stream streams; 204 No Content
// means "stop, do not reconnect"; other statuses fail the connection for
// good, except 429 and 5xx, which a browser also treats as fatal but which
// here are retried with backoff, since a 503 from a server at its client
// limit is exactly the case where waiting helps.

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"mime"
	"net/http"
	"time"
)

// StatusError is returned by [SSEClient.Stream] for an HTTP status that
// ends the stream.
type StatusError struct{ Code int }

func (e *StatusError) Error() string {
	return fmt.Sprintf("sse: status %d %s", e.Code, http.StatusText(e.Code))
}

var (
	// ErrNotEventStream is returned when the response is not text/event-stream.
	ErrNotEventStream = errors.New("sse: response is not text/event-stream")
	// ErrBadURL is returned when URL cannot make a request.
	ErrBadURL = errors.New("sse: bad URL")
)

// SSEClient connects to one event stream. Set the fields before the first
// Stream call; the zero value of each field means the documented default.
// It is not safe for concurrent use (one Stream at a time).
type SSEClient struct {
	// URL is the stream's address. Required.
	URL string
	// HTTPClient sends the requests. Default: a client without a timeout
	// (a stream's lifetime is unbounded; cancel the context instead).
	HTTPClient *http.Client
	// LastEventID is sent on the first request when set, and updated from
	// every event received, so a new Stream resumes where the last ended.
	LastEventID string
	// MinBackoff is the first reconnection delay when the server set no
	// retry:. Default 500 ms.
	MinBackoff time.Duration
	// MaxBackoff caps the delay as it doubles on consecutive failures.
	// Default 30 s.
	MaxBackoff time.Duration
	// MaxEventSize bounds one event. Default 16 MiB.
	MaxEventSize int
	// MaxRetries bounds consecutive failed connection attempts; 0 means
	// no limit.
	MaxRetries int
	// Wait sleeps for d or until ctx ends. Default: a timer. Tests replace
	// it to observe the delays without waiting.
	Wait func(ctx context.Context, d time.Duration) error
	// Jitter maps a delay to the one used. Default: uniform in [d/2, d]
	// ("equal jitter"), so that clients dropped together do not return
	// together.
	Jitter func(d time.Duration) time.Duration

	// OnConnect, if set, is called each time a stream is established,
	// before its first event is read.
	OnConnect func()

	retry time.Duration // the server's retry:, once seen
}

func (c *SSEClient) wait(ctx context.Context, d time.Duration) error {
	if c.Wait != nil {
		return c.Wait(ctx, d)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (c *SSEClient) jitter(d time.Duration) time.Duration {
	if c.Jitter != nil {
		return c.Jitter(d)
	}
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}

// Stream connects and calls fn for every event until ctx ends (returning
// ctx.Err()), fn returns an error (returned as is), the server answers 204
// (nil), or the connection fails for good (a *[StatusError],
// [ErrNotEventStream], or the last error after MaxRetries).
func (c *SSEClient) Stream(ctx context.Context, fn func(Message) error) error {
	minB, maxB := c.MinBackoff, c.MaxBackoff
	if minB <= 0 {
		minB = 500 * time.Millisecond
	}
	if maxB <= 0 {
		maxB = 30 * time.Second
	}
	backoff, failures := minB, 0
	for {
		got, err := c.connect(ctx, fn)
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, errStop):
			return nil
		case err != nil && isFatal(err):
			return err
		}
		var fnErr *callbackError
		if errors.As(err, &fnErr) {
			return fnErr.err
		}
		if got {
			backoff, failures = minB, 0 // the connection worked: start over
		} else {
			failures++
			if c.MaxRetries > 0 && failures >= c.MaxRetries {
				return fmt.Errorf("sse: %d attempts failed: %w", failures, err)
			}
		}
		d := backoff
		if c.retry > 0 && failures == 0 {
			d = c.retry
		} else if c.retry > 0 {
			d = max(c.retry, backoff)
		}
		if err := c.wait(ctx, c.jitter(d)); err != nil {
			return err
		}
		if failures > 0 {
			backoff = min(2*backoff, maxB)
		}
	}
}

var errStop = errors.New("sse: server sent 204")

type callbackError struct{ err error }

func (e *callbackError) Error() string { return e.err.Error() }

func isFatal(err error) bool {
	var se *StatusError
	return errors.Is(err, ErrNotEventStream) || errors.Is(err, ErrEventTooLarge) || errors.Is(err, ErrBadURL) ||
		(errors.As(err, &se) && se.Code != http.StatusTooManyRequests && se.Code < 500)
}

// connect runs one connection and reports whether the stream was established.
func (c *SSEClient) connect(ctx context.Context, fn func(Message) error) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.URL, nil)
	if err != nil {
		return false, fmt.Errorf("%w: %w", ErrBadURL, err)
	}
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("Cache-Control", "no-cache")
	if c.LastEventID != "" {
		req.Header.Set("Last-Event-ID", c.LastEventID)
	}
	hc := c.HTTPClient
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNoContent:
		return false, errStop
	case resp.StatusCode != http.StatusOK:
		return false, &StatusError{Code: resp.StatusCode}
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "text/event-stream" {
		return false, ErrNotEventStream
	}
	p := NewParser(resp.Body)
	p.lastID = c.LastEventID // an event without id: keeps the one we resumed from
	if c.MaxEventSize > 0 {
		p.MaxEventSize = c.MaxEventSize
	}
	got := true // the stream is established: a later drop is not a failed attempt
	if c.OnConnect != nil {
		c.OnConnect()
	}
	for {
		m, err := p.Next()
		if r := p.Retry(); r > 0 {
			c.retry = r
		}
		if err != nil {
			return got, err
		}
		c.LastEventID = p.LastEventID()
		if err := fn(m); err != nil {
			return got, &callbackError{err}
		}
	}
}
