package store

import (
	"strings"
	"testing"
)

// cacheShapes are shapes that differ from each other in one thing each
// (a kind, a flag, a nest below the edge rather than below the neighbour,
// the order of two nests): every one must get its own statement.
var cacheShapes = []struct {
	name   string
	labels []string
	sh     Shape
}{
	{"node only", []string{"Organization"}, Shape{}},
	{"two labels", []string{"Organization", "Person"}, Shape{}},
	{"person only", []string{"Person"}, Shape{}},
	{"children", []string{"Organization"}, Shape{Nests: []Nest{{Rel: OrgChildren, Kind: "Organization"}}}},
	{"children of any kind", []string{"Organization"}, Shape{Nests: []Nest{{Rel: OrgChildren}}}},
	{"children, posts", []string{"Organization"}, Shape{Nests: []Nest{{Rel: OrgChildren, Kind: "Organization"}, {Rel: OrgPosts, Kind: "Organization"}}}},
	{"posts, children", []string{"Organization"}, Shape{Nests: []Nest{{Rel: OrgPosts, Kind: "Organization"}, {Rel: OrgChildren, Kind: "Organization"}}}},
	{"children's posts", []string{"Organization"}, Shape{Nests: []Nest{{Rel: OrgChildren, Kind: "Organization", Shape: Shape{Nests: []Nest{{Rel: OrgPosts, Kind: "Organization"}}}}}}},
	{"overseers", []string{"Organization"}, Shape{Nests: []Nest{{Rel: OverseenBy, Kind: "Organization"}}}},
	{"overseers with sources", []string{"Organization"}, Shape{Nests: []Nest{{Rel: OverseenBy, Kind: "Organization", Sources: true}}}},
	{"overseers, area below the neighbour", []string{"Organization"}, Shape{Nests: []Nest{{Rel: OverseenBy, Kind: "Organization", Shape: Shape{Nests: []Nest{{Rel: OrgArea, Kind: "Organization"}}}}}}},
	{"overseers, area below the edge's other end", []string{"Organization"}, Shape{Nests: []Nest{{Rel: OverseenBy, Kind: "Organization", Back: Shape{Nests: []Nest{{Rel: OrgArea, Kind: "Organization"}}}}}}},
	{"loadgen's organization", []string{"Organization"}, Shape{Nests: []Nest{
		{Rel: OrgChildren, Kind: "Organization", Shape: Shape{Nests: []Nest{{Rel: OrgChildren, Kind: "Organization"}, {Rel: OrgPosts, Kind: "Organization"}}}},
		{Rel: OrgPosts, Kind: "Organization", Shape: Shape{Nests: []Nest{{Rel: PostHolders, Kind: "Post"}}}},
	}}},
	{"loadgen's person", []string{"Person"}, Shape{Nests: []Nest{{Rel: PersonHoldings, Kind: "Person", Shape: Shape{Nests: []Nest{{Rel: PostOrg, Kind: "Post"}}}}}}},
	{"a person's areas and bodies", []string{"Person"}, Shape{Nests: []Nest{{Rel: PersonAreas, Kind: "Person"}, {Rel: PersonOrgs, Kind: "Person"}}}},
	{"area successors", []string{"Area"}, Shape{Nests: []Nest{{Rel: AreaSuccessors, Kind: "Area"}}}},
	{"area predecessors", []string{"Area"}, Shape{Nests: []Nest{{Rel: AreaPredecessors, Kind: "Area"}}}},
}

func TestTreeStatementIsTheOneBuiltFresh(t *testing.T) {
	seen := map[string]string{}
	for _, tc := range cacheShapes {
		t.Run(tc.name, func(t *testing.T) {
			want, err := compileTree(tc.labels, tc.sh)
			if err != nil {
				t.Fatal(err)
			}
			for range 2 { // built, then remembered
				got, err := treeStatement(tc.labels, tc.sh)
				if err != nil {
					t.Fatal(err)
				}
				if got != want {
					t.Fatalf("cached statement differs from the fresh one:\n got %s\nwant %s", got, want)
				}
			}
			if other, ok := seen[want]; ok {
				t.Errorf("same statement as %q", other)
			}
			seen[want] = tc.name
		})
	}
}

func TestTreeStatementKeepsNoErrors(t *testing.T) {
	bad := Shape{Nests: []Nest{{Rel: OrgArea, Kind: "Organization) DETACH DELETE (x"}}}
	for range 2 {
		if got, err := treeStatement([]string{"Organization"}, bad); err == nil {
			t.Fatalf("compiled a kind outside the closed list into %s", got)
		}
	}
}

func TestNeighborhoodStatementIsTheOneBuiltFresh(t *testing.T) {
	seen := map[string]bool{}
	for _, label := range []string{"Organization", "Person"} {
		for depth := 1; depth <= 3; depth++ {
			for _, types := range [][]string{DefaultRelationTypes, {"HOLDS"}, {"HOLDS", "OF"}, {"HOLDSOF"}} {
				for _, read := range []Drawn{{}, {OrgType: true}, {Props: true}, {Provenance: true}, {OrgType: true, Props: true, Provenance: true}} {
					want := neighborhoodCypher(label, depth, types, read)
					for range 2 {
						if got := neighborhoodStatement(label, depth, types, read); got != want {
							t.Fatalf("%s depth %d %v %+v: cached statement differs:\n got %s\nwant %s", label, depth, types, read, got, want)
						}
					}
					if seen[want] {
						t.Errorf("%s depth %d %v %+v: a statement of another question", label, depth, types, read)
					}
					seen[want] = true
				}
			}
		}
	}
}

func TestStatementCacheChecksWhatItRemembers(t *testing.T) {
	// TestMain turned the check on.
	var c stmtCache
	c.m = map[string]string{}
	if _, err := c.get([]byte("k"), func() (string, error) { return "RETURN 1", nil }); err != nil {
		t.Fatal(err)
	}
	// A key that two shapes shared would give the second one the first
	// one's statement: the check catches it.
	_, err := c.get([]byte("k"), func() (string, error) { return "RETURN 2", nil })
	if err == nil || !strings.Contains(err.Error(), "not the one built fresh") {
		t.Fatalf("want the mismatch reported, got %v", err)
	}
}

func TestStatementCacheIsBounded(t *testing.T) {
	var c stmtCache
	c.m = map[string]string{}
	for i := range maxStatements + 10 {
		key := appendString(nil, strings.Repeat("x", i))
		got, err := c.get(key, func() (string, error) { return "RETURN " + string(key), nil })
		if err != nil || got != "RETURN "+string(key) {
			t.Fatalf("entry %d: %q, %v", i, got, err)
		}
	}
	if c.len() != maxStatements {
		t.Errorf("remembers %d statements, want the bound %d", c.len(), maxStatements)
	}
}
