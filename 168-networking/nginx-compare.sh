#!/usr/bin/env bash
# nginx-compare.sh: nginx and the 168-networking proxy, side by side, on
# loopback, in front of the same two backends, driven by the same wrk
# command. Prints req/s and latency percentiles for each.
#
#   bash 168-networking/nginx-compare.sh
#   DURATION=10s CONNS=64 THREADS=2 WARMUP=1 ROUNDS=2 bash 168-networking/nginx-compare.sh
#
# Rows: one backend directly (the ceiling), then ROUNDS rounds of nginx (2
# workers, upstream keep-alive), this proxy with Go's default GC, and this
# proxy with -gogc 400 (fewer collections, more memory). RSS is resident
# memory after the run (for nginx: master and workers together). On a shared machine consecutive runs differ by tens
# of percent, so each round's ratio is against that round's nginx row.
# Needs go, wrk and nginx (Debian: wrk, nginx-light); python3 picks a free
# port for nginx. Everything listens on 127.0.0.1 only and is torn down on
# exit.
set -euo pipefail

DURATION=${DURATION:-10s}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-1}
ROUNDS=${ROUNDS:-2}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
tmp=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	if [ -f "$tmp/nginx.pid" ]; then kill "$(cat "$tmp/nginx.pid")" 2>/dev/null || true; fi
	wait 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

for t in go wrk python3 "$NGINX"; do
	command -v "$t" >/dev/null || { echo "nginx-compare: $t not found" >&2; exit 1; }
done

(cd "$root" && go build -o "$tmp/netd" ./168-networking)

# start VAR LOG ARGS...: runs netd in the background (not in a subshell,
# so that cleanup knows its pid) and sets VAR to the address it reports
# after "listening on", and VAR_pid to its pid.
start() {
	local var=$1 log=$2 addr
	shift 2
	"$tmp/netd" "$@" >"$log" 2>&1 &
	pids+=($!)
	printf -v "${var}_pid" '%s' "$!"
	for _ in $(seq 200); do
		grep -q 'listening on' "$log" && break
		sleep 0.05
	done
	addr=$(grep -m1 -o 'listening on [^ ]*' "$log" | sed 's/listening on //; s#^https\?://##')
	[ -n "$addr" ] || { echo "nginx-compare: netd $* did not start:" >&2; cat "$log" >&2; exit 1; }
	printf -v "$var" '%s' "$addr"
}

start b1 "$tmp/b1.log" backend -listen 127.0.0.1:0 -name b1
start b2 "$tmp/b2.log" backend -listen 127.0.0.1:0 -name b2
start ours "$tmp/ours.log" proxy -listen 127.0.0.1:0 -strategy round-robin \
	-backend "http://$b1" -backend "http://$b2"
start ours400 "$tmp/ours400.log" proxy -listen 127.0.0.1:0 -strategy round-robin -gogc 400 \
	-backend "http://$b1" -backend "http://$b2"

nport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$tmp/ngx"
cat >"$tmp/nginx.conf" <<CONF
# The equivalent of the Go proxy's setup: round-robin over the same two
# backends, HTTP/1.1 keep-alive upstream, the same forwarding headers, one
# worker per core, no access log (the Go proxy logs only errors).
worker_processes 2;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log warn;
events { worker_connections 4096; }
http {
	access_log off;
	client_body_temp_path $tmp/ngx/body;
	proxy_temp_path $tmp/ngx/proxy;
	fastcgi_temp_path $tmp/ngx/fastcgi;
	uwsgi_temp_path $tmp/ngx/uwsgi;
	scgi_temp_path $tmp/ngx/scgi;
	keepalive_requests 100000;
	upstream backends {
		server $b1;
		server $b2;
		keepalive 64;
		keepalive_requests 100000;
	}
	server {
		listen 127.0.0.1:$nport;
		location / {
			proxy_pass http://backends;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host \$host;
			proxy_set_header X-Forwarded-For \$remote_addr;
			proxy_set_header X-Forwarded-Host \$host;
			proxy_set_header X-Forwarded-Proto \$scheme;
			proxy_next_upstream error timeout;
		}
	}
}
CONF
"$NGINX" -p "$tmp/ngx" -c "$tmp/nginx.conf" -e "$tmp/nginx-error.log" -g 'daemon on;'
for _ in $(seq 100); do [ -s "$tmp/nginx.pid" ] && break; sleep 0.05; done
curl -fsS -o /dev/null "http://127.0.0.1:$nport/" 2>/dev/null || { echo "nginx-compare: nginx not answering" >&2; cat "$tmp/nginx-error.log" >&2; exit 1; }

wrkcmd="wrk -t$THREADS -c$CONNS -d$DURATION --latency"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $("$NGINX" -v 2>&1), $(go version | cut -d' ' -f3), backends: 2 x netd backend (64-byte body)"
echo "# each row: $wrkcmd http://ADDR/"
printf '%-16s %5s %9s %9s %9s %9s %9s %8s\n' setup round req/s p50 p90 p99 "vs nginx" RSS

nginx_rps=""
rss() { # pids...: resident memory in MiB
	ps -o rss= -p "$(echo "$@" | tr ' ' ,)" 2>/dev/null | awk '{s += $1} END {if (s) printf "%.0fMiB", s / 1024; else print "-"}'
}

measure() { # name round addr pids...
	local name=$1 round=$2 addr=$3 out rps p50 p90 p99 ratio
	shift 3
	if [ "$WARMUP" != 0 ]; then wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" "http://$addr/" >/dev/null; fi
	out=$($wrkcmd "http://$addr/")
	rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
	p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
	p90=$(awk '$1 == "90%" {print $2}' <<<"$out")
	p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
	if grep -q 'Non-2xx\|Socket errors' <<<"$out"; then
		echo "# $name: $(grep 'Non-2xx\|Socket errors' <<<"$out" | tr -s ' ' | tr '\n' ';')"
	fi
	[ "$name" = nginx ] && nginx_rps=$rps
	ratio="-"
	if [ -n "$nginx_rps" ] && [ "$name" != "backend direct" ]; then
		ratio=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN {printf "%.2fx", a / b}')
	fi
	printf '%-16s %5s %9s %9s %9s %9s %9s %8s\n' "$name" "$round" "$rps" "$p50" "$p90" "$p99" "$ratio" "$(rss "$@")"
}

measure "backend direct" - "$b1"
ngx_master=$(cat "$tmp/nginx.pid")
ngx_pids="$ngx_master $(pgrep -d' ' -P "$ngx_master" || true)"
for round in $(seq "$ROUNDS"); do
	measure nginx "$round" "127.0.0.1:$nport" $ngx_pids
	measure ours "$round" "$ours" "$ours_pid"
	measure "ours -gogc 400" "$round" "$ours400" "$ours400_pid"
done
