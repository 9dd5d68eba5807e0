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
