package main

import (
	"encoding/base64"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSQSAttributeTypesBothProtocols sends every message attribute type
// through one protocol and receives it through the other: JSON (the Go
// SDK) to Query (the AWS CLI) and back. Binary values used to come back
// from the Query protocol as raw bytes in the XML, which a client reads as
// U+FFFD.
func TestSQSAttributeTypesBothProtocols(t *testing.T) {
	emu := NewSQS(SQSOptions{})
	srv := httptest.NewServer(emu)
	t.Cleanup(srv.Close)
	cfg, err := ClientConfig{Endpoint: srv.URL, AccessKey: "a", SecretKey: "b",
		Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })}.awsConfig(t.Context())
	require.NoError(t, err)
	client := sqs.NewFromConfig(cfg)
	q := mustQueue(t, client, "attrs", nil)

	binary := []byte{0x00, 0xff, 0xfe, 0x80, 'b', 'i', 'n', 0x7f}
	want := map[string]types.MessageAttributeValue{
		"s":   {DataType: aws.String("String"), StringValue: aws.String("plain <&> text")},
		"n":   {DataType: aws.String("Number"), StringValue: aws.String("-12.5e3")},
		"b":   {DataType: aws.String("Binary"), BinaryValue: binary},
		"bc":  {DataType: aws.String("Binary.png"), BinaryValue: []byte{0x89, 'P', 'N', 'G'}},
		"sc":  {DataType: aws.String("String.uuid"), StringValue: aws.String("0b0f")},
		"nc":  {DataType: aws.String("Number.int"), StringValue: aws.String("7")},
		"uni": {DataType: aws.String("String"), StringValue: aws.String("żółw 🐢")},
	}
	queryPost := func(form url.Values) string {
		t.Helper()
		form.Set("Version", "2012-11-05")
		resp, err := http.Post(srv.URL+"/", "application/x-www-form-urlencoded; charset=utf-8", strings.NewReader(form.Encode()))
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		require.Equal(t, 200, resp.StatusCode, string(b))
		return string(b)
	}

	// JSON in, Query out.
	_, err = client.SendMessage(t.Context(), &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("json in"), MessageAttributes: want})
	require.NoError(t, err)
	body := queryPost(url.Values{"Action": {"ReceiveMessage"}, "QueueUrl": {q}, "MessageAttributeName.1": {"All"}})
	var out struct {
		Messages []struct {
			ReceiptHandle string
			MD5Attrs      string `xml:"MD5OfMessageAttributes"`
			Attrs         []struct {
				Name  string
				Value struct{ DataType, StringValue, BinaryValue string }
			} `xml:"MessageAttribute"`
		} `xml:"ReceiveMessageResult>Message"`
	}
	require.NoError(t, xml.Unmarshal([]byte(body), &out), body)
	require.Len(t, out.Messages, 1)
	m := out.Messages[0]
	require.Len(t, m.Attrs, len(want))
	got := map[string]MessageAttribute{}
	for _, a := range m.Attrs {
		w := want[a.Name]
		assert.Equal(t, aws.ToString(w.DataType), a.Value.DataType, a.Name)
		if w.BinaryValue != nil {
			dec, err := base64.StdEncoding.DecodeString(a.Value.BinaryValue)
			require.NoError(t, err, "%s: binary values are base64 in XML, got %q", a.Name, a.Value.BinaryValue)
			assert.Equal(t, w.BinaryValue, dec, a.Name)
			got[a.Name] = MessageAttribute{DataType: a.Value.DataType, BinaryValue: dec}
		} else {
			assert.Equal(t, aws.ToString(w.StringValue), a.Value.StringValue, a.Name)
			got[a.Name] = MessageAttribute{DataType: a.Value.DataType, StringValue: a.Value.StringValue}
		}
	}
	assert.Equal(t, md5OfMessageAttributes(got), m.MD5Attrs, "the digest matches what the Query client decodes")
	queryPost(url.Values{"Action": {"DeleteMessage"}, "QueueUrl": {q}, "ReceiptHandle": {m.ReceiptHandle}})

	// Query in, JSON out: the SDK checks MD5OfMessageAttributes itself.
	form := url.Values{"Action": {"SendMessage"}, "QueueUrl": {q}, "MessageBody": {"query in"}}
	i := 0
	for name, a := range want {
		i++
		p := "MessageAttribute." + strconv.Itoa(i) + "."
		form.Set(p+"Name", name)
		form.Set(p+"Value.DataType", *a.DataType)
		if a.BinaryValue != nil {
			form.Set(p+"Value.BinaryValue", base64.StdEncoding.EncodeToString(a.BinaryValue))
		} else {
			form.Set(p+"Value.StringValue", *a.StringValue)
		}
	}
	queryPost(form)
	rcv, err := client.ReceiveMessage(t.Context(), &sqs.ReceiveMessageInput{QueueUrl: &q, MessageAttributeNames: []string{"All"}})
	require.NoError(t, err)
	require.Len(t, rcv.Messages, 1)
	for name, w := range want {
		g := rcv.Messages[0].MessageAttributes[name]
		assert.Equal(t, aws.ToString(w.DataType), aws.ToString(g.DataType), name)
		assert.Equal(t, w.BinaryValue, g.BinaryValue, name)
		assert.Equal(t, aws.ToString(w.StringValue), aws.ToString(g.StringValue), name)
	}
}

// TestSQSPurgeQueueInProgress checks SQS's one purge per 60 s, in virtual
// time.
func TestSQSPurgeQueueInProgress(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		_, c := newSQSInMemory(t)
		q := mustQueue(t, c, "purged", nil)
		_, err := c.PurgeQueue(t.Context(), &sqs.PurgeQueueInput{QueueUrl: &q})
		require.NoError(t, err)
		time.Sleep(59 * time.Second)
		_, err = c.PurgeQueue(t.Context(), &sqs.PurgeQueueInput{QueueUrl: &q})
		var inProgress *types.PurgeQueueInProgress
		assert.ErrorAs(t, err, &inProgress)
		time.Sleep(time.Second)
		_, err = c.PurgeQueue(t.Context(), &sqs.PurgeQueueInput{QueueUrl: &q})
		assert.NoError(t, err, "60 s later")
	})
}

// TestSQSListDeadLetterSourceQueues lists the queues that redrive into a
// DLQ, through the SDK (JSON's lower-case "queueUrls") and the Query
// protocol.
func TestSQSListDeadLetterSourceQueues(t *testing.T) {
	emu := NewSQS(SQSOptions{})
	srv := httptest.NewServer(emu)
	t.Cleanup(srv.Close)
	cfg, err := ClientConfig{Endpoint: srv.URL, AccessKey: "a", SecretKey: "b",
		Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })}.awsConfig(t.Context())
	require.NoError(t, err)
	c := sqs.NewFromConfig(cfg)
	dlq := mustQueue(t, c, "dlq", nil)
	policy := `{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:dlq","maxReceiveCount":"3"}`
	a := mustQueue(t, c, "src-a", map[string]string{"RedrivePolicy": policy})
	b := mustQueue(t, c, "src-b", map[string]string{"RedrivePolicy": policy})
	mustQueue(t, c, "unrelated", nil)
	out, err := c.ListDeadLetterSourceQueues(t.Context(), &sqs.ListDeadLetterSourceQueuesInput{QueueUrl: &dlq})
	require.NoError(t, err)
	assert.Equal(t, []string{a, b}, out.QueueUrls)

	resp, err := http.Post(srv.URL+"/", "application/x-www-form-urlencoded", strings.NewReader(url.Values{
		"Action": {"ListDeadLetterSourceQueues"}, "Version": {"2012-11-05"}, "QueueUrl": {dlq}}.Encode()))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	assert.Contains(t, string(body), "<ListDeadLetterSourceQueuesResult><QueueUrl>"+a+"</QueueUrl><QueueUrl>"+b+"</QueueUrl></ListDeadLetterSourceQueuesResult>")
}
