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
	"net/http"
	"sync"
	"time"
)

// HealthCheck configures active checks. The zero value means the defaults.
type HealthCheck struct {
	// Path is requested on each backend; default "/healthz".
	Path string
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
	// Client sends the default probe; default a client with keep-alives
	// disabled, so each check also proves a new connection can be made.
	Client *http.Client
	// Probe checks one backend; nil means GET Path, passing on 2xx and 3xx.
	Probe func(ctx context.Context, b *Backend) error
}

func (hc HealthCheck) withDefaults() HealthCheck {
	if hc.Path == "" {
		hc.Path = "/healthz"
	}
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
	if hc.Client == nil {
		hc.Client = &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	}
	if hc.Probe == nil {
		client, path := hc.Client, hc.Path
		hc.Probe = func(ctx context.Context, b *Backend) error { return httpProbe(ctx, client, b, path) }
	}
	return hc
}

// errCheckStatus marks a health check answered with a bad status.
var errCheckStatus = errors.New("health check status")

func httpProbe(ctx context.Context, client *http.Client, b *Backend, path string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.URL.JoinPath(path).String(), nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode >= 400 {
		return fmt.Errorf("%w: %s", errCheckStatus, resp.Status)
	}
	return nil
}

// RunHealthChecks checks every backend each Interval until ctx ends, and
// returns when its goroutines have stopped.
func (lb *Balancer) RunHealthChecks(ctx context.Context, hc HealthCheck) {
	hc = hc.withDefaults()
	var wg sync.WaitGroup
	for _, b := range lb.backends {
		wg.Go(func() {
			t := time.NewTicker(hc.Interval)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
				}
				pctx, cancel := context.WithTimeout(ctx, hc.Timeout)
				err := hc.Probe(pctx, b)
				cancel()
				if ctx.Err() != nil {
					return // shutting down: not the backend's fault
				}
				lb.RecordCheck(b, err, hc.Rise, hc.Fall)
			}
		})
	}
	wg.Wait()
}

// RecordCheck applies one check result to b with the given thresholds.
// RunHealthChecks calls it; it is exported for checks driven from outside.
func (lb *Balancer) RecordCheck(b *Backend, err error, rise, fall int) {
	b.checks.Add(1)
	if err == nil {
		b.checkFall.Store(0)
		if b.down.Load() && b.checkRise.Add(1) >= int32(rise) {
			b.checkRise.Store(0)
			b.down.Store(false)
		}
		return
	}
	b.lastCheckMu.Lock()
	b.lastCheck = err.Error()
	b.lastCheckMu.Unlock()
	b.checkRise.Store(0)
	if !b.down.Load() && b.checkFall.Add(1) >= int32(fall) {
		b.checkFall.Store(0)
		b.down.Store(true)
	}
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
	// EjectionsCapped counts ejections refused by MaxEjectedFraction.
	EjectionsCapped uint64 `json:"ejections_capped"`
}

// Status returns a snapshot of every backend.
func (lb *Balancer) Status() BalancerStatus {
	now := time.Now()
	lb.ejectMu.Lock()
	defer lb.ejectMu.Unlock()
	st := BalancerStatus{Strategy: lb.strategy.Name(), EjectionsCapped: lb.capSkips}
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
