// Command 166-memory-gc checks what Go does with memory against what the
// compiler and the runtime themselves report, on Go 1.26.
//
// # Stack or heap: escape analysis
//
// The compiler allocates a value on the goroutine's stack when it can
// prove the value does not outlive the function (and is small enough);
// otherwise the value "escapes" and is allocated on the heap, where the
// garbage collector must find and free it. The proof is a data-flow
// graph (cmd/compile/internal/escape): every assignment, return, call
// argument and address-of is an edge, and a location escapes when a path
// leads from its address to the heap or to something that outlives it.
// With -gcflags=-m=2 the compiler prints its verdicts and, for each
// escaping location, the path: "flow: ~r0 ← &p" then "from &p
// (address-of)", "from return &p (return)". The escape subcommand runs
// exactly that build and parses the text into findings grouped by
// function; nothing is inferred from the source that the compiler did
// not say.
//
// The catalogue (catalogue.go) holds one small function per lesson:
// returning &local, closures, interface boxing, make past the 64 KiB
// implicit limit, var past the 128 KiB explicit limit
// (cmd/compile/internal/ir/cfg.go), variable-sized make with its 32-byte
// stack buffer (Go 1.25), append into a stack buffer moved to the heap on
// return (Go 1.26, cmd/compile/internal/slice), fmt's boxing of
// arguments, method values, and the three kinds of leaking parameter. The
// tests run the analyzer on this package and assert each row's verdict,
// and testing.AllocsPerRun confirms its allocation count, so a compiler
// that changes its mind fails a test rather than leaving a stale claim.
//
// Rejected: go/analysis-style static guessing (it cannot know what
// inlining did; catInlinedReturnPointer's &point{} stays on the stack
// only because inlinableNew was inlined), and -json=0,DIR compiler
// diagnostics (LSP-oriented, one file per package, and the flow chain is
// split across related-information records): -m=2 text is what users
// read and paste into issues, so that is what is parsed, with unknown
// messages kept as "other" rather than dropped.
//
// # Allocation tracking and leaks
//
// The track subcommand wraps a phase and reports what it allocated from
// runtime/metrics (/gc/heap/allocs:bytes and :objects, read after a
// forced GC because the runtime counts a span's objects when the span
// leaves the P's cache), what it left live (/gc/heap/live:bytes after a
// forced GC on each side), and where it allocated: the heap profile at
// MemProfileRate 1 before and after, subtracted as pprof -base does. The
// leak detector is a verdict on the live heap after each of N cycles
// (positive least-squares slope, growth above a floor, growth in most
// steps), so a cache warming up once is not a leak and a heap growing
// 512 KiB a cycle is.
//
// # Cleanups, weak pointers and unique
//
// runtime.AddCleanup (Go 1.24) replaces SetFinalizer: the cleanup never
// receives the object, so it cannot resurrect it, a cycle does not keep
// itself alive, chains are freed in one cycle, and an object may have
// any number of cleanups. The tests show each SetFinalizer pitfall next
// to the AddCleanup behaviour. [Resource] releases and reports a handle
// nobody closed; [WeakCache] holds weak.Pointers whose keys a cleanup
// deletes; the intern subcommand measures unique.Make against copies
// and a map interner.
package main
