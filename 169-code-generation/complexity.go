package main

// This file holds the per-function measures: cyclomatic complexity as
// github.com/fzipp/gocyclo defines it, cognitive complexity as
// github.com/uudashr/gocognit defines it, maximum nesting depth, and the
// recursion detection that cognitive complexity needs.
//
// Cyclomatic complexity (McCabe 1976, "A Complexity Measure", IEEE TSE 2(4))
// counts the independent paths through a function: 1, plus one for every if,
// for and range statement, every non-default case of a switch or select, and
// every && and ||. It is a property of the control-flow graph, so a function
// literal's branches count towards the function that contains it, and
// nothing else (else, goto, nesting) does.
//
// Cognitive complexity (G. Ann Campbell, SonarSource, "Cognitive
// Complexity: a new way of measuring understandability", 2017) counts how
// hard the code is to read rather than to test:
//
//   - +1 for each break in linear flow: if, else if, else, switch, select,
//     for, range, a labelled break/continue/goto, and each sequence of
//     like logical operators (a && b && c is +1; a && b || c is +2);
//   - +nesting for the structures that nest (if, switch, select, for,
//     range), where nesting rises inside them and inside function
//     literals, but not for else if and else, which the reader sees as
//     one chain;
//   - +1 once for a function that takes part in recursion, directly or
//     through a cycle of calls.
//
// A switch costs +1 (plus nesting) however many cases it has, which is
// the main point where the two measures disagree: cyclomatic complexity
// punishes a flat 20-case switch that anybody can read.
//
// Both definitions are reproduced exactly, quirks included, so our numbers
// can be compared with the tools' on any tree; complexity_test.go checks
// them against both libraries on every function of the testdata corpus and
// of a slice of GOROOT.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Cyclomatic returns the cyclomatic complexity of fn, a *ast.FuncDecl or
// *ast.FuncLit, with gocyclo's definition: function literals inside fn
// count towards fn.
func Cyclomatic(fn ast.Node) int {
	c := cyclomaticCounter(1)
	ast.Walk(&c, fn)
	return int(c)
}

// cyclomaticCounter counts decision points as an ast.Visitor: a visitor
// value rather than a closure, so a walk allocates once, not per node.
type cyclomaticCounter int

func (c *cyclomaticCounter) Visit(n ast.Node) ast.Visitor {
	switch n := n.(type) {
	case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt:
		*c++
	case *ast.CaseClause:
		if n.List != nil { // default: is no decision
			*c++
		}
	case *ast.CommClause:
		if n.Comm != nil {
			*c++
		}
	case *ast.BinaryExpr:
		if n.Op == token.LAND || n.Op == token.LOR {
			*c++
		}
	}
	return c
}

// Cognitive returns the cognitive complexity of the declaration fn with
// gocognit's definition; recursive says whether fn takes part in a
// recursion cycle (see [RecursiveFuncs]), which adds 1.
func Cognitive(fn *ast.FuncDecl, recursive bool) int {
	var s cognitiveScan
	s.walk(fn)
	if recursive {
		s.total++
	}
	return s.total
}

// cognitiveScan walks one function as an ast.Visitor. nesting is the
// current nesting level; elseIfs marks the if statements that are the else
// branch of another if, which get a flat +1; counted marks the logical
// expressions already scored as part of a larger sequence. Both maps are
// made on first use: most functions need neither.
type cognitiveScan struct {
	total   int
	nesting int
	elseIfs map[*ast.IfStmt]bool
	counted map[ast.Expr]bool
}

// walk visits n and its children, scoring structures as it meets them.
func (s *cognitiveScan) walk(n ast.Node) {
	if n != nil {
		ast.Walk(s, n)
	}
}

// Visit scores n; for the structures it walks their parts itself, at the
// right nesting, and tells ast.Walk not to descend again.
func (s *cognitiveScan) Visit(n ast.Node) ast.Visitor {
	switch n := n.(type) {
	case *ast.IfStmt:
		s.ifStmt(n)
		return nil
	case *ast.SwitchStmt:
		s.structure(n.Init, n.Tag, n.Body)
		return nil
	case *ast.TypeSwitchStmt:
		s.structure(n.Init, n.Assign, n.Body)
		return nil
	case *ast.SelectStmt:
		s.structure(nil, nil, n.Body)
		return nil
	case *ast.ForStmt:
		s.total += s.nesting + 1
		s.walkAll(n.Init, n.Cond, n.Post)
		s.nested(n.Body)
		return nil
	case *ast.RangeStmt:
		s.total += s.nesting + 1
		s.walkAll(n.Key, n.Value, n.X)
		s.nested(n.Body)
		return nil
	case *ast.FuncLit:
		s.walk(n.Type)
		s.nested(n.Body)
		return nil
	case *ast.BranchStmt:
		if n.Label != nil {
			s.total++
		}
	case *ast.BinaryExpr:
		s.logical(n)
	}
	return s
}

// walkAll walks each node that is present. Absent children in go/ast are
// nil interfaces (a for without a condition has Cond == nil), so a plain
// nil check is enough.
func (s *cognitiveScan) walkAll(nodes ...ast.Node) {
	for _, n := range nodes {
		if n != nil {
			s.walk(n)
		}
	}
}

// nested walks body one nesting level deeper.
func (s *cognitiveScan) nested(body ast.Node) {
	s.nesting++
	s.walk(body)
	s.nesting--
}

// structure scores a switch, type switch or select: +1 plus nesting.
func (s *cognitiveScan) structure(init ast.Stmt, tag ast.Node, body *ast.BlockStmt) {
	s.total += s.nesting + 1
	s.walkAll(init, tag)
	s.nested(body)
}

// ifStmt scores an if: +1 plus nesting, or a flat +1 when it is an else
// if; +1 for a final else block, whose body nests like the if's.
func (s *cognitiveScan) ifStmt(n *ast.IfStmt) {
	if s.elseIfs[n] { // reading a nil map is fine
		s.total++
	} else {
		s.total += s.nesting + 1
	}
	if n.Init != nil {
		s.walk(n.Init)
	}
	s.walk(n.Cond)
	s.nested(n.Body)
	switch e := n.Else.(type) {
	case *ast.BlockStmt:
		s.total++
		s.nested(e)
	case *ast.IfStmt:
		if s.elseIfs == nil {
			s.elseIfs = map[*ast.IfStmt]bool{}
		}
		s.elseIfs[e] = true
		s.walk(e)
	}
}

// logical scores a tree of && and || once, at its root: +1 for each run
// of like operators read left to right, looking through parentheses but
// not into calls or unary operators, whose operands are scored apart.
func (s *cognitiveScan) logical(n *ast.BinaryExpr) {
	if !isLogical(n.Op) || s.counted[n] {
		return
	}
	var last token.Token
	for _, op := range s.operators(n, nil) {
		if op != last {
			s.total++
			last = op
		}
	}
}

// operators appends, in source order, the logical operators of the
// binary-expression tree under e, marking every node of it as counted.
func (s *cognitiveScan) operators(e ast.Expr, ops []token.Token) []token.Token {
	if s.counted == nil {
		s.counted = map[ast.Expr]bool{}
	}
	s.counted[e] = true
	switch e := e.(type) {
	case *ast.ParenExpr:
		return s.operators(e.X, ops)
	case *ast.BinaryExpr:
		ops = s.operators(e.X, ops)
		if isLogical(e.Op) {
			ops = append(ops, e.Op)
		}
		return s.operators(e.Y, ops)
	}
	return ops
}

func isLogical(op token.Token) bool { return op == token.LAND || op == token.LOR }

// MaxNesting returns the deepest nesting of control structures in fn: 0
// for straight-line code, 1 inside one if, for, range, switch, select or
// function literal, and so on. An else-if chain stays at its first if's
// depth, as a reader sees it.
func MaxNesting(fn ast.Node) int {
	st := &nestingState{}
	ast.Walk(st.at(0), fn)
	return st.deepest
}

// nestingState is shared by the visitors of one walk: the deepest level
// seen, the else-ifs met, and one visitor per depth, made once, so that
// handing ast.Walk a visitor never allocates.
type nestingState struct {
	deepest  int
	elseIfs  map[*ast.IfStmt]bool
	visitors []*nestingVisitor
}

func (st *nestingState) at(depth int) *nestingVisitor {
	for len(st.visitors) <= depth {
		st.visitors = append(st.visitors, &nestingVisitor{depth: len(st.visitors), st: st})
	}
	return st.visitors[depth]
}

// nestingVisitor carries the depth of the structures enclosing the nodes it
// visits; ast.Walk hands each structure's children a visitor one deeper.
type nestingVisitor struct {
	depth int
	st    *nestingState
}

func (v *nestingVisitor) Visit(n ast.Node) ast.Visitor {
	switch n := n.(type) {
	case *ast.IfStmt:
		if e, ok := n.Else.(*ast.IfStmt); ok {
			if v.st.elseIfs == nil {
				v.st.elseIfs = map[*ast.IfStmt]bool{}
			}
			v.st.elseIfs[e] = true
		}
		if v.st.elseIfs[n] {
			return v // already one deeper, inside the first if of the chain
		}
	case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
		*ast.SelectStmt, *ast.FuncLit:
	default:
		return v
	}
	v.st.deepest = max(v.st.deepest, v.depth+1)
	return v.st.at(v.depth + 1)
}

// RecursiveFuncs reports which function declarations of one package take
// part in recursion: those that call themselves and those on a cycle of
// calls between several of them (a strongly connected component of the
// call graph with more than one member, found with Tarjan's algorithm,
// "Depth-first search and linear graph algorithms", SIAM J. Comput. 1972).
//
// With info (type-checked code) calls are resolved exactly, methods
// included. Without it, as gocognit does, a call resolves syntactically: a
// plain identifier through the parser's object resolution or else by
// name among the package's functions, and a method only when it calls
// itself through its own receiver; calls into other packages never do.
func RecursiveFuncs(files []*ast.File, info *types.Info) map[*ast.FuncDecl]bool {
	var decls []*ast.FuncDecl
	byName := map[string]*ast.FuncDecl{}
	byObj := map[*types.Func]*ast.FuncDecl{}
	for _, f := range files {
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			decls = append(decls, fn)
			switch {
			case info != nil:
				if obj, ok := info.Defs[fn.Name].(*types.Func); ok {
					byObj[obj] = fn
				}
			case fn.Recv == nil:
				byName[fn.Name.Name] = fn
			}
		}
	}
	calls := make(map[*ast.FuncDecl][]*ast.FuncDecl, len(decls))
	c := &callCollector{info: info, byName: byName, byObj: byObj}
	for _, fn := range decls {
		c.in, c.out = fn, nil
		ast.Walk(c, fn.Body)
		if c.out != nil {
			calls[fn] = c.out
		}
	}
	return cyclic(decls, calls)
}

// callCollector gathers the package-local calls made in one function body;
// one collector serves every function of a package.
type callCollector struct {
	in     *ast.FuncDecl
	info   *types.Info
	byName map[string]*ast.FuncDecl
	byObj  map[*types.Func]*ast.FuncDecl
	out    []*ast.FuncDecl
}

func (c *callCollector) Visit(n ast.Node) ast.Visitor {
	if call, ok := n.(*ast.CallExpr); ok {
		if to := resolveCall(call.Fun, c.in, c.info, c.byName, c.byObj); to != nil {
			c.out = append(c.out, to)
		}
	}
	return c
}

// resolveCall finds the declaration of this package that fun calls, or nil.
func resolveCall(fun ast.Expr, in *ast.FuncDecl, info *types.Info, byName map[string]*ast.FuncDecl, byObj map[*types.Func]*ast.FuncDecl) *ast.FuncDecl {
	switch f := fun.(type) {
	case *ast.ParenExpr:
		return resolveCall(f.X, in, info, byName, byObj)
	case *ast.IndexExpr: // F[int](x)
		return resolveCall(f.X, in, info, byName, byObj)
	case *ast.IndexListExpr:
		return resolveCall(f.X, in, info, byName, byObj)
	case *ast.Ident:
		if info != nil {
			obj, _ := info.Uses[f].(*types.Func)
			return byObj[obj]
		}
		// The parser's object resolution (deprecated for new code) is the
		// syntactic resolution gocognit uses; matching it is the point.
		if f.Obj != nil {
			if fd, ok := f.Obj.Decl.(*ast.FuncDecl); ok && fd.Body != nil {
				return fd
			}
			return nil
		}
		return byName[f.Name]
	case *ast.SelectorExpr:
		if info != nil {
			obj, _ := info.Uses[f.Sel].(*types.Func)
			return byObj[obj]
		}
		if in.Recv != nil && f.Sel.Name == in.Name.Name {
			if id, ok := f.X.(*ast.Ident); ok && isReceiver(in, id.Name) {
				return in
			}
		}
	}
	return nil
}

func isReceiver(fn *ast.FuncDecl, name string) bool {
	for _, field := range fn.Recv.List {
		for _, id := range field.Names {
			if id.Name == name {
				return true
			}
		}
	}
	return false
}

// cyclic returns the nodes that lie on a cycle of the graph calls: the
// members of strongly connected components with more than one node, and
// nodes with an edge to themselves. Tarjan's algorithm, written with an
// explicit stack so that deep call chains cannot overflow the goroutine
// stack.
func cyclic(nodes []*ast.FuncDecl, calls map[*ast.FuncDecl][]*ast.FuncDecl) map[*ast.FuncDecl]bool {
	type frame struct {
		v    *ast.FuncDecl
		next int
	}
	index := map[*ast.FuncDecl]int{}
	low := map[*ast.FuncDecl]int{}
	onStack := map[*ast.FuncDecl]bool{}
	var stack []*ast.FuncDecl
	out := map[*ast.FuncDecl]bool{}
	push := func(v *ast.FuncDecl) {
		index[v], low[v] = len(index), len(index)
		stack = append(stack, v)
		onStack[v] = true
	}
	for _, root := range nodes {
		if _, seen := index[root]; seen {
			continue
		}
		push(root)
		work := []frame{{v: root}}
		for len(work) > 0 {
			top := &work[len(work)-1]
			v := top.v
			if top.next < len(calls[v]) {
				w := calls[v][top.next]
				top.next++
				if _, seen := index[w]; !seen {
					push(w)
					work = append(work, frame{v: w})
				} else if onStack[w] {
					low[v] = min(low[v], index[w])
				}
				continue
			}
			if low[v] == index[v] {
				var scc []*ast.FuncDecl
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					scc = append(scc, w)
					if w == v {
						break
					}
				}
				if len(scc) > 1 {
					for _, w := range scc {
						out[w] = true
					}
				}
			}
			work = work[:len(work)-1]
			if len(work) > 0 {
				parent := work[len(work)-1].v
				low[parent] = min(low[parent], low[v])
			}
		}
	}
	for _, v := range nodes {
		for _, w := range calls[v] {
			if w == v {
				out[v] = true
			}
		}
	}
	return out
}
