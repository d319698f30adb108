package main

import (
	"bytes"
	"errors"
	"io"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestS3DiskStoreSurvivesRestart writes through the SDK to a disk-backed
// emulator, starts a second emulator on the same directory, and reads
// everything back.
func TestS3DiskStoreSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	open := func() (*s3.Client, *S3, func()) {
		store, err := OpenDiskStore(dir)
		require.NoError(t, err)
		emu := NewS3(store, S3Options{})
		srv := httptest.NewServer(emu)
		c, err := NewS3Client(t.Context(), ClientConfig{Endpoint: srv.URL, AccessKey: "a", SecretKey: "b"})
		require.NoError(t, err)
		return c, emu, srv.Close
	}
	c, _, stop := open()
	ctx := t.Context()
	_, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("keep")})
	require.NoError(t, err)
	_, err = c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("gone")})
	require.NoError(t, err)
	big := bytes.Repeat([]byte("0123456789"), 700_000)
	etag, err := Upload(ctx, c, "keep", "dir/big.bin", bytes.NewReader(big), MinPartSize, 2)
	require.NoError(t, err)
	for _, k := range []string{"a b/c+d%e", "../../escape", strings.Repeat("k", 1024), "deleted"} {
		_, err = c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("keep"), Key: aws.String(k), Body: strings.NewReader("v:" + k),
			ContentType: aws.String("text/x-test"), Metadata: map[string]string{"who": "me"}})
		require.NoError(t, err)
	}
	_, err = c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("keep"), Key: aws.String("deleted")})
	require.NoError(t, err)
	_, err = c.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: aws.String("gone")})
	require.NoError(t, err)
	stop()

	// A crash mid-write leaves a temporary file; the next start removes it.
	leftover := filepath.Join(dir, "s3", "keep", tempPrefix+"crashed")
	require.NoError(t, os.WriteFile(leftover, []byte("half an object"), 0o644))

	c, _, stop = open()
	defer stop()
	buckets, err := c.ListBuckets(ctx, &s3.ListBucketsInput{})
	require.NoError(t, err)
	require.Len(t, buckets.Buckets, 1)
	assert.Equal(t, "keep", aws.ToString(buckets.Buckets[0].Name))
	got, err := Download(ctx, c, "keep", "dir/big.bin", 1<<20, 4)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(big, got))
	head, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("keep"), Key: aws.String("dir/big.bin")})
	require.NoError(t, err)
	assert.Equal(t, etag, aws.ToString(head.ETag), "the multipart ETag survives")
	for _, k := range []string{"a b/c+d%e", "../../escape", strings.Repeat("k", 1024)} {
		out, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("keep"), Key: aws.String(k)})
		require.NoError(t, err, k)
		b, _ := io.ReadAll(out.Body)
		out.Body.Close()
		assert.Equal(t, "v:"+k, string(b))
		assert.Equal(t, "text/x-test", aws.ToString(out.ContentType))
		assert.Equal(t, map[string]string{"who": "me"}, out.Metadata)
	}
	_, err = c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("keep"), Key: aws.String("deleted")})
	assert.Equal(t, "NotFound", errorCode(err))
	_, statErr := os.Stat(leftover)
	assert.True(t, errors.Is(statErr, os.ErrNotExist), "temporary file of the interrupted write removed")
}

// TestS3InterruptedUploadStoresNothing cuts a PUT off halfway through its
// body: the emulator must store nothing, in memory or on disk.
func TestS3InterruptedUploadStoresNothing(t *testing.T) {
	dir := t.TempDir()
	store, err := OpenDiskStore(dir)
	require.NoError(t, err)
	require.NoError(t, store.CreateBucket("cut", time.Now()))
	srv := httptest.NewServer(NewS3(store, S3Options{}))
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	require.NoError(t, err)
	_, err = io.WriteString(conn, "PUT /cut/obj HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n"+strings.Repeat("x", 50000))
	require.NoError(t, err)
	conn.Close()
	// The handler sees the body end early; wait until it has given up.
	require.Eventually(t, func() bool {
		_, err := store.Get("cut", "obj")
		files, _ := os.ReadDir(filepath.Join(dir, "s3", "cut"))
		return errors.Is(err, ErrNoSuchKey) && len(files) == 1 // only .bucket
	}, 5*time.Second, 10*time.Millisecond)
}

// TestSQSJournalSurvivesRestart checks that queues, messages, receive
// counts, visibility and FIFO state come back after a restart.
func TestSQSJournalSurvivesRestart(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dir := t.TempDir()
		emu, c := newSQSInMemory(t)
		require.NoError(t, emu.OpenSQSJournal(dir))
		ctx := t.Context()
		q := mustQueue(t, c, "durable", map[string]string{"VisibilityTimeout": "60"})
		fifo := mustQueue(t, c, "ordered.fifo", map[string]string{"FifoQueue": "true", "ContentBasedDeduplication": "true"})
		for _, body := range []string{"one", "two", "three"} {
			_, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String(body)})
			require.NoError(t, err)
		}
		first, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &fifo, MessageBody: aws.String("f1"), MessageGroupId: aws.String("g")})
		require.NoError(t, err)
		r, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 2})
		require.NoError(t, err)
		require.Len(t, r.Messages, 2)
		_, err = c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &q, ReceiptHandle: r.Messages[0].ReceiptHandle})
		require.NoError(t, err)
		require.NoError(t, emu.Close())

		// A crash mid-line leaves a torn last line.
		f, err := os.OpenFile(filepath.Join(dir, "sqs", "journal.jsonl"), os.O_APPEND|os.O_WRONLY, 0)
		require.NoError(t, err)
		_, err = f.WriteString(`{"op":"send","queue":"dura`)
		require.NoError(t, err)
		require.NoError(t, f.Close())

		emu2, c2 := newSQSInMemory(t)
		require.NoError(t, emu2.OpenSQSJournal(dir))
		defer emu2.Close()
		queue, err := emu2.queueByName("durable")
		require.NoError(t, err)
		visible, inflight, _ := queue.Counts()
		assert.Equal(t, 1, visible, "three sent, one deleted, one still in flight")
		assert.Equal(t, 1, inflight, "the in-flight message keeps its visibility timeout")

		time.Sleep(61 * time.Second)
		got, err := c2.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 10,
			MessageSystemAttributeNames: []sqstypes.MessageSystemAttributeName{"ApproximateReceiveCount"}})
		require.NoError(t, err)
		bodies := map[string]string{}
		for _, m := range got.Messages {
			bodies[aws.ToString(m.Body)] = m.Attributes["ApproximateReceiveCount"]
		}
		assert.Equal(t, map[string]string{"two": "2", "three": "1"}, bodies, "receive counts survive")

		dup, err := c2.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &fifo, MessageBody: aws.String("f1"), MessageGroupId: aws.String("g")})
		require.NoError(t, err)
		assert.Equal(t, aws.ToString(first.MessageId), aws.ToString(dup.MessageId), "the dedup window survives")
		next, err := c2.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &fifo, MessageBody: aws.String("f2"), MessageGroupId: aws.String("g")})
		require.NoError(t, err)
		assert.Greater(t, aws.ToString(next.SequenceNumber), aws.ToString(first.SequenceNumber), "sequence numbers keep growing")
	})
}

// openDiskS3 serves a disk-backed emulator on dir without auth and
// returns an SDK client for it and the server's stop function.
func openDiskS3(t *testing.T, dir string) (*s3.Client, func()) {
	t.Helper()
	store, err := OpenDiskStore(dir)
	require.NoError(t, err)
	srv := httptest.NewServer(NewS3(store, S3Options{}))
	c, err := NewS3Client(t.Context(), ClientConfig{Endpoint: srv.URL, AccessKey: "a", SecretKey: "b"})
	require.NoError(t, err)
	return c, srv.Close
}

// TestS3MultipartSurvivesRestart uploads two parts, restarts the emulator
// on the same directory, uploads the last part and completes.
func TestS3MultipartSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	open := func() (*s3.Client, func()) { return openDiskS3(t, dir) }
	ctx := t.Context()
	c, stop := open()
	_, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("mpu")})
	require.NoError(t, err)
	up, err := c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String("mpu"), Key: aws.String("k"), ContentType: aws.String("video/x-test")})
	require.NoError(t, err)
	parts := [][]byte{bytes.Repeat([]byte("a"), MinPartSize), bytes.Repeat([]byte("b"), MinPartSize), []byte("tail")}
	var done []s3types.CompletedPart
	uploadPart := func(c *s3.Client, n int) {
		out, err := c.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("mpu"), Key: aws.String("k"), UploadId: up.UploadId,
			PartNumber: aws.Int32(int32(n)), Body: bytes.NewReader(parts[n-1])})
		require.NoError(t, err)
		done = append(done, s3types.CompletedPart{PartNumber: aws.Int32(int32(n)), ETag: out.ETag, ChecksumCRC32: out.ChecksumCRC32})
	}
	uploadPart(c, 1)
	uploadPart(c, 2)
	stop()

	c, stop = open()
	defer stop()
	listed, err := c.ListParts(ctx, &s3.ListPartsInput{Bucket: aws.String("mpu"), Key: aws.String("k"), UploadId: up.UploadId})
	require.NoError(t, err)
	assert.Len(t, listed.Parts, 2, "parts survive the restart")
	uploadPart(c, 3)
	_, err = c.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: aws.String("mpu"), Key: aws.String("k"), UploadId: up.UploadId,
		MultipartUpload: &s3types.CompletedMultipartUpload{Parts: done}})
	require.NoError(t, err)
	out, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("mpu"), Key: aws.String("k")})
	require.NoError(t, err)
	b, _ := io.ReadAll(out.Body)
	out.Body.Close()
	assert.True(t, bytes.Equal(bytes.Join(parts, nil), b))
	assert.Equal(t, "video/x-test", aws.ToString(out.ContentType))
	entries, _ := os.ReadDir(filepath.Join(dir, "s3-uploads"))
	assert.Empty(t, entries, "a completed upload leaves nothing behind")
}

// TestSQSFIFODedupSurvivesTwoRestarts is the regression test for the dedup
// window lost at the second restart: the first restart replays the send
// and delete and compacts to a snapshot, which kept only live messages, so
// a message already deleted was forgotten and its resend delivered twice.
func TestSQSFIFODedupSurvivesTwoRestarts(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dir := t.TempDir()
		emu, c := newSQSInMemory(t)
		require.NoError(t, emu.OpenSQSJournal(dir))
		ctx := t.Context()
		fifo := mustQueue(t, c, "once.fifo", map[string]string{"FifoQueue": "true"})
		send := func(c *sqs.Client) string {
			out, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &fifo, MessageBody: aws.String("pay 10"),
				MessageGroupId: aws.String("g"), MessageDeduplicationId: aws.String("invoice-1")})
			require.NoError(t, err)
			return aws.ToString(out.MessageId)
		}
		first := send(c)
		r, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &fifo})
		require.NoError(t, err)
		require.Len(t, r.Messages, 1)
		_, err = c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &fifo, ReceiptHandle: r.Messages[0].ReceiptHandle})
		require.NoError(t, err)
		require.NoError(t, emu.Close())

		for restart := 1; restart <= 2; restart++ {
			emu, c = newSQSInMemory(t)
			require.NoError(t, emu.OpenSQSJournal(dir))
			time.Sleep(time.Minute)
			assert.Equal(t, first, send(c), "restart %d: the resend inside the window is the same message", restart)
			got, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &fifo})
			require.NoError(t, err)
			assert.Empty(t, got.Messages, "restart %d: nothing delivered twice", restart)
			require.NoError(t, emu.Close())
		}

		time.Sleep(fifoDedupWindow)
		emu, c = newSQSInMemory(t)
		require.NoError(t, emu.OpenSQSJournal(dir))
		defer emu.Close()
		assert.NotEqual(t, first, send(c), "after the window the same id is a new message")
	})
}
