package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
	"hoigraph/vntext"
)

// Page selects a slice of a sorted list; Limit is capped by the caller.
type Page struct {
	Offset, Limit int
}

// isArea is the Cypher predicate "a is one of the areas the filter covers":
// those its id or folded name picks out (which may be several: two wards of
// two cities, or a unit of both eras, narrowed by the filter's date), and
// with AcrossEras their units of the other era. Callers resolve them first
// with Store.scope into $areaIds.
const isArea = "a.id IN $areaIds"

// matchArea binds a to the areas $area names, through the id and the folded
// name indexes: where a query restricted to an area starts.
const matchArea = "MATCH (a:Area) WHERE " + isArea

// inArea is the Cypher predicate "the organisation or area bound to v is in
// the area $area". A body is in the area it is located in and in the areas
// that one lies within (a body of a ward of Quận 3 is in Quận 3); an area is
// in itself and in the areas it lies within. The gazetteer is at most three
// levels deep, hence two PART_OF hops. A person is in no area. The
// predicate is for filtering a few rows; to find what an area holds, start
// from the area with matchOrgs or matchInArea.
func inArea(v string) string {
	return fmt.Sprintf("(EXISTS { MATCH (%[1]s)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(a:Area) WHERE %[2]s }"+
		" OR %[1]s:Area AND EXISTS { MATCH (%[1]s)-[:PART_OF*0..2]->(a:Area) WHERE %[2]s })", v, isArea)
}

// matchOrgs binds n to the nodes of label (an organisation label from a
// closed list), only those in the area $area when inArea is set: from the
// area down through its index rather than testing every body.
func matchOrgs(label string, inArea bool) string {
	if !inArea {
		return "MATCH (n:" + label + ") WITH n"
	}
	return matchArea + `
MATCH (n:` + label + `)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(a)
WITH DISTINCT n`
}

// matchInArea binds n to every organisation and area in the area $area,
// starting from the area's index: the areas within it, then the bodies
// located in each.
const matchInArea = matchArea + `
MATCH (x:Area)-[:PART_OF*0..2]->(a)
WITH DISTINCT x
CALL (x) {
  RETURN x AS n
  UNION ALL
  MATCH (n:Organization)-[:LOCATED_IN]->(x) RETURN n
}
WITH DISTINCT n`

// validAt is the Cypher predicate "edge e holds on $asOf", comparing ISO
// dates of any precision on their common prefix ("2021" covers 2021-05).
const validAt = `($asOf IS NULL OR (
	(e.since IS NULL OR left(e.since, CASE WHEN size(e.since) < size($asOf) THEN size(e.since) ELSE size($asOf) END) <= left($asOf, size(e.since))) AND
	(e.until IS NULL OR left(e.until, CASE WHEN size(e.until) < size($asOf) THEN size(e.until) ELSE size($asOf) END) >= left($asOf, size(e.until)))))`

func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func typeStrings(ts []hoigraph.OrgType) any {
	if len(ts) == 0 {
		return nil
	}
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}

// OrgFilter selects organisations.
type OrgFilter struct {
	Name        string // folded and matched as a substring
	Types       []hoigraph.OrgType
	Area        string
	AcrossEras  bool // the area filter follows the July 2025 mapping (AreaScope)
	HasOverseer *bool
}

// OrgOrder is how organisations are sorted.
type OrgOrder string

// The organisation orders; each maps to a fixed ORDER BY.
const (
	OrderName  OrgOrder = "name"
	OrderType  OrgOrder = "type"
	OrderPosts OrgOrder = "posts"
)

var orgOrders = map[OrgOrder]string{
	OrderName:  "ORDER BY n.nameFolded, n.name, n.id",
	OrderType:  "ORDER BY n.type, n.nameFolded, n.id",
	OrderPosts: "ORDER BY COUNT { (:Post)-[:OF]->(n) } DESC, n.nameFolded, n.id",
}

// Organizations returns one page of the organisations that match f, and
// how many match in all.
func (s *Store) Organizations(ctx context.Context, f OrgFilter, order OrgOrder, p Page) ([]Node, int, error) {
	orderBy, ok := orgOrders[order]
	if !ok {
		orderBy = orgOrders[OrderName]
	}
	params := map[string]any{
		"name": orNil(vntext.Fold(f.Name)), "types": typeStrings(f.Types),
		"skip": int64(p.Offset), "limit": int64(p.Limit),
	}
	if err := s.scope(ctx, AreaScope{Area: f.Area, AcrossEras: f.AcrossEras}, params); err != nil {
		return nil, 0, err
	}
	params["hasOverseer"] = nil
	if f.HasOverseer != nil {
		params["hasOverseer"] = *f.HasOverseer
	}
	match := matchOrgs("Organization", f.Area != "") + `
WHERE ($name IS NULL OR n.nameFolded CONTAINS $name) AND ($types IS NULL OR n.type IN $types)
  AND ($hasOverseer IS NULL OR EXISTS { ()-[:RESPONSIBLE_FOR]->(n) } = $hasOverseer)`
	cypher := pageCypher(match, "n", orderBy, "n {.*, partial: "+partialOrg+", labels: labels(n)}")
	return s.page(ctx, "read organizations", cypher, params)
}

// pageCypher counts the rows match binds and returns one page of them as
// total and page: two subqueries, so that the count needs no sorting and
// the page only the top rows of the order (Neo4j keeps skip+limit of them,
// or reads them in index order).
func pageCypher(match, vars, orderBy, item string) string {
	return "CALL () {\n" + match + "\nRETURN count(*) AS total\n}\n" +
		"CALL () {\n" + match + "\nWITH " + vars + " " + orderBy + " SKIP $skip LIMIT $limit\nRETURN collect(" + item + ") AS page\n}\n" +
		"RETURN total, page"
}

// page runs a statement returning total and page (a list of nodes).
func (s *Store) page(ctx context.Context, what, cypher string, params map[string]any) ([]Node, int, error) {
	var nodes []Node
	var total int
	err := s.query(ctx, what, cypher, params, func(r *neo4j.Record) {
		t, _ := r.Values[0].(int64)
		total = int(t)
		l, _ := r.Values[1].([]any)
		for _, v := range l {
			nodes = append(nodes, toNode(v))
		}
	})
	return nodes, total, err
}

// PersonFilter selects people.
type PersonFilter struct {
	Name         string
	Organization string // id of a body they hold a post in
	Area         string
	AcrossEras   bool  // the area filter follows the July 2025 mapping (AreaScope)
	Current      *bool // holds a post with no end (true) or one that ended (false), in the bodies above
}

// People returns one page of the people that match f, sorted by name, and
// how many match in all.
func (s *Store) People(ctx context.Context, f PersonFilter, p Page) ([]Node, int, error) {
	params := map[string]any{
		"name": orNil(vntext.Fold(f.Name)), "org": orNil(f.Organization),
		"skip": int64(p.Offset), "limit": int64(p.Limit), "current": nil,
	}
	if err := s.scope(ctx, AreaScope{Area: f.Area, AcrossEras: f.AcrossEras}, params); err != nil {
		return nil, 0, err
	}
	if f.Current != nil {
		params["current"] = *f.Current
	}
	// People of an area are found from its bodies; otherwise every person
	// is tested.
	match := `MATCH (m:Person)
WHERE ($name IS NULL OR m.nameFolded CONTAINS $name)
  AND ($org IS NULL AND $current IS NULL OR EXISTS {
    MATCH (m)-[h:HOLDS]->(:Post)-[:OF]->(n:Organization)
    WHERE ($org IS NULL OR n.id = $org) AND ($current IS NULL OR (h.until IS NULL) = $current) })`
	if f.Area != "" {
		match = matchOrgs("Organization", true) + `
MATCH (m:Person)-[h:HOLDS]->(:Post)-[:OF]->(n)
WHERE ($name IS NULL OR m.nameFolded CONTAINS $name) AND ($org IS NULL OR n.id = $org) AND ($current IS NULL OR (h.until IS NULL) = $current)
WITH DISTINCT m`
	}
	cypher := pageCypher(match, "m", "ORDER BY m.nameFolded, m.name, m.id", "m")
	return s.page(ctx, "read people", cypher, params)
}

// OversightFilter selects responsibility edges; empty fields select all.
type OversightFilter struct {
	Overseer, Object string           // ids
	Area             string           // id or name: edges with an end in the area
	ObjectType       hoigraph.OrgType // only edges into bodies of this type
	OverseerType     hoigraph.OrgType // only edges from bodies of this type
	AsOf             string           // also picks the era of an area name of both eras
	AcrossEras       bool             // the area filter follows the July 2025 mapping (AreaScope)
	AreaEra          string           // only the filter's areas of this era (AreaScope.Era)
}

// match binds f, e and t to the RESPONSIBLE_FOR edges to filter, starting
// from the most selective thing the filter names: the object, the overseer,
// the area, or else every edge.
func (f OversightFilter) match() (string, error) {
	anchor := func(id, v string) (string, error) {
		label := labelOf(id)
		if label == "" {
			return "", hoigraph.Errorf(hoigraph.EINVALID, "id %q names no kind of node", id)
		}
		return fmt.Sprintf("MATCH (%s:%s {id: $%s})\n", v, label, map[string]string{"t": "object", "f": "overseer"}[v]), nil
	}
	var m string
	var err error
	switch {
	case f.Object != "":
		m, err = anchor(f.Object, "t")
		m += "MATCH (f)-[e:RESPONSIBLE_FOR]->(t)"
	case f.Overseer != "":
		m, err = anchor(f.Overseer, "f")
		m += "MATCH (f)-[e:RESPONSIBLE_FOR]->(t)"
	case f.Area != "":
		// Areas are never overseers, and an object type rules them out
		// as objects: then the area's bodies alone can be ends, and the
		// areas within it need no visit (for a province of the
		// gazetteer, about half the database hits).
		start := matchInArea
		if f.ObjectType != "" {
			start = matchOrgs("Organization", true)
		}
		return start + `
CALL (n) {
  MATCH (f)-[e:RESPONSIBLE_FOR]->(n) RETURN f, e, n AS t
  UNION
  MATCH (n)-[e:RESPONSIBLE_FOR]->(t) RETURN n AS f, e, t
}
WITH DISTINCT f, e, t`, nil
	default:
		return "MATCH (f)-[e:RESPONSIBLE_FOR]->(t) WITH f, e, t", nil
	}
	if f.Area != "" {
		m += "\nWITH f, e, t WHERE (" + inArea("t") + " OR " + inArea("f") + ")"
	}
	return m + "\nWITH f, e, t", err
}

func (s *Store) oversightParams(ctx context.Context, f OversightFilter) (map[string]any, error) {
	params := map[string]any{
		"overseer": orNil(f.Overseer), "object": orNil(f.Object),
		"objectType": orNil(string(f.ObjectType)), "overseerType": orNil(string(f.OverseerType)),
		"asOf": orNil(f.AsOf),
	}
	err := s.scope(ctx, AreaScope{Area: f.Area, AsOf: f.AsOf, AcrossEras: f.AcrossEras, Era: f.AreaEra}, params)
	return params, err
}

// Oversight returns one page of the RESPONSIBLE_FOR edges that match f,
// sorted by object then overseer, and how many match in all. Edges run from
// a body or a person to a body or an area; a type filter keeps only edges
// whose end of that side is a body of the type.
func (s *Store) Oversight(ctx context.Context, f OversightFilter, p Page) ([]Edge, int, error) {
	params, err := s.oversightParams(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	params["skip"], params["limit"] = int64(p.Offset), int64(p.Limit)
	match, err := f.match()
	if err != nil {
		return nil, 0, err
	}
	cypher := pageCypher(match+`
WHERE ($overseer IS NULL OR f.id = $overseer) AND ($object IS NULL OR t.id = $object)
  AND ($objectType IS NULL OR t:Organization AND t.type = $objectType)
  AND ($overseerType IS NULL OR f:Organization AND f.type = $overseerType)
  AND `+validAt, "e, f, t", "ORDER BY t.nameFolded, t.name, t.id, f.nameFolded, f.name, f.id",
		"{e: e, f: f, t: t, partial: "+partialEdge+"}")
	var edges []Edge
	var total int
	err = s.query(ctx, "read oversight", cypher, params, func(r *neo4j.Record) {
		t, _ := r.Values[0].(int64)
		total = int(t)
		l, _ := r.Values[1].([]any)
		for _, v := range l {
			m, _ := v.(map[string]any)
			e := toEdge(m["e"], m["f"], m["t"])
			e.Partial, _ = m["partial"].(bool)
			edges = append(edges, e)
		}
	})
	return edges, total, err
}

// Unassigned returns the bodies of the given types in f's area that no one
// is responsible for on f's date (associations when types is empty), sorted
// by name, at most limit.
func (s *Store) Unassigned(ctx context.Context, f OversightFilter, limit int) ([]Node, error) {
	params, err := s.oversightParams(ctx, f)
	if err != nil {
		return nil, err
	}
	types := []hoigraph.OrgType{hoigraph.Association}
	if f.ObjectType != "" {
		types = []hoigraph.OrgType{f.ObjectType}
	}
	params["types"], params["limit"] = typeStrings(types), int64(limit)
	cypher := matchOrgs("Organization", f.Area != "") + ` WHERE n.type IN $types
  AND NOT EXISTS { MATCH ()-[e:RESPONSIBLE_FOR]->(n) WHERE ` + validAt + ` }
WITH n ORDER BY n.nameFolded, n.name, n.id LIMIT $limit
RETURN collect(n) AS page`
	var nodes []Node
	err = s.query(ctx, "read unassigned bodies", cypher, params, func(r *neo4j.Record) {
		l, _ := r.Values[0].([]any)
		for _, v := range l {
			nodes = append(nodes, toNode(v))
		}
	})
	return nodes, err
}

// partialEdge is the Cypher expression "edge f → t was found only through
// areas not wholly inside the asked one": neither end lies wholly in it.
const partialEdge = `($wholeIds IS NOT NULL AND NOT EXISTS {
  MATCH (t)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(w:Area) WHERE w.id IN $wholeIds }
  AND NOT EXISTS { MATCH (t)-[:PART_OF*0..2]->(w:Area) WHERE w.id IN $wholeIds }
  AND NOT EXISTS { MATCH (f)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(w:Area) WHERE w.id IN $wholeIds })`
