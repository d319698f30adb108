package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSigV4UnsignedAmzHeadersRefused is the regression test for a
// presigned PUT with an unsigned x-amz-copy-source, which copied another
// bucket's object into the upload key, and for unsigned x-amz-meta-*.
func TestSigV4UnsignedAmzHeadersRefused(t *testing.T) {
	env := newS3Env(t)
	env.mustBucket(t, "secret-bucket")
	env.mustBucket(t, "uploads")
	env.mustPut(t, "secret-bucket", "payroll", "salaries")
	_, putURL, err := Presign(t.Context(), env.client, "uploads", "mine", time.Minute)
	require.NoError(t, err)

	for _, h := range []map[string]string{
		{"X-Amz-Copy-Source": "secret-bucket/payroll"},
		{"X-Amz-Meta-Owner": "mallory"},
	} {
		req, err := http.NewRequest(http.MethodPut, putURL, strings.NewReader("my upload"))
		require.NoError(t, err)
		for k, v := range h {
			req.Header.Set(k, v)
		}
		resp, err := env.srv.Client().Do(req)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, 403, resp.StatusCode, "%v", h)
		assert.Contains(t, string(body), "headers present in the request which were not signed", "%v", h)
	}
	_, err = env.client.HeadObject(t.Context(), &s3.HeadObjectInput{Bucket: aws.String("uploads"), Key: aws.String("mine")})
	assert.Equal(t, "NotFound", errorCode(err), "nothing was stored")

	req, err := http.NewRequest(http.MethodPut, putURL, strings.NewReader("my upload"))
	require.NoError(t, err)
	resp, err := env.srv.Client().Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode, "the same URL without extra headers works")
}

// TestSigV4RegionScope checks that S3, SQS and Lambda refuse a credential
// scope for another region than the endpoint's, each with its service's
// error, and accept their own.
func TestSigV4RegionScope(t *testing.T) {
	auth := &SigV4{Credentials: Credentials{testAccessKey: testSecretKey}, Region: "us-east-1"}
	lam := NewLambda(LambdaOptions{Auth: auth})
	srv := httptest.NewServer(&Edge{
		S3:     NewS3(NewMemStore(), S3Options{Auth: auth}),
		SQS:    NewSQS(SQSOptions{Auth: auth}),
		Lambda: lam,
	})
	t.Cleanup(func() { srv.Close(); lam.Close() })
	for _, region := range []string{"us-east-1", "eu-west-1"} {
		cc := ClientConfig{Endpoint: srv.URL, Region: region, AccessKey: testAccessKey, SecretKey: testSecretKey,
			Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })}
		s3c, err := NewS3Client(t.Context(), cc)
		require.NoError(t, err)
		cfg, err := cc.awsConfig(t.Context())
		require.NoError(t, err)
		_, s3err := s3c.ListBuckets(t.Context(), &s3.ListBucketsInput{})
		_, sqserr := sqs.NewFromConfig(cfg).ListQueues(t.Context(), &sqs.ListQueuesInput{})
		_, lerr := lambda.NewFromConfig(cfg).Invoke(t.Context(), &lambda.InvokeInput{FunctionName: aws.String("missing")})
		if region == "us-east-1" {
			assert.NoError(t, s3err)
			assert.NoError(t, sqserr)
			assert.Equal(t, "ResourceNotFoundException", errorCode(lerr))
			continue
		}
		assert.Equal(t, "AuthorizationHeaderMalformed", errorCode(s3err))
		assert.ErrorContains(t, s3err, "expecting 'us-east-1'")
		assert.Equal(t, "SignatureDoesNotMatch", errorCode(sqserr))
		assert.ErrorContains(t, sqserr, "Credential should be scoped to a valid region")
		assert.Equal(t, "InvalidSignatureException", errorCode(lerr))
	}
}

// TestSigV4ScopeDateMatchesRequestDate signs a request whose credential
// scope carries another day than X-Amz-Date.
func TestSigV4ScopeDateMatchesRequestDate(t *testing.T) {
	r := httptest.NewRequest(http.MethodGet, "http://examplebucket.s3.amazonaws.com/test.txt", nil)
	r.Header.Set("X-Amz-Content-Sha256", emptySHA256)
	r.Header.Set("X-Amz-Date", "20130524T000000Z")
	r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130523/us-east-1/s3/aws4_request,SignedHeaders=host;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
	_, err := docExampleAuth.Verify(r, emptySHA256, true)
	assert.ErrorIs(t, err, ErrWrongRegion)
}

// TestS3PresignedWrongRegion presigns a GET for another region than the
// endpoint's: S3 refuses query authentication with
// AuthorizationQueryParametersError (AuthorizationHeaderMalformed is for
// the Authorization header), and a scope date other than X-Amz-Date's the
// same way.
func TestS3PresignedWrongRegion(t *testing.T) {
	env := newS3Env(t)
	env.s3.opts.Auth.Region = "us-east-1"
	env.mustBucket(t, "bkt")
	env.mustPut(t, "bkt", "k", "x")
	c, err := NewS3Client(t.Context(), ClientConfig{Endpoint: env.srv.URL, Region: "eu-west-1", AccessKey: testAccessKey, SecretKey: testSecretKey})
	require.NoError(t, err)
	u, _, err := Presign(t.Context(), c, "bkt", "k", time.Minute)
	require.NoError(t, err)
	require.Contains(t, u, "%2Feu-west-1%2F")
	otherDay := strings.Replace(u, "%2F"+env.now.UTC().Format("20060102")+"%2F", "%2F"+env.now.UTC().Add(-48*time.Hour).Format("20060102")+"%2F", 1)
	require.NotEqual(t, u, otherDay)
	for _, tt := range []struct{ name, url, want string }{
		{"region", u, "the region &#39;eu-west-1&#39; is wrong; expecting &#39;us-east-1&#39;"},
		{"date", strings.Replace(otherDay, "%2Feu-west-1%2F", "%2Fus-east-1%2F", 1), "does not match the request date"},
	} {
		resp, err := env.srv.Client().Get(tt.url)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, 400, resp.StatusCode, tt.name)
		assert.Contains(t, string(body), "<Code>AuthorizationQueryParametersError</Code>", tt.name)
		assert.Contains(t, string(body), tt.want, tt.name)
		assert.Contains(t, string(body), "Error parsing the X-Amz-Credential parameter; ", tt.name)
	}
}
