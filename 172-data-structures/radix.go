package main

import (
	"iter"
	"slices"
	"strings"
	"unsafe"
)

// A radix tree (Morrison, "PATRICIA — Practical Algorithm To Retrieve
// Information Coded in Alphanumeric", 1968) is a trie whose chains of
// single-child nodes are collapsed into one edge labelled with a string. A
// lookup costs O(len(key)) byte comparisons whatever the number of keys,
// and keys sharing a prefix share storage, so it suits routing tables, path
// prefixes and autocomplete.
//
// Edges split on bytes, not runes: a label may end inside a multi-byte
// UTF-8 sequence. That is invisible to callers because every result is a
// whole stored key (each leaf keeps its key), so results are valid UTF-8
// exactly when the inserted keys were.
//
// Each node caches the best leaf of its subtree (highest weight, then
// smallest key). Autocomplete then runs a best-first search: a heap of
// subtrees ordered by their best leaf pops completions in exact (weight
// desc, key asc) order and touches only O(k·depth) nodes, not the whole
// subtree.

// RadixTree is a path-compressed trie mapping string keys to values of
// type V. The zero value is an empty tree ready to use. A RadixTree is not
// safe for concurrent use (guard it with a sync.RWMutex when shared) and
// must not be copied after first use.
type RadixTree[V any] struct {
	root radixNode[V]
	size int
}

// radixNode is 128 bytes, a size class whose objects the allocator places
// on 128-byte boundaries: two adjacent cache lines, which the L2 spatial
// prefetcher fetches as a pair. Everything a lookup step reads is inside
// it: the label's bytes (inline up to radixInline bytes) and, for up to
// two children (71% of the inner nodes over $GOROOT/src), the edges.
// The 56-byte node it replaced kept the label in the inserted key's memory
// and the edges in their own array, so each step touched three objects
// (node, edge array, key bytes) where this one touches one; see Get.
//
// A node's prefix never changes after construction (a split or merge
// builds new nodes), so prefix may safely point into inl.
type radixNode[V any] struct {
	prefix string         // the edge label leading here; in inl when it fits
	edges  []radixEdge[V] // ascending by label, so a walk is in key order; in inlEdges up to 2
	leaf   *radixLeaf[V]  // the key ending here, or nil
	best   *radixLeaf[V]  // the subtree's highest-weighted leaf, smallest key on ties

	inlEdges [2]radixEdge[V]
	inl      [radixInline]byte
}

// radixInline is how many label bytes a node holds inline, filling the
// node to 128 bytes; longer labels (0.2% over $GOROOT/src) stay in the key.
const radixInline = 128 - 16 - 24 - 8 - 8 - 2*16

// newRadixNode returns a node labelled prefix (copied inline when short),
// with room for two edges inside it.
func newRadixNode[V any](prefix string) *radixNode[V] {
	n := &radixNode[V]{}
	n.edges = n.inlEdges[:0:len(n.inlEdges)]
	if len(prefix) <= len(n.inl) {
		copy(n.inl[:], prefix)
		prefix = unsafe.String(&n.inl[0], len(prefix))
	}
	n.prefix = prefix
	return n
}

// relabel returns a node like n (same leaf, best and edges) labelled
// prefix. Labels live inline and never change, so a split or merge that
// changes a label builds a new node.
func (n *radixNode[V]) relabel(prefix string) *radixNode[V] {
	c := newRadixNode[V](prefix)
	c.edges = append(c.edges, n.edges...)
	c.leaf, c.best = n.leaf, n.best
	return c
}

// radixEdge keeps the first byte of the child's prefix beside the pointer,
// so choosing a child reads one array (as armon/go-radix does).
type radixEdge[V any] struct {
	label byte
	node  *radixNode[V]
}

type radixLeaf[V any] struct {
	key    string
	value  V
	weight uint64
}

// better orders leaves by weight descending, then key ascending.
func better[V any](a, b *radixLeaf[V]) bool {
	if b == nil {
		return a != nil
	}
	if a == nil {
		return false
	}
	if a.weight != b.weight {
		return a.weight > b.weight
	}
	return a.key < b.key
}

// child returns the index and node of the edge labelled b, or -1 and nil.
// Up to 8 edges (most nodes) a linear scan wins; above, a binary search
// written out here, because slices.BinarySearchFunc with a closure is not
// inlined and cost a call per step.
func (n *radixNode[V]) child(b byte) (int, *radixNode[V]) {
	e := n.edges
	if len(e) <= 8 {
		for i := range e {
			if e[i].label == b {
				return i, e[i].node
			}
		}
		return -1, nil
	}
	lo, hi := 0, len(e)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if e[m].label < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(e) && e[lo].label == b {
		return lo, e[lo].node
	}
	return -1, nil
}

// edgeIndex returns where an edge labelled b sits or would be inserted.
func (n *radixNode[V]) edgeIndex(b byte) int {
	i, _ := slices.BinarySearchFunc(n.edges, b, func(e radixEdge[V], b byte) int { return int(e.label) - int(b) })
	return i
}

func (n *radixNode[V]) setLeaf(key string, v V, w uint64) *radixLeaf[V] {
	n.leaf = &radixLeaf[V]{key: key, value: v, weight: w}
	return n.leaf
}

// fixBest recomputes n.best from n's leaf and its children's best leaves.
func (n *radixNode[V]) fixBest() {
	b := n.leaf
	for _, e := range n.edges {
		if better(e.node.best, b) {
			b = e.node.best
		}
	}
	n.best = b
}

// Len returns the number of keys.
func (t *RadixTree[V]) Len() int { return t.size }

// Insert sets key to v and reports the previous value, if any. A new key
// gets weight 0; an existing key keeps its weight.
func (t *RadixTree[V]) Insert(key string, v V) (old V, replaced bool) {
	return t.insert(&t.root, key, key, v, 0, false)
}

// InsertWeighted sets key to v with weight w, which ranks it in
// [RadixTree.Autocomplete], and reports the previous value, if any.
func (t *RadixTree[V]) InsertWeighted(key string, v V, w uint64) (old V, replaced bool) {
	return t.insert(&t.root, key, key, v, w, true)
}

func (t *RadixTree[V]) insert(n *radixNode[V], search, key string, v V, w uint64, setW bool) (old V, replaced bool) {
	_, old, replaced, _ = t.insertLeaf(n, search, key, v, w, setW)
	return old, replaced
}

// insertLeaf stores the key and updates best leaves on the way back up:
// a new or heavier leaf can only improve a subtree's best (O(1) per
// level); only a lowered weight on a current best forces a rescan.
func (t *RadixTree[V]) insertLeaf(n *radixNode[V], search, key string, v V, w uint64, setW bool) (leaf *radixLeaf[V], old V, replaced, lowered bool) {
	if search == "" {
		if n.leaf != nil {
			old, n.leaf.value = n.leaf.value, v
			if setW {
				lowered = w < n.leaf.weight
				n.leaf.weight = w
			}
			leaf, replaced = n.leaf, true
		} else {
			leaf = n.setLeaf(key, v, w)
			t.size++
		}
	} else if i, c := n.child(search[0]); c == nil {
		c = newRadixNode[V](search)
		leaf = c.setLeaf(key, v, w)
		c.best = leaf
		n.edges = slices.Insert(n.edges, n.edgeIndex(search[0]), radixEdge[V]{search[0], c})
		t.size++
	} else {
		l := commonPrefixLen(search, c.prefix)
		if l < len(c.prefix) {
			// Split the edge: a new node takes the shared part, and a copy
			// of c labelled with the rest hangs below it.
			mid := newRadixNode[V](c.prefix[:l])
			mid.edges = append(mid.edges, radixEdge[V]{c.prefix[l], c.relabel(c.prefix[l:])})
			mid.best = c.best
			n.edges[i].node = mid
			c = mid
		}
		leaf, old, replaced, lowered = t.insertLeaf(c, search[l:], key, v, w, setW)
	}
	switch {
	case lowered && n.best == leaf:
		n.fixBest()
	case better(leaf, n.best):
		n.best = leaf
	}
	return leaf, old, replaced, lowered
}

func commonPrefixLen(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// Get returns the value stored under key. It does not allocate.
//
// Each step compares the child's whole label, as armon/go-radix does. A
// PATRICIA-style walk that skips label bytes and compares the whole key at
// the leaf was tried: labels are substrings of keys inserted together, so
// a path's labels share a few cache lines, while the leaf's key is one
// more miss; with queries that are not the inserted strings themselves it
// measured 1.06–1.21× armon's time, so it was dropped.
func (t *RadixTree[V]) Get(key string) (V, bool) {
	n := &t.root
	for key != "" {
		// Choosing the edge is written out here: the compiler does not
		// inline methods of generic types into a generic function, and a
		// call per level to child cost more than its loop.
		e, b := n.edges, key[0]
		var c *radixNode[V]
		if len(e) == 2 { // 71% of inner nodes over $GOROOT/src
			if e[0].label == b {
				c = e[0].node
			} else if e[1].label == b {
				c = e[1].node
			}
		} else {
			for i := range e {
				if e[i].label == b {
					c = e[i].node
					break
				}
			}
		}
		if c == nil {
			break
		}
		p := c.prefix
		if len(key) < len(p) || key[:len(p)] != p {
			break
		}
		key, n = key[len(p):], c
	}
	if key == "" && n.leaf != nil {
		return n.leaf.value, true
	}
	var zero V
	return zero, false
}

// Delete removes key and returns its value. Nodes left with no key and a
// single child are merged with that child, so the tree stays compressed.
func (t *RadixTree[V]) Delete(key string) (V, bool) {
	return t.delete(&t.root, key)
}

func (t *RadixTree[V]) delete(n *radixNode[V], search string) (v V, ok bool) {
	if search == "" {
		if n.leaf == nil {
			return v, false
		}
		v, n.leaf = n.leaf.value, nil
		t.size--
		n.fixBest()
		return v, true
	}
	i, c := n.child(search[0])
	if c == nil || !strings.HasPrefix(search, c.prefix) {
		return v, false
	}
	if v, ok = t.delete(c, search[len(c.prefix):]); !ok {
		return v, false
	}
	switch {
	case c.leaf == nil && len(c.edges) == 0:
		n.edges = slices.Delete(n.edges, i, i+1)
	case c.leaf == nil && len(c.edges) == 1:
		gc := c.edges[0].node
		n.edges[i].node = gc.relabel(c.prefix + gc.prefix) // the label byte is c.prefix[0] either way
	}
	n.fixBest()
	return v, true
}

// LongestPrefix returns the longest stored key that is a prefix of s. It
// does not allocate.
func (t *RadixTree[V]) LongestPrefix(s string) (key string, v V, ok bool) {
	n := &t.root
	var last *radixLeaf[V]
	for {
		if n.leaf != nil {
			last = n.leaf
		}
		if s == "" {
			break
		}
		e, b := n.edges, s[0] // choosing the edge written out, as in Get
		var c *radixNode[V]
		if len(e) == 2 {
			if e[0].label == b {
				c = e[0].node
			} else if e[1].label == b {
				c = e[1].node
			}
		} else {
			for i := range e {
				if e[i].label == b {
					c = e[i].node
					break
				}
			}
		}
		if c == nil {
			break
		}
		p := c.prefix
		if len(s) < len(p) || s[:len(p)] != p {
			break
		}
		s, n = s[len(p):], c
	}
	if last == nil {
		return "", v, false
	}
	return last.key, last.value, true
}

// All returns every key and value in ascending byte order of the keys.
// The tree must not be modified during the iteration.
func (t *RadixTree[V]) All() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) { t.root.walk(yield) }
}

func (n *radixNode[V]) walk(yield func(string, V) bool) bool {
	if n.leaf != nil && !yield(n.leaf.key, n.leaf.value) {
		return false
	}
	for _, e := range n.edges {
		if !e.node.walk(yield) {
			return false
		}
	}
	return true
}

// find returns the node whose subtree holds exactly the keys beginning
// with prefix, or nil.
func (t *RadixTree[V]) find(prefix string) *radixNode[V] {
	n := &t.root
	for prefix != "" {
		_, c := n.child(prefix[0])
		switch {
		case c == nil:
			return nil
		case strings.HasPrefix(prefix, c.prefix):
			prefix, n = prefix[len(c.prefix):], c
		case strings.HasPrefix(c.prefix, prefix):
			return c
		default:
			return nil
		}
	}
	return n
}

// WalkPrefix returns the keys beginning with prefix, and their values, in
// ascending order. The tree must not be modified during the iteration.
func (t *RadixTree[V]) WalkPrefix(prefix string) iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		if n := t.find(prefix); n != nil {
			n.walk(yield)
		}
	}
}

// Autocomplete returns up to k keys beginning with prefix, highest weight
// first and ascending key order among equal weights. It visits O(k·d)
// nodes for tree depth d, however many keys match.
func (t *RadixTree[V]) Autocomplete(prefix string, k int) []string {
	n := t.find(prefix)
	if n == nil || k <= 0 {
		return nil
	}
	out := make([]string, 0, min(k, 16))
	var q completionQueue[V]
	q.push(completion[V]{node: n})
	for len(q) > 0 && len(out) < k {
		it := q.pop()
		if it.node == nil {
			out = append(out, it.leaf.key)
			continue
		}
		if it.node.leaf != nil {
			q.push(completion[V]{leaf: it.node.leaf})
		}
		for _, e := range it.node.edges {
			q.push(completion[V]{node: e.node})
		}
	}
	return out
}

// completion is a heap entry: a single leaf, or a subtree ranked by its best leaf.
type completion[V any] struct {
	node *radixNode[V]
	leaf *radixLeaf[V]
}

func (c completion[V]) rank() *radixLeaf[V] {
	if c.node != nil {
		return c.node.best
	}
	return c.leaf
}

// completionQueue is a binary max-heap of completions by rank, typed so
// entries are not boxed into interfaces as container/heap would.
type completionQueue[V any] []completion[V]

func (q completionQueue[V]) less(i, j int) bool {
	a, b := q[i].rank(), q[j].rank()
	if a == b { // a leaf and the subtree it is best of: the leaf first
		return q[i].node == nil
	}
	return better(a, b)
}

func (q *completionQueue[V]) push(c completion[V]) {
	*q = append(*q, c)
	h := *q
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

func (q *completionQueue[V]) pop() completion[V] {
	h := *q
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	h = h[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h) && h.less(l, m) {
			m = l
		}
		if r < len(h) && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
	*q = h
	return top
}
