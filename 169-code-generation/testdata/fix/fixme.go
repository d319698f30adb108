// Package fix is input for the type-aware fixes: each construct that a
// fix must change, and each one it must leave alone.
package fix

import (
	"errors"
	"fmt"
	"io"
	"io/ioutil"
	"os"
)

// Box holds anything.
type Box struct {
	Value interface{} // the value, of any type
	// Extra is documented above its field.
	Extra map[string]interface{}
}

// Describe formats v.
func Describe(v interface{}) string { return fmt.Sprint(v) }

func shadowed() {
	type any = int // a local any: interface{} must stay interface{} here
	var x interface{} = any(1)
	_ = x
}

// NotFound reports a missing key.
func NotFound(key string, n int) error {
	// build the message
	return errors.New(fmt.Sprintf("key %q not found after %d tries", key, n)) // keep this comment
}

// Wrapped must stay: Errorf would wrap where Sprintf printed %!w.
func Wrapped(err error) error {
	return errors.New(fmt.Sprintf("failed: %w", err))
}

// Slurp reads everything.
func Slurp(r io.Reader, name string) ([]byte, error) {
	b, err := ioutil.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if err := ioutil.WriteFile(name, b, 0o644); err != nil {
		return nil, err
	}
	entries, _ := ioutil.ReadDir(".") // ReadDir stays: os.ReadDir returns DirEntry
	_ = entries
	return ioutil.ReadFile(name)
}

// Loops counts in several ways.
func Loops(xs []int, n int) (sum int) {
	// a plain counting loop
	for i := 0; i < n; i++ {
		sum += i
	}
	for i := 0; i < len(xs); i++ { // over a slice's length
		sum += xs[i]
	}
	for i := 0; i < 10; i++ {
		sum++
	}
	for i := 0; i < n; i++ {
		i++ // modifies i: must stay
	}
	for i := 0; i < len(xs); i++ {
		xs = xs[1:] // modifies the bound: must stay
	}
	for i := 0; i < n; i += 2 { // steps by 2: must stay
		sum += i
	}
	m := n
	for i := 0; i < m; i++ {
		sum += i
	}
	m = 3 // m changes later in the function: the loop above must stay
	_ = m
	for i := 0; /* a comment in the header */ i < n; i++ {
		sum += i
	}
	return sum
}

// Sum's bound is len of a slice the function never assigns.
func Sum(xs []int) (t int) {
	for i := 0; i < len(xs); i++ {
		t += xs[i] // indexes: the key stays
	}
	return t
}

var _ = os.Getenv
