package main

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseFaults(t *testing.T) {
	tests := []struct {
		give    string
		want    []FaultRule
		wantErr bool
	}{
		{"", nil, false},
		{"s3:PutObject=error:0.5", []FaultRule{{Service: "s3", Operation: "PutObject", ErrorRate: 0.5}}, false},
		{"*:*=drop:0.01,latency:20ms ; sqs:*=error:1", []FaultRule{
			{Service: "*", Operation: "*", DropRate: 0.01, Latency: 20 * time.Millisecond},
			{Service: "sqs", Operation: "*", ErrorRate: 1},
		}, false},
		{"s3=error:0.5", nil, true},
		{"s3:Put=error:1.5", nil, true},
		{"s3:Put=latency:-1s", nil, true},
		{"s3:Put=colour:red", nil, true},
		{"s3:Put=error", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, err := ParseFaults(tt.give)
			if tt.wantErr {
				assert.ErrorIs(t, err, ErrFaultSpec)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFaultRulePrecedence(t *testing.T) {
	f := NewFaultInjector([]FaultRule{
		{Service: "*", Operation: "*", ErrorRate: 0.1},
		{Service: "s3", Operation: "*", ErrorRate: 0.2},
		{Service: "s3", Operation: "GetObject", ErrorRate: 0.3},
	}, 1)
	tests := []struct {
		service, op string
		want        float64
	}{
		{"s3", "GetObject", 0.3}, {"s3", "PutObject", 0.2}, {"sqs", "SendMessage", 0.1},
	}
	for _, tt := range tests {
		r, ok := f.rule(tt.service, tt.op)
		require.True(t, ok)
		assert.Equal(t, tt.want, r.ErrorRate, "%s:%s", tt.service, tt.op)
	}
}

// TestFaultsAbsorbedBySQSAndLambdaClients injects throttles and dropped
// connections into SQS and Lambda over real HTTP; the retry policy must
// hide them from the producer, the consumer's SDK calls and the invoker.
func TestFaultsAbsorbedBySQSAndLambdaClients(t *testing.T) {
	rules, err := ParseFaults("sqs:*=error:0.3;sqs:SendMessageBatch=drop:0.2;lambda:Invoke=error:0.4")
	require.NoError(t, err)
	faults := NewFaultInjector(rules, 99)
	lam := NewLambda(LambdaOptions{Faults: faults})
	defer lam.Close()
	require.NoError(t, lam.Register(LambdaFunction{Name: "greet", Handler: greet}))
	srv := httptest.NewServer(&Edge{SQS: NewSQS(SQSOptions{Faults: faults}), Lambda: lam})
	defer srv.Close()
	retryer := NewRetryer(func(o *RetryOptions) {
		o.MaxAttempts = 12
		o.BaseDelay, o.ThrottleBaseDelay, o.MaxBackoff = time.Millisecond, time.Millisecond, 5*time.Millisecond
	})
	cc := ClientConfig{Endpoint: srv.URL, AccessKey: "a", SecretKey: "b", Retryer: retryer}
	ctx := t.Context()

	cfg, err := cc.awsConfig(ctx)
	require.NoError(t, err)
	c := sqs.NewFromConfig(cfg)
	q, err := c.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("faulty")})
	require.NoError(t, err)
	p := NewProducer(c, aws.ToString(q.QueueUrl), ProducerOptions{})
	for i := range 30 {
		_, err := p.Send(ctx, "msg", nil, "")
		require.NoError(t, err, "send %d", i)
	}
	p.Close()
	seen := 0
	for seen < 30 {
		r, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: q.QueueUrl, MaxNumberOfMessages: 10})
		require.NoError(t, err)
		for _, m := range r.Messages {
			_, err := c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: q.QueueUrl, ReceiptHandle: m.ReceiptHandle})
			require.NoError(t, err)
			seen++
		}
	}

	lc, err := NewLambdaClient(ctx, cc)
	require.NoError(t, err)
	inv := NewInvoker[greeting, reply](lc, "greet")
	for range 20 {
		out, err := inv.Invoke(context.WithoutCancel(ctx), greeting{Name: "x"})
		require.NoError(t, err)
		assert.Equal(t, "hello, x", out.Message)
	}
	errs, drops := faults.Counts()
	assert.Positive(t, errs, "errors were injected")
	assert.Positive(t, drops, "connections were dropped")
}
