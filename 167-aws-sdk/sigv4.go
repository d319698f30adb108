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
	"hash"
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
	// ErrWrongRegion marks a credential scope naming another region than
	// the endpoint's (or a scope date other than the request's).
	ErrWrongRegion = errors.New("credential scope does not match the endpoint")
	// ErrHeadersNotSigned marks a request carrying x-amz-* headers that
	// SignedHeaders does not cover: anyone who holds a presigned URL could
	// otherwise add x-amz-copy-source or x-amz-meta-* to it.
	ErrHeadersNotSigned = errors.New("x-amz-* headers present that are not signed")
	// ErrQueryAuth marks a presigned URL whose X-Amz-* query parameters are
	// malformed or name the wrong scope; it wraps ErrMalformedAuth or
	// ErrWrongRegion. S3 answers these with AuthorizationQueryParametersError,
	// not the AuthorizationHeaderMalformed of a signed header.
	ErrQueryAuth = errors.New("error in the authorization query parameters")
)

// queryAuthError marks err as a presigned URL's when sr is presigned.
func queryAuthError(sr *sigV4Request, err error) error {
	if sr != nil && sr.Presigned {
		return fmt.Errorf("%w: %w", ErrQueryAuth, err)
	}
	return err
}

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
	// Region, when set, is the only region a credential scope may name,
	// as an AWS endpoint serves one region; empty accepts any.
	Region string

	// keysMu guards keys, the derived signing keys by secret and scope:
	// the scope changes once a day, and deriving a key costs four HMACs.
	// The scope comes from the request before its signature is checked,
	// so the cache is emptied when it reaches maxCachedKeys.
	keysMu sync.RWMutex
	keys   map[signingKeyID]*signingKeyEntry
}

// maxCachedKeys bounds the signing-key cache: a client that knows an access
// key id but not its secret can still claim any region or date.
const maxCachedKeys = 1024

type signingKeyID struct{ secret, scope string }

// signingKeyEntry is one derived key and a pool of HMAC-SHA256 states
// keyed with it: hmac.New costs two SHA-256 states and the key schedule,
// while Reset on a pooled one restores the keyed state.
type signingKeyEntry struct {
	key  []byte
	macs sync.Pool // of hash.Hash
}

// sigScratch is the per-verification scratch space: the canonical request,
// the string to sign and the MAC are built in buffers reused across
// requests, so a verification allocates little beyond its result.
type sigScratch struct {
	creq, sts, mac []byte
}

var sigScratchPool = sync.Pool{New: func() any {
	return &sigScratch{creq: make([]byte, 0, 1024), sts: make([]byte, 0, 256), mac: make([]byte, 0, sha256.Size)}
}}

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
	signedRaw     string // SignedHeaders as sent, "a;b;c"
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
	return v.verify(r, nil, payloadHash, rawPathS3)
}

// verify is Verify with the request's query already parsed, or nil to
// parse it when needed (only presigned URLs need it).
func (v *SigV4) verify(r *http.Request, q url.Values, payloadHash string, rawPathS3 bool) (*sigV4Request, error) {
	var (
		sr  *sigV4Request
		err error
	)
	auth := r.Header.Get("Authorization")
	if auth == "" && q == nil && r.URL.RawQuery != "" {
		q = r.URL.Query()
	}
	if auth != "" {
		sr, err = parseAuthHeader(auth)
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
	} else if q.Get("X-Amz-Algorithm") != "" {
		sr, err = parsePresignedQuery(q)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrQueryAuth, err)
		}
		if h := q.Get("X-Amz-Content-Sha256"); h != "" {
			payloadHash = h
		} else {
			payloadHash = unsignedPayload
		}
	} else {
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
		return nil, queryAuthError(sr, fmt.Errorf("host is not a signed header: %w", ErrMalformedAuth))
	}
	if v.Region != "" && sr.Region != v.Region {
		return nil, queryAuthError(sr, fmt.Errorf("the region '%s' is wrong; expecting '%s': %w", sr.Region, v.Region, ErrWrongRegion))
	}
	if d := sr.Date.UTC().Format("20060102"); !strings.HasPrefix(sr.Scope, d+"/") {
		return nil, queryAuthError(sr, fmt.Errorf("the date in the credential scope %q does not match the request date %s: %w", sr.Scope, d, ErrWrongRegion))
	}
	if err := checkAmzHeadersSigned(r.Header, sr.SignedHeaders); err != nil {
		return nil, err
	}
	key := v.signingKey(secret, sr.Scope)
	sr.signingKey = key.key

	sc := sigScratchPool.Get().(*sigScratch)
	defer sigScratchPool.Put(sc)
	sc.creq = appendCanonicalRequest(sc.creq[:0], r, sr, payloadHash, rawPathS3)
	sc.sts = appendStringToSign(sc.sts[:0], sr.Date, sr.Scope, sc.creq)
	mac, _ := key.macs.Get().(hash.Hash)
	if mac == nil {
		mac = hmac.New(sha256.New, key.key)
	}
	mac.Reset()
	mac.Write(sc.sts)
	sc.mac = mac.Sum(sc.mac[:0])
	key.macs.Put(mac)
	// Compare MACs as bytes, in constant time; a signature that is not
	// 64 hex digits cannot match.
	var got [sha256.Size]byte
	if !decodeHexString(got[:], sr.Signature) || !hmac.Equal(got[:], sc.mac) {
		return nil, ErrSignatureMismatch
	}
	return sr, nil
}

// checkAmzHeadersSigned returns ErrHeadersNotSigned, naming the headers,
// when an x-amz-* header of h is missing from signed (lower-case names).
// S3 refuses such requests with "There were headers present in the request
// which were not signed"; without the check, a presigned PUT could carry
// an unsigned x-amz-copy-source and copy any object into its key.
func checkAmzHeadersSigned(h http.Header, signed []string) error {
	var missing []string
	for name := range h {
		if len(name) < 6 || !strings.EqualFold(name[:6], "x-amz-") {
			continue
		}
		lower := strings.ToLower(name)
		if !slices.Contains(signed, lower) {
			missing = append(missing, lower)
		}
	}
	if missing != nil {
		slices.Sort(missing)
		return fmt.Errorf("%s: %w", strings.Join(missing, ", "), ErrHeadersNotSigned)
	}
	return nil
}

// decodeHexString decodes s, which must be exactly 2*len(dst) hex digits
// of either case, into dst without allocating.
func decodeHexString(dst []byte, s string) bool {
	if len(s) != 2*len(dst) {
		return false
	}
	for i := range dst {
		hi, ok1 := fromHexChar(s[2*i])
		lo, ok2 := fromHexChar(s[2*i+1])
		if !ok1 || !ok2 {
			return false
		}
		dst[i] = hi<<4 | lo
	}
	return true
}

func fromHexChar(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
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
			sr.signedRaw = val
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
	sr.signedRaw = q.Get("X-Amz-SignedHeaders")
	sr.SignedHeaders = strings.Split(sr.signedRaw, ";")
	if sr.Signature == "" || sr.signedRaw == "" {
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
	ak, scope, _ := strings.Cut(cred, "/")
	date, rest, _ := strings.Cut(scope, "/")
	region, rest, _ := strings.Cut(rest, "/")
	service, term, ok := strings.Cut(rest, "/")
	if !ok || term != "aws4_request" || len(date) != 8 {
		return fmt.Errorf("credential %q: %w", cred, ErrMalformedAuth)
	}
	sr.AccessKey, sr.Region, sr.Service, sr.Scope = ak, region, service, scope
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

// appendCanonicalRequest appends the first of SigV4's three strings, the
// canonical request, to b: method, URI,
// query, the signed headers with their values, their names, the payload
// hash, one per line.
func appendCanonicalRequest(b []byte, r *http.Request, sr *sigV4Request, payloadHash string, rawPathS3 bool) []byte {
	b = append(b, r.Method...)
	b = append(b, '\n')
	b = appendCanonicalURI(b, r, rawPathS3)
	b = append(b, '\n')
	b = appendCanonicalQuery(b, r.URL.RawQuery, sr.Presigned)
	b = append(b, '\n')
	for _, name := range sr.SignedHeaders {
		b = append(b, name...)
		b = append(b, ':')
		b = appendCanonicalHeaderValue(b, r, name)
		b = append(b, '\n')
	}
	b = append(b, '\n')
	b = append(b, sr.signedRaw...)
	b = append(b, '\n')
	return append(b, payloadHash...)
}

// appendCanonicalURI appends the path as received (S3) or encoded once
// more (all other services). RequestURI is used rather than r.URL.Path so
// that the client's own escaping survives byte for byte.
func appendCanonicalURI(b []byte, r *http.Request, rawPathS3 bool) []byte {
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
		return append(b, p...)
	}
	return appendURIEncoded(b, p, false)
}

// canonicalQuery returns the canonical form of a raw query string.
func canonicalQuery(raw string, presigned bool) string {
	return string(appendCanonicalQuery(nil, raw, presigned))
}

// appendCanonicalQuery decodes every name and value, re-encodes them with
// the RFC 3986 unreserved set and sorts by name, then value. A valueless
// parameter ("?uploads") becomes "uploads=".
func appendCanonicalQuery(b []byte, raw string, presigned bool) []byte {
	if raw == "" {
		return b
	}
	type kv struct{ k, v string }
	var stack [16]kv // an SDK request has one to five parameters
	pairs := stack[:0]
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		if dk, err := url.PathUnescape(k); err == nil {
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
	for i, p := range pairs {
		if i > 0 {
			b = append(b, '&')
		}
		b = append(b, p.k...)
		b = append(b, '=')
		b = append(b, p.v...)
	}
	return b
}

// unreserved reports whether c is in RFC 3986's unreserved set
// (A-Z a-z 0-9 - . _ ~), or is '/' when slashes are kept.
func unreserved(c byte, encodeSlash bool) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~' || c == '/' && !encodeSlash
}

// uriEncode escapes every byte outside RFC 3986's unreserved set
// (A-Z a-z 0-9 - . _ ~); '/' is kept unless encodeSlash. A string with
// nothing to escape is returned as is, without allocating.
func uriEncode(s string, encodeSlash bool) string {
	for i := 0; i < len(s); i++ {
		if !unreserved(s[i], encodeSlash) {
			return string(appendURIEncoded(make([]byte, 0, len(s)+8), s, encodeSlash))
		}
	}
	return s
}

func appendURIEncoded(b []byte, s string, encodeSlash bool) []byte {
	const hexDigits = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved(c, encodeSlash) {
			b = append(b, c)
		} else {
			b = append(b, '%', hexDigits[c>>4], hexDigits[c&15])
		}
	}
	return b
}

// appendCanonicalHeaderValue appends a header's values joined with commas,
// each trimmed and with inner runs of spaces collapsed, as the SigV4 spec
// requires.
func appendCanonicalHeaderValue(b []byte, r *http.Request, name string) []byte {
	switch name {
	case "host":
		return append(b, r.Host...)
	case "content-length":
		if r.ContentLength >= 0 && r.Header.Get("Content-Length") == "" {
			return strconv.AppendInt(b, r.ContentLength, 10)
		}
	}
	vals := headerValues(r.Header, name)
	if len(vals) == 1 && !needsTrim(vals[0]) {
		return append(b, vals[0]...) // the common case: nothing to trim or collapse
	}
	for i, v := range vals {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, strings.Join(strings.Fields(v), " ")...)
	}
	return b
}

// headerValues is h.Values(name) for a lower-case signed header name,
// without allocating its canonical form when the name is made of
// lower-case letters, digits and hyphens (every name AWS clients sign);
// other names take textproto's own canonicalisation.
func headerValues(h http.Header, name string) []string {
	var buf [64]byte
	if len(name) > len(buf) {
		return h.Values(name)
	}
	upper := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z':
			if upper {
				c -= 'a' - 'A'
			}
		case '0' <= c && c <= '9', c == '-':
		default:
			return h.Values(name)
		}
		buf[i] = c
		upper = c == '-'
	}
	return h[string(buf[:len(name)])] // a map index by string(bytes) does not allocate
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

// appendStringToSign appends "AWS4-HMAC-SHA256\nDATE\nSCOPE\nhex(sha256(canonical))".
func appendStringToSign(b []byte, date time.Time, scope string, canonical []byte) []byte {
	h := sha256.Sum256(canonical)
	b = append(b, sigV4Algorithm+"\n"...)
	b = date.UTC().AppendFormat(b, amzDateFormat)
	b = append(b, '\n')
	b = append(b, scope...)
	b = append(b, '\n')
	return hex.AppendEncode(b, h[:])
}

// signingKey returns the derived key for secret and scope, from the cache
// when it can.
func (v *SigV4) signingKey(secret, scope string) *signingKeyEntry {
	id := signingKeyID{secret, scope}
	v.keysMu.RLock()
	e := v.keys[id]
	v.keysMu.RUnlock()
	if e != nil {
		return e
	}
	e = &signingKeyEntry{key: signingKey(secret, scope)}
	v.keysMu.Lock()
	defer v.keysMu.Unlock()
	if old := v.keys[id]; old != nil {
		return old
	}
	if v.keys == nil || len(v.keys) >= maxCachedKeys {
		v.keys = map[signingKeyID]*signingKeyEntry{}
	}
	v.keys[id] = e
	return e
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
