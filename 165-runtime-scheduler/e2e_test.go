package main

import (
	"context"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// needTool skips without the tool, but fails under E2E=1, where CI has
// installed it.
func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("E2E") == "1" {
			t.Fatalf("E2E=1 but %s is not installed", name)
		}
		t.Skipf("%s not installed", name)
	}
	return path
}

// TestE2EStatsCurl scrapes the stats server with curl, as a Prometheus
// server or an operator would, and parses what came back with expfmt.
func TestE2EStatsCurl(t *testing.T) {
	curl := needTool(t, "curl")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := NewCollector(4)
	c.Sample()
	c.Sample()
	pr, pw := io.Pipe()
	errc := make(chan error, 1)
	go func() {
		errc <- serveStats(ctx, "127.0.0.1:0", c, pw)
		pw.Close()
	}()
	line, err := readLine(pr)
	require.NoError(t, err)
	go io.Copy(io.Discard, pr)
	url := strings.Fields(line)[1]

	out, err := exec.CommandContext(ctx, curl, "-sS", "--max-time", "10", "-D", "-", url).Output()
	require.NoError(t, err, "curl %s", url)
	head, body, ok := strings.Cut(string(out), "\r\n\r\n")
	require.True(t, ok, "no header/body split in %q", out)
	assert.Contains(t, strings.ToLower(head), "content-type: text/plain; version=0.0.4")
	fams := parseProm(t, strings.NewReader(body))
	assert.Contains(t, fams, "go_sched_latencies_seconds")

	js, err := exec.CommandContext(ctx, curl, "-sS", "--max-time", "10", strings.TrimSuffix(url, "/metrics")+"/metrics.json").Output()
	require.NoError(t, err)
	assert.Contains(t, string(js), `"runtime_metric": "/sched/goroutines/runnable:goroutines"`)
	cancel()
	assert.NoError(t, <-errc)
}
