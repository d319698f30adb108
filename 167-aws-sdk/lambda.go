package main

// This file holds the Lambda emulator: the Invoke API
// (POST /2015-03-31/functions/{name}/invocations) for Go functions
// registered in-process.
//
// Invoke has three modes, chosen by X-Amz-Invocation-Type. RequestResponse
// runs the function and answers 200 with its result — also when the
// function fails: a function error is not an API error, it is a 200 with
// X-Amz-Function-Error: Unhandled and an {"errorMessage","errorType",
// "stackTrace"} payload, so callers must check the header. Event queues the
// payload, answers 202 at once, and runs the function in the background,
// retrying twice on failure as Lambda does. DryRun only checks that the
// call would be allowed: 204. API errors (unknown function, payload too
// large, concurrency exhausted) use restJson1's X-Amzn-ErrorType header.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

const (
	// maxSyncPayload and maxAsyncPayload are Lambda's request payload
	// limits: 6 MB for RequestResponse, 1 MB for Event.
	maxSyncPayload  = 6 << 20
	maxAsyncPayload = 1 << 20
	// maxLogTail is how much of the log X-Amz-Log-Result carries.
	maxLogTail = 4 << 10
)

// LambdaHandler is a function body: it gets the invocation's JSON payload
// and returns the JSON result. The context ends at the function's timeout,
// when the invocation fails with Sandbox.Timedout; a handler that ignores
// its context keeps running until it returns, since a goroutine cannot be
// killed (real Lambda freezes the sandbox instead). [LambdaLogf] writes to
// the invocation's log.
type LambdaHandler func(ctx context.Context, payload []byte) ([]byte, error)

// LambdaFunction describes a registered function.
type LambdaFunction struct {
	Name    string
	Handler LambdaHandler
	// ReservedConcurrency caps concurrent executions; 0 means unlimited.
	// A synchronous call beyond the cap gets 429 TooManyRequestsException;
	// an Event call waits for a slot.
	ReservedConcurrency int
	// Timeout ends the handler's context (default 3 s, Lambda's default).
	Timeout time.Duration
}

// LambdaOptions configures a [Lambda] emulator. The zero value of every
// field means the default named beside it.
type LambdaOptions struct {
	Auth      *SigV4         // nil or no credentials: anonymous access
	Region    string         // default "us-east-1"
	AccountID string         // default [DefaultAccountID]
	Faults    *FaultInjector // nil: none
	Logger    *slog.Logger   // default: discard
	// AsyncRetryDelays are the waits before each retry of a failed Event
	// invocation; Lambda retries twice, after about 1 and 2 minutes
	// (default {1m, 2m}).
	AsyncRetryDelays []time.Duration
	// OnAsyncFailure, if set, receives Event invocations that failed every
	// attempt, as Lambda's on-failure destination would.
	OnAsyncFailure func(function string, payload []byte, err error)
	// BodyIdleTimeout bounds the wait for each read of a request body
	// (default 20 s, as for S3 and SQS): a client that stops sending is
	// answered instead of holding the handler.
	BodyIdleTimeout time.Duration
}

type lambdaFunc struct {
	LambdaFunction
	arn   string
	slots chan struct{} // nil when unlimited
}

// Lambda emulates the Lambda Invoke API. Create it with [NewLambda],
// register functions, and Close it to wait for background invocations. It
// is safe for concurrent use.
type Lambda struct {
	opts LambdaOptions

	// mu guards funcs.
	mu    sync.RWMutex
	funcs map[string]*lambdaFunc

	ctx    context.Context // ends background invocations on Close
	cancel context.CancelFunc
	async  sync.WaitGroup

	invocations, functionErrors, throttles, asyncFailures atomic.Int64
}

// NewLambda returns an emulator with no functions.
func NewLambda(opts LambdaOptions) *Lambda {
	if opts.Region == "" {
		opts.Region = "us-east-1"
	}
	if opts.AccountID == "" {
		opts.AccountID = DefaultAccountID
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.BodyIdleTimeout <= 0 {
		opts.BodyIdleTimeout = defaultBodyIdleTimeout
	}
	if opts.AsyncRetryDelays == nil {
		opts.AsyncRetryDelays = []time.Duration{time.Minute, 2 * time.Minute}
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Lambda{opts: opts, funcs: map[string]*lambdaFunc{}, ctx: ctx, cancel: cancel}
}

// ErrFunctionExists is returned by [Lambda.Register] for a taken name.
var ErrFunctionExists = errors.New("function already exists")

// Register adds a function.
func (l *Lambda) Register(fn LambdaFunction) error {
	if !queueNameRE.MatchString(fn.Name) || len(fn.Name) > 64 || fn.Handler == nil {
		return fmt.Errorf("register %q: name must be 1-64 of [A-Za-z0-9_-] and the handler set: %w", fn.Name, ErrInvalidParameter)
	}
	if fn.Timeout <= 0 {
		fn.Timeout = 3 * time.Second
	}
	f := &lambdaFunc{LambdaFunction: fn, arn: fmt.Sprintf("arn:aws:lambda:%s:%s:function:%s", l.opts.Region, l.opts.AccountID, fn.Name)}
	if fn.ReservedConcurrency > 0 {
		f.slots = make(chan struct{}, fn.ReservedConcurrency)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.funcs[fn.Name]; ok {
		return fmt.Errorf("register %q: %w", fn.Name, ErrFunctionExists)
	}
	l.funcs[fn.Name] = f
	return nil
}

// Close stops background (Event) invocations and waits for them to end.
func (l *Lambda) Close() {
	l.cancel()
	l.async.Wait()
}

// LambdaStats counts what the emulator has done.
type LambdaStats struct {
	Invocations, FunctionErrors, Throttles, AsyncFailures int64
}

// Stats returns the emulator's counters.
func (l *Lambda) Stats() LambdaStats {
	return LambdaStats{l.invocations.Load(), l.functionErrors.Load(), l.throttles.Load(), l.asyncFailures.Load()}
}

// lambdaAPIError is an API (not function) error.
type lambdaAPIError struct {
	Status  int
	Type    string
	Message string
	Reason  string
}

func (e *lambdaAPIError) Error() string { return e.Type + ": " + e.Message }

// functionName extracts the name from a name, a partial ARN
// ("123456789012:function:name") or a full ARN, with an optional ":qualifier".
func functionName(s string) string {
	if i := strings.Index(s, "function:"); i >= 0 {
		s = s[i+len("function:"):]
	}
	name, _, _ := strings.Cut(s, ":")
	return name
}

// ServeHTTP implements http.Handler.
func (l *Lambda) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	withIdleBody(w, r, l.opts.BodyIdleTimeout) // as for SQS: a stalled body cannot hold the handler
	requestID := newID()
	w.Header().Set("X-Amzn-RequestId", requestID)
	err := l.serve(w, r, requestID)
	if errors.Is(err, errDropConnection) {
		panic(http.ErrAbortHandler)
	}
	if err != nil {
		l.writeError(w, err)
	}
}

func (l *Lambda) serve(w http.ResponseWriter, r *http.Request, requestID string) error {
	if handled, err := l.serveRead(w, r); handled {
		return err
	}
	rest, ok := strings.CutPrefix(r.URL.EscapedPath(), "/2015-03-31/functions/")
	escName, tail, _ := strings.Cut(rest, "/")
	if !ok || tail != "invocations" || r.Method != http.MethodPost {
		return &lambdaAPIError{404, "UnknownOperationException", "Only Invoke, ListFunctions and GetFunction are emulated", ""}
	}
	rawName, err := url.PathUnescape(escName)
	if err != nil {
		return &lambdaAPIError{400, "InvalidParameterValueException", "bad function name encoding", ""}
	}
	payload, err := io.ReadAll(io.LimitReader(r.Body, maxSyncPayload+1))
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		// A 4xx, not the 500 ServiceException SDKs retry: resending to a
		// client that stalls mid-body does not help.
		return &lambdaAPIError{400, "InvalidRequestContentException", "The request body was not received within " + l.opts.BodyIdleTimeout.String(), ""}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &lambdaAPIError{400, "InvalidRequestContentException", "The request body is shorter than its Content-Length", ""}
	case err != nil:
		return fmt.Errorf("read payload: %w", err)
	}
	if len(payload) > maxSyncPayload {
		// Checked before the signature: the body was not read in full, so
		// its hash cannot be compared.
		drainBody(w, r)
		return &lambdaAPIError{413, "RequestTooLargeException", fmt.Sprintf("Request must be smaller than %d bytes for the Invoke operation", maxSyncPayload), ""}
	}
	if l.opts.Auth.enabled() {
		sum := sha256Hex(payload)
		if _, err := l.opts.Auth.Verify(r, sum, false); err != nil {
			return err
		}
	}
	if l.opts.Faults != nil {
		if err := l.opts.Faults.Inject(w, r, "lambda", "Invoke"); err != nil {
			return err
		}
	}
	l.mu.RLock()
	fn, ok := l.funcs[functionName(rawName)]
	l.mu.RUnlock()
	if !ok {
		return &lambdaAPIError{404, "ResourceNotFoundException", fmt.Sprintf("Function not found: arn:aws:lambda:%s:%s:function:%s", l.opts.Region, l.opts.AccountID, functionName(rawName)), ""}
	}
	if q := r.URL.Query().Get("Qualifier"); q != "" && q != "$LATEST" {
		return &lambdaAPIError{404, "ResourceNotFoundException", "Function not found: " + fn.arn + ":" + q + " (only $LATEST is emulated)", ""}
	}
	invocationType := r.Header.Get("X-Amz-Invocation-Type")
	limit := maxSyncPayload
	if invocationType == "Event" {
		limit = maxAsyncPayload
	}
	if len(payload) > limit {
		return &lambdaAPIError{413, "RequestTooLargeException", fmt.Sprintf("Request must be smaller than %d bytes for the %s invocation type", limit, invocationType), ""}
	}
	if len(payload) > 0 && !json.Valid(payload) {
		return &lambdaAPIError{400, "InvalidRequestContentException", "Could not parse request body into json", ""}
	}
	w.Header().Set("X-Amz-Executed-Version", "$LATEST")
	switch invocationType {
	case "", "RequestResponse":
		return l.invokeSync(w, r, fn, payload, requestID)
	case "Event":
		l.async.Add(1)
		go l.invokeAsync(fn, payload)
		w.WriteHeader(http.StatusAccepted)
		return nil
	case "DryRun":
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	return &lambdaAPIError{400, "InvalidParameterValueException", "X-Amz-Invocation-Type must be RequestResponse, Event or DryRun", ""}
}

func (l *Lambda) invokeSync(w http.ResponseWriter, r *http.Request, fn *lambdaFunc, payload []byte, requestID string) error {
	if fn.slots != nil {
		select {
		case fn.slots <- struct{}{}:
			defer func() { <-fn.slots }()
		default:
			l.throttles.Add(1)
			return &lambdaAPIError{429, "TooManyRequestsException", "Rate Exceeded.", "ReservedFunctionConcurrentInvocationLimitExceeded"}
		}
	}
	result, logs, ferr := l.execute(r.Context(), fn, payload, requestID)
	h := w.Header()
	h.Set("Content-Type", "application/json")
	if strings.EqualFold(r.Header.Get("X-Amz-Log-Type"), "Tail") {
		tail := logs
		if len(tail) > maxLogTail {
			tail = tail[len(tail)-maxLogTail:]
		}
		h.Set("X-Amz-Log-Result", base64.StdEncoding.EncodeToString(tail))
	}
	if ferr != nil {
		h.Set("X-Amz-Function-Error", "Unhandled")
		result = functionErrorPayload(ferr)
	}
	w.WriteHeader(200)
	w.Write(result)
	return nil
}

// functionErrorPayload is the JSON Lambda's Go runtime reports for an error.
func functionErrorPayload(err error) []byte {
	typ, msg := "errorString", err.Error()
	var fe *FunctionError
	if errors.As(err, &fe) {
		typ, msg = fe.Type, fe.Message
	} else if t := reflect.TypeOf(err); t != nil {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		typ = t.Name()
	}
	b, _ := json.Marshal(map[string]any{"errorMessage": msg, "errorType": typ, "stackTrace": []string{}})
	return b
}

type logKey struct{}

// LambdaLogf writes a line to the log of the invocation ctx belongs to,
// as a function's fmt.Printf would write to CloudWatch Logs.
func LambdaLogf(ctx context.Context, format string, args ...any) {
	if buf, ok := ctx.Value(logKey{}).(*lockedBuffer); ok {
		buf.printf(format+"\n", args...)
	}
}

type lockedBuffer struct {
	mu sync.Mutex // guards b
	b  bytes.Buffer
}

func (l *lockedBuffer) printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(&l.b, format, args...)
}

func (l *lockedBuffer) bytes() []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	return bytes.Clone(l.b.Bytes())
}

// execute runs the handler with the function's timeout, turning panics and
// timeouts into function errors, and returns its result and log.
func (l *Lambda) execute(ctx context.Context, fn *lambdaFunc, payload []byte, requestID string) ([]byte, []byte, error) {
	l.invocations.Add(1)
	logs := &lockedBuffer{}
	logs.printf("START RequestId: %s Version: $LATEST\n", requestID)
	ctx, cancel := context.WithTimeout(context.WithValue(ctx, logKey{}, logs), fn.Timeout)
	defer cancel()
	type outcome struct {
		result []byte
		err    error
	}
	done := make(chan outcome, 1)
	start := time.Now()
	go func() {
		defer func() {
			if v := recover(); v != nil {
				done <- outcome{nil, &FunctionError{Type: "Runtime.Panic", Message: fmt.Sprint(v)}}
			}
		}()
		res, err := fn.Handler(ctx, payload)
		done <- outcome{res, err}
	}()
	var out outcome
	select {
	case out = <-done:
	case <-ctx.Done():
		out.err = &FunctionError{Type: "Sandbox.Timedout", Message: fmt.Sprintf("Task timed out after %.2f seconds", fn.Timeout.Seconds())}
	}
	if out.err == nil && out.result == nil {
		out.result = []byte("null")
	}
	if out.err == nil && !json.Valid(out.result) {
		out.err = &FunctionError{Type: "Runtime.MarshalError", Message: "the function returned invalid JSON"}
	}
	if out.err != nil {
		l.functionErrors.Add(1)
		logs.printf("%s\n", out.err)
	}
	logs.printf("END RequestId: %s\nREPORT RequestId: %s\tDuration: %.2f ms\n", requestID, requestID, float64(time.Since(start).Microseconds())/1000)
	return out.result, logs.bytes(), out.err
}

// invokeAsync runs an Event invocation with Lambda's retries.
func (l *Lambda) invokeAsync(fn *lambdaFunc, payload []byte) {
	defer l.async.Done()
	var err error
	for attempt := 0; attempt <= len(l.opts.AsyncRetryDelays); attempt++ {
		if attempt > 0 {
			t := time.NewTimer(l.opts.AsyncRetryDelays[attempt-1])
			select {
			case <-t.C:
			case <-l.ctx.Done():
				t.Stop()
				return
			}
		}
		if fn.slots != nil {
			select {
			case fn.slots <- struct{}{}:
			case <-l.ctx.Done():
				return
			}
		}
		_, _, err = l.execute(l.ctx, fn, payload, newID())
		if fn.slots != nil {
			<-fn.slots
		}
		if err == nil {
			return
		}
	}
	l.asyncFailures.Add(1)
	l.opts.Logger.Warn("event invocation failed every attempt", "function", fn.Name, "err", err)
	if l.opts.OnAsyncFailure != nil {
		l.opts.OnAsyncFailure(fn.Name, payload, err)
	}
}

func (l *Lambda) writeError(w http.ResponseWriter, err error) {
	var ae *lambdaAPIError
	if !errors.As(err, &ae) {
		switch {
		case errors.Is(err, ErrSignatureMismatch):
			ae = &lambdaAPIError{403, "InvalidSignatureException", "The request signature we calculated does not match the signature you provided.", ""}
		case errors.Is(err, ErrUnknownAccessKey):
			ae = &lambdaAPIError{403, "UnrecognizedClientException", "The security token included in the request is invalid.", ""}
		case errors.Is(err, ErrMissingAuth):
			ae = &lambdaAPIError{403, "MissingAuthenticationTokenException", "Missing Authentication Token", ""}
		case errors.Is(err, ErrClockSkew):
			ae = &lambdaAPIError{403, "InvalidSignatureException", "Signature expired", ""}
		case errors.Is(err, ErrWrongRegion):
			ae = &lambdaAPIError{403, "InvalidSignatureException", "Credential should be scoped to a valid region. " + err.Error(), ""}
		case errors.Is(err, ErrHeadersNotSigned):
			ae = &lambdaAPIError{403, "InvalidSignatureException", "There were headers present in the request which were not signed: " + err.Error(), ""}
		case errors.Is(err, ErrMalformedAuth):
			ae = &lambdaAPIError{400, "IncompleteSignatureException", err.Error(), ""}
		case errors.Is(err, ErrInjectedFault):
			l.throttles.Add(1)
			ae = &lambdaAPIError{429, "TooManyRequestsException", "Rate Exceeded. (injected fault)", "CallerRateLimitExceeded"}
		default:
			ae = &lambdaAPIError{500, "ServiceException", err.Error(), ""}
		}
	}
	l.opts.Logger.Info("lambda error", "type", ae.Type, "err", err)
	body := map[string]string{"Type": "User", "message": ae.Message}
	if ae.Status >= 500 {
		body["Type"] = "Service"
	}
	if ae.Reason != "" {
		body["Reason"] = ae.Reason
	}
	b, _ := json.Marshal(body)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Amzn-ErrorType", ae.Type)
	w.WriteHeader(ae.Status)
	w.Write(b)
}

// FunctionError is a function's own failure, as an invoker sees it: Lambda
// answered 200 with X-Amz-Function-Error.
type FunctionError struct {
	Type    string // errorType, such as "errorString" or "Sandbox.Timedout"
	Message string // errorMessage
}

func (e *FunctionError) Error() string { return e.Type + ": " + e.Message }

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
