package main

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// template stands for an expensive value worth sharing.
type template struct {
	name string
	body []byte
}

func TestWeakCacheEntriesVanish(t *testing.T) {
	c := NewWeakCache[string, template]()
	held := &template{name: "held", body: make([]byte, 1024)}
	c.Put("held", held)
	func() { c.Put("dropped", &template{name: "dropped", body: make([]byte, 1024)}) }()
	require.Equal(t, 2, c.Len())

	v, ok := c.Get("held")
	require.True(t, ok)
	assert.Same(t, held, v, "Get returns the very value while it is referenced")

	require.True(t, gcUntil(func() bool { _, ok := c.Get("dropped"); return !ok }), "an unreferenced value is gone after GC")
	require.True(t, gcUntil(func() bool { return c.Len() == 1 }), "and its cleanup deletes the key")
	v, ok = c.Get("held")
	assert.True(t, ok, "a referenced value survives every cycle")
	assert.Same(t, held, v)
	_, ok = c.Get("never")
	assert.False(t, ok)
	runtime.KeepAlive(held)

	held = nil
	require.True(t, gcUntil(func() bool { return c.Len() == 0 }))
}

func TestWeakCacheRefilledKeySurvivesOldCleanup(t *testing.T) {
	c := NewWeakCache[int, template]()
	func() { c.Put(1, &template{name: "old"}) }()
	require.True(t, gcUntil(func() bool { _, ok := c.Get(1); return !ok }))
	// Refill the key before (or after) the old value's cleanup runs: the
	// cleanup must not delete the new entry.
	fresh := c.GetOrMake(1, func() *template { return &template{name: "new"} })
	gcUntil(func() bool { return false })
	v, ok := c.Get(1)
	require.True(t, ok, "the refilled key survived the old value's cleanup")
	assert.Equal(t, "new", v.name)
	assert.Same(t, fresh, c.GetOrMake(1, func() *template { t.Fatal("make called on a hit"); return nil }))
	runtime.KeepAlive(fresh)
}

func TestWeakCacheConcurrent(t *testing.T) {
	c := NewWeakCache[int, template]()
	keep := make([]*template, 8)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 500 {
				v := c.GetOrMake(i%16, func() *template { return &template{name: "v"} })
				if i%16 < 8 && g == 0 {
					keep[i%16] = v
				}
			}
		})
	}
	wg.Wait()
	require.True(t, gcUntil(func() bool { return c.Len() <= 8 }))
	runtime.KeepAlive(keep)
}

func ExampleWeakCache() {
	c := NewWeakCache[string, template]()
	kept := &template{name: "kept"}
	c.Put("kept", kept)
	func() { c.Put("dropped", &template{name: "dropped"}) }()

	gcUntil(func() bool { return c.Len() == 1 }) // the dropped value's cleanup deleted its key
	_, hit := c.Get("kept")
	_, miss := c.Get("dropped")
	fmt.Println(hit, miss, c.Len())
	runtime.KeepAlive(kept)
	// Output: true false 1
}
