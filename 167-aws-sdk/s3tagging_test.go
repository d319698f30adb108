package main

import (
	"bytes"
	"fmt"
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

func tagMap(ts []types.Tag) map[string]string {
	m := map[string]string{}
	for _, t := range ts {
		m[aws.ToString(t.Key)] = aws.ToString(t.Value)
	}
	return m
}

// TestS3ObjectTagging drives tagging through the SDK: x-amz-tagging on
// PUT, the tag count on GET, Get/Put/DeleteObjectTagging (which used to
// replace the object's bytes with the tagging XML), tags on copy, S3's
// limits.
func TestS3ObjectTagging(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "bkt")
	_, err := env.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String("k"),
		Body: strings.NewReader("data"), Tagging: aws.String("team=core&env=dev%20box")})
	require.NoError(t, err)
	get, err := env.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("bkt"), Key: aws.String("k")})
	require.NoError(t, err)
	get.Body.Close()
	assert.Equal(t, int32(2), aws.ToInt32(get.TagCount))

	tg, err := env.client.GetObjectTagging(ctx, &s3.GetObjectTaggingInput{Bucket: aws.String("bkt"), Key: aws.String("k")})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"team": "core", "env": "dev box"}, tagMap(tg.TagSet))

	_, err = env.client.PutObjectTagging(ctx, &s3.PutObjectTaggingInput{Bucket: aws.String("bkt"), Key: aws.String("k"),
		Tagging: &types.Tagging{TagSet: []types.Tag{{Key: aws.String("only"), Value: aws.String("one")}}}})
	require.NoError(t, err)
	assert.Equal(t, "data", env.getBody(t, "bkt", "k"), "tagging leaves the data alone")
	tg, err = env.client.GetObjectTagging(ctx, &s3.GetObjectTaggingInput{Bucket: aws.String("bkt"), Key: aws.String("k")})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"only": "one"}, tagMap(tg.TagSet))

	_, err = env.client.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String("bkt"), Key: aws.String("copy"), CopySource: aws.String("bkt/k")})
	require.NoError(t, err)
	tg, err = env.client.GetObjectTagging(ctx, &s3.GetObjectTaggingInput{Bucket: aws.String("bkt"), Key: aws.String("copy")})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"only": "one"}, tagMap(tg.TagSet), "COPY is the default tagging directive")
	_, err = env.client.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String("bkt"), Key: aws.String("copy2"), CopySource: aws.String("bkt/k"),
		TaggingDirective: types.TaggingDirectiveReplace, Tagging: aws.String("new=tag")})
	require.NoError(t, err)
	tg, err = env.client.GetObjectTagging(ctx, &s3.GetObjectTaggingInput{Bucket: aws.String("bkt"), Key: aws.String("copy2")})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"new": "tag"}, tagMap(tg.TagSet))

	_, err = env.client.DeleteObjectTagging(ctx, &s3.DeleteObjectTaggingInput{Bucket: aws.String("bkt"), Key: aws.String("k")})
	require.NoError(t, err)
	tg, err = env.client.GetObjectTagging(ctx, &s3.GetObjectTaggingInput{Bucket: aws.String("bkt"), Key: aws.String("k")})
	require.NoError(t, err)
	assert.Empty(t, tg.TagSet)
	assert.Equal(t, "data", env.getBody(t, "bkt", "k"))

	var eleven []types.Tag
	for i := range 11 {
		eleven = append(eleven, types.Tag{Key: aws.String("k" + strconv.Itoa(i)), Value: aws.String("v")})
	}
	_, err = env.client.PutObjectTagging(ctx, &s3.PutObjectTaggingInput{Bucket: aws.String("bkt"), Key: aws.String("k"), Tagging: &types.Tagging{TagSet: eleven}})
	assert.Equal(t, "InvalidTag", errorCode(err))
	_, err = env.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String("bad"), Body: strings.NewReader("x"),
		Tagging: aws.String(strings.Repeat("k", 129) + "=v")})
	assert.Equal(t, "InvalidTag", errorCode(err))
	_, err = env.client.GetObjectTagging(ctx, &s3.GetObjectTaggingInput{Bucket: aws.String("bkt"), Key: aws.String("missing")})
	assert.Equal(t, "NoSuchKey", errorCode(err))
}

// TestS3BucketTagging sets, reads and deletes a bucket's tag set, with
// S3's limits (50 tags for a bucket, not 10) and its 404 NoSuchTagSet for
// a bucket without tags.
func TestS3BucketTagging(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "bkt")
	_, err := env.client.GetBucketTagging(ctx, &s3.GetBucketTaggingInput{Bucket: aws.String("bkt")})
	assert.Equal(t, "NoSuchTagSet", errorCode(err))

	var fifty []types.Tag
	for i := range 50 {
		fifty = append(fifty, types.Tag{Key: aws.String(fmt.Sprintf("k%02d", i)), Value: aws.String("v" + strconv.Itoa(i))})
	}
	_, err = env.client.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: aws.String("bkt"), Tagging: &types.Tagging{TagSet: fifty}})
	require.NoError(t, err)
	out, err := env.client.GetBucketTagging(ctx, &s3.GetBucketTaggingInput{Bucket: aws.String("bkt")})
	require.NoError(t, err)
	require.Len(t, out.TagSet, 50)
	assert.Equal(t, "k49", aws.ToString(out.TagSet[49].Key))
	assert.Equal(t, "v49", aws.ToString(out.TagSet[49].Value))

	fiftyOne := append(fifty, types.Tag{Key: aws.String("one-more"), Value: aws.String("")})
	_, err = env.client.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: aws.String("bkt"), Tagging: &types.Tagging{TagSet: fiftyOne}})
	assert.Equal(t, "InvalidTag", errorCode(err))
	_, err = env.client.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: aws.String("bkt"), Tagging: &types.Tagging{TagSet: []types.Tag{
		{Key: aws.String("dup"), Value: aws.String("1")}, {Key: aws.String("dup"), Value: aws.String("2")}}}})
	assert.Equal(t, "InvalidTag", errorCode(err))
	out, err = env.client.GetBucketTagging(ctx, &s3.GetBucketTaggingInput{Bucket: aws.String("bkt")})
	require.NoError(t, err)
	assert.Len(t, out.TagSet, 50, "refused tag sets change nothing")

	_, err = env.client.DeleteBucketTagging(ctx, &s3.DeleteBucketTaggingInput{Bucket: aws.String("bkt")})
	require.NoError(t, err)
	_, err = env.client.GetBucketTagging(ctx, &s3.GetBucketTaggingInput{Bucket: aws.String("bkt")})
	assert.Equal(t, "NoSuchTagSet", errorCode(err))
	_, err = env.client.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: aws.String("nope"), Tagging: &types.Tagging{TagSet: fifty[:1]}})
	assert.Equal(t, "NoSuchBucket", errorCode(err))
	_, err = env.client.GetBucketTagging(ctx, &s3.GetBucketTaggingInput{Bucket: aws.String("nope")})
	assert.Equal(t, "NoSuchBucket", errorCode(err))
}

// TestS3TagsSurviveRestart checks that tags are part of the object file.
func TestS3TagsSurviveRestart(t *testing.T) {
	dir := t.TempDir()
	store, err := OpenDiskStore(dir)
	require.NoError(t, err)
	require.NoError(t, store.CreateBucket("bkt", time.Now()))
	require.NoError(t, store.Put("bkt", &Object{Key: "k", Data: []byte("x"), ETag: `"e"`}))
	require.NoError(t, store.Update("bkt", "k", func(o *Object) (*Object, error) {
		n := *o
		n.Tags = map[string]string{"a": "b"}
		return &n, nil
	}))
	again, err := OpenDiskStore(dir)
	require.NoError(t, err)
	o, err := again.Get("bkt", "k")
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"a": "b"}, o.Tags)
	assert.Equal(t, "x", string(o.Data))
}

// TestS3GetObjectAttributes reads ETag, checksum, size, storage class and
// part count through the SDK; ?attributes used to return the object.
func TestS3GetObjectAttributes(t *testing.T) {
	env := newS3Env(t)
	ctx := t.Context()
	env.mustBucket(t, "bkt")
	put, err := env.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String("k"),
		Body: strings.NewReader("hello, world"), ChecksumAlgorithm: types.ChecksumAlgorithmCrc32})
	require.NoError(t, err)
	out, err := env.client.GetObjectAttributes(ctx, &s3.GetObjectAttributesInput{Bucket: aws.String("bkt"), Key: aws.String("k"),
		ObjectAttributes: []types.ObjectAttributes{types.ObjectAttributesEtag, types.ObjectAttributesChecksum,
			types.ObjectAttributesObjectSize, types.ObjectAttributesStorageClass, types.ObjectAttributesObjectParts}})
	require.NoError(t, err)
	assert.Equal(t, strings.Trim(aws.ToString(put.ETag), `"`), aws.ToString(out.ETag))
	assert.Equal(t, int64(12), aws.ToInt64(out.ObjectSize))
	assert.Equal(t, types.StorageClassStandard, out.StorageClass)
	require.NotNil(t, out.Checksum)
	assert.Equal(t, "/6tyOg==", aws.ToString(out.Checksum.ChecksumCRC32))
	assert.Nil(t, out.ObjectParts, "not a multipart object")
	assert.NotNil(t, out.LastModified)

	_, err = env.client.GetObjectAttributes(ctx, &s3.GetObjectAttributesInput{Bucket: aws.String("bkt"), Key: aws.String("missing"),
		ObjectAttributes: []types.ObjectAttributes{types.ObjectAttributesEtag}})
	assert.Equal(t, "NoSuchKey", errorCode(err))
}

// TestS3GetObjectAttributesParts uploads three parts with CRC32 checksums
// and reads them back per part through GetObjectAttributes, in pages, and
// after a restart of a disk-backed emulator. The SDK reads the count from
// PartsCount (the element was TotalPartsCount, which the SDK ignored).
func TestS3GetObjectAttributesParts(t *testing.T) {
	dir := t.TempDir()
	c, stop := openDiskS3(t, dir)
	ctx := t.Context()
	_, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("bkt")})
	require.NoError(t, err)
	mp, err := c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String("bkt"), Key: aws.String("mp"), ChecksumAlgorithm: types.ChecksumAlgorithmCrc32})
	require.NoError(t, err)
	datas := [][]byte{bytes.Repeat([]byte("a"), MinPartSize), bytes.Repeat([]byte("b"), MinPartSize), []byte("tail")}
	var done []types.CompletedPart
	for i, d := range datas {
		n := aws.Int32(int32(i + 1))
		out, err := c.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("bkt"), Key: aws.String("mp"), UploadId: mp.UploadId, PartNumber: n,
			Body: bytes.NewReader(d), ChecksumAlgorithm: types.ChecksumAlgorithmCrc32})
		require.NoError(t, err)
		require.Equal(t, checksumOf("crc32", d), aws.ToString(out.ChecksumCRC32))
		done = append(done, types.CompletedPart{PartNumber: n, ETag: out.ETag, ChecksumCRC32: out.ChecksumCRC32})
	}
	_, err = c.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: aws.String("bkt"), Key: aws.String("mp"), UploadId: mp.UploadId,
		MultipartUpload: &types.CompletedMultipartUpload{Parts: done}})
	require.NoError(t, err)
	stop()
	c, stop = openDiskS3(t, dir)
	defer stop()

	page := func(maxParts int32, marker string) *types.GetObjectAttributesParts {
		in := &s3.GetObjectAttributesInput{Bucket: aws.String("bkt"), Key: aws.String("mp"),
			ObjectAttributes: []types.ObjectAttributes{types.ObjectAttributesObjectParts}}
		if maxParts > 0 {
			in.MaxParts = aws.Int32(maxParts)
		}
		if marker != "" {
			in.PartNumberMarker = aws.String(marker)
		}
		out, err := c.GetObjectAttributes(ctx, in)
		require.NoError(t, err)
		require.NotNil(t, out.ObjectParts)
		return out.ObjectParts
	}
	all := page(0, "")
	assert.Equal(t, int32(3), aws.ToInt32(all.TotalPartsCount))
	require.Len(t, all.Parts, 3)
	for i, p := range all.Parts {
		assert.Equal(t, int32(i+1), aws.ToInt32(p.PartNumber))
		assert.Equal(t, int64(len(datas[i])), aws.ToInt64(p.Size))
		assert.Equal(t, checksumOf("crc32", datas[i]), aws.ToString(p.ChecksumCRC32), "part %d", i+1)
	}
	assert.False(t, aws.ToBool(all.IsTruncated))

	first := page(2, "")
	require.Len(t, first.Parts, 2)
	assert.True(t, aws.ToBool(first.IsTruncated))
	assert.Equal(t, "2", aws.ToString(first.NextPartNumberMarker))
	rest := page(2, aws.ToString(first.NextPartNumberMarker))
	require.Len(t, rest.Parts, 1)
	assert.Equal(t, int32(3), aws.ToInt32(rest.Parts[0].PartNumber))
	assert.False(t, aws.ToBool(rest.IsTruncated))

	_, err = c.GetObjectAttributes(ctx, &s3.GetObjectAttributesInput{Bucket: aws.String("bkt"), Key: aws.String("mp"),
		ObjectAttributes: []types.ObjectAttributes{types.ObjectAttributesObjectParts}, PartNumberMarker: aws.String("x")})
	assert.Equal(t, "InvalidArgument", errorCode(err))
}
