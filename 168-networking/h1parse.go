package main

// This file holds the HTTP/1.1 response-head parser and the chunked
// decoder of the upstream fast path (fastpath.go).
//
// The head is parsed in one piece. The connection's bufio.Reader is peeked
// until it holds the blank line that ends the head, the head is turned into
// one string (one allocation), and the status, every key and every value
// are substrings of it; the header's value slices are cut from one backing
// array, as net/textproto does. A head that does not fit in the read
// buffer is refused (ErrHeadTooLarge, a 502), as nginx refuses one larger
// than proxy_buffer_size ("upstream sent too big header").
//
// The parser is deliberately at least as strict as net/http's
// http.ReadResponse, and the differential tests and fuzz targets check
// exactly that: whatever it accepts, ReadResponse accepts with the same
// status, header and body. It is stricter in a few places a proxy may be
// (RFC 9112 §5.2): obs-fold continuation lines are refused rather than
// folded, only HTTP/1.0 and HTTP/1.1 status lines are accepted, the status
// code is three digits, and control characters are refused in the reason
// phrase. Framing follows RFC 9112 §6.3 and net/http's transfer.go:
// no body for HEAD, 1xx, 204 and 304; Transfer-Encoding: chunked (the only
// coding accepted, and ignored on HTTP/1.0 as net/http does) wins over
// Content-Length, and the connection is then not reused (§6.1: the
// upstream framed the message two ways); several Content-Length values
// must agree; without either the body runs to the close.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Errors of the HTTP/1.1 parser.
var (
	// ErrHeadTooLarge is returned when a response head does not fit in
	// the connection's read buffer.
	ErrHeadTooLarge = errors.New("h1: response head too large")
	// ErrMalformedHead is returned for a status line or header field
	// the parser does not accept.
	ErrMalformedHead = errors.New("h1: malformed response head")
	// ErrFraming is returned for a Content-Length or Transfer-Encoding
	// that does not frame the body unambiguously.
	ErrFraming = errors.New("h1: bad message framing")
	// ErrMalformedChunk is returned by the chunked decoder for a bad
	// chunk-size line, a missing CRLF or a bad trailer field.
	ErrMalformedChunk = errors.New("h1: malformed chunked body")
)

// maxChunkLine bounds a chunk-size line with its extensions, as
// net/http's internal chunked reader does (4096 bytes).
const maxChunkLine = 4096

// maxTrailerBytes bounds the trailer section of a chunked body.
const maxTrailerBytes = 16 << 10

// respHead is a parsed response head.
type respHead struct {
	proto        string
	major, minor int
	code         int
	status       string // "200 OK"
	header       http.Header
}

// bodyFraming says how the body after a head is delimited.
type bodyFraming struct {
	kind    int   // framingNone, framingLength, framingChunked or framingClose
	length  int64 // for framingLength
	resp    int64 // the Response's ContentLength (-1 unknown)
	close   bool  // the connection may not be reused after this message
	chunked bool
	trailer http.Header // announced trailer fields, for chunked bodies
}

const (
	framingNone = iota
	framingLength
	framingChunked
	framingClose
)

// readHead reads one response head from br and discards it from br.
// got reports whether any byte of a response arrived: a reused connection
// that fails with got false was most likely closed by the upstream while
// idle, and the request can be sent again on another.
func readHead(br *bufio.Reader) (h respHead, got bool, err error) {
	for {
		buf, _ := br.Peek(br.Buffered())
		if end := headEnd(buf); end > 0 {
			h, err = parseHead(string(buf[:end]))
			_, _ = br.Discard(end)
			return h, true, err
		}
		if len(buf) >= br.Size() {
			return h, true, fmt.Errorf("%w: over %d bytes", ErrHeadTooLarge, br.Size())
		}
		// Ask for one byte more than is buffered: bufio reads from the
		// connection until it has it, or fails.
		if _, err := br.Peek(len(buf) + 1); err != nil {
			got = br.Buffered() > 0
			if err == io.EOF && got {
				err = io.ErrUnexpectedEOF
			}
			return h, got, err
		}
	}
}

// headEnd returns the length of the head at the start of b, through the
// empty line that ends it (CRLF or a bare LF, which net/textproto also
// accepts), or 0 if b does not hold a whole head. The first line is the
// status line even if empty, so an empty first line is not an end.
func headEnd(b []byte) int {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return 0
	}
	i++
	for {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return 0
		}
		if j == 0 || (j == 1 && b[i] == '\r') {
			return i + j + 1
		}
		i += j + 1
	}
}

// nextLine cuts the first line off s, without its CRLF or LF.
func nextLine(s string) (line, rest string) {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return s, ""
	}
	line, rest = s[:i], s[i+1:]
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, rest
}

// parseHead parses a whole head: status line, fields, empty line.
func parseHead(s string) (respHead, error) {
	var h respHead
	line, rest := nextLine(s)
	switch {
	case strings.HasPrefix(line, "HTTP/1.1 "):
		h.proto, h.major, h.minor = "HTTP/1.1", 1, 1
	case strings.HasPrefix(line, "HTTP/1.0 "):
		h.proto, h.major, h.minor = "HTTP/1.0", 1, 0
	default:
		return h, fmt.Errorf("%w: status line %q", ErrMalformedHead, truncate(line))
	}
	h.status = strings.TrimLeft(line[len("HTTP/1.1 "):], " ")
	if len(h.status) < 3 || (len(h.status) > 3 && h.status[3] != ' ') {
		return h, fmt.Errorf("%w: status line %q", ErrMalformedHead, truncate(line))
	}
	for i := range 3 {
		c := h.status[i]
		if c < '0' || c > '9' {
			return h, fmt.Errorf("%w: status code %q", ErrMalformedHead, truncate(line))
		}
		h.code = h.code*10 + int(c-'0')
	}
	if h.code < 100 {
		return h, fmt.Errorf("%w: status code %d", ErrMalformedHead, h.code)
	}
	for i := 3; i < len(h.status); i++ {
		if c := h.status[i]; c < ' ' && c != '\t' || c == 0x7f {
			return h, fmt.Errorf("%w: control byte in status line", ErrMalformedHead)
		}
	}
	// Count the fields to size the map and the value array at once.
	n := strings.Count(rest, "\n") - 1
	h.header = make(http.Header, n)
	vals := make([]string, n)
	for {
		line, rest = nextLine(rest)
		if line == "" {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || k == "" {
			return h, fmt.Errorf("%w: field line %q", ErrMalformedHead, truncate(line))
		}
		for i := 0; i < len(k); i++ {
			if !isTokenByte(k[i]) {
				// Includes the SP or HTAB that starts an obs-fold
				// continuation line and whitespace before the colon
				// (RFC 9112 §5.1, §5.2).
				return h, fmt.Errorf("%w: field name %q", ErrMalformedHead, truncate(k))
			}
		}
		v = strings.Trim(v, " \t")
		for i := 0; i < len(v); i++ {
			if c := v[i]; c < ' ' && c != '\t' || c == 0x7f {
				return h, fmt.Errorf("%w: control byte in field %q", ErrMalformedHead, truncate(k))
			}
		}
		if !isCanonicalKey(k) {
			k = http.CanonicalHeaderKey(k)
		}
		if vv, ok := h.header[k]; ok {
			h.header[k] = append(vv, v)
			continue
		}
		if len(vals) == 0 {
			vals = make([]string, 1)
		}
		vals[0] = v
		h.header[k] = vals[:1:1]
		vals = vals[1:]
	}
	return h, nil
}

func truncate(s string) string {
	if len(s) > 64 {
		return s[:64] + "..."
	}
	return s
}

// isTokenByte reports whether c may appear in a field name (RFC 9110 §5.6.2).
func isTokenByte(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

// isCanonicalKey reports whether k is already in the form
// http.CanonicalHeaderKey gives it, so that the substring can be kept.
func isCanonicalKey(k string) bool {
	upper := true
	for i := 0; i < len(k); i++ {
		c := k[i]
		if upper && 'a' <= c && c <= 'z' || !upper && 'A' <= c && c <= 'Z' {
			return false
		}
		upper = c == '-'
	}
	return true
}

// framing decides the body framing of h, the response to a request with
// method, and edits h.header as net/http does (Transfer-Encoding removed,
// duplicate Content-Length collapsed, Connection: close removed).
func (h *respHead) framing(method string) (bodyFraming, error) {
	var f bodyFraming
	hdr := h.header
	if te, ok := hdr["Transfer-Encoding"]; ok {
		delete(hdr, "Transfer-Encoding")
		if h.minor >= 1 {
			if len(te) != 1 || !strings.EqualFold(te[0], "chunked") {
				return f, fmt.Errorf("%w: Transfer-Encoding %q", ErrFraming, te)
			}
			f.chunked = true
		}
	}
	cls := hdr["Content-Length"]
	var n int64 = -1
	if len(cls) > 0 {
		for _, v := range cls[1:] {
			if v != cls[0] {
				return f, fmt.Errorf("%w: several Content-Length values %q", ErrFraming, cls)
			}
		}
		if len(cls) > 1 {
			hdr["Content-Length"] = cls[:1]
		}
		var ok bool
		if n, ok = parseLength(cls[0]); !ok {
			return f, fmt.Errorf("%w: Content-Length %q", ErrFraming, truncate(cls[0]))
		}
	}
	conn := hdr["Connection"]
	hasClose := headerHasToken(conn, "close")
	if h.minor == 0 {
		f.close = hasClose || !headerHasToken(conn, "keep-alive")
	} else {
		f.close = hasClose
		if hasClose {
			delete(hdr, "Connection")
		}
	}
	if f.chunked {
		if tr, ok := hdr["Trailer"]; ok {
			// The announced trailer fields become Response.Trailer keys
			// with nil values, filled in at the end of the body, as
			// net/http's fixTrailer does.
			delete(hdr, "Trailer")
			f.trailer = make(http.Header)
			for _, v := range tr {
				for k := range strings.SplitSeq(v, ",") {
					if k = strings.Trim(k, " \t"); k == "" {
						continue
					}
					k = http.CanonicalHeaderKey(k)
					switch k {
					case "Transfer-Encoding", "Trailer", "Content-Length":
						return f, fmt.Errorf("%w: Trailer names %q", ErrFraming, k)
					}
					f.trailer[k] = nil
				}
			}
		}
	}
	switch {
	case method == http.MethodHead:
		f.kind, f.resp = framingNone, n
		return f, nil
	case h.code/100 == 1 || h.code == 204 || h.code == 304:
		f.kind, f.resp = framingNone, 0
		return f, nil
	case f.chunked:
		if n >= 0 {
			// RFC 9112 §6.1: chunked wins, the length is removed, and
			// the connection is not trusted with another message.
			delete(hdr, "Content-Length")
			f.close = true
		}
		f.kind, f.resp = framingChunked, -1
	case n >= 0:
		f.kind, f.length, f.resp = framingLength, n, n
	default:
		delete(hdr, "Content-Length")
		f.kind, f.resp, f.close = framingClose, -1, true
	}
	return f, nil
}

// parseLength parses a Content-Length value: decimal digits only.
func parseLength(s string) (int64, bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// headerHasToken reports whether a comma-separated list field contains
// token, case-insensitively (httpguts.HeaderValuesContainsToken).
func headerHasToken(vals []string, token string) bool {
	for _, v := range vals {
		for part := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.Trim(part, " \t"), token) {
				return true
			}
		}
	}
	return false
}

// chunkedReader decodes a chunked body (RFC 9112 §7.1) from br. At the
// last chunk it parses the trailer section into *trailer (allocating the
// map if the response announced none, as net/http does), then returns
// io.EOF. It does not read past the end of the body, so the connection
// can carry the next response.
type chunkedReader struct {
	br      *bufio.Reader
	left    int64 // bytes left in the current chunk
	started bool  // a chunk-size line was read (left==0 then means "CRLF due")
	done    bool
	err     error
	trailer *http.Header
}

func (c *chunkedReader) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if c.left == 0 {
		if c.started {
			if err := c.crlf(); err != nil {
				c.err = err
				return 0, err
			}
		}
		c.started = true
		size, err := c.sizeLine()
		if err != nil {
			c.err = err
			return 0, err
		}
		if size == 0 {
			c.err = c.readTrailer()
			if c.err == nil {
				c.done, c.err = true, io.EOF
			}
			return 0, c.err
		}
		c.left = size
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.br.Read(p)
	c.left -= int64(n)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		c.err = err
	}
	return n, err
}

// line reads one line of at most maxChunkLine bytes without its CRLF. A
// bare LF is refused here, unlike in the head: a chunk boundary two
// parsers disagree on is a request-smuggling vector, and net/http refuses
// it too ("chunked line ends with bare LF").
func (c *chunkedReader) line() ([]byte, error) {
	b, err := c.br.ReadSlice('\n')
	if err != nil {
		if err == io.EOF {
			return nil, io.ErrUnexpectedEOF
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			return nil, fmt.Errorf("%w: line too long", ErrMalformedChunk)
		}
		return nil, err
	}
	if len(b) > maxChunkLine {
		return nil, fmt.Errorf("%w: line too long", ErrMalformedChunk)
	}
	if len(b) < 2 || b[len(b)-2] != '\r' {
		return nil, fmt.Errorf("%w: line ends with a bare LF", ErrMalformedChunk)
	}
	return b[:len(b)-2], nil
}

func (c *chunkedReader) crlf() error {
	b, err := c.line()
	if err != nil {
		return err
	}
	if len(b) != 0 {
		return fmt.Errorf("%w: chunk data longer than its size", ErrMalformedChunk)
	}
	return nil
}

// sizeLine reads chunk-size [ chunk-ext ] and returns the size.
func (c *chunkedReader) sizeLine() (int64, error) {
	b, err := c.line()
	if err != nil {
		return 0, err
	}
	// A CR anywhere before the line's end (in an extension, say) is
	// refused, as net/http's readChunkLine does: a parser that stops the
	// line at it and one that does not would disagree on the boundary.
	if bytes.IndexByte(b, '\r') >= 0 {
		return 0, fmt.Errorf("%w: CR inside a chunk-size line", ErrMalformedChunk)
	}
	// Trailing whitespace goes, then the extensions; whitespace before a
	// ';' is refused, as net/http's readChunkLine does.
	b = bytes.TrimRight(b, " \t")
	if i := bytes.IndexByte(b, ';'); i >= 0 {
		b = b[:i]
	}
	if len(b) == 0 || len(b) > 15 { // 15 hex digits: below 2^60, no overflow
		return 0, fmt.Errorf("%w: chunk size %q", ErrMalformedChunk, b)
	}
	var n int64
	for _, ch := range b {
		var d byte
		switch {
		case '0' <= ch && ch <= '9':
			d = ch - '0'
		case 'a' <= ch && ch <= 'f':
			d = ch - 'a' + 10
		case 'A' <= ch && ch <= 'F':
			d = ch - 'A' + 10
		default:
			return 0, fmt.Errorf("%w: chunk size %q", ErrMalformedChunk, b)
		}
		n = n<<4 | int64(d)
	}
	return n, nil
}

// readTrailer reads the trailer section up to its empty line.
func (c *chunkedReader) readTrailer() error {
	total := 0
	for {
		b, err := c.line()
		if err != nil {
			return err
		}
		if len(b) == 0 {
			return nil
		}
		if total += len(b); total > maxTrailerBytes {
			return fmt.Errorf("%w: trailer section too large", ErrMalformedChunk)
		}
		k, v, ok := bytes.Cut(b, []byte(":"))
		if !ok || len(k) == 0 {
			return fmt.Errorf("%w: trailer line %q", ErrMalformedChunk, truncate(string(b)))
		}
		for _, ch := range k {
			if !isTokenByte(ch) {
				return fmt.Errorf("%w: trailer name %q", ErrMalformedChunk, truncate(string(k)))
			}
		}
		v = bytes.Trim(v, " \t")
		for _, ch := range v {
			if ch < ' ' && ch != '\t' || ch == 0x7f {
				return fmt.Errorf("%w: control byte in trailer", ErrMalformedChunk)
			}
		}
		if c.trailer == nil {
			continue // the body is being discarded: the values are not needed
		}
		if *c.trailer == nil {
			*c.trailer = make(http.Header)
		}
		// Every field is kept, as net/http does; ReverseProxy sends them
		// on as trailers, never as header fields.
		c.trailer.Add(string(k), string(v)) // Add canonicalises the key
	}
}
