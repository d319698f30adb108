package main

// This file holds a cache of weak pointers (package weak, Go 1.24): it
// hands out a value for as long as anyone else holds it, and forgets it
// when nobody does.
//
// A cache of strong pointers decides itself when an entry dies (LRU, a
// TTL, a size bound) and keeps it alive until then, whatever the rest of
// the program does. A weak cache lets the GC decide: an entry lives
// exactly as long as some other part of the program references its
// value, so two requests for the same key share one value while both
// are in flight, and an idle cache holds no memory. It is the shape of
// a canonicalising map (unique.Make is one, for comparable values) or a
// cache of parsed templates, decoded images, open sessions.
//
// weak.Pointer[T].Value returns nil once the GC has found the value
// unreachable; the map entry itself, though, would stay behind, so each
// value carries a runtime.AddCleanup that deletes its key. The cleanup
// deletes only if the key still maps to the same weak pointer (weak
// pointers made from the same pointer compare equal): the key may have
// been re-filled with a new value since, and that entry must survive.
// This is the pattern given in the weak package's own documentation.
//
// What the GC does not promise: how soon. A value is gone after the
// cycle that finds it unreachable, its key after the cleanup goroutine
// runs; a value that is a tiny allocation (pointer-free and under 16
// bytes) may share a block with others and never be collected at all.

import (
	"runtime"
	"sync"
	"weak"
)

// WeakCache maps keys to values held weakly: Get finds a value only
// while something outside the cache still references it.
//
// The zero value is not usable; make one with [NewWeakCache]. A
// WeakCache is safe for concurrent use. Get, Put and Len are O(1).
type WeakCache[K comparable, V any] struct {
	// mu guards m.
	mu sync.Mutex
	m  map[K]weak.Pointer[V]
}

// NewWeakCache returns an empty cache.
func NewWeakCache[K comparable, V any]() *WeakCache[K, V] {
	return &WeakCache[K, V]{m: make(map[K]weak.Pointer[V])}
}

// Get returns the value for k, if it is still referenced elsewhere.
func (c *WeakCache[K, V]) Get(k K) (*V, bool) {
	c.mu.Lock()
	wp, ok := c.m[k]
	c.mu.Unlock()
	if !ok {
		return nil, false
	}
	v := wp.Value()
	return v, v != nil
}

// Put stores v under k, replacing any entry. v must not be nil.
func (c *WeakCache[K, V]) Put(k K, v *V) {
	wp := weak.Make(v)
	c.mu.Lock()
	c.m[k] = wp
	c.mu.Unlock()
	runtime.AddCleanup(v, c.forget, weakEntry[K, V]{k, wp})
}

// GetOrMake returns the value for k, calling make and storing its result
// when there is none. Two goroutines missing at once may both call make;
// the later Put wins and both values are valid.
func (c *WeakCache[K, V]) GetOrMake(k K, make func() *V) *V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := make()
	c.Put(k, v)
	return v
}

// Len returns the number of entries, including those whose values are
// collected but whose cleanups have not run yet.
func (c *WeakCache[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}

// weakEntry is what a value's cleanup needs: its key and the weak
// pointer the map held for it (never the value itself).
type weakEntry[K comparable, V any] struct {
	key K
	wp  weak.Pointer[V]
}

// forget is the cleanup of a collected value: it deletes the key unless
// the key now holds another value.
func (c *WeakCache[K, V]) forget(e weakEntry[K, V]) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m[e.key] == e.wp {
		delete(c.m, e.key)
	}
}
