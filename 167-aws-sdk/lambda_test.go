package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type greeting struct {
	Name string `json:"name"`
}

type reply struct {
	Message string `json:"message"`
}

func newLambdaOverHTTP(t testing.TB, opts LambdaOptions, fns ...LambdaFunction) (*Lambda, *lambda.Client) {
	t.Helper()
	opts.Auth = &SigV4{Credentials: Credentials{testAccessKey: testSecretKey}}
	emu := NewLambda(opts)
	for _, fn := range fns {
		require.NoError(t, emu.Register(fn))
	}
	srv := httptest.NewServer(emu)
	t.Cleanup(func() { srv.Close(); emu.Close() })
	c, err := NewLambdaClient(t.Context(), ClientConfig{Endpoint: srv.URL, AccessKey: testAccessKey, SecretKey: testSecretKey,
		Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })})
	require.NoError(t, err)
	return emu, c
}

func greet(ctx context.Context, p []byte) ([]byte, error) {
	LambdaLogf(ctx, "greeting %s", p)
	var g greeting
	if err := json.Unmarshal(p, &g); err != nil {
		return nil, err
	}
	if g.Name == "" {
		return nil, errors.New("name is required")
	}
	return []byte(fmt.Sprintf(`{"message":"hello, %s"}`, g.Name)), nil
}

func TestLambdaInvoke(t *testing.T) {
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	_, c := newLambdaOverHTTP(t, LambdaOptions{},
		LambdaFunction{Name: "greet", Handler: greet},
		LambdaFunction{Name: "busy", ReservedConcurrency: 1, Handler: func(ctx context.Context, p []byte) ([]byte, error) {
			entered <- struct{}{}
			select {
			case <-release:
			case <-ctx.Done():
			}
			return p, nil
		}},
		LambdaFunction{Name: "panics", Handler: func(context.Context, []byte) ([]byte, error) { panic("oh no") }},
	)
	ctx := t.Context()

	out, err := c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("greet"), Payload: []byte(`{"name":"gopher"}`), LogType: types.LogTypeTail})
	require.NoError(t, err)
	assert.Equal(t, int32(200), out.StatusCode)
	assert.JSONEq(t, `{"message":"hello, gopher"}`, string(out.Payload))
	assert.Nil(t, out.FunctionError)
	logs, err := base64.StdEncoding.DecodeString(aws.ToString(out.LogResult))
	require.NoError(t, err)
	assert.Contains(t, string(logs), "START RequestId:")
	assert.Contains(t, string(logs), `greeting {"name":"gopher"}`)
	assert.Contains(t, string(logs), "REPORT RequestId:")

	tests := []struct {
		name    string
		in      lambda.InvokeInput
		status  int32
		funcErr string
		apiErr  any
	}{
		{"function error", lambda.InvokeInput{FunctionName: aws.String("greet"), Payload: []byte(`{}`)}, 200, "Unhandled", nil},
		{"panic is a function error", lambda.InvokeInput{FunctionName: aws.String("panics")}, 200, "Unhandled", nil},
		{"by ARN", lambda.InvokeInput{FunctionName: aws.String("arn:aws:lambda:us-east-1:000000000000:function:greet"), Payload: []byte(`{"name":"arn"}`)}, 200, "", nil},
		{"dry run", lambda.InvokeInput{FunctionName: aws.String("greet"), InvocationType: types.InvocationTypeDryRun}, 204, "", nil},
		{"event", lambda.InvokeInput{FunctionName: aws.String("greet"), InvocationType: types.InvocationTypeEvent, Payload: []byte(`{"name":"later"}`)}, 202, "", nil},
		{"unknown function", lambda.InvokeInput{FunctionName: aws.String("nope")}, 0, "", new(*types.ResourceNotFoundException)},
		{"unknown qualifier", lambda.InvokeInput{FunctionName: aws.String("greet"), Qualifier: aws.String("7")}, 0, "", new(*types.ResourceNotFoundException)},
		{"not json", lambda.InvokeInput{FunctionName: aws.String("greet"), Payload: []byte(`{nope`)}, 0, "", new(*types.InvalidRequestContentException)},
		{"sync payload over 6 MB", lambda.InvokeInput{FunctionName: aws.String("greet"), Payload: []byte(`"` + strings.Repeat("x", maxSyncPayload) + `"`)}, 0, "", new(*types.RequestTooLargeException)},
		{"async payload over 1 MB", lambda.InvokeInput{FunctionName: aws.String("greet"), InvocationType: types.InvocationTypeEvent, Payload: []byte(`"` + strings.Repeat("x", maxAsyncPayload) + `"`)}, 0, "", new(*types.RequestTooLargeException)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := c.Invoke(ctx, &tt.in)
			if tt.apiErr != nil {
				require.Error(t, err)
				assert.True(t, errors.As(err, tt.apiErr), "error %v has the wrong type", err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.status, out.StatusCode)
			assert.Equal(t, tt.funcErr, aws.ToString(out.FunctionError))
			if tt.funcErr != "" {
				assert.Contains(t, string(out.Payload), `"errorMessage"`)
				assert.Contains(t, string(out.Payload), `"errorType"`)
			}
		})
	}

	t.Run("reserved concurrency", func(t *testing.T) {
		var wg sync.WaitGroup
		wg.Go(func() {
			_, err := c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("busy"), Payload: []byte(`1`)})
			assert.NoError(t, err)
		})
		<-entered
		_, err := c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("busy"), Payload: []byte(`2`)})
		var tooMany *types.TooManyRequestsException
		require.ErrorAs(t, err, &tooMany)
		assert.Equal(t, types.ThrottleReasonReservedFunctionConcurrentInvocationLimitExceeded, tooMany.Reason)
		assert.Equal(t, ClassThrottle, Classify(err), "a 429 is a throttle for the retry policy")
		close(release)
		wg.Wait()
	})
}

func TestInvokerTyped(t *testing.T) {
	_, c := newLambdaOverHTTP(t, LambdaOptions{}, LambdaFunction{Name: "greet", Handler: greet})
	inv := NewInvoker[greeting, reply](c, "greet")
	got, err := inv.Invoke(t.Context(), greeting{Name: "typed"})
	require.NoError(t, err)
	assert.Equal(t, reply{Message: "hello, typed"}, got)

	_, err = inv.Invoke(t.Context(), greeting{})
	var fe *FunctionError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "name is required", fe.Message)
	assert.Equal(t, "errorString", fe.Type)
	assert.Equal(t, ClassPermanent, Classify(err), "a function's own error is not retried by the policy")
}

// newLambdaInMemory runs the SDK against the emulator's handler without
// sockets, so Event retries and timeouts can be checked in virtual time.
func newLambdaInMemory(t testing.TB, emu *Lambda) *lambda.Client {
	return lambda.New(lambda.Options{
		Region: "us-east-1", BaseEndpoint: aws.String("http://lambda.local"), Retryer: aws.NopRetryer{},
		Credentials: credentials.NewStaticCredentialsProvider("AKID", "SECRET", ""),
		HTTPClient: roundTripFunc(func(r *http.Request) (*http.Response, error) {
			rec := httptest.NewRecorder()
			emu.ServeHTTP(rec, r)
			resp := rec.Result()
			resp.Request = r
			return resp, nil
		}),
	})
}

// TestLambdaEventRetries checks Lambda's asynchronous retry schedule: a
// failing Event invocation runs three times, at 0, 1 and 3 minutes, then
// goes to the on-failure hook.
func TestLambdaEventRetries(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var mu sync.Mutex
		var attempts []time.Duration
		failed := make(chan string, 1)
		start := time.Now()
		emu := NewLambda(LambdaOptions{OnAsyncFailure: func(fn string, p []byte, err error) { failed <- fn + " " + string(p) + " " + err.Error() }})
		defer emu.Close()
		require.NoError(t, emu.Register(LambdaFunction{Name: "flaky", Handler: func(context.Context, []byte) ([]byte, error) {
			mu.Lock()
			attempts = append(attempts, time.Since(start))
			mu.Unlock()
			return nil, errors.New("downstream unavailable")
		}}))
		inv := NewInvoker[greeting, reply](newLambdaInMemory(t, emu), "flaky")
		require.NoError(t, inv.InvokeAsync(t.Context(), greeting{Name: "x"}))
		got := <-failed
		assert.Equal(t, `flaky {"name":"x"} downstream unavailable`, got)
		mu.Lock()
		assert.Equal(t, []time.Duration{0, time.Minute, 3 * time.Minute}, attempts)
		mu.Unlock()
		assert.Equal(t, int64(1), emu.Stats().AsyncFailures)
	})
}

func TestLambdaTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		emu := NewLambda(LambdaOptions{})
		defer emu.Close()
		require.NoError(t, emu.Register(LambdaFunction{Name: "slow", Timeout: 2 * time.Second, Handler: func(ctx context.Context, p []byte) ([]byte, error) {
			<-ctx.Done() // a well-behaved handler stops when its time is up
			return nil, ctx.Err()
		}}))
		start := time.Now()
		_, err := NewInvoker[greeting, reply](newLambdaInMemory(t, emu), "slow").Invoke(t.Context(), greeting{})
		var fe *FunctionError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "Sandbox.Timedout", fe.Type)
		assert.Equal(t, "Task timed out after 2.00 seconds", fe.Message)
		assert.Equal(t, 2*time.Second, time.Since(start))
	})
}

// ExampleInvoker calls a Go function registered in the Lambda emulator
// through the real service/lambda client, with typed payloads.
func ExampleInvoker() {
	emu := NewLambda(LambdaOptions{})
	defer emu.Close()
	emu.Register(LambdaFunction{Name: "greet", Handler: greet})
	srv := httptest.NewServer(emu)
	defer srv.Close()

	client, _ := NewLambdaClient(context.Background(), ClientConfig{Endpoint: srv.URL, AccessKey: "AKID", SecretKey: "SECRET"})
	inv := NewInvoker[greeting, reply](client, "greet")
	out, _ := inv.Invoke(context.Background(), greeting{Name: "Lambda"})
	fmt.Println(out.Message)
	_, err := inv.Invoke(context.Background(), greeting{})
	fmt.Println(err)
	// Output:
	// hello, Lambda
	// invoke greet: errorString: name is required
}

// TestLambdaListAndGetFunction checks the two read-only management calls
// through the SDK.
func TestLambdaListAndGetFunction(t *testing.T) {
	_, c := newLambdaOverHTTP(t, LambdaOptions{}, LambdaFunction{Name: "greet", Handler: greet, Timeout: 5 * time.Second},
		LambdaFunction{Name: "another", Handler: greet})
	list, err := c.ListFunctions(t.Context(), &lambda.ListFunctionsInput{})
	require.NoError(t, err)
	var names []string
	for _, f := range list.Functions {
		names = append(names, aws.ToString(f.FunctionName))
	}
	assert.Equal(t, []string{"another", "greet"}, names)

	got, err := c.GetFunction(t.Context(), &lambda.GetFunctionInput{FunctionName: aws.String("greet")})
	require.NoError(t, err)
	assert.Equal(t, "greet", aws.ToString(got.Configuration.FunctionName))
	assert.Equal(t, int32(5), aws.ToInt32(got.Configuration.Timeout))
	assert.Contains(t, aws.ToString(got.Configuration.FunctionArn), ":function:greet")
	_, err = c.GetFunction(t.Context(), &lambda.GetFunctionInput{FunctionName: aws.String("nope")})
	var nf *types.ResourceNotFoundException
	assert.ErrorAs(t, err, &nf)
}
