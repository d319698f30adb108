package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampledCollector(t *testing.T) *Collector {
	t.Helper()
	c := NewCollector(8)
	c.Sample()
	// Make some scheduling and GC activity between the samples.
	done := make(chan struct{})
	for range 8 {
		go func() {
			for i := 0; i < 200; i++ {
				_ = make([]byte, 1024)
				time.Sleep(10 * time.Microsecond)
			}
			done <- struct{}{}
		}()
	}
	for range 8 {
		<-done
	}
	c.Sample()
	return c
}

func parseProm(t *testing.T, r io.Reader) map[string]*dto.MetricFamily {
	t.Helper()
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(r)
	require.NoError(t, err, "expfmt could not parse the exposition")
	return fams
}

func TestPrometheusExpositionParses(t *testing.T) {
	c := sampledCollector(t)
	var b bytes.Buffer
	require.NoError(t, c.Snapshot().WritePrometheus(&b))
	fams := parseProm(t, &b)
	require.Len(t, fams, len(statMetrics), "one family per metric")
	for _, m := range statMetrics {
		fam, ok := fams[m.prom]
		require.True(t, ok, "family %s missing", m.prom)
		require.Len(t, fam.Metric, 1)
		switch m.kind {
		case statGauge:
			assert.Equal(t, dto.MetricType_GAUGE, fam.GetType(), m.prom)
		case statCounter:
			assert.Equal(t, dto.MetricType_COUNTER, fam.GetType(), m.prom)
			assert.GreaterOrEqual(t, fam.Metric[0].GetCounter().GetValue(), 0.0)
		case statHistogram:
			require.Equal(t, dto.MetricType_HISTOGRAM, fam.GetType(), m.prom)
			h := fam.Metric[0].GetHistogram()
			require.Len(t, h.Bucket, len(promBounds)+1, "the fixed bounds and +Inf")
			prev := uint64(0)
			for _, bk := range h.Bucket {
				assert.GreaterOrEqual(t, bk.GetCumulativeCount(), prev, "buckets of %s must be cumulative", m.prom)
				prev = bk.GetCumulativeCount()
			}
			assert.LessOrEqual(t, prev, h.GetSampleCount())
		}
	}
	g := fams["go_sched_goroutines_goroutines"].Metric[0].GetGauge().GetValue()
	assert.GreaterOrEqual(t, g, 1.0, "at least this goroutine is live")
	assert.Positive(t, fams["go_sched_latencies_seconds"].Metric[0].GetHistogram().GetSampleCount(), "the scheduler recorded latencies")
}

func TestStatsHTTP(t *testing.T) {
	c := sampledCollector(t)
	srv := httptest.NewServer(c.Handler())
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.True(t, strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain; version=0.0.4"))
	fams := parseProm(t, resp.Body)
	assert.Contains(t, fams, "go_sched_goroutines_runnable_goroutines")

	resp2, err := http.Get(srv.URL + "/metrics.json")
	require.NoError(t, err)
	defer resp2.Body.Close()
	var snap Snapshot
	require.NoError(t, json.NewDecoder(resp2.Body).Decode(&snap))
	assert.Equal(t, 2, snap.Samples)
	require.Len(t, snap.Metrics, len(statMetrics))
	for _, v := range snap.Metrics {
		if v.Kind == "histogram" {
			require.NotNil(t, v.Window, v.Name)
			require.NotNil(t, v.Lifetime, v.Name)
			assert.LessOrEqual(t, v.Window.Count, v.Lifetime.Count)
		}
	}

	resp3, err := http.Post(srv.URL+"/metrics", "text/plain", nil)
	require.NoError(t, err)
	resp3.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp3.StatusCode)
}

func TestHistQuantile(t *testing.T) {
	inf := math.Inf(1)
	b := []float64{math.Inf(-1), 1, 2, 4, inf}
	tests := []struct {
		name   string
		counts []uint64
		q      float64
		want   float64
	}{
		{"empty", []uint64{0, 0, 0, 0}, 0.5, 0},
		{"all in one", []uint64{0, 10, 0, 0}, 0.99, 2},
		{"median", []uint64{0, 5, 5, 0}, 0.5, 2},
		{"just past the median", []uint64{0, 4, 6, 0}, 0.5, 4},
		{"top bucket reports its lower bound", []uint64{0, 0, 0, 3}, 1, 4},
		{"bottom bucket", []uint64{7, 0, 0, 0}, 0.5, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, histQuantile(b, tt.counts, tt.q))
		})
	}
}

func TestCollectorRingWrapsAndRates(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := NewCollector(3)
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan struct{})
		go func() {
			c.Run(ctx, time.Second)
			close(done)
		}()
		time.Sleep(5*time.Second + time.Millisecond)
		synctest.Wait()
		assert.Equal(t, 3, c.Len(), "a ring of 3 keeps 3 of the 6 samples")
		snap := c.Snapshot()
		assert.Equal(t, 2.0, snap.Window, "window spans the oldest to the newest kept sample")
		cancel()
		<-done
	})
}

func TestStatsCommandFormats(t *testing.T) {
	for _, format := range []string{"table", "prom", "json"} {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runMain(t, "stats", "-duration", "300ms", "-interval", "50ms", "-format", format)
			require.Equal(t, 0, code, errOut)
			switch format {
			case "prom":
				parseProm(t, strings.NewReader(out))
			case "json":
				var snap Snapshot
				require.NoError(t, json.Unmarshal([]byte(out), &snap))
			default:
				assert.Contains(t, out, "/sched/latencies:seconds")
			}
		})
	}
}

func TestStatsServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := NewCollector(4)
	c.Sample()
	pr, pw := io.Pipe()
	errc := make(chan error, 1)
	go func() {
		errc <- serveStats(ctx, "127.0.0.1:0", c, pw)
		pw.Close()
	}()
	line, err := readLine(pr)
	require.NoError(t, err)
	url := strings.Fields(line)[1]
	resp, err := http.Get(url)
	require.NoError(t, err)
	parseProm(t, resp.Body)
	resp.Body.Close()
	cancel()
	go io.Copy(io.Discard, pr)
	assert.NoError(t, <-errc)
}

func readLine(r io.Reader) (string, error) {
	var b []byte
	one := make([]byte, 1)
	for {
		if _, err := r.Read(one); err != nil {
			return string(b), err
		}
		if one[0] == '\n' {
			return string(b), nil
		}
		b = append(b, one[0])
	}
}
