package main

// This file holds List: a cursor over items, paged, filtered by typing.
//
// Typing filters: every printable key narrows the list to the items that
// contain the filter (case-insensitively), and the matched part is shown
// underlined; Backspace widens it again, Esc clears it. The cursor stays
// on the same item while the filter changes when that item still matches.

import (
	"strings"
)

// List is a selectable, filterable list. Its zero value is an empty list
// ten lines high.
type List struct {
	Title  string
	Height int // lines of items shown, 0 means 10

	items   []string
	visible []int // indexes of the items that match the filter
	cursor  int   // index into visible
	offset  int   // first visible row shown
	filter  string
	focused bool
	chosen  int // index into items of the last Enter, -1 for none
}

// NewList returns a list of items.
func NewList(title string, items []string) *List {
	l := &List{Title: title, chosen: -1}
	l.SetItems(items)
	return l
}

// SetItems replaces the items, keeping the filter.
func (l *List) SetItems(items []string) {
	l.items = items
	l.refilter()
}

// Focus makes the list take keys; Blur stops it.
func (l *List) Focus() { l.focused = true }

// Blur stops the list taking keys.
func (l *List) Blur() { l.focused = false }

// Filter returns the filter text.
func (l *List) Filter() string { return l.filter }

// Selected returns the item under the cursor and whether there is one.
func (l *List) Selected() (string, bool) {
	if len(l.visible) == 0 {
		return "", false
	}
	return l.items[l.visible[l.cursor]], true
}

// Chosen returns the item last chosen with Enter.
func (l *List) Chosen() (string, bool) {
	if l.chosen < 0 {
		return "", false
	}
	return l.items[l.chosen], true
}

// Visible returns how many items match the filter.
func (l *List) Visible() int { return len(l.visible) }

func (l *List) height() int {
	if l.Height <= 0 {
		return 10
	}
	return l.Height
}

func (l *List) refilter() {
	current := -1
	if len(l.visible) > 0 && l.cursor < len(l.visible) {
		current = l.visible[l.cursor]
	}
	l.visible = l.visible[:0]
	f := strings.ToLower(l.filter)
	for i, it := range l.items {
		if f == "" || strings.Contains(strings.ToLower(it), f) {
			l.visible = append(l.visible, i)
		}
	}
	l.cursor = 0
	for i, idx := range l.visible {
		if idx == current {
			l.cursor = i
		}
	}
	l.offset = min(l.offset, max(0, len(l.visible)-1))
}

func (l *List) move(delta int) {
	if len(l.visible) == 0 {
		return
	}
	l.cursor = min(max(0, l.cursor+delta), len(l.visible)-1)
}

// wheelStep is how many rows one wheel notch scrolls a List or a Table,
// as terminals and most toolkits scroll (xterm, GTK: 3 lines).
const wheelStep = 3

// Update handles keys while focused, and mouse reports whose X and Y are
// relative to the top left of the list's View (its owner knows where it
// drew it): a left press on an item moves the cursor there, the wheel
// scrolls the page and keeps the cursor on it.
func (l *List) Update(msg Msg) Cmd {
	if m, ok := msg.(MouseMsg); ok {
		l.mouse(m)
		return nil
	}
	k, ok := msg.(KeyMsg)
	if !ok || !l.focused {
		return nil
	}
	switch {
	case k.Type == KeyUp:
		l.move(-1)
	case k.Type == KeyDown:
		l.move(1)
	case k.Type == KeyPgUp:
		l.move(-l.height())
	case k.Type == KeyPgDown:
		l.move(l.height())
	case k.Type == KeyHome:
		l.move(-len(l.visible))
	case k.Type == KeyEnd:
		l.move(len(l.visible))
	case k.Type == KeyEnter:
		if len(l.visible) > 0 {
			l.chosen = l.visible[l.cursor]
		}
	case k.Type == KeyEscape:
		l.filter = ""
		l.refilter()
	case k.Type == KeyBackspace:
		if cs := graphemes(l.filter); len(cs) > 0 {
			l.filter = strings.Join(cs[:len(cs)-1], "")
			l.refilter()
		}
	case k.Type == KeyRune && !k.Ctrl && !k.Alt:
		l.filter += string(k.Rune)
		l.refilter()
	}
	return nil
}

// View renders the title, the filter and the page of items around the
// cursor, width cells wide.
func (l *List) View(p Profile, width int) string {
	h := l.height()
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+h {
		l.offset = l.cursor - h + 1
	}
	var b strings.Builder
	head := l.Title
	if l.filter != "" {
		head += "  /" + l.filter
	}
	b.WriteString(Style{Bold: true}.Render(p, Truncate(head, width, "…")))
	for row := range h {
		b.WriteByte('\n')
		i := l.offset + row
		if i >= len(l.visible) {
			if i == 0 {
				b.WriteString(Style{Faint: true}.Render(p, "  (no match)"))
			}
			continue
		}
		item := l.items[l.visible[i]]
		line := "  " + highlight(p, Truncate(item, width-2, "…"), l.filter)
		if i == l.cursor {
			marker := "› "
			if !l.focused {
				marker = "· "
			}
			line = Style{Bold: l.focused}.Render(p, marker) + highlight(p, Truncate(item, width-2, "…"), l.filter)
		}
		b.WriteString(line)
	}
	return b.String()
}

// highlight underlines the first case-insensitive match of filter in s.
func highlight(p Profile, s, filter string) string {
	if filter == "" {
		return s
	}
	i := strings.Index(strings.ToLower(s), strings.ToLower(filter))
	if i < 0 || len(strings.ToLower(s)) != len(s) { // a lower-casing that changes byte offsets: show it plain
		return s
	}
	return s[:i] + Style{Underline: true, FG: ANSIColor(3)}.Render(p, s[i:i+len(filter)]) + s[i+len(filter):]
}

// mouse handles a report relative to the View: line 0 is the title, line
// 1 + i is item offset + i.
func (l *List) mouse(m MouseMsg) {
	switch m.Action {
	case MousePress:
		if i := l.offset + m.Y - 1; m.Button == 0 && m.Y >= 1 && m.Y <= l.height() && i < len(l.visible) {
			l.cursor = i
		}
	case MouseWheelUp, MouseWheelDown:
		l.offset, l.cursor = scroll(l.offset, l.cursor, len(l.visible), l.height(), m.Action)
	}
}

// scroll moves a viewport of height rows over n rows by one wheel notch
// and returns the new offset and the cursor, moved as little as keeps it
// in view.
func scroll(offset, cursor, n, height int, a MouseAction) (int, int) {
	if a == MouseWheelUp {
		offset -= wheelStep
	} else {
		offset += wheelStep
	}
	offset = max(0, min(offset, n-height))
	return offset, min(max(cursor, offset), offset+height-1, max(0, n-1))
}
