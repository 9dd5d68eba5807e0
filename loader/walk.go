package loader

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"hoigraph/loader/curated"
)

// Walk expands paths into the files to read: a file given is read when
// wanted says so (else it is an error), a folder is walked for the files
// wanted says yes to, sorted, so that every run over the same input reads
// it in the same order. Hidden files and folders (a name starting with a
// dot) inside a folder are skipped; symbolic links are followed, a folder
// reached twice (a link loop) being skipped the second time. Nothing is
// silently left out: each file of a folder not read is in skipped with why,
// and each part that could not be read (a folder without permission, a
// broken link) is in errs; the walk goes on after both.
func Walk(paths []string, wanted func(string) bool) (files []string, skipped, errs []FileError) {
	seen := map[string]bool{}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, FileError{p, err})
			continue
		}
		if !info.IsDir() {
			if !wanted(p) {
				errs = append(errs, FileError{p, fmt.Errorf("unknown file type (want %s, %s)", strings.Join(ArticleExtensions, ", "), strings.Join(curated.Extensions, ", "))})
			} else if !seen[p] {
				seen[p] = true
				files = append(files, p)
			}
			continue
		}
		w := walker{wanted: wanted, dirs: map[fileKey]string{}}
		w.dir(p, info)
		sort.Strings(w.files)
		for _, f := range w.files {
			if !seen[f] {
				seen[f] = true
				files = append(files, f)
			}
		}
		skipped = append(skipped, w.skipped...)
		errs = append(errs, w.errs...)
	}
	return files, skipped, errs
}

// fileKey identifies a folder whatever the path it is reached by.
type fileKey struct{ dev, ino uint64 }

func keyOf(info os.FileInfo) (fileKey, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileKey{}, false
	}
	return fileKey{uint64(st.Dev), uint64(st.Ino)}, true
}

type walker struct {
	wanted        func(string) bool
	dirs          map[fileKey]string // folders entered, by identity → path
	files         []string
	skipped, errs []FileError
}

func (w *walker) dir(path string, info os.FileInfo) {
	if k, ok := keyOf(info); ok {
		if first, ok := w.dirs[k]; ok {
			w.skipped = append(w.skipped, FileError{path, fmt.Errorf("the same folder as %s (a link loop or a second link): read once", first)})
			return
		}
		w.dirs[k] = path
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		w.errs = append(w.errs, FileError{path, fmt.Errorf("folder not read, nor anything in it: %w", err)})
		// ReadDir returns what it read before the error; go on with it.
	}
	for _, e := range entries {
		p := filepath.Join(path, e.Name())
		if strings.HasPrefix(e.Name(), ".") {
			w.skipped = append(w.skipped, FileError{p, errors.New("hidden (its name starts with a dot)")})
			continue
		}
		info, err := os.Stat(p) // follows links
		if err != nil {
			w.errs = append(w.errs, FileError{p, err})
			continue
		}
		switch {
		case info.IsDir():
			w.dir(p, info)
		case !w.wanted(p):
			w.skipped = append(w.skipped, FileError{p, errors.New("not an input type")})
		default:
			w.files = append(w.files, p)
		}
	}
}

// ReadFile reads an input file of at most max bytes. Only regular files are
// read: a device (a link to /dev/zero), a named pipe or a socket is an
// error, and so is a file over the limit, before its bytes are read.
func ReadFile(path string, max int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s): only files are read", info.Mode().Type())
	}
	if info.Size() > max {
		return nil, fmt.Errorf("%d bytes, more than the limit of %d (-max-file-size)", info.Size(), max)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file may have been replaced since Stat: check what was opened.
	if info, err = f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file: only files are read")
	}
	raw, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > max {
		return nil, fmt.Errorf("more than the limit of %d bytes (-max-file-size)", max)
	}
	return raw, nil
}
