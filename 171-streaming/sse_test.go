package main

import (
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func golden(t *testing.T, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", filepath.FromSlash(t.Name())+".golden")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test -run %s -update", t.Name())
	assert.Equal(t, string(want), string(got))
}

func TestAppendMessage(t *testing.T) {
	tests := []struct {
		name string
		give Message
	}{
		{"simple", Message{Data: "hello"}},
		{"all-fields", Message{ID: "42", Event: "price", Data: `{"sym":"ACME"}`, Retry: 1500 * time.Millisecond}},
		{"multi-line", Message{Data: "line one\nline two\nline three"}},
		{"crlf-and-lone-cr", Message{Data: "a\r\nb\rc\n"}},
		{"empty-data", Message{Event: "ping"}},
		{"leading-space", Message{Data: " indented"}},
		{"blank-lines", Message{Data: "\n\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AppendMessage(nil, &tt.give)
			require.NoError(t, err)
			golden(t, got)
			// Idempotence: what the parser reads back encodes identically
			// once line breaks are LF.
			p := NewParser(strings.NewReader(string(got)))
			m, err := p.Next()
			require.NoError(t, err)
			wantData := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(tt.give.Data)
			assert.Equal(t, wantData, m.Data)
			assert.Equal(t, tt.give.ID, m.ID)
			assert.Equal(t, tt.give.Event, m.Event)
			assert.Equal(t, tt.give.Retry, p.Retry())
		})
	}
}

func TestMessageCheck(t *testing.T) {
	tests := []struct {
		name   string
		give   Message
		err    error // of Check
		strict error // of CheckStrict
	}{
		{"ok", Message{ID: "1", Event: "e", Data: "a\nb"}, nil, nil},
		{"newline in id", Message{ID: "1\n2"}, ErrInvalidField, ErrInvalidField},
		{"CR in id", Message{ID: "1\r"}, ErrInvalidField, ErrInvalidField},
		{"NUL in id", Message{ID: "1\x00"}, ErrInvalidField, ErrInvalidField},
		{"newline in event", Message{Event: "a\nb"}, ErrInvalidField, ErrInvalidField},
		{"NUL in data", Message{Data: "a\x00b"}, nil, ErrUnsafeData},
		{"lone CR in data", Message{Data: "a\rb"}, nil, ErrUnsafeData},
		{"invalid UTF-8", Message{Data: "\xff"}, nil, ErrUnsafeData},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.give.Check()
			if tt.err == nil {
				assert.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, tt.err)
				_, aerr := AppendMessage(nil, &tt.give)
				assert.ErrorIs(t, aerr, tt.err, "AppendMessage refuses what Check refuses")
			}
			serr := tt.give.CheckStrict()
			if tt.strict == nil {
				assert.NoError(t, serr)
			} else {
				assert.ErrorIs(t, serr, tt.strict)
			}
		})
	}
}

func parseAll(t testing.TB, stream string) ([]Message, error) {
	t.Helper()
	p := NewParser(strings.NewReader(stream))
	var out []Message
	for {
		m, err := p.Next()
		if err != nil {
			return out, err
		}
		out = append(out, m)
	}
}

// TestParser uses the examples of WHATWG §9.2.6 and the edge cases it
// defines: line endings, BOM, comments, id persistence, ignored fields.
func TestParser(t *testing.T) {
	tests := []struct {
		name   string
		stream string
		want   []Message
	}{
		{"spec stock ticker", "data: YHOO\ndata: +2\ndata: 10\n\n", []Message{{Data: "YHOO\n+2\n10"}}},
		{"spec four blocks", ": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n\n",
			[]Message{{ID: "1", Data: "first event"}, {ID: "", Data: "second event"}, {Data: " third event"}}},
		{"spec empty data", "data\n\ndata\ndata\n\ndata:", []Message{{Data: ""}, {Data: "\n"}}},
		{"spec space optional", "data:test\n\ndata: test\n\n", []Message{{Data: "test"}, {Data: "test"}}},
		{"CRLF", "id: 7\r\ndata: a\r\n\r\n", []Message{{ID: "7", Data: "a"}}},
		{"lone CR", "data: a\rdata: b\r\r", []Message{{Data: "a\nb"}}},
		{"BOM", "\xEF\xBB\xBFdata: x\n\n", []Message{{Data: "x"}}},
		{"id persists", "id: 5\ndata: a\n\ndata: b\n\n", []Message{{ID: "5", Data: "a"}, {ID: "5", Data: "b"}}},
		{"NUL id ignored", "id: 5\ndata: a\n\nid: 6\x00\ndata: b\n\n", []Message{{ID: "5", Data: "a"}, {ID: "5", Data: "b"}}},
		{"event type", "event: add\ndata: 1\n\ndata: 2\n\n", []Message{{Event: "add", Data: "1"}, {Data: "2"}}},
		{"no data no dispatch", "event: x\nid: 9\n\ndata: y\n\n", []Message{{ID: "9", Data: "y"}}},
		{"unknown field", "foo: bar\ndata: y\n\n", []Message{{Data: "y"}}},
		{"cut off", "data: complete\n\ndata: partial\n", []Message{{Data: "complete"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseAll(t, tt.stream)
			assert.True(t, errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF), "end error %v", err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParserRetry(t *testing.T) {
	p := NewParser(strings.NewReader("retry: 1500\n\nretry: 2x\n\nretry: 250\ndata: a\n\n"))
	_, err := p.Next()
	require.NoError(t, err)
	assert.Equal(t, 250*time.Millisecond, p.Retry(), "valid values win, 2x is ignored")
}

func TestParserLargeEvent(t *testing.T) {
	big := strings.Repeat("x", 1<<20) // 1 MiB: 16 times bufio.Scanner's default token limit
	enc, err := AppendMessage(nil, &Message{Data: big + "\n" + big})
	require.NoError(t, err)
	got, _ := parseAll(t, string(enc))
	require.Len(t, got, 1)
	assert.Equal(t, big+"\n"+big, got[0].Data)

	p := NewParser(strings.NewReader(string(enc)))
	p.MaxEventSize = 1 << 20
	_, err = p.Next()
	assert.ErrorIs(t, err, ErrEventTooLarge)
}

// FuzzParser feeds arbitrary bytes: the parser must not panic or hang, and
// what it yields must survive re-encoding: every event parsed, encoded with
// the id it carries and parsed again, is the same event.
func FuzzParser(f *testing.F) {
	for _, s := range []string{
		"data: YHOO\ndata: +2\ndata: 10\n\n",
		": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n\n",
		"data\n\ndata\ndata\n\ndata:",
		"id: 7\r\nevent: x\r\nretry: 10\r\ndata: a\r\n\r\n",
		"data: a\rdata: b\r\r",
		"\xEF\xBB\xBFdata: x\n\n",
		"id: 6\x00\ndata: b\n\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		p := NewParser(strings.NewReader(string(in)))
		p.MaxEventSize = 1 << 16
		for {
			m, err := p.Next()
			if err != nil {
				return
			}
			if m.Check() != nil {
				t.Fatalf("parser produced an unencodable message %+v", m)
			}
			enc, err := AppendMessage(nil, &m)
			if err != nil {
				t.Fatal(err)
			}
			again, err := parseAll(t, string(enc))
			if len(again) != 1 || again[0] != m {
				t.Fatalf("re-encoding %+v gave %+v (%v)", m, again, err)
			}
		}
	})
}

// FuzzMessageRoundTrip: any message that passes Check encodes to a stream
// that parses back to one event with the same id and type and the data
// with its line breaks normalised to LF.
func FuzzMessageRoundTrip(f *testing.F) {
	f.Add("1", "price", "a\nb")
	f.Add("", "", "")
	f.Add("x y", "e", "a\r\nb\rc\n")
	f.Add("9", "", " lead")
	f.Fuzz(func(t *testing.T, id, event, data string) {
		m := Message{ID: id, Event: event, Data: data}
		enc, err := AppendMessage(nil, &m)
		if err != nil {
			if m.Check() == nil {
				t.Fatalf("AppendMessage failed on a checked message: %v", err)
			}
			return
		}
		got, _ := parseAll(t, string(enc))
		if len(got) != 1 {
			t.Fatalf("%q parsed to %d events", enc, len(got))
		}
		want := Message{ID: id, Event: event, Data: strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(data)}
		// A leading BOM in the first field name is stripped by a conforming
		// parser; it can only be in id or event values here, which are not
		// first on their line, so nothing is lost.
		if got[0] != want {
			t.Fatalf("round trip of %+v gave %+v", want, got[0])
		}
	})
}

func BenchmarkSSEEncode(b *testing.B) {
	m := Message{ID: "123456", Event: "price", Data: `{"sym":"ACME","px":101.5,"ts":"2026-12-02T07:00:00Z"}`}
	buf := make([]byte, 0, 256)
	b.ReportAllocs()
	for b.Loop() {
		buf, _ = AppendMessage(buf[:0], &m)
	}
	b.SetBytes(int64(len(buf)))
}
