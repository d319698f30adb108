package main

// This file holds the dashboard: the widgets composed into one screen,
// with focus moving between them and a help line of key bindings.
//
// Everything that changes over time arrives as a message: the process
// table refreshes on a one-second Tick, the simulated download advances
// on a 200 ms Tick. Nothing reads the clock in Update, so the Driver can
// run the dashboard in virtual time and get the same frames every run.

import (
	"fmt"
	"strings"
	"time"
)

// Layout of the dashboard, in cells. Every box has a fixed width, so the
// layout does not shift when a filter narrows the list, a name gets longer
// or a rate gains a digit: the top row is the jobs box (listWidth+2) and
// the process table (columns of 48 cells, +2); the bottom row is the form
// (a 5-cell label, 2 spaces, the input) and the download, padded to the
// same total. minWidth is that total, so a terminal of that width shows
// everything uncut (TestDashboardFitsItsMinimum); the longest help line
// fits it too.
const (
	listWidth     = 28
	inputWidth    = 22
	formWidth     = 5 + 2 + inputWidth
	downloadWidth = minWidth - formWidth - 2 - 1 - 2
	minWidth      = 81
	minHeight     = 24
)

type (
	refreshMsg  time.Time
	downloadMsg time.Time
	panicMsg    struct{}
)

// dashboard is the demo application.
type dashboard struct {
	profile       Profile
	width, height int
	focus         int // 0 jobs, 1 processes, 2 form
	jobs          *List
	procs         *Table
	form          *Form
	download      Progress
	downloaded    int64
	refreshes     int
	debugPanic    bool // F12 panics inside a Cmd, to prove the terminal is restored
}

const downloadSize = 48 << 20

func newDashboard(p Profile, debugPanic bool) *dashboard {
	d := &dashboard{profile: p, debugPanic: debugPanic}
	var jobs []string
	regions := []string{"eu-west", "us-east", "東京", "são-paulo", "zürich"}
	kinds := []string{"build", "test", "deploy 🚀", "lint", "bench"}
	for i := range 120 {
		jobs = append(jobs, fmt.Sprintf("%s #%d %s", kinds[i%len(kinds)], 1000+i, regions[i*7%len(regions)]))
	}
	d.jobs = NewList("Jobs", jobs)
	d.jobs.Height = 10
	d.procs = NewTable([]Column{
		{Title: "PID", Width: 6, Numeric: true}, {Title: "NAME", Width: 16},
		{Title: "CPU%", Width: 6, Numeric: true}, {Title: "MEM MiB", Width: 8, Numeric: true},
		{Title: "STATE", Width: 8},
	}, 10)
	d.procs.SetRows(d.processRows())
	d.procs.SortBy(2, true)
	email := &TextInput{Placeholder: "you@example.com", Width: inputWidth, Validate: func(s string) error {
		if !strings.Contains(s, "@") || strings.HasPrefix(s, "@") || strings.HasSuffix(s, "@") {
			return fmt.Errorf("want name@domain")
		}
		return nil
	}}
	name := &TextInput{Placeholder: "your name", Width: inputWidth, CharLimit: 40, Validate: func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("required")
		}
		return nil
	}}
	d.download.Width = 14 // the rest of the line: spinner, percent, "15.0 MiB/s", "ETA 1m2s"
	d.form = &Form{Fields: []FormField{{"Name", name}, {"Email", email}}}
	d.setFocus(0)
	return d
}

// processRows simulates a process table that changes every refresh; the
// figures come from the refresh count, so they are the same every run.
func (d *dashboard) processRows() [][]string {
	names := []string{"postgres", "nginx: worker", "go test", "chromium", "node 日本語", "redis-server", "tmux", "bash", "sshd", "emoji 👩‍💻 svc", "kworker/0:1", "containerd"}
	rows := make([][]string, 0, 48)
	for i := range 48 {
		x := uint32(i*2654435761) ^ uint32(d.refreshes*40503)
		x ^= x >> 13
		x *= 0x5bd1e995
		x ^= x >> 15
		cpu := float64(x%1000) / 10
		rows = append(rows, []string{
			fmt.Sprint(100 + i*37), names[i%len(names)], fmt.Sprintf("%.1f", cpu),
			fmt.Sprint(16 + int(x>>10)%2048), []string{"running", "sleeping", "idle"}[x%3],
		})
	}
	return rows
}

func (d *dashboard) setFocus(f int) {
	d.focus = (f + 3) % 3
	d.jobs.Blur()
	d.procs.Blur()
	d.form.Blur()
	switch d.focus {
	case 0:
		d.jobs.Focus()
	case 1:
		d.procs.Focus()
	}
}

func (d *dashboard) Init() Cmd {
	return Batch(
		Tick(time.Second, func(t time.Time) Msg { return refreshMsg(t) }),
		Tick(200*time.Millisecond, func(t time.Time) Msg { return downloadMsg(t) }),
	)
}

func (d *dashboard) Update(msg Msg) (Model, Cmd) {
	switch m := msg.(type) {
	case WindowSizeMsg:
		d.width, d.height = m.Width, m.Height
		return d, nil
	case refreshMsg:
		d.refreshes++
		d.procs.SetRows(d.processRows())
		return d, Tick(time.Second, func(t time.Time) Msg { return refreshMsg(t) })
	case downloadMsg:
		if d.downloaded >= downloadSize {
			return d, nil
		}
		// A link that varies: 1–3 MiB per 200 ms.
		d.downloaded = min(downloadSize, d.downloaded+int64(1+d.refreshes%3)<<20)
		d.download.Update(ProgressMsg{Done: d.downloaded, Total: downloadSize, At: time.Time(m)})
		return d, Tick(200*time.Millisecond, func(t time.Time) Msg { return downloadMsg(t) })
	case panicMsg:
		return d, nil
	case MouseMsg:
		d.mouse(m)
		return d, nil
	case KeyMsg:
		switch {
		case m.Type == KeyRune && m.Ctrl && m.Rune == 'c':
			return d, Quit
		case m.Type == KeyF12 && d.debugPanic:
			return d, func() Msg { panic("debug: a panic inside a Cmd goroutine (F12)") }
		case m.Type == KeyRune && m.Rune == 'q' && !m.Ctrl && !m.Alt && d.focus == 1:
			return d, Quit
		case m.Type == KeyTab && d.focus != 2:
			d.setFocus(d.focus + map[bool]int{false: 1, true: -1}[m.Shift])
			if d.focus == 2 {
				d.form.Focus(map[bool]int{false: 0, true: -1}[m.Shift])
			}
			return d, nil
		}
	}
	switch d.focus {
	case 0:
		return d, d.jobs.Update(msg)
	case 1:
		return d, d.procs.Update(msg)
	}
	cmd := d.form.Update(msg)
	if d.form.Leave != 0 {
		d.setFocus(d.focus + d.form.Leave)
		d.form.Leave = 0
	}
	return d, cmd
}

func (d *dashboard) View() string {
	if d.width < minWidth || d.height < minHeight {
		// Short lines: the notice itself must fit the small terminal.
		return fmt.Sprintf("terminal too small\nthe dashboard needs %d×%d\nthis one is %d×%d\nresize it, or press ctrl+c to quit",
			minWidth, minHeight, d.width, d.height)
	}
	p := d.profile
	title := Style{Bold: true, FG: ANSIColor(6)}.Render(p, "170-tui-apps") + "  jobs · processes · form · download"
	left := Border(padLines(d.jobs.View(p, listWidth), listWidth), "")
	right := Border(d.procs.View(p), fmt.Sprintf(" processes · refresh %d ", d.refreshes))
	top := JoinHorizontal(1, left, right)
	bottom := JoinHorizontal(1, Border(padLines(d.form.View(p), formWidth), " sign up "), Border(Pad(d.download.View(p), downloadWidth), " download "))
	chosen := "none"
	if c, ok := d.jobs.Chosen(); ok {
		chosen = c
	}
	status := fmt.Sprintf("chosen job: %s", chosen)
	help := Style{Faint: true}.Render(p, d.help())
	return JoinVertical(title, top, bottom, status, help)
}

// Where View draws the top boxes' contents: below the title line and the
// boxes' top border, inside their left border; the table's box starts
// after the jobs box and one space.
const (
	boxesTop  = 2
	listLeft  = 1
	tableLeft = listWidth + 2 + 1 + 1
)

// mouse sends a report to the box under the pointer, translated to that
// widget's own coordinates; a press there also moves the focus to it.
func (d *dashboard) mouse(m MouseMsg) {
	if d.width < minWidth || d.height < minHeight || m.Y < boxesTop {
		return
	}
	var box, left int
	switch {
	case m.X >= listLeft && m.X < listLeft+listWidth:
		box, left = 0, listLeft
	case m.X >= tableLeft && m.X < tableLeft+48:
		box, left = 1, tableLeft
	default:
		return
	}
	if m.Action == MousePress && d.focus != box {
		d.setFocus(box)
	}
	m.X, m.Y = m.X-left, m.Y-boxesTop
	if box == 0 {
		d.jobs.Update(m)
	} else {
		d.procs.Update(m)
	}
}

// help is the key bindings of the focused box, within minWidth cells.
func (d *dashboard) help() string {
	common := "tab focus · ^C quit"
	switch d.focus {
	case 0:
		return "↑↓ pgup/dn move · type: filter · esc clear · enter choose · " + common
	case 1:
		return "↑↓ move · 1–5 sort (again: reverse) · click select · q quit · " + common
	}
	return "←→ alt+←→ move · ctrl+w del word · enter next · esc cancel · " + common
}

// padLines pads every line of s to width cells.
func padLines(s string, width int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = Pad(l, width)
	}
	return strings.Join(lines, "\n")
}
