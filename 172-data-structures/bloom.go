package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"math/bits"
	"sync/atomic"
)

// A Bloom filter answers "have I seen this key?" with no false negatives and
// a tunable false-positive rate p, in about 1.44·log2(1/p) bits per key.
//
// Sizing (Bloom 1970; Broder & Mitzenmacher, "Network Applications of Bloom
// Filters: A Survey", 2004): for n keys and target rate p the optimal number
// of bits is m = -n·ln p / (ln 2)², and the optimal number of probes is
// k = (m/n)·ln 2. The rate actually reached is (1 - e^(-k·n/m))^k.
//
// Probes: one 128-bit MurmurHash3 gives h1 and h2, and the k bit indexes are
// g_i = h1 + i·h2 + (i³-i)/6 ("enhanced double hashing", Dillinger &
// Manolios 2004, refining Kirsch & Mitzenmacher, "Less Hashing, Same
// Performance", 2006): two hashes are as good as k independent ones.
//
// The blocked layout (Putze, Sanders & Singler, "Cache-, Hash- and
// Space-Efficient Bloom Filters", 2007) sends each key to one 512-bit block,
// a single cache line, and sets all k bits there: one cache miss per lookup
// instead of k. Blocks fill unevenly, which raises the fp-rate at equal m;
// [NewBloomFilter] pays for that with extra bits until the computed rate is
// back at p, so both layouts meet the same target and the cost is stated in
// bits per key (about 5% at p = 1%, more at smaller p).

// Bloom filter errors.
var (
	// ErrBloomParams is returned by NewBloomFilter for n = 0 or p outside (0, 1).
	ErrBloomParams = errors.New("bloom: invalid parameters")
	// ErrBloomIncompatible is returned by Union and Intersect when the two
	// filters differ in size, probe count or layout.
	ErrBloomIncompatible = errors.New("bloom: incompatible filters")
	// ErrBloomFormat is returned when serialized input is truncated or malformed.
	ErrBloomFormat = errors.New("bloom: malformed encoding")
	// ErrBloomChecksum is returned when serialized input fails its CRC-32C check.
	ErrBloomChecksum = errors.New("bloom: checksum mismatch")
	// ErrBloomVersion is returned for an unknown format version or hash id.
	ErrBloomVersion = errors.New("bloom: unsupported format version or hash")
)

const (
	bloomBlockBits  = 512 // one 64-byte cache line
	bloomBlockWords = bloomBlockBits / 64
	bloomMaxK       = 64

	bloomMagic   = "GBLF"
	bloomVersion = 1
	// bloomHashMurmur is the hash id written: MurmurHash3_x64_128 seed 0,
	// enhanced double hashing, blocked groups reseeded by group index.
	bloomHashMurmur = 2
	// bloomHashMurmurV1 is the hash id of the first release, whose blocked
	// layout repeated probe groups from the third on (see blockedGroup).
	bloomHashMurmurV1 = 1
	// bloomV1MaxK is the largest k at which hash id 1 and 2 place every
	// bit identically in the blocked layout: two groups of seven probes.
	bloomV1MaxK    = 14
	bloomHeaderLen = 20
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// BloomFilter is a Bloom filter over byte strings. Create one with
// [NewBloomFilter]; the zero value is not usable.
//
// A BloomFilter is not safe for concurrent use unless it was created with
// [WithConcurrent], in which case Add, Test, TestAndAdd, Union and the
// encoders may be called from any goroutine: bits are set with atomic OR, so
// adds are never lost (TestAndAdd's answer is then a snapshot, not a lock).
type BloomFilter struct {
	words      []uint64
	m          uint64 // bits, a multiple of 64 (of 512 when blocked)
	k          uint32
	blocked    bool
	concurrent bool
}

// BloomOption configures [NewBloomFilter].
type BloomOption func(*BloomFilter)

// WithBlocked selects the cache-line-blocked layout: one memory access per
// lookup, paid for with a few percent more bits for the same fp-rate.
func WithBlocked() BloomOption { return func(f *BloomFilter) { f.blocked = true } }

// WithConcurrent makes the filter safe for concurrent use (atomic loads and ORs).
func WithConcurrent() BloomOption { return func(f *BloomFilter) { f.concurrent = true } }

// NewBloomFilter returns a filter sized for n keys at false-positive rate p.
// It returns [ErrBloomParams] when n is 0 or p is not in (0, 1).
func NewBloomFilter(n uint64, p float64, opts ...BloomOption) (*BloomFilter, error) {
	if n == 0 || !(p > 0 && p < 1) {
		return nil, fmt.Errorf("NewBloomFilter(%d, %g): %w", n, p, ErrBloomParams)
	}
	f := &BloomFilter{}
	for _, o := range opts {
		o(f)
	}
	m, k := BloomParams(n, p)
	if f.blocked {
		m = roundUp(m, bloomBlockBits)
		// Grow in 1/64 steps until the blocked layout's computed rate is back at p.
		for step := roundUp(m/64, bloomBlockBits); BlockedFPRate(m, n, k) > p && m < 4*BloomBitsFor(n, p); m += step {
		}
	}
	f.m, f.k = m, uint32(k)
	f.words = make([]uint64, m/64)
	return f, nil
}

// BloomParams returns the optimal bit count m (rounded up to a multiple of
// 64) and probe count k for n keys at false-positive rate p.
func BloomParams(n uint64, p float64) (m uint64, k int) {
	m = roundUp(BloomBitsFor(n, p), 64)
	k = int(math.Round(float64(m) / float64(n) * math.Ln2))
	return m, min(max(k, 1), bloomMaxK)
}

// BloomBitsFor returns ceil(-n·ln p / (ln 2)²), the optimal bit count.
func BloomBitsFor(n uint64, p float64) uint64 {
	return uint64(math.Ceil(-float64(n) * math.Log(p) / (math.Ln2 * math.Ln2)))
}

// BloomFPRate is the classic estimate (1 - e^(-k·n/m))^k of a standard
// filter's false-positive rate after n insertions.
func BloomFPRate(m, n uint64, k int) float64 {
	return math.Pow(-math.Expm1(-float64(k)*float64(n)/float64(m)), float64(k))
}

// BlockedFPRate is the false-positive rate of the blocked layout (Putze et
// al. 2007, eq. 3): the number of keys in a block is Poisson with mean
// λ = 512·n/m, and a block holding i keys answers yes falsely with the
// standard rate of a 512-bit filter holding i keys.
func BlockedFPRate(m, n uint64, k int) float64 {
	lambda := bloomBlockBits * float64(n) / float64(m)
	lo := max(0, int(lambda-12*math.Sqrt(lambda)))
	hi := int(lambda+12*math.Sqrt(lambda)) + 32
	var sum float64
	for i := lo; i <= hi; i++ {
		lg, _ := math.Lgamma(float64(i + 1))
		pois := math.Exp(-lambda + float64(i)*math.Log(lambda) - lg)
		inner := math.Pow(1-math.Pow(1-1.0/bloomBlockBits, float64(i*k)), float64(k))
		sum += pois * inner
	}
	return sum
}

func roundUp(x, to uint64) uint64 { return (x + to - 1) / to * to }

// M returns the number of bits in the filter.
func (f *BloomFilter) M() uint64 { return f.m }

// K returns the number of probes per key.
func (f *BloomFilter) K() int { return int(f.k) }

// Blocked reports whether the filter uses the cache-line-blocked layout.
func (f *BloomFilter) Blocked() bool { return f.blocked }

// Add inserts key.
func (f *BloomFilter) Add(key []byte) { h1, h2 := murmur3(key); f.add(h1, h2) }

// AddString inserts key without converting it to a byte slice.
func (f *BloomFilter) AddString(key string) { h1, h2 := murmur3String(key); f.add(h1, h2) }

// Test reports whether key may have been added; false means it never was.
func (f *BloomFilter) Test(key []byte) bool { h1, h2 := murmur3(key); return f.test(h1, h2) }

// TestString is [BloomFilter.Test] for a string key.
func (f *BloomFilter) TestString(key string) bool {
	h1, h2 := murmur3String(key)
	return f.test(h1, h2)
}

// TestAndAdd adds key and reports whether it may have been present before.
func (f *BloomFilter) TestAndAdd(key []byte) bool {
	h1, h2 := murmur3(key)
	return f.testAndAdd(h1, h2)
}

// TestAndAddString is [BloomFilter.TestAndAdd] for a string key.
func (f *BloomFilter) TestAndAddString(key string) bool {
	h1, h2 := murmur3String(key)
	return f.testAndAdd(h1, h2)
}

// probe calls visit with the word index and mask of each of the key's k
// bits, stopping early when visit returns false; it reports whether every
// visit returned true. The compiler inlines the closures at each call site.
func (f *BloomFilter) probe(h1, h2 uint64, visit func(w uint64, mask uint64) bool) bool {
	if f.blocked {
		base := fastrange(h1, f.m/bloomBlockBits) * bloomBlockWords
		// Nine bits of h2 pick each bit in the block; after seven probes the
		// bits are used up and the next seven come from blockedGroup.
		x, left, g := h2, 7, uint64(0)
		for range f.k {
			if left == 0 {
				g++
				x, left = blockedGroup(h1, h2, g), 7
			}
			pos := x & (bloomBlockBits - 1)
			x >>= 9
			left--
			if !visit(base+pos>>6, 1<<(pos&63)) {
				return false
			}
		}
		return true
	}
	x, y := h1, h2
	for i := range f.k {
		idx := fastrange(x, f.m)
		if !visit(idx>>6, 1<<(idx&63)) {
			return false
		}
		x += y
		y += uint64(i) // accumulates (i³-i)/6 in x: enhanced double hashing
	}
	return true
}

// blockedGroup returns the 63 probe bits of group g ≥ 1 of the blocked
// layout (group 0 is h2 itself). Each group is a fresh fmix64 of h1 and the
// group index, so no two groups of one key repeat. Hash id 1 reseeded from
// the previous group's single leftover bit, x = fmix64((x>>63) ^ h1): from
// the third group on, groups repeated the second one, and at k ≥ 15 the
// fp-rate missed its target (3.3× at p = 1e-6). Group 1 here is still
// fmix64(h1 ^ h2>>63), the value hash id 1 used, so hash-id-1 filters with
// k ≤ 14 keep their placement and decode unchanged (see ReadFrom).
func blockedGroup(h1, h2, g uint64) uint64 {
	return fmix64(h1 ^ h2>>63 ^ (g-1)*0x9E3779B97F4A7C15)
}

func (f *BloomFilter) add(h1, h2 uint64) {
	w := f.words
	if f.concurrent {
		f.probe(h1, h2, func(i, mask uint64) bool {
			if atomic.LoadUint64(&w[i])&mask == 0 {
				atomic.OrUint64(&w[i], mask)
			}
			return true
		})
		return
	}
	f.probe(h1, h2, func(i, mask uint64) bool { w[i] |= mask; return true })
}

func (f *BloomFilter) test(h1, h2 uint64) bool {
	w := f.words
	switch {
	case f.blocked && !f.concurrent:
		// The hot path, written out: no call per probe, and one bounds check
		// for the whole block.
		//
		// The k bits are gathered into one mask per word of the block, and
		// the block checked against them at the end, without a branch per
		// probe: on an absent key the early exit of a probe-by-probe check
		// is taken at an unpredictable probe, and each misprediction also
		// threw away the next lookups' loads already in flight.
		base := fastrange(h1, f.m/bloomBlockBits) * bloomBlockWords
		blk := (*[bloomBlockWords]uint64)(w[base : base+bloomBlockWords])
		var want [bloomBlockWords]uint64
		x, left, g := h2, 7, uint64(0)
		for range f.k {
			if left == 0 {
				g++
				x, left = blockedGroup(h1, h2, g), 7
			}
			want[(x>>6)&7] |= 1 << (x & 63)
			x >>= 9
			left--
		}
		var missing uint64
		for i := range want {
			missing |= want[i] &^ blk[i]
		}
		return missing == 0
	case !f.concurrent:
		x, y := h1, h2
		for i := range f.k {
			idx := fastrange(x, f.m)
			if w[idx>>6]&(1<<(idx&63)) == 0 {
				return false
			}
			x += y
			y += uint64(i)
		}
		return true
	}
	return f.probe(h1, h2, func(i, mask uint64) bool { return atomic.LoadUint64(&w[i])&mask != 0 })
}

func (f *BloomFilter) testAndAdd(h1, h2 uint64) bool {
	w := f.words
	present := true
	if f.concurrent {
		f.probe(h1, h2, func(i, mask uint64) bool {
			if atomic.OrUint64(&w[i], mask)&mask == 0 {
				present = false
			}
			return true
		})
		return present
	}
	f.probe(h1, h2, func(i, mask uint64) bool {
		if w[i]&mask == 0 {
			present = false
			w[i] |= mask
		}
		return true
	})
	return present
}

func (f *BloomFilter) word(i int) uint64 {
	if f.concurrent {
		return atomic.LoadUint64(&f.words[i])
	}
	return f.words[i]
}

// ApproximateCount estimates how many distinct keys were added from the
// number of set bits X: n ≈ -(m/k)·ln(1 - X/m) (Swamidass & Baldi,
// "Mathematical correction for fingerprint similarity measures", 2007). The
// blocked layout applies the formula per block and sums, which is exact in
// expectation for each block's own fill.
func (f *BloomFilter) ApproximateCount() uint64 {
	est := func(set, m float64) float64 {
		if set >= m {
			set = m - 0.5 // a full filter: report the largest finite estimate
		}
		return -m / float64(f.k) * math.Log1p(-set/m)
	}
	if !f.blocked {
		var set int
		for i := range f.words {
			set += bits.OnesCount64(f.word(i))
		}
		return uint64(math.Round(est(float64(set), float64(f.m))))
	}
	var total float64
	for b := 0; b < len(f.words); b += bloomBlockWords {
		var set int
		for i := b; i < b+bloomBlockWords; i++ {
			set += bits.OnesCount64(f.word(i))
		}
		total += est(float64(set), bloomBlockBits)
	}
	return uint64(math.Round(total))
}

// FillRatio returns the fraction of bits set.
func (f *BloomFilter) FillRatio() float64 {
	var set int
	for i := range f.words {
		set += bits.OnesCount64(f.word(i))
	}
	return float64(set) / float64(f.m)
}

func (f *BloomFilter) compatible(g *BloomFilter) error {
	if g == nil {
		return fmt.Errorf("nil filter: %w", ErrBloomIncompatible)
	}
	if f.m != g.m || f.k != g.k || f.blocked != g.blocked {
		return fmt.Errorf("m=%d k=%d blocked=%t vs m=%d k=%d blocked=%t: %w",
			f.m, f.k, f.blocked, g.m, g.k, g.blocked, ErrBloomIncompatible)
	}
	return nil
}

// Union makes f hold every key of f or g. It returns [ErrBloomIncompatible]
// unless both filters have the same m, k and layout (a nil g is
// incompatible: it has no size to agree on).
func (f *BloomFilter) Union(g *BloomFilter) error {
	if err := f.compatible(g); err != nil {
		return fmt.Errorf("Union: %w", err)
	}
	for i := range f.words {
		if f.concurrent {
			atomic.OrUint64(&f.words[i], g.word(i))
		} else {
			f.words[i] |= g.word(i)
		}
	}
	return nil
}

// Intersect keeps in f only bits set in both f and g. The result answers
// yes for every key added to both, and its fp-rate is at most the larger of
// the two. It returns [ErrBloomIncompatible] as [BloomFilter.Union] does.
func (f *BloomFilter) Intersect(g *BloomFilter) error {
	if err := f.compatible(g); err != nil {
		return fmt.Errorf("Intersect: %w", err)
	}
	for i := range f.words {
		if f.concurrent {
			atomic.AndUint64(&f.words[i], g.word(i))
		} else {
			f.words[i] &= g.word(i)
		}
	}
	return nil
}

// The encoding, all integers little-endian:
//
//	offset size
//	0      4    magic "GBLF"
//	4      1    format version (1)
//	5      1    hash id (2 = MurmurHash3_x64_128 seed 0, enhanced double hashing,
//	            blocked groups seeded by index; 1 = the first release, read
//	            when its placement is identical: any standard filter, and
//	            blocked ones with k ≤ 14)
//	6      1    layout (0 = standard, 1 = blocked 512-bit)
//	7      1    reserved, 0
//	8      4    k
//	12     8    m in bits
//	20     m/8  the bit array, 64-bit words
//	end    4    CRC-32C (Castagnoli) of all preceding bytes
func (f *BloomFilter) header() [bloomHeaderLen]byte {
	var h [bloomHeaderLen]byte
	copy(h[:], bloomMagic)
	h[4], h[5] = bloomVersion, bloomHashMurmur
	if f.blocked {
		h[6] = 1
	}
	binary.LittleEndian.PutUint32(h[8:], f.k)
	binary.LittleEndian.PutUint64(h[12:], f.m)
	return h
}

// MarshalBinary implements [encoding.BinaryMarshaler].
func (f *BloomFilter) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(bloomHeaderLen + int(f.m/8) + 4)
	_, err := f.WriteTo(&buf)
	return buf.Bytes(), err
}

// WriteTo implements [io.WriterTo], writing the format MarshalBinary returns.
func (f *BloomFilter) WriteTo(w io.Writer) (int64, error) {
	crc := crc32.New(castagnoli)
	mw := io.MultiWriter(w, crc)
	h := f.header()
	n, err := mw.Write(h[:])
	total := int64(n)
	if err != nil {
		return total, err
	}
	var chunk [4096]byte
	for i := 0; i < len(f.words); {
		j := 0
		for ; j < len(chunk) && i < len(f.words); j, i = j+8, i+1 {
			binary.LittleEndian.PutUint64(chunk[j:], f.word(i))
		}
		n, err = mw.Write(chunk[:j])
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	n, err = w.Write(binary.LittleEndian.AppendUint32(nil, crc.Sum32()))
	return total + int64(n), err
}

// UnmarshalBinary implements [encoding.BinaryUnmarshaler]. Input that is
// truncated, has trailing bytes or is malformed returns [ErrBloomFormat];
// a bad checksum [ErrBloomChecksum]; an unknown version [ErrBloomVersion].
// On error f is unchanged.
func (f *BloomFilter) UnmarshalBinary(data []byte) error {
	r := bytes.NewReader(data)
	g := BloomFilter{concurrent: f.concurrent}
	if _, err := g.ReadFrom(r); err != nil {
		return err
	}
	if r.Len() != 0 {
		return fmt.Errorf("UnmarshalBinary: %d trailing bytes: %w", r.Len(), ErrBloomFormat)
	}
	f.words, f.m, f.k, f.blocked = g.words, g.m, g.k, g.blocked
	return nil
}

// ReadFrom implements [io.ReaderFrom], replacing f with the filter encoded
// on r. It reads exactly one encoding and allocates only as the bit array
// actually arrives, so a forged size cannot make it allocate more than the
// input holds. Errors are as for [BloomFilter.UnmarshalBinary]; the
// filter's concurrent mode is kept.
func (f *BloomFilter) ReadFrom(r io.Reader) (int64, error) {
	crc := crc32.New(castagnoli)
	var h [bloomHeaderLen]byte
	n, err := io.ReadFull(r, h[:])
	total := int64(n)
	if err != nil {
		return total, fmt.Errorf("ReadFrom: header: %w: %w", ErrBloomFormat, err)
	}
	crc.Write(h[:])
	if string(h[:4]) != bloomMagic {
		return total, fmt.Errorf("ReadFrom: bad magic %q: %w", h[:4], ErrBloomFormat)
	}
	if h[4] != bloomVersion || (h[5] != bloomHashMurmur && h[5] != bloomHashMurmurV1) {
		return total, fmt.Errorf("ReadFrom: version %d hash %d: %w", h[4], h[5], ErrBloomVersion)
	}
	k := binary.LittleEndian.Uint32(h[8:])
	m := binary.LittleEndian.Uint64(h[12:])
	blocked := h[6] == 1
	if h[5] == bloomHashMurmurV1 && blocked && k > bloomV1MaxK {
		// Its third and later probe groups sit where this version would not
		// look: decoding it would give false negatives. Refuse clearly.
		return total, fmt.Errorf("ReadFrom: hash id 1 blocked filter with k = %d > %d "+
			"uses the old probe placement; rebuild it from its keys: %w", k, bloomV1MaxK, ErrBloomVersion)
	}
	unit := uint64(64)
	if blocked {
		unit = bloomBlockBits
	}
	switch {
	case h[6] > 1 || h[7] != 0:
		return total, fmt.Errorf("ReadFrom: layout %d flags %d: %w", h[6], h[7], ErrBloomFormat)
	case k == 0 || k > bloomMaxK:
		return total, fmt.Errorf("ReadFrom: k = %d: %w", k, ErrBloomFormat)
	case m == 0 || m%unit != 0 || m > 1<<46:
		return total, fmt.Errorf("ReadFrom: m = %d: %w", m, ErrBloomFormat)
	}
	nwords := m / 64
	words := make([]uint64, 0, min(nwords, 1<<13))
	var chunk [4096]byte
	for uint64(len(words)) < nwords {
		want := min(uint64(len(chunk)), (nwords-uint64(len(words)))*8)
		n, err := io.ReadFull(r, chunk[:want])
		total += int64(n)
		if err != nil {
			return total, fmt.Errorf("ReadFrom: bit array: %w: %w", ErrBloomFormat, err)
		}
		crc.Write(chunk[:want])
		for j := uint64(0); j < want; j += 8 {
			words = append(words, binary.LittleEndian.Uint64(chunk[j:]))
		}
	}
	var sum [4]byte
	n, err = io.ReadFull(r, sum[:])
	total += int64(n)
	if err != nil {
		return total, fmt.Errorf("ReadFrom: checksum: %w: %w", ErrBloomFormat, err)
	}
	if got, want := binary.LittleEndian.Uint32(sum[:]), crc.Sum32(); got != want {
		return total, fmt.Errorf("ReadFrom: crc %08x, computed %08x: %w", got, want, ErrBloomChecksum)
	}
	f.words, f.m, f.k, f.blocked = words, m, k, blocked
	return total, nil
}
