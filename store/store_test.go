package store_test

import (
	"context"
	"testing"

	"hoigraph/internal/neo4jtest"
)

func TestMigrateIsIdempotentAndIndexesFoldedNames(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("second migrate: %v", err)
	}
	c, err := s.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes != 0 || c.Relationships != 0 {
		t.Fatalf("fresh store has %+v", c)
	}
}

// TestWarmUpRunsEveryAreaRead: every statement the warm-up plans is valid
// Cypher that runs (on an empty graph, finding nothing).
func TestWarmUpRunsEveryAreaRead(t *testing.T) {
	s := neo4jtest.Store(t)
	before := s.QueryCount()
	if err := s.WarmUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := s.QueryCount() - before; n < 10 {
		t.Errorf("warm-up ran %d statements, want one per area read", n)
	}
}
