package store

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
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

// provenanceLine matches a dumped relationship with its properties.
var provenanceLine = regexp.MustCompile(`^(\(.*\)-\[[A-Z_]+ )(\{.*\})(\]->\(.*\))$`)

// SortProvenance sorts the aligned sources/evidence/sinces/untils entries inside dumped
// relationships, for comparing graphs that hold the same statements but
// appended them in another order (a changed article reloaded last).
func SortProvenance(dump []string) []string {
	out := make([]string, len(dump))
	for i, l := range dump {
		out[i] = l
		m := provenanceLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		var p map[string]any
		if json.Unmarshal([]byte(m[2]), &p) != nil {
			continue
		}
		src, _ := p["sources"].([]any)
		ev, _ := p["evidence"].([]any)
		if len(src) == 0 || len(src) != len(ev) {
			continue
		}
		sinces, _ := p["sinces"].([]any)
		untils, _ := p["untils"].([]any)
		pairs := make([]string, len(src))
		for j := range src {
			pairs[j] = fmt.Sprint(src[j]) + " | " + fmt.Sprint(ev[j])
			if len(sinces) == len(src) && len(untils) == len(src) {
				pairs[j] += fmt.Sprintf(" | %v | %v", sinces[j], untils[j])
			}
		}
		sort.Strings(pairs)
		delete(p, "evidence")
		delete(p, "sinces")
		delete(p, "untils")
		p["sources"] = pairs
		out[i] = m[1] + jsonOf(p) + m[3]
	}
	sort.Strings(out)
	return out
}

// jsonOf renders properties with sorted keys (encoding/json sorts maps).
func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
