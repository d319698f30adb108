package main

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzDecodeAWSChunked feeds arbitrary bodies to the aws-chunked decoder:
// it must never panic, must fail with one of its sentinel errors, and what
// it accepts must survive re-encoding.
func FuzzDecodeAWSChunked(f *testing.F) {
	f.Add([]byte("3\r\nabc\r\n0\r\nx-amz-checksum-crc32:NSRBwg==\r\n\r\n"))
	f.Add([]byte("0\r\n\r\n"))
	f.Add([]byte("5;chunk-signature=00\r\nhello\r\n0;chunk-signature=00\r\n\r\n"))
	f.Add([]byte("ffffffffffffffff\r\n"))
	f.Add([]byte("3\r\nab"))
	f.Fuzz(func(t *testing.T, body []byte) {
		data, trailers, err := decodeAWSChunked(bytes.NewReader(body), 1<<20, nil)
		if err != nil {
			if !errors.Is(err, ErrChunkFraming) && !errors.Is(err, ErrBodyTooLarge) {
				t.Fatalf("decode error %v is not a sentinel", err)
			}
			return
		}
		var re bytes.Buffer
		if len(data) > 0 {
			fmt.Fprintf(&re, "%x\r\n%s\r\n", len(data), data)
		}
		re.WriteString("0\r\n")
		for k, vs := range trailers {
			for _, v := range vs {
				fmt.Fprintf(&re, "%s:%s\r\n", k, v)
			}
		}
		re.WriteString("\r\n")
		again, _, err := decodeAWSChunked(&re, 1<<20, nil)
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("re-encoded body decodes to %q, %v; want %q", again, err, data)
		}
	})
}

// FuzzS3XMLRequests feeds arbitrary bytes to the XML request decoders of
// DeleteObjects and CompleteMultipartUpload.
func FuzzS3XMLRequests(f *testing.F) {
	f.Add([]byte(`<Delete><Quiet>true</Quiet><Object><Key>a</Key></Object></Delete>`))
	f.Add([]byte(`<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"x"</ETag></Part></CompleteMultipartUpload>`))
	f.Add([]byte(`<Delete>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		if d, err := decodeDeleteRequest(body); err == nil && (len(d.Objects) == 0 || len(d.Objects) > maxDeleteKeys) {
			t.Fatalf("accepted %d objects", len(d.Objects))
		}
		if c, err := decodeCompleteRequest(body); err == nil {
			if len(c.Parts) == 0 {
				t.Fatal("accepted no parts")
			}
			_, _ = assembleParts(c.Parts, map[int]*uploadPart{})
		}
	})
}

// FuzzParseRange checks that every accepted range lies inside the object.
func FuzzParseRange(f *testing.F) {
	for _, s := range []string{"bytes=0-4", "bytes=-3", "bytes=5-", "bytes=9-2", "bytes=0-1,2-3", "bytes=-0"} {
		f.Add(s, int64(10))
	}
	f.Fuzz(func(t *testing.T, h string, size int64) {
		if size < 0 {
			size = -size
		}
		br, ok, err := parseRange(h, size)
		if ok && err == nil && (br.first < 0 || br.first > br.last || br.last >= size) {
			t.Fatalf("parseRange(%q, %d) = %+v, outside the object", h, size, br)
		}
	})
}

// FuzzParseFaults checks that accepted profiles hold only valid rates.
func FuzzParseFaults(f *testing.F) {
	f.Add("s3:UploadPart=error:0.3,latency:20ms;*:*=drop:0.01")
	f.Add("sqs:*=error:1")
	f.Add("x=y")
	f.Fuzz(func(t *testing.T, spec string) {
		rules, err := ParseFaults(spec)
		if err != nil {
			if !errors.Is(err, ErrFaultSpec) {
				t.Fatalf("error %v is not ErrFaultSpec", err)
			}
			return
		}
		for _, r := range rules {
			if r.ErrorRate < 0 || r.ErrorRate > 1 || r.DropRate < 0 || r.DropRate > 1 || r.Latency < 0 {
				t.Fatalf("accepted %+v", r)
			}
		}
	})
}

// FuzzSQSDecoders feeds arbitrary bytes to the JSON 1.0 body decoder and,
// parsed as a form, to the Query-protocol decoder: no panics, and every
// failure is ErrInvalidParameter.
func FuzzSQSDecoders(f *testing.F) {
	f.Add([]byte(`{"QueueUrl":"http://h/000000000000/q","MaxNumberOfMessages":"10","Entries":[{"Id":"a","DelaySeconds":3}]}`))
	f.Add([]byte("Action=SendMessage&MessageAttribute.1.Name=k&MessageAttribute.1.Value.DataType=String&SendMessageBatchRequestEntry.2.Id=x"))
	f.Add([]byte("AttributeName.0=All&Attribute.1.Name=VisibilityTimeout&Attribute.1.Value=5"))
	f.Fuzz(func(t *testing.T, body []byte) {
		if _, err := decodeSQSJSON(body); err != nil && !errors.Is(err, ErrInvalidParameter) {
			t.Fatalf("json: %v is not ErrInvalidParameter", err)
		}
		form, err := url.ParseQuery(string(body))
		if err != nil {
			return
		}
		if _, err := decodeSQSForm(form); err != nil && !errors.Is(err, ErrInvalidParameter) {
			t.Fatalf("form: %v is not ErrInvalidParameter", err)
		}
	})
}

// FuzzSQSJournalReplay starts an emulator on an arbitrary journal: it must
// never panic, must fail only with [ErrJournalCorrupt], and the journal it
// compacts on start must replay to the same queues and messages.
func FuzzSQSJournalReplay(f *testing.F) {
	f.Add([]byte(`{"op":"create","queue":"q","arn":"arn:aws:sqs:us-east-1:000000000000:q","attrs":{}}` + "\n" +
		`{"op":"send","queue":"q","msg":{"id":"m1","body":"hi","md5Body":"49f68a5c8493ec2c0bf489821c21fc3b","sentAt":"2026-01-01T00:00:00Z","visibleAt":"2026-01-01T00:00:00Z"}}` + "\n" +
		`{"op":"receive","queue":"q","id":"m1","receives":1}` + "\n" +
		`{"op":"delete","queue":"q","id":"m1"}` + "\n" + `{"op":"send","que`))
	f.Add([]byte(`{"op":"create","queue":"q"}` + "\n"))
	f.Add([]byte(`{"op":"send","queue":"q"}` + "\n" + "{}\n"))
	f.Add([]byte("\x00\x00\x00\n{}\n"))
	f.Fuzz(func(t *testing.T, journal []byte) {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "sqs"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "sqs", "journal.jsonl"), journal, 0o644); err != nil {
			t.Fatal(err)
		}
		state := func() map[string][]string {
			emu := NewSQS(SQSOptions{})
			if err := emu.OpenSQSJournal(dir); err != nil {
				if !errors.Is(err, ErrJournalCorrupt) {
					t.Fatalf("replay error %v is not ErrJournalCorrupt", err)
				}
				return nil
			}
			defer emu.Close()
			out := map[string][]string{}
			for name, q := range emu.queues {
				ids := []string{}
				for _, m := range q.msgs {
					if !m.deleted {
						ids = append(ids, m.id)
					}
				}
				out[name] = ids
			}
			return out
		}
		first := state()
		if first == nil {
			return
		}
		if again := state(); !reflect.DeepEqual(first, again) {
			t.Fatalf("compacted journal replays to %v, want %v", again, first)
		}
	})
}

// FuzzS3BucketDocuments feeds the bucket documents the emulator now
// parses — PutBucketVersioning, PutBucketTagging, an AccessControlPolicy —
// and checks that what is accepted is within S3's rules and that every
// refusal is an S3 error or a sentinel.
func FuzzS3BucketDocuments(f *testing.F) {
	f.Add([]byte(`<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>`))
	f.Add([]byte(`<Tagging><TagSet><Tag><Key>a</Key><Value>b</Value></Tag></TagSet></Tagging>`))
	f.Add([]byte(`<AccessControlPolicy><AccessControlList><Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>emulator</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant><Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee><Permission>READ</Permission></Grant></AccessControlList></AccessControlPolicy>`))
	f.Add([]byte(`<VersioningConfiguration>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var se *s3Error
		if st, err := decodeVersioning(body); err == nil && st != "Enabled" && st != "Suspended" {
			t.Fatalf("accepted status %q", st)
		} else if err != nil && !errors.As(err, &se) {
			t.Fatalf("versioning error %v is not an S3 error", err)
		}
		if tags, err := decodeTaggingMax(body, maxBucketTags); err == nil && len(tags) > maxBucketTags {
			t.Fatalf("accepted %d tags", len(tags))
		} else if err != nil && !errors.As(err, &se) && !errors.Is(err, ErrInvalidTag) {
			t.Fatalf("tagging error %v is neither", err)
		}
		for _, forBucket := range []bool{true, false} {
			canned, err := cannedFromPolicy(body, forBucket)
			if err != nil {
				if !errors.As(err, &se) {
					t.Fatalf("ACL error %v is not an S3 error", err)
				}
				continue
			}
			if c, ok := lookupCannedACL(canned); !ok || (forBucket && !c.bucket) || (!forBucket && !c.object) {
				t.Fatalf("policy became %q, not a canned ACL for bucket=%v", canned, forBucket)
			}
		}
	})
}
