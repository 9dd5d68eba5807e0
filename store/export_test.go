package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// NeighborhoodCypher is neighborhoodCypher, for the tests of package
// store_test that profile it.
var NeighborhoodCypher = neighborhoodCypher

// ReadRows runs cypher as the API's reads run (Store.query) and returns
// the first value of each row, for the tests of package store_test.
func (s *Store) ReadRows(ctx context.Context, cypher string, params map[string]any) ([]any, error) {
	var out []any
	err := s.query(ctx, "test read", cypher, params, func(r *neo4j.Record) { out = append(out, r.Values[0]) })
	return out, err
}
