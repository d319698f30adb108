package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testHandler serves the methods the RPC tests use.
func testHandler(release <-chan struct{}, canceled chan<- error) Handler {
	return func(ctx context.Context, method string, p []byte) ([]byte, error) {
		switch method {
		case "echo":
			return p, nil
		case "upper":
			return bytes.ToUpper(p), nil
		case "fail":
			return nil, errors.New("no luck: " + string(p))
		case "block":
			select {
			case <-release:
				return []byte("released"), nil
			case <-ctx.Done():
				if canceled != nil {
					canceled <- ctx.Err()
				}
				return nil, ctx.Err()
			}
		}
		return nil, fmt.Errorf("unknown method %q", method)
	}
}

// startRPCServer serves on a random loopback port until the test ends.
func startRPCServer(t testing.TB, h Handler) (*Server, string) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := &Server{Handler: h, Logger: quietLogger}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	t.Cleanup(func() {
		srv.Close()
		assert.ErrorIs(t, <-done, ErrServerClosed)
	})
	return srv, l.Addr().String()
}

func TestRPCConcurrentCalls(t *testing.T) {
	_, addr := startRPCServer(t, testHandler(nil, nil))
	c, err := DialRPC(context.Background(), addr, ClientOptions{})
	require.NoError(t, err)
	defer c.Close()

	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 64 {
		wg.Go(func() {
			for i := range 50 {
				want := fmt.Sprintf("caller %d call %d %s", g, i, strings.Repeat("x", g*i))
				got, err := c.Call(context.Background(), "upper", []byte(want))
				if err != nil || string(got) != strings.ToUpper(want) {
					errs <- fmt.Errorf("Call(upper, %q) = %q, %v", want, got, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	assert.Zero(t, c.Pending())
}

func TestRPCErrors(t *testing.T) {
	_, addr := startRPCServer(t, testHandler(nil, nil))
	c, err := DialRPC(context.Background(), addr, ClientOptions{MaxPayload: 1024})
	require.NoError(t, err)
	defer c.Close()

	_, err = c.Call(context.Background(), "fail", []byte("x"))
	var re *RemoteError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, "fail", re.Method)
	assert.Equal(t, "no luck: x", re.Message)

	_, err = c.Call(context.Background(), strings.Repeat("m", 256), nil)
	assert.ErrorIs(t, err, ErrMethodTooLong)

	_, err = c.Call(context.Background(), "echo", make([]byte, 2000))
	assert.ErrorIs(t, err, ErrFrameTooLarge)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = c.Call(ctx, "echo", nil)
	assert.ErrorIs(t, err, context.Canceled)

	require.NoError(t, c.Close())
	_, err = c.Call(context.Background(), "echo", nil)
	assert.ErrorIs(t, err, ErrClosed)
}

func TestRPCServerDropsGarbage(t *testing.T) {
	_, addr := startRPCServer(t, testHandler(nil, nil))
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	_, err = conn.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
	require.NoError(t, err)
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(10*time.Second)))
	dec := NewDecoder(conn, 0)
	f, err := dec.Next()
	require.NoError(t, err)
	assert.Equal(t, FrameSettings, f.Type, "the server's limits come first")
	f, err = dec.Next()
	require.NoError(t, err)
	assert.Equal(t, FrameGoAway, f.Type, "then GOAWAY saying why")
	assert.Zero(t, f.Stream, "no call was taken")
	assert.Contains(t, string(f.Payload), "bad frame magic")
	_, err = dec.Next()
	assert.ErrorIs(t, err, io.EOF, "server closes a connection that does not speak the protocol")
}

// pipeServer serves srv over one end of a net.Pipe and returns the other.
func pipeServer(t *testing.T, srv *Server) net.Conn {
	cc, sc := net.Pipe()
	go srv.ServeConn(sc)
	return cc
}

func TestRPCCancelReachesHandler(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		canceled := make(chan error, 1)
		srv := &Server{Handler: testHandler(nil, canceled)}
		c := NewClientConn(pipeServer(t, srv), ClientOptions{})
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		start := time.Now()
		_, err := c.Call(ctx, "block", nil)
		assert.ErrorIs(t, err, context.DeadlineExceeded)
		assert.Equal(t, 5*time.Second, time.Since(start))
		assert.ErrorIs(t, <-canceled, context.Canceled, "handler context canceled by the CANCEL frame")
		assert.Zero(t, c.Pending())
		c.Close()
		srv.Close()
	})
}

func TestRPCDeadPeer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		cc, peer := net.Pipe()
		// The peer reads (as a kernel buffer would) but never answers.
		go func() {
			dec := NewDecoder(peer, 0)
			for {
				if _, err := dec.Next(); err != nil {
					return
				}
			}
		}()
		c := NewClientConn(cc, ClientOptions{KeepAlive: KeepAlive{Interval: time.Second, Timeout: 2 * time.Second}})
		start := time.Now()
		_, err := c.Call(context.Background(), "echo", []byte("anyone?"))
		assert.ErrorIs(t, err, ErrDeadPeer)
		assert.Equal(t, 3*time.Second, time.Since(start), "ping after 1s of silence, dead 2s later")
		assert.ErrorIs(t, c.Err(), ErrDeadPeer)
		c.Close()
		peer.Close()
	})
}

func TestRPCKeepAliveHoldsIdleConnection(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ka := KeepAlive{Interval: time.Second, Timeout: 2 * time.Second}
		srv := &Server{Handler: testHandler(nil, nil), KeepAlive: ka}
		c := NewClientConn(pipeServer(t, srv), ClientOptions{KeepAlive: ka})
		time.Sleep(time.Hour)
		require.True(t, c.Usable(), "idle connection with pings survives: %v", c.Err())
		got, err := c.Call(context.Background(), "echo", []byte("still here"))
		require.NoError(t, err)
		assert.Equal(t, "still here", string(got))
		c.Close()
		srv.Close()
	})
}

func TestRPCGoAway(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		release := make(chan struct{})
		srv := &Server{Handler: testHandler(release, nil)}
		c := NewClientConn(pipeServer(t, srv), ClientOptions{})

		inflight := make(chan error, 1)
		go func() {
			got, err := c.Call(context.Background(), "block", nil)
			if err == nil && string(got) != "released" {
				err = fmt.Errorf("got %q", got)
			}
			inflight <- err
		}()
		synctest.Wait() // the call is in the handler

		shutdown := make(chan error, 1)
		go func() { shutdown <- srv.Shutdown(context.Background()) }()
		synctest.Wait() // GOAWAY delivered

		assert.False(t, c.Usable(), "no new calls after GOAWAY")
		_, err := c.Call(context.Background(), "echo", nil)
		assert.ErrorIs(t, err, ErrGoAway)
		select {
		case err := <-shutdown:
			t.Fatalf("Shutdown returned %v with a call in flight", err)
		default:
		}

		close(release)
		assert.NoError(t, <-inflight, "the in-flight call finishes")
		assert.NoError(t, <-shutdown)
		<-c.Done()
		assert.ErrorIs(t, c.Err(), ErrGoAway)
		c.Close()
	})
}

func TestRPCShutdownDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := &Server{Handler: testHandler(make(chan struct{}), nil)}
		c := NewClientConn(pipeServer(t, srv), ClientOptions{})
		inflight := make(chan error, 1)
		go func() {
			_, err := c.Call(context.Background(), "block", nil)
			inflight <- err
		}()
		synctest.Wait()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		assert.ErrorIs(t, srv.Shutdown(ctx), context.DeadlineExceeded)
		assert.Error(t, <-inflight, "a call cut off by the forced close fails")
		c.Close()
	})
}

func ExampleClientConn_Call() {
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &Server{Handler: func(_ context.Context, method string, p []byte) ([]byte, error) {
		return append([]byte(method+": "), p...), nil
	}}
	go srv.Serve(l)
	defer srv.Close()

	c, _ := DialRPC(context.Background(), l.Addr().String(), ClientOptions{})
	defer c.Close()
	out, err := c.Call(context.Background(), "greet", []byte("hello"))
	fmt.Println(string(out), err)
	// Output: greet: hello <nil>
}

func BenchmarkRPC(b *testing.B) {
	_, addr := startRPCServer(b, testHandler(nil, nil))
	payload := bytes.Repeat([]byte("p"), 64)
	for _, callers := range []int{1, 64} {
		b.Run(fmt.Sprintf("callers=%d", callers), func(b *testing.B) {
			c, err := DialRPC(context.Background(), addr, ClientOptions{})
			require.NoError(b, err)
			defer c.Close()
			b.ReportAllocs()
			b.SetBytes(int64(len(payload)))
			start := time.Now()
			if callers == 1 {
				for b.Loop() {
					if _, err := c.Call(context.Background(), "echo", payload); err != nil {
						b.Fatal(err)
					}
				}
			} else {
				b.SetParallelism((callers + 1) / 2)
				var failed sync.Once
				var ferr error
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						if _, err := c.Call(context.Background(), "echo", payload); err != nil {
							failed.Do(func() { ferr = err })
							return
						}
					}
				})
				if ferr != nil {
					b.Fatal(ferr)
				}
			}
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "calls/s")
		})
	}
}

// TestRPCGoAwayManyInflight shuts a TCP server down with many calls in
// flight that finish at once: the last handler to finish must not close
// the connection before the others have written their answers.
func TestRPCGoAwayManyInflight(t *testing.T) {
	for range 20 {
		release := make(chan struct{})
		var started sync.WaitGroup
		started.Add(16)
		srv := &Server{Handler: func(ctx context.Context, _ string, p []byte) ([]byte, error) {
			started.Done()
			<-release
			return p, nil
		}}
		l, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		served := make(chan error, 1)
		go func() { served <- srv.Serve(l) }()
		c, err := DialRPC(context.Background(), l.Addr().String(), ClientOptions{})
		require.NoError(t, err)
		errs := make(chan error, 16)
		for i := range 16 {
			go func() {
				out, err := c.Call(context.Background(), "x", []byte{byte(i)})
				if err == nil && (len(out) != 1 || out[0] != byte(i)) {
					err = fmt.Errorf("call %d got %v", i, out)
				}
				errs <- err
			}()
		}
		started.Wait()
		shut := make(chan error, 1)
		go func() { shut <- srv.Shutdown(context.Background()) }()
		close(release)
		for range 16 {
			require.NoError(t, <-errs)
		}
		require.NoError(t, <-shut)
		require.ErrorIs(t, <-served, ErrServerClosed)
		c.Close()
	}
}

// FuzzServerConn feeds arbitrary bytes to a server connection: whatever
// arrives, the server must not panic or hang, and must end the connection
// when the peer does.
func FuzzServerConn(f *testing.F) {
	f.Add(encodeFrames(f, 0, Frame{Type: FrameRequest, Stream: 1, Payload: []byte("\x04echohi")}))
	f.Add(encodeFrames(f, 0,
		Frame{Type: FrameRequest, Stream: 1, Payload: []byte("\x05upperabc")},
		Frame{Type: FrameCancel, Stream: 1},
		Frame{Type: FramePing},
		Frame{Type: FrameRequest, Stream: 3, Payload: []byte("\x04fail")},
		Frame{Type: FrameGoAway}))
	f.Add(encodeFrames(f, 0, Frame{Type: FrameRequest, Stream: 2, Payload: []byte("\x01x")}))
	f.Add(encodeFrames(f, 0, Frame{Type: FrameRequest, Stream: 1, Payload: []byte("\x09short")}))
	f.Add(encodeFrames(f, 0, Frame{Type: FrameResponse, Stream: 1}))
	f.Add([]byte("NW\x01\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		srv := &Server{Handler: testHandler(nil, nil), KeepAlive: KeepAlive{Interval: -1}, MaxPayload: 1 << 16}
		cc, sc := net.Pipe()
		done := make(chan struct{})
		go func() { srv.ServeConn(sc); close(done) }()
		drained := make(chan struct{})
		go func() { io.Copy(io.Discard, cc); close(drained) }()
		cc.Write(data)
		cc.Close()
		<-done
		<-drained
	})
}

// rawConn is a client that speaks frames by hand, ignoring SETTINGS.
type rawConn struct {
	t    *testing.T
	conn net.Conn
	enc  *Encoder
	dec  *Decoder
}

func dialRaw(t *testing.T, addr string) *rawConn {
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close() })
	require.NoError(t, conn.SetDeadline(time.Now().Add(30*time.Second)))
	return &rawConn{t: t, conn: conn, enc: NewEncoder(conn, 0), dec: NewDecoder(conn, 0)}
}

func (r *rawConn) request(id uint32, method string, body []byte) {
	require.NoError(r.t, r.enc.encode(&Frame{Type: FrameRequest, Stream: id, Payload: body}, append([]byte{byte(len(method))}, method...)))
}

// next returns the next frame other than WINDOW_UPDATE.
func (r *rawConn) next() Frame {
	for {
		f, err := r.dec.Next()
		require.NoError(r.t, err)
		if f.Type == FrameWindowUpdate {
			continue
		}
		f.Payload = append([]byte(nil), f.Payload...)
		return f
	}
}

// TestRPCStreamLimits: the server announces MaxConcurrentStreams and our
// client queues beyond it; a client that ignores it gets the extra calls
// refused (FlagRefused) without a handler running; the server-wide limits
// refuse too.
func TestRPCStreamLimits(t *testing.T) {
	release := make(chan struct{})
	var running, peak atomic.Int32
	h := func(ctx context.Context, method string, p []byte) ([]byte, error) {
		n := running.Add(1)
		defer running.Add(-1)
		for {
			old := peak.Load()
			if n <= old || peak.CompareAndSwap(old, n) {
				break
			}
		}
		if method == "block" {
			<-release
		}
		return p, nil
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := &Server{Handler: h, Logger: quietLogger, MaxConcurrentStreams: 4}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	defer func() { srv.Close(); <-done }()
	addr := l.Addr().String()

	// Our client honours SETTINGS: ten calls, never more than four at once.
	c, err := DialRPC(context.Background(), addr, ClientOptions{})
	require.NoError(t, err)
	defer c.Close()
	var wg sync.WaitGroup
	errs := make([]error, 10)
	for i := range errs {
		wg.Go(func() { _, errs[i] = c.Call(context.Background(), "block", []byte("x")) })
	}
	require.Eventually(t, func() bool { return running.Load() == 4 }, 10*time.Second, time.Millisecond)
	close(release)
	wg.Wait()
	for _, err := range errs {
		assert.NoError(t, err)
	}
	assert.EqualValues(t, 4, peak.Load())
	assert.Zero(t, srv.Stats().Refused, "a client that honours SETTINGS is never refused")

	// A client that ignores them: six of ten refused.
	release = make(chan struct{})
	raw := dialRaw(t, addr)
	f := raw.next()
	require.Equal(t, FrameSettings, f.Type)
	assert.Equal(t, []byte{0, 3, 0, 0, 0, 4}, f.Payload, "MAX_CONCURRENT_STREAMS = 4")
	for i := range 10 {
		raw.request(uint32(2*i+1), "block", nil)
	}
	refused := 0
	for range 6 {
		f := raw.next()
		require.Equal(t, FrameError, f.Type)
		assert.Equal(t, FlagRefused, f.Flags)
		refused++
	}
	assert.Equal(t, 6, refused)
	assert.EqualValues(t, 4, running.Load())
	close(release)
	for range 4 {
		assert.Equal(t, FrameResponse, raw.next().Type)
	}
	assert.EqualValues(t, 6, srv.Stats().Refused)

	// Server-wide: MaxInflightBytes counts the bodies of running calls.
	srv2, addr2 := startRPCServer(t, h)
	srv2.MaxInflightBytes = 1000
	release = make(chan struct{})
	raw2 := dialRaw(t, addr2)
	raw2.next() // SETTINGS
	raw2.request(1, "block", make([]byte, 800))
	require.Eventually(t, func() bool { return srv2.Stats().Running == 1 }, 10*time.Second, time.Millisecond)
	raw2.request(3, "block", make([]byte, 800))
	f = raw2.next()
	assert.Equal(t, FrameError, f.Type)
	assert.Equal(t, uint32(3), f.Stream)
	assert.Contains(t, string(f.Payload), "the limit is 1000")
	close(release)
	assert.Equal(t, FrameResponse, raw2.next().Type)

	// ErrRefused reaches our caller as a typed, retryable error.
	res := callResult{typ: FrameError, flags: FlagRefused, payload: []byte("full")}
	_, err = res.result("m")
	assert.ErrorIs(t, err, ErrRefused)
}

// TestRPCHandlerPanicIsRecovered: a panicking handler answers ERROR and
// the server goes on serving, on the same connection.
func TestRPCHandlerPanicIsRecovered(t *testing.T) {
	srv, addr := startRPCServer(t, func(ctx context.Context, method string, p []byte) ([]byte, error) {
		if method == "boom" {
			panic(fmt.Sprintf("boom on %q", p))
		}
		return p, nil
	})
	c, err := DialRPC(context.Background(), addr, ClientOptions{})
	require.NoError(t, err)
	defer c.Close()
	_, err = c.Call(context.Background(), "boom", nil)
	var re *RemoteError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, "internal error: the handler panicked", re.Message)
	out, err := c.Call(context.Background(), "echo", []byte("still here"))
	require.NoError(t, err)
	assert.Equal(t, "still here", string(out))
	assert.EqualValues(t, 1, srv.Stats().Panics)
}

// TestRPCRetiresConnectionBeforeIDsRunOut: when a connection's stream ids
// are used up the client retires it and the pool opens another, instead of
// the server killing it with calls in flight.
func TestRPCRetiresConnectionBeforeIDsRunOut(t *testing.T) {
	defer func(old uint32) { maxStreamID = old }(maxStreamID)
	maxStreamID = 9 // five calls per connection
	_, addr := startRPCServer(t, testHandler(nil, nil))
	client, err := NewRPCClient(addr, ClientOptions{}, PoolConfig[*ClientConn]{MaxOpen: 1})
	require.NoError(t, err)
	defer client.Close()
	for i := range 12 {
		out, err := client.Call(context.Background(), "echo", []byte(fmt.Sprint(i)))
		require.NoError(t, err, "call %d", i)
		assert.Equal(t, fmt.Sprint(i), string(out))
	}
	st := client.Stats()
	assert.GreaterOrEqual(t, st.ClosedCheck+st.ClosedUnusable, uint64(2), "a new connection every five calls")
}

// TestRPCProtocolErrorSendsGoAway: a client that breaks the protocol gets
// GOAWAY naming the last call taken and the reason; its pending calls
// learn why the connection ended.
func TestRPCProtocolErrorSendsGoAway(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	_, addr := startRPCServer(t, testHandler(release, nil))
	raw := dialRaw(t, addr)
	raw.next() // SETTINGS
	raw.request(1, "block", nil)
	require.NoError(t, raw.enc.Encode(Frame{Type: 99, Stream: 0, Payload: []byte("from the future")}))
	raw.request(3, "echo", []byte("after an unknown frame"))
	f := raw.next()
	assert.Equal(t, FrameResponse, f.Type, "unknown frame types are ignored")
	assert.Equal(t, uint32(3), f.Stream)
	require.NoError(t, raw.enc.Encode(Frame{Type: FrameResponse, Stream: 5}))
	f = raw.next()
	require.Equal(t, FrameGoAway, f.Type)
	assert.Equal(t, uint32(3), f.Stream, "the last call the server took")
	assert.Contains(t, string(f.Payload), "unexpected RESPONSE frame from client")

	// Our client: the pending call fails with the server's reason.
	c, err := DialRPC(context.Background(), addr, ClientOptions{})
	require.NoError(t, err)
	defer c.Close()
	errc := make(chan error, 1)
	go func() { _, err := c.Call(context.Background(), "block", nil); errc <- err }()
	require.Eventually(t, func() bool { return c.Pending() == 1 }, 10*time.Second, time.Millisecond)
	require.NoError(t, c.s.write(Frame{Type: FrameResponse, Stream: 2}, nil))
	err = <-errc
	assert.ErrorIs(t, err, ErrProtocol)
	assert.Contains(t, err.Error(), "unexpected RESPONSE frame from client")
}

// TestRPCProgressWriteDeadline: the write deadline bounds progress, not the
// whole frame: a large frame to a slow but live reader is written, a
// reader that takes nothing is declared dead.
func TestRPCProgressWriteDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		a, b := net.Pipe()
		defer a.Close()
		defer b.Close()
		go func() { // 32 KiB every 20 ms: 1.6 MiB/s
			buf := make([]byte, 32<<10)
			for {
				time.Sleep(20 * time.Millisecond)
				if _, err := io.ReadFull(b, buf); err != nil {
					return
				}
			}
		}()
		w := progressWriter{conn: a, timeout: 100 * time.Millisecond}
		start := time.Now()
		n, err := w.Write(make([]byte, 4<<20))
		require.NoError(t, err, "4 MiB take 2.5 s, each 64 KiB piece 40 ms")
		assert.Equal(t, 4<<20, n)
		assert.Greater(t, time.Since(start), time.Second)

		c, d := net.Pipe()
		defer c.Close()
		defer d.Close()
		_, err = progressWriter{conn: c, timeout: 100 * time.Millisecond}.Write(make([]byte, 1<<20))
		assert.ErrorIs(t, err, os.ErrDeadlineExceeded, "nobody reads: dead after the timeout")
	})
}

// TestDecoderReleasesLargeBuffers: one large frame does not pin its buffer
// for the life of the connection.
func TestDecoderReleasesLargeBuffers(t *testing.T) {
	var buf bytes.Buffer
	enc := NewEncoder(&buf, 0)
	require.NoError(t, enc.Encode(Frame{Type: FrameRequest, Stream: 1, Payload: make([]byte, 4<<20)}))
	require.NoError(t, enc.Encode(Frame{Type: FramePing}))
	dec := NewDecoder(&buf, 0)
	f, err := dec.Next()
	require.NoError(t, err)
	assert.Len(t, f.Payload, 4<<20)
	_, err = dec.Next()
	require.NoError(t, err)
	assert.LessOrEqual(t, cap(dec.buf), decodeRetain)
}

// flakyListener fails Accept with EMFILE a few times, as a process out of
// file descriptors does.
type flakyListener struct {
	net.Listener
	fails atomic.Int32
}

func (l *flakyListener) Accept() (net.Conn, error) {
	if l.fails.Add(-1) >= 0 {
		return nil, &net.OpError{Op: "accept", Net: "tcp", Err: os.NewSyscallError("accept4", syscall.EMFILE)}
	}
	return l.Listener.Accept()
}

// TestRPCServeSurvivesEMFILE: Serve backs off and accepts again after a
// temporary Accept error instead of returning.
func TestRPCServeSurvivesEMFILE(t *testing.T) {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	l := &flakyListener{Listener: inner}
	l.fails.Store(3)
	srv := &Server{Handler: testHandler(nil, nil), Logger: quietLogger}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	defer func() { srv.Close(); assert.ErrorIs(t, <-done, ErrServerClosed) }()
	c, err := DialRPC(context.Background(), inner.Addr().String(), ClientOptions{})
	require.NoError(t, err)
	defer c.Close()
	out, err := c.Call(context.Background(), "echo", []byte("ok"))
	require.NoError(t, err)
	assert.Equal(t, "ok", string(out))
}

// rawPipeServer is the server end of a net.Pipe spoken by hand: it sends
// SETTINGS, then reads frames when the test asks.
type rawPipeServer struct {
	conn net.Conn
	enc  *Encoder
	dec  *Decoder
}

func newRawPipeServer(t *testing.T) (*ClientConn, *rawPipeServer) {
	cc, sc := net.Pipe()
	r := &rawPipeServer{conn: sc, enc: NewEncoder(sc, 0), dec: NewDecoder(sc, 0)}
	c := NewClientConn(cc, ClientOptions{})
	require.NoError(t, r.enc.Encode(Frame{Type: FrameSettings, Payload: []byte{0, 3, 0, 0, 1, 0}}))
	t.Cleanup(func() { sc.Close(); c.Close() })
	return c, r
}

// next returns the next frame other than WINDOW_UPDATE, granting the
// client credit for every DATA frame as a real receiver does.
func (r *rawPipeServer) next(t *testing.T) Frame {
	for {
		f, err := r.dec.Next()
		require.NoError(t, err)
		if f.Type == FrameWindowUpdate {
			continue
		}
		f.Payload = append([]byte(nil), f.Payload...)
		if f.Type == FrameData {
			grant(t, r.enc, f.Stream, len(f.Payload))
		}
		return f
	}
}

// grant sends WINDOW_UPDATE for n bytes on stream id and the connection.
func grant(t *testing.T, enc *Encoder, id uint32, n int) {
	inc := binary.BigEndian.AppendUint32(nil, uint32(n))
	require.NoError(t, enc.Encode(Frame{Type: FrameWindowUpdate, Stream: id, Payload: inc}))
	require.NoError(t, enc.Encode(Frame{Type: FrameWindowUpdate, Payload: inc}))
}

// TestRPCLargeBodiesInterleave: a body larger than 64 KiB goes out in
// DATA frames, and a small call's request goes between them instead of
// waiting for the whole 16 MiB.
func TestRPCLargeBodiesInterleave(t *testing.T) {
	c, raw := newRawPipeServer(t)
	big := make([]byte, 16<<20-64) // with the method, within the 16 MiB limit
	bigDone := make(chan error, 1)
	go func() { _, err := c.Call(context.Background(), "echo", big); bigDone <- err }()
	f := raw.next(t)
	require.Equal(t, FrameRequest, f.Type)
	assert.Equal(t, FlagMore, f.Flags)
	assert.Len(t, f.Payload, 1+len("echo")+64<<10, "first piece: method and 64 KiB")

	// The big writer is on the pipe; a small call comes in beside it and
	// ends up in one of two states: queued on the write lock behind the
	// piece the big writer is blocked on (two writers), or, if it took the
	// lock between two pieces, with its frame in the buffer ahead of the
	// next piece (pending, its id taken with the lock).
	smallDone := make(chan []byte, 1)
	go func() { out, _ := c.Call(context.Background(), "echo", []byte("small")); smallDone <- out }()
	if !assert.Eventually(t, func() bool { return c.s.writers.Load() >= 2 || c.Pending() >= 2 }, 30*time.Second, time.Millisecond) {
		buf := make([]byte, 1<<20)
		t.Fatalf("writers %d, pending %d\n%s", c.s.writers.Load(), c.Pending(), buf[:runtime.Stack(buf, true)])
	}

	dataBefore := 0
	for {
		f = raw.next(t)
		if f.Type == FrameRequest {
			break
		}
		require.Equal(t, FrameData, f.Type)
		require.Equal(t, FlagMore, f.Flags, "the big body ended before the small request got in")
		assert.LessOrEqual(t, len(f.Payload), 64<<10)
		dataBefore++
	}
	assert.LessOrEqual(t, dataBefore, 3, "the small request waited for at most a few pieces")
	assert.Equal(t, uint32(3), f.Stream)
	require.NoError(t, raw.enc.Encode(Frame{Type: FrameResponse, Stream: 3, Payload: []byte("SMALL")}))
	// Its answer arrives while the big body is still being sent.
	var got []byte
	total := 64<<10 + dataBefore*64<<10 // the big body so far
	for got == nil {
		select {
		case got = <-smallDone:
		default:
			f := raw.next(t)
			require.Equal(t, FrameData, f.Type)
			total += len(f.Payload)
		}
	}
	assert.Equal(t, "SMALL", string(got))
	for total < len(big) {
		f := raw.next(t)
		total += len(f.Payload)
		if f.Flags&FlagMore == 0 {
			break
		}
	}
	assert.Equal(t, len(big), total, "every byte of the big body arrived")
	// A 16 MiB answer in pieces, reassembled by the client.
	answer := bytes.Repeat([]byte("A"), 16<<20-64)
	first, flags, rest := firstPiece(answer, 64<<10)
	require.NoError(t, raw.enc.Encode(Frame{Type: FrameResponse, Flags: flags, Stream: 1, Payload: first}))
	for len(rest) > 0 {
		k := min(len(rest), 64<<10)
		fl := FlagMore
		if k == len(rest) {
			fl = 0
		}
		require.NoError(t, raw.enc.Encode(Frame{Type: FrameData, Flags: fl, Stream: 1, Payload: rest[:k]}))
		rest = rest[k:]
	}
	require.NoError(t, <-bigDone)
}

// TestRPCCancelMidUpload: a caller that gives up while its body is being
// sent stops sending and sends CANCEL; the server drops the part it has.
func TestRPCCancelMidUpload(t *testing.T) {
	c, raw := newRawPipeServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { _, err := c.Call(ctx, "echo", make([]byte, 4<<20)); errc <- err }()
	require.Equal(t, FrameRequest, raw.next(t).Type)
	cancel()
	n := 0
	for {
		f := raw.next(t)
		if f.Type == FrameCancel {
			assert.Equal(t, uint32(1), f.Stream)
			break
		}
		require.Equal(t, FrameData, f.Type)
		require.Equal(t, FlagMore, f.Flags, "the body was not finished")
		n++
	}
	assert.Less(t, n, 63, "sending stopped early")
	assert.ErrorIs(t, <-errc, context.Canceled)

	// The server side: a partial request canceled frees what it held.
	srv, addr := startRPCServer(t, testHandler(nil, nil))
	rc := dialRaw(t, addr)
	rc.next() // SETTINGS
	require.NoError(t, rc.enc.encode(&Frame{Type: FrameRequest, Flags: FlagMore, Stream: 1, Payload: make([]byte, 1000)}, []byte("\x04echo")))
	require.Eventually(t, func() bool { return srv.Stats().InflightBytes == 1000 }, 10*time.Second, time.Millisecond)
	require.NoError(t, rc.enc.Encode(Frame{Type: FrameCancel, Stream: 1}))
	require.NoError(t, rc.enc.Encode(Frame{Type: FrameData, Stream: 1, Payload: []byte("late")})) // dropped
	rc.request(3, "echo", []byte("next"))
	f := rc.next()
	assert.Equal(t, FrameResponse, f.Type)
	assert.Equal(t, "next", string(f.Payload))
	assert.Zero(t, srv.Stats().InflightBytes)
}

// TestRPCLargeEchoOverTCP: 5 MiB of random bytes there and back, in
// pieces both ways, reassembled intact; an answer over the limit is an
// ERROR, not a dead connection.
func TestRPCLargeEchoOverTCP(t *testing.T) {
	_, addr := startRPCServer(t, testHandler(nil, nil))
	c, err := DialRPC(context.Background(), addr, ClientOptions{})
	require.NoError(t, err)
	defer c.Close()
	big := make([]byte, 5<<20)
	for i := range big {
		big[i] = byte(i * 7)
	}
	out, err := c.Call(context.Background(), "echo", big)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(big, out))

	small := &Server{Handler: func(context.Context, string, []byte) ([]byte, error) { return make([]byte, 2048), nil },
		MaxPayload: 1024, Logger: quietLogger}
	cc, sc := net.Pipe()
	go small.ServeConn(sc)
	defer small.Close()
	c2 := NewClientConn(cc, ClientOptions{})
	defer c2.Close()
	_, err = c2.Call(context.Background(), "x", nil)
	var re *RemoteError
	require.ErrorAs(t, err, &re)
	assert.Contains(t, re.Message, "response of 2048 bytes over the limit of 1024")
	assert.True(t, c2.Usable(), "the connection survives")
}

// BenchmarkRPCHeadOfLine measures small calls beside a stream of 16 MiB
// calls on the same connection: p50 and p99 of the small calls. flow=on is
// the protocol as it is (64 KiB pieces, 512 KiB stream and 1 MiB
// connection windows); flow=pieces cuts bodies into pieces without
// windows; flow=off sends each body whole in one frame, as before.
func BenchmarkRPCHeadOfLine(b *testing.B) {
	_, addr := startRPCServer(b, testHandler(nil, nil))
	for _, tc := range []struct {
		name              string
		chunk, swin, cwin int
	}{
		{"on", 64 << 10, 512 << 10, 1 << 20},
		{"pieces", 64 << 10, 1 << 30, 1 << 30},
		{"off", DefaultMaxPayload, 1 << 30, 1 << 30},
	} {
		b.Run("flow="+tc.name, func(b *testing.B) {
			defer func(c, sw, cw int) { dataChunk, streamWindow, connWindow = c, sw, cw }(dataChunk, streamWindow, connWindow)
			dataChunk, streamWindow, connWindow = tc.chunk, tc.swin, tc.cwin
			c, err := DialRPC(context.Background(), addr, ClientOptions{})
			require.NoError(b, err)
			defer c.Close()
			ctx, cancel := context.WithCancel(context.Background())
			var bg sync.WaitGroup
			var bigCalls atomic.Int64
			const bigSize = 16<<20 - 64
			start := time.Now()
			bg.Go(func() {
				big := make([]byte, bigSize)
				for ctx.Err() == nil {
					if _, err := c.Call(ctx, "echo", big); err == nil {
						bigCalls.Add(1)
					}
				}
			})
			// Let the first big call get going.
			require.Eventually(b, func() bool { return c.Pending() > 0 }, 10*time.Second, time.Millisecond)
			var lat []time.Duration
			payload := []byte("small")
			for b.Loop() {
				start := time.Now()
				if _, err := c.Call(context.Background(), "echo", payload); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			elapsed := time.Since(start)
			cancel()
			bg.Wait()
			// The big calls' echo throughput beside the small ones: what
			// the windows cost a bulk transfer.
			b.ReportMetric(float64(bigCalls.Load())*2*bigSize/1e6/elapsed.Seconds(), "big-MB/s")
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
		})
	}
}
