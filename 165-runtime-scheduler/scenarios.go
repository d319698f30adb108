package main

// This file holds the built-in scenarios, one per scheduling behaviour
// worth watching, each a Spec in Go values (the same values -spec files
// decode into).

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// scenario is a named built-in workload.
type scenario struct {
	name  string
	about string
	procs int // the -procs default for this scenario
	spec  func() *Spec
}

func us(n int) Duration { return Duration(time.Duration(n) * time.Microsecond) }
func ms(n int) Duration { return Duration(time.Duration(n) * time.Millisecond) }

// scenarios is the one table the sim command, the demo, the tests and the
// README use.
var scenarios = []scenario{
	{"fanout", "main spawns 64 workers (CPU, network wait, CPU) and waits for them all", 4, func() *Spec {
		return &Spec{Name: "fanout", Goroutines: []GoroutineSpec{
			{Name: "main", Steps: []Step{{Spawn: "worker", Count: 64}, {Wait: true}, {CPU: us(50)}}},
			{Name: "worker", Steps: []Step{{CPU: us(200)}, {Net: us(300)}, {CPU: us(100)}}},
		}}
	}},
	{"prodcons", "one producer, four consumers, a channel of 16", 4, func() *Spec {
		return &Spec{Name: "prodcons", Channels: []ChanSpec{{Name: "jobs", Cap: 16}}, Goroutines: []GoroutineSpec{
			{Name: "main", Steps: []Step{{Spawn: "producer"}, {Spawn: "consumer", Count: 4}, {Wait: true}}},
			{Name: "producer", Steps: []Step{{Repeat: 2000, Steps: []Step{{CPU: us(5)}, {Send: "jobs"}}}}},
			{Name: "consumer", Steps: []Step{{Repeat: 500, Steps: []Step{{Recv: "jobs"}, {CPU: us(20)}}}}},
		}}
	}},
	{"syscall", "32 workers alternating CPU and blocking syscalls: sysmon hands off Ps", 4, func() *Spec {
		return &Spec{Name: "syscall", Goroutines: []GoroutineSpec{
			{Name: "main", Steps: []Step{{Spawn: "worker", Count: 32}, {Wait: true}}},
			{Name: "worker", Steps: []Step{{Repeat: 20, Steps: []Step{{CPU: us(50)}, {Syscall: us(200)}}}}},
		}}
	}},
	{"hog", "a 50 ms CPU hog on one P beside 20 Gs doing network round trips: sysmon polls and preempts", 1, func() *Spec {
		return &Spec{Name: "hog", Goroutines: []GoroutineSpec{
			{Name: "main", Steps: []Step{{Spawn: "hog"}, {Spawn: "client", Count: 20}, {Wait: true}}},
			{Name: "hog", Steps: []Step{{CPU: ms(50)}}},
			{Name: "client", Steps: []Step{{Repeat: 10, Steps: []Step{{Net: ms(1)}, {CPU: us(50)}}}}},
		}}
	}},
	{"spawner", "one P spawns 1000 tasks; the other Ps must steal them", 4, func() *Spec {
		return &Spec{Name: "spawner", Goroutines: []GoroutineSpec{
			{Name: "main", Steps: []Step{{Repeat: 1000, Steps: []Step{{Spawn: "task"}, {CPU: us(2)}}}, {Wait: true}}},
			{Name: "task", Steps: []Step{{CPU: us(20)}}},
		}}
	}},
	{"flood", "10000 Gs spawned at one instant overflow the 256-entry ring into the global queue", 4, func() *Spec {
		return &Spec{Name: "flood", Goroutines: []GoroutineSpec{
			{Name: "main", Steps: []Step{{Spawn: "task", Count: 10000}, {Wait: true}}},
			{Name: "task", Steps: []Step{{CPU: us(10)}}},
		}}
	}},
	{"pingpong", "two Gs ping-pong through runnext on one P, sharing one time slice: main's network wakeup waits for sysmon", 1, func() *Spec {
		return &Spec{Name: "pingpong", Channels: []ChanSpec{{Name: "ping"}, {Name: "pong"}}, Goroutines: []GoroutineSpec{
			{Name: "main", Steps: []Step{{Spawn: "pinger"}, {Spawn: "ponger"}, {Net: us(50)}, {Spawn: "bystander"}, {Wait: true}}},
			{Name: "pinger", Steps: []Step{{Repeat: 5000, Steps: []Step{{Send: "ping"}, {Recv: "pong"}, {CPU: us(2)}}}}},
			{Name: "ponger", Steps: []Step{{Repeat: 5000, Steps: []Step{{Recv: "ping"}, {CPU: us(2)}, {Send: "pong"}}}}},
			{Name: "bystander", Steps: []Step{{CPU: us(100)}}},
		}}
	}},
}

// ErrUnknownScenario is returned for a -scenario name not in the table.
var ErrUnknownScenario = errors.New("unknown scenario")

func lookupScenario(name string) (scenario, error) {
	i := slices.IndexFunc(scenarios, func(sc scenario) bool { return sc.name == name })
	if i < 0 {
		return scenario{}, fmt.Errorf("%w %q (have %s)", ErrUnknownScenario, name, scenarioNames())
	}
	return scenarios[i], nil
}

func scenarioNames() string {
	names := make([]string, len(scenarios))
	for i, sc := range scenarios {
		names[i] = sc.name
	}
	return strings.Join(names, ", ")
}
