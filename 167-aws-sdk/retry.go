package main

// This file holds the retry policy: exponential backoff with jitter, a retry
// budget, and the classification of errors into transient and permanent.
//
// The delay math follows Marc Brooker, "Exponential Backoff And Jitter"
// (AWS Architecture Blog, 2015). With base b, cap c and attempt n (1 for the
// first retry):
//
//	exp(n)        = min(c, b·2^(n-1))
//	full          = rand[0, exp(n))
//	equal         = exp(n)/2 + rand[0, exp(n)/2)
//	decorrelated  = min(c, rand[b, 3·prev)), prev starting at b
//
// The budget is the SDK's "retry quota": a bucket of tokens that every retry
// draws from (more for ordinary failures than for throttles, because a
// throttled service asks for fewer requests, not more), and that every success
// refills. When the bucket is empty the client stops retrying altogether, so a
// fleet of clients cannot multiply an outage by MaxAttempts.

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// Jitter names a way of spreading retry delays.
type Jitter int

const (
	// JitterFull draws the delay uniformly from [0, exp(n)). It is the SDK's
	// choice and, in Brooker's simulation, the one with the least total work.
	JitterFull Jitter = iota
	// JitterEqual keeps half of exp(n) and draws the other half, so a retry
	// never comes immediately.
	JitterEqual
	// JitterDecorrelated draws from [base, 3·previous delay), capped.
	JitterDecorrelated
	// JitterNone waits exactly exp(n); useful in tests and for showing why
	// jitter matters (every client retries at the same instant).
	JitterNone
)

// String returns the jitter's name as accepted by [ParseJitter].
func (j Jitter) String() string {
	switch j {
	case JitterFull:
		return "full"
	case JitterEqual:
		return "equal"
	case JitterDecorrelated:
		return "decorrelated"
	case JitterNone:
		return "none"
	}
	return "Jitter(" + strconv.Itoa(int(j)) + ")"
}

// ParseJitter returns the jitter named s ("full", "equal", "decorrelated",
// "none").
func ParseJitter(s string) (Jitter, error) {
	for j := JitterFull; j <= JitterNone; j++ {
		if j.String() == s {
			return j, nil
		}
	}
	return 0, fmt.Errorf("parse jitter %q: %w", s, ErrUnknownJitter)
}

var (
	// ErrUnknownJitter is returned by [ParseJitter] for a name it does not know.
	ErrUnknownJitter = errors.New("unknown jitter")
	// ErrRetryBudgetExhausted is returned by [Retryer.GetRetryToken] when the
	// retry budget holds fewer tokens than the retry costs.
	ErrRetryBudgetExhausted = errors.New("retry budget exhausted")
	// ErrNoMoreAttempts is returned by [Retryer.RetryDelay] for an attempt
	// number at or beyond MaxAttempts.
	ErrNoMoreAttempts = errors.New("no more attempts")
)

// Defaults of [RetryOptions], the same as the SDK's standard retryer
// ("retry behavior 2.1" in aws-sdk-go-v2 core v1.48).
const (
	DefaultMaxAttempts       = 3
	DefaultBaseDelay         = 50 * time.Millisecond
	DefaultThrottleBaseDelay = time.Second
	DefaultMaxBackoff        = 20 * time.Second
	DefaultRetryBudget       = 500
	DefaultRetryCost         = 14
	DefaultThrottleRetryCost = 5
	DefaultSuccessIncrement  = 1
	// maxRetryAfter bounds how far past the computed backoff a server's
	// x-amz-retry-after may push a delay; the SDK uses the same 5 s.
	maxRetryAfter = 5 * time.Second
)

// RetryOptions configures a [Retryer]. The zero value of every field means
// the default named beside it.
type RetryOptions struct {
	// MaxAttempts is the number of attempts including the first
	// (default [DefaultMaxAttempts]); 1 disables retries.
	MaxAttempts int
	// BaseDelay is b in exp(n) for ordinary transient errors
	// (default [DefaultBaseDelay]).
	BaseDelay time.Duration
	// ThrottleBaseDelay is b for throttling errors
	// (default [DefaultThrottleBaseDelay]).
	ThrottleBaseDelay time.Duration
	// MaxBackoff caps every computed delay (default [DefaultMaxBackoff]).
	MaxBackoff time.Duration
	// Jitter selects the delay distribution (default [JitterFull]).
	Jitter Jitter
	// Budget is the capacity of the retry token bucket, which starts full
	// (default [DefaultRetryBudget]); negative disables the budget.
	Budget int
	// RetryCost is what a retry after a transient error takes from the
	// bucket (default [DefaultRetryCost]).
	RetryCost int
	// ThrottleRetryCost is what a retry after a throttle takes
	// (default [DefaultThrottleRetryCost]).
	ThrottleRetryCost int
	// SuccessIncrement is what a first-attempt success puts back
	// (default [DefaultSuccessIncrement]).
	SuccessIncrement int
	// Rand returns a float in [0, 1). Nil means math/rand/v2's Float64.
	// Tests replace it to make delays exact.
	Rand func() float64
	// OnRetry, if not nil, is called with every delay the policy hands out:
	// the retry number, the error being retried and the wait. It must be
	// safe for concurrent use.
	OnRetry func(attempt int, err error, delay time.Duration)
}

func (o *RetryOptions) setDefaults() {
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = DefaultMaxAttempts
	}
	if o.BaseDelay <= 0 {
		o.BaseDelay = DefaultBaseDelay
	}
	if o.ThrottleBaseDelay <= 0 {
		o.ThrottleBaseDelay = DefaultThrottleBaseDelay
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	if o.Budget == 0 {
		o.Budget = DefaultRetryBudget
	}
	if o.RetryCost <= 0 {
		o.RetryCost = DefaultRetryCost
	}
	if o.ThrottleRetryCost <= 0 {
		o.ThrottleRetryCost = DefaultThrottleRetryCost
	}
	if o.SuccessIncrement <= 0 {
		o.SuccessIncrement = DefaultSuccessIncrement
	}
	if o.Rand == nil {
		o.Rand = rand.Float64
	}
}

// Retryer is a retry policy that implements [aws.RetryerV2], so it plugs into
// every aws-sdk-go-v2 client with config.WithRetryer, and can also drive
// retries of any function through [Retryer.Do].
//
// A Retryer is safe for concurrent use; one is meant to be shared by all the
// clients of a process, because the budget only protects a service if it
// sees all of the process's retries. Create it with [NewRetryer].
type Retryer struct {
	opts RetryOptions

	// mu guards tokens and the Rand call (a caller's Rand need not be safe
	// for concurrent use).
	mu     sync.Mutex
	tokens int
}

var _ aws.RetryerV2 = (*Retryer)(nil)

// NewRetryer returns a Retryer with the defaults of [RetryOptions], changed
// by each fn in order, in the style of retry.NewStandard.
func NewRetryer(fns ...func(*RetryOptions)) *Retryer {
	var o RetryOptions
	for _, fn := range fns {
		fn(&o)
	}
	o.setDefaults()
	return &Retryer{opts: o, tokens: o.Budget}
}

// Tokens reports how many tokens the retry budget holds now.
func (r *Retryer) Tokens() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.tokens
}

// MaxAttempts returns the number of attempts including the first.
func (r *Retryer) MaxAttempts() int { return r.opts.MaxAttempts }

// IsErrorRetryable reports whether err is transient: see [Classify].
func (r *Retryer) IsErrorRetryable(err error) bool { return Classify(err).Retryable() }

// RetryDelay returns the delay before retry number attempt (1 is the first
// retry, made after the first attempt failed with err).
//
// The delay is the backoff alone: the SDK's retry middleware applies a
// response's x-amz-retry-after hint to what RetryDelay returns
// (adjustForRetryAfterHeader in aws/retry/middleware.go clamps the hint to
// [delay, delay+5s]), so applying it here as well would let a hint of a
// minute wait backoff+10s instead of backoff+5s. [Retryer.Do], which has no
// middleware, applies it once itself.
//
// The SDK calls RetryDelay without saying which operation it is for, so
// decorrelated jitter cannot remember the previous delay of this
// operation; instead it draws the whole chain of attempt delays afresh,
// which gives each delay exactly the distribution of step n of the chain.
func (r *Retryer) RetryDelay(attempt int, err error) (time.Duration, error) {
	if attempt < 1 {
		return 0, fmt.Errorf("retry delay for attempt %d: attempts start at 1", attempt)
	}
	if attempt >= r.opts.MaxAttempts {
		return 0, fmt.Errorf("retry delay for attempt %d of %d: %w", attempt, r.opts.MaxAttempts, ErrNoMoreAttempts)
	}
	base := r.opts.BaseDelay
	if Classify(err) == ClassThrottle {
		base = r.opts.ThrottleBaseDelay
	}
	r.mu.Lock()
	d := backoff(r.opts.Jitter, base, r.opts.MaxBackoff, attempt, r.opts.Rand)
	r.mu.Unlock()
	if r.opts.OnRetry != nil {
		r.opts.OnRetry(attempt, err, d)
	}
	return d, nil
}

// backoff computes the delay before retry n with the given jitter.
func backoff(j Jitter, base, maxDelay time.Duration, n int, rnd func() float64) time.Duration {
	switch j {
	case JitterEqual:
		e := expDelay(base, maxDelay, n)
		return e/2 + time.Duration(rnd()*float64(e-e/2))
	case JitterDecorrelated:
		d := base
		for range n {
			hi := min(3*d, maxDelay)
			if hi < base {
				hi = base
			}
			d = base + time.Duration(rnd()*float64(hi-base))
		}
		return min(d, maxDelay)
	case JitterNone:
		return expDelay(base, maxDelay, n)
	default:
		return time.Duration(rnd() * float64(expDelay(base, maxDelay, n)))
	}
}

// expDelay is min(maxDelay, base·2^(n-1)) without overflowing for large n.
func expDelay(base, maxDelay time.Duration, n int) time.Duration {
	f := float64(base) * math.Exp2(float64(n-1))
	if f >= float64(maxDelay) {
		return maxDelay
	}
	return time.Duration(f)
}

// applyRetryAfter returns the delay d adjusted by err's x-amz-retry-after
// hint as the SDK's middleware does: the hint, clamped to [d, d+5s].
func applyRetryAfter(d time.Duration, err error) time.Duration {
	if after, ok := retryAfter(err); ok {
		return min(max(after, d), d+maxRetryAfter)
	}
	return d
}

// retryAfter returns the server's x-amz-retry-after hint carried by err.
func retryAfter(err error) (time.Duration, bool) {
	var re *smithyhttp.ResponseError
	if !errors.As(err, &re) || re.Response == nil || re.Response.Response == nil {
		return 0, false
	}
	ms, perr := strconv.ParseInt(re.Response.Header.Get("X-Amz-Retry-After"), 10, 64)
	if perr != nil || ms < 0 {
		return 0, false
	}
	return time.Duration(ms) * time.Millisecond, true
}

// GetAttemptToken returns the release function for an attempt: a success
// puts SuccessIncrement back into the budget. The SDK calls it before every
// attempt.
func (r *Retryer) GetAttemptToken(context.Context) (func(error) error, error) {
	return r.GetInitialToken(), nil
}

// GetInitialToken is GetAttemptToken without a context, for aws.Retryer.
func (r *Retryer) GetInitialToken() func(error) error {
	return func(err error) error {
		if err == nil {
			r.refund(r.opts.SuccessIncrement)
		}
		return nil
	}
}

// GetRetryToken takes the cost of a retry after opErr from the budget and
// returns a release function that refunds it if the retry succeeds. It fails
// with [ErrRetryBudgetExhausted] when the budget cannot pay.
//
// The attempt token of the same successful retry also adds SuccessIncrement,
// so this release refunds cost−SuccessIncrement: together they give back
// exactly the cost, as the SDK's standard retryer does.
func (r *Retryer) GetRetryToken(_ context.Context, opErr error) (func(error) error, error) {
	cost := r.opts.RetryCost
	if Classify(opErr) == ClassThrottle {
		cost = r.opts.ThrottleRetryCost
	}
	r.mu.Lock()
	if r.opts.Budget > 0 {
		if r.tokens < cost {
			have := r.tokens
			r.mu.Unlock()
			return nil, fmt.Errorf("retry token: need %d, have %d: %w", cost, have, ErrRetryBudgetExhausted)
		}
		r.tokens -= cost
	}
	r.mu.Unlock()
	return func(err error) error {
		if err == nil {
			r.refund(cost - r.opts.SuccessIncrement)
		}
		return nil
	}, nil
}

func (r *Retryer) refund(n int) {
	if r.opts.Budget <= 0 || n <= 0 {
		return
	}
	r.mu.Lock()
	r.tokens = min(r.tokens+n, r.opts.Budget)
	r.mu.Unlock()
}

// RetryAttempt describes one failed attempt for [Retryer.Do]'s observer.
type RetryAttempt struct {
	Attempt int           // 1-based number of the attempt that failed
	Err     error         // why it failed
	Class   ErrorClass    // how the error was classified
	Delay   time.Duration // the wait before the next attempt; 0 when giving up
}

// Do calls op until it succeeds, fails permanently, runs out of attempts or
// budget, or ctx ends, waiting the policy's delay between attempts. If
// observe is not nil it is called after every failed attempt. Do returns
// op's last error, wrapped with the attempt count.
func (r *Retryer) Do(ctx context.Context, op func(context.Context) error, observe func(RetryAttempt)) error {
	var releaseRetry func(error) error // settles the token of the retry under way
	for attempt := 1; ; attempt++ {
		release := r.GetInitialToken()
		err := op(ctx)
		_ = release(err)
		if releaseRetry != nil {
			_ = releaseRetry(err)
			releaseRetry = nil
		}
		if err == nil {
			return nil
		}
		a := RetryAttempt{Attempt: attempt, Err: err, Class: Classify(err)}
		var why error
		switch {
		case !a.Class.Retryable() || ctx.Err() != nil:
		case attempt >= r.opts.MaxAttempts:
			why = ErrNoMoreAttempts
		default:
			releaseRetry, why = r.GetRetryToken(ctx, err)
		}
		if why == nil && releaseRetry != nil {
			a.Delay, _ = r.RetryDelay(attempt, err)
			a.Delay = applyRetryAfter(a.Delay, err)
		}
		if observe != nil {
			observe(a)
		}
		if releaseRetry == nil {
			if why != nil {
				return fmt.Errorf("attempt %d: %w (%w)", attempt, err, why)
			}
			return fmt.Errorf("attempt %d: %w", attempt, err)
		}
		t := time.NewTimer(a.Delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("attempt %d: %w (waiting to retry: %w)", attempt, err, ctx.Err())
		case <-t.C:
		}
	}
}

// ErrorClass is the verdict of [Classify].
type ErrorClass int

const (
	// ClassPermanent errors are not retried: 4xx other than throttles,
	// validation errors, unknown errors, cancelled contexts.
	ClassPermanent ErrorClass = iota
	// ClassTransient errors are retried: 5xx, timeouts, broken connections.
	ClassTransient
	// ClassThrottle errors are retried with the longer throttle base delay
	// and the cheaper throttle cost.
	ClassThrottle
)

// Retryable reports whether the class is worth another attempt.
func (c ErrorClass) Retryable() bool { return c != ClassPermanent }

// String returns "permanent", "transient" or "throttle".
func (c ErrorClass) String() string {
	switch c {
	case ClassTransient:
		return "transient"
	case ClassThrottle:
		return "throttle"
	}
	return "permanent"
}

// throttleCodes are the error codes AWS services use for "slow down"; the
// list is the SDK's DefaultThrottleErrorCodes.
var throttleCodes = map[string]bool{
	"Throttling": true, "ThrottlingException": true, "ThrottledException": true,
	"RequestThrottledException": true, "TooManyRequestsException": true,
	"ProvisionedThroughputExceededException": true, "TransactionInProgressException": true,
	"RequestLimitExceeded": true, "BandwidthLimitExceeded": true, "LimitExceededException": true,
	"RequestThrottled": true, "SlowDown": true, "PriorRequestNotComplete": true,
	"EC2ThrottledException": true,
	// SQS's Query-protocol code for throttling.
	"AWS.SimpleQueueService.RequestThrottled": true,
}

// transientCodes are error codes that mean "try again" whatever the status.
var transientCodes = map[string]bool{
	"RequestTimeout": true, "RequestTimeoutException": true, "InternalError": true,
	"InternalFailure": true, "ServiceUnavailable": true, "InternalServerError": true,
}

// Classify sorts err into permanent, transient or throttle. It looks, through
// errors.As, for: a cancelled or expired context (permanent: the caller gave
// up); an error's own RetryableError() bool; a smithy.APIError code in the
// throttle or transient lists; the HTTP status of a smithy ResponseError
// (429 throttle; 500, 502, 503, 504 transient; other statuses permanent);
// and network failures (timeouts, resets, refused dials, unexpected EOF:
// transient).
func Classify(err error) ErrorClass {
	if err == nil || errors.Is(err, context.Canceled) {
		return ClassPermanent
	}
	var canceled *aws.RequestCanceledError
	if errors.As(err, &canceled) {
		return ClassPermanent
	}
	// A name that does not resolve or a certificate that does not verify
	// fails the same way on every attempt: retrying only delays the error.
	// (A DNS timeout or a handshake timeout is still a timeout, below.)
	var (
		dns       *net.DNSError
		verify    *tls.CertificateVerificationError
		unknownCA x509.UnknownAuthorityError
		hostname  x509.HostnameError
		invalid   x509.CertificateInvalidError
		alert     tls.AlertError
		record    tls.RecordHeaderError
	)
	switch {
	case errors.As(err, &dns) && dns.IsNotFound, errors.As(err, &verify), errors.As(err, &unknownCA),
		errors.As(err, &hostname), errors.As(err, &invalid), errors.As(err, &alert), errors.As(err, &record):
		return ClassPermanent
	}
	var api smithy.APIError
	if errors.As(err, &api) {
		switch code := api.ErrorCode(); {
		case throttleCodes[code]:
			return ClassThrottle
		case transientCodes[code]:
			return ClassTransient
		}
	}
	var self interface{ RetryableError() bool }
	if errors.As(err, &self) {
		if self.RetryableError() {
			return ClassTransient
		}
		return ClassPermanent
	}
	// A request that never got an answer is also wrapped in a ResponseError,
	// with status 0: only a real status counts here.
	var resp *smithyhttp.ResponseError
	if errors.As(err, &resp) && resp.Response != nil && resp.Response.Response != nil && resp.HTTPStatusCode() != 0 {
		switch resp.HTTPStatusCode() {
		case http.StatusTooManyRequests:
			return ClassThrottle
		case http.StatusInternalServerError, http.StatusBadGateway,
			http.StatusServiceUnavailable, http.StatusGatewayTimeout:
			return ClassTransient
		}
		return ClassPermanent
	}
	if errors.Is(err, context.DeadlineExceeded) {
		// A per-attempt timeout the caller set on the transport, not the
		// operation's own context (checked by the caller of Classify).
		return ClassTransient
	}
	var timeout interface{ Timeout() bool }
	if errors.As(err, &timeout) && timeout.Timeout() {
		return ClassTransient
	}
	var send *smithyhttp.RequestSendError
	var op *net.OpError
	switch {
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNREFUSED),
		errors.Is(err, syscall.EPIPE), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, net.ErrClosed):
		return ClassTransient
	case errors.As(err, &op):
		return ClassTransient
	case errors.As(err, &send):
		// The request never got a response: the SDK's "send" failures are
		// connection-level, and it retries them too.
		return ClassTransient
	}
	return ClassPermanent
}
