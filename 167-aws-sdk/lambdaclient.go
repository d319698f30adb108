package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
)

// Invoker calls one Lambda function with typed JSON payloads through
// service/lambda. The zero value is not usable; create one with
// [NewInvoker]. It is safe for concurrent use.
type Invoker[In, Out any] struct {
	client   *lambda.Client
	function string
}

// NewInvoker returns an invoker of function (a name or an ARN).
func NewInvoker[In, Out any](client *lambda.Client, function string) *Invoker[In, Out] {
	return &Invoker[In, Out]{client: client, function: function}
}

// NewLambdaClient returns a service/lambda client for c.
func NewLambdaClient(ctx context.Context, c ClientConfig) (*lambda.Client, error) {
	cfg, err := c.awsConfig(ctx)
	if err != nil {
		return nil, err
	}
	return lambda.NewFromConfig(cfg), nil
}

// Invoke calls the function synchronously (RequestResponse) and decodes its
// result. A failure of the function itself — a 200 with
// X-Amz-Function-Error — is returned as a *[FunctionError]; API errors
// (throttling, unknown function) come back as the SDK's typed errors, after
// the client's retry policy has had its say.
func (i *Invoker[In, Out]) Invoke(ctx context.Context, in In) (Out, error) {
	var out Out
	payload, err := json.Marshal(in)
	if err != nil {
		return out, fmt.Errorf("invoke %s: encode payload: %w", i.function, err)
	}
	res, err := i.client.Invoke(ctx, &lambda.InvokeInput{FunctionName: &i.function, Payload: payload})
	if err != nil {
		return out, fmt.Errorf("invoke %s: %w", i.function, err)
	}
	if res.FunctionError != nil {
		var fe struct {
			ErrorMessage string `json:"errorMessage"`
			ErrorType    string `json:"errorType"`
		}
		_ = json.Unmarshal(res.Payload, &fe)
		return out, fmt.Errorf("invoke %s: %w", i.function, &FunctionError{Type: fe.ErrorType, Message: fe.ErrorMessage})
	}
	if err := json.Unmarshal(res.Payload, &out); err != nil {
		return out, fmt.Errorf("invoke %s: decode result: %w", i.function, err)
	}
	return out, nil
}

// InvokeAsync queues an Event invocation; Lambda answers 202 and runs the
// function later, retrying it twice if it fails.
func (i *Invoker[In, Out]) InvokeAsync(ctx context.Context, in In) error {
	payload, err := json.Marshal(in)
	if err != nil {
		return fmt.Errorf("invoke %s async: encode payload: %w", i.function, err)
	}
	res, err := i.client.Invoke(ctx, &lambda.InvokeInput{FunctionName: &i.function, Payload: payload, InvocationType: types.InvocationTypeEvent})
	if err != nil {
		return fmt.Errorf("invoke %s async: %w", i.function, err)
	}
	if res.StatusCode != 202 {
		return fmt.Errorf("invoke %s async: status %d, want 202", i.function, res.StatusCode)
	}
	return nil
}
