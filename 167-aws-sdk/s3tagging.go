package main

// This file holds S3 object tagging: GetObjectTagging, PutObjectTagging and
// DeleteObjectTagging (?tagging on an object), the x-amz-tagging header of
// PutObject, CreateMultipartUpload and CopyObject (with
// x-amz-tagging-directive), and x-amz-tagging-count on GET and HEAD. The
// AWS CLI reads a source's tags before every multipart S3-to-S3 copy, so
// without them "aws s3 cp s3://b/big s3://b/copy" fails.
//
// S3's rules (docs.aws.amazon.com/AmazonS3/latest/userguide/object-tagging.html):
// at most 10 tags, keys of 1 to 128 and values of 0 to 256 Unicode
// characters, keys unique; anything else is 400 InvalidTag. Buckets have
// tag sets too (GetBucketTagging, PutBucketTagging, DeleteBucketTagging),
// up to 50 tags, kept in [BucketMeta] and so on disk with -data; a bucket
// without tags answers GetBucketTagging with 404 NoSuchTagSet, as S3 does.

import (
	"encoding/xml"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"unicode/utf8"
)

const (
	maxTags        = 10
	maxBucketTags  = 50
	maxTagKeyLen   = 128
	maxTagValueLen = 256
)

// ErrInvalidTag marks a tag set that breaks S3's limits.
var ErrInvalidTag = errors.New("invalid tag")

type tagXML struct {
	Key   string
	Value string
}

type taggingXML struct {
	XMLName xml.Name `xml:"Tagging"`
	XMLNS   string   `xml:"xmlns,attr,omitempty"`
	Tags    []tagXML `xml:"TagSet>Tag"`
}

// checkTags applies S3's limits for objects to a tag set given as pairs.
func checkTags(pairs []tagXML) (map[string]string, error) {
	return checkTagsMax(pairs, maxTags)
}

// checkTagsMax applies S3's limits with at most limit tags.
func checkTagsMax(pairs []tagXML, limit int) (map[string]string, error) {
	if len(pairs) > limit {
		return nil, fmt.Errorf("%d tags, at most %d: %w", len(pairs), limit, ErrInvalidTag)
	}
	tags := make(map[string]string, len(pairs))
	for _, p := range pairs {
		if n := utf8.RuneCountInString(p.Key); n < 1 || n > maxTagKeyLen {
			return nil, fmt.Errorf("tag key %q must have 1 to %d characters: %w", p.Key, maxTagKeyLen, ErrInvalidTag)
		}
		if utf8.RuneCountInString(p.Value) > maxTagValueLen {
			return nil, fmt.Errorf("tag value of %q longer than %d characters: %w", p.Key, maxTagValueLen, ErrInvalidTag)
		}
		if _, dup := tags[p.Key]; dup {
			return nil, fmt.Errorf("tag key %q given twice: %w", p.Key, ErrInvalidTag)
		}
		tags[p.Key] = p.Value
	}
	return tags, nil
}

// parseTaggingHeader parses x-amz-tagging, a URL query string
// ("k1=v1&k2=v2"); an absent header is no tags.
func parseTaggingHeader(v string) (map[string]string, error) {
	if v == "" {
		return nil, nil
	}
	q, err := url.ParseQuery(v)
	if err != nil {
		return nil, fmt.Errorf("x-amz-tagging %q: %v: %w", v, err, ErrInvalidTag)
	}
	var pairs []tagXML
	for _, k := range slices.Sorted(maps.Keys(q)) {
		for _, val := range q[k] {
			pairs = append(pairs, tagXML{k, val})
		}
	}
	return checkTags(pairs)
}

// decodeTagging parses a PutObjectTagging body.
func decodeTagging(body []byte) (map[string]string, error) {
	return decodeTaggingMax(body, maxTags)
}

// decodeTaggingMax parses a Tagging document of at most limit tags.
func decodeTaggingMax(body []byte, limit int) (map[string]string, error) {
	var in taggingXML
	if err := xml.Unmarshal(body, &in); err != nil {
		return nil, &s3Error{Status: 400, Code: "MalformedXML", Message: "The XML you provided was not well-formed or did not validate against our published schema", cause: err}
	}
	return checkTagsMax(in.Tags, limit)
}

// writeTagging answers with a Tagging document, keys sorted.
func writeTagging(w http.ResponseWriter, tags map[string]string) {
	out := taggingXML{XMLNS: s3XMLNS, Tags: []tagXML{}}
	for _, k := range slices.Sorted(maps.Keys(tags)) {
		out.Tags = append(out.Tags, tagXML{k, tags[k]})
	}
	writeXML(w, 200, out)
}

func (s *S3) getObjectTagging(req *s3Request) error {
	o, err := s.store.Get(req.bucket, req.key)
	if err != nil {
		return err
	}
	writeTagging(req.w, o.Tags)
	return nil
}

func (s *S3) getBucketTagging(req *s3Request) error {
	m, err := s.store.Bucket(req.bucket)
	if err != nil {
		return err
	}
	if len(m.Tags) == 0 {
		return newS3Error(404, "NoSuchTagSet", "The TagSet does not exist")
	}
	writeTagging(req.w, m.Tags)
	return nil
}

func (s *S3) putBucketTagging(req *s3Request) error {
	if !s.store.HasBucket(req.bucket) {
		return ErrNoSuchBucket
	}
	body, _, err := readBodyChecked(req.r, 64<<10, req.auth, true)
	if err != nil {
		return err
	}
	tags, err := decodeTaggingMax(body, maxBucketTags)
	if err != nil {
		return err
	}
	return s.setBucketTags(req, tags, 204)
}

func (s *S3) deleteBucketTagging(req *s3Request) error {
	return s.setBucketTags(req, nil, 204)
}

// setBucketTags replaces the bucket's tag set.
func (s *S3) setBucketTags(req *s3Request, tags map[string]string, status int) error {
	err := s.store.UpdateBucket(req.bucket, func(m BucketMeta) (BucketMeta, error) {
		m.Tags = tags
		return m, nil
	})
	if err != nil {
		return err
	}
	req.w.WriteHeader(status)
	return nil
}

func (s *S3) putObjectTagging(req *s3Request) error {
	body, _, err := readBodyChecked(req.r, 64<<10, req.auth, true)
	if err != nil {
		return err
	}
	tags, err := decodeTagging(body)
	if err != nil {
		return err
	}
	return s.setTags(req, tags, 200)
}

func (s *S3) deleteObjectTagging(req *s3Request) error {
	return s.setTags(req, nil, 204)
}

// setTags replaces the object's tag set, leaving its data, metadata and
// LastModified as they are (as S3 does).
func (s *S3) setTags(req *s3Request, tags map[string]string, status int) error {
	err := s.store.Update(req.bucket, req.key, func(old *Object) (*Object, error) {
		n := *old
		n.Tags = tags
		return &n, nil
	})
	if err != nil {
		return err
	}
	req.w.WriteHeader(status)
	return nil
}

// setTaggingCount adds x-amz-tagging-count to a GET or HEAD answer.
func setTaggingCount(h http.Header, o *Object) {
	if len(o.Tags) > 0 {
		h.Set("X-Amz-Tagging-Count", strconv.Itoa(len(o.Tags)))
	}
}
