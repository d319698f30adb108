package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"text/tabwriter"
)

// demo walks through the components with real sockets on loopback.
func demo(_ context.Context, w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "frame\tpayload\twire bytes\tdecoded")
	var buf bytes.Buffer
	enc, dec := NewEncoder(&buf, 0), NewDecoder(&buf, 0)
	for _, f := range []Frame{
		{Type: FramePing},
		{Type: FrameRequest, Stream: 1, Payload: []byte("\x04echohello")},
		{Type: FrameResponse, Stream: 1, Payload: []byte("hello")},
		{Type: FrameGoAway, Stream: 1},
	} {
		if err := enc.Encode(f); err != nil {
			return err
		}
		n := buf.Len()
		got, err := dec.Next()
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\tstream=%d ok\n", f.Type, len(f.Payload), n, got.Stream)
	}
	return tw.Flush()
}
