package main

// This file holds the event-time window aggregator: tumbling, sliding and
// session windows per key, closed by a watermark, corrected by late events.
//
// The model is the Dataflow model's (Akidau et al., "The Dataflow Model",
// PVLDB 8(12), 2015): a window is defined by the time at which events
// *happened*, not when they arrive, so replaying last week's log gives the
// same windows as the live stream did. What tells the aggregator a window
// is complete is a watermark, a promise "no more events older than W":
//
//	W = (largest event time seen) − MaxOutOfOrder
//
//	event time ─────────────────────────────────────────────────────▶
//	           [ window 10:00–10:01 )[ window 10:01–10:02 )
//	                                ▲ end         ▲ W passes end: fire (revision 0)
//	                                └─ AllowedLateness ─┘ state kept: a late event
//	                                                      re-fires (revision 1, 2 …)
//	                                                    ▲ after this: state dropped;
//	                                                      events are "too late"
//
// An event that lands in a window already fired but still within
// AllowedLateness updates it and re-emits the corrected result at once, with
// a higher Revision, so a consumer keeps the latest revision per window. An
// event too late for every window it belongs to goes to the side output
// (OnTooLate) and is counted: dropped, but never silently.
//
// Windows align to the Unix epoch: a 1-minute tumbling window starts on the
// minute. A sliding window of Size and Slide holds each event in Size/Slide
// windows. A session window per key grows while events arrive within Gap of
// each other, and two sessions merge when an event bridges them; their
// sketches merge exactly (see sketch.go), so the merged percentiles are as
// good as if the session had been one from the start.
//
// Nothing here reads a clock: time is what the events say, and the caller
// advances the watermark for idle streams (AdvanceTo) or ends it (Flush).
// That makes the aggregator deterministic and its tests clock-free.

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"
)

// WindowKind is the shape of a window.
type WindowKind uint8

// The window shapes.
const (
	Tumbling WindowKind = iota
	Sliding
	Session
)

func (k WindowKind) String() string {
	switch k {
	case Tumbling:
		return "tumbling"
	case Sliding:
		return "sliding"
	case Session:
		return "session"
	}
	return fmt.Sprintf("WindowKind(%d)", uint8(k))
}

// WindowOptions configures a [Windower]. Kind and its duration(s) are
// required; the rest default as documented.
type WindowOptions[K cmp.Ordered] struct {
	Kind WindowKind
	// Size is the length of tumbling and sliding windows.
	Size time.Duration
	// Slide is the distance between sliding windows' starts; Size must be a
	// multiple of it.
	Slide time.Duration
	// Gap is the inactivity that ends a session.
	Gap time.Duration
	// MaxOutOfOrder is how far behind the newest event an event may be and
	// still count as on time. Default 0: events must arrive in order.
	MaxOutOfOrder time.Duration
	// AllowedLateness is how long after the watermark passes a window's end
	// its state is kept for late corrections. Default 0.
	AllowedLateness time.Duration
	// Alpha is the quantile sketches' relative accuracy. Default 0.01.
	Alpha float64
	// OnTooLate, if set, receives each event too late for any window.
	OnTooLate func(key K, t time.Time, v float64)
}

// Aggregate is a window's summary. P50, P95 and P99 are within ±Alpha
// relative error of the exact quantiles (see [Sketch]).
type Aggregate struct {
	Count              uint64
	Sum, Min, Max      float64
	Mean               float64
	P50, P95, P99      float64
	QuantileErrorBound float64 // Alpha, stated with every result
}

// WindowResult is one firing of one window.
type WindowResult[K cmp.Ordered] struct {
	Key        K
	Start, End time.Time
	// Revision is 0 for the on-time firing and counts up with each late
	// correction; the newest revision supersedes the earlier ones.
	Revision int
	Agg      Aggregate
}

// WindowStats are the aggregator's counters.
type WindowStats struct {
	Events   uint64 // events accepted into at least one window
	Late     uint64 // accepted events that re-fired an already fired window
	TooLate  uint64 // events dropped to the side output
	Fired    uint64 // results emitted, revisions included
	Open     int    // windows holding state
	Sessions uint64 // session merges performed
}

type winKey[K cmp.Ordered] struct {
	key   K
	start int64
}

type winState struct {
	start, end int64
	sketch     *Sketch
	fired      bool
	revision   int
}

// Windower assigns events to windows and emits their aggregates. Create one
// with [NewWindower]. It is not safe for concurrent use; feed it from one
// goroutine (a pipeline stage).
type Windower[K cmp.Ordered] struct {
	opts      WindowOptions[K]
	watermark int64 // math.MinInt64 until the first event
	maxSeen   int64
	windows   map[winKey[K]]*winState // tumbling and sliding
	sessions  map[K][]*winState       // per key, sorted by start, disjoint
	stats     WindowStats
}

// Errors of [NewWindower].
var ErrBadWindow = errors.New("window: bad options")

// NewWindower returns an aggregator with the given options.
func NewWindower[K cmp.Ordered](opts WindowOptions[K]) (*Windower[K], error) {
	switch {
	case opts.Kind == Tumbling && opts.Size <= 0,
		opts.Kind == Sliding && (opts.Size <= 0 || opts.Slide <= 0 || opts.Size%opts.Slide != 0),
		opts.Kind == Session && opts.Gap <= 0,
		opts.Kind > Session,
		opts.MaxOutOfOrder < 0, opts.AllowedLateness < 0:
		return nil, fmt.Errorf("%w: %+v", ErrBadWindow, opts)
	}
	if opts.Kind == Tumbling {
		opts.Slide = opts.Size
	}
	if opts.Alpha == 0 {
		opts.Alpha = 0.01
	}
	if _, err := NewSketch(opts.Alpha); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadWindow, err)
	}
	return &Windower[K]{
		opts:      opts,
		watermark: math.MinInt64,
		maxSeen:   math.MinInt64,
		windows:   make(map[winKey[K]]*winState),
		sessions:  make(map[K][]*winState),
	}, nil
}

// Watermark returns the current watermark (the zero Time before any event).
func (w *Windower[K]) Watermark() time.Time {
	if w.watermark == math.MinInt64 {
		return time.Time{}
	}
	return time.Unix(0, w.watermark).UTC()
}

// Stats returns the counters.
func (w *Windower[K]) Stats() WindowStats {
	s := w.stats
	s.Open = len(w.windows)
	for _, l := range w.sessions {
		s.Open += len(l)
	}
	return s
}

func (w *Windower[K]) newState(start, end int64) *winState {
	sk, _ := NewSketch(w.opts.Alpha) // Alpha checked by NewWindower
	return &winState{start: start, end: end, sketch: sk}
}

// expired reports whether a window ending at end is past its lateness.
func (w *Windower[K]) expired(end int64) bool {
	return w.watermark != math.MinInt64 && end+int64(w.opts.AllowedLateness) <= w.watermark
}

// Add processes one event and returns the results it caused: late
// corrections of fired windows, then on-time firings of windows the
// advanced watermark has closed, in order of window end, then key.
func (w *Windower[K]) Add(key K, t time.Time, v float64) []WindowResult[K] {
	ts := t.UnixNano()
	var out []WindowResult[K]
	accepted := false
	if w.opts.Kind == Session {
		accepted, out = w.addSession(key, ts, v, out)
	} else {
		size, slide := int64(w.opts.Size), int64(w.opts.Slide)
		last := floorDiv(ts, slide) * slide // the latest window start containing ts
		for start := last; start > ts-size; start -= slide {
			end := start + size
			if w.expired(end) {
				continue
			}
			k := winKey[K]{key, start}
			st := w.windows[k]
			if st == nil {
				st = w.newState(start, end)
				w.windows[k] = st
			}
			st.sketch.Add(v)
			accepted = true
			switch {
			case st.fired:
				st.revision++
				out = append(out, w.result(key, st))
			case end <= w.watermark:
				// A late event opened a window the watermark has passed:
				// its first firing is now.
				st.fired = true
				out = append(out, w.result(key, st))
			}
		}
	}
	if !accepted {
		w.stats.TooLate++
		if w.opts.OnTooLate != nil {
			w.opts.OnTooLate(key, t, v)
		}
		return out
	}
	w.stats.Events++
	if len(out) > 0 {
		w.stats.Late++
	}
	if ts > w.maxSeen {
		w.maxSeen = ts
		if wm := ts - int64(w.opts.MaxOutOfOrder); wm > w.watermark {
			out = append(out, w.advance(wm)...)
		}
	}
	w.stats.Fired += uint64(len(out))
	return out
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// addSession merges the event into its key's sessions.
func (w *Windower[K]) addSession(key K, ts int64, v float64, out []WindowResult[K]) (bool, []WindowResult[K]) {
	gap := int64(w.opts.Gap)
	start, end := ts, ts+gap
	list := w.sessions[key]
	// Sessions overlapping [start, end) merge with the new event.
	lo, hi := len(list), 0
	for i, s := range list {
		if s.start < end && start < s.end {
			lo, hi = min(lo, i), i+1
		}
	}
	if lo >= hi && w.expired(end) {
		return false, out
	}
	merged := w.newState(start, end)
	merged.sketch.Add(v)
	if lo < hi {
		for _, s := range list[lo:hi] {
			merged.start, merged.end = min(merged.start, s.start), max(merged.end, s.end)
			_ = merged.sketch.Merge(s.sketch)
			merged.fired = merged.fired || s.fired
			merged.revision = max(merged.revision, s.revision)
		}
		if hi-lo > 1 {
			w.stats.Sessions += uint64(hi - lo - 1)
		}
		list = slices.Delete(list, lo, hi)
	} else {
		lo = len(list)
		for i, s := range list {
			if s.start > start {
				lo = i
				break
			}
		}
	}
	w.sessions[key] = slices.Insert(list, lo, merged)
	if !merged.fired && merged.end <= w.watermark {
		merged.fired = true
		out = append(out, w.result(key, merged))
		return true, out
	}
	if merged.fired {
		merged.revision++
		if merged.end > w.watermark {
			// The merge extended a fired session past the watermark: it is
			// open again and will fire (as this revision) when W passes.
			merged.fired = false
			return true, out
		}
		out = append(out, w.result(key, merged))
	}
	return true, out
}

// AdvanceTo moves the watermark to t if that is later, for a stream that has
// gone quiet, and returns the results it fires.
func (w *Windower[K]) AdvanceTo(t time.Time) []WindowResult[K] {
	wm := t.UnixNano()
	if wm <= w.watermark {
		return nil
	}
	out := w.advance(wm)
	w.stats.Fired += uint64(len(out))
	return out
}

// Flush fires every window that has not fired and drops all state, as at
// the end of a bounded stream.
func (w *Windower[K]) Flush() []WindowResult[K] {
	out := w.advance(math.MaxInt64 - int64(w.opts.AllowedLateness))
	w.stats.Fired += uint64(len(out))
	return out
}

// advance sets the watermark, fires windows whose end it passed and drops
// windows past their lateness.
func (w *Windower[K]) advance(wm int64) []WindowResult[K] {
	w.watermark = wm
	var out []WindowResult[K]
	fire := func(key K, st *winState) {
		if !st.fired && st.end <= wm {
			st.fired = true
			out = append(out, w.result(key, st))
		}
	}
	for k, st := range w.windows {
		fire(k.key, st)
		if w.expired(st.end) {
			delete(w.windows, k)
		}
	}
	for key, list := range w.sessions {
		for _, st := range list {
			fire(key, st)
		}
		list = slices.DeleteFunc(list, func(st *winState) bool { return w.expired(st.end) })
		if len(list) == 0 {
			delete(w.sessions, key)
		} else {
			w.sessions[key] = list
		}
	}
	slices.SortFunc(out, func(a, b WindowResult[K]) int {
		return cmp.Or(a.End.Compare(b.End), cmp.Compare(a.Key, b.Key), a.Start.Compare(b.Start))
	})
	return out
}

func (w *Windower[K]) result(key K, st *winState) WindowResult[K] {
	sk := st.sketch
	agg := Aggregate{
		Count: sk.Count(), Sum: sk.Sum(), Min: sk.Min(), Max: sk.Max(),
		P50: sk.Quantile(0.50), P95: sk.Quantile(0.95), P99: sk.Quantile(0.99),
		QuantileErrorBound: sk.Alpha(),
	}
	if agg.Count > 0 {
		agg.Mean = agg.Sum / float64(agg.Count)
	}
	return WindowResult[K]{Key: key, Start: time.Unix(0, st.start).UTC(), End: time.Unix(0, st.end).UTC(),
		Revision: st.revision, Agg: agg}
}
