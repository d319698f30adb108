package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompareMechanism checks that both sides ran every G of the spec and
// that the trace was parsed into figures; never how close they are.
func TestCompareMechanism(t *testing.T) {
	spec := &Spec{Name: "small", Channels: []ChanSpec{{Name: "c", Cap: 2}}, Goroutines: []GoroutineSpec{
		{Name: "main", Steps: []Step{{Spawn: "worker", Count: 8}, {Spawn: "consumer"}, {Repeat: 16, Steps: []Step{{Send: "c"}}}, {Wait: true}}},
		{Name: "worker", Steps: []Step{{CPU: us(300)}, {Sleep: us(200)}, {Syscall: us(100)}, {Yield: true}, {CPU: us(100)}}},
		{Name: "consumer", Steps: []Step{{Repeat: 16, Steps: []Step{{Recv: "c"}, {CPU: us(20)}}}}},
	}}
	sim, err := simSide(context.Background(), spec, 2, 1)
	require.NoError(t, err)
	real, err := realSide(context.Background(), spec, 2)
	require.NoError(t, err)
	assert.Equal(t, int64(10), sim.Gs, "simulator ran every G")
	assert.Equal(t, int64(10), real.Gs, "real run ran every G")
	assert.Positive(t, real.Starts, "the trace yielded G starts")
	assert.GreaterOrEqual(t, real.Starts, real.Gs, "every workload G started at least once in the trace")
	require.Len(t, real.Busy, 2)
	assert.Positive(t, real.Busy[0]+real.Busy[1], "busy time was found in the trace")
	assert.Positive(t, real.Wall)
	assert.LessOrEqual(t, real.P50, real.Max)
}

func TestCompareRefusesHugeSpecs(t *testing.T) {
	spec := &Spec{Goroutines: []GoroutineSpec{
		{Name: "main", Steps: []Step{{Spawn: "w", Count: maxCompareGs + 1}}},
		{Name: "w", Steps: []Step{{CPU: us(1)}}},
	}}
	_, err := realSide(context.Background(), spec, 1)
	assert.ErrorIs(t, err, ErrTooBigToCompare)
}

func TestSimCompareCommand(t *testing.T) {
	code, out, errOut := runMain(t, "sim", "-compare", "-scenario", "pingpong")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "real runtime")
	assert.Regexp(t, `goroutines run\s+4\s+4\n`, out)
}
