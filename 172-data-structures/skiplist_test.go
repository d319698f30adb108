package main

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/btree"
	"github.com/huandu/skiplist"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// checkSkipList verifies that blocks are non-empty, no larger than their
// capacity and sorted within and across, that every link's key copy is its
// target's first key, that every span equals the number of keys it jumps
// (to the end for a nil link), and that the level count is tight.
func checkSkipList[K, V any](t helperT, s *SkipList[K, V]) {
	t.Helper()
	pos := map[*skipNode[K, V]]int{&s.head: 0}
	total := 0
	var last *K
	for n := s.head.next[0].node; n != nil; n = n.next[0].node {
		require.NotEmpty(t, n.keys, "empty block")
		require.LessOrEqual(t, len(n.keys), s.blockCap, "overfull block")
		require.Equal(t, len(n.keys), len(n.vals))
		for i := range n.keys {
			if last != nil {
				require.Negative(t, s.cmp(*last, n.keys[i]), "keys not ascending")
			}
			last = &n.keys[i]
		}
		pos[n] = total
		total += len(n.keys)
	}
	require.Equal(t, s.length, total)
	for lvl := range s.level {
		for x := &s.head; ; x = x.next[lvl].node {
			l := x.next[lvl]
			if l.node == nil {
				require.Equal(t, total-pos[x], l.span, "span to the end at level %d", lvl)
				break
			}
			require.Equal(t, pos[l.node]-pos[x], l.span, "span at level %d", lvl)
			require.Zero(t, s.cmp(l.key, l.node.keys[0]), "stale key copy")
		}
	}
	if s.level > 1 {
		require.NotNil(t, s.head.next[s.level-1].node, "empty top level")
	}
}

func TestSkipListAgainstSortedSlice(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		s := NewSkipList[int, int](WithSeed(rapid.Uint64().Draw(rt, "seed")))
		// Small blocks, so a few hundred operations split and merge often.
		s.blockCap = rapid.IntRange(2, 9).Draw(rt, "blockCap")
		var keys []int // the reference: sorted, distinct
		vals := map[int]int{}
		for i := range rapid.IntRange(1, 300).Draw(rt, "ops") {
			k := rapid.IntRange(-50, 50).Draw(rt, "key")
			j, found := slices.BinarySearch(keys, k)
			switch rapid.IntRange(0, 2).Draw(rt, "op") {
			case 0, 1:
				old, replaced := s.Set(k, i)
				require.Equal(rt, found, replaced, "Set(%d)", k)
				require.Equal(rt, vals[k], old)
				if !found {
					keys = slices.Insert(keys, j, k)
				}
				vals[k] = i
			default:
				v, ok := s.Delete(k)
				require.Equal(rt, found, ok, "Delete(%d)", k)
				require.Equal(rt, vals[k], v)
				if found {
					keys = slices.Delete(keys, j, j+1)
				}
				delete(vals, k)
			}
			checkSkipList(rt, s) // after every mutation
		}
		require.Equal(rt, len(keys), s.Len())
		var got []int
		for k, v := range s.All() {
			got = append(got, k)
			require.Equal(rt, vals[k], v)
		}
		require.True(rt, slices.Equal(keys, got), "All() = %v, want %v", got, keys)
		for range 30 {
			q := rapid.IntRange(-55, 55).Draw(rt, "query")
			j, found := slices.BinarySearch(keys, q)
			v, ok := s.Get(q)
			require.Equal(rt, found, ok, "Get(%d)", q)
			require.Equal(rt, vals[q], v)
			r, ok := s.Rank(q)
			require.Equal(rt, j, r, "Rank(%d)", q)
			require.Equal(rt, found, ok)
			if j < len(keys) {
				k, _, ok := s.At(j)
				require.True(rt, ok)
				require.Equal(rt, keys[j], k, "At(%d)", j)
			}
			to := q + rapid.IntRange(0, 20).Draw(rt, "width")
			var want []int
			for _, k := range keys {
				if k >= q && k < to {
					want = append(want, k)
				}
			}
			var rng []int
			for k := range s.Range(q, to) {
				rng = append(rng, k)
			}
			require.True(rt, slices.Equal(want, rng), "Range(%d, %d) = %v, want %v", q, to, rng, want)
			var seek []int
			for k := range s.Seek(q) {
				seek = append(seek, k)
			}
			require.True(rt, slices.Equal(keys[j:], seek), "Seek(%d) = %v, want %v", q, seek, keys[j:])
		}
		_, _, ok := s.At(len(keys))
		require.False(rt, ok)
		_, _, ok = s.At(-1)
		require.False(rt, ok)
		if len(keys) > 0 {
			mn, _, _ := s.Min()
			mx, _, _ := s.Max()
			require.Equal(rt, keys[0], mn)
			require.Equal(rt, keys[len(keys)-1], mx)
		} else {
			_, _, ok := s.Min()
			require.False(rt, ok)
			_, _, ok = s.Max()
			require.False(rt, ok)
		}
	})
}

func TestSkipListSeedReproducible(t *testing.T) {
	shape := func(seed uint64) []int {
		s := NewSkipList[int, struct{}](WithSeed(seed))
		s.blockCap = 4
		for i := range 1000 {
			s.Set(i, struct{}{})
		}
		var levels []int
		for n := s.head.next[0].node; n != nil; n = n.next[0].node {
			levels = append(levels, len(n.next))
		}
		return levels
	}
	assert.Equal(t, shape(7), shape(7))
	assert.NotEqual(t, shape(7), shape(8))
}

// TestSkipListLevels: with p = 1/4 the mean block level is 1/(1-1/4) = 4/3
// (variance 4/9). Blocks of capacity 4 filled in ascending order split into
// halves of 2, so 10^5 keys make ~5·10^4 blocks and the mean's standard
// error is about 0.003: ±0.03 is a loose bound.
func TestSkipListLevels(t *testing.T) {
	s := NewSkipList[int, int](WithSeed(1))
	s.blockCap = 4
	for i := range 100_000 {
		s.Set(i, i)
	}
	total, blocks := 0, 0
	for n := s.head.next[0].node; n != nil; n = n.next[0].node {
		total += len(n.next)
		blocks++
	}
	assert.InDelta(t, 4.0/3, float64(total)/float64(blocks), 0.03)
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() {
		s.Get(500)
		s.Rank(500)
		s.At(500)
		for range s.Seek(500) {
			break
		}
		for range s.Range(10, 20) {
		}
	}))
}

func TestSkipListFunc(t *testing.T) {
	s := NewSkipListFunc[string, int](func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	s.Set("b", 1)
	s.Set("A", 2)
	_, replaced := s.Set("a", 3)
	assert.True(t, replaced, "case-insensitive comparator must treat a and A as one key")
	k, v, _ := s.Min()
	assert.Equal(t, "A", k)
	assert.Equal(t, 3, v)
}

func ExampleSkipList() {
	scores := NewSkipList[int, string](WithSeed(1))
	for score, name := range map[int]string{90: "ada", 75: "bob", 82: "cy", 60: "dee"} {
		scores.Set(score, name)
	}
	for score, name := range scores.Range(70, 90) {
		fmt.Println(score, name)
	}
	rank, _ := scores.Rank(82)
	third, _, _ := scores.At(2)
	fmt.Println("rank of 82:", rank, "third lowest:", third)
	// Output:
	// 75 bob
	// 82 cy
	// rank of 82: 2 third lowest: 82
}

const benchSkipN = 1_000_000

// benchSkipKeys returns 0..n-1 in a fixed pseudo-random order.
func benchSkipKeys(n int) []int {
	keys := make([]int, n)
	x := uint64(1)
	for i := range keys {
		keys[i] = i
	}
	for i := n - 1; i > 0; i-- {
		x = x*6364136223846793005 + 1442695040888963407
		j := int((x >> 33) % uint64(i+1))
		keys[i], keys[j] = keys[j], keys[i]
	}
	return keys
}

type btreeItem struct{ k, v int }

func btreeLess(a, b btreeItem) bool { return a.k < b.k }

// BenchmarkSkipList compares Set, Get and Seek (find the first key ≥ k and
// read 10 in order) with huandu/skiplist and google/btree (degree 32) at
// 1e6 int keys, looked up in random order.
func BenchmarkSkipList(b *testing.B) {
	keys := benchSkipKeys(benchSkipN)
	b.Run("op=set/impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		s := NewSkipList[int, int](WithSeed(1))
		for i := 0; b.Loop(); i++ {
			if i%benchSkipN == 0 {
				s = NewSkipList[int, int](WithSeed(1))
			}
			s.Set(keys[i%benchSkipN], i)
		}
	})
	b.Run("op=set/impl=huandu", func(b *testing.B) {
		b.ReportAllocs()
		s := skiplist.New(skiplist.Int)
		for i := 0; b.Loop(); i++ {
			if i%benchSkipN == 0 {
				s = skiplist.New(skiplist.Int)
			}
			s.Set(keys[i%benchSkipN], i)
		}
	})
	b.Run("op=set/impl=btree", func(b *testing.B) {
		b.ReportAllocs()
		t := btree.NewG(32, btreeLess)
		for i := 0; b.Loop(); i++ {
			if i%benchSkipN == 0 {
				t = btree.NewG(32, btreeLess)
			}
			t.ReplaceOrInsert(btreeItem{keys[i%benchSkipN], i})
		}
	})

	// Each structure is built alone between two GCs, so the live-heap
	// growth is its memory: reported as bytes/key beside its lookups.
	bytesPerKey := map[string]float64{}
	build := func(name string, fill func()) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		fill()
		runtime.GC()
		runtime.ReadMemStats(&after)
		bytesPerKey[name] = float64(after.HeapAlloc-before.HeapAlloc) / benchSkipN
	}
	ours := NewSkipList[int, int](WithSeed(1))
	hu := skiplist.New(skiplist.Int)
	bt := btree.NewG(32, btreeLess)
	build("ours", func() {
		for i, k := range keys {
			ours.Set(k, i)
		}
	})
	build("huandu", func() {
		for i, k := range keys {
			hu.Set(k, i)
		}
	})
	build("btree", func() {
		for i, k := range keys {
			bt.ReplaceOrInsert(btreeItem{k, i})
		}
	})
	type impl struct {
		name string
		get  func(int) bool
		seek func(int) int
	}
	impls := []impl{
		{"ours", func(k int) bool { _, ok := ours.Get(k); return ok }, func(k int) int {
			sum, n := 0, 0
			for k := range ours.Seek(k) {
				sum += k
				if n++; n == 10 {
					break
				}
			}
			return sum
		}},
		{"huandu", func(k int) bool { return hu.Get(k) != nil }, func(k int) int {
			sum := 0
			for e, n := hu.Find(k), 0; e != nil && n < 10; e, n = e.Next(), n+1 {
				sum += e.Key().(int)
			}
			return sum
		}},
		{"btree", func(k int) bool { _, ok := bt.Get(btreeItem{k: k}); return ok }, func(k int) int {
			sum, n := 0, 0
			bt.AscendGreaterOrEqual(btreeItem{k: k}, func(it btreeItem) bool { sum += it.k; n++; return n < 10 })
			return sum
		}},
	}
	for _, im := range impls {
		b.Run("op=get/impl="+im.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			loopCPU(b, func() {
				if !im.get(keys[i%benchSkipN]) {
					b.Fatal("missing key")
				}
				i++
			})
			b.ReportMetric(bytesPerKey[im.name], "bytes/key")
		})
	}
	for _, im := range impls {
		b.Run("op=seek10/impl="+im.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				im.seek(keys[i%benchSkipN])
			}
		})
	}
}
