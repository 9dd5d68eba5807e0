package store

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
)

// Edits made through the API. Assertions are documents like any other,
// written by WriteDocumentsWith under an edit Source; what is here is the
// rest: reviews of facts, retraction of sources, the review queue and the
// audit list.
//
// A fact, for review, is one edge the sources assert (HOLDS,
// RESPONSIBLE_FOR, PART_OF, LOCATED_IN). Its latest review lives on the
// edge (review, reviewedBy, reviewedAt, reviewReason, reviewSource), and
// the edit Source that recorded it becomes one of the edge's sources, its
// reason the evidence, its dates the edge's, with both ends MENTIONED_IN
// it as the reviewer saw them (name, type, area, level).
// So a review is a statement like the others: the edge outlives the
// removal or change of the article that first said it (a rejected fact
// does not come back unreviewed when its article is loaded again, and a
// confirmed one is still vouched for by whoever confirmed it), and
// retracting the review removes it as a reload without it would.

// reviewable are the edge types a review can be about, and what the queue
// lists.
var reviewable = map[string]edgeKind{}

func init() {
	for _, k := range edgeKinds {
		switch k.typ {
		case "HOLDS", "RESPONSIBLE_FOR", "PART_OF", "LOCATED_IN":
			reviewable[k.typ] = k
		}
	}
}

// ReviewableTypes are the relationship types of facts, in a stable order.
var ReviewableTypes = []string{"RESPONSIBLE_FOR", "HOLDS", "PART_OF", "LOCATED_IN"}

// FactID is the stable, opaque id of the edge typ from→to (kind only for
// RESPONSIBLE_FOR, which several kinds can join): it survives reloads, as
// the edge does.
func FactID(typ, from, to, kind string) string {
	if typ != "RESPONSIBLE_FOR" {
		kind = ""
	}
	return "fact:" + base64.RawURLEncoding.EncodeToString([]byte(strings.Join([]string{typ, from, to, kind}, "\x00")))
}

// factKey is a decoded fact id.
type factKey struct{ typ, from, to, kind string }

func parseFactID(id string) (factKey, error) {
	bad := hoigraph.Errorf(hoigraph.EINVALID, "%q is not a fact id from this API", id)
	rest, ok := strings.CutPrefix(id, "fact:")
	if !ok {
		return factKey{}, bad
	}
	raw, err := base64.RawURLEncoding.DecodeString(rest)
	if err != nil {
		return factKey{}, bad
	}
	parts := strings.Split(string(raw), "\x00")
	if len(parts) != 4 || reviewable[parts[0]] == (edgeKind{}) || labelOf(parts[1]) == "" || labelOf(parts[2]) == "" {
		return factKey{}, bad
	}
	return factKey{parts[0], parts[1], parts[2], parts[3]}, nil
}

// matchFact is the statement that binds f, e, t to the fact k names.
// Labels and the type come from closed lists (labelOf, reviewable), never
// from the id's text.
func matchFact(k factKey) string {
	key := ""
	if k.typ == "RESPONSIBLE_FOR" {
		key = " {kind: $kind}"
	}
	return fmt.Sprintf("MATCH (f:%s {id: $from})-[e:%s%s]->(t:%s {id: $to})", labelOf(k.from), reviewable[k.typ].typ, key, labelOf(k.to))
}

// Fact is an edge as the review queue and reviews return it.
type Fact struct {
	ID         string
	Edge       Edge
	Confidence float64
}

// confidenceCypher computes the confidence of edge e as c: the highest
// confidence the extractor gave any of its sources (a list aligned with
// sources, or one number); an edge that a curated file or an edit asserts
// counts as certain, and an article's statement without a recorded
// confidence as $defaultConfidence.
const confidenceCypher = `
WITH f, e, t, [x IN CASE WHEN e.confidence IS :: LIST<ANY> NOT NULL THEN e.confidence ELSE [e.confidence] END WHERE x IS NOT NULL] AS cs,
  EXISTS { MATCH (s:Source) WHERE s.id IN e.sources AND s.kind <> 'article' } AS vouched
WITH f, e, t, CASE WHEN vouched THEN 1.0 WHEN size(cs) = 0 THEN $defaultConfidence
  ELSE reduce(m = 0.0, x IN cs | CASE WHEN toFloat(x) > m THEN toFloat(x) ELSE m END) END AS c`

// DefaultConfidence is the confidence of an extracted statement whose
// extractor recorded none: below anything a rule vouches for with
// evidence, above nothing.
const DefaultConfidence = 0.5

// ReviewFilter selects the review queue.
type ReviewFilter struct {
	Area  string   // facts with an end (or, for HOLDS, the post's body) in this area
	Types []string // relationship types; empty means all of ReviewableTypes
	// Reviewed lists facts already reviewed instead of those waiting.
	Reviewed bool
}

// ReviewQueue returns one page of the facts that wait for review (or were
// reviewed), least confident first, and how many there are. Only facts that
// some article asserts wait: what a curated file or an edit says was
// stated by a person already.
func (s *Store) ReviewQueue(ctx context.Context, f ReviewFilter, p Page) ([]Fact, int, error) {
	types := f.Types
	if len(types) == 0 {
		types = ReviewableTypes
	}
	for _, t := range types {
		if _, ok := reviewable[t]; !ok {
			return nil, 0, hoigraph.Errorf(hoigraph.EINVALID, "%s facts are not reviewed", t)
		}
	}
	params := map[string]any{
		"types": types, "reviewed": f.Reviewed, "defaultConfidence": DefaultConfidence,
		"skip": int64(p.Offset), "limit": int64(p.Limit),
	}
	if err := s.scope(ctx, AreaScope{Area: f.Area}, params); err != nil {
		return nil, 0, err
	}
	match := `MATCH (f)-[e]->(t) WHERE type(e) IN $types AND e.sources IS NOT NULL AND (e.review IS NOT NULL) = $reviewed
  AND EXISTS { MATCH (s:Source {kind: 'article'}) WHERE s.id IN e.sources }`
	if f.Area != "" {
		match += `
  AND (` + inArea("f") + ` OR ` + inArea("t") + ` OR EXISTS { MATCH (t)-[:OF]->(o:Organization) WHERE ` + inArea("o") + ` })`
	}
	match += confidenceCypher
	cypher := pageCypher(match, "f, e, t, c", "ORDER BY c, type(e), t.nameFolded, t.titleFolded, f.nameFolded, f.id, t.id", "{e: e, f: f, t: t, c: c}")
	var out []Fact
	var total int
	err := s.query(ctx, "read review queue", cypher, params, func(r *neo4j.Record) {
		n, _ := r.Values[0].(int64)
		total = int(n)
		l, _ := r.Values[1].([]any)
		for _, v := range l {
			m, _ := v.(map[string]any)
			e := toEdge(m["e"], m["f"], m["t"])
			c, _ := m["c"].(float64)
			out = append(out, Fact{ID: FactID(e.Type, e.From.ID, e.To.ID, e.Kind), Edge: e, Confidence: c})
		}
	})
	return out, total, err
}

// ReviewFact records a confirmation ("confirmed") or a rejection
// ("rejected") of a fact, by the edit source given (its By, At, Note are
// who, when and why), in one transaction: the edge's review and the edit
// Source for the audit list. A fact reviewed again takes the new review.
func (s *Store) ReviewFact(ctx context.Context, id, status string, edit hoigraph.Source) (Fact, error) {
	k, err := parseFactID(id)
	if err != nil {
		return Fact{}, err
	}
	if status != "confirmed" && status != "rejected" {
		return Fact{}, hoigraph.Errorf(hoigraph.EINVALID, "review status %q: want confirmed or rejected", status)
	}
	edit.Kind, edit.Target = hoigraph.SourceEdit, id
	params := map[string]any{
		"from": k.from, "to": k.to, "kind": k.kind, "status": status,
		"by": edit.By, "at": edit.At, "reason": orNil(edit.Note), "source": edit.ID,
		"props": editProps(edit), "defaultConfidence": DefaultConfidence,
	}
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, tx, matchFact(k)+`
SET e.review = $status, e.reviewedBy = $by, e.reviewedAt = $at, e.reviewReason = $reason, e.reviewSource = $source,
  e.sources = e.sources + $source, e.evidence = e.evidence + coalesce($reason, ''),
  e.sinces = CASE WHEN e.sinces IS NULL THEN null ELSE e.sinces + coalesce(e.since, '') END,
  e.untils = CASE WHEN e.untils IS NULL THEN null ELSE e.untils + coalesce(e.until, '') END,
  e.rules = CASE WHEN e.rules IS NULL THEN null ELSE e.rules + 'review' END,
  e.confidences = CASE WHEN e.confidences IS NULL THEN null ELSE e.confidences + 1.0 END
WITH f, e, t
CREATE (s:Source) SET s = $props
WITH f, e, t, s
UNWIND [f, t] AS n
CREATE (n)-[:MENTIONED_IN {name: CASE WHEN n:Post THEN null ELSE n.name END,
  type: CASE WHEN n:Organization THEN n.type END, area: CASE WHEN n:Organization THEN n.areaName END,
  level: CASE WHEN n:Area THEN n.level END}]->(s)
WITH DISTINCT f, e, t`+confidenceCypher+`
RETURN e, f, t, c`, params)
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, hoigraph.Errorf(hoigraph.ENOTFOUND, "no fact %s in the graph", id)
		}
		e := toEdge(recs[0].Values[0], recs[0].Values[1], recs[0].Values[2])
		c, _ := recs[0].Values[3].(float64)
		return Fact{ID: id, Edge: e, Confidence: c}, nil
	})
	if err != nil {
		return Fact{}, fmt.Errorf("review fact: %w", err)
	}
	return out.(Fact), nil
}

// editProps are the properties of an edit Source that asserts nothing.
func editProps(src hoigraph.Source) map[string]any {
	props := map[string]any{"id": src.ID, "kind": hoigraph.SourceEdit, "file": src.File, "title": src.Title, "date": src.Date,
		"by": src.By, "at": src.At, "action": src.Action}
	if src.Note != "" {
		props["note"] = src.Note
	}
	if src.Target != "" {
		props["target"] = src.Target
	}
	return props
}

// FactByID reads one fact, with its review and confidence; ok is false
// when the graph has no such edge.
func (s *Store) FactByID(ctx context.Context, id string) (Fact, bool, error) {
	k, err := parseFactID(id)
	if err != nil {
		return Fact{}, false, err
	}
	var out Fact
	found := false
	err = s.query(ctx, "read fact", matchFact(k)+confidenceCypher+" RETURN e, f, t, c",
		map[string]any{"from": k.from, "to": k.to, "kind": k.kind, "defaultConfidence": DefaultConfidence}, func(r *neo4j.Record) {
			c, _ := r.Values[3].(float64)
			out, found = Fact{ID: id, Edge: toEdge(r.Values[0], r.Values[1], r.Values[2]), Confidence: c}, true
		})
	return out, found, err
}

// RetractSource removes everything the source id asserted and the source
// itself, as a reload without it would, and records the retraction under
// the edit source given, in one transaction. It returns the retracted
// source. Retracting a review also takes its verdict off the edge.
func (s *Store) RetractSource(ctx context.Context, id string, edit hoigraph.Source) (Node, WriteStats, error) {
	edit.Kind, edit.Target = hoigraph.SourceEdit, id
	var st WriteStats
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		st = WriteStats{}
		recs, err := s.run(ctx, tx, "MATCH (s:Source {id: $id}) RETURN s", map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, hoigraph.Errorf(hoigraph.ENOTFOUND, "no source %q", id)
		}
		n := toNode(recs[0].Values[0])
		if a, _ := recs[0].Values[0].(neo4j.Node).Props["action"].(string); a == "retractSource" {
			return nil, hoigraph.Errorf(hoigraph.EINVALID, "source %q records a retraction, which cannot be retracted", id)
		}
		if err := s.exec(ctx, tx, `MATCH (:Source {id: $id})<-[:MENTIONED_IN]-(f)-[e]->() WHERE e.reviewSource = $id
REMOVE e.review, e.reviewedBy, e.reviewedAt, e.reviewReason, e.reviewSource`, map[string]any{"id": id}, &st); err != nil {
			return nil, fmt.Errorf("take the review off: %w", err)
		}
		// The retraction keeps what the audit list knew of the source,
		// which goes.
		edit.Title = "Retraction of " + n.Name
		if n.By != "" {
			edit.Title += fmt.Sprintf(" (written by %s at %s)", n.By, n.At)
		}
		if err := s.removeStatements(ctx, tx, []string{id}, &st); err != nil {
			return nil, err
		}
		if err := s.exec(ctx, tx, "MATCH (s:Source {id: $id}) DETACH DELETE s", map[string]any{"id": id}, &st); err != nil {
			return nil, fmt.Errorf("delete source: %w", err)
		}
		if err := s.exec(ctx, tx, "CREATE (s:Source) SET s = $props", map[string]any{"props": editProps(edit)}, &st); err != nil {
			return nil, fmt.Errorf("record retraction: %w", err)
		}
		return n, nil
	})
	if err != nil {
		return Node{}, WriteStats{}, fmt.Errorf("retract source: %w", err)
	}
	return out.(Node), st, nil
}

// AuditEntry is one write made through the API.
type AuditEntry struct {
	Source                       Node
	By, At, Action, Note, Target string
}

// Audit returns one page of the writes made through the API (every Source
// with an author), newest first, and how many there are.
func (s *Store) Audit(ctx context.Context, by string, p Page) ([]AuditEntry, int, error) {
	params := map[string]any{"by": orNil(by), "skip": int64(p.Offset), "limit": int64(p.Limit)}
	cypher := pageCypher("MATCH (s:Source) WHERE s.at IS NOT NULL AND ($by IS NULL OR s.by = $by)", "s", "ORDER BY s.at DESC, s.id", "s")
	var out []AuditEntry
	var total int
	err := s.query(ctx, "read audit list", cypher, params, func(r *neo4j.Record) {
		n, _ := r.Values[0].(int64)
		total = int(n)
		l, _ := r.Values[1].([]any)
		for _, v := range l {
			node, _ := v.(neo4j.Node)
			p := func(k string) string { s, _ := node.Props[k].(string); return s }
			out = append(out, AuditEntry{Source: toNode(node), By: p("by"), At: p("at"), Action: p("action"), Note: p("note"), Target: p("target")})
		}
	})
	return out, total, err
}
