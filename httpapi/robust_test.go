package httpapi_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"hoigraph"
	"hoigraph/httpapi"
	"hoigraph/internal/neo4jtest"
	"hoigraph/store"
)

// codes lists the extensions.code of a response's errors.
func codes(r response) []string {
	var out []string
	for _, e := range r.Errors {
		c, _ := e.Extensions["code"].(string)
		out = append(out, c)
	}
	return out
}

// get sends a GraphQL query by GET with the headers given and decodes the
// answer, whatever its status.
func (a *api) get(query string, vars map[string]any, header map[string]string) (*http.Response, response) {
	a.t.Helper()
	q := url.Values{"query": {query}}
	if vars != nil {
		v, _ := json.Marshal(vars)
		q.Set("variables", string(v))
	}
	req, _ := http.NewRequest(http.MethodGet, a.url+"/graphql?"+q.Encode(), nil)
	for k, v := range header {
		if k == "Host" {
			req.Host = v
		}
		req.Header.Set(k, v)
	}
	res, out, raw, err := exchange(a.t, req)
	if err != nil && res.StatusCode != http.StatusMisdirectedRequest {
		a.t.Fatalf("GET answer is not JSON (%d): %s", res.StatusCode, raw)
	}
	return res, out
}

// exchange sends req and decodes its answer; err says it is not JSON.
func exchange(t *testing.T, req *http.Request) (res *http.Response, out response, raw []byte, err error) {
	t.Helper()
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ = io.ReadAll(res.Body)
	return res, out, raw, json.Unmarshal(raw, &out)
}

// robust #12: a body over the limit is refused with 413, before it is
// read whole.
func TestBodyOverTheLimitIs413(t *testing.T) {
	a := newAPI(t, httpapi.Config{MaxBodyBytes: 64 << 10}, quan3Docs()...)
	pad := strings.Repeat(" ", 100<<10)
	body, _ := json.Marshal(map[string]any{"query": "{ stats { organizations } }" + pad})
	res, err := http.Post(a.url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var out response
	if res.StatusCode != http.StatusRequestEntityTooLarge || json.Unmarshal(raw, &out) != nil || len(out.Errors) != 1 ||
		!strings.Contains(out.Errors[0].Message, "65536 bytes") {
		t.Errorf("%d %s, want 413 with a JSON error naming the limit", res.StatusCode, raw)
	}
	// Under the limit, the same query is answered.
	a.query("{ stats { organizations } }", nil)
}

// robust #11: many aliases of a costly field add up to more than the
// limit; and an answer over the size cap is replaced by an error.
func TestAliasesAddUpAndAnswersHaveACap(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	id := a.idOf(khuyenHoc, "ORGANIZATION")
	one := fmt.Sprintf(`neighborhood(id: %q, depth: 3) { nodes { id label } edges { from to type provenance { evidence } } }`, id)
	a.query("{ "+one+" }", nil)
	// aliased repeats field n times in one query.
	aliased := func(n int, field string) string {
		var b strings.Builder
		b.WriteString("{ ")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "a%d: %s ", i, field)
		}
		return b.String() + "}"
	}
	many := aliased(40, one)
	if _, res := a.post(many, nil); len(res.Errors) == 0 || codes(res)[0] != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("40 depth-3 neighbourhoods: %+v, want COMPLEXITY_LIMIT_EXCEEDED", res.Errors)
	}
	if res, out := a.get(many, nil, nil); len(out.Errors) == 0 || codes(out)[0] != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("40 depth-3 neighbourhoods by GET: %d %+v, want COMPLEXITY_LIMIT_EXCEEDED", res.StatusCode, out.Errors)
	}

	// Each stats field is a scan of the graph: the page's charts pass,
	// thirty copies of them do not.
	charts := `stats { organizations people associationsByOverseer { key count } associationsByOverseerType { key count } bodiesByType { key count } bodiesByArea { key count } postsByTitle { key count } }`
	a.query("{ "+charts+" }", nil)
	if _, res := a.post(aliased(30, charts), nil); len(res.Errors) == 0 || codes(res)[0] != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("30 copies of the charts: %+v, want COMPLEXITY_LIMIT_EXCEEDED", res.Errors)
	}

	// The cap holds whatever the transport: POST and GET alike.
	small := newAPI(t, httpapi.Config{MaxAnswerBytes: 100}, quan3Docs()...)
	big := `{ organizations(first: 10) { nodes { id name type areaName } } }`
	_, res := small.post(big, nil)
	if len(res.Errors) != 1 || codes(res)[0] != hoigraph.EINVALID || !strings.Contains(res.Errors[0].Message, "100 bytes") || res.Data != nil {
		t.Errorf("answer over the cap: %+v", res)
	}
	if _, res := small.get(big, nil, nil); len(res.Errors) != 1 || codes(res)[0] != hoigraph.EINVALID || !strings.Contains(res.Errors[0].Message, "100 bytes") || res.Data != nil {
		t.Errorf("answer over the cap by GET: %+v", res)
	}
	if _, res := small.get(`{ stats { organizations } }`, nil, nil); len(res.Errors) != 0 || res.Data == nil {
		t.Errorf("answer under the cap by GET: %+v", res)
	}
}

// robust #14: client input that would reach Neo4j as an internal error is
// INVALID with a message, the same whatever the field.
func TestOutOfRangeInputIsInvalid(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	huge := base64.RawURLEncoding.EncodeToString([]byte("o:9223372036854775807"))
	for _, tc := range []struct {
		name, query string
		vars        map[string]any
		want        string
	}{
		{"cursor at the integer limit", `query($a: String) { organizations(after: $a) { totalCount } }`, map[string]any{"a": huge}, "cursor"},
		{"first beyond 32 bits", `{ organizations(first: 99999999999) { totalCount } }`, nil, "first must be between 0 and"},
		{"negative first", `{ organizations(first: -1) { totalCount } }`, nil, "first must be between 0 and"},
		{"negative first in search", `{ search(text: "khuyến học", first: -5) { id } }`, nil, "first must be between 0 and"},
		{"first beyond 32 bits in search", `{ search(text: "khuyến học", first: 99999999999) { id } }`, nil, "first must be between 0 and"},
		{"too many words", `query($t: String!) { search(text: $t) { id } }`, map[string]any{"t": strings.Repeat("hội ", 2000)}, "search text is limited"},
		// robust #10: asOf is a date, checked as every date is.
		{"asOf in day/month/year", `{ oversight(filter: {asOf: "16/11/2020"}) { totalCount } }`, nil, `asOf: "16/11/2020" is not an ISO date`},
		{"asOf with no such month", `{ stats(filter: {asOf: "2024-13-45"}) { organizations } }`, nil, `asOf: "2024-13-45" is not an ISO date`},
		{"asOf injection", `{ stats(filter: {asOf: "x' OR 1=1"}) { organizations } }`, nil, "is not an ISO date"},
		{"one huge word", `query($t: String!) { search(text: $t) { id } }`, map[string]any{"t": strings.Repeat("a", 200<<10)}, "search text is limited"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, res := a.post(tc.query, tc.vars)
			if len(res.Errors) != 1 || codes(res)[0] != hoigraph.EINVALID || !strings.Contains(res.Errors[0].Message, tc.want) {
				t.Errorf("%+v, want one INVALID error saying %q", res.Errors, tc.want)
			}
		})
	}
}

// robust #13: with Neo4j gone, a query answers UNAVAILABLE, not INTERNAL
// after the whole request timeout.
func TestNeo4jDownIsUnavailable(t *testing.T) {
	neo4jtest.Store(t) // the real Neo4j answers, with the schema applied
	cfg := neo4jtest.Config(t)
	p := neo4jtest.NewProxy(t)
	cfg.URI = p.URI()
	cfg.RetryTime = time.Second
	s, err := store.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	srv := httptest.NewServer(httpapi.New(httpapi.Config{Store: s, Timeout: time.Minute}))
	defer srv.Close()
	a := &api{t: t, url: srv.URL, store: s}
	a.query("{ stats { organizations } }", nil)
	p.Close()
	// The request timeout is a minute, the driver's retries a second: an
	// answer UNAVAILABLE (not the timeout's message) came from the
	// retries, long before the timeout.
	status, res := a.post("{ stats { organizations } }", nil)
	if status != http.StatusServiceUnavailable || len(res.Errors) == 0 || codes(res)[0] != hoigraph.EUNAVAILABLE || strings.Contains(res.Errors[0].Message, "127.0.0.1") || res.Data != nil {
		t.Errorf("with Neo4j down: %d %+v, want 503, UNAVAILABLE with no address and no data", status, res)
	}
	for _, accept := range []string{"application/json", "application/graphql-response+json"} {
		got, res := a.get("{ stats { organizations } organizations(first: 1) { totalCount } }", nil, map[string]string{"Accept": accept})
		if got.StatusCode != http.StatusServiceUnavailable || got.Header.Get("Retry-After") == "" || len(res.Errors) == 0 || slices.ContainsFunc(codes(res), func(c string) bool { return c != hoigraph.EUNAVAILABLE }) {
			t.Errorf("GET with Neo4j down, Accept %s: %d %+v, want 503 with Retry-After, every error UNAVAILABLE", accept, got.StatusCode, res)
		}
	}
}

// robust #16: another Host is refused (a page that rebinds its own name to
// this address cannot read the API), and with introspection off no
// suggestion tells the schema.
func TestHostAndSuggestions(t *testing.T) {
	a := newAPI(t, httpapi.Config{Introspection: false}, quan3Docs()...)
	for host, want := range map[string]int{
		"evil.example": http.StatusMisdirectedRequest, "evil.example:80": http.StatusMisdirectedRequest, "localhost.evil.example": http.StatusMisdirectedRequest,
		"127.0.0.1.nip.io": http.StatusMisdirectedRequest, "": http.StatusOK, "LOCALHOST:8080": http.StatusOK, "[::1]:80": http.StatusOK,
	} {
		req, _ := http.NewRequest(http.MethodPost, a.url+"/graphql", strings.NewReader(`{"query":"{ stats { organizations } }"}`))
		req.Header.Set("Content-Type", "application/json")
		if host != "" {
			req.Host = host
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("Host %q: status %d, want %d", host, res.StatusCode, want)
		}
	}
	// GET takes queries, under the same Host check, and never a mutation.
	if res, _ := a.get("{ stats { organizations } }", nil, map[string]string{"Host": "evil.example"}); res.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("GET with Host evil.example: %d, want 421", res.StatusCode)
	}
	if res, out := a.get("{ stats { organizations } }", nil, nil); res.StatusCode != http.StatusOK || len(out.Errors) != 0 {
		t.Errorf("GET query: %d %+v", res.StatusCode, out.Errors)
	}
	if res, out := a.get(`mutation { retractSource(id: "x", note: "n") { dryRun } }`, nil, nil); res.StatusCode != http.StatusMethodNotAllowed || len(out.Errors) != 1 || !strings.Contains(out.Errors[0].Message, "queries only") {
		t.Errorf("GET mutation: %d %+v, want 405", res.StatusCode, out.Errors)
	}
	_, res := a.post(`{ organisation(id: "org:x") { name } }`, nil)
	if len(res.Errors) == 0 || strings.Contains(res.Errors[0].Message, "Did you mean") {
		t.Errorf("with introspection off: %+v, want an error without suggestions", res.Errors)
	}
	open := newAPI(t, httpapi.Config{Introspection: true, Hosts: []string{"hoigraph.example", "127.0.0.1"}}, quan3Docs()...)
	if _, res := open.post(`{ organisation(id: "org:x") { name } }`, nil); len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "Did you mean") {
		t.Errorf("with introspection on: %+v, want the suggestion", res.Errors)
	}
}

// robust #16: with no names configured, a server answers to the names of
// its listen address and the loopback names; a wildcard address adds
// none (any name would reach it).
func TestDefaultHosts(t *testing.T) {
	loop := []string{"localhost", "127.0.0.1", "::1"}
	for addr, want := range map[string][]string{
		"127.0.0.1:8080":    loop,
		"0.0.0.0:8080":      loop,
		"[::]:8080":         loop,
		":8080":             loop,
		"10.1.2.3:8080":     append(slices.Clone(loop), "10.1.2.3"),
		"hoigraph.lan:8080": append(slices.Clone(loop), "hoigraph.lan"),
		"not an address":    loop,
	} {
		if got := httpapi.DefaultHosts(addr); !slices.Equal(got, want) {
			t.Errorf("DefaultHosts(%q) = %v, want %v", addr, got, want)
		}
	}
}

// robust #15: what the API cannot take is one JSON error with a code,
// naming what was wrong, and no Go type name.
func TestUnsupportedRequestsAreClearJSONErrors(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	for _, tc := range []struct {
		name, method, ctype, body string
		header                    map[string]string
		status                    int
		want                      string
	}{
		{"form post", http.MethodPost, "application/x-www-form-urlencoded", "query=x", nil, http.StatusUnsupportedMediaType, "send application/json"},
		{"options", http.MethodOptions, "", "", nil, http.StatusMethodNotAllowed, "method OPTIONS is not supported"},
		{"websocket", http.MethodGet, "", "", map[string]string{"Upgrade": "websocket", "Connection": "Upgrade"}, http.StatusBadRequest, "websocket"},
		{"batch", http.MethodPost, "application/json", `[{"query":"{ stats { organizations } }"}]`, nil, http.StatusBadRequest, "batches of requests are not supported"},
		{"not json", http.MethodPost, "application/json", `{query`, nil, http.StatusBadRequest, "the request body is not JSON"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, a.url+"/graphql", strings.NewReader(tc.body))
			if tc.ctype != "" {
				req.Header.Set("Content-Type", tc.ctype)
			}
			for k, v := range tc.header {
				req.Header.Set(k, v)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			raw, _ := io.ReadAll(res.Body)
			var out response
			if res.StatusCode != tc.status || json.Unmarshal(raw, &out) != nil || len(out.Errors) != 1 ||
				!strings.Contains(out.Errors[0].Message, tc.want) || out.Errors[0].Extensions["code"] != hoigraph.EINVALID ||
				strings.Contains(string(raw), "graphql.") {
				t.Errorf("%d %s, want %d with one JSON error saying %q", res.StatusCode, raw, tc.status, tc.want)
			}
		})
	}
}
