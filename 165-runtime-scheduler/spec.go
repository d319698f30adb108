package main

// This file holds the workload spec: the Go values a scenario is written in,
// its JSON form, the checks that refuse a bad spec with the field and line
// at fault, and the compiler that turns each goroutine's steps into the flat
// program the simulator interprets.
//
// A spec names goroutine kinds; the first kind is main, started at time 0 on
// P0 as the runtime starts main.main on G1. Each kind is a list of steps, and
// each step does exactly one thing:
//
//	{"cpu": "200us"}                 run on the CPU (preemptible)
//	{"sleep": "1ms"}                 time.Sleep: park on a timer of this P
//	{"net": "500us"}                 block on the netpoller until ready
//	{"syscall": "50us"}              a blocking syscall holding the M
//	{"spawn": "worker", "count": 8}  go worker() count times (count defaults to 1)
//	{"send": "jobs"} / {"recv": "jobs"}  channel operations
//	{"wait": true}                   wait until every child spawned so far has exited
//	{"yield": true}                  runtime.Gosched
//	{"repeat": 100, "steps": [...]}  a loop (nested at most 4 deep)

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Limits that keep a spec from exhausting memory or time before it runs.
const (
	// MaxGoroutines bounds the total number of Gs a spec may create over
	// its whole run (the "say 10^7"). Dead Gs are reused, so memory
	// follows the number alive at once, but the bound is on the total so a
	// spec is refused before it starts, never halfway through.
	MaxGoroutines = 10_000_000
	// MaxProcs bounds GOMAXPROCS; the runtime allows more, but a simulation
	// beyond this is not about scheduling any more.
	MaxProcs = 1024
	// maxLoopDepth bounds nesting of repeat steps; each G keeps its loop
	// counters in a fixed array so that running a G never allocates.
	maxLoopDepth = 4
)

// Errors a spec can be refused with. Each arrives wrapped in a [*SpecError]
// naming the field (and, for JSON, the line); test with [errors.Is].
var (
	// ErrUnknownField is returned for a JSON key the spec format lacks.
	ErrUnknownField = errors.New("unknown field")
	// ErrNegativeDuration is returned for a duration below zero.
	ErrNegativeDuration = errors.New("negative duration")
	// ErrSpawnCycle is returned when goroutine kinds spawn each other in a
	// cycle, which would never terminate.
	ErrSpawnCycle = errors.New("spawn cycle")
	// ErrZeroProcs is returned for procs < 1.
	ErrZeroProcs = errors.New("procs must be at least 1")
	// ErrTooManyGoroutines is returned when a spec would create more than
	// MaxGoroutines Gs.
	ErrTooManyGoroutines = errors.New("too many goroutines")
	// ErrBadStep is returned for a step that does zero or several things,
	// names nothing, or is otherwise malformed.
	ErrBadStep = errors.New("bad step")
	// ErrUnknownName is returned for a spawn or channel name not defined.
	ErrUnknownName = errors.New("unknown name")
	// ErrBadJSON is returned for input that is not valid JSON or has a value
	// of the wrong type.
	ErrBadJSON = errors.New("bad JSON")
)

// SpecError locates a problem in a spec. Path is the field in JSON path
// form ("goroutines[1].steps[0].sleep"); Line is 1-based, or 0 when the spec
// did not come from text.
type SpecError struct {
	Path string
	Line int
	Err  error
}

func (e *SpecError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s: %v", e.Line, e.Path, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *SpecError) Unwrap() error { return e.Err }

// Duration is a time.Duration written in JSON as a Go duration string
// ("1.5ms", "200us").
type Duration time.Duration

// MarshalJSON writes d as a duration string.
func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(d).String())
}

// UnmarshalJSON reads a duration string.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("want a duration string like \"1ms\": %w", ErrBadJSON)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("%v: %w", err, ErrBadJSON)
	}
	*d = Duration(v)
	return nil
}

// Spec is a workload. The zero value is invalid (it has no goroutines).
type Spec struct {
	// Name labels the workload in reports.
	Name string `json:"name,omitempty"`
	// Procs is GOMAXPROCS for the run; 0 means the caller's choice (the
	// command line's -procs). In JSON an explicit 0 is refused.
	Procs int `json:"procs,omitempty"`
	// Channels are the channels the goroutines share.
	Channels []ChanSpec `json:"channels,omitempty"`
	// Goroutines are the goroutine kinds; the first is main.
	Goroutines []GoroutineSpec `json:"goroutines"`
}

// ChanSpec is a channel: Cap 0 is unbuffered.
type ChanSpec struct {
	Name string `json:"name"`
	Cap  int    `json:"cap,omitempty"`
}

// GoroutineSpec is one goroutine kind: the body a go statement runs.
type GoroutineSpec struct {
	Name  string `json:"name"`
	Steps []Step `json:"steps"`
}

// Step is one action of a goroutine; exactly one field (Repeat with Steps
// counting as one) is set. See the file comment for the JSON forms.
type Step struct {
	CPU     Duration `json:"cpu,omitempty"`
	Sleep   Duration `json:"sleep,omitempty"`
	Net     Duration `json:"net,omitempty"`
	Syscall Duration `json:"syscall,omitempty"`
	Spawn   string   `json:"spawn,omitempty"`
	Count   int      `json:"count,omitempty"`
	Send    string   `json:"send,omitempty"`
	Recv    string   `json:"recv,omitempty"`
	Wait    bool     `json:"wait,omitempty"`
	Yield   bool     `json:"yield,omitempty"`
	Repeat  int      `json:"repeat,omitempty"`
	Steps   []Step   `json:"steps,omitempty"`
}

// keysOf lists the JSON keys allowed in each kind of object; one table
// serves the unknown-field check and the error message.
var keysOf = map[string][]string{
	"spec":      {"name", "procs", "channels", "goroutines"},
	"channel":   {"name", "cap"},
	"goroutine": {"name", "steps"},
	"step":      {"cpu", "sleep", "net", "syscall", "spawn", "count", "send", "recv", "wait", "yield", "repeat", "steps"},
}

// ParseSpec decodes and validates a JSON spec. Errors are *SpecError values
// with the line of the offending field.
func ParseSpec(data []byte) (*Spec, error) {
	keys, err := jsonKeys(data)
	if err != nil {
		return nil, err
	}
	line := func(off int64) int { return bytes.Count(data[:min(int(off), len(data))], []byte("\n")) + 1 }
	for _, k := range keys {
		if k.elem {
			continue
		}
		kind := objectKind(k.parent)
		if !slices.Contains(keysOf[kind], k.name) {
			return nil, &SpecError{Path: joinPath(k.parent, k.name), Line: line(k.off),
				Err: fmt.Errorf("%w %q in %s (want one of %s)", ErrUnknownField, k.name, kind, strings.Join(keysOf[kind], ", "))}
		}
	}
	var sp Spec
	if err := json.Unmarshal(data, &sp); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, &SpecError{Path: te.Field, Line: line(te.Offset), Err: fmt.Errorf("want %v, got %s: %w", te.Type, te.Value, ErrBadJSON)}
		}
		// Errors from Duration.UnmarshalJSON carry no offset; find the
		// first duration field that fails to parse by walking again.
		for _, k := range keys {
			if slices.Contains([]string{"cpu", "sleep", "net", "syscall"}, k.name) {
				var d Duration
				if derr := d.UnmarshalJSON(k.value); derr != nil {
					return nil, &SpecError{Path: joinPath(k.parent, k.name), Line: line(k.off), Err: derr}
				}
			}
		}
		return nil, &SpecError{Path: "spec", Line: 1, Err: fmt.Errorf("%v: %w", err, ErrBadJSON)}
	}
	for _, k := range keys {
		if k.parent == "" && k.name == "procs" && sp.Procs < 1 {
			return nil, &SpecError{Path: "procs", Line: line(k.off), Err: ErrZeroProcs}
		}
	}
	if err := sp.Validate(); err != nil {
		var se *SpecError
		if errors.As(err, &se) {
			for _, k := range keys {
				if k.path() == se.Path {
					se.Line = line(k.off)
					break
				}
			}
		}
		return nil, err
	}
	return &sp, nil
}

// ReadSpec reads and parses a JSON spec from r.
func ReadSpec(r io.Reader) (*Spec, error) {
	data, err := io.ReadAll(io.LimitReader(r, 1<<24))
	if err != nil {
		return nil, fmt.Errorf("read spec: %w", err)
	}
	return ParseSpec(data)
}

// jsonKey is one object key met while walking a JSON document.
type jsonKey struct {
	parent string // path of the object holding the key
	name   string // "" for an array element, whose path is parent
	elem   bool
	off    int64 // offset of the key
	value  json.RawMessage
}

func (k *jsonKey) path() string {
	if k.elem {
		return k.parent
	}
	return joinPath(k.parent, k.name)
}

// jsonKeys walks data token by token and returns every object key with its
// path and offset: encoding/json reports neither for unknown fields or for
// values that decode but fail validation.
func jsonKeys(data []byte) ([]jsonKey, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var keys []jsonKey
	lineAt := func(off int64) int { return bytes.Count(data[:min(int(off), len(data))], []byte("\n")) + 1 }
	var walk func(path string) error
	walk = func(path string) error {
		tok, err := dec.Token()
		if err != nil {
			return &SpecError{Path: orRoot(path), Line: lineAt(dec.InputOffset()), Err: fmt.Errorf("%v: %w", err, ErrBadJSON)}
		}
		switch tok {
		case json.Delim('{'):
			for dec.More() {
				off := dec.InputOffset()
				kt, err := dec.Token()
				if err != nil {
					return &SpecError{Path: orRoot(path), Line: lineAt(dec.InputOffset()), Err: fmt.Errorf("%v: %w", err, ErrBadJSON)}
				}
				name, _ := kt.(string)
				start := dec.InputOffset()
				i := len(keys)
				keys = append(keys, jsonKey{parent: path, name: name, off: off})
				if err := walk(joinPath(path, name)); err != nil {
					return err
				}
				keys[i].value = trimValue(data[start:dec.InputOffset()])
			}
			_, err = dec.Token()
		case json.Delim('['):
			for n := 0; dec.More(); n++ {
				p := path + "[" + strconv.Itoa(n) + "]"
				keys = append(keys, jsonKey{parent: p, elem: true, off: dec.InputOffset()})
				if err := walk(p); err != nil {
					return err
				}
			}
			_, err = dec.Token()
		}
		if err != nil {
			return &SpecError{Path: orRoot(path), Line: lineAt(dec.InputOffset()), Err: fmt.Errorf("%v: %w", err, ErrBadJSON)}
		}
		return nil
	}
	if err := walk(""); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &SpecError{Path: "spec", Line: lineAt(dec.InputOffset()), Err: fmt.Errorf("data after the spec object: %w", ErrBadJSON)}
	}
	return keys, nil
}

// trimValue drops the separator bytes the decoder's offset leaves before a
// value (": ").
func trimValue(b []byte) []byte {
	return bytes.TrimLeft(b, ": \t\r\n")
}

func orRoot(p string) string {
	if p == "" {
		return "spec"
	}
	return p
}

func joinPath(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + "." + name
}

// objectKind tells which kind of object a path names, by its last segment.
func objectKind(path string) string {
	last := path[strings.LastIndexByte(path, '.')+1:]
	switch {
	case path == "":
		return "spec"
	case strings.HasPrefix(last, "channels["):
		return "channel"
	case strings.HasPrefix(last, "goroutines["):
		return "goroutine"
	case strings.HasPrefix(last, "steps["):
		return "step"
	}
	return "value"
}

// Validate checks a spec built as Go values: names resolve, every step does
// one thing, no duration is negative, kinds do not spawn in a cycle, and the
// total number of Gs stays within MaxGoroutines.
func (sp *Spec) Validate() error {
	_, err := compile(sp)
	return err
}

// opcode is one instruction of a compiled goroutine program.
type opcode uint8

const (
	opEnd opcode = iota
	opCPU
	opSleep
	opNet
	opSyscall
	opSpawn
	opSend
	opRecv
	opWait
	opYield
	opLoop    // n = iterations, arg = index of the matching opEndLoop
	opEndLoop // arg = index of the matching opLoop
)

// instr is one step, flattened: loops become jumps.
type instr struct {
	op  opcode
	arg int32 // kind to spawn, channel, or jump target
	n   int32 // spawn count or loop iterations
	d   int64 // nanoseconds
}

// program is a compiled spec: one instruction list per goroutine kind.
type program struct {
	name   string
	procs  int
	kinds  []string
	code   [][]instr
	chans  []ChanSpec
	totalG int64 // Gs the whole run creates, main included
}

func compile(sp *Spec) (*program, error) {
	if sp.Procs < 0 {
		return nil, &SpecError{Path: "procs", Err: ErrZeroProcs}
	}
	if sp.Procs > MaxProcs {
		return nil, &SpecError{Path: "procs", Err: fmt.Errorf("%d exceeds %d: %w", sp.Procs, MaxProcs, ErrBadStep)}
	}
	if len(sp.Goroutines) == 0 {
		return nil, &SpecError{Path: "goroutines", Err: fmt.Errorf("at least one goroutine kind (main) is required: %w", ErrBadStep)}
	}
	kinds := map[string]int32{}
	for i, g := range sp.Goroutines {
		path := fmt.Sprintf("goroutines[%d].name", i)
		if !validName(g.Name) {
			return nil, &SpecError{Path: path, Err: fmt.Errorf("name %q must be 1-64 of A-Z a-z 0-9 _ . -: %w", g.Name, ErrBadStep)}
		}
		if _, dup := kinds[g.Name]; dup {
			return nil, &SpecError{Path: path, Err: fmt.Errorf("duplicate goroutine kind %q: %w", g.Name, ErrBadStep)}
		}
		kinds[g.Name] = int32(i)
	}
	chans := map[string]int32{}
	for i, c := range sp.Channels {
		if !validName(c.Name) {
			return nil, &SpecError{Path: fmt.Sprintf("channels[%d].name", i), Err: fmt.Errorf("name %q must be 1-64 of A-Z a-z 0-9 _ . -: %w", c.Name, ErrBadStep)}
		}
		if _, dup := chans[c.Name]; dup {
			return nil, &SpecError{Path: fmt.Sprintf("channels[%d].name", i), Err: fmt.Errorf("duplicate channel %q: %w", c.Name, ErrBadStep)}
		}
		if c.Cap < 0 || c.Cap > 1<<30 {
			return nil, &SpecError{Path: fmt.Sprintf("channels[%d].cap", i), Err: fmt.Errorf("cap %d out of range: %w", c.Cap, ErrBadStep)}
		}
		chans[c.Name] = int32(i)
	}
	p := &program{name: sp.Name, procs: sp.Procs, chans: sp.Channels, code: make([][]instr, len(sp.Goroutines))}
	// spawns[k] lists (child, multiplicity, path) for the cycle and count checks.
	type edge struct {
		child int32
		times int64
		path  string
	}
	spawns := make([][]edge, len(sp.Goroutines))
	for k, g := range sp.Goroutines {
		p.kinds = append(p.kinds, g.Name)
		var code []instr
		var emit func(steps []Step, path string, depth int, times int64) error
		emit = func(steps []Step, path string, depth int, times int64) error {
			for i, st := range steps {
				sp := fmt.Sprintf("%s[%d]", path, i)
				var set []string
				dur := func(name string, d Duration, op opcode) {
					if d != 0 {
						set = append(set, name)
						code = append(code, instr{op: op, d: int64(d)})
					}
				}
				for _, f := range []struct {
					name string
					d    Duration
				}{{"cpu", st.CPU}, {"sleep", st.Sleep}, {"net", st.Net}, {"syscall", st.Syscall}} {
					if f.d < 0 {
						return &SpecError{Path: sp + "." + f.name, Err: fmt.Errorf("%v: %w", time.Duration(f.d), ErrNegativeDuration)}
					}
				}
				dur("cpu", st.CPU, opCPU)
				dur("sleep", st.Sleep, opSleep)
				dur("net", st.Net, opNet)
				dur("syscall", st.Syscall, opSyscall)
				if st.Count != 0 && st.Spawn == "" {
					return &SpecError{Path: sp + ".count", Err: fmt.Errorf("count without spawn: %w", ErrBadStep)}
				}
				if st.Spawn != "" {
					set = append(set, "spawn")
					child, ok := kinds[st.Spawn]
					if !ok {
						return &SpecError{Path: sp + ".spawn", Err: fmt.Errorf("goroutine kind %q: %w", st.Spawn, ErrUnknownName)}
					}
					n := st.Count
					if n == 0 {
						n = 1
					}
					if n < 0 || n > MaxGoroutines {
						return &SpecError{Path: sp + ".count", Err: fmt.Errorf("count %d: %w", st.Count, ErrTooManyGoroutines)}
					}
					code = append(code, instr{op: opSpawn, arg: child, n: int32(n)})
					spawns[k] = append(spawns[k], edge{child, satMul(times, int64(n)), sp + ".spawn"})
				}
				for _, f := range []struct {
					name, ch string
					op       opcode
				}{{"send", st.Send, opSend}, {"recv", st.Recv, opRecv}} {
					if f.ch == "" {
						continue
					}
					set = append(set, f.name)
					c, ok := chans[f.ch]
					if !ok {
						return &SpecError{Path: sp + "." + f.name, Err: fmt.Errorf("channel %q: %w", f.ch, ErrUnknownName)}
					}
					code = append(code, instr{op: f.op, arg: c})
				}
				if st.Wait {
					set = append(set, "wait")
					code = append(code, instr{op: opWait})
				}
				if st.Yield {
					set = append(set, "yield")
					code = append(code, instr{op: opYield})
				}
				if st.Repeat != 0 || st.Steps != nil {
					set = append(set, "repeat")
					if st.Repeat < 1 || len(st.Steps) == 0 {
						return &SpecError{Path: sp + ".repeat", Err: fmt.Errorf("repeat needs a count >= 1 and steps: %w", ErrBadStep)}
					}
					if depth >= maxLoopDepth {
						return &SpecError{Path: sp + ".repeat", Err: fmt.Errorf("loops nest deeper than %d: %w", maxLoopDepth, ErrBadStep)}
					}
					if !takesTime(st.Steps) {
						return &SpecError{Path: sp + ".steps", Err: fmt.Errorf("a repeated body must contain a step that takes time or blocks: %w", ErrBadStep)}
					}
					if st.Repeat > 1<<30 {
						return &SpecError{Path: sp + ".repeat", Err: fmt.Errorf("repeat %d too large: %w", st.Repeat, ErrBadStep)}
					}
				}
				switch len(set) {
				case 0:
					return &SpecError{Path: sp, Err: fmt.Errorf("a step must do one thing (%s): %w", strings.Join(keysOf["step"], ", "), ErrBadStep)}
				case 1:
				default:
					return &SpecError{Path: sp, Err: fmt.Errorf("a step must do one thing, this one sets %s: %w", strings.Join(set, " and "), ErrBadStep)}
				}
				if set[0] == "repeat" {
					start := int32(len(code))
					code = append(code, instr{op: opLoop, n: int32(st.Repeat)})
					if err := emit(st.Steps, sp+".steps", depth+1, satMul(times, int64(st.Repeat))); err != nil {
						return err
					}
					code = append(code, instr{op: opEndLoop, arg: start})
					code[start].arg = int32(len(code) - 1)
				}
			}
			return nil
		}
		if err := emit(g.Steps, fmt.Sprintf("goroutines[%d].steps", k), 0, 1); err != nil {
			return nil, err
		}
		p.code[k] = append(code, instr{op: opEnd})
	}
	// Cycle check by depth-first search (white/grey/black), then the total
	// count of Gs bottom-up with saturating arithmetic.
	state := make([]uint8, len(spawns))
	total := make([]int64, len(spawns))
	var visit func(k int32) error
	visit = func(k int32) error {
		state[k] = 1
		total[k] = 1
		for _, e := range spawns[k] {
			switch state[e.child] {
			case 1:
				return &SpecError{Path: e.path, Err: fmt.Errorf("%s spawns %s, which leads back to %s: %w", p.kinds[k], p.kinds[e.child], p.kinds[e.child], ErrSpawnCycle)}
			case 0:
				if err := visit(e.child); err != nil {
					return err
				}
			}
			total[k] = satAdd(total[k], satMul(e.times, total[e.child]))
		}
		state[k] = 2
		return nil
	}
	for k := range spawns {
		if state[k] == 0 {
			if err := visit(int32(k)); err != nil {
				return nil, err
			}
		}
	}
	p.totalG = total[0]
	if p.totalG > MaxGoroutines {
		return nil, &SpecError{Path: "goroutines", Err: fmt.Errorf("the spec creates %s Gs, more than %d: %w", satString(p.totalG), MaxGoroutines, ErrTooManyGoroutines)}
	}
	return p, nil
}

// satLimit caps the saturating arithmetic well above MaxGoroutines.
const satLimit = int64(1) << 62

func satMul(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	if a > satLimit/b {
		return satLimit
	}
	return a * b
}

func satAdd(a, b int64) int64 {
	if a > satLimit-b {
		return satLimit
	}
	return a + b
}

func satString(n int64) string {
	if n >= satLimit {
		return "over 2^62"
	}
	return strconv.FormatInt(n, 10)
}

// validName reports whether a kind or channel name is 1-64 characters of
// A-Z a-z 0-9 _ . - (so it needs no escaping in any output).
func validName(n string) bool {
	if n == "" || len(n) > 64 {
		return false
	}
	for _, c := range []byte(n) {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-'
		if !ok {
			return false
		}
	}
	return true
}

// takesTime reports whether running steps can take virtual time or block;
// a loop whose body cannot would spin forever at one instant.
func takesTime(steps []Step) bool {
	for _, st := range steps {
		if st.CPU > 0 || st.Sleep > 0 || st.Net > 0 || st.Syscall > 0 || st.Send != "" || st.Recv != "" || st.Yield || st.Spawn != "" {
			return true
		}
		if takesTime(st.Steps) {
			return true
		}
	}
	return false
}
