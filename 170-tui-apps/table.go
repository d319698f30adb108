package main

// This file holds Table: columns with widths, rows sorted by a column, and
// a viewport that renders only the rows it shows.
//
// View's cost depends on the viewport's height, not on the number of rows:
// sorting happens when the rows or the sort order change, never in View,
// and View touches only rows[offset:offset+height]. BenchmarkTableView
// checks it at 1,000 and 1,000,000 rows.

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Column is one table column.
type Column struct {
	Title   string
	Width   int  // cells
	Numeric bool // sort as numbers and align right
}

// Table is a scrolling table. Its zero value has no columns.
type Table struct {
	Columns []Column
	Height  int // rows shown, 0 means 10

	rows    [][]string
	cursor  int
	offset  int
	sortBy  int // column index, -1 for insertion order
	desc    bool
	focused bool
}

// NewTable returns a table with the given columns, unsorted.
func NewTable(cols []Column, height int) *Table {
	return &Table{Columns: cols, Height: height, sortBy: -1}
}

// Focus makes the table take keys; Blur stops it.
func (t *Table) Focus() { t.focused = true }

// Blur stops the table taking keys.
func (t *Table) Blur() { t.focused = false }

// SetRows replaces the rows (the table keeps the slice) and sorts them;
// the cursor stays at its index.
func (t *Table) SetRows(rows [][]string) {
	t.rows = rows
	t.sort()
	t.cursor = min(t.cursor, max(0, len(rows)-1))
}

// Rows returns the rows in display order.
func (t *Table) Rows() [][]string { return t.rows }

// Cursor returns the index of the selected row.
func (t *Table) Cursor() int { return t.cursor }

// SortBy sorts by column c, descending if desc.
func (t *Table) SortBy(c int, desc bool) {
	t.sortBy, t.desc = c, desc
	t.sort()
}

func (t *Table) sort() {
	c := t.sortBy
	if c < 0 || c >= len(t.Columns) {
		return
	}
	numeric := t.Columns[c].Numeric
	slices.SortStableFunc(t.rows, func(a, b []string) int {
		var r int
		if numeric {
			x, _ := strconv.ParseFloat(cell(a, c), 64)
			y, _ := strconv.ParseFloat(cell(b, c), 64)
			r = cmp.Compare(x, y)
		} else {
			r = strings.Compare(cell(a, c), cell(b, c))
		}
		if t.desc {
			return -r
		}
		return r
	})
}

func cell(row []string, c int) string {
	if c < len(row) {
		return row[c]
	}
	return ""
}

func (t *Table) height() int {
	if t.Height <= 0 {
		return 10
	}
	return t.Height
}

// Update handles keys while focused: arrows and pages move, 1–9 sort by
// that column (again: reverse). It also takes mouse reports whose X and Y
// are relative to the top left of the table's View: a left press on a row
// selects it, on a column's title sorts by it (again: reverse), and the
// wheel scrolls, keeping the cursor in view.
func (t *Table) Update(msg Msg) Cmd {
	if m, ok := msg.(MouseMsg); ok {
		t.mouse(m)
		return nil
	}
	k, ok := msg.(KeyMsg)
	if !ok || !t.focused || len(t.rows) == 0 {
		return nil
	}
	last := len(t.rows) - 1
	switch {
	case k.Type == KeyUp:
		t.cursor = max(0, t.cursor-1)
	case k.Type == KeyDown:
		t.cursor = min(last, t.cursor+1)
	case k.Type == KeyPgUp:
		t.cursor = max(0, t.cursor-t.height())
	case k.Type == KeyPgDown:
		t.cursor = min(last, t.cursor+t.height())
	case k.Type == KeyHome:
		t.cursor = 0
	case k.Type == KeyEnd:
		t.cursor = last
	case k.Type == KeyRune && k.Rune >= '1' && k.Rune <= '9':
		c := int(k.Rune - '1')
		if c < len(t.Columns) {
			t.SortBy(c, c == t.sortBy && !t.desc)
		}
	}
	return nil
}

// View renders the header and the visible rows.
func (t *Table) View(p Profile) string {
	h := t.height()
	if t.cursor < t.offset {
		t.offset = t.cursor
	}
	if t.cursor >= t.offset+h {
		t.offset = t.cursor - h + 1
	}
	var b strings.Builder
	header := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		title := c.Title
		if i == t.sortBy {
			title += map[bool]string{false: " ▲", true: " ▼"}[t.desc]
		}
		header[i] = t.format(i, title)
	}
	b.WriteString(Style{Bold: true, Underline: true}.Render(p, strings.Join(header, " ")))
	end := min(len(t.rows), t.offset+h)
	for i := t.offset; i < end; i++ {
		cells := make([]string, len(t.Columns))
		for c := range t.Columns {
			cells[c] = t.format(c, cell(t.rows[i], c))
		}
		line := strings.Join(cells, " ")
		if i == t.cursor && t.focused {
			line = Style{Reverse: true}.Render(p, line)
		}
		b.WriteByte('\n')
		b.WriteString(line)
	}
	for i := end - t.offset; i < h; i++ {
		b.WriteByte('\n')
	}
	return b.String()
}

// format fits s into column c: cut with an ellipsis by display width,
// padded, numbers aligned right.
func (t *Table) format(c int, s string) string {
	col := t.Columns[c]
	s = Truncate(s, col.Width, "…")
	pad := strings.Repeat(" ", max(0, col.Width-StringWidth(s)))
	if col.Numeric {
		return pad + s
	}
	return s + pad
}

// mouse handles a report relative to the View: line 0 is the header, line
// 1 + i is row offset + i; columns are their widths apart plus one space.
func (t *Table) mouse(m MouseMsg) {
	switch m.Action {
	case MousePress:
		if m.Button != 0 {
			return
		}
		if m.Y == 0 {
			x := 0
			for c, col := range t.Columns {
				if m.X >= x && m.X < x+col.Width {
					t.SortBy(c, c == t.sortBy && !t.desc)
					return
				}
				x += col.Width + 1
			}
			return
		}
		if i := t.offset + m.Y - 1; m.Y <= t.height() && i < len(t.rows) {
			t.cursor = i
		}
	case MouseWheelUp, MouseWheelDown:
		t.offset, t.cursor = scroll(t.offset, t.cursor, len(t.rows), t.height(), m.Action)
	}
}
