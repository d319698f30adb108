package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/synctest"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// powerLossFile is a journal file that remembers how much of itself an
// fsync has covered, so a test can cut it back to that: what a power loss
// leaves. Bytes written while a Sync runs count as not covered by it.
type powerLossFile struct {
	*os.File
	mu      sync.Mutex
	size    int64 // bytes written
	durable int64 // bytes covered by a finished Sync
}

func (f *powerLossFile) Write(b []byte) (int, error) {
	n, err := f.File.Write(b)
	f.mu.Lock()
	f.size += int64(n)
	f.mu.Unlock()
	return n, err
}

func (f *powerLossFile) Sync() error {
	f.mu.Lock()
	size := f.size
	f.mu.Unlock()
	// The real fsync is left out: this test is about which bytes the
	// emulator asked to be durable before answering, not about the disk.
	f.mu.Lock()
	f.durable = max(f.durable, size)
	f.mu.Unlock()
	return nil
}

func (f *powerLossFile) durableSize() int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.durable
}

// TestSQSJournalSurvivesPowerLoss sends and deletes messages from many
// goroutines through the SDK, cuts the journal back to what had been
// fsynced at an arbitrary moment (plus a torn half of the rest), restarts,
// and checks that every SendMessage and DeleteMessage acknowledged before
// that moment survived.
func TestSQSJournalSurvivesPowerLoss(t *testing.T) {
	dir := t.TempDir()
	emu := NewSQS(SQSOptions{})
	var file *powerLossFile
	emu.openJournalFile = func(path string) (journalFile, error) {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return nil, err
		}
		st, err := f.Stat()
		if err != nil {
			return nil, err
		}
		// The compacted journal was written with an fsync before the rename.
		file = &powerLossFile{File: f, size: st.Size(), durable: st.Size()}
		return file, nil
	}
	require.NoError(t, emu.OpenSQSJournal(dir))
	srv := httptest.NewServer(emu)
	defer srv.Close()
	ctx := t.Context()
	cfg, err := ClientConfig{Endpoint: srv.URL, AccessKey: "a", SecretKey: "b"}.awsConfig(ctx)
	require.NoError(t, err)
	cfg.Retryer = func() aws.Retryer { return aws.NopRetryer{} }
	c := sqs.NewFromConfig(cfg)
	q := mustQueue(t, c, "jobs", map[string]string{"VisibilityTimeout": "600"})

	// Messages to delete concurrently later, received once.
	const workers, perWorker = 6, 12
	var toDelete []sqstypes.Message
	for range workers * 2 {
		_, err := c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &q, Entries: batchEntries("pre", 5)})
		require.NoError(t, err)
	}
	for len(toDelete) < workers*10 {
		got, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 10})
		require.NoError(t, err)
		toDelete = append(toDelete, got.Messages...)
	}

	var (
		mu         sync.Mutex
		ackedSends = map[string]bool{}
		ackedDels  = map[string]bool{}
		wg         sync.WaitGroup
		cut        = make(chan struct{})
		halfway    sync.WaitGroup
	)
	halfway.Add(workers)
	for w := range workers {
		wg.Go(func() {
			for i := range perWorker {
				if i == perWorker/2 {
					halfway.Done()
				}
				select {
				case <-cut:
					return
				default:
				}
				if i%3 == 2 {
					out, err := c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &q, Entries: batchEntries(fmt.Sprint("w", w, "-", i), 3)})
					if err == nil {
						mu.Lock()
						for _, e := range out.Successful {
							ackedSends[aws.ToString(e.MessageId)] = true
						}
						mu.Unlock()
					}
				} else {
					out, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String(fmt.Sprint("w", w, "-", i))})
					if err == nil {
						mu.Lock()
						ackedSends[aws.ToString(out.MessageId)] = true
						mu.Unlock()
					}
				}
				m := toDelete[w*10+i%10]
				if _, err := c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &q, ReceiptHandle: m.ReceiptHandle}); err == nil {
					mu.Lock()
					ackedDels[aws.ToString(m.MessageId)] = true
					mu.Unlock()
				}
			}
		})
	}
	// The power fails while the workers are halfway through.
	halfway.Wait()
	mu.Lock()
	sends, dels := len(ackedSends), len(ackedDels)
	wantSends, wantDels := make(map[string]bool, sends), make(map[string]bool, dels)
	for id := range ackedSends {
		wantSends[id] = !ackedDels[id]
	}
	for id := range ackedDels {
		wantDels[id] = true
	}
	mu.Unlock()
	durable := file.durableSize() // covers everything acknowledged above
	close(cut)
	wg.Wait()
	srv.Close()
	require.NoError(t, emu.Close())
	require.NotZero(t, sends)
	require.NotZero(t, dels)

	path := filepath.Join(dir, "sqs", "journal.jsonl")
	all, err := os.ReadFile(path)
	require.NoError(t, err)
	lost := all[durable:]
	require.NoError(t, os.WriteFile(path, append(all[:durable:durable], lost[:len(lost)/2]...), 0o644))

	emu2 := NewSQS(SQSOptions{})
	require.NoError(t, emu2.OpenSQSJournal(dir))
	defer emu2.Close()
	queue, err := emu2.queueByName("jobs")
	require.NoError(t, err)
	present := map[string]bool{}
	queue.mu.Lock()
	for _, m := range queue.msgs {
		if !m.deleted {
			present[m.id] = true
		}
	}
	queue.mu.Unlock()
	for id, keep := range wantSends {
		if keep {
			assert.True(t, present[id], "acknowledged send %s lost", id)
		}
	}
	for id := range wantDels {
		assert.False(t, present[id], "acknowledged delete %s undone", id)
	}
	t.Logf("%d sends and %d deletes acknowledged before the cut; %d of %d journal bytes durable", sends, dels, durable, len(all))
}

func batchEntries(prefix string, n int) []sqstypes.SendMessageBatchRequestEntry {
	out := make([]sqstypes.SendMessageBatchRequestEntry, n)
	for i := range out {
		out[i] = sqstypes.SendMessageBatchRequestEntry{Id: aws.String(fmt.Sprint("e", i)), MessageBody: aws.String(fmt.Sprint(prefix, "/", i))}
	}
	return out
}

// gatedFile is a journal file whose Sync blocks until the test lets it
// finish, and which can be told to fail.
type gatedFile struct {
	gate  chan error
	lines int
}

func (f *gatedFile) Write(b []byte) (int, error) {
	f.lines += bytes.Count(b, []byte("\n"))
	return len(b), nil
}
func (f *gatedFile) Sync() error  { return <-f.gate }
func (f *gatedFile) Close() error { return nil }

// TestJournalGroupCommit checks the group commit in virtual time: while
// one fsync runs, later commits wait, and one more fsync covers them all.
func TestJournalGroupCommit(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		f := &gatedFile{gate: make(chan error)}
		j := newSQSJournal(f)
		errs := make(chan error, 4)
		require.NoError(t, j.append(journalEvent{Op: "send"}))
		go func() { errs <- j.commit() }() // the leader, blocked in Sync
		synctest.Wait()
		for range 3 {
			require.NoError(t, j.append(journalEvent{Op: "send"}))
			go func() { errs <- j.commit() }()
		}
		synctest.Wait() // all three wait behind the leader
		f.gate <- nil   // the first fsync covers only the first line
		require.NoError(t, <-errs)
		synctest.Wait()
		f.gate <- nil // one fsync for the other three
		for range 3 {
			require.NoError(t, <-errs)
		}
		assert.Equal(t, uint64(2), j.syncs, "fsyncs for 4 commits")
		assert.Equal(t, 4, f.lines)
		assert.Equal(t, uint64(4), j.synced)
		require.NoError(t, j.commit(), "nothing new: no fsync")
		assert.Equal(t, uint64(2), j.syncs)
	})
}

// TestJournalSyncFailure checks that a failed fsync fails the commits
// waiting on it and every later write: the kernel may have dropped the
// dirty pages, so a later fsync could succeed without them.
func TestJournalSyncFailure(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		f := &gatedFile{gate: make(chan error)}
		j := newSQSJournal(f)
		require.NoError(t, j.append(journalEvent{Op: "send"}))
		errs := make(chan error, 2)
		go func() { errs <- j.commit() }()
		synctest.Wait()
		require.NoError(t, j.append(journalEvent{Op: "send"}))
		go func() { errs <- j.commit() }()
		synctest.Wait()
		f.gate <- errors.New("EIO")
		for range 2 {
			assert.ErrorIs(t, <-errs, ErrJournal)
		}
		assert.ErrorIs(t, j.append(journalEvent{Op: "send"}), ErrJournal)
		assert.ErrorIs(t, j.commit(), ErrJournal)
		assert.Equal(t, 1, f.lines, "the line appended during the failed fsync is never written")
	})
}

// TestSQSSyncFailureIsAnError checks what a client sees when the journal
// cannot be synced: a 500 InternalError, never an acknowledgement.
func TestSQSSyncFailureIsAnError(t *testing.T) {
	emu, c := newSQSInMemory(t)
	f := &gatedFile{gate: make(chan error, 1)}
	emu.openJournalFile = func(string) (journalFile, error) { return f, nil }
	require.NoError(t, emu.OpenSQSJournal(t.TempDir()))
	ctx := t.Context()
	f.gate <- nil
	q := mustQueue(t, c, "q", nil)
	f.gate <- errors.New("EIO")
	_, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("x")})
	var apiErr interface{ ErrorCode() string }
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "InternalError", apiErr.ErrorCode())
	_, err = c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String("y")})
	require.ErrorAs(t, err, &apiErr, "later changes are refused too")
}

// TestSQSJournalCompactsWhileRunning drives enough traffic from several
// SDK clients to make the journal compact itself many times, then checks
// that the file stayed small and that a restart restores exactly the
// messages that were left.
func TestSQSJournalCompactsWhileRunning(t *testing.T) {
	dir := t.TempDir()
	emu := NewSQS(SQSOptions{})
	emu.compactMin = 16 << 10
	require.NoError(t, emu.OpenSQSJournal(dir))
	srv := httptest.NewServer(emu)
	defer srv.Close()
	ctx := t.Context()
	cfg, err := ClientConfig{Endpoint: srv.URL, AccessKey: "a", SecretKey: "b"}.awsConfig(ctx)
	require.NoError(t, err)
	c := sqs.NewFromConfig(cfg)
	churn := mustQueue(t, c, "churn", nil)
	keep := mustQueue(t, c, "keep", map[string]string{"VisibilityTimeout": "600"})

	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		kept = map[string]bool{}
	)
	for w := range 4 {
		wg.Go(func() {
			for i := range 25 {
				_, err := c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &churn, Entries: batchEntries(fmt.Sprint(w, "/", i), 10)})
				assert.NoError(t, err)
				got, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &churn, MaxNumberOfMessages: 10})
				if !assert.NoError(t, err) {
					return
				}
				del := make([]sqstypes.DeleteMessageBatchRequestEntry, len(got.Messages))
				for k, m := range got.Messages {
					del[k] = sqstypes.DeleteMessageBatchRequestEntry{Id: aws.String(fmt.Sprint("d", k)), ReceiptHandle: m.ReceiptHandle}
				}
				if len(del) > 0 {
					out, err := c.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{QueueUrl: &churn, Entries: del})
					assert.NoError(t, err)
					assert.Empty(t, out.Failed)
				}
				if i%5 == 0 {
					out, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &keep, MessageBody: aws.String(fmt.Sprint("keep ", w, "/", i))})
					if assert.NoError(t, err) {
						mu.Lock()
						kept[aws.ToString(out.MessageId)] = true
						mu.Unlock()
					}
				}
			}
		})
	}
	wg.Wait()
	// Drain what the concurrent receives missed, and leave one kept
	// message in flight: its receive must survive too.
	for {
		got, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &churn, MaxNumberOfMessages: 10})
		require.NoError(t, err)
		if len(got.Messages) == 0 {
			break
		}
		for _, m := range got.Messages {
			_, err := c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &churn, ReceiptHandle: m.ReceiptHandle})
			require.NoError(t, err)
		}
	}
	got, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &keep})
	require.NoError(t, err)
	require.Len(t, got.Messages, 1)

	j := emu.journal
	j.flushMu.Lock()
	compactions := j.compactions
	j.flushMu.Unlock()
	assert.Greater(t, compactions, 3, "the journal compacted itself while running")
	st, err := os.Stat(filepath.Join(dir, "sqs", "journal.jsonl"))
	require.NoError(t, err)
	t.Logf("%d compactions; journal %d bytes, next compaction at %d", compactions, st.Size(), j.compactAt.Load())
	assert.Less(t, st.Size(), 2*j.compactAt.Load(), "the journal stays near its threshold")
	srv.Close()
	require.NoError(t, emu.Close())

	emu2 := NewSQS(SQSOptions{})
	require.NoError(t, emu2.OpenSQSJournal(dir))
	defer emu2.Close()
	for name, want := range map[string]map[string]bool{"churn": {}, "keep": kept} {
		q, err := emu2.queueByName(name)
		require.NoError(t, err)
		present := map[string]bool{}
		q.mu.Lock()
		for _, m := range q.msgs {
			if !m.deleted {
				present[m.id] = true
			}
		}
		q.mu.Unlock()
		assert.Equal(t, want, present, "queue %s after restart", name)
	}
	q, err := emu2.queueByName("keep")
	require.NoError(t, err)
	_, inflight, _ := q.Counts()
	assert.Equal(t, 1, inflight, "the in-flight message is still in flight")
}

// TestSQSSurvivesKill runs `serve -data` as a child process, sends and
// deletes from four SDK clients at once, kills the child with SIGKILL in
// the middle of that traffic, and opens the same directory again: every
// acknowledged send that was not also deleted is there, and no
// acknowledged delete came back.
func TestSQSSurvivesKill(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childServeEnv+"="+strings.Join([]string{
		"serve", "-addr", "127.0.0.1:0", "-data", dir, "-access-key", "k", "-secret-key", "s"}, "\n"))
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	m := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+) `).FindStringSubmatch(line)
	require.NotNil(t, m, "serve printed %q", line)

	ctx := t.Context()
	cfg, err := ClientConfig{Endpoint: m[1], AccessKey: "k", SecretKey: "s",
		Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })}.awsConfig(ctx)
	require.NoError(t, err)
	c := sqs.NewFromConfig(cfg)
	q := mustQueue(t, c, "jobs", map[string]string{"VisibilityTimeout": "600"})
	var toDelete []sqstypes.Message
	for range 4 {
		_, err := c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &q, Entries: batchEntries("pre", 10)})
		require.NoError(t, err)
	}
	for len(toDelete) < 40 {
		got, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 10})
		require.NoError(t, err)
		toDelete = append(toDelete, got.Messages...)
	}

	var (
		mu         sync.Mutex
		ackedSends = map[string]bool{}
		ackedDels  = map[string]bool{}
		wg         sync.WaitGroup
		enough     = make(chan struct{})
		once       sync.Once
	)
	for w := range 4 {
		wg.Go(func() {
			for i := 0; ; i++ {
				out, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &q, MessageBody: aws.String(fmt.Sprint(w, "/", i))})
				if err != nil {
					return // the child is gone
				}
				mu.Lock()
				ackedSends[aws.ToString(out.MessageId)] = true
				if len(ackedSends) >= 60 {
					once.Do(func() { close(enough) })
				}
				mu.Unlock()
				if i < 10 {
					msg := toDelete[w*10+i]
					if _, err := c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &q, ReceiptHandle: msg.ReceiptHandle}); err != nil {
						return
					}
					mu.Lock()
					ackedDels[aws.ToString(msg.MessageId)] = true
					mu.Unlock()
				}
			}
		})
	}
	<-enough
	require.NoError(t, cmd.Process.Kill())
	wg.Wait()
	_ = cmd.Wait()

	emu := NewSQS(SQSOptions{})
	require.NoError(t, emu.OpenSQSJournal(dir))
	defer emu.Close()
	queue, err := emu.queueByName("jobs")
	require.NoError(t, err)
	present := map[string]bool{}
	queue.mu.Lock()
	for _, m := range queue.msgs {
		if !m.deleted {
			present[m.id] = true
		}
	}
	queue.mu.Unlock()
	mu.Lock()
	defer mu.Unlock()
	for id := range ackedSends {
		assert.True(t, present[id], "acknowledged send %s lost", id)
	}
	for id := range ackedDels {
		assert.False(t, present[id], "acknowledged delete %s undone", id)
	}
	t.Logf("killed after %d acknowledged sends and %d deletes; %d messages after restart", len(ackedSends), len(ackedDels), len(present))
}
