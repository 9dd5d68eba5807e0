package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hoigraph"
	"hoigraph/loader"
	"hoigraph/loader/extract"
)

// TestExtractFiles: a bad file is one error line naming it, the other files
// are still extracted in order, a non-UTF-8 file says its encoding, and the
// result reports the failure (exit status 1 in runExtract).
func TestExtractFiles(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "003_1b627a1c06cf87ba.txt"))
	if err != nil {
		t.Fatal(err)
	}
	cp1258, err := os.ReadFile(filepath.Join("..", "..", "examples", "articles", "101_ma-thanh-hoi-nong-dan.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"a_good.txt":   good,
		"b_empty.txt":  nil,
		"c_binary.txt": {0x89, 'P', 'N', 'G', 0, 0, 0, 1},
		"d_legacy.txt": cp1258,
	}
	var paths []string
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	var missing bytes.Buffer
	found, failed := articleFiles([]string{dir, filepath.Join(dir, "missing.txt")}, &missing)
	if !failed || len(found) != len(files) || !strings.Contains(missing.String(), "missing.txt") {
		t.Fatalf("articleFiles: %v, failed %v; want the %d files and a failure for the missing one", found, failed, len(files))
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	if ok := extractFiles(context.Background(), x, found, 3, &out, &errs); ok {
		t.Error("extractFiles reported success with two bad files")
	}
	lines := strings.Split(strings.TrimSpace(errs.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("stderr has %d lines, want 3 (two errors, one encoding):\n%s", len(lines), errs.String())
	}
	for _, want := range []string{"b_empty.txt: empty file", "c_binary.txt: binary", "d_legacy.txt: decoded from Windows-1258"} {
		if !strings.Contains(errs.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs.String())
		}
	}
	docs := map[string]int{}
	last := ""
	dec := json.NewDecoder(&out)
	for dec.More() {
		var f hoigraph.Fact
		if err := dec.Decode(&f); err != nil {
			t.Fatal(err)
		}
		if f.Doc < last {
			t.Errorf("facts of %s after %s: not in file order", f.Doc, last)
		}
		last = f.Doc
		docs[f.Doc]++
	}
	if docs["a_good.txt"] == 0 || docs["d_legacy.txt"] == 0 || len(docs) != 2 {
		t.Errorf("facts per document %v, want facts for a_good.txt and d_legacy.txt only", docs)
	}
}

// robust, also: extract reads the articles load reads, hidden files and
// folders left out by both.
func TestExtractAndLoadReadTheSameFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", ".b.txt", ".git/c.txt", "d/e.html", "f.csv"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, failed := articleFiles([]string{dir}, io.Discard)
	loaded, _, _ := loader.Walk([]string{dir}, func(p string) bool { return !strings.HasSuffix(p, ".csv") })
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "d", "e.html")}
	if failed || !slices.Equal(got, want) || !slices.Equal(loaded, want) {
		t.Errorf("extract reads %v, load %v; want %v", got, loaded, want)
	}
}
