package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rawS3 serves an S3 emulator without auth and returns its address and
// store, for tests that speak HTTP on a bare socket.
func rawS3(t *testing.T, opts S3Options) (string, *MemStore) {
	t.Helper()
	store := NewMemStore()
	require.NoError(t, store.CreateBucket("bkt", time.Now()))
	srv := httptest.NewServer(NewS3(store, opts))
	t.Cleanup(srv.Close)
	return srv.Listener.Addr().String(), store
}

// rawExchange writes head and body on a new connection, half-closes it if
// closeWrite, and returns the first response read (a 30 s guard keeps a
// broken server from hanging the test).
func rawExchange(t *testing.T, addr, head, body string, closeWrite bool) (*http.Response, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close() })
	require.NoError(t, conn.SetDeadline(time.Now().Add(30*time.Second)))
	_, err = io.WriteString(conn, head+body)
	require.NoError(t, err)
	if closeWrite {
		require.NoError(t, conn.(*net.TCPConn).CloseWrite())
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

// TestS3ShortBodyIsIncompleteBody sends 10 of 100 announced bytes and
// closes: S3 answers 400 IncompleteBody, which no SDK retries; it was a
// 500 InternalError, which every SDK (and Classify) retries.
func TestS3ShortBodyIsIncompleteBody(t *testing.T) {
	addr, store := rawS3(t, S3Options{})
	for _, length := range []string{"100", "100000000"} { // exact buffer and growing buffer
		resp, body := rawExchange(t, addr, "PUT /bkt/k HTTP/1.1\r\nHost: "+addr+"\r\nContent-Length: "+length+"\r\n\r\n", "0123456789", true)
		assert.Equal(t, 400, resp.StatusCode, length)
		assert.Contains(t, body, "<Code>IncompleteBody</Code>", length)
		assert.Equal(t, ClassPermanent, Classify(responseError(resp.StatusCode, resp.Header)), "not retried")
	}
	_, err := store.Get("bkt", "k")
	assert.ErrorIs(t, err, ErrNoSuchKey)
}

// TestS3StalledBodyTimesOut sends half a body and waits: the idle deadline
// answers 400 RequestTimeout, as S3 does, instead of waiting forever.
func TestS3StalledBodyTimesOut(t *testing.T) {
	addr, store := rawS3(t, S3Options{BodyIdleTimeout: 200 * time.Millisecond})
	resp, body := rawExchange(t, addr, "PUT /bkt/k HTTP/1.1\r\nHost: "+addr+"\r\nContent-Length: 100\r\n\r\n", "half", false)
	assert.Equal(t, 400, resp.StatusCode)
	assert.Contains(t, body, "<Code>RequestTimeout</Code>")
	_, err := store.Get("bkt", "k")
	assert.ErrorIs(t, err, ErrNoSuchKey)
}

// TestS3HugePutAnsweredBeforeBody announces more than 5 GiB with
// "Expect: 100-continue", as the CLI does, and sends nothing: the refusal
// must come at once, not after a "100 Continue" that invites the body
// the handler would then drain.
func TestS3HugePutAnsweredBeforeBody(t *testing.T) {
	addr, _ := rawS3(t, S3Options{})
	resp, body := rawExchange(t, addr, "PUT /bkt/huge HTTP/1.1\r\nHost: "+addr+"\r\nContent-Length: 6000000000\r\nExpect: 100-continue\r\n\r\n", "", false)
	assert.Equal(t, 400, resp.StatusCode, "the first response is the refusal, not 100 Continue")
	assert.Contains(t, body, "<Code>EntityTooLarge</Code>")
	assert.True(t, resp.Close || strings.EqualFold(resp.Header.Get("Connection"), "close"))
}

// TestSQSStalledBodyIsReleased sends half an SQS request body and waits:
// the idle deadline ends the read and the handler answers, instead of
// holding the goroutine for as long as the client keeps the socket open.
func TestSQSStalledBodyIsReleased(t *testing.T) {
	srv := httptest.NewServer(NewSQS(SQSOptions{BodyIdleTimeout: 200 * time.Millisecond}))
	t.Cleanup(srv.Close)
	addr := srv.Listener.Addr().String()
	resp, _ := rawExchange(t, addr, "POST / HTTP/1.1\r\nHost: "+addr+"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n", "Action=List", false)
	assert.GreaterOrEqual(t, resp.StatusCode, 400, "answered, not left waiting")
}

// TestLambdaStalledBodyIsAnswered sends half an Invoke payload and waits,
// and another half payload and closes: each gets a 400 answer (not a hang,
// and not the 500 SDKs would retry), and the function never runs. The
// idle deadline is real but short; the test asserts the answer, never a
// duration.
func TestLambdaStalledBodyIsAnswered(t *testing.T) {
	var calls atomic.Int64
	lam := NewLambda(LambdaOptions{BodyIdleTimeout: 200 * time.Millisecond})
	require.NoError(t, lam.Register(LambdaFunction{Name: "count", Handler: func(_ context.Context, in []byte) ([]byte, error) {
		calls.Add(1)
		return in, nil
	}}))
	srv := httptest.NewServer(lam)
	t.Cleanup(func() { srv.Close(); lam.Close() })
	addr := srv.Listener.Addr().String()
	head := "POST /2015-03-31/functions/count/invocations HTTP/1.1\r\nHost: " + addr + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
	for _, tt := range []struct {
		name       string
		closeWrite bool
		want       string
	}{
		{"stalled", false, "not received within 200ms"},
		{"cut short", true, "shorter than its Content-Length"},
	} {
		resp, body := rawExchange(t, addr, head, `{"half":`, tt.closeWrite)
		assert.Equal(t, 400, resp.StatusCode, tt.name)
		assert.Equal(t, "InvalidRequestContentException", resp.Header.Get("X-Amzn-ErrorType"), tt.name)
		assert.Contains(t, body, tt.want, tt.name)
		assert.Equal(t, ClassPermanent, Classify(responseError(resp.StatusCode, resp.Header)), "%s: not retried", tt.name)
	}
	assert.Zero(t, calls.Load(), "the function never ran on a partial payload")
}

// TestS3DefaultChecksumComputedOnDemand stores an object sent without any
// checksum (curl, the AWS CLI 2.9): the CRC64NVME S3 gives it is computed
// when first asked for, not on the PUT, and survives a restart.
func TestS3DefaultChecksumComputedOnDemand(t *testing.T) {
	dir := t.TempDir()
	for restart := range 2 {
		store, err := OpenDiskStore(dir)
		require.NoError(t, err)
		if restart == 0 {
			require.NoError(t, store.CreateBucket("bkt", time.Now()))
		}
		srv := httptest.NewServer(NewS3(store, S3Options{}))
		addr := srv.Listener.Addr().String()
		if restart == 0 {
			resp, _ := rawExchange(t, addr, "PUT /bkt/k HTTP/1.1\r\nHost: "+addr+"\r\nContent-Length: 12\r\n\r\n", "hello, world", false)
			require.Equal(t, 200, resp.StatusCode)
			o, err := store.Get("bkt", "k")
			require.NoError(t, err)
			require.Empty(t, o.Checksums, "nothing computed on the PUT")
		}
		resp, body := rawExchange(t, addr, "GET /bkt/k HTTP/1.1\r\nHost: "+addr+"\r\nX-Amz-Checksum-Mode: ENABLED\r\n\r\n", "", false)
		srv.Close()
		assert.Equal(t, "hello, world", body)
		assert.Equal(t, checksumOf("crc64nvme", []byte("hello, world")), resp.Header.Get("X-Amz-Checksum-Crc64nvme"), "restart %d", restart)
	}
}

// TestS3RequestIDs checks the request id format: the per-process base and
// an 8-digit upper-case hex sequence number, as before the allocation-free
// formatting.
func TestS3RequestIDs(t *testing.T) {
	s := NewS3(NewMemStore(), S3Options{})
	s.reqSeq.Store(0xABCDE - 1)
	assert.Equal(t, s.idBase+"000ABCDE", s.requestID())
	assert.Regexp(t, `^[0-9A-F]{16}$`, s.requestID())
}
