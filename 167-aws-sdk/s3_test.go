package main

import (
	"bytes"
	"context"
	"crypto/md5"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testAccessKey, testSecretKey = "AKIDTEST", "test-secret"

// s3Env is an emulator behind httptest and a real SDK client for it.
type s3Env struct {
	srv    *httptest.Server
	s3     *S3
	client *s3.Client
	now    time.Time // the emulator's clock; tests may move it
}

type envOption func(*S3Options, *bool)

func withTLS() envOption     { return func(_ *S3Options, tls *bool) { *tls = true } }
func withoutAuth() envOption { return func(o *S3Options, _ *bool) { o.Auth = nil } }
func withFaults(f *FaultInjector) envOption {
	return func(o *S3Options, _ *bool) { o.Faults = f }
}

func newS3Env(t testing.TB, opts ...envOption) *s3Env {
	t.Helper()
	env := &s3Env{now: time.Now()}
	o := S3Options{Auth: &SigV4{Credentials: Credentials{testAccessKey: testSecretKey}, Now: func() time.Time { return env.now }}}
	useTLS := false
	for _, fn := range opts {
		fn(&o, &useTLS)
	}
	env.s3 = NewS3(NewMemStore(), o)
	if useTLS {
		env.srv = httptest.NewTLSServer(env.s3)
	} else {
		env.srv = httptest.NewServer(env.s3)
	}
	t.Cleanup(env.srv.Close)
	env.client = env.newClient(t, testSecretKey)
	return env
}

func (env *s3Env) newClient(t testing.TB, secret string) *s3.Client {
	t.Helper()
	c, err := NewS3Client(context.Background(), ClientConfig{
		Endpoint: env.srv.URL, AccessKey: testAccessKey, SecretKey: secret,
		Transport: env.transport(), Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 }),
	})
	require.NoError(t, err)
	return c
}

// transport trusts the httptest server's certificate.
func (env *s3Env) transport() func(*http.Transport) {
	return func(tr *http.Transport) {
		if cert := env.srv.Certificate(); cert != nil {
			pool := x509.NewCertPool()
			pool.AddCert(cert)
			tr.TLSClientConfig = &tls.Config{RootCAs: pool}
		}
	}
}

func (env *s3Env) mustBucket(t testing.TB, name string) {
	t.Helper()
	_, err := env.client.CreateBucket(t.Context(), &s3.CreateBucketInput{Bucket: &name})
	require.NoError(t, err)
}

func (env *s3Env) mustPut(t testing.TB, bucket, key, body string) {
	t.Helper()
	_, err := env.client.PutObject(t.Context(), &s3.PutObjectInput{Bucket: &bucket, Key: &key, Body: strings.NewReader(body)})
	require.NoError(t, err)
}

// errorCode returns the AWS error code of err, or "" for nil.
func errorCode(err error) string {
	if err == nil {
		return ""
	}
	var api smithy.APIError
	if errors.As(err, &api) {
		return api.ErrorCode()
	}
	return "not an API error: " + err.Error()
}

func TestS3Buckets(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "alpha")
	env.mustBucket(t, "beta")

	tests := []struct {
		name string
		op   func() error
		want string
	}{
		{"create again", func() error {
			_, err := env.client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("alpha")})
			return err
		}, "BucketAlreadyOwnedByYou"},
		{"invalid name", func() error {
			_, err := env.client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("Bad_Name")})
			return err
		}, "InvalidBucketName"},
		{"head existing", func() error {
			_, err := env.client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String("alpha")})
			return err
		}, ""},
		{"head missing", func() error {
			_, err := env.client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String("gamma")})
			return err
		}, "NotFound"},
		{"list objects of missing bucket", func() error {
			_, err := env.client.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String("gamma")})
			return err
		}, "NoSuchBucket"},
		{"delete non-empty", func() error {
			env.mustPut(t, "beta", "k", "v")
			_, err := env.client.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: aws.String("beta")})
			return err
		}, "BucketNotEmpty"},
		{"delete empty", func() error {
			_, err := env.client.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: aws.String("alpha")})
			return err
		}, ""},
		{"delete missing", func() error {
			_, err := env.client.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: aws.String("alpha")})
			return err
		}, "NoSuchBucket"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, errorCode(tt.op()))
		})
	}
	out, err := env.client.ListBuckets(ctx, &s3.ListBucketsInput{})
	require.NoError(t, err)
	require.Len(t, out.Buckets, 1)
	assert.Equal(t, "beta", aws.ToString(out.Buckets[0].Name))
}

// TestS3ObjectRoundTrip puts and gets objects over plain HTTP (the SDK sends
// x-amz-checksum-crc32 and a hex payload hash) and over TLS (aws-chunked
// with a trailing checksum), with keys that need escaping.
func TestS3ObjectRoundTrip(t *testing.T) {
	keys := []string{"plain.txt", "a b/c+d%e", "dir//double/slash", "ünïcödé/ключ", "q?x=1&y#z", "~tilde*star'quote"}
	for _, transport := range []string{"http", "https"} {
		t.Run(transport, func(t *testing.T) {
			var opts []envOption
			if transport == "https" {
				opts = append(opts, withTLS())
			}
			env := newS3Env(t, opts...)
			env.mustBucket(t, "objs")
			for i, key := range keys {
				body := strings.Repeat(fmt.Sprint(i), 1000*(i+1))
				_, err := env.client.PutObject(t.Context(), &s3.PutObjectInput{
					Bucket: aws.String("objs"), Key: aws.String(key), Body: strings.NewReader(body),
					ContentType: aws.String("text/plain"), Metadata: map[string]string{"owner": "me", "n": fmt.Sprint(i)},
					CacheControl: aws.String("max-age=60"),
				})
				require.NoError(t, err, "PutObject(%q)", key)
				stored, err := env.s3.store.Get("objs", key)
				require.NoError(t, err, "stored under the decoded key %q", key)
				assert.Equal(t, body, string(stored.Data), "stored bytes are the decoded body, not the framing")

				got, err := env.client.GetObject(t.Context(), &s3.GetObjectInput{Bucket: aws.String("objs"), Key: aws.String(key), ChecksumMode: types.ChecksumModeEnabled})
				require.NoError(t, err)
				data, err := io.ReadAll(got.Body)
				got.Body.Close()
				require.NoError(t, err, "the SDK validates the returned checksum while reading")
				assert.Equal(t, body, string(data))
				assert.Equal(t, "text/plain", aws.ToString(got.ContentType))
				assert.Equal(t, "max-age=60", aws.ToString(got.CacheControl))
				assert.Equal(t, map[string]string{"owner": "me", "n": fmt.Sprint(i)}, got.Metadata)
				sum := md5.Sum([]byte(body))
				assert.Equal(t, fmt.Sprintf(`"%x"`, sum), aws.ToString(got.ETag))
				assert.NotEmpty(t, aws.ToString(got.ChecksumCRC32), "crc32 sent by the SDK is returned on GET")
			}
			var listed []string
			for o, err := range ListObjects(t.Context(), env.client, "objs", "") {
				require.NoError(t, err)
				listed = append(listed, aws.ToString(o.Key))
			}
			assert.Equal(t, slices.Sorted(slices.Values(keys)), listed)
		})
	}
}

func TestS3GetRanges(t *testing.T) {
	env := newS3Env(t)
	env.mustBucket(t, "rng")
	env.mustPut(t, "rng", "digits", "0123456789")
	env.mustPut(t, "rng", "empty", "")
	tests := []struct {
		name, key, rng string
		wantCode       string
		wantBody       string
		wantRange      string
	}{
		{"first byte", "digits", "bytes=0-0", "", "0", "bytes 0-0/10"},
		{"open end", "digits", "bytes=7-", "", "789", "bytes 7-9/10"},
		{"suffix", "digits", "bytes=-3", "", "789", "bytes 7-9/10"},
		{"suffix longer than object", "digits", "bytes=-30", "", "0123456789", "bytes 0-9/10"},
		{"end clamped", "digits", "bytes=8-100", "", "89", "bytes 8-9/10"},
		{"start past end", "digits", "bytes=10-", "InvalidRange", "", ""},
		{"empty object", "empty", "bytes=0-", "InvalidRange", "", ""},
		{"multiple ranges ignored", "digits", "bytes=0-1,3-4", "", "0123456789", ""},
		{"malformed ignored", "digits", "bytes=x-y", "", "0123456789", ""},
		{"no range", "digits", "", "", "0123456789", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &s3.GetObjectInput{Bucket: aws.String("rng"), Key: aws.String(tt.key), ChecksumMode: types.ChecksumModeEnabled}
			if tt.rng != "" {
				in.Range = aws.String(tt.rng)
			}
			out, err := env.client.GetObject(t.Context(), in)
			require.Equal(t, tt.wantCode, errorCode(err))
			if err != nil {
				return
			}
			defer out.Body.Close()
			body, err := io.ReadAll(out.Body)
			require.NoError(t, err)
			assert.Equal(t, tt.wantBody, string(body))
			assert.Equal(t, tt.wantRange, aws.ToString(out.ContentRange))
			if tt.wantRange != "" {
				assert.Empty(t, aws.ToString(out.ChecksumCRC32)+aws.ToString(out.ChecksumCRC64NVME), "no whole-object checksum on a 206")
			}
		})
	}
}

func TestS3Conditionals(t *testing.T) {
	env := newS3Env(t)
	env.mustBucket(t, "cond")
	env.mustPut(t, "cond", "k", "hello")
	etag := fmt.Sprintf(`"%x"`, md5.Sum([]byte("hello")))
	tests := []struct {
		name string
		in   s3.GetObjectInput
		want string
	}{
		{"if-match hit", s3.GetObjectInput{IfMatch: aws.String(etag)}, ""},
		{"if-match miss", s3.GetObjectInput{IfMatch: aws.String(`"00"`)}, "PreconditionFailed"},
		{"if-none-match hit", s3.GetObjectInput{IfNoneMatch: aws.String(etag)}, "NotModified"},
		{"if-modified-since future", s3.GetObjectInput{IfModifiedSince: aws.Time(time.Now().Add(time.Hour))}, "NotModified"},
		{"if-unmodified-since past", s3.GetObjectInput{IfUnmodifiedSince: aws.Time(time.Now().Add(-time.Hour))}, "PreconditionFailed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			in.Bucket, in.Key = aws.String("cond"), aws.String("k")
			out, err := env.client.GetObject(t.Context(), &in)
			assert.Equal(t, tt.want, errorCode(err))
			if err == nil {
				out.Body.Close()
			}
		})
	}
}

func TestS3Auth(t *testing.T) {
	env := newS3Env(t)
	env.mustBucket(t, "auth")
	tests := []struct {
		name   string
		client func() *s3.Client
		shift  time.Duration
		want   string
	}{
		{"good", func() *s3.Client { return env.client }, 0, ""},
		{"wrong secret", func() *s3.Client { return env.newClient(t, "nope") }, 0, "SignatureDoesNotMatch"},
		{"unknown key", func() *s3.Client {
			c, err := NewS3Client(t.Context(), ClientConfig{Endpoint: env.srv.URL, AccessKey: "OTHER", SecretKey: "x",
				Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })})
			require.NoError(t, err)
			return c
		}, 0, "InvalidAccessKeyId"},
		{"server 14 min ahead", func() *s3.Client { return env.client }, 14 * time.Minute, ""},
		{"server 16 min ahead", func() *s3.Client { return env.client }, 16 * time.Minute, "RequestTimeTooSkewed"},
		{"server 16 min behind", func() *s3.Client { return env.client }, -16 * time.Minute, "RequestTimeTooSkewed"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env.now = time.Now().Add(tt.shift)
			defer func() { env.now = time.Now() }()
			key := fmt.Sprintf("k%d", i)
			_, err := tt.client().PutObject(t.Context(), &s3.PutObjectInput{Bucket: aws.String("auth"), Key: &key, Body: strings.NewReader("data")})
			require.Equal(t, tt.want, errorCode(err))
			_, getErr := env.s3.store.Get("auth", key)
			if tt.want != "" {
				assert.ErrorIs(t, getErr, ErrNoSuchKey, "a refused request stores nothing")
			} else {
				assert.NoError(t, getErr)
			}
		})
	}
	t.Run("anonymous", func(t *testing.T) {
		resp, err := env.srv.Client().Get(env.srv.URL + "/auth/k0")
		require.NoError(t, err)
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		assert.Equal(t, 403, resp.StatusCode)
		assert.Contains(t, string(body), "<Code>AccessDenied</Code>")
		assert.Contains(t, string(body), "<RequestId>")
	})
}

func TestS3Presigned(t *testing.T) {
	env := newS3Env(t)
	env.mustBucket(t, "pre")
	getURL, putURL, err := Presign(t.Context(), env.client, "pre", "dir/a b+c.txt", time.Minute)
	require.NoError(t, err)

	req, err := http.NewRequest(http.MethodPut, putURL, strings.NewReader("via presigned put"))
	require.NoError(t, err)
	resp, err := env.srv.Client().Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode, "presigned PUT")

	tests := []struct {
		name       string
		url        string
		shift      time.Duration
		wantStatus int
		wantBody   string
	}{
		{"get", getURL, 0, 200, "via presigned put"},
		{"tampered signature", strings.Replace(getURL, "X-Amz-Signature=", "X-Amz-Signature=1", 1), 0, 403, "SignatureDoesNotMatch"},
		{"other key", strings.Replace(getURL, "a%20b", "a%20c", 1), 0, 403, "SignatureDoesNotMatch"},
		{"expired", getURL, 2 * time.Minute, 403, "Request has expired"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env.now = time.Now().Add(tt.shift)
			defer func() { env.now = time.Now() }()
			resp, err := env.srv.Client().Get(tt.url)
			require.NoError(t, err)
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			assert.Equal(t, tt.wantStatus, resp.StatusCode)
			assert.Contains(t, string(body), tt.wantBody)
		})
	}
}

func TestS3IntegrityHeaders(t *testing.T) {
	env := newS3Env(t, withoutAuth())
	env.mustBucket(t, "integ")
	md5b64 := func(s string) string { h := md5.Sum([]byte(s)); return base64.StdEncoding.EncodeToString(h[:]) }
	tests := []struct {
		name   string
		header map[string]string
		body   string
		want   int
		code   string
	}{
		{"good md5", map[string]string{"Content-MD5": md5b64("abc")}, "abc", 200, ""},
		{"bad md5", map[string]string{"Content-MD5": md5b64("abd")}, "abc", 400, "BadDigest"},
		{"garbage md5", map[string]string{"Content-MD5": "!!"}, "abc", 400, "InvalidDigest"},
		{"good crc32", map[string]string{"X-Amz-Checksum-Crc32": checksumOf("crc32", []byte("abc"))}, "abc", 200, ""},
		{"bad crc32c", map[string]string{"X-Amz-Checksum-Crc32c": checksumOf("crc32c", []byte("abd"))}, "abc", 400, "BadDigest"},
		{"good sha256 checksum", map[string]string{"X-Amz-Checksum-Sha256": checksumOf("sha256", []byte("abc"))}, "abc", 200, ""},
		{"bad content sha256", map[string]string{"X-Amz-Content-Sha256": strings.Repeat("ab", 32)}, "abc", 400, "XAmzContentSHA256Mismatch"},
		{"aws-chunked with trailer", map[string]string{
			"Content-Encoding": "aws-chunked", "X-Amz-Content-Sha256": "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
			"X-Amz-Decoded-Content-Length": "3", "X-Amz-Trailer": "x-amz-checksum-crc32",
		}, "3\r\nabc\r\n0\r\nx-amz-checksum-crc32:" + checksumOf("crc32", []byte("abc")) + "\r\n\r\n", 200, ""},
		{"aws-chunked bad trailer", map[string]string{
			"Content-Encoding": "aws-chunked", "X-Amz-Content-Sha256": "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
			"X-Amz-Decoded-Content-Length": "3",
		}, "3\r\nabc\r\n0\r\nx-amz-checksum-crc32:" + checksumOf("crc32", []byte("xyz")) + "\r\n\r\n", 400, "BadDigest"},
		{"aws-chunked wrong decoded length", map[string]string{
			"Content-Encoding": "aws-chunked", "X-Amz-Decoded-Content-Length": "4",
		}, "3\r\nabc\r\n0\r\n\r\n", 400, "IncompleteBody"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key := fmt.Sprintf("/integ/k%d", i)
			req, err := http.NewRequest(http.MethodPut, env.srv.URL+key, strings.NewReader(tt.body))
			require.NoError(t, err)
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			resp, err := env.srv.Client().Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			assert.Equal(t, tt.want, resp.StatusCode, "body %s", body)
			if tt.code != "" {
				assert.Contains(t, string(body), "<Code>"+tt.code+"</Code>")
			}
			obj, err := env.s3.store.Get("integ", key[len("/integ/"):])
			if tt.want == 200 {
				require.NoError(t, err)
				assert.Equal(t, "abc", string(obj.Data))
			} else {
				assert.ErrorIs(t, err, ErrNoSuchKey, "a rejected body is not stored")
			}
		})
	}
}

func TestS3DeleteAndCopy(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "del")
	for _, k := range []string{"a", "b", "c/d e"} {
		env.mustPut(t, "del", k, "v-"+k)
	}
	out, err := env.client.DeleteObjects(ctx, &s3.DeleteObjectsInput{Bucket: aws.String("del"), Delete: &types.Delete{
		Objects: []types.ObjectIdentifier{{Key: aws.String("a")}, {Key: aws.String("missing")}},
	}})
	require.NoError(t, err, "DeleteObjects sends a CRC32 header and no Content-MD5")
	var deleted []string
	for _, d := range out.Deleted {
		deleted = append(deleted, aws.ToString(d.Key))
	}
	assert.ElementsMatch(t, []string{"a", "missing"}, deleted)

	_, err = env.client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("del"), Key: aws.String("never")})
	assert.NoError(t, err, "deleting a missing key succeeds")

	tests := []struct {
		name      string
		in        s3.CopyObjectInput
		wantCode  string
		wantMeta  map[string]string
		wantType  string
		wantBytes string
	}{
		{"copy keeps metadata", s3.CopyObjectInput{Key: aws.String("copy1"), CopySource: aws.String("del/c/d%20e")}, "", nil, "application/octet-stream", "v-c/d e"},
		{"leading slash", s3.CopyObjectInput{Key: aws.String("copy2"), CopySource: aws.String("/del/b")}, "", nil, "application/octet-stream", "v-b"},
		{"replace", s3.CopyObjectInput{Key: aws.String("copy3"), CopySource: aws.String("del/b"), MetadataDirective: types.MetadataDirectiveReplace,
			Metadata: map[string]string{"x": "y"}, ContentType: aws.String("text/csv")}, "", map[string]string{"x": "y"}, "text/csv", "v-b"},
		{"onto itself", s3.CopyObjectInput{Key: aws.String("b"), CopySource: aws.String("del/b")}, "InvalidRequest", nil, "", ""},
		{"missing source", s3.CopyObjectInput{Key: aws.String("z"), CopySource: aws.String("del/nothing")}, "NoSuchKey", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			in.Bucket = aws.String("del")
			_, err := env.client.CopyObject(ctx, &in)
			require.Equal(t, tt.wantCode, errorCode(err))
			if err != nil {
				return
			}
			got, err := env.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("del"), Key: in.Key})
			require.NoError(t, err)
			defer got.Body.Close()
			b, _ := io.ReadAll(got.Body)
			assert.Equal(t, tt.wantBytes, string(b))
			assert.Equal(t, tt.wantMeta, got.Metadata)
			assert.Equal(t, tt.wantType, aws.ToString(got.ContentType))
		})
	}
}

// referenceList is the obviously correct ListObjectsV2: every key, filtered
// and rolled up by brute force.
func referenceList(keys []string, prefix, delimiter, startAfter string) (objects, prefixes []string) {
	seen := map[string]bool{}
	for _, k := range slices.Sorted(slices.Values(keys)) {
		if !strings.HasPrefix(k, prefix) || k <= startAfter {
			continue
		}
		if delimiter != "" {
			if i := strings.Index(k[len(prefix):], delimiter); i >= 0 {
				cp := k[:len(prefix)+i+len(delimiter)]
				if !seen[cp] && cp > startAfter {
					seen[cp] = true
					prefixes = append(prefixes, cp)
				}
				continue
			}
		}
		objects = append(objects, k)
	}
	return objects, prefixes
}

// TestS3ListObjectsV2AgainstReference pages through random key sets with
// random prefixes, delimiters and page sizes, and compares the union of the
// pages with the reference.
func TestS3ListObjectsV2AgainstReference(t *testing.T) {
	env := newS3Env(t)
	env.mustBucket(t, "list")
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", "/", "c", "-", "é", " "}
	var keys []string
	seen := map[string]bool{}
	for len(keys) < 150 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		if k := b.String(); !seen[k] {
			seen[k] = true
			keys = append(keys, k)
			env.s3.store.Put("list", &Object{Key: k, ETag: `"x"`, LastModified: time.Now()})
		}
	}
	for i := range 40 {
		prefix := []string{"", "a", "a/", "b", "/"}[rng.IntN(5)]
		delimiter := []string{"", "/", "-"}[rng.IntN(3)]
		startAfter := []string{"", "", "a", "b/"}[rng.IntN(4)]
		maxKeys := int32(1 + rng.IntN(20))
		t.Run(fmt.Sprintf("%d prefix=%q delim=%q after=%q max=%d", i, prefix, delimiter, startAfter, maxKeys), func(t *testing.T) {
			in := &s3.ListObjectsV2Input{Bucket: aws.String("list"), Prefix: &prefix, Delimiter: &delimiter, MaxKeys: &maxKeys, StartAfter: &startAfter}
			p := s3.NewListObjectsV2Paginator(env.client, in)
			var objects, prefixes []string
			pages := 0
			for p.HasMorePages() {
				page, err := p.NextPage(t.Context())
				require.NoError(t, err)
				pages++
				require.LessOrEqual(t, int(aws.ToInt32(page.KeyCount)), int(maxKeys))
				for _, o := range page.Contents {
					objects = append(objects, aws.ToString(o.Key))
				}
				for _, cp := range page.CommonPrefixes {
					prefixes = append(prefixes, aws.ToString(cp.Prefix))
				}
				require.Less(t, pages, 500, "paginator must terminate")
			}
			wantObjects, wantPrefixes := referenceList(keys, prefix, delimiter, startAfter)
			assert.Equal(t, wantObjects, objects)
			assert.Equal(t, wantPrefixes, prefixes)
		})
	}
}

func TestS3ListEncodingURL(t *testing.T) {
	env := newS3Env(t)
	env.mustBucket(t, "enc")
	env.mustPut(t, "enc", "a b/c+d", "x")
	out, err := env.client.ListObjectsV2(t.Context(), &s3.ListObjectsV2Input{Bucket: aws.String("enc"), EncodingType: types.EncodingTypeUrl, Delimiter: aws.String("/")})
	require.NoError(t, err)
	require.Len(t, out.CommonPrefixes, 1)
	assert.Equal(t, "a%20b/", aws.ToString(out.CommonPrefixes[0].Prefix), "the SDK does not decode; the CLI does")
	out, err = env.client.ListObjectsV2(t.Context(), &s3.ListObjectsV2Input{Bucket: aws.String("enc"), EncodingType: types.EncodingTypeUrl})
	require.NoError(t, err)
	assert.Equal(t, "a%20b/c%2Bd", aws.ToString(out.Contents[0].Key))
}

func TestS3Multipart(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "mpu")
	part := func(seed byte, n int) []byte { return bytes.Repeat([]byte{seed}, n) }
	start := func(t *testing.T, key string) string {
		out, err := env.client.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String("mpu"), Key: &key, ContentType: aws.String("application/x-test"), Metadata: map[string]string{"m": "1"}})
		require.NoError(t, err)
		return aws.ToString(out.UploadId)
	}
	upload := func(t *testing.T, key, id string, n int32, data []byte) types.CompletedPart {
		out, err := env.client.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("mpu"), Key: &key, UploadId: &id, PartNumber: &n, Body: bytes.NewReader(data)})
		require.NoError(t, err)
		return types.CompletedPart{PartNumber: &n, ETag: out.ETag, ChecksumCRC32: out.ChecksumCRC32}
	}
	complete := func(key, id string, parts ...types.CompletedPart) (*s3.CompleteMultipartUploadOutput, error) {
		return env.client.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: aws.String("mpu"), Key: &key, UploadId: &id,
			MultipartUpload: &types.CompletedMultipartUpload{Parts: parts}})
	}

	t.Run("complete", func(t *testing.T) {
		id := start(t, "obj")
		p1, p2 := part('a', MinPartSize), part('b', 1000)
		c1, c2 := upload(t, "obj", id, 1, p1), upload(t, "obj", id, 2, p2)
		parts, err := env.client.ListParts(ctx, &s3.ListPartsInput{Bucket: aws.String("mpu"), Key: aws.String("obj"), UploadId: &id})
		require.NoError(t, err)
		require.Len(t, parts.Parts, 2)
		assert.Equal(t, int64(1000), aws.ToInt64(parts.Parts[1].Size))
		out, err := complete("obj", id, c1, c2)
		require.NoError(t, err)
		m1, m2 := md5.Sum(p1), md5.Sum(p2)
		want := md5.Sum(append(m1[:], m2[:]...))
		assert.Equal(t, fmt.Sprintf(`"%x-2"`, want), aws.ToString(out.ETag))
		got, err := env.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("mpu"), Key: aws.String("obj"), ChecksumMode: types.ChecksumModeEnabled})
		require.NoError(t, err)
		data, err := io.ReadAll(got.Body)
		got.Body.Close()
		require.NoError(t, err)
		assert.True(t, bytes.Equal(append(p1, p2...), data), "object is the parts in order")
		assert.Equal(t, "application/x-test", aws.ToString(got.ContentType))
		assert.Equal(t, map[string]string{"m": "1"}, got.Metadata)
		_, err = complete("obj", id, c1, c2)
		assert.Equal(t, "NoSuchUpload", errorCode(err), "an upload completes once")
	})
	t.Run("errors", func(t *testing.T) {
		id := start(t, "bad")
		c1 := upload(t, "bad", id, 1, part('x', 100))
		c2 := upload(t, "bad", id, 2, part('y', 100))
		wrongETag := c2
		wrongETag.ETag = aws.String(`"00000000000000000000000000000000"`)
		missing := c2
		missing.PartNumber = aws.Int32(7)
		tests := []struct {
			name  string
			parts []types.CompletedPart
			want  string
		}{
			{"out of order", []types.CompletedPart{c2, c1}, "InvalidPartOrder"},
			{"wrong etag", []types.CompletedPart{c1, wrongETag}, "InvalidPart"},
			{"missing part", []types.CompletedPart{c1, missing}, "InvalidPart"},
			{"small non-last part", []types.CompletedPart{c1, c2}, "EntityTooSmall"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := complete("bad", id, tt.parts...)
				assert.Equal(t, tt.want, errorCode(err))
			})
		}
		_, err := env.client.AbortMultipartUpload(ctx, &s3.AbortMultipartUploadInput{Bucket: aws.String("mpu"), Key: aws.String("bad"), UploadId: &id})
		require.NoError(t, err)
		_, err = env.client.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("mpu"), Key: aws.String("bad"), UploadId: &id, PartNumber: aws.Int32(3), Body: strings.NewReader("z")})
		assert.Equal(t, "NoSuchUpload", errorCode(err))
		_, err = env.client.ListParts(ctx, &s3.ListPartsInput{Bucket: aws.String("mpu"), Key: aws.String("other"), UploadId: &id})
		assert.Equal(t, "NoSuchUpload", errorCode(err))
	})
}

// TestS3TransferManagerThroughFaults uploads and downloads with the SDK's
// transfer manager while the emulator fails a third of the part uploads and
// drops some connections; the retry policy must hide every fault.
func TestS3TransferManagerThroughFaults(t *testing.T) {
	for _, transport := range []string{"http", "https"} {
		t.Run(transport, func(t *testing.T) {
			rules, err := ParseFaults("s3:UploadPart=error:0.3;s3:GetObject=drop:0.1")
			require.NoError(t, err)
			faults := NewFaultInjector(rules, 42)
			opts := []envOption{withFaults(faults)}
			if transport == "https" {
				opts = append(opts, withTLS())
			}
			env := newS3Env(t, opts...)
			env.mustBucket(t, "tmgr")
			client, err := NewS3Client(t.Context(), ClientConfig{Endpoint: env.srv.URL, AccessKey: testAccessKey, SecretKey: testSecretKey,
				Transport: env.transport(), Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 10; o.BaseDelay = time.Millisecond })})
			require.NoError(t, err)
			data := make([]byte, 3*MinPartSize+12345)
			for i := range data {
				data[i] = byte(i * 7)
			}
			etag, err := Upload(t.Context(), client, "tmgr", "big", bytes.NewReader(data), MinPartSize, 3)
			require.NoError(t, err)
			assert.True(t, strings.HasSuffix(etag, `-4"`), "multipart ETag %s", etag)
			got, err := Download(t.Context(), client, "tmgr", "big", 2<<20, 4)
			require.NoError(t, err)
			assert.True(t, bytes.Equal(data, got), "downloaded bytes equal uploaded bytes")
			errs, drops := faults.Counts()
			assert.Positive(t, errs+drops, "faults were injected")
		})
	}
}

func TestParseRange(t *testing.T) {
	tests := []struct {
		give    string
		size    int64
		want    byteRange
		ok      bool
		wantErr bool
	}{
		{"bytes=0-4", 10, byteRange{0, 4}, true, false},
		{"bytes=5-", 10, byteRange{5, 9}, true, false},
		{"bytes=-4", 10, byteRange{6, 9}, true, false},
		{"bytes=-0", 10, byteRange{}, true, true},
		{"bytes=10-11", 10, byteRange{}, true, true},
		{"bytes=4-2", 10, byteRange{}, false, false},
		{"items=0-1", 10, byteRange{}, false, false},
		{"bytes=a-", 10, byteRange{}, false, false},
		{"", 10, byteRange{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, ok, err := parseRange(tt.give, tt.size)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.wantErr, err != nil)
		})
	}
}

func TestValidBucketName(t *testing.T) {
	tests := []struct {
		give string
		ok   bool
	}{
		{"abc", true}, {"my.bucket-1", true}, {"ab", false}, {strings.Repeat("a", 64), false},
		{"Upper", false}, {"-start", false}, {"end.", false}, {"a..b", false}, {"192.168.1.1", false}, {"under_score", false},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			err := validBucketName(tt.give)
			assert.Equal(t, tt.ok, err == nil, "validBucketName(%q) = %v", tt.give, err)
			if err != nil {
				assert.ErrorIs(t, err, ErrInvalidBucketName)
			}
		})
	}
}

// ExampleS3 starts the emulator over httptest and uses it through the real
// aws-sdk-go-v2 S3 client.
func ExampleS3() {
	emu := NewS3(NewMemStore(), S3Options{Auth: &SigV4{Credentials: Credentials{"AKID": "SECRET"}}})
	srv := httptest.NewServer(emu)
	defer srv.Close()

	ctx := context.Background()
	client, _ := NewS3Client(ctx, ClientConfig{Endpoint: srv.URL, AccessKey: "AKID", SecretKey: "SECRET"})
	client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("photos")})
	client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("photos"), Key: aws.String("2026/cat.jpg"), Body: strings.NewReader("meow")})
	out, _ := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("photos"), Key: aws.String("2026/cat.jpg"), Range: aws.String("bytes=1-2")})
	body, _ := io.ReadAll(out.Body)
	fmt.Println(string(body), aws.ToString(out.ContentRange), aws.ToString(out.ETag))
	// Output: eo bytes 1-2/4 "4a4be40c96ac6314e91d93f38043a634"
}

// TestS3VirtualHostStyle lets the SDK address buckets as
// "<bucket>.localhost:port" (its default for a host name endpoint), with a
// dialer that sends every host to the test server.
func TestS3VirtualHostStyle(t *testing.T) {
	env := newS3Env(t, withoutAuth())
	addr := env.srv.Listener.Addr().String()
	_, port, _ := net.SplitHostPort(addr)
	cfg, err := ClientConfig{Endpoint: "http://localhost:" + port, AccessKey: "a", SecretKey: "b",
		Transport: func(tr *http.Transport) {
			tr.DialContext = func(ctx context.Context, network, _ string) (net.Conn, error) {
				return (&net.Dialer{}).DialContext(ctx, network, addr)
			}
		}}.awsConfig(t.Context())
	require.NoError(t, err)
	var hosts []string
	c := s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.HTTPClient = recordingClient{next: o.HTTPClient, hosts: &hosts}
	})
	_, err = c.CreateBucket(t.Context(), &s3.CreateBucketInput{Bucket: aws.String("vhost")})
	require.NoError(t, err)
	_, err = c.PutObject(t.Context(), &s3.PutObjectInput{Bucket: aws.String("vhost"), Key: aws.String("a/b.txt"), Body: strings.NewReader("virtual")})
	require.NoError(t, err)
	obj, err := env.s3.store.Get("vhost", "a/b.txt")
	require.NoError(t, err)
	assert.Equal(t, "virtual", string(obj.Data))
	assert.Contains(t, hosts, "vhost.localhost:"+port, "the SDK used virtual-host style")
}

type recordingClient struct {
	next  s3.HTTPClient
	hosts *[]string
}

func (c recordingClient) Do(r *http.Request) (*http.Response, error) {
	*c.hosts = append(*c.hosts, r.URL.Host)
	return c.next.Do(r)
}

// TestS3GetObjectPartNumber serves GetObject?partNumber=N, which the SDK's
// transfer manager uses by default to download a multipart object part by
// part, and checks the edge cases.
func TestS3GetObjectPartNumber(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "parts")
	data := make([]byte, 2*MinPartSize+777)
	for i := range data {
		data[i] = byte(i * 31)
	}
	_, err := Upload(ctx, env.client, "parts", "multi", bytes.NewReader(data), MinPartSize, 2)
	require.NoError(t, err)
	env.mustPut(t, "parts", "single", "just one part")

	w := &writerAt{buf: make([]byte, len(data))}
	tm := transfermanager.New(env.client) // GetObjectType defaults to PART
	_, err = tm.DownloadObject(ctx, &transfermanager.DownloadObjectInput{Bucket: aws.String("parts"), Key: aws.String("multi"), WriterAt: w})
	require.NoError(t, err)
	assert.True(t, bytes.Equal(data, w.buf), "part-by-part download reassembles the object")

	tests := []struct {
		name, key  string
		part       int32
		rng        string
		wantCode   string
		wantRange  string
		wantCount  int32
		wantLength int64
	}{
		{"first part", "multi", 1, "", "", "bytes 0-5242879/10486537", 3, MinPartSize},
		{"last part", "multi", 3, "", "", "bytes 10485760-10486536/10486537", 3, 777},
		{"beyond the parts", "multi", 4, "", "InvalidPartNumber", "", 0, 0},
		{"single-part object", "single", 1, "", "", "bytes 0-12/13", 0, 13},
		{"with a range", "multi", 1, "bytes=0-1", "InvalidRequest", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &s3.GetObjectInput{Bucket: aws.String("parts"), Key: aws.String(tt.key), PartNumber: aws.Int32(tt.part)}
			if tt.rng != "" {
				in.Range = aws.String(tt.rng)
			}
			out, err := env.client.GetObject(ctx, in)
			require.Equal(t, tt.wantCode, errorCode(err))
			if err != nil {
				return
			}
			defer out.Body.Close()
			assert.Equal(t, tt.wantRange, aws.ToString(out.ContentRange))
			assert.Equal(t, tt.wantCount, aws.ToInt32(out.PartsCount))
			assert.Equal(t, tt.wantLength, aws.ToInt64(out.ContentLength))
		})
	}
}

// TestSDKGetsErrorsOnLargeUploads checks that an error answered before the
// body was read — a wrong secret, an injected fault — reaches the SDK as
// its S3 error code at every size, not as a connection reset: the SDK sends
// a large PUT's body with "Expect: 100-continue" without waiting for the
// "100 Continue", and the emulator reads it before answering. Nothing is
// stored.
func TestSDKGetsErrorsOnLargeUploads(t *testing.T) {
	rules, err := ParseFaults("s3:PutObject=error:1")
	require.NoError(t, err)
	tests := []struct {
		name     string
		opts     S3Options
		secret   string
		wantCode []string
	}{
		{"wrong secret", S3Options{Auth: &SigV4{Credentials: Credentials{"AKID": "SECRET"}}}, "wrong", []string{"SignatureDoesNotMatch"}},
		{"injected fault", S3Options{Faults: NewFaultInjector(rules, 1)}, "SECRET", []string{"SlowDown", "InternalError"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := NewMemStore()
			require.NoError(t, store.CreateBucket("bkt", time.Now()))
			srv := httptest.NewServer(NewS3(store, tt.opts))
			defer srv.Close()
			c, err := NewS3Client(t.Context(), ClientConfig{Endpoint: srv.URL, AccessKey: "AKID", SecretKey: tt.secret,
				Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })})
			require.NoError(t, err)
			for _, size := range []int{1 << 10, 3 << 20, 16 << 20} {
				_, err := c.PutObject(t.Context(), &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String("k"),
					Body: bytes.NewReader(make([]byte, size))})
				var api smithy.APIError
				require.ErrorAs(t, err, &api, "PutObject of %d bytes", size)
				assert.Contains(t, tt.wantCode, api.ErrorCode(), "PutObject of %d bytes", size)
			}
			_, err = store.Get("bkt", "k")
			assert.ErrorIs(t, err, ErrNoSuchKey, "nothing stored")
		})
	}
}

// TestChecksumMatches checks the stack-buffer CRC32 comparison against
// checksumOf for every algorithm.
func TestChecksumMatches(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("hello, world"), bytes.Repeat([]byte{0xA5}, 5000)} {
		for alg := range checksumAlgorithms {
			want := checksumOf(alg, data)
			assert.True(t, checksumMatches(alg, data, want), "%s of %d bytes", alg, len(data))
			assert.False(t, checksumMatches(alg, append(slices.Clone(data), 1), want), "%s of changed data", alg)
			assert.False(t, checksumMatches(alg, data, want[:len(want)-1]), "%s truncated", alg)
		}
	}
	assert.Equal(t, "/6tyOg==", checksumOf("crc32", []byte("hello, world")), "the SDK's value in the README")
}
