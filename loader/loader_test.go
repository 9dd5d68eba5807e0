package loader_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"hoigraph/gazetteer"
	"hoigraph/internal/neo4jtest"
	"hoigraph/loader"
	"hoigraph/loader/extract"
	"hoigraph/store"
	"hoigraph/vntext"
)

var (
	corpus     = filepath.Join("..", "..", "shared", "corpus")
	curatedDir = filepath.Join("..", "examples", "curated")
)

// childEnv names the folder a child process loads (see TestMain): the
// interrupted-load test kills that process in the middle of its work.
const childEnv = "HOIGRAPH_TEST_LOAD_CHILD"

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		os.Exit(childLoad(dir))
	}
	if dir := os.Getenv(walkChildEnv); dir != "" {
		os.Exit(childWalk(dir))
	}
	os.Exit(m.Run())
}

func childLoad(dir string) int {
	ctx := context.Background()
	s, err := store.Open(ctx, store.Config{URI: os.Getenv("NEO4J_URI"), User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	l := &loader.Loader{Store: s, Extractor: x, Batch: 3, Workers: 1}
	if _, err := l.Load(ctx, []string{dir}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

var gaz = sync.OnceValues(func() (*gazetteer.Gazetteer, error) { return gazetteer.Open("") })

// newLoader is a loader with the real extractor, and the real gazetteer
// when withGazetteer.
func newLoader(t *testing.T, s *store.Store, withGazetteer bool) *loader.Loader {
	t.Helper()
	var g *gazetteer.Gazetteer
	if withGazetteer {
		var err error
		if g, err = gaz(); err != nil {
			t.Fatal(err)
		}
	}
	x, err := extract.New(extract.Options{Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	return &loader.Loader{Store: s, Extractor: x, Gazetteer: g, Batch: 4}
}

func load(t *testing.T, l *loader.Loader, paths ...string) loader.Summary {
	t.Helper()
	sum, err := l.Load(context.Background(), paths)
	if err != nil {
		t.Fatalf("load %v: %v", paths, err)
	}
	if len(sum.Errors) > 0 {
		t.Fatalf("load %v: %v", paths, sum.Errors)
	}
	return sum
}

// edgeLine matches a dumped relationship: from, type, properties, to.
var edgeLine = regexp.MustCompile(`^\((.*)\)-\[([A-Z_]+) (\{.*\})\]->\((.*)\)$`)

// rels returns the dumped relationships of a type between two ids.
func rels(d []string, typ, from, to string) []string {
	var out []string
	for _, l := range d {
		if m := edgeLine.FindStringSubmatch(l); m != nil && m[2] == typ && m[1] == from && m[4] == to {
			out = append(out, m[3])
		}
	}
	return out
}

func diff(want, got []string) string {
	var b strings.Builder
	for _, l := range want {
		if !slices.Contains(got, l) {
			fmt.Fprintf(&b, "- %.300s\n", l)
		}
	}
	for _, l := range got {
		if !slices.Contains(want, l) {
			fmt.Fprintf(&b, "+ %.300s\n", l)
		}
	}
	return b.String()
}

func org(name string) string { return vntext.ID("org", name) }

func TestLoadCorpusBuildsTheGraph(t *testing.T) {
	s := neo4jtest.Store(t)
	l := newLoader(t, s, true)
	sum := load(t, l, corpus)
	if sum.Files != 5 || sum.Write.Documents != 5 || sum.Facts == 0 || sum.Areas < 14000 {
		t.Fatalf("summary %+v", sum)
	}
	d := neo4jtest.Dump(t, s)
	q3 := "003_1b627a1c06cf87ba.txt"
	q3ID := l.SourceID(filepath.Join(corpus, q3))
	for _, tc := range []struct {
		typ, from, to string
		want          []string // substrings of the relationship's properties
	}{
		{"RESPONSIBLE_FOR", org("Ban Tuyên giáo Quận ủy Quận 3"), org("Hội Khuyến học Quận 3"),
			[]string{q3ID, "Ban Tuyên giáo Quận ủy phụ trách Hội khuyến học", `"kind":"political_leadership"`}},
		{"RESPONSIBLE_FOR", org("Ban Dân vận Quận ủy Quận 3"), org("Hội Chữ thập đỏ Quận 3"), []string{q3ID}},
		{"LOCATED_IN", org("Hội Khuyến học Quận 3"), "area:2024:770", []string{q3ID}},
		{"OF", store.PostID(org("Ban Dân vận Quận ủy Quận 3"), "Trưởng ban"), org("Ban Dân vận Quận ủy Quận 3"), []string{q3ID}},
		{"PART_OF", "area:2024:770", "area:2024:79", nil},
		{"MENTIONED_IN", org("Hội Khuyến học Quận 3"), q3ID, nil},
	} {
		got := rels(d, tc.typ, tc.from, tc.to)
		if len(got) != 1 {
			t.Errorf("%s -[%s]-> %s: %d relationships, want 1", tc.from, tc.typ, tc.to, len(got))
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(got[0], w) {
				t.Errorf("%s -[%s]-> %s: %s lacks %q", tc.from, tc.typ, tc.to, got[0], w)
			}
		}
	}
	// The Source node keeps what provenance needs.
	for _, w := range []string{`"file":"` + q3 + `"`, `"hash":"`, `"kind":"article"`, `"date":"2024-03-29"`} {
		if !slices.ContainsFunc(d, func(l string) bool {
			return strings.HasPrefix(l, "(Source ") && strings.Contains(l, q3) && strings.Contains(l, w)
		}) {
			t.Errorf("Source of %s lacks %s", q3, w)
		}
	}
}

// Every holds and responsible_for fact the extractor gives becomes an edge
// that names the fact's document among its sources.
func TestEveryStatementHasItsSource(t *testing.T) {
	s := neo4jtest.Store(t)
	l := newLoader(t, s, true)
	load(t, l, corpus)
	d := neo4jtest.Dump(t, s)
	files, _ := filepath.Glob(filepath.Join(corpus, "*.txt"))
	r := &loader.Resolver{Gazetteer: l.Gazetteer}
	n := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := l.Extractor.Extract(f, raw)
		if err != nil {
			t.Fatal(err)
		}
		src := l.SourceID(f)
		for _, fact := range doc.Facts {
			var typ, from, to string
			switch fact.Kind {
			case "responsible_for":
				if fact.SubjectKind == "person" || fact.ObjectKind == "area" {
					continue
				}
				typ, from, to = "RESPONSIBLE_FOR", r.Org(&doc, fact.Subject).ID, r.Org(&doc, fact.Object).ID
			case "holds":
				typ, from, to = "HOLDS", r.Person(&doc, fact.Person).ID, store.PostID(r.Org(&doc, fact.Org).ID, fact.Post)
			default:
				continue
			}
			n++
			got := rels(d, typ, from, to)
			if len(got) != 1 || !strings.Contains(got[0], src) {
				t.Errorf("%s: %s %s -> %s: %v, want one edge with source %s", doc.Source.File, typ, from, to, got, src)
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d statements checked", n)
	}
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	s := neo4jtest.Store(t)
	l := newLoader(t, s, true)
	first := load(t, l, corpus, curatedDir, filepath.Join("..", "examples", "articles"))
	before := neo4jtest.Dump(t, s)
	second := load(t, l, corpus, curatedDir, filepath.Join("..", "examples", "articles"))
	if second.Write.Unchanged != first.Write.Documents || second.Write.Documents != 0 ||
		second.Write.NodesCreated != 0 || second.Write.RelationshipsCreated != 0 {
		t.Errorf("second load %+v, want every document unchanged", second.Write)
	}
	if second.Facts != 0 {
		t.Errorf("second load extracted %d facts; unchanged files need not be read again", second.Facts)
	}
	if after := neo4jtest.Dump(t, s); !slices.Equal(before, after) {
		t.Errorf("graph changed on reload:\n%s", diff(before, after))
	}
}

// copyCorpus copies the five articles into a temporary folder the test may
// change.
func copyCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(corpus, "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReloadingAChangedArticleReplacesIt(t *testing.T) {
	s := neo4jtest.Store(t)
	dir := copyCorpus(t)
	l := newLoader(t, s, true)
	load(t, l, dir, curatedDir)
	q3 := filepath.Join(dir, "003_1b627a1c06cf87ba.txt")
	raw, _ := os.ReadFile(q3)
	// The editor removes the assignment paragraph: the Tuyên giáo board no
	// longer oversees the Khuyến học association, per this article.
	i := bytes.Index(raw, []byte("Dịp này, Quận ủy Quận 3 cũng thống nhất"))
	j := bytes.Index(raw[i:], []byte("\n"))
	if i < 0 || j < 0 {
		t.Fatal("the assignment paragraph is not in the article any more")
	}
	changed := append(append([]byte{}, raw[:i]...), raw[i+j:]...)
	if err := os.WriteFile(q3, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := load(t, l, dir, curatedDir)
	if sum.Write.Replaced != 1 || sum.Write.Unchanged != 6 || sum.Write.RelationshipsDeleted == 0 {
		t.Errorf("reload %+v: want one article replaced, the rest unchanged", sum.Write)
	}
	got := neo4jtest.Dump(t, s)
	for _, l := range got {
		if strings.Contains(l, "Ban Tuyên giáo Quận ủy phụ trách Hội khuyến học") {
			t.Errorf("stale statement survives: %.300s", l)
		}
	}
	// The curated table still says the board oversees the association.
	rf := rels(got, "RESPONSIBLE_FOR", org("Ban Tuyên giáo Quận ủy Quận 3"), org("Hội Khuyến học Quận 3"))
	if len(rf) != 1 || strings.Contains(rf[0], l.SourceID(q3)) ||
		!strings.Contains(rf[0], l.SourceID(filepath.Join(curatedDir, "phan-cong-phu-trach-quan-3.csv"))) {
		t.Errorf("Tuyên giáo -> Khuyến học: %v, want one edge sourced by the curated table alone", rf)
	}
	clean := neo4jtest.Store(t)
	load(t, newLoader(t, clean, true), dir, curatedDir)
	if want := neo4jtest.Dump(t, clean); !slices.Equal(store.SortProvenance(got), store.SortProvenance(want)) {
		t.Errorf("replaced graph differs from a clean load of the same files:\n%s", diff(store.SortProvenance(want), store.SortProvenance(got)))
	}
}

// many writes n distinct articles (the corpus under new names, each with
// its own first line) so that a load takes long enough to interrupt.
func many(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	var srcs [][]byte
	files, _ := filepath.Glob(filepath.Join(corpus, "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, raw)
	}
	if len(srcs) == 0 {
		t.Fatal("no sample articles")
	}
	for i := 0; i < n; i++ {
		raw := append([]byte(fmt.Sprintf("Bản %d\n\n", i)), srcs[i%len(srcs)]...)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// mentions counts, per source id, the nodes MENTIONED_IN it.
func mentions(d []string) map[string]int {
	out := map[string]int{}
	for _, l := range d {
		if m := edgeLine.FindStringSubmatch(l); m != nil && m[2] == "MENTIONED_IN" {
			out[m[4]]++
		}
	}
	return out
}

func TestInterruptedLoadLeavesNoHalfArticleAndConverges(t *testing.T) {
	s := neo4jtest.Store(t)
	dir := many(t, 300)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	child := exec.Command(exe)
	child.Env = append(os.Environ(), childEnv+"="+dir)
	var stderr bytes.Buffer
	child.Stderr = &stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill the loader once some articles are in, well before the end.
	ctx := context.Background()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		c, err := s.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if c.Nodes > 50 {
			break
		}
		if time.Now().After(deadline) {
			child.Process.Kill()
			t.Fatalf("the child loaded nothing in 2 minutes: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	partial := neo4jtest.Dump(t, s)
	partialMentions := mentions(partial)
	if n := len(partialMentions); n == 0 || n >= 300 {
		t.Fatalf("%d articles loaded when the loader was killed; want some but not all", n)
	}

	// Re-running completes the load.
	l := newLoader(t, s, false)
	l.Batch = 3
	sum := load(t, l, dir)
	if sum.Write.Unchanged == 0 {
		t.Errorf("the re-run wrote everything again: %+v", sum.Write)
	}
	converged := neo4jtest.Dump(t, s)

	clean := neo4jtest.Store(t)
	cl := newLoader(t, clean, false)
	cl.Batch = 3
	load(t, cl, dir)
	want := neo4jtest.Dump(t, clean)
	// No half article: every source the killed load committed is named by
	// as many nodes as in a complete load.
	complete := mentions(want)
	for src, n := range partialMentions {
		if complete[src] != n {
			t.Errorf("source %s: %d nodes mention it after the kill, %d after a complete load", src, n, complete[src])
		}
	}
	// Two writers commit batches in either order, so an edge's aligned
	// provenance entries may come in another order: the same statements.
	if !slices.Equal(store.SortProvenance(converged), store.SortProvenance(want)) {
		t.Errorf("interrupted then re-run differs from a clean load:\n%s", diff(store.SortProvenance(want), store.SortProvenance(converged)))
	}
}

func TestCuratedFiles(t *testing.T) {
	s := neo4jtest.Store(t)
	l := newLoader(t, s, false)
	load(t, l, curatedDir)
	good := neo4jtest.Dump(t, s)
	if r := rels(good, "RESPONSIBLE_FOR", org("Ban Tổ chức Quận ủy Quận 3"), org("Hội Luật gia Quận 3")); len(r) != 1 ||
		!strings.Contains(r[0], `"until":"2023-06"`) || !strings.Contains(r[0], "phan-cong-phu-trach-quan-3.csv, line 9: Quyết định 45-QĐ/QU") {
		t.Errorf("Ban Tổ chức -> Hội Luật gia: %v", r)
	}

	bad := t.TempDir()
	body := "overseer,object,since\nBan Dân vận Quận ủy Quận 3,Hội Nạn nhân chất độc da cam Quận 3,2021\nBan Dân vận Quận ủy Quận 3,Hội Người mù Quận 3,năm 2021\n"
	if err := os.WriteFile(filepath.Join(bad, "bad.csv"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := l.Load(context.Background(), []string{curatedDir, bad})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Errors) != 1 || !strings.Contains(sum.Errors[0].Error(), `bad.csv: line 3: field "since"`) {
		t.Fatalf("errors %v, want one naming bad.csv, line 3 and field since", sum.Errors)
	}
	if after := neo4jtest.Dump(t, s); !slices.Equal(good, after) {
		t.Errorf("a row of the bad file was written:\n%s", diff(good, after))
	}
}

func TestGazetteerAreas(t *testing.T) {
	s := neo4jtest.Store(t)
	g, err := gaz()
	if err != nil {
		t.Fatal(err)
	}
	l := newLoader(t, s, true)
	sum := load(t, l, filepath.Join(curatedDir, "nhan-su-quan-3.yaml"))
	d := neo4jtest.Dump(t, s)
	var areas, partOf, succeeded int
	eras := map[string]int{}
	for _, line := range d {
		if strings.HasPrefix(line, "(Area ") {
			areas++
			for _, e := range []string{gazetteer.EraBefore2025, gazetteer.EraFrom2025} {
				for _, level := range []string{"province", "district", "commune"} {
					if strings.Contains(line, `"era":"`+e+`"`) && strings.Contains(line, `"level":"`+level+`"`) {
						eras[e+" "+level]++
					}
				}
			}
		}
		if m := edgeLine.FindStringSubmatch(line); m != nil && m[2] == "PART_OF" && strings.HasPrefix(m[1], "area:") {
			partOf++
		}
		if m := edgeLine.FindStringSubmatch(line); m != nil && m[2] == "SUCCEEDED_BY" {
			succeeded++
		}
	}
	// The official counts of both eras (vietnamadminunits 1.0.4), and one
	// SUCCEEDED_BY edge per link of the mapping.
	for k, n := range map[string]int{
		gazetteer.EraBefore2025 + " province": 63, gazetteer.EraBefore2025 + " district": 696, gazetteer.EraBefore2025 + " commune": 10035,
		gazetteer.EraFrom2025 + " province": 34, gazetteer.EraFrom2025 + " commune": 3321,
	} {
		if eras[k] != n {
			t.Errorf("%s: %d Area nodes, want %d", k, eras[k], n)
		}
	}
	if succeeded != len(g.Links()) || succeeded < 10600 {
		t.Errorf("%d SUCCEEDED_BY edges, the mapping has %d links", succeeded, len(g.Links()))
	}
	// Phường Phú Cường (Bình Dương) went whole into phường Thủ Dầu Một;
	// Hiệp Thành only in part.
	if r := rels(d, "SUCCEEDED_BY", "area:2024:25747", "area:2025:25747"); len(r) != 1 || !strings.Contains(r[0], `"whole":true`) {
		t.Errorf("Phú Cường → Thủ Dầu Một: %v", r)
	}
	// Loading again changes nothing.
	load(t, l, filepath.Join(curatedDir, "nhan-su-quan-3.yaml"))
	if again := neo4jtest.Dump(t, s); !slices.Equal(d, again) {
		t.Errorf("a second load changed the graph:\n%s", diff(d, again))
	}
	withParent := 0
	for _, u := range g.Units() {
		if u.ParentCode != "" {
			withParent++
		}
	}
	if areas != len(g.Units()) || sum.Areas != areas {
		t.Errorf("%d Area nodes, summary says %d, the gazetteer has %d units", areas, sum.Areas, len(g.Units()))
	}
	if partOf != withParent {
		t.Errorf("%d PART_OF between areas, want %d", partOf, withParent)
	}
	for _, tc := range []struct{ from, to string }{
		{"area:2024:18079", "area:2024:436"}, // Phường Tân Giang → Thành phố Hà Tĩnh
		{"area:2024:436", "area:2024:42"},    // → Tỉnh Hà Tĩnh
		{"area:2024:770", "area:2024:79"},    // Quận 3 → Thành phố Hồ Chí Minh
	} {
		if len(rels(d, "PART_OF", tc.from, tc.to)) != 1 {
			t.Errorf("no %s PART_OF %s", tc.from, tc.to)
		}
	}
	// After July 2025 communes lie in provinces directly.
	for _, u := range g.Units() {
		if u.Era == gazetteer.EraFrom2025 && u.Level == "commune" {
			p, _ := g.Parent(u)
			if len(rels(d, "PART_OF", u.ID(), p.ID())) != 1 || p.Level != "province" {
				t.Errorf("%s %s is not PART_OF its province", u.ID(), u.Name)
			}
			break
		}
	}
	for _, w := range []string{`"code":"770"`, `"validUntil":"2025-06-30"`, `"level":"district"`, `"kind":"Quận"`} {
		if !slices.ContainsFunc(d, func(l string) bool { return strings.Contains(l, `"id":"area:2024:770"`) && strings.Contains(l, w) }) {
			t.Errorf("Quận 3 lacks %s", w)
		}
	}
	if !slices.ContainsFunc(d, func(l string) bool {
		return strings.Contains(l, `"id":"area:2025:79"`) && strings.Contains(l, `"validFrom":"2025-07-01"`)
	}) {
		t.Error("the city after July 2025 lacks validFrom")
	}
	// The curated bodies lie in the official Quận 3, not in a copy.
	if len(rels(d, "LOCATED_IN", org("Hội Khuyến học Quận 3"), "area:2024:770")) != 1 {
		t.Error("Hội Khuyến học Quận 3 is not LOCATED_IN the official Quận 3")
	}
}

func TestFactsFile(t *testing.T) {
	s := neo4jtest.Store(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "facts.jsonl")
	lines := `{"doc":"x.txt","fact":"org","name":"Hội Khuyến học Quận 3","type":"association","area":"Quận 3"}
{"doc":"x.txt","fact":"responsible_for","subject":"Ban Tuyên giáo Quận ủy Quận 3","object":"Hội Khuyến học Quận 3","evidence":{"sentence":"Ban Tuyên giáo phụ trách Hội Khuyến học.","start":0,"end":10}}
{"doc":"y.txt","fact":"org","name":"Hội Luật gia Quận 3","type":"association"}
`
	if err := os.WriteFile(good, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	l := newLoader(t, s, false)
	sum, err := l.LoadFacts(context.Background(), []string{good})
	if err != nil || len(sum.Errors) != 0 || sum.Write.Documents != 2 || sum.Facts != 3 {
		t.Fatalf("load facts: %v %+v", err, sum)
	}
	d := neo4jtest.Dump(t, s)
	if r := rels(d, "RESPONSIBLE_FOR", org("Ban Tuyên giáo Quận ủy Quận 3"), org("Hội Khuyến học Quận 3")); len(r) != 1 || !strings.Contains(r[0], store.SourceID("x.txt")) {
		t.Errorf("edge from the facts file: %v", r)
	}

	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"doc":"z.txt","fact":"org","name":"Hội Người mù Quận 3"}`+"\n{\"doc\": \"z.txt\", \"fact\": \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err = l.LoadFacts(context.Background(), []string{bad})
	if err != nil || len(sum.Errors) != 1 || !strings.Contains(sum.Errors[0].Error(), "bad.jsonl: line 2") {
		t.Fatalf("bad facts file: %v %v", err, sum.Errors)
	}
	if after := neo4jtest.Dump(t, s); !slices.Equal(d, after) {
		t.Errorf("part of the bad facts file was written:\n%s", diff(d, after))
	}
}

func TestDryRunWritesNothing(t *testing.T) {
	s := neo4jtest.Store(t)
	l := newLoader(t, s, true)
	l.DryRun = true
	var out bytes.Buffer
	sum := load(t, l, corpus, curatedDir)
	sum.Print(&out)
	c, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes != 0 || sum.Facts == 0 || sum.Files != 7 {
		t.Errorf("dry run: %+v nodes, summary %+v", c, sum)
	}
	if !strings.Contains(out.String(), "dry run: nothing written") || !strings.Contains(out.String(), fmt.Sprintf("%d facts", sum.Facts)) {
		t.Errorf("summary:\n%s", out.String())
	}
}

func TestBadArticleIsListedAndTheOthersLoad(t *testing.T) {
	s := neo4jtest.Store(t)
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(corpus, "003_1b627a1c06cf87ba.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for name, raw := range map[string][]byte{
		"good.txt":   good,
		"binary.txt": {0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00, 0x10, 0x89, 'P', 'N', 'G'},
		"empty.txt":  {},
		"notes.pdf":  []byte("%PDF-1.4"), // not a loadable extension: ignored in a folder
	} {
		if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := newLoader(t, s, false).Load(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var bad []string
	for _, e := range sum.Errors {
		bad = append(bad, filepath.Base(e.File))
	}
	slices.Sort(bad)
	if !slices.Equal(bad, []string{"binary.txt", "empty.txt"}) || sum.Write.Documents != 1 {
		t.Errorf("errors %v, %d documents written; want binary.txt and empty.txt listed and good.txt written", sum.Errors, sum.Write.Documents)
	}
	var out bytes.Buffer
	sum.Print(&out)
	if !strings.Contains(out.String(), "errors: 2") || !strings.Contains(out.String(), "binary.txt") {
		t.Errorf("summary does not list the bad files:\n%s", out.String())
	}
}
