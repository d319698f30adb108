package main

// This file holds what the generators share: loading the package they
// generate for, and writing their output atomically.
//
// Every generator follows stringer's discipline: load the package with
// full type information (so constant values, field types and method sets
// are what the compiler sees, embedded interfaces and aliases resolved),
// write into a buffer, run go/format on it (a generator bug then shows as
// a format error, not as a file that half-compiles), and start the file
// with the "Code generated ... DO NOT EDIT." line that go vet, gopls,
// linters and code review tools recognise (see go help generate).

import (
	"errors"
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// loadTypedPackage loads the one package at dir (a directory, or a
// package pattern) with types and syntax.
func loadTypedPackage(dir string, tags []string) (*packages.Package, error) {
	cfg := &packages.Config{
		Mode:       packages.NeedName | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedSyntax | packages.NeedFiles,
		BuildFlags: tagsFlag(tags),
	}
	pattern := dir
	if info, err := os.Stat(dir); err == nil && info.IsDir() {
		// Load from inside the directory, as go:generate runs: the
		// package's own module decides how it builds.
		cfg.Dir, pattern = dir, "."
	}
	pkgs, err := packages.Load(cfg, pattern)
	if err != nil {
		return nil, err
	}
	if len(pkgs) != 1 {
		return nil, fmt.Errorf("%q names %d packages, want 1", dir, len(pkgs))
	}
	pkg := pkgs[0]
	if len(pkg.Errors) > 0 {
		var errs []error
		for _, e := range pkg.Errors {
			errs = append(errs, e)
		}
		return nil, errors.Join(errs...)
	}
	return pkg, nil
}

func tagsFlag(tags []string) []string {
	if len(tags) == 0 {
		return nil
	}
	return []string{"-tags=" + strings.Join(tags, ",")}
}

// importTracker is a types.Qualifier that writes other packages by name
// and remembers which it used, so the generated file imports exactly those.
type importTracker struct {
	self *types.Package
	used map[string]string // path → name
}

func newImportTracker(self *types.Package) *importTracker {
	return &importTracker{self: self, used: map[string]string{}}
}

func (t *importTracker) qualify(p *types.Package) string {
	if p == t.self {
		return ""
	}
	t.used[p.Path()] = p.Name()
	return p.Name()
}

// typeParams returns the declaration "[K comparable, V any]" and the use
// "[K, V]" of a named type's type parameters, or two empty strings.
func typeParams(named *types.Named, q types.Qualifier) (decl, use string) {
	tps := named.TypeParams()
	if tps.Len() == 0 {
		return "", ""
	}
	var d, u []string
	for tp := range tps.TypeParams() {
		d = append(d, tp.Obj().Name()+" "+types.TypeString(tp.Constraint(), q))
		u = append(u, tp.Obj().Name())
	}
	return "[" + strings.Join(d, ", ") + "]", "[" + strings.Join(u, ", ") + "]"
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory and a rename, so a reader (or a crash) never sees half a file.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // no-op after a successful rename
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		mode = info.Mode().Perm()
	}
	if err := os.Chmod(f.Name(), mode); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
