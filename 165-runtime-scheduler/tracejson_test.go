package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTraceJSONOneTrackPerP(t *testing.T) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			res := runSpec(t, sc.spec(), Config{Procs: 3, Seed: 1, Trace: true})
			var b bytes.Buffer
			require.NoError(t, res.WriteTraceJSON(&b))
			var doc struct {
				TraceEvents []struct {
					Name string         `json:"name"`
					Ph   string         `json:"ph"`
					Tid  int            `json:"tid"`
					Ts   float64        `json:"ts"`
					Dur  float64        `json:"dur"`
					Args map[string]any `json:"args"`
				} `json:"traceEvents"`
			}
			require.NoError(t, json.Unmarshal(b.Bytes(), &doc), "trace JSON does not parse")
			tracks := map[int]string{}
			goids := map[float64]bool{}
			var busy float64
			for _, e := range doc.TraceEvents {
				switch e.Ph {
				case "M":
					if e.Name == "thread_name" {
						tracks[e.Tid] = e.Args["name"].(string)
					}
				case "X":
					assert.Contains(t, tracks, e.Tid, "slice on an unnamed track")
					assert.GreaterOrEqual(t, e.Dur, 0.0)
					goids[e.Args["goid"].(float64)] = true
					busy += e.Dur
				}
			}
			assert.Equal(t, map[int]string{0: "P0", 1: "P1", 2: "P2"}, tracks)
			var want float64
			for _, p := range res.P {
				want += float64(p.Busy.Nanoseconds()) / 1000
			}
			assert.InDelta(t, want, busy, 0.01*want+1, "slices add up to the Ps' busy time")
			assert.Equal(t, int(res.Goroutines), len(goids), "every G has a slice")
		})
	}
}
