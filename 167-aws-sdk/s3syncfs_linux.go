package main

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// syncFilesystem makes every change to the filesystem holding dir durable:
// syncfs(2), which since Linux 5.8 also reports write-back errors. One call
// covers the data and the directory entries of every object written
// before it, which is what lets S3 PUTs share it.
func syncFilesystem(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return fmt.Errorf("syncfs %s: %w", dir, err)
	}
	return nil
}
