package main

// This file holds the command line: the demo (default) and serve.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
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
  load    N concurrent SSE clients: delivery latency and server memory per client

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
	case "serve":
		err = runServe(ctx, args, stdout, stderr)
	case "load":
		err = runLoadCmd(ctx, args, stdout, stderr)
	case "help":
		fmt.Fprint(stdout, globalUsage)
		return 0
	default:
		err = fmt.Errorf("unknown command %q (commands: demo, serve, load): %w", cmd, errUsage)
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

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve",
		"Serves the live chart page (/), the SSE stream (/events, Last-Event-ID resume), POST /publish\n"+
			"and /stats, with a synthetic click stream aggregated into event-time windows. SIGINT or\n"+
			"SIGTERM shuts down gracefully: streams end cleanly, then the server stops.",
		"  go run ./171-streaming serve -addr 127.0.0.1:8081\n"+
			"  go run ./171-streaming serve -nats embedded -nats-dir /tmp/js -addr 127.0.0.1:8082\n"+
			"  curl -N http://127.0.0.1:8081/events\n"+
			"  curl -d data=hello http://127.0.0.1:8081/publish\n", stdout)
	var o serveOptions
	fs.StringVar(&o.Addr, "addr", "127.0.0.1:8081", "listen address")
	fs.IntVar(&o.History, "history", 1024, "events kept per topic for Last-Event-ID resume")
	fs.IntVar(&o.MaxClients, "max-clients", 1000, "concurrent streams before 503")
	fs.DurationVar(&o.Heartbeat, "heartbeat", 15*time.Second, "comment heartbeat interval on idle streams")
	fs.IntVar(&o.Rate, "rate", 300, "synthetic clicks per second (0: none)")
	fs.DurationVar(&o.Window, "window", time.Second, "window size of the live metrics")
	fs.StringVar(&o.NATS, "nats", "", "JetStream broker: a NATS URL, or 'embedded' to run a server in-process (default: in-process broker)")
	fs.StringVar(&o.NATSDir, "nats-dir", "", "store directory of the embedded NATS server (default: a temporary one)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if o.History < 0 || o.MaxClients < 1 || o.Window <= 0 || o.Rate < 0 {
		return fmt.Errorf("serve: want -history >= 0, -max-clients >= 1, -window > 0, -rate >= 0: %w", errUsage)
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	return serve(ctx, o, stdout, log)
}

func runLoadCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("load",
		"Holds N concurrent SSE clients on one stream while publishing at a steady rate, then reports\n"+
			"publish→deliver latency (p50/p99/max) and the server's heap, stacks and goroutines per\n"+
			"client. Without -url it starts 'serve' as a child process so the figures are the server's.",
		"  go run ./171-streaming load -clients 1000 -events 200 -rate 50\n"+
			"  go run ./171-streaming load -url http://127.0.0.1:8081 -clients 100\n", stdout)
	var o loadOptions
	fs.StringVar(&o.URL, "url", "", "base URL of a running serve (default: start one as a child process)")
	fs.IntVar(&o.Clients, "clients", 1000, "concurrent SSE clients")
	fs.IntVar(&o.Events, "events", 200, "events to publish")
	fs.IntVar(&o.Rate, "rate", 50, "events per second")
	fs.IntVar(&o.Payload, "payload", 64, "padding bytes per event")
	if err := parse(fs, args); err != nil {
		return err
	}
	if o.Clients < 1 || o.Events < 1 || o.Rate < 1 || o.Payload < 0 {
		return fmt.Errorf("load: want -clients, -events, -rate >= 1 and -payload >= 0: %w", errUsage)
	}
	r, err := runLoad(ctx, o)
	if err != nil {
		return err
	}
	if err := printLoad(stdout, o, r); err != nil {
		return err
	}
	if r.Delivered < r.Expected {
		return fmt.Errorf("load: %w (%d of %d)", errLoadIncomplete, r.Delivered, r.Expected)
	}
	return nil
}
