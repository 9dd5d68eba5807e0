package loader_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"

	"hoigraph/internal/neo4jtest"
	"hoigraph/loader"
	"hoigraph/store"
)

// article is a short article of our own whose one assignment names n, so
// that each file says something of its own.
func article(n int) string {
	return fmt.Sprintf("Quận ủy Quận %d phân công nhiệm vụ\n\nNgày 12/3/2024, Quận ủy Quận %d phân công Ban Dân vận Quận ủy Quận %d phụ trách Hội Chữ thập đỏ Quận %d.\n", n, n, n, n)
}

// writeFiles writes name → content under dir, making folders as needed.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sources returns the ids of the Source nodes of a dump, sorted.
func sources(d []string) []string {
	var out []string
	for _, l := range d {
		if strings.HasPrefix(l, "(Source ") {
			i := strings.Index(l, `"id":"`)
			j := strings.Index(l[i+6:], `"`)
			out = append(out, l[i+6:i+6+j])
		}
	}
	slices.Sort(out)
	return out
}

// robust #2: names that fold alike, and one name in two folders, are
// distinct files and so distinct sources; loading them again changes
// nothing, in whatever order the folders are given.
func TestDistinctFilesAreDistinctSources(t *testing.T) {
	s := neo4jtest.Store(t)
	dir := t.TempDir()
	names := []string{"A.txt", "a.txt", "bai-1.txt", "bai_1.txt", "bai 1.txt", "tin và bài.txt", "tin bài.txt", "site1/index.html", "site2/index.html"}
	files := map[string]string{}
	for i, n := range names {
		files[n] = article(i + 1)
	}
	writeFiles(t, dir, files)
	l := newLoader(t, s, false)
	l.Root = dir
	first := load(t, l, filepath.Join(dir, "site1"), filepath.Join(dir, "site2"), dir)
	if first.Write.Documents != len(names) {
		t.Errorf("%d documents written, want %d", first.Write.Documents, len(names))
	}
	d := neo4jtest.Dump(t, s)
	var want []string
	for _, n := range names {
		want = append(want, store.SourceID(n))
	}
	slices.Sort(want)
	if got := sources(d); !slices.Equal(got, want) {
		t.Errorf("sources %v, want %v", got, want)
	}
	for i := range names {
		if rf := rels(d, "RESPONSIBLE_FOR", org(fmt.Sprintf("Ban Dân vận Quận ủy Quận %d", i+1)), org(fmt.Sprintf("Hội Chữ thập đỏ Quận %d", i+1))); len(rf) != 1 {
			t.Errorf("%s: its statement is lost (%v)", names[i], rf)
		}
	}
	again := load(t, l, filepath.Join(dir, "site2"), filepath.Join(dir, "site1"))
	if again.Write.Unchanged != 2 || again.Write.Documents != 0 {
		t.Errorf("reload in the other order: %+v, want both unchanged", again.Write)
	}
	if after := neo4jtest.Dump(t, s); !slices.Equal(d, after) {
		t.Errorf("graph changed on reload:\n%s", diff(d, after))
	}
}

// robust #1: a path that does not exist writes nothing, -replace or not;
// Replace removes only the sources under the paths given whose files are
// gone, and says which.
func TestReplaceRemovesOnlyWhatIsGoneUnderThePaths(t *testing.T) {
	s := neo4jtest.Store(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"x/1.txt": article(1), "x/2.txt": article(2), "y/3.txt": article(3)})
	l := newLoader(t, s, false)
	l.Root = dir
	load(t, l, filepath.Join(dir, "x"), filepath.Join(dir, "y"))
	before := neo4jtest.Dump(t, s)

	l.Replace = true
	for _, paths := range [][]string{{filepath.Join(dir, "no-such-dir")}, {filepath.Join(dir, "x"), filepath.Join(dir, "no-such-dir")}} {
		sum, err := l.Load(context.Background(), paths)
		if err == nil || !strings.Contains(err.Error(), "no-such-dir") {
			t.Errorf("load -replace %v: err %v, want one naming the missing path", paths, err)
		}
		if sum.Write.Documents != 0 || len(sum.Removed) != 0 {
			t.Errorf("load -replace %v: %+v", paths, sum)
		}
	}
	if after := neo4jtest.Dump(t, s); !slices.Equal(before, after) {
		t.Fatalf("a missing path changed the graph:\n%s", diff(before, after))
	}

	if err := os.Remove(filepath.Join(dir, "x", "2.txt")); err != nil {
		t.Fatal(err)
	}
	var progress strings.Builder
	l.Progress = &progress
	sum := load(t, l, filepath.Join(dir, "x"))
	if !slices.Equal(sum.Removed, []string{store.SourceID("x/2.txt")}) || !strings.Contains(progress.String(), "x/2.txt") {
		t.Errorf("removed %v (progress %q), want x/2.txt alone, announced", sum.Removed, progress.String())
	}
	d := neo4jtest.Dump(t, s)
	if got := sources(d); !slices.Equal(got, []string{store.SourceID("x/1.txt"), store.SourceID("y/3.txt")}) {
		t.Errorf("sources after replace: %v", got)
	}
	if rf := rels(d, "RESPONSIBLE_FOR", org("Ban Dân vận Quận ủy Quận 2"), org("Hội Chữ thập đỏ Quận 2")); len(rf) != 0 {
		t.Errorf("the removed file's statement survives: %v", rf)
	}
	clean := neo4jtest.Store(t)
	cl := newLoader(t, clean, false)
	cl.Root = dir
	load(t, cl, filepath.Join(dir, "x"), filepath.Join(dir, "y"))
	if want := neo4jtest.Dump(t, clean); !slices.Equal(store.SortProvenance(d), store.SortProvenance(want)) {
		t.Errorf("graph after replace differs from a clean load:\n%s", diff(store.SortProvenance(want), store.SortProvenance(d)))
	}
}

// robust #3: loaders running at once on the same input build the graph one
// builds: no provenance entry twice, nothing mentioned twice.
func TestConcurrentLoadersBuildTheGraphOneBuilds(t *testing.T) {
	s := neo4jtest.Store(t)
	dir := t.TempDir()
	files := map[string]string{}
	for i := 0; i < 24; i++ {
		// Every file also names one shared body, so that the loaders'
		// batches touch the same nodes and edges.
		files[fmt.Sprintf("%02d.txt", i)] = article(i%6+1) + "Ban Dân vận Quận ủy Quận 1 phụ trách Hội Chữ thập đỏ Quận 1.\n"
	}
	writeFiles(t, dir, files)
	paths := []string{dir, curatedDir}
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := store.Open(context.Background(), neo4jtest.Config(t))
			if err != nil {
				errs[i] = err
				return
			}
			defer st.Close(context.Background())
			l := newLoader(t, st, false)
			l.Batch, l.Workers = 2, 1
			sum, err := l.Load(context.Background(), paths)
			if err == nil && len(sum.Errors) > 0 {
				err = fmt.Errorf("%v", sum.Errors)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	got := neo4jtest.Dump(t, s)
	one := neo4jtest.Store(t)
	load(t, newLoader(t, one, false), paths...)
	want := neo4jtest.Dump(t, one)
	if !slices.Equal(store.SortProvenance(got), store.SortProvenance(want)) {
		t.Errorf("concurrent loads differ from one load:\n%s", diff(store.SortProvenance(want), store.SortProvenance(got)))
	}
}

// robust #5 and #8: the walk follows links to folders once, lists every
// file it does not read with why, and goes on after what it cannot read;
// only regular files are read, up to a size limit, and one that is not
// fails alone, named.
func TestWalkListsWhatItDoesNotReadAndReadsOnlyFiles(t *testing.T) {
	s := neo4jtest.Store(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"tree/a/1.txt": article(1), "tree/c/3.txt": article(3), "tree/notes.pdf": "%PDF-1.4", "tree/.hidden.txt": article(9),
		"elsewhere/2.txt": article(2), "tree/big.txt": article(4) + strings.Repeat("Hội Chữ thập đỏ. ", 2000),
	})
	tree := filepath.Join(dir, "tree")
	for link, target := range map[string]string{
		"tree/b-link":   filepath.Join(dir, "elsewhere"), // a folder elsewhere
		"tree/a/loop":   tree,                            // a loop
		"tree/broken":   filepath.Join(dir, "nothing"),   // a broken link
		"tree/zero.txt": "/dev/zero",                     // a device
	} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(tree, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	treeLink := filepath.Join(dir, "tree-link")
	if err := os.Symlink(tree, treeLink); err != nil {
		t.Fatal(err)
	}
	l := newLoader(t, s, false)
	l.MaxFileBytes = 16 << 10
	sum, err := l.Load(context.Background(), []string{treeLink})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Write.Documents != 3 {
		t.Errorf("%d documents written, want 1.txt, 3.txt and b-link/2.txt", sum.Write.Documents)
	}
	reasons := func(l []loader.FileError) map[string]string {
		out := map[string]string{}
		for _, e := range l {
			rel, _ := filepath.Rel(treeLink, e.File)
			out[filepath.ToSlash(rel)] = e.Err.Error()
		}
		return out
	}
	errs, skipped := reasons(sum.Errors), reasons(sum.Skipped)
	for file, want := range map[string]string{"broken": "no such file", "zero.txt": "not a regular file", "fifo.txt": "not a regular file", "big.txt": "limit of 16384"} {
		if !strings.Contains(errs[file], want) {
			t.Errorf("error for %s: %q, want %q (errors %v)", file, errs[file], want, errs)
		}
	}
	for file, want := range map[string]string{"notes.pdf": "not an input type", ".hidden.txt": "hidden", "a/loop": "read once"} {
		if !strings.Contains(skipped[file], want) {
			t.Errorf("skipped %s: %q, want %q (skipped %v)", file, skipped[file], want, skipped)
		}
	}
	if len(errs) != 4 {
		t.Errorf("errors %v, want the four above", errs)
	}
}
