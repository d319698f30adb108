package main

// This file holds the request-head parser of the server fast path
// (h1server.go).
//
// It accepts a deliberately small subset of HTTP/1.1 (RFC 9112 §2-§5):
// the requests the connection loop serves itself. Everything else is not
// an error here but a hand-off: the loop gives the connection, with the
// bytes it has read, to net/http, which answers exactly as it does
// without the fast path (400, 431, 505, a body, an upgrade, h2c). So the
// parser never has to be as complete as net/http's; it has to be right
// about what it accepts, which the differential test and FuzzRequestHead
// check against http.ReadRequest on the same bytes. Accepted:
//
//   - a request line "METHOD SP origin-form SP HTTP/1.1" with a token
//     method other than CONNECT and PRI, ended by CRLF;
//   - header lines "name: value" ended by CRLF, with a token name and a
//     value without control bytes other than HTAB (obs-text allowed, as
//     net/http allows it); no obs-fold continuation lines (RFC 9112 §5.2
//     lets a server refuse them; net/http decides what to do);
//   - exactly one valid Host;
//   - no Content-Length, Transfer-Encoding, Upgrade, Expect or Pragma
//     (net/http rewrites Pragma: no-cache into Cache-Control), so there is
//     no body and no framing decision to get wrong: every request-smuggling
//     question (CL+TE, duplicate lengths, bad chunk sizes) stays with
//     net/http, which has answered it before.

import (
	"errors"
	"fmt"
	"net/http"
	"net/textproto"
	"net/url"
	"strings"
)

// errHandOff is the reason the connection loop gives a request to
// net/http: the request is outside the subset above (or malformed, which
// net/http then reports).
var errHandOff = errors.New("h1: request for net/http")

// reqHead is a parsed request head. Its strings are substrings of one
// string holding the head, so parsing allocates that string, the header
// map and one backing array for its values.
type reqHead struct {
	method, target, host string
	url                  *url.URL
	header               http.Header
	close                bool // Connection: close
}

func handOff(why string, args ...any) error {
	return fmt.Errorf("%w: %s", errHandOff, fmt.Sprintf(why, args...))
}

// parseRequestHead parses s, a whole request head through the empty line
// that ends it. Any request it does not accept is an error wrapping
// errHandOff.
func parseRequestHead(s string) (reqHead, error) {
	var h reqHead
	line, rest, ok := cutCRLF(s)
	if !ok {
		return h, handOff("request line not ended by CRLF")
	}
	method, line, ok1 := strings.Cut(line, " ")
	target, proto, ok2 := strings.Cut(line, " ")
	if !ok1 || !ok2 || proto != "HTTP/1.1" {
		return h, handOff("request line %q", truncate(line))
	}
	if !validFieldName(method) || method == http.MethodConnect || method == "PRI" {
		return h, handOff("method %q", truncate(method))
	}
	if len(target) == 0 || target[0] != '/' {
		return h, handOff("request target not in origin form")
	}
	for i := 0; i < len(target); i++ {
		if c := target[i]; c <= ' ' || c >= 0x7f {
			return h, handOff("byte %#x in request target", c)
		}
	}
	// Count the fields first, so that their values share one array.
	n := strings.Count(rest, "\n")
	h.header = make(http.Header, n)
	backing := make([]string, 0, n)
	hosts := 0
	for {
		line, rest, ok = cutCRLF(rest)
		if !ok {
			return h, handOff("header line not ended by CRLF")
		}
		if line == "" {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			return h, handOff("obs-fold")
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || !validFieldName(name) {
			return h, handOff("header field name %q", truncate(name))
		}
		value = strings.Trim(value, " \t")
		for i := 0; i < len(value); i++ {
			if c := value[i]; c < ' ' && c != '\t' || c == 0x7f {
				return h, handOff("control byte in the value of %q", name)
			}
		}
		key := name
		if !isCanonicalKey(key) {
			key = textproto.CanonicalMIMEHeaderKey(key)
		}
		switch key {
		case "Host":
			hosts++
			h.host = value
			continue // net/http's server keeps it in Request.Host only
		case "Content-Length", "Transfer-Encoding", "Upgrade", "Expect", "Pragma":
			return h, handOff("%s", key)
		case "Connection":
			if headerHasToken([]string{value}, "close") {
				h.close = true
			}
		}
		backing = append(backing, value)
		if vv := h.header[key]; vv != nil {
			h.header[key] = append(vv, value)
		} else {
			h.header[key] = backing[len(backing)-1 : len(backing) : len(backing)]
		}
	}
	if hosts != 1 || !validHost(h.host) {
		return h, handOff("%d Host fields", hosts)
	}
	u, err := url.ParseRequestURI(target)
	if err != nil {
		return h, handOff("request target: %v", err)
	}
	h.method, h.target, h.url = method, target, u
	return h, nil
}

// cutCRLF cuts the first line off s. ok is false when the line is not
// ended by CRLF, or holds a lone CR or LF.
func cutCRLF(s string) (line, rest string, ok bool) {
	i := strings.IndexByte(s, '\n')
	if i < 1 || s[i-1] != '\r' {
		return "", "", false
	}
	line = s[:i-1]
	if strings.IndexByte(line, '\r') >= 0 {
		return "", "", false
	}
	return line, s[i+1:], true
}

// validHost reports whether h is a Host the loop accepts: a non-empty
// reg-name or IP literal with an optional port (RFC 3986 §3.2.2), in
// the conservative characters net/http's httpguts.ValidHostHeader also
// accepts.
func validHost(h string) bool {
	if h == "" {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '.' || c == '-' || c == ':' || c == '[' || c == ']' || c == '_' || c == '~':
		default:
			return false
		}
	}
	return true
}
