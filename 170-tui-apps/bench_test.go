package main

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
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

// widthSample is a line of what a TUI measures: ASCII, CJK, a combining
// accent, a ZWJ emoji, a flag and SGR sequences.
var widthSample = "\x1b[1mprocess\x1b[0m 日本語テキスト e\u0301cole 👩\u200d💻 dev 🇫🇷 \x1b[38;5;208mwarn\x1b[0m 12.5%"

// BenchmarkStringWidth measures display width by grapheme cluster: ours,
// and github.com/charmbracelet/x/ansi's StringWidth (what Bubble Tea v2 and
// Lip Gloss use), per grapheme.
func BenchmarkStringWidth(b *testing.B) {
	graphemes := uniseg.GraphemeClusterCount(escapesStripped(widthSample))
	for _, impl := range []struct {
		name  string
		width func(string) int
	}{{"ours", StringWidth}, {"x-ansi", ansi.StringWidth}} {
		b.Run("impl="+impl.name, func(b *testing.B) {
			if got := impl.width(widthSample); got != StringWidth(widthSample) {
				b.Fatalf("width %d, ours %d: the two do not measure the same", got, StringWidth(widthSample))
			}
			b.ReportAllocs()
			for b.Loop() {
				_ = impl.width(widthSample)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*graphemes), "ns/grapheme")
		})
	}
}

// escapesStripped returns s without its escape sequences.
func escapesStripped(s string) string {
	var out strings.Builder
	for len(s) > 0 {
		if n := escapeLen(s); n > 0 {
			s = s[n:]
			continue
		}
		out.WriteByte(s[0])
		s = s[1:]
	}
	return out.String()
}

// BenchmarkListSessionFrames is the peer benchmark's session (peer_bench_test.go)
// with our model and renderer called directly, no program loop and no
// frame ticker: what a frame costs ours in Update, View and the diff alone.
func BenchmarkListSessionFrames(b *testing.B) {
	s := newSessionList()
	r := newRenderer(io.Discard)
	r.resize(sessionW, sessionH)
	r.render(s.view())
	frames, drawn, start := 0, 0, r.written
	b.ReportAllocs()
	for b.Loop() {
		for range sessionDowns {
			s.down()
			r.render(s.view())
		}
		s.resize(resizedW, resizedH)
		r.resize(resizedW, resizedH)
		r.render(s.view())
		frames += sessionDowns + 1
		drawn += sessionDowns + 2 // with the one back
		// Back to the start without counting it: the next round is the same session.
		written := r.written
		s.list.move(-sessionRows)
		s.resize(sessionW, sessionH)
		r.resize(sessionW, sessionH)
		r.render(s.view())
		start += r.written - written
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(drawn), "ns/frame")
	b.ReportMetric(float64(r.written-start)/float64(frames), "bytes/frame")
}
