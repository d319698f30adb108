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
// down from the top lane in O(log n) expected steps. p = 1/4 (Pugh's
// recommendation for speed: about 1.33 links per node, at the cost of a
// little more search variance than p = 1/2), at most 32 levels, enough
// for 4^32 keys.
//
// Indexable (Pugh, "A Skip List Cookbook", 1990, §3.4; Redis's zset): each
// link also records its span, the number of level-0 steps it jumps, so
// summing spans on the way down gives a key's rank, and following spans
// finds the i-th key, both in O(log n).
//
// Each link also carries a copy of the next node's key. A search compares
// against the key it already holds and dereferences the next node only when
// it moves forward, which halves the cache misses of a lookup: the skip
// list's weakness against a B-tree, whose nodes hold many keys in one block.

const (
	skipMaxLevel = 32
	skipP        = 4 // promote with probability 1/skipP
)

// SkipList is an ordered map from K to V with rank queries. Create one with
// [NewSkipList] or [NewSkipListFunc]; the zero value is not usable. A
// SkipList is not safe for concurrent use and must not be copied after
// first use.
type SkipList[K, V any] struct {
	cmp    func(a, b K) int
	head   skipNode[K, V]
	level  int // levels in use, at least 1
	length int
	rng    rand.PCG
}

type skipNode[K, V any] struct {
	key   K
	value V
	next  []skipLink[K, V] // next[i] is the link on level i
	// tower holds next for nodes of level ≤ 2, which with p = 1/4 is 15
	// nodes in 16: the links share the node's allocation, so moving to a
	// node costs one cache miss instead of two.
	tower [2]skipLink[K, V]
}

type skipLink[K, V any] struct {
	key  K               // node.key, copied so a search need not load node
	node *skipNode[K, V] // nil at the end of a level
	span int             // level-0 steps this link jumps
}

// SkipListOption configures a SkipList.
type SkipListOption func(*skipListOptions)

type skipListOptions struct {
	seed   uint64
	seeded bool
}

// WithSeed makes the node levels, and so the list's shape and timing,
// reproducible. By default the seed is random.
func WithSeed(seed uint64) SkipListOption {
	return func(o *skipListOptions) { o.seed, o.seeded = seed, true }
}

// NewSkipList returns an empty list ordered by [cmp.Compare].
func NewSkipList[K cmp.Ordered, V any](opts ...SkipListOption) *SkipList[K, V] {
	return NewSkipListFunc[K, V](cmp.Compare[K], opts...)
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
	s := &SkipList[K, V]{cmp: compare, level: 1}
	s.head.next = make([]skipLink[K, V], skipMaxLevel)
	s.rng.Seed(o.seed, o.seed^0x9E3779B97F4A7C15)
	return s
}

// randomLevel returns k ≥ 1 with probability (1/4)^(k-1)·(3/4): each pair
// of trailing zero bits of a random word is one more promotion.
func (s *SkipList[K, V]) randomLevel() int {
	return min(1+bits.TrailingZeros64(s.rng.Uint64())/2, skipMaxLevel)
}

// Len returns the number of keys.
func (s *SkipList[K, V]) Len() int { return s.length }

// Get returns the value for key in O(log n) expected time, without allocating.
func (s *SkipList[K, V]) Get(key K) (V, bool) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for {
			l := &x.next[i]
			if l.node == nil {
				break
			}
			c := s.cmp(l.key, key)
			if c == 0 {
				return l.node.value, true
			}
			if c > 0 {
				break
			}
			x = l.node
		}
	}
	var zero V
	return zero, false
}

// Set sets key to v and reports the previous value, if any.
func (s *SkipList[K, V]) Set(key K, v V) (old V, replaced bool) {
	var update [skipMaxLevel]*skipNode[K, V]
	var rank [skipMaxLevel]int
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		if i < s.level-1 {
			rank[i] = rank[i+1]
		}
		for x.next[i].node != nil && s.cmp(x.next[i].key, key) < 0 {
			rank[i] += x.next[i].span
			x = x.next[i].node
		}
		update[i] = x
	}
	if n := x.next[0].node; n != nil && s.cmp(x.next[0].key, key) == 0 {
		old, n.value = n.value, v
		return old, true
	}
	lvl := s.randomLevel()
	if lvl > s.level {
		for i := s.level; i < lvl; i++ {
			rank[i] = 0
			update[i] = &s.head
			s.head.next[i].span = s.length
		}
		s.level = lvl
	}
	n := &skipNode[K, V]{key: key, value: v}
	if lvl <= len(n.tower) {
		n.next = n.tower[:lvl:lvl]
	} else {
		n.next = make([]skipLink[K, V], lvl)
	}
	for i := range lvl {
		p := update[i]
		// p → n spans rank[0]-rank[i]+1 steps; n takes the rest of p's old link.
		n.next[i] = p.next[i]
		n.next[i].span = p.next[i].span - (rank[0] - rank[i])
		p.next[i] = skipLink[K, V]{key: key, node: n, span: rank[0] - rank[i] + 1}
	}
	for i := lvl; i < s.level; i++ {
		update[i].next[i].span++ // these links now jump over n too
	}
	s.length++
	return old, false
}

// Delete removes key and returns its value.
func (s *SkipList[K, V]) Delete(key K) (V, bool) {
	var update [skipMaxLevel]*skipNode[K, V]
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i].node != nil && s.cmp(x.next[i].key, key) < 0 {
			x = x.next[i].node
		}
		update[i] = x
	}
	n := x.next[0].node
	if n == nil || s.cmp(x.next[0].key, key) != 0 {
		var zero V
		return zero, false
	}
	for i := range s.level {
		p := update[i]
		if p.next[i].node == n {
			span := p.next[i].span + n.next[i].span - 1
			p.next[i] = n.next[i]
			p.next[i].span = span
		} else {
			p.next[i].span--
		}
	}
	for s.level > 1 && s.head.next[s.level-1].node == nil {
		s.level--
	}
	s.length--
	return n.value, true
}

// Min returns the smallest key and its value in O(1).
func (s *SkipList[K, V]) Min() (K, V, bool) {
	if n := s.head.next[0].node; n != nil {
		return n.key, n.value, true
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
	return x.key, x.value, true
}

// Rank returns the number of keys less than key, and whether key is present,
// in O(log n) expected time.
func (s *SkipList[K, V]) Rank(key K) (int, bool) {
	x := &s.head
	rank := 0
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i].node != nil && s.cmp(x.next[i].key, key) < 0 {
			rank += x.next[i].span
			x = x.next[i].node
		}
	}
	n := x.next[0].node
	return rank, n != nil && s.cmp(x.next[0].key, key) == 0
}

// At returns the key with rank i (the i-th smallest, from 0) in O(log n)
// expected time.
func (s *SkipList[K, V]) At(i int) (K, V, bool) {
	if i < 0 || i >= s.length {
		var k K
		var v V
		return k, v, false
	}
	x, walked := &s.head, 0
	for lvl := s.level - 1; lvl >= 0; lvl-- {
		for x.next[lvl].node != nil && walked+x.next[lvl].span <= i+1 {
			walked += x.next[lvl].span
			x = x.next[lvl].node
		}
		if walked == i+1 {
			break
		}
	}
	return x.key, x.value, true
}

// seek returns the first node with key ≥ key.
func (s *SkipList[K, V]) seek(key K) *skipNode[K, V] {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i].node != nil && s.cmp(x.next[i].key, key) < 0 {
			x = x.next[i].node
		}
	}
	return x.next[0].node
}

// All returns every key and value in ascending order. The list must not be
// modified during the iteration.
func (s *SkipList[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for n := s.head.next[0].node; n != nil; n = n.next[0].node {
			if !yield(n.key, n.value) {
				return
			}
		}
	}
}

// Seek returns the keys ≥ key in ascending order; finding the start costs
// O(log n), each further key O(1). The list must not be modified during
// the iteration.
func (s *SkipList[K, V]) Seek(key K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for n := s.seek(key); n != nil; n = n.next[0].node {
			if !yield(n.key, n.value) {
				return
			}
		}
	}
}

// Range returns the keys in [from, to) in ascending order.
func (s *SkipList[K, V]) Range(from, to K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for n := s.seek(from); n != nil && s.cmp(n.key, to) < 0; n = n.next[0].node {
			if !yield(n.key, n.value) {
				return
			}
		}
	}
}
