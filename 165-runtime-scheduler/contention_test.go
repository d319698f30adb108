package main

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestContentionFindsCallSites(t *testing.T) {
	rep, err := AnalyzeContention(context.Background(), []string{"mutex", "atomic", "channel"}, 8, 3000)
	require.NoError(t, err)
	require.Len(t, rep.Workloads, 3)
	has := func(profile, fn string) bool {
		for _, s := range rep.Sites {
			if s.Profile == profile && strings.Contains(s.Function, fn) {
				assert.Positive(t, s.Delay)
				assert.True(t, strings.HasSuffix(s.File, "contention.go"), "site %+v is not in contention.go", s)
				assert.Positive(t, s.Line)
				return true
			}
		}
		return false
	}
	assert.True(t, has("mutex", "contendMutex"), "no mutex-profile site in contendMutex: %+v", rep.Sites)
	assert.True(t, has("block", "contendChannel"), "no block-profile site in contendChannel: %+v", rep.Sites)
	assert.False(t, has("mutex", "contendAtomic"), "atomics never appear in the mutex profile")
	for i := 1; i < len(rep.Sites); i++ {
		assert.GreaterOrEqual(t, rep.Sites[i-1].Delay, rep.Sites[i].Delay, "sites sorted by delay")
	}
}

// TestContentionMutexWaitMetric checks that /sync/mutex/wait/total grows
// under the mutex workload. The runtime samples it: casgstatus charges a
// wait only for one in gTrackingPeriod (8) of a goroutine's transitions
// out of _Gwaiting (runtime/proc.go), so a short run on a loaded machine
// can read zero. Rounds repeat until one reads a positive delta; ten
// zeros in a row mean the metric is not being fed.
func TestContentionMutexWaitMetric(t *testing.T) {
	for range 10 {
		rep, err := AnalyzeContention(context.Background(), []string{"mutex"}, 8, 3000)
		require.NoError(t, err)
		require.Len(t, rep.Workloads, 1)
		if rep.Workloads[0].MutexWait > 0 {
			return
		}
	}
	t.Fatal("/sync/mutex/wait/total did not grow in ten rounds of the mutex workload")
}

func TestContentionCommand(t *testing.T) {
	code, out, errOut := runMain(t, "contention", "-workloads", "mutex,channel", "-ops", "500", "-top", "3")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "profile  function")
	code, _, errOut = runMain(t, "contention", "-workloads", "spinlock")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "unknown workload")
}
