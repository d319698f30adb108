package main

// This file holds S3 access control lists: GetBucketAcl, PutBucketAcl,
// GetObjectAcl, PutObjectAcl, and the x-amz-acl header of CreateBucket,
// PutObject, CreateMultipartUpload and CopyObject.
//
// The emulator stores a canned ACL per bucket and per object and returns
// the grant document S3 returns for it
// (docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl):
// "public-read" is the owner's FULL_CONTROL plus READ for the AllUsers
// group, and so on. Nothing is enforced: the emulator has one account, and
// a "private" object is served to anyone who signs with its key, as before.
// This is S3 with ACLs enabled (Object Ownership "ObjectWriter"), the
// setting applications that still call PutObjectAcl expect; a new real
// bucket since April 2023 has ACLs disabled and would refuse them.
//
// Only what a canned ACL can express is stored. x-amz-grant-* headers,
// "aws-exec-read" (a grant to an AWS-internal account) and an
// AccessControlPolicy body that matches no canned ACL get 501
// NotImplemented and change nothing.

import (
	"bytes"
	"encoding/xml"
	"net/http"
)

const (
	// emulatorOwner is the canonical id and display name of the one
	// account.
	emulatorOwner  = "emulator"
	xmlSchemaNS    = "http://www.w3.org/2001/XMLSchema-instance"
	allUsersURI    = "http://acs.amazonaws.com/groups/global/AllUsers"
	authUsersURI   = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
	logDeliveryURI = "http://acs.amazonaws.com/groups/s3/LogDelivery"
)

// groupGrant is a grant to one of S3's predefined groups.
type groupGrant struct{ uri, permission string }

// cannedACL is one canned ACL: the grants it adds to the owner's
// FULL_CONTROL, and where S3 accepts it.
type cannedACL struct {
	name           string
	grants         []groupGrant
	bucket, object bool
}

// cannedACLs are S3's canned ACLs in the order a policy body is matched
// against them. bucket-owner-read and bucket-owner-full-control grant the
// bucket owner access to another account's object; with one account the
// owner already has FULL_CONTROL, so S3 returns the private document.
var cannedACLs = []cannedACL{
	{"private", nil, true, true},
	{"public-read", []groupGrant{{allUsersURI, "READ"}}, true, true},
	{"public-read-write", []groupGrant{{allUsersURI, "READ"}, {allUsersURI, "WRITE"}}, true, true},
	{"authenticated-read", []groupGrant{{authUsersURI, "READ"}}, true, true},
	{"log-delivery-write", []groupGrant{{logDeliveryURI, "WRITE"}, {logDeliveryURI, "READ_ACP"}}, true, false},
	{"bucket-owner-read", nil, false, true},
	{"bucket-owner-full-control", nil, false, true},
}

func lookupCannedACL(name string) (cannedACL, bool) {
	if name == "" {
		return cannedACLs[0], true
	}
	for _, c := range cannedACLs {
		if c.name == name {
			return c, true
		}
	}
	return cannedACL{}, false
}

// parseCannedACL returns the canned ACL a request's x-amz-acl header
// names ("" when absent), for a bucket or an object.
func parseCannedACL(h http.Header, forBucket bool) (string, error) {
	for name := range h {
		if _, ok := cutPrefixFold(name, "x-amz-grant-"); ok {
			return "", errNotImplemented("x-amz-grant-* headers (only canned ACLs are emulated)")
		}
	}
	v := h.Get("X-Amz-Acl")
	if v == "aws-exec-read" {
		return "", errNotImplemented("the canned ACL aws-exec-read")
	}
	c, ok := lookupCannedACL(v)
	if !ok || (forBucket && !c.bucket) || (!forBucket && !c.object) {
		return "", newS3Error(400, "InvalidArgument", "The canned ACL "+v+" is not valid here")
	}
	return v, nil
}

type aclGrantee struct {
	XMLNSXSI    string `xml:"xmlns:xsi,attr"`
	Type        string `xml:"xsi:type,attr"`
	ID          string `xml:",omitempty"`
	DisplayName string `xml:",omitempty"`
	URI         string `xml:",omitempty"`
}

type aclGrant struct {
	Grantee    aclGrantee
	Permission string
}

type aclPolicy struct {
	XMLName xml.Name `xml:"AccessControlPolicy"`
	XMLNS   string   `xml:"xmlns,attr"`
	Owner   s3Owner
	Grants  []aclGrant `xml:"AccessControlList>Grant"`
}

// s3Owner is the Owner element of listings and ACLs.
type s3Owner struct {
	ID          string
	DisplayName string
}

var emulatorOwnerXML = s3Owner{emulatorOwner, emulatorOwner}

// aclPolicyIn is an AccessControlPolicy as a client sends it: encoding/xml
// matches "xsi:type" by its local name only on input.
type aclPolicyIn struct {
	Grants []struct {
		Grantee struct {
			Type         string `xml:"type,attr"`
			ID           string
			URI          string
			EmailAddress string
		}
		Permission string
	} `xml:"AccessControlList>Grant"`
}

// policyFor returns the document S3 sends for a canned ACL.
func policyFor(canned string) aclPolicy {
	p := aclPolicy{XMLNS: s3XMLNS, Owner: emulatorOwnerXML}
	p.Grants = append(p.Grants, aclGrant{aclGrantee{xmlSchemaNS, "CanonicalUser", emulatorOwner, emulatorOwner, ""}, "FULL_CONTROL"})
	c, _ := lookupCannedACL(canned)
	for _, g := range c.grants {
		p.Grants = append(p.Grants, aclGrant{aclGrantee{XMLNSXSI: xmlSchemaNS, Type: "Group", URI: g.uri}, g.permission})
	}
	return p
}

// cannedFromPolicy finds the canned ACL whose document a PutObjectAcl or
// PutBucketAcl body states.
func cannedFromPolicy(body []byte, forBucket bool) (string, error) {
	var in aclPolicyIn
	if err := xml.Unmarshal(body, &in); err != nil {
		return "", &s3Error{Status: 400, Code: "MalformedACLError", Message: "The XML you provided was not well-formed or did not validate against our published schema", cause: err}
	}
	ownerFull := false
	groups := map[groupGrant]bool{}
	for _, g := range in.Grants {
		switch {
		case g.Grantee.Type == "CanonicalUser" && g.Grantee.ID == emulatorOwner && g.Permission == "FULL_CONTROL":
			ownerFull = true
		case g.Grantee.Type == "Group" && g.Grantee.URI != "":
			groups[groupGrant{g.Grantee.URI, g.Permission}] = true
		default:
			return "", errNotImplemented("grants other than a canned ACL's")
		}
	}
	if ownerFull {
		for _, c := range cannedACLs {
			if (forBucket && !c.bucket) || (!forBucket && !c.object) || len(c.grants) != len(groups) {
				continue
			}
			match := true
			for _, g := range c.grants {
				match = match && groups[g]
			}
			if match {
				return c.name, nil
			}
		}
	}
	return "", errNotImplemented("grants other than a canned ACL's")
}

func (s *S3) getACL(req *s3Request) error {
	var canned string
	if req.key == "" {
		m, err := s.store.Bucket(req.bucket)
		if err != nil {
			return err
		}
		canned = m.ACL
	} else {
		o, err := s.store.Get(req.bucket, req.key)
		if err != nil {
			return err
		}
		canned = o.ACL
	}
	writeXML(req.w, 200, policyFor(canned))
	return nil
}

func (s *S3) putACL(req *s3Request) error {
	forBucket := req.key == ""
	canned, err := parseCannedACL(req.r.Header, forBucket)
	if err != nil {
		return err
	}
	body, _, err := readBodyChecked(req.r, 64<<10, req.auth, false)
	if err != nil {
		return err
	}
	switch hasBody := len(bytes.TrimSpace(body)) > 0; {
	case hasBody && req.r.Header.Get("X-Amz-Acl") != "":
		return newS3Error(400, "UnexpectedContent", "This request does not support content")
	case hasBody:
		if canned, err = cannedFromPolicy(body, forBucket); err != nil {
			return err
		}
	case req.r.Header.Get("X-Amz-Acl") == "":
		return newS3Error(400, "MissingSecurityHeader", "Your request was missing a required header: x-amz-acl")
	}
	if forBucket {
		err = s.store.UpdateBucket(req.bucket, func(m BucketMeta) (BucketMeta, error) {
			m.ACL = canned
			return m, nil
		})
	} else {
		err = s.store.Update(req.bucket, req.key, func(old *Object) (*Object, error) {
			n := *old
			n.ACL = canned
			return &n, nil
		})
	}
	if err != nil {
		return err
	}
	req.w.WriteHeader(200)
	return nil
}
