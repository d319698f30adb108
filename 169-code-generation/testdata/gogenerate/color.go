// Package gogenerate checks that the enum generator runs from a
// go:generate line; the test points GEN_OUT at a scratch file.
package gogenerate

//go:generate go run go-internals-cloud-native/169-code-generation gen enum -type=Color -output $GEN_OUT

// Color is a colour.
type Color int

// The colours.
const (
	Red Color = iota
	Green
)
