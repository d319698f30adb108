package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSpecErrors(t *testing.T) {
	tests := []struct {
		name     string
		give     string
		wantErr  error
		wantPath string
		wantLine int
	}{
		{"unknown field", `{
  "goroutines": [
    {"name": "main", "steps": [
      {"cpu": "1ms", "colour": "red"}
    ]}
  ]
}`, ErrUnknownField, "goroutines[0].steps[0].colour", 4},
		{"unknown top-level field", `{"goroutines": [], "gomaxprocs": 4}`, ErrUnknownField, "gomaxprocs", 1},
		{"negative duration", `{
  "goroutines": [
    {"name": "main", "steps": [
      {"cpu": "1ms"},
      {"sleep": "-5ms"}
    ]}
  ]
}`, ErrNegativeDuration, "goroutines[0].steps[1].sleep", 5},
		{"spawn cycle", `{
  "goroutines": [
    {"name": "main", "steps": [{"spawn": "a"}]},
    {"name": "a", "steps": [{"cpu": "1us"}, {"spawn": "b"}]},
    {"name": "b", "steps": [{"spawn": "a"}]}
  ]
}`, ErrSpawnCycle, "goroutines[2].steps[0].spawn", 5},
		{"self spawn", `{"goroutines": [{"name": "main", "steps": [{"spawn": "main"}]}]}`, ErrSpawnCycle, "goroutines[0].steps[0].spawn", 1},
		{"zero procs", `{
  "procs": 0,
  "goroutines": [{"name": "main", "steps": [{"cpu": "1ms"}]}]
}`, ErrZeroProcs, "procs", 2},
		{"too many goroutines", `{"goroutines": [
  {"name": "main", "steps": [{"repeat": 10000, "steps": [{"spawn": "w", "count": 10000}]}]},
  {"name": "w", "steps": [{"cpu": "1us"}]}
]}`, ErrTooManyGoroutines, "goroutines", 1},
		{"two actions in a step", `{"goroutines": [{"name": "main", "steps": [
  {"cpu": "1ms", "sleep": "1ms"}
]}]}`, ErrBadStep, "goroutines[0].steps[0]", 2},
		{"empty step", `{"goroutines": [{"name": "main", "steps": [{}]}]}`, ErrBadStep, "goroutines[0].steps[0]", 1},
		{"unknown kind", `{"goroutines": [{"name": "main", "steps": [
  {"spawn": "nobody"}]}]}`, ErrUnknownName, "goroutines[0].steps[0].spawn", 2},
		{"unknown channel", `{"goroutines": [{"name": "main", "steps": [{"send": "c"}]}]}`, ErrUnknownName, "goroutines[0].steps[0].send", 1},
		{"bad duration", `{"goroutines": [{"name": "main", "steps": [
  {"cpu": "fast"}]}]}`, ErrBadJSON, "goroutines[0].steps[0].cpu", 2},
		{"wrong type", `{"goroutines": [{"name": "main", "steps": [
  {"count": "many", "spawn": "main"}]}]}`, ErrBadJSON, "goroutines.steps.count", 2},
		{"syntax error", "{\"goroutines\": [\n  {\"name\": }", ErrBadJSON, "goroutines[0].name", 2},
		{"empty loop body", `{"goroutines": [{"name": "main", "steps": [{"repeat": 5, "steps": [{"wait": true}]}]}]}`, ErrBadStep, "goroutines[0].steps[0].steps", 1},
		{"bad name", `{"goroutines": [{"name": "ma in", "steps": [{"cpu": "1us"}]}]}`, ErrBadStep, "goroutines[0].name", 1},
		{"no goroutines", `{"name": "x"}`, ErrBadStep, "goroutines", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSpec([]byte(tt.give))
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.wantErr)
			var se *SpecError
			require.True(t, errors.As(err, &se), "error %v is not a *SpecError", err)
			assert.Equal(t, tt.wantPath, se.Path, "path in %v", err)
			if tt.wantLine > 0 {
				assert.Equal(t, tt.wantLine, se.Line, "line in %v", err)
			}
		})
	}
}

func TestScenarioSpecsRoundTripThroughJSON(t *testing.T) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			want := sc.spec()
			data, err := json.MarshalIndent(want, "", "  ")
			require.NoError(t, err)
			got, err := ParseSpec(data)
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

func TestSpecFilesRun(t *testing.T) {
	files, err := filepath.Glob("testdata/specs/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			spec, err := ParseSpec(data)
			require.NoError(t, err)
			res := runSpec(t, spec, Config{Procs: 2, Seed: 1, Check: true})
			assert.Empty(t, res.Violations)
		})
	}
}

func FuzzParseSpec(f *testing.F) {
	for _, sc := range scenarios {
		data, err := json.Marshal(sc.spec())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	files, _ := filepath.Glob("testdata/specs/*.json")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"procs": 0, "goroutines": [{"name": "main", "steps": [{"sleep": "-1s"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		spec, err := ParseSpec(data)
		if err != nil {
			var se *SpecError
			if !errors.As(err, &se) {
				t.Fatalf("ParseSpec error %v (%T) is not a *SpecError", err, err)
			}
			return
		}
		// A valid spec must run to an end (done, deadlock or a limit)
		// without panicking.
		s, err := NewSim(spec, Config{Procs: 2, Seed: 1, MaxEvents: 20000, MaxTime: 10e9})
		if err != nil {
			return
		}
		if s.prog.totalG > 20000 {
			return
		}
		_, _ = s.Run(t.Context())
	})
}
