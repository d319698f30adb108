package main

import (
	"fmt"
	"maps"
	"sync"
	"sync/atomic"
	"testing"
	"unsafe"

	cmap "github.com/orcaman/concurrent-map/v2"
	"github.com/puzpuzpuz/xsync/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestMapShardSize(t *testing.T) {
	assert.Equal(t, uintptr(cacheLinePad), unsafe.Sizeof(mapShard[string, int]{}))
	assert.Len(t, NewShardedMap[int, int](100).shards, 128)
}

func TestShardedMapAgainstMap(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		m := NewShardedMap[int, int](rapid.IntRange(1, 8).Draw(rt, "shards"))
		ref := map[int]int{}
		for i := range rapid.IntRange(1, 300).Draw(rt, "ops") {
			k := rapid.IntRange(0, 30).Draw(rt, "key")
			refV, had := ref[k]
			switch rapid.IntRange(0, 6).Draw(rt, "op") {
			case 0:
				v, ok := m.Load(k)
				require.Equal(rt, had, ok, "Load(%d)", k)
				require.Equal(rt, refV, v)
			case 1:
				m.Store(k, i)
				ref[k] = i
			case 2:
				v, loaded := m.LoadOrStore(k, i)
				require.Equal(rt, had, loaded)
				if had {
					require.Equal(rt, refV, v)
				} else {
					require.Equal(rt, i, v)
					ref[k] = i
				}
			case 3:
				v, ok := m.LoadAndDelete(k)
				require.Equal(rt, had, ok)
				require.Equal(rt, refV, v)
				delete(ref, k)
			case 4:
				m.Delete(k)
				delete(ref, k)
			case 5:
				op := ComputeOp(rapid.IntRange(0, 2).Draw(rt, "computeOp"))
				calls := 0
				v, ok := m.Compute(k, func(old int, loaded bool) (int, ComputeOp) {
					calls++
					require.Equal(rt, had, loaded)
					require.Equal(rt, refV, old)
					return old + 1, op
				})
				require.Equal(rt, 1, calls, "Compute called its function %d times", calls)
				switch op {
				case UpdateOp:
					ref[k] = refV + 1
					require.True(rt, ok)
					require.Equal(rt, refV+1, v)
				case DeleteOp:
					delete(ref, k)
					require.False(rt, ok)
				case CancelOp:
					require.Equal(rt, had, ok)
					require.Equal(rt, refV, v)
				}
			default:
				require.Equal(rt, len(ref), m.Len())
			}
		}
		got := maps.Collect(m.All())
		if len(ref) == 0 {
			require.Empty(rt, got)
		} else {
			require.Equal(rt, ref, got)
		}
	})
}

// TestShardedMapHammer runs Compute increments, LoadOrStore races and
// iteration from many goroutines: every increment is counted exactly once
// and every LoadOrStore race has exactly one winner.
func TestShardedMapHammer(t *testing.T) {
	m := NewShardedMap[string, int](8)
	const workers, per, keys = 8, 2000, 16
	var winners atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range per {
				m.Compute(fmt.Sprintf("count-%d", i%keys), func(old int, _ bool) (int, ComputeOp) { return old + 1, UpdateOp })
				if _, loaded := m.LoadOrStore(fmt.Sprintf("once-%d", i), w); !loaded {
					winners.Add(1)
				}
			}
		})
	}
	wg.Go(func() {
		for range 20 {
			n := 0
			for k := range m.All() {
				m.Load(k) // using the map inside the loop must not deadlock
				if n++; n == 50 {
					break
				}
			}
		}
	})
	wg.Wait()
	for i := range keys {
		v, _ := m.Load(fmt.Sprintf("count-%d", i))
		assert.Equal(t, workers*per/keys, v, "lost or doubled Compute on key %d", i)
	}
	assert.Equal(t, int64(per), winners.Load())
	assert.Equal(t, keys+per, m.Len())
}

func TestShardedMapAllWritesDuringIteration(t *testing.T) {
	m := NewShardedMap[int, int](4)
	for i := range 100 {
		m.Store(i, i)
	}
	seen := map[int]int{}
	for k := range m.All() {
		seen[k]++
		m.Store(k+1000, k) // writes during iteration: allowed
		m.Delete(k)
	}
	for i := range 100 {
		assert.Equal(t, 1, seen[i], "key %d yielded %d times", i, seen[i])
	}
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { m.Load(1005) }))
}

func ExampleShardedMap_Compute() {
	m := NewShardedMap[string, int](0)
	for _, word := range []string{"go", "map", "go"} {
		m.Compute(word, func(n int, _ bool) (int, ComputeOp) { return n + 1, UpdateOp })
	}
	n, _ := m.Load("go")
	fmt.Println(n, m.Len())
	// Output: 2 2
}

// BenchmarkMap runs RunParallel with each goroutine drawing random keys
// from 1e5 preloaded ones; writes store to existing keys.
func BenchmarkMap(b *testing.B) {
	const keys = 100_000
	type impl struct {
		name  string
		load  func(int) bool
		store func(int, int)
	}
	newImpls := func() []impl {
		ours := NewShardedMap[int, int](0)
		var sm sync.Map
		var mu sync.RWMutex
		rw := make(map[int]int, keys)
		xm := xsync.NewMap[int, int](xsync.WithPresize(keys))
		cm := cmap.NewWithCustomShardingFunction[int, int](func(k int) uint32 { return uint32(fmix64(uint64(k))) })
		impls := []impl{
			{"ours", func(k int) bool { _, ok := ours.Load(k); return ok }, ours.Store},
			{"sync.Map", func(k int) bool { _, ok := sm.Load(k); return ok }, func(k, v int) { sm.Store(k, v) }},
			{"rwmutex", func(k int) bool { mu.RLock(); _, ok := rw[k]; mu.RUnlock(); return ok },
				func(k, v int) { mu.Lock(); rw[k] = v; mu.Unlock() }},
			{"xsync", func(k int) bool { _, ok := xm.Load(k); return ok }, xm.Store},
			{"cmap", func(k int) bool { _, ok := cm.Get(k); return ok }, cm.Set},
		}
		for _, im := range impls {
			for k := range keys {
				im.store(k, k)
			}
		}
		return impls
	}
	impls := newImpls()
	for _, reads := range []int{100, 90, 50} {
		for _, im := range impls {
			b.Run(fmt.Sprintf("reads=%d%%/impl=%s", reads, im.name), func(b *testing.B) {
				b.ReportAllocs()
				var seed atomic.Uint64
				b.RunParallel(func(pb *testing.PB) {
					x := seed.Add(0x9E3779B97F4A7C15) | 1
					for pb.Next() {
						x ^= x << 13 // xorshift64: cheap per-goroutine randomness
						x ^= x >> 7
						x ^= x << 17
						k := int(x % keys)
						if int(x>>32%100) < reads {
							if !im.load(k) {
								panic("missing key") // b.Fatal must not be called from RunParallel's goroutines
							}
						} else {
							im.store(k, k)
						}
					}
				})
			})
		}
	}
}
