package httpapi_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"hoigraph"
	"hoigraph/httpapi"
)

const oddName = `Hội "Bạn Cũ" \ Quận 3`

// TestFastPathAnswersAsGqlgen sends each query to a server with the fast
// path (internal/gqlfast) and to one without it (GqlgenOnly), over the same
// store, and requires the same status, content type and bytes, and that
// the fast path answered exactly the queries it should (the others fell
// back to gqlgen: errors, directives, mutations, introspection).
func TestFastPathAnswersAsGqlgen(t *testing.T) {
	// A name and a sentence with what JSON escapes (and a line separator,
	// which it need not) to be written back.
	odd := hoigraph.Document{
		Source: hoigraph.Source{File: "odd.txt", Title: "Tab\there, \"quoted\" \\ \u2028", Date: "2024-02-01", Hash: "o1", Kind: "article"},
		Facts: []hoigraph.Fact{{Kind: hoigraph.FactOrg, Name: oddName, Type: hoigraph.Association, Area: "Quận 3", Doc: "odd.txt",
			Evidence: ev("Hội \"Bạn Cũ\"\tQuận 3 \\ \x01 được thành lập.")}},
	}
	fast := newAPI(t, httpapi.Config{}, append(quan3Docs(), odd)...)
	ref := httptest.NewServer(httpapi.New(httpapi.Config{
		Store: fast.store, GqlgenOnly: true, Timeout: 2 * time.Minute,
		Logger: slog.New(slog.NewTextHandler(testLog{t}, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}))
	t.Cleanup(ref.Close)

	huongID := fast.idOf(huong, "PERSON")
	namID := fast.idOf(nam, "PERSON")
	committee, board, assoc := oid(quanUy), oid(banTuyen), oid(khuyenHoc)
	const personQ = `query($id: ID!) { person(id: $id) { id name
  holdings { current since until post { id title organization { id name } } } } }`
	const orgQ = `query($id: ID!) { organization(id: $id) { id name type
  children { id name type children { id name } posts { id title } }
  posts { id title holders { current person { id name } } } } }`
	const graphQ = `query($id: ID!, $depth: Int!) { neighborhood(id: $id, depth: $depth) { truncated nodes { id kind label } edges { type from to } } }`

	tests := []struct {
		name  string
		query string
		vars  map[string]any
		op    string
		fast  bool // answered by the fast path
	}{
		{"person, loadgen's", personQ, map[string]any{"id": huongID}, "", true},
		{"person with a past post", personQ, map[string]any{"id": namID}, "", true},
		{"organization, loadgen's", orgQ, map[string]any{"id": committee}, "", true},
		{"search, loadgen's", `query($t: String!) { search(text: $t, types: [ORGANIZATION], first: 10) { id name score } }`, map[string]any{"t": "hoi quan 3"}, "", true},
		{"search, every field and a union", `{ search(text: "Quận 3") { score type id name entity { __typename ... on Organization { type areaName } ... on Person { holdings { current } } ... on Area { level } } } }`, nil, "", true},
		{"neighborhood depth 2, loadgen's", graphQ, map[string]any{"id": committee, "depth": 2}, "", true},
		{"neighborhood depth 1, loadgen's", graphQ, map[string]any{"id": board, "depth": 1}, "", true},
		{"neighborhood, default depth and every field", `query($id: ID!) { neighborhood(id: $id) { truncated nodes { id kind label orgType } edges { type from to kind since until asOf provenance { evidence source { title kind } } } } }`, map[string]any{"id": assoc}, "", true},
		{"oversight, loadgen's", `query($area: String!) { oversight(filter: {objectArea: $area, objectType: ASSOCIATION}, first: 100) {
  totalCount nodes { kind overseer { ... on Organization { id name type } ... on Person { id name } } object { ... on Organization { id name } } provenance { evidence } } } }`, map[string]any{"area": "Quận 3"}, "", true},
		{"oversight, edges, page info, unassigned", `{ oversight(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind since until asOf review { status } overseer { __typename } object { __typename ... on Node { id } } } } unassigned { name } } }`, nil, "", true},
		{"aliases, a fragment, __typename", `query($id: ID!) { p: person(id: $id) { ...P t: __typename } } fragment P on Person { key: id n: name holdings { current post { title o: organization { name kind: type } } } }`, map[string]any{"id": huongID}, "", true},
		{"a field selected twice, merged", `query($id: ID!) { organization(id: $id) { name children { id } children { name posts { title } } } organization(id: $id) { id } }`, map[string]any{"id": committee}, "", true},
		{"two root fields and the root __typename", `query($a: ID!, $b: ID!) { __typename a: person(id: $a) { name } b: organization(id: $b) { name parent { name } area { name level } } }`, map[string]any{"a": namID, "b": board}, "", true},
		{"nested inline fragments on an interface", `{ organization(id: "` + board + `") { ... on Node { id } ... on Organization { responsibleFor { kind object { ... on Node { id } ... on Organization { name overseenBy { overseer { ... on Organization { name } } } } } provenance { evidence source { title date publisher kind } } } } } }`, nil, "", true},
		{"people, a connection", `{ people(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } nodes { name organizations { name } areas { name } } } }`, nil, "", true},
		{"organizations, filter and order", `{ organizations(filter: {types: [PARTY_BOARD]}, orderBy: NAME, first: 2) { totalCount nodes { name type sources { title } } } }`, nil, "", true},
		{"stats", `{ stats { organizations people bodiesByType { key count } } }`, nil, "", true},
		{"the operation named", `query A { person(id: "x") { id } } query B($id: ID!) { person(id: $id) { name } }`, map[string]any{"id": huongID}, "B", true},
		{"absent: null", `{ person(id: "person:nobody") { id name } }`, nil, "", true},
		{"of another kind: null", `query($id: ID!) { person(id: $id) { id } }`, map[string]any{"id": committee}, "", true},
		{"strings to escape", `query($id: ID!) { organization(id: $id) { id name sources { title } } }`, map[string]any{"id": oid(oddName)}, "", true},
		{"strings to escape, in a drawing", `query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id label } edges { provenance { evidence source { title } } } } }`, map[string]any{"id": oid(oddName)}, "", true},

		{"a resolver's error", `query($id: ID!) { neighborhood(id: $id, depth: 9) { truncated } }`, map[string]any{"id": committee}, "", false},
		{"an error beside data", `{ a: person(id: "person:nobody") { id } b: oversight(after: "not a cursor") { totalCount } }`, nil, "", false},
		{"a directive", `query($yes: Boolean!) { person(id: "x") @include(if: $yes) { id } }`, map[string]any{"yes": true}, "", false},
		{"a directive in a fragment", `{ person(id: "x") { ...F } } fragment F on Person { id @skip(if: true) name }`, nil, "", false},
		{"validation error", `{ person(id: "x") { nosuchfield } }`, nil, "", false},
		{"a variable missing", personQ, nil, "", false},
		{"introspection", `{ __schema { queryType { name } } }`, nil, "", false},
		{"a mutation", `mutation { revokeToken(name: "x") }`, nil, "", false},
		{"too deep", `{ organization(id: "x") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } } }`, nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": tt.query, "variables": tt.vars, "operationName": tt.op})
			before := fastAnswers(t, fast.url)
			got := rawPost(t, fast.url, body)
			answered := fastAnswers(t, fast.url) - before
			want := rawPost(t, ref.URL, body)
			if got != want {
				t.Errorf("fast path:\n%s\ngqlgen:\n%s", got, want)
			}
			if (answered == 1) != tt.fast || answered > 1 {
				t.Errorf("fast path answered %d operations, want fast=%v", answered, tt.fast)
			}
			if tt.fast && !strings.Contains(got, `"data":{`) {
				t.Errorf("a fast answer without data: %s", got)
			}
		})
	}

	// A GET request goes the same way.
	q := url.Values{"query": {personQ}, "variables": {`{"id":"` + huongID + `"}`}}.Encode()
	before := fastAnswers(t, fast.url)
	if got, want := rawGet(t, fast.url+"/graphql?"+q), rawGet(t, ref.URL+"/graphql?"+q); got != want {
		t.Errorf("GET, fast path:\n%s\ngqlgen:\n%s", got, want)
	}
	if n := fastAnswers(t, fast.url) - before; n != 1 {
		t.Errorf("GET: the fast path answered %d operations, want 1", n)
	}
}

// rawPost is a POST's status, content type and body, as one string.
func rawPost(t *testing.T, base string, body []byte) string {
	t.Helper()
	res, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return rawAnswer(t, res)
}

func rawGet(t *testing.T, u string) string {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	return rawAnswer(t, res)
}

func rawAnswer(t *testing.T, res *http.Response) string {
	t.Helper()
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.Status + " " + res.Header.Get("Content-Type") + " " + res.Header.Get("Content-Length") + "\n" + string(b)
}

// fastAnswers reads hoigraph_graphql_fast_answers_total from /metrics.
func fastAnswers(t *testing.T, base string) int {
	t.Helper()
	res, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "hoigraph_graphql_fast_answers_total "); ok {
			n, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			return int(n)
		}
	}
	t.Fatal("no hoigraph_graphql_fast_answers_total in /metrics")
	return 0
}
