package main

// This file holds the timeline writer: the Trace Event Format that
// Perfetto (ui.perfetto.dev) and chrome://tracing open, with one track
// (thread) per P and a complete event ("ph":"X") per run of a G.

import (
	"fmt"
	"io"
	"strconv"
)

// appendTraceSlice appends one complete event: G goid of kind ran on P p
// from start for d nanoseconds. Times are microseconds with nanosecond
// decimals, as the format wants.
func appendTraceSlice(b []byte, p int32, goid int64, kind string, start, d int64) []byte {
	if len(b) > 0 {
		b = append(b, ",\n"...)
	}
	// Kind names are restricted to [A-Za-z0-9_.-] by the spec, so Go
	// quoting is JSON quoting here.
	b = append(b, `{"name":"G`...)
	b = strconv.AppendInt(b, goid, 10)
	b = append(b, ' ')
	b = append(b, kind...)
	b = append(b, `","cat":`...)
	b = strconv.AppendQuote(b, kind)
	b = append(b, `,"ph":"X","pid":1,"tid":`...)
	b = strconv.AppendInt(b, int64(p), 10)
	b = append(b, `,"ts":`...)
	b = appendMicros(b, start)
	b = append(b, `,"dur":`...)
	b = appendMicros(b, d)
	b = append(b, `,"args":{"goid":`...)
	b = strconv.AppendInt(b, goid, 10)
	b = append(b, "}}"...)
	return b
}

func appendMicros(b []byte, ns int64) []byte {
	b = strconv.AppendInt(b, ns/1000, 10)
	b = append(b, '.')
	frac := ns % 1000
	b = append(b, byte('0'+frac/100), byte('0'+frac/10%10), byte('0'+frac%10))
	return b
}

// WriteTraceJSON writes the timeline of a run made with Config.Trace.
func (r *Result) WriteTraceJSON(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"scenario\":%q,\"procs\":%d,\"seed\":%d},\"traceEvents\":[\n", r.Name, r.Procs, r.Seed); err != nil {
		return err
	}
	fmt.Fprintf(w, `{"name":"process_name","ph":"M","pid":1,"args":{"name":"GMP simulator"}}`)
	for p := range r.Procs {
		fmt.Fprintf(w, ",\n"+`{"name":"thread_name","ph":"M","pid":1,"tid":%d,"args":{"name":"P%d"}}`, p, p)
		fmt.Fprintf(w, ",\n"+`{"name":"thread_sort_index","ph":"M","pid":1,"tid":%d,"args":{"sort_index":%d}}`, p, p)
	}
	if len(r.traceEvents) > 0 {
		if _, err := io.WriteString(w, ",\n"); err != nil {
			return err
		}
		if _, err := w.Write(r.traceEvents); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]}\n")
	return err
}
