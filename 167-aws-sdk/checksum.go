package main

// This file holds S3's integrity checks: the aws-chunked body framing and
// the checksum headers (Content-MD5, x-amz-content-sha256,
// x-amz-checksum-{crc32,crc32c,crc64nvme,sha1,sha256}).
//
// aws-chunked wraps a body in HTTP/1.1-chunked-like frames so a client can
// stream data of known length and send its checksum after the data, as a
// trailer, without buffering:
//
//	<hex size>[;chunk-signature=<64 hex>]\r\n<size bytes>\r\n
//	...
//	0[;chunk-signature=<64 hex>]\r\n
//	x-amz-checksum-crc32:<base64>\r\n     (trailers, when X-Amz-Trailer is set)
//	\r\n
//
// The object stored is the concatenation of the chunk payloads; its length
// must equal X-Amz-Decoded-Content-Length. Storing the framing itself is the
// classic emulator bug this file exists to avoid.

import (
	"bufio"
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/crc64"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// Sentinel errors of body decoding and integrity checks.
var (
	// ErrChunkFraming means an aws-chunked body is malformed.
	ErrChunkFraming = errors.New("malformed aws-chunked body")
	// ErrChunkSignature means a signed chunk's signature does not match.
	ErrChunkSignature = errors.New("chunk signature does not match")
	// ErrDecodedLength means the decoded body length differs from
	// X-Amz-Decoded-Content-Length.
	ErrDecodedLength = errors.New("decoded length mismatch")
	// ErrBadDigest means a Content-MD5 or x-amz-checksum-* value does not
	// match the body.
	ErrBadDigest = errors.New("digest mismatch")
	// ErrInvalidDigest means a digest header is not valid base64 of the
	// right length.
	ErrInvalidDigest = errors.New("invalid digest")
	// ErrContentSHA256 means x-amz-content-sha256 does not match the body.
	ErrContentSHA256 = errors.New("x-amz-content-sha256 mismatch")
	// ErrBodyTooLarge means the body exceeds the configured limit.
	ErrBodyTooLarge = errors.New("body too large")
	// ErrIncompleteBody marks a body that ended before its Content-Length.
	ErrIncompleteBody = errors.New("body shorter than its content length")
)

// maxPreallocate is the largest body whose buffer is allocated up front
// from Content-Length.
const maxPreallocate = 64 << 20

// maxChunkLine bounds a chunk header or trailer line; real ones are under
// 100 bytes, so this only stops a hostile client from growing memory.
const maxChunkLine = 4096

// decodeAWSChunked decodes an aws-chunked body of at most limit decoded
// bytes. If sr is not nil, every chunk must carry a chunk-signature that
// chains from sr.Signature. It returns the payload and the trailers.
func decodeAWSChunked(r io.Reader, limit int64, sr *sigV4Request) ([]byte, http.Header, error) {
	return decodeAWSChunkedSized(r, limit, -1, sr)
}

// decodeAWSChunkedSized is decodeAWSChunked with the decoded length the
// client announced (X-Amz-Decoded-Content-Length; -1 if unknown): when it
// is within limit and maxPreallocate, the payload is decoded into one
// buffer of that size instead of a bytes.Buffer that doubles and copies
// as it grows. A lying length costs at most maxPreallocate and is caught
// by the length check afterwards.
func decodeAWSChunkedSized(r io.Reader, limit, decodedLen int64, sr *sigV4Request) ([]byte, http.Header, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var out []byte
	if decodedLen > 0 && decodedLen <= limit && decodedLen <= maxPreallocate {
		out = make([]byte, 0, decodedLen)
	}
	prevSig := ""
	if sr != nil {
		prevSig = sr.Signature
	}
	for {
		line, err := readCRLFLine(br)
		if errors.Is(err, io.EOF) {
			return nil, nil, fmt.Errorf("body ends before the final chunk: %w", ErrChunkFraming)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("chunk header: %w", err)
		}
		sizeHex, ext, _ := strings.Cut(line, ";")
		size, err := strconv.ParseInt(strings.TrimSpace(sizeHex), 16, 64)
		if err != nil || size < 0 {
			return nil, nil, fmt.Errorf("chunk size %q: %w", sizeHex, ErrChunkFraming)
		}
		if int64(len(out))+size > limit {
			return nil, nil, fmt.Errorf("chunk of %d bytes after %d: %w", size, len(out), ErrBodyTooLarge)
		}
		start := len(out)
		// Read straight into the payload. Without an announced length it
		// doubles (at least 1 MiB ahead) as data arrives, so a chunk
		// header announcing a huge size reserves no more than twice what
		// was received.
		for remaining := size; remaining > 0; {
			n := int(min(remaining, 1<<20))
			if cap(out)-len(out) < n {
				out = slices.Grow(out, max(n, len(out)))
			}
			if _, err := io.ReadFull(br, out[len(out):len(out)+n]); err != nil {
				return nil, nil, fmt.Errorf("chunk data: %w", ErrChunkFraming)
			}
			out = out[:len(out)+n]
			remaining -= int64(n)
		}
		if sr != nil {
			sig, ok := strings.CutPrefix(ext, "chunk-signature=")
			if !ok {
				return nil, nil, fmt.Errorf("chunk without chunk-signature: %w", ErrChunkSignature)
			}
			want := sr.chunkSignature(prevSig, out[start:])
			// Constant time, like the request signature: a timing
			// difference would let a client find the signature byte by byte.
			if subtle.ConstantTimeCompare([]byte(sig), []byte(want)) != 1 {
				return nil, nil, ErrChunkSignature
			}
			prevSig = sig
		}
		if size == 0 {
			break
		}
		if crlf, err := readCRLFLine(br); err != nil || crlf != "" {
			return nil, nil, fmt.Errorf("chunk not followed by CRLF: %w", ErrChunkFraming)
		}
	}
	trailers := http.Header{}
	for {
		line, err := readCRLFLine(br)
		if errors.Is(err, io.EOF) {
			break // some clients end after the last trailer's CRLF
		}
		if err != nil {
			return nil, nil, fmt.Errorf("trailer: %w", err)
		}
		if line == "" {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, nil, fmt.Errorf("trailer %q: %w", line, ErrChunkFraming)
		}
		trailers.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	return out, trailers, nil
}

// readCRLFLine reads one line ending in "\r\n" and returns it without the
// terminator. io.EOF is returned only when no byte was read.
func readCRLFLine(br *bufio.Reader) (string, error) {
	var line []byte
	for {
		frag, err := br.ReadSlice('\n')
		line = append(line, frag...)
		if len(line) > maxChunkLine {
			return "", fmt.Errorf("line longer than %d bytes: %w", maxChunkLine, ErrChunkFraming)
		}
		if err == nil {
			break
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if errors.Is(err, io.EOF) && len(line) == 0 {
			return "", io.EOF
		}
		return "", fmt.Errorf("unterminated line: %w", ErrChunkFraming)
	}
	if len(line) < 2 || line[len(line)-2] != '\r' {
		return "", fmt.Errorf("line not ended by CRLF: %w", ErrChunkFraming)
	}
	return string(line[:len(line)-2]), nil
}

// checksumAlgorithms are S3's flexible checksums, by the lower-case suffix
// of their x-amz-checksum-* header.
var checksumAlgorithms = map[string]func() hash.Hash{
	"crc32":     func() hash.Hash { return crc32.NewIEEE() },
	"crc32c":    func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) },
	"crc64nvme": func() hash.Hash { return crc64.New(crc64NVMETable) },
	"sha1":      sha1.New,
	"sha256":    sha256.New,
}

// crc64NVMETable is CRC-64/NVME: polynomial 0xAD93D23594C93659, reflected
// (hence the bit-reversed constant), init and xorout all ones — which is how
// hash/crc64 always works.
var crc64NVMETable = crc64.MakeTable(0x9A6C9329AC4BC9B5)

// checksumOf returns base64(alg(data)).
func checksumOf(alg string, data []byte) string {
	h := checksumAlgorithms[alg]()
	h.Write(data)
	return base64.StdEncoding.EncodeToString(h.Sum(nil))
}

// checksumMatches reports whether want is base64(alg(data)). The CRC32s
// the SDK and the CLI send by default are computed into a stack buffer,
// without a hash object or a string.
func checksumMatches(alg string, data []byte, want string) bool {
	var table *crc32.Table
	switch alg {
	case "crc32":
		table = crc32.IEEETable
	case "crc32c":
		table = crc32.MakeTable(crc32.Castagnoli) // built once by the package
	default:
		return checksumOf(alg, data) == want
	}
	var sum [4]byte
	var enc [8]byte // base64 of 4 bytes
	binary.BigEndian.PutUint32(sum[:], crc32.Checksum(data, table))
	base64.StdEncoding.Encode(enc[:], sum[:])
	return string(enc[:]) == want
}

// verifyIntegrity checks every digest the client sent for data: Content-MD5,
// a hex x-amz-content-sha256, and x-amz-checksum-* in the headers or the
// trailers. It returns the flexible checksums it verified, keyed by
// algorithm, for storing with the object.
func verifyIntegrity(h, trailers http.Header, data []byte) (map[string]string, error) {
	if v := h.Get("Content-Md5"); v != "" {
		want, err := base64.StdEncoding.DecodeString(v)
		if err != nil || len(want) != md5.Size {
			return nil, fmt.Errorf("Content-MD5 %q: %w", v, ErrInvalidDigest)
		}
		if got := md5.Sum(data); !bytes.Equal(got[:], want) {
			return nil, fmt.Errorf("Content-MD5: %w", ErrBadDigest)
		}
	}
	var want256 [sha256.Size]byte
	if v := h.Get("X-Amz-Content-Sha256"); decodeHexString(want256[:], v) {
		if sha256.Sum256(data) != want256 {
			return nil, ErrContentSHA256
		}
	}
	sums := map[string]string{}
	for _, hdr := range []http.Header{h, trailers} {
		for name, vals := range hdr {
			alg, ok := cutPrefixFold(name, "x-amz-checksum-")
			if !ok || alg == "mode" || alg == "algorithm" || alg == "type" {
				continue
			}
			if _, known := checksumAlgorithms[alg]; !known {
				return nil, fmt.Errorf("checksum algorithm %q: %w", alg, ErrInvalidDigest)
			}
			want := vals[0]
			if _, err := base64.StdEncoding.DecodeString(want); err != nil {
				return nil, fmt.Errorf("x-amz-checksum-%s %q: %w", alg, want, ErrInvalidDigest)
			}
			if !checksumMatches(alg, data, want) {
				return nil, fmt.Errorf("x-amz-checksum-%s: %w", alg, ErrBadDigest)
			}
			sums[alg] = want
		}
	}
	return sums, nil
}

// cutPrefixFold is strings.CutPrefix(strings.ToLower(name), prefix) for
// an ASCII header name and a lower-case prefix, without lower-casing (and
// allocating) names that do not match.
func cutPrefixFold(name, prefix string) (string, bool) {
	if len(name) < len(prefix) || !strings.EqualFold(name[:len(prefix)], prefix) {
		return "", false
	}
	return strings.ToLower(name[len(prefix):]), true
}

// readBody returns the decoded request body, verified against the digests
// the client sent: it undoes aws-chunked framing (checking chunk signatures
// when the payload is STREAMING-AWS4-HMAC-SHA256-PAYLOAD) and checks the
// decoded length.
func readBody(r *http.Request, limit int64, sr *sigV4Request) ([]byte, map[string]string, error) {
	return readBodyChecked(r, limit, sr, true)
}

// readBodyChecked is readBody; checksumHeaders false ignores x-amz-checksum-*
// request headers, for requests (CompleteMultipartUpload) where they describe
// the object being assembled rather than the body.
func readBodyChecked(r *http.Request, limit int64, sr *sigV4Request, checksumHeaders bool) ([]byte, map[string]string, error) {
	payload := r.Header.Get("X-Amz-Content-Sha256")
	chunked := strings.HasPrefix(payload, "STREAMING-") ||
		strings.Contains(r.Header.Get("Content-Encoding"), "aws-chunked")
	var (
		data     []byte
		trailers http.Header
		err      error
	)
	if chunked {
		var chunkAuth *sigV4Request
		if strings.HasPrefix(payload, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD") && sr != nil {
			chunkAuth = sr
		}
		dl := r.Header.Get("X-Amz-Decoded-Content-Length")
		announced, perr := strconv.ParseInt(dl, 10, 64)
		if perr != nil {
			announced = -1
		}
		data, trailers, err = decodeAWSChunkedSized(r.Body, limit, announced, chunkAuth)
		if err != nil {
			return nil, nil, err
		}
		if dl != "" && (perr != nil || announced != int64(len(data))) {
			return nil, nil, fmt.Errorf("decoded %d bytes, header says %q: %w", len(data), dl, ErrDecodedLength)
		}
	} else {
		if r.ContentLength > limit {
			return nil, nil, fmt.Errorf("content length %d: %w", r.ContentLength, ErrBodyTooLarge)
		}
		if r.ContentLength >= 0 && r.ContentLength <= maxPreallocate {
			// The length is known and modest: one exact allocation instead
			// of ReadAll's growing buffer. Larger bodies grow as they
			// arrive, so a lying Content-Length cannot reserve gigabytes.
			data = make([]byte, r.ContentLength)
			if n, err := io.ReadFull(r.Body, data); err != nil {
				if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
					return nil, nil, fmt.Errorf("read %d of %d bytes: %w", n, r.ContentLength, ErrIncompleteBody)
				}
				return nil, nil, fmt.Errorf("read body: %w", err)
			}
		} else {
			data, err = io.ReadAll(io.LimitReader(r.Body, limit+1))
			if err != nil {
				return nil, nil, fmt.Errorf("read body: %w", err)
			}
			if int64(len(data)) > limit {
				return nil, nil, ErrBodyTooLarge
			}
		}
	}
	h := r.Header
	if !checksumHeaders {
		h = http.Header{}
		for k, v := range r.Header {
			if _, ok := cutPrefixFold(k, "x-amz-checksum-"); !ok {
				h[k] = v
			}
		}
	}
	sums, err := verifyIntegrity(h, trailers, data)
	return data, sums, err
}

// md5Hex is the hex MD5 that S3 uses as a single-part object's ETag.
func md5Hex(data []byte) string {
	s := md5.Sum(data)
	return hex.EncodeToString(s[:])
}
