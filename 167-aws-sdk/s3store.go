package main

import (
	"errors"
	"fmt"
	"iter"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/btree"
)

// Sentinel errors of the object store; the S3 handler maps each to its
// AWS error code.
var (
	ErrNoSuchBucket      = errors.New("no such bucket")
	ErrBucketExists      = errors.New("bucket already exists")
	ErrBucketNotEmpty    = errors.New("bucket not empty")
	ErrNoSuchKey         = errors.New("no such key")
	ErrInvalidBucketName = errors.New("invalid bucket name")
)

// Object is one stored S3 object. Its fields are never changed after it is
// stored: a PUT replaces the whole Object, so readers may use Data without
// holding any lock.
type Object struct {
	Key          string
	Data         []byte
	ETag         string // quoted, as S3 sends it: "hex" or "hex-N"
	LastModified time.Time
	ContentType  string
	// Metadata holds x-amz-meta-* values by lower-case name without prefix.
	Metadata map[string]string
	// Header holds the stored system headers (Cache-Control,
	// Content-Disposition, Content-Encoding, Content-Language, Expires).
	Header http.Header
	// Checksums holds verified flexible checksums by algorithm ("crc32").
	Checksums map[string]string
	// Parts is the number of parts of a multipart object, 0 otherwise.
	Parts int
	// PartSizes are the sizes of a multipart object's parts, in order, so
	// GetObject?partNumber=N can serve part N.
	PartSizes []int64
	// PartChecksums are the verified checksums each part arrived with
	// (nil entries for parts sent without), in order, for
	// GetObjectAttributes' per-part list.
	PartChecksums []map[string]string
	// Tags is the object's tag set (at most 10 key-value pairs).
	Tags map[string]string
	// defaultSum, when not nil, computes the CRC64NVME S3 gives an object
	// stored without a checksum, on first use: most objects are never
	// asked for one, and computing it on every PUT cost a pass over the
	// data (1 ms per MiB). Copies of the Object share it, as they share
	// Data.
	defaultSum *lazyChecksum
	// ACL is the object's canned ACL ("public-read", ...); "" is private.
	// It is stored and returned, never enforced (see s3acl.go).
	ACL string
}

// lazyChecksum is a checksum of immutable data, computed at most once.
type lazyChecksum struct {
	once sync.Once
	sums map[string]string
}

// StoredChecksums returns the object's checksums by algorithm: the ones
// it was uploaded with, or else the CRC64NVME S3 computes for every
// object that arrives without one. The map must not be modified.
func (o *Object) StoredChecksums() map[string]string {
	if len(o.Checksums) > 0 || o.defaultSum == nil {
		return o.Checksums
	}
	o.defaultSum.once.Do(func() {
		o.defaultSum.sums = map[string]string{"crc64nvme": checksumOf("crc64nvme", o.Data)}
	})
	return o.defaultSum.sums
}

// Size returns the object's length in bytes.
func (o *Object) Size() int64 { return int64(len(o.Data)) }

// BucketInfo describes a bucket in listings.
type BucketInfo struct {
	Name    string
	Created time.Time
}

// BucketMeta is what a bucket keeps besides its objects. Its maps are
// replaced, never changed in place, so a copy may be read without a lock.
type BucketMeta struct {
	Created time.Time `json:"created"`
	// Tags is the bucket's tag set (at most 50 pairs); nil is none.
	Tags map[string]string `json:"tags,omitempty"`
	// ACL is the bucket's canned ACL; "" is private. Stored and returned,
	// never enforced.
	ACL string `json:"acl,omitempty"`
	// Versioning is the status PutBucketVersioning set: "" (never set),
	// "Enabled" or "Suspended". Only the status is kept: the store holds
	// one version of each key whatever it says (see s3versioning.go).
	Versioning string `json:"versioning,omitempty"`
}

type bucket struct {
	meta    BucketMeta
	objects *btree.BTreeG[*Object]
}

// MemStore keeps buckets and objects in memory, each bucket's keys in a
// B-tree so listings come out in S3's order (UTF-8 byte order) in
// O(log n + k).
//
// The zero value is not usable; create one with [NewMemStore]. A MemStore is
// safe for concurrent use.
type MemStore struct {
	// disk, if not nil, persists every change (see [OpenDiskStore]).
	disk *diskStore
	// writeMu, with a disk, is held shared by every change of an object
	// and exclusively by the changes of buckets (create, delete, metadata),
	// so no object is written into a bucket that is being removed. Reads
	// never take it.
	writeMu sync.RWMutex
	// keyMu, with a disk, serialises the changes of one key (picked by a
	// hash of bucket and key): a key's disk writes, their fsyncs and the
	// changes in memory happen in one order, while changes of different
	// keys run at once and share the directory fsync (dirSyncer in
	// s3disk.go). One global lock around write + fsync + rename + directory
	// fsync held S3 with -data to about 1,400 PUTs/s at 8 clients.
	keyMu [64]sync.Mutex

	// mu guards buckets and every bucket's tree.
	mu      sync.RWMutex
	buckets map[string]*bucket
}

// persist runs a disk write for a change of buckets, holding writeMu
// until done() applies the change in memory. Without a disk it only
// returns a no-op.
func (s *MemStore) persist(write func(*diskStore) error) (done func(), err error) {
	if s.disk == nil {
		return func() {}, nil
	}
	s.writeMu.Lock()
	if err := write(s.disk); err != nil {
		s.writeMu.Unlock()
		return nil, err
	}
	return s.writeMu.Unlock, nil
}

// lockKey takes the locks a change of one object holds with a disk
// (writeMu shared, then the key's keyMu) and returns their release.
func (s *MemStore) lockKey(bucketName, key string) (unlock func()) {
	// FNV-1a over bucket, a separator and key.
	h := uint32(2166136261)
	for _, str := range [...]string{bucketName, "/", key} {
		for i := 0; i < len(str); i++ {
			h = (h ^ uint32(str[i])) * 16777619
		}
	}
	m := &s.keyMu[h%uint32(len(s.keyMu))]
	s.writeMu.RLock()
	m.Lock()
	return func() {
		m.Unlock()
		s.writeMu.RUnlock()
	}
}

// persistKey runs a disk write for a change of one object under
// [MemStore.lockKey]'s locks, held until done() has applied the change in
// memory. Without a disk it only returns a no-op.
func (s *MemStore) persistKey(bucketName, key string, write func(*diskStore) error) (done func(), err error) {
	if s.disk == nil {
		return func() {}, nil
	}
	unlock := s.lockKey(bucketName, key)
	if err := write(s.disk); err != nil {
		unlock()
		return nil, err
	}
	return unlock, nil
}

// NewMemStore returns an empty store.
func NewMemStore() *MemStore { return &MemStore{buckets: map[string]*bucket{}} }

func objectLess(a, b *Object) bool { return a.Key < b.Key }

// validBucketName applies S3's naming rules for new buckets: 3 to 63
// characters of lower-case letters, digits, '.' and '-', starting and
// ending with a letter or digit, no "..", not an IP address, none of S3's
// reserved prefixes and suffixes.
func validBucketName(name string) error {
	if len(name) < 3 || len(name) > 63 {
		return fmt.Errorf("%q must have 3 to 63 characters: %w", name, ErrInvalidBucketName)
	}
	// Prefixes and suffixes S3 reserves for punycode, access points,
	// Object Lambda, Multi-Region Access Points and directory buckets.
	for _, p := range []string{"xn--", "sthree-", "amzn-s3-demo-"} {
		if strings.HasPrefix(name, p) {
			return fmt.Errorf("%q: the prefix %q is reserved: %w", name, p, ErrInvalidBucketName)
		}
	}
	for _, sfx := range []string{"-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"} {
		if strings.HasSuffix(name, sfx) {
			return fmt.Errorf("%q: the suffix %q is reserved: %w", name, sfx, ErrInvalidBucketName)
		}
	}
	dots := 0
	allDigitsAndDots := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', c == '-':
			allDigitsAndDots = false
		case '0' <= c && c <= '9':
		case c == '.':
			dots++
		default:
			return fmt.Errorf("%q has character %q: %w", name, c, ErrInvalidBucketName)
		}
	}
	first, last := name[0], name[len(name)-1]
	if first == '.' || first == '-' || last == '.' || last == '-' || strings.Contains(name, "..") {
		return fmt.Errorf("%q: %w", name, ErrInvalidBucketName)
	}
	if allDigitsAndDots && dots == 3 {
		return fmt.Errorf("%q looks like an IP address: %w", name, ErrInvalidBucketName)
	}
	return nil
}

// CreateBucket creates an empty bucket.
func (s *MemStore) CreateBucket(name string, now time.Time) error {
	return s.CreateBucketMeta(name, BucketMeta{Created: now})
}

// CreateBucketMeta creates an empty bucket with the given metadata.
func (s *MemStore) CreateBucketMeta(name string, meta BucketMeta) error {
	if err := validBucketName(name); err != nil {
		return err
	}
	if s.HasBucket(name) {
		return fmt.Errorf("create bucket %q: %w", name, ErrBucketExists)
	}
	done, err := s.persist(func(d *diskStore) error { return d.createBucket(name, meta) })
	if err != nil {
		return err
	}
	defer done()
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.buckets[name]; ok {
		return fmt.Errorf("create bucket %q: %w", name, ErrBucketExists)
	}
	s.buckets[name] = &bucket{meta: meta, objects: btree.NewG(32, objectLess)}
	return nil
}

// Bucket returns the bucket's metadata.
func (s *MemStore) Bucket(name string) (BucketMeta, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	b, ok := s.buckets[name]
	if !ok {
		return BucketMeta{}, fmt.Errorf("bucket %q: %w", name, ErrNoSuchBucket)
	}
	return b.meta, nil
}

// UpdateBucket replaces the bucket's metadata with fn's result in one
// step, on disk first when there is one. fn must replace, not modify, the
// maps of the value it is given.
func (s *MemStore) UpdateBucket(name string, fn func(BucketMeta) (BucketMeta, error)) error {
	// writeMu (taken with or without a disk: bucket changes are rare) keeps
	// other bucket changes out between the read and the write; mu is not
	// held across the disk write, so reads go on meanwhile.
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.mu.RLock()
	b, ok := s.buckets[name]
	var old BucketMeta
	if ok {
		old = b.meta
	}
	s.mu.RUnlock()
	if !ok {
		return fmt.Errorf("update bucket %q: %w", name, ErrNoSuchBucket)
	}
	n, err := fn(old)
	if err != nil {
		return err
	}
	if s.disk != nil {
		if err := s.disk.putBucketMeta(name, n); err != nil {
			return err
		}
	}
	s.mu.Lock()
	b.meta = n
	s.mu.Unlock()
	return nil
}

// DeleteBucket removes an empty bucket.
func (s *MemStore) DeleteBucket(name string) error {
	if s.disk != nil {
		// Hold writeMu across the check and both deletes, so no Put can
		// slip an object in between.
		s.writeMu.Lock()
		defer s.writeMu.Unlock()
		s.mu.RLock()
		b, ok := s.buckets[name]
		empty := ok && b.objects.Len() == 0
		s.mu.RUnlock()
		if empty {
			if err := s.disk.deleteBucket(name); err != nil {
				return err
			}
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.buckets[name]
	if !ok {
		return fmt.Errorf("delete bucket %q: %w", name, ErrNoSuchBucket)
	}
	if b.objects.Len() > 0 {
		return fmt.Errorf("delete bucket %q: %w", name, ErrBucketNotEmpty)
	}
	delete(s.buckets, name)
	return nil
}

// Usage counts the store's buckets, objects and object bytes, in
// O(objects).
func (s *MemStore) Usage() (buckets, objects int, bytes int64) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, b := range s.buckets {
		b.objects.Ascend(func(o *Object) bool {
			bytes += o.Size()
			return true
		})
		objects += b.objects.Len()
	}
	return len(s.buckets), objects, bytes
}

// HasBucket reports whether the bucket exists.
func (s *MemStore) HasBucket(name string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	_, ok := s.buckets[name]
	return ok
}

// Buckets returns every bucket sorted by name.
func (s *MemStore) Buckets() []BucketInfo {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]BucketInfo, 0, len(s.buckets))
	for name, b := range s.buckets {
		out = append(out, BucketInfo{Name: name, Created: b.meta.Created})
	}
	slices.SortFunc(out, func(a, b BucketInfo) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Put stores obj in the bucket, replacing any object with the same key.
func (s *MemStore) Put(bucketName string, obj *Object) error {
	if !s.HasBucket(bucketName) {
		return fmt.Errorf("put %q: %w", bucketName, ErrNoSuchBucket)
	}
	done, err := s.persistKey(bucketName, obj.Key, func(d *diskStore) error { return d.put(bucketName, obj) })
	if err != nil {
		return err
	}
	defer done()
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.buckets[bucketName]
	if !ok {
		return fmt.Errorf("put %q: %w", bucketName, ErrNoSuchBucket)
	}
	b.objects.ReplaceOrInsert(obj)
	return nil
}

// Update replaces the object stored under key with fn's result, in one
// step: no Put or Delete can come between reading the old object and
// storing the new one (PutObjectTagging must not bring back the data a
// concurrent PUT replaced). fn must not modify old.
func (s *MemStore) Update(bucketName, key string, fn func(old *Object) (*Object, error)) error {
	if s.disk != nil {
		// The key's lock keeps every other change of the key out between
		// the read and the write, so the in-memory tree need not be locked
		// while the disk write waits for its fsyncs.
		defer s.lockKey(bucketName, key)()
	} else {
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	b, ok := s.bucketLocked(bucketName)
	if !ok {
		return fmt.Errorf("update %q: %w", bucketName, ErrNoSuchBucket)
	}
	old, ok := s.getLocked(b, key)
	if !ok {
		return fmt.Errorf("update %q/%q: %w", bucketName, key, ErrNoSuchKey)
	}
	n, err := fn(old)
	if err != nil {
		return err
	}
	if s.disk != nil {
		if err := s.disk.put(bucketName, n); err != nil {
			return err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	b.objects.ReplaceOrInsert(n)
	return nil
}

// bucketLocked and getLocked read the tree, taking mu shared unless the
// store has no disk, where Update already holds it.
func (s *MemStore) bucketLocked(name string) (*bucket, bool) {
	if s.disk != nil {
		s.mu.RLock()
		defer s.mu.RUnlock()
	}
	b, ok := s.buckets[name]
	return b, ok
}

func (s *MemStore) getLocked(b *bucket, key string) (*Object, bool) {
	if s.disk != nil {
		s.mu.RLock()
		defer s.mu.RUnlock()
	}
	return b.objects.Get(&Object{Key: key})
}

// Get returns the object stored under key.
func (s *MemStore) Get(bucketName, key string) (*Object, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	b, ok := s.buckets[bucketName]
	if !ok {
		return nil, fmt.Errorf("get %q: %w", bucketName, ErrNoSuchBucket)
	}
	o, ok := b.objects.Get(&Object{Key: key})
	if !ok {
		return nil, fmt.Errorf("get %q/%q: %w", bucketName, key, ErrNoSuchKey)
	}
	return o, nil
}

// Delete removes key from the bucket; a missing key is not an error, as in
// S3.
func (s *MemStore) Delete(bucketName, key string) error {
	if !s.HasBucket(bucketName) {
		return fmt.Errorf("delete %q: %w", bucketName, ErrNoSuchBucket)
	}
	done, err := s.persistKey(bucketName, key, func(d *diskStore) error { return d.delete(bucketName, key) })
	if err != nil {
		return err
	}
	defer done()
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.buckets[bucketName]
	if !ok {
		return fmt.Errorf("delete %q: %w", bucketName, ErrNoSuchBucket)
	}
	b.objects.Delete(&Object{Key: key})
	return nil
}

// Scan yields the bucket's objects with keys ≥ from in key order. The
// objects are snapshotted in pages, so the iteration holds no lock while the
// caller works and sees each key at most once.
func (s *MemStore) Scan(bucketName, from string) (iter.Seq[*Object], error) {
	if !s.HasBucket(bucketName) {
		return nil, fmt.Errorf("list %q: %w", bucketName, ErrNoSuchBucket)
	}
	return func(yield func(*Object) bool) {
		const page = 256
		next, inclusive := from, true
		for {
			batch := make([]*Object, 0, page)
			s.mu.RLock()
			if b, ok := s.buckets[bucketName]; ok {
				b.objects.AscendGreaterOrEqual(&Object{Key: next}, func(o *Object) bool {
					if !inclusive && o.Key == next {
						return true
					}
					batch = append(batch, o)
					return len(batch) < page
				})
			}
			s.mu.RUnlock()
			for _, o := range batch {
				if !yield(o) {
					return
				}
			}
			if len(batch) < page {
				return
			}
			next, inclusive = batch[len(batch)-1].Key, false
		}
	}, nil
}
