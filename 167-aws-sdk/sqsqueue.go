package main

// This file holds one SQS queue: its messages, their visibility, long
// polling, dead-letter redrive and FIFO ordering and deduplication. The
// HTTP protocols live in sqs.go.
//
// Terms, as SQS uses them. A message is *delayed* until its DelaySeconds
// pass, then *visible*; a receive makes it *in flight* for the visibility
// timeout and hands out a fresh receipt handle; a delete with the latest
// handle removes it; if nobody deletes it, it becomes visible again when
// the timeout ends. That is at-least-once delivery: a consumer that dies
// mid-task loses nothing, and a consumer must be idempotent because it may
// see a message twice. Each receive counts; the receive that would exceed
// the redrive policy's maxReceiveCount moves the message to the dead-letter
// queue instead of delivering it.
//
// All of a message's state changes are functions of time.Now, so the queue
// is tested inside testing/synctest, where the clock is virtual.

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// Sentinel errors of queue operations; sqs.go maps each to SQS's code.
var (
	ErrQueueNotFound        = errors.New("queue does not exist")
	ErrQueueExists          = errors.New("queue exists with different attributes")
	ErrReceiptHandleInvalid = errors.New("receipt handle is invalid")
	ErrMessageNotInflight   = errors.New("message is not in flight")
	ErrInvalidParameter     = errors.New("invalid parameter value")
	ErrInvalidAttributeName = errors.New("invalid attribute name")
	ErrMissingParameter     = errors.New("missing parameter")
	ErrPurgeInProgress      = errors.New("purge already in progress")
)

// MessageAttribute is a typed user attribute of a message.
type MessageAttribute struct {
	DataType    string // "String", "Number", "Binary", optionally ".custom"
	StringValue string
	BinaryValue []byte
}

// sqsMessage is one message in a queue. Guarded by its queue's mu.
type sqsMessage struct {
	id        string
	body      string
	attrs     map[string]MessageAttribute
	md5Body   string
	md5Attrs  string
	sentAt    time.Time
	visibleAt time.Time // delayed or in flight while now < visibleAt
	receives  int
	firstRecv time.Time
	handle    string // the latest receipt handle; "" before the first receive
	inflight  bool
	deleted   bool
	groupID   string
	dedupID   string
	seq       string
	senderID  string
	sourceARN string // set when redriven to a dead-letter queue
}

// QueueAttributes are a queue's settings, with SQS's defaults.
type QueueAttributes struct {
	VisibilityTimeout      time.Duration // 0 to 12 h, default 30 s
	Delay                  time.Duration // DelaySeconds: 0 to 15 min
	MaximumMessageSize     int           // 1,024 to 1,048,576 bytes, default 1 MiB
	MessageRetentionPeriod time.Duration // 60 s to 14 days, default 4 days
	ReceiveWaitTime        time.Duration // 0 to 20 s
	RedriveTargetARN       string        // dead-letter queue, "" for none
	MaxReceiveCount        int           // receives before redrive
	FIFO                   bool
	ContentBasedDedup      bool
}

// defaultQueueAttributes returns SQS's defaults.
func defaultQueueAttributes() QueueAttributes {
	return QueueAttributes{
		VisibilityTimeout:      30 * time.Second,
		MaximumMessageSize:     1 << 20,
		MessageRetentionPeriod: 4 * 24 * time.Hour,
	}
}

const (
	maxVisibilityTimeout = 12 * time.Hour
	maxDelay             = 15 * time.Minute
	maxWaitTime          = 20 * time.Second
	fifoDedupWindow      = 5 * time.Minute
	maxBatchEntries      = 10
)

// Queue is one SQS queue. It is safe for concurrent use.
type Queue struct {
	Name string
	ARN  string

	// mu guards everything below.
	mu       sync.Mutex
	attrs    QueueAttributes
	created  time.Time
	modified time.Time
	msgs     []*sqsMessage // in send order; deleted ones are compacted away
	dead     int           // deleted messages still in msgs
	byID     map[string]*sqsMessage
	dedup    map[string]dedupEntry // FIFO deduplication window
	// lastPurge is when the queue was last purged (not persisted: a
	// restart forgets it).
	lastPurge time.Time
	seq       uint64
	// wake is closed and replaced whenever a message may have become
	// receivable, waking long polls.
	wake chan struct{}
	// journal, if not nil, records every change (serve -data).
	journal *sqsJournal
}

// record journals a change of this queue. Callers hold q.mu, which keeps
// the journal in the order of the changes.
func (q *Queue) record(ev journalEvent) error {
	ev.Queue = q.Name
	return q.journal.append(ev)
}

type dedupEntry struct {
	id, seq string
	until   time.Time
}

func newQueue(name, arn string, attrs QueueAttributes) *Queue {
	now := time.Now()
	return &Queue{
		Name: name, ARN: arn, attrs: attrs, created: now, modified: now,
		byID: map[string]*sqsMessage{}, dedup: map[string]dedupEntry{}, wake: make(chan struct{}),
	}
}

// Attributes returns the queue's settings.
func (q *Queue) Attributes() QueueAttributes {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.attrs
}

func (q *Queue) setAttributes(a QueueAttributes) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if err := q.record(journalEvent{Op: "attrs", Attrs: &a}); err != nil {
		return err
	}
	q.attrs = a
	q.modified = time.Now()
	return nil
}

// signal wakes every long poll. Callers hold q.mu.
func (q *Queue) signal() {
	close(q.wake)
	q.wake = make(chan struct{})
}

func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// SendInput is one message to send.
type SendInput struct {
	Body            string
	Attributes      map[string]MessageAttribute
	Delay           *time.Duration // nil means the queue's DelaySeconds
	GroupID         string
	DeduplicationID string
}

// SendResult is what a send returns.
type SendResult struct {
	MessageID string
	MD5Body   string
	MD5Attrs  string
	Sequence  string
}

// Send enqueues a message, checking it against the queue's limits.
func (q *Queue) Send(in SendInput) (SendResult, error) {
	if in.Body == "" {
		return SendResult{}, fmt.Errorf("message body must not be empty: %w", ErrMissingParameter)
	}
	if err := validMessageBody(in.Body); err != nil {
		return SendResult{}, err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	now := time.Now()
	if size := messageSize(in.Body, in.Attributes); size > q.attrs.MaximumMessageSize {
		return SendResult{}, fmt.Errorf("message of %d bytes exceeds %d: %w", size, q.attrs.MaximumMessageSize, ErrInvalidParameter)
	}
	delay := q.attrs.Delay
	if in.Delay != nil {
		if q.attrs.FIFO {
			return SendResult{}, fmt.Errorf("FIFO queues take no per-message DelaySeconds: %w", ErrInvalidParameter)
		}
		if *in.Delay < 0 || *in.Delay > maxDelay {
			return SendResult{}, fmt.Errorf("DelaySeconds must be 0 to 900: %w", ErrInvalidParameter)
		}
		delay = *in.Delay
	}
	m := &sqsMessage{
		id: newID(), body: in.Body, attrs: in.Attributes, md5Body: md5Hex([]byte(in.Body)),
		md5Attrs: md5OfMessageAttributes(in.Attributes), sentAt: now, visibleAt: now.Add(delay),
		senderID: "000000000000",
	}
	if q.attrs.FIFO {
		if in.GroupID == "" {
			return SendResult{}, fmt.Errorf("MessageGroupId is required for FIFO queues: %w", ErrMissingParameter)
		}
		dedupID := in.DeduplicationID
		if dedupID == "" {
			if !q.attrs.ContentBasedDedup {
				return SendResult{}, fmt.Errorf("the queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly: %w", ErrInvalidParameter)
			}
			sum := sha256.Sum256([]byte(in.Body))
			dedupID = hex.EncodeToString(sum[:])
		}
		for k, e := range q.dedup {
			if now.After(e.until) {
				delete(q.dedup, k)
			}
		}
		if e, ok := q.dedup[dedupID]; ok {
			// A duplicate within five minutes is accepted and dropped: the
			// sender gets the original message's id, as from SQS.
			return SendResult{MessageID: e.id, MD5Body: m.md5Body, MD5Attrs: m.md5Attrs, Sequence: e.seq}, nil
		}
		m.groupID, m.dedupID, m.seq = in.GroupID, dedupID, fmt.Sprintf("%020d", q.seq+1)
	}
	if err := q.record(journalEvent{Op: "send", Msg: toJournal(m)}); err != nil {
		return SendResult{}, err
	}
	if q.attrs.FIFO {
		q.seq++
		q.dedup[m.dedupID] = dedupEntry{id: m.id, seq: m.seq, until: now.Add(fifoDedupWindow)}
	}
	q.msgs = append(q.msgs, m)
	q.byID[m.id] = m
	q.signal()
	return SendResult{MessageID: m.id, MD5Body: m.md5Body, MD5Attrs: m.md5Attrs, Sequence: m.seq}, nil
}

// validMessageBody enforces SQS's character set: #x9 | #xA | #xD |
// #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF.
func validMessageBody(s string) error {
	for _, r := range s {
		switch {
		case r == 0x9, r == 0xA, r == 0xD, r >= 0x20 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		default:
			return fmt.Errorf("invalid character %U in message body: %w", r, ErrInvalidParameter)
		}
	}
	return nil
}

// messageSize is the body plus every attribute's name, type and value.
func messageSize(body string, attrs map[string]MessageAttribute) int {
	n := len(body)
	for name, a := range attrs {
		n += len(name) + len(a.DataType) + len(a.StringValue) + len(a.BinaryValue)
	}
	return n
}

// ReceivedMessage is a delivered message.
type ReceivedMessage struct {
	MessageID     string
	ReceiptHandle string
	Body          string
	MD5Body       string
	MD5Attrs      string
	Attributes    map[string]MessageAttribute
	System        map[string]string // ApproximateReceiveCount, SentTimestamp, ...
}

// receiveBatch takes up to max receivable messages and makes them in
// flight for visibility. Messages past maxReceiveCount are returned in
// redrive instead, removed from this queue. Callers hold q.mu.
func (q *Queue) receiveBatch(now time.Time, max int, visibility time.Duration) (out []ReceivedMessage, redrive []*sqsMessage) {
	retentionCutoff := now.Add(-q.attrs.MessageRetentionPeriod)
	busyGroups := map[string]bool{}
	if q.attrs.FIFO {
		// A group with a message in flight is locked: its later messages
		// wait, which is what gives FIFO its per-group order.
		for _, m := range q.msgs {
			if !m.deleted && m.inflight && now.Before(m.visibleAt) {
				busyGroups[m.groupID] = true
			}
		}
	}
	for _, m := range q.msgs {
		if len(out) == max {
			break
		}
		if m.deleted {
			continue
		}
		if m.sentAt.Before(retentionCutoff) {
			_ = q.record(journalEvent{Op: "delete", ID: m.id})
			q.remove(m)
			continue
		}
		if now.Before(m.visibleAt) {
			if q.attrs.FIFO && m.groupID != "" {
				busyGroups[m.groupID] = true // keep later messages of the group behind it
			}
			continue
		}
		if q.attrs.FIFO && busyGroups[m.groupID] {
			continue
		}
		if q.attrs.RedriveTargetARN != "" && q.attrs.MaxReceiveCount > 0 && m.receives >= q.attrs.MaxReceiveCount {
			// Journalled by Receive after the dead-letter queue has
			// journalled the send: a crash in between duplicates the
			// message, never loses it.
			q.remove(m)
			redrive = append(redrive, m)
			continue
		}
		m.receives++
		if m.receives == 1 {
			m.firstRecv = now
		}
		m.inflight = true
		m.visibleAt = now.Add(visibility)
		m.handle = encodeReceiptHandle(q.Name, m.id)
		_ = q.record(journalEvent{Op: "receive", ID: m.id, Receives: m.receives, VisibleAt: m.visibleAt, FirstRecv: m.firstRecv, Handle: m.handle})
		out = append(out, ReceivedMessage{
			MessageID: m.id, ReceiptHandle: m.handle, Body: m.body, MD5Body: m.md5Body, MD5Attrs: m.md5Attrs,
			Attributes: m.attrs, System: m.systemAttributes(),
		})
	}
	q.compact()
	return out, redrive
}

func (m *sqsMessage) systemAttributes() map[string]string {
	s := map[string]string{
		"ApproximateReceiveCount":          fmt.Sprint(m.receives),
		"SentTimestamp":                    fmt.Sprint(m.sentAt.UnixMilli()),
		"ApproximateFirstReceiveTimestamp": fmt.Sprint(m.firstRecv.UnixMilli()),
		"SenderId":                         m.senderID,
	}
	if m.groupID != "" {
		s["MessageGroupId"], s["MessageDeduplicationId"], s["SequenceNumber"] = m.groupID, m.dedupID, m.seq
	}
	if m.sourceARN != "" {
		s["DeadLetterQueueSourceArn"] = m.sourceARN
	}
	return s
}

// remove marks m deleted. Callers hold q.mu.
func (q *Queue) remove(m *sqsMessage) {
	if !m.deleted {
		m.deleted = true
		q.dead++
		delete(q.byID, m.id)
	}
}

// compact drops deleted messages once they are half of the slice, keeping
// removal amortised O(1). Callers hold q.mu.
func (q *Queue) compact() {
	if q.dead == 0 || q.dead*2 < len(q.msgs) {
		return
	}
	live := q.msgs[:0]
	for _, m := range q.msgs {
		if !m.deleted {
			live = append(live, m)
		}
	}
	clear(q.msgs[len(live):])
	q.msgs, q.dead = live, 0
}

// nextChange returns when the next delayed or in-flight message becomes
// visible, for a long poll's timer. Callers hold q.mu.
func (q *Queue) nextChange(now time.Time) (time.Time, bool) {
	var next time.Time
	for _, m := range q.msgs {
		if !m.deleted && m.visibleAt.After(now) && (next.IsZero() || m.visibleAt.Before(next)) {
			next = m.visibleAt
		}
	}
	return next, !next.IsZero()
}

// Receive returns up to max messages, waiting up to wait for the first one
// (long polling). A negative visibility means the queue's own. redriveTo
// receives messages that exceeded maxReceiveCount; it is called without
// q.mu held.
func (q *Queue) Receive(ctx context.Context, max int, wait, visibility time.Duration, redriveTo func([]*sqsMessage)) ([]ReceivedMessage, error) {
	if max < 1 || max > 10 {
		return nil, fmt.Errorf("MaxNumberOfMessages must be 1 to 10, not %d: %w", max, ErrInvalidParameter)
	}
	if wait < 0 || wait > maxWaitTime {
		return nil, fmt.Errorf("WaitTimeSeconds must be 0 to 20: %w", ErrInvalidParameter)
	}
	if visibility > maxVisibilityTimeout {
		return nil, fmt.Errorf("VisibilityTimeout must be 0 to 43200: %w", ErrInvalidParameter)
	}
	deadline := time.Now().Add(wait)
	for {
		q.mu.Lock()
		now := time.Now()
		vis := visibility
		if vis < 0 {
			vis = q.attrs.VisibilityTimeout
		}
		out, redrive := q.receiveBatch(now, max, vis)
		next, hasNext := q.nextChange(now)
		wake := q.wake
		q.mu.Unlock()
		if len(redrive) > 0 {
			if redriveTo != nil {
				redriveTo(redrive)
			}
			q.mu.Lock()
			for _, m := range redrive {
				_ = q.record(journalEvent{Op: "delete", ID: m.id})
			}
			q.mu.Unlock()
		}
		if len(out) > 0 || !now.Before(deadline) {
			return out, nil
		}
		if len(redrive) > 0 {
			continue // the redriven messages may have hidden receivable ones
		}
		until := deadline
		if hasNext && next.Before(until) {
			until = next
		}
		t := time.NewTimer(until.Sub(now))
		select {
		case <-wake:
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		}
		t.Stop()
	}
}

// acceptRedriven appends messages moved from a source queue, keeping their
// ids, bodies and attributes; their receive count starts again.
func (q *Queue) acceptRedriven(msgs []*sqsMessage, sourceARN string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	now := time.Now()
	for _, old := range msgs {
		m := *old
		m.deleted, m.inflight, m.handle, m.receives = false, false, "", 0
		m.visibleAt, m.sourceARN = now, sourceARN
		_ = q.record(journalEvent{Op: "send", Msg: toJournal(&m)})
		q.msgs = append(q.msgs, &m)
		q.byID[m.id] = &m
	}
	q.signal()
}

// receipt handles are base64("queue\x00messageID\x00nonce"): self-checking,
// and different on every receive.
func encodeReceiptHandle(queue, id string) string {
	var nonce [12]byte
	_, _ = rand.Read(nonce[:])
	return base64.RawURLEncoding.EncodeToString([]byte(queue + "\x00" + id + "\x00" + hex.EncodeToString(nonce[:])))
}

func decodeReceiptHandle(h string) (queue, id string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(h)
	if err != nil {
		return "", "", fmt.Errorf("receipt handle %.20q: %w", h, ErrReceiptHandleInvalid)
	}
	parts := strings.Split(string(b), "\x00")
	if len(parts) != 3 {
		return "", "", fmt.Errorf("receipt handle %.20q: %w", h, ErrReceiptHandleInvalid)
	}
	return parts[0], parts[1], nil
}

// lookup finds the message a handle names. Callers hold q.mu.
func (q *Queue) lookup(handle string) (*sqsMessage, error) {
	queue, id, err := decodeReceiptHandle(handle)
	if err != nil {
		return nil, err
	}
	if queue != q.Name {
		return nil, fmt.Errorf("receipt handle of queue %q: %w", queue, ErrReceiptHandleInvalid)
	}
	return q.byID[id], nil // nil: already deleted
}

// Delete removes the message named by handle. As in SQS, a well-formed
// handle of a message that is already gone succeeds, and an outdated
// handle succeeds without deleting (the message was received again since).
func (q *Queue) Delete(handle string) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	m, err := q.lookup(handle)
	if err != nil || m == nil {
		return err
	}
	if m.handle == handle {
		if err := q.record(journalEvent{Op: "delete", ID: m.id}); err != nil {
			return err
		}
		q.remove(m)
		q.compact()
	}
	return nil
}

// ChangeVisibility sets the remaining visibility timeout of an in-flight
// message; 0 makes it receivable at once.
func (q *Queue) ChangeVisibility(handle string, timeout time.Duration) error {
	if timeout < 0 || timeout > maxVisibilityTimeout {
		return fmt.Errorf("VisibilityTimeout must be 0 to 43200: %w", ErrInvalidParameter)
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	m, err := q.lookup(handle)
	if err != nil {
		return err
	}
	now := time.Now()
	if m == nil || m.handle != handle {
		// SQS's words for a handle superseded by a later receive (or of a
		// message deleted since): the handle, not the message, is the
		// problem.
		//lint:ignore ST1005 the message is SQS's own, word for word, as clients see it
		return fmt.Errorf("Value %.20q for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired: %w", handle, ErrInvalidParameter)
	}
	if !m.inflight || !now.Before(m.visibleAt) {
		return fmt.Errorf("change visibility: %w", ErrMessageNotInflight)
	}
	if err := q.record(journalEvent{Op: "visibility", ID: m.id, VisibleAt: now.Add(timeout)}); err != nil {
		return err
	}
	m.visibleAt = now.Add(timeout)
	if timeout == 0 {
		q.signal()
	}
	return nil
}

// purgeInterval is how long SQS refuses a second PurgeQueue.
const purgeInterval = 60 * time.Second

// Purge deletes every message. A second purge within 60 s of the last is
// refused with PurgeQueueInProgress, as in SQS.
func (q *Queue) Purge() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	now := time.Now()
	if !q.lastPurge.IsZero() && now.Sub(q.lastPurge) < purgeInterval {
		return fmt.Errorf("only one PurgeQueue operation on %s is allowed every 60 seconds: %w", q.Name, ErrPurgeInProgress)
	}
	if err := q.record(journalEvent{Op: "purge"}); err != nil {
		return err
	}
	q.lastPurge = now
	clear(q.msgs)
	q.msgs, q.dead = nil, 0
	clear(q.byID)
	return nil
}

// Counts returns the approximate numbers of visible, in-flight and delayed
// messages.
func (q *Queue) Counts() (visible, inflight, delayed int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	now := time.Now()
	for _, m := range q.msgs {
		switch {
		case m.deleted:
		case !now.Before(m.visibleAt):
			visible++
		case m.inflight:
			inflight++
		default:
			delayed++
		}
	}
	return visible, inflight, delayed
}

// md5OfMessageAttributes is SQS's digest of message attributes: for each
// attribute in name order, the 4-byte big-endian length and bytes of the
// name, of the data type, a transport byte (1 string or number, 2 binary),
// and the length and bytes of the value; hex MD5 of all of it. "" when
// there are no attributes.
func md5OfMessageAttributes(attrs map[string]MessageAttribute) string {
	if len(attrs) == 0 {
		return ""
	}
	names := make([]string, 0, len(attrs))
	for n := range attrs {
		names = append(names, n)
	}
	slices.Sort(names)
	var buf []byte
	field := func(b []byte) {
		buf = binary.BigEndian.AppendUint32(buf, uint32(len(b)))
		buf = append(buf, b...)
	}
	for _, n := range names {
		a := attrs[n]
		field([]byte(n))
		field([]byte(a.DataType))
		if strings.HasPrefix(a.DataType, "Binary") {
			buf = append(buf, 2)
			field(a.BinaryValue)
		} else {
			buf = append(buf, 1)
			field([]byte(a.StringValue))
		}
	}
	return md5Hex(buf)
}
