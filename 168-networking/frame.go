package main

// This file holds the binary frame format under the RPC, its Encoder and its
// streaming Decoder.
//
// A frame is a 14-byte header, a payload and a 4-byte CRC-32C trailer:
//
//	 0               1               2               3
//	 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
//	+---------------+---------------+---------------+---------------+
//	|        magic 0x4E 0x57 "NW"   |  version (1)  |     type      |
//	+---------------+---------------+---------------+---------------+
//	|     flags     |  reserved (0) |       stream id (high 16)     |
//	+---------------+---------------+---------------+---------------+
//	|       stream id (low 16)      |       length (high 16)        |
//	+---------------+---------------+---------------+---------------+
//	|        length (low 16)        |  payload (length bytes) ...   |
//	+---------------+---------------+---------------+---------------+
//	|  ... CRC-32C (Castagnoli) of header and payload, 4 bytes     |
//	+---------------+---------------+---------------+---------------+
//
// All integers are big-endian. The length is checked against the
// decoder's limit before a single payload byte is read or allocated, the
// same order RFC 9113 §4.2 asks of HTTP/2 (SETTINGS_MAX_FRAME_SIZE). Unlike
// HTTP/2, which leaves integrity to TCP and TLS, every frame carries a
// CRC-32C, the polynomial iSCSI and ext4 use because CPUs compute it in
// hardware (SSE 4.2 CRC32, ARMv8 CRC32C): at 4 KiB it costs well under a
// microsecond, and it turns a desynchronised stream into ErrChecksum
// instead of garbage handed to a handler.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// Frame layout constants.
const (
	frameMagic0 = 'N'
	frameMagic1 = 'W'
	// FrameVersion is the only version this code speaks.
	FrameVersion = 1
	// FrameHeaderLen is the size of the fixed header.
	FrameHeaderLen = 14
	// FrameTrailerLen is the size of the CRC-32C trailer.
	FrameTrailerLen = 4
	// DefaultMaxPayload is the payload limit when none is configured: 16 MiB.
	DefaultMaxPayload = 16 << 20
)

// FrameType says what a frame carries.
type FrameType uint8

// The frame types of the RPC protocol.
const (
	// FrameRequest opens a stream: payload = method length (1 byte), method, body.
	FrameRequest FrameType = 1
	// FrameResponse answers a request with its body.
	FrameResponse FrameType = 2
	// FrameError answers a request with an error message.
	FrameError FrameType = 3
	// FrameCancel tells the server the caller no longer waits for the stream.
	FrameCancel FrameType = 4
	// FramePing asks the peer for a FramePong.
	FramePing FrameType = 5
	// FramePong answers a ping.
	FramePong FrameType = 6
	// FrameGoAway announces a close: the stream id is the last request the
	// sender will process; later requests must go elsewhere. An empty
	// payload is a graceful close; otherwise the payload says what error
	// ended the connection (RFC 9113 §6.8's debug data).
	FrameGoAway FrameType = 7
	// FrameSettings carries the sender's limits as 6-byte entries, a
	// 16-bit id and a 32-bit value (RFC 9113 §6.5's layout); the server
	// sends one first on every connection. Unknown ids are ignored.
	FrameSettings FrameType = 8
	// FrameData carries the next piece of a REQUEST's or RESPONSE's body
	// when it did not fit one frame (see FlagMore).
	FrameData FrameType = 9
	// FrameWindowUpdate grants the peer more DATA bytes: a 4-byte
	// increment for the stream, or for the whole connection on stream 0
	// (RFC 9113 §6.9).
	FrameWindowUpdate FrameType = 10
)

// Frame flags.
const (
	// FlagRefused on an ERROR frame means the server refused the stream
	// before running its handler (a concurrency or memory limit): the call
	// is safe to retry, as with HTTP/2's REFUSED_STREAM.
	FlagRefused uint8 = 1
	// FlagMore on a REQUEST, RESPONSE or DATA frame means more DATA
	// frames of the same stream follow: bodies are sent in pieces of at
	// most 64 KiB, so that one large call does not hold the connection
	// while small ones wait behind it.
	FlagMore uint8 = 2
)

// Settings ids.
const (
	// SettingMaxConcurrentStreams is the number of calls the sender lets
	// the peer have in flight on the connection.
	SettingMaxConcurrentStreams uint16 = 3 // as SETTINGS_MAX_CONCURRENT_STREAMS
)

func (t FrameType) String() string {
	switch t {
	case FrameRequest:
		return "REQUEST"
	case FrameResponse:
		return "RESPONSE"
	case FrameError:
		return "ERROR"
	case FrameCancel:
		return "CANCEL"
	case FramePing:
		return "PING"
	case FramePong:
		return "PONG"
	case FrameGoAway:
		return "GOAWAY"
	case FrameSettings:
		return "SETTINGS"
	case FrameData:
		return "DATA"
	case FrameWindowUpdate:
		return "WINDOW_UPDATE"
	}
	return fmt.Sprintf("FrameType(%d)", uint8(t))
}

// Errors returned by the Decoder and Encoder. Each decode error is wrapped
// with context ("frame: ...: %w"), so test for them with errors.Is.
var (
	// ErrBadMagic means the stream does not start with a frame of ours:
	// the peer speaks another protocol or the stream lost synchronisation.
	ErrBadMagic = errors.New("bad frame magic")
	// ErrBadVersion means the peer speaks a version this code does not.
	ErrBadVersion = errors.New("unsupported frame version")
	// ErrFrameTooLarge means a length field exceeds the configured limit.
	ErrFrameTooLarge = errors.New("frame too large")
	// ErrChecksum means the CRC-32C trailer does not match the frame.
	ErrChecksum = errors.New("frame checksum mismatch")
	// ErrReserved means a reserved header byte was not zero.
	ErrReserved = errors.New("reserved frame bits set")
)

// castagnoli is built once; crc32 uses the CPU's CRC32 instruction for it.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Frame is one decoded or to-be-encoded frame. A Frame returned by
// [Decoder.Next] aliases the decoder's buffer: its Payload is valid only
// until the next call to Next.
type Frame struct {
	Type    FrameType
	Flags   uint8
	Stream  uint32
	Payload []byte
}

func putHeader(h *[FrameHeaderLen]byte, f *Frame, n int) {
	h[0], h[1], h[2], h[3] = frameMagic0, frameMagic1, FrameVersion, byte(f.Type)
	h[4], h[5] = f.Flags, 0
	binary.BigEndian.PutUint32(h[6:10], f.Stream)
	binary.BigEndian.PutUint32(h[10:14], uint32(n))
}

// encodeCopyLimit is the payload size up to which the Encoder copies the
// whole frame into one buffer and issues one Write: on a socket that is one
// syscall instead of three. Above it the copy costs more than the syscalls.
const encodeCopyLimit = 64 << 10

// Encoder writes frames to an io.Writer. It reuses one buffer, so encoding
// allocates nothing in steady state. The zero value is not usable; create
// one with [NewEncoder]. An Encoder is not safe for concurrent use: the RPC
// serialises writers with a mutex around it.
type Encoder struct {
	w          io.Writer
	maxPayload int
	buf        []byte
	hdr        [FrameHeaderLen]byte
	crc        [FrameTrailerLen]byte
}

// NewEncoder returns an Encoder writing to w that refuses payloads larger
// than maxPayload (DefaultMaxPayload when maxPayload <= 0).
func NewEncoder(w io.Writer, maxPayload int) *Encoder {
	if maxPayload <= 0 {
		maxPayload = DefaultMaxPayload
	}
	return &Encoder{w: w, maxPayload: maxPayload}
}

// Encode writes f. The frame's payload is prefix followed by f.Payload;
// prefix lets the RPC prepend the method name without building a new slice.
func (e *Encoder) Encode(f Frame) error { return e.encode(&f, nil) }

func (e *Encoder) encode(f *Frame, prefix []byte) error {
	n := len(prefix) + len(f.Payload)
	if n > e.maxPayload {
		return fmt.Errorf("frame: encode %d bytes (limit %d): %w", n, e.maxPayload, ErrFrameTooLarge)
	}
	putHeader(&e.hdr, f, n)
	sum := crc32.Update(0, castagnoli, e.hdr[:])
	sum = crc32.Update(sum, castagnoli, prefix)
	sum = crc32.Update(sum, castagnoli, f.Payload)
	binary.BigEndian.PutUint32(e.crc[:], sum)
	if n <= encodeCopyLimit {
		b := append(e.buf[:0], e.hdr[:]...)
		b = append(b, prefix...)
		b = append(b, f.Payload...)
		b = append(b, e.crc[:]...)
		e.buf = b
		_, err := e.w.Write(b)
		return err
	}
	for _, p := range [...][]byte{e.hdr[:], prefix, f.Payload, e.crc[:]} {
		if len(p) == 0 {
			continue
		}
		if _, err := e.w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

// decodeChunk bounds how much the Decoder allocates ahead of the data
// actually arriving: a hostile length field just under the limit costs
// at most this much until the peer really sends the bytes.
const decodeChunk = 64 << 10

// Decoder reads frames from an io.Reader, one at a time, reusing its
// payload buffer: decoding allocates nothing once the buffer has grown to
// the largest frame seen. Wrap a socket in a bufio.Reader first; the
// Decoder issues two or three small reads per frame. A Decoder is not safe
// for concurrent use.
type Decoder struct {
	r          io.Reader
	maxPayload int
	hdr        [FrameHeaderLen]byte
	buf        []byte
}

// NewDecoder returns a Decoder reading from r that rejects frames whose
// payload exceeds maxPayload (DefaultMaxPayload when maxPayload <= 0).
func NewDecoder(r io.Reader, maxPayload int) *Decoder {
	if maxPayload <= 0 {
		maxPayload = DefaultMaxPayload
	}
	return &Decoder{r: r, maxPayload: maxPayload}
}

// decodeRetain is the largest buffer the Decoder keeps between frames: a
// single 16 MiB frame must not pin 16 MiB for the life of the connection.
const decodeRetain = 256 << 10

// Next reads the next frame. At a clean end of stream (no byte of a new
// frame read) it returns io.EOF; a frame cut short returns an error
// wrapping io.ErrUnexpectedEOF. The returned payload is valid until the
// next call.
func (d *Decoder) Next() (Frame, error) {
	if cap(d.buf) > decodeRetain {
		d.buf = nil // the previous frame's payload is no longer ours to keep
	}
	if _, err := io.ReadFull(d.r, d.hdr[:]); err != nil {
		if err == io.EOF {
			return Frame{}, io.EOF
		}
		return Frame{}, fmt.Errorf("frame: header: %w", err)
	}
	h := &d.hdr
	if h[0] != frameMagic0 || h[1] != frameMagic1 {
		return Frame{}, fmt.Errorf("frame: magic %#02x%02x: %w", h[0], h[1], ErrBadMagic)
	}
	if h[2] != FrameVersion {
		return Frame{}, fmt.Errorf("frame: version %d: %w", h[2], ErrBadVersion)
	}
	if h[5] != 0 {
		return Frame{}, fmt.Errorf("frame: reserved byte %#x: %w", h[5], ErrReserved)
	}
	n := binary.BigEndian.Uint32(h[10:14])
	if uint64(n) > uint64(d.maxPayload) {
		return Frame{}, fmt.Errorf("frame: length %d (limit %d): %w", n, d.maxPayload, ErrFrameTooLarge)
	}
	total := int(n) + FrameTrailerLen
	if err := d.fill(total); err != nil {
		return Frame{}, fmt.Errorf("frame: payload of %d bytes: %w", n, err)
	}
	payload, trailer := d.buf[:n], d.buf[n:total]
	sum := crc32.Update(0, castagnoli, h[:])
	sum = crc32.Update(sum, castagnoli, payload)
	if got := binary.BigEndian.Uint32(trailer); got != sum {
		return Frame{}, fmt.Errorf("frame: crc %#08x, computed %#08x: %w", got, sum, ErrChecksum)
	}
	return Frame{
		Type:    FrameType(h[3]),
		Flags:   h[4],
		Stream:  binary.BigEndian.Uint32(h[6:10]),
		Payload: payload,
	}, nil
}

// fill reads exactly n bytes into d.buf. When the buffer must grow it grows
// by at most decodeChunk beyond what has arrived, so memory follows the
// bytes received rather than the length the peer claimed.
func (d *Decoder) fill(n int) error {
	if n <= cap(d.buf) {
		d.buf = d.buf[:n]
		_, err := io.ReadFull(d.r, d.buf)
		return eofUnexpected(err)
	}
	have := 0
	d.buf = d.buf[:cap(d.buf)]
	for have < n {
		if have == len(d.buf) {
			grow := min(n, max(2*len(d.buf), have+decodeChunk))
			nb := make([]byte, grow)
			copy(nb, d.buf[:have])
			d.buf = nb
		}
		m, err := io.ReadFull(d.r, d.buf[have:min(n, len(d.buf))])
		have += m
		if err != nil {
			return eofUnexpected(err)
		}
	}
	d.buf = d.buf[:n]
	return nil
}

func eofUnexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}
