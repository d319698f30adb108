package main

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGroupSyncerCoversEveryWaiter runs many writers at once: each makes
// a change, then waits; when its wait returns, a barrier that began after
// its change must have ended, and the barriers must have been shared.
func TestGroupSyncerCoversEveryWaiter(t *testing.T) {
	var written, covered atomic.Int64
	var barriers atomic.Int64
	g := &groupSyncer{barrier: func() error {
		snap := written.Load()
		barriers.Add(1)
		for {
			c := covered.Load()
			if snap <= c || covered.CompareAndSwap(c, snap) {
				return nil
			}
		}
	}}
	const writers, rounds = 16, 50
	var wg sync.WaitGroup
	for range writers {
		wg.Go(func() {
			for range rounds {
				mine := written.Add(1)
				if err := g.wait(); err != nil {
					t.Error(err)
					return
				}
				if got := covered.Load(); got < mine {
					t.Errorf("wait returned with change %d not covered (covered %d)", mine, got)
					return
				}
			}
		})
	}
	wg.Wait()
	assert.LessOrEqual(t, barriers.Load(), int64(writers*rounds))
	t.Logf("%d changes, %d barriers", writers*rounds, barriers.Load())
}

// TestGroupSyncerErrorIsSticky fails one barrier: that wait and every
// later one report it, since a later success would prove nothing.
func TestGroupSyncerErrorIsSticky(t *testing.T) {
	errDisk := errors.New("disk on fire")
	calls := 0
	g := &groupSyncer{barrier: func() error {
		calls++
		if calls == 2 {
			return errDisk
		}
		return nil
	}}
	require.NoError(t, g.wait())
	assert.ErrorIs(t, g.wait(), errDisk)
	assert.ErrorIs(t, g.wait(), errDisk)
	assert.Equal(t, 2, calls, "no barrier after the failure")
}
