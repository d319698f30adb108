package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
)

// Two measures of one function: cyclomatic counts paths, cognitive counts
// what a reader must hold in mind.
func ExampleCognitive() {
	src := `package p
func f(xs []int, ok bool) int {
	n := 0
	for _, x := range xs { // +1
		if x > 0 && ok { // +2 (nesting), +1 (&&)
			n++
		}
	}
	return n
}`
	fset := token.NewFileSet()
	f, _ := parser.ParseFile(fset, "p.go", src, 0)
	fn := f.Decls[0]
	fmt.Println(Cyclomatic(fn), Cognitive(f.Decls[0].(*ast.FuncDecl), false), MaxNesting(fn))
	// Output: 4 4 2
}

// A gofmt -r rule: single lower-case letters are wildcards.
func ExampleRewriteSource() {
	r, _ := ParseRule("a[b:len(a)] -> a[b:]")
	out, _ := RewriteSource("p.go", []byte("package p\n\nvar t = s[1:len(s)]\n"), r)
	fmt.Print(string(out))
	// Output:
	// package p
	//
	// var t = s[1:]
}
