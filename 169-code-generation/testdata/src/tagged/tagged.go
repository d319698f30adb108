//go:build special

package tagged

import "context"

func tagged(n int, ctx context.Context) {}
