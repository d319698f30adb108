package main

// This file holds unsafe done safely: zero-copy string/[]byte
// conversions with their invariants, and a little-endian view over a
// byte buffer whose every access is bounds-checked and whose one
// reinterpreting access checks alignment first.
//
// When unsafe is sound (the unsafe.Pointer rules in package unsafe's
// documentation, and what -d=checkptr enforces at run time):
//
//   - unsafe.String(unsafe.SliceData(b), len(b)) shares b's memory with
//     a string. Strings are immutable, and the compiler relies on it
//     (map keys, string interning, constant folding); so b must never be
//     written again while the string is reachable.
//   - unsafe.Slice(unsafe.StringData(s), len(s)) shares a string's memory
//     with a slice. The slice must never be written: a string literal's
//     bytes are in read-only memory, and a write faults.
//   - Reinterpreting []byte as []uint64 needs the first byte aligned to 8
//     (amd64 tolerates a misaligned load, other architectures and
//     sync/atomic do not), a length that is a multiple of 8 and stays
//     inside the buffer, and a little-endian host. checkptr will not
//     catch the misalignment: it checks alignment only for types that
//     hold pointers (runtime/checkptr.go, golang/go#37298). It does catch
//     a conversion that runs past the allocation ("converted pointer
//     straddles multiple allocations"), which the test shows in a child
//     process. So the alignment check has to be in the code.
//
// The compiler already avoids the copy without unsafe in some places:
// map lookups m[string(b)], comparisons, and []byte(s) when the slice is
// provably never written (the catalogue's catZeroCopyConversion, which
// -m reports as "zero-copy string->[]byte conversion"). The conversions
// here are for the rest, and the benchmarks measure what they save.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"unsafe"
)

// BytesToString returns a string sharing b's memory, without copying.
// b must not be modified while the string, or any string or map key
// derived from it, is reachable.
func BytesToString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// StringToBytes returns a slice sharing s's memory, without copying. The
// slice must never be written, and its capacity equals its length so an
// append always copies.
func StringToBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// Errors of [LEView].
var (
	// ErrShort reports an access past the end of the buffer.
	ErrShort = errors.New("buffer too short")
	// ErrMisaligned reports a reinterpretation of a buffer whose start or
	// length is not a multiple of the element size.
	ErrMisaligned = errors.New("buffer misaligned")
	// ErrBigEndianHost reports a reinterpretation that would not be
	// little-endian because the host is not.
	ErrBigEndianHost = errors.New("host is not little-endian")
)

// LEView reads little-endian integers from a byte buffer. Every method
// checks its bounds and returns [ErrShort] rather than panicking. The
// zero value is an empty view. An LEView is safe for concurrent reads.
type LEView struct {
	b []byte
}

// NewLEView returns a view over b (not copied).
func NewLEView(b []byte) LEView { return LEView{b} }

// Len returns the buffer's length in bytes.
func (v LEView) Len() int { return len(v.b) }

func (v LEView) span(off, n int) ([]byte, error) {
	if off < 0 || n > len(v.b) || off > len(v.b)-n {
		return nil, fmt.Errorf("read %d bytes at offset %d of %d: %w", n, off, len(v.b), ErrShort)
	}
	return v.b[off : off+n], nil
}

// Uint16 returns the little-endian uint16 at off.
func (v LEView) Uint16(off int) (uint16, error) {
	b, err := v.span(off, 2)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint16(b), nil
}

// Uint32 returns the little-endian uint32 at off.
func (v LEView) Uint32(off int) (uint32, error) {
	b, err := v.span(off, 4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

// Uint64 returns the little-endian uint64 at off.
func (v LEView) Uint64(off int) (uint64, error) {
	b, err := v.span(off, 8)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b), nil
}

// hostLittleEndian reports the host's byte order, decided once.
var hostLittleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// Uint64s returns the whole buffer as a []uint64 sharing its memory, with
// no copy. It refuses, with [ErrMisaligned], a buffer whose address is
// not 8-aligned or whose length is not a multiple of 8, and with
// [ErrBigEndianHost] a host on which the values would not be
// little-endian. The result aliases the buffer: writes to either show in
// both.
func (v LEView) Uint64s() ([]uint64, error) {
	if !hostLittleEndian {
		return nil, ErrBigEndianHost
	}
	if len(v.b) == 0 {
		return nil, nil
	}
	p := unsafe.Pointer(unsafe.SliceData(v.b))
	if uintptr(p)%unsafe.Alignof(uint64(0)) != 0 {
		return nil, fmt.Errorf("address %#x is not 8-aligned: %w", uintptr(p), ErrMisaligned)
	}
	if len(v.b)%8 != 0 {
		return nil, fmt.Errorf("length %d is not a multiple of 8: %w", len(v.b), ErrMisaligned)
	}
	return unsafe.Slice((*uint64)(p), len(v.b)/8), nil
}
