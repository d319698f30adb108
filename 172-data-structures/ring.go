package main

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
)

// Consistent hashing maps keys to members so that a change of membership
// moves as few keys as possible: ideally 1/(n+1) of them when an (n+1)th
// member joins. Three schemes sit behind [Placer]:
//
//   - [Ring] (Karger et al., "Consistent Hashing and Random Trees", 1997):
//     each member owns V points ("virtual nodes") on a 64-bit circle; a key
//     belongs to the first point clockwise of its hash. Lookup is a binary
//     search, O(log(n·V)); here a bucket index over the top bits of the hash
//     narrows the search to one or two points, so it is O(1) expected. A
//     member's share has relative deviation about 1/√V, hence V = 200 by
//     default. Weights scale V. GetN walks on for distinct replicas, and the
//     bounded-loads mode (Mirrokni, Thorup & Zadimoghaddam, "Consistent
//     Hashing with Bounded Loads", 2016) skips members already at
//     ceil((1+ε)·average).
//   - [Jump] (Lamping & Veach, "A Fast, Minimal Memory, Consistent Hash
//     Algorithm", 2014): no table at all, O(ln n) time, perfect balance, but
//     members are numbered 0..n-1, so only the last one can leave cheaply.
//   - [Rendezvous] (Thaler & Ravishankar, "Using Name-Based Mappings to
//     Increase Hit Rates", 1998): the member with the highest hash(key,
//     member) wins. O(n) per lookup, no table, any member can leave, and
//     weights are exact (Schindelhauer & Schomaker's -w/ln(u) score).
//
// Keys and members are hashed with MurmurHash3, not hash/maphash: every
// process of a distributed system must agree on the placement, and maphash
// seeds are random per process.

// Consistent hashing errors.
var (
	// ErrNoMembers is returned by lookups on a placer with no members.
	ErrNoMembers = errors.New("consistent: no members")
	// ErrMemberExists is returned when adding a member already present.
	ErrMemberExists = errors.New("consistent: member already present")
	// ErrUnknownMember is returned when removing or releasing an absent member.
	ErrUnknownMember = errors.New("consistent: unknown member")
	// ErrBadWeight is returned for a weight below 1 or a replica count below 1.
	ErrBadWeight = errors.New("consistent: weight or count must be at least 1")
)

// Placer assigns keys to members. All implementations here are safe for
// concurrent use: lookups are lock-free reads of an immutable snapshot, and
// membership changes are serialized.
type Placer interface {
	// Add adds a member with weight 1.
	Add(member string) error
	// Remove removes a member; its keys move to the others.
	Remove(member string) error
	// Get returns the member that owns key, or ErrNoMembers.
	Get(key string) (string, error)
	// Len returns the number of members.
	Len() int
}

var (
	_ Placer = (*Ring)(nil)
	_ Placer = (*Jump)(nil)
	_ Placer = (*Rendezvous)(nil)
)

func hashString(s string) uint64 { h, _ := murmur3String(s); return h }

// DefaultVirtualNodes is the number of ring points per unit of weight.
const DefaultVirtualNodes = 200

// Ring is a consistent-hash ring with virtual nodes and weights.
// The zero value is not usable; create one with [NewRing].
// A Ring is safe for concurrent use.
type Ring struct {
	vnodes int
	eps    float64

	// mu serializes membership changes and bounded-load accounting.
	mu sync.Mutex
	// members and loads are guarded by mu.
	members map[string]int // weight
	loads   map[string]int
	total   int

	// snap is replaced, never mutated, so Get needs no lock.
	snap atomic.Pointer[ringSnapshot]
}

// ringSnapshot is an immutable ring: points sorted by hash (struct of
// arrays, so the search touches only hashes), and index[b] = the first point
// whose hash has top bits ≥ b.
type ringSnapshot struct {
	hashes  []uint64
	owners  []int32
	names   []string
	weights []int
	index   []int32
	shift   uint
}

// RingOption configures [NewRing].
type RingOption func(*Ring)

// WithVirtualNodes sets the points per unit of weight (default [DefaultVirtualNodes]).
func WithVirtualNodes(v int) RingOption { return func(r *Ring) { r.vnodes = v } }

// WithBoundedLoads enables [Ring.Acquire]'s cap of ceil((1+eps)·average) keys
// per member (scaled by weight). Mirrokni et al. suggest eps between 0.25 and 1.
func WithBoundedLoads(eps float64) RingOption { return func(r *Ring) { r.eps = eps } }

// NewRing returns an empty ring. It returns [ErrBadWeight] for a virtual
// node count below 1 or a negative eps.
func NewRing(opts ...RingOption) (*Ring, error) {
	r := &Ring{vnodes: DefaultVirtualNodes, members: map[string]int{}, loads: map[string]int{}}
	for _, o := range opts {
		o(r)
	}
	if r.vnodes < 1 || r.eps < 0 || math.IsNaN(r.eps) {
		return nil, fmt.Errorf("NewRing: vnodes %d eps %g: %w", r.vnodes, r.eps, ErrBadWeight)
	}
	r.snap.Store(&ringSnapshot{})
	return r, nil
}

// Add adds member with weight 1.
func (r *Ring) Add(member string) error { return r.AddWeighted(member, 1) }

// AddWeighted adds member with weight·V virtual nodes. It costs O(P log P)
// for P points in all, since the snapshot is rebuilt.
func (r *Ring) AddWeighted(member string, weight int) error {
	if weight < 1 {
		return fmt.Errorf("AddWeighted(%q, %d): %w", member, weight, ErrBadWeight)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.members[member]; ok {
		return fmt.Errorf("AddWeighted(%q): %w", member, ErrMemberExists)
	}
	r.members[member] = weight
	r.rebuild()
	return nil
}

// Remove removes member; its keys move to the next points clockwise.
func (r *Ring) Remove(member string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.members[member]; !ok {
		return fmt.Errorf("Remove(%q): %w", member, ErrUnknownMember)
	}
	delete(r.members, member)
	r.total -= r.loads[member]
	delete(r.loads, member)
	r.rebuild()
	return nil
}

// Len returns the number of members.
func (r *Ring) Len() int { return len(r.snap.Load().names) }

// rebuild builds a new snapshot from r.members; r.mu must be held.
func (r *Ring) rebuild() {
	s := &ringSnapshot{}
	s.names = slices.Sorted(func(yield func(string) bool) {
		for m := range r.members {
			if !yield(m) {
				return
			}
		}
	})
	type point struct {
		hash  uint64
		owner int32
	}
	var pts []point
	buf := make([]byte, 0, 64)
	for i, name := range s.names {
		w := r.members[name]
		s.weights = append(s.weights, w)
		for v := range w * r.vnodes {
			buf = strconv.AppendInt(append(append(buf[:0], name...), '#'), int64(v), 10)
			h, _ := murmur3(buf)
			pts = append(pts, point{h, int32(i)})
		}
	}
	// Ties (astronomically rare) break by owner so every process agrees.
	slices.SortFunc(pts, func(a, b point) int {
		if a.hash != b.hash {
			return cmpU64(a.hash, b.hash)
		}
		return int(a.owner - b.owner)
	})
	s.hashes = make([]uint64, len(pts))
	s.owners = make([]int32, len(pts))
	for i, p := range pts {
		s.hashes[i], s.owners[i] = p.hash, p.owner
	}
	if len(pts) > 0 {
		b := max(bits.Len(uint(len(pts)))-1, 1) // about one point per bucket
		s.shift = uint(64 - b)
		s.index = make([]int32, 1<<b+1)
		j := 0
		for bucket := range 1 << b {
			for j < len(pts) && pts[j].hash>>s.shift < uint64(bucket) {
				j++
			}
			s.index[bucket] = int32(j)
		}
		s.index[1<<b] = int32(len(pts))
	}
	r.snap.Store(s)
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// search returns the index of the first point with hash ≥ h, wrapping to 0.
func (s *ringSnapshot) search(h uint64) int {
	b := h >> s.shift
	lo, hi := int(s.index[b]), int(s.index[b+1])
	for lo < hi { // the bucket holds about one point: a short linear scan
		if s.hashes[lo] >= h {
			return lo
		}
		lo++
	}
	if lo == len(s.hashes) {
		return 0
	}
	return lo
}

// Get returns the owner of key in O(1) expected time, without locking or allocating.
func (r *Ring) Get(key string) (string, error) {
	s := r.snap.Load()
	if len(s.hashes) == 0 {
		return "", fmt.Errorf("Get(%q): %w", key, ErrNoMembers)
	}
	return s.names[s.owners[s.search(hashString(key))]], nil
}

// AppendN appends to dst up to n distinct owners of key in ring order, the
// first being Get's answer: the replica set for key. It returns fewer than
// n when the ring has fewer members. It allocates only if dst must grow.
func (r *Ring) AppendN(dst []string, key string, n int) ([]string, error) {
	if n < 1 {
		return dst, fmt.Errorf("GetN(%q, %d): %w", key, n, ErrBadWeight)
	}
	s := r.snap.Load()
	if len(s.hashes) == 0 {
		return dst, fmt.Errorf("GetN(%q): %w", key, ErrNoMembers)
	}
	n = min(n, len(s.names))
	var seenSmall [4]uint64 // a bitmap of owners on the stack for small rings
	seen := seenSmall[:]
	if len(s.names) > 64*len(seenSmall) {
		seen = make([]uint64, (len(s.names)+63)/64)
	}
	start := len(dst)
	for i := s.search(hashString(key)); len(dst)-start < n; i = (i + 1) % len(s.hashes) {
		o := s.owners[i]
		if seen[o/64]&(1<<(o%64)) == 0 {
			seen[o/64] |= 1 << (o % 64)
			dst = append(dst, s.names[o])
		}
	}
	return dst, nil
}

// GetN returns up to n distinct owners of key; see [Ring.AppendN].
func (r *Ring) GetN(key string, n int) ([]string, error) {
	return r.AppendN(make([]string, 0, n), key, n)
}

// Acquire assigns key to the first member clockwise whose load is below
// its cap ceil((1+ε)·(L+1)·w/W) (L keys assigned, W total weight), counts
// the key against it, and returns it. The cap holds at every assignment:
// no member ever exceeds it. Without [WithBoundedLoads], ε is 0 and every
// member's cap is the exact average rounded up.
func (r *Ring) Acquire(key string) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.snap.Load()
	if len(s.hashes) == 0 {
		return "", fmt.Errorf("Acquire(%q): %w", key, ErrNoMembers)
	}
	var wsum int
	for _, w := range s.weights {
		wsum += w
	}
	for i, steps := s.search(hashString(key)), 0; steps < len(s.hashes); i, steps = (i+1)%len(s.hashes), steps+1 {
		o := s.owners[i]
		name := s.names[o]
		if r.loads[name] < r.capFor(s.weights[o], wsum) {
			r.loads[name]++
			r.total++
			return name, nil
		}
	}
	// Unreachable: the caps sum to at least L+1, so some member is below its cap.
	panic("consistent: bounded loads found no member below cap")
}

func (r *Ring) capFor(weight, wsum int) int {
	return int(math.Ceil((1 + r.eps) * float64(r.total+1) * float64(weight) / float64(wsum)))
}

// Release takes back one key counted against member by Acquire.
func (r *Ring) Release(member string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.loads[member] == 0 {
		return fmt.Errorf("Release(%q): %w", member, ErrUnknownMember)
	}
	r.loads[member]--
	r.total--
	return nil
}

// Load returns the number of keys Acquire has counted against member.
func (r *Ring) Load(member string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.loads[member]
}

// Cap returns the cap the next Acquire will apply to a member of weight 1.
func (r *Ring) Cap() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.snap.Load()
	var wsum int
	for _, w := range s.weights {
		wsum += w
	}
	if wsum == 0 {
		return 0
	}
	return r.capFor(1, wsum)
}

// jumpHash is Lamping & Veach's algorithm (figure 1 of the paper): the key
// drives a linear congruential generator, and each step jumps forward to
// the next bucket count at which the key would move.
func jumpHash(key uint64, buckets int) int {
	b, j := int64(-1), int64(0)
	for j < int64(buckets) {
		b = j
		key = key*2862933555777941757 + 1
		j = int64(float64(b+1) * (float64(int64(1)<<31) / float64((key>>33)+1)))
	}
	return int(b)
}

// Jump places keys with Jump consistent hash. Members are numbered in the
// order added. Removing the last member moves only its keys; removing any
// other moves the last member into its slot, which also moves the last
// member's keys. The zero value is an empty Jump ready to use, and it is
// safe for concurrent use.
type Jump struct {
	// mu serializes membership changes.
	mu      sync.Mutex
	members atomic.Pointer[[]string]
}

func (j *Jump) list() []string {
	if p := j.members.Load(); p != nil {
		return *p
	}
	return nil
}

// Add appends member as bucket Len().
func (j *Jump) Add(member string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	old := j.list()
	if slices.Contains(old, member) {
		return fmt.Errorf("Add(%q): %w", member, ErrMemberExists)
	}
	next := append(slices.Clip(old), member)
	j.members.Store(&next)
	return nil
}

// Remove removes member, moving the last member into its bucket.
func (j *Jump) Remove(member string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	old := j.list()
	i := slices.Index(old, member)
	if i < 0 {
		return fmt.Errorf("Remove(%q): %w", member, ErrUnknownMember)
	}
	next := slices.Clone(old)
	next[i] = next[len(next)-1]
	next = next[:len(next)-1]
	j.members.Store(&next)
	return nil
}

// Get returns the owner of key in O(ln n) time.
func (j *Jump) Get(key string) (string, error) {
	if p := j.members.Load(); p != nil && len(*p) > 0 {
		m := *p
		// murmur3String inlines here, hashString would not (over budget):
		// one call per lookup, as when calling go-jump directly.
		h, _ := murmur3String(key)
		return m[jumpHash(h, len(m))], nil
	}
	return "", errNoMembersFor(key)
}

// errNoMembersFor builds Get's error out of line, keeping the fmt call's
// argument boxing and stack frame off the lookup path.
//
//go:noinline
func errNoMembersFor(key string) error { return fmt.Errorf("Get(%q): %w", key, ErrNoMembers) }

// Len returns the number of members.
func (j *Jump) Len() int { return len(j.list()) }

// Rendezvous places keys by highest random weight. The zero value is an
// empty Rendezvous ready to use, and it is safe for concurrent use.
type Rendezvous struct {
	// mu serializes membership changes.
	mu   sync.Mutex
	snap atomic.Pointer[hrwSnapshot]
}

// hrwSnapshot is an immutable member list. Get scans hashes (and weights,
// only when some member is weighted) as flat arrays; whether any weight
// differs from 1 is decided once per membership change, not per lookup.
type hrwSnapshot struct {
	names    []string
	hashes   []uint64
	weights  []float64
	weighted bool
}

func (r *Rendezvous) list() *hrwSnapshot {
	if p := r.snap.Load(); p != nil {
		return p
	}
	return &hrwSnapshot{}
}

// with returns a new snapshot of s's members filtered by keep, plus extra.
func (s *hrwSnapshot) with(keep func(i int) bool, extra ...hrwMember) *hrwSnapshot {
	next := &hrwSnapshot{}
	add := func(name string, h uint64, w float64) {
		next.names = append(next.names, name)
		next.hashes = append(next.hashes, h)
		next.weights = append(next.weights, w)
		next.weighted = next.weighted || w != 1
	}
	for i := range s.names {
		if keep(i) {
			add(s.names[i], s.hashes[i], s.weights[i])
		}
	}
	for _, m := range extra {
		add(m.name, m.hash, m.weight)
	}
	return next
}

type hrwMember struct {
	name   string
	hash   uint64
	weight float64
}

// Add adds member with weight 1.
func (r *Rendezvous) Add(member string) error { return r.AddWeighted(member, 1) }

// AddWeighted adds member; it wins a share weight/W of the keys.
func (r *Rendezvous) AddWeighted(member string, weight int) error {
	if weight < 1 {
		return fmt.Errorf("AddWeighted(%q, %d): %w", member, weight, ErrBadWeight)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	old := r.list()
	if slices.Contains(old.names, member) {
		return fmt.Errorf("AddWeighted(%q): %w", member, ErrMemberExists)
	}
	r.snap.Store(old.with(func(int) bool { return true }, hrwMember{member, hashString(member), float64(weight)}))
	return nil
}

// Remove removes member; only its keys move.
func (r *Rendezvous) Remove(member string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	old := r.list()
	i := slices.Index(old.names, member)
	if i < 0 {
		return fmt.Errorf("Remove(%q): %w", member, ErrUnknownMember)
	}
	r.snap.Store(old.with(func(j int) bool { return j != i }))
	return nil
}

// Get returns the member with the highest score for key, in O(n) time.
func (r *Rendezvous) Get(key string) (string, error) {
	s := r.list()
	if len(s.names) == 0 {
		return "", errNoMembersFor(key)
	}
	kh := hashString(key)
	best := 0
	if !s.weighted {
		// Unit weights: raw hashes order the same way as -1/ln(u) would,
		// with no floating point.
		var bestRaw uint64
		for i, h := range s.hashes {
			if raw := fmix64(kh ^ h); raw > bestRaw {
				best, bestRaw = i, raw
			}
		}
		return s.names[best], nil
	}
	bestScore := math.Inf(-1)
	ws := s.weights[:len(s.hashes)]
	for i, h := range s.hashes {
		if sc := hrwScore(fmix64(kh^h), ws[i]); sc > bestScore {
			best, bestScore = i, sc
		}
	}
	return s.names[best], nil
}

// hrwScore is the weighted rendezvous score -w/ln(u) for u uniform in (0,1)
// taken from the hash: the member with the largest score wins, and member i
// wins with probability w_i/Σw (Schindelhauer & Schomaker, "Weighted
// Distributed Hash Tables", 2005).
func hrwScore(raw uint64, w float64) float64 {
	u := (float64(raw>>11) + 0.5) / (1 << 53)
	return -w / math.Log(u)
}

// Len returns the number of members.
func (r *Rendezvous) Len() int { return len(r.list().names) }
