package main

// This file holds the runtime/metrics sampler: the GC's own counters read
// in one metrics.Read call, and the figures derived from two samples (GC
// CPU fraction over an interval, pause quantiles from the runtime's
// pause histogram).
//
// runtime/metrics rather than runtime.ReadMemStats: Read does not stop
// the world, names every value with its unit, and has what MemStats
// lacks (the heap goal, the pause histogram, CPU time by class). The
// runtime's own gc_cpu_fraction is a since-start average that hides a
// bad minute (client_golang dropped it for that); the fraction here is
// over the interval between two samples.

import (
	"fmt"
	"math"
	"runtime"
	"runtime/metrics"
	"time"
)

// Metric names read by [SampleGC], from the runtime/metrics catalogue.
const (
	metricGCCycles    = "/gc/cycles/total:gc-cycles"
	metricForced      = "/gc/cycles/forced:gc-cycles"
	metricPauses      = "/sched/pauses/total/gc:seconds"
	metricHeapGoal    = "/gc/heap/goal:bytes"
	metricHeapLive    = "/gc/heap/live:bytes"
	metricAllocBytes  = "/gc/heap/allocs:bytes"
	metricAllocObjs   = "/gc/heap/allocs:objects"
	metricGCCPU       = "/cpu/classes/gc/total:cpu-seconds"
	metricTotalCPU    = "/cpu/classes/total:cpu-seconds"
	metricMemTotal    = "/memory/classes/total:bytes"
	metricMemReleased = "/memory/classes/heap/released:bytes"
	metricGOGC        = "/gc/gogc:percent"
	metricMemLimit    = "/gc/gomemlimit:bytes"
	metricHeapObjects = "/memory/classes/heap/objects:bytes"
)

var gcMetricNames = []string{
	metricGCCycles, metricForced, metricPauses, metricHeapGoal, metricHeapLive,
	metricAllocBytes, metricAllocObjs, metricGCCPU, metricTotalCPU, metricMemTotal,
	metricMemReleased, metricGOGC, metricMemLimit, metricHeapObjects,
}

// GCSample is one reading of the GC's metrics.
type GCSample struct {
	Cycles, Forced uint64
	HeapGoal       uint64 // bytes
	HeapLive       uint64 // bytes marked live by the last cycle
	HeapObjects    uint64 // bytes in live and unswept objects now
	AllocBytes     uint64 // cumulative
	AllocObjects   uint64 // cumulative
	GCCPU          float64
	TotalCPU       float64 // seconds, cumulative
	// Mapped is the memory the runtime has mapped minus what it returned
	// to the OS: the figure the memory limit is compared against.
	Mapped   uint64
	GOGC     int64 // -1 when off
	MemLimit int64
	Pauses   *metrics.Float64Histogram
}

// SampleGC reads the GC's metrics now.
func SampleGC() GCSample {
	ss := make([]metrics.Sample, len(gcMetricNames))
	for i, n := range gcMetricNames {
		ss[i].Name = n
	}
	metrics.Read(ss)
	var s GCSample
	for _, m := range ss {
		switch m.Name {
		case metricGCCycles:
			s.Cycles = m.Value.Uint64()
		case metricForced:
			s.Forced = m.Value.Uint64()
		case metricPauses:
			s.Pauses = m.Value.Float64Histogram()
		case metricHeapGoal:
			s.HeapGoal = m.Value.Uint64()
		case metricHeapLive:
			s.HeapLive = m.Value.Uint64()
		case metricHeapObjects:
			s.HeapObjects = m.Value.Uint64()
		case metricAllocBytes:
			s.AllocBytes = m.Value.Uint64()
		case metricAllocObjs:
			s.AllocObjects = m.Value.Uint64()
		case metricGCCPU:
			s.GCCPU = m.Value.Float64()
		case metricTotalCPU:
			s.TotalCPU = m.Value.Float64()
		case metricMemTotal:
			s.Mapped += m.Value.Uint64()
		case metricMemReleased:
			s.Mapped -= m.Value.Uint64()
		case metricGOGC:
			s.GOGC = int64(m.Value.Uint64())
		case metricMemLimit:
			s.MemLimit = int64(m.Value.Uint64())
		}
	}
	return s
}

// GCInterval is what happened between two samples.
type GCInterval struct {
	Cycles, Forced uint64
	AllocBytes     uint64
	AllocObjects   uint64
	// CPUFraction is GC CPU time over all CPU time in the interval, as the
	// runtime accounts it (/cpu/classes: an estimate, not OS time).
	CPUFraction float64
	// Pause quantiles of the GC's stop-the-world pauses in the interval,
	// each the upper bound of its histogram bucket (so never flattering).
	PauseP50, PauseP99, PauseMax time.Duration
	Pauses                       uint64
}

// Since returns the interval from earlier to s.
func (s GCSample) Since(earlier GCSample) GCInterval {
	iv := GCInterval{
		Cycles:       s.Cycles - earlier.Cycles,
		Forced:       s.Forced - earlier.Forced,
		AllocBytes:   s.AllocBytes - earlier.AllocBytes,
		AllocObjects: s.AllocObjects - earlier.AllocObjects,
	}
	if cpu := s.TotalCPU - earlier.TotalCPU; cpu > 0 {
		iv.CPUFraction = (s.GCCPU - earlier.GCCPU) / cpu
	}
	if s.Pauses != nil && earlier.Pauses != nil && len(s.Pauses.Counts) == len(earlier.Pauses.Counts) {
		counts := make([]uint64, len(s.Pauses.Counts))
		for i := range counts {
			counts[i] = s.Pauses.Counts[i] - earlier.Pauses.Counts[i]
			iv.Pauses += counts[i]
		}
		iv.PauseP50 = histQuantile(counts, s.Pauses.Buckets, 0.50)
		iv.PauseP99 = histQuantile(counts, s.Pauses.Buckets, 0.99)
		iv.PauseMax = histQuantile(counts, s.Pauses.Buckets, 1)
	}
	return iv
}

// histQuantile returns the upper bound of the bucket holding the
// q-quantile of a runtime/metrics histogram (buckets has one more entry
// than counts: bucket i is [buckets[i], buckets[i+1])). An infinite upper
// bound is replaced by the lower one.
func histQuantile(counts []uint64, buckets []float64, q float64) time.Duration {
	var total uint64
	for _, c := range counts {
		total += c
	}
	if total == 0 {
		return 0
	}
	rank := uint64(math.Ceil(q * float64(total)))
	rank = max(rank, 1)
	var seen uint64
	for i, c := range counts {
		seen += c
		if seen >= rank {
			hi := buckets[i+1]
			if math.IsInf(hi, 1) {
				hi = buckets[i]
			}
			return time.Duration(hi * float64(time.Second))
		}
	}
	return 0
}

// String prints the interval on one line.
func (iv GCInterval) String() string {
	return fmt.Sprintf("%d GC cycles (%d forced), GC CPU %.1f%%, %d pauses p50 %v p99 %v max %v, allocated %s in %d objects",
		iv.Cycles, iv.Forced, 100*iv.CPUFraction, iv.Pauses, iv.PauseP50, iv.PauseP99, iv.PauseMax,
		formatBytes(int64(iv.AllocBytes)), iv.AllocObjects)
}

// posInf is +Inf, the last bound of runtime/metrics histograms.
func posInf() float64 { return math.Inf(1) }

// runtimeGC forces a collection; a seam so tests name what they do.
func runtimeGC() { runtime.GC() }
