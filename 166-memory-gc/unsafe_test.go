package main

import (
	"encoding/binary"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestZeroCopyConversions(t *testing.T) {
	b := []byte("hello, world")
	s := BytesToString(b)
	assert.Equal(t, "hello, world", s)
	assert.Same(t, unsafe.SliceData(b), unsafe.StringData(s), "no copy: the string shares the slice's bytes")

	back := StringToBytes(s)
	assert.Equal(t, b, back)
	assert.Equal(t, len(back), cap(back), "cap = len, so append copies instead of writing past the string")
	grown := append(back, '!')
	assert.NotSame(t, unsafe.SliceData(grown), unsafe.SliceData(back))

	assert.Empty(t, BytesToString(nil))
	assert.Empty(t, StringToBytes(""))
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink.str = BytesToString(b) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { sinkBytes = StringToBytes(s) }))
}

func TestLEView(t *testing.T) {
	buf := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9}
	v := NewLEView(buf)
	tests := []struct {
		name    string
		read    func() (uint64, error)
		want    uint64
		wantErr error
	}{
		{"u16 at 0", func() (uint64, error) { x, err := v.Uint16(0); return uint64(x), err }, 0x0201, nil},
		{"u32 at 1", func() (uint64, error) { x, err := v.Uint32(1); return uint64(x), err }, 0x05040302, nil},
		{"u64 at 1 (unaligned read is fine)", func() (uint64, error) { return v.Uint64(1) }, 0x0908070605040302, nil},
		{"u64 past end", func() (uint64, error) { return v.Uint64(2) }, 0, ErrShort},
		{"negative offset", func() (uint64, error) { x, err := v.Uint16(-1); return uint64(x), err }, 0, ErrShort},
		{"huge offset", func() (uint64, error) { x, err := v.Uint32(int(^uint(0) >> 1)); return uint64(x), err }, 0, ErrShort},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.read()
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	var zero LEView
	_, err := zero.Uint16(0)
	assert.ErrorIs(t, err, ErrShort, "the zero view is empty")
}

func TestLEViewUint64s(t *testing.T) {
	words := make([]uint64, 4) // 8-aligned by the allocator
	raw := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), 32)
	for i := range 4 {
		binary.LittleEndian.PutUint64(raw[i*8:], uint64(i+1)*0x0101)
	}
	got, err := NewLEView(raw).Uint64s()
	require.NoError(t, err)
	assert.Equal(t, []uint64{0x0101, 0x0202, 0x0303, 0x0404}, got)

	_, err = NewLEView(raw[1:9]).Uint64s()
	assert.ErrorIs(t, err, ErrMisaligned, "start not 8-aligned")
	_, err = NewLEView(raw[:12]).Uint64s()
	assert.ErrorIs(t, err, ErrMisaligned, "length not a multiple of 8")
	empty, err := NewLEView(nil).Uint64s()
	assert.NoError(t, err)
	assert.Empty(t, empty)
}

// checkptrEnv makes the test binary run the misaligned conversion that
// checkptr must catch, instead of its tests.
const checkptrEnv = "MEMGC_166_CHECKPTR_VIOLATION"

// TestCheckptrCatchesOverlongConversion shows checkptr, which -race
// turns on (as does -gcflags=all=-d=checkptr), catching the mistake
// Uint64s' length arithmetic avoids: reinterpreting a 16-byte buffer as
// four uint64s. It runs the violation in a child process, since checkptr
// kills the process. (A misaligned *uint64 it would not catch: see the
// comment in unsafe.go.)
func TestCheckptrCatchesOverlongConversion(t *testing.T) {
	if !raceEnabled {
		t.Skip("checkptr is on only under -race or -gcflags=all=-d=checkptr; run go test -race")
	}
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), checkptrEnv+"=1")
	out, err := cmd.CombinedOutput()
	require.Error(t, err, "the child must die: %s", out)
	assert.Contains(t, string(out), "checkptr: converted pointer straddles multiple allocations")
}

// checkptrViolation reinterprets a 16-byte allocation as [4]uint64: the
// length computed as len(b) instead of len(b)/8 would do this.
func checkptrViolation() {
	b := make([]byte, 16)
	sinkBytes = b // on the heap: checkptr tracks heap objects' bounds, not stack frames'
	p := (*[4]uint64)(unsafe.Pointer(&b[0]))
	sink.int = int(p[0])
}

func BenchmarkConversions(b *testing.B) {
	data := []byte(strings.Repeat("x", 256))
	str := string(data)
	b.Run("op=bytes-to-string/impl=unsafe", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			sink.str = BytesToString(data)
		}
	})
	b.Run("op=bytes-to-string/impl=copy", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			sink.str = string(data)
		}
	})
	b.Run("op=string-to-bytes/impl=unsafe", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(str)))
		for b.Loop() {
			sinkBytes = StringToBytes(str)
		}
	})
	b.Run("op=string-to-bytes/impl=copy", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(str)))
		for b.Loop() {
			sinkBytes = []byte(str)
		}
	})
}
