package main

// This file holds the struct layout inspector: offsets, sizes,
// alignment and padding of a struct type as the gc compiler lays it out,
// the GC's pointer prefix, and the field order that minimises both.
//
// Layout rules (the Go spec's "Size and alignment guarantees" and
// go/types.StdSizes, which gc follows): each field starts at the next
// multiple of its alignment, the struct's alignment is its largest
// field's, its size is rounded up to that, and a zero-size final field
// gets one byte of padding so a pointer to it cannot point past the
// object. Padding is therefore minimised by ordering fields by
// decreasing alignment.
//
// The GC scans an object only up to its last pointer word ("pointer
// bytes", the type's ptrdata), so among fields of equal alignment those
// holding pointers go first, and of those the ones with the fewest
// trailing pointer-free bytes first. This is the order
// golang.org/x/tools/go/analysis/passes/fieldalignment suggests
// (optimalOrder), reimplemented here on go/types.

import (
	"cmp"
	"errors"
	"fmt"
	"go/types"
	"io"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/packages"
)

// FieldLayout is one field's place in a struct.
type FieldLayout struct {
	Name    string
	Type    string
	Offset  int64
	Size    int64
	Align   int64
	Padding int64 // bytes of padding after this field
	PtrData int64 // bytes up to and including the field's last pointer word
}

// StructLayout is a struct type's layout.
type StructLayout struct {
	Name    string
	Fields  []FieldLayout
	Size    int64
	Align   int64
	PtrData int64 // the GC scans this prefix of every object
}

// Padding returns the total padding bytes.
func (l StructLayout) Padding() int64 {
	var p int64
	for _, f := range l.Fields {
		p += f.Padding
	}
	return p
}

// layoutSizes computes sizes as gc does for the running architecture.
type layoutSizes struct {
	types.Sizes
	word int64
}

func newLayoutSizes() layoutSizes {
	s := types.SizesFor("gc", runtime.GOARCH)
	return layoutSizes{s, s.Sizeof(types.Typ[types.Uintptr])}
}

// ptrdata returns the length of t's prefix that holds pointers, as the
// runtime's type descriptors record it (cmd/compile/internal/types.PtrDataSize).
func (s layoutSizes) ptrdata(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.String, types.UnsafePointer, types.UntypedNil:
			return s.word
		}
		return 0
	case *types.Pointer, *types.Chan, *types.Map, *types.Signature:
		return s.word
	case *types.Slice:
		return s.word
	case *types.Interface:
		return 2 * s.word
	case *types.Array:
		if u.Len() == 0 {
			return 0
		}
		if p := s.ptrdata(u.Elem()); p > 0 {
			return (u.Len()-1)*s.Sizeof(u.Elem()) + p
		}
		return 0
	case *types.Struct:
		fields := make([]*types.Var, u.NumFields())
		for i := range fields {
			fields[i] = u.Field(i)
		}
		offs := s.Offsetsof(fields)
		var p int64
		for i, f := range fields {
			if fp := s.ptrdata(f.Type()); fp > 0 {
				p = offs[i] + fp
			}
		}
		return p
	}
	return 0
}

// layoutOf lays out fields in the given order.
func (s layoutSizes) layoutOf(name string, fields []*types.Var) StructLayout {
	l := StructLayout{Name: name, Align: 1}
	offs := s.Offsetsof(fields)
	for i, f := range fields {
		fl := FieldLayout{Name: f.Name(), Type: types.TypeString(f.Type(), shortQualifier), Offset: offs[i],
			Size: s.Sizeof(f.Type()), Align: s.Alignof(f.Type()), PtrData: s.ptrdata(f.Type())}
		l.Align = max(l.Align, fl.Align)
		if fl.PtrData > 0 {
			l.PtrData = fl.Offset + fl.PtrData
		}
		l.Fields = append(l.Fields, fl)
	}
	l.Size = s.Sizeof(types.NewStruct(fields, nil))
	for i := range l.Fields {
		end := l.Size
		if i+1 < len(l.Fields) {
			end = l.Fields[i+1].Offset
		}
		l.Fields[i].Padding = end - l.Fields[i].Offset - l.Fields[i].Size
	}
	return l
}

func shortQualifier(p *types.Package) string { return p.Name() }

// optimalOrder returns fields reordered as fieldalignment's optimalOrder
// does: zero-size first (a trailing one costs padding), then by
// decreasing alignment, pointerful before pointer-free, fewer trailing
// pointer-free bytes first, then by decreasing size. The sort is stable,
// so equal fields keep their declared order.
func (s layoutSizes) optimalOrder(fields []*types.Var) []*types.Var {
	out := slices.Clone(fields)
	slices.SortStableFunc(out, func(a, b *types.Var) int {
		sa, sb := s.Sizeof(a.Type()), s.Sizeof(b.Type())
		if za, zb := sa == 0, sb == 0; za != zb {
			if za {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(s.Alignof(b.Type()), s.Alignof(a.Type())); c != 0 {
			return c
		}
		pa, pb := s.ptrdata(a.Type()), s.ptrdata(b.Type())
		if na, nb := pa == 0, pb == 0; na != nb {
			if nb {
				return -1
			}
			return 1
		}
		if pa != 0 {
			if c := cmp.Compare(sa-pa, sb-pb); c != 0 {
				return c
			}
		}
		return cmp.Compare(sb, sa)
	})
	return out
}

// LayoutReport is a struct's layout as declared and in the optimal order.
type LayoutReport struct {
	Declared, Optimal StructLayout
}

// ErrUnknownType reports a type name not found in its package.
var ErrUnknownType = errors.New("unknown type")

// ErrNotStruct reports a type that is not a struct.
var ErrNotStruct = errors.New("not a struct type")

// InspectStruct returns the layout of the struct type named name in the
// package pattern pkg (an import path or a directory, resolved in dir).
func InspectStruct(dir, pkg, name string) (*LayoutReport, error) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax, Dir: dir}
	pkgs, err := packages.Load(cfg, pkg)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", pkg, err)
	}
	if len(pkgs) != 1 {
		return nil, fmt.Errorf("load %s: want one package, got %d", pkg, len(pkgs))
	}
	p := pkgs[0]
	if len(p.Errors) > 0 {
		msgs := make([]string, len(p.Errors))
		for i, e := range p.Errors {
			msgs[i] = e.Error()
		}
		return nil, fmt.Errorf("%w: %s", ErrBuild, strings.Join(msgs, "\n"))
	}
	obj := p.Types.Scope().Lookup(name)
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return nil, fmt.Errorf("%w %q in package %s", ErrUnknownType, name, p.PkgPath)
	}
	return inspectType(tn.Name(), tn.Type())
}

func inspectType(name string, t types.Type) (*LayoutReport, error) {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil, fmt.Errorf("%s is %s: %w", name, t.Underlying(), ErrNotStruct)
	}
	fields := make([]*types.Var, st.NumFields())
	for i := range fields {
		fields[i] = st.Field(i)
	}
	s := newLayoutSizes()
	return &LayoutReport{Declared: s.layoutOf(name, fields), Optimal: s.layoutOf(name, s.optimalOrder(fields))}, nil
}

// splitTypeArg splits "PKG.Type" at the last dot after the last slash:
// "net/http.Request", "./166-memory-gc.padded", "time.Time".
func splitTypeArg(arg string) (pkg, name string, ok bool) {
	slash := strings.LastIndex(arg, "/")
	dot := strings.LastIndex(arg, ".")
	if dot <= slash || dot == len(arg)-1 || dot == 0 {
		return "", "", false
	}
	return arg[:dot], arg[dot+1:], true
}

// WriteText prints the declared layout, the optimal one when it differs,
// and the saving.
func (r *LayoutReport) WriteText(w io.Writer) error {
	write := func(title string, l StructLayout) {
		fmt.Fprintf(w, "%s: size %d, align %d, padding %d, pointer bytes %d\n", title, l.Size, l.Align, l.Padding(), l.PtrData)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  offset\tsize\talign\tpad\tfield\ttype")
		for _, f := range l.Fields {
			pad := ""
			if f.Padding > 0 {
				pad = fmt.Sprint(f.Padding)
			}
			fmt.Fprintf(tw, "  %d\t%d\t%d\t%s\t%s\t%s\n", f.Offset, f.Size, f.Align, pad, f.Name, f.Type)
		}
		tw.Flush()
	}
	write(r.Declared.Name+" as declared", r.Declared)
	if r.Optimal.Size == r.Declared.Size && r.Optimal.PtrData == r.Declared.PtrData {
		_, err := fmt.Fprintln(w, "\nalready optimal: no order is smaller or has fewer pointer bytes")
		return err
	}
	fmt.Fprintln(w)
	write(r.Optimal.Name+" in the optimal order", r.Optimal)
	_, err := fmt.Fprintf(w, "\nreordering saves %d of %d bytes per value and %d pointer bytes the GC scans\n",
		r.Declared.Size-r.Optimal.Size, r.Declared.Size, r.Declared.PtrData-r.Optimal.PtrData)
	return err
}

// padded is the demo's badly ordered struct: bools between wider fields.
type padded struct {
	ok      bool
	count   int64
	flag    bool
	name    string
	small   int16
	ratio   float64
	tag     byte
	payload []byte
}
