package main

// This file holds the S3 emulator: an http.Handler for S3's REST/XML
// protocol that the real aws-sdk-go-v2 service/s3 client and the AWS CLI use
// unmodified.
//
// A request is routed by shape, as S3 itself does: the bucket comes from the
// Host header (virtual-host style, "bucket.localhost:4566") or from the first
// path segment (path style), the key is the rest of the path decoded exactly
// once, and the operation is picked by method plus subresource query
// parameters (?uploads, ?uploadId, ?delete, ?tagging, ?acl, ...) from the
// route table in s3routes.go, which answers 501 NotImplemented for anything
// it does not list. Every response
// carries x-amz-request-id; every error is S3's <Error> XML document with the
// status S3 uses for that code (HEAD errors have no body, as in S3).

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

const (
	s3XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/"
	// s3TimeFormat is the timestamp format of S3's XML bodies.
	s3TimeFormat = "2006-01-02T15:04:05.000Z"
	// DefaultMaxObjectSize is S3's limit for a single PUT: 5 GiB.
	DefaultMaxObjectSize = 5 << 30
	maxKeyLength         = 1024
	maxDeleteKeys        = 1000
	defaultMaxKeys       = 1000
)

// S3Options configures an [S3] handler. The zero value of every field means
// the default named beside it.
type S3Options struct {
	// Auth verifies SigV4 signatures; nil or no credentials means anonymous
	// access is allowed.
	Auth *SigV4
	// Region is reported by GetBucketLocation and HeadBucket
	// (default "us-east-1").
	Region string
	// Domains are the host suffixes that mark virtual-host-style requests:
	// "b.localhost" addresses bucket b (default ["localhost"]).
	Domains []string
	// MaxObjectSize bounds a PUT body (default [DefaultMaxObjectSize]).
	MaxObjectSize int64
	// Now is the clock for LastModified (default time.Now).
	Now func() time.Time
	// Logger receives one line per failed request (default: discard).
	Logger *slog.Logger
	// Faults, if not nil, may fail a request before it is handled.
	Faults *FaultInjector
	// BodyIdleTimeout bounds the wait for each read of a request body
	// (default 20 s, S3's own idle limit): a client that stops sending is
	// answered 400 RequestTimeout instead of holding a goroutine and a
	// buffer forever. It is an idle limit, not a total one, so a large
	// upload on a slow link still completes.
	BodyIdleTimeout time.Duration
}

// S3 is an http.Handler that emulates Amazon S3 over a [MemStore].
//
// Create it with [NewS3]; it is safe for concurrent use.
type S3 struct {
	opts   S3Options
	store  *MemStore
	reqSeq atomic.Uint64
	idBase string

	uploads *multipartUploads
}

// NewS3 returns an S3 handler serving store.
func NewS3(store *MemStore, opts S3Options) *S3 {
	if opts.Region == "" {
		opts.Region = "us-east-1"
	}
	if opts.Domains == nil {
		opts.Domains = []string{"localhost"}
	}
	if opts.MaxObjectSize <= 0 {
		opts.MaxObjectSize = DefaultMaxObjectSize
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.BodyIdleTimeout <= 0 {
		opts.BodyIdleTimeout = defaultBodyIdleTimeout
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	var b [4]byte
	_, _ = rand.Read(b[:])
	s := &S3{opts: opts, store: store, idBase: strings.ToUpper(hex.EncodeToString(b[:])), uploads: newMultipartUploads()}
	if store.disk != nil {
		ups, err := store.disk.loadUploads()
		if err != nil {
			// The objects are intact; only unfinished uploads are lost,
			// and the clients that own them will see NoSuchUpload.
			opts.Logger.Warn("multipart uploads in progress could not be loaded", "err", err)
		}
		for _, u := range ups {
			s.uploads.byID[u.id] = u
		}
	}
	return s
}

// s3Error is an S3 error response.
type s3Error struct {
	Status   int
	Code     string
	Message  string
	Resource string
	cause    error
}

func (e *s3Error) Error() string { return e.Code + ": " + e.Message }
func (e *s3Error) Unwrap() error { return e.cause }

func newS3Error(status int, code, msg string) *s3Error {
	return &s3Error{Status: status, Code: code, Message: msg}
}

// s3ErrorFor maps an internal error to S3's code and status.
func s3ErrorFor(err error) *s3Error {
	var se *s3Error
	if errors.As(err, &se) {
		return se
	}
	e := func(status int, code, msg string) *s3Error {
		return &s3Error{Status: status, Code: code, Message: msg, cause: err}
	}
	switch {
	case errors.Is(err, ErrNoSuchBucket):
		return e(404, "NoSuchBucket", "The specified bucket does not exist")
	case errors.Is(err, ErrNoSuchKey):
		return e(404, "NoSuchKey", "The specified key does not exist.")
	case errors.Is(err, ErrBucketExists):
		return e(409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.")
	case errors.Is(err, ErrBucketNotEmpty):
		return e(409, "BucketNotEmpty", "The bucket you tried to delete is not empty")
	case errors.Is(err, ErrInvalidBucketName):
		return e(400, "InvalidBucketName", "The specified bucket is not valid: "+err.Error())
	case errors.Is(err, ErrMissingAuth):
		return e(403, "AccessDenied", "Access Denied")
	case errors.Is(err, ErrUnknownAccessKey):
		return e(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.")
	case errors.Is(err, ErrSignatureMismatch):
		return e(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.")
	case errors.Is(err, ErrClockSkew):
		return e(403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large.")
	case errors.Is(err, ErrPresignExpired):
		return e(403, "AccessDenied", "Request has expired")
	case errors.Is(err, ErrQueryAuth):
		// Checked first: it wraps ErrMalformedAuth or ErrWrongRegion.
		return e(400, "AuthorizationQueryParametersError", "Error parsing the X-Amz-Credential parameter; "+strings.TrimPrefix(err.Error(), ErrQueryAuth.Error()+": "))
	case errors.Is(err, ErrMalformedAuth):
		return e(400, "AuthorizationHeaderMalformed", err.Error())
	case errors.Is(err, ErrWrongRegion):
		return e(400, "AuthorizationHeaderMalformed", "The authorization header is malformed; "+err.Error())
	case errors.Is(err, ErrHeadersNotSigned):
		return e(403, "AccessDenied", "There were headers present in the request which were not signed: "+err.Error())
	case errors.Is(err, ErrChunkSignature):
		return e(403, "SignatureDoesNotMatch", "The chunk signature does not match.")
	case errors.Is(err, ErrBadDigest):
		return e(400, "BadDigest", "The checksum you specified did not match the calculated checksum: "+err.Error())
	case errors.Is(err, ErrInvalidDigest):
		return e(400, "InvalidDigest", "The digest you specified is not valid: "+err.Error())
	case errors.Is(err, ErrContentSHA256):
		return e(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.")
	case errors.Is(err, ErrChunkFraming), errors.Is(err, ErrDecodedLength):
		return e(400, "IncompleteBody", "You did not provide the number of bytes specified: "+err.Error())
	case errors.Is(err, os.ErrDeadlineExceeded):
		return e(400, "RequestTimeout", "Your socket connection to the server was not read from or written to within the timeout period. Idle connections will be closed.")
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, ErrIncompleteBody):
		// Not a 500: every SDK retries a 500, and resending a body the
		// client itself cut short does not help.
		return e(400, "IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header.")
	case errors.Is(err, ErrBodyTooLarge):
		return e(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size")
	case errors.Is(err, ErrInvalidTag):
		return e(400, "InvalidTag", "The tag provided was not a valid tag: "+err.Error())
	case errors.Is(err, ErrMetadataTooLarge):
		return e(400, "MetadataTooLarge", "Your metadata headers exceed the maximum allowed metadata size: "+err.Error())
	case errors.Is(err, ErrNoSuchUpload):
		return e(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.")
	case errors.Is(err, ErrInvalidPart):
		return e(400, "InvalidPart", "One or more of the specified parts could not be found: "+err.Error())
	case errors.Is(err, ErrInvalidPartOrder):
		return e(400, "InvalidPartOrder", "The list of parts was not in ascending order.")
	case errors.Is(err, ErrEntityTooSmall):
		return e(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size: "+err.Error())
	case errors.Is(err, ErrInjectedFault):
		var f *injectedError
		if errors.As(err, &f) {
			return e(f.Status, f.Code, "injected fault")
		}
	}
	return e(500, "InternalError", "We encountered an internal error. Please try again.")
}

// s3Request carries what routing learned about one request.
type s3Request struct {
	r      *http.Request
	w      http.ResponseWriter
	bucket string
	key    string
	query  url.Values
	auth   *sigV4Request
	id     string
}

// ServeHTTP implements http.Handler.
func (s *S3) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	withIdleBody(w, r, s.opts.BodyIdleTimeout)
	req := &s3Request{r: r, w: w, query: r.URL.Query(), id: s.requestID()}
	req.bucket, req.key = s.route(r)
	h := w.Header()
	h.Set("X-Amz-Request-Id", req.id)
	h.Set("X-Amz-Id-2", base64.StdEncoding.EncodeToString([]byte(req.id)))
	h.Set("Server", "AmazonS3")
	if err := s.serve(req); err != nil {
		if errors.Is(err, errDropConnection) {
			// The documented way to abort a response: net/http closes the
			// connection (HTTP/1) or resets the stream (HTTP/2).
			panic(http.ErrAbortHandler)
		}
		s.writeError(req, err)
	}
}

// requestID returns idBase followed by a sequence number as 8 upper-case
// hex digits (fmt.Sprintf cost an allocation and a format parse per
// request).
func (s *S3) requestID() string {
	const digits = "0123456789ABCDEF"
	n := s.reqSeq.Add(1)
	b := make([]byte, len(s.idBase)+8)
	copy(b, s.idBase)
	for i := len(b) - 1; i >= len(s.idBase); i-- {
		b[i] = digits[n&0xF]
		n >>= 4
	}
	return string(b)
}

// route splits a request into bucket and key, virtual-host style when the
// host is "<bucket>.<domain>", path style otherwise. r.URL.Path is already
// decoded once by net/http: "a%20b/c%2Bd" is the key "a b/c+d", and '+'
// stays a plus.
func (s *S3) route(r *http.Request) (bucket, key string) {
	bucket, key, _ = s.routeStyle(r)
	return bucket, key
}

// routeStyle is route, also reporting whether the bucket came from the
// host (virtual-host style).
func (s *S3) routeStyle(r *http.Request) (bucket, key string, virtual bool) {
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	path := strings.TrimPrefix(r.URL.Path, "/")
	if net.ParseIP(host) == nil {
		for _, d := range s.opts.Domains {
			if b, ok := strings.CutSuffix(host, "."+d); ok && b != "" {
				return b, path, true
			}
		}
	}
	bucket, key, _ = strings.Cut(path, "/")
	return bucket, key, false
}

func (s *S3) serve(req *s3Request) error {
	r := req.r
	route, op, rerr := s3Lookup(req)
	if route != nil && len(req.key) > maxKeyLength {
		route, rerr = nil, newS3Error(400, "KeyTooLongError", "Your key is too long")
	}
	if s.opts.Faults != nil {
		if err := s.opts.Faults.Inject(req.w, r, "s3", op); err != nil {
			return err
		}
	}
	if s.opts.Auth.enabled() && r.Header.Get("Authorization") == "" && isSigV2Query(req.query) {
		// A SigV2 presigned URL (AWS CLI v1, older SDKs): its resource is
		// "/bucket" plus the path for virtual-host style, the path as sent
		// for path style.
		resource := r.URL.EscapedPath()
		if _, _, virtual := s.routeStyle(r); virtual {
			resource = "/" + req.bucket + resource
		}
		if err := s.opts.Auth.VerifyV2Query(r, resource); err != nil {
			return err
		}
	} else if s.opts.Auth.enabled() {
		payload := r.Header.Get("X-Amz-Content-Sha256")
		if payload == "" && r.Header.Get("Authorization") != "" {
			return newS3Error(400, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256")
		}
		sr, err := s.opts.Auth.verify(r, req.query, payload, true)
		if err != nil {
			return err
		}
		req.auth = sr
	}
	if route == nil {
		return rerr
	}
	if req.key != "" {
		if err := checkVersionQuery(req.query); err != nil {
			return err
		}
	}
	return route.handle(s, req)
}

func (s *S3) writeError(req *s3Request, err error) {
	se := s3ErrorFor(err)
	if se.Resource == "" {
		se.Resource = req.r.URL.Path
	}
	s.opts.Logger.Info("s3 error", "method", req.r.Method, "path", req.r.URL.Path, "code", se.Code, "err", err)
	drainBody(req.w, req.r)
	if req.r.Method == http.MethodHead {
		req.w.WriteHeader(se.Status)
		return
	}
	body := struct {
		XMLName   xml.Name `xml:"Error"`
		Code      string
		Message   string
		Resource  string
		RequestID string `xml:"RequestId"`
		HostID    string `xml:"HostId"`
	}{Code: se.Code, Message: se.Message, Resource: se.Resource, RequestID: req.id, HostID: req.w.Header().Get("X-Amz-Id-2")}
	writeXML(req.w, se.Status, body)
}

// maxDrain bounds how much of an unread request body is read and thrown
// away before an error response.
const maxDrain = 64 << 20

// drainBody reads what is left of the request body (up to maxDrain) so the
// error response reaches the client: if the server answered while the
// client was still sending, closing the connection with unread data would
// make the client see "connection reset" instead of the error.
//
// This includes requests with "Expect: 100-continue": reading the body
// makes net/http send the "100 Continue" a client waits for, so the refused
// upload is received and thrown away. Not reading it would be cheaper for
// clients that wait (awscli does), but aws-sdk-go-v2's PutObject and
// UploadPart send the body anyway, and above a few MiB then lose the 403
// SignatureDoesNotMatch or the 503 SlowDown to a connection reset
// (TestSDKGetsErrorsOnLargeUploads). They send it because smithy-go builds
// its *http.Request with a zero ProtoMajor, and net/http's Transport waits
// for "100 Continue" only when req.ProtoAtLeast(1, 1).
//
// A body announced larger than maxDrain is not read at all: the answer is
// sent at once and the connection closed, so a client that waits for
// "100 Continue" (the AWS CLI) gets the error instead of being invited to
// send gigabytes that would be thrown away. Each read of the drain is under
// the body's idle deadline, so a client that stops sending cannot hold it.
func drainBody(w http.ResponseWriter, r *http.Request) {
	if r.Body == nil || r.Body == http.NoBody {
		return
	}
	if r.ContentLength > maxDrain {
		w.Header().Set("Connection", "close")
		return
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(r.Body, maxDrain))
}

// defaultBodyIdleTimeout is S3's idle limit, also used for SQS and Lambda
// request bodies.
const defaultBodyIdleTimeout = 20 * time.Second

// withIdleBody puts r's body under a per-read idle deadline.
func withIdleBody(w http.ResponseWriter, r *http.Request, timeout time.Duration) {
	if r.Body != nil && r.Body != http.NoBody {
		r.Body = &idleBody{ReadCloser: r.Body, rc: http.NewResponseController(w), timeout: timeout}
	}
}

// idleBody is a request body whose every Read must make progress within
// timeout: it moves the connection's read deadline forward before each
// read (http.ResponseController.SetReadDeadline), which turns a stalled
// client into an os.ErrDeadlineExceeded the handler answers.
type idleBody struct {
	io.ReadCloser
	rc      *http.ResponseController
	timeout time.Duration
}

func (b *idleBody) Read(p []byte) (int, error) {
	// An error here means the connection cannot take deadlines (an
	// in-memory test transport): the body is then read without one.
	_ = b.rc.SetReadDeadline(time.Now().Add(b.timeout))
	return b.ReadCloser.Read(p)
}

// writeXML writes v as an XML document with S3's declaration.
func writeXML(w http.ResponseWriter, status int, v any) {
	out, err := xml.Marshal(v)
	if err != nil {
		// Only our own response structs reach here; they always marshal.
		panic(fmt.Sprintf("marshal %T: %v", v, err))
	}
	w.Header().Set("Content-Type", "application/xml")
	w.Header().Set("Content-Length", strconv.Itoa(len(xml.Header)+len(out)))
	w.WriteHeader(status)
	io.WriteString(w, xml.Header)
	w.Write(out)
}

func (s *S3) now() time.Time { return s.opts.Now().UTC().Truncate(time.Millisecond) }

// ---- buckets ----

func (s *S3) listBuckets(req *s3Request) error {
	type bucketXML struct {
		Name         string
		CreationDate string
	}
	out := struct {
		XMLName xml.Name `xml:"ListAllMyBucketsResult"`
		XMLNS   string   `xml:"xmlns,attr"`
		Owner   s3Owner
		Buckets []bucketXML `xml:"Buckets>Bucket"`
	}{XMLNS: s3XMLNS, Owner: emulatorOwnerXML}
	for _, b := range s.store.Buckets() {
		out.Buckets = append(out.Buckets, bucketXML{b.Name, b.Created.UTC().Format(s3TimeFormat)})
	}
	writeXML(req.w, 200, out)
	return nil
}

func (s *S3) createBucket(req *s3Request) error {
	// The body, if any, is a CreateBucketConfiguration naming the region.
	// The emulator is one region's endpoint, so every bucket lives in
	// opts.Region, which GetBucketLocation reports; a constraint naming
	// another region is refused, as S3's regional endpoints do.
	acl, err := parseCannedACL(req.r.Header, true)
	if err != nil {
		return err
	}
	body, _, err := readBodyChecked(req.r, 64<<10, req.auth, true)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(body)) > 0 {
		var conf struct {
			XMLName            xml.Name `xml:"CreateBucketConfiguration"`
			LocationConstraint string
		}
		if err := xml.Unmarshal(body, &conf); err != nil {
			return &s3Error{Status: 400, Code: "MalformedXML", Message: "The XML you provided was not well-formed or did not validate against our published schema", cause: err}
		}
		switch lc := conf.LocationConstraint; {
		case lc == "" || lc == s.opts.Region && lc != "us-east-1":
		case lc == "us-east-1" && s.opts.Region == "us-east-1":
			return newS3Error(400, "InvalidLocationConstraint", "The specified location-constraint is not valid")
		default:
			return newS3Error(400, "IllegalLocationConstraintException", fmt.Sprintf("The %s location constraint is incompatible for the region specific endpoint this request was sent to (%s).", lc, s.opts.Region))
		}
	}
	if err := s.store.CreateBucketMeta(req.bucket, BucketMeta{Created: s.now(), ACL: acl}); err != nil {
		return err
	}
	req.w.Header().Set("Location", "/"+req.bucket)
	req.w.WriteHeader(200)
	return nil
}

func (s *S3) headBucket(req *s3Request) error {
	if !s.store.HasBucket(req.bucket) {
		return ErrNoSuchBucket
	}
	req.w.Header().Set("X-Amz-Bucket-Region", s.opts.Region)
	req.w.WriteHeader(200)
	return nil
}

func (s *S3) deleteBucket(req *s3Request) error {
	if s.uploads.hasBucket(req.bucket) {
		return fmt.Errorf("bucket has multipart uploads in progress: %w", ErrBucketNotEmpty)
	}
	if err := s.store.DeleteBucket(req.bucket); err != nil {
		return err
	}
	req.w.WriteHeader(204)
	return nil
}

func (s *S3) bucketLocation(req *s3Request) error {
	if !s.store.HasBucket(req.bucket) {
		return ErrNoSuchBucket
	}
	out := struct {
		XMLName xml.Name `xml:"LocationConstraint"`
		XMLNS   string   `xml:"xmlns,attr"`
		Region  string   `xml:",chardata"`
	}{XMLNS: s3XMLNS}
	if s.opts.Region != "us-east-1" {
		out.Region = s.opts.Region
	}
	writeXML(req.w, 200, out)
	return nil
}

// ---- objects ----

// storedHeaders are the system headers S3 keeps with an object and returns
// on GET and HEAD.
var storedHeaders = []string{"Cache-Control", "Content-Disposition", "Content-Encoding", "Content-Language", "Expires"}

// maxMetadataSize is S3's limit on user metadata: the bytes of every
// x-amz-meta-* name (without the prefix) and value together.
const maxMetadataSize = 2 << 10

// ErrMetadataTooLarge marks user metadata over [maxMetadataSize].
var ErrMetadataTooLarge = errors.New("metadata too large")

// objectFromRequest collects content type, user metadata and system
// headers. Metadata names are kept lower-case, as S3 stores and returns
// them: HTTP names are case-insensitive, but SDKs hand the names they
// receive to applications as they are.
func objectFromRequest(key string, h http.Header) (*Object, error) {
	// The canned ACL is stored and returned by GetObjectAcl (s3acl.go).
	acl, err := parseCannedACL(h, false)
	if err != nil {
		return nil, err
	}
	o := &Object{Key: key, ContentType: h.Get("Content-Type"), Metadata: map[string]string{}, Header: http.Header{}, ACL: acl}
	if o.ContentType == "" {
		o.ContentType = "binary/octet-stream"
	}
	size := 0
	for name, vals := range h {
		if m, ok := cutPrefixFold(name, "x-amz-meta-"); ok {
			v := strings.Join(vals, ",")
			o.Metadata[m] = v
			size += len(m) + len(v)
		}
	}
	if size > maxMetadataSize {
		return nil, fmt.Errorf("%d bytes of user metadata, at most %d: %w", size, maxMetadataSize, ErrMetadataTooLarge)
	}
	tags, err := parseTaggingHeader(h.Get("X-Amz-Tagging"))
	if err != nil {
		return nil, err
	}
	o.Tags = tags
	for _, name := range storedHeaders {
		v := h.Get(name)
		if name == "Content-Encoding" {
			// aws-chunked is transport framing, not the object's encoding.
			var keep []string
			for enc := range strings.SplitSeq(v, ",") {
				if enc = strings.TrimSpace(enc); enc != "" && enc != "aws-chunked" {
					keep = append(keep, enc)
				}
			}
			v = strings.Join(keep, ",")
		}
		if v != "" {
			o.Header.Set(name, v)
		}
	}
	return o, nil
}

func (s *S3) putObject(req *s3Request) error {
	if !s.store.HasBucket(req.bucket) {
		return ErrNoSuchBucket
	}
	o, err := objectFromRequest(req.key, req.r.Header)
	if err != nil {
		return err
	}
	data, sums, err := readBody(req.r, s.opts.MaxObjectSize, req.auth)
	if err != nil {
		return err
	}
	o.Data = data
	o.ETag = `"` + md5Hex(data) + `"`
	o.LastModified = s.now()
	o.Checksums = sums
	if len(sums) == 0 {
		// S3 computes a CRC64NVME for every new object that arrives without
		// a checksum, so GET can always offer one; here it is computed when
		// first asked for (GET with checksum mode, GetObjectAttributes).
		o.defaultSum = &lazyChecksum{}
	}
	if err := s.store.Put(req.bucket, o); err != nil {
		return err
	}
	writeStored(req.w, o.ETag, sums)
	return nil
}

// writeStored answers a PutObject or UploadPart: 200 with the ETag and
// the checksums the body was verified against.
func writeStored(w http.ResponseWriter, etag string, sums map[string]string) {
	h := w.Header()
	h.Set("ETag", etag)
	for alg, v := range sums {
		h.Set("X-Amz-Checksum-"+alg, v)
	}
	w.WriteHeader(200)
}

// byteRange is an inclusive range of object bytes.
type byteRange struct{ first, last int64 }

// errRangeNotSatisfiable marks a syntactically valid Range that selects no
// byte of the object: 416 with Content-Range "bytes */size".
var errRangeNotSatisfiable = errors.New("range not satisfiable")

// parseRange parses a single "bytes=a-b", "bytes=a-" or "bytes=-n" range
// against size (RFC 9110 §14.1.2). ok is false when the header should be
// ignored (absent, malformed or several ranges, which S3 answers with the
// whole object).
func parseRange(h string, size int64) (br byteRange, ok bool, err error) {
	spec, found := strings.CutPrefix(h, "bytes=")
	if !found || strings.Contains(spec, ",") {
		return byteRange{}, false, nil
	}
	a, b, found := strings.Cut(strings.TrimSpace(spec), "-")
	if !found {
		return byteRange{}, false, nil
	}
	if a == "" {
		n, perr := strconv.ParseInt(b, 10, 64)
		if perr != nil || n < 0 {
			return byteRange{}, false, nil
		}
		if n == 0 || size == 0 {
			return byteRange{}, true, errRangeNotSatisfiable
		}
		return byteRange{max(size-n, 0), size - 1}, true, nil
	}
	first, perr := strconv.ParseInt(a, 10, 64)
	if perr != nil || first < 0 {
		return byteRange{}, false, nil
	}
	last := size - 1
	if b != "" {
		l, perr := strconv.ParseInt(b, 10, 64)
		if perr != nil || l < first {
			return byteRange{}, false, nil
		}
		last = min(l, size-1)
	}
	if first >= size {
		return byteRange{}, true, errRangeNotSatisfiable
	}
	return byteRange{first, last}, true, nil
}

// partRange returns the bytes of part n of o (GetObject?partNumber=n). An
// object not uploaded in parts has one part, itself.
func partRange(o *Object, v string) (byteRange, bool, error) {
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxPartNumber {
		return byteRange{}, false, newS3Error(400, "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive")
	}
	sizes := o.PartSizes
	if len(sizes) == 0 {
		sizes = []int64{o.Size()}
	}
	if n > len(sizes) {
		return byteRange{}, false, newS3Error(416, "InvalidPartNumber", "The requested partnumber is not satisfiable")
	}
	var first int64
	for _, sz := range sizes[:n-1] {
		first += sz
	}
	if sizes[n-1] == 0 {
		return byteRange{}, false, nil // an empty object: answered whole
	}
	return byteRange{first, first + sizes[n-1] - 1}, true, nil
}

// etagMatches reports whether an If-Match / If-None-Match list names etag.
func etagMatches(list, etag string) bool {
	for t := range strings.SplitSeq(list, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag || `"`+t+`"` == etag {
			return true
		}
	}
	return false
}

// checkPreconditions applies RFC 9110 §13.2.2's order: If-Match, else
// If-Unmodified-Since (412); then If-None-Match, else If-Modified-Since
// (304 for GET and HEAD).
func checkPreconditions(h http.Header, o *Object) (status int) {
	lm := o.LastModified.Truncate(time.Second)
	if im := h.Get("If-Match"); im != "" {
		if !etagMatches(im, o.ETag) {
			return 412
		}
	} else if ius := h.Get("If-Unmodified-Since"); ius != "" {
		if t, err := http.ParseTime(ius); err == nil && lm.After(t) {
			return 412
		}
	}
	if inm := h.Get("If-None-Match"); inm != "" {
		if etagMatches(inm, o.ETag) {
			return 304
		}
	} else if ims := h.Get("If-Modified-Since"); ims != "" {
		if t, err := http.ParseTime(ims); err == nil && !lm.After(t) {
			return 304
		}
	}
	return 0
}

// responseOverrides are the GetObject query parameters that replace a
// response header, used mostly through presigned URLs.
var responseOverrides = map[string]string{
	"response-content-type":        "Content-Type",
	"response-content-language":    "Content-Language",
	"response-expires":             "Expires",
	"response-cache-control":       "Cache-Control",
	"response-content-disposition": "Content-Disposition",
	"response-content-encoding":    "Content-Encoding",
}

func (s *S3) getObject(req *s3Request) error {
	o, err := s.store.Get(req.bucket, req.key)
	if err != nil {
		return err
	}
	h := req.w.Header()
	h.Set("ETag", o.ETag)
	h.Set("Last-Modified", o.LastModified.UTC().Format(http.TimeFormat))
	switch checkPreconditions(req.r.Header, o) {
	case 412:
		return newS3Error(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold")
	case 304:
		req.w.WriteHeader(304)
		return nil
	}
	size := o.Size()
	br, partial, rerr := parseRange(req.r.Header.Get("Range"), size)
	if rerr != nil {
		h.Set("Content-Range", fmt.Sprintf("bytes */%d", size))
		return &s3Error{Status: 416, Code: "InvalidRange", Message: "The requested range is not satisfiable", cause: rerr}
	}
	if req.query.Has("partNumber") {
		if req.r.Header.Get("Range") != "" {
			return newS3Error(400, "InvalidRequest", "Cannot specify both Range header and partNumber query parameter")
		}
		var err error
		if br, partial, err = partRange(o, req.query.Get("partNumber")); err != nil {
			return err
		}
	}
	if !partial {
		br = byteRange{0, size - 1}
	}
	h.Set("Accept-Ranges", "bytes")
	h.Set("Content-Type", o.ContentType)
	for k, v := range o.Header {
		h[k] = v
	}
	for k, v := range o.Metadata {
		// Set directly, not with h.Set, which would send "Owner" for
		// "owner".
		h["x-amz-meta-"+k] = []string{v}
	}
	for p, name := range responseOverrides {
		if v := req.query.Get(p); v != "" {
			h.Set(name, v)
		}
	}
	if o.Parts > 0 {
		h.Set("X-Amz-Mp-Parts-Count", strconv.Itoa(o.Parts))
	}
	setTaggingCount(h, o)
	// A whole-object checksum describes the whole object: sending it on a
	// 206 would make the SDK fail every ranged download.
	if !partial && strings.EqualFold(req.r.Header.Get("X-Amz-Checksum-Mode"), "ENABLED") {
		for alg, v := range o.StoredChecksums() {
			h.Set("X-Amz-Checksum-"+alg, v)
			h.Set("X-Amz-Checksum-Type", "FULL_OBJECT")
		}
	}
	status := 200
	if partial {
		status = 206
		h.Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", br.first, br.last, size))
	}
	n := br.last - br.first + 1
	h.Set("Content-Length", strconv.FormatInt(n, 10))
	req.w.WriteHeader(status)
	if req.r.Method == http.MethodHead || n <= 0 {
		return nil
	}
	_, _ = req.w.Write(o.Data[br.first : br.last+1])
	return nil
}

func (s *S3) deleteObject(req *s3Request) error {
	if err := s.store.Delete(req.bucket, req.key); err != nil {
		return err
	}
	req.w.WriteHeader(204)
	return nil
}

// deleteRequest is DeleteObjects' request body.
type deleteRequest struct {
	XMLName xml.Name `xml:"Delete"`
	Quiet   bool     `xml:"Quiet"`
	Objects []struct {
		Key       string `xml:"Key"`
		VersionID string `xml:"VersionId"`
	} `xml:"Object"`
}

func (s *S3) deleteObjects(req *s3Request) error {
	if !s.store.HasBucket(req.bucket) {
		return ErrNoSuchBucket
	}
	body, _, err := readBody(req.r, 2<<20, req.auth)
	if err != nil {
		return err
	}
	in, err := decodeDeleteRequest(body)
	if err != nil {
		return err
	}
	type deleted struct {
		Key string
	}
	type failed struct {
		Key     string
		Code    string
		Message string
	}
	out := struct {
		XMLName xml.Name `xml:"DeleteResult"`
		XMLNS   string   `xml:"xmlns,attr"`
		Deleted []deleted
		Error   []failed
	}{XMLNS: s3XMLNS}
	for _, o := range in.Objects {
		switch {
		case o.Key == "" || len(o.Key) > maxKeyLength:
			out.Error = append(out.Error, failed{o.Key, "InvalidArgument", "invalid key"})
		case checkVersionID(o.VersionID) != nil:
			out.Error = append(out.Error, failed{o.Key, errNoSuchVersion.Code, errNoSuchVersion.Message})
		default:
			if err := s.store.Delete(req.bucket, o.Key); err != nil {
				se := s3ErrorFor(err)
				out.Error = append(out.Error, failed{o.Key, se.Code, se.Message})
			} else if !in.Quiet {
				out.Deleted = append(out.Deleted, deleted{o.Key})
			}
		}
	}
	writeXML(req.w, 200, out)
	return nil
}

// decodeDeleteRequest parses and bounds a DeleteObjects body.
func decodeDeleteRequest(body []byte) (*deleteRequest, error) {
	var in deleteRequest
	if err := xml.Unmarshal(body, &in); err != nil {
		return nil, &s3Error{Status: 400, Code: "MalformedXML", Message: "The XML you provided was not well-formed or did not validate against our published schema", cause: err}
	}
	if len(in.Objects) == 0 || len(in.Objects) > maxDeleteKeys {
		return nil, newS3Error(400, "MalformedXML", fmt.Sprintf("a Delete request names 1 to %d objects, not %d", maxDeleteKeys, len(in.Objects)))
	}
	return &in, nil
}

// parseCopySource splits X-Amz-Copy-Source ("/bucket/key?versionId=v",
// URL-encoded, leading slash optional) into bucket and key.
func parseCopySource(v string) (bucket, key string, err error) {
	v, q, _ := strings.Cut(v, "?")
	if q != "" {
		vals, qerr := url.ParseQuery(q)
		if qerr != nil {
			return "", "", newS3Error(400, "InvalidArgument", "Invalid copy source encoding")
		}
		if err := checkVersionQuery(vals); err != nil {
			return "", "", err
		}
	}
	dec, derr := url.PathUnescape(v)
	if derr != nil {
		return "", "", newS3Error(400, "InvalidArgument", "Invalid copy source encoding")
	}
	bucket, key, ok := strings.Cut(strings.TrimPrefix(dec, "/"), "/")
	if !ok || bucket == "" || key == "" {
		return "", "", newS3Error(400, "InvalidArgument", "Copy Source must mention the source bucket and key: sourcebucket/sourcekey")
	}
	return bucket, key, nil
}

// copySource returns the object X-Amz-Copy-Source names, after the
// X-Amz-Copy-Source-If-* conditions (412 PreconditionFailed when one does
// not hold), for CopyObject and UploadPartCopy.
func (s *S3) copySource(req *s3Request) (*Object, error) {
	srcBucket, srcKey, err := parseCopySource(req.r.Header.Get("X-Amz-Copy-Source"))
	if err != nil {
		return nil, err
	}
	if !s.store.HasBucket(req.bucket) {
		return nil, ErrNoSuchBucket
	}
	src, err := s.store.Get(srcBucket, srcKey)
	if err != nil {
		return nil, err
	}
	h := req.r.Header
	cond := http.Header{}
	for _, name := range []string{"If-Match", "If-None-Match", "If-Modified-Since", "If-Unmodified-Since"} {
		if v := h.Get("X-Amz-Copy-Source-" + name); v != "" {
			cond.Set(name, v)
		}
	}
	// The four conditions combine as in GetObject, except that a failed
	// If-None-Match or If-Modified-Since is a 412 too: a copy has no 304.
	if checkPreconditions(cond, src) != 0 {
		return nil, newS3Error(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold")
	}
	return src, nil
}

func (s *S3) copyObject(req *s3Request) error {
	srcBucket, srcKey, err := parseCopySource(req.r.Header.Get("X-Amz-Copy-Source"))
	if err != nil {
		return err
	}
	src, err := s.copySource(req)
	if err != nil {
		return err
	}
	// A copy gets the ACL of its request, private by default, never the
	// source's: S3 does not copy ACLs.
	acl, err := parseCannedACL(req.r.Header, false)
	if err != nil {
		return err
	}
	directive := strings.ToUpper(req.r.Header.Get("X-Amz-Metadata-Directive"))
	if directive == "" {
		directive = "COPY"
	}
	var dst *Object
	switch directive {
	case "COPY":
		if srcBucket == req.bucket && srcKey == req.key {
			return newS3Error(400, "InvalidRequest", "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.")
		}
		c := *src
		dst = &c
		dst.Key = req.key
	case "REPLACE":
		if dst, err = objectFromRequest(req.key, req.r.Header); err != nil {
			return err
		}
		dst.Data, dst.ETag, dst.Checksums, dst.Parts, dst.PartSizes, dst.PartChecksums = src.Data, src.ETag, src.Checksums, src.Parts, src.PartSizes, src.PartChecksums
		dst.defaultSum = src.defaultSum
	default:
		return newS3Error(400, "InvalidArgument", "Unknown metadata directive.")
	}
	// Tags follow x-amz-tagging-directive, independent of the metadata
	// directive: COPY (the default) keeps the source's.
	switch td := strings.ToUpper(req.r.Header.Get("X-Amz-Tagging-Directive")); td {
	case "", "COPY":
		dst.Tags = src.Tags
	case "REPLACE":
		if dst.Tags, err = parseTaggingHeader(req.r.Header.Get("X-Amz-Tagging")); err != nil {
			return err
		}
	default:
		return newS3Error(400, "InvalidArgument", "Unknown tagging directive.")
	}
	dst.LastModified, dst.ACL = s.now(), acl
	if err := s.store.Put(req.bucket, dst); err != nil {
		return err
	}
	writeCopyResult(req.w, "CopyObjectResult", dst.LastModified, dst.ETag)
	return nil
}

// writeCopyResult answers CopyObject (element CopyObjectResult) and
// UploadPartCopy (CopyPartResult), which share one shape.
func writeCopyResult(w http.ResponseWriter, element string, lastModified time.Time, etag string) {
	writeXML(w, 200, struct {
		XMLName      xml.Name
		XMLNS        string `xml:"xmlns,attr"`
		LastModified string
		ETag         string
	}{XMLName: xml.Name{Local: element}, XMLNS: s3XMLNS, LastModified: lastModified.Format(s3TimeFormat), ETag: etag})
}

// ---- listing ----

type listEntry struct {
	Key          string
	LastModified string
	ETag         string
	Size         int64
	StorageClass string
}

type commonPrefix struct {
	Prefix string
}

// listPage is one page of a listing: objects and common prefixes in key
// order, at most maxKeys of them together.
type listPage struct {
	objects   []*Object
	prefixes  []string
	truncated bool
	last      string // the last key or common prefix returned
}

// listBucket computes a page of keys after `after` that start with prefix,
// rolling keys that contain delimiter after the prefix into common
// prefixes, as ListObjects and ListObjectsV2 do.
func (s *S3) listBucket(bucket, prefix, delimiter, after string, maxKeys int) (listPage, error) {
	var p listPage
	from := max(prefix, after)
	seq, err := s.store.Scan(bucket, from)
	if err != nil || maxKeys == 0 {
		return p, err
	}
	// A continuation that ended on a common prefix skips every key under it.
	afterIsPrefix := delimiter != "" && after != "" && strings.HasSuffix(after, delimiter) && strings.HasPrefix(after, prefix)
	for o := range seq {
		if !strings.HasPrefix(o.Key, prefix) {
			break // keys ≥ prefix that lack it are past every key that has it
		}
		if o.Key <= after || (afterIsPrefix && strings.HasPrefix(o.Key, after)) {
			continue
		}
		name, isPrefix := o.Key, false
		if delimiter != "" {
			if i := strings.Index(o.Key[len(prefix):], delimiter); i >= 0 {
				name, isPrefix = o.Key[:len(prefix)+i+len(delimiter)], true
			}
		}
		if isPrefix && len(p.prefixes) > 0 && p.prefixes[len(p.prefixes)-1] == name {
			continue
		}
		if len(p.objects)+len(p.prefixes) == maxKeys {
			p.truncated = true
			break
		}
		if isPrefix {
			p.prefixes = append(p.prefixes, name)
		} else {
			p.objects = append(p.objects, o)
		}
		p.last = name
	}
	return p, nil
}

func (s *S3) listObjects(req *s3Request, v2 bool) error {
	q := req.query
	maxKeys := defaultMaxKeys
	if v := q.Get("max-keys"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return newS3Error(400, "InvalidArgument", "Provided max-keys not an integer or within integer range")
		}
		maxKeys = min(n, defaultMaxKeys)
	}
	enc := q.Get("encoding-type")
	if enc != "" && enc != "url" {
		return newS3Error(400, "InvalidArgument", "Invalid Encoding Method specified in Request")
	}
	encode := func(s string) string {
		if enc == "url" {
			return uriEncode(s, false)
		}
		return s
	}
	prefix, delimiter := q.Get("prefix"), q.Get("delimiter")
	after := q.Get("marker")
	token := q.Get("continuation-token")
	if v2 {
		after = q.Get("start-after")
		if q.Has("continuation-token") {
			dec, err := base64.RawURLEncoding.DecodeString(token)
			if err != nil || token == "" {
				return newS3Error(400, "InvalidArgument", "The continuation token provided is incorrect")
			}
			after = string(dec)
		}
	}
	page, err := s.listBucket(req.bucket, prefix, delimiter, after, maxKeys)
	if err != nil {
		return err
	}
	contents := make([]listEntry, len(page.objects))
	for i, o := range page.objects {
		contents[i] = listEntry{encode(o.Key), o.LastModified.Format(s3TimeFormat), o.ETag, o.Size(), "STANDARD"}
	}
	prefixes := make([]commonPrefix, len(page.prefixes))
	for i, p := range page.prefixes {
		prefixes[i] = commonPrefix{encode(p)}
	}
	if v2 {
		out := struct {
			XMLName               xml.Name `xml:"ListBucketResult"`
			XMLNS                 string   `xml:"xmlns,attr"`
			Name                  string
			Prefix                string
			Delimiter             string `xml:",omitempty"`
			MaxKeys               int
			EncodingType          string `xml:",omitempty"`
			KeyCount              int
			IsTruncated           bool
			ContinuationToken     string `xml:",omitempty"`
			NextContinuationToken string `xml:",omitempty"`
			StartAfter            string `xml:",omitempty"`
			Contents              []listEntry
			CommonPrefixes        []commonPrefix
		}{
			XMLNS: s3XMLNS, Name: req.bucket, Prefix: encode(prefix), Delimiter: encode(delimiter),
			MaxKeys: maxKeys, EncodingType: enc, KeyCount: len(contents) + len(prefixes),
			IsTruncated: page.truncated, ContinuationToken: token, StartAfter: encode(q.Get("start-after")),
			Contents: contents, CommonPrefixes: prefixes,
		}
		if page.truncated {
			out.NextContinuationToken = base64.RawURLEncoding.EncodeToString([]byte(page.last))
		}
		writeXML(req.w, 200, out)
		return nil
	}
	out := struct {
		XMLName        xml.Name `xml:"ListBucketResult"`
		XMLNS          string   `xml:"xmlns,attr"`
		Name           string
		Prefix         string
		Marker         string
		NextMarker     string `xml:",omitempty"`
		Delimiter      string `xml:",omitempty"`
		MaxKeys        int
		EncodingType   string `xml:",omitempty"`
		IsTruncated    bool
		Contents       []listEntry
		CommonPrefixes []commonPrefix
	}{
		XMLNS: s3XMLNS, Name: req.bucket, Prefix: encode(prefix), Marker: encode(after),
		Delimiter: encode(delimiter), MaxKeys: maxKeys, EncodingType: enc, IsTruncated: page.truncated,
		Contents: contents, CommonPrefixes: prefixes,
	}
	if page.truncated {
		out.NextMarker = encode(page.last)
	}
	writeXML(req.w, 200, out)
	return nil
}
