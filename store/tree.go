package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Shape is what to read below a set of nodes: for each Nest, the
// neighbours along its relation and, recursively, what to read below them.
// The API builds one from a GraphQL selection; Tree compiles the whole of
// it into a single Cypher statement, so a nested answer costs one
// round-trip whatever its depth or size (the peer's way, and the reason
// the nested questions no longer pay one statement per field).
type Shape struct {
	Nests []Nest
}

// Nest is one relation read below the nodes of one kind.
type Nest struct {
	Rel Relation
	// Kind is the label of the nodes the relation is read below
	// (Organization, Person, Post, Area): a union's members each have
	// their own nests. "" reads it below every node it starts from.
	Kind  string
	Shape Shape
	// Back is read below the parent's end of the edge, for relations whose
	// neighbours come with an edge (holdings, responsibilities): the API
	// shows both ends of such an edge, each with its own selection.
	Back Shape
	// Sources reads the Source nodes of each edge's provenance.
	Sources bool
}

// Tree is a node with what a Shape read below it: Kids[i] are its
// neighbours along Shape.Nests[i], in display order (empty for a nest of
// another kind).
type Tree struct {
	Link
	// Whole and Default describe an area link (AreaSuccessors,
	// AreaPredecessors): false Whole when the old unit was split between
	// several new ones; Default on the one new unit a split old unit is
	// taken to have become.
	Whole, Default bool
	Kids           [][]Tree
	// Back are the lists Nest.Back read below the parent's end of the
	// edge; Sources the Source nodes of the edge's provenance, when asked.
	Back    [][]Tree
	Sources []Node
}

// step is a relation as a pattern from a bound node: %[1]s is the parent
// variable with its label, %[2]s the neighbour, %[3]s the edge.
type step struct {
	match    string // pattern, then an optional WHERE
	order    string // ORDER BY list
	edge     int    // 0: no edge data; 1: the edge runs parent → neighbour; 2: neighbour → parent
	distinct bool   // neighbours reached several ways count once
	link     bool   // an area link: whole and default on the edge
}

var steps = map[Relation]step{
	OrgArea:          {match: "(%[1]s)-[:LOCATED_IN]->(%[2]s:Area)", order: "%[2]s.nameFolded, %[2]s.name"},
	OrgParent:        {match: "(%[1]s)-[:PART_OF]->(%[2]s:Organization)", order: "%[2]s.nameFolded, %[2]s.name"},
	OrgChildren:      {match: "(%[2]s:Organization)-[:PART_OF]->(%[1]s)", order: "%[2]s.nameFolded, %[2]s.name"},
	OrgPosts:         {match: "(%[2]s:Post)-[:OF]->(%[1]s)", order: "%[2]s.titleFolded, %[2]s.title"},
	ResponsibleFor:   {match: "(%[1]s)-[%[3]s:RESPONSIBLE_FOR]->(%[2]s) WHERE " + notRejected("%[3]s"), order: "%[2]s.nameFolded, %[2]s.name", edge: 1},
	OverseenBy:       {match: "(%[2]s)-[%[3]s:RESPONSIBLE_FOR]->(%[1]s) WHERE " + notRejected("%[3]s"), order: "%[2]s.nameFolded, %[2]s.name", edge: 2},
	MentionedIn:      {match: "(%[1]s)-[:MENTIONED_IN]->(%[2]s:Source)", order: "%[2]s.date DESC, %[2]s.file"},
	PostOrg:          {match: "(%[1]s)-[:OF]->(%[2]s:Organization)", order: "%[2]s.nameFolded"},
	PostHolders:      {match: "(%[2]s:Person)-[%[3]s:HOLDS]->(%[1]s) WHERE " + notRejected("%[3]s"), order: "%[3]s.until IS NOT NULL, coalesce(%[3]s.since, %[3]s.asOf) DESC, %[2]s.nameFolded", edge: 2},
	PersonHoldings:   {match: "(%[1]s)-[%[3]s:HOLDS]->(%[2]s:Post) WHERE " + notRejected("%[3]s"), order: "%[3]s.until IS NOT NULL, coalesce(%[3]s.since, %[3]s.asOf) DESC, %[2]s.titleFolded", edge: 1},
	PersonOrgs:       {match: "(%[1]s)-[%[3]s:HOLDS]->(:Post)-[:OF]->(%[2]s:Organization) WHERE " + notRejected("%[3]s"), order: "%[2]s.nameFolded, %[2]s.name", distinct: true},
	PersonAreas:      {match: "(%[1]s)-[%[3]s:HOLDS]->(:Post)-[:OF]->(:Organization)-[:LOCATED_IN]->(%[2]s:Area) WHERE " + notRejected("%[3]s"), order: "%[2]s.nameFolded, %[2]s.name", distinct: true},
	AreaParent:       {match: "(%[1]s)-[:PART_OF]->(%[2]s:Area)", order: "%[2]s.nameFolded, %[2]s.name"},
	AreaChildren:     {match: "(%[2]s:Area)-[:PART_OF]->(%[1]s)", order: "%[2]s.nameFolded, %[2]s.name"},
	AreaOrgs:         {match: "(%[2]s:Organization)-[:LOCATED_IN]->(%[1]s)", order: "%[2]s.nameFolded, %[2]s.name"},
	AreaSuccessors:   {match: "(%[1]s)-[%[3]s:SUCCEEDED_BY]->(%[2]s:Area)", order: "%[2]s.nameFolded, %[2]s.name, %[2]s.id", link: true},
	AreaPredecessors: {match: "(%[1]s)<-[%[3]s:SUCCEEDED_BY]-(%[2]s:Area)", order: "%[2]s.nameFolded, %[2]s.name, %[2]s.id", link: true},
}

// treeLabels are the kinds a Nest may name: labels come from this closed
// list, never from input.
var treeLabels = map[string]bool{"Organization": true, "Person": true, "Post": true, "Area": true}

// compiler writes one statement for a Shape, naming variables n0, n1, …
type compiler struct {
	b    strings.Builder
	vars int
}

// rows writes, for the node bound to v, the list of its nests' neighbour
// lists: [COLLECT { … }, COLLECT { … }].
func (c *compiler) rows(v string, sh Shape) error {
	c.b.WriteByte('[')
	for i, nest := range sh.Nests {
		if i > 0 {
			c.b.WriteString(", ")
		}
		st, ok := steps[nest.Rel]
		if !ok {
			return fmt.Errorf("read tree: no relation %d", nest.Rel)
		}
		parent := v
		if nest.Kind != "" {
			if !treeLabels[nest.Kind] {
				return fmt.Errorf("read tree: no kind %q", nest.Kind)
			}
			parent = v + ":" + nest.Kind
		}
		c.vars++
		n, e := "n"+strconv.Itoa(c.vars), "e"+strconv.Itoa(c.vars)
		with := n
		if st.edge != 0 || st.link {
			with += ", " + e
		}
		if st.distinct {
			with = "DISTINCT " + n
		}
		fmt.Fprintf(&c.b, "COLLECT { MATCH "+st.match+" WITH %[4]s ORDER BY "+st.order+" RETURN [%[2]s, ", parent, n, e, with)
		if st.edge != 0 || st.link {
			c.b.WriteString(e)
		} else {
			c.b.WriteString("null")
		}
		c.b.WriteString(", ")
		if err := c.rows(n, nest.Shape); err != nil {
			return err
		}
		c.b.WriteString(", ")
		if len(nest.Back.Nests) > 0 && st.edge != 0 {
			if err := c.rows(v, nest.Back); err != nil {
				return err
			}
		} else {
			c.b.WriteString("null")
		}
		if nest.Sources && st.edge != 0 {
			c.vars++
			sid, src := "sid"+strconv.Itoa(c.vars), "s"+strconv.Itoa(c.vars)
			fmt.Fprintf(&c.b, ", COLLECT { UNWIND %[1]s.sources AS %[2]s MATCH (%[3]s:Source {id: %[2]s}) RETURN DISTINCT %[3]s }", e, sid, src)
		}
		c.b.WriteString("] }")
	}
	c.b.WriteByte(']')
	return nil
}

// compileTree is the statement reading sh below the nodes of the given
// labels (parameters $<label>, lists of ids): one row per node, its node
// and its nests' lists.
func compileTree(labels []string, sh Shape) (string, error) {
	var c compiler
	c.b.WriteString("CALL () { ")
	for i, l := range labels {
		if i > 0 {
			c.b.WriteString(" UNION ALL ")
		}
		fmt.Fprintf(&c.b, "UNWIND $%[1]s AS key MATCH (n0:%[1]s {id: key}) RETURN n0", l)
	}
	c.b.WriteString(" } RETURN n0, ")
	if err := c.rows("n0", sh); err != nil {
		return "", err
	}
	return c.b.String(), nil
}

// Tree reads the nodes with the given ids and, in the same statement,
// everything sh asks below them. Ids of unknown kinds or absent nodes are
// missing from the map.
func (s *Store) Tree(ctx context.Context, ids []string, sh Shape) (map[string]Tree, error) {
	byLabel := map[string][]string{}
	for _, id := range dedupe(ids) {
		if l := labelOf(id); l != "" {
			byLabel[l] = append(byLabel[l], id)
		}
	}
	out := make(map[string]Tree, len(ids))
	if len(byLabel) == 0 {
		return out, nil
	}
	var labels []string
	params := make(map[string]any, len(byLabel))
	for _, l := range primaryLabels {
		if len(byLabel[l]) > 0 {
			labels = append(labels, l)
			params[l] = byLabel[l]
		}
	}
	cypher, err := treeStatement(labels, sh)
	if err != nil {
		return nil, err
	}
	err = s.query(ctx, "read tree", cypher, params, func(r *neo4j.Record) {
		t := Tree{Link: Link{Node: toNode(r.Values[0])}}
		t.Kids = kids(r.Values[0], r.Values[1], sh)
		out[t.Node.ID] = t
	})
	return out, err
}

// kids converts the nests' lists below the node parent (a dbtype.Node).
func kids(parent, v any, sh Shape) [][]Tree {
	lists, _ := v.([]any)
	out := make([][]Tree, len(sh.Nests))
	for i, nest := range sh.Nests {
		if i >= len(lists) {
			break
		}
		rows, _ := lists[i].([]any)
		st := steps[nest.Rel]
		l := make([]Tree, 0, len(rows))
		for _, row := range rows {
			cols, _ := row.([]any)
			if len(cols) < 4 {
				continue
			}
			t := Tree{Link: Link{Node: toNode(cols[0])}}
			switch {
			case st.link:
				if rel, ok := cols[1].(dbtype.Relationship); ok {
					t.Whole, _ = rel.Props["whole"].(bool)
					t.Default, _ = rel.Props["default"].(bool)
				}
			case st.edge == 1:
				e := toEdge(cols[1], parent, cols[0])
				t.Edge = &e
			case st.edge == 2:
				e := toEdge(cols[1], cols[0], parent)
				t.Edge = &e
			}
			t.Kids = kids(cols[0], cols[2], nest.Shape)
			if len(nest.Back.Nests) > 0 {
				t.Back = kids(parent, cols[3], nest.Back)
			}
			if len(cols) > 4 {
				srcs, _ := cols[4].([]any)
				for _, sv := range srcs {
					t.Sources = append(t.Sources, toNode(sv))
				}
			}
			l = append(l, t)
		}
		out[i] = l
	}
	return out
}
