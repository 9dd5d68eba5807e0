package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Dump returns the whole graph as sorted lines, one per node and one per
// relationship, with every label and property: what two loads are compared
// with to prove they built the same graph. It reads everything, so it is for
// tests and small graphs.
func (s *Store) Dump(ctx context.Context) ([]string, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var lines []string
		nodes, err := s.run(ctx, tx, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", nil)
		if err != nil {
			return nil, err
		}
		for _, rec := range nodes {
			l, _ := rec.Get("labels")
			p, _ := rec.Get("props")
			labels := toStrings(l)
			sort.Strings(labels)
			lines = append(lines, "("+strings.Join(labels, ":")+" "+jsonOf(p)+")")
		}
		rels, err := s.run(ctx, tx, "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS props, b.id AS b", nil)
		if err != nil {
			return nil, err
		}
		for _, rec := range rels {
			a, _ := rec.Get("a")
			t, _ := rec.Get("t")
			p, _ := rec.Get("props")
			b, _ := rec.Get("b")
			lines = append(lines, fmt.Sprintf("(%v)-[%v %s]->(%v)", a, t, jsonOf(p), b))
		}
		sort.Strings(lines)
		return lines, nil
	})
	if err != nil {
		return nil, fmt.Errorf("dump graph: %w", err)
	}
	return out.([]string), nil
}

// jsonOf renders properties with sorted keys (encoding/json sorts maps).
func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
