package main

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// getBody reads an object back through the SDK.
func (env *s3Env) getBody(t *testing.T, bucket, key string) string {
	t.Helper()
	out, err := env.client.GetObject(t.Context(), &s3.GetObjectInput{Bucket: &bucket, Key: &key})
	require.NoError(t, err)
	defer out.Body.Close()
	b, err := io.ReadAll(out.Body)
	require.NoError(t, err)
	return string(b)
}

// TestS3UnemulatedSubresourcesWriteNothing is the regression test for
// subresource requests that fell through to the plain object and bucket
// handlers: PutObjectAcl truncated the object, PutObjectTagging replaced
// it with the tagging XML, GetBucketVersioning returned a listing.
func TestS3UnemulatedSubresourcesWriteNothing(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "bkt")
	env.mustPut(t, "bkt", "k", "precious data")

	_, err := env.client.PutObjectAcl(ctx, &s3.PutObjectAclInput{Bucket: aws.String("bkt"), Key: aws.String("k"), ACL: types.ObjectCannedACLPublicRead})
	require.NoError(t, err, "a canned ACL is stored, and must not touch the data")
	_, err = env.client.PutObjectAcl(ctx, &s3.PutObjectAclInput{Bucket: aws.String("bkt"), Key: aws.String("k"), GrantRead: aws.String("id=someone")})
	assert.Equal(t, "NotImplemented", errorCode(err), "explicit grants are not emulated")
	_, err = env.client.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: aws.String("bkt"),
		VersioningConfiguration: &types.VersioningConfiguration{Status: types.BucketVersioningStatusEnabled}})
	require.NoError(t, err)
	_, err = env.client.ListObjectVersions(ctx, &s3.ListObjectVersionsInput{Bucket: aws.String("bkt")})
	assert.Equal(t, "NotImplemented", errorCode(err))
	_, err = env.client.PutObjectLegalHold(ctx, &s3.PutObjectLegalHoldInput{Bucket: aws.String("bkt"), Key: aws.String("k"),
		LegalHold: &types.ObjectLockLegalHold{Status: types.ObjectLockLegalHoldStatusOn}})
	assert.Equal(t, "NotImplemented", errorCode(err))
	_, err = env.client.PutBucketPolicy(ctx, &s3.PutBucketPolicyInput{Bucket: aws.String("bkt"), Policy: aws.String("{}")})
	assert.Equal(t, "NotImplemented", errorCode(err))
	_, err = env.client.GetBucketLifecycleConfiguration(ctx, &s3.GetBucketLifecycleConfigurationInput{Bucket: aws.String("bkt")})
	assert.Equal(t, "NotImplemented", errorCode(err))
	_, err = env.client.DeleteBucketCors(ctx, &s3.DeleteBucketCorsInput{Bucket: aws.String("bkt")})
	assert.Equal(t, "NotImplemented", errorCode(err))
	_, err = env.client.DeleteObjectTagging(ctx, &s3.DeleteObjectTaggingInput{Bucket: aws.String("bkt"), Key: aws.String("k")})
	assert.Contains(t, []string{"NotImplemented", ""}, errorCode(err))

	assert.Equal(t, "precious data", env.getBody(t, "bkt", "k"), "no refused call touched the object")
	heads, err := env.client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String("bkt")})
	require.NoError(t, err)
	assert.NotNil(t, heads)

	// Unknown query parameters are refused too, signed or not.
	for _, q := range []string{"?foo", "?acl&tagging", "?versions"} {
		env.s3.opts.Auth = nil
		resp, err := http.Post(env.srv.URL+"/bkt/k"+q, "text/plain", strings.NewReader("junk"))
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, 501, resp.StatusCode, q)
		assert.Contains(t, string(body), "<Code>NotImplemented</Code>", q)
	}
	assert.Equal(t, "precious data", env.getBody(t, "bkt", "k"))
}

// TestS3UploadPartCopy assembles an object from ranges of another one, as
// the CLI does for large S3-to-S3 copies.
func TestS3UploadPartCopy(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "src")
	env.mustBucket(t, "dst")
	data := bytes.Repeat([]byte("0123456789abcdef"), (MinPartSize+1000)/16)
	_, err := env.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("src"), Key: aws.String("big"), Body: bytes.NewReader(data)})
	require.NoError(t, err)

	up, err := env.client.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String("dst"), Key: aws.String("copy")})
	require.NoError(t, err)
	var parts []types.CompletedPart
	for i, rng := range []string{"bytes=0-" + strconv.Itoa(MinPartSize-1), "bytes=" + strconv.Itoa(MinPartSize) + "-" + strconv.Itoa(len(data)-1)} {
		out, err := env.client.UploadPartCopy(ctx, &s3.UploadPartCopyInput{Bucket: aws.String("dst"), Key: aws.String("copy"),
			UploadId: up.UploadId, PartNumber: aws.Int32(int32(i + 1)), CopySource: aws.String("src/big"), CopySourceRange: &rng})
		require.NoError(t, err)
		parts = append(parts, types.CompletedPart{PartNumber: aws.Int32(int32(i + 1)), ETag: out.CopyPartResult.ETag})
	}
	_, err = env.client.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: aws.String("dst"), Key: aws.String("copy"),
		UploadId: up.UploadId, MultipartUpload: &types.CompletedMultipartUpload{Parts: parts}})
	require.NoError(t, err)
	assert.Equal(t, string(data), env.getBody(t, "dst", "copy"))

	_, err = env.client.UploadPartCopy(ctx, &s3.UploadPartCopyInput{Bucket: aws.String("dst"), Key: aws.String("copy"),
		UploadId: aws.String("nope"), PartNumber: aws.Int32(1), CopySource: aws.String("src/big")})
	assert.Equal(t, "NoSuchUpload", errorCode(err))
}

// TestS3CopySourceConditions checks all four x-amz-copy-source-if-*
// headers, of which only If-Match used to be applied.
func TestS3CopySourceConditions(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "bkt")
	env.mustPut(t, "bkt", "src", "v1")
	head, err := env.client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("bkt"), Key: aws.String("src")})
	require.NoError(t, err)
	past, future := head.LastModified.Add(-24*time.Hour), head.LastModified.Add(24*time.Hour)
	for _, tc := range []struct {
		name string
		in   s3.CopyObjectInput
		ok   bool
	}{
		{"if-none-match same", s3.CopyObjectInput{CopySourceIfNoneMatch: head.ETag}, false},
		{"if-none-match other", s3.CopyObjectInput{CopySourceIfNoneMatch: aws.String(`"other"`)}, true},
		{"if-modified-since future", s3.CopyObjectInput{CopySourceIfModifiedSince: &future}, false},
		{"if-modified-since past", s3.CopyObjectInput{CopySourceIfModifiedSince: &past}, true},
		{"if-unmodified-since past", s3.CopyObjectInput{CopySourceIfUnmodifiedSince: &past}, false},
		{"if-unmodified-since future", s3.CopyObjectInput{CopySourceIfUnmodifiedSince: &future}, true},
	} {
		in := tc.in
		in.Bucket, in.Key, in.CopySource = aws.String("bkt"), aws.String("dst-"+strings.ReplaceAll(tc.name, " ", "-")), aws.String("bkt/src")
		_, err := env.client.CopyObject(ctx, &in)
		if tc.ok {
			assert.NoError(t, err, tc.name)
		} else {
			assert.Equal(t, "PreconditionFailed", errorCode(err), tc.name)
		}
	}
}

// TestS3MetadataCaseAndLimit checks that user metadata names go back on
// the wire lower-case, as S3 sends them (net/http would canonicalise
// "owner" to "Owner"), and that more than 2 KB of metadata is refused.
func TestS3MetadataCaseAndLimit(t *testing.T) {
	env := newS3Env(t, withoutAuth())
	ctx := t.Context()
	env.mustBucket(t, "bkt")
	_, err := env.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String("k"),
		Body: strings.NewReader("x"), Metadata: map[string]string{"owner": "alice", "Mixed-Case": "v"}})
	require.NoError(t, err)

	conn, err := net.Dial("tcp", env.srv.Listener.Addr().String())
	require.NoError(t, err)
	defer conn.Close()
	_, err = io.WriteString(conn, "HEAD /bkt/k HTTP/1.1\r\nHost: "+env.srv.Listener.Addr().String()+"\r\nConnection: close\r\n\r\n")
	require.NoError(t, err)
	raw, err := io.ReadAll(conn)
	require.NoError(t, err)
	assert.Contains(t, string(raw), "\r\nx-amz-meta-owner: alice\r\n")
	assert.Contains(t, string(raw), "\r\nx-amz-meta-mixed-case: v\r\n")

	big := map[string]string{"a": strings.Repeat("v", maxMetadataSize)}
	_, err = env.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String("big"), Body: strings.NewReader("x"), Metadata: big})
	assert.Equal(t, "MetadataTooLarge", errorCode(err))
	_, err = env.client.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String("bkt"), Key: aws.String("big"), Metadata: big})
	assert.Equal(t, "MetadataTooLarge", errorCode(err))
	_, err = env.client.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String("bkt"), Key: aws.String("big"), CopySource: aws.String("bkt/k"),
		MetadataDirective: types.MetadataDirectiveReplace, Metadata: big})
	assert.Equal(t, "MetadataTooLarge", errorCode(err))
	_, err = env.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String("fits"), Body: strings.NewReader("x"),
		Metadata: map[string]string{"a": strings.Repeat("v", maxMetadataSize-1)}})
	assert.NoError(t, err, "exactly 2 KB fits")
}
