package loader_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"hoigraph"
	"hoigraph/internal/neo4jtest"
	"hoigraph/loader"
	"hoigraph/store"
)

// importFacts are documents written for the import test, each saying
// something the merge of several sources must get right: spellings of one
// name (the smallest wins), a body named untyped before it is typed and
// given two areas, one edge stated by three sources with and without dates,
// rules and confidences, evidence with quotes, commas, separators of other
// CSV dialects and a line break, edges with no evidence (lists of one
// empty string), post titles that differ in case only (the first wins),
// areas given several levels, meetings, directives and responsibilities of
// people, a meeting's title with spaces at its ends (kept: neo4j-admin
// trims list elements only). The last document has a date that is no date: both loads must
// list it and leave it out.
var importFacts = []hoigraph.Fact{
	{Doc: "a.txt", Kind: hoigraph.FactHolds, Person: "Nguyễn Văn Hoà", Post: "Chủ tịch", Org: "Hội Nông dân xã Tân Phú", Since: "2020-03", Rule: "holds-title", Confidence: 0.9,
		Evidence: &hoigraph.Evidence{Sentence: `Ông Nguyễn Văn Hoà, "Chủ tịch" Hội Nông dân xã; nhiệm kỳ 2020|2025.`}},
	{Doc: "a.txt", Kind: hoigraph.FactOrg, Name: "Hội Nông dân xã Tân Phú"},
	{Doc: "a.txt", Kind: hoigraph.FactArea, Name: "xã Tân Phú", Level: hoigraph.Commune, Parent: "huyện Đồng Xuân"},
	{Doc: "b.txt", Kind: hoigraph.FactHolds, Person: "Nguyễn Văn Hòa", Post: "chủ tịch", Org: "Hội Nông dân xã Tân Phú", Rule: "holds-apposition", Confidence: 0.75,
		Evidence: &hoigraph.Evidence{Sentence: "Chủ tịch Hội Nông dân xã,\nông Nguyễn Văn Hòa, phát biểu."}},
	{Doc: "b.txt", Kind: hoigraph.FactOrg, Name: "Hội Nông dân xã Tân Phú", Type: hoigraph.SocioPolitical, Area: "xã Tân Phú", Parent: "Hội Nông dân huyện Đồng Xuân"},
	{Doc: "b.txt", Kind: hoigraph.FactArea, Name: "huyện Đồng Xuân", Level: hoigraph.District},
	{Doc: "b.txt", Kind: hoigraph.FactResponsibleFor, Subject: "Ban Dân vận Huyện ủy Đồng Xuân", Object: "Hội Nông dân xã Tân Phú", Relation: "guidance", AsOf: "2023-06-01"},
	{Doc: "c.txt", Kind: hoigraph.FactHolds, Person: "Nguyễn Văn Hoà", Post: "Chủ tịch", Org: "Hội Nông dân xã Tân Phú", Since: "2019-11-02", Until: "2024", Rule: "holds-list", Confidence: 1,
		Evidence: &hoigraph.Evidence{Sentence: "Từ 2019 đến 2024, ông Hoà là Chủ tịch."}},
	{Doc: "c.txt", Kind: hoigraph.FactOrg, Name: "Hội Nông dân xã Tân Phú", Type: hoigraph.Association, Area: "Tân Phú"},
	{Doc: "c.txt", Kind: hoigraph.FactArea, Name: "huyện Đồng Xuân", Level: hoigraph.Province},
	{Doc: "c.txt", Kind: hoigraph.FactResponsibleFor, Subject: "Ban Dân vận Huyện ủy Đồng Xuân", Object: "Hội Nông dân xã Tân Phú", Relation: "guidance", Since: "2022"},
	{Doc: "c.txt", Kind: hoigraph.FactResponsibleFor, Subject: "Trần Thị Mai", SubjectKind: hoigraph.EndpointPerson, Object: "xã Tân Phú", ObjectKind: hoigraph.EndpointArea, Relation: "in_charge_of"},
	{Doc: "c.txt", Kind: hoigraph.FactMeeting, Name: "Hội nghị sơ kết 6 tháng", Date: "2023-07-15", Org: "Hội Nông dân xã Tân Phú", Chair: "Nguyễn Văn Hoà"},
	{Doc: "c.txt", Kind: hoigraph.FactDirective, Code: "17-CT/TW", Name: "Chỉ thị 17", Parent: "Hội nghị sơ kết 6 tháng", Date: "2023-07-15"},
	{Doc: "c.txt", Kind: hoigraph.FactPartOf, Subject: "Chi hội ấp 3", Object: "Hội Nông dân xã Tân Phú"},
	{Doc: "d.txt", Kind: hoigraph.FactPerson, Name: "Trần Thị Mai"},
	{Doc: "d.txt", Kind: hoigraph.FactMeeting, Name: " Hội nghị giao ban quý III ", Date: "2023-10"},
	{Doc: "d.txt", Kind: hoigraph.FactHolds, Person: "Trần Thị Mai", Post: "Phó Chủ tịch", Org: "Hội Nông dân xã Tân Phú", AsOf: "2024-01-05",
		Evidence: &hoigraph.Evidence{Sentence: `Bà Trần Thị Mai, Phó Chủ tịch; "người mới".`}},
	{Doc: "bad.txt", Kind: hoigraph.FactHolds, Person: "Lê Văn Nam", Post: "Chủ tịch", Org: "Hội Cựu chiến binh xã Tân Phú", Since: "2020-13-45"},
}

// writeFacts writes facts as JSON Lines into a file of dir.
func writeFacts(t *testing.T, dir, name string, facts []hoigraph.Fact) string {
	t.Helper()
	var b strings.Builder
	for _, f := range facts {
		line, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// loadAll loads the articles and curated files, then the facts file, and
// returns the summaries; the facts file's bad document is its one error.
func loadAll(t *testing.T, l *loader.Loader, paths []string, facts string) (loader.Summary, loader.Summary) {
	t.Helper()
	ctx := context.Background()
	a, err := l.Load(ctx, paths)
	if err != nil || len(a.Errors) > 0 {
		t.Fatalf("load %v: %v %v", paths, err, a.Errors)
	}
	f, err := l.LoadFacts(ctx, []string{facts})
	if err != nil {
		t.Fatalf("load facts: %v", err)
	}
	if len(f.Errors) != 1 || !strings.Contains(f.Errors[0].Error(), "facts.jsonl: bad.txt") || !strings.Contains(f.Errors[0].Error(), `"since"`) {
		t.Fatalf("load facts: want one error naming bad.txt and its since, got %v", f.Errors)
	}
	return a, f
}

func TestImportBuildsTheSameGraphAsLoad(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	facts := writeFacts(t, dir, "facts.jsonl", importFacts)
	paths := []string{filepath.Join("..", "examples", "articles"), curatedDir}

	// Online, one writer: provenance in input order, as the import appends it.
	online := neo4jtest.Store(t)
	lo := newLoader(t, online, true)
	lo.Writers = 1
	oa, of := loadAll(t, lo, paths, facts)
	want := neo4jtest.Dump(t, online)

	im := store.NewImport()
	li := newLoader(t, nil, true)
	li.Import = im
	li.Writers = 1
	ia, ifa := loadAll(t, li, paths, facts)
	for _, p := range []struct {
		what         string
		online, impt store.WriteStats
	}{{"articles", oa.Write, ia.Write}, {"facts", of.Write, ifa.Write}} {
		on, in := p.online, p.impt
		on.Failed, in.Failed = nil, nil
		if fmt.Sprint(on) != fmt.Sprint(in) {
			t.Errorf("%s: import counts %+v, load %+v", p.what, in, on)
		}
	}

	home := filepath.Join(dir, "home")
	writeConf(t, home)
	if err := store.CheckImportTarget(home, false); err != nil {
		t.Fatalf("a new home: %v", err)
	}
	files, err := im.WriteImport(filepath.Join(dir, "csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !files.Multiline || len(files.Fixes) == 0 {
		t.Errorf("the corpus has a line break and official units without aliases (empty lists): %+v", files)
	}
	logFile, err := os.Create(filepath.Join(dir, "neo4j-admin.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	if _, err := store.AdminImport(ctx, home, neo4jLib(t), files, logFile); err != nil {
		b, _ := os.ReadFile(logFile.Name())
		t.Fatalf("%v\n%s", err, b)
	}

	imported, stop := startNeo4j(t, home)
	if err := store.CheckImportTarget(home, true); err == nil || !strings.Contains(err.Error(), "running") {
		t.Errorf("import into a running server: want a refusal naming it, got %v", err)
	}
	if err := imported.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	got := neo4jtest.Dump(t, imported)
	if !slices.Equal(want, got) {
		t.Fatalf("the imported graph differs from the loaded one (- load, + import):\n%s", diff(want, got))
	}

	// An online re-load of the same files finds every source loaded.
	lr := newLoader(t, imported, true)
	ra, rf := loadAll(t, lr, paths, facts)
	for _, w := range []store.WriteStats{ra.Write, rf.Write} {
		if w.Documents != 0 || w.NodesCreated != 0 || w.RelationshipsCreated != 0 || w.NodesDeleted != 0 || w.RelationshipsDeleted != 0 {
			t.Errorf("re-load after import wrote: %+v", w)
		}
	}
	if ra.Write.Unchanged != oa.Write.Documents || rf.Write.Unchanged != of.Write.Documents {
		t.Errorf("re-load: %d and %d unchanged, want %d and %d", ra.Write.Unchanged, rf.Write.Unchanged, oa.Write.Documents, of.Write.Documents)
	}
	if after := neo4jtest.Dump(t, imported); !slices.Equal(got, after) {
		t.Errorf("re-load after import changed the graph:\n%s", diff(got, after))
	}
	stop()
	if err := store.CheckImportTarget(home, false); err == nil || !strings.Contains(err.Error(), "holds a database already") {
		t.Errorf("import into a home with a database: want a refusal naming it, got %v", err)
	}
}

// TestImportRefusesWhatItCannotWrite: a document holding the import's
// separator, or evidence ending in a space, fails, named, and the others
// are imported.
func TestImportRefusesWhatItCannotWrite(t *testing.T) {
	dir := t.TempDir()
	facts := writeFacts(t, dir, "sep.jsonl", []hoigraph.Fact{
		{Doc: "ok.txt", Kind: hoigraph.FactOrg, Name: "Hội Chữ thập đỏ xã Tân Phú", Type: hoigraph.Association},
		{Doc: "sep.txt", Kind: hoigraph.FactHolds, Person: "Lê Văn Nam", Post: "Chủ tịch", Org: "Hội Cựu chiến binh xã Tân Phú",
			Evidence: &hoigraph.Evidence{Sentence: "Chủ tịch\x1fLê Văn Nam"}},
		{Doc: "space.txt", Kind: hoigraph.FactHolds, Person: "Lê Văn Nam", Post: "Chủ tịch", Org: "Hội Cựu chiến binh xã Tân Phú",
			Evidence: &hoigraph.Evidence{Sentence: "Chủ tịch Lê Văn Nam "}},
	})
	im := store.NewImport()
	l := newLoader(t, nil, false)
	l.Import = im
	sum, err := l.LoadFacts(context.Background(), []string{facts})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Errors) != 2 || !strings.Contains(sum.Errors[0].Error(), "sep.jsonl: sep.txt") || !strings.Contains(sum.Errors[0].Error(), "U+001F") ||
		!strings.Contains(sum.Errors[1].Error(), "sep.jsonl: space.txt") || !strings.Contains(sum.Errors[1].Error(), "white space") {
		t.Fatalf("want errors naming sep.txt and its separator, space.txt and its space, got %v", sum.Errors)
	}
	if sum.Write.Documents != 1 {
		t.Errorf("documents imported: %d, want 1", sum.Write.Documents)
	}
	if err := store.CheckImportTarget(filepath.Join(dir, "nohome"), false); err == nil || !strings.Contains(err.Error(), "no Neo4j home") {
		t.Errorf("a folder that is no Neo4j home: %v", err)
	}
}

// writeConf writes the least neo4j.conf neo4j-admin needs; neo4j.sh run
// writes its own at the start.
func writeConf(t *testing.T, home string) {
	t.Helper()
	for _, d := range []string{"conf", "data", "logs", "run"} {
		if err := os.MkdirAll(filepath.Join(home, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	conf := fmt.Sprintf("server.directories.data=%s/data\nserver.directories.logs=%s/logs\nserver.directories.run=%s/run\n", home, home, home)
	if err := os.WriteFile(filepath.Join(home, "conf", "neo4j.conf"), []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
}

// neo4jLib is where scripts/neo4j/neo4j.sh keeps the jars.
func neo4jLib(t *testing.T) string {
	t.Helper()
	cache := os.Getenv("HOIGRAPH_CACHE")
	if cache == "" {
		cache = filepath.Join("..", ".cache")
	}
	lib, err := filepath.Abs(filepath.Join(cache, "neo4j-5.26.30", "lib"))
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// startNeo4j runs a server on home with scripts/neo4j/neo4j.sh run, on a
// free port, and opens it; stop (also run at cleanup) stops it.
func startNeo4j(t *testing.T, home string) (*store.Store, func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	const password = "import-test-password"
	log, err := os.Create(filepath.Join(filepath.Dir(home), "neo4j.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join("..", "scripts", "neo4j", "neo4j.sh"), "run", home, fmt.Sprint(port))
	cmd.Env = append(os.Environ(), "NEO4J_PASSWORD="+password, "NEO4J_HEAP=512m", "NEO4J_PAGECACHE=128m")
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		log.Close()
	}
	t.Cleanup(stop)
	cfg := store.Config{URI: fmt.Sprintf("bolt://127.0.0.1:%d", port), User: "neo4j", Password: password}
	deadline := time.Now().Add(3 * time.Minute)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		s, err := store.Open(ctx, cfg)
		cancel()
		if err == nil {
			t.Cleanup(func() { s.Close(context.Background()) })
			return s, stop
		}
		if time.Now().After(deadline) || cmd.ProcessState != nil {
			b, _ := os.ReadFile(log.Name())
			t.Fatalf("neo4j on the imported home did not answer: %v\n%s", err, b)
		}
		time.Sleep(time.Second)
	}
}
