// Package enums holds integer constant types of every shape the enum
// generator lays out differently: one run from zero, one run from an
// offset, negative values, a few runs with gaps, a sparse set, aliases,
// unsigned types, and names from line comments or with a prefix.
package enums

// Color is one run from zero.
type Color int

const (
	Red Color = iota
	Green
	Blue
)

// Weekday is one run starting at 1.
type Weekday uint8

const (
	Monday Weekday = iota + 1
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	Sunday
)

// Temperature has negative values.
type Temperature int16

const (
	Freezing Temperature = -2
	Cold     Temperature = -1
	Mild     Temperature = 0
	Warm     Temperature = 1
)

// Status has runs with gaps, and an alias.
type Status int

const (
	StatusOK       Status = 200
	StatusCreated  Status = 201
	StatusAccepted Status = 202
	StatusMoved    Status = 301
	StatusFound    Status = 302
	StatusNotFound Status = 404
	StatusMissing  Status = 404 // an alias: String prints the first name
	StatusTeapot   Status = 418
	StatusInternal Status = 500
)

// Prime is sparse: more than ten runs, so a map.
type Prime uint

const (
	Two         Prime = 2 + iota*0
	Three       Prime = 3
	Five        Prime = 5
	Seven       Prime = 7
	Eleven      Prime = 11
	Thirteen    Prime = 13
	Seventeen   Prime = 17
	Nineteen    Prime = 19
	TwentyThree Prime = 23
	TwentyNine  Prime = 29
	ThirtyOne   Prime = 31
	ThirtySeven Prime = 37
)

// Level is unsigned from zero in two runs.
type Level uint32

const (
	Debug Level = iota
	Info
	Warn
	Error
	Fatal Level = 100
)

// Phase takes its printed names from line comments.
type Phase int

const (
	PhaseInit    Phase = iota // init
	PhaseRunning              // running
	PhaseDone                 // done (exit 0)
	PhaseFailed
)

// Big is unsigned with a value above 2^63.
type Big uint64

const (
	Small Big = 1
	Huge  Big = 1 << 63
)
