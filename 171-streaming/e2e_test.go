package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// needTool returns the path of an outside tool, skipping the test when it
// is missing unless E2E=1, where a missing tool is a failure.
func needTool(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if os.Getenv("E2E") == "1" {
		t.Fatalf("E2E=1 but %s is not installed", names[0])
	}
	t.Skipf("%s not installed (set E2E=1 to make this a failure)", names[0])
	return ""
}

func publishData(t testing.TB, base string, data ...string) {
	t.Helper()
	for _, d := range data {
		resp, err := http.PostForm(base+"/publish", url.Values{"data": {d}})
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode)
	}
}

// curlEvents runs curl -N against the stream and parses what it prints,
// returning the first n events; curl is killed afterwards, which cuts the
// connection mid-stream.
func curlEvents(t *testing.T, curl, url, lastID string, n int) []Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	args := []string{"-N", "-s", url}
	if lastID != "" {
		args = append(args, "-H", "Last-Event-ID: "+lastID)
	}
	cmd := exec.CommandContext(ctx, curl, args...)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	p := NewParser(out)
	var got []Message
	for len(got) < n {
		m, err := p.Next()
		require.NoError(t, err, "curl's output after %d events", len(got))
		got = append(got, m)
	}
	return got
}

// TestE2ECurl: curl -N receives well-formed events; cut off and restarted
// with Last-Event-ID it receives every event it missed, in order, once.
func TestE2ECurl(t *testing.T) {
	curl := needTool(t, "curl")
	base, _ := startServe(t, "-rate", "0")
	publishData(t, base, "a0", "a1", "a2")
	first := curlEvents(t, curl, base+"/events?topic=chat", "0", 3)
	assert.Equal(t, []Message{{ID: "1", Data: "a0"}, {ID: "2", Data: "a1"}, {ID: "3", Data: "a2"}}, first)

	publishData(t, base, "b0", "b1", "b2", "b3") // while curl is away
	again := curlEvents(t, curl, base+"/events?topic=chat", first[2].ID, 4)
	var ids, data []string
	for _, m := range again {
		ids, data = append(ids, m.ID), append(data, m.Data)
	}
	assert.Equal(t, []string{"4", "5", "6", "7"}, ids, "resumed after 3, nothing lost, nothing repeated")
	assert.Equal(t, []string{"b0", "b1", "b2", "b3"}, data)
}

// TestE2EChromium drives headless Chromium through the DevTools protocol:
// the page's own EventSource receives windows and draws them, the server
// ends every stream, and the browser reconnects by itself with
// Last-Event-ID and sees no gap in the ids.
func TestE2EChromium(t *testing.T) {
	browser := needTool(t, "chromium", "chromium-browser", "google-chrome")
	base, _ := startServe(t, "-rate", "300", "-window", "200ms")

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.Flag("disable-background-networking", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel() // no timeout on this context: it would stop the browser; polls time out instead

	num := func(id string) int {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Number(document.getElementById("`+id+`").textContent)`))
		require.NoError(t, err)
		return n
	}
	poll := func(expr string) {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(20*time.Second)))
		require.NoError(t, err, "waiting for %s", expr)
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/")))
	poll(`Number(document.getElementById("count").textContent) >= 10 &&
		Number(document.getElementById("chart").dataset.drawn) > 0`)
	before := num("count")

	resp, err := http.Post(base+"/admin/reconnect", "", nil)
	require.NoError(t, err)
	resp.Body.Close()

	// The server sent retry: 2000, so the browser comes back by itself
	// after about 2 s, sending Last-Event-ID.
	poll(fmt.Sprintf(`Number(document.getElementById("opens").textContent) >= 2 &&
		Number(document.getElementById("count").textContent) > %d`, before+10))
	assert.Equal(t, 0, num("idgaps"), "ids stayed contiguous across the reconnect")
	assert.Equal(t, 0, num("gaps"), "no gap event was needed")
	title, err := chromedp.Run(ctx, chromedp.Title())
	require.NoError(t, err)
	assert.Contains(t, title, "event-time windows")

	resp, err = http.Get(base + "/stats")
	require.NoError(t, err)
	var stats struct{ Resumes int }
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&stats))
	resp.Body.Close()
	assert.GreaterOrEqual(t, stats.Resumes, 1, "the browser reconnected with Last-Event-ID")

	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100 gives PNG; lower qualities JPEG
	require.NoError(t, err)
	shot := filepath.Join(os.TempDir(), "171-streaming-e2e-chromium.png")
	require.NoError(t, os.WriteFile(shot, png, 0o644))
	t.Logf("screenshot: %s (%d bytes)", shot, len(png))
}
