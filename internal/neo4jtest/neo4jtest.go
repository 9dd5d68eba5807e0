// Package neo4jtest connects integration tests to the real Neo4j that
// `make test` starts (scripts/neo4j/neo4j.sh with -- go test ...). Tests that
// need Neo4j fail, rather than skip, when none is configured: a skipped
// integration test would hide a broken build.
package neo4jtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph/store"
)

// Config reads the Neo4j to use from the environment, failing the test with
// instructions when it is not set.
func Config(t testing.TB) store.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		t.Fatal("this integration test needs a real Neo4j: run `make test` (it starts one), " +
			"or `scripts/neo4j/neo4j.sh with -- go test ./...`, or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD")
	}
	return store.Config{
		URI:      uri,
		User:     os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// Store opens the configured Neo4j, empties it, applies the migrations and
// closes it when the test ends. Packages that use it must not run in
// parallel with each other against one server: `make test` passes -p 1.
func Store(t testing.TB) *store.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s, err := store.Open(ctx, Config(t))
	if err != nil {
		t.Fatalf("open neo4j: %v", err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatalf("empty neo4j: %v", err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return s
}

// Dump returns every node and relationship of the graph as sorted lines
// (store.Dump), failing the test on error: tests compare graphs with it.
func Dump(t testing.TB, s *store.Store) []string {
	t.Helper()
	d, err := s.Dump(context.Background())
	if err != nil {
		t.Fatalf("dump graph: %v", err)
	}
	return d
}

// Rows runs a read statement on the configured Neo4j through a connection
// of its own and returns its records' values, failing the test on error: the
// independent figures a test compares a store read with.
func Rows(t testing.TB, cypher string, params map[string]any) [][]any {
	t.Helper()
	cfg := Config(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatalf("query: %v", err)
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("query %q: %v", cypher, err)
	}
	out := make([][]any, len(res.Records))
	for i, r := range res.Records {
		out[i] = r.Values
	}
	return out
}

// Count runs a statement that returns one integer, as Rows does.
func Count(t testing.TB, cypher string, params map[string]any) int {
	t.Helper()
	rows := Rows(t, cypher, params)
	if len(rows) != 1 || len(rows[0]) != 1 {
		t.Fatalf("count %q: want one value, got %v", cypher, rows)
	}
	n, ok := rows[0][0].(int64)
	if !ok {
		t.Fatalf("count %q: %v is not an integer", cypher, rows[0][0])
	}
	return int(n)
}
