package main

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newTestSim returns a booted simulator with procs Ps and n runnable Gs
// (indices 1..n) that are on no queue yet.
func newTestSim(t testing.TB, procs, n int) *Sim {
	t.Helper()
	spec := &Spec{Goroutines: []GoroutineSpec{{Name: "main", Steps: []Step{{CPU: us(1)}}}}}
	s, err := NewSim(spec, Config{Procs: procs, Seed: 1})
	require.NoError(t, err)
	s.boot()
	for range n {
		s.newG(0, 0)
	}
	return s
}

// localQueue lists pp's ring from head to tail.
func localQueue(pp *simP) []int32 {
	var q []int32
	for i := pp.runqhead; i != pp.runqtail; i++ {
		q = append(q, pp.runq[i%runqSize])
	}
	return q
}

func globalQueue(s *Sim) []int32 {
	var q []int32
	for gp := s.runq.head; gp != 0; gp = s.gs[gp].schedlink {
		q = append(q, gp)
	}
	return q
}

func TestRunqput(t *testing.T) {
	tests := []struct {
		name        string
		puts        []bool // next flag per put of G 1, 2, ...
		wantRunnext int32
		wantRing    []int32
	}{
		{"tail only", []bool{false, false, false}, 0, []int32{1, 2, 3}},
		{"runnext on empty", []bool{true}, 1, nil},
		{"new runnext kicks old to tail", []bool{true, true}, 2, []int32{1}},
		{"kicked G goes behind queued ones", []bool{false, true, true}, 3, []int32{1, 2}},
		{"chain of runnexts", []bool{true, true, true, true}, 4, []int32{1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestSim(t, 1, len(tt.puts))
			pp := &s.ps[0]
			for i, next := range tt.puts {
				s.runqput(pp, int32(i+1), next)
			}
			assert.Equal(t, tt.wantRunnext, pp.runnext, "runnext")
			assert.Equal(t, tt.wantRing, localQueue(pp), "ring")
		})
	}
}

func TestRunqputslowSpillsHalfToGlobal(t *testing.T) {
	s := newTestSim(t, 2, runqSize+1)
	pp := &s.ps[0]
	for g := int32(1); g <= runqSize+1; g++ {
		s.runqput(pp, g, false)
	}
	// The 257th put finds the ring full: G1..G128 and G257 go global, in order.
	want := make([]int32, 0, runqSize/2+1)
	for g := int32(1); g <= runqSize/2; g++ {
		want = append(want, g)
	}
	want = append(want, runqSize+1)
	assert.Equal(t, want, globalQueue(s))
	assert.Equal(t, int32(runqSize/2+1), s.runq.size)
	assert.Len(t, localQueue(pp), runqSize/2)
	assert.Equal(t, int32(runqSize/2+1), localQueue(pp)[0], "ring head after the spill")
	assert.Equal(t, int64(1), pp.stats.Spills)
}

func TestRunqget(t *testing.T) {
	s := newTestSim(t, 1, 3)
	pp := &s.ps[0]
	s.runqput(pp, 1, false)
	s.runqput(pp, 2, false)
	s.runqput(pp, 3, true)
	tests := []struct {
		wantG       int32
		wantInherit bool
	}{{3, true}, {1, false}, {2, false}, {0, false}}
	for _, tt := range tests {
		g, inherit := s.runqget(pp)
		assert.Equal(t, tt.wantG, g)
		assert.Equal(t, tt.wantInherit, inherit, "inheritTime of G%d", g)
	}
}

func TestRunqsteal(t *testing.T) {
	tests := []struct {
		name          string
		ring          int
		runnext       bool
		stealRunNext  bool
		wantReturned  int32
		wantThiefRing int
		wantVictim    int
	}{
		{"half of 10", 10, false, false, 5, 4, 5},
		{"half rounded up of 7", 7, false, false, 4, 3, 3},
		{"one", 1, false, false, 1, 0, 0},
		{"runnext left alone before the last round", 0, true, false, 0, 0, 0},
		{"runnext taken in the last round", 0, true, true, 1, 0, 0},
		{"ring first even in the last round", 4, true, true, 2, 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestSim(t, 2, tt.ring+1)
			thief, victim := &s.ps[0], &s.ps[1]
			for g := 1; g <= tt.ring; g++ {
				s.runqput(victim, int32(g), false)
			}
			if tt.runnext {
				s.runqput(victim, int32(tt.ring+1), true)
			}
			got := s.runqsteal(thief, victim, tt.stealRunNext)
			if tt.ring == 0 && tt.runnext && tt.stealRunNext {
				assert.Equal(t, int32(1), got, "the stolen runnext")
			} else {
				assert.Equal(t, tt.wantReturned, got)
			}
			assert.Len(t, localQueue(thief), tt.wantThiefRing)
			assert.Len(t, localQueue(victim), tt.wantVictim)
		})
	}
}

func TestGlobrunqgetbatch(t *testing.T) {
	tests := []struct {
		name          string
		procs, queued int
		n             int32
		wantTaken     int // including the returned one
	}{
		{"fair share of 10 over 2 Ps", 2, 10, 128, 6},
		{"fair share of 10 over 4 Ps", 4, 10, 128, 3},
		{"capped by n", 1, 300, 128, 128},
		{"capped by size", 1, 3, 128, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestSim(t, tt.procs, tt.queued)
			for g := 1; g <= tt.queued; g++ {
				s.globrunqput(int32(g))
			}
			gp, q := s.globrunqgetbatch(tt.n)
			assert.Equal(t, int32(1), gp)
			assert.Equal(t, int32(tt.wantTaken-1), q.size)
			assert.Equal(t, int32(tt.queued-tt.wantTaken), s.runq.size)
		})
	}
}

// refQueue is the obviously correct model of one P's queue: a runnext
// slot and a slice, spilling to a global slice when more than 256 wait.
type refQueue struct {
	runnext int32
	ring    []int32
	global  []int32
}

func (r *refQueue) put(g int32, next bool) {
	if next {
		old := r.runnext
		r.runnext = g
		if old == 0 {
			return
		}
		g = old
	}
	if len(r.ring) < runqSize {
		r.ring = append(r.ring, g)
		return
	}
	r.global = append(r.global, r.ring[:runqSize/2]...)
	r.global = append(r.global, g)
	r.ring = slices.Clone(r.ring[runqSize/2:])
}

func (r *refQueue) get() int32 {
	if r.runnext != 0 {
		g := r.runnext
		r.runnext = 0
		return g
	}
	if len(r.ring) == 0 {
		return 0
	}
	g := r.ring[0]
	r.ring = r.ring[1:]
	return g
}

func TestRunqAgainstReference(t *testing.T) {
	const n = 20000
	s := newTestSim(t, 1, n)
	pp := &s.ps[0]
	var ref refQueue
	rng := rand.New(rand.NewPCG(1, 2))
	next := int32(1)
	for range 200000 {
		switch op := rng.IntN(10); {
		case op < 6 && next <= n:
			isNext := rng.IntN(3) == 0
			s.runqput(pp, next, isNext)
			ref.put(next, isNext)
			next++
		default:
			got, _ := s.runqget(pp)
			want := ref.get()
			require.Equal(t, want, got, "runqget")
		}
		require.Equal(t, ref.runnext, pp.runnext)
		require.Equal(t, len(ref.ring), int(pp.runqtail-pp.runqhead))
	}
	assert.Equal(t, ref.global, globalQueue(s))
}
