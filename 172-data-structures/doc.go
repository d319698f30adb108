// Command 172-data-structures holds six specialized data structures, each
// measured side by side against the library a Go engineer would otherwise
// import: a Bloom filter (standard and cache-line-blocked), consistent
// hashing (a ring with virtual nodes and bounded loads, Jump, Rendezvous), a
// path-compressed radix tree, an indexable skip list, contention-aware
// counters, and a sharded concurrent map.
//
// Run it with no arguments for a tour that prints measured figures beside
// the theory; see README.md for the design of each structure, its
// complexity, and the benchmark table against the peers.
package main
