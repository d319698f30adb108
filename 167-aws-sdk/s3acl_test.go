package main

import (
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// grantSummary renders grants as "type:who:permission", for comparing
// with what S3 documents for each canned ACL.
func grantSummary(grants []types.Grant) []string {
	var out []string
	for _, g := range grants {
		who := aws.ToString(g.Grantee.ID)
		if g.Grantee.Type == types.TypeGroup {
			who = aws.ToString(g.Grantee.URI)
		}
		out = append(out, string(g.Grantee.Type)+":"+who+":"+string(g.Permission))
	}
	return out
}

const ownerFull = "CanonicalUser:emulator:FULL_CONTROL"

// TestS3CannedACLsStoredAndReturned sets each canned ACL through every way
// S3 accepts one and reads back the grant document S3 returns for it.
func TestS3CannedACLsStoredAndReturned(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	_, err := env.client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("bkt"), ACL: types.BucketCannedACLPublicRead})
	require.NoError(t, err)
	bucketACL := func() []string {
		out, err := env.client.GetBucketAcl(ctx, &s3.GetBucketAclInput{Bucket: aws.String("bkt")})
		require.NoError(t, err)
		assert.Equal(t, "emulator", aws.ToString(out.Owner.ID))
		return grantSummary(out.Grants)
	}
	objectACL := func(key string) []string {
		out, err := env.client.GetObjectAcl(ctx, &s3.GetObjectAclInput{Bucket: aws.String("bkt"), Key: &key})
		require.NoError(t, err)
		return grantSummary(out.Grants)
	}
	assert.Equal(t, []string{ownerFull, "Group:" + allUsersURI + ":READ"}, bucketACL(), "CreateBucket x-amz-acl")

	_, err = env.client.PutBucketAcl(ctx, &s3.PutBucketAclInput{Bucket: aws.String("bkt"), ACL: types.BucketCannedACL("log-delivery-write")})
	require.NoError(t, err)
	assert.Equal(t, []string{ownerFull, "Group:" + logDeliveryURI + ":WRITE", "Group:" + logDeliveryURI + ":READ_ACP"}, bucketACL())

	env.mustPut(t, "bkt", "k", "data")
	assert.Equal(t, []string{ownerFull}, objectACL("k"), "an object is private by default, whatever its bucket")
	tests := []struct {
		acl  types.ObjectCannedACL
		want []string
	}{
		{types.ObjectCannedACLPublicRead, []string{ownerFull, "Group:" + allUsersURI + ":READ"}},
		{types.ObjectCannedACLPublicReadWrite, []string{ownerFull, "Group:" + allUsersURI + ":READ", "Group:" + allUsersURI + ":WRITE"}},
		{types.ObjectCannedACLAuthenticatedRead, []string{ownerFull, "Group:" + authUsersURI + ":READ"}},
		{types.ObjectCannedACLBucketOwnerFullControl, []string{ownerFull}},
		{types.ObjectCannedACLPrivate, []string{ownerFull}},
	}
	for _, tt := range tests {
		t.Run(string(tt.acl), func(t *testing.T) {
			_, err := env.client.PutObjectAcl(ctx, &s3.PutObjectAclInput{Bucket: aws.String("bkt"), Key: aws.String("k"), ACL: tt.acl})
			require.NoError(t, err)
			assert.Equal(t, tt.want, objectACL("k"), "PutObjectAcl")
			key := "put-" + string(tt.acl)
			_, err = env.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: &key, Body: strings.NewReader("p"), ACL: tt.acl})
			require.NoError(t, err)
			assert.Equal(t, tt.want, objectACL(key), "PutObject x-amz-acl")
		})
	}
	assert.Equal(t, "data", env.getBody(t, "bkt", "k"), "ACL changes leave the data alone")

	// A policy body that states a canned ACL's grants is that canned ACL.
	pub, err := env.client.GetObjectAcl(ctx, &s3.GetObjectAclInput{Bucket: aws.String("bkt"), Key: aws.String("put-public-read")})
	require.NoError(t, err)
	_, err = env.client.PutObjectAcl(ctx, &s3.PutObjectAclInput{Bucket: aws.String("bkt"), Key: aws.String("k"),
		AccessControlPolicy: &types.AccessControlPolicy{Owner: pub.Owner, Grants: pub.Grants}})
	require.NoError(t, err)
	assert.Equal(t, grantSummary(pub.Grants), objectACL("k"))
	_, err = env.client.PutObjectAcl(ctx, &s3.PutObjectAclInput{Bucket: aws.String("bkt"), Key: aws.String("k"),
		AccessControlPolicy: &types.AccessControlPolicy{Owner: pub.Owner, Grants: []types.Grant{{
			Grantee: &types.Grantee{Type: types.TypeCanonicalUser, ID: aws.String("other")}, Permission: types.PermissionRead}}}})
	assert.Equal(t, "NotImplemented", errorCode(err), "no canned ACL says this")
	assert.Equal(t, grantSummary(pub.Grants), objectACL("k"), "a refused ACL changes nothing")

	// Copies and multipart uploads take the ACL of their own request.
	_, err = env.client.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String("bkt"), Key: aws.String("copy"), CopySource: aws.String("bkt/k")})
	require.NoError(t, err)
	assert.Equal(t, []string{ownerFull}, objectACL("copy"), "S3 does not copy ACLs")
	_, err = env.client.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String("bkt"), Key: aws.String("copy"), CopySource: aws.String("bkt/k"), ACL: types.ObjectCannedACLAuthenticatedRead})
	require.NoError(t, err)
	assert.Equal(t, []string{ownerFull, "Group:" + authUsersURI + ":READ"}, objectACL("copy"))
	mp, err := env.client.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String("bkt"), Key: aws.String("mp"), ACL: types.ObjectCannedACLPublicRead})
	require.NoError(t, err)
	part, err := env.client.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("bkt"), Key: aws.String("mp"), UploadId: mp.UploadId, PartNumber: aws.Int32(1), Body: strings.NewReader("x")})
	require.NoError(t, err)
	_, err = env.client.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: aws.String("bkt"), Key: aws.String("mp"), UploadId: mp.UploadId,
		MultipartUpload: &types.CompletedMultipartUpload{Parts: []types.CompletedPart{{PartNumber: aws.Int32(1), ETag: part.ETag}}}})
	require.NoError(t, err)
	assert.Equal(t, []string{ownerFull, "Group:" + allUsersURI + ":READ"}, objectACL("mp"))

	// Refusals: wrong place, unknown, not emulated.
	refusals := []struct {
		name string
		call func() error
		code string
	}{
		{"object ACL on a bucket", func() error {
			_, err := env.client.PutBucketAcl(ctx, &s3.PutBucketAclInput{Bucket: aws.String("bkt"), ACL: types.BucketCannedACL("bucket-owner-read")})
			return err
		}, "InvalidArgument"},
		{"bucket ACL on an object", func() error {
			_, err := env.client.PutObjectAcl(ctx, &s3.PutObjectAclInput{Bucket: aws.String("bkt"), Key: aws.String("k"), ACL: types.ObjectCannedACL("log-delivery-write")})
			return err
		}, "InvalidArgument"},
		{"unknown", func() error {
			_, err := env.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String("n"), Body: strings.NewReader("p"), ACL: types.ObjectCannedACL("everyone")})
			return err
		}, "InvalidArgument"},
		{"aws-exec-read", func() error {
			_, err := env.client.PutObjectAcl(ctx, &s3.PutObjectAclInput{Bucket: aws.String("bkt"), Key: aws.String("k"), ACL: types.ObjectCannedACLAwsExecRead})
			return err
		}, "NotImplemented"},
		{"grant header", func() error {
			_, err := env.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String("n"), Body: strings.NewReader("p"), GrantRead: aws.String("uri=" + allUsersURI)})
			return err
		}, "NotImplemented"},
		{"no ACL at all", func() error {
			_, err := env.client.PutBucketAcl(ctx, &s3.PutBucketAclInput{Bucket: aws.String("bkt")})
			return err
		}, "MissingSecurityHeader"},
		{"missing key", func() error {
			_, err := env.client.GetObjectAcl(ctx, &s3.GetObjectAclInput{Bucket: aws.String("bkt"), Key: aws.String("missing")})
			return err
		}, "NoSuchKey"},
	}
	for _, tt := range refusals {
		assert.Equal(t, tt.code, errorCode(tt.call()), tt.name)
	}
	_, err = env.client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("bkt"), Key: aws.String("n")})
	assert.Equal(t, "NotFound", errorCode(err), "a refused upload stores nothing")
}

// TestS3BucketMetadataSurvivesRestart sets bucket tags, a bucket ACL, the
// versioning status and an object ACL on a disk-backed emulator and reads
// them from a second emulator on the same directory.
func TestS3BucketMetadataSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	ctx := t.Context()
	c, stop := openDiskS3(t, dir)
	_, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("meta"), ACL: types.BucketCannedACLAuthenticatedRead})
	require.NoError(t, err)
	_, err = c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: aws.String("meta"),
		Tagging: &types.Tagging{TagSet: []types.Tag{{Key: aws.String("team"), Value: aws.String("storage")}, {Key: aws.String("env"), Value: aws.String("")}}}})
	require.NoError(t, err)
	_, err = c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: aws.String("meta"),
		VersioningConfiguration: &types.VersioningConfiguration{Status: types.BucketVersioningStatusSuspended}})
	require.NoError(t, err)
	_, err = c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("meta"), Key: aws.String("o"), Body: strings.NewReader("x"), ACL: types.ObjectCannedACLPublicRead})
	require.NoError(t, err)
	stop()

	c, stop = openDiskS3(t, dir)
	defer stop()
	tags, err := c.GetBucketTagging(ctx, &s3.GetBucketTaggingInput{Bucket: aws.String("meta")})
	require.NoError(t, err)
	require.Len(t, tags.TagSet, 2)
	assert.Equal(t, "env", aws.ToString(tags.TagSet[0].Key))
	assert.Equal(t, "storage", aws.ToString(tags.TagSet[1].Value))
	acl, err := c.GetBucketAcl(ctx, &s3.GetBucketAclInput{Bucket: aws.String("meta")})
	require.NoError(t, err)
	assert.Equal(t, []string{ownerFull, "Group:" + authUsersURI + ":READ"}, grantSummary(acl.Grants))
	v, err := c.GetBucketVersioning(ctx, &s3.GetBucketVersioningInput{Bucket: aws.String("meta")})
	require.NoError(t, err)
	assert.Equal(t, types.BucketVersioningStatusSuspended, v.Status)
	oacl, err := c.GetObjectAcl(ctx, &s3.GetObjectAclInput{Bucket: aws.String("meta"), Key: aws.String("o")})
	require.NoError(t, err)
	assert.Equal(t, []string{ownerFull, "Group:" + allUsersURI + ":READ"}, grantSummary(oacl.Grants))
	buckets, err := c.ListBuckets(ctx, &s3.ListBucketsInput{})
	require.NoError(t, err)
	require.Len(t, buckets.Buckets, 1)
	assert.False(t, aws.ToTime(buckets.Buckets[0].CreationDate).IsZero(), "the creation time survives the new .bucket format")
}
