package store_test

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"hoigraph"
	"hoigraph/internal/neo4jtest"
	"hoigraph/store"
)

// robust #4: what two sources say differently of one edge, body or area
// gives the same graph whatever the order they are loaded in, and removing
// what one said leaves only what the other says.
func TestDerivedPropertiesAreAFunctionOfTheSources(t *testing.T) {
	held := holds(huong, "Trưởng ban", bdv)
	ended := held
	ended.Since, ended.Until = "2020-10", "2023-06"
	started := held
	started.Since = "2019-05"
	ward := hoigraph.Fact{Kind: hoigraph.FactArea, Name: "Phường Võ Thị Sáu", Level: hoigraph.Commune, Evidence: ev("Phường Võ Thị Sáu.")}
	wardAsDistrict := ward
	wardAsDistrict.Level = hoigraph.District
	curated := func(hash string, until bool) hoigraph.Document {
		h := started
		if until {
			h = ended
		}
		return doc("c.csv", hash, org(hkh, hoigraph.SocioPolitical), h, wardAsDistrict)
	}
	article := func() hoigraph.Document {
		return doc("d.txt", "hash-d", org(hkh, hoigraph.Association), held, ward)
	}

	s := neo4jtest.Store(t)
	write(t, s, curated("hash-c1", true))
	write(t, s, article())
	forward := sortedDump(t, s)
	other := neo4jtest.Store(t)
	write(t, other, article())
	write(t, other, curated("hash-c1", true))
	if backward := sortedDump(t, other); !slices.Equal(forward, backward) {
		t.Errorf("the order of loading changes the graph:\n%s", diff(forward, backward))
	}
	es := edges(t, neo4jtest.Dump(t, other))
	hs := holdsTo(es, store.PostID(oid(bdv), "Trưởng ban"))
	if len(hs) != 1 || hs[0].Props["since"] != "2020-10" || hs[0].Props["until"] != "2023-06" {
		t.Fatalf("HOLDS %+v, want since 2020-10 until 2023-06", hs)
	}

	// The curated file is corrected: Hường did not leave in 2023, and took
	// the post in 2019. No source says until any more.
	write(t, other, curated("hash-c2", false))
	es = edges(t, neo4jtest.Dump(t, other))
	hs = holdsTo(es, store.PostID(oid(bdv), "Trưởng ban"))
	if len(hs) != 1 || hs[0].Props["since"] != "2019-05" || hs[0].Props["until"] != nil {
		t.Errorf("HOLDS after the correction %+v, want since 2019-05 and no until", hs)
	}
	clean := neo4jtest.Store(t)
	write(t, clean, article(), curated("hash-c2", false))
	want := sortedDump(t, clean)
	write(t, other, curated("hash-c2", false)) // unchanged
	if got := sortedDump(t, other); !slices.Equal(got, want) {
		t.Errorf("corrected graph differs from a clean load:\n%s", diff(want, got))
	}

	// Removing the curated file leaves what the article says: an
	// association, a ward that is a commune.
	if _, err := other.RemoveSources(context.Background(), []string{store.SourceID("c.csv")}); err != nil {
		t.Fatal(err)
	}
	only := neo4jtest.Store(t)
	write(t, only, article())
	want = sortedDump(t, only)
	got := sortedDump(t, other)
	if !slices.Equal(got, want) {
		t.Errorf("graph after removing the curated file differs from the article alone:\n%s", diff(want, got))
	}
	if !slices.ContainsFunc(got, func(l string) bool {
		return strings.HasPrefix(l, "(Association:Organization ") && strings.Contains(l, `"type":"association"`)
	}) {
		t.Errorf("the body is not an association any more:\n%s", strings.Join(got, "\n"))
	}
}

// sortedDump is the graph with provenance in a canonical order.
func sortedDump(t *testing.T, s *store.Store) []string {
	t.Helper()
	return store.SortProvenance(neo4jtest.Dump(t, s))
}

// holdsTo returns the HOLDS edges into a post.
func holdsTo(es []edge, post string) []edge {
	var out []edge
	for _, e := range es {
		if e.Type == "HOLDS" && e.To == post {
			out = append(out, e)
		}
	}
	return out
}

// robust #10: a fact's dates are checked like every date: a day that does
// not exist rejects the document, naming the fact and field.
func TestFactDatesAreChecked(t *testing.T) {
	s := neo4jtest.Store(t)
	h := holds(huong, "Trưởng ban", bdv)
	h.Since = "2020-02-30"
	_, err := s.WriteDocuments(context.Background(), []hoigraph.Document{doc("x.txt", "hash-x", h)})
	if err == nil || !strings.Contains(err.Error(), `fact 1 (holds): field "since": "2020-02-30" is not an ISO date`) {
		t.Errorf("err %v", err)
	}
	if c, err := s.Count(context.Background()); err != nil || c.Nodes != 0 {
		t.Errorf("graph %+v %v, want nothing written", c, err)
	}
}

// ruleResolver resolves like NameResolver, but gives the people of each
// file the rule named for that file, as the loader's resolver does when one
// article names a person's province and another only its own.
type ruleResolver map[string]string

func (r ruleResolver) Org(d *hoigraph.Document, n string) store.Ref {
	return store.NameResolver{}.Org(d, n)
}
func (r ruleResolver) Area(d *hoigraph.Document, n string) store.Ref {
	return store.NameResolver{}.Area(d, n)
}
func (r ruleResolver) Person(d *hoigraph.Document, n string) store.Ref {
	ref := store.NameResolver{}.Person(&hoigraph.Document{}, n)
	ref.Rule = r[d.Source.File]
	return ref
}

// resolvedByProp finds a node's resolvedBy in a line of neo4jtest.Dump;
// compiled once, not once a line.
var resolvedByProp = regexp.MustCompile(`"resolvedBy":"[^"]*"`)

// A person two sources resolve by different rules has the same resolvedBy
// whatever the order they commit in (the smallest rule), and removing the
// source of that rule gives the other's.
func TestResolvedByIsAFunctionOfTheSources(t *testing.T) {
	rules := ruleResolver{"a.txt": "name+province", "b.txt": "name+document-province"}
	a := doc("a.txt", "hash-a", holds(huong, "Trưởng ban", bdv))
	b := doc("b.txt", "hash-b", holds(huong, "Phó trưởng ban", btg))
	resolvedBy := func(s *store.Store) []string {
		t.Helper()
		var out []string
		for _, l := range neo4jtest.Dump(t, s) {
			if strings.HasPrefix(l, "(Person ") {
				out = append(out, resolvedByProp.FindString(l))
			}
		}
		return out
	}
	for _, order := range [][]hoigraph.Document{{a, b}, {b, a}} {
		s := neo4jtest.Store(t)
		for _, d := range order {
			if _, err := s.WriteDocumentsWith(context.Background(), rules, []hoigraph.Document{d}); err != nil {
				t.Fatal(err)
			}
		}
		if got := resolvedBy(s); !slices.Equal(got, []string{`"resolvedBy":"name+document-province"`}) {
			t.Errorf("loaded %s then %s: people %v, want one resolved by name+document-province", order[0].Source.File, order[1].Source.File, got)
		}
		if _, err := s.RemoveSources(context.Background(), []string{store.SourceID("b.txt")}); err != nil {
			t.Fatal(err)
		}
		if got := resolvedBy(s); !slices.Equal(got, []string{`"resolvedBy":"name+province"`}) {
			t.Errorf("after removing b.txt: people %v, want one resolved by name+province", got)
		}
	}
}
