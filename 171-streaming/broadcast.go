package main

// This file holds Broadcaster, the http.Handler that streams a Broker's
// messages to EventSource clients and resumes them with Last-Event-ID.
//
// The event id is the broker's sequence number, so resume is a broker
// subscription "after seq N" taken under the broker's lock together with the
// history read: nothing can fall between the replay and the live feed.
//
//	client ── GET /events, Last-Event-ID: 41 ──▶ handler
//	                                              │ Subscribe(WithResumeAfter(41))
//	          ◀── id: 42 … id: 57 (history) ──────┤ replayed from the ring
//	          ◀── id: 58 … (live) ────────────────┘ same subscription, same order
//
// When 42 has already left the history, or 41 is not an id this broker
// issued (a restarted or different server), the client first gets
// "event: gap" naming what was asked for and where the stream resumes:
// loss is announced, never silent (r3labs/sse#61 and #52 are the silent
// kinds). A client whose buffer overflowed gets the same notice with the
// count of events it lost, or is disconnected, as SlowClient chooses.
//
// Each write runs under its own deadline set with
// http.ResponseController.SetWriteDeadline, so a server-wide WriteTimeout
// (which would end every stream after a fixed time) is not needed to cut
// off a client that stopped reading, and each batch is flushed at once.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// BroadcastOptions configures a [Broadcaster]. The zero value means the
// documented defaults.
type BroadcastOptions struct {
	// Heartbeat is the interval of comment lines on an idle stream. Default
	// 15 s; negative disables them.
	Heartbeat time.Duration
	// WriteTimeout is the deadline of each write to a client. Default 10 s.
	WriteTimeout time.Duration
	// ClientBuffer is each client's buffer, in events. Default 256.
	ClientBuffer int
	// SlowClient is what a full client buffer does: [OverflowDropOldest]
	// (default; the client gets a gap event counting the loss) or
	// [OverflowDisconnect].
	SlowClient Overflow
	// MaxClients bounds concurrent streams; further ones get 503. Default 1000.
	MaxClients int
	// Retry, when positive, is sent to each new client as its reconnection
	// delay. Default 2 s; negative sends none.
	Retry time.Duration
	// AllowOrigin, when set, is sent as Access-Control-Allow-Origin.
	// Default none: same-origin only.
	AllowOrigin string
	// Logger receives connection errors. Default slog.Default().
	Logger *slog.Logger
}

// Broadcaster serves the messages of a [Broker] as a Server-Sent Events
// stream. It is safe for concurrent use. Create one with [NewBroadcaster].
type Broadcaster struct {
	broker  MessageBroker
	opts    BroadcastOptions
	clients atomic.Int64
	resumes atomic.Int64

	// mu guards kick.
	mu   sync.Mutex
	kick chan struct{} // closed by Reconnect; each stream watches the one current at its start
}

// NewBroadcaster returns a handler streaming b: an in-process [Broker] (which
// should keep a history, BrokerOptions.History, for Last-Event-ID resume to
// find anything) or a [JetStreamBroker].
func NewBroadcaster(b MessageBroker, opts BroadcastOptions) *Broadcaster {
	if opts.Heartbeat == 0 {
		opts.Heartbeat = 15 * time.Second
	}
	if opts.WriteTimeout <= 0 {
		opts.WriteTimeout = 10 * time.Second
	}
	if opts.ClientBuffer <= 0 {
		opts.ClientBuffer = 256
	}
	if opts.MaxClients <= 0 {
		opts.MaxClients = 1000
	}
	if opts.Retry == 0 {
		opts.Retry = 2 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &Broadcaster{broker: b, opts: opts, kick: make(chan struct{})}
}

// Reconnect ends every current stream, so that clients reconnect (with
// Last-Event-ID) — to another instance behind a balancer before a deploy,
// or in a test to prove resume works. Streams opened afterwards are not
// affected.
func (h *Broadcaster) Reconnect() {
	h.mu.Lock()
	close(h.kick)
	h.kick = make(chan struct{})
	h.mu.Unlock()
}

// Resumes returns how many streams have arrived with a Last-Event-ID.
func (h *Broadcaster) Resumes() int { return int(h.resumes.Load()) }

// Clients returns the number of connected streams.
func (h *Broadcaster) Clients() int { return int(h.clients.Load()) }

// Publish checks m strictly ([Message.CheckStrict]) and publishes it on
// topic; the returned sequence number becomes the event's id. m.ID must be
// empty: ids are the broker's to assign.
func (h *Broadcaster) Publish(topic string, m Message) (uint64, error) {
	if m.ID != "" {
		return 0, fmt.Errorf("%w: id is assigned by the broker", ErrInvalidField)
	}
	if err := m.CheckStrict(); err != nil {
		return 0, err
	}
	return h.broker.Publish(topic, m)
}

// gapNotice is the data of an "event: gap".
type gapNotice struct {
	Reason    string `json:"reason"`              // "expired", "unknown-id" or "slow-client"
	Requested string `json:"requested,omitempty"` // the Last-Event-ID asked for
	Missed    uint64 `json:"missed,omitempty"`    // events lost, when known
	Head      uint64 `json:"head"`                // newest id at the time of the notice
}

// ServeHTTP streams events. The optional query parameter topic is a
// subscription pattern (default ">": everything).
func (h *Broadcaster) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if h.clients.Add(1) > int64(h.opts.MaxClients) {
		h.clients.Add(-1)
		w.Header().Set("Retry-After", "5")
		http.Error(w, "too many streams", http.StatusServiceUnavailable)
		return
	}
	defer h.clients.Add(-1)

	pattern := r.URL.Query().Get("topic")
	if pattern == "" {
		pattern = ">"
	}
	opts := []SubscribeOption{WithBuffer(h.opts.ClientBuffer), WithOverflow(h.opts.SlowClient)}
	lastID := r.Header.Get("Last-Event-ID")
	if lastID == "" {
		lastID = r.URL.Query().Get("lastEventId") // for clients that cannot set headers
	}
	badID := false
	if lastID != "" {
		h.resumes.Add(1)
		seq, err := strconv.ParseUint(lastID, 10, 64)
		if err != nil {
			badID = true
		} else {
			opts = append(opts, WithResumeAfter(seq))
		}
	}
	sub, err := h.broker.Subscribe(pattern, opts...)
	switch {
	case errors.Is(err, ErrBadTopic):
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	case err != nil:
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	defer sub.Unsubscribe()

	hd := w.Header()
	hd.Set("Content-Type", "text/event-stream; charset=utf-8")
	hd.Set("Cache-Control", "no-cache")
	hd.Set("X-Accel-Buffering", "no") // nginx: do not buffer this response
	if h.opts.AllowOrigin != "" {
		hd.Set("Access-Control-Allow-Origin", h.opts.AllowOrigin)
	}
	w.WriteHeader(http.StatusOK)

	c := &sseConn{w: w, rc: http.NewResponseController(w), timeout: h.opts.WriteTimeout}
	if h.opts.Retry > 0 {
		c.buf = fmt.Appendf(c.buf, "retry: %d\n\n", h.opts.Retry.Milliseconds())
	}
	if info := sub.Resume(); badID || info.Gap {
		g := gapNotice{Reason: "expired", Requested: lastID, Head: info.Head}
		if badID || info.Unknown {
			g.Reason, g.Head = "unknown-id", h.broker.Head()
		}
		c.gap(g)
	}
	h.mu.Lock()
	kick := h.kick
	h.mu.Unlock()
	err = h.stream(r.Context(), c, sub, kick)
	if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, ErrClosed) {
		h.opts.Logger.Debug("sse stream ended", "remote", r.RemoteAddr, "err", err)
	}
}

// stream is the per-client loop: drain a batch, write it, flush; when idle,
// wait for events, a heartbeat, the subscription's end or the client's.
func (h *Broadcaster) stream(ctx context.Context, c *sseConn, sub *Subscription[Message], kick <-chan struct{}) error {
	var tick <-chan time.Time
	if h.opts.Heartbeat > 0 {
		t := time.NewTicker(h.opts.Heartbeat)
		defer t.Stop()
		tick = t.C
	}
	batch := make([]Event[Message], 16) // per client: 16 × ~90 B; flushing per batch needs no more
	for {
		if err := c.flush(); err != nil {
			return err
		}
		k := sub.TryNextBatch(batch)
		for _, ev := range batch[:k] {
			if ev.Missed > 0 {
				c.gap(gapNotice{Reason: "slow-client", Missed: ev.Missed, Head: ev.Seq})
			}
			c.buf = appendSeqMessage(c.buf, ev.Seq, &ev.Value) // checked at Publish
		}
		clear(batch[:k])
		if k > 0 {
			continue
		}
		select {
		case <-sub.Ready():
		case <-sub.Done():
			if sub.Stats().Buffered == 0 {
				return sub.Err()
			}
		case <-tick:
			c.buf = append(c.buf, ":\n\n"...)
		case <-kick:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// sseConn buffers one client's output between flushes.
type sseConn struct {
	w        io.Writer
	rc       *http.ResponseController
	timeout  time.Duration
	deadline time.Time // the write deadline last set
	buf      []byte
}

func (c *sseConn) gap(g gapNotice) {
	data, _ := json.Marshal(g)
	c.buf, _ = AppendMessage(c.buf, &Message{Event: "gap", Data: string(data)})
}

// flush writes what is buffered under a write deadline and flushes it to
// the network. The deadline is moved only once a quarter of it has been
// used: resetting a poller timer on every event costs more than the write
// itself at high rates, and a stuck write is still cut off within
// [3/4, 1] × timeout.
func (c *sseConn) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	if now := time.Now(); c.deadline.Sub(now) < c.timeout*3/4 {
		c.deadline = now.Add(c.timeout)
		if err := c.rc.SetWriteDeadline(c.deadline); err != nil && !errors.Is(err, http.ErrNotSupported) {
			return err
		}
	}
	if _, err := c.w.Write(c.buf); err != nil {
		return err
	}
	c.buf = c.buf[:0]
	if err := c.rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
	}
	return nil
}

// PublishHandler is POST /publish: the form or JSON body {topic, event,
// data} is checked strictly and published; the answer is the id assigned.
// Malformed events are refused with 400 and never reach a stream.
func PublishHandler(h *Broadcaster, defaultTopic string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", "POST")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
		var in struct {
			Topic string `json:"topic"`
			ID    string `json:"id"`
			Event string `json:"event"`
			Data  string `json:"data"`
		}
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
				http.Error(w, "bad JSON: "+err.Error(), http.StatusBadRequest)
				return
			}
		} else {
			if err := r.ParseForm(); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			in.Topic, in.ID, in.Event, in.Data = r.PostForm.Get("topic"), r.PostForm.Get("id"), r.PostForm.Get("event"), r.PostForm.Get("data")
		}
		if in.Topic == "" {
			in.Topic = defaultTopic
		}
		seq, err := h.Publish(in.Topic, Message{ID: in.ID, Event: in.Event, Data: in.Data})
		switch {
		case errors.Is(err, ErrInvalidField), errors.Is(err, ErrUnsafeData), errors.Is(err, ErrBadTopic):
			http.Error(w, err.Error(), http.StatusBadRequest)
		case err != nil:
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
		default:
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, "{\"id\":%d}\n", seq)
		}
	})
}
