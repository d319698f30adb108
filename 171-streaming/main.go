package main

// This file holds the command line: the demo (default) and serve.

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

const progName = "171-streaming"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// errUsage marks command-line mistakes, which exit with status 2.
var errUsage = errors.New("usage")

const globalUsage = `usage: 171-streaming [command] [flags]

With no command, runs the demo.

commands:
  demo    a click stream through a pipeline into event-time windows, and the queue strategies
  serve   the SSE server with a live chart page

Run '171-streaming COMMAND -h' for a command's flags.
`

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
	case "help":
		fmt.Fprint(stdout, globalUsage)
		return 0
	default:
		err = fmt.Errorf("unknown command %q (commands: demo, serve): %w", cmd, errUsage)
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 2
	default:
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 1
	}
}

// newFlagSet returns a flag set whose -h prints the command's own summary,
// flags and examples to help (stdout: help that was asked for is output).
func newFlagSet(name, summary, examples string, help io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(help, "usage: %s %s [flags]\n\n%s\n\nflags:\n", progName, name, summary)
		fs.SetOutput(help)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
		fmt.Fprintf(help, "\nexamples:\n%s", examples)
	}
	return fs
}

// parse parses args, turning flag errors other than -h into usage errors.
// The flag package's own message is discarded so that the one error
// returned is the only thing printed.
func parse(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	usage := fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = usage
	if errors.Is(err, flag.ErrHelp) {
		fs.Usage()
		return err
	}
	if err != nil {
		return fmt.Errorf("%s: %w (see '%s %s -h'): %w", fs.Name(), err, progName, fs.Name(), errUsage)
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%s: unexpected arguments %q: %w", fs.Name(), fs.Args(), errUsage)
	}
	return nil
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("demo", "A synthetic click stream through the toolkit, printed as tables.",
		"  go run ./171-streaming\n  go run ./171-streaming demo -seed 7\n", stdout)
	seed := fs.Uint64("seed", 1, "random seed of the synthetic stream")
	if err := parse(fs, args); err != nil {
		return err
	}
	return demo(ctx, stdout, *seed)
}
