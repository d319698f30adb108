// Command 169-code-generation reads and writes Go programs with the
// standard library's go/ast, go/token and go/types and the x/tools
// packages built on them, and checks every result against the tool Go
// engineers already trust for the same job.
//
// # How the pieces fit
//
//	source files ──go/parser──► *ast.File (syntax, comments, positions in a token.FileSet)
//	      │                          │
//	      │                     go/types.Config.Check
//	      │                          ▼
//	      │                    types.Info (what every identifier denotes, every expression's type)
//	      │                          │
//	go list (via x/tools/go/packages: files per build configuration, test variants, deps)
//	                                 ▼
//	   analyze (complexity, API)   gen (templates → go/format)   ...
//
// Parsing alone answers questions of shape: how deeply a function nests,
// how many paths it has. Type information answers questions of meaning:
// which function a call reaches, whether two types are identical. The
// analyzer works parse-only by default, which is what makes it fast on a
// tree the size of GOROOT, and type-checks when asked (-types).
//
// # Components
//
//   - analyze (analyze.go, complexity.go): per function, cyclomatic
//     complexity exactly as github.com/fzipp/gocyclo counts it and
//     cognitive complexity exactly as github.com/uudashr/gocognit counts
//     it, nesting depth, lines, parameters and results; per package, its
//     imports, file counts and, with -types, its exported API. The tests
//     compare both measures with the two libraries on every function of
//     the corpus under testdata and of eight GOROOT packages.
//   - gen enum (enum.go): String methods with stringer's layout and
//     output, checked against the real stringer on the same types, plus
//     the reverse lookup Parse<Type>, MarshalText/UnmarshalText and
//     <Type>Values.
//
// The rewriter, the linters and the builder and mock generators of the
// plan are not built yet; README.md says what exists.
package main
