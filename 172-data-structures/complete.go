package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// sourceFile is one file under a source root: its slash-separated path
// relative to the root, and its size in bytes.
type sourceFile struct {
	path string
	size int64
}

// goSourceRoot returns $GOROOT/src, asking the go command when GOROOT is unset.
func goSourceRoot(ctx context.Context) (string, error) {
	root := os.Getenv("GOROOT")
	if root == "" {
		out, err := exec.CommandContext(ctx, "go", "env", "GOROOT").Output()
		if err != nil {
			return "", fmt.Errorf("go env GOROOT: %w", err)
		}
		root = strings.TrimSpace(string(out))
	}
	return filepath.Join(root, "src"), nil
}

// sourceFiles lists every regular file under root.
func sourceFiles(ctx context.Context, root string) ([]sourceFile, error) {
	var files []sourceFile
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		files = append(files, sourceFile{filepath.ToSlash(rel), info.Size()})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", root, err)
	}
	return files, nil
}

// complete prints the k largest files whose paths under root begin with prefix.
func complete(ctx context.Context, w io.Writer, root, prefix string, k int) error {
	if root == "" {
		var err error
		if root, err = goSourceRoot(ctx); err != nil {
			return err
		}
	}
	files, err := sourceFiles(ctx, root)
	if err != nil {
		return err
	}
	var t RadixTree[int64]
	for _, f := range files {
		t.InsertWeighted(f.path, f.size, uint64(f.size))
	}
	got := t.Autocomplete(prefix, k)
	if len(got) == 0 {
		return fmt.Errorf("complete: no path under %s begins with %q", root, prefix)
	}
	tw := newTable(w)
	// The path is the line's last cell, outside any tabwriter column, so it
	// stays left-aligned while the numbers align right (the right-aligned
	// columns pad on their left, hence the explicit gap).
	fmt.Fprintln(tw, "rank\tbytes\t  path")
	for i, p := range got {
		size, _ := t.Get(p)
		fmt.Fprintf(tw, "%d\t%d\t  %s\n", i+1, size, p)
	}
	return tw.Flush()
}
