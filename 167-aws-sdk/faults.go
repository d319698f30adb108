package main

// This file holds fault injection: a seeded profile, per service and
// operation, of errors, dropped connections and added latency, applied by
// the emulators before they handle a request. It exists so that retries are
// exercised over real HTTP against the real SDK, not against mocks.

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

var (
	// ErrFaultSpec is returned by [ParseFaults] for a malformed spec.
	ErrFaultSpec = errors.New("bad fault spec")
	// ErrInjectedFault marks an error response made up by a [FaultInjector].
	ErrInjectedFault = errors.New("injected fault")
	// errDropConnection asks the handler to abort the connection.
	errDropConnection = errors.New("injected connection drop")
)

// FaultRule is one line of a fault profile.
type FaultRule struct {
	Service   string        // "s3", "sqs", "lambda" or "*"
	Operation string        // "PutObject", "Invoke", ... or "*"
	ErrorRate float64       // probability of an error response, 0 to 1
	DropRate  float64       // probability of dropping the connection, 0 to 1
	Latency   time.Duration // added before every matching request
}

// injectedError is the error response a fault stands for.
type injectedError struct {
	Status int
	Code   string
}

func (e *injectedError) Error() string { return fmt.Sprintf("injected %s (%d)", e.Code, e.Status) }
func (e *injectedError) Unwrap() error { return ErrInjectedFault }

// ParseFaults parses a profile such as
//
//	s3:UploadPart=error:0.3,latency:20ms;sqs:*=error:0.1;*:*=drop:0.01
//
// Rules are separated by ';'; each names service:operation ('*' matches
// any) and a comma-separated list of error:P, drop:P and latency:D.
func ParseFaults(spec string) ([]FaultRule, error) {
	var rules []FaultRule
	for item := range strings.SplitSeq(spec, ";") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		target, settings, ok := strings.Cut(item, "=")
		svc, op, ok2 := strings.Cut(target, ":")
		if !ok || !ok2 || svc == "" || op == "" {
			return nil, fmt.Errorf("rule %q: want service:operation=settings: %w", item, ErrFaultSpec)
		}
		rule := FaultRule{Service: svc, Operation: op}
		for kv := range strings.SplitSeq(settings, ",") {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), ":")
			if !ok {
				return nil, fmt.Errorf("setting %q: want name:value: %w", kv, ErrFaultSpec)
			}
			var err error
			switch k {
			case "error":
				rule.ErrorRate, err = parseRate(v)
			case "drop":
				rule.DropRate, err = parseRate(v)
			case "latency":
				rule.Latency, err = time.ParseDuration(v)
				if err == nil && rule.Latency < 0 {
					err = errors.New("negative")
				}
			default:
				err = errors.New("unknown setting")
			}
			if err != nil {
				return nil, fmt.Errorf("setting %q: %v: %w", kv, err, ErrFaultSpec)
			}
		}
		rules = append(rules, rule)
	}
	return rules, nil
}

func parseRate(v string) (float64, error) {
	p, err := strconv.ParseFloat(v, 64)
	if err != nil || p < 0 || p > 1 || p != p {
		return 0, errors.New("rate must be between 0 and 1")
	}
	return p, nil
}

// FaultInjector applies a fault profile. Its random source is seeded, so a
// run with the same seed and the same request order injects the same
// faults.
//
// A nil *FaultInjector injects nothing. It is safe for concurrent use.
type FaultInjector struct {
	rules []FaultRule

	// mu guards rng.
	mu  sync.Mutex
	rng *rand.Rand

	errors, drops atomic.Int64
}

// NewFaultInjector returns an injector for rules with the given seed.
func NewFaultInjector(rules []FaultRule, seed uint64) *FaultInjector {
	return &FaultInjector{rules: rules, rng: rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))}
}

// Counts returns how many error responses and dropped connections the
// injector has caused so far.
func (f *FaultInjector) Counts() (errs, drops int64) {
	if f == nil {
		return 0, 0
	}
	return f.errors.Load(), f.drops.Load()
}

// rule returns the most specific rule for service and operation.
func (f *FaultInjector) rule(service, op string) (FaultRule, bool) {
	best, score := FaultRule{}, -1
	for _, r := range f.rules {
		if (r.Service != service && r.Service != "*") || (r.Operation != op && r.Operation != "*") {
			continue
		}
		s := 0
		if r.Service == service {
			s += 2
		}
		if r.Operation == op {
			s++
		}
		if s > score {
			best, score = r, s
		}
	}
	return best, score >= 0
}

// Inject applies the profile to one request: it waits the rule's latency
// (or until the request is cancelled), then may return errDropConnection
// or an *injectedError that the service renders in its own error format.
func (f *FaultInjector) Inject(_ http.ResponseWriter, r *http.Request, service, op string) error {
	if f == nil {
		return nil
	}
	rule, ok := f.rule(service, op)
	if !ok {
		return nil
	}
	if rule.Latency > 0 {
		t := time.NewTimer(rule.Latency)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return r.Context().Err()
		}
	}
	f.mu.Lock()
	drop, fail, pick := f.rng.Float64(), f.rng.Float64(), f.rng.IntN(2)
	f.mu.Unlock()
	if drop < rule.DropRate {
		f.drops.Add(1)
		return errDropConnection
	}
	if fail >= rule.ErrorRate {
		return nil
	}
	f.errors.Add(1)
	switch service {
	case "s3":
		if pick == 0 {
			return &injectedError{503, "SlowDown"}
		}
		return &injectedError{500, "InternalError"}
	case "sqs":
		return &injectedError{400, "ThrottlingException"}
	case "lambda":
		return &injectedError{429, "TooManyRequestsException"}
	}
	return &injectedError{500, "InternalError"}
}
