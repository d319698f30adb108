package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `usage: 167-aws-sdk [command] [flags]

Commands:
  demo     (default) run the emulators in-process and exercise them through aws-sdk-go-v2
  serve    serve the S3, SQS and Lambda emulators on one port, for the AWS CLI and SDKs

Examples:
  go run ./167-aws-sdk
  go run ./167-aws-sdk serve -addr 127.0.0.1:4566 -data /tmp/s3data
  aws --endpoint-url http://127.0.0.1:4566 s3 mb s3://demo

Run '167-aws-sdk <command> -h' for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// errUsage marks command-line mistakes, which exit with status 2.
var errUsage = errors.New("usage")

// run is the whole program behind main, so tests can call it.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmd, rest := "demo", args
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprint(stdout, usage)
		return 0
	}
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, rest = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "demo":
		err = runDemo(ctx, rest, stdout, stderr)
	case "serve":
		err = runServe(ctx, rest, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "167-aws-sdk: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "167-aws-sdk: %v\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "167-aws-sdk: %v\n", err)
		return 1
	}
}
