package main

// This file verifies AWS Signature Version 4 on the server side, for
// requests signed in the Authorization header and for presigned URLs.
//
// The algorithm is AWS's "Signature Version 4 signing process"
// (docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html):
//
//	canonical request = METHOD \n URI \n QUERY \n HEADERS \n SIGNED-HEADERS \n PAYLOAD-HASH
//	string to sign    = "AWS4-HMAC-SHA256" \n X-Amz-Date \n SCOPE \n hex(sha256(canonical request))
//	signing key       = HMAC(HMAC(HMAC(HMAC("AWS4"+secret, date), region), service), "aws4_request")
//	signature         = hex(HMAC(signing key, string to sign))
//
// The server cannot recompute what the client meant; it recomputes what the
// client sent. Two details decide whether that works with real clients: S3
// signs the path exactly as it went over the wire (no second encoding), while
// every other service encodes the already-encoded path once more; and Go's
// server moves Host and Content-Length out of r.Header, so they are rebuilt
// from r.Host and r.ContentLength.

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

const (
	sigV4Algorithm = "AWS4-HMAC-SHA256"
	amzDateFormat  = "20060102T150405Z"
	// maxClockSkew is S3's limit between the request's X-Amz-Date and the
	// server's clock.
	maxClockSkew = 15 * time.Minute
	// maxPresignExpiry is the longest X-Amz-Expires AWS accepts: 7 days.
	maxPresignExpiry = 7 * 24 * time.Hour
	// unsignedPayload is the payload hash of presigned URLs and of clients
	// that do not hash bodies.
	unsignedPayload = "UNSIGNED-PAYLOAD"
	// emptySHA256 is hex(sha256("")).
	emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
)

// Sentinel errors of SigV4 verification. Each maps to an AWS error code in
// [authErrorCode].
var (
	ErrMissingAuth       = errors.New("request is not signed")
	ErrMalformedAuth     = errors.New("malformed authorization")
	ErrUnknownAccessKey  = errors.New("unknown access key")
	ErrSignatureMismatch = errors.New("signature does not match")
	ErrClockSkew         = errors.New("request time too skewed")
	ErrPresignExpired    = errors.New("presigned request has expired")
)

// Credentials maps access key ids to secret keys. A nil or empty map turns
// verification off (anonymous access), as a bare local emulator usually runs.
type Credentials map[string]string

// SigV4 verifies signed requests against a set of [Credentials].
//
// The zero value verifies nothing (no credentials). A SigV4 is safe for
// concurrent use once configured and must not be copied after first use.
type SigV4 struct {
	// Credentials are the accepted key pairs; empty disables verification.
	Credentials Credentials
	// Now returns the server's time; nil means time.Now.
	Now func() time.Time

	// keys caches derived signing keys by secret and scope: the scope
	// changes once a day, and deriving a key costs four HMACs.
	keys sync.Map
}

// sigV4Request is what the verifier learned from a signed request.
type sigV4Request struct {
	AccessKey     string
	Date          time.Time
	Scope         string // date/region/service/aws4_request
	Region        string
	Service       string
	SignedHeaders []string
	Signature     string
	Presigned     bool
	signingKey    []byte
}

// enabled reports whether requests must be signed.
func (v *SigV4) enabled() bool { return v != nil && len(v.Credentials) > 0 }

func (v *SigV4) now() time.Time {
	if v.Now != nil {
		return v.Now()
	}
	return time.Now()
}

// Verify checks r's signature. payloadHash is the hash the client signed:
// for S3 the X-Amz-Content-Sha256 header as sent, for other services the hex
// SHA-256 of the body (the caller hashes it). rawPathS3 selects S3's
// canonical URI rule. Verify reads only headers and the URL, never the body,
// so a request with bad credentials is refused before anything is stored.
func (v *SigV4) Verify(r *http.Request, payloadHash string, rawPathS3 bool) (*sigV4Request, error) {
	var (
		sr  *sigV4Request
		err error
	)
	q := r.URL.Query()
	switch {
	case r.Header.Get("Authorization") != "":
		sr, err = parseAuthHeader(r.Header.Get("Authorization"))
		if err != nil {
			return nil, err
		}
		date := r.Header.Get("X-Amz-Date")
		if date == "" {
			date = r.Header.Get("Date")
		}
		sr.Date, err = parseAmzDate(date)
		if err != nil {
			return nil, err
		}
	case q.Get("X-Amz-Algorithm") != "":
		sr, err = parsePresignedQuery(q)
		if err != nil {
			return nil, err
		}
		if h := q.Get("X-Amz-Content-Sha256"); h != "" {
			payloadHash = h
		} else {
			payloadHash = unsignedPayload
		}
	default:
		return nil, ErrMissingAuth
	}
	secret, ok := v.Credentials[sr.AccessKey]
	if !ok {
		return nil, fmt.Errorf("access key %q: %w", sr.AccessKey, ErrUnknownAccessKey)
	}
	now := v.now()
	if sr.Presigned {
		expires, _ := strconv.Atoi(q.Get("X-Amz-Expires"))
		if now.After(sr.Date.Add(time.Duration(expires) * time.Second)) {
			return nil, ErrPresignExpired
		}
		if sr.Date.After(now.Add(maxClockSkew)) {
			return nil, ErrClockSkew
		}
	} else if d := now.Sub(sr.Date); d > maxClockSkew || d < -maxClockSkew {
		return nil, fmt.Errorf("request time %s, server time %s: %w",
			sr.Date.Format(amzDateFormat), now.UTC().Format(amzDateFormat), ErrClockSkew)
	}
	if !slices.Contains(sr.SignedHeaders, "host") {
		return nil, fmt.Errorf("host is not a signed header: %w", ErrMalformedAuth)
	}
	creq := canonicalRequest(r, sr.SignedHeaders, payloadHash, rawPathS3, sr.Presigned)
	sr.signingKey = v.signingKey(secret, sr.Scope)
	want := hex.EncodeToString(hmacSHA256(sr.signingKey, stringToSign(sr.Date, sr.Scope, creq)))
	if !hmac.Equal([]byte(want), []byte(sr.Signature)) {
		return nil, ErrSignatureMismatch
	}
	return sr, nil
}

// parseAuthHeader parses
// "AWS4-HMAC-SHA256 Credential=AK/date/region/svc/aws4_request, SignedHeaders=a;b, Signature=hex".
func parseAuthHeader(h string) (*sigV4Request, error) {
	alg, rest, ok := strings.Cut(h, " ")
	if !ok || alg != sigV4Algorithm {
		return nil, fmt.Errorf("algorithm %q: %w", alg, ErrMalformedAuth)
	}
	sr := &sigV4Request{}
	var cred string
	for part := range strings.SplitSeq(rest, ",") {
		k, val, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "Credential":
			cred = val
		case "SignedHeaders":
			sr.SignedHeaders = strings.Split(val, ";")
		case "Signature":
			sr.Signature = val
		}
	}
	if cred == "" || len(sr.SignedHeaders) == 0 || sr.Signature == "" {
		return nil, fmt.Errorf("authorization header lacks Credential, SignedHeaders or Signature: %w", ErrMalformedAuth)
	}
	if err := sr.setCredential(cred); err != nil {
		return nil, err
	}
	return sr, nil
}

func parsePresignedQuery(q url.Values) (*sigV4Request, error) {
	if alg := q.Get("X-Amz-Algorithm"); alg != sigV4Algorithm {
		return nil, fmt.Errorf("X-Amz-Algorithm %q: %w", alg, ErrMalformedAuth)
	}
	sr := &sigV4Request{Presigned: true, Signature: q.Get("X-Amz-Signature")}
	sr.SignedHeaders = strings.Split(q.Get("X-Amz-SignedHeaders"), ";")
	if sr.Signature == "" || q.Get("X-Amz-SignedHeaders") == "" {
		return nil, fmt.Errorf("presigned URL lacks X-Amz-Signature or X-Amz-SignedHeaders: %w", ErrMalformedAuth)
	}
	exp, err := strconv.Atoi(q.Get("X-Amz-Expires"))
	if err != nil || exp < 0 || time.Duration(exp)*time.Second > maxPresignExpiry {
		return nil, fmt.Errorf("X-Amz-Expires %q must be 0 to 604800: %w", q.Get("X-Amz-Expires"), ErrMalformedAuth)
	}
	if sr.Date, err = parseAmzDate(q.Get("X-Amz-Date")); err != nil {
		return nil, err
	}
	if err := sr.setCredential(q.Get("X-Amz-Credential")); err != nil {
		return nil, err
	}
	return sr, nil
}

// setCredential splits "AK/20261128/us-east-1/s3/aws4_request".
func (sr *sigV4Request) setCredential(cred string) error {
	parts := strings.Split(cred, "/")
	if len(parts) != 5 || parts[4] != "aws4_request" || len(parts[1]) != 8 {
		return fmt.Errorf("credential %q: %w", cred, ErrMalformedAuth)
	}
	sr.AccessKey, sr.Region, sr.Service = parts[0], parts[2], parts[3]
	sr.Scope = strings.Join(parts[1:], "/")
	return nil
}

func parseAmzDate(s string) (time.Time, error) {
	if t, err := time.Parse(amzDateFormat, s); err == nil {
		return t, nil
	}
	if t, err := http.ParseTime(s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("request date %q: %w", s, ErrMalformedAuth)
}

// canonicalRequest builds the first of SigV4's three strings.
func canonicalRequest(r *http.Request, signed []string, payloadHash string, rawPathS3, presigned bool) string {
	var b strings.Builder
	b.Grow(512) // a signed SDK request's canonical form is typically 400-700 bytes
	b.WriteString(r.Method)
	b.WriteByte('\n')
	b.WriteString(canonicalURI(r, rawPathS3))
	b.WriteByte('\n')
	b.WriteString(canonicalQuery(r.URL.RawQuery, presigned))
	b.WriteByte('\n')
	for _, name := range signed {
		b.WriteString(name)
		b.WriteByte(':')
		b.WriteString(canonicalHeaderValue(r, name))
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	b.WriteString(strings.Join(signed, ";"))
	b.WriteByte('\n')
	b.WriteString(payloadHash)
	return b.String()
}

// canonicalURI returns the path as received (S3) or encoded once more (all
// other services). RequestURI is used rather than r.URL.Path so that the
// client's own escaping survives byte for byte.
func canonicalURI(r *http.Request, rawPathS3 bool) string {
	p := r.RequestURI
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	if p == "" || p[0] != '/' {
		// An absolute-form request line ("GET http://host/path"): use its path.
		p = r.URL.EscapedPath()
	}
	if p == "" {
		p = "/"
	}
	if rawPathS3 {
		return p
	}
	return uriEncode(p, false)
}

// canonicalQuery decodes every name and value, re-encodes them with the
// RFC 3986 unreserved set and sorts by name, then value. A valueless
// parameter ("?uploads") becomes "uploads=".
func canonicalQuery(raw string, presigned bool) string {
	if raw == "" {
		return ""
	}
	type kv struct{ k, v string }
	var pairs []kv
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		dk, err := url.PathUnescape(k)
		if err == nil {
			k = dk
		}
		if dv, err := url.PathUnescape(v); err == nil {
			v = dv
		}
		if presigned && k == "X-Amz-Signature" {
			continue
		}
		pairs = append(pairs, kv{uriEncode(k, true), uriEncode(v, true)})
	}
	slices.SortFunc(pairs, func(a, b kv) int {
		if c := strings.Compare(a.k, b.k); c != 0 {
			return c
		}
		return strings.Compare(a.v, b.v)
	})
	var b strings.Builder
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.k)
		b.WriteByte('=')
		b.WriteString(p.v)
	}
	return b.String()
}

// uriEncode escapes every byte outside RFC 3986's unreserved set
// (A-Z a-z 0-9 - . _ ~); '/' is kept unless encodeSlash.
func uriEncode(s string, encodeSlash bool) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9',
			c == '-', c == '.', c == '_', c == '~', c == '/' && !encodeSlash:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
	}
	return b.String()
}

// canonicalHeaderValue joins a header's values with commas, trimming each
// and collapsing inner runs of spaces, as the SigV4 spec requires.
func canonicalHeaderValue(r *http.Request, name string) string {
	switch name {
	case "host":
		return r.Host
	case "content-length":
		if r.ContentLength >= 0 && r.Header.Get("Content-Length") == "" {
			return strconv.FormatInt(r.ContentLength, 10)
		}
	}
	vals := r.Header.Values(name)
	if len(vals) == 1 && !needsTrim(vals[0]) {
		return vals[0] // the common case: nothing to trim or collapse
	}
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = strings.Join(strings.Fields(v), " ")
	}
	return strings.Join(out, ",")
}

// needsTrim reports whether v has leading or trailing white space or a run
// of two spaces, which SigV4 canonicalisation must remove.
func needsTrim(v string) bool {
	if v == "" {
		return false
	}
	if v[0] == ' ' || v[0] == '\t' || v[len(v)-1] == ' ' || v[len(v)-1] == '\t' {
		return true
	}
	return strings.Contains(v, "  ") || strings.ContainsAny(v, "\t\n\r")
}

func stringToSign(date time.Time, scope, canonical string) string {
	h := sha256.Sum256([]byte(canonical))
	return sigV4Algorithm + "\n" + date.UTC().Format(amzDateFormat) + "\n" + scope + "\n" + hex.EncodeToString(h[:])
}

// signingKey returns the derived key for secret and scope, from the cache
// when it can.
func (v *SigV4) signingKey(secret, scope string) []byte {
	id := secret + "\x00" + scope
	if k, ok := v.keys.Load(id); ok {
		return k.([]byte)
	}
	k := signingKey(secret, scope)
	v.keys.Store(id, k)
	return k
}

// signingKey derives the key from the secret and the scope
// "date/region/service/aws4_request".
func signingKey(secret, scope string) []byte {
	k := []byte("AWS4" + secret)
	for part := range strings.SplitSeq(scope, "/") {
		k = hmacSHA256(k, part)
	}
	return k
}

func hmacSHA256(key []byte, data string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(data))
	return m.Sum(nil)
}

// chunkSignature is the signature of one chunk of a
// STREAMING-AWS4-HMAC-SHA256-PAYLOAD body: it chains the previous
// signature (the seed is the request's own) with the chunk's hash.
func (sr *sigV4Request) chunkSignature(prev string, chunk []byte) string {
	h := sha256.Sum256(chunk)
	sts := "AWS4-HMAC-SHA256-PAYLOAD\n" + sr.Date.UTC().Format(amzDateFormat) + "\n" + sr.Scope + "\n" +
		prev + "\n" + emptySHA256 + "\n" + hex.EncodeToString(h[:])
	return hex.EncodeToString(hmacSHA256(sr.signingKey, sts))
}
