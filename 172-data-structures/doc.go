// Command 172-data-structures holds six specialized data structures, each
// measured side by side against the library a Go engineer would otherwise
// import, and a tour that prints measured figures beside the theory.
//
// # The structures
//
//   - [BloomFilter] (bloom.go): set membership with no false negatives and
//     a chosen false-positive rate. Standard layout, or a cache-line-blocked
//     layout that costs one memory access per lookup and pays for it with a
//     few percent more bits; a concurrent mode with atomic OR; a versioned,
//     checksummed encoding.
//   - [Ring], [Jump], [Rendezvous] (ring.go): consistent hashing behind one
//     [Placer] interface, with the ring's bounded-loads mode.
//   - [RadixTree] (radix.go): a path-compressed trie with longest-prefix
//     match and weighted autocomplete; each 128-byte node holds its label
//     and up to two edges, so a lookup step touches one object.
//   - [SkipList] (skiplist.go): an ordered map with O(log n) rank queries,
//     unrolled into blocks of up to 128 keys.
//   - [AtomicCounter], [StripedCounter], [MaxTracker], [MinTracker]
//     (counter.go): counting under contention, one cell per P (the
//     runtime's procPin, as sync.Pool uses), and false sharing made visible.
//   - [ShardedMap] (shardedmap.go): a concurrent map with an atomic Compute
//     and an iterator that holds no lock while the caller's loop runs.
//
// # Design rules shared by all six
//
// Lookups never allocate: every Get, Test, Load, Rank and LongestPrefix is
// checked with testing.AllocsPerRun. Types say whether their zero value is
// usable and whether they are safe for concurrent use; the concurrent ones
// publish immutable snapshots (Ring, Jump, Rendezvous) or lock per shard
// (ShardedMap) rather than one global lock. Bad input is an error, never a
// panic: an empty ring returns [ErrNoMembers], a corrupt Bloom encoding
// [ErrBloomFormat] or [ErrBloomChecksum].
//
// Hashes are chosen per use. Placement and serialized filters need a hash
// that every process agrees on forever, so they use MurmurHash3 (murmur3.go);
// the in-process map uses hash/maphash with a random seed, which resists
// keys chosen to collide.
//
// # What was rejected
//
// A channel-based iterator for the map (concurrent-map's IterBuffered) leaks
// its goroutine when the loop breaks; All is an iter.Seq2 that copies one
// shard at a time instead. A lock-free skip list was left out: the indexable
// spans that make Rank and At O(log n) need multi-word updates. A skip list
// with one key per node was the first version and was rejected after
// measurement: at 10^6 keys its ~30 dependent cache misses per lookup made
// Get 6–9× slower than google/btree at 101 bytes per key; blocks of keys in
// one array (an unrolled skip list) bring it near the B-tree for the same
// reason a B-tree is fast. Two ways of taking the lock word out of
// ShardedMap's reads were built and measured slower than the RWMutex
// shards in every interleaved round: per-shard open-addressing tables of
// atomic pointers to immutable entries, after xsync (one more dependent
// load per lookup and an allocation per Store), and per-P reader counters
// with a writing flag (reads scaled, writes paid more than reads saved).
// So reads still write the shard's lock word, which at -cpu 2 costs a
// cache-line transfer that xsync's reads avoid; the README gives the
// numbers. A stack-address hash for StripedCounter's cells was rejected
// after measurement: the runtime does not always give goroutines that
// start together neighbouring stacks, and two of them sharing a cell made
// the counter 6× slower.
//
// Usage:
//
//	172-data-structures                      # the tour
//	172-data-structures demo -only bloom,map # some sections
//	172-data-structures complete -k 5 net/http/h
package main
