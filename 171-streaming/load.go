package main

// This file holds the load generator: N concurrent SSE clients on one
// stream while events are published at a steady rate, reporting
// publish→deliver latency percentiles and the server's memory per client.
//
// Latency is measured from the moment the publisher starts its POST
// /publish (the timestamp travels in the event) to the moment a client has
// parsed the event, so it includes the publish request, the broker, the
// per-client write and flush, loopback TCP and the client's parse. Clients
// record into their own DDSketch and the sketches are merged at the end
// (exactly: see sketch.go), so measuring costs no shared lock.
//
// Memory per client is read from the server's /stats (heap and stacks in
// use after a GC) before and after the clients connect. With no -url the
// generator starts `serve` as a child process, so that its own clients'
// memory is not counted as the server's.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"
)

// loadOptions are the load command's settings.
type loadOptions struct {
	URL     string // base URL of a running serve; "" starts one as a child process
	Clients int
	Events  int
	Rate    int // events per second
	Payload int // bytes of padding per event
}

// serverStats is what /stats reports.
type serverStats struct {
	Clients    int    `json:"clients"`
	Head       uint64 `json:"head"`
	Resumes    int    `json:"resumes"`
	HeapInuse  uint64 `json:"heap_inuse"`
	StackInuse uint64 `json:"stack_inuse"`
	Goroutines int    `json:"goroutines"`
}

// loadResult is the outcome of one run.
type loadResult struct {
	Clients, Connected      int
	Expected, Delivered     uint64
	P50, P99, Max           time.Duration
	HeapPerClient           float64 // bytes
	StackPerClient          float64 // bytes
	GoroutinesPerClient     float64
	PublishDuration, Settle time.Duration
}

func getStats(ctx context.Context, hc *http.Client, base string) (serverStats, error) {
	var s serverStats
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/stats?gc=1", nil)
	if err != nil {
		return s, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return s, err
	}
	defer resp.Body.Close()
	return s, json.NewDecoder(resp.Body).Decode(&s)
}

// startChildServer runs this program's serve command as a child process and
// returns its base URL and a function that stops it.
func startChildServer(ctx context.Context, maxClients int) (string, func(), error) {
	exe, err := os.Executable()
	if err != nil {
		return "", nil, err
	}
	cmd := exec.CommandContext(ctx, exe, "serve", "-addr", "127.0.0.1:0", "-rate", "0",
		"-max-clients", strconv.Itoa(maxClients), "-history", "16")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop := func() { _ = cmd.Process.Signal(os.Interrupt); _ = cmd.Wait() }
	line, err := bufio.NewReader(out).ReadString('\n')
	if f := strings.Fields(line); err != nil || len(f) < 3 || !strings.HasPrefix(f[2], "http://") {
		stop()
		return "", nil, fmt.Errorf("load: child server did not start: %q %v", line, err)
	}
	go func() { _, _ = io.Copy(io.Discard, out) }()
	return strings.Fields(line)[2], stop, nil
}

// runLoad connects the clients, publishes, waits for delivery and measures.
func runLoad(ctx context.Context, o loadOptions) (loadResult, error) {
	res := loadResult{Clients: o.Clients, Expected: uint64(o.Clients) * uint64(o.Events)}
	base := o.URL
	if base == "" {
		b, stop, err := startChildServer(ctx, o.Clients+16)
		if err != nil {
			return res, err
		}
		defer stop()
		base = b
	}
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: o.Clients + 16}}
	defer hc.CloseIdleConnections()
	before, err := getStats(ctx, hc, base)
	if err != nil {
		return res, fmt.Errorf("load: %w", err)
	}

	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg        sync.WaitGroup
		connected sync.WaitGroup
		delivered atomic.Uint64
		mu        sync.Mutex
		merged, _ = NewSketch(0.01)
		nConn     atomic.Int64
		doneAll   = make(chan struct{})
		remaining atomic.Int64
		dialSem   = make(chan struct{}, 64) // connect in waves, not a thundering herd
	)
	remaining.Store(int64(o.Clients))
	connected.Add(o.Clients)
	for range o.Clients {
		wg.Go(func() {
			sk, _ := NewSketch(0.01)
			defer func() {
				mu.Lock()
				_ = merged.Merge(sk)
				mu.Unlock()
			}()
			once := sync.OnceFunc(connected.Done)
			defer once()
			dialSem <- struct{}{}
			req, _ := http.NewRequestWithContext(cctx, http.MethodGet, base+"/events?topic=load", nil)
			resp, err := hc.Do(req)
			<-dialSem
			if err != nil {
				return
			}
			defer resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				return
			}
			nConn.Add(1)
			once()
			p := NewParser(resp.Body)
			got := 0
			for got < o.Events {
				m, err := p.Next()
				if err != nil {
					return
				}
				ts, _, _ := strings.Cut(m.Data, " ")
				if ns, err := strconv.ParseInt(ts, 10, 64); err == nil {
					sk.Add(float64(time.Now().UnixNano() - ns))
					got++
					delivered.Add(1)
				}
			}
			if remaining.Add(-1) == 0 {
				close(doneAll)
			}
		})
	}
	connected.Wait()
	res.Connected = int(nConn.Load())
	after, err := getStats(ctx, hc, base)
	if err != nil {
		return res, fmt.Errorf("load: %w", err)
	}
	if res.Connected > 0 {
		n := float64(res.Connected)
		res.HeapPerClient = (float64(after.HeapInuse) - float64(before.HeapInuse)) / n
		res.StackPerClient = (float64(after.StackInuse) - float64(before.StackInuse)) / n
		res.GoroutinesPerClient = float64(after.Goroutines-before.Goroutines) / n
	}

	pad := strings.Repeat("x", o.Payload)
	start := time.Now()
	tick := time.NewTicker(time.Second / time.Duration(max(1, o.Rate)))
	for i := range o.Events {
		<-tick.C
		body := fmt.Sprintf(`{"topic":"load","data":"%d %d %s"}`, time.Now().UnixNano(), i, pad)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/publish", bytes.NewBufferString(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := hc.Do(req)
		if err != nil {
			tick.Stop()
			return res, fmt.Errorf("load: publish: %w", err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	tick.Stop()
	res.PublishDuration = time.Since(start)
	settle := time.NewTimer(10 * time.Second)
	select {
	case <-doneAll:
	case <-settle.C:
	case <-ctx.Done():
	}
	settle.Stop()
	res.Settle = time.Since(start) - res.PublishDuration
	cancel()
	wg.Wait()
	res.Delivered = delivered.Load()
	if merged.Count() > 0 {
		res.P50 = time.Duration(merged.Quantile(0.5))
		res.P99 = time.Duration(merged.Quantile(0.99))
		res.Max = time.Duration(merged.Max())
	}
	if ctx.Err() != nil {
		return res, ctx.Err()
	}
	if res.Connected < o.Clients {
		return res, fmt.Errorf("load: only %d of %d clients connected", res.Connected, o.Clients)
	}
	return res, nil
}

// printLoad writes a result as a table.
func printLoad(w io.Writer, o loadOptions, r loadResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "clients connected\t%d of %d\n", r.Connected, r.Clients)
	fmt.Fprintf(tw, "events\t%d at %d/s, %d B padding\n", o.Events, o.Rate, o.Payload)
	fmt.Fprintf(tw, "delivered\t%d of %d (%.2f%%)\n", r.Delivered, r.Expected, 100*float64(r.Delivered)/float64(max(1, r.Expected)))
	fmt.Fprintf(tw, "publish→deliver p50\t%v\n", r.P50.Round(time.Microsecond))
	fmt.Fprintf(tw, "publish→deliver p99\t%v\n", r.P99.Round(time.Microsecond))
	fmt.Fprintf(tw, "publish→deliver max\t%v\n", r.Max.Round(time.Microsecond))
	fmt.Fprintf(tw, "server heap per client\t%.1f KiB\n", r.HeapPerClient/1024)
	fmt.Fprintf(tw, "server stack per client\t%.1f KiB\n", r.StackPerClient/1024)
	fmt.Fprintf(tw, "server goroutines per client\t%.2f\n", r.GoroutinesPerClient)
	return tw.Flush()
}

var errLoadIncomplete = errors.New("not every event reached every client")
