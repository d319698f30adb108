package main

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPreemptMechanism checks what each mode's mechanism guarantees, never
// how fast: with a way to stop the loop (a signal, a stack check, a
// Gosched) the waiter runs while the loop is still going; without one it
// does not run until the loop ends.
func TestPreemptMechanism(t *testing.T) {
	if testing.Short() {
		t.Skip("runs four child processes")
	}
	tests := []struct {
		mode           string
		wantWokeDuring bool
	}{
		{"async", true},
		{"asyncoff", false},
		{"calls", true},
		{"gosched", true},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			var m preemptMode
			for _, pm := range preemptModes {
				if pm.name == tt.mode {
					m = pm
				}
			}
			require.NotEmpty(t, m.name)
			rep, err := measurePreempt(context.Background(), m, 100*time.Millisecond)
			require.NoError(t, err)
			assert.Equal(t, 1, rep.GOMAXPROCS)
			assert.Equal(t, tt.wantWokeDuring, rep.WokeDuringHog, "waiter ran during the hog (delays %v)", rep.Delays)
			assert.NotEmpty(t, rep.Delays, "the waiter slept at least once while the hog ran")
			if !tt.wantWokeDuring {
				// Its one sleep overlapping the loop waited for the loop's end.
				assert.Len(t, rep.Delays, 1)
			}
		})
	}
}

func TestPreemptQuantile(t *testing.T) {
	r := &PreemptReport{Delays: []time.Duration{5, 1, 4, 2, 3}}
	assert.Equal(t, time.Duration(3), r.Quantile(0.5))
	assert.Equal(t, time.Duration(5), r.Quantile(1))
	assert.Equal(t, time.Duration(0), (&PreemptReport{}).Quantile(0.5))
}
