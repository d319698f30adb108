package ctxfirst

import "context"

func good(ctx context.Context, n int) {}

func bad(n int, ctx context.Context) {} // want `context.Context should be the first parameter, not parameter 2`

func badGroup(a, b string, ctx context.Context) {} // want `not parameter 3`

type T struct{}

func (T) method(name string, ctx context.Context) {} // want `should be the first parameter`

var literal = func(x int, c context.Context) {} // want `should be the first parameter`

type iface interface {
	Do(id int, ctx context.Context) error // want `should be the first parameter`
}

func none(a, b int) {}
