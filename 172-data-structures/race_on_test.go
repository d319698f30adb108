//go:build race

package main

// raceEnabled reports a -race build. The race detector's instrumentation
// makes frames larger, so goroutines outgrow their first 2 KiB stack at
// once and run on copied, larger stacks: the stack layout that
// StripedCounter's home cells are designed around is not the one a race
// build has.
const raceEnabled = true
