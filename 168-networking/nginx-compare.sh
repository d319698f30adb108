#!/usr/bin/env bash
# nginx-compare.sh: nginx and the 168-networking proxy, side by side, on
# loopback, in front of the same neutral backends, driven by the same
# client command. The headline is each proxy's CPU time per request, read
# from /proc: on a shared machine req/s moves with whatever else runs, CPU
# per request much less, and it is what a proxy costs.
#
#   bash 168-networking/nginx-compare.sh
#   DURATION=10s CONNS=64 ROUNDS=3 SCENARIOS="1k 64k close c256 h2c" bash 168-networking/nginx-compare.sh
#
# Setup, chosen so that neither side is flattered:
#   - backends: one nginx, one worker, serving static files (1 KiB, 64 KiB)
#     on two ports. A static nginx backend costs almost nothing, so it does
#     not compress the ratio by eating the core the proxies share.
#   - nginx as proxy: one worker, upstream keepalive 64, proxy_http_version
#     1.1, the same forwarding headers as ours; h2c on a second port.
#   - ours: GOMAXPROCS=1, round-robin over the same two ports (it speaks h2c
#     on its one port).
# Scenarios: 1k and 64k (keep-alive, wrk), close (Connection: close on
# every request), c256 (1 KiB with 256 connections), h2c (h2load, 10
# streams per connection). Rounds are interleaved, nginx and ours in
# alternating order, and the summary gives the median and the spread.
# CPU us/req = (utime + stime of the proxy's processes, nginx master and
# worker together) / requests served in the run.
# Needs go, wrk, h2load (nghttp2-client), nginx (nginx-light) and python3
# (free ports). Everything listens on 127.0.0.1 and is torn down on exit.
set -euo pipefail

DURATION=${DURATION:-10s}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-1}
ROUNDS=${ROUNDS:-3}
SCENARIOS=${SCENARIOS:-1k 64k close c256 h2c}
# OURS_FLAGS are extra flags for our proxy, e.g. OURS_FLAGS=-fastpath, or
# "-fastpath -cpuprofile /tmp/fast.prof" for a profile of the whole run.
OURS_FLAGS=${OURS_FLAGS:-}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
tmp=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	for f in "$tmp"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

need=(go wrk python3 "$NGINX")
case " $SCENARIOS " in *" h2c "*) need+=(h2load) ;; esac
for t in "${need[@]}"; do
	command -v "$t" >/dev/null || { echo "nginx-compare: $t not found" >&2; exit 1; }
done

(cd "$root" && go build -o "$tmp/netd" ./168-networking)
hz=$(getconf CLK_TCK)
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

mkdir -p "$tmp/www"
head -c 1024 /dev/urandom >"$tmp/www/1k.bin"
head -c 65536 /dev/urandom >"$tmp/www/64k.bin"
# nginx started as root serves as an unprivileged user: let it read them.
chmod 755 "$tmp" "$tmp/www"
chmod 644 "$tmp/www/"*

# nginx NAME CONF-BODY: starts an nginx with its own prefix and pid file.
nginx_start() {
	local name=$1 body=$2
	mkdir -p "$tmp/$name"
	cat >"$tmp/$name.conf" <<CONF
worker_processes 1;
pid $tmp/$name.pid;
error_log $tmp/$name-error.log warn;
events { worker_connections 8192; }
http {
	access_log off;
	client_body_temp_path $tmp/$name/body;
	proxy_temp_path $tmp/$name/proxy;
	fastcgi_temp_path $tmp/$name/fastcgi;
	uwsgi_temp_path $tmp/$name/uwsgi;
	scgi_temp_path $tmp/$name/scgi;
	keepalive_requests 1000000;
	$body
}
CONF
	"$NGINX" -p "$tmp/$name" -c "$tmp/$name.conf" -e "$tmp/$name-error.log" -g 'daemon on;'
	for _ in $(seq 100); do [ -s "$tmp/$name.pid" ] && break; sleep 0.05; done
	[ -s "$tmp/$name.pid" ] || { echo "nginx-compare: nginx $name did not start" >&2; cat "$tmp/$name-error.log" >&2; exit 1; }
}

pb1=$(port) pb2=$(port) np=$(port) nph2=$(port)
nginx_start backends "
	server { listen 127.0.0.1:$pb1; root $tmp/www; }
	server { listen 127.0.0.1:$pb2; root $tmp/www; }"
nginx_start proxy "
	upstream backends {
		server 127.0.0.1:$pb1;
		server 127.0.0.1:$pb2;
		keepalive 64;
		keepalive_requests 1000000;
	}
	server {
		listen 127.0.0.1:$np;
		listen 127.0.0.1:$nph2 http2;
		location / {
			proxy_pass http://backends;
			proxy_http_version 1.1;
			proxy_set_header Connection \"\";
			proxy_set_header Host \$host;
			proxy_set_header X-Forwarded-For \$remote_addr;
			proxy_set_header X-Forwarded-Host \$host;
			proxy_set_header X-Forwarded-Proto \$scheme;
			proxy_next_upstream error timeout;
		}
	}"

# shellcheck disable=SC2086 # OURS_FLAGS is a list of flags
GOMAXPROCS=1 "$tmp/netd" proxy -listen 127.0.0.1:0 -strategy round-robin $OURS_FLAGS \
	-backend "http://127.0.0.1:$pb1" -backend "http://127.0.0.1:$pb2" >"$tmp/ours.log" 2>&1 &
ours_pid=$!
pids+=("$ours_pid")
for _ in $(seq 200); do grep -q 'listening on' "$tmp/ours.log" && break; sleep 0.05; done
ours=$(grep -m1 -o 'proxy listening on [^ ]*' "$tmp/ours.log" | sed 's#.*http://##')
[ -n "$ours" ] || { echo "nginx-compare: our proxy did not start:" >&2; cat "$tmp/ours.log" >&2; exit 1; }

for a in "127.0.0.1:$np" "$ours"; do
	curl -fsS -o /dev/null "http://$a/1k.bin" || { echo "nginx-compare: proxy at $a not answering" >&2; exit 1; }
done

ngx_master=$(cat "$tmp/proxy.pid")
ngx_pids="$ngx_master $(pgrep -d' ' -P "$ngx_master" || true)"

ticks() { # pids...: utime + stime, in clock ticks
	local s=0 p
	for p in "$@"; do s=$((s + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
	echo "$s"
}
rss() { # pids...: resident memory in MiB
	ps -o rss= -p "$(echo "$@" | tr ' ' ,)" 2>/dev/null | awk '{s += $1} END {if (s) printf "%.0f", s / 1024; else print "-"}'
}

# load SCENARIO ADDR H2ADDR DURATION: runs the client, prints "requests req/s p99".
load() {
	local sc=$1 addr=$2 h2addr=$3 d=$4 out
	case $sc in
	1k) out=$(wrk -t"$THREADS" -c"$CONNS" -d"$d" --latency "http://$addr/1k.bin") ;;
	64k) out=$(wrk -t"$THREADS" -c"$CONNS" -d"$d" --latency "http://$addr/64k.bin") ;;
	close) out=$(wrk -t"$THREADS" -c"$CONNS" -d"$d" --latency -H 'Connection: close' "http://$addr/1k.bin") ;;
	c256) out=$(wrk -t"$THREADS" -c256 -d"$d" --latency "http://$addr/1k.bin") ;;
	h2c)
		out=$(h2load -c"$CONNS" -m10 -t"$THREADS" -D "$d" "http://$h2addr/1k.bin")
		# h2load gives no percentiles: the column shows the slowest request.
		awk '/^requests:/ {n = $4} /^finished in/ {r = $4} /^time for request:/ {p = $5}
			END {printf "%d %.0f %s\n", n, r, "max" p}' <<<"$out"
		if ! grep -q ' 0 failed, 0 errored' <<<"$out"; then echo "# h2c $addr: $(grep '^requests:' <<<"$out")" >&2; fi
		return
		;;
	*) echo "nginx-compare: unknown scenario $sc (want 1k 64k close c256 h2c)" >&2; exit 2 ;;
	esac
	if grep -q 'Non-2xx\|Socket errors' <<<"$out"; then
		echo "# $sc $addr: $(grep 'Non-2xx\|Socket errors' <<<"$out" | tr -s ' ' | tr '\n' ';')" >&2
	fi
	awk '/requests in/ {n = $1} /Requests\/sec/ {r = $2} $1 == "99%" {p = $2} END {printf "%d %.0f %s\n", n, r, p}' <<<"$out"
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $("$NGINX" -v 2>&1), $(go version | cut -d' ' -f3); backends: nginx, 1 worker, static files; proxies: nginx 1 worker, ours GOMAXPROCS=1 ${OURS_FLAGS:-(no flags)}"
echo "# clients: wrk -t$THREADS -c$CONNS -d$DURATION --latency (c256: -c256; close: -H 'Connection: close'); h2c: h2load -c$CONNS -m10 -D $DURATION"
printf '%-6s %-6s %5s %9s %10s %12s %6s\n' scen proxy round req/s "p99(wrk)" "CPU us/req" RSS
results=$tmp/results
: >"$results"

measure() { # scenario proxy round
	local sc=$1 who=$2 round=$3 addr h2addr procs t0 t1 n rps p99 us
	if [ "$who" = nginx ]; then addr=127.0.0.1:$np h2addr=127.0.0.1:$nph2 procs=$ngx_pids
	else addr=$ours h2addr=$ours procs=$ours_pid; fi
	if [ "$WARMUP" != 0 ]; then load "$sc" "$addr" "$h2addr" "${WARMUP}s" >/dev/null; fi
	# shellcheck disable=SC2086
	t0=$(ticks $procs)
	read -r n rps p99 < <(load "$sc" "$addr" "$h2addr" "$DURATION")
	# shellcheck disable=SC2086
	t1=$(ticks $procs)
	us=$(awk -v t="$((t1 - t0))" -v hz="$hz" -v n="$n" 'BEGIN {if (n) printf "%.1f", t * 1e6 / hz / n; else print "-"}')
	# shellcheck disable=SC2086
	printf '%-6s %-6s %5s %9s %10s %12s %5sM\n' "$sc" "$who" "$round" "$rps" "$p99" "$us" "$(rss $procs)"
	echo "$sc $who $round $rps $us" >>"$results"
}

for round in $(seq "$ROUNDS"); do
	for sc in $SCENARIOS; do
		if [ $((round % 2)) = 1 ]; then order="nginx ours"; else order="ours nginx"; fi
		for who in $order; do measure "$sc" "$who" "$round"; done
	done
done

echo
echo "# summary: median (min-max) over $ROUNDS round(s); ratio = ours / nginx of the same round"
printf '%-6s %22s %22s %22s %22s\n' scen "req/s ratio" "nginx CPU us/req" "ours CPU us/req" "CPU ratio"
python3 - "$results" "$SCENARIOS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
def fmt(xs, f="{:.2f}"):
    if not xs:
        return "-"
    return (f + " (" + f + "-" + f + ")").format(statistics.median(xs), min(xs), max(xs))
for sc in sys.argv[2].split():
    by = {}
    for s, who, rnd, rps, us in rows:
        if s == sc and us != "-":
            by.setdefault(rnd, {})[who] = (float(rps), float(us))
    pairs = [v for v in by.values() if "nginx" in v and "ours" in v]
    print("{:<6} {:>22} {:>22} {:>22} {:>22}".format(sc,
        fmt([o[0] / n[0] for n, o in ((p["nginx"], p["ours"]) for p in pairs)]) + "x",
        fmt([p["nginx"][1] for p in pairs], "{:.1f}"),
        fmt([p["ours"][1] for p in pairs], "{:.1f}"),
        fmt([o[1] / n[1] for n, o in ((p["nginx"], p["ours"]) for p in pairs)]) + "x"))
PY
