package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
)

// A Pipeline writes batches in two stages, each a transaction of its own,
// so that Neo4j runs two of them at once without one waiting for the other:
//
//   - stage A (one goroutine, the caller's) locks the batch's sources and
//     MERGEs every node the batch names with its MENTIONED_IN, returning
//     the nodes' element ids. A new source is left pending: it gets a token
//     (Source.pending) instead of its hash.
//   - stage B (one goroutine of the pipeline) writes the batch's edges on
//     those element ids, and gives each source its hash, removing the
//     token, while stage A writes the next batch.
//
// Why: two writers of whole batches (WritePrepared on two goroutines) wait
// for each other half of the time, because both MERGE the same new nodes
// and edges on the same nodes (BENCHMARKS.md, "Why two writers give Neo4j
// one core"). Here only one transaction at a time MERGEs nodes, and only
// one MERGEs edges; a node MERGE and an edge MERGE of the previous batch
// seldom lock the same thing.
//
// What keeps a document all or nothing:
//
//   - a source that is pending when a write finds it is stale, whatever its
//     hash (lockSources): it is removed and written again whole, in one
//     transaction. So a loader stopped between the stages leaves nodes
//     mentioned by a pending source, with no hash, which the next load of
//     that file rewrites (the loader re-reads a file without a hash);
//   - stage B locks its sources first and writes only those still pending
//     with its own token: one another loader rewrote meanwhile is left to
//     it, so two loaders at once build the graph one builds;
//   - a failed stage B removes what stage A wrote of the sources still
//     pending with its token (removeStatements, then the Source nodes),
//     then, when the documents were at fault, writes them again the old
//     way (writeGraphs: the batch in one transaction, else one per
//     document);
//   - a source that was loaded before (a changed file) is written whole in
//     stage A, edges included: its removal and its new statements commit
//     together, so a failure cannot lose its earlier version.
//
// Between the two commits a reader can see a new document's nodes without
// its edges, for the time of one batch; nothing reads the pending mark.
type Pipeline struct {
	s      *Store
	ctx    context.Context
	staged chan *stagedBatch
	done   chan struct{}
	mu     sync.Mutex // guards st and err
	st     WriteStats
	err    error
	closed bool
	afterA func() error // test hook: an error here fails stage B
}

// stagedBatch is a batch whose stage A committed.
type stagedBatch struct {
	token string
	gs    []*docGraph       // the documents left pending, for stage B
	nodes map[string]string // node id → element id
}

// NewPipeline starts a pipeline; Close must be called to finish it.
func (s *Store) NewPipeline(ctx context.Context) *Pipeline {
	p := &Pipeline{s: s, ctx: ctx, staged: make(chan *stagedBatch, 1), done: make(chan struct{})}
	go p.stageB()
	return p
}

// Write writes prepared documents as WritePrepared does, but returns once
// their stage A committed; their stage B follows (Close waits for it). The
// error is one that stopped the writing, of either stage; documents that
// failed alone are listed in the WriteStats Close returns.
func (p *Pipeline) Write(ps []*Prepared) error {
	var batch []*docGraph
	ids := map[string]bool{}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := p.stageA(batch)
		batch, ids = nil, map[string]bool{}
		return err
	}
	for _, pr := range ps {
		if ids[pr.g.sourceID] {
			if err := flush(); err != nil {
				return err
			}
		}
		ids[pr.g.sourceID] = true
		batch = append(batch, pr.g)
	}
	return flush()
}

// Close waits for the last stage B and returns what all batches did, and
// the first error that stopped the writing.
func (p *Pipeline) Close() (WriteStats, error) {
	if !p.closed {
		p.closed = true
		close(p.staged)
	}
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.st, p.err
}

func (p *Pipeline) add(st WriteStats, err error) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.st.Add(st)
	if err != nil && p.err == nil {
		p.err = err
	}
	return p.err
}

// stageA writes a batch's nodes, and changed documents whole, then hands
// the new documents to stage B.
func (p *Pipeline) stageA(gs []*docGraph) error {
	if err := p.failed(); err != nil {
		return err
	}
	token, err := newToken()
	if err != nil {
		return err
	}
	var sb *stagedBatch
	tA := time.Now()
	defer func() { trace("A", tA) }()
	out, err := p.s.write(p.ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		trace("A-try", time.Time{})
		var st WriteStats
		sb = &stagedBatch{token: token, nodes: map[string]string{}}
		loaded, err := p.s.lockSources(p.ctx, tx, gs)
		if err != nil {
			return nil, err
		}
		var whole, stale []string
		var all, full []*docGraph
		for _, g := range gs {
			h, ok := loaded[g.sourceID]
			switch {
			case ok && h == g.hash && g.hash != "":
				st.Unchanged++
				continue
			case ok:
				stale = append(stale, g.sourceID)
				whole = append(whole, g.sourceID)
				full = append(full, g)
				st.Replaced++
				st.Documents++
				st.Facts += g.facts
			default:
				sb.gs = append(sb.gs, g)
			}
			all = append(all, g)
		}
		if len(stale) > 0 {
			if err := p.s.removeStatements(p.ctx, tx, stale, &st); err != nil {
				return nil, err
			}
		}
		if len(all) == 0 {
			return st, nil
		}
		if len(full) > 0 {
			if err := p.s.writeRows(p.ctx, tx, mergeGraphs(full), sb.nodes, &st); err != nil {
				return nil, err
			}
		}
		if len(sb.gs) > 0 {
			if err := p.s.writeRows(p.ctx, tx, bareGraph(sb.gs, token), sb.nodes, &st); err != nil {
				if os.Getenv("HOIGRAPH_TRACE") != "" {
					fmt.Fprintln(os.Stderr, "trace A error", err)
				}
				return nil, err
			}
		}
		return st, nil
	})
	if err != nil {
		if p.ctx.Err() != nil || !documentsFault(err) {
			return p.add(WriteStats{}, err)
		}
		// A document at fault: the old way finds which, and writes the others.
		st, err := p.s.writeGraphs(p.ctx, gs)
		return p.add(st, err)
	}
	if err := p.add(out.(WriteStats), nil); err != nil {
		return err
	}
	if len(sb.gs) == 0 {
		return nil
	}
	tw := time.Now()
	defer func() { trace("A-wait", tw) }()
	select {
	case p.staged <- sb:
		return nil
	case <-p.ctx.Done():
		return p.add(WriteStats{}, p.ctx.Err())
	}
}

func (p *Pipeline) failed() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// bareGraph is what stage A writes of new documents: their nodes without
// MENTIONED_IN, and their sources pending with token, without their hash.
func bareGraph(gs []*docGraph, token string) *docGraph {
	m := mergeGraphs(gs)
	out := newDocGraph()
	out.orgs, out.nodes, out.bare = m.orgs, maps.Clone(m.nodes), true
	rows := make([]map[string]any, 0, len(gs))
	for _, g := range gs {
		for _, r := range g.nodes[lSource] {
			props := maps.Clone(r["props"].(map[string]any))
			props["hash"], props["pending"] = nil, token
			rows = append(rows, map[string]any{"id": r["id"], "props": props})
		}
	}
	out.nodes[lSource] = rows
	return out
}

// bareNodeCypher is a node statement without its MENTIONED_IN (and the
// match of the source it links to).
func bareNodeCypher(cypher string) string {
	var keep []string
	for _, line := range strings.Split(cypher, "\n") {
		if !strings.HasPrefix(line, "MATCH (s:Source) WHERE elementId(s) = $sources[r.src]") && !strings.HasPrefix(line, "CREATE (n)-[:MENTIONED_IN") &&
			!strings.HasPrefix(line, "FOREACH (_ IN CASE WHEN r.typed") && !strings.HasPrefix(line, "  SET n.type = r.type") && !strings.HasPrefix(line, "  REMOVE n:") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

// mentionCypher links stage A's nodes to their sources, each mention with
// what its source says of the node (as the node statements do in one
// stage). It finds each node by element id and id, and returns how many it
// linked: fewer than its rows means a node stage A wrote was deleted since
// (an orphan of another loader's removal), and the batch is written again
// whole.
const mentionCypher = `UNWIND $rows AS r
MATCH (n) WHERE elementId(n) = r.n AND n.id = r.id
MATCH (s:Source) WHERE elementId(s) = r.s
CREATE (n)-[m:MENTIONED_IN]->(s)
SET m = r.p
RETURN count(*) AS linked`

// retypeCypher gives bodies stage A found the type t when it comes before
// theirs (orgCypher's rule; a label change takes locks a relationship
// write takes too, so stage B, the one writer of relationships, makes it).
func retypeCypher(t hoigraph.OrgType) string {
	return fmt.Sprintf(`UNWIND $rows AS r
MATCH (n:Organization) WHERE elementId(n) = r.n
FOREACH (_ IN CASE WHEN n.type <> r.type AND r.rank < %s THEN [1] ELSE [] END |
  SET n.type = r.type, n:%s
  REMOVE n:%s)`, typeRank("n.type"), t.Label(), otherLabels(t))
}

// errNodeGone is a stage B that did not find a node of its stage A.
var errNodeGone = errors.New("a node written by the first stage is gone")

// mentionRows are the MENTIONED_IN of gs: one per node and document, with
// the properties its node statement gives it.
func mentionRows(gs []*docGraph, nodes map[string]string) ([]map[string]any, error) {
	var rows []map[string]any
	add := func(src string, r map[string]any, props map[string]any) error {
		id := r["id"].(string)
		n, s := nodes[id], nodes[src]
		if n == "" || s == "" {
			return fmt.Errorf("mention of %q in %q: not written by the first stage", id, src)
		}
		rows = append(rows, map[string]any{"n": n, "id": id, "s": s, "p": props})
		return nil
	}
	for _, g := range gs {
		for _, rs := range g.orgs {
			for _, r := range rs {
				if err := add(g.sourceID, r, map[string]any{"name": r["name"], "type": r["mtype"], "area": r["marea"]}); err != nil {
					return nil, err
				}
			}
		}
		for l, rs := range g.nodes {
			for _, r := range rs {
				var props map[string]any
				switch l {
				case lSource:
					continue
				case lPerson:
					props = map[string]any{"name": r["name"]}
				case lArea:
					props = map[string]any{"name": r["name"], "level": r["mlevel"]}
				default:
					props = map[string]any{}
				}
				if err := add(g.sourceID, r, props); err != nil {
					return nil, err
				}
			}
		}
	}
	return rows, nil
}

// stageB writes the edges of each staged batch, in order.
func (p *Pipeline) stageB() {
	defer close(p.done)
	for sb := range p.staged {
		if p.failed() != nil {
			continue // stage A stops too; what is left pending is stale
		}
		st, err := p.writeEdges(sb)
		p.add(st, err)
	}
}

// finishSourcesCypher gives the sources their hash: they are loaded.
const finishSourcesCypher = `UNWIND $rows AS r
MATCH (s:Source {id: r.id})
SET s.hash = r.hash
REMOVE s.pending`

// pendingCypher locks the sources (as lockSourcesCypher does) and returns
// their pending token.
const pendingCypher = `UNWIND $ids AS id
MATCH (s:Source {id: id})
SET s.writeLock = true
REMOVE s.writeLock
RETURN s.id AS id, s.pending AS pending`

// writeEdges is stage B of one batch, undone when it fails.
func (p *Pipeline) writeEdges(sb *stagedBatch) (WriteStats, error) {
	var kept []*docGraph
	tB := time.Now()
	defer func() { trace("B", tB) }()
	out, err := p.s.write(p.ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		trace("B-try", time.Time{})
		var st WriteStats
		var err error
		if kept, err = p.s.ownPending(p.ctx, tx, sb); err != nil {
			return nil, err
		}
		if p.afterA != nil {
			if err := p.afterA(); err != nil {
				return nil, err
			}
		}
		if len(kept) == 0 {
			return st, nil
		}
		mentions, err := mentionRows(kept, sb.nodes)
		if err != nil {
			return nil, err
		}
		p.s.queries.Add(1)
		res, err := tx.Run(p.ctx, keepPlan+mentionCypher, map[string]any{"rows": mentions})
		if err != nil {
			return nil, fmt.Errorf("write mentions: %w", err)
		}
		rec, err := res.Single(p.ctx)
		if err != nil {
			return nil, fmt.Errorf("write mentions: %w", err)
		}
		if n, _ := rec.Values[0].(int64); int(n) != len(mentions) {
			return nil, errNodeGone
		}
		sum, err := res.Consume(p.ctx)
		if err != nil {
			return nil, fmt.Errorf("write mentions: %w", err)
		}
		st.count(sum.Counters())
		m := mergeGraphs(kept)
		for _, t := range hoigraph.OrgTypes {
			var rows []map[string]any
			for _, r := range m.orgs[t] {
				if r["typed"] == true {
					rows = append(rows, map[string]any{"n": sb.nodes[r["id"].(string)], "type": r["type"], "rank": r["rank"]})
				}
			}
			if len(rows) == 0 {
				continue
			}
			if err := p.s.exec(p.ctx, tx, retypeCypher(t), map[string]any{"rows": rows}, &st); err != nil {
				return nil, fmt.Errorf("write types: %w", err)
			}
		}
		g := newDocGraph()
		g.edges = m.edges
		if err := p.s.writeRows(p.ctx, tx, g, sb.nodes, &st); err != nil {
			if os.Getenv("HOIGRAPH_TRACE") != "" {
				fmt.Fprintln(os.Stderr, "trace B error", err)
			}
			return nil, err
		}
		rows := make([]map[string]any, len(kept))
		for i, d := range kept {
			rows[i] = map[string]any{"id": d.sourceID, "hash": d.hash}
			st.Documents++
			st.Facts += d.facts
		}
		if err := p.s.exec(p.ctx, tx, finishSourcesCypher, map[string]any{"rows": rows}, &st); err != nil {
			return nil, fmt.Errorf("finish sources: %w", err)
		}
		return st, nil
	})
	if err == nil {
		return out.(WriteStats), nil
	}
	if p.ctx.Err() != nil {
		return WriteStats{}, err
	}
	// Undo stage A in a context of its own: a stopped load must not leave
	// the batch half-written if the server still answers.
	st, uerr := p.s.undoStageA(context.WithoutCancel(p.ctx), sb)
	if uerr != nil {
		return st, fmt.Errorf("write edges: %w; then undo the batch's nodes: %w", err, uerr)
	}
	if !documentsFault(err) && !errors.Is(err, errNodeGone) {
		return st, fmt.Errorf("write edges: %w", err)
	}
	again, err := p.s.writeGraphs(p.ctx, sb.gs)
	st.Add(again)
	st.Retried++
	return st, err
}

// ownPending locks sb's sources and returns its documents whose source is
// still pending with sb's token: not rewritten by another write since.
func (s *Store) ownPending(ctx context.Context, tx neo4j.ManagedTransaction, sb *stagedBatch) ([]*docGraph, error) {
	ids := make([]string, len(sb.gs))
	for i, g := range sb.gs {
		ids[i] = g.sourceID
	}
	sort.Strings(ids)
	recs, err := s.run(ctx, tx, keepPlan+pendingCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("lock pending sources: %w", err)
	}
	mine := map[string]bool{}
	for _, rec := range recs {
		id, _ := rec.Get("id")
		if t, _ := rec.Get("pending"); t == sb.token {
			mine[id.(string)] = true
		}
	}
	var kept []*docGraph
	for _, g := range sb.gs {
		if mine[g.sourceID] {
			kept = append(kept, g)
		}
	}
	return kept, nil
}

// undoStageA removes what stage A wrote of sb's sources that are still
// pending with its token, Source nodes included: the graph is as if the
// batch had not been written.
func (s *Store) undoStageA(ctx context.Context, sb *stagedBatch) (WriteStats, error) {
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var st WriteStats
		kept, err := s.ownPending(ctx, tx, sb)
		if err != nil || len(kept) == 0 {
			return st, err
		}
		ids := make([]string, len(kept))
		for i, g := range kept {
			ids[i] = g.sourceID
		}
		sort.Strings(ids)
		if err := s.removeStatements(ctx, tx, ids, &st); err != nil {
			return nil, err
		}
		if err := s.exec(ctx, tx, "UNWIND $ids AS id MATCH (s:Source {id: id}) DETACH DELETE s", map[string]any{"ids": ids}, &st); err != nil {
			return nil, fmt.Errorf("delete pending sources: %w", err)
		}
		// The nodes stage A created have no relationship yet: orphans.
		var nodes []string
		for id, eid := range sb.nodes {
			if !strings.HasPrefix(id, "source:") {
				nodes = append(nodes, eid)
			}
		}
		if err := s.exec(ctx, tx, orphansCypher, map[string]any{"nodes": nodes}, &st); err != nil {
			return nil, fmt.Errorf("delete the batch's new nodes: %w", err)
		}
		return st, nil
	})
	if err != nil {
		return WriteStats{}, err
	}
	return out.(WriteStats), nil
}

// newToken is a random pending mark, unique to one batch of one loader.
func newToken() (string, error) {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("pending token: %w", err)
	}
	return hex.EncodeToString(b), nil
}

func trace(what string, t0 time.Time) {
	if os.Getenv("HOIGRAPH_TRACE") == "" {
		return
	}
	d := time.Duration(0)
	if !t0.IsZero() {
		d = time.Since(t0)
	}
	fmt.Fprintf(os.Stderr, "trace %s %s %.3f\n", time.Now().Format("15:04:05.000"), what, d.Seconds())
}
