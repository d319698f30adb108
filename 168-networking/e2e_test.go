package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tool finds an outside program for an end-to-end test: skipped when it is
// missing, unless E2E=1 asks for every end-to-end test to run.
func tool(t *testing.T, name string, extra ...string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	for _, p := range extra {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if os.Getenv("E2E") != "1" {
		t.Skipf("%s not installed; make e2e installs it", name)
	}
	t.Fatalf("%s not installed (E2E=1)", name)
	return ""
}

// runTool runs a command with a hard timeout and returns its output.
func runTool(t *testing.T, timeout time.Duration, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, name, args...).CombinedOutput()
	require.NoError(t, err, "%s %s:\n%s", name, strings.Join(args, " "), out)
	return string(out)
}

// wrkResult is what the tests read from wrk's report.
type wrkResult struct {
	reqPerSec      float64
	requests       int
	non2xx, errors int
	p99            string
}

var (
	wrkRPS      = regexp.MustCompile(`Requests/sec:\s+([\d.]+)`)
	wrkReqs     = regexp.MustCompile(`(\d+) requests in`)
	wrkNon2xx   = regexp.MustCompile(`Non-2xx or 3xx responses:\s+(\d+)`)
	wrkSockErrs = regexp.MustCompile(`Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)`)
	wrkP99      = regexp.MustCompile(`\s99%\s+(\S+)`)
)

func parseWrk(t *testing.T, out string) wrkResult {
	t.Helper()
	var r wrkResult
	m := wrkRPS.FindStringSubmatch(out)
	require.NotNil(t, m, "no Requests/sec in wrk output:\n%s", out)
	r.reqPerSec, _ = strconv.ParseFloat(m[1], 64)
	if m := wrkReqs.FindStringSubmatch(out); m != nil {
		r.requests, _ = strconv.Atoi(m[1])
	}
	if m := wrkNon2xx.FindStringSubmatch(out); m != nil {
		r.non2xx, _ = strconv.Atoi(m[1])
	}
	if m := wrkSockErrs.FindStringSubmatch(out); m != nil {
		for _, s := range m[1:] {
			n, _ := strconv.Atoi(s)
			r.errors += n
		}
	}
	if m := wrkP99.FindStringSubmatch(out); m != nil {
		r.p99 = m[1]
	}
	return r
}

// TestE2EWrkThroughProxy drives the proxy with wrk, with the fast path
// off and on (on, the server's own loop must have served the requests).
func TestE2EWrkThroughProxy(t *testing.T) {
	wrk := tool(t, "wrk")
	for _, fast := range []bool{false, true} {
		t.Run(fmt.Sprintf("fastpath=%v", fast), func(t *testing.T) {
			b1, b2 := startUpstream(t, "b1"), startUpstream(t, "b2")
			tp := startProxy(t, []*Backend{b1.b, b2.b}, P2C{}, ProxyConfig{FastPath: fast}, ServerConfig{})
			r := parseWrk(t, runTool(t, time.Minute, wrk, "-t2", "-c32", "-d2s", "--latency", tp.url+"/"))
			t.Logf("wrk through the proxy: %.0f req/s, p99 %s", r.reqPerSec, r.p99)
			assert.Positive(t, r.requests)
			assert.Zero(t, r.non2xx)
			assert.Zero(t, r.errors)
			cs := tp.server.ConnStats()
			assert.LessOrEqual(t, cs.Accepted, uint64(40), "wrk's 32 connections kept alive")
			// Requests cut off when wrk stops may be counted on one side only.
			assert.InDelta(t, float64(b1.h.Served()+b2.h.Served()), float64(tp.p.Stats().Status2xx), 64)
			if fast {
				assert.InDelta(t, float64(tp.p.Stats().Requests), float64(tp.server.h1.served.Load()), 64, "served by the loop")
				assert.Zero(t, tp.server.h1.handedOff.Load())
			}
		})
	}
}

// TestE2EH2loadH2C: h2load's cleartext HTTP/2 with prior knowledge, with
// the fast path off and on (on, the loop hands the connections off).
func TestE2EH2loadH2C(t *testing.T) {
	h2load := tool(t, "h2load")
	for _, fast := range []bool{false, true} {
		t.Run(fmt.Sprintf("fastpath=%v", fast), func(t *testing.T) { testH2loadH2C(t, h2load, fast) })
	}
}

func testH2loadH2C(t *testing.T, h2load string, fast bool) {
	up := startUpstream(t, "b1")
	tp := startProxy(t, []*Backend{up.b}, P2C{}, ProxyConfig{FastPath: fast}, ServerConfig{})
	out := runTool(t, time.Minute, h2load, "-n", "2000", "-c", "4", "-m", "10", tp.url+"/")
	m := regexp.MustCompile(`requests: (\d+) total, \d+ started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored`).FindStringSubmatch(out)
	require.NotNil(t, m, "h2load output:\n%s", out)
	assert.Equal(t, []string{"2000", "2000", "2000", "0", "0"}, m[1:], "h2load:\n%s", out)
	assert.Contains(t, out, "h2c", "h2load negotiated cleartext HTTP/2")
	if fast {
		assert.Equal(t, uint64(4), tp.server.h1.handedOff.Load(), "each h2c connection handed to net/http")
		assert.Zero(t, tp.server.h1.served.Load())
	}
}

func TestE2ECurlHTTP2(t *testing.T) {
	curl := tool(t, "curl")
	up := startUpstream(t, "b1")
	tlsCfg, _, err := SelfSignedTLS()
	require.NoError(t, err)
	tests := []struct {
		name string
		scfg ServerConfig
		args []string
	}{
		{"h2c prior knowledge", ServerConfig{}, []string{"--http2-prior-knowledge"}},
		{"TLS with ALPN", ServerConfig{TLSConfig: tlsCfg}, []string{"--http2", "-k"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tp := startProxy(t, []*Backend{up.b}, P2C{}, ProxyConfig{}, tt.scfg)
			args := append([]string{"-sS", "--max-time", "10", "-D", "-", "-w", "\n%{http_version} %{http_code}"}, tt.args...)
			out := runTool(t, 30*time.Second, curl, append(args, tp.url+"/")...)
			assert.True(t, strings.HasSuffix(out, "\n2 200"), "curl:\n%s", out)
			assert.Contains(t, strings.ToLower(out), "x-backend: b1")
			assert.Contains(t, out, "hello from b1")
		})
	}
}

// TestE2EWrkBackendKilled kills one of three backends in the middle of a
// wrk run: connects to it fail and are retried elsewhere, health checks
// take it out, and only requests that were inside it when it died can
// fail.
func TestE2EWrkBackendKilled(t *testing.T) {
	wrk := tool(t, "wrk")
	ups := []*testUpstream{startUpstream(t, "b1"), startUpstream(t, "b2"), startUpstream(t, "b3")}
	tp := startProxy(t, []*Backend{ups[0].b, ups[1].b, ups[2].b}, P2C{}, ProxyConfig{}, ServerConfig{})
	ctx, cancel := context.WithCancel(context.Background())
	checks := make(chan struct{})
	go func() {
		tp.lb.RunHealthChecks(ctx, HealthCheck{Path: "/healthz", Interval: 100 * time.Millisecond, Timeout: 100 * time.Millisecond, Rise: 2, Fall: 2, Logger: quietLogger})
		close(checks)
	}()
	defer func() { cancel(); <-checks }()

	const conns = 32
	killed := make(chan struct{})
	go func() {
		time.Sleep(time.Second)
		ups[1].srv.CloseClientConnections()
		ups[1].srv.Listener.Close()
		close(killed)
	}()
	r := parseWrk(t, runTool(t, time.Minute, wrk, "-t2", "-c"+strconv.Itoa(conns), "-d3s", "--latency", tp.url+"/"))
	<-killed
	st := tp.p.Stats()
	t.Logf("wrk: %d requests, %.0f req/s; %d non-2xx, %d socket errors; proxy retried %d connects, answered %d with 502",
		r.requests, r.reqPerSec, r.non2xx, r.errors, st.Retries, st.BadGateway)
	assert.Zero(t, r.errors, "wrk's own connections to the proxy are unaffected")
	assert.LessOrEqual(t, r.non2xx, conns, "at most the requests in flight inside the killed backend fail")
	assert.NotEqual(t, "up", tp.lb.Status().Backends[1].State, "killed backend taken out")
	assert.Positive(t, ups[0].h.Served()+ups[2].h.Served())
}

// TestE2ENginxCompare runs the comparison script for a short time and
// checks its table: both proxies measured by the same wrk command.
func TestE2ENginxCompare(t *testing.T) {
	tool(t, "wrk")
	tool(t, "h2load")
	tool(t, "nginx", "/usr/sbin/nginx")
	tool(t, "python3") // the script picks free ports and summarises with it
	tool(t, "pgrep")   // without it the leak check below would count nothing
	script, err := filepath.Abs("nginx-compare.sh")
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	procs := func() int {
		out, _ := exec.Command("pgrep", "-f", `/netd proxy |nginx: master process .*-p /tmp/tmp\.`).Output()
		return len(strings.Fields(string(out)))
	}
	before := procs()
	cmd := exec.CommandContext(ctx, "bash", script)
	cmd.Env = append(os.Environ(), "DURATION=1s", "CONNS=16", "WARMUP=0", "ROUNDS=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	for _, want := range []string{"wrk -t2 -c16 -d1s --latency", "h2load -c16 -m10", "CPU us/req", "req/s ratio", "CPU ratio"} {
		assert.Contains(t, string(out), want)
	}
	for _, sc := range []string{"1k", "64k", "close", "c256", "h2c"} {
		for _, who := range []string{"nginx", "ours"} {
			assert.Regexp(t, `(?m)^`+sc+`\s+`+who+`\s+1\s+[1-9]\d*\s+\S+\s+[\d.]+\s+\d+M$`, string(out), "row %s %s", sc, who)
		}
		assert.Regexp(t, `(?m)^`+sc+`\s+[\d.]+ \([\d.]+-[\d.]+\)x`, string(out), "summary row %s", sc)
	}
	assert.Eventually(t, func() bool { return procs() <= before }, 10*time.Second, 10*time.Millisecond,
		"the script left its proxies or nginx running")
}
