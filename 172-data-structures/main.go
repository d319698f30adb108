package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
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

// run is the whole program behind main, returning the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmd := "demo"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
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
		err = fmt.Errorf("unknown command %q: %w", cmd, errUsage)
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "172-data-structures: %v\n%s", err, usage)
		return 2
	default:
		fmt.Fprintf(stderr, "172-data-structures: %v\n", err)
		return 1
	}
}

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	return fs
}

// parse wraps flag errors other than -h as usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%s: %w: %w", fs.Name(), errUsage, err)
	}
	return nil
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("demo", stderr)
	only := fs.String("only", "", "comma-separated sections to run (default all)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("demo: unexpected arguments %q: %w", fs.Args(), errUsage)
	}
	var names []string
	if *only != "" {
		names = strings.Split(*only, ",")
	}
	return demo(ctx, stdout, names)
}

func runComplete(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("complete", stderr)
	k := fs.Int("k", 10, "number of completions")
	root := fs.String("root", "", "directory whose file paths are indexed (default $GOROOT/src)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *k < 1 {
		return fmt.Errorf("complete: want one PREFIX and -k >= 1: %w", errUsage)
	}
	return complete(ctx, stdout, *root, fs.Arg(0), *k)
}
