package main

import (
	"fmt"
	"io"
	"testing"
	"time"
)

// BenchmarkTableView renders a 20-row viewport of tables of 1,000 and
// 1,000,000 rows: the cost must not grow with the row count.
func BenchmarkTableView(b *testing.B) {
	for _, n := range []int{1000, 1_000_000} {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			rows := make([][]string, n)
			for i := range rows {
				rows[i] = []string{fmt.Sprint(i), "name 日本 " + fmt.Sprint(i%97), fmt.Sprint(i % 1000)}
			}
			tb := NewTable([]Column{{Title: "ID", Width: 8, Numeric: true}, {Title: "NAME", Width: 16}, {Title: "N", Width: 5, Numeric: true}}, 20)
			tb.SetRows(rows)
			tb.Focus()
			tb.cursor = n / 2
			b.ReportAllocs()
			for b.Loop() {
				_ = tb.View(ANSI256)
			}
		})
	}
}

// BenchmarkRendererCursorMove is the dashboard with one cursor move per
// frame, against a full repaint of the same frame: bytes per frame.
func BenchmarkRendererCursorMove(b *testing.B) {
	for _, mode := range []string{"diff", "repaint"} {
		b.Run("mode="+mode, func(b *testing.B) {
			d := NewDriver(newDashboard(ANSI256, false), 100, 30)
			d.Advance(time.Minute) // download finished: only the cursor changes
			r := newRenderer(io.Discard)
			r.resize(100, 30)
			r.render(d.View())
			start := r.written
			down := true
			b.ReportAllocs()
			for b.Loop() {
				if down {
					d.Send(KeyMsg{Type: KeyDown})
				} else {
					d.Send(KeyMsg{Type: KeyUp})
				}
				down = !down
				if mode == "repaint" {
					r.last = nil
				}
				r.render(d.model.View())
			}
			b.ReportMetric(float64(r.written-start)/float64(b.N), "bytes/frame")
		})
	}
}

// BenchmarkInputParse parses the recorded mixed stream (mixedStream) in
// one Feed.
func BenchmarkInputParse(b *testing.B) {
	b.SetBytes(int64(len(mixedStream)))
	b.ReportAllocs()
	for b.Loop() {
		var p InputParser
		_ = p.Feed(mixedStream)
	}
}
