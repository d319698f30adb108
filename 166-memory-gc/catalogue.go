package main

// This file holds the escape-analysis catalogue: small functions, each
// written to get one verdict from the compiler, listed in one table with
// the verdict and the allocation count each is expected to get. The tests
// check every row against the analyzer run on this package and against
// testing.AllocsPerRun; the demo prints the same table.

import (
	"fmt"
	"runtime"
	"strconv"
)

// point is a small value type used by the catalogue.
type point struct{ x, y int }

// norm1 is the method whose method value the catalogue takes.
func (p point) norm1() int { return abs(p.x) + abs(p.y) }

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// sink's typed fields keep results alive without an interface
// conversion, which would itself allocate and blur the counts.
var sink struct {
	any   any
	int   int
	ptr   *point
	fn    func() int
	ints  []int
	str   string
	point *point
}

func init() { sink.point, sink.str = &point{3, 4}, string(make([]byte, 100)) }

// Every catalogue function is marked go:noinline: inlined into its caller
// its verdict would be decided in the caller's context instead, which is
// a lesson of its own (see catInlinedReturnPointer).

//go:noinline
func catReturnLocalPointer() *point {
	p := point{1, 2}
	return &p
}

//go:noinline
func catLocalPointerStaysLocal() int {
	p := point{1, 2}
	q := &p
	return q.x + q.y
}

// inlinableNew returns a pointer to a local but is small enough to inline.
func inlinableNew() *point { return &point{5, 6} }

//go:noinline
func catInlinedReturnPointer() int {
	p := inlinableNew()
	return p.x
}

//go:noinline
func catClosureCapture() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

//go:noinline
func catClosureCalledInPlace() int {
	n := 1
	f := func() int { return n * 2 }
	return f()
}

//go:noinline
func catInterfaceConversion(v int) any {
	return v
}

//go:noinline
func catMakeConstantSmall() int {
	s := make([]byte, 64<<10)
	s[0] = 1
	return int(s[0]) + len(s)
}

//go:noinline
func catMakeConstantTooLarge() int {
	s := make([]byte, 64<<10+1)
	s[0] = 1
	return int(s[0]) + len(s)
}

//go:noinline
func catMakeVariable(n int) int {
	s := make([]byte, n)
	return len(s)
}

//go:noinline
func catAppendReturned(n int) []int {
	var s []int
	for i := range n {
		s = append(s, i)
	}
	return s
}

//go:noinline
func catFmtArgument(n int) string {
	return fmt.Sprint(n)
}

//go:noinline
func catStrconvAppend(n int) string {
	var buf [20]byte
	return string(strconv.AppendInt(buf[:0], int64(n), 10))
}

//go:noinline
func catMethodValue(p point) func() int {
	return p.norm1
}

//go:noinline
func catArrayAtStackLimit() int {
	var a [128 << 10]byte
	a[0] = 1
	return int(a[0])
}

//go:noinline
func catArrayPastStackLimit() int {
	var a [128<<10 + 1]byte
	a[0] = 1
	return int(a[0])
}

//go:noinline
func catZeroCopyConversion(s string) int {
	n := 0
	for _, c := range []byte(s) { // never written: the bytes are the string's
		n += int(c)
	}
	return n
}

//go:noinline
func catLeakingParam(p *point) *point {
	return p
}

//go:noinline
func catLeakingParamContent(pp **point) {
	sink.ptr = *pp
}

//go:noinline
func catParamDoesNotEscape(p *point) int {
	return p.x + p.y
}

//go:noinline
func catStoreToGlobal(p *point) {
	sink.any = p
}

// catalogueEntry is one row of [catalogue].
type catalogueEntry struct {
	// Func is the function's name as the compiler prints it.
	Func string
	// Shows says in a few words what the row teaches.
	Shows string
	// Verdict and Expr are the finding the compiler must report in Func.
	// An empty Verdict means the function must have no heap finding at all.
	Verdict Verdict
	Expr    string
	// Allocs is the heap allocations per call of Run.
	Allocs float64
	// Run calls Func once with the row's arguments.
	Run func()
}

// catalogue is the one table of escape cases: the tests, the demo and the
// benchmarks all read it.
var catalogue = []catalogueEntry{
	{"catReturnLocalPointer", "&local returned", VerdictMovedToHeap, "p", 1,
		func() { sink.ptr = catReturnLocalPointer() }},
	{"catLocalPointerStaysLocal", "&local used locally", "", "", 0,
		func() { sink.int = catLocalPointerStaysLocal() }},
	{"catInlinedReturnPointer", "&T{} of an inlined callee", VerdictDoesNotEscape, "&point{...}", 0,
		func() { sink.int = catInlinedReturnPointer() }},
	{"catClosureCapture", "closure returned, captures n", VerdictMovedToHeap, "n", 2,
		func() { sink.fn = catClosureCapture() }},
	{"catClosureCalledInPlace", "closure called in place: inlined away", "", "", 0,
		func() { sink.int = catClosureCalledInPlace() }},
	{"catInterfaceConversion", "int boxed in any (v=1000)", VerdictEscapes, "v", 1,
		func() { sink.any = catInterfaceConversion(1000) }},
	{"catMakeConstantSmall", "make 64 KiB (the implicit limit)", VerdictDoesNotEscape, "make([]byte, 65536)", 0,
		func() { sink.int = catMakeConstantSmall() }},
	{"catMakeConstantTooLarge", "make 64 KiB + 1", VerdictEscapes, "make([]byte, 65537)", 1,
		func() { sink.int = catMakeConstantTooLarge() }},
	{"catMakeVariable", "make n=32: 32-byte stack buffer", VerdictDoesNotEscape, "make([]byte, n)", 0,
		func() { sink.int = catMakeVariable(32) }},
	{"catMakeVariable", "make n=33: past the buffer", VerdictDoesNotEscape, "make([]byte, n)", 1,
		func() { sink.int = catMakeVariable(33) }},
	// Go 1.26 appends into a 32-byte stack buffer first and copies it to
	// the heap on return (runtime.moveSlice): one allocation for n=4;
	// for n=100 the heap growths 8, 16, 32, 64, 128 make five.
	{"catAppendReturned", "append n=4, returned: moved once", VerdictEscapes, "append", 1,
		func() { sink.ints = catAppendReturned(4) }},
	{"catAppendReturned", "append n=100, returned", VerdictEscapes, "append", 5,
		func() { sink.ints = catAppendReturned(100) }},
	{"catFmtArgument", "fmt.Sprint(n), n=1000", VerdictEscapes, "n", 2,
		func() { sink.str = catFmtArgument(1000) }},
	{"catStrconvAppend", "strconv.AppendInt to a stack array", VerdictEscapes, "string(~r0)", 1,
		func() { sink.str = catStrconvAppend(1000) }},
	{"catMethodValue", "method value returned", VerdictEscapes, "p.norm1", 1,
		func() { sink.fn = catMethodValue(point{1, 2}) }},
	{"catArrayAtStackLimit", "var [128 KiB]byte (the explicit limit)", "", "", 0,
		func() { sink.int = catArrayAtStackLimit() }},
	{"catArrayPastStackLimit", "var [128 KiB + 1]byte", VerdictMovedToHeap, "a", 1,
		func() { sink.int = catArrayPastStackLimit() }},
	{"catZeroCopyConversion", "[]byte(s) never written", VerdictZeroCopy, "", 0,
		func() { sink.int = catZeroCopyConversion(sink.str) }},
	{"catLeakingParam", "param returned", VerdictLeakingToResult, "p", 0,
		func() { sink.ptr = catLeakingParam(sink.point) }},
	{"catLeakingParamContent", "*param stored globally", VerdictLeakingContent, "pp", 0,
		func() { catLeakingParamContent(&sink.point) }},
	{"catParamDoesNotEscape", "param only read", VerdictDoesNotEscape, "p", 0,
		func() { sink.int = catParamDoesNotEscape(sink.point) }},
	{"catStoreToGlobal", "param stored in a global any", VerdictLeakingParam, "p", 0,
		func() { catStoreToGlobal(sink.point) }},
}

// allocsPerRun returns the average number of heap allocations per call
// of f over runs calls, after one warm-up call, measured from
// runtime.MemStats.Mallocs exactly as testing.AllocsPerRun does (one
// goroutine, GOMAXPROCS 1 for the duration), so the demo can print the
// figure the tests assert without importing package testing.
func allocsPerRun(runs int, f func()) float64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	for range runs {
		f()
	}
	runtime.ReadMemStats(&ms)
	return float64((ms.Mallocs - before) / uint64(runs))
}
