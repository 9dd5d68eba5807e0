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
	marked := refuseForeignGraph(t)
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatalf("empty neo4j: %v", err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if !marked {
		Exec(t, "CREATE INDEX "+testMark+" IF NOT EXISTS FOR (n:HoigraphTestStore) ON (n.mark)", nil)
	}
	return s
}

// testMark names the index a test leaves in a database it emptied: the
// schema outlives the emptying (and Dump reads no schema), so the next test
// knows the graph it finds is an earlier test's.
const testMark = "hoigraph_test_store"

// EnvWipe, set to 1, lets the tests empty a database they did not mark.
const EnvWipe = "HOIGRAPH_TEST_WIPE"

// refuseForeignGraph fails the test before it empties a database that holds
// a graph no test made: a NEO4J_URI left pointing at a loaded graph (a
// benchmark's, a user's) would otherwise be wiped by `go test`. It reports
// whether the database carries the mark already.
func refuseForeignGraph(t testing.TB) (marked bool) {
	t.Helper()
	if Count(t, "SHOW INDEXES YIELD name WHERE name = $name RETURN count(*)", map[string]any{"name": testMark}) > 0 {
		return true
	}
	if os.Getenv(EnvWipe) == "1" || Count(t, "MATCH (n) WITH n LIMIT 1 RETURN count(n)", nil) == 0 {
		return false
	}
	t.Fatalf("NEO4J_URI=%s holds a graph that no test made; the tests empty the database they use, so they refuse this one. "+
		"Run them against a server of their own (`make test`, or `scripts/neo4j/neo4j.sh with -- go test ./...`), "+
		"or set %s=1 to let them empty it", os.Getenv("NEO4J_URI"), EnvWipe)
	return false
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
	return query(t, cypher, params, neo4j.ExecuteQueryWithReadersRouting())
}

// Exec runs a write statement as Rows runs a read: for a test that puts the
// graph in a state the store's own writes would not (an older store's, say).
func Exec(t testing.TB, cypher string, params map[string]any) {
	t.Helper()
	query(t, cypher, params, neo4j.ExecuteQueryWithWritersRouting())
}

// Refused runs a write statement as Exec does and returns Neo4j's error:
// for a test that the schema refuses what it must (nil when it did not).
func Refused(t testing.TB, cypher string, params map[string]any) error {
	t.Helper()
	_, err := tryQuery(t, cypher, params, neo4j.ExecuteQueryWithWritersRouting())
	return err
}

// query runs one statement through a connection of its own, as Rows says.
func query(t testing.TB, cypher string, params map[string]any, routing neo4j.ExecuteQueryConfigurationOption) [][]any {
	t.Helper()
	out, err := tryQuery(t, cypher, params, routing)
	if err != nil {
		t.Fatalf("query %q: %v", cypher, err)
	}
	return out
}

// tryQuery is query with the statement's error returned.
func tryQuery(t testing.TB, cypher string, params map[string]any, routing neo4j.ExecuteQueryConfigurationOption) ([][]any, error) {
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
		neo4j.ExecuteQueryWithDatabase(cfg.Database), routing)
	if err != nil {
		return nil, err
	}
	out := make([][]any, len(res.Records))
	for i, r := range res.Records {
		out[i] = r.Values
	}
	return out, nil
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
