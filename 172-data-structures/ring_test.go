package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"sync"
	"testing"

	jump "github.com/dgryski/go-jump"
	"github.com/golang/groupcache/consistenthash"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func memberName(i int) string { return "node-" + strconv.Itoa(i) }
func keyName(i int) string    { return "key-" + strconv.Itoa(i) }

func newPlacers(t testing.TB) map[string]Placer {
	t.Helper()
	r, err := NewRing()
	require.NoError(t, err)
	return map[string]Placer{"ring": r, "jump": &Jump{}, "rendezvous": &Rendezvous{}}
}

func placeAll(t testing.TB, p Placer, keys int) []string {
	t.Helper()
	out := make([]string, keys)
	for i := range out {
		m, err := p.Get(keyName(i))
		require.NoError(t, err)
		out[i] = m
	}
	return out
}

func TestPlacerErrors(t *testing.T) {
	for name, p := range newPlacers(t) {
		t.Run(name, func(t *testing.T) {
			_, err := p.Get("k")
			assert.ErrorIs(t, err, ErrNoMembers)
			assert.ErrorIs(t, p.Remove("a"), ErrUnknownMember)
			require.NoError(t, p.Add("a"))
			assert.ErrorIs(t, p.Add("a"), ErrMemberExists)
			got, err := p.Get("k")
			require.NoError(t, err)
			assert.Equal(t, "a", got)
			require.NoError(t, p.Remove("a"))
			_, err = p.Get("k")
			assert.ErrorIs(t, err, ErrNoMembers, "ring emptied by Remove")
			assert.Equal(t, 0, p.Len())
		})
	}
	_, err := NewRing(WithVirtualNodes(0))
	assert.ErrorIs(t, err, ErrBadWeight)
	r, _ := NewRing()
	assert.ErrorIs(t, r.AddWeighted("x", 0), ErrBadWeight)
	_, err = r.GetN("k", 1)
	assert.ErrorIs(t, err, ErrNoMembers)
	_, err = r.Acquire("k")
	assert.ErrorIs(t, err, ErrNoMembers)
	assert.ErrorIs(t, r.Release("x"), ErrUnknownMember)
}

// TestPlacerMovement: with 100 members and 1e5 keys, adding a member moves
// at most 1.2× the ideal 1e5/101 keys, and every moved key moves to the new
// member (the defining property of consistent hashing). For the ring the
// new member's share deviates by about 1/√200 = 7% plus 3% sampling noise
// at ~990 keys, so 20% is a 2.6σ bound; jump and HRW are near-exact.
func TestPlacerMovement(t *testing.T) {
	const members, keys = 100, 100_000
	for name, p := range newPlacers(t) {
		t.Run(name, func(t *testing.T) {
			for i := range members {
				require.NoError(t, p.Add(memberName(i)))
			}
			before := placeAll(t, p, keys)
			require.NoError(t, p.Add("newcomer"))
			after := placeAll(t, p, keys)
			moved := 0
			for i := range before {
				if before[i] != after[i] {
					moved++
					require.Equal(t, "newcomer", after[i], "key %d moved between old members", i)
				}
			}
			ideal := float64(keys) / (members + 1)
			assert.LessOrEqual(t, float64(moved), 1.2*ideal, "moved %d keys, ideal %.0f", moved, ideal)
			assert.Greater(t, float64(moved), 0.8*ideal)
		})
	}
}

// TestPlacerBalance: with 200 virtual nodes the per-member load's standard
// deviation is about 7% of the mean (1/√200) plus 3% sampling noise at
// 1000 keys per member; the issue asks for ≤ 10%.
func TestPlacerBalance(t *testing.T) {
	const members, keys = 100, 100_000
	for name, p := range newPlacers(t) {
		t.Run(name, func(t *testing.T) {
			for i := range members {
				require.NoError(t, p.Add(memberName(i)))
			}
			mean, sd := loadStats(placeAll(t, p, keys), members)
			assert.LessOrEqual(t, sd, 0.10*mean, "load stddev %.1f, mean %.1f", sd, mean)
		})
	}
}

func loadStats(owners []string, members int) (mean, sd float64) {
	counts := map[string]int{}
	for _, o := range owners {
		counts[o]++
	}
	mean = float64(len(owners)) / float64(members)
	for i := range members {
		d := float64(counts[memberName(i)]) - mean
		sd += d * d
	}
	return mean, math.Sqrt(sd / float64(members))
}

func TestRingWeights(t *testing.T) {
	for _, p := range []interface {
		Placer
		AddWeighted(string, int) error
	}{mustRing(t), &Rendezvous{}} {
		require.NoError(t, p.AddWeighted("heavy", 3))
		require.NoError(t, p.Add("light"))
		counts := map[string]int{}
		for i := range 40_000 {
			m, _ := p.Get(keyName(i))
			counts[m]++
		}
		assert.InDelta(t, 0.75, float64(counts["heavy"])/40_000, 0.03, "%T: heavy share", p)
	}
}

func mustRing(t testing.TB, opts ...RingOption) *Ring {
	t.Helper()
	r, err := NewRing(opts...)
	require.NoError(t, err)
	return r
}

func TestRingGetN(t *testing.T) {
	r := mustRing(t, WithVirtualNodes(50))
	for i := range 10 {
		require.NoError(t, r.Add(memberName(i)))
	}
	tests := []struct {
		name string
		n    int
		want int
	}{{"one", 1, 1}, {"three", 3, 3}, {"all", 10, 10}, {"more than members", 20, 10}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range 500 {
				got, err := r.GetN(keyName(i), tt.n)
				require.NoError(t, err)
				require.Len(t, got, tt.want)
				first, _ := r.Get(keyName(i))
				assert.Equal(t, first, got[0], "GetN[0] differs from Get")
				assert.Len(t, slices.Compact(slices.Sorted(slices.Values(got))), tt.want, "duplicate owners")
			}
		})
	}
	_, err := r.GetN("k", 0)
	assert.ErrorIs(t, err, ErrBadWeight)
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() {
		var buf [3]string
		_, _ = r.AppendN(buf[:0], "k", 3)
	}), "AppendN into a large-enough slice allocates")
}

// TestRingBoundedLoads: at every assignment no member's load exceeds
// ceil((1+ε)·L/n) for the current total L.
func TestRingBoundedLoads(t *testing.T) {
	for _, eps := range []float64{0.0, 0.25, 1} {
		t.Run(fmt.Sprintf("eps=%g", eps), func(t *testing.T) {
			r := mustRing(t, WithBoundedLoads(eps), WithVirtualNodes(20))
			const members = 10
			for i := range members {
				require.NoError(t, r.Add(memberName(i)))
			}
			loads := map[string]int{}
			for i := range 5000 {
				m, err := r.Acquire(keyName(i))
				require.NoError(t, err)
				loads[m]++
				limit := int(math.Ceil((1 + eps) * float64(i+1) / members))
				require.LessOrEqual(t, loads[m], limit, "after %d keys %s has %d", i+1, m, loads[m])
				if i%7 == 0 { // churn: release some keys
					require.NoError(t, r.Release(m))
					loads[m]--
				}
				require.Equal(t, loads[m], r.Load(m))
			}
		})
	}
}

func TestPlacerConcurrent(t *testing.T) {
	for name, p := range newPlacers(t) {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, p.Add("base"))
			var wg sync.WaitGroup
			wg.Go(func() {
				for i := range 50 {
					_ = p.Add(memberName(i))
					_ = p.Remove(memberName(i - 1))
				}
			})
			for range 3 {
				wg.Go(func() {
					for i := range 2000 {
						if _, err := p.Get(keyName(i)); err != nil {
							t.Errorf("Get: %v", err)
							return
						}
					}
				})
			}
			wg.Wait()
		})
	}
}

func TestJumpMatchesPaper(t *testing.T) {
	for i := range 1000 {
		k := uint64(i) * 0x9E3779B97F4A7C15
		for _, n := range []int{1, 7, 100, 1000} {
			require.Equal(t, int(jump.Hash(k, n)), jumpHash(k, n))
		}
	}
}

func ExampleRing() {
	r, _ := NewRing()
	for _, m := range []string{"cache-a", "cache-b", "cache-c"} {
		_ = r.Add(m)
	}
	owners, _ := r.GetN("user:42", 2)
	fmt.Println(len(owners), owners[0] != owners[1])
	_ = r.Remove(owners[0])
	now, _ := r.Get("user:42")
	fmt.Println(now == owners[1]) // the key falls through to its next replica
	// Output:
	// 2 true
	// true
}

// BenchmarkPlacerGet looks up keys among 100 members. groupcache's
// consistenthash is the ring a Go engineer would pick (stathat/consistent
// is left out: its module breaks go mod tidy, see peer-baselines.md).
func BenchmarkPlacerGet(b *testing.B) {
	const members = 100
	keys := make([]string, 4096)
	for i := range keys {
		keys[i] = keyName(i)
	}
	names := make([]string, members)
	for i := range names {
		names[i] = memberName(i)
	}
	type impl struct {
		name string
		get  func(string) string
	}
	var impls []impl
	for _, v := range []int{20, 200} {
		r := mustRing(b, WithVirtualNodes(v))
		gc := consistenthash.New(v, nil)
		gc.Add(names...)
		for _, n := range names {
			_ = r.Add(n)
		}
		impls = append(impls,
			impl{fmt.Sprintf("vnodes=%d/impl=ours-ring", v), func(k string) string { m, _ := r.Get(k); return m }},
			impl{fmt.Sprintf("vnodes=%d/impl=groupcache", v), gc.Get})
	}
	j, h := &Jump{}, &Rendezvous{}
	for _, n := range names {
		_ = j.Add(n)
		_ = h.Add(n)
	}
	impls = append(impls,
		impl{"impl=ours-jump", func(k string) string { m, _ := j.Get(k); return m }},
		impl{"impl=dgryski-jump", func(k string) string { return names[jump.Hash(hashString(k), members)] }},
		impl{"impl=ours-rendezvous", func(k string) string { m, _ := h.Get(k); return m }})
	for _, im := range impls {
		b.Run(im.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if im.get(keys[i&4095]) == "" {
					b.Fatal("no owner")
				}
				i++
			}
		})
	}
}
