package main

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestS3ReservedBucketNames checks S3's reserved prefixes and suffixes,
// which used to be accepted.
func TestS3ReservedBucketNames(t *testing.T) {
	env := newS3Env(t)
	for _, name := range []string{"xn--bucket", "sthree-bucket", "amzn-s3-demo-b", "b-s3alias", "bkt--ol-s3", "bkt.mrap"} {
		_, err := env.client.CreateBucket(t.Context(), &s3.CreateBucketInput{Bucket: aws.String(name)})
		assert.Equal(t, "InvalidBucketName", errorCode(err), name)
	}
	env.mustBucket(t, "xn-fine--bucket")
}

// TestS3LocationConstraint checks CreateBucketConfiguration, which used to
// be ignored: the endpoint's own region is stored and reported, any other
// is refused as S3's regional endpoints refuse it.
func TestS3LocationConstraint(t *testing.T) {
	env := newS3Env(t, func(o *S3Options, _ *bool) { o.Region = "eu-west-1" })
	ctx := t.Context()
	_, err := env.client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("here"),
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: types.BucketLocationConstraintEuWest1}})
	require.NoError(t, err)
	loc, err := env.client.GetBucketLocation(ctx, &s3.GetBucketLocationInput{Bucket: aws.String("here")})
	require.NoError(t, err)
	assert.Equal(t, types.BucketLocationConstraintEuWest1, loc.LocationConstraint)

	_, err = env.client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("there"),
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: types.BucketLocationConstraintApSouth1}})
	assert.Equal(t, "IllegalLocationConstraintException", errorCode(err))
	_, err = env.client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String("there")})
	assert.Error(t, err, "not created")

	east := newS3Env(t)
	_, err = east.client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("east"),
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: "us-east-1"}})
	assert.Equal(t, "InvalidLocationConstraint", errorCode(err), "us-east-1 is never written as a constraint")
}
