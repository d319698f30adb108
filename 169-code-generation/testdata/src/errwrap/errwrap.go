package errwrap

import (
	"errors"
	"fmt"
)

var errBase = errors.New("base")

func wrapped(err error) error { return fmt.Errorf("read: %w", err) }

func flattened(err error) error {
	return fmt.Errorf("read %s: %v", "file", err) // want `formats error operand err with %v; use %w`
}

func flattenedS(err error) error {
	return fmt.Errorf("read: %s", errBase) // want `formats error operand errBase with %s`
}

func indexed(err error) error {
	return fmt.Errorf("%[2]v after %[1]d tries", 3, err) // want `operand err with %v`
}

func percent(err error) error {
	return fmt.Errorf("100%% failed: %v", err) // want `operand err with %v`
}

func notAnError(n int) error { return fmt.Errorf("n=%v", n) }

func computed(format string, err error) error { return fmt.Errorf(format, err) }
