package main

// This file holds the Server-Sent Events wire format: an encoder and a
// parser that follows the WHATWG HTML Living Standard, section 9.2
// "Server-sent events", §9.2.6 "Interpreting an event stream".
//
// The format is lines of "field: value", an empty line ending each event:
//
//	id: 42
//	event: price
//	data: {"sym":"ACME",
//	data:  "px":101.5}
//	                                   ← empty line: dispatch
//
// Three details decide whether a stream survives hostile input:
//
//   - A line ends at CRLF, LF *or a lone CR*. A data value that contains
//     any of them must be split over several data: lines, or the rest of
//     the value would be parsed as fields. The parser rejoins data lines
//     with LF, so CRLF and lone CR inside data come back as LF: the
//     encoder is safe for any string, and exact only for LF-only strings.
//     POST /publish therefore refuses CR in data with 400 rather than
//     silently changing it.
//   - id and event have no continuation. A newline in either cannot be
//     encoded, so the encoder refuses it with ErrInvalidField. An id
//     containing NUL is ignored by conforming clients (a NUL-bearing id
//     would otherwise end up in a Last-Event-ID header), so it is refused too.
//   - A value's first space after the colon is stripped by the parser, so
//     the encoder always writes one: "data:  x" carries " x".
//
// The parser has no line-length limit of its own (bufio.Scanner's 64 KiB
// token limit is the "token too long" of r3labs/sse#97); MaxEventSize bounds
// one event's memory instead, 16 MiB by default.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Errors of the SSE codec.
var (
	// ErrInvalidField is returned when an id or event type contains a
	// character the format cannot carry (CR, LF, or NUL in an id).
	ErrInvalidField = errors.New("sse: invalid field")
	// ErrUnsafeData is returned by [Message.CheckStrict] for data that would
	// not arrive byte for byte: invalid UTF-8, NUL, or CR.
	ErrUnsafeData = errors.New("sse: data would not round-trip")
	// ErrEventTooLarge is returned by the parser when one event exceeds
	// MaxEventSize.
	ErrEventTooLarge = errors.New("sse: event too large")
)

// Message is one Server-Sent Event.
type Message struct {
	// ID becomes the client's last event ID; empty means no id: line,
	// and the client keeps the previous one.
	ID string
	// Event is the event type; empty means "message".
	Event string
	// Data is the payload; it may contain newlines.
	Data string
	// Retry, when positive, asks the client to wait this long before
	// reconnecting. Written in whole milliseconds.
	Retry time.Duration
}

// Check reports whether m can be encoded at all.
func (m *Message) Check() error {
	if hasAny(m.ID, true) {
		return fmt.Errorf("%w: id %q contains CR, LF or NUL", ErrInvalidField, m.ID)
	}
	if hasAny(m.Event, false) {
		return fmt.Errorf("%w: event %q contains CR or LF", ErrInvalidField, m.Event)
	}
	return nil
}

// hasAny reports whether s holds CR or LF (or, with nul, NUL): one pass
// with no set to build, which is what strings.ContainsAny would cost here.
func hasAny(s string, nul bool) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\r' || c == '\n' || (nul && c == 0) {
			return true
		}
	}
	return false
}

// CheckStrict is [Message.Check] plus: the data arrives exactly as given
// (valid UTF-8, no NUL, no CR). It is what POST /publish enforces.
func (m *Message) CheckStrict() error {
	if err := m.Check(); err != nil {
		return err
	}
	switch {
	case !utf8.ValidString(m.Data) || !utf8.ValidString(m.ID) || !utf8.ValidString(m.Event):
		return fmt.Errorf("%w: invalid UTF-8 (a client decodes it to U+FFFD)", ErrUnsafeData)
	case strings.IndexByte(m.Data, 0) >= 0:
		return fmt.Errorf("%w: NUL in data", ErrUnsafeData)
	case strings.IndexByte(m.Data, '\r') >= 0:
		return fmt.Errorf("%w: CR in data (a client reads it as a line break)", ErrUnsafeData)
	}
	return nil
}

// AppendMessage appends the encoding of m, ending with the blank line that
// dispatches it, and returns the extended buffer. It fails only as
// [Message.Check] does, leaving dst unchanged. It does not allocate when
// dst has room.
func AppendMessage(dst []byte, m *Message) ([]byte, error) {
	if err := m.Check(); err != nil {
		return dst, err
	}
	if m.ID != "" {
		dst = append(dst, "id: "...)
		dst = append(dst, m.ID...)
		dst = append(dst, '\n')
	}
	return appendBody(dst, m), nil
}

// appendSeqMessage is AppendMessage for a checked message whose id is a
// sequence number, written without formatting it into a string first.
func appendSeqMessage(dst []byte, seq uint64, m *Message) []byte {
	dst = append(dst, "id: "...)
	dst = strconv.AppendUint(dst, seq, 10)
	dst = append(dst, '\n')
	return appendBody(dst, m)
}

// appendBody appends everything after the id: line.
func appendBody(dst []byte, m *Message) []byte {
	if m.Event != "" {
		dst = append(dst, "event: "...)
		dst = append(dst, m.Event...)
		dst = append(dst, '\n')
	}
	if m.Retry > 0 {
		dst = append(dst, "retry: "...)
		dst = strconv.AppendInt(dst, m.Retry.Milliseconds(), 10)
		dst = append(dst, '\n')
	}
	data := m.Data
	for {
		// Find the first line break: LF by one vectorised scan, then CR
		// only in the part before it, so one-line data costs two scans.
		i := strings.IndexByte(data, '\n')
		head := data
		if i >= 0 {
			head = data[:i]
		}
		if j := strings.IndexByte(head, '\r'); j >= 0 {
			i = j
		}
		line := data
		if i >= 0 {
			line = data[:i]
		}
		dst = append(dst, "data: "...)
		dst = append(dst, line...)
		dst = append(dst, '\n')
		if i < 0 {
			break
		}
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			i++
		}
		data = data[i+1:]
	}
	return append(dst, '\n')
}

// AppendComment appends a comment line (": text"); comments keep idle
// connections alive through proxies and let both ends notice a dead peer.
// Line breaks in text start further comment lines.
func AppendComment(dst []byte, text string) []byte {
	for line := range strings.Lines(text) {
		dst = append(dst, ": "...)
		dst = append(dst, strings.TrimRight(line, "\r\n")...)
		dst = append(dst, '\n')
	}
	if text == "" {
		dst = append(dst, ":\n"...)
	}
	return append(dst, '\n')
}

// Parser reads events from a stream as a conforming EventSource does. It
// is not safe for concurrent use. Create one with [NewParser].
type Parser struct {
	// MaxEventSize bounds the bytes of one event's lines. Default 16 MiB.
	MaxEventSize int

	r       *bufio.Reader
	line    []byte
	skipLF  bool // the previous line ended with CR: a following LF belongs to it
	started bool // the leading BOM, if any, has been dealt with
	lastID  string
	retry   time.Duration
	data    strings.Builder
	event   string
	size    int
	hasData bool
}

// NewParser returns a parser reading from r.
func NewParser(r io.Reader) *Parser {
	return &Parser{r: bufio.NewReaderSize(r, 32<<10), MaxEventSize: 16 << 20}
}

// LastEventID returns the last event ID seen, which persists across events
// as the spec's "last event ID string" does.
func (p *Parser) LastEventID() string { return p.lastID }

// Retry returns the last valid retry: value seen, or 0.
func (p *Parser) Retry() time.Duration { return p.retry }

// readLine returns the next line without its terminator. The slice is
// valid until the next call.
func (p *Parser) readLine() ([]byte, error) {
	p.line = p.line[:0]
	for {
		buf, err := p.r.Peek(1)
		if len(buf) == 0 {
			if err == io.EOF && len(p.line) > 0 {
				// A final line without terminator is not a line: the spec
				// discards the pending event at end of stream anyway.
				return nil, io.ErrUnexpectedEOF
			}
			return nil, err
		}
		buf, _ = p.r.Peek(p.r.Buffered())
		if p.skipLF {
			p.skipLF = false
			if buf[0] == '\n' {
				_, _ = p.r.Discard(1)
				continue
			}
		}
		i := indexCRLF(buf)
		if i < 0 {
			p.size += len(buf)
			if p.size > p.MaxEventSize {
				return nil, fmt.Errorf("%w: over %d bytes", ErrEventTooLarge, p.MaxEventSize)
			}
			p.line = append(p.line, buf...)
			_, _ = p.r.Discard(len(buf))
			continue
		}
		p.size += i + 1
		if p.size > p.MaxEventSize {
			return nil, fmt.Errorf("%w: over %d bytes", ErrEventTooLarge, p.MaxEventSize)
		}
		p.line = append(p.line, buf[:i]...)
		p.skipLF = buf[i] == '\r'
		_, _ = p.r.Discard(i + 1)
		return p.line, nil
	}
}

func indexCRLF(b []byte) int {
	for i, c := range b {
		if c == '\n' || c == '\r' {
			return i
		}
	}
	return -1
}

// Next returns the next dispatched event. Per the spec, an event with no
// data: line is not dispatched (its id: and retry: still take effect), and
// an event cut off by the end of the stream is discarded: Next then returns
// io.EOF, or io.ErrUnexpectedEOF if the stream ended inside a line.
func (p *Parser) Next() (Message, error) {
	for {
		line, err := p.readLine()
		if err != nil {
			return Message{}, err
		}
		if !p.started {
			p.started = true
			line = trimBOM(line)
		}
		if len(line) == 0 {
			p.size = 0
			if !p.hasData {
				p.event = ""
				continue
			}
			m := Message{ID: p.lastID, Event: p.event, Data: strings.TrimSuffix(p.data.String(), "\n")}
			p.data.Reset()
			p.event, p.hasData = "", false
			return m, nil
		}
		if line[0] == ':' {
			continue
		}
		field, value := line, []byte(nil)
		if i := indexByte(line, ':'); i >= 0 {
			field, value = line[:i], line[i+1:]
			if len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
		}
		switch string(field) {
		case "event":
			p.event = string(value)
		case "data":
			p.data.Write(value)
			p.data.WriteByte('\n')
			p.hasData = true
		case "id":
			if indexByte(value, 0) < 0 {
				p.lastID = string(value)
			}
		case "retry":
			if ms, ok := digits(value); ok {
				p.retry = time.Duration(ms) * time.Millisecond
			}
		}
	}
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// digits parses an all-ASCII-digit value as the spec requires for retry:
// anything else is ignored, and so is a value too large to be a sane delay.
func digits(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 12 {
		return 0, false
	}
	var n int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}
