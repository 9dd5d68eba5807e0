package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
)

// Selection is the part of the graph an export takes: the whole graph, the
// bodies of an area, or the neighbourhood of a node, narrowed by body type,
// relation type and date. The zero value is the whole graph without
// provenance.
type Selection struct {
	// Area (id or name) takes the area, the areas within it, the bodies
	// located in them and what hangs off those along the chosen relation
	// types: their posts and the people who hold them, the meetings they
	// held and the directives reviewed there, and the other end of every
	// responsibility edge that touches them.
	Area string
	// AcrossEras makes Area follow the July 2025 mapping (SUCCEEDED_BY):
	// an old district takes the new communes made from it, and a new
	// commune the old units it came from, as the API's acrossEras does.
	AcrossEras bool
	// Around (a node id) takes the nodes within Depth hops of it along the
	// chosen relation types.
	Around string
	Depth  int
	// BodyTypes keeps only organisations of these types (nil: all).
	BodyTypes []hoigraph.OrgType
	// RelationTypes are the edges exported (nil: every type of the model
	// but MENTIONED_IN, which Provenance controls).
	RelationTypes []string
	// AsOf keeps only the dated edges (HOLDS, RESPONSIBLE_FOR) valid on this
	// ISO date, as the API's asOf filters do.
	AsOf string
	// Provenance adds the Source nodes the selected nodes are mentioned in,
	// the MENTIONED_IN edges, and each edge's list of source ids.
	Provenance bool
}

// MaxExportDepth caps the neighbourhood an export follows: at depth 5 a
// body of a ward already reaches most of its province.
const MaxExportDepth = 5

// exportEdgeOK keeps an edge valid at $asOf that no reviewer rejected:
// rejected facts stay in the graph but not in what analysts take away.
var exportEdgeOK = validAt + " AND " + notRejected("e")

// ExportRelationTypes are the relation types an export takes by default.
var ExportRelationTypes = []string{"HOLDS", "OF", "RESPONSIBLE_FOR", "PART_OF", "LOCATED_IN", "CHAIRED", "HELD", "REVIEWED"}

// Check validates the selection and fills in the default relation types, so
// that both doors (the command and the HTTP handler) reject the same input
// with the same message.
func (sel *Selection) Check() error {
	if sel.AcrossEras && sel.Area == "" {
		return hoigraph.Errorf(hoigraph.EINVALID, "acrossEras needs area")
	}
	if sel.Area != "" && sel.Around != "" {
		return hoigraph.Errorf(hoigraph.EINVALID, "area and around cannot be combined: export an area or the neighbourhood of a node")
	}
	if sel.Around != "" {
		if _, err := startLabel(sel.Around); err != nil {
			return err
		}
		if sel.Depth < 1 || sel.Depth > MaxExportDepth {
			return hoigraph.Errorf(hoigraph.EINVALID, "depth must be between 1 and %d", MaxExportDepth)
		}
	} else if sel.Depth != 0 {
		return hoigraph.Errorf(hoigraph.EINVALID, "depth needs around (the node whose neighbourhood to export)")
	}
	for _, t := range sel.BodyTypes {
		if !t.Valid() {
			return hoigraph.Errorf(hoigraph.EINVALID, "unknown body type %q", t)
		}
	}
	for _, t := range sel.RelationTypes {
		if !slices.Contains(ExportRelationTypes, t) {
			if t == "MENTIONED_IN" {
				return hoigraph.Errorf(hoigraph.EINVALID, "MENTIONED_IN edges come with provenance, not as a relation type")
			}
			return hoigraph.Errorf(hoigraph.EINVALID, "unknown relation type %q", t)
		}
	}
	if len(sel.RelationTypes) == 0 {
		sel.RelationTypes = ExportRelationTypes
	}
	if sel.AsOf != "" && !isoDate(sel.AsOf) {
		return hoigraph.Errorf(hoigraph.EINVALID, "asOf %q is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", sel.AsOf)
	}
	return nil
}

// isoDate accepts YYYY, YYYY-MM and YYYY-MM-DD.
func isoDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i, r := range s {
		if i == 4 || i == 7 {
			if r != '-' {
				return false
			}
		} else if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// ExportNode is a node with what an export shows beside its own properties:
// the area it is located in (a body) or lies in (an area).
type ExportNode struct {
	Node
	InID, InName string
}

// ExportEdge is a relationship as exports write it: the number of sources
// that assert it and the first evidence sentence, and the source ids only
// with provenance.
type ExportEdge struct {
	Type, From, To           string
	Kind, Since, Until, AsOf string
	SourceCount              int
	Evidence                 string
	Sources                  []string
	Name                     string // MENTIONED_IN: the spelling the source used
}

// exportTypes are the edge types an export reads: the selection's, and
// MENTIONED_IN with provenance.
func (sel Selection) exportTypes() []string {
	ts := slices.Clone(sel.RelationTypes)
	if sel.Provenance {
		ts = append(ts, "MENTIONED_IN")
	}
	return ts
}

func (sel Selection) params() map[string]any {
	return map[string]any{
		"types": typeStrings(sel.BodyTypes), "rels": sel.exportTypes(), "asOf": orNil(sel.AsOf),
		"provenance": sel.Provenance, "around": sel.Around,
	}
}

// whole reports whether the selection is the whole graph, which streams
// with no per-node state; an area or a neighbourhood is first resolved to
// the ids of its nodes.
func (sel Selection) whole() bool { return sel.Area == "" && sel.Around == "" }

// exportNodeMap projects a node for exports.
const exportNodeMap = `n {.id, .name, .title, .type, .areaName, .level, .kind, .code, .era, .file, .date, .publisher, .url, labels: labels(n),
  inArea: CASE WHEN n:Organization THEN head([(n)-[:LOCATED_IN]->(x:Area) | [x.id, x.name]])
               WHEN n:Area THEN head([(n)-[:PART_OF]->(x:Area) | [x.id, x.name]]) END}`

// exportEdgeMap projects relationship e from n to z.
const exportEdgeMap = `{type: type(e), from: n.id, to: z.id, kind: e.kind, since: e.since, until: e.until, asOf: e.asOf,
  count: size(coalesce(e.sources, [])), evidence: head(coalesce(e.evidence, [])), name: e.name,
  sources: CASE WHEN $provenance THEN e.sources END}`

// endOK is the predicate "z may be the end of an exported edge of the
// whole graph": a body of a kept type, a source only with provenance.
const endOK = `(NOT z:Source OR $provenance) AND (NOT z:Organization OR $types IS NULL OR z.type IN $types)`

// selectionCypher returns the ids of the nodes of an area or a
// neighbourhood selection.
func (sel Selection) selectionCypher() (string, error) {
	// attach adds to each selected node n its sources (with provenance)
	// and, for a meeting, the directives it reviewed.
	attach := func(reviewed bool) string {
		a := "CALL (n) {\n  RETURN n AS m\n  UNION MATCH (m:Source)<-[:MENTIONED_IN]-(n) WHERE $provenance RETURN m\n"
		if reviewed {
			a += "  UNION MATCH (n:Meeting)-[:REVIEWED]->(m:Directive) WHERE 'REVIEWED' IN $rels RETURN m\n"
		}
		return a + "}\nRETURN DISTINCT m.id AS id"
	}
	if sel.Around != "" {
		label, err := startLabel(sel.Around)
		if err != nil {
			return "", err
		}
		// One breadth-first step per hop, as the API's neighbourhood does,
		// without its node cap: an export wants all of it.
		var b strings.Builder
		fmt.Fprintf(&b, "MATCH (s:%s {id: $around}) WITH [s] AS ns\n", label)
		for range sel.Depth {
			b.WriteString(`CALL (ns) { UNWIND ns AS x MATCH (x)-[e]-(m) WHERE type(e) IN $rels AND type(e) <> 'MENTIONED_IN' AND ` + exportEdgeOK + `
  AND (NOT m:Organization OR $types IS NULL OR m.type IN $types) RETURN collect(DISTINCT m) AS f }
CALL (ns, f) { UNWIND ns + f AS y RETURN collect(DISTINCT y) AS all }
WITH all AS ns
`)
		}
		b.WriteString("UNWIND ns AS n\n" + attach(false))
		return b.String(), nil
	}
	return matchArea + `
MATCH (x:Area)-[:PART_OF*0..2]->(a)
WITH DISTINCT x
CALL (x) {
  RETURN x AS c
  UNION MATCH (c:Organization)-[:LOCATED_IN]->(x) WHERE $types IS NULL OR c.type IN $types RETURN c
}
WITH DISTINCT c
CALL (c) {
  RETURN c AS n
  UNION MATCH (n:Post)-[:OF]->(c:Organization) WHERE 'OF' IN $rels RETURN n
  UNION MATCH (n:Person)-[e:HOLDS]->(:Post)-[:OF]->(c:Organization) WHERE 'HOLDS' IN $rels AND 'OF' IN $rels AND ` + exportEdgeOK + ` RETURN n
  UNION MATCH (c:Organization)-[:HELD]->(n:Meeting) WHERE 'HELD' IN $rels RETURN n
  UNION MATCH (c)-[e:RESPONSIBLE_FOR]-(n) WHERE 'RESPONSIBLE_FOR' IN $rels AND ` + exportEdgeOK + `
    AND (NOT n:Organization OR $types IS NULL OR n.type IN $types) RETURN n
}
WITH DISTINCT n
` + attach(true), nil
}

// ExportPlan is a selection resolved against the graph: what the node and
// edge passes read, and how many nodes there are, for progress.
type ExportPlan struct {
	sel   Selection
	ids   map[string][]string // selection: ids by label, sorted; nil for the whole graph
	set   map[string]bool
	Nodes int
}

// PlanExport checks sel and resolves it: for the whole graph it counts the
// nodes; for an area or a neighbourhood it reads the ids of the nodes
// (about 60 bytes each; what the edge pass tests edge ends against). An
// area or a node that is not in the graph is a NOT_FOUND error.
func (s *Store) PlanExport(ctx context.Context, sel Selection) (*ExportPlan, error) {
	if err := sel.Check(); err != nil {
		return nil, err
	}
	p := &ExportPlan{sel: sel}
	params := sel.params()
	if sel.whole() {
		for _, l := range exportLabels(sel) {
			cypher := "MATCH (n:" + l + ") RETURN count(n) AS c"
			if l == lOrg {
				cypher = "MATCH (n:Organization) WHERE $types IS NULL OR n.type IN $types RETURN count(n) AS c"
			}
			err := s.query(ctx, "count export nodes", cypher, params, func(r *neo4j.Record) {
				c, _ := r.Values[0].(int64)
				p.Nodes += int(c)
			})
			if err != nil {
				return nil, err
			}
		}
		return p, nil
	}
	cypher, err := sel.selectionCypher()
	if err != nil {
		return nil, err
	}
	if err := s.scope(ctx, AreaScope{Area: sel.Area, AsOf: sel.AsOf, AcrossEras: sel.AcrossEras}, params); err != nil {
		return nil, err
	}
	p.ids, p.set = map[string][]string{}, map[string]bool{}
	err = s.query(ctx, "read export selection", cypher, params, func(r *neo4j.Record) {
		id, _ := r.Values[0].(string)
		if l := labelOf(id); l != "" && !p.set[id] {
			p.set[id] = true
			p.ids[l] = append(p.ids[l], id)
		}
	})
	if err != nil {
		return nil, err
	}
	if len(p.set) == 0 {
		if sel.Area != "" {
			return nil, hoigraph.Errorf(hoigraph.ENOTFOUND, "no area %q in the graph", sel.Area)
		}
		return nil, hoigraph.Errorf(hoigraph.ENOTFOUND, "no node %q in the graph", sel.Around)
	}
	for _, ids := range p.ids {
		slices.Sort(ids)
	}
	p.Nodes = len(p.set)
	return p, nil
}

// exportLabels are the kinds of node an export writes, in file order.
func exportLabels(sel Selection) []string {
	if sel.Provenance {
		return primaryLabels
	}
	return slices.DeleteFunc(slices.Clone(primaryLabels), func(l string) bool { return l == lSource })
}

// ExportNodes hands the selected nodes to fn, one page (at most size) at a
// time, kind by kind in id order. Each page is one short read transaction.
func (s *Store) ExportNodes(ctx context.Context, p *ExportPlan, size int, fn func([]ExportNode) error) error {
	return s.exportPages(ctx, p, size, func(label, after string, ids []string) (string, int, error) {
		params := p.sel.params()
		params["after"], params["page"], params["ids"] = after, int64(size), ids
		var cypher string
		if ids != nil {
			cypher = "UNWIND $ids AS id MATCH (n:" + label + " {id: id}) RETURN " + exportNodeMap + " AS n ORDER BY n.id"
		} else {
			where := "n.id > $after"
			if label == lOrg {
				where += " AND ($types IS NULL OR n.type IN $types)"
			}
			cypher = "MATCH (n:" + label + ") WHERE " + where + " WITH n ORDER BY n.id LIMIT $page RETURN " + exportNodeMap + " AS n"
		}
		var page []ExportNode
		err := s.query(ctx, "read export nodes", cypher, params, func(r *neo4j.Record) {
			page = append(page, toExportNode(r.Values[0]))
		})
		if err != nil || len(page) == 0 {
			return "", 0, err
		}
		return page[len(page)-1].ID, len(page), fn(page)
	})
}

// ExportEdges hands the edges among the selected nodes to fn, one page of
// start nodes at a time, ordered by start node, type and end node.
func (s *Store) ExportEdges(ctx context.Context, p *ExportPlan, size int, fn func([]ExportEdge) error) error {
	return s.exportPages(ctx, p, size, func(label, after string, ids []string) (string, int, error) {
		params := p.sel.params()
		params["after"], params["page"], params["ids"] = after, int64(size), ids
		var start string
		if ids != nil {
			start = "UNWIND $ids AS id MATCH (n:" + label + " {id: id})"
		} else {
			where := "n.id > $after"
			if label == lOrg {
				where += " AND ($types IS NULL OR n.type IN $types)"
			}
			start = "MATCH (n:" + label + ") WHERE " + where + " WITH n ORDER BY n.id LIMIT $page"
		}
		cypher := start + `
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS n
  MATCH (n)-[e]->(z) WHERE type(e) IN $rels AND ` + exportEdgeOK + ` AND ` + endOK + `
  WITH n, e, z ORDER BY n.id, type(e), z.id, e.kind
  RETURN collect(` + exportEdgeMap + `) AS es
}
RETURN size(ns) AS n, last(ns).id AS last, es`
		var page []ExportEdge
		var n int
		var last string
		err := s.query(ctx, "read export edges", cypher, params, func(r *neo4j.Record) {
			c, _ := r.Values[0].(int64)
			n = int(c)
			last, _ = r.Values[1].(string)
			for _, v := range r.Values[2].([]any) {
				e := toExportEdge(v)
				if p.set == nil || p.set[e.To] {
					page = append(page, e)
				}
			}
		})
		if err != nil || n == 0 {
			return "", 0, err
		}
		if len(page) > 0 {
			if err := fn(page); err != nil {
				return "", 0, err
			}
		}
		return last, n, nil
	})
}

// exportPages walks the plan's nodes kind by kind, a page at a time: by
// keyset (ids after the last one read) over the whole graph, or over slices
// of the selection's sorted ids. page reads one page and returns the last
// id it read and how many nodes it covered.
func (s *Store) exportPages(ctx context.Context, p *ExportPlan, size int, page func(label, after string, ids []string) (string, int, error)) error {
	if size < 1 {
		size = 1
	}
	for _, l := range exportLabels(p.sel) {
		if p.ids != nil {
			ids := p.ids[l]
			for i := 0; i < len(ids); i += size {
				if _, _, err := page(l, "", ids[i:min(i+size, len(ids))]); err != nil {
					return err
				}
			}
			continue
		}
		after := ""
		for {
			last, n, err := page(l, after, nil)
			if err != nil {
				return err
			}
			if n < size {
				break
			}
			after = last
		}
	}
	return nil
}

func toExportNode(v any) ExportNode {
	n := ExportNode{Node: toNode(v)}
	m, _ := v.(map[string]any)
	if in, ok := m["inArea"].([]any); ok && len(in) == 2 {
		n.InID, _ = in[0].(string)
		n.InName, _ = in[1].(string)
	}
	return n
}

func toExportEdge(v any) ExportEdge {
	m, _ := v.(map[string]any)
	p := func(k string) string { s, _ := m[k].(string); return s }
	c, _ := m["count"].(int64)
	e := ExportEdge{
		Type: p("type"), From: p("from"), To: p("to"), Kind: p("kind"), Since: p("since"), Until: p("until"), AsOf: p("asOf"),
		SourceCount: int(c), Evidence: p("evidence"), Name: p("name"),
	}
	if m["sources"] != nil {
		e.Sources = toStrings(m["sources"])
	}
	return e
}
