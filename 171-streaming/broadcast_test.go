package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

type sseFixture struct {
	broker *Broker[Message]
	bc     *Broadcaster
	srv    *httptest.Server
}

func newSSEFixture(t testing.TB, history int, opts BroadcastOptions) *sseFixture {
	t.Helper()
	b := NewBroker[Message](BrokerOptions{History: history})
	bc := NewBroadcaster(b, opts)
	mux := http.NewServeMux()
	mux.Handle("/events", bc)
	mux.Handle("/publish", PublishHandler(bc, "demo"))
	srv := httptest.NewServer(mux)
	t.Cleanup(func() {
		_ = b.Close() // ends every stream, so Close below does not wait on them
		srv.Close()
	})
	return &sseFixture{broker: b, bc: bc, srv: srv}
}

func (f *sseFixture) publish(t testing.TB, n int, prefix string) {
	t.Helper()
	for i := range n {
		_, err := f.bc.Publish("demo", Message{Data: fmt.Sprintf("%s%d", prefix, i)})
		require.NoError(t, err)
	}
}

// openStream connects with an optional Last-Event-ID and returns a parser.
func openStream(t testing.TB, url, lastID string) (*Parser, *http.Response) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	require.NoError(t, err)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	t.Cleanup(func() { resp.Body.Close() })
	return NewParser(resp.Body), resp
}

func nextN(t testing.TB, p *Parser, n int) []Message {
	t.Helper()
	out := make([]Message, 0, n)
	for range n {
		m, err := p.Next()
		require.NoError(t, err)
		out = append(out, m)
	}
	return out
}

func TestBroadcastHeadersAndEvents(t *testing.T) {
	f := newSSEFixture(t, 16, BroadcastOptions{AllowOrigin: "*"})
	p, resp := openStream(t, f.srv.URL+"/events", "")
	assert.Equal(t, "text/event-stream; charset=utf-8", resp.Header.Get("Content-Type"))
	assert.Equal(t, "no", resp.Header.Get("X-Accel-Buffering"))
	assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"))
	assert.Equal(t, "*", resp.Header.Get("Access-Control-Allow-Origin"))
	_, err := f.bc.Publish("demo", Message{Event: "price", Data: "line 1\nline 2"})
	require.NoError(t, err)
	big := strings.Repeat("z", 100<<10) // over the 64 KiB that breaks bufio.Scanner clients
	_, err = f.bc.Publish("demo", Message{Data: big})
	require.NoError(t, err)
	got := nextN(t, p, 2)
	assert.Equal(t, Message{ID: "1", Event: "price", Data: "line 1\nline 2"}, got[0])
	assert.Equal(t, Message{ID: "2", Data: big}, got[1], "a 100 KiB event arrives intact")
	assert.Equal(t, 2*time.Second, p.Retry(), "the default retry: is sent first")
}

func TestBroadcastResume(t *testing.T) {
	f := newSSEFixture(t, 5, BroadcastOptions{})
	f.publish(t, 10, "e") // ids 1..10, history keeps 6..10
	tests := []struct {
		name    string
		lastID  string
		wantGap string // reason, "" for none
		wantIDs []string
	}{
		{"within history", "7", "", []string{"8", "9", "10"}},
		{"expired", "2", "expired", []string{"6", "7", "8", "9", "10"}},
		{"from the future", "99", "unknown-id", nil},
		{"not ours", "abc", "unknown-id", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := openStream(t, f.srv.URL+"/events", tt.lastID)
			var got []string
			if tt.wantGap != "" {
				m, err := p.Next()
				require.NoError(t, err)
				require.Equal(t, "gap", m.Event)
				var g gapNotice
				require.NoError(t, json.Unmarshal([]byte(m.Data), &g))
				assert.Equal(t, tt.wantGap, g.Reason)
				assert.Equal(t, tt.lastID, g.Requested)
				assert.Equal(t, uint64(10), g.Head)
			}
			for _, m := range nextN(t, p, len(tt.wantIDs)) {
				got = append(got, m.ID)
			}
			assert.Equal(t, tt.wantIDs, got)
		})
	}
}

// TestBroadcastReconnectNoGap cuts the connection server-side in the middle
// of a stream and checks the client resumes with every event once, in order.
func TestBroadcastReconnectNoGap(t *testing.T) {
	f := newSSEFixture(t, 1000, BroadcastOptions{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	up := make(chan struct{}, 10)
	c := &SSEClient{URL: f.srv.URL + "/events", Wait: func(context.Context, time.Duration) error { return nil },
		OnConnect: func() { up <- struct{}{} }}
	var got []string
	connected := make(chan struct{}, 10)
	done := make(chan error)
	go func() {
		done <- c.Stream(ctx, func(m Message) error {
			got = append(got, m.Data)
			if m.Data == "a4" || m.Data == "b4" {
				connected <- struct{}{}
			}
			if len(got) == 15 {
				cancel()
			}
			return nil
		})
	}()
	<-up // response headers are sent after the subscription exists
	f.publish(t, 5, "a")
	<-connected
	f.srv.CloseClientConnections() // cut mid-stream
	f.publish(t, 5, "b")           // published while the client is away or back
	<-up
	<-connected
	f.publish(t, 5, "c")
	assert.ErrorIs(t, <-done, context.Canceled)
	want := []string{}
	for _, p := range []string{"a", "b", "c"} {
		for i := range 5 {
			want = append(want, p+strconv.Itoa(i))
		}
	}
	assert.Equal(t, want, got, "every event once, in order, across the reconnect")
}

func TestBroadcastMaxClients(t *testing.T) {
	f := newSSEFixture(t, 0, BroadcastOptions{MaxClients: 1})
	openStream(t, f.srv.URL+"/events", "")
	resp, err := http.Get(f.srv.URL + "/events")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	assert.Equal(t, "5", resp.Header.Get("Retry-After"))

	resp, err = http.Post(f.srv.URL+"/events", "text/plain", nil)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

func TestPublishHandler(t *testing.T) {
	f := newSSEFixture(t, 10, BroadcastOptions{})
	tests := []struct {
		name string
		form url.Values
		json string
		want int
	}{
		{"ok form", url.Values{"data": {"hello"}, "event": {"e"}}, "", 200},
		{"ok json", nil, `{"data":"multi\nline","topic":"demo.x"}`, 200},
		{"newline in event", url.Values{"data": {"x"}, "event": {"a\nb"}}, "", 400},
		{"id given", url.Values{"data": {"x"}, "id": {"1\n2"}}, "", 400},
		{"NUL in data", nil, `{"data":"a\u0000b"}`, 400},
		{"lone CR in data", nil, `{"data":"a\rb"}`, 400},
		{"bad topic", url.Values{"data": {"x"}, "topic": {"a..b"}}, "", 400},
		{"bad json", nil, `{`, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp *http.Response
			var err error
			if tt.json != "" {
				resp, err = http.Post(f.srv.URL+"/publish", "application/json", strings.NewReader(tt.json))
			} else {
				resp, err = http.PostForm(f.srv.URL+"/publish", tt.form)
			}
			require.NoError(t, err)
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			assert.Equal(t, tt.want, resp.StatusCode, "body: %s", body)
		})
	}
	assert.Equal(t, uint64(2), f.broker.Head(), "only the two good events were published")
}

// TestBroadcastSlowClient: a client that never reads does not slow a
// client that does; with DropOldest it later learns how much it lost.
func TestBroadcastSlowClient(t *testing.T) {
	f := newSSEFixture(t, 0, BroadcastOptions{ClientBuffer: 4})
	// The slow client: a raw connection that sends a request and never reads.
	slow, err := net.Dial("tcp", f.srv.Listener.Addr().String())
	require.NoError(t, err)
	defer slow.Close()
	_, err = fmt.Fprintf(slow, "GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
	require.NoError(t, err)
	br := bufio.NewReader(slow)
	slowResp, err := http.ReadResponse(br, nil) // headers only: the body is left unread
	require.NoError(t, err)                     // its body is never closed: that would drain an endless stream; slow.Close ends it
	fast, _ := openStream(t, f.srv.URL+"/events", "")
	const n = 2000
	payload := strings.Repeat("p", 16<<10) // 32 MiB in all: more than socket buffers hold
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range n {
			_, _ = f.bc.Publish("demo", Message{Data: strconv.Itoa(i) + payload})
		}
	})
	// The fast client's own buffer is 4, so it may see gaps too if the
	// scheduler starves it; what must hold is that it keeps receiving to
	// the end while the slow one is stuck.
	last := ""
	for last != strconv.Itoa(n-1)+payload {
		m, err := fast.Next()
		require.NoError(t, err)
		last = m.Data
	}
	wg.Wait()
	// Now read the slow client: it gets a gap notice counting its losses.
	sp := NewParser(slowResp.Body)
	var gap gapNotice
	for range n {
		m, err := sp.Next()
		require.NoError(t, err)
		if m.Event == "gap" {
			require.NoError(t, json.Unmarshal([]byte(m.Data), &gap))
			break
		}
	}
	assert.Equal(t, "slow-client", gap.Reason, "the slow client is told it lost events")
	assert.Positive(t, gap.Missed)
}

// flushRecorder is a concurrency-safe ResponseWriter for handler tests in
// a synctest bubble.
type flushRecorder struct {
	mu     sync.Mutex
	header http.Header
	body   strings.Builder
}

func (r *flushRecorder) Header() http.Header { return r.header }
func (r *flushRecorder) WriteHeader(int)     {}
func (r *flushRecorder) Flush()              {}
func (r *flushRecorder) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.body.Write(p)
}
func (r *flushRecorder) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.body.String()
}

func TestBroadcastHeartbeat(t *testing.T) {
	defer goleak.VerifyNone(t)
	synctest.Test(t, func(t *testing.T) {
		b := NewBroker[Message](BrokerOptions{})
		bc := NewBroadcaster(b, BroadcastOptions{Heartbeat: 15 * time.Second, Retry: -1})
		rec := &flushRecorder{header: http.Header{}}
		ctx, cancel := context.WithCancel(context.Background())
		req := httptest.NewRequest(http.MethodGet, "/events", nil).WithContext(ctx)
		done := make(chan struct{})
		go func() { bc.ServeHTTP(rec, req); close(done) }()
		synctest.Wait()
		assert.Empty(t, rec.String(), "nothing before the first heartbeat")
		time.Sleep(15 * time.Second) // virtual time inside the bubble
		synctest.Wait()
		assert.Equal(t, ":\n\n", rec.String())
		time.Sleep(30 * time.Second)
		synctest.Wait()
		assert.Equal(t, ":\n\n:\n\n:\n\n", rec.String())
		cancel()
		<-done
		assert.Equal(t, 0, bc.Clients())
		_ = b.Close()
	})
}

// TestBroadcastShutdown: closing the broker ends every stream cleanly, so
// http.Server.Shutdown does not wait for them.
func TestBroadcastShutdown(t *testing.T) {
	f := newSSEFixture(t, 0, BroadcastOptions{})
	p, _ := openStream(t, f.srv.URL+"/events", "")
	f.publish(t, 1, "last")
	nextN(t, p, 1)
	require.NoError(t, f.broker.Close())
	_, err := p.Next()
	assert.ErrorIs(t, err, io.EOF, "the stream ends, it is not cut")
}
