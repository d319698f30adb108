package main

// This file holds the command line: the demo by default, and the analyze,
// gen, rewrite and lint subcommands, each with its own flag.FlagSet whose
// -h prints that subcommand's flags and an example.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"

	"golang.org/x/tools/go/analysis"
)

const usage = `usage: 169-code-generation [command] [flags] [arguments]

With no command, runs the demo: a tour of every component on real code.

commands:
  analyze   per-function complexity (gocyclo's and gocognit's definitions), per-package API
  gen       generate code: gen enum|builder|mock
  rewrite   rewrite code by pattern (as gofmt -r) or by type-aware fixes, keeping comments
  lint      run the linters (also as go vet -vettool=BINARY)
  demo      the tour (the default)

Run "169-code-generation COMMAND -h" for a command's flags.

examples:
  go run ./169-code-generation
  go run ./169-code-generation analyze -over 15 ./...
  go run ./169-code-generation gen enum -type Color ./testdata/enum
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// errUsage marks command-line mistakes, which exit with status 2; the
// message has been printed already when it is returned bare.
var errUsage = errors.New("usage")

// errFound marks a run that worked and found what makes it fail: a
// function over the -over limit, a lint finding. It exits with status 1
// after printing its report.
var errFound = errors.New("found")

const prog = "169-code-generation"

// run is the whole program behind main, returning the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if isVetTool(args) {
		return runVetTool(args)
	}
	cmd := "demo"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "demo":
		err = runDemo(ctx, args, stdout, stderr)
	case "analyze":
		err = runAnalyze(args, stdout, stderr)
	case "gen":
		err = runGen(args, stdout, stderr)
	case "lint":
		err = runLint(args, stdout, stderr)
	case "rewrite":
		err = runRewrite(args, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "%s: unknown command %q\n%s", prog, cmd, usage)
		return 2
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case err == errUsage: // already reported by the flag package or the command
		return 2
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "%s %s: %s\n", prog, cmd, strings.TrimSuffix(err.Error(), ": "+errUsage.Error()))
		return 2
	case errors.Is(err, errFound):
		return 1
	default:
		fmt.Fprintf(stderr, "%s %s: %v\n", prog, cmd, err)
		return 1
	}
}

// usageError wraps a command-line mistake so that run exits 2.
func usageError(format string, a ...any) error {
	return fmt.Errorf(format+": %w", append(a, errUsage)...)
}

// newFlagSet returns a flag set whose -h prints synopsis, the flags with
// their defaults, and the examples; parse errors are printed once by the
// flag package, followed by the same text.
func newFlagSet(name, synopsis, examples string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s %s\n\nflags:\n", prog, synopsis)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nexamples:\n%s", examples)
	}
	return fs
}

// parseFlags parses args, mapping a bad flag to the bare errUsage (the flag
// package has printed it and the usage).
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

func runAnalyze(args []string, stdout, stderr io.Writer) (err error) {
	fs := newFlagSet("analyze", "analyze [-json] [-over N] [-by MEASURE] [-top N] [-ignore REGEX] [-types] [-generated] [-allfiles] PATTERNS",
		"  169-code-generation analyze ./...\n  169-code-generation analyze -over 15 -by cognitive std\n  169-code-generation analyze -json -types ./169-code-generation\n", stderr)
	asJSON := fs.Bool("json", false, "print the whole report as JSON (packages, functions, API, errors)")
	over := fs.Int("over", -1, "exit 1 when a function's measure exceeds `N`, listing only those (-1: no limit)")
	by := fs.String("by", string(ByCyclomatic), "measure to sort by and check -over against: cyclomatic, cognitive, nesting or lines")
	top := fs.Int("top", 0, "show only the `N` worst functions (0: all)")
	ignore := fs.String("ignore", "", "skip files whose path matches `REGEX`")
	typed := fs.Bool("types", false, "type-check: exact recursion detection and each package's exported API")
	generated := fs.Bool("generated", false, `include generated files ("Code generated ... DO NOT EDIT.")`)
	allFiles := fs.Bool("allfiles", false, "also analyze files that build constraints exclude here (other GOOS/GOARCH), as gocyclo does")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("no packages named (try ./...)")
	}
	m, err := ParseMeasure(*by)
	if err != nil {
		return usageError("-by: %v", err)
	}
	opt := AnalyzeOptions{Types: *typed, Generated: *generated, AllFiles: *allFiles}
	if *ignore != "" {
		if opt.Ignore, err = regexp.Compile(*ignore); err != nil {
			return usageError("-ignore: %v", err)
		}
	}
	rep, err := Analyze(fs.Args(), opt)
	if err != nil {
		return err
	}
	if len(rep.Packages) == 0 {
		for _, e := range rep.Errors {
			fmt.Fprintf(stderr, "%s analyze: %s\n", prog, e)
		}
		return errFound
	}
	defer func() {
		if len(rep.Errors) > 0 && err == nil {
			fmt.Fprintf(stderr, "%s analyze: %d file(s) or package(s) could not be analyzed\n", prog, len(rep.Errors))
			err = errFound
		}
	}()
	if *over >= 0 {
		bad := rep.Over(m, *over)
		filtered := &Report{Errors: rep.Errors}
		for _, p := range rep.Packages {
			var kept []FuncStat
			for _, f := range p.Funcs {
				if m.Of(f) > *over {
					kept = append(kept, f)
				}
			}
			p.Funcs = kept
			filtered.Packages = append(filtered.Packages, p)
		}
		if err = writeReport(filtered, *asJSON, m, *top, stdout); err != nil {
			return err
		}
		if len(bad) > 0 {
			fmt.Fprintf(stderr, "%s analyze: %d function(s) over %s %d\n", prog, len(bad), m, *over)
			return errFound
		}
		return nil
	}
	return writeReport(rep, *asJSON, m, *top, stdout)
}

func writeReport(rep *Report, asJSON bool, m Measure, top int, w io.Writer) error {
	if asJSON {
		return rep.WriteJSON(w)
	}
	wd, _ := os.Getwd()
	return rep.WriteTable(w, m, top, wd)
}

const genUsage = `usage: 169-code-generation gen enum|builder|mock [flags] [DIR]

  enum      String (stringer's layout and output), Parse<Type>, MarshalText,
            UnmarshalText and <Type>Values for integer constant types
  builder   a chained builder for a struct type; Build refuses unset required
            fields (tag builder:"required")
  mock      a recording mock of an interface (generic ones too): configurable
            results, call records and assertions

Run "169-code-generation gen KIND -h" for the flags of each.
`

func runGen(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		fmt.Fprint(stderr, genUsage)
		if len(args) == 0 {
			return errUsage
		}
		return flag.ErrHelp
	}
	switch kind, rest := args[0], args[1:]; kind {
	case "enum":
		return runGenEnum(rest, stdout, stderr)
	case "builder", "mock":
		return runGenKind(kind, rest, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "%s gen: unknown kind %q\n%s", prog, kind, genUsage)
		return errUsage
	}
}

func runGenEnum(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("gen enum", "gen enum -type T[,T...] [-trimprefix P] [-linecomment] [-output FILE] [-tags T] [DIR]",
		"  169-code-generation gen enum -type Color ./testdata/enum\n"+
			"  //go:generate go run go-internals-cloud-native/169-code-generation gen enum -type=Color\n", stderr)
	typeNames := fs.String("type", "", "comma-separated list of integer type `names`; required")
	trim := fs.String("trimprefix", "", "trim `PREFIX` from the constant names to make the printed names")
	lineComment := fs.Bool("linecomment", false, "use a constant's line comment, when present, as its printed name")
	output := fs.String("output", "", "output `FILE` (default DIR/<type>_enum.go; - for standard output)")
	tags := fs.String("tags", "", "comma-separated build `tags` to load the package with")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *typeNames == "" {
		return usageError("-type is required")
	}
	if fs.NArg() > 1 {
		return usageError("one directory at most, got %d", fs.NArg())
	}
	dir := "."
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	opt := EnumOptions{
		Types:       strings.Split(*typeNames, ","),
		TrimPrefix:  *trim,
		LineComment: *lineComment,
		Command:     "169-code-generation gen enum " + strings.Join(args, " "),
	}
	if *tags != "" {
		opt.Tags = strings.Split(*tags, ",")
	}
	src, err := GenerateEnum(dir, opt)
	if err != nil {
		return err
	}
	return writeGenerated(src, *output, dir, strings.ToLower(opt.Types[0])+"_enum.go", stdout)
}

// writeGenerated writes generated source to output: "-" for stdout, ""
// for DIR/defaultName.
func writeGenerated(src []byte, output, dir, defaultName string, stdout io.Writer) error {
	switch output {
	case "-":
		_, err := stdout.Write(src)
		return err
	case "":
		info, err := os.Stat(dir)
		if err != nil || !info.IsDir() {
			return usageError("-output is required when %q is not a directory", dir)
		}
		output = filepath.Join(dir, defaultName)
	}
	return writeFileAtomic(output, src)
}

func runGenKind(kind string, args []string, stdout, stderr io.Writer) error {
	what := map[string]string{"builder": "struct", "mock": "interface"}[kind]
	fs := newFlagSet("gen "+kind, "gen "+kind+" -type T[,T...] [-output FILE] [-tags T] [DIR]",
		"  169-code-generation gen "+kind+" -type Config -output - ./testdata/gen\n"+
			"  //go:generate go run go-internals-cloud-native/169-code-generation gen "+kind+" -type=Store\n", stderr)
	typeNames := fs.String("type", "", "comma-separated list of "+what+" type `names`; required")
	output := fs.String("output", "", "output `FILE` (default DIR/<type>_"+kind+".go; - for standard output)")
	tags := fs.String("tags", "", "comma-separated build `tags` to load the package with")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *typeNames == "" {
		return usageError("-type is required")
	}
	if fs.NArg() > 1 {
		return usageError("one directory at most, got %d", fs.NArg())
	}
	dir := "."
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	typeList := strings.Split(*typeNames, ",")
	var tagList []string
	if *tags != "" {
		tagList = strings.Split(*tags, ",")
	}
	command := "169-code-generation gen " + kind + " " + strings.Join(args, " ")
	var src []byte
	var err error
	if kind == "builder" {
		src, err = GenerateBuilder(dir, BuilderOptions{Types: typeList, Command: command, Tags: tagList})
	} else {
		src, err = GenerateMock(dir, MockOptions{Types: typeList, Command: command, Tags: tagList})
	}
	if err != nil {
		return err
	}
	return writeGenerated(src, *output, dir, strings.ToLower(typeList[0])+"_"+kind+".go", stdout)
}

func runLint(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("lint", "lint [-json] [-fix] [-tags T] [-rules R,R] PATTERNS",
		"  169-code-generation lint ./...\n  169-code-generation lint -fix -rules errwrap ./...\n"+
			"  go build -o /tmp/lint ./169-code-generation && go vet -vettool=/tmp/lint ./...\n", stderr)
	asJSON := fs.Bool("json", false, "print the findings as JSON")
	fix := fs.Bool("fix", false, "apply the suggested fixes (files are rewritten only when the result parses)")
	tags := fs.String("tags", "", "comma-separated build `tags`, as go build -tags")
	only := fs.String("rules", "", "comma-separated `rules` to run (default all: "+ruleNames()+")")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("no packages named (try ./...)")
	}
	opt := LintOptions{}
	if *tags != "" {
		opt.Tags = strings.Split(*tags, ",")
	}
	if *only != "" {
		for name := range strings.SplitSeq(*only, ",") {
			i := slices.IndexFunc(Suite(), func(a *analysis.Analyzer) bool { return a.Name == name })
			if i < 0 {
				return usageError("-rules: unknown rule %q (have %s)", name, ruleNames())
			}
			opt.Rules = append(opt.Rules, Suite()[i])
		}
	}
	findings, err := Lint(fs.Args(), opt)
	if err != nil {
		return err
	}
	if err := writeFindings(stdout, findings, *asJSON); err != nil {
		return err
	}
	if *fix {
		files, err := ApplyFixes(findings)
		for name, src := range files {
			if werr := writeFileAtomic(name, src); werr != nil {
				return werr
			}
			fmt.Fprintf(stderr, "%s lint: fixed %s\n", prog, name)
		}
		if err != nil {
			return err
		}
	}
	if len(findings) > 0 {
		return errFound
	}
	return nil
}

func ruleNames() string {
	var names []string
	for _, a := range Suite() {
		names = append(names, a.Name)
	}
	return strings.Join(names, ",")
}

func runRewrite(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rewrite", "rewrite (-r 'pattern -> replacement' | -fix NAME[,NAME]) [-diff | -l | -w] PATTERNS",
		"  169-code-generation rewrite -r 'a[b:len(a)] -> a[b:]' -diff ./...\n"+
			"  169-code-generation rewrite -fix any,errorf,ioutil,rangeint -w ./...\n", stderr)
	rule := fs.String("r", "", "pattern rule, `'pattern -> replacement'`, as gofmt -r (single lower-case letters are wildcards)")
	fixNames := fs.String("fix", "", "comma-separated type-aware `fixes`: "+fixNames())
	diff := fs.Bool("diff", false, "print a unified diff of each changed file")
	list := fs.Bool("l", false, "list the files that would change")
	write := fs.Bool("w", false, "write the changes back, atomically, only if the result type-checks")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("no packages named (try ./...)")
	}
	if (*rule == "") == (*fixNames == "") {
		return usageError("give exactly one of -r and -fix (run them one after the other to combine)")
	}
	if btoi(*diff)+btoi(*list)+btoi(*write) > 1 {
		return usageError("-diff, -l and -w exclude each other")
	}
	opt := RewriteOptions{}
	if *rule != "" {
		r, err := ParseRule(*rule)
		if err != nil {
			return usageError("-r: %v", err)
		}
		opt.Rule = r
	}
	if *fixNames != "" {
		for name := range strings.SplitSeq(*fixNames, ",") {
			fx, err := LookupFix(name)
			if err != nil {
				return usageError("-fix: %v", err)
			}
			opt.Fixes = append(opt.Fixes, fx)
		}
	}
	changes, err := Rewrite(fs.Args(), opt)
	for _, c := range changes {
		switch {
		case *diff:
			fmt.Fprint(stdout, UnifiedDiff(c.Path+".orig", c.Path, string(c.Old), string(c.New)))
		case *list:
			fmt.Fprintln(stdout, c.Path)
		case *write:
			if werr := writeFileAtomic(c.Path, c.New); werr != nil {
				return werr
			}
		default:
			stdout.Write(c.New)
		}
	}
	return err
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func fixNames() string {
	var names []string
	for _, f := range Fixes {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}
