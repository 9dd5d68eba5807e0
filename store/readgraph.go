package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
	"hoigraph/vntext"
)

// Hit is one search result.
type Hit struct {
	Node  Node
	Score float64
}

// luceneSpecial are the characters Lucene's query parser treats as syntax.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

// luceneEscape makes a term literal for the full-text query parser.
func luceneEscape(term string) string {
	var b strings.Builder
	for _, r := range term {
		if strings.ContainsRune(luceneSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// searchQuery turns user text into a Lucene query over folded names: every
// word required, the whole phrase boosted so exact names rank first. It is
// "" when the text has no word.
func searchQuery(text string) string {
	terms := strings.Fields(vntext.Fold(text))
	if len(terms) == 0 {
		return ""
	}
	req := make([]string, len(terms))
	for i, t := range terms {
		terms[i] = luceneEscape(t)
		req[i] = "+" + terms[i]
	}
	return strings.Join(req, " ") + ` "` + strings.Join(terms, " ") + `"^2`
}

// LuceneQuery is the full-text query Search sends for text, for tools that
// ask the same index another way (the peer benchmark in cmd/loadgen).
func LuceneQuery(text string) string { return searchQuery(text) }

// Limits of search text: the longest names in the graph are some twenty
// words; beyond the limits Lucene refuses the query (too many clauses) or
// spends its time on it for nothing.
const (
	MaxSearchWords      = 64
	MaxSearchWordLength = 100
)

// Search finds organisations, people and areas by name through the
// full-text index over folded names, so the query needs no diacritics.
// labels restricts the kinds (nil: all); the best first hits come first.
func (s *Store) Search(ctx context.Context, text string, labels []string, first int) ([]Hit, error) {
	if words := strings.Fields(text); len(words) > MaxSearchWords || slices.ContainsFunc(words, func(w string) bool { return utf8.RuneCountInString(w) > MaxSearchWordLength }) {
		return nil, hoigraph.Errorf(hoigraph.EINVALID, "search text is limited to %d words of at most %d characters", MaxSearchWords, MaxSearchWordLength)
	}
	q := searchQuery(text)
	if q == "" {
		return nil, hoigraph.Errorf(hoigraph.EINVALID, "search text has no word to look for")
	}
	var ls any
	if len(labels) > 0 {
		ls = labels
	}
	// The index returns hits best first; filtering by label after it can
	// drop some, so ask it for more than we return.
	params := map[string]any{"index": NameIndex, "q": q, "labels": ls, "first": int64(first), "fetch": int64(first*4 + 20)}
	cypher := `CALL db.index.fulltext.queryNodes($index, $q, {limit: $fetch}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score ORDER BY score DESC, node.name LIMIT $first`
	var hits []Hit
	err := s.query(ctx, "search names", cypher, params, func(r *neo4j.Record) {
		score, _ := r.Values[1].(float64)
		hits = append(hits, Hit{Node: toNode(r.Values[0]), Score: score})
	})
	return hits, err
}

// Graph is a set of nodes and the edges among them, for drawings.
type Graph struct {
	Nodes     []Node
	Edges     []Edge
	Truncated bool
}

// DefaultRelationTypes are the relationships neighbourhoods and paths follow
// unless told otherwise; MENTIONED_IN is left out because every node of an
// article would be one hop from every other.
var DefaultRelationTypes = []string{"HOLDS", "OF", "RESPONSIBLE_FOR", "PART_OF", "LOCATED_IN"}

// relationTypes validates types against the closed list of the model.
func relationTypes(types []string) ([]string, error) {
	if len(types) == 0 {
		return DefaultRelationTypes, nil
	}
	for _, t := range types {
		switch t {
		case "HOLDS", "OF", "RESPONSIBLE_FOR", "PART_OF", "LOCATED_IN", "MENTIONED_IN", "CHAIRED", "HELD", "REVIEWED":
		default:
			return nil, hoigraph.Errorf(hoigraph.EINVALID, "unknown relation type %q", t)
		}
	}
	return types, nil
}

func startLabel(id string) (string, error) {
	l := labelOf(id)
	if l == "" {
		return "", hoigraph.Errorf(hoigraph.EINVALID, "id %q names no kind of node (expected a prefix such as org:, person:, area:)", id)
	}
	return l, nil
}

// Drawn says what a drawing reads beyond its nodes' ids, kinds and labels
// and its edges' types and ends: the GraphQL selection decides, so a
// drawing that shows only labelled dots and lines reads nothing more.
type Drawn struct {
	OrgType    bool // the organisations' type
	Props      bool // the edges' kind, since, until, asOf
	Provenance bool // the edges' sources and their evidence sentences
}

// Neighborhood returns the nodes within depth hops of the node id along the
// given relationship types (DefaultRelationTypes when empty), at most limit
// of them, and the edges among them; of the edges, what read says. It
// returns nil when id is absent.
func (s *Store) Neighborhood(ctx context.Context, id string, depth int, types []string, limit int, read Drawn) (*Graph, error) {
	label, err := startLabel(id)
	if err != nil {
		return nil, err
	}
	if types, err = relationTypes(types); err != nil {
		return nil, err
	}
	params := map[string]any{"id": id, "limit": int64(limit)}
	var g *Graph
	err = s.query(ctx, "read neighborhood", neighborhoodStatement(label, depth, types, read), params, func(r *neo4j.Record) {
		ns, _ := r.Values[0].([]any)
		es, _ := r.Values[1].([]any)
		g = &Graph{Truncated: r.Values[2] == true, Nodes: make([]Node, 0, len(ns)), Edges: make([]Edge, 0, len(es))}
		for _, v := range ns {
			g.Nodes = append(g.Nodes, drawnNodeOf(v))
		}
		for _, v := range es {
			g.Edges = append(g.Edges, drawnEdgeOf(v, read))
		}
	})
	return g, err
}

// neighborhoodCypher is Neighborhood's statement: a breadth-first search
// that expands each node once, then the edges among the nodes found.
//
// The types go into the pattern, not a WHERE on type(r): Neo4j then follows
// only those relationships, not every node's MENTIONED_IN links to its
// sources (a depth-2 drawing of a district committee, 77 nodes: 975
// database hits instead of 4,889). They come from relationTypes' closed
// list, never from input text, as label comes from labelOf's.
//
// Each hop expands only the frontier, the nodes the previous hop found
// first (not the whole set again, which re-read every relationship of the
// inner rings), and keeps the relationships it followed. Every edge among
// the nodes found touches a node nearer than depth, so it was followed from
// there, except the edges between two nodes of the last frontier: only
// those are looked for again, among the last frontier's outgoing
// relationships, where testing the far end's membership of a list is over
// that frontier rather than every node. The nodes come in the order they
// were found (the centre first), so the first limit of them are the same
// whichever node of a ring was expanded first. A hop stops expanding once
// more than limit nodes are found: the drawing is truncated, and its edges
// are then those among the first limit nodes, looked for among their
// outgoing relationships.
func neighborhoodCypher(label string, depth int, types []string, read Drawn) string {
	rels := strings.Join(types, "|")
	var b strings.Builder
	fmt.Fprintf(&b, "MATCH (n:%s {id: $id})\nWITH [n] AS ns, [n] AS fr, [] AS rs\n", label)
	for range depth {
		b.WriteString(`CALL (ns, fr) { UNWIND CASE WHEN size(ns) > $limit THEN [] ELSE fr END AS x MATCH (x)-[r:` + rels + `]-(m) WHERE ` + notRejected("r") + ` RETURN collect(r) AS hr, collect(DISTINCT m) AS hm }
CALL (ns, hm) { UNWIND ns + hm AS y RETURN collect(DISTINCT y) AS all }
WITH all AS ns, all[size(ns)..] AS fr, rs + hr AS rs
`)
	}
	b.WriteString(`WITH ns[..$limit] AS ns, size(ns) > $limit AS truncated, fr, rs
CALL (rs, truncated) { UNWIND CASE WHEN truncated THEN [] ELSE rs END AS r RETURN collect(DISTINCT r) AS followed }
CALL (fr, truncated) { UNWIND CASE WHEN truncated THEN [] ELSE fr END AS a MATCH (a)-[r:` + rels + `]->(z) WHERE z IN fr AND ` + notRejected("r") + ` RETURN collect(r) AS outer }
CALL (ns, truncated) { UNWIND CASE WHEN truncated THEN ns ELSE [] END AS a MATCH (a)-[r:` + rels + `]->(z) WHERE z IN ns AND ` + notRejected("r") + ` RETURN collect(r) AS kept }
RETURN [x IN ns | ` + drawnNode("x", read) + `] AS ns, [r IN followed + outer + kept | ` + drawnEdge("r", read) + `] AS es, truncated`)
	return b.String()
}

// A drawing's nodes and edges come as lists, not maps: a map's keys are
// sent with every node and edge, and decoding a map costs the driver a Go
// map each (the larger part of decoding a drawing of 250 elements).

// drawnNode projects node variable x for a drawing: id, name (a post's
// title), labels, and the organisation's type when read asks for it;
// drawnNodeOf reads it.
func drawnNode(x string, read Drawn) string {
	typ := "null"
	if read.OrgType {
		typ = x + ".type"
	}
	return fmt.Sprintf("[%[1]s.id, coalesce(%[1]s.name, %[1]s.title), labels(%[1]s), %[2]s]", x, typ)
}

func drawnNodeOf(v any) Node {
	cols, _ := v.([]any)
	if len(cols) < 4 {
		return Node{}
	}
	str := func(i int) string { s, _ := cols[i].(string); return s }
	return Node{ID: str(0), Name: str(1), Kind: primaryLabel(toStrings(cols[2])), Type: hoigraph.OrgType(str(3))}
}

// drawnEdge projects relationship variable r for a drawing: its type and
// ends, then its properties and provenance lists when read asks for them
// (what is left out is neither read by Neo4j nor sent); drawnEdgeOf reads
// it.
func drawnEdge(r string, read Drawn) string {
	cols := []string{"type(" + r + ")", "startNode(" + r + ").id", "endNode(" + r + ").id"}
	if read.Props {
		for _, k := range []string{"kind", "since", "until", "asOf"} {
			cols = append(cols, r+"."+k)
		}
	}
	if read.Provenance {
		cols = append(cols, r+".sources", r+".evidence")
	}
	return "[" + strings.Join(cols, ", ") + "]"
}

func drawnEdgeOf(v any, read Drawn) Edge {
	cols, _ := v.([]any)
	str := func(i int) string {
		if i >= len(cols) {
			return ""
		}
		s, _ := cols[i].(string)
		return s
	}
	from, to := str(1), str(2)
	e := Edge{Type: str(0), From: Node{ID: from, Kind: labelOf(from)}, To: Node{ID: to, Kind: labelOf(to)}}
	at := 3
	if read.Props {
		e.Kind, e.Since, e.Until, e.AsOf = str(3), str(4), str(5), str(6)
		at = 7
	}
	if read.Provenance && at+1 < len(cols) {
		e.Sources, e.Evidence = toStrings(cols[at]), toStrings(cols[at+1])
	}
	return e
}

// MaxPathLength caps shortestPath's search.
const MaxPathLength = 10

// ShortestPath returns the shortest chain of at most maxLength hops between
// two nodes along the given relationship types, or nil when there is none.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxLength int, types []string) (*Graph, error) {
	fl, err := startLabel(from)
	if err != nil {
		return nil, err
	}
	tl, err := startLabel(to)
	if err != nil {
		return nil, err
	}
	if types, err = relationTypes(types); err != nil {
		return nil, err
	}
	if maxLength < 1 || maxLength > MaxPathLength {
		return nil, hoigraph.Errorf(hoigraph.EINVALID, "maxLength must be between 1 and %d", MaxPathLength)
	}
	if from == to {
		nodes, err := s.NodesByID(ctx, []string{from})
		if n, ok := nodes[from]; ok && err == nil {
			return &Graph{Nodes: []Node{n}}, nil
		}
		return nil, err
	}
	// A variable-length bound cannot be a parameter; maxLength is an int
	// checked against a fixed range just above, never text.
	cypher := fmt.Sprintf(`MATCH (a:%s {id: $from}), (b:%s {id: $to})
MATCH p = shortestPath((a)-[*..%d]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types AND `+notRejected("r")+`)
RETURN [x IN nodes(p) | `+nodeMap("x")+`] AS ns, [r IN relationships(p) | {r: `+edgeMap("r")+`, f: startNode(r).id, t: endNode(r).id}] AS es`, fl, tl, maxLength)
	var g *Graph
	err = s.query(ctx, "read shortest path", cypher, map[string]any{"from": from, "to": to, "types": types, "provenance": true}, func(r *neo4j.Record) {
		g = &Graph{}
		for _, v := range r.Values[0].([]any) {
			g.Nodes = append(g.Nodes, toNode(v))
		}
		for _, v := range r.Values[1].([]any) {
			m := v.(map[string]any)
			g.Edges = append(g.Edges, toEdge(m["r"], m["f"], m["t"]))
		}
	})
	return g, err
}

// Stat names one chart's counts.
type Stat int

// The charts.
const (
	StatOrganizations Stat = iota // total, key ""
	StatPeople                    // total, key ""
	StatAssociationsByOverseer
	StatAssociationsByOverseerType // key "none" for associations nobody oversees
	StatBodiesByType
	StatBodiesByArea
	StatPostsByTitle
	statCount
)

// statCypher is the statement of one chart; with inArea it counts only
// the bodies (and their people and posts) of the area $area.
func statCypher(st Stat, inArea bool) string {
	orgs := matchOrgs("Organization", inArea)
	assocs := matchOrgs("Association", inArea)
	switch st {
	case StatOrganizations:
		return orgs + ` RETURN '' AS key, count(n) AS count`
	case StatPeople:
		if !inArea {
			return `MATCH (m:Person) RETURN '' AS key, count(m) AS count`
		}
		return orgs + ` MATCH (m:Person)-[e:HOLDS]->(:Post)-[:OF]->(n) WHERE ($withRejected OR ` + notRejected("e") + `) RETURN '' AS key, count(DISTINCT m) AS count`
	case StatAssociationsByOverseer:
		return assocs + ` MATCH (f)-[e:RESPONSIBLE_FOR]->(n) WHERE ($withRejected OR ` + notRejected("e") + `) AND ` + validAt + `
RETURN f.name AS key, count(DISTINCT n) AS count ORDER BY count DESC, key LIMIT 100`
	case StatAssociationsByOverseerType:
		return assocs + ` OPTIONAL MATCH (f)-[e:RESPONSIBLE_FOR]->(n) WHERE ($withRejected OR ` + notRejected("e") + `) AND ` + validAt + `
WITH n, collect(DISTINCT CASE WHEN f:Person THEN 'person' ELSE f.type END) AS ts
UNWIND CASE WHEN size(ts) = 0 THEN ['none'] ELSE ts END AS key
RETURN key, count(*) AS count ORDER BY count DESC, key`
	case StatBodiesByType:
		return orgs + ` RETURN n.type AS key, count(*) AS count ORDER BY count DESC, key`
	case StatBodiesByArea:
		return orgs + ` OPTIONAL MATCH (n)-[:LOCATED_IN]->(a:Area)
WITH n, head(collect(a.name)) AS an
RETURN coalesce(an, CASE WHEN n.areaName <> '' THEN n.areaName END, 'unknown') AS key, count(*) AS count ORDER BY count DESC, key LIMIT 100`
	case StatPostsByTitle:
		return orgs + ` MATCH (p:Post)-[:OF]->(n)
WITH p.titleFolded AS folded, collect(p.title) AS titles
RETURN head(titles) AS key, size(titles) AS count ORDER BY count DESC, key LIMIT 100`
	}
	return ""
}

// Count is one bar of a chart.
type Count struct {
	Key   string
	Count int
}

// StatsFilter narrows the charts to an area and a date.
type StatsFilter struct {
	Area, AsOf string
	// WithRejected counts the edges a review rejected too.
	WithRejected bool
	AcrossEras   bool // the area filter follows the July 2025 mapping (AreaScope)
}

// Stats returns the counts of one chart.
func (s *Store) Stats(ctx context.Context, st Stat, f StatsFilter) ([]Count, error) {
	if st < 0 || st >= statCount {
		return nil, fmt.Errorf("read stats: unknown chart %d", st)
	}
	params := map[string]any{"asOf": orNil(f.AsOf), "withRejected": f.WithRejected}
	if err := s.scope(ctx, AreaScope{Area: f.Area, AsOf: f.AsOf, AcrossEras: f.AcrossEras}, params); err != nil {
		return nil, err
	}
	var out []Count
	err := s.query(ctx, "read stats", statCypher(st, f.Area != ""), params, func(r *neo4j.Record) {
		k, _ := r.Values[0].(string)
		c, _ := r.Values[1].(int64)
		out = append(out, Count{Key: k, Count: int(c)})
	})
	return out, err
}
