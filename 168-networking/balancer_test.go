package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testBackends(t testing.TB, weights ...int) []*Backend {
	t.Helper()
	bs := make([]*Backend, len(weights))
	for i, w := range weights {
		u, err := url.Parse(fmt.Sprintf("http://127.0.0.1:%d", 9000+i))
		require.NoError(t, err)
		bs[i] = &Backend{Name: string(rune('a' + i)), URL: u, Weight: w}
	}
	return bs
}

func newTestBalancer(t testing.TB, s Strategy, oc OutlierConfig, weights ...int) *Balancer {
	t.Helper()
	lb, err := NewBalancer(testBackends(t, weights...), s, oc)
	require.NoError(t, err)
	return lb
}

// picks returns the names of n picks, each finished at once.
func picks(t testing.TB, lb *Balancer, n int, key func(int) string) []string {
	t.Helper()
	out := make([]string, n)
	for i := range out {
		k := ""
		if key != nil {
			k = key(i)
		}
		b, err := lb.Pick(k, 0)
		require.NoError(t, err)
		out[i] = b.Name
		lb.Done(b, false)
	}
	return out
}

func count(names []string) map[string]int {
	m := map[string]int{}
	for _, n := range names {
		m[n]++
	}
	return m
}

func TestSmoothWeightedMatchesNginx(t *testing.T) {
	// The sequence nginx documents for weights 5, 1, 1 (ngx_http_upstream_round_robin.c).
	lb := newTestBalancer(t, &SmoothWeighted{}, OutlierConfig{}, 5, 1, 1)
	assert.Equal(t, strings.Split("a a b a c a a a a b a c a a", " "), picks(t, lb, 14, nil))
}

func TestStrategiesSpreadLoad(t *testing.T) {
	tests := []struct {
		name     string
		strategy Strategy
		weights  []int
		want     map[string]int
		slack    int
	}{
		{"round-robin", &RoundRobin{}, []int{1, 1, 1}, map[string]int{"a": 1000, "b": 1000, "c": 1000}, 0},
		{"weighted", &SmoothWeighted{}, []int{3, 2, 1}, map[string]int{"a": 1500, "b": 1000, "c": 500}, 0},
		{"least-conn", &LeastConn{}, []int{1, 1, 1}, map[string]int{"a": 1000, "b": 1000, "c": 1000}, 0},
		// Independent random pairs: each count is Binomial-like around 1000,
		// sd about 26; 150 is almost six of them.
		{"p2c", P2C{}, []int{1, 1, 1}, map[string]int{"a": 1000, "b": 1000, "c": 1000}, 150},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lb := newTestBalancer(t, tt.strategy, OutlierConfig{}, tt.weights...)
			got := count(picks(t, lb, 3000, nil))
			for name, want := range tt.want {
				assert.InDelta(t, want, got[name], float64(tt.slack), "backend %s", name)
			}
		})
	}
}

// TestLoadAwareStrategies holds every request open: least-conn and p2c
// must keep outstanding counts level, which is their whole point.
func TestLoadAwareStrategies(t *testing.T) {
	for _, s := range []Strategy{&LeastConn{}, P2C{}} {
		t.Run(s.Name(), func(t *testing.T) {
			lb := newTestBalancer(t, s, OutlierConfig{}, 1, 1, 1, 1)
			slow := lb.Backends()[0]
			slow.inflight.Add(50) // a backend stuck with long requests
			for range 400 {
				_, err := lb.Pick("", 0)
				require.NoError(t, err)
			}
			lo, hi := int64(1<<62), int64(0)
			for _, b := range lb.Backends()[1:] {
				lo, hi = min(lo, b.Inflight()), max(hi, b.Inflight())
			}
			// 450 outstanding over 4: the stuck one should get few more.
			assert.LessOrEqual(t, slow.Inflight(), int64(50+(400/4)), "stuck backend kept receiving")
			// Least-conn levels exactly; p2c within a few (its gap grows
			// like log log n, Mitzenmacher 2001).
			spread := int64(1)
			if s.Name() == "p2c" {
				spread = 8
			}
			assert.LessOrEqual(t, hi-lo, spread, "spread %d..%d", lo, hi)
		})
	}
}

func TestConsistentHash(t *testing.T) {
	lb := newTestBalancer(t, &ConsistentHash{}, OutlierConfig{}, 1, 1, 1)
	key := func(i int) string { return fmt.Sprintf("user-%d", i) }
	const n = 30000
	before := picks(t, lb, n, key)
	assert.Equal(t, before, picks(t, lb, n, key), "same key, same backend")
	// 480 virtual nodes: each backend's share has a standard deviation of
	// roughly 1/sqrt(160) of its mean, about 8%; allow 25%.
	for name, c := range count(before) {
		assert.InDelta(t, n/3, c, n/3*0.25, "share of %s", name)
	}
	lb.Backends()[1].down.Store(true)
	after := picks(t, lb, n, key)
	moved := 0
	for i := range before {
		if before[i] != after[i] {
			moved++
			assert.Equal(t, "b", before[i], "key %d moved off a backend that stayed", i)
		}
	}
	assert.Equal(t, count(before)["b"], moved, "exactly the removed backend's keys move")
}

func TestPickHonoursAvailability(t *testing.T) {
	for _, name := range []string{"round-robin", "weighted", "least-conn", "p2c", "hash"} {
		t.Run(name, func(t *testing.T) {
			s, err := StrategyByName(name)
			require.NoError(t, err)
			// One backend of three left is below the panic threshold.
			lb := newTestBalancer(t, s, OutlierConfig{PanicThreshold: -1}, 1, 2, 1)
			lb.setDown(lb.Backends()[0], true)
			until := time.Now().Add(time.Hour).UnixNano()
			lb.Backends()[2].ejectedUntil.Store(until)
			lb.ejectHorizon.Store(until)
			for i := range 50 {
				b, err := lb.Pick(fmt.Sprint(i), 0)
				require.NoError(t, err)
				assert.Equal(t, "b", b.Name)
				lb.Done(b, false)
			}
			_, err = lb.Pick("k", 1<<1)
			assert.ErrorIs(t, err, ErrNoBackend, "the only available backend avoided")
		})
	}
	_, err := StrategyByName("random")
	assert.Error(t, err)
}

func TestOutlierEjection(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		oc := OutlierConfig{ConsecutiveFailures: 3, BaseEjection: 10 * time.Second, MaxEjection: 25 * time.Second, MaxEjectedFraction: 0.4}
		lb := newTestBalancer(t, &RoundRobin{}, oc, 1, 1, 1, 1, 1)
		a, b := lb.Backends()[0], lb.Backends()[1]
		fail := func(be *Backend, n int) {
			for range n {
				be.inflight.Add(1)
				lb.Done(be, true)
			}
		}
		state := func(be *Backend) string {
			for _, s := range lb.Status().Backends {
				if s.Name == be.Name {
					return s.State
				}
			}
			return "?"
		}

		fail(a, 2)
		lb.Done(pickNamed(t, lb, "a"), false) // a success resets the streak
		fail(a, 2)
		assert.Equal(t, "up", state(a))
		fail(a, 1)
		assert.Equal(t, "ejected", state(a), "third failure in a row ejects")
		for range 20 {
			be, err := lb.Pick("", 0)
			require.NoError(t, err)
			assert.NotEqual(t, "a", be.Name)
			lb.Done(be, false)
		}

		// 40% of five is two: b may go too, the third may not.
		fail(b, 3)
		assert.Equal(t, "ejected", state(b))
		c := lb.Backends()[2]
		fail(c, 3)
		assert.Equal(t, "up", state(c), "cap on the ejected fraction")
		assert.EqualValues(t, 1, lb.Status().EjectionsCapped)

		time.Sleep(10 * time.Second)
		assert.Equal(t, "up", state(a), "back after the first cool-down")
		fail(a, 3)
		time.Sleep(19 * time.Second)
		assert.Equal(t, "ejected", state(a), "second cool-down is twice as long")
		time.Sleep(time.Second)
		assert.Equal(t, "up", state(a))
		fail(a, 3)
		time.Sleep(25 * time.Second)
		assert.Equal(t, "up", state(a), "third cool-down capped at MaxEjection")
		assert.EqualValues(t, 3, lb.Status().Backends[0].Ejections)
	})
}

// pickNamed picks until it gets the named backend (round-robin reaches it
// within one turn).
func pickNamed(t *testing.T, lb *Balancer, name string) *Backend {
	t.Helper()
	for range len(lb.Backends()) {
		b, err := lb.Pick("", 0)
		require.NoError(t, err)
		if b.Name == name {
			return b
		}
		lb.Done(b, false)
	}
	t.Fatalf("%s never picked", name)
	return nil
}

func TestRiseFall(t *testing.T) {
	lb := newTestBalancer(t, &RoundRobin{}, OutlierConfig{}, 1)
	b := lb.Backends()[0]
	bad := errors.New("refused")
	steps := []struct {
		check    error
		wantDown bool
	}{
		{bad, false}, {bad, false}, {nil, false}, // a pass resets the fall count
		{bad, false}, {bad, false}, {bad, true}, // three in a row: down
		{nil, true}, {bad, true}, {nil, true}, // a failure resets the rise count
		{nil, false}, // two in a row: up
	}
	for i, s := range steps {
		lb.RecordCheck(b, s.check, 2, 3)
		assert.Equal(t, s.wantDown, b.down.Load(), "after step %d", i)
	}
	assert.Equal(t, "refused", lb.Status().Backends[0].LastCheckError)
}

func TestRunHealthChecks(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		lb := newTestBalancer(t, &RoundRobin{}, OutlierConfig{}, 1, 1)
		start := time.Now()
		hc := HealthCheck{Interval: time.Second, Timeout: 100 * time.Millisecond, Rise: 2, Fall: 3,
			Logger: quietLogger,
			Probe: func(ctx context.Context, b *Backend) (string, error) {
				el := time.Since(start)
				if b.Name == "a" && el > 4500*time.Millisecond && el < 10500*time.Millisecond {
					<-ctx.Done() // hangs: the timeout fails it
					return "", ctx.Err()
				}
				return "fine", nil
			}}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { lb.RunHealthChecks(ctx, hc); close(done) }()
		var downAt, upAt time.Duration
		for range 150 {
			time.Sleep(100 * time.Millisecond)
			synctest.Wait()
			down := lb.Backends()[0].down.Load()
			if down && downAt == 0 {
				downAt = time.Since(start)
			}
			if !down && downAt != 0 && upAt == 0 {
				upAt = time.Since(start)
			}
		}
		cancel()
		<-done
		// Checks at 5, 6, 7 s time out: down at 7.1s. Passing from 11 s: up at 12.
		assert.Equal(t, 7100*time.Millisecond, downAt)
		assert.Equal(t, 12*time.Second, upAt)
		assert.False(t, lb.Backends()[1].down.Load())
	})
}

func TestHTTPProbeAndAdmin(t *testing.T) {
	healthy := true
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" || !healthy {
			http.Error(w, "no", http.StatusServiceUnavailable)
		}
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	lb, err := NewBalancer([]*Backend{{Name: "real", URL: u}}, P2C{}, OutlierConfig{})
	require.NoError(t, err)
	hc := HealthCheck{Path: "/healthz"}.withDefaults()
	defer hc.Client.CloseIdleConnections()
	answer, err := hc.Probe(context.Background(), lb.Backends()[0])
	assert.NoError(t, err)
	assert.Equal(t, "GET /healthz answered 200 OK", answer)
	healthy = false
	_, err = hc.Probe(context.Background(), lb.Backends()[0])
	assert.ErrorIs(t, err, errCheckStatus)

	lb.RecordCheck(lb.Backends()[0], errors.New("boom"), 2, 1)
	rec := httptest.NewRecorder()
	lb.AdminHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/admin/backends", nil))
	var st BalancerStatus
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &st))
	assert.Equal(t, "p2c", st.Strategy)
	require.Len(t, st.Backends, 1)
	assert.Equal(t, "down", st.Backends[0].State)
	assert.Equal(t, "boom", st.Backends[0].LastCheckError)
	assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
}

func ExampleSmoothWeighted() {
	var bs []*Backend
	for _, w := range []struct {
		name   string
		weight int
	}{{"a", 5}, {"b", 1}, {"c", 1}} {
		u, _ := url.Parse("http://" + w.name + ".internal")
		bs = append(bs, &Backend{Name: w.name, URL: u, Weight: w.weight})
	}
	lb, _ := NewBalancer(bs, &SmoothWeighted{}, OutlierConfig{})
	for range 7 {
		b, _ := lb.Pick("", 0)
		fmt.Print(b.Name, " ")
		lb.Done(b, false)
	}
	fmt.Println()
	// Output: a a b a c a a
}

func BenchmarkPick(b *testing.B) {
	for _, name := range []string{"round-robin", "weighted", "least-conn", "p2c", "hash"} {
		b.Run("strategy="+name, func(b *testing.B) {
			s, err := StrategyByName(name)
			require.NoError(b, err)
			lb := newTestBalancer(b, s, OutlierConfig{}, 1, 2, 3, 1, 2, 3, 1, 2)
			b.ReportAllocs()
			for b.Loop() {
				be, err := lb.Pick("session-42", 0)
				if err != nil {
					b.Fatal(err)
				}
				lb.Done(be, false)
			}
		})
	}
}

// TestPanicThreshold: below PanicThreshold of the fleet available, Pick
// ignores health and ejection and spreads over every backend (Envoy's
// healthy_panic_threshold); at or above it, only the available ones.
func TestPanicThreshold(t *testing.T) {
	for _, name := range []string{"round-robin", "weighted", "least-conn", "p2c", "hash"} {
		t.Run(name, func(t *testing.T) {
			s, err := StrategyByName(name)
			require.NoError(t, err)
			lb := newTestBalancer(t, s, OutlierConfig{}, 1, 1, 1, 1)
			bs := lb.Backends()
			lb.setDown(bs[0], true)
			lb.setDown(bs[1], true) // two of four left: 50% is not below 50%
			got := count(picks(t, lb, 200, func(i int) string { return fmt.Sprint(i) }))
			assert.Zero(t, got["a"]+got["b"], "%v", got)
			assert.Zero(t, lb.Status().PanicPicks)

			until := time.Now().Add(time.Hour).UnixNano()
			bs[2].ejectedUntil.Store(until) // one of four left: panic
			lb.ejectHorizon.Store(until)
			got = count(picks(t, lb, 400, func(i int) string { return fmt.Sprint(i) }))
			assert.Len(t, got, 4, "every backend takes requests in panic mode: %v", got)
			assert.EqualValues(t, 400, lb.Status().PanicPicks)

			_, err = lb.Pick("k", 0b1111)
			assert.ErrorIs(t, err, ErrNoBackend, "panic mode still honours a retry's avoid mask")
		})
	}
	lb := newTestBalancer(t, &RoundRobin{}, OutlierConfig{PanicThreshold: -1}, 1, 1)
	lb.setDown(lb.Backends()[0], true)
	lb.setDown(lb.Backends()[1], true)
	_, err := lb.Pick("", 0)
	assert.ErrorIs(t, err, ErrNoBackend, "panic mode off: nothing to route to")
}

// TestEjectionFloor: the last available backend is never ejected, and in a
// fleet of two or more the cap lets exactly one go at the default 0.5.
func TestEjectionFloor(t *testing.T) {
	fail := func(lb *Balancer, be *Backend, n int) {
		for range n {
			be.inflight.Add(1)
			lb.Done(be, true)
		}
	}
	one := newTestBalancer(t, &RoundRobin{}, OutlierConfig{ConsecutiveFailures: 3}, 1)
	fail(one, one.Backends()[0], 10)
	assert.Equal(t, "up", one.Status().Backends[0].State, "a fleet of one never ejects its backend")
	assert.Positive(t, one.Status().EjectionsCapped)

	two := newTestBalancer(t, &RoundRobin{}, OutlierConfig{ConsecutiveFailures: 3}, 1, 1)
	fail(two, two.Backends()[0], 3)
	fail(two, two.Backends()[1], 3)
	assert.Equal(t, "ejected", two.Status().Backends[0].State)
	assert.Equal(t, "up", two.Status().Backends[1].State, "the second of two stays")

	// Health checks hold one of two down: the other is the last available.
	hc := newTestBalancer(t, &RoundRobin{}, OutlierConfig{ConsecutiveFailures: 3, MaxEjectedFraction: 1}, 1, 1)
	hc.setDown(hc.Backends()[0], true)
	fail(hc, hc.Backends()[1], 5)
	assert.Equal(t, "up", hc.Status().Backends[1].State)
}

// TestP2CComparesTwoDistinctBackends: with two backends, P2C always sees
// both and takes the less loaded (two independent draws would compare one
// with itself half the time).
func TestP2CComparesTwoDistinctBackends(t *testing.T) {
	lb := newTestBalancer(t, P2C{}, OutlierConfig{}, 1, 1)
	lb.Backends()[0].inflight.Store(5)
	for range 1000 {
		b, err := lb.Pick("", 0)
		require.NoError(t, err)
		require.Equal(t, "b", b.Name)
		lb.Done(b, false)
	}
	// With part of the fleet out, the two are drawn among the rest.
	lb = newTestBalancer(t, P2C{}, OutlierConfig{PanicThreshold: -1}, 1, 1, 1, 1)
	lb.setDown(lb.Backends()[0], true)
	lb.setDown(lb.Backends()[1], true)
	lb.Backends()[2].inflight.Store(5)
	for range 1000 {
		b, err := lb.Pick("", 0)
		require.NoError(t, err)
		require.Equal(t, "d", b.Name)
		lb.Done(b, false)
	}
}

// TestHealthChecksAreOptIn: the default probe is a TCP connect, so a
// backend without /healthz (an nginx default site) stays up; an HTTP probe
// sends the configured Host and does not follow redirects.
func TestHealthChecksAreOptIn(t *testing.T) {
	var mu sync.Mutex
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Host+" "+r.URL.Path)
		mu.Unlock()
		switch r.URL.Path {
		case "/moved":
			http.Redirect(w, r, "/broken", http.StatusFound)
		case "/broken":
			http.Error(w, "broken", http.StatusInternalServerError)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	b := &Backend{Name: "site", URL: u}

	answer, err := HealthCheck{}.withDefaults().Probe(context.Background(), b)
	require.NoError(t, err, "no /healthz: the TCP check passes")
	assert.Equal(t, "TCP connect to "+u.Host+" ok", answer)
	mu.Lock()
	assert.Empty(t, seen, "a TCP check sends no request")
	mu.Unlock()

	_, err = HealthCheck{Path: "/healthz"}.withDefaults().Probe(context.Background(), b)
	assert.ErrorIs(t, err, errCheckStatus, "opted in: 404 fails")

	answer, err = HealthCheck{Path: "/moved", Host: "svc.internal"}.withDefaults().Probe(context.Background(), b)
	require.NoError(t, err, "a 302 is the backend's answer")
	assert.Equal(t, "GET /moved answered 302 Found", answer)
	mu.Lock()
	assert.Equal(t, []string{u.Host + " /healthz", "svc.internal /moved"}, seen, "Host sent, redirect not followed")
	mu.Unlock()

	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	dead := &Backend{Name: "dead", URL: &url.URL{Scheme: "http", Host: l.Addr().String()}}
	l.Close()
	_, err = HealthCheck{}.withDefaults().Probe(context.Background(), dead)
	assert.Error(t, err, "nothing listening fails the TCP check")
}

// TestHealthChecksLogFirstProbe: the first check of every backend runs at
// once and says what the backend answered.
func TestHealthChecksLogFirstProbe(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		lb := newTestBalancer(t, &RoundRobin{}, OutlierConfig{}, 1, 1)
		var buf syncBuffer
		hc := HealthCheck{Interval: time.Hour, Logger: slog.New(slog.NewTextHandler(&buf, nil)),
			Probe: func(ctx context.Context, b *Backend) (string, error) {
				if b.Name == "a" {
					return "GET /healthz answered 200 OK", nil
				}
				return "", errors.New("GET /healthz answered 404 Not Found")
			}}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { lb.RunHealthChecks(ctx, hc); close(done) }()
		synctest.Wait()
		out := buf.String()
		assert.Contains(t, out, `msg="health: first check passed" backend=a`)
		assert.Contains(t, out, `answer="GET /healthz answered 200 OK"`)
		assert.Contains(t, out, `msg="health: first check failed; the backend is taken down after fall checks fail in a row" backend=b`)
		assert.Contains(t, out, "404 Not Found")
		cancel()
		<-done
	})
}
