package main

import (
	"runtime"
	"testing"
)

// loopCPU runs body in a b.Loop on a locked OS thread and reports, beside
// the wall-clock ns/op, the thread's CPU time per operation ("cpu-ns/op").
//
// Why: this 2-core machine is shared with other sessions' builds and
// tests, and at load average 3–5 a benchmark loses its core for part of
// its second, so one of two back-to-back wall-clock figures can be 1.5–2×
// the other for reasons that have nothing to do with the code (see the
// README's Targets). Thread CPU time leaves out the time the thread was
// not running. It still includes what sharing does to caches and to a
// hyperthread sibling, so it narrows the spread; it does not remove it.
func loopCPU(b *testing.B, body func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start, ok := threadCPU()
	n := 0
	for b.Loop() {
		body()
		n++
	}
	if end, ok2 := threadCPU(); ok && ok2 && n > 0 {
		b.ReportMetric(float64(end-start)/float64(n), "cpu-ns/op")
	}
}
