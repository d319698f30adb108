package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newSQSOverHTTP serves the emulator with httptest and returns a real SDK
// client configured the way an application would.
func newSQSOverHTTP(t testing.TB) (*SQS, *sqs.Client, *httptest.Server) {
	t.Helper()
	emu := NewSQS(SQSOptions{Auth: &SigV4{Credentials: Credentials{testAccessKey: testSecretKey}}})
	srv := httptest.NewServer(emu)
	t.Cleanup(srv.Close)
	cfg, err := ClientConfig{Endpoint: srv.URL, AccessKey: testAccessKey, SecretKey: testSecretKey,
		Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })}.awsConfig(t.Context())
	require.NoError(t, err)
	return emu, sqs.NewFromConfig(cfg), srv
}

// newSQSInMemory returns an SDK client whose transport calls the emulator's
// handler directly, so the whole exchange can run inside a synctest bubble
// with virtual time (real sockets never count as durably blocked).
func newSQSInMemory(t testing.TB) (*SQS, *sqs.Client) {
	t.Helper()
	emu := NewSQS(SQSOptions{})
	client := sqs.New(sqs.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String("http://sqs.local"),
		Credentials:  credentials.NewStaticCredentialsProvider("AKID", "SECRET", ""),
		Retryer:      aws.NopRetryer{},
		HTTPClient: roundTripFunc(func(r *http.Request) (*http.Response, error) {
			rec := httptest.NewRecorder()
			emu.ServeHTTP(rec, r)
			resp := rec.Result()
			resp.Request = r
			return resp, nil
		}),
	})
	return emu, client
}

func mustQueue(t testing.TB, c *sqs.Client, name string, attrs map[string]string) string {
	t.Helper()
	out, err := c.CreateQueue(t.Context(), &sqs.CreateQueueInput{QueueName: &name, Attributes: attrs})
	require.NoError(t, err)
	return aws.ToString(out.QueueUrl)
}

func TestSQSQueueLifecycle(t *testing.T) {
	_, c, srv := newSQSOverHTTP(t)
	ctx := t.Context()
	url := mustQueue(t, c, "orders", map[string]string{"VisibilityTimeout": "45"})
	assert.Equal(t, srv.URL+"/000000000000/orders", url)
	again := mustQueue(t, c, "orders", map[string]string{"VisibilityTimeout": "45"})
	assert.Equal(t, url, again, "creating an identical queue is idempotent")
	mustQueue(t, c, "orders-dlq", nil)

	tests := []struct {
		name string
		op   func() error
		want any // *types.X to match with errors.As, or a code string
	}{
		{"different attributes", func() error {
			_, err := c.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("orders"), Attributes: map[string]string{"VisibilityTimeout": "5"}})
			return err
		}, new(*types.QueueNameExists)},
		{"bad name", func() error {
			_, err := c.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("no spaces")})
			return err
		}, "InvalidParameterValue"},
		{"visibility too long", func() error {
			_, err := c.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("q2"), Attributes: map[string]string{"VisibilityTimeout": "43201"}})
			return err
		}, "InvalidParameterValue"},
		{"unknown attribute", func() error {
			_, err := c.SetQueueAttributes(ctx, &sqs.SetQueueAttributesInput{QueueUrl: &url, Attributes: map[string]string{"Colour": "blue"}})
			return err
		}, new(*types.InvalidAttributeName)},
		{"get url of missing queue", func() error {
			_, err := c.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String("nope")})
			return err
		}, new(*types.QueueDoesNotExist)},
		{"send to missing queue", func() error {
			_, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(srv.URL + "/000000000000/nope"), MessageBody: aws.String("x")})
			return err
		}, new(*types.QueueDoesNotExist)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.op()
			require.Error(t, err)
			switch want := tt.want.(type) {
			case string:
				assert.Equal(t, want, errorCode(err))
			default:
				assert.True(t, errors.As(err, want), "error %v has the wrong type", err)
			}
		})
	}

	got, err := c.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String("orders")})
	require.NoError(t, err)
	assert.Equal(t, url, aws.ToString(got.QueueUrl))
	list, err := c.ListQueues(ctx, &sqs.ListQueuesInput{QueueNamePrefix: aws.String("orders")})
	require.NoError(t, err)
	assert.Equal(t, []string{url, url + "-dlq"}, list.QueueUrls)

	_, err = c.SetQueueAttributes(ctx, &sqs.SetQueueAttributesInput{QueueUrl: &url, Attributes: map[string]string{
		"RedrivePolicy": `{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:orders-dlq","maxReceiveCount":"3"}`,
	}})
	require.NoError(t, err)
	attrs, err := c.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: &url, AttributeNames: []types.QueueAttributeName{types.QueueAttributeNameAll}})
	require.NoError(t, err)
	assert.Equal(t, "45", attrs.Attributes["VisibilityTimeout"])
	assert.Equal(t, "arn:aws:sqs:us-east-1:000000000000:orders", attrs.Attributes["QueueArn"])
	assert.Contains(t, attrs.Attributes["RedrivePolicy"], `"maxReceiveCount":3`)

	_, err = c.DeleteQueue(ctx, &sqs.DeleteQueueInput{QueueUrl: &url})
	require.NoError(t, err)
	_, err = c.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String("orders")})
	var missing *types.QueueDoesNotExist
	assert.ErrorAs(t, err, &missing)
}

// TestSQSMessagesThroughSDK sends and receives through the real client,
// which checks MD5OfMessageBody and MD5OfMessageAttributes on both sides:
// a wrong digest would fail these calls.
func TestSQSMessagesThroughSDK(t *testing.T) {
	_, c, _ := newSQSOverHTTP(t)
	ctx := t.Context()
	q := mustQueue(t, c, "work", nil)
	attrs := map[string]types.MessageAttributeValue{
		"kind":   {DataType: aws.String("String"), StringValue: aws.String("invoice")},
		"amount": {DataType: aws.String("Number"), StringValue: aws.String("12.50")},
		"blob":   {DataType: aws.String("Binary"), BinaryValue: []byte{0, 1, 2, 255}},
		"trace":  {DataType: aws.String("String.custom"), StringValue: aws.String("t-1")},
	}
	sent, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("héllo ☃"), MessageAttributes: attrs})
	require.NoError(t, err)
	assert.Equal(t, md5Hex([]byte("héllo ☃")), aws.ToString(sent.MD5OfMessageBody))

	got, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 10,
		MessageAttributeNames: []string{"All"}, MessageSystemAttributeNames: []types.MessageSystemAttributeName{"All"}})
	require.NoError(t, err)
	require.Len(t, got.Messages, 1)
	m := got.Messages[0]
	assert.Equal(t, "héllo ☃", aws.ToString(m.Body))
	assert.Equal(t, aws.ToString(sent.MessageId), aws.ToString(m.MessageId))
	assert.Equal(t, []byte{0, 1, 2, 255}, m.MessageAttributes["blob"].BinaryValue)
	assert.Equal(t, "1", m.Attributes["ApproximateReceiveCount"])

	again, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q})
	require.NoError(t, err)
	assert.Empty(t, again.Messages, "an in-flight message is invisible")

	_, err = c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &q, ReceiptHandle: aws.String("garbage!")})
	var bad *types.ReceiptHandleIsInvalid
	assert.ErrorAs(t, err, &bad)
	_, err = c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &q, ReceiptHandle: m.ReceiptHandle})
	require.NoError(t, err)

	var entries []types.SendMessageBatchRequestEntry
	for i := range 10 {
		entries = append(entries, types.SendMessageBatchRequestEntry{Id: aws.String(fmt.Sprint("e", i)), MessageBody: aws.String(fmt.Sprint("body ", i))})
	}
	entries[3].DelaySeconds = 901 // out of range: this entry fails alone
	batch, err := c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &q, Entries: entries})
	require.NoError(t, err)
	assert.Len(t, batch.Successful, 9)
	require.Len(t, batch.Failed, 1)
	assert.Equal(t, "e3", aws.ToString(batch.Failed[0].Id))
	assert.True(t, batch.Failed[0].SenderFault)

	_, err = c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &q, Entries: append(entries, entries[0])})
	var tooMany *types.TooManyEntriesInBatchRequest
	assert.ErrorAs(t, err, &tooMany)
	_, err = c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &q, Entries: []types.SendMessageBatchRequestEntry{entries[0], entries[0]}})
	var dup *types.BatchEntryIdsNotDistinct
	assert.ErrorAs(t, err, &dup)

	var handles []types.DeleteMessageBatchRequestEntry
	for len(handles) < 9 {
		r, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 10})
		require.NoError(t, err)
		for _, m := range r.Messages {
			handles = append(handles, types.DeleteMessageBatchRequestEntry{Id: aws.String(fmt.Sprint("d", len(handles))), ReceiptHandle: m.ReceiptHandle})
		}
	}
	handles[0].ReceiptHandle = aws.String("not-a-handle")
	del, err := c.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{QueueUrl: &q, Entries: handles})
	require.NoError(t, err)
	assert.Len(t, del.Successful, 8)
	require.Len(t, del.Failed, 1)
	assert.Equal(t, "ReceiptHandleIsInvalid", aws.ToString(del.Failed[0].Code))

	_, err = c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 11})
	assert.Equal(t, "InvalidParameterValue", errorCode(err))
}

// TestSQSVisibilityAndLongPolling runs in virtual time: a message not
// deleted comes back after its visibility timeout; a long poll wakes when
// a message arrives; delays hold messages back.
func TestSQSVisibilityAndLongPolling(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		_, c := newSQSInMemory(t)
		ctx := t.Context()
		q := mustQueue(t, c, "vis", map[string]string{"VisibilityTimeout": "30"})
		_, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("job")})
		require.NoError(t, err)

		r1, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q})
		require.NoError(t, err)
		require.Len(t, r1.Messages, 1)

		time.Sleep(15 * time.Second)
		start := time.Now()
		r2, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, WaitTimeSeconds: 20})
		require.NoError(t, err)
		require.Len(t, r2.Messages, 1, "the undeleted message comes back")
		assert.Equal(t, 15*time.Second, time.Since(start), "exactly when its 30 s visibility timeout ends")
		assert.NotEqual(t, aws.ToString(r1.Messages[0].ReceiptHandle), aws.ToString(r2.Messages[0].ReceiptHandle))

		// The first handle is outdated: deleting with it succeeds but keeps
		// the message, and changing its visibility fails with SQS's
		// "receipt handle has expired" (it said MessageNotInflight, which
		// the message, in flight under its new handle, is not).
		_, err = c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &q, ReceiptHandle: r1.Messages[0].ReceiptHandle})
		require.NoError(t, err)
		_, err = c.ChangeMessageVisibility(ctx, &sqs.ChangeMessageVisibilityInput{QueueUrl: &q, ReceiptHandle: r1.Messages[0].ReceiptHandle, VisibilityTimeout: 0})
		assert.Equal(t, "InvalidParameterValue", errorCode(err))
		assert.ErrorContains(t, err, "The receipt handle has expired")
		assert.NotContains(t, err.Error(), "invalid parameter value", "the code is not repeated in the message")

		_, err = c.ChangeMessageVisibility(ctx, &sqs.ChangeMessageVisibilityInput{QueueUrl: &q, ReceiptHandle: r2.Messages[0].ReceiptHandle, VisibilityTimeout: 0})
		require.NoError(t, err)
		_, err = c.ChangeMessageVisibility(ctx, &sqs.ChangeMessageVisibilityInput{QueueUrl: &q, ReceiptHandle: r2.Messages[0].ReceiptHandle, VisibilityTimeout: 5})
		var notInflight *types.MessageNotInflight
		assert.ErrorAs(t, err, &notInflight, "the current handle of a visible message")
		start = time.Now()
		r3, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, WaitTimeSeconds: 5, VisibilityTimeout: 60})
		require.NoError(t, err)
		require.Len(t, r3.Messages, 1, "visibility 0 releases the message at once")
		assert.Zero(t, time.Since(start))
		_, err = c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &q, ReceiptHandle: r3.Messages[0].ReceiptHandle})
		require.NoError(t, err)

		// Long polling: a receive that waits is woken by a send 7 s later.
		done := make(chan time.Duration)
		go func() {
			start := time.Now()
			r, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, WaitTimeSeconds: 20})
			if err != nil || len(r.Messages) != 1 {
				done <- -1
				return
			}
			done <- time.Since(start)
		}()
		time.Sleep(7 * time.Second)
		_, err = c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("late")})
		require.NoError(t, err)
		assert.Equal(t, 7*time.Second, <-done)

		// An empty long poll returns after exactly WaitTimeSeconds.
		start = time.Now()
		r4, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, WaitTimeSeconds: 3})
		require.NoError(t, err)
		assert.Empty(t, r4.Messages)
		assert.Equal(t, 3*time.Second, time.Since(start))

		// DelaySeconds holds a message back.
		_, err = c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("later"), DelaySeconds: 12})
		require.NoError(t, err)
		start = time.Now()
		r5, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, WaitTimeSeconds: 20})
		require.NoError(t, err)
		require.Len(t, r5.Messages, 1)
		assert.Equal(t, 12*time.Second, time.Since(start))
	})
}

func TestSQSDeadLetterRedrive(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		_, c := newSQSInMemory(t)
		ctx := t.Context()
		dlq := mustQueue(t, c, "poison-dlq", nil)
		q := mustQueue(t, c, "poison", map[string]string{
			"VisibilityTimeout": "10",
			"RedrivePolicy":     `{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:poison-dlq","maxReceiveCount":"3"}`,
		})
		sent, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("bad")})
		require.NoError(t, err)
		for i := range 3 {
			r, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, WaitTimeSeconds: 20,
				MessageSystemAttributeNames: []types.MessageSystemAttributeName{"ApproximateReceiveCount"}})
			require.NoError(t, err)
			require.Len(t, r.Messages, 1, "receive %d", i+1)
			assert.Equal(t, fmt.Sprint(i+1), r.Messages[0].Attributes["ApproximateReceiveCount"])
		}
		r, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, WaitTimeSeconds: 20})
		require.NoError(t, err)
		assert.Empty(t, r.Messages, "the fourth receive moves it to the DLQ instead")
		d, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &dlq, MessageSystemAttributeNames: []types.MessageSystemAttributeName{"All"}})
		require.NoError(t, err)
		require.Len(t, d.Messages, 1)
		assert.Equal(t, aws.ToString(sent.MessageId), aws.ToString(d.Messages[0].MessageId))
		assert.Equal(t, "arn:aws:sqs:us-east-1:000000000000:poison", d.Messages[0].Attributes["DeadLetterQueueSourceArn"])
	})
}

func TestSQSFIFO(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		_, c := newSQSInMemory(t)
		ctx := t.Context()
		q := mustQueue(t, c, "orders.fifo", map[string]string{"FifoQueue": "true", "ContentBasedDeduplication": "true"})
		send := func(group, body string) *sqs.SendMessageOutput {
			out, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: &body, MessageGroupId: &group})
			require.NoError(t, err)
			return out
		}
		a1 := send("a", "a1")
		send("b", "b1")
		send("a", "a2")
		dup := send("a", "a1")
		assert.Equal(t, aws.ToString(a1.MessageId), aws.ToString(dup.MessageId), "content-based dedup within 5 minutes")
		assert.Equal(t, aws.ToString(a1.SequenceNumber), aws.ToString(dup.SequenceNumber))

		r, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 1})
		require.NoError(t, err)
		require.Len(t, r.Messages, 1)
		assert.Equal(t, "a1", aws.ToString(r.Messages[0].Body))
		r2, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 10})
		require.NoError(t, err)
		require.Len(t, r2.Messages, 1, "group a is locked while a1 is in flight")
		assert.Equal(t, "b1", aws.ToString(r2.Messages[0].Body))
		_, err = c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &q, ReceiptHandle: r.Messages[0].ReceiptHandle})
		require.NoError(t, err)
		r3, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 10})
		require.NoError(t, err)
		require.Len(t, r3.Messages, 1)
		assert.Equal(t, "a2", aws.ToString(r3.Messages[0].Body))

		time.Sleep(fifoDedupWindow + time.Second)
		again := send("a", "a1")
		assert.NotEqual(t, aws.ToString(a1.MessageId), aws.ToString(again.MessageId), "the window has passed")

		_, err = c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("x")})
		assert.Equal(t, "MissingParameter", errorCode(err), "FIFO needs a MessageGroupId")
		_, err = c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("x"), MessageGroupId: aws.String("g"), DelaySeconds: 5})
		assert.Equal(t, "InvalidParameterValue", errorCode(err))
	})
}

// TestSQSQueryProtocol speaks awscli's Query protocol with plain forms.
func TestSQSQueryProtocol(t *testing.T) {
	emu := NewSQS(SQSOptions{})
	srv := httptest.NewServer(emu)
	defer srv.Close()
	post := func(form url.Values) (int, string) {
		t.Helper()
		form.Set("Version", "2012-11-05")
		resp, err := http.Post(srv.URL+"/", "application/x-www-form-urlencoded; charset=utf-8", strings.NewReader(form.Encode()))
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	status, body := post(url.Values{"Action": {"CreateQueue"}, "QueueName": {"cli"}, "Attribute.1.Name": {"DelaySeconds"}, "Attribute.1.Value": {"0"}})
	require.Equal(t, 200, status, body)
	assert.Contains(t, body, `<CreateQueueResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><CreateQueueResult><QueueUrl>`+srv.URL+`/000000000000/cli</QueueUrl>`)
	q := srv.URL + "/000000000000/cli"

	status, body = post(url.Values{"Action": {"SendMessage"}, "QueueUrl": {q}, "MessageBody": {"from the cli"},
		"MessageAttribute.1.Name": {"k"}, "MessageAttribute.1.Value.DataType": {"String"}, "MessageAttribute.1.Value.StringValue": {"v"}})
	require.Equal(t, 200, status, body)
	assert.Contains(t, body, "<MD5OfMessageBody>"+md5Hex([]byte("from the cli"))+"</MD5OfMessageBody>")
	assert.Contains(t, body, "<MD5OfMessageAttributes>")

	status, body = post(url.Values{"Action": {"ReceiveMessage"}, "QueueUrl": {q}, "AttributeName.1": {"All"}, "MessageAttributeName.1": {"All"}})
	require.Equal(t, 200, status, body)
	for _, want := range []string{"<ReceiveMessageResult><Message><MessageId>", "<Body>from the cli</Body>",
		"<Attribute><Name>ApproximateReceiveCount</Name><Value>1</Value></Attribute>",
		"<MessageAttribute><Name>k</Name><Value><DataType>String</DataType><StringValue>v</StringValue></Value></MessageAttribute>",
		"<ResponseMetadata><RequestId>"} {
		assert.Contains(t, body, want)
	}
	handle := body[strings.Index(body, "<ReceiptHandle>")+len("<ReceiptHandle>") : strings.Index(body, "</ReceiptHandle>")]
	status, body = post(url.Values{"Action": {"DeleteMessage"}, "QueueUrl": {q}, "ReceiptHandle": {handle}})
	require.Equal(t, 200, status, body)
	assert.Contains(t, body, "<DeleteMessageResponse")

	status, body = post(url.Values{"Action": {"GetQueueUrl"}, "QueueName": {"nope"}})
	assert.Equal(t, 400, status)
	assert.Contains(t, body, "<ErrorResponse")
	assert.Contains(t, body, "<Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code>")

	status, body = post(url.Values{"Action": {"Frobnicate"}})
	assert.Equal(t, 400, status)
	assert.Contains(t, body, "<Code>InvalidAction</Code>")
}

func TestSQSWrongCredentials(t *testing.T) {
	emu, _, srv := newSQSOverHTTP(t)
	cfg, err := ClientConfig{Endpoint: srv.URL, AccessKey: testAccessKey, SecretKey: "wrong",
		Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })}.awsConfig(t.Context())
	require.NoError(t, err)
	_, err = sqs.NewFromConfig(cfg).CreateQueue(t.Context(), &sqs.CreateQueueInput{QueueName: aws.String("sneaky")})
	assert.Equal(t, "SignatureDoesNotMatch", errorCode(err))
	_, qerr := emu.queueByName("sneaky")
	assert.ErrorIs(t, qerr, ErrQueueNotFound, "nothing created")
}

func TestMD5OfMessageAttributes(t *testing.T) {
	// Computed by hand from the documented layout: lengths are 4-byte
	// big-endian, the transport byte is 1 for strings.
	attrs := map[string]MessageAttribute{"a": {DataType: "String", StringValue: "b"}}
	buf := []byte{0, 0, 0, 1, 'a', 0, 0, 0, 6, 'S', 't', 'r', 'i', 'n', 'g', 1, 0, 0, 0, 1, 'b'}
	assert.Equal(t, md5Hex(buf), md5OfMessageAttributes(attrs))
	assert.Empty(t, md5OfMessageAttributes(nil))
}

// ExampleSQS runs the SQS emulator over httptest and uses it through the
// real aws-sdk-go-v2 SQS client.
func ExampleSQS() {
	srv := httptest.NewServer(NewSQS(SQSOptions{}))
	defer srv.Close()
	ctx := context.Background()
	cfg, _ := ClientConfig{Endpoint: srv.URL, AccessKey: "AKID", SecretKey: "SECRET"}.awsConfig(ctx)
	client := sqs.NewFromConfig(cfg)

	q, _ := client.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("jobs")})
	client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: q.QueueUrl, MessageBody: aws.String("resize cat.jpg")})
	out, _ := client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: q.QueueUrl, WaitTimeSeconds: 1})
	fmt.Println(aws.ToString(out.Messages[0].Body), aws.ToString(out.Messages[0].MD5OfBody))
	// Output: resize cat.jpg e71b258221472287f9921777965393db
}
