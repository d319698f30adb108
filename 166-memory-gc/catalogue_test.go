package main

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	selfReportOnce sync.Once
	selfReport     *Report
	selfReportErr  error
)

// analyzeSelf runs the escape analyzer on this package once per test
// binary: the go command replays the compiler's diagnostics from its
// cache, so this is one fast build however many tests ask.
func analyzeSelf(t testing.TB) *Report {
	t.Helper()
	selfReportOnce.Do(func() {
		selfReport, selfReportErr = RunEscape(context.Background(), ".", ".", false)
	})
	require.NoError(t, selfReportErr)
	return selfReport
}

func TestCatalogueVerdicts(t *testing.T) {
	rep := analyzeSelf(t)
	for _, e := range catalogue {
		t.Run(e.Func+"/"+e.Shows, func(t *testing.T) {
			if e.Verdict == "" {
				for _, f := range rep.Findings {
					if f.Func == e.Func {
						assert.False(t, f.Verdict.Heap() || f.Verdict == VerdictLeakingParam || f.Verdict == VerdictLeakingContent,
							"%s: unexpected %s %s", f.Pos, f.Verdict, f.Expr)
					}
				}
				return
			}
			var exprs []string
			for _, f := range rep.Lookup(e.Func, e.Verdict) {
				exprs = append(exprs, f.Expr)
			}
			assert.Contains(t, exprs, e.Expr, "%s: want %s %q among %q", e.Func, e.Verdict, e.Expr, exprs)
		})
	}
}

// TestCatalogueFlows checks that escaping rows carry the compiler's reason
// chain, and one reason per kind of escape.
func TestCatalogueFlows(t *testing.T) {
	rep := analyzeSelf(t)
	tests := []struct {
		fn, expr string
		verdict  Verdict
		why      string
	}{
		{"catReturnLocalPointer", "p", VerdictMovedToHeap, "return"},
		{"catArrayPastStackLimit", "a", VerdictMovedToHeap, "too large for stack"},
		{"catMakeConstantTooLarge", "make([]byte, 65537)", VerdictEscapes, "too large for stack"},
		{"catClosureCapture", "n", VerdictMovedToHeap, "captured by a closure"},
		{"catFmtArgument", "n", VerdictEscapes, "call parameter"},
		{"catStoreToGlobal", "p", VerdictLeakingParam, "interface-converted"},
	}
	for _, tt := range tests {
		t.Run(tt.fn, func(t *testing.T) {
			var whys []string
			for _, f := range rep.Lookup(tt.fn, tt.verdict) {
				if f.Expr != tt.expr {
					continue
				}
				for _, fl := range f.Flows {
					for _, s := range fl.From {
						whys = append(whys, s.Why)
					}
				}
			}
			assert.Contains(t, whys, tt.why, "%s %s %s: reasons %q", tt.fn, tt.verdict, tt.expr, whys)
		})
	}
}

// raceAllocs are the rows whose count differs under -race: instrumented
// builds keep append's old form (cmd/compile/internal/walk/builtin.go
// walkAppend: "instrumentation requires the old form"), so there is no
// stack buffer and every growth is a heap allocation.
var raceAllocs = map[string]float64{
	"append n=4, returned: moved once": 3,
	"append n=100, returned":           8,
}

func TestCatalogueAllocs(t *testing.T) {
	for _, e := range catalogue {
		t.Run(e.Func+"/"+e.Shows, func(t *testing.T) {
			want := e.Allocs
			if n, ok := raceAllocs[e.Shows]; ok && raceEnabled {
				want = n
			}
			got := testing.AllocsPerRun(20, e.Run)
			assert.Equal(t, want, got, "%s: AllocsPerRun = %v, want %v", e.Func, got, want)
			assert.Equal(t, got, allocsPerRun(20, e.Run), "allocsPerRun disagrees with testing.AllocsPerRun")
		})
	}
}

func BenchmarkCatalogue(b *testing.B) {
	for i, e := range catalogue {
		b.Run(fmt.Sprintf("fn=%s/row=%d", e.Func, i), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				e.Run()
			}
		})
	}
}
