package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"hoigraph"
	"hoigraph/httpapi"
	"hoigraph/internal/neo4jtest"
	"hoigraph/store"
	"hoigraph/vntext"
)

// The fixture: two sources about Quận 3 as the extractor would emit them,
// written through the loader's real write path. Sentences are modelled on
// ../shared/corpus/003_1b627a1c06cf87ba.txt.
const (
	quanUy     = "Quận ủy Quận 3"
	banDanVan  = "Ban Dân vận Quận ủy Quận 3"
	banTuyen   = "Ban Tuyên giáo Quận ủy Quận 3"
	banToChuc  = "Ban Tổ chức Quận ủy Quận 3"
	khuyenHoc  = "Hội Khuyến học Quận 3"
	chuThapDo  = "Hội Chữ thập đỏ Quận 3"
	huuTri     = "Câu lạc bộ Hưu trí Quận 3"
	nguoiMu    = "Hội Người mù Quận 3"
	huong      = "Trần Thị Hường"
	nam        = "Nguyễn Thành Nam"
	sentence1  = "Ban Tuyên giáo Quận ủy phụ trách Hội Khuyến học Quận 3; Ban Dân vận Quận ủy phụ trách Hội Chữ thập đỏ Quận 3."
	sentence2  = "Hội Khuyến học Quận 3 do Ban Tuyên giáo Quận ủy Quận 3 chỉ đạo."
	articleQ3  = "q3-hoi-nghi.txt"
	curatedQ3  = "q3-phan-cong.csv"
	holdsHuong = "Trần Thị Hường, Ủy viên Ban Thường vụ, Trưởng Ban dân vận Quận ủy."
)

func ev(s string) *hoigraph.Evidence { return &hoigraph.Evidence{Sentence: s, End: len(s)} }

func quan3Docs() []hoigraph.Document {
	org := func(name string, t hoigraph.OrgType, parent string) hoigraph.Fact {
		return hoigraph.Fact{Kind: hoigraph.FactOrg, Name: name, Type: t, Area: "Quận 3", Parent: parent, Evidence: ev(name)}
	}
	resp := func(subject, object, sentence string) hoigraph.Fact {
		return hoigraph.Fact{Kind: hoigraph.FactResponsibleFor, Subject: subject, Object: object, Relation: "political_leadership", AsOf: "2023-06-03", Evidence: ev(sentence)}
	}
	article := hoigraph.Document{
		Source: hoigraph.Source{File: articleQ3, Title: "Quận 3 tổng kết 10 năm Chỉ thị 17", Date: "2023-06-03", Publisher: "Thanhuytphcm.vn", Hash: "a1", Kind: "article"},
		Facts: []hoigraph.Fact{
			{Kind: hoigraph.FactArea, Name: "Quận 3", Level: hoigraph.District},
			org(quanUy, hoigraph.PartyCommittee, ""),
			org(banDanVan, hoigraph.PartyBoard, quanUy),
			org(banTuyen, hoigraph.PartyBoard, quanUy),
			org(banToChuc, hoigraph.PartyBoard, quanUy),
			org(khuyenHoc, hoigraph.Association, ""),
			org(chuThapDo, hoigraph.Association, ""),
			org(huuTri, hoigraph.Association, ""),
			org(nguoiMu, hoigraph.Association, ""),
			{Kind: hoigraph.FactPerson, Name: huong},
			{Kind: hoigraph.FactPerson, Name: nam},
			{Kind: hoigraph.FactHolds, Person: huong, Post: "Trưởng ban", Org: banDanVan, Since: "2020-10", Evidence: ev(holdsHuong)},
			{Kind: hoigraph.FactHolds, Person: nam, Post: "Phó Bí thư Thường trực", Org: quanUy, Evidence: ev("Nguyễn Thành Nam, Phó Bí thư Thường trực Quận ủy Quận 3")},
			{Kind: hoigraph.FactHolds, Person: nam, Post: "Trưởng ban", Org: banToChuc, Since: "2015", Until: "2020-10", Evidence: ev("Nguyễn Thành Nam, nguyên Trưởng Ban Tổ chức Quận ủy")},
			resp(banTuyen, khuyenHoc, sentence1),
			resp(banDanVan, chuThapDo, sentence1),
			{Kind: hoigraph.FactResponsibleFor, Subject: banToChuc, Object: huuTri, Since: "2016", Until: "2019", Evidence: ev("Ban Tổ chức Quận ủy phụ trách Câu lạc bộ Hưu trí Quận 3 từ 2016 đến 2019.")},
		},
	}
	curated := hoigraph.Document{
		Source: hoigraph.Source{File: curatedQ3, Title: "Phân công phụ trách hội quần chúng Quận 3", Date: "2024-01-15", Hash: "c1", Kind: "curated"},
		Facts:  []hoigraph.Fact{resp(banTuyen, khuyenHoc, sentence2)},
	}
	for _, d := range []*hoigraph.Document{&article, &curated} {
		for i := range d.Facts {
			d.Facts[i].Doc = d.Source.File
		}
	}
	return []hoigraph.Document{article, curated}
}

func oid(name string) string { return vntext.ID("org", name) }

// api is a server under test over a freshly loaded store.
type api struct {
	t     *testing.T
	url   string
	store *store.Store
}

// newAPI empties the test Neo4j, writes docs through the store's write path
// and serves the API on a local port.
func newAPI(t *testing.T, cfg httpapi.Config, docs ...hoigraph.Document) *api {
	t.Helper()
	s := neo4jtest.Store(t)
	if len(docs) > 0 {
		st, err := s.WriteDocuments(context.Background(), docs)
		if err != nil {
			t.Fatalf("write fixture: %v", err)
		}
		if len(st.Failed) > 0 {
			t.Fatalf("write fixture: %v", st.Failed)
		}
	}
	cfg.Store = s
	if cfg.Timeout == 0 {
		// These tests are about answers, not speed: the first query of a
		// shape makes Neo4j plan it (seconds for the area reads on a busy
		// CI machine), which must not turn a right answer into a timeout.
		// The time limit itself has tests that set it.
		cfg.Timeout = 2 * time.Minute
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(testLog{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	srv := httptest.NewServer(httpapi.New(cfg))
	t.Cleanup(srv.Close)
	return &api{t: t, url: srv.URL, store: s}
}

// testLog sends the server's warnings and errors to the test's log, shown
// when the test fails.
type testLog struct{ t *testing.T }

func (w testLog) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// gqlError is one error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

// response is a decoded GraphQL response.
type response struct {
	Data   map[string]any `json:"data"`
	Errors []gqlError     `json:"errors"`
}

// post sends a GraphQL request and decodes the answer, whatever its status.
func (a *api) post(query string, vars map[string]any) (int, response) {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := http.Post(a.url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		a.t.Fatal(err)
	}
	defer res.Body.Close()
	var out response
	raw, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		a.t.Fatalf("response is not JSON (%d): %s", res.StatusCode, raw)
	}
	return res.StatusCode, out
}

// query sends a GraphQL request that must succeed and returns its data.
func (a *api) query(query string, vars map[string]any) map[string]any {
	a.t.Helper()
	code, res := a.post(query, vars)
	if code != http.StatusOK || len(res.Errors) > 0 {
		a.t.Fatalf("query failed (%d): %+v", code, res.Errors)
	}
	return res.Data
}

// at walks decoded JSON along a path of keys and indexes: at(d, "a", 0, "b").
func at(t *testing.T, v any, path ...any) any {
	t.Helper()
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("at %v: %v is not an object", path, v)
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				t.Fatalf("at %v: %v has no index %d", path, v, k)
			}
			v = l[k]
		}
	}
	return v
}

// names collects the "name" (or the given key) of each object of a list.
func names(t *testing.T, v any, key ...string) []string {
	t.Helper()
	k := "name"
	if len(key) > 0 {
		k = key[0]
	}
	l, ok := v.([]any)
	if !ok {
		t.Fatalf("%v is not a list", v)
	}
	out := make([]string, 0, len(l))
	for _, x := range l {
		s, _ := x.(map[string]any)[k].(string)
		out = append(out, s)
	}
	return out
}

// idOf finds the id of the entity named name through search, as a client
// would: people's ids depend on how the loader resolved them.
func (a *api) idOf(name, typ string) string {
	a.t.Helper()
	d := a.query(`query($t: String!, $ty: EntityType!) { search(text: $t, types: [$ty], first: 1) { id name } }`, map[string]any{"t": name, "ty": typ})
	hits := at(a.t, d, "search").([]any)
	if len(hits) == 0 || at(a.t, hits[0], "name") != name {
		a.t.Fatalf("search %q found %v", name, hits)
	}
	return at(a.t, hits[0], "id").(string)
}

// pluck picks the value of key from each object of a list.
func pluck(l []any, key string) []any {
	out := make([]any, len(l))
	for i, x := range l {
		out[i] = x.(map[string]any)[key]
	}
	return out
}

func join(l []string) string { return strings.Join(l, " | ") }
