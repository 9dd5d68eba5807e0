package store_test

import (
	"context"
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
