package sleepintest

import "time"

// Backoff may sleep: it is not a test.
func Backoff() { time.Sleep(time.Millisecond) }
