package main

import (
	"crypto/tls"
	"crypto/x509"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEdgeOverTLS serves all three emulators behind one TLS port, as
// `serve -tls` does, and drives each with its real SDK client: the
// services are told apart by the SigV4 credential scope alone.
func TestEdgeOverTLS(t *testing.T) {
	auth := &SigV4{Credentials: Credentials{testAccessKey: testSecretKey}}
	lam := NewLambda(LambdaOptions{Auth: auth})
	defer lam.Close()
	require.NoError(t, lam.Register(LambdaFunction{Name: "greet", Handler: greet}))
	srv := httptest.NewTLSServer(&Edge{
		S3:     NewS3(NewMemStore(), S3Options{Auth: auth}),
		SQS:    NewSQS(SQSOptions{Auth: auth}),
		Lambda: lam,
	})
	defer srv.Close()
	pool := x509.NewCertPool()
	pool.AddCert(srv.Certificate())
	cc := ClientConfig{Endpoint: srv.URL, AccessKey: testAccessKey, SecretKey: testSecretKey,
		Transport: func(tr *http.Transport) { tr.TLSClientConfig = &tls.Config{RootCAs: pool} }}
	ctx := t.Context()

	s3c, err := NewS3Client(ctx, cc)
	require.NoError(t, err)
	_, err = s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("edge")})
	require.NoError(t, err)
	_, err = s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("edge"), Key: aws.String("k"), Body: strings.NewReader("over tls")})
	require.NoError(t, err, "aws-chunked with a trailing checksum")
	got, err := s3c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("edge"), Key: aws.String("k")})
	require.NoError(t, err)
	b, _ := io.ReadAll(got.Body)
	got.Body.Close()
	assert.Equal(t, "over tls", string(b))

	cfg, err := cc.awsConfig(ctx)
	require.NoError(t, err)
	sq := sqs.NewFromConfig(cfg)
	q, err := sq.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("edge")})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(aws.ToString(q.QueueUrl), "https://"), "queue URLs keep the scheme")
	_, err = sq.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: q.QueueUrl, MessageBody: aws.String("m")})
	require.NoError(t, err)
	r, err := sq.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: q.QueueUrl})
	require.NoError(t, err)
	require.Len(t, r.Messages, 1)

	lc, err := NewLambdaClient(ctx, cc)
	require.NoError(t, err)
	out, err := NewInvoker[greeting, reply](lc, "greet").Invoke(ctx, greeting{Name: "edge"})
	require.NoError(t, err)
	assert.Equal(t, "hello, edge", out.Message)
}

func TestEdgeRouting(t *testing.T) {
	e := &Edge{}
	tests := []struct {
		name    string
		req     func() *http.Request
		service string
	}{
		{"sqs by scope", func() *http.Request {
			r := httptest.NewRequest("POST", "/", nil)
			r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AK/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=x")
			return r
		}, "sqs"},
		{"lambda by scope", func() *http.Request {
			r := httptest.NewRequest("POST", "/2015-03-31/functions/f/invocations", nil)
			r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AK/20260101/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=x")
			return r
		}, "lambda"},
		{"s3 presigned", func() *http.Request {
			return httptest.NewRequest("GET", "/b/k?X-Amz-Credential=AK%2F20260101%2Fus-east-1%2Fs3%2Faws4_request", nil)
		}, "s3"},
		{"unsigned sqs json", func() *http.Request {
			r := httptest.NewRequest("POST", "/", nil)
			r.Header.Set("X-Amz-Target", "AmazonSQS.ListQueues")
			return r
		}, "sqs"},
		{"unsigned sqs query", func() *http.Request {
			r := httptest.NewRequest("POST", "/", strings.NewReader("Action=ListQueues"))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			return r
		}, "sqs"},
		{"unsigned lambda", func() *http.Request { return httptest.NewRequest("POST", "/2015-03-31/functions/f/invocations", nil) }, "lambda"},
		{"unsigned s3", func() *http.Request { return httptest.NewRequest("GET", "/bucket/key", nil) }, "s3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.service, e.service(tt.req()))
		})
	}
}
