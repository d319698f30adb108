package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestS3VersioningStatus stores and returns the versioning status, and
// refuses every request that names a version the store does not keep
// instead of answering with the current object.
func TestS3VersioningStatus(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "bkt")
	env.mustPut(t, "bkt", "k", "current")
	status := func() types.BucketVersioningStatus {
		v, err := env.client.GetBucketVersioning(ctx, &s3.GetBucketVersioningInput{Bucket: aws.String("bkt")})
		require.NoError(t, err)
		return v.Status
	}
	assert.Empty(t, status(), "never enabled: no Status element")
	for _, st := range []types.BucketVersioningStatus{types.BucketVersioningStatusEnabled, types.BucketVersioningStatusSuspended} {
		_, err := env.client.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: aws.String("bkt"),
			VersioningConfiguration: &types.VersioningConfiguration{Status: st}})
		require.NoError(t, err)
		assert.Equal(t, st, status())
	}
	bad := []struct {
		name string
		conf types.VersioningConfiguration
		code string
	}{
		{"no status", types.VersioningConfiguration{}, "IllegalVersioningConfigurationException"},
		{"unknown status", types.VersioningConfiguration{Status: "On"}, "IllegalVersioningConfigurationException"},
		{"mfa delete", types.VersioningConfiguration{Status: types.BucketVersioningStatusEnabled, MFADelete: types.MFADeleteEnabled}, "NotImplemented"},
	}
	for _, tt := range bad {
		_, err := env.client.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: aws.String("bkt"), VersioningConfiguration: &tt.conf})
		assert.Equal(t, tt.code, errorCode(err), tt.name)
	}
	assert.Equal(t, types.BucketVersioningStatusSuspended, status(), "a refused change keeps the status")
	_, err := env.client.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: aws.String("nope"),
		VersioningConfiguration: &types.VersioningConfiguration{Status: types.BucketVersioningStatusEnabled}})
	assert.Equal(t, "NoSuchBucket", errorCode(err))

	// "null" is the version of every stored object; any other id is one the
	// emulator never kept.
	out, err := env.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("bkt"), Key: aws.String("k"), VersionId: aws.String("null")})
	require.NoError(t, err)
	out.Body.Close()
	_, err = env.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("bkt"), Key: aws.String("k"), VersionId: aws.String("3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY")})
	assert.Equal(t, "NoSuchVersion", errorCode(err))
	_, err = env.client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("bkt"), Key: aws.String("k"), VersionId: aws.String("v1")})
	assert.Equal(t, "NoSuchVersion", errorCode(err), "deleting a version must not delete the current object")
	_, err = env.client.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String("bkt"), Key: aws.String("c"), CopySource: aws.String("bkt/k?versionId=v1")})
	assert.Equal(t, "NoSuchVersion", errorCode(err), "a copy of an old version must not copy the current one")
	del, err := env.client.DeleteObjects(ctx, &s3.DeleteObjectsInput{Bucket: aws.String("bkt"), Delete: &types.Delete{
		Objects: []types.ObjectIdentifier{{Key: aws.String("k"), VersionId: aws.String("v1")}}}})
	require.NoError(t, err)
	require.Len(t, del.Errors, 1)
	assert.Equal(t, "NoSuchVersion", aws.ToString(del.Errors[0].Code))
	assert.Equal(t, "current", env.getBody(t, "bkt", "k"), "no versioned request touched the object")
}

// TestS3OldBucketMarkerLoads opens a -data directory written before bucket
// metadata existed, whose .bucket file holds only the creation time.
func TestS3OldBucketMarkerLoads(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "s3", "old"), 0o755))
	created := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "s3", "old", bucketMarker), []byte(created.Format(time.RFC3339Nano)), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "s3", "broken"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "s3", "broken", bucketMarker), []byte("{not json"), 0o644))
	_, err := OpenDiskStore(dir)
	assert.ErrorIs(t, err, ErrCorruptObject, "a damaged .bucket is reported, not guessed")
	require.NoError(t, os.RemoveAll(filepath.Join(dir, "s3", "broken")))
	store, err := OpenDiskStore(dir)
	require.NoError(t, err)
	m, err := store.Bucket("old")
	require.NoError(t, err)
	assert.True(t, created.Equal(m.Created), "Created = %v, want %v", m.Created, created)
	require.NoError(t, store.UpdateBucket("old", func(m BucketMeta) (BucketMeta, error) {
		m.Tags = map[string]string{"a": "b"}
		return m, nil
	}))
	b, err := os.ReadFile(filepath.Join(dir, "s3", "old", bucketMarker))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), "{"), "rewritten as JSON: %s", b)
}
