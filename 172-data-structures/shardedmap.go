package main

import (
	"hash/maphash"
	"iter"
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// A sharded map splits one map into many, each behind its own lock, chosen
// by the key's hash: writers touching different shards never meet. sync.Map
// is tuned for keys written once and read many times (or disjoint key sets
// per goroutine) and allocates on every Store.
//
// The first version kept a built-in map and an RWMutex per shard. Its
// reads then paid two atomic read-modify-writes on the shard's lock word
// (RLock and RUnlock), and those writes bounce the lock's cache line
// between cores even when every goroutine only reads: on the demo's
// workload a single map behind one RWMutex beat it at every read mix, and
// xsync's Map, whose reads take no lock, was about 2× faster at 90–100%
// reads. So reads are now lock-free, after xsync and Cliff Click's
// non-blocking hash table: each shard owns an open-addressing table of
// atomic pointers to immutable entries. A reader loads the table pointer,
// probes linearly with atomic loads and compares keys, and never writes
// shared memory. Writers still take the shard's mutex (so Compute calls
// its function exactly once), publish a freshly allocated entry with one
// atomic store, and grow the table by building a new one and swapping the
// pointer; a reader still probing the old table sees the map as it was
// just before the swap. The price: Store allocates one entry (the
// built-in map version did not), and deleted slots stay as tombstones
// until the next rebuild.
//
// Keys are hashed with hash/maphash.Comparable and a per-map random seed, so
// an attacker who picks keys cannot aim them all at one shard or one probe
// run.

// mapEntry is one immutable key-value pair; a slot points at one, at
// mapTombstone, or at nothing.
type mapEntry[K comparable, V any] struct {
	hash  uint64 // kept so a rebuild need not rehash, and compared before key
	key   K
	value V
}

// mapTable is a power-of-two array of slots probed linearly.
type mapTable[K comparable, V any] struct {
	slots []atomic.Pointer[mapEntry[K, V]]
	mask  uint64
	// tomb marks a deleted slot. It is per table, not a package-level
	// value, because a generic package-level variable cannot exist.
	tomb *mapEntry[K, V]
}

func newMapTable[K comparable, V any](size int) *mapTable[K, V] {
	return &mapTable[K, V]{slots: make([]atomic.Pointer[mapEntry[K, V]], size), mask: uint64(size - 1),
		tomb: new(mapEntry[K, V])}
}

// find returns the entry for key, probing from slot h; it only loads.
func (t *mapTable[K, V]) find(key K, h uint64) *mapEntry[K, V] {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := t.slots[i].Load()
		switch {
		case e == nil:
			return nil
		case e != t.tomb && e.hash == h && e.key == key:
			return e
		}
	}
}

// mapShard is one table and the mutex that serializes its writers, padded
// to prevent false sharing between neighbouring shards.
type mapShard[K comparable, V any] struct {
	table atomic.Pointer[mapTable[K, V]]
	// mu serializes writers and guards used and live.
	mu   sync.Mutex
	used int // slots not nil: live entries plus tombstones
	live atomic.Int64
	_    [cacheLinePad - 8 - unsafe.Sizeof(sync.Mutex{}) - 8 - 8]byte
}

// ShardedMap is a concurrent map from K to V. Create one with
// [NewShardedMap]; the zero value is not usable. It is safe for concurrent
// use and must not be copied after first use. Loads take no lock and do
// not allocate; each write allocates one entry.
type ShardedMap[K comparable, V any] struct {
	seed   maphash.Seed
	mask   uint64
	shards []mapShard[K, V]
}

// NewShardedMap returns an empty map with the given number of shards,
// rounded up to a power of two; shards ≤ 0 means 16·GOMAXPROCS (at least 64).
func NewShardedMap[K comparable, V any](shards int) *ShardedMap[K, V] {
	if shards <= 0 {
		shards = max(64, 16*runtime.GOMAXPROCS(0))
	}
	n := 1 << bits.Len(uint(shards-1))
	m := &ShardedMap[K, V]{seed: maphash.MakeSeed(), mask: uint64(n - 1), shards: make([]mapShard[K, V], n)}
	for i := range m.shards {
		m.shards[i].table.Store(newMapTable[K, V](8))
	}
	return m
}

// shard returns key's shard and the hash that places it in the shard's
// table: the top bits pick the shard, the low bits the slot.
func (m *ShardedMap[K, V]) shard(key K) (*mapShard[K, V], uint64) {
	h := maphash.Comparable(m.seed, key)
	return &m.shards[(h>>48)&m.mask], h
}

// Load returns the value stored under key, without locking.
func (m *ShardedMap[K, V]) Load(key K) (V, bool) {
	s, h := m.shard(key)
	if e := s.table.Load().find(key, h); e != nil {
		return e.value, true
	}
	var zero V
	return zero, false
}

// put stores e (or deletes key when e is nil) in s, whose mu is held, and
// returns the previous entry.
func (s *mapShard[K, V]) put(key K, h uint64, e *mapEntry[K, V]) *mapEntry[K, V] {
	t := s.table.Load()
	free := -1
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		cur := t.slots[i].Load()
		switch {
		case cur == nil:
			if e == nil {
				return nil
			}
			if free < 0 {
				free = int(i)
				s.used++
			}
			t.slots[free].Store(e)
			s.live.Add(1)
			if s.used*4 > len(t.slots)*3 {
				s.rebuild(t)
			}
			return nil
		case cur == t.tomb:
			if free < 0 {
				free = int(i)
			}
		case cur.hash == h && cur.key == key:
			if e == nil {
				t.slots[i].Store(t.tomb)
				s.live.Add(-1)
			} else {
				t.slots[i].Store(e)
			}
			return cur
		}
	}
}

// rebuild moves the live entries of t into a fresh table at most half
// full and publishes it; readers still in t see it unchanged.
func (s *mapShard[K, V]) rebuild(t *mapTable[K, V]) {
	live := int(s.live.Load())
	size := 8
	for size < 2*live+2 {
		size *= 2
	}
	nt := newMapTable[K, V](size)
	for i := range t.slots {
		if e := t.slots[i].Load(); e != nil && e != t.tomb {
			j := e.hash & nt.mask
			for nt.slots[j].Load() != nil {
				j = (j + 1) & nt.mask
			}
			nt.slots[j].Store(e)
		}
	}
	s.used = live
	s.table.Store(nt)
}

// Store sets key to v.
func (m *ShardedMap[K, V]) Store(key K, v V) {
	s, h := m.shard(key)
	e := &mapEntry[K, V]{h, key, v}
	s.mu.Lock()
	s.put(key, h, e)
	s.mu.Unlock()
}

// LoadOrStore returns the existing value for key if present (loaded is
// true); otherwise it stores v and returns it.
func (m *ShardedMap[K, V]) LoadOrStore(key K, v V) (actual V, loaded bool) {
	s, h := m.shard(key)
	if e := s.table.Load().find(key, h); e != nil {
		return e.value, true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.table.Load().find(key, h); e != nil {
		return e.value, true
	}
	s.put(key, h, &mapEntry[K, V]{h, key, v})
	return v, false
}

// LoadAndDelete deletes key and returns the value it had.
func (m *ShardedMap[K, V]) LoadAndDelete(key K) (V, bool) {
	s, h := m.shard(key)
	s.mu.Lock()
	old := s.put(key, h, nil)
	s.mu.Unlock()
	if old == nil {
		var zero V
		return zero, false
	}
	return old.value, true
}

// Delete deletes key.
func (m *ShardedMap[K, V]) Delete(key K) {
	s, h := m.shard(key)
	s.mu.Lock()
	s.put(key, h, nil)
	s.mu.Unlock()
}

// ComputeOp tells [ShardedMap.Compute] what to do with the function's result.
type ComputeOp int

const (
	// UpdateOp stores the returned value.
	UpdateOp ComputeOp = iota
	// DeleteOp deletes the key.
	DeleteOp
	// CancelOp leaves the map unchanged.
	CancelOp
)

// Compute atomically reads, modifies and writes one key: fn receives the
// current value (and whether there is one) and returns the new value and
// what to do with it. fn is called exactly once, with the key's shard
// locked, so it must be short and must not use the map. Compute returns the
// value now stored and whether one is.
func (m *ShardedMap[K, V]) Compute(key K, fn func(old V, loaded bool) (V, ComputeOp)) (V, bool) {
	s, h := m.shard(key)
	s.mu.Lock()
	defer s.mu.Unlock()
	var old V
	cur := s.table.Load().find(key, h)
	if cur != nil {
		old = cur.value
	}
	v, op := fn(old, cur != nil)
	switch op {
	case UpdateOp:
		s.put(key, h, &mapEntry[K, V]{h, key, v})
		return v, true
	case DeleteOp:
		s.put(key, h, nil)
		var zero V
		return zero, false
	default:
		return old, cur != nil
	}
}

// Len returns the number of keys. Under concurrent writes it is a sum of
// per-shard counts taken at slightly different times.
func (m *ShardedMap[K, V]) Len() int {
	var n int64
	for i := range m.shards {
		n += m.shards[i].live.Load()
	}
	return int(n)
}

// All returns every key and value. Each shard's table is copied (a table
// is only ever changed slot by slot, atomically, or replaced whole) and
// the copy is yielded with no lock held, so the loop body may use the
// map (even write to it) and may break at any time; nothing leaks, since
// there is no goroutine. Every key present for the whole iteration is
// yielded exactly once; keys added or deleted meanwhile may or may not be.
func (m *ShardedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		type entry struct {
			k K
			v V
		}
		var buf []entry
		for i := range m.shards {
			// The shard's mutex keeps a writer from moving an entry past
			// the scan (delete behind it, reinsert ahead of it), which
			// would yield it twice; readers are not blocked meanwhile.
			s := &m.shards[i]
			buf = buf[:0]
			s.mu.Lock()
			t := s.table.Load()
			for j := range t.slots {
				if e := t.slots[j].Load(); e != nil && e != t.tomb {
					buf = append(buf, entry{e.key, e.value})
				}
			}
			s.mu.Unlock()
			for _, e := range buf {
				if !yield(e.k, e.v) {
					return
				}
			}
		}
	}
}
