package main

// This file holds the lint rules, each a golang.org/x/tools/go/analysis
// Analyzer that any driver can run: our lint command, go vet -vettool,
// gopls, or analysistest in the tests.

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Rules are the lint rules in the order they are documented and run.
var Rules = []*analysis.Analyzer{CtxFirst, ErrWrap, DeferInLoop, SleepInTest, ExportedDoc}

// CtxFirst reports a context.Context parameter that is not the first, as
// the context package's documentation asks ("The Context should be the
// first parameter"). It offers no fix: moving a parameter breaks every
// caller.
var CtxFirst = &analysis.Analyzer{
	Name:     "ctxfirst",
	Doc:      "context.Context must be the first parameter of a function",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      withDirectives(runCtxFirst),
}

func runCtxFirst(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.Preorder([]ast.Node{(*ast.FuncType)(nil)}, func(n ast.Node) {
		ft := n.(*ast.FuncType)
		i := 0
		for _, field := range ft.Params.List {
			if i > 0 && isContext(pass.TypesInfo.TypeOf(field.Type)) {
				pass.Reportf(field.Pos(), "context.Context should be the first parameter, not parameter %d", i+1)
				return
			}
			i += max(1, len(field.Names))
		}
	})
	return nil, nil
}

func isContext(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := named.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == "context" && obj.Name() == "Context"
}

// ErrWrap reports fmt.Errorf formatting an error operand with a verb other
// than %w, which flattens the error to text so errors.Is and errors.As can
// no longer see it. The fix replaces the verb with %w (several %w are
// allowed since Go 1.20).
var ErrWrap = &analysis.Analyzer{
	Name:     "errwrap",
	Doc:      "fmt.Errorf should wrap error operands with %w",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      withDirectives(runErrWrap),
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func runErrWrap(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
		if !ok || fn.FullName() != "fmt.Errorf" || len(call.Args) < 2 || call.Ellipsis.IsValid() {
			return
		}
		lit, ok := call.Args[0].(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return // a computed format cannot be checked
		}
		for _, v := range formatVerbs(lit.Value) {
			if v.arg+1 >= len(call.Args) {
				return // a vet printf finding, not ours
			}
			arg := call.Args[v.arg+1]
			t := pass.TypesInfo.TypeOf(arg)
			if v.verb == 'w' || t == nil || !types.Implements(t, errorType) {
				continue
			}
			pos := lit.Pos() + token.Pos(v.offset)
			letter := pos + token.Pos(v.length-utf8.RuneLen(v.verb)) // keep flags and [n]
			pass.Report(analysis.Diagnostic{
				Pos:     pos,
				End:     pos + token.Pos(v.length),
				Message: "fmt.Errorf formats error operand " + types.ExprString(arg) + " with %" + string(v.verb) + "; use %w to wrap it",
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "wrap with %w",
					TextEdits: []analysis.TextEdit{{Pos: letter, End: pos + token.Pos(v.length), NewText: []byte("w")}},
				}},
			})
		}
	})
	return nil, nil
}

// formatVerb is one verb of a format string: its byte offset and length in
// the quoted literal, the verb letter, and the index of its operand.
type formatVerb struct {
	offset, length int
	verb           rune
	arg            int
}

// formatVerbs parses the verbs of a quoted (or raw) string literal. It
// handles flags, width and precision, %% and explicit argument indexes
// ([n]); it gives up (returns nil) on forms it does not model, such as
// escape sequences inside a verb or * widths, rather than guess.
func formatVerbs(quoted string) []formatVerb {
	if len(quoted) < 2 {
		return nil
	}
	var out []formatVerb
	s := quoted[1 : len(quoted)-1] // offsets below are into quoted, hence +1
	arg := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && quoted[0] == '"' {
			i++ // skip an escaped byte: it is never a verb
			continue
		}
		if s[i] != '%' {
			continue
		}
		start := i
		i++
		for i < len(s) && strings.IndexByte("+-# 0", s[i]) >= 0 {
			i++
		}
		if i < len(s) && s[i] == '[' {
			end := strings.IndexByte(s[i:], ']')
			if end < 0 {
				return nil
			}
			n := 0
			for _, c := range s[i+1 : i+end] {
				if c < '0' || c > '9' {
					return nil
				}
				n = n*10 + int(c-'0')
			}
			arg = n - 1
			i += end + 1
		}
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			i++
		}
		if i >= len(s) || s[i] == '*' || s[i] == '\\' {
			return nil
		}
		if s[i] == '%' {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		out = append(out, formatVerb{offset: start + 1, length: i + size - start, verb: r, arg: arg})
		arg++
		i += size - 1
	}
	return out
}

// DeferInLoop reports a defer directly inside a loop body: it runs when
// the function returns, not at the end of the iteration, so a loop that
// opens a file per iteration holds them all open. When the body has no
// break, continue, goto or return that would change meaning inside a
// closure, the fix wraps the body in func() { ... }(), which makes each
// iteration's defers run at its end.
var DeferInLoop = &analysis.Analyzer{
	Name:     "deferinloop",
	Doc:      "defer inside a loop runs at function exit, not per iteration",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      withDirectives(runDeferInLoop),
}

func runDeferInLoop(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.Preorder([]ast.Node{(*ast.ForStmt)(nil), (*ast.RangeStmt)(nil)}, func(n ast.Node) {
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.ForStmt:
			body = n.Body
		case *ast.RangeStmt:
			body = n.Body
		}
		var defers []*ast.DeferStmt
		ast.Inspect(body, func(c ast.Node) bool {
			switch c := c.(type) {
			case *ast.FuncLit:
				return false // its defers run when it returns: fine
			case *ast.ForStmt, *ast.RangeStmt:
				return false // reported for the inner loop itself
			case *ast.DeferStmt:
				defers = append(defers, c)
			}
			return true
		})
		if len(defers) == 0 {
			return
		}
		var fixes []analysis.SuggestedFix
		if wrappable(body) {
			fixes = []analysis.SuggestedFix{{
				Message: "run the loop body in a function literal",
				TextEdits: []analysis.TextEdit{
					{Pos: body.Lbrace + 1, End: body.Lbrace + 1, NewText: []byte("\nfunc() {")},
					{Pos: body.Rbrace, End: body.Rbrace, NewText: []byte("}()\n")},
				},
			}}
		}
		for i, d := range defers {
			diag := analysis.Diagnostic{Pos: d.Pos(), End: d.End(),
				Message: "defer in a loop runs when the function returns, not at the end of each iteration"}
			if i == 0 {
				diag.SuggestedFixes = fixes // one fix per loop, so fixes never overlap
			}
			pass.Report(diag)
		}
	})
	return nil, nil
}

// wrappable reports whether body can move into a function literal without
// changing meaning: no return, and no break, continue or goto that leaves
// the body (those inside nested loops, switches and selects stay inside).
func wrappable(body *ast.BlockStmt) bool {
	ok := true
	var walk func(n ast.Node, inLoop, inSwitch bool)
	walk = func(n ast.Node, inLoop, inSwitch bool) {
		ast.Inspect(n, func(c ast.Node) bool {
			if !ok {
				return false
			}
			switch c := c.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				ok = false
			case *ast.BranchStmt:
				switch {
				case c.Label != nil || c.Tok == token.GOTO:
					ok = false // a label may be outside the body
				case c.Tok == token.CONTINUE && !inLoop, c.Tok == token.BREAK && !inLoop && !inSwitch:
					ok = false
				}
			case *ast.ForStmt:
				walk(c.Body, true, inSwitch)
				return false
			case *ast.RangeStmt:
				walk(c.Body, true, inSwitch)
				return false
			case *ast.SwitchStmt:
				walk(c.Body, inLoop, true)
				return false
			case *ast.TypeSwitchStmt:
				walk(c.Body, inLoop, true)
				return false
			case *ast.SelectStmt:
				walk(c.Body, inLoop, true)
				return false
			}
			return true
		})
	}
	walk(body, false, false)
	return ok
}

// SleepInTest reports time.Sleep in a _test.go file: a test that waits for
// time is slow when the machine is idle and flaky when it is busy; use
// testing/synctest, an injected clock or a channel.
var SleepInTest = &analysis.Analyzer{
	Name:     "sleepintest",
	Doc:      "tests should not call time.Sleep",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      withDirectives(runSleepInTest),
}

func runSleepInTest(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		if !strings.HasSuffix(pass.Fset.Position(call.Pos()).Filename, "_test.go") {
			return
		}
		if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok && fn.FullName() == "time.Sleep" {
			pass.Reportf(call.Pos(), "time.Sleep in a test: use testing/synctest, an injected clock or a channel")
		}
	})
	return nil, nil
}

// ExportedDoc reports an exported package-level identifier, or an exported
// method of an exported type, without a doc comment. Test files and
// package main's func main are exempt. It offers no fix: a comment that
// says nothing is worse than none.
var ExportedDoc = &analysis.Analyzer{
	Name: "exporteddoc",
	Doc:  "exported identifiers should have doc comments",
	Run:  withDirectives(runExportedDoc),
}

func runExportedDoc(pass *analysis.Pass) (any, error) {
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(f.Pos()).Filename, "_test.go") || ast.IsGenerated(f) {
			continue
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() || d.Doc != nil {
					continue
				}
				if d.Recv != nil {
					if len(d.Recv.List) == 0 || !ast.IsExported(recvString(d.Recv.List[0].Type)[strings.LastIndexByte(recvString(d.Recv.List[0].Type), '*')+1:]) {
						continue
					}
					pass.Reportf(d.Name.Pos(), "exported method %s has no doc comment", funcName(d))
					continue
				}
				pass.Reportf(d.Name.Pos(), "exported function %s has no doc comment", d.Name.Name)
			case *ast.GenDecl:
				if d.Tok == token.IMPORT {
					continue
				}
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() && d.Doc == nil && s.Doc == nil {
							pass.Reportf(s.Name.Pos(), "exported type %s has no doc comment", s.Name.Name)
						}
					case *ast.ValueSpec:
						// A comment on the group documents its members, as
						// go/doc shows them; a trailing line comment is not
						// a doc comment (go/doc drops it).
						if d.Doc != nil || s.Doc != nil {
							continue
						}
						for _, id := range s.Names {
							if id.IsExported() {
								pass.Reportf(id.Pos(), "exported %s %s has no doc comment", d.Tok, id.Name)
							}
						}
					}
				}
			}
		}
	}
	return nil, nil
}
