package main

import (
	"bytes"
	"context"
	"testing"
	"unique"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUniqueHandlesShareOneCopy(t *testing.T) {
	s := InternSpec{N: 10, Distinct: 3, Len: 16}.withDefaults()
	buf := make([]byte, 0, 16)
	a, b := internValue(s, buf, 1), internValue(s, buf, 4) // equal values, separate copies
	require.Equal(t, a, b)
	require.NotSame(t, unsafe.StringData(a), unsafe.StringData(b))
	ha, hb := unique.Make(a), unique.Make(b)
	assert.True(t, ha == hb, "equal values give equal handles")
	assert.Same(t, unsafe.StringData(ha.Value()), unsafe.StringData(hb.Value()), "one canonical copy")
	assert.NotSame(t, unsafe.StringData(a), unsafe.StringData(ha.Value()), "Make cloned the string")
	assert.False(t, ha == unique.Make(internValue(s, buf, 2)))
}

func TestMeasureInterning(t *testing.T) {
	const n, length = 100_000, 32
	rows := MeasureInterning(InternSpec{N: n, Distinct: 100, Len: length})
	require.Len(t, rows, 4)
	copies, handles, values, mapped := rows[0].Live, rows[1].Live, rows[2].Live, rows[3].Live
	// A string header is 16 bytes and each copy a 32-byte allocation.
	assert.GreaterOrEqual(t, copies, int64(n*(16+length))*9/10, "copies: %d", copies)
	// A handle is 8 bytes; 100 canonical copies are noise.
	assert.Less(t, handles, int64(n*8)*12/10, "handles: %d", handles)
	assert.Less(t, handles, copies/4)
	assert.Less(t, values, int64(n*16)*12/10, "canonical strings: %d", values)
	assert.Less(t, mapped, int64(n*16)*12/10, "map interner: %d", mapped)
}

func TestRunIntern(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"intern", "-n", "20000", "-distinct", "10"}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "unique.Handle")
	assert.Equal(t, 2, run(context.Background(), []string{"intern", "-distinct", "0"}, &stdout, &stderr))
}

// BenchmarkIntern compares the cost per string of keeping a copy, of
// unique.Make and of a map interner, at 1000 distinct values.
func BenchmarkIntern(b *testing.B) {
	s := InternSpec{N: 1 << 16, Distinct: 1000, Len: 32}
	buf := make([]byte, 0, s.Len)
	b.Run("impl=none", func(b *testing.B) {
		b.ReportAllocs()
		out := make([]string, s.N)
		i := 0
		for b.Loop() {
			out[i%s.N] = internValue(s, buf, i)
			i++
		}
	})
	b.Run("impl=unique", func(b *testing.B) {
		b.ReportAllocs()
		out := make([]unique.Handle[string], s.N)
		i := 0
		for b.Loop() {
			out[i%s.N] = unique.Make(internValue(s, buf, i))
			i++
		}
	})
	b.Run("impl=map", func(b *testing.B) {
		b.ReportAllocs()
		out := make([]string, s.N)
		m := make(map[string]string)
		i := 0
		for b.Loop() {
			v := internValue(s, buf, i)
			c, ok := m[v]
			if !ok {
				m[v], c = v, v
			}
			out[i%s.N] = c
			i++
		}
	})
}
