package main

// This file holds backends, the Strategy interface with its five
// implementations, and passive outlier detection.
//
// A Balancer owns a fixed list of backends. Pick asks the strategy for one
// among those that are available: passing active health checks (health.go),
// not ejected by outlier detection, and not excluded by the caller (a
// retry excludes the backend that just failed). Pick counts the request as
// outstanding on the backend; Done ends it and feeds outlier detection.
//
// Outlier detection follows Envoy's consecutive_gateway_failure detector:
// N gateway failures in a row (502, 503, 504, or a connect or reset
// error) eject a backend for BaseEjection × (times ejected so far), capped
// at MaxEjection; it returns by itself when the time is up. A plain 500 is
// an answer from a working backend, usually to one bad request, so it
// counts only when OutlierConfig.Count5xx asks for Envoy's consecutive_5xx
// instead: otherwise five requests for one broken URL would eject a
// healthy backend for everyone.
//
// Three rules keep the policies from causing the outage they guard
// against (the failure mode of caddy#6152):
//   - MaxEjectedFraction bounds how much of the fleet may be ejected at
//     once (Envoy's max_ejection_percent, at least one host when the
//     fleet has two or more).
//   - Ejection never takes out the last available backend.
//   - The panic threshold (Envoy's healthy_panic_threshold, nginx's "all
//     peers failed, try them all"): when fewer than PanicThreshold of the
//     backends are available, health and ejection are ignored and Pick
//     spreads across all of them, because the checks are then more likely
//     wrong than the whole fleet is down.

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// ErrNoBackend means no backend is available for a request.
var ErrNoBackend = errors.New("balancer: no backend available")

// Backend is one upstream server. Its counters are safe for concurrent use.
type Backend struct {
	// Name identifies the backend in logs and on the admin endpoint.
	Name string
	// URL is where requests go.
	URL *url.URL
	// Weight is the backend's share for weighted strategies; at least 1.
	Weight int

	index    int // position in the Balancer, for avoid masks
	inflight atomic.Int64
	requests atomic.Uint64
	failures atomic.Uint64

	// Active health (health.go).
	down        atomic.Bool
	checkRise   atomic.Int32 // consecutive passed checks while down
	checkFall   atomic.Int32 // consecutive failed checks while up
	checks      atomic.Uint64
	lastCheckMu sync.Mutex // guards lastCheckErr
	lastCheck   string

	// Passive outlier detection, guarded by the Balancer's ejectMu except
	// ejectedUntil, which Pick reads without it.
	ejectedUntil atomic.Int64 // UnixNano; 0 when not ejected
	consecutive  atomic.Int32 // written under ejectMu, read without it by Done
	ejections    int          // times ejected; multiplies the cool-down
	ejectedTotal uint64
	readmittedAt int64
}

// Inflight is the number of outstanding requests on the backend.
func (b *Backend) Inflight() int64 { return b.inflight.Load() }

// available reports whether b may take a request at time now (UnixNano).
func (b *Backend) available(now int64) bool {
	return !b.down.Load() && b.ejectedUntil.Load() <= now
}

// Filter tells a [Strategy] which backends it may pick. The zero value
// allows every backend.
type Filter struct {
	avoid uint64 // bit i set: skip the backend at index i (a retry's last try)
	now   int64  // UnixNano; 0 means "ignore health and ejection" (panic mode)
}

// Allows reports whether a strategy may pick b.
func (f Filter) Allows(b *Backend) bool {
	return f.avoid&(1<<uint(b.index)) == 0 && (f.now == 0 || b.available(f.now))
}

// Strategy chooses a backend. Implementations must not allocate and must be
// safe for concurrent use. Pick returns nil when f allows none of bs.
type Strategy interface {
	Name() string
	Pick(bs []*Backend, key string, f Filter) *Backend
}

// RoundRobin takes backends in turn, skipping unavailable ones. Use it for
// identical backends and uniform requests: it is the cheapest strategy and
// spreads load exactly evenly.
type RoundRobin struct{ next atomic.Uint64 }

// Name returns "round-robin".
func (*RoundRobin) Name() string { return "round-robin" }

// Pick implements [Strategy].
func (s *RoundRobin) Pick(bs []*Backend, _ string, f Filter) *Backend {
	n := uint64(len(bs))
	start := s.next.Add(1) - 1
	for i := range n {
		if b := bs[(start+i)%n]; f.Allows(b) {
			return b
		}
	}
	return nil
}

// SmoothWeighted is nginx's smooth weighted round-robin
// (ngx_http_upstream_get_peer in ngx_http_upstream_round_robin.c): each
// pick adds every backend's weight to its current value, takes the largest
// and subtracts the total from it. With weights 5,1,1 it yields
// a a b a c a a rather than a a a a a b c, so a heavy backend's requests are
// interleaved instead of bunched. Use it when backends differ in capacity.
type SmoothWeighted struct {
	// mu guards current.
	mu      sync.Mutex
	current []int
}

// Name returns "weighted".
func (*SmoothWeighted) Name() string { return "weighted" }

// Pick implements [Strategy].
func (s *SmoothWeighted) Pick(bs []*Backend, _ string, f Filter) *Backend {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.current) != len(bs) {
		s.current = make([]int, len(bs))
	}
	total, best := 0, -1
	for i, b := range bs {
		if !f.Allows(b) {
			continue
		}
		s.current[i] += b.Weight
		total += b.Weight
		if best < 0 || s.current[i] > s.current[best] {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	s.current[best] -= total
	return bs[best]
}

// LeastConn takes the backend with the fewest outstanding requests,
// scanning all of them; ties go to the first found from a rotating start
// so that idle backends share the load. Use it when request costs vary
// widely (long polls, uploads) and the fleet is small.
type LeastConn struct{ next atomic.Uint64 }

// Name returns "least-conn".
func (*LeastConn) Name() string { return "least-conn" }

// Pick implements [Strategy].
func (s *LeastConn) Pick(bs []*Backend, _ string, f Filter) *Backend {
	n := uint64(len(bs))
	start := s.next.Add(1) - 1
	var best *Backend
	var bestLoad int64
	for i := range n {
		b := bs[(start+i)%n]
		if !f.Allows(b) {
			continue
		}
		// Weighted: compare inflight/weight without dividing.
		load := b.inflight.Load()
		if best == nil || load*int64(best.Weight) < bestLoad*int64(b.Weight) {
			best, bestLoad = b, load
		}
	}
	return best
}

// P2C is the power of two choices (Mitzenmacher, "The Power of Two Choices
// in Randomized Load Balancing", 2001): take two backends at random and
// keep the one with fewer outstanding requests. Its maximum load is
// exponentially better than one random choice, it needs no shared state
// beyond the counters, and unlike least-conn it does not herd every
// balancer onto the same momentarily idle backend. Use it by default.
type P2C struct{}

// Name returns "p2c".
func (P2C) Name() string { return "p2c" }

// Pick implements [Strategy]. The two choices are distinct backends: with
// two draws that may coincide, a fleet of two would compare a backend with
// itself half the time and pick blindly.
func (P2C) Pick(bs []*Backend, _ string, f Filter) *Backend {
	n := len(bs)
	if n == 0 {
		return nil
	}
	if n == 1 {
		if f.Allows(bs[0]) {
			return bs[0]
		}
		return nil
	}
	i := rand.IntN(n)
	j := rand.IntN(n - 1)
	if j >= i {
		j++
	}
	a, b := bs[i], bs[j]
	if !f.Allows(a) || !f.Allows(b) {
		// Part of the fleet is out: draw the two among those allowed.
		// This scan runs only then, and a fleet is at most 64.
		k := 0
		for _, c := range bs {
			if f.Allows(c) {
				k++
			}
		}
		switch k {
		case 0:
			return nil
		case 1:
			for _, c := range bs {
				if f.Allows(c) {
					return c
				}
			}
		}
		ri := rand.IntN(k)
		rj := rand.IntN(k - 1)
		if rj >= ri {
			rj++
		}
		a, b = nil, nil
		r := 0
		for _, c := range bs {
			if !f.Allows(c) {
				continue
			}
			if r == ri {
				a = c
			}
			if r == rj {
				b = c
			}
			r++
		}
	}
	if a.inflight.Load()*int64(b.Weight) <= b.inflight.Load()*int64(a.Weight) {
		return a
	}
	return b
}

// ConsistentHash maps a request key (a user id, a cache key) onto a ring
// of virtual nodes, VNodes per unit of weight per backend (Karger et al.,
// "Consistent Hashing and Random Trees", 1997; the Ketama layout). The
// same key reaches the same backend while the fleet is stable, and when a
// backend leaves only its keys move, each to the next backend on the ring.
// Use it for cache affinity. Keys hash with FNV-1a and a 64-bit finaliser,
// stable across processes, so restarting the proxy does not reshuffle keys.
type ConsistentHash struct {
	// VNodes per unit of weight; default 160, as in Ketama.
	VNodes int

	once   sync.Once
	points []uint64 // sorted hashes of virtual nodes
	owners []int    // owners[i] is the backend index of points[i]
}

// Name returns "hash".
func (*ConsistentHash) Name() string { return "hash" }

func (s *ConsistentHash) build(bs []*Backend) {
	v := s.VNodes
	if v <= 0 {
		v = 160
	}
	type point struct {
		h     uint64
		owner int
	}
	var pts []point
	for i, b := range bs {
		for j := range v * b.Weight {
			pts = append(pts, point{hashKey(b.Name + "#" + strconv.Itoa(j)), i})
		}
	}
	slices.SortFunc(pts, func(x, y point) int {
		if x.h != y.h {
			if x.h < y.h {
				return -1
			}
			return 1
		}
		return x.owner - y.owner
	})
	for _, p := range pts {
		s.points = append(s.points, p.h)
		s.owners = append(s.owners, p.owner)
	}
}

// Pick implements [Strategy]. The ring is built on the first call from the
// backends given then; a ConsistentHash must always see the same list.
func (s *ConsistentHash) Pick(bs []*Backend, key string, f Filter) *Backend {
	s.once.Do(func() { s.build(bs) })
	if len(s.points) == 0 {
		return nil
	}
	h := hashKey(key)
	i, _ := slices.BinarySearch(s.points, h)
	// Walk clockwise past unavailable backends; after a full turn give up.
	for range len(s.points) {
		if i == len(s.points) {
			i = 0
		}
		if b := bs[s.owners[i]]; f.Allows(b) {
			return b
		}
		i++
	}
	return nil
}

// hashKey is FNV-1a 64 followed by the SplitMix64 finaliser: FNV alone
// leaves the high bits of short, similar keys ("backend#1", "backend#2")
// poorly mixed, and the ring is ordered by exactly those bits.
func hashKey(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// StrategyByName returns a fresh strategy: round-robin, weighted,
// least-conn, p2c or hash.
func StrategyByName(name string) (Strategy, error) {
	switch name {
	case "round-robin", "rr":
		return &RoundRobin{}, nil
	case "weighted", "wrr":
		return &SmoothWeighted{}, nil
	case "least-conn":
		return &LeastConn{}, nil
	case "p2c":
		return P2C{}, nil
	case "hash":
		return &ConsistentHash{}, nil
	}
	return nil, fmt.Errorf("unknown strategy %q (want round-robin, weighted, least-conn, p2c or hash)", name)
}

// OutlierConfig configures passive outlier detection. The zero value means
// the defaults.
type OutlierConfig struct {
	// ConsecutiveFailures ejects a backend after this many failures in a
	// row. Default 5 (Envoy's consecutive_gateway_failure). Negative
	// disables ejection.
	ConsecutiveFailures int
	// Count5xx counts every 5xx answer as a failure (Envoy's
	// consecutive_5xx). Default false: only 502, 503 and 504 answers and
	// connect or reset errors count, because a 500 is usually one bad
	// request, not a bad backend.
	Count5xx bool
	// BaseEjection is the first cool-down; the n-th ejection lasts n times
	// as long. Default 30s (Envoy's base_ejection_time).
	BaseEjection time.Duration
	// MaxEjection caps the cool-down. Default 300s.
	MaxEjection time.Duration
	// MaxEjectedFraction caps the share of backends ejected at once; in a
	// fleet of two or more, one backend may always be ejected, and the last
	// available one never is. Default 0.5.
	MaxEjectedFraction float64
	// PanicThreshold: when fewer than this share of the backends are
	// available (up and not ejected), Pick ignores health and ejection and
	// spreads requests over all of them. Default 0.5 (Envoy's
	// healthy_panic_threshold of 50%); negative disables panic mode.
	PanicThreshold float64
}

func (c OutlierConfig) withDefaults() OutlierConfig {
	if c.ConsecutiveFailures == 0 {
		c.ConsecutiveFailures = 5
	}
	if c.BaseEjection <= 0 {
		c.BaseEjection = 30 * time.Second
	}
	if c.MaxEjection <= 0 {
		c.MaxEjection = 300 * time.Second
	}
	if c.MaxEjectedFraction <= 0 {
		c.MaxEjectedFraction = 0.5
	}
	if c.PanicThreshold == 0 {
		c.PanicThreshold = 0.5
	}
	return c
}

// IsFailure reports whether an answer with the given status counts as a
// failure of the backend for outlier detection.
func (c OutlierConfig) IsFailure(status int) bool {
	if c.Count5xx {
		return status >= 500
	}
	return status == http.StatusBadGateway || status == http.StatusServiceUnavailable || status == http.StatusGatewayTimeout
}

// Balancer spreads requests over a fixed set of backends with a Strategy,
// skipping backends that are down or ejected. It is safe for concurrent
// use. Create one with [NewBalancer].
type Balancer struct {
	backends []*Backend
	strategy Strategy
	outlier  OutlierConfig

	// ejectHorizon is the latest ejectedUntil of any backend (UnixNano),
	// or 0 once it has passed: Pick reads the clock only when it is set.
	ejectHorizon atomic.Int64

	// down counts backends that active health checks hold down; with
	// ejectHorizon it tells Pick when the fleet may be degraded.
	down   atomic.Int32
	panics atomic.Uint64 // picks made in panic mode

	// ejectMu guards the outlier fields of every Backend and capSkips.
	ejectMu  sync.Mutex
	capSkips uint64 // ejections refused by MaxEjectedFraction or the floor
}

// NewBalancer returns a balancer over backends (at most 64) using s.
func NewBalancer(backends []*Backend, s Strategy, oc OutlierConfig) (*Balancer, error) {
	if len(backends) == 0 || len(backends) > 64 {
		return nil, fmt.Errorf("balancer: %d backends, want 1 to 64", len(backends))
	}
	for i, b := range backends {
		if b.URL == nil {
			return nil, fmt.Errorf("balancer: backend %d has no URL", i)
		}
		if b.Weight < 1 {
			b.Weight = 1
		}
		if b.Name == "" {
			b.Name = b.URL.Host
		}
		b.index = i
	}
	return &Balancer{backends: backends, strategy: s, outlier: oc.withDefaults()}, nil
}

// Backends returns the balancer's backends.
func (lb *Balancer) Backends() []*Backend { return lb.backends }

// Strategy returns the balancer's strategy.
func (lb *Balancer) Strategy() Strategy { return lb.strategy }

// Pick chooses a backend for a request with the given key (used by the
// hash strategy), skipping those whose bit is set in avoid, and counts the
// request as outstanding on it. Every successful Pick must be followed by
// one Done.
func (lb *Balancer) Pick(key string, avoid uint64) (*Backend, error) {
	// Reading the clock costs about as much as a whole Pick (~45ns on
	// this VM), and is only needed while some ejection may be running.
	f := Filter{avoid: avoid, now: math.MaxInt64} // every ejectedUntil is <= now: nobody ejected
	if h := lb.ejectHorizon.Load(); h != 0 {
		f.now = time.Now().UnixNano()
		if f.now >= h {
			lb.ejectHorizon.CompareAndSwap(h, 0) // every ejection has ended
		}
	}
	if (f.now != math.MaxInt64 || lb.down.Load() != 0) && lb.outlier.PanicThreshold > 0 {
		// Degraded: count what is left (at most 64 backends, and only now).
		avail := 0
		for _, b := range lb.backends {
			if b.available(f.now) {
				avail++
			}
		}
		if float64(avail) < lb.outlier.PanicThreshold*float64(len(lb.backends)) {
			f.now = 0 // panic mode: every backend
			lb.panics.Add(1)
		}
	}
	b := lb.strategy.Pick(lb.backends, key, f)
	if b == nil {
		return nil, ErrNoBackend
	}
	b.inflight.Add(1)
	b.requests.Add(1)
	return b, nil
}

// Done ends a request picked on b. failed means the backend misbehaved
// (connection refused or reset, a timeout after the request was sent, or a
// status [OutlierConfig.IsFailure] counts): it feeds outlier detection.
func (lb *Balancer) Done(b *Backend, failed bool) {
	b.inflight.Add(-1)
	if !failed {
		// The common case, a success with no failure streak, takes no lock.
		if b.consecutive.Load() != 0 {
			lb.ejectMu.Lock()
			b.consecutive.Store(0)
			lb.ejectMu.Unlock()
		}
		return
	}
	b.failures.Add(1)
	lb.recordFailure(b, time.Now())
}

func (lb *Balancer) recordFailure(b *Backend, now time.Time) {
	oc := lb.outlier
	if oc.ConsecutiveFailures < 0 {
		return
	}
	lb.ejectMu.Lock()
	defer lb.ejectMu.Unlock()
	nowNano := now.UnixNano()
	if b.ejectedUntil.Load() > nowNano {
		return // already out; failures of requests sent before the ejection
	}
	// A backend that stayed in for a full MaxEjection since its last
	// return has earned a fresh start: its next cool-down is short again.
	if b.ejections > 0 && b.readmittedAt != 0 && nowNano-b.readmittedAt > int64(oc.MaxEjection) {
		b.ejections = 0
	}
	if b.consecutive.Add(1) < int32(oc.ConsecutiveFailures) {
		return
	}
	ejected, othersAvailable := 0, 0
	for _, o := range lb.backends {
		switch {
		case o.ejectedUntil.Load() > nowNano:
			ejected++
		case o != b && !o.down.Load():
			othersAvailable++
		}
	}
	n := len(lb.backends)
	limit := min(max(1, int(oc.MaxEjectedFraction*float64(n))), n-1)
	if ejected+1 > limit || othersAvailable == 0 {
		lb.capSkips++
		return
	}
	b.ejections++
	cool := min(time.Duration(b.ejections)*oc.BaseEjection, oc.MaxEjection)
	until := now.Add(cool).UnixNano()
	b.ejectedUntil.Store(until)
	lb.ejectHorizon.Store(max(lb.ejectHorizon.Load(), until))
	b.readmittedAt = until
	b.ejectedTotal++
	b.consecutive.Store(0)
}
