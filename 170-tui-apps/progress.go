package main

// This file holds Progress: a bar, a percentage, a rate and an ETA.
//
// The rate is an exponentially weighted moving average of throughput,
// sampled at each update: rate ← α·sample + (1−α)·rate, α = 0.3. A plain
// average since the start would react to a stall minutes late; the last
// sample alone would jump with every burst. The ETA is what is left over
// the smoothed rate. Times come from the messages, not from the clock, so
// a Driver test gets the same figures every run.

import (
	"fmt"
	"strings"
	"time"
)

// ProgressMsg reports that done of total units are finished at time At.
type ProgressMsg struct {
	Done, Total int64
	At          time.Time
}

// Progress shows the progress of a long task. Its zero value shows 0%.
type Progress struct {
	Width int // cells of the bar, 0 means 30

	done, total int64
	rate        float64 // units per second, smoothed
	lastDone    int64
	lastAt      time.Time
	spin        int
}

// ewmaAlpha weighs the newest throughput sample.
const ewmaAlpha = 0.3

var spinner = []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}

// Update takes a ProgressMsg.
func (p *Progress) Update(msg Msg) Cmd {
	m, ok := msg.(ProgressMsg)
	if !ok {
		return nil
	}
	if !p.lastAt.IsZero() {
		if dt := m.At.Sub(p.lastAt).Seconds(); dt > 0 {
			sample := float64(m.Done-p.lastDone) / dt
			if p.rate == 0 {
				p.rate = sample
			} else {
				p.rate = ewmaAlpha*sample + (1-ewmaAlpha)*p.rate
			}
		}
	}
	p.done, p.total, p.lastDone, p.lastAt = m.Done, m.Total, m.Done, m.At
	p.spin++
	return nil
}

// Fraction returns done/total in [0, 1].
func (p *Progress) Fraction() float64 {
	if p.total <= 0 {
		return 0
	}
	return min(1, max(0, float64(p.done)/float64(p.total)))
}

// Rate returns the smoothed throughput in units per second.
func (p *Progress) Rate() float64 { return p.rate }

// ETA returns the time left at the smoothed rate, and false when it is
// not known yet.
func (p *Progress) ETA() (time.Duration, bool) {
	if p.rate <= 0 || p.total <= 0 {
		return 0, false
	}
	left := float64(p.total-p.done) / p.rate
	return time.Duration(left * float64(time.Second)).Round(time.Second), true
}

// View renders "⠙ [████░░░░] 42%  1.2 MB/s  ETA 3s".
func (p *Progress) View(pr Profile) string {
	w := p.Width
	if w <= 0 {
		w = 30
	}
	f := p.Fraction()
	full := int(f * float64(w))
	bar := Style{FG: ANSIColor(2)}.Render(pr, strings.Repeat("█", full)) + Style{Faint: true}.Render(pr, strings.Repeat("░", w-full))
	s := fmt.Sprintf("%s [%s] %3.0f%%  %s/s", spinner[p.spin%len(spinner)], bar, f*100, humanBytes(p.rate))
	if f >= 1 {
		return s + "  done"
	}
	if eta, ok := p.ETA(); ok {
		return s + "  ETA " + eta.String()
	}
	return s + "  ETA …"
}

// humanBytes writes n bytes with a binary unit.
func humanBytes(n float64) string {
	units := []string{"B", "KiB", "MiB", "GiB"}
	i := 0
	for n >= 1024 && i < len(units)-1 {
		n /= 1024
		i++
	}
	return fmt.Sprintf("%.1f %s", n, units[i])
}
