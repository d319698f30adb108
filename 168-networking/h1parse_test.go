package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"maps"
	"net/http"
	"net/http/httputil"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parsedResponse is what both parsers are compared on.
type parsedResponse struct {
	code          int
	status        string
	proto         string
	header        http.Header
	contentLength int64
	body          string
	trailer       http.Header
	close         bool
}

// oursParse reads one response to method from raw with the fast path's
// parser and decoders.
func oursParse(raw []byte, method string) (parsedResponse, error) {
	br := bufio.NewReaderSize(bytes.NewReader(raw), 4096)
	var h respHead
	for {
		var err error
		if h, _, err = readHead(br); err != nil {
			return parsedResponse{}, err
		}
		if h.code/100 != 1 || h.code == 101 {
			break
		}
	}
	if h.code == 101 {
		return parsedResponse{}, errUnexpected101
	}
	f, err := h.framing(method)
	if err != nil {
		return parsedResponse{}, err
	}
	pr := parsedResponse{code: h.code, status: h.status, proto: h.proto, header: h.header, contentLength: f.resp, close: f.close, trailer: f.trailer}
	var body io.Reader
	switch f.kind {
	case framingNone:
		body = strings.NewReader("")
	case framingLength:
		body = io.LimitReader(br, f.length)
	case framingChunked:
		body = &chunkedReader{br: br, trailer: &pr.trailer}
	case framingClose:
		body = br
	}
	b, err := io.ReadAll(body)
	if err != nil {
		return parsedResponse{}, err
	}
	if f.kind == framingLength && int64(len(b)) != f.length {
		return parsedResponse{}, io.ErrUnexpectedEOF
	}
	pr.body = string(b)
	return pr, nil
}

// stdParse reads the same with net/http.
func stdParse(raw []byte, method string) (parsedResponse, error) {
	br := bufio.NewReader(bytes.NewReader(raw))
	var resp *http.Response
	for {
		// Interim responses are skipped as net/http's Transport does.
		var err error
		if resp, err = http.ReadResponse(br, &http.Request{Method: method}); err != nil {
			return parsedResponse{}, err
		}
		if resp.StatusCode/100 != 1 || resp.StatusCode == 101 {
			break
		}
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return parsedResponse{}, err
	}
	return parsedResponse{code: resp.StatusCode, status: resp.Status, proto: resp.Proto, header: resp.Header,
		contentLength: resp.ContentLength, body: string(b), trailer: resp.Trailer, close: resp.Close}, nil
}

// sameResponse checks the fields the proxy forwards.
func sameResponse(t testing.TB, raw []byte, ours, std parsedResponse) {
	t.Helper()
	// net/http adds nothing; an empty header map and nil compare equal.
	norm := func(h http.Header) http.Header {
		if len(h) == 0 {
			return nil
		}
		return h
	}
	if ours.code != std.code || ours.status != std.status || ours.proto != std.proto ||
		!maps.EqualFunc(norm(ours.header), norm(std.header), equalValues) ||
		ours.contentLength != std.contentLength || ours.body != std.body ||
		!maps.EqualFunc(norm(ours.trailer), norm(std.trailer), equalValues) {
		t.Fatalf("on %q:\nours %+v\nstd  %+v", raw, ours, std)
	}
	// Ours may close where net/http would not (chunked with a length),
	// never the other way round.
	if std.close && !ours.close {
		t.Fatalf("on %q: net/http closes the connection, ours would reuse it", raw)
	}
}

func equalValues(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// h1Seeds are the differential cases; the fuzz targets start from them.
var h1Seeds = []struct {
	name, raw string
	ok        bool // our parser accepts it
}{
	{"length", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello", true},
	{"bare LF", "HTTP/1.1 200 OK\nContent-Length: 2\n\nhi", true},
	{"chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n", true},
	{"chunked trailers", "HTTP/1.1 200 OK\r\nTrailer: X-Sum\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nX-Sum: 42\r\nX-Other: 1\r\n\r\n", true},
	{"chunked and length", "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n", true},
	{"to close", "HTTP/1.1 200 OK\r\nX-A: 1\r\n\r\nall of it", true},
	{"http/1.0 keep-alive", "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx", true},
	{"http/1.0 chunked ignored", "HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", true},
	{"connection close", "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", true},
	{"204", "HTTP/1.1 204 No Content\r\nX-A: 1\r\n\r\n", true},
	{"304 with length", "HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n", true},
	{"100 then 200", "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx", true},
	{"103 then 200", "HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", true},
	{"duplicate equal lengths", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok", true},
	{"no reason", "HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n", true},
	{"lower-case keys", "HTTP/1.1 200 OK\r\ncontent-length: 1\r\nx-my-header:  spaced \t\r\nx-my-header: second\r\n\r\nz", true},
	{"empty value", "HTTP/1.1 200 OK\r\nX-Empty:\r\nContent-Length: 0\r\n\r\n", true},
	{"differing lengths", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok", false},
	{"bad length", "HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\nok", false},
	{"gzip coding", "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", false},
	{"obs-fold", "HTTP/1.1 200 OK\r\nX-A: 1\r\n  2\r\nContent-Length: 0\r\n\r\n", false},
	{"space before colon", "HTTP/1.1 200 OK\r\nX-A : 1\r\n\r\n", false},
	{"no colon", "HTTP/1.1 200 OK\r\nX-A\r\n\r\n", false},
	{"http/2 line", "HTTP/2.0 200 OK\r\n\r\n", false},
	{"two-digit code", "HTTP/1.1 20 OK\r\n\r\n", false},
	{"NUL in value", "HTTP/1.1 200 OK\r\nX-A: a\x00b\r\n\r\n", false},
	{"bad chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhi\r\n0\r\n\r\n", false},
	{"chunk too long", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nhi\r\n0\r\n\r\n", false},
	{"truncated body", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", false},
	{"truncated head", "HTTP/1.1 200 OK\r\nContent-Le", false},
}

func TestH1ParseMatchesNetHTTP(t *testing.T) {
	for _, tt := range h1Seeds {
		t.Run(tt.name, func(t *testing.T) {
			ours, err := oursParse([]byte(tt.raw), http.MethodGet)
			if !tt.ok {
				require.Error(t, err, "oursParse(%q) accepted it", tt.raw)
				return
			}
			require.NoError(t, err)
			std, err := stdParse([]byte(tt.raw), http.MethodGet)
			require.NoError(t, err, "net/http refuses what ours accepts")
			sameResponse(t, []byte(tt.raw), ours, std)
		})
	}
}

func TestH1ParseHEAD(t *testing.T) {
	raw := []byte("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n")
	ours, err := oursParse(raw, http.MethodHead)
	require.NoError(t, err)
	std, err := stdParse(raw, http.MethodHead)
	require.NoError(t, err)
	sameResponse(t, raw, ours, std)
	assert.Equal(t, int64(1234), ours.contentLength)
}

func TestH1ParseErrorsAreTyped(t *testing.T) {
	tests := []struct {
		name, raw string
		want      error
	}{
		{"framing", "HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", ErrFraming},
		{"head", "HTTP/1.1 200 OK\r\nX A: 1\r\n\r\n", ErrMalformedHead},
		{"chunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nq\r\n", ErrMalformedChunk},
		{"truncated", "HTTP/1.1 200 OK\r\nContent-Le", io.ErrUnexpectedEOF},
		{"too large", "HTTP/1.1 200 OK\r\nX-Big: " + strings.Repeat("a", 5000) + "\r\n\r\n", ErrHeadTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := oursParse([]byte(tt.raw), http.MethodGet)
			assert.True(t, errors.Is(err, tt.want), "oursParse error = %v, want %v", err, tt.want)
		})
	}
}

// FuzzResponseHead: whatever our parser accepts, net/http's
// http.ReadResponse accepts with the same status, header, length, body
// and trailers; ours never panics or reads past the message.
func FuzzResponseHead(f *testing.F) {
	for _, s := range h1Seeds {
		f.Add([]byte(s.raw), false)
	}
	f.Fuzz(func(t *testing.T, raw []byte, head bool) {
		method := http.MethodGet
		if head {
			method = http.MethodHead
		}
		ours, err := oursParse(raw, method)
		if err != nil {
			return
		}
		std, err := stdParse(raw, method)
		if err != nil {
			t.Fatalf("ours accepts %q, net/http says %v", raw, err)
		}
		sameResponse(t, raw, ours, std)
	})
}

// FuzzChunked: our chunked decoder yields what httputil.NewChunkedReader
// (net/http's own decoder) yields whenever ours succeeds, and stops at the
// end of the body: what follows is left for the next message.
func FuzzChunked(f *testing.F) {
	f.Add([]byte("5\r\nhello\r\n0\r\n\r\n"))
	f.Add([]byte("3;a=b\r\nabc\r\n0\r\nX-T: 1\r\n\r\nNEXT"))
	f.Add([]byte("A\r\n0123456789\r\n0\r\n\r\n"))
	f.Add([]byte("1 ;x\r\na\r\n0\r\n\r\n"))
	f.Add([]byte("ffffffffffffffff\r\n"))
	f.Add([]byte("1\r\nab\r\n0\r\n\r\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var tr http.Header
		br := bufio.NewReader(bytes.NewReader(raw))
		ours, err := io.ReadAll(&chunkedReader{br: br, trailer: &tr})
		if err != nil {
			return
		}
		std, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(raw)))
		if err != nil {
			t.Fatalf("ours decodes %q, net/http says %v", raw, err)
		}
		if !bytes.Equal(ours, std) {
			t.Fatalf("on %q: ours %q, net/http %q", raw, ours, std)
		}
		// What is left must be the rest after the trailer's empty line.
		rest, _ := io.ReadAll(br)
		if !bytes.HasSuffix(raw, rest) {
			t.Fatalf("on %q: left %q", raw, rest)
		}
	})
}
