package main

// This file holds the serve command's server: the embedded chart page, the
// /events stream, POST /publish, and a synthetic click stream aggregated
// into 1-second event-time windows whose results are published live.
//
// Shutdown order matters for SSE: http.Server.Shutdown waits for active
// handlers, and a stream handler is active for as long as its client stays.
// So the broker is closed first, which ends every subscription, which lets
// every stream handler finish its last write and return; only then does
// Shutdown find nothing left to wait for.

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"runtime"
	"sync"
	"time"
)

//go:embed web
var webFS embed.FS

// serveOptions are the serve command's settings.
type serveOptions struct {
	Addr       string
	History    int
	MaxClients int
	Heartbeat  time.Duration
	Rate       int           // synthetic clicks per second; 0 disables the generator
	Window     time.Duration // window size of the live metrics
	NATS       string        // "" in-process broker; "embedded" or a NATS URL for JetStream
	NATSDir    string        // store of the embedded server; "" a temporary directory
}

// openBroker returns the broker serve streams from and a function that
// releases what it started.
func openBroker(ctx context.Context, o serveOptions) (MessageBroker, func(), error) {
	if o.NATS == "" {
		b := NewBroker[Message](BrokerOptions{History: o.History})
		return b, func() {}, nil
	}
	url, release := o.NATS, func() {}
	if o.NATS == "embedded" {
		dir, tmp := o.NATSDir, false
		if dir == "" {
			d, err := os.MkdirTemp("", "171-streaming-nats-")
			if err != nil {
				return nil, nil, err
			}
			dir, tmp = d, true
		}
		ns, err := StartEmbeddedNATS(dir)
		if err != nil {
			return nil, nil, err
		}
		url = ns.URL()
		release = func() {
			ns.Shutdown()
			if tmp {
				_ = os.RemoveAll(dir)
			}
		}
	}
	b, err := NewJetStreamBroker(ctx, url, JetStreamOptions{})
	if err != nil {
		release()
		return nil, nil, err
	}
	return b, release, nil
}

// serve runs the server until ctx ends, then shuts it down gracefully.
func serve(ctx context.Context, o serveOptions, stdout io.Writer, log *slog.Logger) error {
	broker, release, err := openBroker(ctx, o)
	if err != nil {
		return err
	}
	defer release() // after the broker is closed below
	bc := NewBroadcaster(broker, BroadcastOptions{
		Heartbeat: o.Heartbeat, MaxClients: o.MaxClients, Logger: log,
	})
	page, err := fs.Sub(webFS, "web")
	if err != nil {
		_ = broker.Close()
		return err
	}
	mode := "in-process broker"
	if o.NATS != "" {
		mode = "JetStream broker (" + o.NATS + ")"
	}
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServerFS(page))
	mux.Handle("/events", bc)
	mux.Handle("/publish", PublishHandler(bc, "chat"))
	mux.HandleFunc("GET /stats", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("gc") == "1" {
			runtime.GC() // for the load generator's per-client memory figure
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(serverStats{Clients: bc.Clients(), Head: broker.Head(), Resumes: bc.Resumes(),
			HeapInuse: ms.HeapInuse, StackInuse: ms.StackInuse, Goroutines: runtime.NumGoroutine()})
	})
	// Ends every stream so clients reconnect and resume: for draining an
	// instance, and for the end-to-end test of the browser's resume.
	mux.HandleFunc("POST /admin/reconnect", func(w http.ResponseWriter, r *http.Request) {
		bc.Reconnect()
		w.WriteHeader(http.StatusNoContent)
	})

	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		_ = broker.Close()
		return err
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		// No WriteTimeout: it would end every stream after a fixed time.
		// Streams get per-write deadlines from the Broadcaster instead.
		IdleTimeout: 2 * time.Minute,
		ErrorLog:    slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(stdout, "serving on http://%s (events at /events, POST /publish; %s)\n", ln.Addr(), mode)

	var wg sync.WaitGroup
	genCtx, stopGen := context.WithCancel(ctx)
	defer stopGen()
	if o.Rate > 0 {
		wg.Go(func() { generate(genCtx, bc, o.Rate, o.Window, log) })
	}
	errc := make(chan error, 1)
	wg.Go(func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			errc <- err
		}
	})
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	stopGen()
	_ = broker.Close() // ends every stream: see the file comment
	shutCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if serr := srv.Shutdown(shutCtx); serr != nil && err == nil {
		err = serr
	}
	wg.Wait()
	return err
}

// windowJSON is the data of an "event: window".
type windowJSON struct {
	Page     string  `json:"page"`
	Start    int64   `json:"start"` // Unix ms
	End      int64   `json:"end"`
	Revision int     `json:"rev"`
	Count    uint64  `json:"count"`
	Mean     float64 `json:"mean"`
	P50      float64 `json:"p50"`
	P95      float64 `json:"p95"`
	P99      float64 `json:"p99"`
	Max      float64 `json:"max"`
}

// generate makes rate clicks a second with event times up to 40% of a
// window in the past (out of order) and 1% a full two windows late, feeds
// them to a tumbling Windower and publishes each result on
// metrics.<page>.
func generate(ctx context.Context, bc *Broadcaster, rate int, size time.Duration, log *slog.Logger) {
	win, err := NewWindower(WindowOptions[string]{
		Kind: Tumbling, Size: size, MaxOutOfOrder: size / 2, AllowedLateness: 3 * size,
	})
	if err != nil {
		log.Error("generator", "err", err)
		return
	}
	publish := func(rs []WindowResult[string]) {
		for _, r := range rs {
			a := r.Agg
			data, _ := json.Marshal(windowJSON{r.Key, r.Start.UnixMilli(), r.End.UnixMilli(), r.Revision,
				a.Count, round1(a.Mean), round1(a.P50), round1(a.P95), round1(a.P99), round1(a.Max)})
			if _, err := bc.Publish("metrics."+r.Key, Message{Event: "window", Data: string(data)}); err != nil {
				return
			}
		}
	}
	pages := []string{"home", "cart", "search"}
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	perTick := max(1, rate/50)
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-tick.C:
			for range perTick {
				delay := time.Duration(rand.Int64N(int64(size)*2/5 + 1))
				if rand.IntN(100) == 0 {
					delay = 2 * size
				}
				p := pages[rand.IntN(len(pages))]
				lat := math.Exp(rand.NormFloat64()*0.5 + 3.4)
				if p == "search" {
					lat *= 2.5
				}
				// A slow phase every 20 s makes the chart move.
				if now.Unix()%20 < 5 {
					lat *= 1.8
				}
				publish(win.Add(p, now.Add(-delay), lat))
			}
			// Close windows even when no event arrives to advance the watermark.
			publish(win.AdvanceTo(now.Add(-size)))
		}
	}
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
