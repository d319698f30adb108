package dirsyntax

import "fmt"

//lint:ignore nosuchrule a typo in the rule name // want `names unknown rule "nosuchrule"`
func typo() {}

//lint:ignore ctxfirst // want `needs a reason`
func noReason() {}

//lint:ignore SA1019 staticcheck's own checks are left to staticcheck
func deprecated() error { return fmt.Errorf("x") }

//lint:ignore errwrap,exporteddoc a valid directive
func valid() {}
