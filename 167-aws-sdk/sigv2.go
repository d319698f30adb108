package main

// This file verifies AWS Signature Version 2 query-string authentication,
// the presigned URLs that the AWS CLI v1 and older SDKs produce for custom
// endpoints: ?AWSAccessKeyId=AK&Expires=<unix seconds>&Signature=<base64>.
//
// The algorithm is S3's "Query string request authentication alternative"
// (docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html):
//
//	string to sign = METHOD \n Content-MD5 \n Content-Type \n Expires \n
//	                 CanonicalizedAmzHeaders CanonicalizedResource
//	signature      = base64(HMAC-SHA1(secret, string to sign))
//
// CanonicalizedAmzHeaders are every x-amz-* header, lower-cased and sorted,
// "name:value\n" each, so no x-amz-* header can be added to a SigV2 URL
// unsigned. CanonicalizedResource is "/bucket/key" as sent (still escaped)
// plus the subresources and response overrides of the query, sorted, with
// decoded values.

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// sigV2Resources are the query parameters that are part of SigV2's
// CanonicalizedResource (botocore's S3_SIGNING_RESOURCES list).
var sigV2Resources = map[string]bool{
	"accelerate": true, "acl": true, "cors": true, "defaultObjectAcl": true, "delete": true,
	"encryption": true, "lifecycle": true, "location": true, "logging": true, "notification": true,
	"partNumber": true, "policy": true, "requestPayment": true, "restore": true, "tagging": true,
	"torrent": true, "uploadId": true, "uploads": true, "versionId": true, "versioning": true,
	"versions": true, "website": true, "response-cache-control": true, "response-content-disposition": true,
	"response-content-encoding": true, "response-content-language": true, "response-content-type": true,
	"response-expires": true, "select": true, "select-type": true, "object-lock": true,
	"retention": true, "legal-hold": true,
}

// isSigV2Query reports whether r carries SigV2 query-string authentication.
func isSigV2Query(q url.Values) bool {
	return q.Has("AWSAccessKeyId") && q.Has("Signature") && q.Has("Expires")
}

// sigV2StringToSign builds the string to sign of a SigV2 presigned request;
// resource is "/bucket/key" as sent, without the query.
func sigV2StringToSign(r *http.Request, q url.Values, resource string) string {
	var b strings.Builder
	b.WriteString(r.Method)
	b.WriteByte('\n')
	b.WriteString(r.Header.Get("Content-MD5"))
	b.WriteByte('\n')
	b.WriteString(r.Header.Get("Content-Type"))
	b.WriteByte('\n')
	b.WriteString(q.Get("Expires"))
	b.WriteByte('\n')
	var amz []string
	for name := range r.Header {
		if len(name) > 6 && strings.EqualFold(name[:6], "x-amz-") {
			amz = append(amz, strings.ToLower(name))
		}
	}
	slices.Sort(amz)
	for _, name := range amz {
		vals := headerValues(r.Header, name)
		trimmed := make([]string, len(vals))
		for i, v := range vals {
			trimmed[i] = strings.TrimSpace(v)
		}
		b.WriteString(name + ":" + strings.Join(trimmed, ",") + "\n")
	}
	b.WriteString(resource)
	var subs []string
	for name, vals := range q {
		if !sigV2Resources[name] {
			continue
		}
		for _, v := range vals {
			if v == "" {
				subs = append(subs, name)
			} else {
				subs = append(subs, name+"="+v)
			}
		}
	}
	if len(subs) > 0 {
		slices.Sort(subs)
		b.WriteString("?" + strings.Join(subs, "&"))
	}
	return b.String()
}

// sigV2Signature is base64(HMAC-SHA1(secret, sts)).
func sigV2Signature(secret, sts string) string {
	m := hmac.New(sha1.New, []byte(secret))
	m.Write([]byte(sts))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// VerifyV2Query checks a SigV2 presigned request: known key, not expired
// (Expires is an absolute Unix time, at most 7 days ahead, as AWS allows
// for presigned URLs), signature equal in constant time.
func (v *SigV4) VerifyV2Query(r *http.Request, resource string) error {
	q := r.URL.Query()
	ak := q.Get("AWSAccessKeyId")
	secret, ok := v.Credentials[ak]
	if !ok {
		return fmt.Errorf("access key %q: %w", ak, ErrUnknownAccessKey)
	}
	exp, err := strconv.ParseInt(q.Get("Expires"), 10, 64)
	if err != nil {
		return fmt.Errorf("query parameter Expires %q is not a Unix time: %w", q.Get("Expires"), ErrMalformedAuth)
	}
	now := v.now()
	if now.Unix() > exp {
		return ErrPresignExpired
	}
	if time.Unix(exp, 0).Sub(now) > maxPresignExpiry {
		return fmt.Errorf("query parameter Expires is more than 7 days ahead: %w", ErrMalformedAuth)
	}
	got, err := base64.StdEncoding.DecodeString(q.Get("Signature"))
	if err != nil {
		return ErrSignatureMismatch
	}
	want, _ := base64.StdEncoding.DecodeString(sigV2Signature(secret, sigV2StringToSign(r, q, resource)))
	if !hmac.Equal(got, want) {
		return ErrSignatureMismatch
	}
	return nil
}
