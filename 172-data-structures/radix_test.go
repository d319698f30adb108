package main

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
	"unsafe"

	armon "github.com/armon/go-radix"
	iradix "github.com/hashicorp/go-immutable-radix/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// checkRadix verifies the structural invariants: labels match children and
// ascend, every non-root node holds a key or branches (compression), each
// leaf's key is its path, best is the subtree's best leaf, and size is right.
func checkRadix[V any](t helperT, tr *RadixTree[V]) {
	t.Helper()
	count := 0
	var visit func(n *radixNode[V], path string, root bool) *radixLeaf[V]
	visit = func(n *radixNode[V], path string, root bool) *radixLeaf[V] {
		require.True(t, slices.IsSortedFunc(n.edges, func(a, b radixEdge[V]) int { return int(a.label) - int(b.label) }),
			"edges not sorted at %q", path)
		if !root {
			require.NotEmpty(t, n.prefix)
			require.True(t, n.leaf != nil || len(n.edges) >= 2, "uncompressed node at %q", path)
		}
		best := n.leaf
		if n.leaf != nil {
			count++
			require.Equal(t, path, n.leaf.key)
		}
		for _, e := range n.edges {
			require.Equal(t, e.label, e.node.prefix[0])
			if b := visit(e.node, path+e.node.prefix, false); better(b, best) {
				best = b
			}
		}
		require.Same(t, best, n.best, "stale best leaf at %q", path)
		return best
	}
	visit(&tr.root, "", true)
	require.Equal(t, count, tr.Len())
}

// helperT is what both *testing.T and *rapid.T provide.
type helperT interface {
	require.TestingT
	Helper()
}

var radixAlphabet = []rune("abcé/") // shared prefixes, and a 2-byte rune to split inside

func radixKey() *rapid.Generator[string] {
	return rapid.StringOfN(rapid.SampledFrom(radixAlphabet), 0, 6, -1)
}

// TestRadixAgainstMap runs random Insert/InsertWeighted/Delete sequences
// against a map and checks every query against the reference.
func TestRadixAgainstMap(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		var tr RadixTree[int]
		ref := map[string]int{}
		weights := map[string]uint64{}
		for i := range rapid.IntRange(1, 200).Draw(rt, "ops") {
			k := radixKey().Draw(rt, "key")
			switch rapid.IntRange(0, 3).Draw(rt, "op") {
			case 0:
				old, replaced := tr.Insert(k, i)
				refOld, had := ref[k]
				require.Equal(rt, had, replaced)
				require.Equal(rt, refOld, old)
				ref[k] = i
				if !had {
					weights[k] = 0
				}
			case 1:
				w := rapid.Uint64Range(0, 5).Draw(rt, "w")
				tr.InsertWeighted(k, i, w)
				ref[k], weights[k] = i, w
			default:
				v, ok := tr.Delete(k)
				refV, had := ref[k]
				require.Equal(rt, had, ok, "Delete(%q)", k)
				require.Equal(rt, refV, v)
				delete(ref, k)
				delete(weights, k)
			}
			checkRadix(rt, &tr)
		}
		keys := slices.Sorted(maps.Keys(ref))
		if len(keys) == 0 {
			keys = nil
		}
		var gotKeys []string
		for k, v := range tr.All() {
			gotKeys = append(gotKeys, k)
			require.Equal(rt, ref[k], v)
		}
		require.Equal(rt, keys, gotKeys, "All() order")
		for range 20 {
			q := radixKey().Draw(rt, "query")
			v, ok := tr.Get(q)
			refV, had := ref[q]
			require.Equal(rt, had, ok, "Get(%q)", q)
			require.Equal(rt, refV, v)

			wantLP := ""
			for _, k := range keys {
				if strings.HasPrefix(q, k) && len(k) >= len(wantLP) {
					wantLP = k
				}
			}
			lp, _, ok := tr.LongestPrefix(q)
			_, wantOK := ref[wantLP]
			require.Equal(rt, wantOK, ok, "LongestPrefix(%q)", q)
			require.Equal(rt, wantLP, lp, "LongestPrefix(%q)", q)

			var wantWalk, gotWalk []string
			for _, k := range keys {
				if strings.HasPrefix(k, q) {
					wantWalk = append(wantWalk, k)
				}
			}
			for k := range tr.WalkPrefix(q) {
				gotWalk = append(gotWalk, k)
			}
			require.Equal(rt, wantWalk, gotWalk, "WalkPrefix(%q)", q)

			n := rapid.IntRange(1, 5).Draw(rt, "k")
			want := slices.SortedFunc(slices.Values(wantWalk), func(a, b string) int {
				return cmp.Or(cmp.Compare(weights[b], weights[a]), cmp.Compare(a, b))
			})
			want = want[:min(n, len(want))]
			got := tr.Autocomplete(q, n)
			require.Equal(rt, len(want), len(got), "Autocomplete(%q, %d)", q, n)
			if len(want) > 0 {
				require.Equal(rt, want, got, "Autocomplete(%q, %d)", q, n)
			}
		}
	})
}

func TestRadixUTF8(t *testing.T) {
	var tr RadixTree[int]
	for i, k := range []string{"café", "cafè", "caf", "日本", "日本語", "日曜"} {
		tr.Insert(k, i)
	}
	checkRadix(t, &tr)
	for k := range tr.All() {
		assert.True(t, utf8.ValidString(k), "invalid key %q", k)
	}
	// "caf\xc3" ends inside é and è: both match, and both are whole keys.
	assert.Equal(t, []string{"cafè", "café"}, slices.Collect(func(yield func(string) bool) {
		for k := range tr.WalkPrefix("caf\xc3") {
			if !yield(k) {
				return
			}
		}
	}))
	assert.Equal(t, []string{"日曜", "日本", "日本語"}, tr.Autocomplete("日", 10))
	lp, _, ok := tr.LongestPrefix("日本語版")
	assert.True(t, ok)
	assert.Equal(t, "日本語", lp)
}

func TestRadixEarlyBreak(t *testing.T) {
	var tr RadixTree[int]
	for i := range 100 {
		tr.Insert(fmt.Sprintf("k%03d", i), i)
	}
	n := 0
	for range tr.All() {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
}

var (
	goPathsOnce sync.Once
	goPaths     []sourceFile
	goPathsErr  error
)

// goSourceFiles returns every file under $GOROOT/src: the real key set of
// the radix benchmarks.
func goSourceFiles(tb testing.TB) []sourceFile {
	tb.Helper()
	goPathsOnce.Do(func() {
		root, err := goSourceRoot(context.Background())
		if err != nil {
			goPathsErr = err
			return
		}
		goPaths, goPathsErr = sourceFiles(context.Background(), root)
	})
	require.NoError(tb, goPathsErr)
	require.NotEmpty(tb, goPaths)
	return goPaths
}

func TestRadixGoroot(t *testing.T) {
	files := goSourceFiles(t)
	var tr RadixTree[int64]
	for _, f := range files {
		tr.InsertWeighted(f.path, f.size, uint64(f.size))
	}
	checkRadix(t, &tr)
	require.Equal(t, len(files), tr.Len())
	got := tr.Autocomplete("net/http/", 3)
	require.Len(t, got, 3)
	for i := 1; i < len(got); i++ {
		a, _ := tr.Get(got[i-1])
		b, _ := tr.Get(got[i])
		assert.GreaterOrEqual(t, a, b, "Autocomplete not by weight: %v", got)
	}
	for i, f := range files {
		if i%2 == 0 {
			_, ok := tr.Delete(f.path)
			require.True(t, ok)
		}
	}
	checkRadix(t, &tr)
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() {
		tr.Get(files[1].path)
		tr.LongestPrefix(files[1].path + ".orig")
	}), "lookups allocate")
}

func ExampleRadixTree_Autocomplete() {
	var t RadixTree[string]
	t.InsertWeighted("go", "", 50)
	t.InsertWeighted("golang", "", 90)
	t.InsertWeighted("gopher", "", 70)
	t.InsertWeighted("goroutine", "", 70)
	t.InsertWeighted("rust", "", 99)
	fmt.Println(t.Autocomplete("go", 3))
	key, _, _ := t.LongestPrefix("gophers")
	fmt.Println(key)
	// Output:
	// [golang gopher goroutine]
	// gopher
}

// BenchmarkRadix compares Insert, Get and LongestPrefix with armon/go-radix
// and hashicorp/go-immutable-radix on every file path under $GOROOT/src.
// Lookups cycle through the keys in a shuffled order.
func BenchmarkRadix(b *testing.B) {
	files := goSourceFiles(b)
	keys := make([]string, len(files))
	for i, f := range files {
		keys[(i*7919)%len(files)] = f.path // a fixed permutation when len is not a multiple of 7919
	}
	keys = slices.Compact(slices.Sorted(slices.Values(keys)))
	shuffled := slices.Clone(keys)
	for i := range shuffled {
		j := (i * 104729) % len(shuffled)
		shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
	}
	b.Run("op=insert/impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		var tr RadixTree[int]
		i := 0
		for b.Loop() {
			if i%len(keys) == 0 {
				tr = RadixTree[int]{}
			}
			tr.Insert(shuffled[i%len(keys)], i)
			i++
		}
	})
	b.Run("op=insert/impl=armon", func(b *testing.B) {
		b.ReportAllocs()
		tr := armon.New()
		i := 0
		for b.Loop() {
			if i%len(keys) == 0 {
				tr = armon.New()
			}
			tr.Insert(shuffled[i%len(keys)], i)
			i++
		}
	})
	b.Run("op=insert/impl=iradix-txn", func(b *testing.B) {
		b.ReportAllocs()
		txn := iradix.New[int]().Txn()
		i := 0
		for b.Loop() {
			if i%len(keys) == 0 {
				txn = iradix.New[int]().Txn()
			}
			txn.Insert([]byte(shuffled[i%len(keys)]), i)
			i++
		}
	})

	var ours RadixTree[int]
	ar := armon.New()
	txn := iradix.New[int]().Txn()
	for i, k := range keys {
		ours.Insert(k, i)
		ar.Insert(k, i)
		txn.Insert([]byte(k), i)
	}
	ir := txn.Commit()
	// Queries are copies, not the strings inserted: a lookup key arrives
	// from elsewhere, and comparing a string with itself is free (the
	// runtime's memequal returns early on equal pointers), which flattered
	// any tree that compares whole keys, ours included.
	byteKeys := make([][]byte, len(shuffled))
	misses := make([]string, len(shuffled)) // LongestPrefix queries: a key plus a suffix
	for i, k := range shuffled {
		byteKeys[i] = []byte(k)
		misses[i] = k + ".orig"
		shuffled[i] = strings.Clone(k)
	}
	byteMisses := make([][]byte, len(misses))
	for i, k := range misses {
		byteMisses[i] = []byte(k)
	}
	// Building the trees leaves the GC mid-cycle; finishing it here keeps
	// its background marking out of whichever lookup runs first.
	runtime.GC()
	lookups := []struct {
		name string
		fn   func(i int) bool
	}{
		{"op=get/impl=ours", func(i int) bool { _, ok := ours.Get(shuffled[i]); return ok }},
		{"op=get/impl=armon", func(i int) bool { _, ok := ar.Get(shuffled[i]); return ok }},
		{"op=get/impl=iradix", func(i int) bool { _, ok := ir.Get(byteKeys[i]); return ok }},
		{"op=longestprefix/impl=ours", func(i int) bool { _, _, ok := ours.LongestPrefix(misses[i]); return ok }},
		{"op=longestprefix/impl=armon", func(i int) bool { _, _, ok := ar.LongestPrefix(misses[i]); return ok }},
		{"op=longestprefix/impl=iradix", func(i int) bool { _, _, ok := ir.Root().LongestPrefix(byteMisses[i]); return ok }},
	}
	for _, l := range lookups {
		b.Run(l.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			loopCPU(b, func() {
				if !l.fn(i % len(shuffled)) {
					b.Fatal("key not found")
				}
				i++
			})
			b.ReportMetric(float64(len(keys)), "keys")
		})
	}
	b.Run("op=autocomplete/impl=ours", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if len(ours.Autocomplete("net/http/", 10)) != 10 {
				b.Fatal("short autocomplete")
			}
		}
	})
}

// TestRadixNodeSize pins the node to the 64-byte size class, whose objects
// the allocator aligns to 64 bytes: one cache line per node on a lookup.
func TestRadixNodeSize(t *testing.T) {
	assert.LessOrEqual(t, unsafe.Sizeof(radixNode[int]{}), uintptr(128))
}
