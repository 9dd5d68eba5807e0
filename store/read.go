package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"hoigraph"
)

// Node is any node of the graph as the API reads it. One flat struct for
// every label keeps the read path generic: neighbourhoods, paths and
// responsibility edges mix kinds.
type Node struct {
	Kind string // the primary label: Organization, Person, Post, Area, Source, Meeting, Directive
	ID   string
	Name string // name; title for posts, meetings and directives

	Type     hoigraph.OrgType // organisations
	AreaName string           // organisations: the scope area as the sources say it

	Level    string // areas
	AreaKind string // areas: Phường, Quận, ...
	Code     string // areas, directives
	Era      string // areas
	// Official areas: centre (HasCoordinates false when unknown), km² (0
	// when unknown) and aliases (folded keys of former and short names).
	Lat, Lon       float64
	HasCoordinates bool
	AreaKm2        float64
	Aliases        []string
	// Partial: a body found by an area filter that follows the 2025 mapping
	// only through units not wholly inside the asked area.
	Partial bool

	File, Date, Publisher, URL, SourceKind string // sources (Date also meetings)
	By, At, Note                           string // sources written through the API: who, when, why
}

// Edge is a relationship with its endpoints and, for edges read from
// sources, the aligned Sources (ids) and Evidence (sentences).
type Edge struct {
	Type     string
	From, To Node // full nodes for relation reads; only ID for graph drawings
	Kind     string
	Since    string
	Until    string
	AsOf     string
	Sources  []string
	Evidence []string
	Partial  bool // see Node.Partial; for oversight reads
	// Review is what a committee member said of the edge, nil when nobody
	// reviewed it.
	Review *Review
}

// Review is a confirmation or a rejection of an edge.
type Review struct {
	Status string // "confirmed" or "rejected"
	By, At string
	Reason string
	Source string // the id of the edit Source that recorded it
}

// notRejected is the Cypher predicate "relationship v is not rejected":
// a rejected fact stays in the graph but stops counting in answers, stats
// and exports. Exports and new reads use it on every fact edge.
func notRejected(v string) string {
	return "coalesce(" + v + ".review, '') <> 'rejected'"
}

// NotRejected is notRejected for packages that write their own Cypher over
// the store's graph (exports).
func NotRejected(v string) string { return notRejected(v) }

// kinds maps id prefixes to labels. Labels cannot be parameters, so a
// statement that needs one takes it from here, never from input.
var kinds = map[string]string{
	"org":       "Organization",
	"person":    "Person",
	"post":      "Post",
	"area":      "Area",
	"source":    "Source",
	"meeting":   "Meeting",
	"directive": "Directive",
}

// labelOf returns the label of the node an id names, or "" for an id of no
// known kind.
func labelOf(id string) string {
	prefix, _, ok := strings.Cut(id, ":")
	if !ok {
		return ""
	}
	return kinds[prefix]
}

// primaryLabels lists the kind labels in the order used to pick a node's
// kind (an organisation also carries its type label).
var primaryLabels = []string{"Organization", "Person", "Post", "Area", "Source", "Meeting", "Directive"}

// primaryLabel is the first of primaryLabels among labels, "" for none.
func primaryLabel(labels []string) string {
	for _, want := range primaryLabels {
		if slices.Contains(labels, want) {
			return want
		}
	}
	return ""
}

// toNode converts a node, or a projection of one made by nodeMap.
func toNode(v any) Node {
	var labels []string
	var props map[string]any
	switch n := v.(type) {
	case dbtype.Node:
		labels, props = n.Labels, n.Props
	case map[string]any:
		labels, props = toStrings(n["labels"]), n
	default:
		return Node{}
	}
	out := Node{Kind: primaryLabel(labels)}
	p := func(k string) string { s, _ := props[k].(string); return s }
	out.ID = p("id")
	out.Name = p("name")
	if out.Name == "" {
		out.Name = p("title")
	}
	out.Type = hoigraph.OrgType(p("type"))
	out.AreaName = p("areaName")
	out.Level = p("level")
	out.AreaKind = p("kind")
	out.Code = p("code")
	out.Era = p("era")
	out.Lat, out.HasCoordinates = props["lat"].(float64)
	out.Lon, _ = props["lon"].(float64)
	out.AreaKm2, _ = props["areaKm2"].(float64)
	if out.Kind == "Area" {
		out.Aliases = toStrings(props["aliases"])
	}
	out.Partial, _ = props["partial"].(bool)
	out.File = p("file")
	out.Date = p("date")
	out.Publisher = p("publisher")
	out.URL = p("url")
	out.By, out.At, out.Note = p("by"), p("at"), p("note")
	if out.Kind == "Source" {
		out.SourceKind, out.AreaKind = out.AreaKind, ""
	}
	return out
}

func toStrings(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}

// toEdge converts a relationship, or a projection of one made by edgeMap,
// and its endpoints; from and to are nodes or plain ids.
func toEdge(rel, from, to any) Edge {
	var typ string
	var props map[string]any
	switch r := rel.(type) {
	case dbtype.Relationship:
		typ, props = r.Type, r.Props
	case map[string]any:
		typ, _ = r["type"].(string)
		props = r
	}
	p := func(k string) string { s, _ := props[k].(string); return s }
	e := Edge{
		Type: typ, Kind: p("kind"), Since: p("since"), Until: p("until"), AsOf: p("asOf"),
		Sources: toStrings(props["sources"]), Evidence: toStrings(props["evidence"]),
	}
	if st := p("review"); st != "" {
		e.Review = &Review{Status: st, By: p("reviewedBy"), At: p("reviewedAt"), Reason: p("reviewReason"), Source: p("reviewSource")}
	}
	for _, end := range []struct {
		v   any
		dst *Node
	}{{from, &e.From}, {to, &e.To}} {
		if id, ok := end.v.(string); ok {
			*end.dst = Node{ID: id, Kind: labelOf(id)}
		} else {
			*end.dst = toNode(end.v)
		}
	}
	return e
}

// nodeMap projects node variable v onto what drawings show, so that large
// neighbourhoods do not ship every property.
func nodeMap(v string) string {
	return fmt.Sprintf("%[1]s {.id, .name, .title, .type, labels: labels(%[1]s)}", v)
}

// edgeMap projects relationship variable r; the provenance lists, which can
// be long, only when $provenance is true.
func edgeMap(r string) string {
	return fmt.Sprintf("{type: type(%[1]s), kind: %[1]s.kind, since: %[1]s.since, until: %[1]s.until, asOf: %[1]s.asOf, "+
		"sources: CASE WHEN $provenance THEN %[1]s.sources END, evidence: CASE WHEN $provenance THEN %[1]s.evidence END}", r)
}

// query runs one statement as a read (autoCommitRead) and hands each record to
// row; it is the only way the read path touches the driver. A deadline on
// ctx (the API's per-request timeout) becomes the transaction's timeout, so
// Neo4j itself stops a query nobody waits for any more, and the caller
// stops waiting at the deadline (withoutDeadline).
func (s *Store) query(ctx context.Context, what, cypher string, params map[string]any, row func(*neo4j.Record)) error {
	var txConfig []func(*neo4j.TransactionConfig)
	if deadline, ok := ctx.Deadline(); ok {
		left := time.Until(deadline)
		if left <= 0 {
			return fmt.Errorf("%s: %w", what, context.DeadlineExceeded)
		}
		txConfig = append(txConfig, neo4j.WithTxTimeout(left))
	}
	recs, err := withoutDeadline(ctx, func(ctx context.Context) ([]*neo4j.Record, error) {
		return s.autoCommitRead(ctx, cypher, params, txConfig)
	})
	if err != nil {
		return fmt.Errorf("%s: %w", what, unavailable(ctx, err))
	}
	for _, r := range recs {
		row(r)
	}
	return nil
}

// readAttempts bounds how often autoCommitRead tries a statement that
// failed with an error Neo4j or the driver calls retryable (a connection
// lost, a cluster member gone).
const readAttempts = 3

// autoCommitRead runs one read statement as an auto-commit transaction:
// RUN and PULL in one round trip, where a managed transaction (ExecuteRead)
// adds a BEGIN and a COMMIT, each awaited alone. Every read of the API is a
// single statement, so the explicit transaction bought nothing but those
// two round trips, each a wake-up of Neo4j's Bolt threads and socket writes
// and reads on both sides: without them Neo4j spent a quarter less CPU on
// a person's page at 32 clients, and the server a fifth less (BENCHMARKS.md,
// "API at issue 11, third round"). The managed transaction's retry of
// transient errors is kept, as a few attempts with a short pause while ctx
// lasts.
func (s *Store) autoCommitRead(ctx context.Context, cypher string, params map[string]any, txConfig []func(*neo4j.TransactionConfig)) ([]*neo4j.Record, error) {
	return retried(ctx, func() ([]*neo4j.Record, error) { return s.runAutoCommit(ctx, cypher, params, txConfig) })
}

// retried calls read until it succeeds, fails with an error that is not
// retryable, ctx ends, or readAttempts calls failed; it returns the last
// answer.
func retried[T any](ctx context.Context, read func() (T, error)) (T, error) {
	for attempt := 1; ; attempt++ {
		recs, err := read()
		if err == nil || attempt == readAttempts || !neo4j.IsRetryable(err) || ctx.Err() != nil {
			return recs, err
		}
		select {
		case <-ctx.Done():
			return recs, err
		case <-time.After(time.Duration(attempt) * 50 * time.Millisecond):
		}
	}
}

func (s *Store) runAutoCommit(ctx context.Context, cypher string, params map[string]any, txConfig []func(*neo4j.TransactionConfig)) ([]*neo4j.Record, error) {
	s.queries.Add(1)
	t0 := time.Now()
	defer func() { s.cypherNanos.Add(int64(time.Since(t0))) }()
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer session.Close(ctx)
	res, err := session.Run(ctx, cypher, params, txConfig...)
	if err != nil {
		return nil, err
	}
	return collect(ctx, res)
}

// collect is the result's records, all of them or an error, as the driver's
// Collect, which starts every result with room for 1,024 records: an 8 KB
// slice zeroed and collected per statement, where most reads of the API
// answer one row (a person, an organisation, a drawing).
func collect(ctx context.Context, res neo4j.ResultWithContext) ([]*neo4j.Record, error) {
	var recs []*neo4j.Record
	for res.Next(ctx) {
		recs = append(recs, res.Record())
	}
	if err := res.Err(); err != nil {
		return nil, err
	}
	return recs, nil
}

// withoutDeadline runs call with ctx's values and cancellation but without
// its deadline, in a goroutine of its own, and returns at the deadline if
// call has not. Given a context with a deadline, the driver writes every
// Bolt message in a goroutine of its own to race it with the deadline (its
// internal/racing package; reads race anyway when Neo4j sends its
// connection.recv_timeout_seconds hint, as 5.26 does): goroutines and
// channel hand-overs per query that the API paid and a caller without a
// deadline (loadgen's direct path) did not. Hiding the deadline makes the
// driver write to the socket directly; the transaction timeout that query
// sets still has Neo4j stop the statement, and the caller still gets
// context.DeadlineExceeded on time. A read blocked on a Neo4j that answers
// nothing at all stays blocked in the goroutine, as it did in the driver's
// own racing goroutines.
func withoutDeadline[T any](ctx context.Context, call func(context.Context) (T, error)) (T, error) {
	if _, ok := ctx.Deadline(); !ok {
		return call(ctx)
	}
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := call(noDeadline{ctx})
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// noDeadline is ctx without its deadline: Done and Err still end it when
// the deadline passes, but Deadline reports none.
type noDeadline struct{ context.Context }

func (noDeadline) Deadline() (time.Time, bool) { return time.Time{}, false }

// NodesByID returns the nodes with the given ids, in one round-trip
// whatever their kinds; ids of unknown kinds or absent nodes are missing from
// the map.
func (s *Store) NodesByID(ctx context.Context, ids []string) (map[string]Node, error) {
	trees, err := s.Tree(ctx, ids, Shape{})
	out := make(map[string]Node, len(trees))
	for id, t := range trees {
		out[id] = t.Node
	}
	return out, err
}

// Relation names one kind of neighbour of a node, for reading a nested
// GraphQL field (see Shape).
type Relation int

// The relations the API nests. "Of X" reads from X's side.
const (
	OrgArea          Relation = iota // the area an organisation is located in
	OrgParent                        // the body it belongs to
	OrgChildren                      // bodies that belong to it
	OrgPosts                         // its posts
	ResponsibleFor                   // edges from an organisation or person
	OverseenBy                       // edges into an organisation or area
	MentionedIn                      // sources that mention a node
	PostOrg                          // the body of a post
	PostHolders                      // HOLDS edges into a post
	PersonHoldings                   // HOLDS edges from a person
	PersonOrgs                       // bodies in which a person holds a post
	PersonAreas                      // areas of those bodies
	AreaParent                       // the area an area lies in
	AreaChildren                     // areas within it
	AreaOrgs                         // bodies located in it
	AreaSuccessors                   // areas an area became (July 2025)
	AreaPredecessors                 // areas that became it
)

// Link is one neighbour of a parent node, with the edge that leads there
// when that edge carries data.
type Link struct {
	Node Node
	Edge *Edge
}

func dedupe(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
