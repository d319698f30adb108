//go:build !linux

package main

import "time"

// threadCPU is only measured on Linux; elsewhere benchmarks report wall
// time alone.
func threadCPU() (time.Duration, bool) { return 0, false }
