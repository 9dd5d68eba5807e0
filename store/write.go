package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
	"hoigraph/vntext"
)

// How documents are written (the graph model is ../shared/DESIGN.md):
//
//   - A Source node per file (id: SourceID of its path) keeps its hash.
//     Writing a batch first locks its sources' nodes (lockSourcesCypher), so
//     that concurrent loaders of one source are serialised inside Neo4j. A
//     document whose hash is already loaded is skipped; one whose hash
//     changed first has everything it said removed (removeStatements), then
//     is written like a new one, in the same transaction.
//   - Every node a document names is MENTIONED_IN its Source, and the
//     mention records what the source says of the node (its spelling; a
//     body's type and area; an area's level). Every edge it asserts carries
//     the aligned lists sources and evidence (and, for dated edges, sinces
//     and untils); a second document saying the same appends to the same
//     edge, never twice for one source. Removing a source drops its
//     entries, deletes edges left with none and nodes left with no
//     relationship (official areas excepted), so no stale statement
//     survives.
//   - Every derived property is a function of the sources, whatever their
//     order: an edge's asOf is the latest date among its sources (the
//     fact's as_of, else its source's date), since the earliest since,
//     until the latest until; a node's name is the smallest spelling, a
//     body's type the first its sources state in hoigraph.OrgTypes order
//     and its area the smallest, an article area's level the highest.
//     Writes apply these rules one source at a time; removing a source
//     recomputes them from the sources left (recompute).

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

	// Retried counts the batches that failed as a whole and were written
	// again one document per transaction. Each is correct but slow; a
	// batch that fails for a reason none of its documents has alone (as a
	// merging bug would give) shows here and nowhere else.
	Retried int

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
	s.Retried += b.Retried
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

// MaxFacts is the most facts one document may hold: a document is written
// in one transaction (all or nothing), and this many fit in the
// transaction memory of a server with a 768 MB heap: a 50,000-row CSV
// (50,500 nodes, 100,500 relationships) loads whole in the test server
// (NEO4J_HEAP=768m). The longest article gives some two hundred.
//
// Why a limit, not batches: a file written in several transactions is not
// all or nothing for those who read the graph meanwhile. Between the first
// commit and the last, the API would answer with part of the file (and,
// for a changed file, without its earlier version), and a crash in between
// would leave that part; hiding it would take a staging mark on every node
// and edge, checked by every read query, a cost on every answer for files
// that a curator splits anyway (one per district or body). A file over the
// limit is refused before anything is written, naming the limit, and the
// other files load.
const MaxFacts = 50000

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
	if len(doc.Facts) > MaxFacts {
		return nil, fmt.Errorf("%d facts, more than the %d one document may hold (one transaction): split the file", len(doc.Facts), MaxFacts)
	}
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
	return inBatches(ps, func(gs []*docGraph) (WriteStats, error) { return s.writeGraphs(ctx, gs) })
}

// inBatches gives write the documents in order, in as few transactions as
// may be, adding up what they did.
func inBatches(ps []*Prepared, write func([]*docGraph) (WriteStats, error)) (WriteStats, error) {
	var total WriteStats
	var batch []*docGraph
	ids := map[string]bool{}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		st, err := write(batch)
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

// SourceHashes returns, by source id, the hash each of the given sources
// was loaded with; sources never loaded are absent. The loader skips reading
// and extracting what has not changed.
func (s *Store) SourceHashes(ctx context.Context, ids []string) (map[string]string, error) {
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
				hashes[id.(string)] = hs
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
	total := WriteStats{Retried: 1}
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
	// A batch too large for the server's transaction memory is the batch's
	// fault too: each document alone may fit, and one that does not fails
	// alone.
	return strings.HasPrefix(ne.Code, "Neo.ClientError.") || strings.HasPrefix(ne.Code, "Neo.DatabaseError.Statement.") ||
		strings.Contains(ne.Code, "MemoryPoolOutOfMemoryError") || strings.Contains(ne.Code, "TransactionOutOfMemoryError")
}

func (s *Store) writeTx(ctx context.Context, gs []*docGraph) (WriteStats, error) {
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var st WriteStats
		loaded, err := s.lockSources(ctx, tx, gs)
		if err != nil {
			return nil, err
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

// lockSourcesCypher takes the write lock of each source's node, creating
// it when new, and returns the hash it was loaded with (null for a new one).
// Two loaders writing one source at once are thus serialised inside Neo4j:
// the second waits for the first to commit, then finds its hash and skips
// the document, or replaces what it wrote; it can never add the same
// provenance twice. The ids come sorted, so that two batches lock in one
// order and cannot deadlock.
const lockSourcesCypher = `UNWIND $ids AS id
MERGE (s:Source {id: id})
SET s.writeLock = true
REMOVE s.writeLock
RETURN s.id AS id, s.hash AS hash`

// lockSources locks the sources of gs (lockSourcesCypher) and returns the
// hash of those already loaded, by id.
func (s *Store) lockSources(ctx context.Context, tx neo4j.ManagedTransaction, gs []*docGraph) (map[string]string, error) {
	ids := make([]string, len(gs))
	for i, g := range gs {
		ids[i] = g.sourceID
	}
	sort.Strings(ids)
	recs, err := s.run(ctx, tx, keepPlan+lockSourcesCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("lock sources: %w", err)
	}
	loaded := map[string]string{}
	for _, rec := range recs {
		id, _ := rec.Get("id")
		if h, _ := rec.Get("hash"); h != nil {
			loaded[id.(string)], _ = h.(string)
		}
	}
	return loaded, nil
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
	// left with no source is deleted; a surviving edge's since, until and
	// asOf are recomputed from its remaining sources.
	removeEntriesCypher = `
MATCH (s:Source) WHERE s.id IN $ids
MATCH (s)<-[:MENTIONED_IN]-(n)-[e]->()
WHERE e.sources IS NOT NULL AND any(x IN e.sources WHERE x IN $ids)
WITH DISTINCT e
WITH e, [i IN range(0, size(e.sources) - 1) WHERE NOT e.sources[i] IN $ids] AS keep
SET e.sources = [i IN keep | e.sources[i]], e.evidence = [i IN keep | e.evidence[i]],
    e.sinces = CASE WHEN e.sinces IS NULL THEN null ELSE [i IN keep | e.sinces[i]] END,
    e.untils = CASE WHEN e.untils IS NULL THEN null ELSE [i IN keep | e.untils[i]] END,
    e.rules = CASE WHEN e.rules IS NULL THEN null ELSE [i IN keep | coalesce(e.rules[i], '')] END,
    e.confidences = CASE WHEN e.confidences IS NULL THEN null ELSE [i IN keep | coalesce(e.confidences[i], 0.0)] END
WITH e, keep
SET e.since = reduce(m = null, x IN coalesce(e.sinces, []) | CASE WHEN x <> '' AND (m IS NULL OR x < m) THEN x ELSE m END),
    e.until = reduce(m = null, x IN coalesce(e.untils, []) | CASE WHEN x <> '' AND (m IS NULL OR x > m) THEN x ELSE m END)
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
	// What the remaining sources say of each node a removed source named:
	// the spellings, and for bodies the types and areas, for areas the
	// levels (recompute).
	mentionsCypher = `
MATCH (n)-[m:MENTIONED_IN]->() WHERE elementId(n) IN $nodes AND coalesce(n.era, '') = ''
RETURN elementId(n) AS node, n:Organization AS org, n:Area AS area, n.name AS name, n.type AS type, n.areaName AS areaName, n.level AS level,
  n.resolvedBy AS rule, collect(m.name) AS names, collect(m.type) AS types, collect(m.area) AS areas, collect(m.level) AS levels, collect(m.rule) AS rules`
	setNameCypher = `
UNWIND $rows AS r
MATCH (n) WHERE elementId(n) = r.node
SET n.name = r.name, n.nameFolded = r.folded`
	setAreaNameCypher = `
UNWIND $rows AS r
MATCH (n:Organization) WHERE elementId(n) = r.node
SET n.areaName = r.areaName`
	setRuleCypher = `
UNWIND $rows AS r
MATCH (n:Person) WHERE elementId(n) = r.node
SET n.resolvedBy = r.rule`
	setLevelCypher = `
UNWIND $rows AS r
MATCH (n:Area) WHERE elementId(n) = r.node
SET n.level = r.level`
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
	if err := s.recompute(ctx, tx, nodes, st); err != nil {
		return err
	}
	if err := s.exec(ctx, tx, orphansCypher, map[string]any{"nodes": nodes}, st); err != nil {
		return fmt.Errorf("delete orphans: %w", err)
	}
	return nil
}

// setTypeCypher gives bodies the type t, label included (labels cannot be
// parameters, hence one statement per type).
func setTypeCypher(t hoigraph.OrgType) string {
	return fmt.Sprintf(`UNWIND $nodes AS node
MATCH (n:Organization) WHERE elementId(n) = node
SET n.type = '%s', n:%s
REMOVE n:%s`, t, t.Label(), otherLabels(t))
}

// recompute gives the surviving nodes among nodes what their remaining
// sources say, by the rules the writes apply one source at a time: the
// smallest spelling and, for a person, the smallest rule; for a body, the
// first type in hoigraph.OrgTypes order and the smallest area; for an article's area, the highest level. Official
// areas keep the gazetteer's. Names are folded here because Cypher cannot.
func (s *Store) recompute(ctx context.Context, tx neo4j.ManagedTransaction, nodes any, st *WriteStats) error {
	recs, err := s.run(ctx, tx, mentionsCypher, map[string]any{"nodes": nodes})
	if err != nil {
		return fmt.Errorf("recompute nodes of removed sources: %w", err)
	}
	var names, areaNames, levels, rules []map[string]any
	types := map[hoigraph.OrgType][]string{}
	for _, r := range recs {
		v := r.AsMap()
		node := v["node"].(string)
		if name := minString(v["names"]); name != "" && name != v["name"] {
			names = append(names, map[string]any{"node": node, "name": name, "folded": vntext.Fold(name)})
		}
		// A mention written before mentions kept their rule has none: the
		// node keeps its own then.
		if rule := minString(v["rules"]); rule != "" && rule != v["rule"] {
			rules = append(rules, map[string]any{"node": node, "rule": rule})
		}
		if v["org"] == true {
			t := hoigraph.OtherOrg
			for _, x := range toStrings(v["types"]) {
				if orgTypeRank(hoigraph.OrgType(x)) < orgTypeRank(t) {
					t = hoigraph.OrgType(x)
				}
			}
			if string(t) != v["type"] {
				types[t] = append(types[t], node)
			}
			if a := minString(v["areas"]); a != v["areaName"] {
				areaNames = append(areaNames, map[string]any{"node": node, "areaName": a})
			}
		}
		if v["area"] == true {
			level := hoigraph.AreaLevel("")
			for _, x := range toStrings(v["levels"]) {
				if x != "" && (level == "" || levelOrder(hoigraph.AreaLevel(x)) < levelOrder(level)) {
					level = hoigraph.AreaLevel(x)
				}
			}
			if string(level) != v["level"] {
				levels = append(levels, map[string]any{"node": node, "level": string(level)})
			}
		}
	}
	for _, u := range []struct {
		cypher string
		rows   []map[string]any
	}{{setNameCypher, names}, {setAreaNameCypher, areaNames}, {setLevelCypher, levels}, {setRuleCypher, rules}} {
		if len(u.rows) == 0 {
			continue
		}
		if err := s.exec(ctx, tx, u.cypher, map[string]any{"rows": u.rows}, st); err != nil {
			return fmt.Errorf("recompute nodes of removed sources: %w", err)
		}
	}
	for _, t := range hoigraph.OrgTypes {
		if len(types[t]) == 0 {
			continue
		}
		if err := s.exec(ctx, tx, setTypeCypher(t), map[string]any{"nodes": types[t]}, st); err != nil {
			return fmt.Errorf("recompute types of removed sources' bodies: %w", err)
		}
	}
	return nil
}

// minString is the smallest non-empty string of a list, "" when none.
func minString(v any) string {
	out := ""
	for _, x := range toStrings(v) {
		if x != "" && (out == "" || x < out) {
			out = x
		}
	}
	return out
}

// SourcesUnder returns the ids of the loaded sources read from the given
// files or from anywhere under the given folders (paths as the loader
// records them, relative to its root; "" or "." is the whole root), sorted.
func (s *Store) SourcesUnder(ctx context.Context, files, dirs []string) ([]string, error) {
	prefixes := make([]string, len(dirs))
	for i, d := range dirs {
		d = strings.TrimSuffix(vntext.NFC(d), "/")
		if d != "" && d != "." {
			d += "/"
		} else {
			d = ""
		}
		prefixes[i] = d
	}
	for i := range files {
		files[i] = vntext.NFC(files[i])
	}
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, tx, `MATCH (s:Source) WHERE s.path IN $files OR any(d IN $dirs WHERE s.path STARTS WITH d)
RETURN s.id AS id ORDER BY id`, map[string]any{"files": files, "dirs": prefixes})
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(recs))
		for i, r := range recs {
			v, _ := r.Get("id")
			ids[i], _ = v.(string)
		}
		return ids, nil
	})
	if err != nil {
		return nil, fmt.Errorf("list sources under %v: %w", append(files, dirs...), err)
	}
	return out.([]string), nil
}

// removeBatch is how many sources one removal transaction takes.
const removeBatch = 100

// RemoveSources removes the given sources and everything only they said, as
// if they had never been loaded: their provenance entries, the edges and
// nodes left with none, and the Source nodes. Each batch of sources commits
// whole.
func (s *Store) RemoveSources(ctx context.Context, ids []string) (WriteStats, error) {
	var total WriteStats
	for i := 0; i < len(ids); i += removeBatch {
		chunk := slices.Clone(ids[i:min(i+removeBatch, len(ids))])
		sort.Strings(chunk)
		out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			var st WriteStats
			if _, err := s.run(ctx, tx, keepPlan+"UNWIND $ids AS id MATCH (s:Source {id: id}) SET s.writeLock = true REMOVE s.writeLock", map[string]any{"ids": chunk}); err != nil {
				return nil, fmt.Errorf("lock sources: %w", err)
			}
			if err := s.removeStatements(ctx, tx, chunk, &st); err != nil {
				return nil, err
			}
			if err := s.exec(ctx, tx, "UNWIND $ids AS id MATCH (s:Source {id: id}) DETACH DELETE s", map[string]any{"ids": chunk}, &st); err != nil {
				return nil, fmt.Errorf("delete sources: %w", err)
			}
			return st, nil
		})
		if err != nil {
			return total, fmt.Errorf("remove sources: %w", err)
		}
		total.Add(out.(WriteStats))
	}
	return total, nil
}
