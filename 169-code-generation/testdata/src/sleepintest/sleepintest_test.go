package sleepintest

import (
	"testing"
	"time"
)

func TestSlow(t *testing.T) {
	time.Sleep(10 * time.Millisecond) // want `time.Sleep in a test`
	<-time.After(time.Millisecond)
}
