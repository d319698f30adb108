package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"testing/synctest"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func fixedRand(v float64) func(*RetryOptions) {
	return func(o *RetryOptions) { o.Rand = func() float64 { return v } }
}

func responseError(status int, header http.Header) error {
	if header == nil {
		header = http.Header{}
	}
	return &smithyhttp.ResponseError{
		Response: &smithyhttp.Response{Response: &http.Response{StatusCode: status, Header: header}},
		Err:      errors.New("status " + fmt.Sprint(status)),
	}
}

func apiError(code string, status int) error {
	return &smithy.OperationError{ServiceID: "S3", OperationName: "GetObject", Err: &smithyhttp.ResponseError{
		Response: &smithyhttp.Response{Response: &http.Response{StatusCode: status, Header: http.Header{}}},
		Err:      &smithy.GenericAPIError{Code: code, Message: "m"},
	}}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		give error
		want ErrorClass
	}{
		{"nil", nil, ClassPermanent},
		{"slowdown", apiError("SlowDown", 503), ClassThrottle},
		{"sqs throttling", apiError("AWS.SimpleQueueService.RequestThrottled", 400), ClassThrottle},
		{"lambda 429", apiError("TooManyRequestsException", 429), ClassThrottle},
		{"internal error", apiError("InternalError", 500), ClassTransient},
		{"request timeout 400", apiError("RequestTimeout", 400), ClassTransient},
		{"no such key", apiError("NoSuchKey", 404), ClassPermanent},
		{"access denied", apiError("AccessDenied", 403), ClassPermanent},
		{"bare 502", responseError(502, nil), ClassTransient},
		{"bare 504", responseError(504, nil), ClassTransient},
		{"bare 429", responseError(429, nil), ClassThrottle},
		{"bare 400", responseError(400, nil), ClassPermanent},
		{"bare 501", responseError(501, nil), ClassPermanent},
		{"reset", fmt.Errorf("read: %w", syscall.ECONNRESET), ClassTransient},
		{"refused dial", &net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, ClassTransient},
		{"unexpected eof", &smithyhttp.RequestSendError{Err: io.ErrUnexpectedEOF}, ClassTransient},
		// What the SDK returns when the server closes the connection: the
		// send error inside a ResponseError with no response (status 0).
		{"response error without response", &smithyhttp.ResponseError{Err: errors.New("x")}, ClassPermanent},
		{"dropped connection", &smithy.OperationError{Err: &smithyhttp.ResponseError{
			Response: &smithyhttp.Response{Response: &http.Response{}},
			Err:      &smithyhttp.RequestSendError{Err: &url.Error{Op: "Post", URL: "http://x/", Err: io.EOF}},
		}}, ClassTransient},
		{"timeout", &net.DNSError{IsTimeout: true}, ClassTransient},
		{"caller cancelled", fmt.Errorf("op: %w", context.Canceled), ClassPermanent},
		{"sdk cancelled", &aws.RequestCanceledError{Err: errors.New("x")}, ClassPermanent},
		{"plain", errors.New("validation failed"), ClassPermanent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Classify(tt.give)
			assert.Equal(t, tt.want, got, "Classify(%v) = %v, want %v", tt.give, got, tt.want)
		})
	}
}

func TestRetryDelayExact(t *testing.T) {
	transient := responseError(500, nil)
	throttle := apiError("SlowDown", 503)
	tests := []struct {
		name    string
		jitter  Jitter
		rand    float64
		err     error
		attempt int
		want    time.Duration
	}{
		{"full first", JitterFull, 0.5, transient, 1, 25 * time.Millisecond},
		{"full third", JitterFull, 0.5, transient, 3, 100 * time.Millisecond},
		{"full throttle", JitterFull, 0.5, throttle, 2, time.Second},
		{"full capped", JitterFull, 0.5, throttle, 9, 10 * time.Second},
		{"equal first", JitterEqual, 0, transient, 1, 25 * time.Millisecond},
		{"equal mid", JitterEqual, 0.5, transient, 2, 75 * time.Millisecond},
		{"none", JitterNone, 0.3, transient, 4, 400 * time.Millisecond},
		{"decorrelated floor", JitterDecorrelated, 0, transient, 5, 50 * time.Millisecond},
		// rand=0.5: d1 = 50+0.5·(150−50) = 100, d2 = 50+0.5·(300−50) = 175.
		{"decorrelated chain", JitterDecorrelated, 0.5, transient, 2, 175 * time.Millisecond},
		// The hint is the SDK middleware's to apply: RetryDelay ignores it.
		{"retry-after left to the SDK", JitterNone, 0, withRetryAfter(500, "60000"), 1, 50 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewRetryer(fixedRand(tt.rand), func(o *RetryOptions) {
				o.Jitter = tt.jitter
				o.MaxAttempts = 10
			})
			got, err := r.RetryDelay(tt.attempt, tt.err)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "RetryDelay(%d) = %v, want %v", tt.attempt, got, tt.want)
		})
	}
}

// TestApplyRetryAfter checks the hint as Retryer.Do applies it, the same
// clamp as the SDK's middleware.
func TestApplyRetryAfter(t *testing.T) {
	for _, tt := range []struct {
		hint string
		want time.Duration
	}{
		{"800", 800 * time.Millisecond}, {"10", 50 * time.Millisecond},
		{"60000", 5050 * time.Millisecond}, {"soon", 50 * time.Millisecond}, {"-5", 50 * time.Millisecond},
	} {
		assert.Equal(t, tt.want, applyRetryAfter(50*time.Millisecond, withRetryAfter(503, tt.hint)), tt.hint)
	}
}

func withRetryAfter(status int, v string) error {
	h := http.Header{}
	h.Set("X-Amz-Retry-After", v)
	return responseError(status, h)
}

func TestRetryDelayRejectsOutOfRange(t *testing.T) {
	r := NewRetryer()
	_, err := r.RetryDelay(3, responseError(500, nil))
	assert.ErrorIs(t, err, ErrNoMoreAttempts)
	_, err = r.RetryDelay(0, responseError(500, nil))
	assert.Error(t, err)
}

// TestBackoffBounds checks, for random options, attempts and random draws,
// that every delay lies inside the interval its jitter promises and never
// exceeds MaxBackoff.
func TestBackoffBounds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		base := time.Duration(rapid.Int64Range(1, int64(2*time.Second)).Draw(t, "base"))
		maxB := time.Duration(rapid.Int64Range(int64(base), int64(time.Minute)).Draw(t, "max"))
		j := Jitter(rapid.IntRange(0, 3).Draw(t, "jitter"))
		n := rapid.IntRange(1, 80).Draw(t, "attempt")
		u := rapid.Float64Range(0, 0.9999999).Draw(t, "u")
		d := backoff(j, base, maxB, n, func() float64 { return u })
		e := expDelay(base, maxB, n)
		lo, hi := time.Duration(0), e
		switch j {
		case JitterEqual:
			lo = e / 2
		case JitterDecorrelated:
			lo, hi = base, maxB
		case JitterNone:
			lo = e
		}
		if d < lo || d > hi || d > maxB {
			t.Fatalf("backoff(%v, base=%v, max=%v, n=%d, u=%v) = %v, want in [%v, %v]", j, base, maxB, n, u, d, lo, hi)
		}
	})
}

func TestRetryBudget(t *testing.T) {
	r := NewRetryer(func(o *RetryOptions) { o.Budget = 30 })
	ctx := context.Background()
	transient := responseError(500, nil)

	rel1, err := r.GetRetryToken(ctx, transient)
	require.NoError(t, err)
	_, err = r.GetRetryToken(ctx, transient)
	require.NoError(t, err)
	assert.Equal(t, 2, r.Tokens(), "after two transient retries")

	_, err = r.GetRetryToken(ctx, transient)
	assert.ErrorIs(t, err, ErrRetryBudgetExhausted)

	// A throttle costs less, so it still fits... not with 2 tokens.
	_, err = r.GetRetryToken(ctx, apiError("SlowDown", 503))
	assert.ErrorIs(t, err, ErrRetryBudgetExhausted)

	// A successful retry gives back its whole cost: 13 from the retry token
	// and 1 from that attempt's own token.
	require.NoError(t, rel1(nil))
	require.NoError(t, r.GetInitialToken()(nil))
	assert.Equal(t, 16, r.Tokens())

	// Failures refund nothing; successes never overfill.
	require.NoError(t, r.GetInitialToken()(transient))
	assert.Equal(t, 16, r.Tokens())
	for range 100 {
		_ = r.GetInitialToken()(nil)
	}
	assert.Equal(t, 30, r.Tokens())
}

func TestParseJitter(t *testing.T) {
	for j := JitterFull; j <= JitterNone; j++ {
		got, err := ParseJitter(j.String())
		require.NoError(t, err)
		assert.Equal(t, j, got)
	}
	_, err := ParseJitter("wobbly")
	assert.ErrorIs(t, err, ErrUnknownJitter)
}

// TestDoTiming runs Retryer.Do inside a synctest bubble, where time only
// moves when every goroutine is blocked, so the waits are checked exactly.
func TestDoTiming(t *testing.T) {
	tests := []struct {
		name      string
		failures  []error
		wantErr   error
		wantCalls int
		wantWait  time.Duration
	}{
		{"success first", nil, nil, 1, 0},
		// Full jitter with rand=0.5: 25 ms then 50 ms.
		{"two transient then success", []error{responseError(500, nil), responseError(503, nil)}, nil, 3, 75 * time.Millisecond},
		// Throttle base 1 s: 500 ms then 1 s.
		{"throttled twice", []error{apiError("SlowDown", 503), apiError("SlowDown", 503)}, nil, 3, 1500 * time.Millisecond},
		{"permanent", []error{apiError("NoSuchKey", 404)}, nil, 1, 0},
		{"exhausted", []error{responseError(500, nil), responseError(500, nil), responseError(500, nil)}, ErrNoMoreAttempts, 3, 75 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				r := NewRetryer(fixedRand(0.5))
				calls := 0
				var seen []RetryAttempt
				start := time.Now()
				err := r.Do(t.Context(), func(context.Context) error {
					calls++
					if calls <= len(tt.failures) {
						return tt.failures[calls-1]
					}
					return nil
				}, func(a RetryAttempt) { seen = append(seen, a) })
				assert.Equal(t, tt.wantWait, time.Since(start), "time spent waiting")
				assert.Equal(t, tt.wantCalls, calls, "calls")
				switch {
				case tt.wantErr != nil:
					assert.ErrorIs(t, err, tt.wantErr)
				case calls <= len(tt.failures):
					assert.ErrorIs(t, err, tt.failures[len(tt.failures)-1])
				default:
					assert.NoError(t, err)
				}
				assert.Len(t, seen, min(calls, len(tt.failures)))
			})
		})
	}
}

func TestDoStopsWhenContextEnds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := NewRetryer(func(o *RetryOptions) { o.Jitter = JitterNone; o.MaxAttempts = 10 })
		ctx, cancel := context.WithTimeout(t.Context(), 120*time.Millisecond)
		defer cancel()
		start := time.Now()
		err := r.Do(ctx, func(context.Context) error { return responseError(500, nil) }, nil)
		// Waits 50 then 100 ms: the context ends during the second wait.
		assert.Equal(t, 120*time.Millisecond, time.Since(start))
		assert.ErrorIs(t, err, context.DeadlineExceeded)
	})
}

// roundTripFunc is an in-memory transport, so the real SDK client can run
// inside a synctest bubble (real sockets are not "durably blocking").
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) Do(r *http.Request) (*http.Response, error) { return f(r) }

// TestRetryerInSDK installs the Retryer in a real S3 client with
// config-style options and checks, in virtual time, that the SDK waits the
// policy's delays, honours x-amz-retry-after, and gives up after MaxAttempts.
func TestRetryerInSDK(t *testing.T) {
	slowDown := func(retryAfter string) *http.Response {
		h := http.Header{"Content-Type": {"application/xml"}}
		if retryAfter != "" {
			h.Set("X-Amz-Retry-After", retryAfter)
		}
		return &http.Response{StatusCode: 503, Header: h, Body: io.NopCloser(strings.NewReader(
			`<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>1</RequestId></Error>`))}
	}
	ok := func() *http.Response {
		return &http.Response{StatusCode: 200, Header: http.Header{"Content-Length": {"2"}}, Body: io.NopCloser(strings.NewReader("hi"))}
	}
	tests := []struct {
		name      string
		responses []func() *http.Response
		wantErr   string
		wantCalls int32
		wantWait  time.Duration
	}{
		{"throttled then ok", []func() *http.Response{func() *http.Response { return slowDown("") }, ok}, "", 2, 500 * time.Millisecond},
		{"retry-after 2s", []func() *http.Response{func() *http.Response { return slowDown("2000") }, ok}, "", 2, 2 * time.Second},
		// Outside the window: clamped once to backoff+5s (it was applied by
		// RetryDelay and again by the middleware: 10.5 s).
		{"retry-after 60s", []func() *http.Response{func() *http.Response { return slowDown("60000") }, ok}, "", 2, 5500 * time.Millisecond},
		{"gives up", []func() *http.Response{
			func() *http.Response { return slowDown("") }, func() *http.Response { return slowDown("") },
			func() *http.Response { return slowDown("") },
		}, "SlowDown", 3, 1500 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				var calls atomic.Int32
				client := s3.New(s3.Options{
					Region:       "us-east-1",
					BaseEndpoint: aws.String("http://127.0.0.1:9"),
					UsePathStyle: true,
					Credentials:  credentials.NewStaticCredentialsProvider("AKID", "SECRET", ""),
					Retryer:      NewRetryer(fixedRand(0.5)),
					HTTPClient: roundTripFunc(func(r *http.Request) (*http.Response, error) {
						n := calls.Add(1)
						resp := tt.responses[n-1]()
						resp.Request = r
						return resp, nil
					}),
				})
				start := time.Now()
				out, err := client.GetObject(t.Context(), &s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String("k")})
				wait := time.Since(start)
				if tt.wantErr != "" {
					var api smithy.APIError
					require.ErrorAs(t, err, &api)
					assert.Equal(t, tt.wantErr, api.ErrorCode())
				} else {
					require.NoError(t, err)
					body, _ := io.ReadAll(out.Body)
					assert.Equal(t, "hi", string(body))
				}
				assert.Equal(t, tt.wantCalls, calls.Load(), "attempts")
				assert.Equal(t, tt.wantWait, wait, "virtual time spent")
			})
		})
	}
}

// ExampleRetryer_RetryDelay tabulates the delays of each jitter for the
// same random draw, to show their shapes.
func ExampleRetryer_RetryDelay() {
	err := responseError(500, nil)
	for _, j := range []Jitter{JitterNone, JitterFull, JitterEqual, JitterDecorrelated} {
		r := NewRetryer(func(o *RetryOptions) {
			o.Jitter, o.MaxAttempts, o.Rand = j, 6, func() float64 { return 0.5 }
		})
		fmt.Printf("%-13s", j)
		for n := 1; n < r.MaxAttempts(); n++ {
			d, _ := r.RetryDelay(n, err)
			fmt.Printf(" %8v", d)
		}
		fmt.Println()
	}
	// Output:
	// none              50ms    100ms    200ms    400ms    800ms
	// full              25ms     50ms    100ms    200ms    400ms
	// equal           37.5ms     75ms    150ms    300ms    600ms
	// decorrelated     100ms    175ms  287.5ms 456.25ms 709.375ms
}

// Example_delayDistribution tabulates each jitter's delay distribution:
// the 5th, 50th and 95th percentiles of 10,000 seeded draws for retries 1
// to 5 (base 50 ms). Full jitter spreads retries over the whole window,
// equal jitter over its upper half, decorrelated jitter grows from base.
func Example_delayDistribution() {
	err := responseError(503, nil)
	fmt.Println("jitter         retry      p5     p50     p95")
	for _, j := range []Jitter{JitterFull, JitterEqual, JitterDecorrelated} {
		rng := rand.New(rand.NewPCG(1, 2))
		r := NewRetryer(func(o *RetryOptions) { o.Jitter, o.MaxAttempts, o.Rand = j, 6, rng.Float64 })
		for n := 1; n <= 5; n++ {
			ds := make([]time.Duration, 10_000)
			for i := range ds {
				ds[i], _ = r.RetryDelay(n, err)
			}
			slices.Sort(ds)
			pct := func(p int) time.Duration { return ds[len(ds)*p/100].Round(time.Millisecond) }
			fmt.Printf("%-13s %6d %7v %7v %7v\n", j, n, pct(5), pct(50), pct(95))
		}
	}
	// Output:
	// jitter         retry      p5     p50     p95
	// full               1     3ms    25ms    48ms
	// full               2     5ms    50ms    95ms
	// full               3    11ms    97ms   191ms
	// full               4    20ms   201ms   380ms
	// full               5    41ms   403ms   758ms
	// equal              1    26ms    37ms    49ms
	// equal              2    52ms    75ms    98ms
	// equal              3   105ms   149ms   195ms
	// equal              4   210ms   300ms   390ms
	// equal              5   421ms   602ms   779ms
	// decorrelated       1    55ms   100ms   145ms
	// decorrelated       2    61ms   157ms   347ms
	// decorrelated       3    67ms   232ms   707ms
	// decorrelated       4    74ms   316ms  1.383s
	// decorrelated       5    78ms   411ms  2.349s
}

// TestClassifyDNSAndTLSPermanent checks that a name that does not resolve
// and a server certificate that does not verify are not retried: the first
// through the error chain the SDK builds for a failed dial, the second
// with a real SDK client against a TLS server it does not trust.
func TestClassifyDNSAndTLSPermanent(t *testing.T) {
	dnsErr := &smithyhttp.RequestSendError{Err: &url.Error{Op: "Get", URL: "http://nope.invalid/", Err: &net.OpError{Op: "dial", Net: "tcp",
		Err: &net.DNSError{Err: "no such host", Name: "nope.invalid", IsNotFound: true}}}}
	assert.Equal(t, ClassPermanent, Classify(dnsErr), "no such host")
	dnsTimeout := &smithyhttp.RequestSendError{Err: &net.OpError{Op: "dial", Net: "tcp",
		Err: &net.DNSError{Err: "i/o timeout", Name: "slow.example", IsTimeout: true}}}
	assert.Equal(t, ClassTransient, Classify(dnsTimeout), "a DNS timeout is still transient")

	srv := httptest.NewTLSServer(http.NotFoundHandler())
	t.Cleanup(srv.Close)
	c, err := NewS3Client(t.Context(), ClientConfig{Endpoint: srv.URL, AccessKey: "a", SecretKey: "b",
		Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })})
	require.NoError(t, err)
	_, err = c.ListBuckets(t.Context(), &s3.ListBucketsInput{})
	require.Error(t, err)
	assert.Equal(t, ClassPermanent, Classify(err), "untrusted certificate: %v", err)
}
