package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func encodeFrames(t testing.TB, max int, frames ...Frame) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := NewEncoder(&buf, max)
	for _, f := range frames {
		require.NoError(t, enc.Encode(f))
	}
	return buf.Bytes()
}

func TestFrameRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		frame Frame
	}{
		{"empty ping", Frame{Type: FramePing}},
		{"request", Frame{Type: FrameRequest, Flags: 3, Stream: 7, Payload: []byte("\x04echohello")}},
		{"max stream id", Frame{Type: FrameResponse, Stream: 1<<32 - 1, Payload: []byte{0}}},
		{"above copy limit", Frame{Type: FrameResponse, Stream: 9, Payload: bytes.Repeat([]byte("ab"), encodeCopyLimit)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wire := encodeFrames(t, 0, tt.frame, tt.frame)
			assert.Len(t, wire, 2*(FrameHeaderLen+len(tt.frame.Payload)+FrameTrailerLen))
			dec := NewDecoder(bytes.NewReader(wire), 0)
			for range 2 {
				got, err := dec.Next()
				require.NoError(t, err)
				assert.Equal(t, tt.frame.Type, got.Type)
				assert.Equal(t, tt.frame.Flags, got.Flags)
				assert.Equal(t, tt.frame.Stream, got.Stream)
				assert.Equal(t, len(tt.frame.Payload), len(got.Payload))
				assert.True(t, bytes.Equal(tt.frame.Payload, got.Payload), "payload differs")
			}
			_, err := dec.Next()
			assert.Equal(t, io.EOF, err, "Next at end of stream")
		})
	}
}

// TestFrameGolden pins the wire encoding byte for byte, so a change to the
// layout cannot slip through a round-trip test that changes both sides.
func TestFrameGolden(t *testing.T) {
	wire := encodeFrames(t, 0, Frame{Type: FrameRequest, Flags: 1, Stream: 0x01020304, Payload: []byte("hi")})
	want := "4e570101010001020304000000026869329cfd4c"
	assert.Equal(t, want, fmt.Sprintf("%x", wire))
}

func TestDecoderErrors(t *testing.T) {
	good := encodeFrames(t, 0, Frame{Type: FrameResponse, Stream: 1, Payload: []byte("payload")})
	mutate := func(i int, b byte) []byte {
		c := bytes.Clone(good)
		c[i] = b
		return c
	}
	tooLong := bytes.Clone(good)
	copy(tooLong[10:14], []byte{0x00, 0x00, 0x01, 0x00}) // 256 bytes, limit 100
	tests := []struct {
		name string
		give []byte
		want error
	}{
		{"bad magic", mutate(0, 'X'), ErrBadMagic},
		{"bad version", mutate(2, 9), ErrBadVersion},
		{"reserved byte", mutate(5, 1), ErrReserved},
		{"flipped payload bit", mutate(FrameHeaderLen+2, 'P'), ErrChecksum},
		{"flipped stream id", mutate(9, 2), ErrChecksum},
		{"length over limit", tooLong, ErrFrameTooLarge},
		{"truncated header", good[:5], io.ErrUnexpectedEOF},
		{"truncated payload", good[:FrameHeaderLen+3], io.ErrUnexpectedEOF},
		{"truncated trailer", good[:len(good)-1], io.ErrUnexpectedEOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewDecoder(bytes.NewReader(tt.give), 100).Next()
			assert.ErrorIs(t, err, tt.want)
		})
	}
}

func TestEncoderRejectsOversizedPayload(t *testing.T) {
	var buf bytes.Buffer
	err := NewEncoder(&buf, 8).Encode(Frame{Type: FrameRequest, Payload: make([]byte, 9)})
	assert.ErrorIs(t, err, ErrFrameTooLarge)
	assert.Zero(t, buf.Len(), "nothing written for a refused frame")
}

// TestDecoderHostileLength sends a header claiming a payload just under the
// limit and then stops: the decoder must fail with ErrUnexpectedEOF having
// allocated about one chunk, not the claimed 16 MiB.
func TestDecoderHostileLength(t *testing.T) {
	hdr := encodeFrames(t, 0, Frame{Type: FrameResponse})[:FrameHeaderLen]
	copy(hdr[10:14], []byte{0x00, 0xff, 0xff, 0xf0})
	dec := NewDecoder(io.MultiReader(bytes.NewReader(hdr), bytes.NewReader([]byte("short"))), 0)
	_, err := dec.Next()
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
	assert.LessOrEqual(t, cap(dec.buf), decodeChunk+FrameTrailerLen, "buffer grew to %d bytes", cap(dec.buf))
}

func TestDecoderOverBufio(t *testing.T) {
	var frames []Frame
	for i := range 50 {
		frames = append(frames, Frame{Type: FrameResponse, Stream: uint32(i), Payload: bytes.Repeat([]byte{byte(i)}, i*97)})
	}
	wire := encodeFrames(t, 0, frames...)
	dec := NewDecoder(bufio.NewReaderSize(iotestHalfReader{bytes.NewReader(wire)}, 64), 0)
	for i, want := range frames {
		got, err := dec.Next()
		require.NoError(t, err, "frame %d", i)
		assert.Equal(t, want.Stream, got.Stream)
		assert.True(t, bytes.Equal(want.Payload, got.Payload), "frame %d payload", i)
	}
}

// iotestHalfReader returns at most half of what is asked, to exercise
// short reads the way a socket does.
type iotestHalfReader struct{ r io.Reader }

func (h iotestHalfReader) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:len(p)/2]
	}
	return h.r.Read(p)
}

func TestCodecZeroAllocs(t *testing.T) {
	var buf bytes.Buffer
	enc, dec := NewEncoder(&buf, 0), NewDecoder(&buf, 0)
	f := Frame{Type: FrameResponse, Stream: 5, Payload: make([]byte, 4096)}
	allocs := testing.AllocsPerRun(100, func() {
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
		if _, err := dec.Next(); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs, "allocs per encode+decode")
}

func FuzzDecoder(f *testing.F) {
	f.Add(encodeFrames(f, 0, Frame{Type: FrameRequest, Stream: 1, Payload: []byte("\x04echohi")}))
	f.Add(encodeFrames(f, 0, Frame{Type: FramePing}, Frame{Type: FrameGoAway, Stream: 3}))
	f.Add([]byte("NW\x01\x01\x00\x00\x00\x00\x00\x01\xff\xff\xff\xff"))
	f.Add([]byte("GET / HTTP/1.1\r\n\r\n"))
	const limit = 1 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		dec := NewDecoder(bytes.NewReader(data), limit)
		var frames []Frame
		for {
			fr, err := dec.Next()
			if err != nil {
				if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) &&
					!errors.Is(err, ErrBadMagic) && !errors.Is(err, ErrBadVersion) &&
					!errors.Is(err, ErrReserved) && !errors.Is(err, ErrFrameTooLarge) &&
					!errors.Is(err, ErrChecksum) {
					t.Fatalf("unexpected error type: %v", err)
				}
				break
			}
			// Memory follows the input, never the length field.
			if cap(dec.buf) > len(data)+decodeChunk {
				t.Fatalf("decoder buffer %d bytes for %d bytes of input", cap(dec.buf), len(data))
			}
			fr.Payload = bytes.Clone(fr.Payload)
			frames = append(frames, fr)
		}
		// Whatever decoded must re-encode to the same bytes.
		if len(frames) > 0 {
			wire := encodeFrames(t, limit, frames...)
			if !bytes.HasPrefix(data, wire) {
				t.Fatalf("re-encoding differs from input prefix")
			}
		}
	})
}

func BenchmarkFrameCodec(b *testing.B) {
	for _, size := range []int{64, 4 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("size=%s", byteSize(size)), func(b *testing.B) {
			var buf bytes.Buffer
			enc, dec := NewEncoder(&buf, 0), NewDecoder(&buf, 0)
			f := Frame{Type: FrameResponse, Stream: 1, Payload: bytes.Repeat([]byte("x"), size)}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if err := enc.Encode(f); err != nil {
					b.Fatal(err)
				}
				if _, err := dec.Next(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func byteSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%dB", n)
}
