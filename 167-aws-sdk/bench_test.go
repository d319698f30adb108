package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

// s3Impls are the servers benchmarked side by side: ours with SigV4
// verification on, and gofakes3 (which verifies no signatures at all).
var s3Impls = []struct {
	name    string
	handler func() http.Handler
}{
	{"ours", func() http.Handler {
		return NewS3(NewMemStore(), S3Options{Auth: &SigV4{Credentials: Credentials{"bench": "bench-secret"}}})
	}},
	{"gofakes3", func() http.Handler { return gofakes3.New(s3mem.New()).Server() }},
}

func benchS3Client(b *testing.B, h http.Handler, opts ...func(*s3.Options)) *s3.Client {
	b.Helper()
	srv := httptest.NewServer(h)
	b.Cleanup(srv.Close)
	cfg, err := ClientConfig{Endpoint: srv.URL, AccessKey: "bench", SecretKey: "bench-secret",
		Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })}.awsConfig(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	c := s3.NewFromConfig(cfg, append([]func(*s3.Options){func(o *s3.Options) { o.UsePathStyle = true }}, opts...)...)
	if _, err := c.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: aws.String("bench")}); err != nil {
		b.Fatal(err)
	}
	return c
}

func reportOps(b *testing.B) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ops/s")
}

// BenchmarkS3PutObject puts objects through the real SDK over loopback
// HTTP (the SDK computes CRC32 and SHA-256 of every body).
func BenchmarkS3PutObject(b *testing.B) {
	for _, size := range []int{1 << 10, 1 << 20} {
		body := bytes.Repeat([]byte("x"), size)
		for _, impl := range s3Impls {
			b.Run(fmt.Sprintf("size=%s/impl=%s", sizeName(size), impl.name), func(b *testing.B) {
				c := benchS3Client(b, impl.handler())
				ctx := context.Background()
				b.SetBytes(int64(size))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bench"), Key: aws.String("k"), Body: bytes.NewReader(body)}); err != nil {
						b.Fatal(err)
					}
				}
				reportOps(b)
			})
		}
	}
}

// BenchmarkS3GetObject gets objects through the real SDK. checksum=on is
// the SDK's default (it validates the CRC64NVME our emulator returns;
// gofakes3 returns none, so it is never validated there); checksum=off
// sets ResponseChecksumValidation to WhenRequired to measure the server
// and the transport alone.
func BenchmarkS3GetObject(b *testing.B) {
	for _, size := range []int{1 << 10, 1 << 20, 64 << 20} {
		body := bytes.Repeat([]byte("y"), size)
		for _, impl := range s3Impls {
			for _, checksum := range []string{"on", "off"} {
				if checksum == "off" && size < 64<<20 {
					continue
				}
				b.Run(fmt.Sprintf("size=%s/checksum=%s/impl=%s", sizeName(size), checksum, impl.name), func(b *testing.B) {
					c := benchS3Client(b, impl.handler(), func(o *s3.Options) {
						if checksum == "off" {
							o.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired
						}
					})
					ctx := context.Background()
					if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bench"), Key: aws.String("k"), Body: bytes.NewReader(body)}); err != nil {
						b.Fatal(err)
					}
					b.SetBytes(int64(size))
					b.ReportAllocs()
					for b.Loop() {
						out, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("bench"), Key: aws.String("k")})
						if err != nil {
							b.Fatal(err)
						}
						n, err := io.Copy(io.Discard, out.Body)
						out.Body.Close()
						if err != nil || n != int64(size) {
							b.Fatalf("read %d bytes, %v", n, err)
						}
					}
					reportOps(b)
				})
			}
		}
	}
}

// BenchmarkS3ClientCeiling runs the 1 KiB PutObject and GetObject loops of
// the benchmarks above against a server that does no work at all: it
// drains the body and answers 200 (with a fixed ETag, or a fixed 1 KiB
// body). What it measures is the SDK client plus loopback HTTP, on the
// same two cores: the most operations per second any emulator could
// reach here, and so the largest ratio over gofakes3 that is possible.
func BenchmarkS3ClientCeiling(b *testing.B) {
	body := bytes.Repeat([]byte("y"), 1<<10)
	noop := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("ETag", `"0123456789abcdef0123456789abcdef"`)
		if r.Method == http.MethodGet {
			w.Header().Set("Content-Length", "1024")
			_, _ = w.Write(body)
		}
	})
	for _, op := range []string{"PutObject", "GetObject"} {
		b.Run("op="+op+"/size=1KiB/impl=noop", func(b *testing.B) {
			c := benchS3Client(b, noop)
			ctx := context.Background()
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				if op == "PutObject" {
					if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bench"), Key: aws.String("k"), Body: bytes.NewReader(body)}); err != nil {
						b.Fatal(err)
					}
					continue
				}
				out, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("bench"), Key: aws.String("k")})
				if err != nil {
					b.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, out.Body)
				out.Body.Close()
			}
			reportOps(b)
		})
	}
}

// BenchmarkS3ListObjectsV2 lists a page of 100 keys under a prefix of a
// bucket holding 1,000 keys in 10 directories.
func BenchmarkS3ListObjectsV2(b *testing.B) {
	for _, impl := range s3Impls {
		b.Run("keys=1000/page=100/impl="+impl.name, func(b *testing.B) {
			c := benchS3Client(b, impl.handler())
			ctx := context.Background()
			for i := range 1000 {
				key := fmt.Sprintf("dir%d/obj%04d", i%10, i)
				if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bench"), Key: &key, Body: bytes.NewReader([]byte("v"))}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportAllocs()
			for b.Loop() {
				out, err := c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String("bench"), Prefix: aws.String("dir3/")})
				if err != nil || len(out.Contents) != 100 {
					b.Fatalf("listed %d keys, %v", len(out.Contents), err)
				}
			}
			reportOps(b)
		})
	}
}

// BenchmarkSQSSendReceiveDelete moves messages through a queue with the
// real SDK over loopback HTTP: send, receive and delete, in batches.
//
// data=on journals every change under a temporary -data directory, and an
// answer waits for the group commit's fsync (see sqsjournal.go); the
// fsyncs/msg metric shows how many messages share one fsync.
func BenchmarkSQSSendReceiveDelete(b *testing.B) {
	for _, batch := range []int{1, 10} {
		for _, data := range []bool{false, true} {
			b.Run(fmt.Sprintf("batch=%d/data=%s/impl=ours", batch, onOff(data)), func(b *testing.B) {
				benchSQSSendReceiveDelete(b, batch, data)
			})
		}
	}
}

// newBenchSQS starts an SQS emulator with SigV4 on, journalling to a
// temporary directory when data is true.
func newBenchSQS(b *testing.B, data bool) (*SQS, *httptest.Server) {
	emu := NewSQS(SQSOptions{Auth: &SigV4{Credentials: Credentials{"bench": "bench-secret"}}})
	if data {
		if err := emu.OpenSQSJournal(b.TempDir()); err != nil {
			b.Fatal(err)
		}
	}
	srv := httptest.NewServer(emu)
	b.Cleanup(func() {
		srv.Close()
		if err := emu.Close(); err != nil {
			b.Error(err)
		}
	})
	return emu, srv
}

// reportFsyncs reports the journal's fsyncs per message moved.
func reportFsyncs(b *testing.B, emu *SQS, msgs int64) {
	if emu.journal == nil || msgs == 0 {
		return
	}
	emu.journal.flushMu.Lock()
	n := emu.journal.syncs
	emu.journal.flushMu.Unlock()
	b.ReportMetric(float64(n)/float64(msgs), "fsyncs/msg")
}

func onOff(on bool) string {
	if on {
		return "on"
	}
	return "off"
}

func benchSQSSendReceiveDelete(b *testing.B, batch int, data bool) {
	emu, srv := newBenchSQS(b, data)
	ctx := context.Background()
	cfg, err := ClientConfig{Endpoint: srv.URL, AccessKey: "bench", SecretKey: "bench-secret"}.awsConfig(ctx)
	if err != nil {
		b.Fatal(err)
	}
	c := sqs.NewFromConfig(cfg)
	q, err := c.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("bench")})
	if err != nil {
		b.Fatal(err)
	}
	entries := make([]types.SendMessageBatchRequestEntry, batch)
	for i := range entries {
		entries[i] = types.SendMessageBatchRequestEntry{Id: aws.String(fmt.Sprint("m", i)), MessageBody: aws.String("a message body of modest size")}
	}
	b.ReportAllocs()
	for b.Loop() {
		if batch == 1 {
			if _, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: q.QueueUrl, MessageBody: entries[0].MessageBody}); err != nil {
				b.Fatal(err)
			}
		} else if _, err := c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: q.QueueUrl, Entries: entries}); err != nil {
			b.Fatal(err)
		}
		got, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: q.QueueUrl, MaxNumberOfMessages: int32(batch)})
		if err != nil || len(got.Messages) != batch {
			b.Fatalf("received %d, %v", len(got.Messages), err)
		}
		if batch == 1 {
			if _, err := c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: q.QueueUrl, ReceiptHandle: got.Messages[0].ReceiptHandle}); err != nil {
				b.Fatal(err)
			}
			continue
		}
		del := make([]types.DeleteMessageBatchRequestEntry, len(got.Messages))
		for i, m := range got.Messages {
			del[i] = types.DeleteMessageBatchRequestEntry{Id: aws.String(fmt.Sprint("d", i)), ReceiptHandle: m.ReceiptHandle}
		}
		if out, err := c.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{QueueUrl: q.QueueUrl, Entries: del}); err != nil || len(out.Failed) > 0 {
			b.Fatalf("delete batch: %v", err)
		}
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "msgs/s")
	reportFsyncs(b, emu, int64(b.N*batch))
}

// BenchmarkSQSParallel runs send→receive→delete cycles with batches of 10
// from 2× and 8×GOMAXPROCS goroutines sharing one client, so request
// latencies overlap as they do in a real producer/consumer fleet. With
// data=on, more concurrent requests share each fsync of the group commit.
func BenchmarkSQSParallel(b *testing.B) {
	for _, par := range []int{2, 8} {
		for _, data := range []bool{false, true} {
			b.Run(fmt.Sprintf("batch=10/goroutines=%dxGOMAXPROCS/data=%s/impl=ours", par, onOff(data)), func(b *testing.B) {
				benchSQSParallel(b, par, data)
			})
		}
	}
}

func benchSQSParallel(b *testing.B, parallelism int, data bool) {
	emu, srv := newBenchSQS(b, data)
	ctx := context.Background()
	cfg, err := ClientConfig{Endpoint: srv.URL, AccessKey: "bench", SecretKey: "bench-secret",
		Transport: func(tr *http.Transport) { tr.MaxIdleConnsPerHost = 64 }}.awsConfig(ctx)
	if err != nil {
		b.Fatal(err)
	}
	c := sqs.NewFromConfig(cfg)
	q, err := c.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("bench")})
	if err != nil {
		b.Fatal(err)
	}
	entries := make([]types.SendMessageBatchRequestEntry, 10)
	for i := range entries {
		entries[i] = types.SendMessageBatchRequestEntry{Id: aws.String(fmt.Sprint("m", i)), MessageBody: aws.String("a message body of modest size")}
	}
	var moved atomic.Int64
	b.ReportAllocs()
	b.SetParallelism(parallelism)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: q.QueueUrl, Entries: entries}); err != nil {
				b.Error(err)
				return
			}
			got, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: q.QueueUrl, MaxNumberOfMessages: 10})
			if err != nil {
				b.Error(err)
				return
			}
			if len(got.Messages) == 0 {
				continue
			}
			del := make([]types.DeleteMessageBatchRequestEntry, len(got.Messages))
			for i, m := range got.Messages {
				del[i] = types.DeleteMessageBatchRequestEntry{Id: aws.String(fmt.Sprint("d", i)), ReceiptHandle: m.ReceiptHandle}
			}
			if _, err := c.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{QueueUrl: q.QueueUrl, Entries: del}); err != nil {
				b.Error(err)
				return
			}
			moved.Add(int64(len(got.Messages)))
		}
	})
	b.ReportMetric(float64(moved.Load())/b.Elapsed().Seconds(), "msgs/s")
	reportFsyncs(b, emu, moved.Load())
}

func sizeName(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprint(n)
}

// captureRequest returns a request exactly as the SDK would send it, signed,
// by running op against a client whose transport records instead of
// sending.
func captureRequest(b *testing.B, op func(*s3.Client) error) (*http.Request, []byte) {
	b.Helper()
	var req *http.Request
	var body []byte
	cfg, err := ClientConfig{Endpoint: "http://127.0.0.1:9", AccessKey: "bench", SecretKey: "bench-secret"}.awsConfig(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	cfg.HTTPClient = roundTripFunc(func(r *http.Request) (*http.Response, error) {
		req = r
		if r.Body != nil {
			body, _ = io.ReadAll(r.Body)
		}
		return &http.Response{StatusCode: 200, Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(nil)), Request: r}, nil
	})
	_ = op(s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true }))
	if req == nil {
		b.Fatal("no request captured")
	}
	return req, body
}

// BenchmarkS3Handler replays requests the SDK signed straight into each
// server's handler, without the client or the network: the server's own
// cost per request, including (for ours) SigV4 verification.
func BenchmarkS3Handler(b *testing.B) {
	body := bytes.Repeat([]byte("z"), 1<<10)
	put, putBody := captureRequest(b, func(c *s3.Client) error {
		_, err := c.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String("bench"), Key: aws.String("k"), Body: bytes.NewReader(body)})
		return err
	})
	get, _ := captureRequest(b, func(c *s3.Client) error {
		_, err := c.GetObject(context.Background(), &s3.GetObjectInput{Bucket: aws.String("bench"), Key: aws.String("k")})
		return err
	})
	replay := func(h http.Handler, tmpl *http.Request, body []byte) int {
		r := tmpl.Clone(context.Background())
		r.RequestURI = tmpl.URL.RequestURI()
		r.Host = tmpl.URL.Host
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		if body != nil {
			r.Header.Set("Content-Length", fmt.Sprint(len(body))) // gofakes3 reads the header
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	for _, op := range []string{"PutObject", "GetObject"} {
		for _, impl := range s3Impls {
			b.Run(fmt.Sprintf("op=%s/size=1KiB/impl=%s", op, impl.name), func(b *testing.B) {
				h := impl.handler()
				bucket := httptest.NewRequest(http.MethodPut, "/bench", nil)
				if impl.name == "ours" {
					h.(*S3).store.CreateBucket("bench", time.Now())
				} else {
					h.ServeHTTP(httptest.NewRecorder(), bucket)
				}
				if code := replay(h, put, putBody); code != 200 {
					b.Fatalf("put: %d", code)
				}
				tmpl, reqBody := put, putBody
				if op == "GetObject" {
					tmpl, reqBody = get, nil
				}
				b.SetBytes(int64(len(body)))
				b.ReportAllocs()
				for b.Loop() {
					if code := replay(h, tmpl, reqBody); code != 200 {
						b.Fatalf("%s: %d", op, code)
					}
				}
				reportOps(b)
			})
		}
	}
}

// BenchmarkDecodeAWSChunked decodes a 16 MiB aws-chunked body framed as
// the SDK frames it over TLS (64 KiB chunks and a CRC32 trailer), with and
// without the announced decoded length that lets the decoder allocate the
// payload once instead of growing a buffer.
func BenchmarkDecodeAWSChunked(b *testing.B) {
	const size = 16 << 20
	data := bytes.Repeat([]byte("0123456789abcdef"), size/16)
	var framed bytes.Buffer
	for off := 0; off < size; off += 64 << 10 {
		fmt.Fprintf(&framed, "%x\r\n%s\r\n", 64<<10, data[off:off+64<<10])
	}
	fmt.Fprintf(&framed, "0\r\nx-amz-checksum-crc32:%s\r\n\r\n", checksumOf("crc32", data))
	body := framed.Bytes()
	for _, tt := range []struct {
		name       string
		decodedLen int64
	}{{"announced=no", -1}, {"announced=yes", size}} {
		b.Run("size=16MiB/"+tt.name+"/impl=ours", func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				got, _, err := decodeAWSChunkedSized(bytes.NewReader(body), 1<<30, tt.decodedLen, nil)
				if err != nil || len(got) != size {
					b.Fatalf("decoded %d bytes, %v", len(got), err)
				}
			}
		})
	}
}
