package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"os/signal"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// childServeEnv, when set in the environment, makes the test binary run
// `serve` with these newline-separated arguments instead of the tests: the
// crash tests start it as a child process and kill it with SIGKILL.
const childServeEnv = "AWS167_CHILD_SERVE"

func TestMain(m *testing.M) {
	if mode := os.Getenv(childGofakes3Env); mode != "" {
		os.Exit(runChildGofakes3(mode))
	}
	if args := os.Getenv(childServeEnv); args != "" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		code := run(ctx, strings.Split(args, "\n"), os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	goleak.VerifyTestMain(m,
		// Idle keep-alive connections of the SDK clients' transports, which
		// the SDK gives no handle to close; they belong to net/http, not to
		// this package.
		goleak.IgnoreTopFunction("net/http.(*persistConn).readLoop"),
		goleak.IgnoreTopFunction("net/http.(*persistConn).writeLoop"),
	)
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{"help", []string{"-h"}, 0, "usage: 167-aws-sdk", ""},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"serve help", []string{"serve", "-h"}, 0, "", "usage: 167-aws-sdk serve"},
		{"serve bad flag", []string{"serve", "-nope"}, 2, "", "flag provided but not defined"},
		{"serve stray argument", []string{"serve", "extra"}, 2, "", `unexpected argument "extra"`},
		{"serve bad faults", []string{"serve", "-faults", "s3:Put=error:2"}, 2, "", "bad fault spec"},
		{"serve half credentials", []string{"serve", "-secret-key", ""}, 2, "", "go together"},
		{"demo bad flag", []string{"demo", "-x"}, 2, "", "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(t.Context(), tt.args, &stdout, &stderr)
			assert.Equal(t, tt.wantCode, code, "stderr: %s", stderr.String())
			assert.Contains(t, stdout.String(), tt.wantStdout)
			assert.Contains(t, stderr.String(), tt.wantStderr)
		})
	}
}

// TestDemo runs the demo and checks its shape: every step ok, the tables
// present, every injected fault absorbed.
func TestDemo(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), nil, &stdout, &stderr)
	out := stdout.String()
	require.Equal(t, 0, code, "stderr: %s\nstdout: %s", stderr.String(), out)
	assert.Empty(t, stderr.String())
	for _, want := range []string{
		"== Retry policy", "decorrelated", "multipart upload", "ranged download", "presigned GET",
		"tampered URL", "wrong secret key", "SignatureDoesNotMatch", "UploadPart", "injected faults:",
		"== Retries the policy scheduled", "Lambda RequestResponse", "Lambda Event", "handled and deleted  49", `in the DLQ           "poison"`,
	} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "FAILED")
	assert.Regexp(t, regexp.MustCompile(`ETag "[0-9a-f]{32}-5"`), out, "multipart ETag of 5 parts")
	for line := range strings.Lines(out) {
		assert.LessOrEqual(t, len([]rune(strings.TrimRight(line, "\n"))), 100, "line over 100 columns: %q", line)
	}
}

// TestServe starts the serve subcommand on a random port, uses it through
// the SDK, and stops it by cancelling the context.
func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		code := run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-access-key", "k", "-secret-key", "s"}, pw, io.Discard)
		pw.Close()
		done <- code
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	require.NoError(t, err)
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`(http://127\.0\.0\.1:\d+)`).FindStringSubmatch(line)
	require.NotNil(t, m, "serve announces its address: %q", line)

	client, err := NewS3Client(ctx, ClientConfig{Endpoint: m[1], AccessKey: "k", SecretKey: "s"})
	require.NoError(t, err)
	_, err = client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("served")})
	require.NoError(t, err)
	out, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	require.NoError(t, err)
	require.Len(t, out.Buckets, 1)

	cfg, err := ClientConfig{Endpoint: m[1], AccessKey: "k", SecretKey: "s"}.awsConfig(ctx)
	require.NoError(t, err)
	q, err := sqs.NewFromConfig(cfg).CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("served")})
	require.NoError(t, err, "SQS on the same port, routed by the signing scope")
	assert.Equal(t, m[1]+"/000000000000/served", aws.ToString(q.QueueUrl))

	cancel()
	select {
	case code := <-done:
		assert.Equal(t, 0, code)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop after its context ended")
	}
}

// TestServeSaysWhatItLoaded starts serve -data on a directory holding one
// object and checks the start line says how much it loaded into memory.
func TestServeSaysWhatItLoaded(t *testing.T) {
	dir := t.TempDir()
	store, err := OpenDiskStore(dir)
	require.NoError(t, err)
	require.NoError(t, store.CreateBucket("bkt", time.Now()))
	require.NoError(t, store.Put("bkt", &Object{Key: "k", Data: bytes.Repeat([]byte("x"), 3<<20), ETag: `"e"`}))
	ctx, cancel := context.WithCancel(t.Context())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		code := run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-data", dir}, pw, io.Discard)
		pw.Close()
		done <- code
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	require.NoError(t, err)
	go io.Copy(io.Discard, pr)
	cancel()
	assert.Equal(t, 0, <-done)
	assert.Contains(t, line, "-data: loaded 1 buckets, 1 objects, 3.0 MiB into memory")
}
