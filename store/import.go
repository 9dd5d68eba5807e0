package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"hoigraph"
	"hoigraph/vntext"
)

// The offline first load (hoigraph import). A first load through Bolt
// spends most of its time in Neo4j's transactions (BENCHMARKS.md, "Loading
// at issue 11"); neo4j-admin's importer writes the store files directly,
// many times faster, but only into an empty database and only from files.
// So Import builds the whole graph in memory first, from the very rows the
// online writer sends (Prepare, mergeGraphs, statements), by applying each
// statement's Cypher the way Neo4j would: MERGE by id, ON CREATE values,
// the FOREACH rules that keep the smallest name, the highest level, the
// first type, and the provenance lists appended in commit order. It must
// give the same graph as `hoigraph load` with one writer, property for
// property (TestImportBuildsTheSameGraphAsLoad); WriteImport then writes it
// as neo4j-admin CSV files (import_csv.go).

// Import is the graph of a first load, built in memory. It has the
// writing methods the loader calls on a Store (WriteAreas, WriteAreaLinks,
// WritePrepared), so the loader fills it as it would write a store. Safe
// for concurrent use, but the provenance lists are appended in the order
// batches arrive, so a loader filling it should have one writer (as a
// store's graph, the same whatever the order, up to that order).
type Import struct {
	mu       sync.Mutex
	nodes    map[string]*inode // by label + "\x00" + id
	order    []*inode          // in creation order
	edges    map[string]*iedge // by type, ends and (RESPONSIBLE_FOR) kind
	eorder   []*iedge
	mentions []iedge // MENTIONED_IN: created, never merged
	sources  map[string]string
}

// inode is one node: its label, its body type label (bodies only) and its
// properties, absent ones absent (Neo4j stores no null).
type inode struct {
	label, typeLabel string
	props            map[string]any
}

// iedge is one relationship between two nodes.
type iedge struct {
	typ      string
	from, to *inode
	props    map[string]any
}

// NewImport is an empty graph.
func NewImport() *Import {
	return &Import{nodes: map[string]*inode{}, edges: map[string]*iedge{}, sources: map[string]string{}}
}

// Counts is the number of nodes and relationships the import holds.
func (im *Import) Counts() Counts {
	im.mu.Lock()
	defer im.mu.Unlock()
	return Counts{Nodes: int64(len(im.order)), Relationships: int64(len(im.eorder) + len(im.mentions))}
}

// node returns the node of a label and id, nil when there is none.
func (im *Import) node(label, id string) *inode { return im.nodes[label+"\x00"+id] }

// merge is MERGE (n:label {id: id}): the node, and whether it was created.
func (im *Import) merge(label, id string) (*inode, bool) {
	if n := im.node(label, id); n != nil {
		return n, false
	}
	n := &inode{label: label, props: map[string]any{"id": id}}
	im.nodes[label+"\x00"+id] = n
	im.order = append(im.order, n)
	return n, true
}

// set is SET n.k = v: a nil value removes the property, as in Neo4j.
func set(props map[string]any, k string, v any) {
	if v == nil {
		delete(props, k)
		return
	}
	props[k] = v
}

// less is Cypher's a < b for two values that are strings (names, rules,
// areas): null when either is not, which a CASE WHEN takes as false.
func less(a, b any) bool {
	x, ok1 := a.(string)
	y, ok2 := b.(string)
	return ok1 && ok2 && x < y
}

// eq is Cypher's a = b for strings, false when either is null.
func eq(a any, b string) bool {
	x, ok := a.(string)
	return ok && x == b
}

// WriteAreas adds official units and their PART_OF edges, as
// Store.WriteAreas writes them (areaUnitCypher, areaParentCypher).
func (im *Import) WriteAreas(_ context.Context, units []Area) (WriteStats, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	var st WriteStats
	for i, u := range units {
		if u.ID == "" || u.Name == "" {
			return st, fmt.Errorf("write areas: unit %d (code %q) has no id or name", i+1, u.Code)
		}
		for _, a := range u.Aliases {
			if !trimmed(a) || strings.Contains(a, arraySep) || strings.Contains(a, markEmpty) {
				return st, fmt.Errorf("write areas: unit %s: alias %q cannot be imported (white space at an end, or a separator of the CSV files): load online", u.ID, a)
			}
		}
	}
	for _, u := range units {
		n, created := im.merge(lArea, u.ID)
		if created {
			st.NodesCreated++
		}
		p := n.props
		set(p, "name", vntext.NFC(u.Name))
		set(p, "nameFolded", vntext.Fold(u.Name))
		set(p, "kind", u.Kind)
		set(p, "level", u.Level)
		set(p, "code", u.Code)
		set(p, "era", u.Era)
		set(p, "validFrom", orNil(u.ValidFrom))
		set(p, "validUntil", orNil(u.ValidUntil))
		var lat, lon, km2 any
		if u.HasCoordinates {
			lat, lon = u.Lat, u.Lon
		}
		if u.AreaKm2 > 0 {
			km2 = u.AreaKm2
		}
		set(p, "lat", lat)
		set(p, "lon", lon)
		set(p, "areaKm2", km2)
		aliases := u.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		set(p, "aliases", aliases)
	}
	for _, u := range units {
		if u.ParentID == "" {
			continue
		}
		a, p := im.node(lArea, u.ID), im.node(lArea, u.ParentID)
		if a == nil || p == nil {
			continue
		}
		if _, created := im.mergeEdge("PART_OF", a, p, ""); created {
			st.RelationshipsCreated++
		}
	}
	im.setGazetteerHash(gazetteerUnits, unitsFingerprint(units), &st)
	return st, nil
}

// setGazetteerHash is setGazetteerCypher.
func (im *Import) setGazetteerHash(id, hash string, st *WriteStats) {
	n, created := im.merge(gazetteerLabel, id)
	if created {
		st.NodesCreated++
	}
	set(n.props, "hash", hash)
}

// WriteAreaLinks adds the SUCCEEDED_BY edges as Store.WriteAreaLinks writes
// them (areaLinkCypher).
func (im *Import) WriteAreaLinks(_ context.Context, links []AreaLink) (WriteStats, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	var st WriteStats
	for i, l := range links {
		if l.From == "" || l.To == "" {
			return st, fmt.Errorf("write area links: link %d has no end", i+1)
		}
	}
	for _, l := range links {
		a, b := im.node(lArea, l.From), im.node(lArea, l.To)
		if a == nil || b == nil {
			continue
		}
		e, created := im.mergeEdge("SUCCEEDED_BY", a, b, "")
		if created {
			st.RelationshipsCreated++
		}
		set(e.props, "whole", l.Whole)
		set(e.props, "default", l.Default)
		set(e.props, "date", orNil(l.Date))
	}
	im.setGazetteerHash(gazetteerLinks, linksFingerprint(links), &st)
	return st, nil
}

// mergeEdge is MERGE (a)-[e:typ]->(b), with {kind: kind} when typ is
// RESPONSIBLE_FOR: the one edge of that type (and kind) between the two.
func (im *Import) mergeEdge(typ string, a, b *inode, kind string) (*iedge, bool) {
	key := typ + "\x00" + a.label + "\x00" + a.props["id"].(string) + "\x00" + b.label + "\x00" + b.props["id"].(string) + "\x00" + kind
	if e := im.edges[key]; e != nil {
		return e, false
	}
	e := &iedge{typ: typ, from: a, to: b, props: map[string]any{}}
	if typ == "RESPONSIBLE_FOR" {
		e.props["kind"] = kind
	}
	im.edges[key] = e
	im.eorder = append(im.eorder, e)
	return e, true
}

// WritePrepared adds prepared documents as Store.WritePrepared writes
// them: in the same batches, each merged (mergeGraphs) and written
// statement by statement. A document whose source is in already with the
// same hash is skipped as unchanged; one whose source is in with another
// hash would replace it online, which an import of an empty store does not
// do: it fails, naming both. A document holding a character the CSV files
// use as separators fails too (checkSeparators).
func (im *Import) WritePrepared(_ context.Context, ps []*Prepared) (WriteStats, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	return inBatches(ps, im.writeBatch)
}

// writeBatch is writeTx for the import: one transaction's documents.
func (im *Import) writeBatch(gs []*docGraph) (WriteStats, error) {
	var st WriteStats
	var todo []*docGraph
	for _, g := range gs {
		h, ok := im.sources[g.sourceID]
		switch {
		case ok && h == g.hash && g.hash != "":
			st.Unchanged++
			continue
		case ok:
			st.Failed = append(st.Failed, DocError{File: g.file, Err: fmt.Errorf("source %s is read a second time with other content; an import cannot replace a document (load the corpus online, or give each document its own name)", g.sourceID)})
			continue
		}
		if err := checkSeparators(g); err != nil {
			st.Failed = append(st.Failed, DocError{File: g.file, Err: err})
			continue
		}
		todo = append(todo, g)
	}
	if len(todo) == 0 {
		return st, nil
	}
	// The Source nodes are merged first (lockSourcesCypher), in id order.
	for _, g := range todo {
		im.sources[g.sourceID] = g.hash
		st.Documents++
		st.Facts += g.facts
	}
	if err := im.apply(mergeGraphs(todo), &st); err != nil {
		return st, err
	}
	return st, nil
}

// apply runs g's statements (docGraph.statements) on the graph, row by row
// in the order Neo4j runs an UNWIND, each as its Cypher says.
func (im *Import) apply(g *docGraph, st *WriteStats) error {
	for _, stm := range g.statements() {
		for _, r := range stm.rows {
			var err error
			switch {
			case stm.edge:
				err = im.edgeRow(stm.kind, r, st)
			case stm.label == lSource:
				im.sourceRow(r)
			default:
				err = im.nodeRow(stm, r, st)
			}
			if err != nil {
				return fmt.Errorf("import %s: %w", stm.what, err)
			}
		}
	}
	return nil
}

// sourceRow is sourceCypher: MERGE (s:Source {id}) SET s += r.props. The
// node is not counted as created: online, lockSourcesCypher creates it, in
// a statement whose counters are not added up.
func (im *Import) sourceRow(r map[string]any) {
	n, _ := im.merge(lSource, r["id"].(string))
	for k, v := range r["props"].(map[string]any) {
		set(n.props, k, v)
	}
}

// mention is CREATE (n)-[:MENTIONED_IN {props}]->(s), null values left out.
func (im *Import) mention(n *inode, r map[string]any, props map[string]any, st *WriteStats) error {
	s := im.node(lSource, r["src"].(string))
	if s == nil {
		return fmt.Errorf("no source %q for %q", r["src"], r["id"])
	}
	e := iedge{typ: "MENTIONED_IN", from: n, to: s, props: map[string]any{}}
	for k, v := range props {
		set(e.props, k, v)
	}
	im.mentions = append(im.mentions, e)
	st.RelationshipsCreated++
	return nil
}

// nodeRow applies one row of a node statement (orgCypher, personCypher,
// postCypher, areaCypher, meetingCypher, directiveCypher).
func (im *Import) nodeRow(stm statement, r map[string]any, st *WriteStats) error {
	n, created := im.merge(stm.label, r["id"].(string))
	if created {
		st.NodesCreated++
	}
	p := n.props
	switch stm.label {
	case lOrg:
		if created {
			set(p, "name", r["name"])
			set(p, "nameFolded", r["folded"])
			set(p, "type", r["type"])
			set(p, "areaName", r["area"])
			set(p, "unplaced", r["unplaced"])
			n.typeLabel = stm.org.Label()
		}
		if err := im.mention(n, r, map[string]any{"name": r["name"], "type": r["mtype"], "area": r["marea"]}, st); err != nil {
			return err
		}
		if less(r["name"], p["name"]) {
			set(p, "name", r["name"])
			set(p, "nameFolded", r["folded"])
		}
		if a, _ := r["area"].(string); a != "" && (eq(p["areaName"], "") || less(a, p["areaName"])) {
			set(p, "areaName", a)
		}
		if t, _ := r["type"].(string); r["typed"] == true && !eq(p["type"], t) && r["rank"].(int) < orgTypeRank(hoigraph.OrgType(str(p["type"]))) {
			set(p, "type", t)
			n.typeLabel = hoigraph.OrgType(t).Label()
		}
	case lPerson:
		if created {
			set(p, "name", r["name"])
			set(p, "nameFolded", r["folded"])
			set(p, "resolvedBy", r["rule"])
		}
		if err := im.mention(n, r, map[string]any{"name": r["name"], "rule": r["rule"]}, st); err != nil {
			return err
		}
		if less(r["name"], p["name"]) {
			set(p, "name", r["name"])
			set(p, "nameFolded", r["folded"])
		}
		if less(r["rule"], p["resolvedBy"]) {
			set(p, "resolvedBy", r["rule"])
		}
	case lPost:
		if created {
			set(p, "title", r["title"])
			set(p, "titleFolded", r["folded"])
		}
		return im.mention(n, r, nil, st)
	case lArea:
		if created {
			set(p, "name", r["name"])
			set(p, "nameFolded", r["folded"])
			set(p, "level", r["level"])
			set(p, "kind", "")
			set(p, "code", "")
			set(p, "era", "")
		}
		if err := im.mention(n, r, map[string]any{"name": r["name"], "level": r["mlevel"]}, st); err != nil {
			return err
		}
		if l, _ := r["level"].(string); eq(p["era"], "") && l != "" && (eq(p["level"], "") || r["rank"].(int) < levelOrder(hoigraph.AreaLevel(str(p["level"])))) {
			set(p, "level", l)
		}
		if eq(p["era"], "") && less(r["name"], p["name"]) {
			set(p, "name", r["name"])
			set(p, "nameFolded", r["folded"])
		}
	case lMeeting:
		if created {
			set(p, "title", r["title"])
			set(p, "date", r["date"])
		}
		return im.mention(n, r, nil, st)
	case lDirective:
		if created {
			set(p, "code", r["code"])
			set(p, "title", r["title"])
		}
		return im.mention(n, r, nil, st)
	default:
		return fmt.Errorf("no import rule for label %s", stm.label)
	}
	return nil
}

// str is a string property's value, "" for null.
func str(v any) string {
	s, _ := v.(string)
	return s
}

// levelRank in Cypher gives 99 to a level it does not know, as levelOrder
// does; a null level is 99 there too.

// edgeRow is edgeCypher(k) for one row.
func (im *Import) edgeRow(k edgeKind, r map[string]any, st *WriteStats) error {
	a, b := im.node(k.from, r["from"].(string)), im.node(k.to, r["to"].(string))
	if a == nil || b == nil {
		return fmt.Errorf("no node %q or %q in this batch", r["from"], r["to"])
	}
	kind := ""
	if k.typ == "RESPONSIBLE_FOR" {
		kind, _ = r["kind"].(string)
	}
	e, created := im.mergeEdge(k.typ, a, b, kind)
	p := e.props
	if created {
		st.RelationshipsCreated++
		p["sources"], p["evidence"] = []string{}, []string{}
		if k.dated() {
			p["sinces"], p["untils"], p["rules"], p["confidences"] = []string{}, []string{}, []string{}, []float64{}
		}
	}
	have, ok := p["sources"].([]string)
	if !ok {
		// An edge the statement did not create and that has no sources (an
		// official PART_OF): `NOT x IN null` is null, so nothing is added,
		// and the lists stay null.
		return nil
	}
	srcs := r["sources"].([]string)
	var add []int
	for i, s := range srcs {
		if !contains(have, s) {
			add = append(add, i)
		}
	}
	if k.dated() {
		p["sinces"] = appendAt(coalesceList(p, "sinces", len(have), str(p["since"])), r["sinces"].([]string), add)
		p["untils"] = appendAt(coalesceList(p, "untils", len(have), str(p["until"])), r["untils"].([]string), add)
		p["rules"] = appendAt(coalesceList(p, "rules", len(have), ""), r["rules"].([]string), add)
		conf, _ := p["confidences"].([]float64)
		if conf == nil {
			conf = make([]float64, len(have))
		}
		for _, i := range add {
			conf = append(conf, r["confidences"].([]float64)[i])
		}
		p["confidences"] = conf
		since, until := p["since"], p["until"]
		for _, i := range add {
			if s := r["sinces"].([]string)[i]; s != "" && (since == nil || less(s, since)) {
				since = s
			}
			if u := r["untils"].([]string)[i]; u != "" && (until == nil || less(until, u)) {
				until = u
			}
		}
		set(p, "since", since)
		set(p, "until", until)
		if len(add) > 0 {
			if p["asOf"] == nil || less(p["asOf"], r["asOf"]) {
				set(p, "asOf", r["asOf"])
			}
		}
	}
	p["sources"] = appendAt(have, srcs, add)
	ev, _ := p["evidence"].([]string)
	p["evidence"] = appendAt(ev, r["evidence"].([]string), add)
	return nil
}

// coalesceList is coalesce(e.k, [x IN e.sources | def]).
func coalesceList(p map[string]any, k string, n int, def string) []string {
	if l, ok := p[k].([]string); ok {
		return l
	}
	l := make([]string, n)
	for i := range l {
		l[i] = def
	}
	return l
}

// appendAt is l + [i IN add | from[i]], in a new slice.
func appendAt(l, from []string, add []int) []string {
	out := make([]string, len(l), len(l)+len(add))
	copy(out, l)
	for _, i := range add {
		out = append(out, from[i])
	}
	return out
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// What the CSV files use inside a value: U+001F between list elements, and
// U+E000 (private use) as the one element of a list [] (see import_csv.go).
// No text of a document may hold them.
const (
	arraySep  = "\x1f"
	markEmpty = "\ue000"
)

// trimmed reports whether neo4j-admin --trim-strings leaves a list element
// as it is: Java's String.trim drops every character up to U+0020 at both
// ends (multi-byte UTF-8 bytes are all above that).
func trimmed(s string) bool {
	return s == "" || s[0] > ' ' && s[len(s)-1] > ' '
}

// checkSeparators fails when a document's rows hold a separator, or a list
// element that neo4j-admin would trim (a sentence of evidence ending in a
// space), naming the field.
func checkSeparators(g *docGraph) error {
	var bad, why string
	var walk func(field string, v any)
	walk = func(field string, v any) {
		if bad != "" {
			return
		}
		switch v := v.(type) {
		case string:
			if strings.Contains(v, arraySep) || strings.Contains(v, markEmpty) {
				bad, why = field, "holds the control character U+001F or the private-use character U+E000, which the import's CSV files use as separators"
			}
		case []string:
			for _, x := range v {
				if !trimmed(x) {
					bad, why = field, fmt.Sprintf("holds %q, which begins or ends with white space that neo4j-admin would drop", x)
					return
				}
				walk(field, x)
			}
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(k, v[k])
			}
		}
	}
	for _, rows := range g.nodes {
		for _, r := range rows {
			walk("", r)
		}
	}
	for _, rows := range g.orgs {
		for _, r := range rows {
			walk("", r)
		}
	}
	for _, rows := range g.edges {
		for _, r := range rows {
			walk("", r)
		}
	}
	if bad != "" {
		return fmt.Errorf("field %q %s: fix it, or load the file online", bad, why)
	}
	return nil
}
