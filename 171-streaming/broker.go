package main

// This file holds the in-process publish/subscribe broker: topics, wildcard
// subscriptions, per-subscriber bounded buffers with an overflow policy,
// replay and resume from a bounded per-topic history.
//
// The broker starts no goroutines. A publish copies the event into every
// matching subscriber's ring under that subscriber's lock and, when the ring
// was empty, leaves a token in a one-slot notify channel; the subscriber
// pulls, one event or a batch at a time. Because nothing is ever sent on a
// channel that a slow reader could leave full, one slow subscriber can only
// overflow its own ring, and Unsubscribe or Close has nothing to wait for:
// there is no pump goroutine to leak (the leak r3labs/sse#131 and RxGo#359
// report comes from exactly such pumps).
//
// Publishes are serialised by one broker mutex. That buys a single total
// order: every subscriber sees any two events in the same order, sequence
// numbers are dense, and a late subscriber's replay can be stitched to its
// live feed without a gap or a duplicate (both happen under the same lock).
// The price is that publishers do not scale across cores; the delivery work
// per subscriber is a ~20 ns copy, so one publisher core feeds tens of
// millions of deliveries a second, which is what the benchmarks measure.

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
)

// Errors returned by [Broker] and [Subscription].
var (
	// ErrClosed is returned by Publish after Close, and by a subscription's
	// Next once it has been unsubscribed or its broker closed and drained.
	ErrClosed = errors.New("broker closed")
	// ErrBadTopic is returned for an empty topic, an empty token, or a
	// wildcard in a published topic.
	ErrBadTopic = errors.New("bad topic")
	// ErrSlowConsumer is the error of a subscription cut off by the
	// [OverflowDisconnect] policy because its buffer was full.
	ErrSlowConsumer = errors.New("slow consumer disconnected")
)

// Overflow says what a full subscriber buffer does with the next event.
type Overflow uint8

const (
	// OverflowDropOldest evicts the oldest buffered event to make room; the next
	// event the subscriber reads carries the count in [Event.Missed].
	OverflowDropOldest Overflow = iota
	// OverflowDropNewest discards the incoming event; the next event that does fit
	// carries the count in [Event.Missed].
	OverflowDropNewest
	// OverflowDisconnect closes the subscription with [ErrSlowConsumer]. The events
	// already buffered are still delivered before the error.
	OverflowDisconnect
)

func (o Overflow) String() string {
	switch o {
	case OverflowDropOldest:
		return "drop-oldest"
	case OverflowDropNewest:
		return "drop-newest"
	case OverflowDisconnect:
		return "disconnect"
	}
	return fmt.Sprintf("Overflow(%d)", uint8(o))
}

// Event is one published value as a subscriber receives it.
type Event[T any] struct {
	// Seq is the broker-wide sequence number, dense and increasing from 1.
	Seq uint64
	// Topic is the topic the event was published on.
	Topic string
	// Value is the published value.
	Value T
	// Missed counts the events this subscriber lost to its overflow policy
	// immediately before this one. Zero means none.
	Missed uint64
}

// BrokerOptions configures a [Broker]. The zero value means the documented
// defaults.
type BrokerOptions struct {
	// History is how many events per topic are kept for replay and resume.
	// Zero keeps none.
	History int
	// HistoryTopics bounds how many distinct topics keep history, so a
	// publisher inventing topics cannot grow memory without bound; events
	// of further topics are not kept. Default 1024.
	HistoryTopics int
	// RouteCache bounds the resolved topic→subscribers cache. Default 4096.
	// Topics beyond it are resolved on every publish (and allocate).
	RouteCache int
}

// Broker is a topic-based publish/subscribe hub for values of type T.
//
// Topics are dot-separated tokens ("orders.eu.created"). A subscription
// pattern may use "*" for exactly one token and a final ">" for one or more
// trailing tokens, as NATS subjects do. Create a Broker with [NewBroker]; it
// is safe for concurrent use and must not be copied.
type Broker[T any] struct {
	opts BrokerOptions

	// mu guards every field below; holding it serialises publishes.
	mu      sync.Mutex
	seq     uint64
	exact   map[string][]*Subscription[T] // literal patterns
	wild    []*Subscription[T]            // patterns with * or >
	route   map[string][]*Subscription[T] // resolved cache, reset on (un)subscribe
	history map[string]*topicHistory[T]
	closed  bool
	scratch []*Subscription[T] // disconnected during one publish
}

// topicHistory is a ring of the last events of one topic.
type topicHistory[T any] struct {
	buf     []Event[T]
	head, n int
	evicted uint64 // Seq of the newest event pushed out of the ring
}

// NewBroker returns an empty broker.
func NewBroker[T any](opts BrokerOptions) *Broker[T] {
	if opts.HistoryTopics <= 0 {
		opts.HistoryTopics = 1024
	}
	if opts.RouteCache <= 0 {
		opts.RouteCache = 4096
	}
	return &Broker[T]{
		opts:    opts,
		exact:   make(map[string][]*Subscription[T]),
		route:   make(map[string][]*Subscription[T]),
		history: make(map[string]*topicHistory[T]),
	}
}

// validTopic checks a topic or, with wild, a pattern.
func validTopic(s string, wild bool) error {
	if s == "" {
		return fmt.Errorf("%w: empty", ErrBadTopic)
	}
	n := strings.Count(s, ".") + 1
	i := 0
	for tok := range strings.SplitSeq(s, ".") {
		i++
		switch {
		case tok == "":
			return fmt.Errorf("%w: empty token in %q", ErrBadTopic, s)
		case (tok == "*" || tok == ">") && !wild:
			return fmt.Errorf("%w: wildcard in published topic %q", ErrBadTopic, s)
		case tok == ">" && i != n:
			return fmt.Errorf("%w: '>' must be the last token in %q", ErrBadTopic, s)
		case tok != "*" && tok != ">" && strings.ContainsAny(tok, "*> \t\r\n"):
			return fmt.Errorf("%w: bad token %q", ErrBadTopic, tok)
		}
	}
	return nil
}

// match reports whether topic matches pattern. It walks both strings token by
// token without splitting, so it does not allocate.
func match(pattern, topic string) bool {
	for {
		pi := strings.IndexByte(pattern, '.')
		ti := strings.IndexByte(topic, '.')
		ptok, ttok := pattern, topic
		if pi >= 0 {
			ptok = pattern[:pi]
		}
		if ti >= 0 {
			ttok = topic[:ti]
		}
		switch {
		case ptok == ">":
			return true
		case ptok != "*" && ptok != ttok:
			return false
		}
		if pi < 0 || ti < 0 {
			return pi < 0 && ti < 0
		}
		pattern, topic = pattern[pi+1:], topic[ti+1:]
	}
}

func isWild(pattern string) bool { return strings.ContainsAny(pattern, "*>") }

// SubscribeOption configures one subscription.
type SubscribeOption func(*subOptions)

type subOptions struct {
	buffer   int
	overflow Overflow
	replay   int
	resume   bool
	after    uint64
}

// WithBuffer sets the subscriber's buffer capacity. Default 256.
func WithBuffer(n int) SubscribeOption { return func(o *subOptions) { o.buffer = n } }

// WithOverflow sets the overflow policy. Default [OverflowDropOldest].
func WithOverflow(p Overflow) SubscribeOption { return func(o *subOptions) { o.overflow = p } }

// WithReplay delivers up to the last n matching events from the history
// before live ones.
func WithReplay(n int) SubscribeOption { return func(o *subOptions) { o.replay = n } }

// WithResumeAfter delivers every matching event in the history whose Seq is
// greater than seq before live ones, and reports in [Subscription.Resume]
// whether some such events had already left the history.
func WithResumeAfter(seq uint64) SubscribeOption {
	return func(o *subOptions) { o.resume, o.after = true, seq }
}

// ResumeInfo describes how a [WithResumeAfter] subscription joined the stream.
type ResumeInfo struct {
	// Requested is the sequence number asked for.
	Requested uint64
	// Gap is true when events after Requested were no longer in the history
	// (or Requested is not a sequence number this broker has issued), so the
	// subscriber cannot have every event it missed.
	Gap bool
	// Unknown is true when Requested is beyond the newest sequence number.
	Unknown bool
	// Head is the broker's newest sequence number at subscription time.
	Head uint64
}

// Subscribe registers a subscription for pattern. It returns [ErrBadTopic]
// for a malformed pattern and [ErrClosed] after Close.
func (b *Broker[T]) Subscribe(pattern string, opts ...SubscribeOption) (*Subscription[T], error) {
	if err := validTopic(pattern, true); err != nil {
		return nil, fmt.Errorf("subscribe: %w", err)
	}
	o, err := subscribeOptions(opts)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, ErrClosed
	}
	replay, info := b.backlog(pattern, o)
	s := newSubscription(pattern, o, replay, info)
	s.detach = func() {
		b.mu.Lock()
		if !b.closed {
			b.remove(s)
		}
		b.mu.Unlock()
	}
	if isWild(pattern) {
		b.wild = append(b.wild, s)
	} else {
		b.exact[pattern] = append(b.exact[pattern], s)
	}
	clear(b.route)
	return s, nil
}

// backlog collects the history a new subscription must start with. b.mu is held.
func (b *Broker[T]) backlog(pattern string, o subOptions) ([]Event[T], ResumeInfo) {
	info := ResumeInfo{Requested: o.after, Head: b.seq}
	if !o.resume && o.replay <= 0 {
		return nil, info
	}
	if o.resume && o.after > b.seq {
		info.Gap, info.Unknown = true, true
		return nil, info
	}
	var evs []Event[T]
	for topic, h := range b.history {
		if !match(pattern, topic) {
			continue
		}
		if o.resume && h.evicted > o.after {
			info.Gap = true
		}
		for i := range h.n {
			ev := h.buf[(h.head+i)%len(h.buf)]
			if !o.resume || ev.Seq > o.after {
				evs = append(evs, ev)
			}
		}
	}
	slices.SortFunc(evs, func(a, b Event[T]) int { return cmp.Compare(a.Seq, b.Seq) })
	if !o.resume && len(evs) > o.replay {
		evs = evs[len(evs)-o.replay:]
	}
	return evs, info
}

// Publish delivers v to every subscription whose pattern matches topic and
// returns the event's sequence number. It never blocks on a subscriber: a
// full buffer applies that subscriber's [Overflow] policy. It returns
// [ErrBadTopic] for a malformed topic and [ErrClosed] after Close.
func (b *Broker[T]) Publish(topic string, v T) (uint64, error) {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return 0, ErrClosed
	}
	subs, ok := b.route[topic]
	if !ok {
		// Validation runs only on a cache miss, keeping the hot path free of it.
		if err := validTopic(topic, false); err != nil {
			b.mu.Unlock()
			return 0, fmt.Errorf("publish: %w", err)
		}
		subs = b.resolve(topic)
	}
	b.seq++
	ev := Event[T]{Seq: b.seq, Topic: topic, Value: v}
	if b.opts.History > 0 {
		b.record(ev)
	}
	for _, s := range subs {
		if !s.push(ev) {
			b.scratch = append(b.scratch, s)
		}
	}
	for _, s := range b.scratch {
		b.remove(s)
	}
	clear(b.scratch)
	b.scratch = b.scratch[:0]
	b.mu.Unlock()
	return ev.Seq, nil
}

// resolve finds the subscribers of topic and caches them. b.mu is held.
func (b *Broker[T]) resolve(topic string) []*Subscription[T] {
	subs := slices.Clone(b.exact[topic])
	for _, s := range b.wild {
		if match(s.pattern, topic) {
			subs = append(subs, s)
		}
	}
	if len(b.route) < b.opts.RouteCache {
		b.route[topic] = subs
	}
	return subs
}

// record appends ev to its topic's history. b.mu is held.
func (b *Broker[T]) record(ev Event[T]) {
	h := b.history[ev.Topic]
	if h == nil {
		if len(b.history) >= b.opts.HistoryTopics {
			return
		}
		h = &topicHistory[T]{buf: make([]Event[T], b.opts.History)}
		b.history[ev.Topic] = h
	}
	if h.n == len(h.buf) {
		h.evicted = h.buf[h.head].Seq
		h.buf[h.head] = ev
		h.head = (h.head + 1) % len(h.buf)
		return
	}
	h.buf[(h.head+h.n)%len(h.buf)] = ev
	h.n++
}

// Head returns the newest sequence number issued, 0 before the first publish.
func (b *Broker[T]) Head() uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.seq
}

// remove unregisters s. b.mu is held.
func (b *Broker[T]) remove(s *Subscription[T]) {
	if isWild(s.pattern) {
		b.wild = slices.DeleteFunc(b.wild, func(x *Subscription[T]) bool { return x == s })
	} else {
		l := slices.DeleteFunc(b.exact[s.pattern], func(x *Subscription[T]) bool { return x == s })
		if len(l) == 0 {
			delete(b.exact, s.pattern)
		} else {
			b.exact[s.pattern] = l
		}
	}
	clear(b.route)
}

// Close unsubscribes everyone and makes later publishes fail with
// [ErrClosed]. Subscribers still receive what was already buffered. Close is
// idempotent.
func (b *Broker[T]) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil
	}
	b.closed = true
	for _, l := range b.exact {
		for _, s := range l {
			s.close(ErrClosed, false)
		}
	}
	for _, s := range b.wild {
		s.close(ErrClosed, false)
	}
	b.exact, b.wild, b.route, b.history = nil, nil, nil, nil
	return nil
}

// newSubscription returns a live subscription holding replay.
func newSubscription[T any](pattern string, o subOptions, replay []Event[T], info ResumeInfo) *Subscription[T] {
	s := &Subscription[T]{
		pattern:  pattern,
		overflow: o.overflow,
		resume:   info,
		notify:   make(chan struct{}, 1),
		done:     make(chan struct{}),
	}
	// The replay gets room of its own, so that live events arriving before
	// the reader has caught up do not evict it; the extra room is given
	// back as the replay is read. The live part of the ring starts small
	// and grows on demand up to the buffer size: a thousand idle SSE
	// clients then cost a thousand small rings, not a thousand full ones.
	s.ring = make([]Event[T], len(replay)+min(o.buffer, initialRing))
	s.limit, s.buffer = o.buffer+len(replay), o.buffer
	for _, ev := range replay {
		s.ring[s.n] = ev
		s.n++
	}
	if len(replay) > 0 {
		s.notify <- struct{}{}
	}
	return s
}

// subscribeOptions applies opts over the defaults.
func subscribeOptions(opts []SubscribeOption) (subOptions, error) {
	o := subOptions{buffer: 256, overflow: OverflowDropOldest}
	for _, opt := range opts {
		opt(&o)
	}
	if o.buffer < 1 {
		return o, fmt.Errorf("subscribe: buffer %d < 1", o.buffer)
	}
	return o, nil
}

// Subscription is one subscriber's bounded, ordered view of a [Broker]. Its
// methods are safe for concurrent use, though one reader is the intended use:
// with several, each event goes to one of them.
type Subscription[T any] struct {
	detach   func() // unregisters from the source (broker or JetStream consumer)
	pattern  string
	overflow Overflow
	resume   ResumeInfo
	notify   chan struct{} // one token: "the ring became non-empty"
	done     chan struct{} // closed when the subscription ends

	// mu guards the ring and the counters below it.
	mu        sync.Mutex
	ring      []Event[T]
	head, n   int
	limit     int    // current capacity: buffer, plus what is left of a replay
	buffer    int    // the capacity asked for
	pending   uint64 // drops to report on the next event that is pushed
	matched   uint64
	delivered uint64
	dropped   uint64
	err       error // set once the subscription has ended
}

// push appends ev under the overflow policy and reports false when the
// subscription must be disconnected. Its one caller at a time is the
// source: a publish under the broker's mu, or a JetStream consumer.
func (s *Subscription[T]) push(ev Event[T]) bool {
	s.mu.Lock()
	if s.err != nil {
		s.mu.Unlock()
		return true
	}
	s.matched++
	if s.n == len(s.ring) && len(s.ring) < s.limit {
		s.grow()
	}
	if s.n >= s.limit {
		s.dropped++
		switch s.overflow {
		case OverflowDropNewest:
			s.pending++
			s.mu.Unlock()
			return true
		case OverflowDisconnect:
			s.mu.Unlock()
			s.close(ErrSlowConsumer, false)
			return false
		default: // OverflowDropOldest
			carry := s.ring[s.head].Missed + 1
			s.ring[s.head] = Event[T]{}
			s.head = (s.head + 1) % len(s.ring)
			s.n--
			if s.n > 0 {
				s.ring[s.head].Missed += carry
			} else {
				s.pending += carry
			}
		}
	}
	ev.Missed = s.pending
	s.pending = 0
	s.ring[(s.head+s.n)%len(s.ring)] = ev
	s.n++
	s.delivered++
	wake := s.n == 1
	s.mu.Unlock()
	if wake {
		select {
		case s.notify <- struct{}{}:
		default:
		}
	}
	return true
}

// initialRing is the starting ring size of a subscription.
const initialRing = 16

// grow doubles the ring, up to the current limit, keeping the order. s.mu
// is held.
func (s *Subscription[T]) grow() {
	r := make([]Event[T], min(max(2*len(s.ring), initialRing), s.limit))
	k := copy(r, s.ring[s.head:min(s.head+s.n, len(s.ring))])
	copy(r[k:s.n], s.ring[:s.n-k])
	s.ring, s.head = r, 0
}

// close ends the subscription with err; with discard, buffered events are
// dropped too (Unsubscribe), otherwise they remain readable.
func (s *Subscription[T]) close(err error, discard bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return
	}
	s.err = err
	if discard {
		clear(s.ring)
		s.n = 0
	}
	close(s.done)
}

// Pattern returns the pattern the subscription was made with.
func (s *Subscription[T]) Pattern() string { return s.pattern }

// Resume reports how a [WithResumeAfter] subscription joined the stream.
func (s *Subscription[T]) Resume() ResumeInfo { return s.resume }

// Done is closed when the subscription ends (Unsubscribe, broker Close or a
// slow-consumer disconnect). Buffered events may remain to be read.
func (s *Subscription[T]) Done() <-chan struct{} { return s.done }

// Ready receives a token when the buffer becomes non-empty. A reader that
// finds the buffer empty with [Subscription.TryNextBatch] waits on Ready,
// Done and its own timers, which is how the SSE handler mixes heartbeats in.
// A token may be stale; re-check after waking.
func (s *Subscription[T]) Ready() <-chan struct{} { return s.notify }

// Err returns nil while the subscription is live, then why it ended.
func (s *Subscription[T]) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// SubscriptionStats are a subscription's counters.
type SubscriptionStats struct {
	Matched   uint64 // events routed to the subscription while it was live
	Delivered uint64 // events placed in the buffer (with DropOldest, some were evicted later)
	Dropped   uint64 // events lost to the overflow policy
	Buffered  int    // events waiting to be read
}

// Stats returns the subscription's counters.
func (s *Subscription[T]) Stats() SubscriptionStats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return SubscriptionStats{Matched: s.matched, Delivered: s.delivered, Dropped: s.dropped, Buffered: s.n}
}

// TryNextBatch moves up to len(dst) buffered events into dst, oldest first,
// and returns how many. It never blocks; 0 means the buffer was empty.
func (s *Subscription[T]) TryNextBatch(dst []Event[T]) int {
	s.mu.Lock()
	k := min(len(dst), s.n)
	first := min(k, len(s.ring)-s.head)
	copy(dst, s.ring[s.head:s.head+first])
	clear(s.ring[s.head : s.head+first])
	copy(dst[first:k], s.ring[:k-first])
	clear(s.ring[:k-first])
	s.head = (s.head + k) % len(s.ring)
	s.n -= k
	s.limit = max(s.buffer, s.limit-k)
	s.mu.Unlock()
	return k
}

// NextBatch waits until at least one event is buffered and moves up to
// len(dst) of them into dst. After the subscription has ended and its buffer
// is drained it returns the reason ([ErrClosed], [ErrSlowConsumer]); a
// cancelled ctx returns ctx.Err().
func (s *Subscription[T]) NextBatch(ctx context.Context, dst []Event[T]) (int, error) {
	if len(dst) == 0 {
		return 0, nil
	}
	for {
		if k := s.TryNextBatch(dst); k > 0 {
			return k, nil
		}
		if err := s.Err(); err != nil {
			if k := s.TryNextBatch(dst); k > 0 {
				return k, nil
			}
			return 0, err
		}
		select {
		case <-s.notify:
		case <-s.done:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
}

// Next waits for the next event; see [Subscription.NextBatch] for errors.
func (s *Subscription[T]) Next(ctx context.Context) (Event[T], error) {
	var one [1]Event[T]
	_, err := s.NextBatch(ctx, one[:])
	return one[0], err
}

// All yields events until ctx is cancelled or the subscription ends; check
// [Subscription.Err] afterwards. Breaking out of the loop does not
// unsubscribe.
func (s *Subscription[T]) All(ctx context.Context) iter.Seq[Event[T]] {
	return func(yield func(Event[T]) bool) {
		for {
			ev, err := s.Next(ctx)
			if err != nil || !yield(ev) {
				return
			}
		}
	}
}

// Unsubscribe removes the subscription and discards what it had buffered.
// Later reads return [ErrClosed]. It is idempotent.
func (s *Subscription[T]) Unsubscribe() {
	s.detach()
	s.close(ErrClosed, true)
}
