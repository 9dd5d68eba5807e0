package loader_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"

	"hoigraph/internal/neo4jtest"
	"hoigraph/loader"
	"hoigraph/loader/extract"
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

// walkChildEnv names the folder a child process dry-run loads (see
// TestMain and TestUnreadableFolders).
const walkChildEnv = "HOIGRAPH_TEST_WALK_CHILD"

// walkResult is what the child of TestUnreadableFolders saw, by path
// relative to the folder loaded.
type walkResult struct {
	Documents       int
	Errors, Skipped map[string]string
}

// childWalk dry-run loads dir and prints its walkResult as JSON.
func childWalk(dir string) int {
	x, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	l := &loader.Loader{Extractor: x, DryRun: true, Workers: 1}
	sum, err := l.Load(context.Background(), []string{dir})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	out := walkResult{Documents: sum.Documents, Errors: map[string]string{}, Skipped: map[string]string{}}
	for into, l := range map[*map[string]string][]loader.FileError{&out.Errors: sum.Errors, &out.Skipped: sum.Skipped} {
		for _, e := range l {
			rel, _ := filepath.Rel(dir, e.File)
			(*into)[filepath.ToSlash(rel)] = e.Err.Error()
		}
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// robust #5: a folder the loader may not read (mode 000), or may list but
// not enter (mode 444), is an error naming it, and the walk goes on: the
// files after it are read. Permissions do not stop root (CAP_DAC_OVERRIDE),
// and tests often run as root, so the load runs in a child process of this
// test binary: as the user nobody when the test is root, so that the
// kernel really refuses, else as the test's own user.
func TestUnreadableFolders(t *testing.T) {
	base, err := os.MkdirTemp("", "hoigraph-walk-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepath.WalkDir(base, func(p string, d os.DirEntry, err error) error {
			if d != nil && d.IsDir() {
				os.Chmod(p, 0o755)
			}
			return nil
		})
		os.RemoveAll(base)
	})
	tree := filepath.Join(base, "tree")
	writeFiles(t, tree, map[string]string{"a/1.txt": article(1), "b/2.txt": article(2), "c/3.txt": article(3), "d/4.txt": article(4), "e/5.txt": article(5)})
	// The binary too must be readable by nobody: go test builds it in a
	// folder of mode 700.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(base, "loader.test")
	raw, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, raw, 0o755); err != nil {
		t.Fatal(err)
	}
	for dir, mode := range map[string]os.FileMode{base: 0o755, filepath.Join(tree, "b"): 0, filepath.Join(tree, "d"): 0o444} {
		if err := os.Chmod(dir, mode); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = append(os.Environ(), walkChildEnv+"="+tree)
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("child load: %v\n%s", err, stderr.String())
	}
	var got walkResult
	if err := json.Unmarshal(stdout, &got); err != nil {
		t.Fatalf("child load: %v: %s", err, stdout)
	}
	if got.Documents != 3 {
		t.Errorf("%d documents read, want a/1.txt, c/3.txt and e/5.txt (errors %v)", got.Documents, got.Errors)
	}
	for file, want := range map[string]string{"b": "folder not read, nor anything in it: open " + filepath.Join(tree, "b") + ": permission denied", "d/4.txt": "permission denied"} {
		if got.Errors[file] != want && !(file == "d/4.txt" && strings.Contains(got.Errors[file], want)) {
			t.Errorf("error for %s: %q, want %q", file, got.Errors[file], want)
		}
	}
	if len(got.Errors) != 2 || len(got.Skipped) != 0 {
		t.Errorf("errors %v, skipped %v: want the two above alone", got.Errors, got.Skipped)
	}
}

// robust #6: a curated file too large for one transaction is refused up
// front, named, with the limit; the file beside it loads, the summary
// counts the error, and a large file under the limit loads whole. (Why a
// limit rather than batches: store.MaxFacts.)
func TestLargeCuratedFiles(t *testing.T) {
	s := neo4jtest.Store(t)
	dir := t.TempDir()
	table := func(rows int) string {
		var b strings.Builder
		b.WriteString("name,type\n")
		for i := 0; i < rows; i++ {
			fmt.Fprintf(&b, "Chi hội Khuyến học tổ %d,association\n", i)
		}
		return b.String()
	}
	writeFiles(t, dir, map[string]string{"huge.csv": table(store.MaxFacts + 1), "large.csv": table(10000), "small.csv": table(3)})
	l := newLoader(t, s, false)
	sum, err := l.Load(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Errors) != 1 || filepath.Base(sum.Errors[0].File) != "huge.csv" || !strings.Contains(sum.Errors[0].Error(), fmt.Sprintf("more than the %d", store.MaxFacts)) {
		t.Errorf("errors %v, want huge.csv refused with the limit", sum.Errors)
	}
	if sum.Write.Documents != 2 {
		t.Errorf("%d documents written, want large.csv and small.csv", sum.Write.Documents)
	}
	var out, errs strings.Builder
	sum.PrintSummary(&out)
	sum.PrintErrors(&errs)
	if !strings.Contains(out.String(), "errors: 1\n") || !strings.Contains(errs.String(), "huge.csv") {
		t.Errorf("summary:\n%s\nerrors:\n%s\nwant errors: 1, huge.csv listed", out.String(), errs.String())
	}
	c, err := s.Count(context.Background())
	if err != nil || c.Nodes != 10000+2 {
		t.Errorf("graph %+v %v, want the 10,000 bodies (small.csv names three of them) and 2 sources", c, err)
	}
}

// robust #15: a facts line too long names its line; a name too long to
// index is refused naming the field, not with Neo4j's words; a stopped
// load does not say "errors: 0".
func TestMessagesNameWhatWasWrong(t *testing.T) {
	s := neo4jtest.Store(t)
	dir := t.TempDir()
	long := filepath.Join(dir, "long.jsonl")
	first := `{"doc":"x.txt","fact":"org","name":"Hội Khuyến học Quận 3","type":"association"}` + "\n"
	huge := `{"doc":"x.txt","fact":"org","name":"` + strings.Repeat("a", 17<<20) + `"}` + "\n"
	if err := os.WriteFile(long, []byte(first+huge), 0o644); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "name.jsonl")
	if err := os.WriteFile(name, []byte(`{"doc":"y.txt","fact":"org","name":"Hội `+strings.Repeat("Khuyến học ", 18000)+`"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l := newLoader(t, s, false)
	sum, err := l.LoadFacts(context.Background(), []string{long, name})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range sum.Errors {
		got[filepath.Base(strings.SplitN(e.File, ":", 2)[0])] = e.Err.Error()
	}
	if !strings.Contains(got["long.jsonl"], "line 2: longer than 16 MB") {
		t.Errorf("long line: %q", got["long.jsonl"])
	}
	if !strings.Contains(got["name.jsonl"], `field "name": 198004 characters, more than the 1000`) {
		t.Errorf("long name: %q", got["name.jsonl"])
	}
	var out strings.Builder
	sum.Stopped = context.Canceled
	sum.PrintSummary(&out)
	if strings.Contains(out.String(), "errors: 0") || !strings.Contains(out.String(), "stopped before the end") {
		t.Errorf("summary of a stopped load:\n%s", out.String())
	}
}

// A batch that failed whole and was written again one document at a time
// is said in the summary: correct, but slow, and otherwise invisible.
func TestSummarySaysRetriedBatches(t *testing.T) {
	for _, tc := range []struct {
		retried int
		want    bool
	}{{0, false}, {2, true}} {
		var out strings.Builder
		loader.Summary{Write: store.WriteStats{Retried: tc.retried}}.PrintSummary(&out)
		if got := strings.Contains(out.String(), fmt.Sprintf("batches: %d failed whole and were written again one document at a time", tc.retried)); got != tc.want {
			t.Errorf("retried %d: summary\n%s", tc.retried, out.String())
		}
	}
}
