package main

// This file keeps SQS state on disk (serve -data DIR) as a journal: one
// JSON line per change (queue created, attributes set, message sent,
// received, made visible, deleted, redriven), appended while the queue's
// lock is held, so the journal's order is the order of the changes. On
// start the journal is replayed, then compacted: the current state is
// written as a fresh journal through a temporary file and an atomic rename.
//
// Each line is written with one write(2) before the request is answered,
// so a message the emulator acknowledged survives a crash of the emulator
// process; the file is not fsynced per line (a power loss can lose the last
// lines), a trade documented in the README. A received message keeps its
// receive count and visibility across a restart, so at-least-once and
// maxReceiveCount both hold.

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
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

// sqsJournal appends events to DIR/sqs/journal.jsonl.
type sqsJournal struct {
	// mu guards f and err.
	mu  sync.Mutex
	f   *os.File
	err error // the first write error; later writes are refused
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
	b = append(b, '\n')
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.err != nil {
		return j.err
	}
	if _, err := j.f.Write(b); err != nil {
		j.err = fmt.Errorf("%w: %v", ErrJournal, err)
		return j.err
	}
	return nil
}

func (j *sqsJournal) close() error {
	if j == nil {
		return nil
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.f.Close()
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
	var lines []byte
	s.mu.RLock()
	names := slices.Sorted(maps.Keys(s.queues))
	for _, name := range names {
		q := s.queues[name]
		q.mu.Lock()
		a := q.attrs
		evs := []journalEvent{{Op: "create", Queue: name, ARN: q.ARN, Attrs: &a, Created: q.created, Seq: q.seq}}
		for _, m := range q.msgs {
			if !m.deleted {
				evs = append(evs, journalEvent{Op: "send", Queue: name, Msg: toJournal(m)})
			}
		}
		q.mu.Unlock()
		for _, ev := range evs {
			b, err := json.Marshal(ev)
			if err != nil {
				s.mu.RUnlock()
				return fmt.Errorf("compact journal: %w", err)
			}
			lines = append(append(lines, b...), '\n')
		}
	}
	s.mu.RUnlock()
	if err := writeAtomic(path, lines); err != nil {
		return fmt.Errorf("compact journal: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("open journal: %w", err)
	}
	j := &sqsJournal{f: f}
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

// Close closes the journal, if any.
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
			return fmt.Errorf("replay journal line %d: %w", line, err)
		}
		s.applyEvent(ev)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("replay journal: %w", err)
	}
	return nil
}

func (s *SQS) applyEvent(ev journalEvent) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ev.Op == "create" {
		q := newQueue(ev.Queue, ev.ARN, *ev.Attrs)
		if !ev.Created.IsZero() {
			q.created = ev.Created
		}
		q.seq = ev.Seq
		s.queues[ev.Queue] = q
		return
	}
	q, ok := s.queues[ev.Queue]
	if !ok {
		return
	}
	if ev.Op == "delete-queue" {
		delete(s.queues, ev.Queue)
		return
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
		m := fromJournal(ev.Msg)
		q.msgs = append(q.msgs, m)
		q.byID[m.id] = m
		if m.dedupID != "" {
			q.dedup[m.dedupID] = dedupEntry{id: m.id, seq: m.seq, until: m.sentAt.Add(fifoDedupWindow)}
			var n uint64
			fmt.Sscan(m.seq, &n)
			q.seq = max(q.seq, n)
		}
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
}
