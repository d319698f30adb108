package dirctx

import "context"

//lint:ignore ctxfirst kept for API compatibility with v1
func suppressed(n int, ctx context.Context) {}

func trailing(n int, ctx context.Context) {} //lint:ignore ctxfirst the caller order is fixed by a protocol

//lint:ignore ctxfirst,errwrap nothing here to suppress // want `//lint:ignore ctxfirst suppresses nothing`
func clean(ctx context.Context) {}

//lint:file-ignore errwrap a file-wide directive for another rule is not ours to judge

func notSuppressed(n int, ctx context.Context) {} // want `should be the first parameter`
