package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGenBuilderAndMockGolden(t *testing.T) {
	b, err := GenerateBuilder("./testdata/gen", BuilderOptions{Types: []string{"Config", "Pair"}, Command: "169-code-generation gen builder"})
	require.NoError(t, err)
	golden(t, filepath.Join("testdata", "TestGen", "builder.golden"), b)
	m, err := GenerateMock("./testdata/gen", MockOptions{Types: []string{"Store", "Cache"}, Command: "169-code-generation gen mock"})
	require.NoError(t, err)
	golden(t, filepath.Join("testdata", "TestGen", "mock.golden"), m)
}

func TestGenErrors(t *testing.T) {
	_, err := GenerateBuilder("./testdata/gen", BuilderOptions{Types: []string{"Store"}})
	assert.ErrorIs(t, err, ErrBuilderType, "an interface is no struct")
	_, err = GenerateBuilder("./testdata/gen", BuilderOptions{Types: []string{"Nope"}})
	assert.ErrorIs(t, err, ErrBuilderType)
	_, err = GenerateMock("./testdata/gen", MockOptions{Types: []string{"Config"}})
	assert.ErrorIs(t, err, ErrMockType, "a struct is no interface")
	_, err = GenerateMock("./testdata/gen", MockOptions{})
	assert.ErrorIs(t, err, ErrMockType)
}

// TestGeneratedCodeCompilesAndWorks generates the builder and the mock into
// a scratch module beside the types, and compiles and runs a program that
// uses every generated function and checks what it does; go vet must be
// clean on the result.
func TestGeneratedCodeCompilesAndWorks(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a program")
	}
	src, err := os.ReadFile("testdata/gen/gen.go")
	require.NoError(t, err)
	dir := t.TempDir()
	writeModule(t, dir, "use", map[string]string{
		"gen/gen.go": string(src),
		"main.go": `package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"use/gen"
)

var failures int

func check(ok bool, format string, args ...any) {
	if !ok {
		fmt.Printf("FAIL: "+format+"\n", args...)
		failures++
	}
}

type fakeT struct{ errs []string }

func (f *fakeT) Helper()                          {}
func (f *fakeT) Errorf(format string, args ...any) { f.errs = append(f.errs, fmt.Sprintf(format, args...)) }

func main() {
	// Builder: required fields, zero values that count as set, reuse.
	_, err := gen.NewConfigBuilder().WithTimeout(5).Build()
	check(errors.Is(err, gen.ErrConfigBuilderMissing), "missing fields: %v", err)
	check(err != nil && strings.Contains(err.Error(), "Name, Retries"), "error names both fields: %v", err)
	b := gen.NewConfigBuilder().WithName("svc").WithRetries(0)
	c1, err := b.Build()
	check(err == nil && c1.Name == "svc" && c1.Retries == 0, "Retries 0 is set: %+v %v", c1, err)
	c2, _ := b.WithName("other").Build()
	check(c1.Name == "svc" && c2.Name == "other", "Build returns copies")
	p, err := gen.NewPairBuilder[string, int]().WithKey("k").WithValue(7).Build()
	check(err == nil && p.Key == "k" && p.Value == 7, "generic builder: %+v %v", p, err)
	_, err = gen.NewPairBuilder[string, int]().Build()
	check(errors.Is(err, gen.ErrPairBuilderMissing), "generic required: %v", err)

	// Mock: zero values, On, Func, records, variadic, assertions, concurrency.
	var m gen.MockStore
	var s gen.Store = &m
	v, found, err := s.Get(context.Background(), "a")
	check(v == nil && !found && err == nil, "zero values by default")
	m.OnGet([]byte("x"), true, nil)
	v, found, _ = s.Get(context.Background(), "b")
	check(string(v) == "x" && found, "OnGet")
	m.PutFunc = func(_ context.Context, key string, _ []byte) error { return errors.New("no " + key) }
	check(s.Put(context.Background(), "k", nil).Error() == "no k", "PutFunc")
	check(s.Delete("a", "b", "c") == 0, "Delete zero")
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() { s.Reset() })
	}
	wg.Wait()
	calls := m.GetCalls()
	check(len(calls) == 2 && calls[0].Key == "a" && calls[1].Key == "b", "Get records: %+v", calls)
	check(len(m.DeleteCalls()) == 1 && len(m.DeleteCalls()[0].Keys) == 3, "variadic record")
	ft := &fakeT{}
	check(m.AssertResetCalled(ft, 50) && len(ft.errs) == 0, "Reset 50 times")
	check(!m.AssertCloseCalled(ft, 1) && len(ft.errs) == 1, "Close never called: %v", ft.errs)

	var cache gen.MockCache[string, int]
	var ci gen.Cache[string, int] = &cache
	cache.OnLoad(3, true)
	n, ok := ci.Load("k")
	ci.Store("k", 4)
	check(n == 3 && ok && cache.StoreCalls()[0].Value == 4, "generic mock")

	if failures > 0 {
		os.Exit(1)
	}
	fmt.Println("ok")
}
`,
	})
	bsrc, err := GenerateBuilder(filepath.Join(dir, "gen"), BuilderOptions{Types: []string{"Config", "Pair"}})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "gen", "config_builder.go"), bsrc, 0o644))
	msrc, err := GenerateMock(filepath.Join(dir, "gen"), MockOptions{Types: []string{"Store", "Cache"}})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "gen", "store_mock.go"), msrc, 0o644))

	vet := exec.Command("go", "vet", "./...")
	vet.Dir = dir
	out, err := vet.CombinedOutput()
	assert.NoError(t, err, "go vet on generated code: %s", out)
	run := exec.Command("go", "run", "-race", ".")
	run.Dir = dir
	out, err = run.CombinedOutput()
	assert.NoError(t, err, "%s", out)
	assert.Equal(t, "ok\n", string(out))
}
