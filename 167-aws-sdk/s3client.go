package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"iter"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager"
	tmtypes "github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go/logging"
)

// ClientConfig says where an SDK client goes and how it behaves.
type ClientConfig struct {
	Endpoint  string // "http://127.0.0.1:4566"
	Region    string // default "us-east-1"
	AccessKey string
	SecretKey string
	// Retryer is installed with config.WithRetryer; nil keeps the SDK's.
	Retryer aws.RetryerV2
	// Transport, if not nil, adjusts the SDK's own HTTP transport (TLS roots,
	// connection limits). A BuildableClient is used rather than a caller's
	// *http.Client because LoadDefaultConfig must still be able to add
	// AWS_CA_BUNDLE's roots to it.
	Transport func(*http.Transport)
}

// awsConfig loads an aws.Config the way an application would, with
// config.LoadDefaultConfig, pinned to c's endpoint, region and static
// credentials.
func (c ClientConfig) awsConfig(ctx context.Context) (aws.Config, error) {
	region := c.Region
	if region == "" {
		region = "us-east-1"
	}
	opts := []func(*config.LoadOptions) error{
		config.WithRegion(region),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(c.AccessKey, c.SecretKey, "")),
		config.WithBaseEndpoint(c.Endpoint),
		// The SDK logs a line for every response that carries no checksum it
		// can check, which includes every ranged GET.
		config.WithLogger(logging.Nop{}),
	}
	if c.Retryer != nil {
		r := c.Retryer
		opts = append(opts, config.WithRetryer(func() aws.Retryer { return r }))
	}
	if c.Transport != nil {
		opts = append(opts, config.WithHTTPClient(awshttp.NewBuildableClient().WithTransportOptions(c.Transport)))
	}
	cfg, err := config.LoadDefaultConfig(ctx, opts...)
	if err != nil {
		return aws.Config{}, fmt.Errorf("load aws config: %w", err)
	}
	return cfg, nil
}

// NewS3Client returns a service/s3 client for the endpoint, path style.
func NewS3Client(ctx context.Context, c ClientConfig) (*s3.Client, error) {
	cfg, err := c.awsConfig(ctx)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true }), nil
}

// ListObjects yields every object under prefix, following continuation
// tokens with the SDK's paginator; the error, if any, comes last.
func ListObjects(ctx context.Context, client *s3.Client, bucket, prefix string) iter.Seq2[types.Object, error] {
	return func(yield func(types.Object, error) bool) {
		p := s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: &bucket, Prefix: &prefix})
		for p.HasMorePages() {
			page, err := p.NextPage(ctx)
			if err != nil {
				yield(types.Object{}, fmt.Errorf("list %s/%s: %w", bucket, prefix, err))
				return
			}
			for _, o := range page.Contents {
				if !yield(o, nil) {
					return
				}
			}
		}
	}
}

// Upload sends body to bucket/key with the SDK's transfer manager: one
// PutObject under partSize, otherwise a multipart upload with concurrency
// parts in flight. It returns the object's ETag.
func Upload(ctx context.Context, client *s3.Client, bucket, key string, body io.Reader, partSize int64, concurrency int) (string, error) {
	tm := transfermanager.New(client, func(o *transfermanager.Options) {
		o.PartSizeBytes = partSize
		o.MultipartUploadThreshold = partSize
		o.Concurrency = concurrency
	})
	out, err := tm.UploadObject(ctx, &transfermanager.UploadObjectInput{Bucket: &bucket, Key: &key, Body: body})
	if err != nil {
		return "", fmt.Errorf("upload %s/%s: %w", bucket, key, err)
	}
	return aws.ToString(out.ETag), nil
}

// writerAt is an in-memory io.WriterAt for ranged parallel downloads.
type writerAt struct{ buf []byte }

func (w *writerAt) WriteAt(p []byte, off int64) (int, error) {
	if end := off + int64(len(p)); end > int64(len(w.buf)) {
		return 0, fmt.Errorf("write at %d+%d beyond %d bytes: %w", off, len(p), len(w.buf), io.ErrShortWrite)
	}
	return copy(w.buf[off:], p), nil
}

// Download fetches bucket/key with concurrent ranged GETs of partSize bytes
// (the transfer manager's ranged mode) into memory.
func Download(ctx context.Context, client *s3.Client, bucket, key string, partSize int64, concurrency int) ([]byte, error) {
	head, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		return nil, fmt.Errorf("download %s/%s: %w", bucket, key, err)
	}
	w := &writerAt{buf: make([]byte, aws.ToInt64(head.ContentLength))}
	tm := transfermanager.New(client, func(o *transfermanager.Options) {
		o.PartSizeBytes = partSize
		o.Concurrency = concurrency
		o.GetObjectType = tmtypes.GetObjectRanges
	})
	if _, err := tm.DownloadObject(ctx, &transfermanager.DownloadObjectInput{Bucket: &bucket, Key: &key, WriterAt: w}); err != nil {
		return nil, fmt.Errorf("download %s/%s: %w", bucket, key, err)
	}
	return w.buf, nil
}

// Presign returns presigned GET and PUT URLs for bucket/key that plain
// HTTP clients such as curl can use until ttl passes.
func Presign(ctx context.Context, client *s3.Client, bucket, key string, ttl time.Duration) (get, put string, err error) {
	ps := s3.NewPresignClient(client, s3.WithPresignExpires(ttl))
	g, err := ps.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		return "", "", fmt.Errorf("presign get: %w", err)
	}
	p, err := ps.PresignPutObject(ctx, &s3.PutObjectInput{Bucket: &bucket, Key: &key, Body: bytes.NewReader(nil)})
	if err != nil {
		return "", "", fmt.Errorf("presign put: %w", err)
	}
	return g.URL, p.URL, nil
}
