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
package main
