#!/bin/sh
# server-bench.sh — issue 17's server-process benchmark: each emulator (our
# serve with SigV4, our serve with auth off, gofakes3) runs as its own
# process, the same load generator drives it, and the server's CPU comes
# from /proc/PID/stat. Prints the tables the README quotes, with the load
# average before and after.
#
#   ./167-aws-sdk/server-bench.sh            # everything, 5 rounds
#   ROUNDS=3 ONLY=s3 ./167-aws-sdk/server-bench.sh   # ONLY: s3, data or sqs
#
# Timing runs hold /tmp/bench.lock, which other sessions on this machine
# honour too.
set -eu
cd "$(dirname "$0")/.."
bin=$(mktemp -d)/serverbench.test
trap 'rm -rf "$(dirname "$bin")"' EXIT
go test -c -o "$bin" ./167-aws-sdk
flock /tmp/bench.lock sh -c '
	echo "load before: $(uptime)"
	SERVER_BENCH=1 SERVER_BENCH_ROUNDS="$1" SERVER_BENCH_ONLY="$2" "$3" -test.run "^TestServerBench$" -test.timeout 60m
	status=$?
	echo "load after: $(uptime)"
	exit $status
' sh "${ROUNDS:-5}" "${ONLY:-}" "$bin"
