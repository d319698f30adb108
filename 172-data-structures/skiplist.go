package main

import (
	"cmp"
	"iter"
	"math/bits"
	"math/rand/v2"
)

// A skip list (Pugh, "Skip Lists: A Probabilistic Alternative to Balanced
// Trees", CACM 1990) keeps keys in a sorted linked list with express lanes:
// each node is promoted to level i+1 with probability p, so a search drops
// down from the top lane in O(log n) expected steps.
//
// This one is unrolled: a node is a block of up to 128 keys held in one
// sorted array (with the values in a second), and the express lanes link
// blocks. A search walks the lanes over blocks by their first keys, then
// binary-searches one array. The first version linked one key per node,
// which at 10^6 keys meant ~30 dependent cache misses per lookup, 101 bytes
// per key, and Get 6–9× slower than google/btree; blocks make the lane
// walk ~100× shorter and the last steps a search in contiguous memory,
// the same reason a B-tree is fast. A block that fills splits in half (the
// new half gets a random level); one that falls under a quarter full
// after a Delete merges with its successor when both fit in half a block,
// so blocks stay between about 1/4 and full.
//
// Indexable (Pugh, "A Skip List Cookbook", 1990, §3.4; Redis's zset): each
// link records its span, the number of keys it jumps (the keys of every
// block from the link's own up to, not including, its target), so summing
// spans on the way down gives a block's rank and Rank and At stay
// O(log n). Each link also carries a copy of its target's first key, so
// a search loads a block only when it moves forward. p = 1/4, at most 32
// levels; links of blocks with level ≤ 2 (15 in 16) share the block's
// allocation.

const (
	skipMaxLevel = 32
	skipP        = 4   // promote with probability 1/skipP
	skipBlock    = 128 // keys per block at most
)

// SkipList is an ordered map from K to V with rank queries. Create one with
// [NewSkipList] or [NewSkipListFunc]; the zero value is not usable. A
// SkipList is not safe for concurrent use and must not be copied after
// first use.
type SkipList[K, V any] struct {
	cmp func(a, b K) int
	// get is Get specialized to the key type's own order when the list
	// was made by NewSkipList (nil from NewSkipListFunc): a comparison
	// through cmp is an indirect call, about a dozen per lookup.
	get      func(s *SkipList[K, V], key K) (V, bool)
	head     skipNode[K, V] // holds no keys; its links start every lane
	level    int            // levels in use, at least 1
	length   int
	blockCap int // skipBlock, smaller in tests to exercise splits and merges
	rng      rand.PCG
}

// skipNode is one block: 1..blockCap keys in ascending order.
type skipNode[K, V any] struct {
	keys []K
	vals []V
	next []skipLink[K, V] // next[i] is the link on level i
	// tower holds next for blocks of level ≤ 2, which with p = 1/4 is 15
	// in 16: the links then share the block's allocation.
	tower [2]skipLink[K, V]
}

type skipLink[K, V any] struct {
	key  K               // node.keys[0], copied so a search need not load node
	node *skipNode[K, V] // nil at the end of a level
	span int             // keys from this link's block up to node
}

// SkipListOption configures a SkipList.
type SkipListOption func(*skipListOptions)

type skipListOptions struct {
	seed   uint64
	seeded bool
}

// WithSeed makes the block levels, and so the list's shape and timing,
// reproducible. By default the seed is random.
func WithSeed(seed uint64) SkipListOption {
	return func(o *skipListOptions) { o.seed, o.seeded = seed, true }
}

// NewSkipList returns an empty list ordered by [cmp.Compare].
func NewSkipList[K cmp.Ordered, V any](opts ...SkipListOption) *SkipList[K, V] {
	s := NewSkipListFunc[K, V](cmp.Compare[K], opts...)
	s.get = getOrdered[K, V]
	return s
}

// NewSkipListFunc returns an empty list ordered by compare, which must be a
// strict weak order returning <0, 0 or >0 as cmp.Compare does.
func NewSkipListFunc[K, V any](compare func(a, b K) int, opts ...SkipListOption) *SkipList[K, V] {
	var o skipListOptions
	for _, f := range opts {
		f(&o)
	}
	if !o.seeded {
		o.seed = rand.Uint64()
	}
	s := &SkipList[K, V]{cmp: compare, level: 1, blockCap: skipBlock}
	s.head.next = make([]skipLink[K, V], skipMaxLevel)
	s.rng.Seed(o.seed, o.seed^0x9E3779B97F4A7C15)
	return s
}

// randomLevel returns k ≥ 1 with probability (1/4)^(k-1)·(3/4): each pair
// of trailing zero bits of a random word is one more promotion.
func (s *SkipList[K, V]) randomLevel() int {
	return min(1+bits.TrailingZeros64(s.rng.Uint64())/2, skipMaxLevel)
}

func (s *SkipList[K, V]) newNode(lvl int, keys []K, vals []V) *skipNode[K, V] {
	n := &skipNode[K, V]{keys: keys, vals: vals}
	if lvl <= len(n.tower) {
		n.next = n.tower[:lvl:lvl]
	} else {
		n.next = make([]skipLink[K, V], lvl)
	}
	return n
}

// Len returns the number of keys.
func (s *SkipList[K, V]) Len() int { return s.length }

// search returns the index of the first key ≥ key in n's array, and
// whether it equals key.
func (s *SkipList[K, V]) search(n *skipNode[K, V], key K) (int, bool) {
	lo, hi := 0, len(n.keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.cmp(n.keys[m], key) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(n.keys) && s.cmp(n.keys[lo], key) == 0
}

// floor returns the last block whose first key is ≤ key (the head when
// there is none): the only block that can hold key.
func (s *SkipList[K, V]) floor(key K) *skipNode[K, V] {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for {
			l := &x.next[i]
			if l.node == nil || s.cmp(l.key, key) > 0 {
				break
			}
			x = l.node
		}
	}
	return x
}

// Get returns the value for key in O(log n) expected time, without allocating.
func (s *SkipList[K, V]) Get(key K) (V, bool) {
	if s.get != nil {
		return s.get(s, key)
	}
	if x := s.floor(key); x != &s.head {
		if i, ok := s.search(x, key); ok {
			return x.vals[i], true
		}
	}
	var zero V
	return zero, false
}

// getOrdered is Get for lists made by [NewSkipList]: floor and search
// with cmp.Less, which orders like cmp.Compare (NaN first) and compiles
// to the type's own comparison, instead of calls through s.cmp.
func getOrdered[K cmp.Ordered, V any](s *SkipList[K, V], key K) (V, bool) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for {
			l := &x.next[i]
			if l.node == nil || cmp.Less(key, l.key) {
				break
			}
			x = l.node
		}
	}
	if x != &s.head {
		keys := x.keys
		lo, hi := 0, len(keys)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if cmp.Less(keys[m], key) {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(keys) && !cmp.Less(key, keys[lo]) {
			return x.vals[lo], true
		}
	}
	var zero V
	return zero, false
}

// skipPath is a search's record: prev[i] is the last node on level i whose
// first key is < key (the head if none), rank[i] the number of keys before
// prev[i]'s first.
type skipPath[K, V any] struct {
	prev [skipMaxLevel]*skipNode[K, V]
	rank [skipMaxLevel]int
}

func (s *SkipList[K, V]) path(key K, p *skipPath[K, V]) {
	x, r := &s.head, 0
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i].node != nil && s.cmp(x.next[i].key, key) < 0 {
			r += x.next[i].span
			x = x.next[i].node
		}
		p.prev[i], p.rank[i] = x, r
	}
}

// locate finds the block that holds key or should receive it, after path:
// x, its rank, the index of key in it and whether key is there. x is nil
// only for an empty list.
func (s *SkipList[K, V]) locate(key K, p *skipPath[K, V]) (x *skipNode[K, V], rank, i int, found bool) {
	l := p.prev[0].next[0]
	if l.node != nil && s.cmp(l.key, key) == 0 {
		return l.node, p.rank[0] + l.span, 0, true
	}
	if p.prev[0] != &s.head {
		i, found = s.search(p.prev[0], key)
		return p.prev[0], p.rank[0], i, found
	}
	return l.node, 0, 0, false // before every key: the first block receives it
}

// cover returns the link on level lvl that jumps over x's keys: x's own
// when x reaches that level, else the one passing above it.
func cover[K, V any](x *skipNode[K, V], p *skipPath[K, V], lvl int) *skipLink[K, V] {
	if lvl < len(x.next) {
		return &x.next[lvl]
	}
	return &p.prev[lvl].next[lvl]
}

// Set sets key to v and reports the previous value, if any.
func (s *SkipList[K, V]) Set(key K, v V) (old V, replaced bool) {
	var p skipPath[K, V]
	s.path(key, &p)
	x, xrank, i, found := s.locate(key, &p)
	if found {
		old, x.vals[i] = x.vals[i], v
		return old, true
	}
	s.length++
	if x == nil { // the first key: one block, linked from the head
		x = s.newNode(s.randomLevel(), make([]K, 1, s.blockCap+1), make([]V, 1, s.blockCap+1))
		x.keys[0], x.vals[0] = key, v
		s.growLevel(len(x.next), &p)
		for lvl := range x.next {
			x.next[lvl].span = 1
			s.head.next[lvl] = skipLink[K, V]{key: key, node: x}
		}
		for lvl := len(x.next); lvl < s.level; lvl++ {
			s.head.next[lvl].span = 1
		}
		return old, false
	}
	x.keys = insertAt(x.keys, i, key)
	x.vals = insertAt(x.vals, i, v)
	for lvl := range s.level {
		cover(x, &p, lvl).span++
	}
	if i == 0 { // x is the first block and key its new first key
		for lvl := range x.next {
			s.head.next[lvl].key = key
		}
	}
	if len(x.keys) > s.blockCap {
		s.split(x, xrank, &p)
	}
	return old, false
}

// growLevel raises the list's level to lvl, giving the new head links the
// span of the whole list (they reach its end).
func (s *SkipList[K, V]) growLevel(lvl int, p *skipPath[K, V]) {
	for ; s.level < lvl; s.level++ {
		p.prev[s.level], p.rank[s.level] = &s.head, 0
		s.head.next[s.level] = skipLink[K, V]{span: s.length}
	}
}

// split moves the upper half of the full block x (at rank xrank) into a
// new block y right after it, and links y in at a random level.
func (s *SkipList[K, V]) split(x *skipNode[K, V], xrank int, p *skipPath[K, V]) {
	mid := len(x.keys) / 2
	keys := append(make([]K, 0, s.blockCap+1), x.keys[mid:]...)
	vals := append(make([]V, 0, s.blockCap+1), x.vals[mid:]...)
	clear(x.keys[mid:]) // drop references for the GC
	clear(x.vals[mid:])
	x.keys, x.vals = x.keys[:mid], x.vals[:mid]
	y := s.newNode(s.randomLevel(), keys, vals)
	s.growLevel(len(y.next), p)
	yrank := xrank + mid
	for lvl := range y.next {
		// y's predecessor on this level: x if x reaches it, else the
		// path's node, since nothing lies between x and y.
		pred, prank := p.prev[lvl], p.rank[lvl]
		if lvl < len(x.next) {
			pred, prank = x, xrank
		}
		old := pred.next[lvl]
		y.next[lvl] = skipLink[K, V]{key: old.key, node: old.node, span: prank + old.span - yrank}
		pred.next[lvl] = skipLink[K, V]{key: keys[0], node: y, span: yrank - prank}
	}
}

// Delete removes key and returns its value.
func (s *SkipList[K, V]) Delete(key K) (V, bool) {
	var p skipPath[K, V]
	s.path(key, &p)
	x, _, i, found := s.locate(key, &p)
	if !found {
		var zero V
		return zero, false
	}
	v := x.vals[i]
	x.keys = deleteAt(x.keys, i)
	x.vals = deleteAt(x.vals, i)
	s.length--
	for lvl := range s.level {
		cover(x, &p, lvl).span--
	}
	// Only a key found at index 0 can empty a block or change its first
	// key, and then x is the path's successor: p.prev holds its
	// predecessors on every level it reaches.
	switch {
	case len(x.keys) == 0:
		for lvl := range x.next {
			pred := p.prev[lvl]
			span := pred.next[lvl].span + x.next[lvl].span
			pred.next[lvl] = x.next[lvl]
			pred.next[lvl].span = span
		}
		for s.level > 1 && s.head.next[s.level-1].node == nil {
			s.level--
		}
		return v, true
	case i == 0:
		for lvl := range x.next {
			p.prev[lvl].next[lvl].key = x.keys[0]
		}
	}
	s.maybeMerge(x, &p)
	return v, true
}

// maybeMerge folds x's successor y into x when x is under a quarter full
// and both fit in half a block, so deletions cannot leave the list as a
// chain of nearly empty blocks.
func (s *SkipList[K, V]) maybeMerge(x *skipNode[K, V], p *skipPath[K, V]) {
	y := x.next[0].node
	if y == nil || len(x.keys) > s.blockCap/4 || len(x.keys)+len(y.keys) > s.blockCap/2 {
		return
	}
	x.keys = append(x.keys, y.keys...)
	x.vals = append(x.vals, y.vals...)
	for lvl := range y.next {
		pred := p.prev[lvl] // y's predecessor, as in split
		if lvl < len(x.next) {
			pred = x
		}
		span := pred.next[lvl].span + y.next[lvl].span
		pred.next[lvl] = y.next[lvl]
		pred.next[lvl].span = span
	}
	for s.level > 1 && s.head.next[s.level-1].node == nil {
		s.level--
	}
}

func insertAt[T any](a []T, i int, v T) []T {
	var zero T
	a = append(a, zero)
	copy(a[i+1:], a[i:])
	a[i] = v
	return a
}

func deleteAt[T any](a []T, i int) []T {
	copy(a[i:], a[i+1:])
	var zero T
	a[len(a)-1] = zero // drop the reference for the GC
	return a[:len(a)-1]
}

// Min returns the smallest key and its value in O(1).
func (s *SkipList[K, V]) Min() (K, V, bool) {
	if n := s.head.next[0].node; n != nil {
		return n.keys[0], n.vals[0], true
	}
	var k K
	var v V
	return k, v, false
}

// Max returns the largest key and its value in O(log n) expected time.
func (s *SkipList[K, V]) Max() (K, V, bool) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i].node != nil {
			x = x.next[i].node
		}
	}
	if x == &s.head {
		var k K
		var v V
		return k, v, false
	}
	return x.keys[len(x.keys)-1], x.vals[len(x.vals)-1], true
}

// Rank returns the number of keys less than key, and whether key is present,
// in O(log n) expected time.
func (s *SkipList[K, V]) Rank(key K) (int, bool) {
	x, r := &s.head, 0
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i].node != nil && s.cmp(x.next[i].key, key) <= 0 {
			r += x.next[i].span
			x = x.next[i].node
		}
	}
	if x == &s.head {
		return 0, false
	}
	i, found := s.search(x, key)
	return r + i, found
}

// At returns the key with rank i (the i-th smallest, from 0) in O(log n)
// expected time.
func (s *SkipList[K, V]) At(i int) (K, V, bool) {
	if i < 0 || i >= s.length {
		var k K
		var v V
		return k, v, false
	}
	x, r := &s.head, 0
	for lvl := s.level - 1; lvl >= 0; lvl-- {
		for x.next[lvl].node != nil && r+x.next[lvl].span <= i {
			r += x.next[lvl].span
			x = x.next[lvl].node
		}
	}
	return x.keys[i-r], x.vals[i-r], true
}

// seek returns the block and index of the first key ≥ key.
func (s *SkipList[K, V]) seek(key K) (*skipNode[K, V], int) {
	x := s.floor(key)
	if x == &s.head {
		return s.head.next[0].node, 0
	}
	i, _ := s.search(x, key)
	if i == len(x.keys) {
		return x.next[0].node, 0
	}
	return x, i
}

// from yields the keys from block n, index i, while keep(key) holds.
func (s *SkipList[K, V]) from(n *skipNode[K, V], i int, keep func(K) bool, yield func(K, V) bool) {
	for ; n != nil; n, i = n.next[0].node, 0 {
		for ; i < len(n.keys); i++ {
			if (keep != nil && !keep(n.keys[i])) || !yield(n.keys[i], n.vals[i]) {
				return
			}
		}
	}
}

// All returns every key and value in ascending order. The list must not be
// modified during the iteration.
func (s *SkipList[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { s.from(s.head.next[0].node, 0, nil, yield) }
}

// Seek returns the keys ≥ key in ascending order; finding the start costs
// O(log n), each further key O(1). The list must not be modified during
// the iteration.
func (s *SkipList[K, V]) Seek(key K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		n, i := s.seek(key)
		s.from(n, i, nil, yield)
	}
}

// Range returns the keys in [from, to) in ascending order.
func (s *SkipList[K, V]) Range(from, to K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		n, i := s.seek(from)
		s.from(n, i, func(k K) bool { return s.cmp(k, to) < 0 }, yield)
	}
}
