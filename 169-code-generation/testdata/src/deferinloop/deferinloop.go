package deferinloop

import "os"

func closeAll(names []string) error {
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		defer f.Close() // want `defer in a loop runs when the function returns`
	}
	return nil
}

func perIteration(names []string) {
	for _, name := range names {
		f, err := os.Open(name)
		if err == nil {
			defer f.Close() // want `defer in a loop runs when the function returns`
			f.Stat()
		}
	}
}

func inClosure(names []string) {
	for _, name := range names {
		func() {
			f, _ := os.Open(name)
			defer f.Close()
		}()
	}
}

func counted(n int) {
	for i := 0; i < n; i++ {
		defer println(i) // want `defer in a loop`
		for j := 0; j < 2; j++ {
			if j == 1 {
				break
			}
		}
	}
}
