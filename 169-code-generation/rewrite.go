package main

// This file holds the code transformer: pattern rules with gofmt -r's
// semantics, and type-aware fixes on github.com/dave/dst.
//
// # Pattern rules
//
// A rule "pattern -> replacement" is two Go expressions. In the pattern,
// an identifier of a single lower-case letter is a wildcard that matches
// any expression; the same wildcard twice must match equal expressions
// (a == a matches x == x, not x == y). The tree is rewritten bottom-up:
// the children of a node first, then the node, so a replacement is not
// itself rewritten again in the same pass. Matching ignores positions and
// comments. A replacement's nodes take the position of the expression they
// replace, which is what lets the printer keep line structure.
//
// That is gofmt -r exactly, and the output is checked byte for byte
// against gofmt -r in the tests. It also means gofmt -r's comment rule: a
// comment stays when the node it is attached to (by go/ast's CommentMap:
// the node that starts on its line, or the one before it) is still in the
// tree, and goes with it when the node is replaced.
//
// # Fixes, and why they need dst
//
// go/ast keeps comments in a side list, positioned by byte offset and
// matched to nodes only when printed; move a node and its comments stay
// behind, or land inside the next statement (golang/go#20744). dst
// ("decorated syntax tree") attaches each comment to the node it
// decorates, so a node moved or replaced keeps its comments, and it
// manages imports: an identifier carries its package path, and the
// restorer adds and removes import lines to match. The fixes use go/types
// to be sure they keep meaning, and refuse when they cannot be sure:
//
//   - any: interface{} → any, where any is the universe's any (not
//     shadowed by a local declaration).
//   - errorf: errors.New(fmt.Sprintf(f, ...)) → fmt.Errorf(f, ...), when f
//     is a literal without %w (Errorf would wrap where Sprintf printed
//     "%!w").
//   - ioutil: io/ioutil functions to their io and os equivalents, except
//     ReadDir, whose os version returns []fs.DirEntry, not []fs.FileInfo.
//   - rangeint: for i := 0; i < n; i++ → for i := range n (Go 1.22+),
//     when i is not assigned or addressed in the loop and n is a constant
//     or a local variable (or len of one) never assigned in the function
//     after its declaration, and no comment sits in the loop's header.

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dave/dst"
	"github.com/dave/dst/decorator"
	"github.com/dave/dst/decorator/resolver/guess"
	"github.com/dave/dst/dstutil"
	"golang.org/x/tools/go/packages"
)

// Errors of the transformer.
var (
	// ErrRuleSyntax is returned for a rule that is not "pattern ->
	// replacement" with two Go expressions; the message names the side.
	ErrRuleSyntax = errors.New("rule does not parse")
	// ErrUnknownFix is returned for a -fix name that is not one of [Fixes].
	ErrUnknownFix = errors.New("unknown fix")
	// ErrNotWritten is returned when a rewritten file would not parse or
	// type-check: nothing is written.
	ErrNotWritten = errors.New("result does not compile, nothing written")
)

// Rule is a parsed "pattern -> replacement" rewrite rule.
type Rule struct {
	Pattern, Replacement ast.Expr
}

// ParseRule parses s, "pattern -> replacement".
func ParseRule(s string) (*Rule, error) {
	pat, repl, ok := strings.Cut(s, "->")
	if !ok || strings.TrimSpace(pat) == "" || strings.TrimSpace(repl) == "" {
		return nil, fmt.Errorf("rule %q: want 'pattern -> replacement': %w", s, ErrRuleSyntax)
	}
	var r Rule
	var err error
	if r.Pattern, err = parser.ParseExpr(pat); err != nil {
		return nil, fmt.Errorf("pattern %q: %w: %v", strings.TrimSpace(pat), ErrRuleSyntax, err)
	}
	if r.Replacement, err = parser.ParseExpr(repl); err != nil {
		return nil, fmt.Errorf("replacement %q: %w: %v", strings.TrimSpace(repl), ErrRuleSyntax, err)
	}
	return &r, nil
}

// isWildcard reports whether name is a wildcard: one lower-case letter.
func isWildcard(name string) bool {
	r, size := utf8.DecodeRuneInString(name)
	return size == len(name) && unicode.IsLower(r)
}

var (
	identType = reflect.TypeFor[*ast.Ident]()
	posType   = reflect.TypeFor[token.Pos]()
	// The parser's objects and scopes point back into the tree: the walk
	// must not follow them (cycles), and copies must not keep them.
	//lint:ignore SA1019 the parser still fills these fields; skipping them is the point
	objectType = reflect.TypeFor[*ast.Object]()
	//lint:ignore SA1019 as above
	scopeType = reflect.TypeFor[*ast.Scope]()
)

// Apply rewrites f in place and returns it, with its comment list
// filtered to the comments whose nodes survived.
func (r *Rule) Apply(fset *token.FileSet, f *ast.File) *ast.File {
	comments := ast.NewCommentMap(fset, f, f.Comments)
	pat, repl := reflect.ValueOf(r.Pattern), reflect.ValueOf(r.Replacement)
	var visit func(v reflect.Value) reflect.Value
	visit = func(v reflect.Value) reflect.Value {
		if !v.IsValid() {
			return v
		}
		v = rebuild(visit, v) // children first
		bindings := map[string]reflect.Value{}
		if matches(bindings, pat, v) {
			v = substitute(bindings, repl, reflect.ValueOf(v.Interface().(ast.Node).Pos()))
		}
		return v
	}
	out := rebuild(visit, reflect.ValueOf(f)).Interface().(*ast.File)
	out.Comments = comments.Filter(out).Comments()
	return out
}

// rebuild replaces every AST node directly under v by visit's result.
// Objects and scopes are left alone: they point back into the tree.
func rebuild(visit func(reflect.Value) reflect.Value, v reflect.Value) reflect.Value {
	if !v.IsValid() {
		return v
	}
	if v.Type() == objectType || v.Type() == scopeType {
		return v
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			rebuild(visit, v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			child := v.Field(i)
			if child.CanSet() {
				setValue(child, visitIfNode(visit, child))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			setValue(v.Index(i), visitIfNode(visit, v.Index(i)))
		}
	case reflect.Interface:
		if !v.IsNil() {
			setValue(v, visitIfNode(visit, v.Elem()))
		}
	}
	return v
}

// visitIfNode calls visit on v when v holds an AST node, and otherwise
// descends into it (a slice of statements, a field list's fields).
func visitIfNode(visit func(reflect.Value) reflect.Value, v reflect.Value) reflect.Value {
	if v.IsValid() && v.CanInterface() {
		if _, ok := v.Interface().(ast.Node); ok && !(v.Kind() == reflect.Pointer && v.IsNil()) {
			return visit(v)
		}
	}
	return rebuild(visit, v)
}

// setValue stores x into dst, converting an expression replacement into
// the interface type of the field it goes in.
func setValue(dst, x reflect.Value) {
	if !x.IsValid() {
		return
	}
	if x.Type().AssignableTo(dst.Type()) {
		dst.Set(x)
	}
}

// matches reports whether val matches pattern, recording wildcard
// bindings; with bindings nil, wildcards are plain identifiers.
func matches(bindings map[string]reflect.Value, pattern, val reflect.Value) bool {
	if bindings != nil && pattern.IsValid() && pattern.Type() == identType {
		if name := pattern.Interface().(*ast.Ident).Name; isWildcard(name) && val.IsValid() {
			if _, isExpr := val.Interface().(ast.Expr); isExpr && !(val.Kind() == reflect.Pointer && val.IsNil()) {
				if bound, ok := bindings[name]; ok {
					return matches(nil, bound, val)
				}
				bindings[name] = val
				return true
			}
		}
	}
	if !pattern.IsValid() || !val.IsValid() {
		return !pattern.IsValid() && !val.IsValid()
	}
	if pattern.Type() != val.Type() {
		return false
	}
	switch pattern.Type() {
	case identType:
		return pattern.Interface().(*ast.Ident).Name == val.Interface().(*ast.Ident).Name
	case objectType, scopeType, posType:
		return true
	}
	switch pattern.Kind() {
	case reflect.Slice:
		if pattern.Len() != val.Len() {
			return false
		}
		for i := range pattern.Len() {
			if !matches(bindings, pattern.Index(i), val.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := range pattern.NumField() {
			if !matches(bindings, pattern.Field(i), val.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Pointer, reflect.Interface:
		if pattern.IsNil() || val.IsNil() {
			return pattern.IsNil() && val.IsNil()
		}
		return matches(bindings, pattern.Elem(), val.Elem())
	}
	return reflect.DeepEqual(pattern.Interface(), val.Interface())
}

// substitute returns a copy of pattern with its wildcards replaced by
// their bindings and, where pos is valid, its valid positions set to pos.
func substitute(bindings map[string]reflect.Value, pattern, pos reflect.Value) reflect.Value {
	if !pattern.IsValid() {
		return pattern
	}
	if bindings != nil && pattern.Type() == identType {
		if name := pattern.Interface().(*ast.Ident).Name; isWildcard(name) {
			if bound, ok := bindings[name]; ok {
				return substitute(nil, bound, reflect.Value{})
			}
		}
	}
	if pattern.Type() == posType {
		if pos.IsValid() && pattern.Interface().(token.Pos).IsValid() {
			return pos
		}
		return pattern
	}
	if pattern.Type() == objectType || pattern.Type() == scopeType {
		return reflect.Zero(pattern.Type()) // a copy must not point into the old tree
	}
	switch pattern.Kind() {
	case reflect.Slice:
		if pattern.IsNil() {
			return pattern
		}
		out := reflect.MakeSlice(pattern.Type(), pattern.Len(), pattern.Len())
		for i := range pattern.Len() {
			out.Index(i).Set(substitute(bindings, pattern.Index(i), pos))
		}
		return out
	case reflect.Struct:
		out := reflect.New(pattern.Type()).Elem()
		for i := range pattern.NumField() {
			if out.Field(i).CanSet() {
				out.Field(i).Set(substitute(bindings, pattern.Field(i), pos))
			}
		}
		return out
	case reflect.Pointer:
		out := reflect.New(pattern.Type()).Elem()
		if !pattern.IsNil() {
			out.Set(substitute(bindings, pattern.Elem(), pos).Addr())
		}
		return out
	case reflect.Interface:
		out := reflect.New(pattern.Type()).Elem()
		if !pattern.IsNil() {
			out.Set(substitute(bindings, pattern.Elem(), pos))
		}
		return out
	}
	return pattern
}

// RewriteSource applies rule to one file's source and returns it printed
// as gofmt prints: imports sorted, gofmt's printer settings.
func RewriteSource(filename string, src []byte, rule *Rule) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	f = rule.Apply(fset, f)
	ast.SortImports(fset, f)
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Fix is one type-aware fix.
type Fix struct {
	Name string
	Doc  string
	// apply changes f and returns how many places it changed.
	apply func(c *fixContext, f *dst.File) int
}

// fixContext is what a fix sees of the package being fixed.
type fixContext struct {
	pkg *packages.Package
	dec *decorator.Decorator
}

// Fixes are the type-aware fixes, by name.
var Fixes = []Fix{
	{"any", "interface{} → any, where any is the universe's", fixAny},
	{"errorf", "errors.New(fmt.Sprintf(...)) → fmt.Errorf(...), when the format has no %w", fixErrorf},
	{"ioutil", "io/ioutil functions → their io and os equivalents (not ReadDir: its result type differs)", fixIoutil},
	{"rangeint", "for i := 0; i < n; i++ → for i := range n, when provably the same", fixRangeInt},
}

// LookupFix returns the fix called name.
func LookupFix(name string) (Fix, error) {
	for _, f := range Fixes {
		if f.Name == name {
			return f, nil
		}
	}
	var names []string
	for _, f := range Fixes {
		names = append(names, f.Name)
	}
	return Fix{}, fmt.Errorf("%q (have %s): %w", name, strings.Join(names, ", "), ErrUnknownFix)
}

// astOf returns the go/ast node a dst node was decorated from.
func (c *fixContext) astOf(n dst.Node) ast.Node { return c.dec.Ast.Nodes[n] }

func fixAny(c *fixContext, f *dst.File) int {
	changed := 0
	universeAny := types.Universe.Lookup("any")
	dstutil.Apply(f, func(cur *dstutil.Cursor) bool {
		it, ok := cur.Node().(*dst.InterfaceType)
		if !ok || len(it.Methods.List) > 0 || hasDecorations(it.Methods.Decs.NodeDecs) || len(it.Decs.Interface) > 0 {
			return true
		}
		orig := c.astOf(it)
		if orig == nil {
			return true
		}
		scope := c.pkg.Types.Scope().Innermost(orig.Pos())
		if scope == nil {
			return true
		}
		if _, obj := scope.LookupParent("any", orig.Pos()); obj != universeAny {
			return true // a local any shadows the universe's
		}
		id := dst.NewIdent("any")
		id.Decs.NodeDecs = it.Decs.NodeDecs
		cur.Replace(id)
		changed++
		return true
	}, nil)
	return changed
}

func hasDecorations(d dst.NodeDecs) bool { return len(d.Start) > 0 || len(d.End) > 0 }

func fixErrorf(c *fixContext, f *dst.File) int {
	changed := 0
	dstutil.Apply(f, func(cur *dstutil.Cursor) bool {
		outer, ok := cur.Node().(*dst.CallExpr)
		if !ok || !isFunc(outer.Fun, "errors", "New") || len(outer.Args) != 1 {
			return true
		}
		inner, ok := outer.Args[0].(*dst.CallExpr)
		if !ok || !isFunc(inner.Fun, "fmt", "Sprintf") || len(inner.Args) == 0 {
			return true
		}
		lit, ok := inner.Args[0].(*dst.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true // a computed format might hold %w at run time
		}
		for _, v := range formatVerbs(lit.Value) {
			if v.verb == 'w' {
				return true
			}
		}
		outer.Fun = &dst.Ident{Name: "Errorf", Path: "fmt"}
		outer.Args = inner.Args
		outer.Ellipsis = inner.Ellipsis
		outer.Decs.Lparen = append(outer.Decs.Lparen, inner.Decs.Lparen...)
		changed++
		return true
	}, nil)
	return changed
}

// isFunc reports whether e names function name of the package at path,
// as dst writes a resolved qualified identifier.
func isFunc(e dst.Expr, path, name string) bool {
	id, ok := e.(*dst.Ident)
	return ok && id.Path == path && id.Name == name
}

// ioutilMoves maps each io/ioutil function or variable to its successor.
var ioutilMoves = map[string][2]string{
	"ReadAll":   {"io", "ReadAll"},
	"ReadFile":  {"os", "ReadFile"},
	"WriteFile": {"os", "WriteFile"},
	"TempFile":  {"os", "CreateTemp"},
	"TempDir":   {"os", "MkdirTemp"},
	"NopCloser": {"io", "NopCloser"},
	"Discard":   {"io", "Discard"},
}

func fixIoutil(_ *fixContext, f *dst.File) int {
	changed := 0
	dst.Inspect(f, func(n dst.Node) bool {
		id, ok := n.(*dst.Ident)
		if !ok || id.Path != "io/ioutil" {
			return true
		}
		if to, ok := ioutilMoves[id.Name]; ok {
			id.Path, id.Name = to[0], to[1]
			changed++
		}
		return true
	})
	return changed
}

func fixRangeInt(c *fixContext, f *dst.File) int {
	if c.pkg.Module != nil && c.pkg.Module.GoVersion != "" && versionLess(c.pkg.Module.GoVersion, "1.22") {
		return 0 // range over int needs Go 1.22
	}
	changed := 0
	dstutil.Apply(f, func(cur *dstutil.Cursor) bool {
		loop, ok := cur.Node().(*dst.ForStmt)
		if !ok {
			return true
		}
		key, bound, ok := c.countingLoop(loop)
		if !ok {
			return true
		}
		r := &dst.RangeStmt{Tok: token.ILLEGAL, X: bound, Body: loop.Body}
		if key != nil {
			r.Key, r.Tok = key, token.DEFINE
		}
		r.Decs.NodeDecs = loop.Decs.NodeDecs
		cur.Replace(r)
		changed++
		return true
	}, nil)
	return changed
}

// countingLoop reports whether loop is for i := 0; i < n; i++ with the
// conditions of the rangeint fix, returning the key to keep (nil when the
// body never uses i) and n.
func (c *fixContext) countingLoop(loop *dst.ForStmt) (dst.Expr, dst.Expr, bool) {
	init, ok := loop.Init.(*dst.AssignStmt)
	if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return nil, nil, false
	}
	iv, ok := init.Lhs[0].(*dst.Ident)
	if !ok {
		return nil, nil, false
	}
	if zero, ok := init.Rhs[0].(*dst.BasicLit); !ok || zero.Kind != token.INT || zero.Value != "0" {
		return nil, nil, false
	}
	cond, ok := loop.Cond.(*dst.BinaryExpr)
	if !ok || cond.Op != token.LSS {
		return nil, nil, false
	}
	if x, ok := cond.X.(*dst.Ident); !ok || x.Name != iv.Name {
		return nil, nil, false
	}
	post, ok := loop.Post.(*dst.IncDecStmt)
	if !ok || post.Tok != token.INC {
		return nil, nil, false
	}
	if x, ok := post.X.(*dst.Ident); !ok || x.Name != iv.Name {
		return nil, nil, false
	}
	// Comments in the header have no place in a range clause: refuse
	// rather than drop them.
	if hasDecorations(init.Decs.NodeDecs) || hasDecorations(cond.Decs.NodeDecs) || hasDecorations(post.Decs.NodeDecs) ||
		len(loop.Decs.Init) > 0 || len(loop.Decs.Cond) > 0 || len(loop.Decs.Post) > 0 {
		return nil, nil, false
	}
	info := c.pkg.TypesInfo
	astInit, _ := c.astOf(init).(*ast.AssignStmt)
	astLoop, _ := c.astOf(loop).(*ast.ForStmt)
	if astInit == nil || astLoop == nil {
		return nil, nil, false
	}
	ivar, _ := info.Defs[astInit.Lhs[0].(*ast.Ident)].(*types.Var)
	if ivar == nil || ivar.Type() != types.Typ[types.Int] {
		return nil, nil, false
	}
	if modified(info, astLoop.Body, ivar) {
		return nil, nil, false
	}
	bound := astLoop.Cond.(*ast.BinaryExpr).Y
	if !c.invariant(bound, astLoop) {
		return nil, nil, false
	}
	var key dst.Expr = iv
	if !uses(info, astLoop.Body, ivar) {
		key = nil
	}
	return key, cond.Y, true
}

// invariant reports whether the loop bound e provably has the same value
// on every iteration: a constant, or a local variable (or len of a local
// slice, string or array variable) assigned nowhere in the enclosing
// function but its declaration.
func (c *fixContext) invariant(e ast.Expr, loop *ast.ForStmt) bool {
	info := c.pkg.TypesInfo
	tv := info.Types[e]
	if tv.Value != nil {
		return tv.Value.Kind() == constant.Int
	}
	if t, ok := tv.Type.Underlying().(*types.Basic); !ok || t.Kind() != types.Int {
		return false
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 {
		if b, ok := info.Uses[identOf(call.Fun)].(*types.Builtin); !ok || b.Name() != "len" {
			return false
		}
		switch info.TypeOf(call.Args[0]).Underlying().(type) {
		case *types.Slice, *types.Array, *types.Basic:
		default:
			return false // a map or channel can change length without an assignment
		}
		e = call.Args[0]
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() == c.pkg.Types.Scope() || v.IsField() {
		return false // package-level variables can change anywhere
	}
	fn := enclosingFunc(c.pkg, loop)
	return fn != nil && !modified(info, fn, v)
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// enclosingFunc returns the body of the function declaration holding n.
func enclosingFunc(pkg *packages.Package, n ast.Node) ast.Node {
	for _, f := range pkg.Syntax {
		if f.Pos() > n.Pos() || n.End() > f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Pos() <= n.Pos() && n.End() <= fd.End() {
				return fd.Body
			}
		}
	}
	return nil
}

// modified reports whether v is assigned, incremented or has its address
// taken anywhere under n.
func modified(info *types.Info, n ast.Node, v *types.Var) bool {
	is := func(e ast.Expr) bool { id := identOf(e); return id != nil && info.Uses[id] == v }
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			found = found || slices.ContainsFunc(n.Lhs, is)
		case *ast.IncDecStmt:
			found = found || is(n.X)
		case *ast.UnaryExpr:
			found = found || (n.Op == token.AND && is(n.X))
		case *ast.RangeStmt:
			found = found || (n.Key != nil && is(n.Key)) || (n.Value != nil && is(n.Value))
		}
		return !found
	})
	return found
}

// uses reports whether v is referred to under n.
func uses(info *types.Info, n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// versionLess compares Go versions "1.21" < "1.22.3".
func versionLess(a, b string) bool {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(pa), len(pb)) {
		var x, y int
		if i < len(pa) {
			x, _ = strconv.Atoi(pa[i])
		}
		if i < len(pb) {
			y, _ = strconv.Atoi(pb[i])
		}
		if x != y {
			return x < y
		}
	}
	return false
}

// FileChange is one file a rewrite changed.
type FileChange struct {
	Path     string
	Old, New []byte
	Changes  int // places a fix changed (0 for pattern rules, which do not count)
}

// RewriteOptions configures [Rewrite].
type RewriteOptions struct {
	Rule  *Rule // a pattern rule, or nil
	Fixes []Fix // type-aware fixes, applied in order
	Dir   string
}

// Rewrite applies the rule or the fixes to the files of the packages
// patterns name (test files included) and returns the files that change.
// Fixed packages are type-checked again with the new contents, and a
// package whose result does not compile is an error wrapping
// [ErrNotWritten], with no change returned for it.
func Rewrite(patterns []string, opt RewriteOptions) ([]FileChange, error) {
	if opt.Rule == nil && len(opt.Fixes) == 0 {
		return nil, errors.New("rewrite: nothing to do: give -r or -fix")
	}
	mode := packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles
	if len(opt.Fixes) > 0 {
		mode |= packages.LoadSyntax | packages.NeedModule
	}
	var pkgs []*packages.Package
	for dir, pats := range loadGroups(patterns, opt.Dir) {
		cfg := &packages.Config{Mode: mode, Tests: true, Dir: dir}
		loaded, err := packages.Load(cfg, pats...)
		if err != nil {
			return nil, fmt.Errorf("rewrite: %w", err)
		}
		pkgs = append(pkgs, loaded...)
	}
	var errs []error
	for _, p := range pkgs {
		for _, e := range p.Errors {
			errs = append(errs, e)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("rewrite: packages do not load: %w", errors.Join(errs...))
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("rewrite %s: %w", strings.Join(patterns, " "), ErrNoPackages)
	}
	done := map[string]bool{}
	var changes []FileChange
	for _, p := range pkgs {
		if strings.HasSuffix(p.ID, ".test") {
			continue
		}
		var pc []FileChange
		var err error
		if opt.Rule != nil {
			pc, err = rewritePackage(p, opt.Rule, done)
		} else {
			pc, err = fixPackage(p, opt.Fixes, done)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		changes = append(changes, pc...)
	}
	slices.SortFunc(changes, func(a, b FileChange) int { return strings.Compare(a.Path, b.Path) })
	return changes, errors.Join(errs...)
}

func rewritePackage(p *packages.Package, rule *Rule, done map[string]bool) ([]FileChange, error) {
	var out []FileChange
	for _, path := range p.CompiledGoFiles {
		if done[path] {
			continue
		}
		done[path] = true
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		res, err := RewriteSource(path, src, rule)
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(src, res) {
			out = append(out, FileChange{Path: path, Old: src, New: res})
		}
	}
	return out, nil
}

func fixPackage(p *packages.Package, fixes []Fix, done map[string]bool) ([]FileChange, error) {
	ctx := &fixContext{pkg: p, dec: decorator.NewDecoratorFromPackage(p)}
	var out []FileChange
	for _, af := range p.Syntax {
		path := p.Fset.File(af.Pos()).Name()
		if done[path] {
			continue
		}
		done[path] = true
		df, err := ctx.dec.DecorateFile(af)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		n := 0
		for _, fx := range fixes {
			n += fx.apply(ctx, df)
		}
		if n == 0 {
			continue
		}
		var buf bytes.Buffer
		if err := decorator.NewRestorerWithImports(p.PkgPath, guess.New()).Fprint(&buf, df); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		res, err := format.Source(buf.Bytes())
		if err != nil {
			return nil, fmt.Errorf("%s: %w: %v", path, ErrNotWritten, err)
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(src, res) {
			out = append(out, FileChange{Path: path, Old: src, New: res, Changes: n})
		}
	}
	if len(out) > 0 {
		if err := typeCheckWith(p, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// typeCheckWith loads p again with the changed files overlaid and returns
// an error wrapping [ErrNotWritten] if it no longer type-checks.
func typeCheckWith(p *packages.Package, changes []FileChange) error {
	overlay := map[string][]byte{}
	for _, c := range changes {
		overlay[c.Path] = c.New
	}
	dir := ""
	if len(p.GoFiles) > 0 {
		dir = filepathDir(p.GoFiles[0])
	}
	cfg := &packages.Config{Mode: packages.LoadSyntax, Tests: true, Overlay: overlay, Dir: dir}
	pkgs, err := packages.Load(cfg, p.PkgPath)
	if err != nil {
		return fmt.Errorf("%s: %w: %v", p.PkgPath, ErrNotWritten, err)
	}
	var errs []error
	for _, q := range pkgs {
		for _, e := range q.Errors {
			errs = append(errs, e)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s: %w: %w", p.PkgPath, ErrNotWritten, errors.Join(errs...))
	}
	return nil
}

func filepathDir(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[:i]
	}
	return "."
}
