package main

// This file holds the SQS clients built on service/sqs: a batching
// [Producer] and a worker-pool [Consumer].
//
// The producer trades a little latency for throughput: SendMessageBatch
// carries up to ten messages for the price of one request, so Send parks
// its message in the current batch and the batch goes out when it is full
// or when the oldest message in it has waited Linger.
//
// The consumer is the at-least-once loop done carefully: one poller long-
// polls and hands messages to N workers; a worker's message gets a
// visibility heartbeat while the handler runs, so a long task is not
// redelivered to someone else halfway; a handled message is deleted (in
// batches); a failed one is left to come back, and after the queue's
// maxReceiveCount the redrive policy moves it to the dead-letter queue. On
// shutdown the consumer stops polling, lets running handlers finish, and
// releases messages it received but never started (visibility 0), so
// another consumer gets them at once instead of after the timeout.

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

// ErrProducerClosed is returned by [Producer.Send] after Close.
var ErrProducerClosed = errors.New("producer closed")

// ProducerOptions configures a [Producer]; zero fields mean the defaults.
type ProducerOptions struct {
	BatchSize int           // messages per SendMessageBatch, 1 to 10 (default 10)
	Linger    time.Duration // longest wait for a batch to fill (default 20 ms)
}

type pendingSend struct {
	body  string
	attrs map[string]types.MessageAttributeValue
	group string
	done  chan sendResult // buffered, receives exactly once
}

type sendResult struct {
	id  string
	err error
}

// Producer sends messages to one queue in batches. Create it with
// [NewProducer] and Close it to flush. It is safe for concurrent use.
type Producer struct {
	client *sqs.Client
	queue  string
	opts   ProducerOptions

	in      chan *pendingSend
	closing chan struct{}
	once    sync.Once
	wg      sync.WaitGroup

	batches atomic.Int64
}

// NewProducer starts a producer for queueURL.
func NewProducer(client *sqs.Client, queueURL string, opts ProducerOptions) *Producer {
	if opts.BatchSize <= 0 || opts.BatchSize > maxBatchEntries {
		opts.BatchSize = maxBatchEntries
	}
	if opts.Linger <= 0 {
		opts.Linger = 20 * time.Millisecond
	}
	p := &Producer{client: client, queue: queueURL, opts: opts, in: make(chan *pendingSend), closing: make(chan struct{})}
	p.wg.Add(1)
	go p.loop()
	return p
}

// Batches reports how many SendMessageBatch requests the producer made.
func (p *Producer) Batches() int64 { return p.batches.Load() }

// Send queues body for the next batch and waits until that batch is sent,
// returning the message id. group is the MessageGroupId for FIFO queues
// ("" otherwise).
func (p *Producer) Send(ctx context.Context, body string, attrs map[string]types.MessageAttributeValue, group string) (string, error) {
	ps := &pendingSend{body: body, attrs: attrs, group: group, done: make(chan sendResult, 1)}
	select {
	case p.in <- ps:
	case <-p.closing:
		return "", ErrProducerClosed
	case <-ctx.Done():
		return "", ctx.Err()
	}
	// Once handed over, the message will be sent; waiting for the answer
	// can still be abandoned.
	select {
	case r := <-ps.done:
		return r.id, r.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// Close sends what is pending and stops the producer.
func (p *Producer) Close() {
	p.once.Do(func() { close(p.closing) })
	p.wg.Wait()
}

func (p *Producer) loop() {
	defer p.wg.Done()
	var (
		batch []*pendingSend
		timer *time.Timer
		timeC <-chan time.Time
	)
	flush := func() {
		if timer != nil {
			timer.Stop()
			timer, timeC = nil, nil
		}
		if len(batch) > 0 {
			p.send(batch)
			batch = nil
		}
	}
	for {
		select {
		case ps := <-p.in:
			batch = append(batch, ps)
			if len(batch) == 1 {
				timer = time.NewTimer(p.opts.Linger)
				timeC = timer.C
			}
			if len(batch) == p.opts.BatchSize {
				flush()
			}
		case <-timeC:
			timer, timeC = nil, nil
			flush()
		case <-p.closing:
			flush()
			return
		}
	}
}

// send delivers one batch and answers each waiting Send with its own
// result: SendMessageBatch can fail some entries and not others.
func (p *Producer) send(batch []*pendingSend) {
	p.batches.Add(1)
	entries := make([]types.SendMessageBatchRequestEntry, len(batch))
	for i, ps := range batch {
		entries[i] = types.SendMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(i)), MessageBody: aws.String(ps.body), MessageAttributes: ps.attrs}
		if ps.group != "" {
			entries[i].MessageGroupId = aws.String(ps.group)
		}
	}
	// The batch is sent even if the callers have gone: they handed the
	// messages over, and dropping them silently would lose data.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := p.client.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &p.queue, Entries: entries})
	if err != nil {
		for _, ps := range batch {
			ps.done <- sendResult{err: fmt.Errorf("send batch: %w", err)}
		}
		return
	}
	answered := make([]bool, len(batch))
	for _, ok := range out.Successful {
		if i, err := strconv.Atoi(aws.ToString(ok.Id)); err == nil && i < len(batch) && !answered[i] {
			answered[i] = true
			batch[i].done <- sendResult{id: aws.ToString(ok.MessageId)}
		}
	}
	for _, f := range out.Failed {
		if i, err := strconv.Atoi(aws.ToString(f.Id)); err == nil && i < len(batch) && !answered[i] {
			answered[i] = true
			batch[i].done <- sendResult{err: fmt.Errorf("send: %s: %s", aws.ToString(f.Code), aws.ToString(f.Message))}
		}
	}
	for i, ps := range batch {
		if !answered[i] {
			ps.done <- sendResult{err: errors.New("send: entry missing from the batch response")}
		}
	}
}

// MessageHandler processes one message; a nil error deletes it.
type MessageHandler func(ctx context.Context, m types.Message) error

// ConsumerOptions configures a [Consumer]; zero fields mean the defaults.
type ConsumerOptions struct {
	Workers           int           // concurrent handlers (default 4)
	MaxMessages       int32         // per receive, 1 to 10 (default 10)
	WaitTime          time.Duration // long-poll wait, up to 20 s (default 20 s)
	VisibilityTimeout time.Duration // asked for on receive and renewed by the heartbeat (default 30 s)
	// HeartbeatInterval is how often a running handler's message gets its
	// visibility extended (default VisibilityTimeout/3).
	HeartbeatInterval time.Duration
	// FailureVisibility, if not nil, is the visibility set on a message
	// whose handler failed: 0 retries it at once. Nil leaves the timeout to
	// run out.
	FailureVisibility *time.Duration
}

// ConsumerStats counts what a consumer did.
type ConsumerStats struct {
	Received, Succeeded, Failed, Released, Heartbeats int64
}

// Consumer runs a handler over a queue's messages with a pool of workers.
// Create it with [NewConsumer] and call Run once.
type Consumer struct {
	client  *sqs.Client
	queue   string
	handler MessageHandler
	opts    ConsumerOptions

	received, succeeded, failed, released, heartbeats atomic.Int64
}

// NewConsumer returns a consumer of queueURL.
func NewConsumer(client *sqs.Client, queueURL string, handler MessageHandler, opts ConsumerOptions) *Consumer {
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	if opts.MaxMessages <= 0 || opts.MaxMessages > 10 {
		opts.MaxMessages = 10
	}
	if opts.WaitTime <= 0 || opts.WaitTime > maxWaitTime {
		opts.WaitTime = maxWaitTime
	}
	if opts.VisibilityTimeout <= 0 {
		opts.VisibilityTimeout = 30 * time.Second
	}
	if opts.HeartbeatInterval <= 0 {
		opts.HeartbeatInterval = opts.VisibilityTimeout / 3
	}
	return &Consumer{client: client, queue: queueURL, handler: handler, opts: opts}
}

// Stats returns the consumer's counters.
func (c *Consumer) Stats() ConsumerStats {
	return ConsumerStats{c.received.Load(), c.succeeded.Load(), c.failed.Load(), c.released.Load(), c.heartbeats.Load()}
}

// Run consumes until ctx ends, then shuts down gracefully: no new receives,
// running handlers finish (their context is not cancelled), their messages
// are deleted, and received but unstarted messages are released. It
// returns nil after a shutdown, or the error that stopped polling.
func (c *Consumer) Run(ctx context.Context) error {
	jobs := make(chan types.Message)
	deletes := make(chan string, c.opts.Workers)
	var (
		mu        sync.Mutex // guards unstarted
		unstarted []types.Message
	)
	var workers sync.WaitGroup
	for range c.opts.Workers {
		workers.Go(func() {
			for m := range jobs {
				if ctx.Err() != nil {
					mu.Lock()
					unstarted = append(unstarted, m)
					mu.Unlock()
					continue
				}
				if c.process(context.WithoutCancel(ctx), m) {
					deletes <- aws.ToString(m.ReceiptHandle)
				}
			}
		})
	}
	var deleter sync.WaitGroup
	deleter.Go(func() { c.deleteLoop(deletes) })

	pollErr := c.poll(ctx, jobs, func(left []types.Message) {
		mu.Lock()
		unstarted = append(unstarted, left...)
		mu.Unlock()
	})
	close(jobs) // the poller owns jobs
	workers.Wait()
	close(deletes)
	deleter.Wait()
	c.release(unstarted)
	if errors.Is(pollErr, context.Canceled) || errors.Is(pollErr, context.DeadlineExceeded) {
		return nil
	}
	return pollErr
}

// poll long-polls and hands each message to a worker; messages it cannot
// hand over because ctx ended go to leftover.
func (c *Consumer) poll(ctx context.Context, jobs chan<- types.Message, leftover func([]types.Message)) error {
	for ctx.Err() == nil {
		out, err := c.client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{
			QueueUrl: &c.queue, MaxNumberOfMessages: c.opts.MaxMessages,
			WaitTimeSeconds: int32(c.opts.WaitTime / time.Second), VisibilityTimeout: int32(c.opts.VisibilityTimeout / time.Second),
			MessageSystemAttributeNames: []types.MessageSystemAttributeName{types.MessageSystemAttributeNameApproximateReceiveCount},
			MessageAttributeNames:       []string{"All"},
		})
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("receive: %w", err)
		}
		c.received.Add(int64(len(out.Messages)))
		for i, m := range out.Messages {
			select {
			case jobs <- m:
			case <-ctx.Done():
				leftover(out.Messages[i:])
				return ctx.Err()
			}
		}
	}
	return ctx.Err()
}

// process runs the handler with a visibility heartbeat and reports whether
// the message should be deleted.
func (c *Consumer) process(ctx context.Context, m types.Message) bool {
	hbCtx, stop := context.WithCancel(ctx)
	var hb sync.WaitGroup
	hb.Go(func() {
		t := time.NewTicker(c.opts.HeartbeatInterval)
		defer t.Stop()
		for {
			select {
			case <-hbCtx.Done():
				return
			case <-t.C:
				_, err := c.client.ChangeMessageVisibility(hbCtx, &sqs.ChangeMessageVisibilityInput{
					QueueUrl: &c.queue, ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: int32(c.opts.VisibilityTimeout / time.Second),
				})
				if err == nil {
					c.heartbeats.Add(1)
				}
			}
		}
	})
	err := c.runHandler(ctx, m)
	stop()
	hb.Wait()
	if err == nil {
		c.succeeded.Add(1)
		return true
	}
	c.failed.Add(1)
	if c.opts.FailureVisibility != nil {
		_, _ = c.client.ChangeMessageVisibility(ctx, &sqs.ChangeMessageVisibilityInput{
			QueueUrl: &c.queue, ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: int32(*c.opts.FailureVisibility / time.Second),
		})
	}
	return false
}

// runHandler calls the handler, turning a panic into an error so that one
// bad message cannot take the consumer down.
func (c *Consumer) runHandler(ctx context.Context, m types.Message) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("handler panicked: %v", v)
		}
	}()
	return c.handler(ctx, m)
}

// deleteLoop deletes handled messages in batches of up to ten, flushing a
// partial batch when no more handles are waiting.
func (c *Consumer) deleteLoop(handles <-chan string) {
	var batch []string
	flush := func() {
		if len(batch) == 0 {
			return
		}
		entries := make([]types.DeleteMessageBatchRequestEntry, len(batch))
		for i, h := range batch {
			entries[i] = types.DeleteMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(i)), ReceiptHandle: aws.String(h)}
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		_, _ = c.client.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{QueueUrl: &c.queue, Entries: entries})
		cancel()
		batch = batch[:0]
	}
	for h := range handles {
		batch = append(batch, h)
	drain:
		for len(batch) < maxBatchEntries {
			select {
			case h, ok := <-handles:
				if !ok {
					break drain
				}
				batch = append(batch, h)
			default:
				break drain
			}
		}
		flush()
	}
	flush()
}

// release makes received-but-unstarted messages visible again at once.
func (c *Consumer) release(msgs []types.Message) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for len(msgs) > 0 {
		n := min(len(msgs), maxBatchEntries)
		entries := make([]types.ChangeMessageVisibilityBatchRequestEntry, n)
		for i, m := range msgs[:n] {
			entries[i] = types.ChangeMessageVisibilityBatchRequestEntry{Id: aws.String(strconv.Itoa(i)), ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0}
		}
		if out, err := c.client.ChangeMessageVisibilityBatch(ctx, &sqs.ChangeMessageVisibilityBatchInput{QueueUrl: &c.queue, Entries: entries}); err == nil {
			c.released.Add(int64(len(out.Successful)))
		}
		msgs = msgs[n:]
	}
}
