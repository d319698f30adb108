// Package gen holds the types the builder and mock generators are run on.
package gen

import (
	"context"
	"io"
	"time"
)

// Config has required and optional fields, a field of another package's
// type, and zero values that must count as set.
type Config struct {
	Name    string        `builder:"required"`
	Retries int           `builder:"required"` // 0 is a valid choice
	Timeout time.Duration // optional
	Tags    []string
	secret  string
}

// Pair is generic.
type Pair[K comparable, V any] struct {
	Key   K `builder:"required"`
	Value V
}

// Store is an interface with context, variadic and multi-result methods,
// and an embedded interface from another package.
type Store interface {
	io.Closer
	Get(ctx context.Context, key string) (value []byte, found bool, err error)
	Put(ctx context.Context, key string, value []byte) error
	Delete(keys ...string) int
	Reset()
}

// Cache is a generic interface.
type Cache[K comparable, V any] interface {
	Load(key K) (V, bool)
	Store(key K, value V)
}
