package corpus

import "go/ast"

// factorial calls itself directly.
func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

// isEven and isOdd recurse through each other.
func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// ping, pong and pang form a cycle of three across two files.
func ping(n int) int {
	if n == 0 {
		return 0
	}
	return pong(n - 1)
}

type node struct {
	kids []*node
	val  int
}

// sum recurses through its own receiver.
func (n *node) sum() int {
	s := n.val
	for _, k := range n.kids {
		s += k.sum()
	}
	return s
}

// depth recurses through its receiver variable by name.
func (n *node) depth() int {
	d := 0
	for _, k := range n.kids {
		d = max(d, k.depth())
	}
	if n != nil {
		return n.depthOf(d)
	}
	return d + 1
}

func (n *node) depthOf(d int) int { return d + 1 }

// walk is generic and calls its instantiation.
func walk[T any](xs []T, visit func(T) bool) bool {
	if len(xs) == 0 {
		return true
	}
	if !visit(xs[0]) {
		return false
	}
	return walk[T](xs[1:], visit)
}

// shadowed calls a local variable named like a function: not recursion.
func shadowed(n int) int {
	shadowed := func(int) int { return 0 }
	return shadowed(n)
}

// inspect calls ast.Inspect, another package's function: not recursion.
func inspect(n ast.Node) int {
	c := 0
	ast.Inspect(n, func(ast.Node) bool { c++; return true })
	return c
}
