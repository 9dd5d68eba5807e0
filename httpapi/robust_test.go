package httpapi_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
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
	var many strings.Builder
	many.WriteString("{ ")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&many, "n%d: %s ", i, one)
	}
	many.WriteString("}")
	if _, res := a.post(many.String(), nil); len(res.Errors) == 0 || codes(res)[0] != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("40 depth-3 neighbourhoods: %+v, want COMPLEXITY_LIMIT_EXCEEDED", res.Errors)
	}

	small := newAPI(t, httpapi.Config{MaxAnswerBytes: 100}, quan3Docs()...)
	_, res := small.post(`{ organizations(first: 10) { nodes { id name type areaName } } }`, nil)
	if len(res.Errors) != 1 || codes(res)[0] != hoigraph.EINVALID || !strings.Contains(res.Errors[0].Message, "100 bytes") || res.Data != nil {
		t.Errorf("answer over the cap: %+v", res)
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

// proxy forwards TCP connections to addr until closed, when it refuses new
// ones and cuts those open: a Neo4j that goes down, seen from the API.
type proxy struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func newProxy(t *testing.T, addr string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", addr)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
	t.Cleanup(p.close)
	return p
}

func (p *proxy) close() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
}

// robust #13: with Neo4j gone, a query answers UNAVAILABLE, not INTERNAL
// after the whole request timeout.
func TestNeo4jDownIsUnavailable(t *testing.T) {
	neo4jtest.Store(t) // the real Neo4j answers, with the schema applied
	cfg := neo4jtest.Config(t)
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	p := newProxy(t, u.Host)
	cfg.URI = "bolt://" + p.ln.Addr().String()
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
	p.close()
	_, res := a.post("{ stats { organizations } }", nil)
	if len(res.Errors) == 0 || codes(res)[0] != hoigraph.EUNAVAILABLE || strings.Contains(res.Errors[0].Message, "127.0.0.1") {
		t.Errorf("with Neo4j down: %+v, want UNAVAILABLE with no address", res.Errors)
	}
}
