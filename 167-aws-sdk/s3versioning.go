package main

// This file holds the bucket versioning status: GetBucketVersioning and
// PutBucketVersioning (?versioning on a bucket).
//
// Only the status document is emulated. PutBucketVersioning stores
// "Enabled" or "Suspended" and GetBucketVersioning returns it, so tools
// that set and check the status (Terraform, the CLI, setup scripts) work.
// Objects are NOT versioned: the store holds one copy per key, an
// overwrite or a delete replaces it as in a never-versioned bucket, no
// x-amz-version-id is returned, and ListObjectVersions (?versions) is
// 501 NotImplemented. Rather than pretend, every request that names a
// version other than "null" (the id S3 gives objects stored while
// versioning was off) is refused with 404 NoSuchVersion: ?versionId on an
// object, a versionId in X-Amz-Copy-Source, and a VersionId in a
// DeleteObjects entry.

import (
	"encoding/xml"
	"net/url"
)

// errNoSuchVersion is the answer to a version the store does not keep.
var errNoSuchVersion = newS3Error(404, "NoSuchVersion", "The specified version does not exist. (The emulator keeps only the null version of each key.)")

// checkVersionID refuses a version id other than "null"; "" is no version.
func checkVersionID(id string) error {
	if id == "" || id == "null" {
		return nil
	}
	return errNoSuchVersion
}

// checkVersionQuery applies [checkVersionID] to a request's ?versionId.
func checkVersionQuery(q url.Values) error {
	if vs, ok := q["versionId"]; ok {
		if len(vs) != 1 || vs[0] == "" {
			return newS3Error(400, "InvalidArgument", "Version id cannot be the empty string")
		}
		return checkVersionID(vs[0])
	}
	return nil
}

type versioningXML struct {
	XMLName   xml.Name `xml:"VersioningConfiguration"`
	XMLNS     string   `xml:"xmlns,attr,omitempty"`
	Status    string   `xml:",omitempty"`
	MfaDelete string   `xml:",omitempty"`
}

func (s *S3) getBucketVersioning(req *s3Request) error {
	m, err := s.store.Bucket(req.bucket)
	if err != nil {
		return err
	}
	writeXML(req.w, 200, versioningXML{XMLNS: s3XMLNS, Status: m.Versioning})
	return nil
}

// decodeVersioning parses a PutBucketVersioning body.
func decodeVersioning(body []byte) (string, error) {
	var in versioningXML
	if err := xml.Unmarshal(body, &in); err != nil {
		return "", &s3Error{Status: 400, Code: "MalformedXML", Message: "The XML you provided was not well-formed or did not validate against our published schema", cause: err}
	}
	switch in.MfaDelete {
	case "", "Disabled":
	case "Enabled":
		return "", errNotImplemented("MFA delete")
	default:
		return "", newS3Error(400, "MalformedXML", "MfaDelete must be Enabled or Disabled")
	}
	switch in.Status {
	case "Enabled", "Suspended":
		return in.Status, nil
	}
	return "", newS3Error(400, "IllegalVersioningConfigurationException", "The Versioning element must be specified as Enabled or Suspended")
}

func (s *S3) putBucketVersioning(req *s3Request) error {
	body, _, err := readBodyChecked(req.r, 64<<10, req.auth, true)
	if err != nil {
		return err
	}
	status, err := decodeVersioning(body)
	if err != nil {
		return err
	}
	if err := s.store.UpdateBucket(req.bucket, func(m BucketMeta) (BucketMeta, error) {
		m.Versioning = status
		return m, nil
	}); err != nil {
		return err
	}
	if status == "Enabled" {
		s.opts.Logger.Warn("versioning status stored, but objects are not versioned: an overwrite replaces the only copy", "bucket", req.bucket)
	}
	req.w.WriteHeader(200)
	return nil
}
