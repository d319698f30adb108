package main

// This file holds S3 multipart upload: create, upload part, complete, abort,
// list parts and list uploads.
//
// A multipart object's ETag is not the MD5 of its bytes. S3 takes the binary
// MD5 of every part, concatenates those digests, and sends
// hex(md5(concatenation)) + "-" + number of parts. Clients (the SDK's
// downloader, `aws s3 sync`) compare against that form, so getting it wrong
// makes them re-upload or reject data that is fine.

import (
	"bytes"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Sentinel errors of multipart upload.
var (
	// ErrNoSuchUpload means the upload id is unknown, or belongs to another
	// bucket or key, or the upload was completed or aborted.
	ErrNoSuchUpload = errors.New("no such upload")
	// ErrInvalidPart means a completed part was never uploaded or its ETag
	// or checksum differs.
	ErrInvalidPart = errors.New("invalid part")
	// ErrInvalidPartOrder means the parts of a Complete request are not in
	// strictly ascending order.
	ErrInvalidPartOrder = errors.New("invalid part order")
	// ErrEntityTooSmall means a part other than the last is under 5 MiB.
	ErrEntityTooSmall = errors.New("entity too small")
)

const (
	// MinPartSize is S3's minimum size of every part but the last: 5 MiB.
	MinPartSize   = 5 << 20
	maxPartNumber = 10000
)

type uploadPart struct {
	number       int
	data         []byte
	md5          [md5.Size]byte
	etag         string
	lastModified time.Time
	checksums    map[string]string
}

type upload struct {
	id, bucket, key string
	initiated       time.Time
	proto           *Object // content type, metadata and headers from Create

	// mu guards parts.
	mu    sync.Mutex
	parts map[int]*uploadPart
}

// multipartUploads holds the uploads in progress of one S3 handler.
type multipartUploads struct {
	// mu guards byID.
	mu   sync.Mutex
	byID map[string]*upload
}

func newMultipartUploads() *multipartUploads {
	return &multipartUploads{byID: map[string]*upload{}}
}

func (m *multipartUploads) get(id, bucket, key string) (*upload, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	u, ok := m.byID[id]
	if !ok || u.bucket != bucket || u.key != key {
		return nil, fmt.Errorf("upload %q: %w", id, ErrNoSuchUpload)
	}
	return u, nil
}

func (m *multipartUploads) hasBucket(bucket string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, u := range m.byID {
		if u.bucket == bucket {
			return true
		}
	}
	return false
}

// take removes the upload and reports whether it was there, so exactly one
// of two racing Complete/Abort calls wins.
func (m *multipartUploads) take(id string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.byID[id]
	delete(m.byID, id)
	return ok
}

func (s *S3) createMultipart(req *s3Request) error {
	if !s.store.HasBucket(req.bucket) {
		return ErrNoSuchBucket
	}
	proto, err := objectFromRequest(req.key, req.r.Header)
	if err != nil {
		return err
	}
	var idb [16]byte
	_, _ = rand.Read(idb[:])
	u := &upload{
		id: hex.EncodeToString(idb[:]), bucket: req.bucket, key: req.key, initiated: s.now(),
		proto: proto, parts: map[int]*uploadPart{},
	}
	if d := s.store.disk; d != nil {
		if err := d.putUpload(u); err != nil {
			return err
		}
	}
	s.uploads.mu.Lock()
	s.uploads.byID[u.id] = u
	s.uploads.mu.Unlock()
	if alg := req.r.Header.Get("X-Amz-Checksum-Algorithm"); alg != "" {
		req.w.Header().Set("X-Amz-Checksum-Algorithm", alg)
	}
	writeXML(req.w, 200, struct {
		XMLName  xml.Name `xml:"InitiateMultipartUploadResult"`
		XMLNS    string   `xml:"xmlns,attr"`
		Bucket   string
		Key      string
		UploadID string `xml:"UploadId"`
	}{XMLNS: s3XMLNS, Bucket: req.bucket, Key: req.key, UploadID: u.id})
	return nil
}

// partTarget returns the upload and part number an UploadPart or
// UploadPartCopy request names (?uploadId=...&partNumber=N).
func (s *S3) partTarget(req *s3Request) (*upload, int, error) {
	n, err := strconv.Atoi(req.query.Get("partNumber"))
	if err != nil || n < 1 || n > maxPartNumber {
		return nil, 0, newS3Error(400, "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive")
	}
	u, err := s.uploads.get(req.query.Get("uploadId"), req.bucket, req.key)
	if err != nil {
		return nil, 0, err
	}
	return u, n, nil
}

func (s *S3) uploadPart(req *s3Request) error {
	u, n, err := s.partTarget(req)
	if err != nil {
		return err
	}
	data, sums, err := readBody(req.r, DefaultMaxObjectSize, req.auth)
	if err != nil {
		return err
	}
	p, err := s.storePart(u, n, data, sums)
	if err != nil {
		return err
	}
	writeStored(req.w, p.etag, sums)
	return nil
}

// storePart keeps part n of upload u, on disk first when there is one.
func (s *S3) storePart(u *upload, n int, data []byte, sums map[string]string) (*uploadPart, error) {
	p := &uploadPart{number: n, data: data, md5: md5.Sum(data), lastModified: s.now(), checksums: sums}
	p.etag = `"` + hex.EncodeToString(p.md5[:]) + `"`
	if d := s.store.disk; d != nil {
		if err := d.putPart(u.id, p); err != nil {
			return nil, err
		}
	}
	u.mu.Lock()
	u.parts[n] = p
	u.mu.Unlock()
	return p, nil
}

// uploadPartCopy is UploadPart with the part's bytes taken from an existing
// object (X-Amz-Copy-Source), all of it or the inclusive byte range of
// X-Amz-Copy-Source-Range ("bytes=first-last"); the AWS CLI uses it for
// S3-to-S3 copies above its multipart threshold.
func (s *S3) uploadPartCopy(req *s3Request) error {
	u, n, err := s.partTarget(req)
	if err != nil {
		return err
	}
	src, err := s.copySource(req)
	if err != nil {
		return err
	}
	data := src.Data
	if rng := req.r.Header.Get("X-Amz-Copy-Source-Range"); rng != "" {
		spec, ok := strings.CutPrefix(rng, "bytes=")
		a, b, ok2 := strings.Cut(spec, "-")
		first, err1 := strconv.ParseInt(a, 10, 64)
		last, err2 := strconv.ParseInt(b, 10, 64)
		if !ok || !ok2 || err1 != nil || err2 != nil || first < 0 || last < first {
			return newS3Error(400, "InvalidArgument", "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy")
		}
		if last >= src.Size() {
			return newS3Error(400, "InvalidRange", "The requested range is not satisfiable")
		}
		data = src.Data[first : last+1]
	}
	p, err := s.storePart(u, n, data, nil)
	if err != nil {
		return err
	}
	writeCopyResult(req.w, "CopyPartResult", p.lastModified, p.etag)
	return nil
}

// completeRequest is CompleteMultipartUpload's body.
type completeRequest struct {
	XMLName xml.Name       `xml:"CompleteMultipartUpload"`
	Parts   []completePart `xml:"Part"`
}

type completePart struct {
	PartNumber        int
	ETag              string
	ChecksumCRC32     string
	ChecksumCRC32C    string
	ChecksumCRC64NVME string
	ChecksumSHA1      string
	ChecksumSHA256    string
}

func (p completePart) checksums() map[string]string {
	m := map[string]string{}
	for alg, v := range map[string]string{
		"crc32": p.ChecksumCRC32, "crc32c": p.ChecksumCRC32C, "crc64nvme": p.ChecksumCRC64NVME,
		"sha1": p.ChecksumSHA1, "sha256": p.ChecksumSHA256,
	} {
		if v != "" {
			m[alg] = v
		}
	}
	return m
}

// decodeCompleteRequest parses a CompleteMultipartUpload body.
func decodeCompleteRequest(body []byte) (*completeRequest, error) {
	var in completeRequest
	if err := xml.Unmarshal(body, &in); err != nil {
		return nil, &s3Error{Status: 400, Code: "MalformedXML", Message: "The XML you provided was not well-formed or did not validate against our published schema", cause: err}
	}
	if len(in.Parts) == 0 || len(in.Parts) > maxPartNumber {
		return nil, newS3Error(400, "MalformedXML", "You must specify at least one part")
	}
	return &in, nil
}

// assembled is an object put together from its parts.
type assembled struct {
	data      []byte
	sizes     []int64
	checksums []map[string]string // per part, as uploaded
	etag      string              // "hex-N"
}

// assembleParts checks a Complete request against the uploaded parts and
// returns the object's bytes, part sizes and checksums, and its multipart
// ETag.
func assembleParts(want []completePart, have map[int]*uploadPart) (assembled, error) {
	var (
		total   int
		digests bytes.Buffer
	)
	chosen := make([]*uploadPart, len(want))
	for i, w := range want {
		if i > 0 && w.PartNumber <= want[i-1].PartNumber {
			return assembled{}, ErrInvalidPartOrder
		}
		p, ok := have[w.PartNumber]
		if !ok || strings.Trim(w.ETag, `"`) != strings.Trim(p.etag, `"`) {
			return assembled{}, fmt.Errorf("part %d: %w", w.PartNumber, ErrInvalidPart)
		}
		for alg, v := range w.checksums() {
			if got, ok := p.checksums[alg]; ok && got != v {
				return assembled{}, fmt.Errorf("part %d %s checksum: %w", w.PartNumber, alg, ErrInvalidPart)
			}
		}
		chosen[i] = p
		total += len(p.data)
		digests.Write(p.md5[:])
	}
	// Sizes are checked once every part is known to be the right one, so a
	// wrong list is reported as such rather than as a size problem.
	for _, p := range chosen[:len(chosen)-1] {
		if len(p.data) < MinPartSize {
			return assembled{}, fmt.Errorf("part %d has %d bytes, minimum %d: %w", p.number, len(p.data), MinPartSize, ErrEntityTooSmall)
		}
	}
	a := assembled{data: make([]byte, 0, total), sizes: make([]int64, len(chosen))}
	anySums := false
	for i, p := range chosen {
		a.data = append(a.data, p.data...)
		a.sizes[i] = int64(len(p.data))
		anySums = anySums || len(p.checksums) > 0
	}
	if anySums {
		a.checksums = make([]map[string]string, len(chosen))
		for i, p := range chosen {
			a.checksums[i] = p.checksums
		}
	}
	sum := md5.Sum(digests.Bytes())
	a.etag = fmt.Sprintf(`"%s-%d"`, hex.EncodeToString(sum[:]), len(want))
	return a, nil
}

func (s *S3) completeMultipart(req *s3Request) error {
	id := req.query.Get("uploadId")
	u, err := s.uploads.get(id, req.bucket, req.key)
	if err != nil {
		return err
	}
	body, _, err := readBodyChecked(req.r, 4<<20, req.auth, false)
	if err != nil {
		return err
	}
	in, err := decodeCompleteRequest(body)
	if err != nil {
		return err
	}
	u.mu.Lock()
	a, err := assembleParts(in.Parts, u.parts)
	u.mu.Unlock()
	if err != nil {
		return err
	}
	sums, err := fullObjectChecksums(req.r.Header, a.data)
	if err != nil {
		return err
	}
	if !s.uploads.take(id) {
		return fmt.Errorf("upload %q: %w", id, ErrNoSuchUpload)
	}
	o := *u.proto
	o.Checksums = sums
	o.Data, o.ETag, o.LastModified, o.Parts, o.PartSizes, o.PartChecksums = a.data, a.etag, s.now(), len(in.Parts), a.sizes, a.checksums
	if err := s.store.Put(req.bucket, &o); err != nil {
		return err
	}
	if d := s.store.disk; d != nil {
		// The object is stored; a leftover upload directory would only
		// resurrect a finished upload, so a failure here is logged.
		if err := d.deleteUpload(id); err != nil {
			s.opts.Logger.Warn("remove completed upload", "err", err)
		}
	}
	writeXML(req.w, 200, struct {
		XMLName  xml.Name `xml:"CompleteMultipartUploadResult"`
		XMLNS    string   `xml:"xmlns,attr"`
		Location string
		Bucket   string
		Key      string
		ETag     string
	}{XMLNS: s3XMLNS, Location: "/" + req.bucket + "/" + req.key, Bucket: req.bucket, Key: req.key, ETag: a.etag})
	return nil
}

// fullObjectChecksums verifies the full-object checksums a client may send
// with CompleteMultipartUpload (x-amz-checksum-crc32: <base64 of the whole
// object>) and returns them for storing. Composite checksums ("...-N") are
// checksums of part checksums; they are not stored, so GET offers none.
func fullObjectChecksums(h http.Header, data []byte) (map[string]string, error) {
	sums := map[string]string{}
	for name, vals := range h {
		alg, ok := cutPrefixFold(name, "x-amz-checksum-")
		if _, known := checksumAlgorithms[alg]; !ok || !known || strings.Contains(vals[0], "-") {
			continue
		}
		if got := checksumOf(alg, data); got != vals[0] {
			return nil, fmt.Errorf("full-object x-amz-checksum-%s: %w", alg, ErrBadDigest)
		}
		sums[alg] = vals[0]
	}
	return sums, nil
}

func (s *S3) abortMultipart(req *s3Request) error {
	id := req.query.Get("uploadId")
	if _, err := s.uploads.get(id, req.bucket, req.key); err != nil {
		return err
	}
	if !s.uploads.take(id) {
		return fmt.Errorf("upload %q: %w", id, ErrNoSuchUpload)
	}
	if d := s.store.disk; d != nil {
		if err := d.deleteUpload(id); err != nil {
			return err
		}
	}
	req.w.WriteHeader(204)
	return nil
}

func (s *S3) listParts(req *s3Request) error {
	u, err := s.uploads.get(req.query.Get("uploadId"), req.bucket, req.key)
	if err != nil {
		return err
	}
	maxParts := 1000
	if v := req.query.Get("max-parts"); v != "" {
		if maxParts, err = strconv.Atoi(v); err != nil || maxParts < 0 {
			return newS3Error(400, "InvalidArgument", "max-parts must be a non-negative integer")
		}
		maxParts = min(maxParts, 1000)
	}
	marker, _ := strconv.Atoi(req.query.Get("part-number-marker"))
	type partXML struct {
		PartNumber   int
		LastModified string
		ETag         string
		Size         int
	}
	u.mu.Lock()
	numbers := slices.Sorted(maps.Keys(u.parts))
	var parts []partXML
	truncated := false
	for _, n := range numbers {
		if n <= marker {
			continue
		}
		if len(parts) == maxParts {
			truncated = true
			break
		}
		p := u.parts[n]
		parts = append(parts, partXML{n, p.lastModified.Format(s3TimeFormat), p.etag, len(p.data)})
	}
	u.mu.Unlock()
	next := marker
	if len(parts) > 0 {
		next = parts[len(parts)-1].PartNumber
	}
	writeXML(req.w, 200, struct {
		XMLName              xml.Name `xml:"ListPartsResult"`
		XMLNS                string   `xml:"xmlns,attr"`
		Bucket               string
		Key                  string
		UploadID             string `xml:"UploadId"`
		PartNumberMarker     int
		NextPartNumberMarker int
		MaxParts             int
		IsTruncated          bool
		StorageClass         string
		Part                 []partXML
	}{XMLNS: s3XMLNS, Bucket: req.bucket, Key: req.key, UploadID: u.id, PartNumberMarker: marker,
		NextPartNumberMarker: next, MaxParts: maxParts, IsTruncated: truncated, StorageClass: "STANDARD", Part: parts})
	return nil
}

func (s *S3) listMultipartUploads(req *s3Request) error {
	if !s.store.HasBucket(req.bucket) {
		return ErrNoSuchBucket
	}
	type uploadXML struct {
		Key          string
		UploadID     string `xml:"UploadId"`
		Initiated    string
		StorageClass string
	}
	prefix := req.query.Get("prefix")
	var list []uploadXML
	s.uploads.mu.Lock()
	for _, u := range s.uploads.byID {
		if u.bucket == req.bucket && strings.HasPrefix(u.key, prefix) {
			list = append(list, uploadXML{u.key, u.id, u.initiated.Format(s3TimeFormat), "STANDARD"})
		}
	}
	s.uploads.mu.Unlock()
	slices.SortFunc(list, func(a, b uploadXML) int {
		if c := strings.Compare(a.Key, b.Key); c != 0 {
			return c
		}
		return strings.Compare(a.Initiated, b.Initiated)
	})
	truncated := len(list) > 1000
	list = list[:min(len(list), 1000)]
	writeXML(req.w, 200, struct {
		XMLName     xml.Name `xml:"ListMultipartUploadsResult"`
		XMLNS       string   `xml:"xmlns,attr"`
		Bucket      string
		Prefix      string
		MaxUploads  int
		IsTruncated bool
		Upload      []uploadXML
	}{XMLNS: s3XMLNS, Bucket: req.bucket, Prefix: prefix, MaxUploads: 1000, IsTruncated: truncated, Upload: list})
	return nil
}
