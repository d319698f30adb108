package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
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
	srv := &Server{Handler: h}
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
	n, err := conn.Read(make([]byte, 10))
	assert.Zero(t, n)
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
