package main

// This file holds the tune table: the built-in workload run in one child
// process per GC setting (GOGC=100, GOGC=200, GOMEMLIMIT with GOGC off
// and with GOGC=100, bytedance's gctuner, and this package's Tuner), in
// interleaved rounds, with the GC's own figures per row.

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/bytedance/gopkg/util/gctuner"
)

// TuneSpec is the tune table's workload, limit and rounds.
type TuneSpec struct {
	Workload WorkloadSpec
	// Limit is the memory limit in bytes given to the GOMEMLIMIT rows
	// and the tuners.
	Limit uint64
	// Rounds of all rows, interleaved (default 1).
	Rounds int
}

// tuneSetting is one row: the environment and workload flags of its child.
type tuneSetting struct {
	name  string
	env   func(limit uint64) []string
	tuner string
}

// tuneSettings is the one table of rows.
var tuneSettings = []tuneSetting{
	{"GOGC=100", func(uint64) []string { return []string{"GOGC=100", "GOMEMLIMIT=off"} }, ""},
	{"GOGC=200", func(uint64) []string { return []string{"GOGC=200", "GOMEMLIMIT=off"} }, ""},
	{"GOMEMLIMIT, GOGC=off", func(l uint64) []string { return []string{"GOGC=off", "GOMEMLIMIT=" + strconv.FormatUint(l, 10)} }, ""},
	{"GOMEMLIMIT, GOGC=100", func(l uint64) []string { return []string{"GOGC=100", "GOMEMLIMIT=" + strconv.FormatUint(l, 10)} }, ""},
	{"gctuner (bytedance)", func(uint64) []string { return []string{"GOGC=100", "GOMEMLIMIT=off"} }, "gctuner"},
	{"ours (Tuner)", func(uint64) []string { return []string{"GOGC=100", "GOMEMLIMIT=off"} }, "ours"},
}

// TuneRow is one setting's results over the rounds.
type TuneRow struct {
	Setting string
	Runs    []WorkloadResult
}

// median returns the median of f over the row's runs.
func (r TuneRow) median(f func(WorkloadResult) float64) float64 {
	xs := make([]float64, len(r.Runs))
	for i, w := range r.Runs {
		xs[i] = f(w)
	}
	slices.Sort(xs)
	if len(xs) == 0 {
		return 0
	}
	return xs[len(xs)/2]
}

// spread returns the minimum and maximum of f over the row's runs.
func (r TuneRow) spread(f func(WorkloadResult) float64) (lo, hi float64) {
	for i, w := range r.Runs {
		v := f(w)
		if i == 0 || v < lo {
			lo = v
		}
		if i == 0 || v > hi {
			hi = v
		}
	}
	return lo, hi
}

// RunTune runs the table. A limit not above the workload's live set is
// refused with [ErrLimitBelowLive] before any child starts: every
// setting would either exceed it or, with GOMEMLIMIT, spiral.
func RunTune(ctx context.Context, spec TuneSpec) ([]TuneRow, error) {
	w := spec.Workload.withDefaults()
	if spec.Limit == 0 {
		return nil, ErrNoLimit
	}
	if live := uint64(w.LiveMiB) << 20; spec.Limit <= live {
		return nil, fmt.Errorf("tune: limit %s is not above the workload's live set %s; "+
			"no GC setting can keep the heap under it (GOMEMLIMIT would spend up to half the CPU trying): %w",
			formatBytes(int64(spec.Limit)), formatBytes(int64(live)), ErrLimitBelowLive)
	}
	rows := make([]TuneRow, len(tuneSettings))
	for round := range max(spec.Rounds, 1) {
		for i, s := range tuneSettings {
			rows[i].Setting = s.name
			args := []string{"workload", "-live", strconv.Itoa(w.LiveMiB), "-churn", strconv.Itoa(w.ChurnMiB),
				"-obj", strconv.Itoa(w.ObjBytes)}
			if s.tuner != "" {
				args = append(args, "-tuner", s.tuner, "-limit", strconv.FormatUint(spec.Limit, 10))
			}
			argv, env, err := selfArgv(args...)
			if err != nil {
				return nil, err
			}
			cr, err := runChild(ctx, argv, append(env, s.env(spec.Limit)...), true, nil)
			if err != nil {
				return nil, fmt.Errorf("tune: round %d, %s: %w", round+1, s.name, err)
			}
			rows[i].Runs = append(rows[i].Runs, cr.Result)
		}
	}
	return rows, nil
}

// writeTuneTable prints rows with medians (and the spread of cycles and
// GC CPU when there are several rounds), then the verdict on ours
// against GOGC=100.
func writeTuneTable(w io.Writer, rows []TuneRow, limit uint64) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "setting\tGC cycles\tGC CPU\tpeak heap\tpeak RSS\tp99 pause\twall\tGOGC at end\t")
	cycles := func(r WorkloadResult) float64 { return float64(r.Cycles) }
	cpu := func(r WorkloadResult) float64 { return 100 * r.GCCPU }
	for _, r := range rows {
		c := fmt.Sprintf("%.0f", r.median(cycles))
		g := fmt.Sprintf("%.1f%%", r.median(cpu))
		if len(r.Runs) > 1 {
			lo, hi := r.spread(cycles)
			c += fmt.Sprintf(" (%.0f–%.0f)", lo, hi)
			lo, hi = r.spread(cpu)
			g += fmt.Sprintf(" (%.1f–%.1f)", lo, hi)
		}
		gogc := fmt.Sprintf("%.0f", r.median(func(r WorkloadResult) float64 { return float64(r.GOGC) }))
		if gogc == "-1" {
			gogc = "off"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%v\t%v\t%s\t\n", r.Setting, c, g,
			formatBytes(int64(r.median(func(r WorkloadResult) float64 { return float64(r.PeakHeap) }))),
			formatBytes(int64(r.median(func(r WorkloadResult) float64 { return float64(r.PeakRSS) }))),
			time.Duration(r.median(func(r WorkloadResult) float64 { return float64(r.PauseP99) })),
			time.Duration(r.median(func(r WorkloadResult) float64 { return float64(r.Wall) })).Round(time.Millisecond),
			gogc)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var base, ours *TuneRow
	for i := range rows {
		switch rows[i].Setting {
		case "GOGC=100":
			base = &rows[i]
		case "ours (Tuner)":
			ours = &rows[i]
		}
	}
	if base != nil && ours != nil && base.median(cycles) > 0 {
		fewer := 100 * (1 - ours.median(cycles)/base.median(cycles))
		peak := ours.median(func(r WorkloadResult) float64 { return float64(r.PeakHeap) })
		within := "within"
		if peak > float64(limit) {
			within = "OVER"
		}
		fmt.Fprintf(w, "\nours: %.0f%% fewer GC cycles than GOGC=100 (target ≥ 50%%); peak heap %s, %s the %s limit\n",
			fewer, formatBytes(int64(peak)), within, formatBytes(int64(limit)))
		for _, r := range ours.Runs {
			if r.TunerNote != "" {
				fmt.Fprintf(w, "      %s\n", r.TunerNote)
				break
			}
		}
	}
	return nil
}

// startWorkloadTuner starts the named tuner inside a workload child and
// returns the function that stops it and describes what it did.
func startWorkloadTuner(name string, limit uint64) (stop func() string, err error) {
	switch name {
	case "", "none":
		return func() string { return "" }, nil
	case "ours":
		t, err := StartTuner(TunerOptions{Limit: limit})
		if err != nil {
			return nil, err
		}
		return func() string {
			g := t.GOGC()
			steps, guards := t.Stop()
			return fmt.Sprintf("tuner: %d steps, last GOGC %d, guard fired %d times", steps, g, guards)
		}, nil
	case "gctuner":
		if limit == 0 {
			return nil, ErrNoLimit
		}
		gctuner.Tuning(uint64(0.7 * float64(limit))) // its README's threshold: 70% of the limit
		return func() string {
			g := gctuner.GetGCPercent()
			gctuner.Tuning(0)
			return fmt.Sprintf("gctuner: last GOGC %d", g)
		}, nil
	}
	return nil, fmt.Errorf("unknown tuner %q (want none, ours or gctuner): %w", name, errUsage)
}
