package main

// This file keeps SQS state on disk (serve -data DIR) as a journal: one
// JSON line per change (queue created, attributes set, message sent,
// received, made visible, deleted, redriven), appended while the queue's
// lock is held, so the journal's order is the order of the changes. On
// start the journal is replayed, then compacted: the current state is
// written as a fresh journal through a temporary file and an atomic rename.
// The same compaction runs while serving once the journal has grown past
// its threshold ([SQS.maybeCompact]), so a long-running emulator's journal
// stays proportional to its live state rather than to its history.
//
// Durability is a group commit (the technique of databases' write-ahead
// logs; see Gray and Reuter, "Transaction Processing", §9.4.6). Each line
// is appended to an in-memory buffer while the queue's lock is held; then,
// after the lock is released and before the request is answered, the
// handler waits until an fsync has covered everything appended so far
// ([sqsJournal.commit]). The first waiter becomes the leader: it writes
// the buffer with one write(2) and calls fsync; requests that append while
// it runs queue up behind it, and the next leader's one write and one fsync
// cover all of them. Under load the cost of an fsync is shared by every request
// that arrived during the previous one, so throughput stays close to
// unsynced writes while an acknowledged SendMessage or DeleteMessage
// survives a power loss, not just a crash of the process.
//
// ReceiveMessage and ChangeMessageVisibility are journalled and written
// before the answer (if a flush is running, they go with the next one)
// but do not wait for an fsync: losing them can only make a message
// visible again sooner, which at-least-once delivery allows (a receive count
// may be undercounted by the receives lost). Because the journal is only
// appended to, a power loss loses a suffix of it, never a line in the
// middle; a redrive writes the dead-letter queue's send before the source's
// delete, so any suffix lost leaves the message in one queue or both.
//
// A received message keeps its receive count and visibility across a
// restart, so at-least-once and maxReceiveCount both hold.

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// journalEvent is one line of the journal.
type journalEvent struct {
	Op      string           `json:"op"`
	Queue   string           `json:"queue"`
	ARN     string           `json:"arn,omitempty"`
	Attrs   *QueueAttributes `json:"attrs,omitempty"`
	Created time.Time        `json:"created,omitzero"`
	Msg     *journalMessage  `json:"msg,omitempty"`
	ID      string           `json:"id,omitempty"`
	// Receive and visibility state.
	Receives  int       `json:"receives,omitempty"`
	VisibleAt time.Time `json:"visibleAt,omitzero"`
	FirstRecv time.Time `json:"firstRecv,omitzero"`
	Handle    string    `json:"handle,omitempty"`
	Seq       uint64    `json:"seq,omitempty"`
	// A FIFO deduplication entry ("dedup" events, written by snapshots so
	// the 5-minute window outlives the deleted messages it remembers).
	DedupID  string    `json:"dedupId,omitempty"`
	DedupSeq string    `json:"dedupSeq,omitempty"`
	Until    time.Time `json:"until,omitzero"`
}

type journalMessage struct {
	ID        string                      `json:"id"`
	Body      string                      `json:"body"`
	Attrs     map[string]MessageAttribute `json:"attrs,omitempty"`
	MD5Body   string                      `json:"md5Body"`
	MD5Attrs  string                      `json:"md5Attrs,omitempty"`
	SentAt    time.Time                   `json:"sentAt"`
	VisibleAt time.Time                   `json:"visibleAt"`
	Receives  int                         `json:"receives,omitempty"`
	FirstRecv time.Time                   `json:"firstRecv,omitzero"`
	Handle    string                      `json:"handle,omitempty"`
	Inflight  bool                        `json:"inflight,omitempty"`
	GroupID   string                      `json:"group,omitempty"`
	DedupID   string                      `json:"dedup,omitempty"`
	Seq       string                      `json:"seq,omitempty"`
	SourceARN string                      `json:"source,omitempty"`
}

func toJournal(m *sqsMessage) *journalMessage {
	return &journalMessage{ID: m.id, Body: m.body, Attrs: m.attrs, MD5Body: m.md5Body, MD5Attrs: m.md5Attrs,
		SentAt: m.sentAt, VisibleAt: m.visibleAt, Receives: m.receives, FirstRecv: m.firstRecv, Handle: m.handle,
		Inflight: m.inflight, GroupID: m.groupID, DedupID: m.dedupID, Seq: m.seq, SourceARN: m.sourceARN}
}

func fromJournal(j *journalMessage) *sqsMessage {
	return &sqsMessage{id: j.ID, body: j.Body, attrs: j.Attrs, md5Body: j.MD5Body, md5Attrs: j.MD5Attrs,
		sentAt: j.SentAt, visibleAt: j.VisibleAt, receives: j.Receives, firstRecv: j.FirstRecv, handle: j.Handle,
		inflight: j.Inflight, groupID: j.GroupID, dedupID: j.DedupID, seq: j.Seq, sourceARN: j.SourceARN, senderID: DefaultAccountID}
}

// journalFile is the file a journal appends to: an *os.File, or in tests
// a file that can lose what was not synced.
type journalFile interface {
	io.Writer
	Sync() error
	Close() error
}

// sqsJournal appends events to DIR/sqs/journal.jsonl and makes them durable
// with a group commit. It is safe for concurrent use; a nil *sqsJournal
// records nothing.
//
// Appending only copies the line into a buffer: the queue's lock is held
// while appending, and a write(2) to a page the kernel is writing back can
// block until the running fsync ends, which would stall every request on
// the queue. The goroutine that leads a flush writes the whole buffer with
// one write(2) and, for a commit, fsyncs it.
type sqsJournal struct {
	// mu guards buf, written and err.
	mu      sync.Mutex
	buf     []byte // lines appended but not yet written to f
	written uint64 // lines appended
	err     error  // the first write or sync error; later changes are refused

	// flushMu guards flushing, synced, syncs and spare; flushDone is
	// signalled when a flush ends. Only the goroutine that set flushing
	// uses f. Lock order: flushMu before mu.
	flushMu   sync.Mutex
	flushDone *sync.Cond
	flushing  bool
	synced    uint64 // lines known to be on stable storage
	syncs     uint64 // fsyncs issued (for tests and benchmarks)
	// compactions counts online compactions (for tests); guarded by flushMu.
	compactions int
	spare       []byte // the other half of the double buffer
	f           journalFile

	// size is the journal file's length in bytes, updated by flushes;
	// compactAt is the size at which the next online compaction starts.
	size, compactAt atomic.Int64
	compacting      atomic.Bool
	path            string // the journal file, for compaction
}

func newSQSJournal(f journalFile) *sqsJournal {
	j := &sqsJournal{f: f}
	j.flushDone = sync.NewCond(&j.flushMu)
	return j
}

// ErrJournal wraps a failure to record a change durably.
var ErrJournal = errors.New("journal write failed")

func (j *sqsJournal) append(ev journalEvent) error {
	if j == nil {
		return nil
	}
	b, err := json.Marshal(ev)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrJournal, err)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.err != nil {
		return j.err
	}
	j.buf = append(append(j.buf, b...), '\n')
	j.written++
	return nil
}

// flushLocked writes the buffered lines to the file and, if sync is set,
// fsyncs it. The caller holds flushMu and no flush is running; flushMu is
// released during the IO and held again on return.
func (j *sqsJournal) flushLocked(sync bool) error {
	j.mu.Lock()
	data, upTo, err := j.buf, j.written, j.err
	j.buf = j.spare[:0]
	j.mu.Unlock()
	if err != nil {
		return err
	}
	j.flushing = true
	j.flushMu.Unlock()
	var ioErr error
	if len(data) > 0 {
		var n int
		n, ioErr = j.f.Write(data)
		j.size.Add(int64(n))
	}
	if ioErr == nil && sync {
		if ioErr = j.f.Sync(); ioErr != nil {
			ioErr = fmt.Errorf("fsync: %w", ioErr)
		}
	}
	j.flushMu.Lock()
	j.flushing = false
	j.spare = data[:0]
	if sync {
		j.syncs++
	}
	defer j.flushDone.Broadcast()
	if ioErr != nil {
		j.mu.Lock()
		defer j.mu.Unlock()
		if j.err == nil {
			j.err = fmt.Errorf("%w: %v", ErrJournal, ioErr)
		}
		return j.err
	}
	if sync {
		j.synced = max(j.synced, upTo)
	}
	return nil
}

// commit returns once every line appended before the call is on stable
// storage, or the error that prevents it. Concurrent callers share fsyncs:
// one leader writes and syncs while the others wait, and a leader's fsync
// covers every line appended before it started. After a failed write or
// fsync the journal refuses every later change and commit, since the
// kernel may have dropped the dirty pages and a later fsync could succeed
// without them.
func (j *sqsJournal) commit() error {
	if j == nil {
		return nil
	}
	j.mu.Lock()
	target, err := j.written, j.err
	j.mu.Unlock()
	if err != nil {
		return err
	}
	j.flushMu.Lock()
	defer j.flushMu.Unlock()
	for j.synced < target {
		if j.flushing {
			j.flushDone.Wait()
			continue
		}
		if err := j.flushLocked(true); err != nil {
			return err
		}
	}
	return nil
}

// write hands the buffered lines to the kernel without waiting for an
// fsync, so that changes which need not be durable before their answer
// (receives, visibility) still survive a crash of the process. If a flush
// is running, the lines wait for the next one.
func (j *sqsJournal) write() error {
	if j == nil {
		return nil
	}
	j.flushMu.Lock()
	defer j.flushMu.Unlock()
	if j.flushing {
		return nil
	}
	return j.flushLocked(false)
}

// close syncs what is left and closes the file.
func (j *sqsJournal) close() error {
	if j == nil {
		return nil
	}
	cerr := j.commit()
	j.flushMu.Lock()
	defer j.flushMu.Unlock()
	for j.flushing {
		j.flushDone.Wait()
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.err == nil {
		j.err = fmt.Errorf("%w: closed", ErrJournal)
	}
	return errors.Join(cerr, j.f.Close())
}

// OpenSQSJournal loads the queues a previous run left in dir/sqs and
// makes the emulator journal every later change there. Call it before
// serving; Close the emulator to close the journal.
func (s *SQS) OpenSQSJournal(dir string) error {
	root := filepath.Join(dir, "sqs")
	if err := os.MkdirAll(root, 0o755); err != nil {
		return fmt.Errorf("open journal: %w", err)
	}
	path := filepath.Join(root, "journal.jsonl")
	if err := s.replay(path); err != nil {
		return err
	}
	// Compact: the current state, as a fresh journal, replaces the old.
	unlock := s.lockAll()
	lines, err := s.snapshotLocked()
	unlock()
	if err != nil {
		return fmt.Errorf("compact journal: %w", err)
	}
	if err := writeAtomic(path, lines); err != nil {
		return fmt.Errorf("compact journal: %w", err)
	}
	open := s.openJournalFile
	if open == nil {
		open = func(path string) (journalFile, error) { return os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o644) }
	}
	f, err := open(path)
	if err != nil {
		return fmt.Errorf("open journal: %w", err)
	}
	j := newSQSJournal(f)
	j.path = path
	j.size.Store(int64(len(lines)))
	j.compactAt.Store(compactThreshold(s.compactMin, int64(len(lines))))
	s.mu.Lock()
	s.journal = j
	for _, q := range s.queues {
		q.mu.Lock()
		q.journal = j
		q.mu.Unlock()
	}
	s.mu.Unlock()
	return nil
}

// lockAll locks the emulator and every queue (in name order), so that no
// change can be made or journalled, and returns the function that unlocks
// them. Lock order everywhere: s.mu, then queues, then the journal's locks.
func (s *SQS) lockAll() (unlock func()) {
	s.mu.Lock()
	names := slices.Sorted(maps.Keys(s.queues))
	for _, name := range names {
		s.queues[name].mu.Lock()
	}
	return func() {
		for _, name := range names {
			s.queues[name].mu.Unlock()
		}
		s.mu.Unlock()
	}
}

// snapshotLocked renders the current state as journal lines: each queue's
// creation followed by its live messages. The caller holds lockAll.
func (s *SQS) snapshotLocked() ([]byte, error) {
	var lines []byte
	for _, name := range slices.Sorted(maps.Keys(s.queues)) {
		q := s.queues[name]
		a := q.attrs
		evs := []journalEvent{{Op: "create", Queue: name, ARN: q.ARN, Attrs: &a, Created: q.created, Seq: q.seq}}
		for _, m := range q.msgs {
			if !m.deleted {
				evs = append(evs, journalEvent{Op: "send", Queue: name, Msg: toJournal(m)})
			}
		}
		// The dedup window remembers messages already deleted: without
		// these lines a resend inside the window after a restart from
		// this snapshot would be delivered twice.
		now := time.Now()
		for _, k := range slices.Sorted(maps.Keys(q.dedup)) {
			if e := q.dedup[k]; e.until.After(now) {
				evs = append(evs, journalEvent{Op: "dedup", Queue: name, ID: e.id, DedupID: k, DedupSeq: e.seq, Until: e.until})
			}
		}
		for _, ev := range evs {
			b, err := json.Marshal(ev)
			if err != nil {
				return nil, err
			}
			lines = append(append(lines, b...), '\n')
		}
	}
	return lines, nil
}

// defaultCompactMin is the journal size below which it is never compacted
// while running; above it, it is compacted once it has grown to four times
// the size of the last snapshot.
const defaultCompactMin = 64 << 20

func compactThreshold(min, snapshot int64) int64 {
	if min <= 0 {
		min = defaultCompactMin
	}
	return max(min, 4*snapshot)
}

// maybeCompact compacts the journal while the emulator runs, once it has
// grown past its threshold: every change is held off (lockAll) while the
// current state is written to a temporary file, fsynced and renamed over
// the journal, which the journal then appends to. The snapshot reflects
// every line still buffered, so those are dropped, and everything appended
// so far counts as synced. The pause is the time to write and fsync the
// live state. A failure leaves the old journal in use and is logged.
func (s *SQS) maybeCompact() {
	s.mu.RLock()
	j := s.journal
	s.mu.RUnlock()
	if j == nil || j.size.Load() < j.compactAt.Load() || !j.compacting.CompareAndSwap(false, true) {
		return
	}
	defer j.compacting.Store(false)
	unlock := s.lockAll()
	defer unlock()
	j.flushMu.Lock()
	defer j.flushMu.Unlock()
	for j.flushing {
		j.flushDone.Wait()
	}
	lines, err := s.snapshotLocked()
	if err == nil {
		err = writeAtomic(j.path, lines)
	}
	var f journalFile
	if err == nil {
		open := s.openJournalFile
		if open == nil {
			open = func(path string) (journalFile, error) { return os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o644) }
		}
		f, err = open(j.path)
	}
	if err != nil {
		// The rename is atomic: either the old journal is still in place
		// and complete, or the new one is; keep appending to the old file
		// only if the rename did not happen.
		s.opts.Logger.Error("sqs journal compaction failed", "err", err)
		j.compactAt.Store(2 * j.size.Load())
		if f == nil && fileReplaced(j.path, j.f) {
			j.mu.Lock()
			j.err = fmt.Errorf("%w: compaction: %v", ErrJournal, err)
			j.mu.Unlock()
		}
		return
	}
	_ = j.f.Close()
	j.f = f
	j.mu.Lock()
	j.buf = j.buf[:0]
	j.synced = j.written
	j.mu.Unlock()
	j.size.Store(int64(len(lines)))
	j.compactAt.Store(compactThreshold(s.compactMin, int64(len(lines))))
	j.compactions++
	j.flushDone.Broadcast()
}

// fileReplaced reports whether path no longer names the file f is open on.
func fileReplaced(path string, f journalFile) bool {
	of, ok := f.(*os.File)
	if !ok {
		return true
	}
	a, err1 := of.Stat()
	b, err2 := os.Stat(path)
	return err1 != nil || err2 != nil || !os.SameFile(a, b)
}

// writeJournal hands journalled changes to the kernel without an fsync.
func (s *SQS) writeJournal() error {
	s.mu.RLock()
	j := s.journal
	s.mu.RUnlock()
	return j.write()
}

// Sync returns once every change made so far is on stable storage (a no-op
// without a journal). The HTTP handler calls it before answering a request
// that changed a queue; in-process callers of [Queue] methods call it
// themselves.
func (s *SQS) Sync() error {
	s.mu.RLock()
	j := s.journal
	s.mu.RUnlock()
	return j.commit()
}

// Close syncs and closes the journal, if any.
func (s *SQS) Close() error {
	s.mu.RLock()
	j := s.journal
	s.mu.RUnlock()
	return j.close()
}

// replay applies a journal to the emulator's memory.
func (s *SQS) replay(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("replay journal: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		var ev journalEvent
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			// A torn last line is what a crash mid-write leaves; anything
			// before it is intact.
			if !sc.Scan() {
				break
			}
			return fmt.Errorf("replay journal line %d: %w: %v", line, ErrJournalCorrupt, err)
		}
		if err := s.applyEvent(ev); err != nil {
			return fmt.Errorf("replay journal line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("replay journal: %w: %v", ErrJournalCorrupt, err)
	}
	return nil
}

// ErrJournalCorrupt means a journal line other than a torn last one could
// not be read: the emulator refuses to start rather than drop changes.
var ErrJournalCorrupt = errors.New("journal corrupt")

func (s *SQS) applyEvent(ev journalEvent) error {
	switch {
	case ev.Queue == "":
		return fmt.Errorf("%w: %q event without a queue", ErrJournalCorrupt, ev.Op)
	case (ev.Op == "create" || ev.Op == "attrs") && ev.Attrs == nil:
		return fmt.Errorf("%w: %q event without attributes", ErrJournalCorrupt, ev.Op)
	case ev.Op == "send" && (ev.Msg == nil || ev.Msg.ID == ""):
		return fmt.Errorf("%w: send event without a message", ErrJournalCorrupt)
	case ev.Op == "dedup" && ev.DedupID == "":
		return fmt.Errorf("%w: dedup event without a deduplication id", ErrJournalCorrupt)
	case !slices.Contains([]string{"create", "delete-queue", "attrs", "purge", "send", "receive", "visibility", "delete", "dedup"}, ev.Op):
		return fmt.Errorf("%w: unknown event %q", ErrJournalCorrupt, ev.Op)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if ev.Op == "create" {
		q := newQueue(ev.Queue, ev.ARN, *ev.Attrs)
		if !ev.Created.IsZero() {
			q.created = ev.Created
		}
		q.seq = ev.Seq
		s.queues[ev.Queue] = q
		return nil
	}
	q, ok := s.queues[ev.Queue]
	if !ok {
		return nil // changes to a queue deleted later
	}
	if ev.Op == "delete-queue" {
		delete(s.queues, ev.Queue)
		return nil
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	switch ev.Op {
	case "attrs":
		q.attrs = *ev.Attrs
	case "purge":
		q.msgs, q.dead = nil, 0
		clear(q.byID)
	case "send":
		if q.byID[ev.Msg.ID] != nil {
			return nil // ids are unique; keep the first
		}
		m := fromJournal(ev.Msg)
		q.msgs = append(q.msgs, m)
		q.byID[m.id] = m
		if m.dedupID != "" {
			q.dedup[m.dedupID] = dedupEntry{id: m.id, seq: m.seq, until: m.sentAt.Add(fifoDedupWindow)}
			var n uint64
			fmt.Sscan(m.seq, &n)
			q.seq = max(q.seq, n)
		}
	case "dedup":
		q.dedup[ev.DedupID] = dedupEntry{id: ev.ID, seq: ev.DedupSeq, until: ev.Until}
	case "receive", "visibility":
		if m := q.byID[ev.ID]; m != nil {
			m.visibleAt = ev.VisibleAt
			if ev.Op == "receive" {
				m.receives, m.firstRecv, m.handle, m.inflight = ev.Receives, ev.FirstRecv, ev.Handle, true
			}
		}
	case "delete":
		if m := q.byID[ev.ID]; m != nil {
			q.remove(m)
			q.compact()
		}
	}
	return nil
}
