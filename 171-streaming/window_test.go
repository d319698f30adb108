package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var t0 = time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)

func at(sec float64) time.Time { return t0.Add(time.Duration(sec * float64(time.Second))) }

func newWindower(t testing.TB, o WindowOptions[string]) *Windower[string] {
	t.Helper()
	w, err := NewWindower(o)
	require.NoError(t, err)
	return w
}

type firing struct {
	key        string
	start, end float64 // seconds after t0
	rev        int
	count      uint64
	sum        float64
}

func firings(rs []WindowResult[string]) []firing {
	out := make([]firing, len(rs))
	for i, r := range rs {
		out[i] = firing{r.Key, r.Start.Sub(t0).Seconds(), r.End.Sub(t0).Seconds(), r.Revision, r.Agg.Count, r.Agg.Sum}
	}
	return out
}

func TestWindowOptions(t *testing.T) {
	bad := []WindowOptions[string]{
		{Kind: Tumbling},
		{Kind: Sliding, Size: time.Minute},
		{Kind: Sliding, Size: time.Minute, Slide: 7 * time.Second},
		{Kind: Session},
		{Kind: WindowKind(7), Size: time.Second},
		{Kind: Tumbling, Size: time.Second, MaxOutOfOrder: -1},
		{Kind: Tumbling, Size: time.Second, Alpha: 2},
	}
	for _, o := range bad {
		_, err := NewWindower(o)
		assert.ErrorIs(t, err, ErrBadWindow, "%+v", o)
	}
}

// TestTumblingLateness walks one key through on-time, out-of-order, late
// and too-late events of 10-second windows with 5 s out-of-orderness and
// 10 s allowed lateness.
func TestTumblingLateness(t *testing.T) {
	var tooLate []float64
	w := newWindower(t, WindowOptions[string]{Kind: Tumbling, Size: 10 * time.Second,
		MaxOutOfOrder: 5 * time.Second, AllowedLateness: 10 * time.Second,
		OnTooLate: func(_ string, ts time.Time, v float64) { tooLate = append(tooLate, v) }})
	steps := []struct {
		name string
		at   float64
		v    float64
		want []firing
	}{
		{"first", 1, 1, nil},
		{"same window", 8, 2, nil},
		{"next window, W=7", 12, 4, nil},
		{"out of order but on time", 6, 8, nil},
		{"W=10 closes [0,10)", 15, 16, []firing{{"k", 0, 10, 0, 3, 11}}},
		{"late: re-fires revision 1", 9, 32, []firing{{"k", 0, 10, 1, 4, 43}}},
		{"W=21 closes [10,20)", 26, 64, []firing{{"k", 10, 20, 0, 2, 20}}},
		{"late again for [0,10): W=21 < 10+10? no: expired", 3, 128, nil},
		{"late for [10,20) within lateness", 19, 256, []firing{{"k", 10, 20, 1, 3, 276}}},
	}
	for _, st := range steps {
		got := firings(w.Add("k", at(st.at), st.v))
		if st.want == nil {
			st.want = []firing{}
		}
		assert.Equal(t, st.want, got, st.name)
	}
	assert.Equal(t, []float64{128}, tooLate, "the side output got the one too-late event")
	s := w.Stats()
	assert.Equal(t, uint64(8), s.Events)
	assert.Equal(t, uint64(1), s.TooLate)
	assert.Equal(t, uint64(2), s.Late)
	assert.Equal(t, []firing{{"k", 20, 30, 0, 1, 64}}, firings(w.Flush()))
	assert.Equal(t, 0, w.Stats().Open, "Flush drops all state")
}

func TestSlidingWindows(t *testing.T) {
	w := newWindower(t, WindowOptions[string]{Kind: Sliding, Size: 30 * time.Second, Slide: 10 * time.Second})
	w.Add("a", at(25), 1) // in [0,30), [10,40), [20,50)
	got := firings(w.AdvanceTo(at(40)))
	assert.Equal(t, []firing{{"a", 0, 30, 0, 1, 1}, {"a", 10, 40, 0, 1, 1}}, got)
	assert.Equal(t, []firing{{"a", 20, 50, 0, 1, 1}}, firings(w.Flush()))
}

func TestSessionWindows(t *testing.T) {
	w := newWindower(t, WindowOptions[string]{Kind: Session, Gap: 10 * time.Second,
		MaxOutOfOrder: 20 * time.Second, AllowedLateness: time.Minute})
	assert.Empty(t, w.Add("u1", at(0), 1))
	assert.Empty(t, w.Add("u1", at(5), 1))  // extends the session to [0,15)
	assert.Empty(t, w.Add("u1", at(22), 1)) // a second session [22,32)
	assert.Empty(t, w.Add("u2", at(3), 1))  // another key
	got := firings(w.AdvanceTo(at(16)))
	assert.Equal(t, []firing{{"u2", 3, 13, 0, 1, 1}, {"u1", 0, 15, 0, 2, 2}}, got)
	// An event at 14 bridges [0,15) and [22,32): one session, re-fired later.
	assert.Empty(t, w.Add("u1", at(14), 1), "the merged session ends after W, so it reopens")
	assert.Equal(t, uint64(1), w.Stats().Sessions, "two sessions merged into one")
	got = firings(w.AdvanceTo(at(33)))
	assert.Equal(t, []firing{{"u1", 0, 32, 1, 4, 4}}, got, "the merged session supersedes [0,15) as revision 1")
}

// refWindows is the obviously correct reference for fixed windows: every
// event counted in every window that contains it, computed after the fact.
func refWindows(events []testEvent, size, slide time.Duration) map[string]firing {
	out := map[string]firing{}
	for _, e := range events {
		ts := e.at.UnixNano()
		for start := floorDiv(ts, int64(slide)) * int64(slide); start > ts-int64(size); start -= int64(slide) {
			s, end := time.Unix(0, start).Sub(t0).Seconds(), time.Unix(0, start+int64(size)).Sub(t0).Seconds()
			id := fmt.Sprintf("%s@%v", e.key, s)
			f := out[id]
			f.key, f.start, f.end = e.key, s, end
			f.count++
			f.sum += e.v
			out[id] = f
		}
	}
	return out
}

// refSessions sessionises each key's events offline.
func refSessions(events []testEvent, gap time.Duration) map[string]firing {
	byKey := map[string][]testEvent{}
	for _, e := range events {
		byKey[e.key] = append(byKey[e.key], e)
	}
	out := map[string]firing{}
	for key, evs := range byKey {
		slices.SortFunc(evs, func(a, b testEvent) int { return a.at.Compare(b.at) })
		var cur firing
		flush := func() {
			if cur.count > 0 {
				out[fmt.Sprintf("%s@%v", key, cur.start)] = cur
			}
		}
		for _, e := range evs {
			s := e.at.Sub(t0).Seconds()
			if cur.count > 0 && s < cur.end {
				cur.end = math.Max(cur.end, s+gap.Seconds())
				cur.count++
				cur.sum += e.v
				continue
			}
			flush()
			cur = firing{key: key, start: s, end: s + gap.Seconds(), count: 1, sum: e.v}
		}
		flush()
	}
	return out
}

type testEvent struct {
	key string
	at  time.Time
	v   float64
}

// TestWindowReference feeds random out-of-order streams (lateness large
// enough that nothing is too late) and checks that the newest revision of
// every window equals the after-the-fact reference.
func TestWindowReference(t *testing.T) {
	kinds := []WindowOptions[string]{
		{Kind: Tumbling, Size: 10 * time.Second, Slide: 10 * time.Second},
		{Kind: Sliding, Size: 30 * time.Second, Slide: 10 * time.Second},
		{Kind: Session, Gap: 7 * time.Second},
	}
	for _, o := range kinds {
		t.Run(o.Kind.String(), func(t *testing.T) {
			for seed := range uint64(10) {
				rng := rand.New(rand.NewPCG(seed, 3))
				o.MaxOutOfOrder, o.AllowedLateness = 5*time.Second, time.Hour
				w := newWindower(t, o)
				var events []testEvent
				latest := map[string]firing{}
				record := func(rs []WindowResult[string]) {
					for _, f := range firings(rs) {
						id := fmt.Sprintf("%s@%v", f.key, f.start)
						if old, ok := latest[id]; ok && old.rev >= f.rev && o.Kind != Session {
							t.Fatalf("revision went from %d to %d for %s", old.rev, f.rev, id)
						}
						latest[id] = f
					}
				}
				clock := 0.0
				for range 400 {
					clock += rng.Float64() * 3
					e := testEvent{key: string(rune('a' + rng.IntN(3))), at: at(clock - rng.Float64()*20), v: float64(rng.IntN(100))}
					events = append(events, e)
					record(w.Add(e.key, e.at, e.v))
				}
				record(w.Flush())
				var want map[string]firing
				if o.Kind == Session {
					want = refSessions(events, o.Gap)
					// A merged session keeps only its earliest start; starts
					// that were merged away are superseded entries.
					for id, f := range latest {
						if _, ok := want[id]; !ok {
							delete(latest, id)
							_ = f
						}
					}
				} else {
					want = refWindows(events, o.Size, o.Slide)
				}
				require.Len(t, latest, len(want), "seed %d: windows", seed)
				for id, f := range want {
					g := latest[id]
					assert.Equal(t, f.count, g.count, "seed %d %s count", seed, id)
					assert.Equal(t, f.sum, g.sum, "seed %d %s sum", seed, id)
					assert.InDelta(t, f.end, g.end, 1e-6, "seed %d %s end", seed, id)
				}
				assert.Zero(t, w.Stats().TooLate)
			}
		})
	}
}

func TestSketchAccuracy(t *testing.T) {
	dists := map[string]func(*rand.Rand) float64{
		"lognormal": func(r *rand.Rand) float64 { return math.Exp(r.NormFloat64()*1.5 + 3) },
		"uniform":   func(r *rand.Rand) float64 { return r.Float64() * 1000 },
		"mixed-sign": func(r *rand.Rand) float64 {
			if r.IntN(10) == 0 {
				return 0
			}
			return r.NormFloat64() * 50
		},
	}
	for name, gen := range dists {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(7, 7))
			sk, err := NewSketch(0.01)
			require.NoError(t, err)
			vals := make([]float64, 50_000)
			for i := range vals {
				vals[i] = gen(rng)
				sk.Add(vals[i])
			}
			slices.Sort(vals)
			for _, q := range []float64{0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1} {
				exact := vals[int(q*float64(len(vals)-1))]
				got := sk.Quantile(q)
				// The guarantee of DDSketch: relative error at most alpha.
				assert.LessOrEqual(t, math.Abs(got-exact), 0.01*math.Abs(exact)+1e-12,
					"q=%v: got %v, exact %v", q, got, exact)
			}
			assert.Equal(t, vals[0], sk.Min())
			assert.Equal(t, vals[len(vals)-1], sk.Max())
			assert.Equal(t, uint64(len(vals)), sk.Count())
		})
	}
}

func TestSketchMergeIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	all, _ := NewSketch(0.02)
	a, _ := NewSketch(0.02)
	b, _ := NewSketch(0.02)
	for i := range 10_000 {
		v := math.Exp(rng.NormFloat64()) * float64(1+i%7)
		if i%3 == 0 {
			v = -v
		}
		all.Add(v)
		if i%2 == 0 {
			a.Add(v)
		} else {
			b.Add(v)
		}
	}
	require.NoError(t, a.Merge(b))
	for q := 0.0; q <= 1; q += 0.05 {
		assert.Equal(t, all.Quantile(q), a.Quantile(q), "q=%v", q)
	}
	c, _ := NewSketch(0.05)
	assert.ErrorIs(t, a.Merge(c), ErrSketchMismatch)
	_, err := NewSketch(0)
	assert.Error(t, err)
	empty, _ := NewSketch(0.01)
	assert.True(t, math.IsNaN(empty.Quantile(0.5)))
}

func BenchmarkSketchAdd(b *testing.B) {
	sk, _ := NewSketch(0.01)
	rng := rand.New(rand.NewPCG(1, 2))
	vals := make([]float64, 4096)
	for i := range vals {
		vals[i] = math.Exp(rng.NormFloat64()*2 + 4)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sk.Add(vals[i&4095])
		i++
	}
}

func BenchmarkWindowAdd(b *testing.B) {
	w, _ := NewWindower(WindowOptions[int]{Kind: Tumbling, Size: time.Second, MaxOutOfOrder: 100 * time.Millisecond})
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		w.Add(i%16, t0.Add(time.Duration(i)*time.Millisecond), float64(i%1000))
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "events/s")
}
