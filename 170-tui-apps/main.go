package main

// This file holds the command line: the dashboard in a terminal, or, with
// no terminal or with -keys, one plain frame from the test driver.

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

	"golang.org/x/term"
)

const prog = "170-tui-apps"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGHUP)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}

// run is the whole program behind main, returning the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(prog, flag.ContinueOnError)
	fs.SetOutput(stderr)
	keys := fs.String("keys", "", "comma-separated `keys` to replay without a terminal (e.g. down,down,enter,tab,ctrl+c); prints the last frame")
	width := fs.Int("width", 100, "frame `width` without a terminal")
	height := fs.Int("height", 30, "frame `height` without a terminal")
	debugPanic := fs.Bool("debug-panic", false, "make F12 panic inside a Cmd goroutine (to check the terminal is restored)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s [flags]\n\nRuns the dashboard in the terminal; without one (or with -keys), prints one plain frame.\n\nflags:\n", prog)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nexamples:\n  go run ./170-tui-apps\n  go run ./170-tui-apps -keys down,down,enter </dev/null\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected arguments: %s\n", prog, strings.Join(fs.Args(), " "))
		return 2
	}
	var names []string
	if *keys != "" {
		names = strings.Split(*keys, ",")
		for _, n := range names {
			if _, err := ParseKey(n); err != nil {
				fmt.Fprintf(stderr, "%s: -keys: %v\n", prog, err)
				return 2
			}
		}
	}
	if *keys != "" || !isTerminal(stdin) || !isTerminal(stdout) {
		if *keys == "" {
			fmt.Fprintf(stderr, "%s: standard input or output is not a terminal: printing one plain frame (-keys replays keystrokes)\n", prog)
		}
		d := NewDriver(newDashboard(Plain, false), *width, *height)
		d.Advance(3 * 1e9) // three refreshes and some download
		d.Keys(names...)
		fmt.Fprintln(stdout, d.View())
		return 0
	}
	p := NewProgram(newDashboard(DetectProfile(os.Getenv), *debugPanic), stdout, Options{Mouse: true})
	if _, err := p.Run(ctx); err != nil {
		if errors.Is(err, ErrInterrupted) {
			return 130
		}
		fmt.Fprintf(stderr, "%s: %v\n", prog, err)
		return 1
	}
	return 0
}
