#!/usr/bin/env bash
# goroot-compare.sh: our analyzer against gocyclo on all of $(go env GOROOT)/src.
#
#   1. agreement: every function's cyclomatic and cognitive complexity
#      compared with gocyclo's and gocognit's (go test -goroot);
#   2. speed: parse-only analysis of the whole tree by both, ROUNDS rounds
#      interleaved (gocyclo, ours, gocyclo, ours, ...), wall and CPU seconds.
#
# Both read the tree from disk through the page cache (one warm-up run each
# first). gocyclo walks every .go file (it knows no build constraints); ours
# runs go list in each module of the tree (std, cmd, and the small modules
# of testdata-free directories) and, with -allfiles, also parses the files
# that build constraints leave out, so both read the same files but
# vendor/, which go list skips.
#
# Usage: bash 169-code-generation/goroot-compare.sh   (ROUNDS=5 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
root=$(go env GOROOT)/src
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/ours" ./169-code-generation
go build -o "$tmp/gocyclo" github.com/fzipp/gocyclo/cmd/gocyclo

echo "== agreement on every function of $root"
go test -count=1 -run 'TestComplexityAgreesOnAllOfGOROOT' -v ./169-code-generation -args -goroot \
	| grep -E 'functions compared|^(--- |ok|FAIL)' | sed 's/^ *//'

echo
echo "== functions found"
printf 'gocyclo: %s\n' "$("$tmp/gocyclo" "$root" | wc -l)"
ours_lines=$("$tmp/ours" analyze -allfiles -generated "$root/..." | wc -l)
printf 'ours:    %s (both read every .go file outside testdata, vendor, . and _ directories)\n' "$((ours_lines - 1))"

run() { # run NAME CMD...: prints "NAME wall cpu"
	local name=$1 me=$BASHPID; shift
	local t0 t1 c0 c1
	t0=$(date +%s.%N)
	c0=$(awk '{print $16+$17}' /proc/$me/stat)
	"$@" >/dev/null
	t1=$(date +%s.%N)
	c1=$(awk '{print $16+$17}' /proc/$me/stat)
	# Children's utime+stime (cutime, cstime) in clock ticks.
	printf '%s %.3f %.3f\n' "$name" "$(echo "$t1 - $t0" | bc)" "$(echo "($c1 - $c0) / $(getconf CLK_TCK)" | bc -l)"
}

"$tmp/gocyclo" -over 100000 "$root" >/dev/null
"$tmp/ours" analyze -allfiles -generated -over 100000 "$root/..." >/dev/null
echo
echo "== speed, $ROUNDS interleaved rounds (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
for _ in $(seq "$ROUNDS"); do
	run gocyclo "$tmp/gocyclo" -over 100000 "$root"
	run ours "$tmp/ours" analyze -allfiles -generated -over 100000 "$root/..."
done | tee "$tmp/times"
echo
# stat NAME COLUMN: "median min–max" of one column for one tool.
stat() {
	local vals n
	vals=$(awk -v t="$1" -v c="$2" '$1 == t { print $c }' "$tmp/times" | sort -n)
	n=$(wc -l <<<"$vals")
	printf '%ss %s–%ss' "$(sed -n "$(((n + 1) / 2))p" <<<"$vals")" "$(head -1 <<<"$vals")" "$(tail -1 <<<"$vals")"
}
printf '%-8s  %-26s  %s\n' tool "wall: median min–max" "CPU: median min–max"
for t in gocyclo ours; do
	printf '%-8s  %-26s  %s\n' "$t" "$(stat "$t" 2)" "$(stat "$t" 3)"
done
