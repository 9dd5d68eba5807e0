package store

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
	"hoigraph/vntext"
)

// Node labels the writer uses. Labels cannot be parameters, so every label
// spliced into a statement comes from these constants or OrgType.Label().
const (
	lOrg       = "Organization"
	lPerson    = "Person"
	lPost      = "Post"
	lArea      = "Area"
	lMeeting   = "Meeting"
	lDirective = "Directive"
	lSource    = "Source"
)

// edgeKind is one relationship type between two labels: the closed set of
// edge statements the writer runs.
type edgeKind struct {
	typ, from, to string
}

var (
	eHolds     = edgeKind{"HOLDS", lPerson, lPost}
	eOf        = edgeKind{"OF", lPost, lOrg}
	eRespOrg   = edgeKind{"RESPONSIBLE_FOR", lOrg, lOrg}
	eRespArea  = edgeKind{"RESPONSIBLE_FOR", lOrg, lArea}
	ePRespOrg  = edgeKind{"RESPONSIBLE_FOR", lPerson, lOrg}
	ePRespArea = edgeKind{"RESPONSIBLE_FOR", lPerson, lArea}
	eOrgPartOf = edgeKind{"PART_OF", lOrg, lOrg}
	eAreaIn    = edgeKind{"PART_OF", lArea, lArea}
	eLocated   = edgeKind{"LOCATED_IN", lOrg, lArea}
	eChaired   = edgeKind{"CHAIRED", lPerson, lMeeting}
	eHeld      = edgeKind{"HELD", lOrg, lMeeting}
	eReviewed  = edgeKind{"REVIEWED", lMeeting, lDirective}
)

// edgeKinds fixes the order edge statements run in, so that two loads of
// the same input append provenance in the same order.
var edgeKinds = []edgeKind{eHolds, eOf, eRespOrg, eRespArea, ePRespOrg, ePRespArea, eOrgPartOf, eAreaIn, eLocated, eChaired, eHeld, eReviewed}

// dated edges are statements with a validity: since, until, asOf, and (for
// RESPONSIBLE_FOR) a kind that is part of what they say.
func (k edgeKind) dated() bool { return k.typ == "HOLDS" || k.typ == "RESPONSIBLE_FOR" }

// edgeCypher is the MERGE for one edge kind: find both ends by the element
// ids the node statements of the same transaction returned (a direct
// record read, where a second index seek per end cost more than the MERGE),
// merge the edge, append each source's entry to the aligned provenance
// lists unless that source is there already (so that no write, however it
// races with another, duplicates provenance). Dated edges also keep, aligned
// with sources, what each source says of since and until (” for nothing);
// since is the earliest of them and until the latest, so both are a
// function of the sources whatever the order they were loaded in.
func edgeCypher(k edgeKind) string {
	key, onCreate, set := "", "", ""
	if k.typ == "RESPONSIBLE_FOR" {
		key = " {kind: r.kind}"
	}
	if k.dated() {
		onCreate = ", e.sinces = [], e.untils = [], e.rules = [], e.confidences = []"
		// Each list is read and written once: the coalesce gives an edge
		// written before the list existed one entry per source it has.
		set = `
SET e.sinces = coalesce(e.sinces, [x IN e.sources | coalesce(e.since, '')]) + [i IN add | r.sinces[i]],
    e.untils = coalesce(e.untils, [x IN e.sources | coalesce(e.until, '')]) + [i IN add | r.untils[i]],
    e.rules = coalesce(e.rules, [x IN e.sources | '']) + [i IN add | r.rules[i]],
    e.confidences = coalesce(e.confidences, [x IN e.sources | 0.0]) + [i IN add | r.confidences[i]],
    e.since = reduce(m = e.since, i IN add | CASE WHEN r.sinces[i] <> '' AND (m IS NULL OR r.sinces[i] < m) THEN r.sinces[i] ELSE m END),
    e.until = reduce(m = e.until, i IN add | CASE WHEN r.untils[i] <> '' AND (m IS NULL OR r.untils[i] > m) THEN r.untils[i] ELSE m END),
    e.asOf = CASE WHEN size(add) = 0 THEN e.asOf WHEN e.asOf IS NULL OR r.asOf > e.asOf THEN r.asOf ELSE e.asOf END`
	}
	return fmt.Sprintf(`UNWIND $rows AS r
MATCH (a:%s) WHERE elementId(a) = r.from
MATCH (b:%s) WHERE elementId(b) = r.to
MERGE (a)-[e:%s%s]->(b)
ON CREATE SET e.sources = [], e.evidence = []%s
WITH e, r, [i IN range(0, size(r.sources) - 1) WHERE NOT r.sources[i] IN e.sources] AS add%s
SET e.sources = e.sources + [i IN add | r.sources[i]], e.evidence = e.evidence + [i IN add | r.evidence[i]]`, k.from, k.to, k.typ, key, onCreate, set)
}

// Node statements. A person resolved by different rules in different
// sources (name+province in one, name+document-province in another) keeps
// the smallest rule as resolvedBy, and each mention the rule of its source,
// so that resolvedBy too is a function of the sources, not of which one
// committed first. Spellings that resolve to one id ("… - tù binh", "… và tù
// binh") are one node, and it keeps the smallest of them, so its name does
// not depend on the order documents were loaded in; each mention records the
// spelling its source used, so that removing a source can name the node again
// from the sources left (renameCypher). Later documents only add what is
// missing, so reloading changes nothing.
// Each row is one node named by one document, so the same statement links
// the node to that document's Source (MENTIONED_IN), found by the element id
// the source statement returned ($sources: source id → element id). CREATE
// is safe there: a document is written only when it is new or its earlier
// statements, links included, were just removed. Every node statement
// returns the element id of each node, for the edge statements.
const (
	sourceCypher = `UNWIND $rows AS r
MERGE (s:Source {id: r.id})
SET s += r.props
RETURN r.id AS id, elementId(s) AS eid`
	personCypher = `UNWIND $rows AS r
MATCH (s:Source) WHERE elementId(s) = $sources[r.src]
MERGE (n:Person {id: r.id})
ON CREATE SET n.name = r.name, n.nameFolded = r.folded, n.resolvedBy = r.rule
CREATE (n)-[:MENTIONED_IN {name: r.name, rule: r.rule}]->(s)
FOREACH (_ IN CASE WHEN r.name < n.name THEN [1] ELSE [] END |
  SET n.name = r.name, n.nameFolded = r.folded)
FOREACH (_ IN CASE WHEN r.rule < n.resolvedBy THEN [1] ELSE [] END |
  SET n.resolvedBy = r.rule)
RETURN r.id AS id, elementId(n) AS eid`
	postCypher = `UNWIND $rows AS r
MATCH (s:Source) WHERE elementId(s) = $sources[r.src]
MERGE (n:Post {id: r.id})
ON CREATE SET n.title = r.title, n.titleFolded = r.folded
CREATE (n)-[:MENTIONED_IN]->(s)
RETURN r.id AS id, elementId(n) AS eid`
	// An article's area takes the highest level (province before
	// district...) its sources give it: a maximum over the sources, so the
	// same whatever the order; each mention keeps its level for when a
	// source is removed (recompute).
	areaCypher = `UNWIND $rows AS r
MATCH (s:Source) WHERE elementId(s) = $sources[r.src]
MERGE (n:Area {id: r.id})
ON CREATE SET n.name = r.name, n.nameFolded = r.folded, n.level = r.level, n.kind = '', n.code = '', n.era = ''
CREATE (n)-[:MENTIONED_IN {name: r.name, level: r.mlevel}]->(s)
FOREACH (_ IN CASE WHEN n.era = '' AND r.level <> '' AND (n.level = '' OR r.rank < ` + levelRank + `) THEN [1] ELSE [] END |
  SET n.level = r.level)
FOREACH (_ IN CASE WHEN n.era = '' AND r.name < n.name THEN [1] ELSE [] END |
  SET n.name = r.name, n.nameFolded = r.folded)
RETURN r.id AS id, elementId(n) AS eid`
	meetingCypher = `UNWIND $rows AS r
MATCH (s:Source) WHERE elementId(s) = $sources[r.src]
MERGE (n:Meeting {id: r.id})
ON CREATE SET n.title = r.title, n.date = r.date
CREATE (n)-[:MENTIONED_IN]->(s)
RETURN r.id AS id, elementId(n) AS eid`
	directiveCypher = `UNWIND $rows AS r
MATCH (s:Source) WHERE elementId(s) = $sources[r.src]
MERGE (n:Directive {id: r.id})
ON CREATE SET n.code = r.code, n.title = r.title
CREATE (n)-[:MENTIONED_IN]->(s)
RETURN r.id AS id, elementId(n) AS eid`
)

// orgCypher merges bodies of one type. A body first named without a type
// (only as the org of a post, say) is created as Other. Its type is the
// first, in hoigraph.OrgTypes order, of the types its sources state, and its
// area the smallest non-empty one they give: both are a function of the
// sources, not of the order they were loaded in. Each mention keeps what its
// source stated, for when a source is removed (recompute).
func orgCypher(t hoigraph.OrgType) string {
	return fmt.Sprintf(`UNWIND $rows AS r
MATCH (s:Source) WHERE elementId(s) = $sources[r.src]
MERGE (n:Organization {id: r.id})
ON CREATE SET n.name = r.name, n.nameFolded = r.folded, n.type = r.type, n.areaName = r.area, n.unplaced = r.unplaced, n:%s
CREATE (n)-[:MENTIONED_IN {name: r.name, type: r.mtype, area: r.marea}]->(s)
FOREACH (_ IN CASE WHEN r.name < n.name THEN [1] ELSE [] END |
  SET n.name = r.name, n.nameFolded = r.folded)
FOREACH (_ IN CASE WHEN r.area <> '' AND (n.areaName = '' OR r.area < n.areaName) THEN [1] ELSE [] END |
  SET n.areaName = r.area)
FOREACH (_ IN CASE WHEN r.typed AND n.type <> r.type AND r.rank < %s THEN [1] ELSE [] END |
  SET n.type = r.type, n:%s
  REMOVE n:%s)
RETURN r.id AS id, elementId(n) AS eid`, t.Label(), typeRank("n.type"), t.Label(), otherLabels(t))
}

// otherLabels are the type labels other than t's, joined for a REMOVE.
func otherLabels(t hoigraph.OrgType) string {
	var others []string
	for _, o := range hoigraph.OrgTypes {
		if o.Label() != t.Label() {
			others = append(others, o.Label())
		}
	}
	return strings.Join(others, ":")
}

// orgTypeRank orders the types a source can state: hoigraph.OrgTypes order,
// Other (what an untyped mention gives) last.
func orgTypeRank(t hoigraph.OrgType) int {
	if t == hoigraph.OtherOrg {
		return len(hoigraph.OrgTypes)
	}
	for i, o := range hoigraph.OrgTypes {
		if o == t {
			return i
		}
	}
	return len(hoigraph.OrgTypes)
}

// typeRank is orgTypeRank in Cypher, of the expression x.
func typeRank(x string) string {
	var b strings.Builder
	b.WriteString("CASE " + x)
	for _, o := range hoigraph.OrgTypes {
		fmt.Fprintf(&b, " WHEN '%s' THEN %d", o, orgTypeRank(o))
	}
	fmt.Fprintf(&b, " ELSE %d END", len(hoigraph.OrgTypes))
	return b.String()
}

// levelRank is levelOrder of n.level in Cypher (AreaLevel.Depth).
const levelRank = "CASE n.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'commune' THEN 2 WHEN 'village' THEN 3 ELSE 99 END"

// levelOrder is AreaLevel.Depth with unknown levels last.
func levelOrder(l hoigraph.AreaLevel) int {
	if d := l.Depth(); d >= 0 {
		return d
	}
	return 99
}

// docGraph is one document turned into rows for the statements above.
type docGraph struct {
	file, sourceID, hash string
	facts                int
	source               map[string]any
	orgs                 map[hoigraph.OrgType][]map[string]any
	nodes                map[string][]map[string]any // by label, orgs excepted
	edges                map[edgeKind][]map[string]any
}

// alignedLists are the edge row fields aligned with its sources, one entry
// per source. A field missing here would leave a merged row's list shorter
// than its sources, and the statement would fail on the null it reads past
// the end (the batch then falls back to one transaction per document,
// which is correct but four times slower: WriteStats.Retried counts it).
var alignedLists = []string{"sources", "evidence", "sinces", "untils", "rules", "confidences"}

// mergeGraphs concatenates the rows of several documents so that one
// statement per kind writes them all. Edges several documents assert become
// one row carrying all their provenance entries, in document order, so that
// the statement never updates one edge twice.
func mergeGraphs(gs []*docGraph) *docGraph {
	if len(gs) == 1 {
		return gs[0]
	}
	out := newDocGraph()
	edges := map[string]map[string]any{}
	for _, g := range gs {
		out.nodes[lSource] = append(out.nodes[lSource], g.nodes[lSource]...)
		for t, rows := range g.orgs {
			out.orgs[t] = append(out.orgs[t], rows...)
		}
		for l, rows := range g.nodes {
			if l != lSource {
				out.nodes[l] = append(out.nodes[l], rows...)
			}
		}
		for _, k := range edgeKinds {
			for _, r := range g.edges[k] {
				key := fmt.Sprint(k.typ, "\x00", r["from"], "\x00", r["to"], "\x00", r["kind"])
				prev, ok := edges[key]
				if !ok {
					row := maps.Clone(r)
					for _, f := range alignedLists {
						if r[f] != nil {
							row[f] = concatList(nil, r[f])
						}
					}
					edges[key] = row
					out.edges[k] = append(out.edges[k], row)
					continue
				}
				for _, f := range alignedLists {
					if r[f] != nil {
						prev[f] = concatList(prev[f], r[f])
					}
				}
				if a, _ := r["asOf"].(string); a != "" {
					if b, _ := prev["asOf"].(string); a > b {
						prev["asOf"] = a
					}
				}
			}
		}
	}
	return out
}

// concatList is list a (nil for none) followed by list b, in a new slice
// when a is nil, so that merged rows never share the prepared rows' lists.
// The lists of a row are []string, or []float64 for confidences.
func concatList(a, b any) any {
	switch b := b.(type) {
	case []string:
		a, _ := a.([]string)
		return append(a, b...)
	case []float64:
		a, _ := a.([]float64)
		return append(a, b...)
	}
	panic(fmt.Sprintf("store: an aligned list of type %T", b))
}

func newDocGraph() *docGraph {
	return &docGraph{
		orgs:  map[hoigraph.OrgType][]map[string]any{},
		nodes: map[string][]map[string]any{},
		edges: map[edgeKind][]map[string]any{},
	}
}

// statement is one UNWIND of rows.
type statement struct {
	what, cypher string
	rows         []map[string]any
	edge         bool // rows name their ends by id, to be given as element ids
	// What the statement writes, for the offline import (import.go), which
	// applies the same rows in the same order: a node label (and, for
	// bodies, their type), or an edge kind.
	label string
	org   hoigraph.OrgType
	kind  edgeKind
}

// statements are what writes g, in order: sources, nodes (with their
// mentions), then edges; kinds without rows are left out.
func (g *docGraph) statements() []statement {
	var out []statement
	add := func(st statement) {
		if len(st.rows) > 0 {
			sortRows(st.rows, st.edge)
			out = append(out, st)
		}
	}
	add(statement{what: "sources", cypher: sourceCypher, rows: g.nodes[lSource], label: lSource})
	for _, t := range hoigraph.OrgTypes {
		add(statement{what: "organizations", cypher: orgCypher(t), rows: g.orgs[t], label: lOrg, org: t})
	}
	for _, n := range []struct{ label, cypher string }{
		{lPerson, personCypher}, {lPost, postCypher}, {lArea, areaCypher}, {lMeeting, meetingCypher}, {lDirective, directiveCypher},
	} {
		add(statement{what: n.label, cypher: n.cypher, rows: g.nodes[n.label], label: n.label})
	}
	for _, k := range edgeKinds {
		add(statement{what: k.typ, cypher: edgeCypher(k), rows: g.edges[k], edge: true, kind: k})
	}
	return out
}

// sortRows orders a statement's rows by the ids of the nodes they lock
// (an edge's ends), so that two loaders writing at once take the locks of
// shared nodes in one order and seldom deadlock (a deadlock is retried,
// but costs the work of the transaction). What a row writes does not depend
// on where it comes in the statement.
func sortRows(rows []map[string]any, edge bool) {
	if edge {
		slices.SortStableFunc(rows, func(a, b map[string]any) int {
			if c := strings.Compare(a["from"].(string), b["from"].(string)); c != 0 {
				return c
			}
			return strings.Compare(a["to"].(string), b["to"].(string))
		})
		return
	}
	slices.SortStableFunc(rows, func(a, b map[string]any) int { return strings.Compare(a["id"].(string), b["id"].(string)) })
}

// writeRows runs g's statements. The source and node statements return the
// element id of every node by its id; edge rows are rewritten with those
// (new maps, so that a retried transaction starts from the prepared rows).
func (s *Store) writeRows(ctx context.Context, tx neo4j.ManagedTransaction, g *docGraph, st *WriteStats) error {
	sources := map[string]any{}
	nodes := map[string]string{}
	for _, stm := range g.statements() {
		params := map[string]any{"rows": stm.rows}
		switch {
		case stm.edge:
			rows := make([]map[string]any, len(stm.rows))
			for i, r := range stm.rows {
				from, to := nodes[r["from"].(string)], nodes[r["to"].(string)]
				if from == "" || to == "" {
					return fmt.Errorf("write %s: no node %q or %q in this batch", stm.what, r["from"], r["to"])
				}
				row := maps.Clone(r)
				row["from"], row["to"] = from, to
				rows[i] = row
			}
			params["rows"] = rows
		case stm.cypher != sourceCypher:
			params["sources"] = sources
		}
		s.queries.Add(1)
		res, err := tx.Run(ctx, keepPlan+stm.cypher, params)
		if err != nil {
			return fmt.Errorf("write %s: %w", stm.what, err)
		}
		for res.Next(ctx) {
			vals := res.Record().Values
			id, _ := vals[0].(string)
			eid, _ := vals[1].(string)
			if stm.cypher == sourceCypher {
				sources[id] = eid
			} else {
				nodes[id] = eid
			}
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return fmt.Errorf("write %s: %w", stm.what, err)
		}
		st.count(sum.Counters())
	}
	return nil
}

// graphBuilder turns one document's facts into rows, resolving every name
// once and asserting every edge once per document.
type graphBuilder struct {
	doc   *hoigraph.Document
	r     Resolver
	g     *docGraph
	date  string // the source's date, the asOf of undated statements
	seen  map[string]bool
	names map[string]Ref // resolution cache: kind + tone key → ref

	orgRows  map[string]map[string]any // by id
	orgOrder []string
	areaRows map[string]map[string]any // by id
}

// buildGraph validates doc and turns it into rows. An invalid fact rejects
// the whole document, naming the fact and the field.
func buildGraph(doc *hoigraph.Document, r Resolver) (*docGraph, error) {
	src := doc.Source
	if src.File == "" {
		return nil, fmt.Errorf("document without a source file name")
	}
	if src.ID == "" {
		src.ID = SourceID(src.File)
	}
	kind := src.Kind
	if kind == "" {
		kind = "article"
	}
	b := &graphBuilder{doc: doc, r: r, g: newDocGraph(), date: src.Date, seen: map[string]bool{}, names: map[string]Ref{}, orgRows: map[string]map[string]any{}, areaRows: map[string]map[string]any{}}
	b.g.file, b.g.sourceID, b.g.hash, b.g.facts = src.File, src.ID, src.Hash, len(doc.Facts)
	b.g.nodes[lSource] = []map[string]any{{"id": src.ID, "props": map[string]any{
		"file": vntext.NFC(src.File), "title": vntext.NFC(src.Title), "date": src.Date, "publisher": vntext.NFC(src.Publisher),
		"url": src.URL, "hash": src.Hash, "kind": kind, "encoding": src.Encoding, "path": orNil(vntext.NFC(src.Path)),
		"by": orNil(src.By), "at": orNil(src.At), "action": orNil(src.Action), "note": orNil(vntext.NFC(src.Note)), "target": orNil(src.Target),
	}}}
	if src.Date != "" {
		if err := hoigraph.CheckDate(src.Date); err != nil {
			return nil, fmt.Errorf("source date: %w", err)
		}
	}
	for i := range doc.Facts {
		if err := checkDates(&doc.Facts[i]); err != nil {
			return nil, fmt.Errorf("fact %d (%s): %w", i+1, doc.Facts[i].Kind, err)
		}
		if err := b.fact(&doc.Facts[i]); err != nil {
			return nil, fmt.Errorf("fact %d (%s): %w", i+1, doc.Facts[i].Kind, err)
		}
	}
	for _, id := range b.orgOrder {
		row := b.orgRows[id]
		t := hoigraph.OrgType(row["type"].(string))
		b.g.orgs[t] = append(b.g.orgs[t], row)
	}
	return b.g, nil
}

// SourceID is the id of the Source node of a file: its path as given (the
// loader gives it relative to the load's root), with / between folders and
// in NFC, otherwise exact. Two distinct files are never one source, whatever
// their case, punctuation or folder; the same path loaded again is the same
// source, and its content hash decides whether it changed.
func SourceID(path string) string {
	return "source:" + vntext.NFC(strings.ReplaceAll(path, `\`, "/"))
}

// MaxNameLength is the longest name, title or code a fact may give, in
// characters: names are indexed, and Neo4j refuses to index a value of a
// few kilobytes. The longest real names are some two hundred characters.
const MaxNameLength = 1000

// checkDates validates a fact's dates (hoigraph.CheckDate) and the length
// of its names, naming the field.
func checkDates(f *hoigraph.Fact) error {
	for _, n := range []struct{ field, v string }{
		{"name", f.Name}, {"person", f.Person}, {"post", f.Post}, {"org", f.Org}, {"subject", f.Subject},
		{"object", f.Object}, {"parent", f.Parent}, {"area", f.Area}, {"chair", f.Chair}, {"code", f.Code},
	} {
		if l := utf8.RuneCountInString(n.v); l > MaxNameLength {
			return fmt.Errorf("field %q: %d characters, more than the %d a name may have", n.field, l, MaxNameLength)
		}
	}
	for _, d := range []struct{ field, v string }{{"since", f.Since}, {"until", f.Until}, {"as_of", f.AsOf}} {
		if d.v == "" {
			continue
		}
		if err := hoigraph.CheckDate(d.v); err != nil {
			return fmt.Errorf("field %q: %w", d.field, err)
		}
	}
	return nil
}

func required(fields ...string) error {
	for i := 0; i < len(fields); i += 2 {
		if strings.TrimSpace(fields[i+1]) == "" {
			return fmt.Errorf("field %q is empty", fields[i])
		}
	}
	return nil
}

func (b *graphBuilder) fact(f *hoigraph.Fact) error {
	switch f.Kind {
	case hoigraph.FactOrg:
		if err := required("name", f.Name); err != nil {
			return err
		}
		if f.Type != "" && !f.Type.Valid() {
			return fmt.Errorf("field \"type\": unknown organisation type %q", f.Type)
		}
		o := b.org(f.Name, f.Type, f.Area)
		if f.Area != "" {
			b.edge(eLocated, o, b.area(f.Area, ""), f)
		}
		if f.Parent != "" {
			b.edge(eOrgPartOf, o, b.org(f.Parent, "", ""), f)
		}
	case hoigraph.FactPerson:
		if err := required("name", f.Name); err != nil {
			return err
		}
		b.person(f.Name)
	case hoigraph.FactHolds:
		if err := required("person", f.Person, "post", f.Post, "org", f.Org); err != nil {
			return err
		}
		p, o := b.person(f.Person), b.org(f.Org, "", "")
		post := b.post(o, f.Post)
		b.edge(eHolds, p, post, f)
		b.edge(eOf, post, o, f)
	case hoigraph.FactResponsibleFor:
		if err := required("subject", f.Subject, "object", f.Object); err != nil {
			return err
		}
		var from, to Ref
		var k edgeKind
		switch f.SubjectKind {
		case "", hoigraph.EndpointOrg:
			from = b.org(f.Subject, "", "")
			k = eRespOrg
		case hoigraph.EndpointPerson:
			from = b.person(f.Subject)
			k = ePRespOrg
		default:
			return fmt.Errorf("field \"subject_kind\": %q cannot be responsible", f.SubjectKind)
		}
		switch f.ObjectKind {
		case "", hoigraph.EndpointOrg:
			to = b.org(f.Object, "", "")
		case hoigraph.EndpointArea:
			to = b.area(f.Object, "")
			if k == eRespOrg {
				k = eRespArea
			} else {
				k = ePRespArea
			}
		default:
			return fmt.Errorf("field \"object_kind\": unknown kind %q", f.ObjectKind)
		}
		b.edge(k, from, to, f)
	case hoigraph.FactPartOf:
		if err := required("subject", f.Subject, "object", f.Object); err != nil {
			return err
		}
		if f.SubjectKind == hoigraph.EndpointArea {
			b.areaIn(b.area(f.Subject, ""), b.area(f.Object, ""), f)
		} else {
			b.edge(eOrgPartOf, b.org(f.Subject, "", ""), b.org(f.Object, "", ""), f)
		}
	case hoigraph.FactArea:
		if err := required("name", f.Name); err != nil {
			return err
		}
		a := b.area(f.Name, f.Level)
		if f.Parent != "" {
			b.areaIn(a, b.area(f.Parent, ""), f)
		}
	case hoigraph.FactMeeting:
		if f.Name == "" && f.Date == "" {
			return fmt.Errorf("fields \"name\" and \"date\" are both empty")
		}
		m := b.meeting(f)
		if f.Org != "" {
			b.edge(eHeld, b.org(f.Org, "", ""), m, f)
		}
		if f.Chair != "" {
			b.edge(eChaired, b.person(f.Chair), m, f)
		}
	case hoigraph.FactDirective:
		if f.Code == "" && f.Name == "" {
			return fmt.Errorf("fields \"code\" and \"name\" are both empty")
		}
		d := b.directive(f)
		// A directive names the meeting that reviewed it in Parent.
		if f.Parent != "" {
			b.edge(eReviewed, b.meeting(&hoigraph.Fact{Name: f.Parent, Date: f.Date}), d, f)
		}
	default:
		return fmt.Errorf("field \"fact\": unknown kind %q", f.Kind)
	}
	return nil
}

// resolve caches the resolver's answer for a name within the document.
func (b *graphBuilder) resolve(kind, name string, fn func(*hoigraph.Document, string) Ref) Ref {
	name = strings.Join(strings.Fields(vntext.NFC(name)), " ")
	key := kind + "\x00" + name
	if ref, ok := b.names[key]; ok {
		return ref
	}
	ref := fn(b.doc, name)
	if ref.Name == "" {
		ref.Name = name
	}
	b.names[key] = ref
	return ref
}

// once reports whether key is new in this document.
func (b *graphBuilder) once(key string) bool {
	if b.seen[key] {
		return false
	}
	b.seen[key] = true
	return true
}

func (b *graphBuilder) org(name string, t hoigraph.OrgType, area string) Ref {
	ref := b.resolve(lOrg, name, b.r.Org)
	typed := t != ""
	if !typed {
		t = hoigraph.OtherOrg
	}
	// One row per body and document; what a typed mention says wins over
	// an untyped one.
	row, ok := b.orgRows[ref.ID]
	if !ok {
		row = map[string]any{"id": ref.ID, "src": b.g.sourceID, "name": ref.Name, "folded": vntext.Fold(ref.Name),
			"type": string(t), "area": vntext.NFC(area), "typed": typed, "unplaced": ref.Rule == "unplaced"}
		setMention(row)
		b.orgRows[ref.ID] = row
		b.orgOrder = append(b.orgOrder, ref.ID)
		return ref
	}
	if typed && (!row["typed"].(bool) || orgTypeRank(t) < orgTypeRank(hoigraph.OrgType(row["type"].(string)))) {
		row["type"], row["typed"] = string(t), true
	}
	if a := vntext.NFC(area); a != "" && (row["area"] == "" || a < row["area"].(string)) {
		row["area"] = a
	}
	setMention(row)
	return ref
}

// setMention fills what an org row's MENTIONED_IN records of its source's
// statement (nothing for what it does not state) and the type's rank.
func setMention(row map[string]any) {
	row["mtype"], row["marea"] = nil, nil
	if row["typed"].(bool) {
		row["mtype"] = row["type"]
	}
	if a := row["area"].(string); a != "" {
		row["marea"] = a
	}
	row["rank"] = orgTypeRank(hoigraph.OrgType(row["type"].(string)))
}

func (b *graphBuilder) person(name string) Ref {
	ref := b.resolve(lPerson, name, b.r.Person)
	if b.once("n\x00" + ref.ID) {
		b.g.nodes[lPerson] = append(b.g.nodes[lPerson], map[string]any{
			"id": ref.ID, "src": b.g.sourceID, "name": ref.Name, "folded": vntext.Fold(ref.Name), "rule": ref.Rule,
		})
	}
	return ref
}

// PostID is the id of a seat: its body and its folded title.
func PostID(orgID, title string) string {
	return "post:" + orgID + "/" + strings.ReplaceAll(vntext.Fold(title), " ", "-")
}

func (b *graphBuilder) post(org Ref, title string) Ref {
	title = strings.Join(strings.Fields(vntext.NFC(title)), " ")
	ref := Ref{ID: PostID(org.ID, title), Name: title}
	if b.once("n\x00" + ref.ID) {
		b.g.nodes[lPost] = append(b.g.nodes[lPost], map[string]any{"id": ref.ID, "src": b.g.sourceID, "title": title, "folded": vntext.Fold(title)})
	}
	return ref
}

func (b *graphBuilder) area(name string, level hoigraph.AreaLevel) Ref {
	ref := b.resolve(lArea, name, b.r.Area)
	// An official unit is written by WriteAreas and never renamed here; the
	// row only guards against a gazetteer that was not loaded.
	if b.once("n\x00" + ref.ID) {
		b.areaRows[ref.ID] = map[string]any{
			"id": ref.ID, "src": b.g.sourceID, "name": ref.Name, "folded": vntext.Fold(ref.Name), "level": "",
			"mlevel": nil, "rank": levelOrder(""),
		}
		b.g.nodes[lArea] = append(b.g.nodes[lArea], b.areaRows[ref.ID])
	}
	// The highest level the document gives the area, wherever it says it.
	if row := b.areaRows[ref.ID]; level != "" && levelOrder(level) < row["rank"].(int) {
		row["level"], row["mlevel"], row["rank"] = string(level), string(level), levelOrder(level)
	}
	return ref
}

// areaIn links an area to the one it lies in, unless both are official
// units: the gazetteer already says so, and an article must not take
// ownership of (and later delete) the gazetteer's edge.
func (b *graphBuilder) areaIn(a, parent Ref, f *hoigraph.Fact) {
	if a.Gazetteer && parent.Gazetteer || a.ID == parent.ID {
		return
	}
	b.edge(eAreaIn, a, parent, f)
}

func (b *graphBuilder) meeting(f *hoigraph.Fact) Ref {
	title := vntext.NFC(f.Name)
	ref := Ref{ID: vntext.ID("meeting", f.Date+" "+title+" "+vntext.NFC(f.Org))}
	if b.once("n\x00" + ref.ID) {
		b.g.nodes[lMeeting] = append(b.g.nodes[lMeeting], map[string]any{"id": ref.ID, "src": b.g.sourceID, "title": title, "date": f.Date})
	}
	return ref
}

func (b *graphBuilder) directive(f *hoigraph.Fact) Ref {
	key := f.Code
	if key == "" {
		key = f.Name
	}
	ref := Ref{ID: vntext.ID("directive", key)}
	if b.once("n\x00" + ref.ID) {
		b.g.nodes[lDirective] = append(b.g.nodes[lDirective], map[string]any{"id": ref.ID, "src": b.g.sourceID, "code": f.Code, "title": vntext.NFC(f.Name)})
	}
	return ref
}

// edge asserts from-[k]->to with this document as its source, once per
// document (the first sentence that says it is its evidence).
func (b *graphBuilder) edge(k edgeKind, from, to Ref, f *hoigraph.Fact) {
	rel := ""
	if k.typ == "RESPONSIBLE_FOR" {
		rel = f.Relation
		if rel == "" {
			rel = "responsible_for"
		}
	}
	if !b.once(strings.Join([]string{"e", k.typ, from.ID, to.ID, rel}, "\x00")) {
		return
	}
	ev := ""
	if f.Evidence != nil {
		ev = vntext.NFC(f.Evidence.Sentence)
	}
	row := map[string]any{"from": from.ID, "to": to.ID, "sources": []string{b.g.sourceID}, "evidence": []string{ev}}
	if k.dated() {
		asOf := f.AsOf
		if asOf == "" {
			asOf = b.date
		}
		row["kind"], row["sinces"], row["untils"], row["asOf"] = rel, []string{f.Since}, []string{f.Until}, orNil(asOf)
		// which rule of the extractor read it and how sure it is, aligned
		// with sources, for a reviewer to check the least certain first
		row["rules"], row["confidences"] = []string{f.Rule}, []float64{f.Confidence}
	}
	b.g.edges[k] = append(b.g.edges[k], row)
}
