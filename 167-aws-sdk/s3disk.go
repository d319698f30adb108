package main

// This file keeps a MemStore's buckets and objects on disk (serve -data
// DIR), so they survive a restart.
//
// Layout: DIR/s3/<bucket>/.bucket holds the bucket's metadata as JSON
// ([BucketMeta]: creation time, tags, canned ACL, versioning status; a
// file of an older run holds only the RFC 3339 creation time); every object is
// one file DIR/s3/<bucket>/<hex sha256 of key>.obj holding a 4-byte
// big-endian length, the object's metadata as JSON (key included, since
// file names are hashes: keys may hold any byte, '/', "..", or be longer
// than a file name may be), then the data.
//
// Each write goes to a temporary file in the same directory, is fsynced,
// renamed over the final name, and the directory is fsynced: rename is
// atomic, so after a crash a reader finds the old object or the new one,
// never a torn one, and an upload interrupted mid-body leaves only a
// temporary file, which the next start deletes.
//
// Object writes and deletes run at once (MemStore.keyMu orders each key's
// own) and are made durable by group commit, as SQS's journal shares its
// fsyncs: the object is written to its temporary file and renamed without
// an fsync of its own, and the PUT then waits until a syncfs(2) of the
// store's filesystem that began after its rename has ended
// ([groupSyncer]); one syncfs covers the data and the renames of every
// change made before it began. Until that wait ends nothing is answered
// and memory is not changed, so an acknowledged PUT is on disk (kill -9 or
// power loss) and a crash before it leaves the old object or a temporary
// file. A per-object fsync of the file and of the directory, even run in
// parallel with a shared directory fsync, held 8 clients to about 1,700
// PUTs/s; syncfs also flushes other programs' dirty data on the same
// filesystem, which is its cost on a shared machine. The store stays
// write-through: memory is changed only after the disk write succeeded,
// and reads are served from memory.

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

const (
	objectSuffix = ".obj"
	bucketMarker = ".bucket"
	tempPrefix   = ".tmp-"
)

// ErrCorruptObject is returned when an object file cannot be decoded.
var ErrCorruptObject = errors.New("corrupt object file")

// diskStore is the persistence half of a disk-backed MemStore.
type diskStore struct {
	root string

	// syncer makes object writes durable by group commit (see the top of
	// this file).
	syncer *groupSyncer
}

// groupSyncer shares one durability barrier (sync) among concurrent
// writers: group commit. The zero value is not usable; set sync. It is
// safe for concurrent use.
type groupSyncer struct {
	// barrier makes every change made before it began durable.
	barrier func() error

	// mu guards the fields below; cond waits on it.
	mu   sync.Mutex
	cond *sync.Cond
	// requested counts the changes to be covered, synced how many of them
	// an ended barrier covers; running is set while a leader runs one.
	requested, synced uint64
	running           bool
	// err is the first failure: after one the kernel may have dropped
	// dirty pages, so a later success proves nothing, and every later
	// wait reports it.
	err error
	// syncs counts the barriers run (for tests and figures).
	syncs uint64
}

// wait returns once a barrier that began after the call has ended (the
// caller's change, made before the call, is then durable), or the error
// that prevents it. One caller at a time runs the barrier; callers
// arriving meanwhile wait and are covered together by the next one.
func (g *groupSyncer) wait() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.cond == nil {
		g.cond = sync.NewCond(&g.mu)
	}
	g.requested++
	mine := g.requested
	for g.synced < mine && g.err == nil {
		if g.running {
			g.cond.Wait()
			continue
		}
		g.running = true
		target := g.requested
		g.syncs++
		g.mu.Unlock()
		err := g.barrier()
		g.mu.Lock()
		g.running = false
		if err != nil && g.err == nil {
			g.err = fmt.Errorf("sync: %w", err)
		}
		g.synced = target
		g.cond.Broadcast()
	}
	return g.err
}

// objectMeta is what an object file stores besides the data.
type objectMeta struct {
	Key          string              `json:"key"`
	ETag         string              `json:"etag"`
	LastModified time.Time           `json:"lastModified"`
	ContentType  string              `json:"contentType"`
	Metadata     map[string]string   `json:"metadata,omitempty"`
	Header       http.Header         `json:"header,omitempty"`
	Checksums    map[string]string   `json:"checksums,omitempty"`
	Parts        int                 `json:"parts,omitempty"`
	PartSizes    []int64             `json:"partSizes,omitempty"`
	PartSums     []map[string]string `json:"partChecksums,omitempty"`
	Tags         map[string]string   `json:"tags,omitempty"`
	ACL          string              `json:"acl,omitempty"`
}

func metaOf(o *Object) objectMeta {
	return objectMeta{Key: o.Key, ETag: o.ETag, LastModified: o.LastModified, ContentType: o.ContentType,
		Metadata: o.Metadata, Header: o.Header, Checksums: o.Checksums, Parts: o.Parts, PartSizes: o.PartSizes, PartSums: o.PartChecksums, Tags: o.Tags, ACL: o.ACL}
}

func (m *objectMeta) object(data []byte) *Object {
	return &Object{Key: m.Key, Data: data, ETag: m.ETag, LastModified: m.LastModified, ContentType: m.ContentType,
		Metadata: m.Metadata, Header: m.Header, Checksums: m.Checksums, Parts: m.Parts, PartSizes: m.PartSizes, PartChecksums: m.PartSums, Tags: m.Tags, ACL: m.ACL}
}

// OpenDiskStore returns a MemStore that persists to dir/s3, loading what a
// previous run left there.
func OpenDiskStore(dir string) (*MemStore, error) {
	d := &diskStore{root: filepath.Join(dir, "s3")}
	if err := os.MkdirAll(d.root, 0o755); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	d.syncer = &groupSyncer{barrier: func() error { return syncFilesystem(d.root) }}
	s := NewMemStore()
	if err := d.load(s); err != nil {
		return nil, err
	}
	s.disk = d
	return s, nil
}

func (d *diskStore) bucketDir(bucket string) string { return filepath.Join(d.root, bucket) }

func objectFileName(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:]) + objectSuffix
}

// load fills s from disk, removing temporary files of interrupted writes.
func (d *diskStore) load(s *MemStore) error {
	buckets, err := os.ReadDir(d.root)
	if err != nil {
		return fmt.Errorf("load store: %w", err)
	}
	for _, be := range buckets {
		if !be.IsDir() || validBucketName(be.Name()) != nil {
			continue
		}
		dir := d.bucketDir(be.Name())
		meta, err := readBucketMeta(filepath.Join(dir, bucketMarker))
		if err != nil {
			return err
		}
		if err := s.CreateBucketMeta(be.Name(), meta); err != nil {
			return fmt.Errorf("load bucket %s: %w", be.Name(), err)
		}
		files, err := os.ReadDir(dir)
		if err != nil {
			return fmt.Errorf("load bucket %s: %w", be.Name(), err)
		}
		for _, f := range files {
			name := f.Name()
			switch {
			case strings.HasPrefix(name, tempPrefix):
				_ = os.Remove(filepath.Join(dir, name)) // an interrupted write
			case strings.HasSuffix(name, objectSuffix):
				o, err := readObjectFile(filepath.Join(dir, name))
				if err != nil {
					return err
				}
				if err := s.Put(be.Name(), o); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// readBucketMeta reads a .bucket file: JSON, or the bare creation time an
// older run wrote. A missing file (a crash between mkdir and its write)
// is a bucket created now.
func readBucketMeta(path string) (BucketMeta, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return BucketMeta{Created: time.Now()}, nil
	}
	if err != nil {
		return BucketMeta{}, fmt.Errorf("load %s: %w", path, err)
	}
	var m BucketMeta
	if t, terr := time.Parse(time.RFC3339Nano, strings.TrimSpace(string(b))); terr == nil {
		return BucketMeta{Created: t}, nil
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return BucketMeta{}, fmt.Errorf("%s: %v: %w", path, err, ErrCorruptObject)
	}
	return m, nil
}

func readObjectFile(path string) (*Object, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(b) < 4 {
		return nil, fmt.Errorf("%s: %w", path, ErrCorruptObject)
	}
	n := int(binary.BigEndian.Uint32(b))
	if n > len(b)-4 {
		return nil, fmt.Errorf("%s: metadata length %d: %w", path, n, ErrCorruptObject)
	}
	var m objectMeta
	if err := json.Unmarshal(b[4:4+n], &m); err != nil {
		return nil, fmt.Errorf("%s: %v: %w", path, err, ErrCorruptObject)
	}
	o := m.object(b[4+n:])
	if len(o.Checksums) == 0 && o.Parts == 0 {
		o.defaultSum = &lazyChecksum{}
	}
	return o, nil
}

// writeAtomic writes data to path by way of a synced temporary file and a
// rename, then syncs the directory so the rename itself is durable.
func writeAtomic(path string, chunks ...[]byte) error {
	if err := writeRenamed(path, chunks...); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// writeRenamed is writeAtomic without the directory fsync: the data is
// durable under the temporary name, the rename is not yet.
func writeRenamed(path string, chunks ...[]byte) error {
	return writeReplacing(path, true, chunks...)
}

// writeReplacing writes chunks to a temporary file next to path, fsyncs
// it when fsync is set, and renames it over path.
func writeReplacing(path string, fsync bool, chunks ...[]byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return err
	}
	total := 0
	for _, c := range chunks {
		total += len(c)
	}
	if len(chunks) > 1 && total <= 256<<10 {
		// One write(2) instead of one per chunk: for small objects the
		// system calls, not the bytes, are the cost.
		chunks = [][]byte{bytes.Join(chunks, nil)}
	}
	for _, c := range chunks {
		if _, err := f.Write(c); err != nil {
			return fail(err)
		}
	}
	if fsync {
		if err := f.Sync(); err != nil {
			return fail(err)
		}
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

func (d *diskStore) createBucket(name string, meta BucketMeta) error {
	dir := d.bucketDir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("persist bucket %s: %w", name, err)
	}
	if err := d.putBucketMeta(name, meta); err != nil {
		return err
	}
	return syncDir(d.root)
}

// putBucketMeta replaces the bucket's .bucket file atomically.
func (d *diskStore) putBucketMeta(name string, meta BucketMeta) error {
	meta.Created = meta.Created.UTC()
	b, err := json.Marshal(meta)
	if err != nil {
		return fmt.Errorf("persist bucket %s: %w", name, err)
	}
	if err := writeAtomic(filepath.Join(d.bucketDir(name), bucketMarker), b); err != nil {
		return fmt.Errorf("persist bucket %s: %w", name, err)
	}
	return nil
}

func (d *diskStore) deleteBucket(name string) error {
	if err := os.RemoveAll(d.bucketDir(name)); err != nil {
		return fmt.Errorf("remove bucket %s: %w", name, err)
	}
	return syncDir(d.root)
}

func (d *diskStore) put(bucket string, o *Object) error {
	meta, err := json.Marshal(metaOf(o))
	if err != nil {
		return fmt.Errorf("persist %s/%s: %w", bucket, o.Key, err)
	}
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(meta)))
	if err := writeReplacing(filepath.Join(d.bucketDir(bucket), objectFileName(o.Key)), false, n[:], meta, o.Data); err != nil {
		return fmt.Errorf("persist %s/%s: %w", bucket, o.Key, err)
	}
	if err := d.syncer.wait(); err != nil {
		return fmt.Errorf("persist %s/%s: %w", bucket, o.Key, err)
	}
	return nil
}

func (d *diskStore) delete(bucket, key string) error {
	err := os.Remove(filepath.Join(d.bucketDir(bucket), objectFileName(key)))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove %s/%s: %w", bucket, key, err)
	}
	return d.syncer.wait()
}

// Multipart uploads in progress live in DIR/s3-uploads/<upload id>/: an
// "upload" file with the bucket, key and object metadata, and one
// "part-N" file per part (metadata + data, like an object file), each
// written atomically, so an upload survives a restart as it does in S3.

type uploadMeta struct {
	Bucket    string     `json:"bucket"`
	Key       string     `json:"key"`
	Initiated time.Time  `json:"initiated"`
	Proto     objectMeta `json:"proto"`
}

type partMeta struct {
	Number       int               `json:"number"`
	ETag         string            `json:"etag"`
	LastModified time.Time         `json:"lastModified"`
	Checksums    map[string]string `json:"checksums,omitempty"`
}

func (d *diskStore) uploadDir(id string) string {
	return filepath.Join(filepath.Dir(d.root), "s3-uploads", id)
}

func (d *diskStore) putUpload(u *upload) error {
	dir := d.uploadDir(u.id)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("persist upload %s: %w", u.id, err)
	}
	p := u.proto
	b, err := json.Marshal(uploadMeta{Bucket: u.bucket, Key: u.key, Initiated: u.initiated, Proto: objectMeta{
		Key: p.Key, ContentType: p.ContentType, Metadata: p.Metadata, Header: p.Header, Tags: p.Tags, ACL: p.ACL}})
	if err != nil {
		return fmt.Errorf("persist upload %s: %w", u.id, err)
	}
	if err := writeAtomic(filepath.Join(dir, "upload"), b); err != nil {
		return fmt.Errorf("persist upload %s: %w", u.id, err)
	}
	return nil
}

func (d *diskStore) putPart(id string, p *uploadPart) error {
	meta, err := json.Marshal(partMeta{Number: p.number, ETag: p.etag, LastModified: p.lastModified, Checksums: p.checksums})
	if err != nil {
		return fmt.Errorf("persist part %d of %s: %w", p.number, id, err)
	}
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(meta)))
	if err := writeAtomic(filepath.Join(d.uploadDir(id), fmt.Sprintf("part-%d", p.number)), n[:], meta, p.data); err != nil {
		return fmt.Errorf("persist part %d of %s: %w", p.number, id, err)
	}
	return nil
}

func (d *diskStore) deleteUpload(id string) error {
	if err := os.RemoveAll(d.uploadDir(id)); err != nil {
		return fmt.Errorf("remove upload %s: %w", id, err)
	}
	return nil
}

// loadUploads reads every upload in progress.
func (d *diskStore) loadUploads() ([]*upload, error) {
	root := filepath.Join(filepath.Dir(d.root), "s3-uploads")
	entries, err := os.ReadDir(root)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load uploads: %w", err)
	}
	var out []*upload
	for _, e := range entries {
		dir := filepath.Join(root, e.Name())
		b, err := os.ReadFile(filepath.Join(dir, "upload"))
		if err != nil {
			// Created but never recorded: an interrupted CreateMultipartUpload.
			_ = os.RemoveAll(dir)
			continue
		}
		var m uploadMeta
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("load upload %s: %v: %w", e.Name(), err, ErrCorruptObject)
		}
		u := &upload{id: e.Name(), bucket: m.Bucket, key: m.Key, initiated: m.Initiated, parts: map[int]*uploadPart{},
			proto: m.Proto.object(nil)}
		files, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("load upload %s: %w", e.Name(), err)
		}
		for _, f := range files {
			name := f.Name()
			if strings.HasPrefix(name, tempPrefix) {
				_ = os.Remove(filepath.Join(dir, name))
				continue
			}
			if !strings.HasPrefix(name, "part-") {
				continue
			}
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil || len(b) < 4 || int(binary.BigEndian.Uint32(b)) > len(b)-4 {
				return nil, fmt.Errorf("load %s/%s: %w", e.Name(), name, ErrCorruptObject)
			}
			n := int(binary.BigEndian.Uint32(b))
			var pm partMeta
			if err := json.Unmarshal(b[4:4+n], &pm); err != nil {
				return nil, fmt.Errorf("load %s/%s: %v: %w", e.Name(), name, err, ErrCorruptObject)
			}
			p := &uploadPart{number: pm.Number, data: b[4+n:], etag: pm.ETag, lastModified: pm.LastModified, checksums: pm.Checksums}
			p.md5 = md5.Sum(p.data)
			u.parts[p.number] = p
		}
		out = append(out, u)
	}
	return out, nil
}
