package main

// This file holds Form: labelled fields, one focused at a time, each with
// its own validation message, submitted or cancelled as a whole.

import (
	"errors"
	"strings"
)

// FormField is one labelled input of a form.
type FormField struct {
	Label string
	Input *TextInput
}

// Form is a set of fields. Tab and Shift+Tab move the focus, Enter on the
// last field submits (when every field is valid), Esc cancels.
type Form struct {
	Fields []FormField

	focus     int
	active    bool
	Submitted bool
	Cancelled bool
	// Leave is set when Tab or Shift+Tab moved past the first or last
	// field, for a surrounding screen to move its own focus on.
	Leave int
}

// Focus makes the form take keys, at field i (negative: the last).
func (f *Form) Focus(i int) {
	f.active = true
	if i < 0 {
		i = len(f.Fields) - 1
	}
	f.focus = min(max(0, i), len(f.Fields)-1)
	f.sync()
}

// Blur stops the form taking keys.
func (f *Form) Blur() {
	f.active = false
	f.sync()
}

func (f *Form) sync() {
	for i, fl := range f.Fields {
		if f.active && i == f.focus {
			fl.Input.Focus()
		} else {
			fl.Input.Blur()
		}
	}
}

// Values returns the fields' values by label.
func (f *Form) Values() map[string]string {
	v := map[string]string{}
	for _, fl := range f.Fields {
		v[fl.Label] = fl.Input.Value()
	}
	return v
}

// Validate runs every field's validation and returns their errors joined.
func (f *Form) Validate() error {
	var errs []error
	for _, fl := range f.Fields {
		fl.Input.validate()
		if fl.Input.Err != nil {
			errs = append(errs, errors.New(fl.Label+": "+fl.Input.Err.Error()))
		}
	}
	return errors.Join(errs...)
}

// Update handles keys while the form is focused.
func (f *Form) Update(msg Msg) Cmd {
	if !f.active || len(f.Fields) == 0 {
		return nil
	}
	f.Leave = 0
	if k, ok := msg.(KeyMsg); ok {
		switch {
		case k.Type == KeyTab && !k.Shift, k.Type == KeyDown:
			if f.focus == len(f.Fields)-1 {
				f.Leave = 1
				return nil
			}
			f.focus++
			f.sync()
			return nil
		case k.Type == KeyTab && k.Shift, k.Type == KeyUp:
			if f.focus == 0 {
				f.Leave = -1
				return nil
			}
			f.focus--
			f.sync()
			return nil
		case k.Type == KeyEnter:
			if f.focus < len(f.Fields)-1 {
				f.focus++
				f.sync()
				return nil
			}
			f.Submitted = f.Validate() == nil
			return nil
		case k.Type == KeyEscape:
			f.Cancelled = true
			return nil
		}
	}
	return f.Fields[f.focus].Input.Update(msg)
}

// View renders each field with its label and, under it, its error.
func (f *Form) View(p Profile) string {
	labelW := 0
	for _, fl := range f.Fields {
		labelW = max(labelW, StringWidth(fl.Label))
	}
	var lines []string
	for i, fl := range f.Fields {
		label := Pad(fl.Label, labelW)
		if f.active && i == f.focus {
			label = Style{Bold: true}.Render(p, label)
		}
		lines = append(lines, label+"  "+fl.Input.View(p))
		if fl.Input.Err != nil && fl.Input.Value() != "" {
			lines = append(lines, strings.Repeat(" ", labelW+2)+Style{FG: ANSIColor(1)}.Render(p, "✗ "+fl.Input.Err.Error()))
		}
	}
	switch {
	case f.Submitted:
		lines = append(lines, Style{FG: ANSIColor(2)}.Render(p, "✓ submitted"))
	case f.Cancelled:
		lines = append(lines, Style{Faint: true}.Render(p, "cancelled"))
	}
	return strings.Join(lines, "\n")
}
