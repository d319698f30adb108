package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scriptServer answers each connection with the next step of a script and
// records the Last-Event-ID each request carried.
type scriptServer struct {
	mu      sync.Mutex
	steps   []func(w http.ResponseWriter)
	lastIDs []string
}

func (s *scriptServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.lastIDs = append(s.lastIDs, r.Header.Get("Last-Event-ID"))
	i := len(s.lastIDs) - 1
	s.mu.Unlock()
	if i >= len(s.steps) {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	s.steps[i](w)
}

func streamStep(body string) func(w http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprint(w, body)
	}
}

func statusStep(code int) func(w http.ResponseWriter) {
	return func(w http.ResponseWriter) { w.WriteHeader(code) }
}

func TestSSEClientReconnect(t *testing.T) {
	tests := []struct {
		name       string
		steps      []func(http.ResponseWriter)
		maxRetries int
		wantData   []string
		wantIDs    []string        // Last-Event-ID of each request
		wantWaits  []time.Duration // delays before each reconnection
		wantErr    error
		wantStatus int
	}{
		{
			name: "resume and honour retry",
			steps: []func(http.ResponseWriter){
				streamStep("retry: 1500\nid: 1\ndata: a\n\nid: 2\ndata: b\n\n"),
				streamStep("id: 3\ndata: c\n\ndata: no id keeps 3\n\n"),
			},
			wantData:  []string{"a", "b", "c", "no id keeps 3"},
			wantIDs:   []string{"", "2", "3"},
			wantWaits: []time.Duration{1500 * time.Millisecond, 1500 * time.Millisecond},
		},
		{
			name: "backoff doubles on failures, resets on success",
			steps: []func(http.ResponseWriter){
				statusStep(503), statusStep(502), statusStep(500),
				streamStep("id: 9\ndata: up\n\n"),
				statusStep(503),
			},
			wantData:  []string{"up"},
			wantIDs:   []string{"", "", "", "", "9", "9"},
			wantWaits: []time.Duration{100, 200, 400, 100, 100},
		},
		{
			name:       "gives up after MaxRetries",
			steps:      []func(http.ResponseWriter){statusStep(503), statusStep(503), statusStep(503)},
			maxRetries: 2,
			wantIDs:    []string{"", ""},
			wantWaits:  []time.Duration{100},
			wantStatus: 503,
		},
		{
			name:       "4xx is final",
			steps:      []func(http.ResponseWriter){statusStep(404)},
			wantIDs:    []string{""},
			wantStatus: 404,
		},
		{
			name:    "wrong content type is final",
			steps:   []func(http.ResponseWriter){func(w http.ResponseWriter) { fmt.Fprint(w, "<html>") }},
			wantIDs: []string{""},
			wantErr: ErrNotEventStream,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &scriptServer{steps: tt.steps}
			srv := httptest.NewServer(s)
			defer srv.Close()
			var waits []time.Duration
			c := &SSEClient{
				URL: srv.URL, MinBackoff: 100, MaxBackoff: 1000, MaxRetries: tt.maxRetries,
				Wait:   func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil },
				Jitter: func(d time.Duration) time.Duration { return d },
			}
			var data []string
			err := c.Stream(context.Background(), func(m Message) error { data = append(data, m.Data); return nil })
			switch {
			case tt.wantStatus != 0:
				var se *StatusError
				require.ErrorAs(t, err, &se)
				assert.Equal(t, tt.wantStatus, se.Code)
			case tt.wantErr != nil:
				assert.ErrorIs(t, err, tt.wantErr)
			default:
				assert.NoError(t, err, "204 ends the stream without error")
			}
			assert.Equal(t, tt.wantData, data)
			assert.Equal(t, tt.wantIDs, s.lastIDs)
			assert.Equal(t, tt.wantWaits, waits)
		})
	}
}

func TestSSEClientCallbackError(t *testing.T) {
	s := &scriptServer{steps: []func(http.ResponseWriter){streamStep("data: a\n\ndata: b\n\n")}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	stop := errors.New("stop here")
	c := &SSEClient{URL: srv.URL}
	n := 0
	err := c.Stream(context.Background(), func(Message) error { n++; return stop })
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 1, n)

	c = &SSEClient{URL: "::not a url"}
	assert.ErrorIs(t, c.Stream(context.Background(), func(Message) error { return nil }), ErrBadURL)
}

func TestSSEClientJitter(t *testing.T) {
	c := &SSEClient{}
	for range 1000 {
		d := c.jitter(time.Second)
		require.GreaterOrEqual(t, d, 500*time.Millisecond)
		require.LessOrEqual(t, d, time.Second)
	}
}
