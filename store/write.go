package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
	"hoigraph/vntext"
)

// How documents are written (the graph model is ../shared/DESIGN.md):
//
//   - A Source node per file (id from the file's base name) keeps its hash.
//     A document whose hash is already loaded is skipped; one whose hash
//     changed first has everything it said removed (removeStatements), then
//     is written like a new one, in the same transaction.
//   - Every node a document names is MENTIONED_IN its Source. Every edge it
//     asserts carries the aligned lists sources and evidence; a second
//     document saying the same appends to the same edge. Removing a source
//     drops its entries, deletes edges left with none and nodes left with no
//     relationship (official areas excepted), so no stale statement survives.
//   - Dates on HOLDS and RESPONSIBLE_FOR: asOf is the latest date among the
//     sources (the fact's as_of, else its source's date), recomputed from the
//     remaining sources when one is removed; since and until are the first
//     given.
//   - Names: spellings that resolve to one id are one node, named by the
//     smallest spelling its sources use (each MENTIONED_IN keeps its
//     source's spelling), recomputed when a source is removed, so the name
//     does not depend on load order. Known limit: a body's type and area,
//     and an edge's since and until, are those of the first (type: the last
//     typed) document that gave them, and stay when that document is later
//     changed while others still name the node or edge.

// WriteStats says what a write did. The node and relationship counts come
// from Neo4j's own counters, so they are true even when MERGE found
// everything already there.
type WriteStats struct {
	Documents int // documents written (new, or changed since their last load)
	Replaced  int // of those, documents whose earlier statements were removed first
	Unchanged int // documents skipped because a source with the same hash is loaded
	Facts     int // facts of the written documents

	NodesCreated, NodesDeleted                 int
	RelationshipsCreated, RelationshipsDeleted int

	// Failed lists the documents that were not written, with why; the
	// others were.
	Failed []DocError
}

// Add accumulates b into s.
func (s *WriteStats) Add(b WriteStats) {
	s.Documents += b.Documents
	s.Replaced += b.Replaced
	s.Unchanged += b.Unchanged
	s.Facts += b.Facts
	s.NodesCreated += b.NodesCreated
	s.NodesDeleted += b.NodesDeleted
	s.RelationshipsCreated += b.RelationshipsCreated
	s.RelationshipsDeleted += b.RelationshipsDeleted
	s.Failed = append(s.Failed, b.Failed...)
}

func (s *WriteStats) count(c neo4j.Counters) {
	s.NodesCreated += c.NodesCreated()
	s.NodesDeleted += c.NodesDeleted()
	s.RelationshipsCreated += c.RelationshipsCreated()
	s.RelationshipsDeleted += c.RelationshipsDeleted()
}

// DocError is why one document was not written.
type DocError struct {
	File string
	Err  error
}

func (e DocError) Error() string { return fmt.Sprintf("write %s: %v", e.File, e.Err) }
func (e DocError) Unwrap() error { return e.Err }

// Ref is the node a name in a document stands for.
type Ref struct {
	ID   string
	Name string // what a new node is called
	// Rule says why this id was chosen ("name", "name+province", ...); it is
	// stored on people as resolvedBy so that a merge can be explained.
	Rule string
	// Gazetteer marks an Area that is an official unit: loaded by WriteAreas,
	// never renamed by an article and never deleted as an orphan.
	Gazetteer bool
}

// A Resolver decides which node each name of a document stands for, so that
// one real body or person is one node across documents. The loader's
// resolver knows the gazetteer; NameResolver is the fallback that knows only
// names.
type Resolver interface {
	Org(doc *hoigraph.Document, name string) Ref
	Person(doc *hoigraph.Document, name string) Ref
	Area(doc *hoigraph.Document, name string) Ref
}

// NameResolver resolves by name alone: a body is its scoped canonical name,
// an area its name, and a person its name plus the areas of the bodies where
// the document says they hold posts, so that namesakes in two districts stay
// two people.
type NameResolver struct{}

// Org keys a body by its scoped name; case and tone-mark placement do not
// matter (vntext.ID).
func (NameResolver) Org(_ *hoigraph.Document, name string) Ref {
	return Ref{ID: vntext.ID("org", name), Name: name, Rule: "name"}
}

// Area keys an area known only from articles by its name.
func (NameResolver) Area(_ *hoigraph.Document, name string) Ref {
	return Ref{ID: vntext.ID("area", name), Name: name, Rule: "name"}
}

// Person keys a person by name and the areas of their posts' bodies.
func (NameResolver) Person(doc *hoigraph.Document, name string) Ref {
	if areas := postAreas(doc, name); len(areas) > 0 {
		return Ref{ID: vntext.ID("person", name+" @ "+strings.Join(areas, " + ")), Name: name, Rule: "name+area"}
	}
	return Ref{ID: vntext.ID("person", name), Name: name, Rule: "name"}
}

// postAreas returns the distinct scope areas (org facts' area) of the bodies
// where doc says the person named holds a post, sorted.
func postAreas(doc *hoigraph.Document, person string) []string {
	orgArea := map[string]string{}
	for _, f := range doc.Facts {
		if f.Kind == hoigraph.FactOrg && f.Area != "" {
			orgArea[vntext.ToneKey(f.Name)] = f.Area
		}
	}
	seen := map[string]bool{}
	var out []string
	key := vntext.ToneKey(person)
	for _, f := range doc.Facts {
		if f.Kind != hoigraph.FactHolds || vntext.ToneKey(f.Person) != key {
			continue
		}
		if a := orgArea[vntext.ToneKey(f.Org)]; a != "" && !seen[vntext.ToneKey(a)] {
			seen[vntext.ToneKey(a)] = true
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}

// WriteDocuments writes documents with NameResolver; see WriteDocumentsWith.
func (s *Store) WriteDocuments(ctx context.Context, docs []hoigraph.Document) (WriteStats, error) {
	return s.WriteDocumentsWith(ctx, NameResolver{}, docs)
}

// WriteDocumentsWith writes the documents in one transaction, falling back to
// one transaction per document when the batch fails, so that each document is
// atomic (all its facts or none) and one bad document does not sink the
// others. A document whose source is already loaded with the same hash is
// skipped; one whose hash changed has its earlier statements removed first.
// The error is non-nil when some document failed (they are listed in
// WriteStats.Failed) or when ctx ended; the documents counted as written are
// committed either way.
func (s *Store) WriteDocumentsWith(ctx context.Context, r Resolver, docs []hoigraph.Document) (WriteStats, error) {
	var ps []*Prepared
	var invalid []DocError
	for i := range docs {
		p, err := Prepare(&docs[i], r)
		if err != nil {
			invalid = append(invalid, DocError{File: docs[i].Source.File, Err: err})
			continue
		}
		ps = append(ps, p)
	}
	st, err := s.WritePrepared(ctx, ps)
	st.Failed = append(invalid, st.Failed...)
	if err != nil {
		return st, err
	}
	return st, failures(st.Failed)
}

// Prepared is a document validated and turned into the rows the store
// writes. Preparing is CPU work with no I/O, so a loader does it on several
// cores while the previous batch is being written.
type Prepared struct {
	File  string // the source's file name
	Facts int
	g     *docGraph
}

// Prepare validates doc, resolving its names with r; an invalid fact is an
// error naming the fact and the field.
func Prepare(doc *hoigraph.Document, r Resolver) (*Prepared, error) {
	g, err := buildGraph(doc, r)
	if err != nil {
		return nil, err
	}
	return &Prepared{File: doc.Source.File, Facts: len(doc.Facts), g: g}, nil
}

// WritePrepared writes prepared documents as WriteDocumentsWith does, but
// its error is only one that stopped the writing (ctx ended, the store failed
// as a whole); documents that failed alone are listed in WriteStats.Failed.
func (s *Store) WritePrepared(ctx context.Context, ps []*Prepared) (WriteStats, error) {
	var total WriteStats
	var batch []*docGraph
	ids := map[string]bool{}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		st, err := s.writeGraphs(ctx, batch)
		total.Add(st)
		batch, ids = batch[:0], map[string]bool{}
		return err
	}
	for _, p := range ps {
		// Two documents with one source id cannot share a transaction: the
		// second replaces the first, so it must see it committed.
		if ids[p.g.sourceID] {
			if err := flush(); err != nil {
				return total, err
			}
		}
		ids[p.g.sourceID] = true
		batch = append(batch, p.g)
	}
	err := flush()
	return total, err
}

// failures joins the documents' errors, nil when there are none.
func failures(failed []DocError) error {
	errs := make([]error, len(failed))
	for i, f := range failed {
		errs[i] = f
	}
	return errors.Join(errs...)
}

// SourceHashes returns, by file base name, the hash each of the given files
// was loaded with; files never loaded are absent. The loader skips reading
// and extracting what has not changed.
func (s *Store) SourceHashes(ctx context.Context, files []string) (map[string]string, error) {
	byID := make(map[string]string, len(files))
	ids := make([]string, len(files))
	for i, f := range files {
		ids[i] = SourceID(f)
		byID[ids[i]] = f
	}
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, tx, "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, s.hash AS hash", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		hashes := make(map[string]string, len(recs))
		for _, rec := range recs {
			id, _ := rec.Get("id")
			h, _ := rec.Get("hash")
			if hs, ok := h.(string); ok && hs != "" {
				hashes[byID[id.(string)]] = hs
			}
		}
		return hashes, nil
	})
	if err != nil {
		return nil, fmt.Errorf("read source hashes: %w", err)
	}
	return out.(map[string]string), nil
}

// writeGraphs writes a batch in one transaction, or each graph in its own
// when the batch fails.
func (s *Store) writeGraphs(ctx context.Context, gs []*docGraph) (WriteStats, error) {
	st, err := s.writeTx(ctx, gs)
	if err == nil || ctx.Err() != nil || !documentsFault(err) {
		return st, err
	}
	if len(gs) == 1 {
		return WriteStats{Failed: []DocError{{File: gs[0].file, Err: err}}}, nil
	}
	var total WriteStats
	for _, g := range gs {
		st, err := s.writeTx(ctx, []*docGraph{g})
		if ctx.Err() != nil {
			return total, ctx.Err()
		}
		if err != nil && !documentsFault(err) {
			return total, err
		}
		if err != nil {
			total.Failed = append(total.Failed, DocError{File: g.file, Err: err})
			continue
		}
		total.Add(st)
	}
	return total, nil
}

// documentsFault reports whether Neo4j refused what a batch says (a value
// too large to index, say: a client or database error of the statement)
// rather than failing as a whole (stopped, unreachable, transient, refused
// credentials): only the former is worth retrying document by document.
func documentsFault(err error) bool {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) || strings.HasPrefix(ne.Code, "Neo.ClientError.Security.") {
		return false
	}
	return strings.HasPrefix(ne.Code, "Neo.ClientError.") || strings.HasPrefix(ne.Code, "Neo.DatabaseError.Statement.")
}

func (s *Store) writeTx(ctx context.Context, gs []*docGraph) (WriteStats, error) {
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var st WriteStats
		ids := make([]string, len(gs))
		for i, g := range gs {
			ids[i] = g.sourceID
		}
		recs, err := s.run(ctx, tx, "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, s.hash AS hash", map[string]any{"ids": ids})
		if err != nil {
			return nil, fmt.Errorf("read source hashes: %w", err)
		}
		loaded := map[string]string{}
		for _, rec := range recs {
			id, _ := rec.Get("id")
			h, _ := rec.Get("hash")
			hs, _ := h.(string)
			loaded[id.(string)] = hs
		}
		var todo []*docGraph
		var stale []string
		for _, g := range gs {
			h, ok := loaded[g.sourceID]
			switch {
			case ok && h == g.hash && g.hash != "":
				st.Unchanged++
				continue
			case ok:
				stale = append(stale, g.sourceID)
				st.Replaced++
			}
			todo = append(todo, g)
			st.Documents++
			st.Facts += g.facts
		}
		if len(stale) > 0 {
			if err := s.removeStatements(ctx, tx, stale, &st); err != nil {
				return nil, err
			}
		}
		if len(todo) > 0 {
			if err := s.writeRows(ctx, tx, mergeGraphs(todo), &st); err != nil {
				return nil, err
			}
		}
		return st, nil
	})
	if err != nil {
		return WriteStats{}, err
	}
	return out.(WriteStats), nil
}

// keepPlan makes Neo4j keep a write statement's first plan. While a load
// grows the graph, the statistics of every label drift, and Neo4j would
// otherwise replan each statement every few seconds (then generate its
// expressions' bytecode again, which the JVM compiles again): a quarter of
// the server's CPU in a first load of 10,000 articles. Every write statement
// finds its nodes by unique id, so no statistic can change the plan.
const keepPlan = "CYPHER replan=skip "

// exec runs a statement for its effects and adds its counters to st.
func (s *Store) exec(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any, st *WriteStats) error {
	s.queries.Add(1)
	res, err := tx.Run(ctx, keepPlan+cypher, params)
	if err != nil {
		return err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return err
	}
	st.count(sum.Counters())
	return nil
}

// Statements that remove what given sources said. Every node a source names
// is MENTIONED_IN it and every edge it asserts joins two such nodes, so the
// search starts from the sources and never scans the graph.
const (
	// Drop the sources' entries from the aligned provenance lists; an edge
	// left with no source is deleted; a surviving edge's asOf becomes the
	// latest date among its remaining sources.
	removeEntriesCypher = `
MATCH (s:Source) WHERE s.id IN $ids
MATCH (s)<-[:MENTIONED_IN]-(n)-[e]->()
WHERE e.sources IS NOT NULL AND any(x IN e.sources WHERE x IN $ids)
WITH DISTINCT e
WITH e, [i IN range(0, size(e.sources) - 1) WHERE NOT e.sources[i] IN $ids] AS keep
SET e.sources = [i IN keep | e.sources[i]], e.evidence = [i IN keep | e.evidence[i]]
WITH e, keep
OPTIONAL MATCH (src:Source) WHERE src.id IN e.sources
WITH e, keep, max(CASE WHEN src.date <> '' THEN src.date END) AS latest
SET e.asOf = CASE WHEN e.asOf IS NULL THEN null ELSE latest END
WITH e WHERE size(keep) = 0
DELETE e`
	// Unlink the sources and return the nodes they named.
	unlinkCypher = `
MATCH (s:Source) WHERE s.id IN $ids
MATCH (s)<-[m:MENTIONED_IN]-(n)
DELETE m
RETURN collect(DISTINCT elementId(n)) AS nodes`
	// The nodes that survive but were named by a removed source take the
	// smallest spelling their remaining sources use (official areas keep the
	// gazetteer's name).
	renameCypher = `
MATCH (n)-[m:MENTIONED_IN]->() WHERE elementId(n) IN $nodes AND m.name IS NOT NULL AND coalesce(n.era, '') = ''
WITH n, min(m.name) AS name
WHERE name <> n.name
RETURN elementId(n) AS node, name`
	setNameCypher = `
UNWIND $rows AS r
MATCH (n) WHERE elementId(n) = r.node
SET n.name = r.name, n.nameFolded = r.folded`
	// Delete the nodes that nothing links any more, except official areas.
	orphansCypher = `
MATCH (n) WHERE elementId(n) IN $nodes AND NOT (n)--() AND NOT (n:Area AND coalesce(n.code, '') <> '')
DELETE n`
)

// removeStatements removes everything the given sources asserted, leaving
// the graph as if they had never been loaded (their Source nodes stay, to be
// updated by the write that follows).
func (s *Store) removeStatements(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, st *WriteStats) error {
	p := map[string]any{"ids": ids}
	if err := s.exec(ctx, tx, removeEntriesCypher, p, st); err != nil {
		return fmt.Errorf("remove stale statements: %w", err)
	}
	s.queries.Add(1)
	res, err := tx.Run(ctx, unlinkCypher, p)
	if err != nil {
		return fmt.Errorf("unlink stale sources: %w", err)
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return fmt.Errorf("unlink stale sources: %w", err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return fmt.Errorf("unlink stale sources: %w", err)
	}
	st.count(sum.Counters())
	nodes, _ := rec.Get("nodes")
	if err := s.rename(ctx, tx, nodes, st); err != nil {
		return err
	}
	if err := s.exec(ctx, tx, orphansCypher, map[string]any{"nodes": nodes}, st); err != nil {
		return fmt.Errorf("delete orphans: %w", err)
	}
	return nil
}

// rename gives the surviving nodes among nodes the name their remaining
// sources use, folding it here because Cypher cannot.
func (s *Store) rename(ctx context.Context, tx neo4j.ManagedTransaction, nodes any, st *WriteStats) error {
	recs, err := s.run(ctx, tx, renameCypher, map[string]any{"nodes": nodes})
	if err != nil {
		return fmt.Errorf("rename nodes of removed sources: %w", err)
	}
	if len(recs) == 0 {
		return nil
	}
	rows := make([]map[string]any, 0, len(recs))
	for _, r := range recs {
		node, _ := r.Get("node")
		name, _ := r.Get("name")
		rows = append(rows, map[string]any{"node": node, "name": name, "folded": vntext.Fold(name.(string))})
	}
	if err := s.exec(ctx, tx, setNameCypher, map[string]any{"rows": rows}, st); err != nil {
		return fmt.Errorf("rename nodes of removed sources: %w", err)
	}
	return nil
}
