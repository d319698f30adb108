// Package sample is input for the rewrite tests: the same file through
// gofmt -r and through ours must come out byte for byte the same.
package sample

import (
	"bytes"
	"fmt"
	"strings"
)

func slices(a []int, s string, b int) ([]int, string) {
	// trim the head
	x := a[b:len(a)] // a trailing comment on the slice
	y := s[1:len(s)]
	/* a block comment */
	z := a[len(a)-1 : len(a)]
	_ = z
	return x, y
}

func equalities(p, q []byte, n int) bool {
	if bytes.Compare(p, q) == 0 { // equal?
		return n+0 == n
	}
	return (n) == (n+0) && strings.Compare(string(p), string(q)) != 0
}

func nested(a [][]int, i int) []int {
	return a[i][0:len(a[i])][0:len(a[i][0:len(a[i])])]
}

func errs(err error) error {
	if err != nil {
		return fmt.Errorf("wrapped: %v", err)
	}
	return nil
}

var table = map[string]int{
	"a": 1 + 0, // one
	"b": 2 + 0,
}
