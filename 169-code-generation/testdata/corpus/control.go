// Package corpus holds functions whose complexities are checked against
// gocyclo and gocognit: every construct the two definitions treat
// differently appears here at least once.
package corpus

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
)

func straight(a, b int) int { return a + b }

func ifElseChain(x int) string {
	if x < 0 {
		return "negative"
	} else if x == 0 {
		return "zero"
	} else if x < 10 {
		return "small"
	} else {
		return "large"
	}
}

func nestedLoops(grid [][]int) (sum int) {
	for i := range grid {
		for j := 0; j < len(grid[i]); j++ {
			if grid[i][j] > 0 {
				if grid[i][j]%2 == 0 && j > 0 || i == 0 {
					sum += grid[i][j]
				}
			}
		}
	}
	return sum
}

func logicalSequences(a, b, c, d bool) bool {
	x := a && b && c
	y := a && b || c && d
	z := !(a || b) && (c || (d && a))
	w := f(a && b) || c
	return x || y || z || w
}

func f(b bool) bool { return b }

func flatSwitch(s string) int {
	switch s {
	case "a":
		return 1
	case "b", "c":
		return 2
	case "d":
		return 3
	default:
		return 0
	}
}

func typeSwitch(v any) string {
	switch t := v.(type) {
	case int:
		if t > 0 {
			return "positive int"
		}
		return "int"
	case string, []byte:
		return "text"
	case nil:
		return "nil"
	}
	return "other"
}

func selectLoop(ctx context.Context, in <-chan int, out chan<- int) error {
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return nil
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return ctx.Err()
			}
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
	}
}

func labelled(m [][]int, want int) (int, int, bool) {
outer:
	for i, row := range m {
		for j, v := range row {
			switch {
			case v < 0:
				continue outer
			case v == want:
				return i, j, true
			case v > 1000:
				break outer
			}
		}
	}
	goto done
done:
	return 0, 0, false
}

func closures(xs []int) func() int {
	total := 0
	add := func(x int) {
		if x > 0 {
			total += x
		} else {
			for x < 0 {
				x++
			}
		}
	}
	for _, x := range xs {
		add(x)
	}
	return func() int {
		if total > 100 && len(xs) > 2 {
			return 100
		}
		return total
	}
}

func initStatements(m map[string]int, key string) error {
	if v, ok := m[key]; ok && v > 0 {
		return nil
	} else if v < 0 {
		return fmt.Errorf("negative %d", v)
	}
	switch n := len(m); {
	case n > 10:
		return errors.New("too many")
	}
	if _, err := os.Stat(key); err != nil || key == "" {
		return err
	}
	return nil
}

func rangeOverFunc(seq iter.Seq[int]) (n int) {
	for v := range seq {
		if v%2 == 0 {
			continue
		}
		n++
	}
	for range 3 {
		n++
	}
	return n
}

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

var literalVar = func(x int) int {
	if x > 0 && x < 10 {
		return x
	}
	return 0
}

func deeplyNested(x, y, z int) int {
	if x > 0 {
		for i := 0; i < y; i++ {
			switch {
			case z > i:
				if x > z {
					func() {
						if x == y {
							x++
						}
					}()
				}
			}
		}
	}
	return x
}
