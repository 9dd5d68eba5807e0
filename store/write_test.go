package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"hoigraph"
	"hoigraph/internal/neo4jtest"
	"hoigraph/store"
	"hoigraph/vntext"
)

// Fixture names: one district's bodies, as the gold files of ../shared/eval
// name them.
const (
	btg   = "Ban Tuyên giáo Quận ủy Quận 3"
	bdv   = "Ban Dân vận Quận ủy Quận 3"
	hkh   = "Hội Khuyến học Quận 3"
	hctd  = "Hội Chữ thập đỏ Quận 3"
	quy   = "Quận ủy Quận 3"
	huong = "Trần Thị Hường"
)

func ev(s string) *hoigraph.Evidence { return &hoigraph.Evidence{Sentence: s, End: len(s)} }

func org(name string, t hoigraph.OrgType) hoigraph.Fact {
	return hoigraph.Fact{Kind: hoigraph.FactOrg, Name: name, Type: t, Area: "Quận 3", Evidence: ev(name + " được nhắc.")}
}

func resp(subject, object, sentence string) hoigraph.Fact {
	return hoigraph.Fact{Kind: hoigraph.FactResponsibleFor, Subject: subject, Object: object, Evidence: ev(sentence)}
}

func holds(person, post, org string) hoigraph.Fact {
	return hoigraph.Fact{Kind: hoigraph.FactHolds, Person: person, Post: post, Org: org, Evidence: ev(person + ", " + post + " " + org)}
}

func doc(file, hash string, facts ...hoigraph.Fact) hoigraph.Document {
	for i := range facts {
		facts[i].Doc = file
	}
	return hoigraph.Document{
		Source: hoigraph.Source{File: file, Title: "Bài " + file, Date: "2021-04-21", Publisher: "Thanhuytphcm.vn", Hash: hash, Kind: "article"},
		Facts:  facts,
	}
}

// articleA says who oversees the association and who heads the board.
func articleA(hash string) hoigraph.Document {
	return doc("a.txt", hash,
		org(btg, hoigraph.PartyBoard), org(bdv, hoigraph.PartyBoard), org(hkh, hoigraph.Association), org(quy, hoigraph.PartyCommittee),
		holds(huong, "Trưởng ban", bdv),
		resp(btg, hkh, "Ban Tuyên giáo Quận ủy phụ trách Hội Khuyến học quận."),
	)
}

// articleB repeats one statement of A in other words and adds another.
func articleB() hoigraph.Document {
	return doc("b.txt", "hash-b",
		org(btg, hoigraph.PartyBoard), org(bdv, hoigraph.PartyBoard), org(hkh, hoigraph.Association), org(hctd, hoigraph.Association),
		resp(btg, hkh, "Hội Khuyến học do Ban Tuyên giáo phụ trách."),
		resp(bdv, hctd, "Ban Dân vận phụ trách Hội Chữ thập đỏ."),
	)
}

type edge struct {
	Type, From, To string
	Props          map[string]any
}

var edgeLine = regexp.MustCompile(`^\((.*)\)-\[([A-Z_]+) (\{.*\})\]->\((.*)\)$`)

// edges parses the relationships of a dump.
func edges(t *testing.T, dump []string) []edge {
	t.Helper()
	var out []edge
	for _, l := range dump {
		m := edgeLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		e := edge{Type: m[2], From: m[1], To: m[4]}
		if err := json.Unmarshal([]byte(m[3]), &e.Props); err != nil {
			t.Fatalf("dump line %q: %v", l, err)
		}
		out = append(out, e)
	}
	return out
}

func find(es []edge, typ, from, to string) []edge {
	var out []edge
	for _, e := range es {
		if e.Type == typ && e.From == from && e.To == to {
			out = append(out, e)
		}
	}
	return out
}

func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, len(l))
	for i, x := range l {
		out[i], _ = x.(string)
	}
	return out
}

func write(t *testing.T, s *store.Store, docs ...hoigraph.Document) store.WriteStats {
	t.Helper()
	st, err := s.WriteDocuments(context.Background(), docs)
	if err != nil {
		t.Fatalf("write: %v", err)
	}
	return st
}

func oid(name string) string { return vntext.ID("org", name) }

func TestWriteDocumentsKeepsProvenance(t *testing.T) {
	s := neo4jtest.Store(t)
	st := write(t, s, articleA("hash-a"))
	if st.Documents != 1 || st.Facts != 6 || st.NodesCreated == 0 || st.RelationshipsCreated == 0 {
		t.Fatalf("stats %+v", st)
	}
	es := edges(t, neo4jtest.Dump(t, s))
	rf := find(es, "RESPONSIBLE_FOR", oid(btg), oid(hkh))
	if len(rf) != 1 {
		t.Fatalf("RESPONSIBLE_FOR %s -> %s: %d edges, want 1", btg, hkh, len(rf))
	}
	if got := strs(rf[0].Props["sources"]); !slices.Equal(got, []string{store.SourceID("a.txt")}) {
		t.Errorf("sources %v", got)
	}
	if got := strs(rf[0].Props["evidence"]); len(got) != 1 || !strings.Contains(got[0], "phụ trách Hội Khuyến học") {
		t.Errorf("evidence %v", got)
	}
	if rf[0].Props["asOf"] != "2021-04-21" {
		t.Errorf("asOf %v, want the article's date", rf[0].Props["asOf"])
	}
	post := store.PostID(oid(bdv), "Trưởng ban")
	if len(find(es, "OF", post, oid(bdv))) != 1 {
		t.Errorf("no OF edge from %s", post)
	}
	var held []edge
	for _, e := range es {
		if e.Type == "HOLDS" && e.To == post {
			held = append(held, e)
		}
	}
	if len(held) != 1 || !strings.HasPrefix(held[0].From, "person:tran-thi-huong") {
		t.Errorf("HOLDS to %s: %+v", post, held)
	}
	if len(find(es, "LOCATED_IN", oid(hkh), vntext.ID("area", "Quận 3"))) != 1 {
		t.Errorf("%s is not LOCATED_IN Quận 3", hkh)
	}
	if len(find(es, "MENTIONED_IN", oid(hkh), store.SourceID("a.txt"))) != 1 {
		t.Errorf("%s is not MENTIONED_IN a.txt", hkh)
	}
}

func TestWriteDocumentsIsIdempotent(t *testing.T) {
	s := neo4jtest.Store(t)
	write(t, s, articleA("hash-a"), articleB())
	first := neo4jtest.Dump(t, s)
	st := write(t, s, articleA("hash-a"), articleB())
	if st.Unchanged != 2 || st.Documents != 0 || st.NodesCreated != 0 || st.RelationshipsCreated != 0 {
		t.Errorf("second write: %+v, want both documents unchanged and nothing created", st)
	}
	if second := neo4jtest.Dump(t, s); !slices.Equal(first, second) {
		t.Errorf("graph changed on reload:\nfirst  %d lines\nsecond %d lines\n%s", len(first), len(second), diff(first, second))
	}
}

func TestTwoSourcesMakeOneEdge(t *testing.T) {
	for _, tc := range []struct {
		name  string
		write func(t *testing.T, s *store.Store) store.WriteStats
	}{
		{"one batch", func(t *testing.T, s *store.Store) store.WriteStats {
			return write(t, s, articleA("hash-a"), articleB())
		}},
		{"two batches", func(t *testing.T, s *store.Store) store.WriteStats {
			st := write(t, s, articleA("hash-a"))
			st.Add(write(t, s, articleB()))
			return st
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := neo4jtest.Store(t)
			// The batch of two documents must go in as one transaction: a
			// merged row whose aligned lists disagree in length fails, and
			// the fallback then writes the same graph one document at a
			// time, which only this count tells apart.
			if st := tc.write(t, s); st.Retried != 0 {
				t.Errorf("%d batches were written again one document at a time, want 0", st.Retried)
			}
			rf := find(edges(t, neo4jtest.Dump(t, s)), "RESPONSIBLE_FOR", oid(btg), oid(hkh))
			if len(rf) != 1 {
				t.Fatalf("%d edges, want 1", len(rf))
			}
			want := []string{store.SourceID("a.txt"), store.SourceID("b.txt")}
			if got := strs(rf[0].Props["sources"]); !slices.Equal(got, want) {
				t.Errorf("sources %v, want %v", got, want)
			}
			ev := strs(rf[0].Props["evidence"])
			if len(ev) != 2 || !strings.HasPrefix(ev[1], "Hội Khuyến học do") {
				t.Errorf("evidence %v is not aligned with sources", ev)
			}
			for _, f := range []string{"sinces", "untils", "rules", "confidences"} {
				if l, _ := rf[0].Props[f].([]any); len(l) != len(want) {
					t.Errorf("%s %v is not aligned with sources %v", f, rf[0].Props[f], want)
				}
			}
		})
	}
}

func TestChangedSourceReplacesItsStatements(t *testing.T) {
	s := neo4jtest.Store(t)
	write(t, s, articleA("hash-a"), articleB())
	// The new version of A no longer names Hường nor the Khuyến học
	// assignment; it says the Tuyên giáo board oversees the Red Cross.
	changed := doc("a.txt", "hash-a2",
		org(btg, hoigraph.PartyBoard), org(hctd, hoigraph.Association),
		resp(btg, hctd, "Ban Tuyên giáo phụ trách Hội Chữ thập đỏ."),
	)
	st := write(t, s, changed)
	if st.Replaced != 1 || st.RelationshipsDeleted == 0 || st.NodesDeleted == 0 {
		t.Errorf("stats %+v: want the old statements replaced", st)
	}
	got := neo4jtest.Dump(t, s)
	for _, l := range got {
		if strings.Contains(l, "tran-thi-huong") || strings.Contains(l, "Ban Tuyên giáo Quận ủy phụ trách Hội Khuyến học") {
			t.Errorf("stale fact survives: %s", l)
		}
	}
	rf := find(edges(t, got), "RESPONSIBLE_FOR", oid(btg), oid(hkh))
	if len(rf) != 1 || !slices.Equal(strs(rf[0].Props["sources"]), []string{store.SourceID("b.txt")}) {
		t.Errorf("the edge B still asserts should keep B alone: %+v", rf)
	}

	// The same inputs loaded cleanly give the same graph, up to the order in
	// which sources were appended.
	clean := neo4jtest.Store(t)
	write(t, clean, articleB(), changed)
	if want := neo4jtest.Dump(t, clean); !slices.Equal(store.SortProvenance(got), store.SortProvenance(want)) {
		t.Errorf("replaced graph differs from a clean load:\n%s", diff(store.SortProvenance(want), store.SortProvenance(got)))
	}
}

func TestBadDocumentDoesNotSinkTheBatch(t *testing.T) {
	s := neo4jtest.Store(t)
	// A name longer than Neo4j's index key limit: refused before it reaches
	// the database (MaxNameLength), which would refuse the transaction.
	huge := "Hội " + strings.Repeat("Khuyến học ", 2000)
	bad := doc("bad.txt", "hash-bad", org(btg, hoigraph.PartyBoard), org(huge, hoigraph.Association), resp(btg, huge, "x"))
	invalid := doc("invalid.txt", "hash-invalid", hoigraph.Fact{Kind: hoigraph.FactHolds, Person: huong, Org: bdv})
	st, err := s.WriteDocuments(context.Background(), []hoigraph.Document{articleA("hash-a"), bad, invalid, articleB()})
	if err == nil {
		t.Fatal("no error for a bad document")
	}
	var failed []string
	for _, f := range st.Failed {
		failed = append(failed, f.File)
	}
	if !slices.Equal(failed, []string{"bad.txt", "invalid.txt"}) {
		t.Errorf("failed %v, want bad.txt and invalid.txt", failed)
	}
	if !strings.Contains(err.Error(), `bad.txt: fact 2 (org): field "name": 22004 characters, more than the 1000`) {
		t.Errorf("error %q does not say the name is too long", err)
	}
	if !strings.Contains(err.Error(), `invalid.txt: fact 1 (holds): field "post" is empty`) {
		t.Errorf("error %q does not name the file, fact and field", err)
	}
	if st.Documents != 2 {
		t.Errorf("%d documents written, want the 2 good ones", st.Documents)
	}
	d := neo4jtest.Dump(t, s)
	for _, l := range d {
		if strings.Contains(l, "bad.txt") || strings.Contains(l, "invalid.txt") || strings.Contains(l, "Khuyến học Khuyến học") {
			t.Errorf("half-written bad document: %.200s", l)
		}
	}
	// Nothing but the good documents: the graph equals theirs alone.
	clean := neo4jtest.Store(t)
	write(t, clean, articleA("hash-a"), articleB())
	if want := neo4jtest.Dump(t, clean); !slices.Equal(d, want) {
		t.Errorf("graph differs from the good documents alone:\n%s", diff(want, d))
	}
}

func TestWriteAreas(t *testing.T) {
	s := neo4jtest.Store(t)
	units := []store.Area{
		{ID: "area:2024:79", Name: "Thành phố Hồ Chí Minh", Kind: "Thành phố", Level: "province", Code: "79", Era: "before-2025-07", ValidUntil: "2025-06-30"},
		{ID: "area:2024:770", Name: "Quận 3", Kind: "Quận", Level: "district", Code: "770", Era: "before-2025-07", ParentID: "area:2024:79", ValidUntil: "2025-06-30"},
		{ID: "area:2025:79", Name: "Thành phố Hồ Chí Minh", Kind: "Thành phố", Level: "province", Code: "79", Era: "from-2025-07", ValidFrom: "2025-07-01"},
	}
	for i := 0; i < 2; i++ {
		if _, err := s.WriteAreas(context.Background(), units); err != nil {
			t.Fatal(err)
		}
	}
	c, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes != 4 || c.Relationships != 1 {
		t.Errorf("counts %+v after writing twice, want 3 units, the list's fingerprint and 1 PART_OF", c)
	}
	if len(find(edges(t, neo4jtest.Dump(t, s)), "PART_OF", "area:2024:770", "area:2024:79")) != 1 {
		t.Error("Quận 3 is not PART_OF its city")
	}
	// An unchanged list is read, not written again: one statement.
	before := neo4jtest.Dump(t, s)
	q := s.QueryCount()
	if _, err := s.WriteAreas(context.Background(), units); err != nil {
		t.Fatal(err)
	}
	if n := s.QueryCount() - q; n != 1 {
		t.Errorf("writing unchanged units ran %d statements, want the 1 that reads them", n)
	}
	if after := neo4jtest.Dump(t, s); !slices.Equal(before, after) {
		t.Errorf("writing unchanged units changed the graph:\n%s", diff(before, after))
	}
	// A changed unit, a new one and a new parent are written; the others
	// are left as they are.
	units[1].Name, units[1].Aliases = "Quận Ba", []string{"quan3"}
	units = append(units, store.Area{ID: "area:2025:26734", Name: "Phường Xuân Hòa", Kind: "Phường", Level: "commune", Code: "26734", Era: "from-2025-07", ParentID: "area:2025:79", ValidFrom: "2025-07-01", HasCoordinates: true, Lat: 10.78, Lon: 106.69})
	if _, err := s.WriteAreas(context.Background(), units); err != nil {
		t.Fatal(err)
	}
	d := neo4jtest.Dump(t, s)
	want := neo4jtest.Store(t)
	if _, err := want.WriteAreas(context.Background(), units); err != nil {
		t.Fatal(err)
	}
	if w := neo4jtest.Dump(t, want); !slices.Equal(d, w) {
		t.Errorf("units changed in place differ from units written once:\n%s", diff(w, d))
	}
	q = s.QueryCount()
	if _, err := s.WriteAreas(context.Background(), units); err != nil {
		t.Fatal(err)
	}
	if n := s.QueryCount() - q; n != 1 {
		t.Errorf("writing unchanged units (coordinates, aliases) ran %d statements, want 1", n)
	}
	// A list whose writing stopped half way has no fingerprint yet: the
	// next load compares it with the store and writes what is missing.
	neo4jtest.Exec(t, "MATCH (a:Area {id: $id}) DETACH DELETE a WITH count(*) AS x MATCH (g:Gazetteer) DELETE g", map[string]any{"id": "area:2025:26734"})
	if _, err := s.WriteAreas(context.Background(), units); err != nil {
		t.Fatal(err)
	}
	if got := neo4jtest.Dump(t, s); !slices.Equal(d, got) {
		t.Errorf("units written again after a stop differ from units written once:\n%s", diff(d, got))
	}
	// Loads that MERGE a list's fingerprint at once make one node of it.
	if neo4jtest.Refused(t, "CREATE (:Gazetteer {id: $id, hash: ''})", map[string]any{"id": "units"}) == nil {
		t.Error("a second fingerprint node of the units was created: no uniqueness constraint on :Gazetteer(id)")
	}
}

func TestWriteAreaLinksWritesOnlyWhatChanged(t *testing.T) {
	s := neo4jtest.Store(t)
	units := []store.Area{
		{ID: "area:2024:1", Name: "Phường 1", Level: "commune", Code: "1", Era: "before-2025-07"},
		{ID: "area:2024:2", Name: "Phường 2", Level: "commune", Code: "2", Era: "before-2025-07"},
		{ID: "area:2025:3", Name: "Phường Mới", Level: "commune", Code: "3", Era: "from-2025-07"},
	}
	links := []store.AreaLink{{From: "area:2024:1", To: "area:2025:3", Whole: true, Default: true, Date: "2025-07-01"}, {From: "area:2024:2", To: "area:2025:3", Whole: false}}
	ctx := context.Background()
	if _, err := s.WriteAreas(ctx, units); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteAreaLinks(ctx, links); err != nil {
		t.Fatal(err)
	}
	q := s.QueryCount()
	if _, err := s.WriteAreaLinks(ctx, links); err != nil {
		t.Fatal(err)
	}
	if n := s.QueryCount() - q; n != 1 {
		t.Errorf("writing unchanged links ran %d statements, want 1", n)
	}
	links[1].Whole = true
	if _, err := s.WriteAreaLinks(ctx, links); err != nil {
		t.Fatal(err)
	}
	got := find(edges(t, neo4jtest.Dump(t, s)), "SUCCEEDED_BY", "area:2024:2", "area:2025:3")
	if len(got) != 1 || got[0].Props["whole"] != true {
		t.Errorf("changed link: %v, want one edge with whole true", got)
	}
}

// diff lists the lines only one side has.
func diff(want, got []string) string {
	var b strings.Builder
	for _, l := range want {
		if !slices.Contains(got, l) {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range got {
		if !slices.Contains(want, l) {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}

// TestSpellingsOfOneBodyConverge: spellings that resolve to one id are one
// node, named the same whatever order the documents came in, and renamed
// from the remaining sources when the source of its name goes.
func TestSpellingsOfOneBodyConverge(t *testing.T) {
	const (
		dash = "Ban liên lạc Cựu tù chính trị - tù binh Quận 3"
		and  = "Ban liên lạc Cựu tù chính trị và tù binh Quận 3"
	)
	if oid(dash) != oid(and) {
		t.Fatalf("the two spellings have ids %s and %s", oid(dash), oid(and))
	}
	a := func(hash string, names ...string) hoigraph.Document {
		var facts []hoigraph.Fact
		for _, n := range names {
			facts = append(facts, org(n, hoigraph.Association))
		}
		return doc("a.txt", hash, facts...)
	}
	b := doc("b.txt", "b1", org(and, hoigraph.Association))
	name := func(s *store.Store) []string {
		t.Helper()
		var names []string
		for _, l := range neo4jtest.Dump(t, s) {
			if strings.Contains(l, `"id":"`+oid(dash)+`"`) {
				names = append(names, regexp.MustCompile(`"name":"[^"]*"`).FindString(l))
			}
		}
		return names
	}
	for _, order := range [][]hoigraph.Document{{a("a1", dash), b}, {b, a("a1", dash)}} {
		s := neo4jtest.Store(t)
		for _, d := range order {
			write(t, s, d)
		}
		if got := name(s); !slices.Equal(got, []string{`"name":"` + dash + `"`}) {
			t.Errorf("loaded %s then %s: nodes %v, want one named %q", order[0].Source.File, order[1].Source.File, got, dash)
		}
		// a.txt changes and no longer uses the dash: the node takes b.txt's spelling.
		write(t, s, a("a2", hctd))
		if got := name(s); !slices.Equal(got, []string{`"name":"` + and + `"`}) {
			t.Errorf("after a.txt dropped its spelling: nodes %v, want one named %q", got, and)
		}
	}
}

// An edge written before its aligned lists of dates, rules and confidences
// existed gets one entry per source it already has when a new source
// asserts it, so that the lists stay aligned with sources.
func TestEdgeFromAnOlderStoreGetsAlignedLists(t *testing.T) {
	s := neo4jtest.Store(t)
	a := articleA("hash-a")
	a.Facts[4].Since = "2020-11-02"
	write(t, s, a)
	neo4jtest.Exec(t, "MATCH ()-[e:HOLDS]->() REMOVE e.sinces, e.untils, e.rules, e.confidences", nil)
	b := doc("c.txt", "hash-c", org(bdv, hoigraph.PartyBoard), holds(huong, "Trưởng ban", bdv))
	b.Facts[1].Rule, b.Facts[1].Confidence = "holds:test", 0.5
	write(t, s, b)

	hs := edges(t, neo4jtest.Dump(t, s))
	var e *edge
	for i := range hs {
		if hs[i].Type == "HOLDS" {
			e = &hs[i]
		}
	}
	if e == nil {
		t.Fatal("no HOLDS edge")
	}
	if got := strs(e.Props["sources"]); !slices.Equal(got, []string{store.SourceID("a.txt"), store.SourceID("c.txt")}) {
		t.Fatalf("sources %v", got)
	}
	for f, want := range map[string]string{"sinces": "[2020-11-02 ]", "untils": "[ ]", "rules": "[ holds:test]", "confidences": "[0 0.5]"} {
		if got := fmt.Sprint(e.Props[f]); got != want {
			t.Errorf("%s %s, want %s", f, got, want)
		}
	}
}
