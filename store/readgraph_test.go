package store_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph/internal/neo4jtest"
	"hoigraph/store"
)

// drawEdge is one relationship of the neighbourhood test graph.
type drawEdge struct {
	from, typ, to string
	rejected      bool
}

// A district committee with its area, posts, a child body, a body that
// oversees the child, bodies of the same area, a person holding posts in
// both, an edge between two nodes two hops out, rejected edges, a source,
// and a body three hops out.
var (
	drawNodes = map[string][]string{
		"Organization": {"org:c", "org:d", "org:e", "org:f", "org:g", "org:h"},
		"Area":         {"area:1"},
		"Post":         {"post:c/1", "post:d/1"},
		"Person":       {"person:x", "person:y"},
		"Source":       {"source:s"},
	}
	drawEdges = []drawEdge{
		{"org:c", "LOCATED_IN", "area:1", false},
		{"post:c/1", "OF", "org:c", false},
		{"person:x", "HOLDS", "post:c/1", false},
		{"org:d", "PART_OF", "org:c", false},
		{"post:d/1", "OF", "org:d", false},
		{"person:x", "HOLDS", "post:d/1", false}, // both two hops out
		{"person:y", "HOLDS", "post:d/1", false},
		{"org:e", "LOCATED_IN", "area:1", false},
		{"org:e", "RESPONSIBLE_FOR", "org:d", false},
		{"org:h", "LOCATED_IN", "area:1", false},
		{"org:h", "RESPONSIBLE_FOR", "org:e", false}, // both two hops out
		{"org:h", "PART_OF", "org:e", true},          // rejected: not drawn
		{"org:f", "RESPONSIBLE_FOR", "org:c", true},  // rejected: f not reached
		{"org:g", "PART_OF", "org:e", false},         // g three hops out
		{"org:c", "MENTIONED_IN", "source:s", false}, // not a default type
		{"org:d", "MENTIONED_IN", "source:s", false},
	}
)

func drawGraph(t *testing.T) *store.Store {
	t.Helper()
	s := neo4jtest.Store(t)
	for label, ids := range drawNodes {
		prop := "name"
		if label == "Post" {
			prop = "title"
		}
		neo4jtest.Exec(t, "UNWIND $ids AS id CREATE (n:"+label+" {id: id, "+prop+": 'name of ' + id, kind: 'k'}) SET n.type = CASE WHEN n:Organization THEN 'association' END", map[string]any{"ids": ids})
	}
	var rows []map[string]any
	for i, e := range drawEdges {
		row := map[string]any{"f": e.from, "t": e.to, "kind": fmt.Sprint("kind", i)}
		if e.rejected {
			row["review"] = "rejected"
		}
		rows = append(rows, row)
	}
	for _, typ := range []string{"LOCATED_IN", "OF", "HOLDS", "PART_OF", "RESPONSIBLE_FOR", "MENTIONED_IN"} {
		var of []map[string]any
		for i, e := range drawEdges {
			if e.typ == typ {
				of = append(of, rows[i])
			}
		}
		neo4jtest.Exec(t, "UNWIND $rows AS row MATCH (a {id: row.f}), (b {id: row.t}) CREATE (a)-[r:"+typ+"]->(b) SET r.kind = row.kind, r.review = row.review, r.sources = ['source:s'], r.evidence = ['Câu nói về ' + row.f + '.']", map[string]any{"rows": of})
	}
	return s
}

// bfs is the drawing worked out in Go: the nodes within depth hops of
// centre along types over edges no review rejected, in rings, and the edges
// among them.
func bfs(centre string, depth int, types []string) (rings [][]string, edges []string) {
	dist := map[string]int{centre: 0}
	rings = [][]string{{centre}}
	usable := func(e drawEdge) bool { return !e.rejected && slices.Contains(types, e.typ) }
	for d := 1; d <= depth; d++ {
		var ring []string
		for _, e := range drawEdges {
			if !usable(e) {
				continue
			}
			for _, p := range [][2]string{{e.from, e.to}, {e.to, e.from}} {
				if k, ok := dist[p[0]]; ok && k == d-1 {
					if _, seen := dist[p[1]]; !seen {
						dist[p[1]] = d
						ring = append(ring, p[1])
					}
				}
			}
		}
		rings = append(rings, ring)
	}
	for _, e := range drawEdges {
		_, a := dist[e.from]
		_, b := dist[e.to]
		if usable(e) && a && b {
			edges = append(edges, e.from+" "+e.typ+" "+e.to)
		}
	}
	slices.Sort(edges)
	return rings, edges
}

func drawnIDs(g *store.Graph) (nodes, edges []string) {
	for _, n := range g.Nodes {
		nodes = append(nodes, n.ID)
	}
	for _, e := range g.Edges {
		edges = append(edges, e.From.ID+" "+e.Type+" "+e.To.ID)
	}
	slices.Sort(edges)
	return nodes, edges
}

func TestNeighborhoodDrawsTheRingsAndTheEdgesAmongThem(t *testing.T) {
	s := drawGraph(t)
	ctx := context.Background()
	tests := []struct {
		name   string
		centre string
		depth  int
		types  []string
	}{
		{"one hop", "org:c", 1, nil},
		{"two hops", "org:c", 2, nil},
		{"three hops", "org:c", 3, nil},
		{"two hops from a person", "person:x", 2, nil},
		{"oversight only", "org:d", 2, []string{"RESPONSIBLE_FOR"}},
		{"sources", "org:c", 2, []string{"MENTIONED_IN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := s.Neighborhood(ctx, tt.centre, tt.depth, tt.types, 500, store.Drawn{})
			if err != nil {
				t.Fatal(err)
			}
			types := tt.types
			if types == nil {
				types = store.DefaultRelationTypes
			}
			rings, wantEdges := bfs(tt.centre, tt.depth, types)
			nodes, edges := drawnIDs(g)
			if g.Truncated {
				t.Errorf("truncated at %d nodes", len(nodes))
			}
			// Ring by ring: the centre first, then each ring's nodes in
			// some order.
			at := 0
			for i, ring := range rings {
				if at+len(ring) > len(nodes) {
					t.Fatalf("ring %d %v: only %d nodes drawn: %v", i, ring, len(nodes), nodes)
				}
				got := slices.Sorted(slices.Values(nodes[at : at+len(ring)]))
				if want := slices.Sorted(slices.Values(ring)); !slices.Equal(got, want) {
					t.Errorf("ring %d: drew %v, want %v (all: %v)", i, got, want, nodes)
				}
				at += len(ring)
			}
			if at != len(nodes) {
				t.Errorf("drew %d nodes, want %d: %v", len(nodes), at, nodes)
			}
			// Each node with its kind and its name (a post's title).
			for _, n := range g.Nodes {
				if !slices.Contains(drawNodes[n.Kind], n.ID) || n.Name != "name of "+n.ID {
					t.Errorf("node %s drawn as kind %q, label %q", n.ID, n.Kind, n.Name)
				}
			}
			if !slices.Equal(edges, wantEdges) {
				t.Errorf("edges\n%s\nwant\n%s", strings.Join(edges, "\n"), strings.Join(wantEdges, "\n"))
			}
		})
	}
}

func TestNeighborhoodTruncatesToItsLimit(t *testing.T) {
	s := drawGraph(t)
	ctx := context.Background()
	full, err := s.Neighborhood(ctx, "org:c", 3, nil, 500, store.Drawn{})
	if err != nil {
		t.Fatal(err)
	}
	all, _ := drawnIDs(full)
	for _, limit := range []int{1, 3, 6, len(all) - 1} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			g, err := s.Neighborhood(ctx, "org:c", 3, nil, limit, store.Drawn{})
			if err != nil {
				t.Fatal(err)
			}
			nodes, edges := drawnIDs(g)
			if !g.Truncated || !slices.Equal(nodes, all[:limit]) {
				t.Fatalf("truncated %v, nodes %v; want true and the first %d of %v", g.Truncated, nodes, limit, all)
			}
			// The edges are every drawn edge of the full drawing between
			// two of the nodes kept.
			var want []string
			for _, e := range full.Edges {
				if slices.Contains(nodes, e.From.ID) && slices.Contains(nodes, e.To.ID) {
					want = append(want, e.From.ID+" "+e.Type+" "+e.To.ID)
				}
			}
			slices.Sort(want)
			if !slices.Equal(edges, want) {
				t.Errorf("edges %v, want %v", edges, want)
			}
		})
	}
	if g, err := s.Neighborhood(ctx, "org:nobody", 2, nil, 500, store.Drawn{}); err != nil || g != nil {
		t.Errorf("absent centre: %+v, %v; want nil", g, err)
	}
}

func TestNeighborhoodReadsPropertiesOnlyWhenAsked(t *testing.T) {
	s := drawGraph(t)
	for _, read := range []store.Drawn{{}, {Props: true}, {Provenance: true}, {Props: true, Provenance: true}, {OrgType: true}} {
		g, err := s.Neighborhood(context.Background(), "org:c", 1, nil, 500, read)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Edges) == 0 {
			t.Fatal("no edge drawn")
		}
		for _, n := range g.Nodes {
			if want := read.OrgType && n.Kind == "Organization"; (n.Type != "") != want {
				t.Errorf("%+v: node %s has type %q", read, n.ID, n.Type)
			}
		}
		for _, e := range g.Edges {
			if (e.Kind != "") != read.Props {
				t.Errorf("%+v: edge %s %s %s has kind %q", read, e.From.ID, e.Type, e.To.ID, e.Kind)
			}
			if (len(e.Sources) > 0) != read.Provenance {
				t.Errorf("%+v: edge %s %s %s has sources %q", read, e.From.ID, e.Type, e.To.ID, e.Sources)
			}
		}
	}
}

// TestNeighborhoodExpandsEachNodeOnce profiles the statement: its
// expansions yield each relationship of a node nearer than depth once from
// each such end, and each outgoing relationship of the last ring once more
// (the edges between two nodes of the last ring), and no more: not the
// inner rings again at every hop, nor every node's relationships again for
// the edges.
func TestNeighborhoodExpandsEachNodeOnce(t *testing.T) {
	drawGraph(t)
	cfg := neo4jtest.Config(t)
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	for _, depth := range []int{1, 2, 3} {
		types := store.DefaultRelationTypes
		rings, _ := bfs("org:c", depth, types)
		inner := map[string]bool{}
		for _, ring := range rings[:depth] {
			for _, id := range ring {
				inner[id] = true
			}
		}
		last := rings[depth]
		want := 0
		for _, e := range drawEdges {
			if !slices.Contains(types, e.typ) {
				continue
			}
			// Followed (rejected or not) from each inner end; rejected
			// edges are dropped after the expansion.
			if inner[e.from] {
				want++
			}
			if inner[e.to] {
				want++
			}
			if slices.Contains(last, e.from) {
				want++
			}
		}
		res, err := neo4j.ExecuteQuery(ctx, d, "PROFILE "+store.NeighborhoodCypher("Organization", depth, types, store.Drawn{}),
			map[string]any{"id": "org:c", "limit": int64(500)}, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			t.Fatal(err)
		}
		if got := expandedRows(res.Summary.Profile()); got > want {
			t.Errorf("depth %d: the expansions yielded %d relationships, want at most %d", depth, got, want)
		}
	}
}

// expandedRows is the rows the Expand operators of a profiled plan yield.
func expandedRows(p neo4j.ProfiledPlan) int {
	if p == nil {
		return 0
	}
	n := 0
	if strings.HasPrefix(p.Operator(), "Expand") || strings.HasPrefix(p.Operator(), "OptionalExpand") {
		n += int(p.Records())
	}
	for _, c := range p.Children() {
		n += expandedRows(c)
	}
	return n
}
