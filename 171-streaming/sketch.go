package main

// This file holds Sketch, a mergeable quantile sketch with a relative-error
// guarantee: DDSketch (Masson, Rim and Lee, "DDSketch: A Fast and
// Fully-Mergeable Quantile Sketch with Relative-Error Guarantees",
// PVLDB 12(12), 2019).
//
// Values are counted in logarithmic buckets. With γ = (1+α)/(1−α), bucket i
// holds the values in (γ^(i−1), γ^i] and is reported as 2γ^i/(γ+1), which
// is within a factor (1±α) of every value in the bucket. So the q-quantile
// it returns, x̂, satisfies
//
//	|x̂ − x_q| ≤ α·|x_q|      (x_q: the exact value of rank ⌊q·(n−1)⌋)
//
// for every q and every input, not just on average; α = 1% by default, so
// p99 = 250 ms is reported as something in [247.5, 252.5] ms. Because the
// buckets depend only on α, two sketches merge by adding counts, and the
// merge is exact: merge(A, B) answers exactly as a sketch of A ∪ B would,
// which is what lets session windows merge and shards combine.
//
// Rejected: t-digest (smaller for the same accuracy in the tails, but its
// merge is approximate and its error bound is empirical) and GK (rank error,
// which says little about a latency's tail value).

import (
	"errors"
	"fmt"
	"math"
)

// ErrSketchMismatch is returned when merging sketches of different accuracy.
var ErrSketchMismatch = errors.New("sketch: different relative accuracy")

// minIndexable is the magnitude below which values count as zero: far below
// any latency or amount this toolkit aggregates.
const minIndexable = 1e-9

// Sketch estimates quantiles of a stream of float64 values. The zero value
// is not usable; create one with [NewSketch]. It is not safe for concurrent
// use. Add is O(1) amortised; Quantile is O(buckets); memory is one
// counter per occupied bucket span (≈ ln(max/min)/(2α)).
type Sketch struct {
	alpha, gamma, lnGamma float64
	pos, neg              bucketStore
	zero                  uint64
	count                 uint64
	sum, min, max         float64
}

// bucketStore is a dense run of counters starting at bucket index offset.
type bucketStore struct {
	offset int
	counts []uint64
}

func (s *bucketStore) add(i int, n uint64) {
	switch {
	case len(s.counts) == 0:
		s.offset = i
		s.counts = append(s.counts, n)
		return
	case i < s.offset:
		grow := s.offset - i
		s.counts = append(make([]uint64, grow, grow+len(s.counts)), s.counts...)
		s.offset = i
	case i >= s.offset+len(s.counts):
		s.counts = append(s.counts, make([]uint64, i-s.offset-len(s.counts)+1)...)
	}
	s.counts[i-s.offset] += n
}

// NewSketch returns an empty sketch with relative accuracy alpha in (0, 1).
func NewSketch(alpha float64) (*Sketch, error) {
	if !(alpha > 0 && alpha < 1) {
		return nil, fmt.Errorf("sketch: relative accuracy %v not in (0, 1)", alpha)
	}
	g := (1 + alpha) / (1 - alpha)
	return &Sketch{alpha: alpha, gamma: g, lnGamma: math.Log(g), min: math.Inf(1), max: math.Inf(-1)}, nil
}

// Alpha returns the relative accuracy.
func (s *Sketch) Alpha() float64 { return s.alpha }

func (s *Sketch) index(x float64) int { return int(math.Ceil(math.Log(x) / s.lnGamma)) }

func (s *Sketch) value(i int) float64 { return 2 * math.Pow(s.gamma, float64(i)) / (s.gamma + 1) }

// Add counts x. NaN is ignored.
func (s *Sketch) Add(x float64) {
	switch {
	case math.IsNaN(x):
		return
	case x > minIndexable:
		s.pos.add(s.index(x), 1)
	case x < -minIndexable:
		s.neg.add(s.index(-x), 1)
	default:
		s.zero++
	}
	s.count++
	s.sum += x
	s.min = min(s.min, x)
	s.max = max(s.max, x)
}

// Count returns how many values were added.
func (s *Sketch) Count() uint64 { return s.count }

// Sum returns their exact sum.
func (s *Sketch) Sum() float64 { return s.sum }

// Min and Max return the exact extremes (±Inf when empty).
func (s *Sketch) Min() float64 { return s.min }

// Max returns the largest value added.
func (s *Sketch) Max() float64 { return s.max }

// Quantile returns the estimated q-quantile, q in [0, 1], within the
// relative error stated in the file comment, clamped to [Min, Max]. It
// returns NaN for an empty sketch or q outside [0, 1].
func (s *Sketch) Quantile(q float64) float64 {
	if s.count == 0 || !(q >= 0 && q <= 1) {
		return math.NaN()
	}
	rank := uint64(q * float64(s.count-1))
	var seen uint64
	// Negative values, most negative first: highest index of -x first.
	for j := len(s.neg.counts) - 1; j >= 0; j-- {
		seen += s.neg.counts[j]
		if seen > rank {
			return max(s.min, -s.value(j+s.neg.offset))
		}
	}
	seen += s.zero
	if seen > rank {
		return 0
	}
	for j, c := range s.pos.counts {
		seen += c
		if seen > rank {
			return min(s.max, s.value(j+s.pos.offset))
		}
	}
	return s.max
}

// Merge adds other's counts to s. Both must have the same accuracy.
func (s *Sketch) Merge(other *Sketch) error {
	if other.alpha != s.alpha {
		return fmt.Errorf("%w: %v and %v", ErrSketchMismatch, s.alpha, other.alpha)
	}
	for j, c := range other.pos.counts {
		if c > 0 {
			s.pos.add(j+other.pos.offset, c)
		}
	}
	for j, c := range other.neg.counts {
		if c > 0 {
			s.neg.add(j+other.neg.offset, c)
		}
	}
	s.zero += other.zero
	s.count += other.count
	s.sum += other.sum
	s.min = min(s.min, other.min)
	s.max = max(s.max, other.max)
	return nil
}
