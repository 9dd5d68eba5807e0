package httpapi_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"hoigraph/gazetteer"
	"hoigraph/httpapi"
	"hoigraph/loader"
	"hoigraph/loader/extract"
	"hoigraph/vntext"
)

// TestRealArticles loads the five real articles of ../shared/corpus through
// the loader, as `hoigraph load` does, and asks the API what a Ban Dân vận
// would ask.
func TestRealArticles(t *testing.T) {
	a := newAPI(t, httpapi.Config{})
	gaz, err := gazetteer.Load(filepath.Join("..", "..", "shared", "gazetteer"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{Gazetteer: gaz})
	if err != nil {
		t.Fatal(err)
	}
	l := &loader.Loader{Store: a.store, Extractor: x, Gazetteer: gaz}
	if _, err := l.Load(context.Background(), []string{filepath.Join("..", "..", "shared", "corpus")}); err != nil {
		t.Fatalf("load corpus: %v", err)
	}

	d := a.query(`{ oversight(filter: {area: "Quận 3", objectType: ASSOCIATION}, first: 100) {
		nodes { overseer { ... on Organization { name } } object { ... on Organization { name } } provenance { evidence source { file } } }
	} }`, nil)
	var found bool
	for _, n := range at(t, d, "oversight", "nodes").([]any) {
		if at(t, n, "overseer", "name") == banTuyen && at(t, n, "object", "name") == khuyenHoc {
			found = true
			p := at(t, n, "provenance", 0)
			if at(t, p, "source", "file") != "003_1b627a1c06cf87ba.txt" || !strings.Contains(vntext.Fold(at(t, p, "evidence").(string)), "tuyen giao quan uy phu trach hoi khuyen hoc") {
				t.Errorf("provenance = %v", p)
			}
		}
	}
	if !found {
		t.Errorf("%s → %s missing from oversight in Quận 3", banTuyen, khuyenHoc)
	}

	for text, want := range map[string]string{"hoi khuyen hoc quan 3": khuyenHoc, "tran thi huong": huong} {
		hits := at(t, a.query(`query($t: String!) { search(text: $t, first: 3) { name } }`, map[string]any{"t": text}), "search")
		if got := at(t, hits, 0, "name"); got != want {
			t.Errorf("search %q: first hit %v, want %s", text, got, want)
		}
	}
}
