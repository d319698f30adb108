package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
)

const usage = `usage: 172-data-structures [command] [flags]

With no command, runs the demo: a tour of every structure with measured figures.

commands:
  demo [-only bloom,ring,radix,skiplist,counters,map]
        run the tour (all sections by default)
  complete [-k 10] [-root DIR] PREFIX
        the k largest files whose path under DIR (default $GOROOT/src) begins
        with PREFIX, by radix-tree autocomplete

examples:
  go run ./172-data-structures
  go run ./172-data-structures demo -only bloom,ring
  go run ./172-data-structures complete -k 5 net/http/h
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// errUsage marks command-line mistakes, which exit with status 2.
var errUsage = errors.New("usage")

// usageError is a command-line mistake in one subcommand: the message, and
// the flag set whose usage follows it on stderr (nil: the global usage).
type usageError struct {
	fs  *flag.FlagSet
	msg string
}

func (e *usageError) Error() string { return e.msg }

// Is makes every usageError match errUsage.
func (e *usageError) Is(target error) bool { return target == errUsage }

// usagef returns a usageError for fs with a formatted message.
func usagef(fs *flag.FlagSet, format string, args ...any) error {
	return &usageError{fs: fs, msg: fmt.Sprintf(format, args...)}
}

// run is the whole program behind main, returning the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmd := "demo"
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "-h" || a == "-help" || a == "--help":
			fmt.Fprint(stderr, usage)
			return 0
		case !strings.HasPrefix(a, "-"):
			cmd, args = a, args[1:]
		}
	}
	var err error
	switch cmd {
	case "demo":
		err = runDemo(ctx, args, stdout, stderr)
	case "complete":
		err = runComplete(ctx, args, stdout, stderr)
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		err = usagef(nil, "unknown command %q", cmd)
	}
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "172-data-structures: %s\n", ue.msg)
		if ue.fs != nil {
			ue.fs.Usage()
		} else {
			fmt.Fprint(stderr, usage)
		}
		return 2
	default:
		fmt.Fprintf(stderr, "172-data-structures: %v\n", err)
		return 1
	}
}

// newFlagSet returns the flag set of one subcommand. Its -h prints the
// synopsis, the subcommand's own flags with their defaults, and examples.
func newFlagSet(name, synopsis, about, examples string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: 172-data-structures %s %s\n\n%s\n\nflags:\n", name, synopsis, about)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nexamples:\n%s", examples)
	}
	return fs
}

// parse parses args into fs. The flag package reports its own errors by
// printing them and the usage; parse silences that and returns a
// usageError instead, so run prints each exactly once.
func parse(fs *flag.FlagSet, args []string) error {
	usage, out := fs.Usage, fs.Output()
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.Usage = usage
	fs.SetOutput(out)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return err
	default:
		return usagef(fs, "%s: %v", fs.Name(), err)
	}
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("demo", "[-only SECTIONS]",
		"Runs the tour: every structure with measured figures, ending by itself.",
		"  go run ./172-data-structures demo\n  go run ./172-data-structures demo -only bloom,ring\n", stderr)
	only := fs.String("only", "", "comma-separated `sections` to run: "+demoSectionNames()+" (default all)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usagef(fs, "demo: unexpected arguments %q", fs.Args())
	}
	var names []string
	if *only != "" {
		names = strings.Split(*only, ",")
		for _, n := range names {
			if !slices.ContainsFunc(demoSections, func(s demoSection) bool { return s.name == n }) {
				return usagef(fs, "demo: unknown section %q", n)
			}
		}
	}
	return demo(ctx, stdout, names)
}

func runComplete(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("complete", "[-k N] [-root DIR] PREFIX",
		"Prints the k largest files whose path under DIR begins with PREFIX, by radix-tree autocomplete.",
		"  go run ./172-data-structures complete -k 5 net/http/h\n"+
			"  go run ./172-data-structures complete -root ~/src/myrepo -k 3 cmd/\n", stderr)
	k := fs.Int("k", 10, "number of completions, at least 1")
	root := fs.String("root", "", "`directory` whose file paths are indexed (default $GOROOT/src)")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() != 1:
		return usagef(fs, "complete: want one PREFIX, got %d arguments", fs.NArg())
	case *k < 1:
		return usagef(fs, "complete: -k %d: want at least 1", *k)
	}
	return complete(ctx, stdout, *root, fs.Arg(0), *k)
}
