package main

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProducerBatching(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		emu, c := newSQSInMemory(t)
		q := mustQueue(t, c, "batched", nil)
		p := NewProducer(c, q, ProducerOptions{Linger: 50 * time.Millisecond})
		defer p.Close()

		start := time.Now()
		id, err := p.Send(t.Context(), "alone", nil, "")
		require.NoError(t, err)
		assert.NotEmpty(t, id)
		assert.Equal(t, 50*time.Millisecond, time.Since(start), "a lone message waits exactly Linger")

		var wg sync.WaitGroup
		ids := make([]string, 25)
		for i := range ids {
			wg.Go(func() {
				var err error
				ids[i], err = p.Send(t.Context(), fmt.Sprint("m", i), nil, "")
				assert.NoError(t, err)
			})
		}
		wg.Wait()
		assert.Equal(t, int64(1+3), p.Batches(), "25 messages in batches of 10, 10 and 5")
		seen := map[string]bool{}
		for _, id := range ids {
			assert.False(t, seen[id], "duplicate id")
			seen[id] = true
		}
		queue, err := emu.queueByName("batched")
		require.NoError(t, err)
		visible, _, _ := queue.Counts()
		assert.Equal(t, 26, visible)

		p.Close()
		_, err = p.Send(t.Context(), "late", nil, "")
		assert.ErrorIs(t, err, ErrProducerClosed)
	})
}

func TestProducerPerEntryFailure(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		_, c := newSQSInMemory(t)
		q := mustQueue(t, c, "strict", map[string]string{"MaximumMessageSize": "1024"})
		p := NewProducer(c, q, ProducerOptions{})
		defer p.Close()
		var wg sync.WaitGroup
		var okErr, bigErr error
		wg.Go(func() { _, okErr = p.Send(t.Context(), "fits", nil, "") })
		wg.Go(func() { _, bigErr = p.Send(t.Context(), string(make([]byte, 2000)), nil, "") })
		wg.Wait()
		assert.NoError(t, okErr)
		assert.ErrorContains(t, bigErr, "InvalidParameterValue", "only the oversized entry fails")
	})
}

// TestConsumerHeartbeat: a handler that runs 25 s on a 10 s visibility
// timeout keeps its message thanks to the heartbeat, so it runs once.
func TestConsumerHeartbeat(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		emu, c := newSQSInMemory(t)
		q := mustQueue(t, c, "long-tasks", nil)
		_, err := c.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("slow job")})
		require.NoError(t, err)
		var calls atomic.Int32
		ctx, cancel := context.WithCancel(t.Context())
		cons := NewConsumer(c, q, func(ctx context.Context, m types.Message) error {
			calls.Add(1)
			time.Sleep(25 * time.Second)
			cancel()
			return nil
		}, ConsumerOptions{Workers: 2, VisibilityTimeout: 10 * time.Second})
		require.NoError(t, cons.Run(ctx))
		assert.Equal(t, int32(1), calls.Load(), "never redelivered while running")
		st := cons.Stats()
		assert.Equal(t, int64(1), st.Succeeded)
		assert.GreaterOrEqual(t, st.Heartbeats, int64(7), "every 10/3 s for 25 s")
		queue, _ := emu.queueByName("long-tasks")
		v, inflight, d := queue.Counts()
		assert.Zero(t, v+inflight+d, "deleted after success")
	})
}

// TestConsumerPoisonToDLQ: a message whose handler always fails is retried
// until the redrive policy moves it to the dead-letter queue; the others
// are processed.
func TestConsumerPoisonToDLQ(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		emu, c := newSQSInMemory(t)
		mustQueue(t, c, "jobs-dlq", nil)
		q := mustQueue(t, c, "jobs", map[string]string{"RedrivePolicy": `{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:jobs-dlq","maxReceiveCount":"3"}`})
		for _, body := range []string{"ok-1", "poison", "ok-2"} {
			_, err := c.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String(body)})
			require.NoError(t, err)
		}
		var mu sync.Mutex
		attempts := map[string]int{}
		ctx, cancel := context.WithCancel(t.Context())
		zero := time.Duration(0)
		cons := NewConsumer(c, q, func(ctx context.Context, m types.Message) error {
			mu.Lock()
			attempts[aws.ToString(m.Body)]++
			mu.Unlock()
			if aws.ToString(m.Body) == "poison" {
				return errors.New("cannot parse")
			}
			return nil
		}, ConsumerOptions{Workers: 2, WaitTime: time.Second, FailureVisibility: &zero})
		done := make(chan error)
		go func() { done <- cons.Run(ctx) }()
		dlq, _ := emu.queueByName("jobs-dlq")
		for {
			time.Sleep(100 * time.Millisecond)
			if v, _, _ := dlq.Counts(); v == 1 {
				break
			}
		}
		cancel()
		require.NoError(t, <-done)
		assert.Equal(t, map[string]int{"ok-1": 1, "ok-2": 1, "poison": 3}, attempts)
		main, _ := emu.queueByName("jobs")
		v, inflight, d := main.Counts()
		assert.Zero(t, v+inflight+d)
	})
}

// TestConsumerGracefulShutdown: on cancel, the running handler finishes and
// its message is deleted; messages received but not started are released
// at once rather than after their visibility timeout.
func TestConsumerGracefulShutdown(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		emu, c := newSQSInMemory(t)
		q := mustQueue(t, c, "drain", nil)
		for i := range 5 {
			_, err := c.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String(fmt.Sprint("m", i))})
			require.NoError(t, err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		started := make(chan struct{})
		cons := NewConsumer(c, q, func(hctx context.Context, m types.Message) error {
			close(started)
			<-ctx.Done() // shutdown begins while this handler runs
			time.Sleep(time.Second)
			return hctx.Err() // not cancelled: in-flight work may finish
		}, ConsumerOptions{Workers: 1, VisibilityTimeout: 60 * time.Second})
		done := make(chan error)
		go func() { done <- cons.Run(ctx) }()
		<-started
		cancel()
		require.NoError(t, <-done)
		st := cons.Stats()
		assert.Equal(t, int64(1), st.Succeeded)
		assert.Equal(t, int64(4), st.Released)
		queue, _ := emu.queueByName("drain")
		visible, inflight, _ := queue.Counts()
		assert.Equal(t, 4, visible, "released messages are visible now, not in 60 s")
		assert.Zero(t, inflight)
	})
}

// ExampleConsumer sends messages through a batching Producer and handles
// them with a Consumer, both on the real SDK against the emulator.
func ExampleConsumer() {
	srv := httptest.NewServer(NewSQS(SQSOptions{}))
	defer srv.Close()
	ctx := context.Background()
	cfg, _ := ClientConfig{Endpoint: srv.URL, AccessKey: "AKID", SecretKey: "SECRET"}.awsConfig(ctx)
	client := sqs.NewFromConfig(cfg)
	q, _ := client.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("orders")})

	prod := NewProducer(client, aws.ToString(q.QueueUrl), ProducerOptions{BatchSize: 3, Linger: time.Minute})
	var wg sync.WaitGroup
	for _, order := range []string{"apples", "bread", "cheese"} {
		wg.Go(func() { prod.Send(ctx, order, nil, "") })
	}
	wg.Wait()
	prod.Close()

	runCtx, stop := context.WithCancel(ctx)
	var mu sync.Mutex
	var handled []string
	cons := NewConsumer(client, aws.ToString(q.QueueUrl), func(_ context.Context, m types.Message) error {
		mu.Lock()
		defer mu.Unlock()
		handled = append(handled, aws.ToString(m.Body))
		if len(handled) == 3 {
			stop()
		}
		return nil
	}, ConsumerOptions{Workers: 2, WaitTime: time.Second})
	cons.Run(runCtx)
	slices.Sort(handled)
	fmt.Println(handled, "in", prod.Batches(), "batch")
	// Output: [apples bread cheese] in 1 batch
}
