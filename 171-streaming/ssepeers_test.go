package main

import (
	"bufio"
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	r3sse "github.com/r3labs/sse/v2"
	gosse "github.com/tmaxmax/go-sse"
)

// BenchmarkSSEEncodePeers: the cost of turning one event into wire bytes.
// r3labs/sse has no encoder apart from its handler (it writes each field
// with fmt.Fprintf straight to the ResponseWriter), so it appears only in
// the fan-out benchmark below.
func BenchmarkSSEEncodePeers(b *testing.B) {
	const data = `{"sym":"ACME","px":101.5,"ts":"2026-12-02T07:00:00Z"}`
	b.Run("impl=ours", func(b *testing.B) {
		m := Message{ID: "123456", Event: "price", Data: data}
		buf := make([]byte, 0, 256)
		b.ReportAllocs()
		for b.Loop() {
			buf, _ = AppendMessage(buf[:0], &m)
		}
		b.SetBytes(int64(len(buf)))
	})
	b.Run("impl=gosse", func(b *testing.B) {
		var out bytes.Buffer
		b.ReportAllocs()
		for b.Loop() {
			m := gosse.Message{ID: gosse.ID("123456"), Type: gosse.Type("price")}
			m.AppendData(data)
			out.Reset()
			_, _ = m.WriteTo(&out)
		}
		b.SetBytes(int64(out.Len()))
	})
	b.Run("impl=gosse-reused", func(b *testing.B) {
		var out bytes.Buffer
		m := gosse.Message{ID: gosse.ID("123456"), Type: gosse.Type("price")}
		m.AppendData(data)
		b.ReportAllocs()
		for b.Loop() {
			out.Reset()
			_, _ = m.WriteTo(&out)
		}
		b.SetBytes(int64(out.Len()))
	})
}

// fanoutPeer is one SSE server implementation under the fan-out benchmark.
type fanoutPeer struct {
	handler http.Handler
	path    string
	publish func(data string)
	close   func()
}

func newFanoutPeer(impl string) fanoutPeer {
	switch impl {
	case "gosse":
		s := &gosse.Server{}
		return fanoutPeer{s, "/", func(d string) {
			m := &gosse.Message{}
			m.AppendData(d)
			_ = s.Publish(m)
		}, func() { _ = s.Shutdown(context.Background()) }}
	case "r3labs":
		s := r3sse.New()
		s.AutoReplay = false
		s.CreateStream("demo")
		return fanoutPeer{s, "/?stream=demo", func(d string) {
			s.Publish("demo", &r3sse.Event{Data: []byte(d)})
		}, s.Close}
	default:
		br := NewBroker[Message](BrokerOptions{})
		bc := NewBroadcaster(br, BroadcastOptions{Heartbeat: -1, Retry: -1, ClientBuffer: 1024})
		return fanoutPeer{bc, "/", func(d string) { _, _ = bc.Publish("demo", Message{Data: d}) },
			func() { _ = br.Close() }}
	}
}

// BenchmarkSSEFanout: one op publishes one event and waits until all 64
// HTTP clients on loopback have read it, so ns/op is the fan-out latency
// and deliveries/s its throughput. All three servers are read by the same
// client code.
func BenchmarkSSEFanout(b *testing.B) {
	const clients = 64
	for _, impl := range []string{"ours", "gosse", "r3labs"} {
		b.Run("subs=64/impl="+impl, func(b *testing.B) {
			peer := newFanoutPeer(impl)
			srv := httptest.NewServer(peer.handler)
			ctx, cancel := context.WithCancel(context.Background())
			var (
				mu    sync.Mutex
				cond  = sync.NewCond(&mu)
				count int
				ready int
			)
			var wg sync.WaitGroup
			for range clients {
				wg.Go(func() {
					req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+peer.path, nil)
					resp, err := http.DefaultClient.Do(req)
					if err != nil {
						return
					}
					defer resp.Body.Close()
					br := bufio.NewReader(resp.Body)
					seen := false
					for {
						line, err := br.ReadSlice('\n')
						if err != nil {
							return
						}
						switch {
						case bytes.HasPrefix(line, []byte("data: w")) && !seen:
							seen = true
							mu.Lock()
							ready++
							cond.Broadcast()
							mu.Unlock()
						case bytes.HasPrefix(line, []byte("data: b")):
							mu.Lock()
							count++
							cond.Broadcast()
							mu.Unlock()
						}
					}
				})
			}
			// Warm up until every client is subscribed and reading.
			tick := time.NewTicker(5 * time.Millisecond)
			for {
				peer.publish("w")
				mu.Lock()
				r := ready
				mu.Unlock()
				if r == clients {
					break
				}
				<-tick.C
			}
			tick.Stop()
			b.ReportAllocs()
			sent := 0
			for b.Loop() {
				sent++
				peer.publish("b" + strconv.Itoa(sent))
				mu.Lock()
				for count < sent*clients {
					cond.Wait()
				}
				mu.Unlock()
			}
			b.ReportMetric(float64(sent*clients)/b.Elapsed().Seconds(), "deliveries/s")
			cancel()
			srv.CloseClientConnections()
			wg.Wait()
			peer.close()
			srv.Close()
		})
	}
}
