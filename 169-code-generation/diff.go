package main

// This file holds the unified diff that rewrite -diff prints: Myers' O(ND)
// shortest edit script over lines (E. W. Myers, "An O(ND) Difference
// Algorithm and Its Variations", Algorithmica 1(2), 1986), grouped into
// hunks with three lines of context, in the format of diff -u and patch.

import (
	"fmt"
	"strings"
)

// lineOp is one line of an edit script: kept (' '), deleted ('-') or
// inserted ('+').
type lineOp struct {
	kind byte
	text string
}

// splitLines splits s into lines, each keeping its newline.
func splitLines(s string) []string {
	var lines []string
	for line := range strings.Lines(s) {
		lines = append(lines, line)
	}
	return lines
}

// editScript returns a shortest edit script from a to b.
func editScript(a, b []string) []lineOp {
	n, m := len(a), len(b)
	maxD := n + m
	// v[k+off] is the furthest x on diagonal k; trace keeps each round's v
	// to walk the path back.
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	for d := 0; d <= maxD; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[k-1+off] < v[k+1+off]) {
				x = v[k+1+off] // down: an insertion
			} else {
				x = v[k-1+off] + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[k+off] = x
			if x >= n && y >= m {
				return backtrack(a, b, trace, off, d)
			}
		}
	}
	return nil // not reached: d = n+m always suffices
}

func backtrack(a, b []string, trace [][]int, off, d int) []lineOp {
	var ops []lineOp
	x, y := len(a), len(b)
	for ; d > 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || (k != d && v[k-1+off] < v[k+1+off]) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[prevK+off]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			ops = append(ops, lineOp{' ', a[x-1]})
			x, y = x-1, y-1
		}
		if x == prevX {
			ops = append(ops, lineOp{'+', b[y-1]})
			y--
		} else {
			ops = append(ops, lineOp{'-', a[x-1]})
			x--
		}
	}
	for x > 0 && y > 0 {
		ops = append(ops, lineOp{' ', a[x-1]})
		x, y = x-1, y-1
	}
	for i, j := 0, len(ops)-1; i < j; i, j = i+1, j-1 {
		ops[i], ops[j] = ops[j], ops[i]
	}
	return ops
}

// UnifiedDiff returns the unified diff from old to new with three lines of
// context, headed by the two names; "" when they are equal.
func UnifiedDiff(oldName, newName, old, new string) string {
	if old == new {
		return ""
	}
	ops := editScript(splitLines(old), splitLines(new))
	const context = 3
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", oldName, newName)
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		// A hunk runs from context lines before the first change to context
		// lines after the last change that is within 2*context of the next.
		start := max(0, i-context)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(len(ops), end+context)
				break
			}
			end = run
		}
		oldStart, newStart := 1, 1
		for _, op := range ops[:start] {
			if op.kind != '+' {
				oldStart++
			}
			if op.kind != '-' {
				newStart++
			}
		}
		var oldLen, newLen int
		for _, op := range ops[start:end] {
			if op.kind != '+' {
				oldLen++
			}
			if op.kind != '-' {
				newLen++
			}
		}
		fmt.Fprintf(&b, "@@ -%s +%s @@\n", hunkRange(oldStart, oldLen), hunkRange(newStart, newLen))
		for _, op := range ops[start:end] {
			b.WriteByte(op.kind)
			b.WriteString(op.text)
			if !strings.HasSuffix(op.text, "\n") {
				b.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = end
	}
	return b.String()
}

// hunkRange writes a hunk's line range as diff -u does: "start,len", with
// an empty range starting one line before.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start-1)
	case 1:
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}
