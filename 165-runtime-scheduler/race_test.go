//go:build race

package main

// raceEnabled: the race detector's instrumentation allocates, so
// allocation-count tests skip under it.
const raceEnabled = true
