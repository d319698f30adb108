package main

// This file holds the S3 route table: the one place that says which
// operation a request is, used both to dispatch it and to name it in fault
// profiles, logs and the demo's per-operation counts.
//
// S3 picks an operation by method, by what the path addresses (the service,
// a bucket or an object) and by a "subresource" query parameter: ?acl,
// ?tagging, ?versioning, ?uploads, ... A handler that ignored the
// subresource would do the plain operation instead — PUT ?acl would replace
// the object with the ACL document, GET ?versioning would list the bucket.
// So the table is an allow-list: a request with a subresource the emulator
// does not implement, or with a query parameter it does not know, gets S3's
// own 501 NotImplemented and nothing is read or written. The list of
// subresource names is S3's (the "sub-resources" of the SigV2 canonical
// resource, docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html,
// plus the ones added since).

import (
	"net/http"
	"sort"
	"strings"
)

// s3Target is what a request path addresses.
type s3Target uint8

const (
	targetService s3Target = iota // "/"
	targetBucket                  // "/bucket"
	targetObject                  // "/bucket/key"
)

// s3Route is one row of the route table.
type s3Route struct {
	method string
	target s3Target
	sub    string // the subresource query parameter, "" for none
	// copy, when set, requires an X-Amz-Copy-Source header; rows without it
	// refuse one, so a copy is never taken for a plain PUT.
	copy   bool
	op     string
	handle func(*S3, *s3Request) error
}

// s3Routes is the route table. ListObjects and ListObjectsV2 share a row:
// list-type=2 is a parameter, not a subresource.
var s3Routes = []s3Route{
	{http.MethodGet, targetService, "", false, "ListBuckets", (*S3).listBuckets},

	{http.MethodPut, targetBucket, "", false, "CreateBucket", (*S3).createBucket},
	{http.MethodHead, targetBucket, "", false, "HeadBucket", (*S3).headBucket},
	{http.MethodDelete, targetBucket, "", false, "DeleteBucket", (*S3).deleteBucket},
	{http.MethodGet, targetBucket, "", false, "ListObjects", (*S3).listObjectsRoute},
	{http.MethodPost, targetBucket, "delete", false, "DeleteObjects", (*S3).deleteObjects},
	{http.MethodGet, targetBucket, "location", false, "GetBucketLocation", (*S3).bucketLocation},
	{http.MethodGet, targetBucket, "uploads", false, "ListMultipartUploads", (*S3).listMultipartUploads},
	{http.MethodGet, targetBucket, "versioning", false, "GetBucketVersioning", (*S3).getBucketVersioning},
	{http.MethodPut, targetBucket, "versioning", false, "PutBucketVersioning", (*S3).putBucketVersioning},
	{http.MethodGet, targetBucket, "acl", false, "GetBucketAcl", (*S3).getACL},
	{http.MethodPut, targetBucket, "acl", false, "PutBucketAcl", (*S3).putACL},
	{http.MethodGet, targetBucket, "tagging", false, "GetBucketTagging", (*S3).getBucketTagging},
	{http.MethodPut, targetBucket, "tagging", false, "PutBucketTagging", (*S3).putBucketTagging},
	{http.MethodDelete, targetBucket, "tagging", false, "DeleteBucketTagging", (*S3).deleteBucketTagging},

	{http.MethodPut, targetObject, "", false, "PutObject", (*S3).putObject},
	{http.MethodPut, targetObject, "", true, "CopyObject", (*S3).copyObject},
	{http.MethodGet, targetObject, "", false, "GetObject", (*S3).getObject},
	{http.MethodHead, targetObject, "", false, "HeadObject", (*S3).getObject},
	{http.MethodDelete, targetObject, "", false, "DeleteObject", (*S3).deleteObject},
	{http.MethodPost, targetObject, "uploads", false, "CreateMultipartUpload", (*S3).createMultipart},
	{http.MethodPut, targetObject, "uploadId", false, "UploadPart", (*S3).uploadPart},
	{http.MethodPut, targetObject, "uploadId", true, "UploadPartCopy", (*S3).uploadPartCopy},
	{http.MethodPost, targetObject, "uploadId", false, "CompleteMultipartUpload", (*S3).completeMultipart},
	{http.MethodDelete, targetObject, "uploadId", false, "AbortMultipartUpload", (*S3).abortMultipart},
	{http.MethodGet, targetObject, "uploadId", false, "ListParts", (*S3).listParts},
	{http.MethodGet, targetObject, "attributes", false, "GetObjectAttributes", (*S3).getObjectAttributes},
	{http.MethodGet, targetObject, "tagging", false, "GetObjectTagging", (*S3).getObjectTagging},
	{http.MethodPut, targetObject, "tagging", false, "PutObjectTagging", (*S3).putObjectTagging},
	{http.MethodDelete, targetObject, "tagging", false, "DeleteObjectTagging", (*S3).deleteObjectTagging},
	{http.MethodGet, targetObject, "acl", false, "GetObjectAcl", (*S3).getACL},
	{http.MethodPut, targetObject, "acl", false, "PutObjectAcl", (*S3).putACL},
}

// s3Subresources are S3's subresource query parameters, emulated or not.
var s3Subresources = map[string]bool{
	"accelerate": true, "acl": true, "analytics": true, "attributes": true, "cors": true,
	"delete": true, "encryption": true, "intelligent-tiering": true, "inventory": true,
	"legal-hold": true, "lifecycle": true, "location": true, "logging": true, "metadataTable": true,
	"metrics": true, "notification": true, "object-lock": true, "ownershipControls": true,
	"policy": true, "policyStatus": true, "publicAccessBlock": true, "renameObject": true,
	"replication": true, "requestPayment": true, "restore": true, "retention": true,
	"select": true, "session": true, "tagging": true, "torrent": true, "uploadId": true,
	"uploads": true, "versioning": true, "versions": true, "website": true,
}

// s3Parameters are the query parameters that qualify an operation without
// choosing it. Names starting with "response-" (GetObject's header
// overrides) and "x-amz-" (presigned URLs, any case) are parameters too.
var s3Parameters = map[string]bool{
	"x-id": true, "prefix": true, "delimiter": true, "marker": true, "max-keys": true,
	"encoding-type": true, "list-type": true, "continuation-token": true, "start-after": true,
	"fetch-owner": true, "partNumber": true, "versionId": true, "max-parts": true,
	"part-number-marker": true, "key-marker": true, "upload-id-marker": true, "max-uploads": true,
	"AWSAccessKeyId": true, "Signature": true, "Expires": true, "select-type": true,
}

// errNotImplemented is S3's answer to an operation the emulator lacks.
func errNotImplemented(what string) *s3Error {
	return newS3Error(501, "NotImplemented", "A header or query you provided implies functionality that is not implemented: "+what)
}

// s3Lookup finds the route of a request. When there is none it returns the
// error to answer with and an operation name for logs: "NotImplemented"
// with S3's 501 for unknown subresources, methods of a subresource and
// parameters, 405 MethodNotAllowed for a plain bucket or object asked with
// a method S3 lacks.
func s3Lookup(req *s3Request) (*s3Route, string, error) {
	target := targetObject
	switch {
	case req.bucket == "":
		target = targetService
	case req.key == "":
		target = targetBucket
	}
	var subs []string
	for name := range req.query {
		switch {
		case s3Subresources[name]:
			subs = append(subs, name)
		case s3Parameters[name], strings.HasPrefix(name, "response-"), len(name) > 6 && strings.EqualFold(name[:6], "x-amz-"):
		default:
			return nil, "NotImplemented", errNotImplemented("query parameter " + name)
		}
	}
	sub := ""
	switch len(subs) {
	case 0:
	case 1:
		sub = subs[0]
	default:
		sort.Strings(subs)
		return nil, "NotImplemented", errNotImplemented("subresources " + strings.Join(subs, ", "))
	}
	copySrc := req.r.Header.Get("X-Amz-Copy-Source") != ""
	for i := range s3Routes {
		rt := &s3Routes[i]
		if rt.target != target || rt.sub != sub {
			continue
		}
		if rt.method == req.r.Method && rt.copy == copySrc {
			if rt.op == "ListObjects" && req.query.Get("list-type") == "2" {
				return rt, "ListObjectsV2", nil
			}
			return rt, rt.op, nil
		}
	}
	switch {
	case sub != "":
		// PutBucketLifecycle, PostObjectRestore, ...: S3 has the
		// operation, the emulator does not.
		return nil, "NotImplemented", errNotImplemented(req.r.Method + " ?" + sub)
	case copySrc && req.r.Method == http.MethodPut:
		return nil, "NotImplemented", errNotImplemented("x-amz-copy-source on this operation")
	}
	return nil, "MethodNotAllowed", newS3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.")
}

// s3OperationName names the operation a request asks for, for fault
// profiles and logs ("PutObject", "GetObject", ...). It is read from the
// same table that dispatches.
func s3OperationName(req *s3Request) string {
	_, op, _ := s3Lookup(req)
	return op
}

func (s *S3) listObjectsRoute(req *s3Request) error {
	return s.listObjects(req, req.query.Get("list-type") == "2")
}
