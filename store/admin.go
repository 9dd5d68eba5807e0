package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DeleteAll removes every node and relationship, in batches so that a large
// graph does not need one huge transaction. It is for tests and for
// `hoigraph load --replace`; it keeps the schema.
func (s *Store) DeleteAll(ctx context.Context) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	res, err := session.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS", map[string]any{"batch": int64(10000)})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("delete all: %w", err)
	}
	return nil
}

// Counts is the number of nodes and relationships in the graph.
type Counts struct {
	Nodes, Relationships int64
}

// Count returns the node and relationship counts, for load summaries and
// idempotency tests.
func (s *Store) Count(ctx context.Context) (Counts, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, tx, "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels", nil)
		if err != nil {
			return nil, err
		}
		n, _ := recs[0].Get("nodes")
		r, _ := recs[0].Get("rels")
		return Counts{Nodes: n.(int64), Relationships: r.(int64)}, nil
	})
	if err != nil {
		return Counts{}, fmt.Errorf("count graph: %w", err)
	}
	return out.(Counts), nil
}
