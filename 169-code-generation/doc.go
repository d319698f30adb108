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
//     imports, file counts and, with -types, its exported API. Checked
//     against both libraries on every function of GOROOT.
//   - gen enum|builder|mock (gen.go, enum.go, builder.go, mock.go):
//     String methods with stringer's layout and output (checked against
//     the real stringer), Parse/MarshalText/UnmarshalText/Values; chained
//     builders whose Build refuses unset required fields; recording mocks
//     of interfaces, generic ones included.
//   - rewrite (rewrite.go, diff.go): gofmt -r's pattern rules, byte for
//     byte, and type-aware fixes on github.com/dave/dst that keep comments
//     attached and are type-checked before anything is written.
//   - lint (rules.go, lint.go): five go/analysis Analyzers with suggested
//     fixes, //lint:ignore directives that are themselves checked, run in
//     process or as go vet -vettool with the same results.
//
// # What was rejected
//
// Parsing through go/packages' NeedSyntax for the parse-only analyzer:
// it makes go list preprocess every cgo package, which costs more than
// parsing the whole tree, so file names come from go list and parsing is
// ours, one package per worker, dropped once measured. Rewriting fixes on
// go/ast: its comments are positioned by byte offset in a side list, so a
// moved node leaves them behind; dst carries them on the nodes.
// multichecker for the lint command: it exits the process and cannot be
// tested in process; go/analysis/checker runs the same analyzers and
// returns their diagnostics.
package main
