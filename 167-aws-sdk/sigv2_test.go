package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSigV2DocExample checks the verifier against the query-string example
// of S3's SigV2 documentation: GET /photos/puppy.jpg on bucket johnsmith,
// Expires=1175139620.
func TestSigV2DocExample(t *testing.T) {
	v := &SigV4{Credentials: Credentials{"AKIAIOSFODNN7EXAMPLE": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
		Now: func() time.Time { return time.Unix(1175139000, 0) }}
	u := "http://johnsmith.s3.amazonaws.com/photos/puppy.jpg?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature=NpgCjnDzrM%2BWFzoENXmpNDUsSn8%3D&Expires=1175139620"
	require.NoError(t, v.VerifyV2Query(httptest.NewRequest(http.MethodGet, u, nil), "/johnsmith/photos/puppy.jpg"))
	assert.ErrorIs(t, v.VerifyV2Query(httptest.NewRequest(http.MethodGet, u, nil), "/johnsmith/photos/kitten.jpg"), ErrSignatureMismatch)
	late := &SigV4{Credentials: v.Credentials, Now: func() time.Time { return time.Unix(1175139621, 0) }}
	assert.ErrorIs(t, late.VerifyV2Query(httptest.NewRequest(http.MethodGet, u, nil), "/johnsmith/photos/puppy.jpg"), ErrPresignExpired)
}

// presignV2 is the test's own SigV2 signer, written from the same
// documentation as the AWS CLI v1's HmacV1QueryAuth: path-style resource,
// no headers signed.
func presignV2(method, endpoint, bucket, key, ak, secret string, expires time.Time, extra url.Values) string {
	path := "/" + bucket + "/" + (&url.URL{Path: key}).EscapedPath()
	q := url.Values{}
	for k, v := range extra {
		q[k] = v
	}
	exp := strconv.FormatInt(expires.Unix(), 10)
	r := httptest.NewRequest(method, "http://x"+path+"?"+extra.Encode(), nil)
	q.Set("Expires", exp)
	sts := sigV2StringToSign(r, q, path)
	q.Set("AWSAccessKeyId", ak)
	q.Set("Signature", sigV2Signature(secret, sts))
	return endpoint + path + "?" + q.Encode()
}

// TestS3SigV2Presigned is the regression test for SigV2 presigned URLs,
// which got "request is not signed": PUT and GET through the S3 handler
// over real HTTP, a response override, expiry and tampering.
func TestS3SigV2Presigned(t *testing.T) {
	env := newS3Env(t)
	env.mustBucket(t, "v2-bucket")
	do := func(method, u, body string) (int, string) {
		t.Helper()
		req, err := http.NewRequest(method, u, strings.NewReader(body))
		require.NoError(t, err)
		resp, err := env.srv.Client().Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b) + resp.Header.Get("Content-Type")
	}
	in := time.Now().Add(time.Hour)
	status, body := do(http.MethodPut, presignV2(http.MethodPut, env.srv.URL, "v2-bucket", "dir/a b.txt", testAccessKey, testSecretKey, in, nil), "via sigv2")
	require.Equal(t, 200, status, body)
	status, body = do(http.MethodGet, presignV2(http.MethodGet, env.srv.URL, "v2-bucket", "dir/a b.txt", testAccessKey, testSecretKey, in,
		url.Values{"response-content-type": {"text/x-v2"}}), "")
	assert.Equal(t, 200, status)
	assert.Equal(t, "via sigv2text/x-v2", body, "the signed response override applies")

	expired := presignV2(http.MethodGet, env.srv.URL, "v2-bucket", "dir/a b.txt", testAccessKey, testSecretKey, time.Now().Add(-time.Second), nil)
	status, body = do(http.MethodGet, expired, "")
	assert.Equal(t, 403, status)
	assert.Contains(t, body, "Request has expired")
	good := presignV2(http.MethodGet, env.srv.URL, "v2-bucket", "dir/a b.txt", testAccessKey, testSecretKey, in, nil)
	status, body = do(http.MethodGet, strings.Replace(good, "a%20b", "a%20c", 1), "")
	assert.Equal(t, 403, status)
	assert.Contains(t, body, "SignatureDoesNotMatch")
	status, _ = do(http.MethodDelete, good, "")
	assert.Equal(t, 403, status, "a GET URL does not sign a DELETE")
	status, _ = do(http.MethodGet, presignV2(http.MethodGet, env.srv.URL, "v2-bucket", "dir/a b.txt", testAccessKey, "wrong", in, nil), "")
	assert.Equal(t, 403, status)
}
