package main

// This file holds active health checks with HAProxy's rise/fall thresholds, and
// the admin view of the balancer as JSON.
//
// A backend starts up. After Fall consecutive failed checks it is marked
// down and receives no traffic; after Rise consecutive passed checks it is
// up again (HAProxy's "rise"/"fall", defaults 2 and 3). The thresholds keep
// a single lost probe from flapping a backend out, and a single lucky probe
// from readmitting one that is still broken. Active checks find a dead
// backend even when no traffic reaches it; passive outlier detection
// (balancer.go) finds a misbehaving one between checks, from real requests.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

// HealthCheck configures active checks. The zero value means the defaults.
//
// Checks are opt-in per path: the default probe only proves that a TCP
// connection can be made, which every backend answers, so a fleet of
// servers without a /healthz (any nginx default site) is not taken down
// by its own health checks. Set Path to have each probe GET it.
type HealthCheck struct {
	// Path is requested on each backend with GET; empty (the default)
	// means a TCP connect check instead.
	Path string
	// Host is the Host header of an HTTP probe; default the backend URL's
	// host. Backends that serve several names need the one they know.
	Host string
	// Interval between checks of one backend; default 2s.
	Interval time.Duration
	// Timeout of one check; default 1s.
	Timeout time.Duration
	// Rise is the number of passed checks that bring a down backend up;
	// default 2.
	Rise int
	// Fall is the number of failed checks that take an up backend down;
	// default 3.
	Fall int
	// Client sends the HTTP probe; default a client with keep-alives
	// disabled, so each check also proves a new connection can be made.
	// Redirects are never followed: a 3xx is the backend's answer.
	Client *http.Client
	// Probe checks one backend and describes what it answered; nil means
	// the TCP or HTTP probe above. An HTTP probe passes on 2xx and 3xx.
	Probe func(ctx context.Context, b *Backend) (string, error)
	// Logger receives the first probe of every backend and each change
	// between up and down. Default slog.Default().
	Logger *slog.Logger
}

func (hc HealthCheck) withDefaults() HealthCheck {
	if hc.Interval <= 0 {
		hc.Interval = 2 * time.Second
	}
	if hc.Timeout <= 0 {
		hc.Timeout = time.Second
	}
	if hc.Rise <= 0 {
		hc.Rise = 2
	}
	if hc.Fall <= 0 {
		hc.Fall = 3
	}
	if hc.Logger == nil {
		hc.Logger = slog.Default()
	}
	if hc.Client == nil {
		hc.Client = &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	}
	if hc.Client.CheckRedirect == nil {
		c := *hc.Client
		c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
		hc.Client = &c
	}
	if hc.Probe == nil {
		if hc.Path == "" {
			hc.Probe = tcpProbe
		} else {
			client, path, host := hc.Client, hc.Path, hc.Host
			hc.Probe = func(ctx context.Context, b *Backend) (string, error) { return httpProbe(ctx, client, b, path, host) }
		}
	}
	return hc
}

// errCheckStatus marks a health check answered with a bad status.
var errCheckStatus = errors.New("health check status")

func tcpProbe(ctx context.Context, b *Backend) (string, error) {
	host := b.URL.Host
	if b.URL.Port() == "" {
		port := "80"
		if b.URL.Scheme == "https" {
			port = "443"
		}
		host = net.JoinHostPort(b.URL.Hostname(), port)
	}
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", host)
	if err != nil {
		return "", err
	}
	c.Close()
	return "TCP connect to " + host + " ok", nil
}

func httpProbe(ctx context.Context, client *http.Client, b *Backend, path, host string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.URL.JoinPath(path).String(), nil)
	if err != nil {
		return "", err
	}
	if host != "" {
		req.Host = host
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	answer := "GET " + path + " answered " + resp.Status
	if resp.StatusCode >= 400 {
		return answer, fmt.Errorf("%w: GET %s answered %s", errCheckStatus, path, resp.Status)
	}
	return answer, nil
}

// RunHealthChecks probes every backend at once, logging what each
// answered, then each Interval until ctx ends, and returns when its
// goroutines have stopped.
func (lb *Balancer) RunHealthChecks(ctx context.Context, hc HealthCheck) {
	hc = hc.withDefaults()
	var wg sync.WaitGroup
	for _, b := range lb.backends {
		wg.Go(func() {
			t := time.NewTicker(hc.Interval)
			defer t.Stop()
			for first := true; ; first = false {
				pctx, cancel := context.WithTimeout(ctx, hc.Timeout)
				answer, err := hc.Probe(pctx, b)
				cancel()
				if ctx.Err() != nil {
					return // shutting down: not the backend's fault
				}
				log := hc.Logger.With("backend", b.Name, "url", b.URL.String())
				switch {
				case first && err == nil:
					log.Info("health: first check passed", "answer", answer)
				case first:
					log.Warn("health: first check failed; the backend is taken down after fall checks fail in a row",
						"err", err, "fall", hc.Fall)
				}
				switch lb.RecordCheck(b, err, hc.Rise, hc.Fall) {
				case CheckWentDown:
					log.Warn("health: backend down", "err", err, "fall", hc.Fall)
				case CheckWentUp:
					log.Info("health: backend up again", "answer", answer, "rise", hc.Rise)
				}
				select {
				case <-ctx.Done():
					return
				case <-t.C:
				}
			}
		})
	}
	wg.Wait()
}

// CheckChange is what one check did to a backend's state.
type CheckChange int

// The results of [Balancer.RecordCheck].
const (
	CheckKept     CheckChange = iota // the backend stays up or down
	CheckWentDown                    // this check took it down
	CheckWentUp                      // this check brought it back up
)

// setDown marks b down or up and keeps the balancer's count of down
// backends, which tells Pick when to look for panic mode.
func (lb *Balancer) setDown(b *Backend, down bool) bool {
	if b.down.Swap(down) == down {
		return false
	}
	if down {
		lb.down.Add(1)
	} else {
		lb.down.Add(-1)
	}
	return true
}

// RecordCheck applies one check result to b with the given thresholds and
// reports whether it changed b's state. RunHealthChecks calls it; it is
// exported for checks driven from outside.
func (lb *Balancer) RecordCheck(b *Backend, err error, rise, fall int) CheckChange {
	b.checks.Add(1)
	if err == nil {
		b.checkFall.Store(0)
		if b.down.Load() && b.checkRise.Add(1) >= int32(rise) {
			b.checkRise.Store(0)
			if lb.setDown(b, false) {
				return CheckWentUp
			}
		}
		return CheckKept
	}
	b.lastCheckMu.Lock()
	b.lastCheck = err.Error()
	b.lastCheckMu.Unlock()
	b.checkRise.Store(0)
	if !b.down.Load() && b.checkFall.Add(1) >= int32(fall) {
		b.checkFall.Store(0)
		if lb.setDown(b, true) {
			return CheckWentDown
		}
	}
	return CheckKept
}

// BackendStatus is one backend as the admin endpoint shows it.
type BackendStatus struct {
	Name                string    `json:"name"`
	URL                 string    `json:"url"`
	Weight              int       `json:"weight"`
	State               string    `json:"state"` // up, down (health checks) or ejected
	EjectedUntil        time.Time `json:"ejected_until,omitzero"`
	Ejections           uint64    `json:"ejections"`
	Inflight            int64     `json:"inflight"`
	Requests            uint64    `json:"requests"`
	Failures            uint64    `json:"failures"`
	ConsecutiveFailures int       `json:"consecutive_failures"`
	Checks              uint64    `json:"checks"`
	LastCheckError      string    `json:"last_check_error,omitempty"`
}

// BalancerStatus is the balancer as the admin endpoint shows it.
type BalancerStatus struct {
	Strategy string          `json:"strategy"`
	Backends []BackendStatus `json:"backends"`
	// EjectionsCapped counts ejections refused by MaxEjectedFraction or
	// because the backend was the last one available.
	EjectionsCapped uint64 `json:"ejections_capped"`
	// PanicPicks counts picks made in panic mode, across every backend
	// because too few were available.
	PanicPicks uint64 `json:"panic_picks"`
}

// Status returns a snapshot of every backend.
func (lb *Balancer) Status() BalancerStatus {
	now := time.Now()
	lb.ejectMu.Lock()
	defer lb.ejectMu.Unlock()
	st := BalancerStatus{Strategy: lb.strategy.Name(), EjectionsCapped: lb.capSkips, PanicPicks: lb.panics.Load()}
	for _, b := range lb.backends {
		bs := BackendStatus{
			Name: b.Name, URL: b.URL.String(), Weight: b.Weight, State: "up",
			Ejections: b.ejectedTotal, Inflight: b.inflight.Load(),
			Requests: b.requests.Load(), Failures: b.failures.Load(),
			ConsecutiveFailures: int(b.consecutive.Load()), Checks: b.checks.Load(),
		}
		if until := b.ejectedUntil.Load(); until > now.UnixNano() {
			bs.State, bs.EjectedUntil = "ejected", time.Unix(0, until).UTC()
		}
		if b.down.Load() {
			bs.State = "down"
		}
		b.lastCheckMu.Lock()
		bs.LastCheckError = b.lastCheck
		b.lastCheckMu.Unlock()
		st.Backends = append(st.Backends, bs)
	}
	return st
}

// AdminHandler serves Status as JSON.
func (lb *Balancer) AdminHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(lb.Status())
	})
}
