package httpapi_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"hoigraph"
	"hoigraph/httpapi"
)

func TestErrorsCarryCodesAndNoInternals(t *testing.T) {
	a := newAPI(t, httpapi.Config{MaxDepth: 6, MaxComplexity: 200}, quan3Docs()...)
	for _, tc := range []struct {
		name, query, code, message string
	}{
		{"id of no kind", `{ neighborhood(id: "nothing") { truncated } }`, hoigraph.EINVALID, `id "nothing" names no kind of node`},
		{"depth out of range", `{ neighborhood(id: "org:x", depth: 9) { truncated } }`, hoigraph.EINVALID, "depth must be between 1 and 3"},
		{"path too long", `{ shortestPath(from: "org:a", to: "org:b", maxLength: 99) { length } }`, hoigraph.EINVALID, "maxLength must be between 1 and 10"},
		{"search without words", `{ search(text: " ,; ", first: 1) { id } }`, hoigraph.EINVALID, "search text has no word"},
		{"negative page", `{ people(first: -1) { totalCount } }`, hoigraph.EINVALID, "first must be between 0 and 2147483647"},
		{"too deep", `{ organization(id: "org:x") { parent { parent { parent { parent { parent { parent { name } } } } } } } }`, hoigraph.EINVALID, "nested 8 levels deep, more than the limit of 6"},
		{"too complex", `{ organizations { nodes { name type areaName id children { name id type areaName sources { id file title date publisher url kind } posts { id title } } responsibleFor { kind since until asOf } overseenBy { kind since until asOf } } } }`, "COMPLEXITY_LIMIT_EXCEEDED", "exceeds the limit of 200"},
		// Two fields, but a hundred people of them.
		{"long list", `{ people(first: 100) { nodes { name } } }`, "COMPLEXITY_LIMIT_EXCEEDED", "complexity 201, which exceeds the limit of 200"},
		{"unknown field", `{ organization(id: "org:x") { salary } }`, "GRAPHQL_VALIDATION_FAILED", `Cannot query field "salary"`},
		{"syntax", `{ organization(id: `, "GRAPHQL_PARSE_FAILED", "Unexpected <EOF>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, res := a.post(tc.query, nil)
			if len(res.Errors) == 0 {
				t.Fatalf("no error; data %v", res.Data)
			}
			e := res.Errors[0]
			if e.Extensions["code"] != tc.code || !strings.Contains(e.Message, tc.message) {
				t.Errorf("error = %q %v, want %s %q", e.Message, e.Extensions, tc.code, tc.message)
			}
		})
	}
}

func TestInternalErrorsAreHidden(t *testing.T) {
	// A timeout shorter than any Cypher round-trip makes the store fail
	// inside; the client must see a code and a plain sentence, nothing of
	// the driver's error.
	a := newAPI(t, httpapi.Config{Timeout: time.Nanosecond}, quan3Docs()...)
	_, res := a.post(`{ organizations { totalCount } }`, nil)
	if len(res.Errors) != 1 {
		t.Fatalf("errors = %+v", res.Errors)
	}
	e := res.Errors[0]
	if e.Extensions["code"] != hoigraph.ETIMEOUT || e.Message != "the request took longer than the server allows" {
		t.Errorf("error = %+v", e)
	}
	if regexp.MustCompile(`(?i)neo4j|bolt|cypher|context|deadline`).MatchString(e.Message) {
		t.Errorf("message leaks internals: %q", e.Message)
	}
}

// GraphiQL opens with a deep introspection query; the depth limit guards the
// cyclic data graph, not the finite schema, so it must let that through.
func TestGraphiQLIntrospectionPassesTheLimits(t *testing.T) {
	q, err := os.ReadFile("testdata/graphiql-introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	a := newAPI(t, httpapi.Config{Introspection: true})
	_, res := a.post(string(q), nil)
	if len(res.Errors) > 0 {
		t.Fatalf("GraphiQL's introspection query failed: %+v", res.Errors)
	}
	types := names(t, at(t, res.Data, "__schema", "types"))
	if !strings.Contains(" "+join(types)+" ", " Organization ") {
		t.Errorf("introspection lists no Organization type: %v", types)
	}
	// The limit still applies to data nested inside the same operation.
	tooDeep := `{ __schema { queryType { name } } organization(id: "org:x") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } }`
	if _, res := a.post(tooDeep, nil); len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "levels deep") {
		t.Errorf("a deep data query beside introspection passed: %+v", res.Errors)
	}
}

func TestIntrospectionSwitch(t *testing.T) {
	q := `{ __schema { queryType { fields { name } } } }`
	on := newAPI(t, httpapi.Config{Introspection: true})
	fields := names(t, at(t, on.query(q, nil), "__schema", "queryType", "fields"))
	for _, want := range []string{"search", "organization", "organizations", "person", "people", "oversight", "neighborhood", "shortestPath", "stats"} {
		if !strings.Contains(" "+strings.Join(fields, " ")+" ", " "+want+" ") {
			t.Errorf("root field %s missing from %v", want, fields)
		}
	}
	off := newAPI(t, httpapi.Config{Introspection: false})
	if _, res := off.post(q, nil); len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "introspection is disabled") || res.Errors[0].Extensions["code"] != hoigraph.EINVALID {
		t.Errorf("introspection off answered: %+v", res)
	}
}

func get(t *testing.T, url string) (int, string, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Content-Type"), string(b)
}

func TestPagesAreServedWithoutCDN(t *testing.T) {
	a := newAPI(t, httpapi.Config{})
	for _, p := range []struct {
		path, marker, prefix string
		assets               int
	}{
		{"/graphiql", "graphiql", "/static/", 4},
		{"/", `id="app"`, "/assets/", 2},
	} {
		assertPageServed(t, a.url, p.path, p.marker, p.prefix, p.assets)
	}
	if code, _, _ := get(t, a.url+"/nowhere"); code != 404 {
		t.Errorf("GET /nowhere = %d", code)
	}
}

// assertPageServed checks that the page at path is HTML containing marker,
// and that every script and stylesheet it references (at least min) is one
// of ours under prefix, and is served.
func assertPageServed(t *testing.T, base, path, marker, prefix string, min int) {
	t.Helper()
	code, ctype, page := get(t, base+path)
	if code != 200 || !strings.HasPrefix(ctype, "text/html") || !strings.Contains(page, marker) {
		t.Fatalf("GET %s = %d %s", path, code, ctype)
	}
	refs := regexp.MustCompile(`<(?:script|link)\b[^>]*\b(?:src|href)="([^"#]+)"`).FindAllStringSubmatch(page, -1)
	if len(refs) < min {
		t.Fatalf("%s references %d assets, want at least %d", path, len(refs), min)
	}
	for _, r := range refs {
		if !strings.HasPrefix(r[1], prefix) {
			t.Errorf("%s: asset %s is not bundled", path, r[1])
			continue
		}
		if code, _, body := get(t, base+r[1]); code != 200 || len(body) == 0 {
			t.Errorf("GET %s = %d (%d bytes)", r[1], code, len(body))
		}
	}
}

func TestHealthzAndMetrics(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	if code, _, body := get(t, a.url+"/healthz"); code != 200 || !strings.Contains(body, `"ok"`) {
		t.Errorf("healthz = %d %s", code, body)
	}
	a.query(`{ organizations { totalCount } }`, nil)
	a.post(`{ neighborhood(id: "nothing") { truncated } }`, nil)
	code, _, m := get(t, a.url+"/metrics")
	if code != 200 {
		t.Fatalf("metrics = %d", code)
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`hoigraph_http_requests_total\{code="200",route="/graphql"\} [1-9]`),
		regexp.MustCompile(`hoigraph_http_request_duration_seconds_count\{route="/graphql"\} [1-9]`),
		regexp.MustCompile(`hoigraph_graphql_errors_total\{code="INVALID"\} 1\b`),
		regexp.MustCompile(`hoigraph_cypher_queries_total [1-9]`),
		regexp.MustCompile(`hoigraph_cypher_seconds_total [0-9.e-]+`),
	} {
		if !want.MatchString(m) {
			t.Errorf("metrics lack %s", want)
		}
	}

	// With Neo4j gone, healthz says so.
	a.store.Close(context.Background())
	if code, _, body := get(t, a.url+"/healthz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "unreachable") {
		t.Errorf("healthz without neo4j = %d %s", code, body)
	}
}

// TestNestedQueryRunsFixedNumberOfCypherQueries is the N+1 check: the same
// nested query costs the same number of round-trips on a small graph and on
// one with many more bodies, people and edges.
func TestNestedQueryRunsFixedNumberOfCypherQueries(t *testing.T) {
	const q = `{ organizations(first: 100) { totalCount nodes {
		name
		children { name posts { title holders { current person { name holdings { post { title } } } } } }
		overseenBy { overseer { ... on Organization { name parent { name } } } provenance { evidence source { title } } }
		area { name }
	} } }`
	// organizations (the page), then one statement for the whole
	// selection below it: children, posts, holders, holdings, overseenBy,
	// overseers' parents, provenance sources, area.
	const want = 2
	count := func(docs []hoigraph.Document) (int64, int) {
		a := newAPI(t, httpapi.Config{MaxComplexity: 1000000}, docs...)
		before := a.store.QueryCount()
		d := a.query(q, nil)
		return a.store.QueryCount() - before, len(at(t, d, "organizations", "nodes").([]any))
	}
	small, nSmall := count(quan3Docs())
	big, nBig := count(append(quan3Docs(), manyBodies(40)...))
	if nBig <= nSmall*5 {
		t.Fatalf("the big graph is not bigger: %d vs %d bodies", nBig, nSmall)
	}
	if small != want || big != want {
		t.Errorf("Cypher round-trips: %d for %d bodies, %d for %d bodies; want %d for both", small, nSmall, big, nBig, want)
	}
}

// manyBodies makes n wards, each with a Party committee, a board of it, an
// association the board oversees and a person chairing the board.
func manyBodies(n int) []hoigraph.Document {
	var docs []hoigraph.Document
	for i := range n {
		area := fmt.Sprintf("Phường %d", i+1)
		committee, board, assoc := "Đảng ủy "+area, "Ban Dân vận Đảng ủy "+area, "Hội Cựu chiến binh "+area
		person := fmt.Sprintf("Lê Văn %c%d", 'A'+rune(i%26), i)
		file := fmt.Sprintf("phuong-%d.txt", i+1)
		facts := []hoigraph.Fact{
			{Kind: hoigraph.FactOrg, Name: committee, Type: hoigraph.PartyCommittee, Area: area},
			{Kind: hoigraph.FactOrg, Name: board, Type: hoigraph.PartyBoard, Area: area, Parent: committee},
			{Kind: hoigraph.FactOrg, Name: assoc, Type: hoigraph.Association, Area: area},
			{Kind: hoigraph.FactHolds, Person: person, Post: "Trưởng ban", Org: board, Evidence: ev(person + ", Trưởng ban.")},
			{Kind: hoigraph.FactResponsibleFor, Subject: board, Object: assoc, Evidence: ev(board + " phụ trách " + assoc + ".")},
		}
		for j := range facts {
			facts[j].Doc = file
		}
		docs = append(docs, hoigraph.Document{Source: hoigraph.Source{File: file, Title: area, Hash: file, Kind: "article"}, Facts: facts})
	}
	return docs
}

// TestStatusFollowsGraphQLOverHTTP checks the answers to a request that
// cannot run, for each media type a client may accept.
func TestStatusFollowsGraphQLOverHTTP(t *testing.T) {
	a := newAPI(t, httpapi.Config{})
	for _, tc := range []struct {
		name, accept, body string
		code               int
		media              string
		data               bool
	}{
		{"parse error, json", "application/json", `{"query":"{"}`, 200, "application/json", true},
		{"parse error, graphql-response", "application/graphql-response+json", `{"query":"{"}`, 400, "application/graphql-response+json", false},
		{"validation error, graphql-response", "application/graphql-response+json", `{"query":"{ nothing }"}`, 400, "application/graphql-response+json", false},
		{"not JSON", "application/json", `{"query":`, 400, "application/json", false},
		{"good", "application/graphql-response+json, application/json", `{"query":"{ stats { organizations } }"}`, 200, "application/graphql-response+json", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, a.url+"/graphql", strings.NewReader(tc.body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Accept", tc.accept)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			var body map[string]json.RawMessage
			if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
				t.Fatal(err)
			}
			_, hasData := body["data"]
			if res.StatusCode != tc.code || res.Header.Get("Content-Type") != tc.media || hasData != tc.data {
				t.Errorf("got %d %s data=%v, want %d %s data=%v", res.StatusCode, res.Header.Get("Content-Type"), hasData, tc.code, tc.media, tc.data)
			}
		})
	}
}

// TestAnswersCarryTheirLength: an answer, small or larger than net/http's
// 2 KB buffer, goes out with its Content-Length and not in chunks.
func TestAnswersCarryTheirLength(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	many := make([]string, 300)
	for i := range many {
		many[i] = fmt.Sprintf("t%d: __typename", i)
	}
	for _, tc := range []struct {
		name, query string
		atLeast     int
	}{
		{"small", `{ __typename }`, 10},
		{"larger than the buffer", "{ " + strings.Join(many, " ") + " }", 4096},
		{"an error", `{ nothing }`, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": tc.query})
			res, err := http.Post(a.url+"/graphql", "application/json", strings.NewReader(string(body)))
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			raw, _ := io.ReadAll(res.Body)
			if len(raw) < tc.atLeast {
				t.Fatalf("answer of %d bytes, want at least %d: %s", len(raw), tc.atLeast, raw)
			}
			if len(res.TransferEncoding) > 0 || res.ContentLength != int64(len(raw)) {
				t.Errorf("Content-Length %d, transfer encoding %v, for an answer of %d bytes", res.ContentLength, res.TransferEncoding, len(raw))
			}
		})
	}
}
