package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"hoigraph"
	"hoigraph/export"
	"hoigraph/gazetteer"
	"hoigraph/internal/neo4jtest"
	"hoigraph/loader"
	"hoigraph/loader/extract"
	"hoigraph/store"
)

// read is what a consumer saw in a file (scripts/export/read.py).
type read struct {
	Nodes map[string]map[string]any `json:"nodes"`
	Edges [][3]any                  `json:"edges"`
}

var (
	pythonOnce sync.Once
	python     string
	pythonErr  error
)

// consumerPython is the venv with the pinned NetworkX, made by
// scripts/export/venv.sh (which make test also runs).
func consumerPython(t *testing.T) string {
	t.Helper()
	pythonOnce.Do(func() {
		out, err := exec.Command(filepath.Join("..", "scripts", "export", "venv.sh")).Output()
		python, pythonErr = strings.TrimSpace(string(out)), err
	})
	if pythonErr != nil {
		t.Fatalf("scripts/export/venv.sh (the NetworkX these tests read exports with): %v", pythonErr)
	}
	return python
}

// consume reads path as format with the real consumers.
func consume(t *testing.T, format export.Format, path string) read {
	t.Helper()
	cmd := exec.Command(consumerPython(t), filepath.Join("..", "scripts", "export", "read.py"), string(format), path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s consumer rejected %s: %v\n%s", format, path, err, stderr.String())
	}
	var r read
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("read.py output: %v", err)
	}
	return r
}

// sampleGraph loads what `make run` loads: the example articles and
// curated files, with the official areas when ../shared has them.
func sampleGraph(t *testing.T) *store.Store {
	t.Helper()
	s := neo4jtest.Store(t)
	gaz, err := gazetteer.Load(filepath.Join("..", "..", "shared", "gazetteer"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{Gazetteer: gaz})
	if err != nil {
		t.Fatal(err)
	}
	l := &loader.Loader{Store: s, Extractor: x, Gazetteer: gaz}
	sum, err := l.Load(context.Background(), []string{filepath.Join("..", "examples", "articles"), filepath.Join("..", "examples", "curated")})
	if err != nil || len(sum.Errors) > 0 {
		t.Fatalf("load examples: %v %v", err, sum.Errors)
	}
	return s
}

// write exports sel as f into dir and returns the file's path.
func write(t *testing.T, s *store.Store, sel store.Selection, f export.Format, dir string) (string, export.Counts) {
	t.Helper()
	ctx := context.Background()
	plan, err := s.PlanExport(ctx, sel)
	if err != nil {
		t.Fatalf("plan %+v: %v", sel, err)
	}
	path := filepath.Join(dir, export.FileName(sel, f))
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	w, err := export.NewWriter(f, out, export.Meta{Description: export.Describe(sel), Date: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	c, err := export.Run(ctx, s, plan, w, nil)
	if err != nil {
		t.Fatalf("export %s: %v", f, err)
	}
	if c.Nodes != plan.Nodes {
		t.Errorf("%s: wrote %d nodes, the plan counted %d", f, c.Nodes, plan.Nodes)
	}
	return path, c
}

// exportAll writes sel in every format, checks that each consumer read the
// same graph, and returns it.
func exportAll(t *testing.T, s *store.Store, sel store.Selection) read {
	t.Helper()
	dir := t.TempDir()
	var first read
	for i, f := range export.Formats {
		path, c := write(t, s, sel, f, dir)
		r := consume(t, f, path)
		if len(r.Nodes) != c.Nodes || len(r.Edges) != c.Edges {
			t.Errorf("%s: consumer read %d nodes and %d edges, export wrote %d and %d", f, len(r.Nodes), len(r.Edges), c.Nodes, c.Edges)
		}
		if i == 0 {
			first = r
			continue
		}
		if !reflect.DeepEqual(r.Nodes, first.Nodes) {
			for id, n := range first.Nodes {
				if !reflect.DeepEqual(r.Nodes[id], n) {
					t.Errorf("%s and %s disagree on node %s:\n%v\n%v", f, export.Formats[0], id, r.Nodes[id], n)
					break
				}
			}
		}
		if !reflect.DeepEqual(r.Edges, first.Edges) {
			for j := range min(len(r.Edges), len(first.Edges)) {
				if !reflect.DeepEqual(r.Edges[j], first.Edges[j]) {
					t.Errorf("%s and %s disagree on edge %d:\n%v\n%v", f, export.Formats[0], j, r.Edges[j], first.Edges[j])
					break
				}
			}
		}
	}
	return first
}

// TestConsumersReadTheSampleGraph exports the sample graph in every format,
// has NetworkX (GEXF, GraphML), the csv module (CSV) and a Cytoscape.js
// elements check (JSON) read it, and compares what they read with Cypher
// counts of the same selection and with the stored text.
func TestConsumersReadTheSampleGraph(t *testing.T) {
	t0 := time.Now()
	s := sampleGraph(t)
	t.Logf("sample graph loaded in %s", time.Since(t0))

	t.Run("whole graph", func(t *testing.T) {
		r := exportAll(t, s, store.Selection{})
		nodes := neo4jtest.Count(t, "MATCH (n) WHERE NOT n:Source AND NOT n:Gazetteer RETURN count(n)", nil) // the gazetteer's fingerprints are no part of the graph
		edges := neo4jtest.Count(t, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' RETURN count(r)", nil)
		if len(r.Nodes) != nodes || len(r.Edges) != edges {
			t.Errorf("read %d nodes, %d edges; Neo4j has %d nodes and %d edges besides sources and mentions", len(r.Nodes), len(r.Edges), nodes, edges)
		}
		// Every body with its name as stored, its type and its area.
		for _, row := range neo4jtest.Rows(t, `MATCH (o:Organization)
			RETURN o.id, o.name, o.type, coalesce(head([(o)-[:LOCATED_IN]->(a:Area) | a.name]), o.areaName)`, nil) {
			n := r.Nodes[row[0].(string)]
			if n == nil {
				t.Errorf("body %v missing", row[0])
				continue
			}
			area, _ := row[3].(string)
			if n["label"] != row[1] || n["body_type"] != row[2] || n["kind"] != "Organization" || (area != "" && n["area"] != area) {
				t.Errorf("body %v: read %v; stored name %q type %v area %q", row[0], n, row[1], row[2], area)
			}
		}
		// Every responsibility with its first evidence sentence and its
		// number of sources.
		type key struct{ from, to, kind string }
		want := map[key][2]any{}
		for _, row := range neo4jtest.Rows(t, "MATCH (a)-[r:RESPONSIBLE_FOR]->(b) RETURN a.id, b.id, r.kind, r.evidence[0], size(r.sources)", nil) {
			k, _ := row[2].(string)
			want[key{row[0].(string), row[1].(string), k}] = [2]any{row[3], float64(row[4].(int64))}
		}
		got := 0
		for _, e := range r.Edges {
			a := e[2].(map[string]any)
			if a["relation"] != "RESPONSIBLE_FOR" {
				continue
			}
			got++
			k, _ := a["kind"].(string)
			w, ok := want[key{e[0].(string), e[1].(string), k}]
			if !ok || a["evidence"] != w[0] || a["sources"] != w[1] {
				t.Errorf("responsibility %v: read %v, stored %v", e[:2], a, w)
			}
		}
		if got != len(want) || got == 0 {
			t.Errorf("read %d responsibilities, Neo4j has %d", got, len(want))
		}
	})

	t.Run("with provenance", func(t *testing.T) {
		r := exportAll(t, s, store.Selection{Provenance: true})
		nodes := neo4jtest.Count(t, "MATCH (n) WHERE NOT n:Gazetteer RETURN count(n)", nil)
		edges := neo4jtest.Count(t, "MATCH ()-[r]->() RETURN count(r)", nil)
		if len(r.Nodes) != nodes || len(r.Edges) != edges {
			t.Errorf("read %d nodes, %d edges; Neo4j has %d and %d", len(r.Nodes), len(r.Edges), nodes, edges)
		}
		for _, e := range r.Edges {
			a := e[2].(map[string]any)
			if a["relation"] == "RESPONSIBLE_FOR" && a["source_ids"] == nil {
				t.Errorf("responsibility %v has no source ids with provenance", e[:2])
			}
		}
	})

	t.Run("associations", func(t *testing.T) {
		r := exportAll(t, s, store.Selection{BodyTypes: []hoigraph.OrgType{"association"}})
		orgs := 0
		for id, n := range r.Nodes {
			if n["kind"] == "Organization" {
				orgs++
				if n["body_type"] != "association" {
					t.Errorf("%s: body type %v", id, n["body_type"])
				}
			}
		}
		if want := neo4jtest.Count(t, "MATCH (n:Association) RETURN count(n)", nil); orgs != want || want == 0 {
			t.Errorf("read %d associations, Neo4j has %d", orgs, want)
		}
	})

	t.Run("Quận 3", func(t *testing.T) {
		r := exportAll(t, s, store.Selection{Area: "Quận 3"})
		areas := map[string]bool{}
		for id, n := range r.Nodes {
			if n["kind"] == "Area" {
				areas[id] = true
			}
		}
		inside := 0
		for _, n := range r.Nodes {
			if n["kind"] == "Organization" && areas[n["area_id"].(string)] {
				inside++
			}
		}
		params := map[string]any{"q3": "quan 3"}
		want := neo4jtest.Count(t, "MATCH (a:Area {nameFolded: $q3}) MATCH (o:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(a) RETURN count(DISTINCT o)", params)
		if inside != want || want == 0 {
			t.Errorf("read %d bodies located in Quận 3, Neo4j has %d", inside, want)
		}
		holders := neo4jtest.Count(t, `MATCH (a:Area {nameFolded: $q3}) MATCH (p:Person)-[:HOLDS]->(:Post)-[:OF]->(:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(a)
			RETURN count(DISTINCT p)`, params)
		people := 0
		for _, n := range r.Nodes {
			if n["kind"] == "Person" {
				people++
			}
		}
		if people < holders || holders == 0 {
			t.Errorf("read %d people, %d hold posts in Quận 3", people, holders)
		}
	})

	t.Run("neighbourhood", func(t *testing.T) {
		rows := neo4jtest.Rows(t, "MATCH (o:PartyCommittee) RETURN o.id ORDER BY COUNT { (o)--() } DESC LIMIT 1", nil)
		id := rows[0][0].(string)
		r := exportAll(t, s, store.Selection{Around: id, Depth: 1})
		want := neo4jtest.Count(t, `MATCH (s {id: $id})-[r]-(m) WHERE type(r) <> 'MENTIONED_IN' RETURN count(DISTINCT m) + 1`, map[string]any{"id": id})
		if len(r.Nodes) != want {
			t.Errorf("read %d nodes around %s, Neo4j has %d within one hop", len(r.Nodes), id, want)
		}
	})
}
