package main

// This file holds a multiplexed request/response protocol over one connection,
// built on the frames of frame.go.
//
// Many calls share one TCP connection. Each call takes a fresh odd stream
// id (as HTTP/2 clients do, RFC 9113 §5.1.1), writes a REQUEST frame and
// waits for the RESPONSE or ERROR frame with the same id; the connection's
// single read loop hands each response to the waiting caller by id, so a
// slow call never blocks a fast one behind it (no head-of-line blocking at
// the RPC level, unlike HTTP/1.1 pipelining).
//
// When a caller's context ends, it stops waiting and sends a CANCEL frame so
// the server cancels the handler's context too. Both sides send a PING when
// nothing has arrived for KeepAlive.Interval and declare the peer dead when
// nothing arrives within KeepAlive.Timeout after that: a peer that vanished
// without a FIN (pulled cable, frozen VM) is found in seconds rather than
// after TCP's retransmission timeout of many minutes.
//
// GOAWAY is the graceful close of RFC 9113 §6.8: the server names the last
// stream it will process, finishes those, and then closes. The client fails
// calls it started after that id with ErrGoAway, a sign to retry them on
// another connection, and stops starting new ones on this connection. A
// server that closes for a protocol error (a bad CRC, a malformed frame)
// sends GOAWAY too, with the error as its payload, so the client can tell
// the calls that may have run (at most the last id) from those that did
// not.
//
// One client must not be able to exhaust the server (the lesson of HTTP/2's
// rapid-reset and stream floods, CVE-2023-44487). The server announces
// MaxConcurrentStreams in a SETTINGS frame at connection start, and the
// client queues calls beyond it; calls over that limit, over the
// server-wide MaxHandlers, or whose payloads would take the bytes held by
// running calls over MaxInflightBytes are refused (an ERROR frame with
// FlagRefused, ErrRefused to the caller, safe to retry) without running a
// handler. A handler that panics answers ERROR and is logged, as net/http
// recovers a handler's panic; it does not take the process down. Stream
// ids are 31 bits, as in HTTP/2; a client retires a connection before its
// ids run out and the pool opens a new one.
//
// Bodies larger than one piece (64 KiB) go out as a first frame and DATA
// frames with FlagMore, each piece under its own turn of the write lock,
// and a writer with more to send steps aside when others are queued: small
// calls, CANCEL and PING interleave with a 16 MiB call instead of waiting
// behind all of it. DATA is flow-controlled as in HTTP/2 (RFC 9113 §5.2):
// a sender may have at most streamWindow bytes of one stream's DATA and
// connWindow bytes of all streams' DATA unacknowledged, and the receiver
// grants more with WINDOW_UPDATE as it takes each frame in. The receiver
// reassembles a body (up to MaxPayload) as it arrives, so credit comes
// back at once and windows cannot deadlock; what they bound is the data
// queued in the socket ahead of a small call's frames, which without them
// is whatever the kernel's buffers hold — megabytes, milliseconds of
// head-of-line wait.
//
// Frames of unknown types are ignored (RFC 9113 §4.1), so a later version
// can add frame types without breaking older peers.

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Errors of the RPC layer. Test for them with errors.Is.
var (
	// ErrClosed means the connection is closed (by us or by the peer).
	ErrClosed = errors.New("rpc: connection closed")
	// ErrGoAway means the peer announced a graceful close before it took
	// the call; the call was not processed and can be retried elsewhere.
	ErrGoAway = errors.New("rpc: peer is going away")
	// ErrDeadPeer means the peer did not answer a keepalive ping in time.
	ErrDeadPeer = errors.New("rpc: peer did not answer keepalive ping")
	// ErrProtocol means the peer sent a frame that breaks the protocol.
	ErrProtocol = errors.New("rpc: protocol violation")
	// ErrMethodTooLong means a method name longer than 255 bytes.
	ErrMethodTooLong = errors.New("rpc: method name longer than 255 bytes")
	// ErrServerClosed is returned by [Server.Serve] after Shutdown or Close.
	ErrServerClosed = errors.New("rpc: server closed")
	// ErrRefused means the server refused the call before running it, at
	// one of its limits; it is safe to retry, later or elsewhere.
	ErrRefused = errors.New("rpc: call refused by the server's limits")
)

// dataChunk is the largest body piece in one frame. A variable so that
// the head-of-line benchmark can compare with whole-message frames.
var dataChunk = 64 << 10

// Flow-control windows, in DATA bytes: per stream and per connection.
// Variables so that the benchmark can compare with windows off.
var (
	streamWindow = 512 << 10
	connWindow   = 1 << 20
)

// maxStreamID is the largest stream id: ids are 31 bits, as in HTTP/2. A
// variable so that tests can reach it without 2³⁰ calls.
var maxStreamID uint32 = 1<<31 - 1

// Server defaults.
const (
	DefaultMaxConcurrentStreams = 256
	DefaultMaxHandlers          = 8192
	DefaultMaxInflightBytes     = 256 << 20
)

// RemoteError is a handler's error as the caller receives it.
type RemoteError struct {
	Method  string
	Message string
}

func (e *RemoteError) Error() string { return "rpc: " + e.Method + ": " + e.Message }

// Handler serves one call. The payload is the caller's and may be kept.
// ctx is canceled when the caller cancels, the connection dies or the
// server is closed.
type Handler func(ctx context.Context, method string, payload []byte) ([]byte, error)

// KeepAlive configures dead-peer detection. The zero value means the
// defaults: Interval 15s, Timeout 10s. A negative Interval disables pings.
type KeepAlive struct {
	// Interval is how long the connection may be silent before we ping.
	Interval time.Duration
	// Timeout is how long we wait for any frame after a ping.
	Timeout time.Duration
}

func (k KeepAlive) withDefaults() KeepAlive {
	if k.Interval == 0 {
		k.Interval = 15 * time.Second
	}
	if k.Timeout <= 0 {
		k.Timeout = 10 * time.Second
	}
	return k
}

// session is what both ends of a connection share: the socket, the
// serialised encoder, the read side's decoder, keepalive and the one-time
// teardown.
type session struct {
	conn     net.Conn
	dec      *Decoder     // used only by the read loop
	lastRecv atomic.Int64 // UnixNano of the last frame received

	keepAlive    KeepAlive
	writeTimeout time.Duration
	pongs        chan struct{} // read loop -> keepalive goroutine

	writers atomic.Int32 // goroutines between announcing a write and unlockWrite

	// control carries frames the read loop needs written (refusals): it
	// must never write itself, so the keepalive goroutine writes them.
	control chan Frame

	// Flow control. sendConn and sendStreams (guarded by winMu) are our
	// credit for DATA; credit and creditConn (guarded by winMu) are what
	// we owe the peer, written as WINDOW_UPDATE by the keepalive
	// goroutine when creditDue is signalled.
	winMu       sync.Mutex
	sendConn    *window
	sendStreams map[uint32]*window
	credit      map[uint32]int
	creditConn  int
	creditDue   chan struct{}

	// wmu serialises frame writes.
	wmu sync.Mutex
	enc *Encoder      // writes into bw
	bw  *bufio.Writer // flushed by the last writer in line

	closeOnce sync.Once
	done      chan struct{} // closed by fail
	err       error         // why the session ended; written before done is closed
}

func newSession(conn net.Conn, maxPayload int, ka KeepAlive) *session {
	s := &session{
		conn:         conn,
		dec:          NewDecoder(bufio.NewReaderSize(conn, 32<<10), maxPayload),
		bw:           bufio.NewWriterSize(progressWriter{conn, ka.Timeout}, 32<<10),
		done:         make(chan struct{}),
		pongs:        make(chan struct{}, 1),
		control:      make(chan Frame, controlQueue),
		sendConn:     newWindow(connWindow),
		sendStreams:  make(map[uint32]*window),
		credit:       make(map[uint32]int),
		creditDue:    make(chan struct{}, 1),
		keepAlive:    ka,
		writeTimeout: ka.Timeout,
	}
	s.enc = NewEncoder(s.bw, maxPayload)
	s.lastRecv.Store(time.Now().UnixNano())
	return s
}

func (s *session) write(f Frame, prefix []byte) error {
	s.lockWrite()
	return s.unlockWrite(s.writeLocked(&f, prefix))
}

// lockWrite announces a writer, then takes wmu.
func (s *session) lockWrite() {
	s.writers.Add(1)
	s.wmu.Lock()
}

// unlockWrite flushes the buffered frames unless another writer is
// already queued on wmu: that one will flush ours with its own, in one
// write(2). Under load many small frames share a syscall; alone, a frame
// is flushed at once. (HTTP/2 implementations batch the same way; the
// writer count is announced before locking, so the last writer in line
// always sees zero and flushes.) It returns err, or the flush's error.
func (s *session) unlockWrite(err error) error {
	if s.writers.Add(-1) == 0 && s.bw.Buffered() > 0 {
		if ferr := s.bw.Flush(); ferr != nil && err == nil {
			err = deadPeerOnDeadline(ferr, s.writeTimeout)
		}
	}
	s.wmu.Unlock()
	return err
}

func deadPeerOnDeadline(err error, d time.Duration) error {
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return fmt.Errorf("%w: write blocked for %v: %w", ErrDeadPeer, d, err)
	}
	return err
}

// writeLocked encodes f. Its bytes reach the socket through progressWriter,
// whose deadline makes a peer that takes none of our bytes for
// writeTimeout as dead as one that does not answer a ping; without it a
// full socket buffer would block the writer (and everyone queued on wmu)
// forever. s.wmu must be held.
func (s *session) writeLocked(f *Frame, prefix []byte) error {
	return deadPeerOnDeadline(s.enc.encode(f, prefix), s.writeTimeout)
}

// progressChunk is the most progressWriter writes under one deadline.
const progressChunk = 64 << 10

// controlQueue bounds the frames the read loop may queue for writing: a
// peer that floods us with calls to refuse while not reading our answers
// fills it, and is then disconnected.
const controlQueue = 1024

// progressWriter writes to the socket in pieces of at most progressChunk,
// each with a fresh write deadline of timeout: a peer is dead when it
// takes nothing for timeout, not when a large frame takes longer than
// timeout in total (a 4 MiB frame on a 2 MiB/s link needs two seconds,
// a 64 KiB piece 32 ms).
type progressWriter struct {
	conn    net.Conn
	timeout time.Duration
}

func (w progressWriter) Write(p []byte) (n int, err error) {
	for len(p) > 0 {
		k := min(len(p), progressChunk)
		if w.timeout > 0 {
			w.conn.SetWriteDeadline(time.Now().Add(w.timeout))
		}
		m, err := w.conn.Write(p[:k])
		n += m
		if err != nil {
			return n, err
		}
		p = p[k:]
	}
	return n, nil
}

// writeRest sends body, the rest of stream id's message after its first
// frame, as DATA frames of at most dataChunk bytes, the last without
// FlagMore, each within the stream's and the connection's windows. Each
// piece takes the write lock on its own, and the writer yields when others
// are queued, so that their frames go between ours. It stops early,
// reporting false, when stop is closed (the call is over).
func (s *session) writeRest(id uint32, body []byte, stop <-chan struct{}) (bool, error) {
	sw := newWindow(streamWindow)
	s.winMu.Lock()
	s.sendStreams[id] = sw
	s.winMu.Unlock()
	defer func() {
		s.winMu.Lock()
		delete(s.sendStreams, id)
		s.winMu.Unlock()
	}()
	for len(body) > 0 {
		if s.writers.Load() > 0 {
			runtime.Gosched() // let the queued writers have the lock first
		}
		select {
		case <-stop:
			return false, nil
		default:
		}
		k := min(len(body), dataChunk, streamWindow, connWindow)
		if !sw.take(k, stop, s.done) || !s.sendConn.take(k, stop, s.done) {
			select {
			case <-s.done:
				return false, s.err
			default:
				return false, nil
			}
		}
		f := Frame{Type: FrameData, Stream: id, Payload: body[:k]}
		if k < len(body) {
			f.Flags = FlagMore
		}
		if err := s.write(f, nil); err != nil {
			return false, err
		}
		body = body[k:]
	}
	return true, nil
}

// window is flow-control credit: bytes we may still send.
type window struct {
	mu    sync.Mutex
	avail int
	grown chan struct{} // closed and replaced when avail grows
}

func newWindow(n int) *window { return &window{avail: n, grown: make(chan struct{})} }

// take waits until n bytes of credit are available and takes them. It
// reports false when stop or done closes first.
func (w *window) take(n int, stop, done <-chan struct{}) bool {
	for {
		w.mu.Lock()
		if w.avail >= n {
			w.avail -= n
			w.mu.Unlock()
			return true
		}
		grown := w.grown
		w.mu.Unlock()
		select {
		case <-grown:
		case <-stop:
			return false
		case <-done:
			return false
		}
	}
}

// add grants n more bytes. A window may not grow past 2³¹−1 (RFC 9113
// §6.9.1); add reports false then, a protocol error of the peer.
func (w *window) add(n int) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.avail+n > 1<<31-1 {
		return false
	}
	w.avail += n
	close(w.grown)
	w.grown = make(chan struct{})
	return true
}

// received returns credit for a DATA frame of n bytes on stream id: the
// receiver takes every frame in at once (bodies are reassembled as they
// arrive), so the credit is due at once. The keepalive goroutine writes
// it, coalesced; the read loop must not write.
func (s *session) received(id uint32, n int) {
	if n == 0 {
		return
	}
	s.winMu.Lock()
	s.credit[id] += n
	s.creditConn += n
	s.winMu.Unlock()
	select {
	case s.creditDue <- struct{}{}:
	default:
	}
}

// writeCredit writes the WINDOW_UPDATE frames owed, one per stream and
// one for the connection.
func (s *session) writeCredit() error {
	s.winMu.Lock()
	owed, conn := s.credit, s.creditConn
	s.credit, s.creditConn = make(map[uint32]int, len(owed)), 0
	s.winMu.Unlock()
	var inc [4]byte
	s.lockWrite()
	var err error
	for id, n := range owed {
		binary.BigEndian.PutUint32(inc[:], uint32(n))
		if err = s.writeLocked(&Frame{Type: FrameWindowUpdate, Stream: id, Payload: inc[:]}, nil); err != nil {
			break
		}
	}
	if err == nil && conn > 0 {
		binary.BigEndian.PutUint32(inc[:], uint32(conn))
		err = s.writeLocked(&Frame{Type: FrameWindowUpdate, Payload: inc[:]}, nil)
	}
	return s.unlockWrite(err)
}

// windowUpdate applies a WINDOW_UPDATE from the peer.
func (s *session) windowUpdate(f Frame) error {
	if len(f.Payload) != 4 {
		return fmt.Errorf("%w: WINDOW_UPDATE payload of %d bytes", ErrProtocol, len(f.Payload))
	}
	n := int(binary.BigEndian.Uint32(f.Payload))
	if n == 0 || n > 1<<31-1 {
		return fmt.Errorf("%w: WINDOW_UPDATE of %d", ErrProtocol, n)
	}
	w := s.sendConn
	if f.Stream != 0 {
		s.winMu.Lock()
		w = s.sendStreams[f.Stream]
		s.winMu.Unlock()
		if w == nil {
			return nil // a stream we finished sending: nothing to grant
		}
	}
	if !w.add(n) {
		return fmt.Errorf("%w: WINDOW_UPDATE grows the window on stream %d past 2^31-1", ErrProtocol, f.Stream)
	}
	return nil
}

// firstPiece splits a body into what goes into the first frame, with the
// flags that frame carries, and the rest.
func firstPiece(body []byte, room int) (first []byte, flags uint8, rest []byte) {
	if len(body) <= room {
		return body, 0, nil
	}
	return body[:room], FlagMore, body[room:]
}

// queueControl asks the keepalive goroutine to write f, and reports false
// when the queue is full.
func (s *session) queueControl(f Frame) bool {
	select {
	case s.control <- f:
		return true
	default:
		return false
	}
}

// fail ends the session once, recording err as the reason.
func (s *session) fail(err error) {
	s.closeOnce.Do(func() {
		s.err = err
		s.conn.Close()
		close(s.done)
	})
}

// pong asks the keepalive goroutine to answer a ping. The read loop must
// never write itself: two peers whose read loops both block writing to
// each other, neither reading, deadlock. Pongs coalesce: one pending is
// enough.
func (s *session) pong() {
	select {
	case s.pongs <- struct{}{}:
	default:
	}
}

// keepalive answers pings, pings after Interval of silence and fails the
// session with ErrDeadPeer when no frame arrives within Timeout of a ping.
// With a negative Interval it only answers pings.
func (s *session) keepalive() {
	ka := s.keepAlive
	var t *time.Timer
	var tick <-chan time.Time // nil, never ready, when pings are disabled
	if ka.Interval > 0 {
		t = time.NewTimer(ka.Interval)
		defer t.Stop()
		tick = t.C
	}
	var sent int64 // UnixNano of the outstanding ping, 0 when none
	for {
		select {
		case <-s.done:
			return
		case <-s.pongs:
			if err := s.write(Frame{Type: FramePong}, nil); err != nil {
				s.fail(fmt.Errorf("rpc: pong: %w", err))
				return
			}
			continue
		case f := <-s.control:
			if err := s.write(f, nil); err != nil {
				s.fail(fmt.Errorf("rpc: %s: %w", f.Type, err))
				return
			}
			continue
		case <-s.creditDue:
			if err := s.writeCredit(); err != nil {
				s.fail(fmt.Errorf("rpc: window update: %w", err))
				return
			}
			continue
		case <-tick:
		}
		if sent != 0 {
			if s.lastRecv.Load() < sent {
				s.fail(ErrDeadPeer)
				return
			}
			sent = 0
			t.Reset(ka.Interval)
			continue
		}
		idle := time.Since(time.Unix(0, s.lastRecv.Load()))
		if idle < ka.Interval {
			t.Reset(ka.Interval - idle)
			continue
		}
		sent = time.Now().UnixNano()
		if err := s.write(Frame{Type: FramePing}, nil); err != nil {
			s.fail(fmt.Errorf("rpc: ping: %w", err))
			return
		}
		t.Reset(ka.Timeout)
	}
}

// readErr turns the read loop's error into the session's reason.
func readErr(err error) error {
	if errors.Is(err, net.ErrClosed) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrClosedPipe) {
		return ErrClosed
	}
	return fmt.Errorf("rpc: read: %w", err)
}

// ClientOptions configure a [ClientConn]. The zero value means the defaults.
type ClientOptions struct {
	// MaxPayload limits frames both ways; DefaultMaxPayload when zero.
	MaxPayload int
	// KeepAlive configures pings; see [KeepAlive] for the defaults.
	KeepAlive KeepAlive
}

// ClientConn is the calling end of one multiplexed connection. It is safe
// for concurrent use: any number of goroutines may Call at once.
type ClientConn struct {
	s  *session
	wg sync.WaitGroup // read loop and keepalive

	// mu guards the fields below.
	mu         sync.Mutex
	pending    map[uint32]chan callResult
	nextID     uint32
	goAway     bool
	goAwayMsg  string        // the error a server's GOAWAY reported, if any
	maxStreams int           // the server's SETTINGS_MAX_CONCURRENT_STREAMS; 0: no limit known
	slots      int           // calls holding a stream slot: starting or pending
	slotFreed  chan struct{} // closed when a slot frees, for callers queued at maxStreams

	settings    chan struct{}     // closed when the server's first SETTINGS arrived
	gotSettings bool              // read loop only
	partial     map[uint32][]byte // read loop only: responses still arriving in DATA frames
}

type callResult struct {
	typ     FrameType
	flags   uint8
	payload []byte
	err     error
}

// DialRPC connects to an RPC server at addr.
func DialRPC(ctx context.Context, addr string, opts ClientOptions) (*ClientConn, error) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("rpc: dial: %w", err)
	}
	return NewClientConn(conn, opts), nil
}

// NewClientConn starts the client side of the protocol over conn, which it
// then owns. Close it to stop its goroutines.
func NewClientConn(conn net.Conn, opts ClientOptions) *ClientConn {
	c := &ClientConn{
		s:        newSession(conn, opts.MaxPayload, opts.KeepAlive.withDefaults()),
		pending:  make(map[uint32]chan callResult),
		nextID:   1,
		settings: make(chan struct{}),
		partial:  make(map[uint32][]byte),
	}
	c.wg.Add(2)
	go func() { defer c.wg.Done(); c.readLoop() }()
	go func() { defer c.wg.Done(); c.s.keepalive() }()
	return c
}

// Call sends method and payload and waits for the answer. A handler's
// error comes back as a *[RemoteError]. When ctx ends first, Call sends a
// CANCEL frame and returns ctx.Err().
func (c *ClientConn) Call(ctx context.Context, method string, payload []byte) ([]byte, error) {
	id, ch, err := c.start(ctx, method, payload)
	if err != nil {
		return nil, err
	}
	return c.wait(ctx, method, id, ch)
}

// start writes the request and registers the caller; wait then waits for
// the answer. The split lets [RPCClient] hold a pooled connection only
// while it writes.
func (c *ClientConn) start(ctx context.Context, method string, payload []byte) (uint32, chan callResult, error) {
	if len(method) > 255 {
		return 0, nil, ErrMethodTooLong
	}
	if err := ctx.Err(); err != nil {
		return 0, nil, err
	}
	select {
	case <-c.settings:
	default:
		// The server's limits arrive first on every connection (as an
		// HTTP/2 server's SETTINGS do); calls wait for them, one round
		// trip at most, so that the first burst already honours them.
		select {
		case <-c.settings:
		case <-ctx.Done():
			return 0, nil, ctx.Err()
		case <-c.s.done:
			return 0, nil, c.s.err
		}
	}
	if err := c.takeSlot(ctx); err != nil {
		return 0, nil, err
	}
	var pre [256]byte
	pre[0] = byte(len(method))
	n := 1 + copy(pre[1:], method)
	if n+len(payload) > c.s.enc.maxPayload {
		c.mu.Lock()
		c.freeSlotLocked()
		c.mu.Unlock()
		return 0, nil, fmt.Errorf("rpc: %s: request of %d bytes (limit %d): %w", method, n+len(payload), c.s.enc.maxPayload, ErrFrameTooLarge)
	}
	first, flags, rest := firstPiece(payload, dataChunk)
	ch := make(chan callResult, 1)

	// The id is taken under the write lock so that ids reach the wire in
	// increasing order, which lets the server reject a reused id.
	c.s.lockWrite()
	c.mu.Lock()
	select {
	case <-c.s.done:
		c.freeSlotLocked()
		c.mu.Unlock()
		c.s.unlockWrite(nil)
		return 0, nil, c.s.err
	default:
	}
	if c.goAway {
		c.freeSlotLocked()
		c.mu.Unlock()
		c.s.unlockWrite(nil)
		return 0, nil, ErrGoAway
	}
	id := c.nextID
	c.nextID += 2
	c.pending[id] = ch
	if c.nextID > maxStreamID {
		// The ids are used up: retire the connection, before the server
		// would have to kill it with every call in flight.
		c.goAway = true
	}
	c.mu.Unlock()
	err := c.s.unlockWrite(c.s.writeLocked(&Frame{Type: FrameRequest, Flags: flags, Stream: id, Payload: first}, pre[:n]))
	if err == nil && rest != nil {
		var sent bool
		sent, err = c.s.writeRest(id, rest, ctx.Done())
		if err == nil && !sent {
			// The caller gave up halfway: the server drops the part it has.
			if !c.forget(id) {
				return id, ch, nil // refused meanwhile: the answer is in ch
			}
			_ = c.s.write(Frame{Type: FrameCancel, Stream: id}, nil)
			return 0, nil, ctx.Err()
		}
	}
	if err != nil {
		c.forget(id)
		c.s.fail(fmt.Errorf("rpc: write: %w", err))
		return 0, nil, fmt.Errorf("rpc: %s: %w", method, err)
	}
	return id, ch, nil
}

func (c *ClientConn) wait(ctx context.Context, method string, id uint32, ch chan callResult) ([]byte, error) {
	select {
	case r := <-ch:
		return r.result(method)
	case <-ctx.Done():
		if !c.forget(id) {
			// The answer is already on its way into ch.
			return (<-ch).result(method)
		}
		// Best effort: the server stops working on a call nobody waits for.
		_ = c.s.write(Frame{Type: FrameCancel, Stream: id}, nil)
		return nil, ctx.Err()
	case <-c.s.done:
		if !c.forget(id) {
			// Taken off pending by the read loop just before the
			// connection ended: the answer is on its way into ch.
			return (<-ch).result(method)
		}
		return nil, c.s.err
	}
}

func (r callResult) result(method string) ([]byte, error) {
	switch {
	case r.err != nil:
		return nil, r.err
	case r.typ == FrameError && r.flags&FlagRefused != 0:
		return nil, fmt.Errorf("%w: %s: %s", ErrRefused, method, r.payload)
	case r.typ == FrameError:
		return nil, &RemoteError{Method: method, Message: string(r.payload)}
	}
	return r.payload, nil
}

// takeSlot waits until the call may have a stream under the server's
// SETTINGS_MAX_CONCURRENT_STREAMS, as HTTP/2 clients queue, and takes it.
func (c *ClientConn) takeSlot(ctx context.Context) error {
	for {
		c.mu.Lock()
		if c.maxStreams <= 0 || c.slots < c.maxStreams {
			c.slots++
			c.mu.Unlock()
			return nil
		}
		if c.slotFreed == nil {
			c.slotFreed = make(chan struct{})
		}
		wake := c.slotFreed
		c.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return ctx.Err()
		case <-c.s.done:
			return c.s.err
		}
	}
}

// freeSlotLocked gives back a stream slot and wakes queued callers.
func (c *ClientConn) freeSlotLocked() {
	c.slots--
	if c.slotFreed != nil {
		close(c.slotFreed)
		c.slotFreed = nil
	}
}

// removeLocked takes id off pending, freeing its slot, and reports whether
// it was there.
func (c *ClientConn) removeLocked(id uint32) (chan callResult, bool) {
	ch, ok := c.pending[id]
	if ok {
		delete(c.pending, id)
		c.freeSlotLocked()
	}
	return ch, ok
}

// forget removes a pending call, reporting whether it was still pending.
func (c *ClientConn) forget(id uint32) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.removeLocked(id)
	c.closeIfDrainedLocked()
	return ok
}

func (c *ClientConn) closeIfDrainedLocked() {
	if c.goAway && len(c.pending) == 0 {
		c.s.fail(ErrGoAway)
	}
}

func (c *ClientConn) readLoop() {
	for {
		f, err := c.s.dec.Next()
		if err != nil {
			c.mu.Lock()
			msg := c.goAwayMsg
			c.mu.Unlock()
			if msg != "" && readErr(err) == ErrClosed {
				// The server said why before it closed: calls at or below
				// its last id may have run; tell them more than "closed".
				c.s.fail(fmt.Errorf("%w: server closed the connection: %s", ErrProtocol, msg))
				return
			}
			c.s.fail(readErr(err))
			return
		}
		c.s.lastRecv.Store(time.Now().UnixNano())
		if !c.gotSettings && f.Type != FrameSettings {
			c.s.fail(fmt.Errorf("%w: first frame from server is %s, not SETTINGS", ErrProtocol, f.Type))
			return
		}
		if f.Type == FrameData {
			c.s.received(f.Stream, len(f.Payload))
		}
		switch f.Type {
		case FrameWindowUpdate:
			if err := c.s.windowUpdate(f); err != nil {
				c.s.fail(err)
				return
			}
		case FrameResponse, FrameError, FrameData:
			typ, body, owned := f.Type, f.Payload, false
			if prior, ok := c.partial[f.Stream]; ok {
				delete(c.partial, f.Stream)
				switch {
				case f.Type != FrameData:
					// An ERROR ends a response cut short (the call was
					// canceled); the part that arrived is dropped.
				case len(prior)+len(body) > c.s.enc.maxPayload:
					c.s.fail(fmt.Errorf("%w: response on stream %d over %d bytes", ErrProtocol, f.Stream, c.s.enc.maxPayload))
					return
				default:
					typ, body, owned = FrameResponse, append(prior, body...), true
				}
			} else if f.Type == FrameData {
				continue // of a stream we no longer track
			}
			if typ == FrameResponse && f.Flags&FlagMore != 0 {
				if !owned {
					body = append([]byte(nil), body...)
				}
				c.partial[f.Stream] = body
				continue
			}
			if !owned {
				body = append([]byte(nil), body...) // f.Payload is the decoder's
			}
			c.mu.Lock()
			ch, _ := c.removeLocked(f.Stream)
			c.mu.Unlock()
			if ch != nil {
				ch <- callResult{typ: typ, flags: f.Flags, payload: body}
			}
			c.mu.Lock()
			c.closeIfDrainedLocked()
			c.mu.Unlock()
		case FramePing:
			c.s.pong()
		case FramePong:
		case FrameSettings:
			if len(f.Payload)%6 != 0 {
				c.s.fail(fmt.Errorf("%w: SETTINGS payload of %d bytes", ErrProtocol, len(f.Payload)))
				return
			}
			for p := f.Payload; len(p) > 0; p = p[6:] {
				if binary.BigEndian.Uint16(p) == SettingMaxConcurrentStreams {
					c.mu.Lock()
					c.maxStreams = int(min(binary.BigEndian.Uint32(p[2:]), 1<<30))
					c.mu.Unlock()
				}
			}
			if !c.gotSettings {
				c.gotSettings = true
				close(c.settings)
			}
		case FrameGoAway:
			c.mu.Lock()
			c.goAway = true
			if len(f.Payload) > 0 {
				c.goAwayMsg = string(f.Payload)
			}
			for id, ch := range c.pending {
				if id > f.Stream {
					ch <- callResult{err: ErrGoAway}
					c.removeLocked(id)
				}
			}
			c.closeIfDrainedLocked()
			c.mu.Unlock()
		default:
			// An unknown frame type: ignored, so that later versions can
			// add frames (RFC 9113 §4.1).
		}
	}
}

// Usable reports whether new calls may start on this connection: it is
// open and the peer has not sent GOAWAY.
func (c *ClientConn) Usable() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	select {
	case <-c.s.done:
		return false
	default:
		return !c.goAway
	}
}

// Pending is the number of calls waiting for an answer.
func (c *ClientConn) Pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.pending)
}

// Done is closed when the connection has ended; Err then says why.
func (c *ClientConn) Done() <-chan struct{} { return c.s.done }

// Err is the reason the connection ended, or nil while it is open.
func (c *ClientConn) Err() error {
	select {
	case <-c.s.done:
		return c.s.err
	default:
		return nil
	}
}

// Retire stops new calls on the connection (they fail with ErrGoAway) and
// closes it once the calls in flight have their answers, at once if there
// are none. It does not wait.
func (c *ClientConn) Retire() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.goAway = true
	c.closeIfDrainedLocked()
}

// Close closes the connection, failing pending calls with ErrClosed, and
// waits for the connection's goroutines to stop.
func (c *ClientConn) Close() error {
	c.s.fail(ErrClosed)
	c.wg.Wait()
	return nil
}

// Server serves RPC connections. Set its fields before the first Serve;
// the zero value with a Handler is ready to use.
type Server struct {
	// Handler serves every call; required.
	Handler Handler
	// MaxPayload limits frames both ways; DefaultMaxPayload when zero.
	MaxPayload int
	// KeepAlive configures pings; see [KeepAlive] for the defaults.
	KeepAlive KeepAlive
	// Logger receives connection errors and handler panics;
	// slog.Default() when nil.
	Logger *slog.Logger
	// MaxConcurrentStreams bounds the calls one connection may have
	// running; it is announced to the client, which queues beyond it.
	// Default DefaultMaxConcurrentStreams (256, HTTP/2 servers' usual).
	MaxConcurrentStreams int
	// MaxHandlers bounds the handlers running across all connections.
	// Default DefaultMaxHandlers.
	MaxHandlers int
	// MaxInflightBytes bounds the request payload bytes held by running
	// handlers across all connections. Default DefaultMaxInflightBytes.
	MaxInflightBytes int64

	wg sync.WaitGroup // one per connection

	running       atomic.Int64 // handlers running
	inflightBytes atomic.Int64 // their request payloads
	refused       atomic.Uint64
	panics        atomic.Uint64

	// mu guards listeners, conns and closing.
	mu        sync.Mutex
	listeners map[net.Listener]struct{}
	conns     map[*serverConn]struct{}
	closing   bool
}

type serverConn struct {
	srv      *Server
	s        *session
	ctx      context.Context
	handlers sync.WaitGroup

	// partial holds requests whose body is still arriving in DATA
	// frames; the read loop alone uses it.
	partial map[uint32]*partialRequest

	// mu guards streams, active, lastID and goAway.
	mu      sync.Mutex
	streams map[uint32]context.CancelFunc // calls not yet answered or canceled
	active  int                           // calls arriving or running, until their answer is written
	open    int                           // calls counted against MaxConcurrentStreams
	lastID  uint32
	goAway  bool
}

// partialRequest is a request whose body has not all arrived.
type partialRequest struct {
	method string
	body   []byte
}

func (srv *Server) logger() *slog.Logger {
	if srv.Logger != nil {
		return srv.Logger
	}
	return slog.Default()
}

func (srv *Server) maxStreams() int {
	if srv.MaxConcurrentStreams > 0 {
		return srv.MaxConcurrentStreams
	}
	return DefaultMaxConcurrentStreams
}

// ServerStats are a server's counters.
type ServerStats struct {
	// Running handlers and the request bytes they hold.
	Running, InflightBytes int64
	// Refused calls (limits) and handler panics recovered.
	Refused, Panics uint64
}

// Stats returns the server's counters.
func (srv *Server) Stats() ServerStats {
	return ServerStats{Running: srv.running.Load(), InflightBytes: srv.inflightBytes.Load(),
		Refused: srv.refused.Load(), Panics: srv.panics.Load()}
}

// Serve accepts connections on l until Shutdown or Close, and then returns
// ErrServerClosed.
func (srv *Server) Serve(l net.Listener) error {
	srv.mu.Lock()
	if srv.closing {
		srv.mu.Unlock()
		return ErrServerClosed
	}
	if srv.listeners == nil {
		srv.listeners = make(map[net.Listener]struct{})
	}
	srv.listeners[l] = struct{}{}
	srv.mu.Unlock()
	var backoff time.Duration
	for {
		conn, err := l.Accept()
		if err != nil {
			srv.mu.Lock()
			closing := srv.closing
			if closing || !temporaryAccept(err) {
				delete(srv.listeners, l)
			}
			srv.mu.Unlock()
			if closing {
				return ErrServerClosed
			}
			if temporaryAccept(err) {
				// Out of file descriptors or a connection aborted in the
				// queue: wait and accept again, as net/http's Serve does,
				// rather than stop serving everyone.
				backoff = min(max(2*backoff, 5*time.Millisecond), time.Second)
				srv.logger().Error("rpc: accept failed; retrying", "err", err, "in", backoff)
				time.Sleep(backoff)
				continue
			}
			return fmt.Errorf("rpc: accept: %w", err)
		}
		backoff = 0
		sc := srv.track(conn)
		if sc == nil {
			conn.Close()
			return ErrServerClosed
		}
		go func() {
			defer srv.wg.Done()
			srv.serveTracked(sc)
		}()
	}
}

// temporaryAccept reports whether an Accept error passes: the process or
// system is out of descriptors or buffers, or a queued connection was
// reset before we took it.
func temporaryAccept(err error) bool {
	for _, e := range []error{syscall.EMFILE, syscall.ENFILE, syscall.ENOBUFS, syscall.ENOMEM, syscall.ECONNABORTED, syscall.ECONNRESET} {
		if errors.Is(err, e) {
			return true
		}
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// ServeConn serves one connection and returns when it has ended.
func (srv *Server) ServeConn(conn net.Conn) {
	sc := srv.track(conn)
	if sc == nil {
		conn.Close()
		return
	}
	defer srv.wg.Done()
	srv.serveTracked(sc)
}

// track registers a new connection, or returns nil when the server is
// closing. The caller owes srv.wg.Done.
func (srv *Server) track(conn net.Conn) *serverConn {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.closing {
		return nil
	}
	if srv.conns == nil {
		srv.conns = make(map[*serverConn]struct{})
	}
	sc := &serverConn{srv: srv, s: newSession(conn, srv.MaxPayload, srv.KeepAlive.withDefaults()),
		streams: make(map[uint32]context.CancelFunc), partial: make(map[uint32]*partialRequest)}
	srv.conns[sc] = struct{}{}
	srv.wg.Add(1)
	return sc
}

func (srv *Server) serveTracked(sc *serverConn) {
	sc.serve()
	srv.mu.Lock()
	delete(srv.conns, sc)
	srv.mu.Unlock()
}

func (sc *serverConn) serve() {
	ctx, cancel := context.WithCancel(context.Background())
	sc.ctx = ctx
	var ka sync.WaitGroup
	ka.Go(sc.s.keepalive)
	var settings [6]byte
	binary.BigEndian.PutUint16(settings[:], SettingMaxConcurrentStreams)
	binary.BigEndian.PutUint32(settings[2:], uint32(sc.srv.maxStreams()))
	err := sc.s.write(Frame{Type: FrameSettings, Payload: settings[:]}, nil)
	if err == nil {
		err = sc.readLoop()
	}
	if connError(err) {
		// Name the last call we took, and why we stop, before closing.
		sc.mu.Lock()
		sc.goAway = true
		last := sc.lastID
		sc.mu.Unlock()
		_ = sc.s.write(Frame{Type: FrameGoAway, Stream: last, Payload: []byte(err.Error())}, nil)
	}
	sc.s.fail(err)
	cancel()
	sc.handlers.Wait()
	ka.Wait()
	log := sc.srv.logger().With("remote", sc.s.conn.RemoteAddr().String(), "err", err)
	switch {
	case errors.Is(err, ErrClosed), errors.Is(err, ErrGoAway):
	case errors.Is(err, ErrDeadPeer):
		log.Info("rpc connection ended: dead peer")
	default:
		log.Warn("rpc connection ended")
	}
}

// connError reports whether err is the peer breaking the protocol (a
// frame we cannot decode or must not accept), which GOAWAY reports back.
func connError(err error) bool {
	for _, e := range []error{ErrProtocol, ErrChecksum, ErrBadMagic, ErrBadVersion, ErrFrameTooLarge, ErrReserved} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

func (sc *serverConn) readLoop() error {
	for {
		f, err := sc.s.dec.Next()
		if err != nil {
			select {
			case <-sc.s.done: // closed on purpose: keep the recorded reason
				return sc.s.err
			default:
				return readErr(err)
			}
		}
		sc.s.lastRecv.Store(time.Now().UnixNano())
		switch f.Type {
		case FrameRequest:
			if err := sc.start(f); err != nil {
				return err
			}
		case FrameData:
			sc.s.received(f.Stream, len(f.Payload))
			if err := sc.data(f); err != nil {
				return err
			}
		case FrameWindowUpdate:
			if err := sc.s.windowUpdate(f); err != nil {
				return err
			}
		case FrameCancel:
			if pr, ok := sc.partial[f.Stream]; ok {
				sc.dropPartial(f.Stream, pr)
				continue
			}
			sc.mu.Lock()
			cancel := sc.streams[f.Stream]
			delete(sc.streams, f.Stream)
			sc.mu.Unlock()
			if cancel != nil {
				cancel()
			}
		case FramePing:
			sc.s.pong()
		case FramePong, FrameGoAway, FrameSettings:
		case FrameResponse, FrameError:
			return fmt.Errorf("%w: unexpected %s frame from client", ErrProtocol, f.Type)
		default:
			// An unknown frame type: ignored (RFC 9113 §4.1).
		}
	}
}

func (sc *serverConn) start(f Frame) error {
	p := f.Payload
	if len(p) < 1 || len(p) < 1+int(p[0]) {
		return fmt.Errorf("%w: request frame of %d bytes has no method", ErrProtocol, len(p))
	}
	if f.Stream%2 == 0 || f.Stream > maxStreamID {
		return fmt.Errorf("%w: request on stream %d (ids are odd, at most %d)", ErrProtocol, f.Stream, maxStreamID)
	}
	srv := sc.srv
	sc.mu.Lock()
	if sc.goAway {
		// After GOAWAY the client fails these calls itself (their id is
		// above the one we announced); doing the work would be wasted.
		sc.mu.Unlock()
		return nil
	}
	if f.Stream <= sc.lastID {
		sc.mu.Unlock()
		return fmt.Errorf("%w: stream id %d reused (last %d)", ErrProtocol, f.Stream, sc.lastID)
	}
	sc.lastID = f.Stream
	bodyLen := int64(len(p) - 1 - int(p[0]))
	if why := sc.overLimitLocked(bodyLen); why != "" {
		sc.mu.Unlock()
		// DATA frames that follow are dropped as those of an unknown stream.
		return sc.refuse(f.Stream, why)
	}
	sc.active++
	sc.open++
	srv.inflightBytes.Add(bodyLen)
	sc.mu.Unlock()
	method := string(p[1 : 1+p[0]])
	body := append([]byte(nil), p[1+p[0]:]...)
	if f.Flags&FlagMore != 0 {
		sc.partial[f.Stream] = &partialRequest{method: method, body: body}
		return nil
	}
	sc.run(f.Stream, method, body)
	return nil
}

// refuse answers stream id with a refusal, through the keepalive
// goroutine: the read loop must not write.
func (sc *serverConn) refuse(id uint32, why string) error {
	sc.srv.refused.Add(1)
	if !sc.s.queueControl(Frame{Type: FrameError, Flags: FlagRefused, Stream: id, Payload: []byte(why)}) {
		return fmt.Errorf("%w: %d refusals queued unread; the client floods calls while not reading", ErrProtocol, controlQueue)
	}
	return nil
}

// data adds a DATA frame to a request still arriving, and runs it when
// its body is complete.
func (sc *serverConn) data(f Frame) error {
	pr, ok := sc.partial[f.Stream]
	if !ok {
		return nil // of a stream refused or canceled: dropped
	}
	maxPayload := sc.s.dec.maxPayload
	if len(pr.body)+len(f.Payload) > maxPayload {
		return fmt.Errorf("%w: request on stream %d over %d bytes", ErrProtocol, f.Stream, maxPayload)
	}
	srv := sc.srv
	maxBytes := srv.MaxInflightBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxInflightBytes
	}
	if n := int64(len(f.Payload)); srv.inflightBytes.Add(n) > maxBytes && srv.running.Load() > 0 {
		srv.inflightBytes.Add(-n)
		sc.dropPartial(f.Stream, pr)
		return sc.refuse(f.Stream, fmt.Sprintf("running calls hold %d bytes, the limit is %d", srv.inflightBytes.Load(), maxBytes))
	}
	pr.body = append(pr.body, f.Payload...)
	if f.Flags&FlagMore == 0 {
		delete(sc.partial, f.Stream)
		sc.run(f.Stream, pr.method, pr.body)
	}
	return nil
}

// dropPartial forgets a request still arriving (canceled or refused).
func (sc *serverConn) dropPartial(id uint32, pr *partialRequest) {
	delete(sc.partial, id)
	sc.srv.inflightBytes.Add(-int64(len(pr.body)))
	sc.closeStream()
	sc.endStream()
}

// closeStream stops counting a call against MaxConcurrentStreams. It runs
// before the answer is written: the client frees its slot when the answer
// arrives and may send the next call at once, which must find the slot
// free here too.
func (sc *serverConn) closeStream() {
	sc.mu.Lock()
	sc.open--
	sc.mu.Unlock()
}

// endStream counts down a call that arrived and has been answered or
// dropped. Counted down only after the answer's write: deciding "drained"
// when the stream is removed would let the last handler close the write
// side while another is still about to write its answer.
func (sc *serverConn) endStream() {
	sc.mu.Lock()
	sc.active--
	drained := sc.goAway && sc.active == 0
	sc.mu.Unlock()
	if drained {
		sc.drainClose()
	}
}

// run starts the handler of a complete request; its body's bytes are
// already counted in the server's in-flight bytes.
func (sc *serverConn) run(id uint32, method string, body []byte) {
	srv := sc.srv
	srv.running.Add(1)
	ctx, cancel := context.WithCancel(sc.ctx)
	sc.mu.Lock()
	sc.streams[id] = cancel
	sc.mu.Unlock()
	sc.handlers.Add(1)
	go func() {
		defer sc.handlers.Done()
		defer sc.endStream()
		defer cancel()
		out, err := sc.call(ctx, method, body)
		srv.running.Add(-1)
		srv.inflightBytes.Add(-int64(len(body)))
		sc.mu.Lock()
		_, live := sc.streams[id]
		delete(sc.streams, id)
		sc.open--
		sc.mu.Unlock()
		if !live {
			return // canceled: nobody waits for the answer
		}
		if err == nil && len(out) > sc.s.enc.maxPayload {
			err = fmt.Errorf("response of %d bytes over the limit of %d", len(out), sc.s.enc.maxPayload)
		}
		if err != nil {
			if werr := sc.s.write(Frame{Type: FrameError, Stream: id, Payload: []byte(err.Error())}, nil); werr != nil {
				sc.s.fail(fmt.Errorf("rpc: write: %w", werr))
			}
			return
		}
		first, flags, rest := firstPiece(out, dataChunk)
		werr := sc.s.write(Frame{Type: FrameResponse, Flags: flags, Stream: id, Payload: first}, nil)
		if werr == nil && rest != nil {
			var sent bool
			sent, werr = sc.s.writeRest(id, rest, ctx.Done())
			if werr == nil && !sent {
				// Canceled halfway: end the stream, so the client drops the part.
				werr = sc.s.write(Frame{Type: FrameError, Stream: id, Payload: []byte("canceled")}, nil)
			}
		}
		if werr != nil {
			sc.s.fail(fmt.Errorf("rpc: write: %w", werr))
		}
	}()
}

// overLimitLocked says which limit a new call with a body of n bytes would
// break, or "" when it may run. sc.mu must be held.
func (sc *serverConn) overLimitLocked(n int64) string {
	srv := sc.srv
	maxHandlers := int64(srv.MaxHandlers)
	if maxHandlers <= 0 {
		maxHandlers = DefaultMaxHandlers
	}
	maxBytes := srv.MaxInflightBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxInflightBytes
	}
	switch {
	case sc.open >= srv.maxStreams():
		return fmt.Sprintf("more than %d concurrent calls on the connection", srv.maxStreams())
	case srv.running.Load() >= maxHandlers:
		return fmt.Sprintf("server runs %d calls, its limit", maxHandlers)
	case srv.inflightBytes.Load()+n > maxBytes && srv.running.Load() > 0:
		// A single call may always run: MaxPayload bounds it.
		return fmt.Sprintf("running calls hold %d bytes, the limit is %d", srv.inflightBytes.Load(), maxBytes)
	}
	return ""
}

// call runs the handler, turning a panic into an error for the caller and
// a log line with the stack for the operator (net/http's conn.serve does
// the same): one bad request must not take the server down.
func (sc *serverConn) call(ctx context.Context, method string, body []byte) (out []byte, err error) {
	defer func() {
		if v := recover(); v != nil {
			sc.srv.panics.Add(1)
			sc.srv.logger().Error("rpc: handler panicked", "method", method, "panic", fmt.Sprint(v),
				"remote", sc.s.conn.RemoteAddr().String(), "stack", string(debug.Stack()))
			out, err = nil, errors.New("internal error: the handler panicked")
		}
	}()
	return sc.srv.Handler(ctx, method, body)
}

// goAway sends GOAWAY naming the last stream this connection will serve,
// and closes the connection at once if nothing is in flight.
func (sc *serverConn) goAwayNow() {
	sc.mu.Lock()
	if sc.goAway {
		sc.mu.Unlock()
		return
	}
	sc.goAway = true
	last := sc.lastID
	idle := sc.active == 0
	sc.mu.Unlock()
	if err := sc.s.write(Frame{Type: FrameGoAway, Stream: last}, nil); err != nil {
		sc.s.fail(ErrGoAway)
	} else if idle {
		sc.drainClose()
	}
}

// drainClose ends a connection whose last call after GOAWAY has been
// answered. On TCP it only shuts down the write side: closing outright
// while requests the client sent after our GOAWAY sit unread would make
// the kernel send a RST, which can destroy responses the client has not
// read yet. The client closes when its own calls are done, and the read
// loop then ends.
func (sc *serverConn) drainClose() {
	// Frames of writers that left the flush to a writer queued behind
	// them may still sit in the buffer: flush them first, under the lock.
	sc.s.lockWrite()
	defer sc.s.unlockWrite(nil)
	if err := sc.s.bw.Flush(); err == nil {
		if cw, ok := sc.s.conn.(interface{ CloseWrite() error }); ok && cw.CloseWrite() == nil {
			return
		}
	}
	sc.s.fail(ErrGoAway)
}

// Shutdown stops accepting, sends GOAWAY on every connection, lets the
// calls already started finish, and returns when every connection is
// closed. If ctx ends first it closes everything and returns ctx.Err().
func (srv *Server) Shutdown(ctx context.Context) error {
	srv.mu.Lock()
	srv.closing = true
	for l := range srv.listeners {
		l.Close()
	}
	conns := make([]*serverConn, 0, len(srv.conns))
	for sc := range srv.conns {
		conns = append(conns, sc)
	}
	srv.mu.Unlock()
	for _, sc := range conns {
		sc.goAwayNow()
	}
	done := make(chan struct{})
	go func() { srv.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		srv.Close()
		<-done
		return ctx.Err()
	}
}

// Close closes the listeners and every connection at once, canceling
// in-flight handlers, and waits for the connection goroutines.
func (srv *Server) Close() error {
	srv.mu.Lock()
	srv.closing = true
	for l := range srv.listeners {
		l.Close()
	}
	for sc := range srv.conns {
		sc.s.fail(ErrClosed)
	}
	srv.mu.Unlock()
	srv.wg.Wait()
	return nil
}

// RPCClient calls one server address over a [Pool] of multiplexed
// connections. A connection is checked out of the pool only while a
// request is written, then returned while the caller waits, so concurrent
// calls share connections and the pool opens a second one only when
// writers queue on the first. The pool's Check drops connections that
// ended or received GOAWAY; a call refused with ErrGoAway is retried on
// another connection, since the server promised not to have run it.
type RPCClient struct {
	pool *Pool[*ClientConn]
}

// NewRPCClient returns a client for addr. cfg configures the pool; its
// New, Close and Check are filled in here.
func NewRPCClient(addr string, opts ClientOptions, cfg PoolConfig[*ClientConn]) (*RPCClient, error) {
	cfg.New = func(ctx context.Context) (*ClientConn, error) { return DialRPC(ctx, addr, opts) }
	// The pool drops a connection when it ends, gets GOAWAY or ages out,
	// and calls may still be waiting on it: Retire lets them finish.
	cfg.Close = func(c *ClientConn) error { c.Retire(); return nil }
	cfg.Check = func(c *ClientConn) error {
		if !c.Usable() {
			return ErrGoAway
		}
		return nil
	}
	p, err := NewPool(cfg)
	if err != nil {
		return nil, err
	}
	return &RPCClient{pool: p}, nil
}

// Call runs method on some pooled connection.
func (c *RPCClient) Call(ctx context.Context, method string, payload []byte) ([]byte, error) {
	for attempt := 0; ; attempt++ {
		r, err := c.pool.Acquire(ctx)
		if err != nil {
			return nil, err
		}
		conn := r.Value()
		id, ch, err := conn.start(ctx, method, payload)
		if err != nil {
			if errors.Is(err, ErrGoAway) || errors.Is(err, ErrClosed) || errors.Is(err, ErrDeadPeer) {
				r.Destroy()
				if attempt < 3 {
					continue
				}
				return nil, err
			}
			r.Release()
			return nil, err
		}
		r.Release()
		out, err := conn.wait(ctx, method, id, ch)
		if (errors.Is(err, ErrGoAway) || errors.Is(err, ErrRefused)) && attempt < 3 {
			continue // not processed by the server: safe to send again
		}
		return out, err
	}
}

// Stats returns the connection pool's counters.
func (c *RPCClient) Stats() PoolStats { return c.pool.Stats() }

// Close closes every connection.
func (c *RPCClient) Close() error {
	c.pool.Close()
	return nil
}
