package httpapi_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hoigraph/gazetteer"
	"hoigraph/httpapi"
	"hoigraph/loader"
	"hoigraph/loader/extract"
	"hoigraph/vntext"
)

// What article 004 says: "đồng chí Tống Thị Quỳnh Hoa - Ủy viên Ban thường
// vụ Thành ủy, Trưởng ban tổ chức, Trưởng đoàn công tác của thành ủy phụ
// trách địa bàn phường Tân Giang". A person responsible for an area, of
// the city of Hà Tĩnh (Cao Bằng has a Phường Tân Giang too).
const (
	article004 = "004_a2dac316ee30f4e4.txt"
	hoa        = "Tống Thị Quỳnh Hoa"
	tanGiang   = "Phường Tân Giang"
	hoaSays    = "Trưởng đoàn công tác của thành ủy phụ trách địa bàn phường Tân Giang"
)

// TestRealArticles loads the five real articles of ../shared/corpus through
// the loader, as `hoigraph load` does, and asks the API what a Ban Dân vận
// would ask.
func TestRealArticles(t *testing.T) {
	a := newAPI(t, httpapi.Config{})
	corpus := filepath.Join("..", "..", "shared", "corpus")
	gaz, err := gazetteer.Open("")
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{Gazetteer: gaz})
	if err != nil {
		t.Fatal(err)
	}
	l := &loader.Loader{Store: a.store, Extractor: x, Gazetteer: gaz}
	if _, err := l.Load(context.Background(), []string{corpus}); err != nil {
		t.Fatalf("load corpus: %v", err)
	}

	t.Run("Quận 3 associations", func(t *testing.T) {
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
	})

	t.Run("search", func(t *testing.T) {
		for text, want := range map[string]string{"hoi khuyen hoc quan 3": khuyenHoc, "tran thi huong": huong} {
			hits := at(t, a.query(`query($t: String!) { search(text: $t, first: 3) { name } }`, map[string]any{"t": text}), "search")
			if got := at(t, hits, 0, "name"); got != want {
				t.Errorf("search %q: first hit %v, want %s", text, got, want)
			}
		}
	})

	// The ward's id comes from the gazetteer, not from the API under test.
	var ward gazetteer.Unit
	for _, u := range gaz.Lookup(tanGiang) {
		if p, ok := gaz.Parent(u); ok && p.Name == "Thành phố Hà Tĩnh" && u.Era == gazetteer.EraBefore2025 {
			ward = u
		}
	}
	if ward.Code == "" {
		t.Fatalf("no %s of Thành phố Hà Tĩnh in the gazetteer", tanGiang)
	}
	hoaID := a.idOf(hoa, "PERSON")
	raw, err := os.ReadFile(filepath.Join(corpus, article004))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("oversight of an area by a person", func(t *testing.T) {
		testAreaOversight(t, a, hoaID, ward.ID(), vntext.NFC(string(raw)))
	})
	t.Run("neighborhood of the ward", func(t *testing.T) {
		d := a.query(`query($id: ID!) { neighborhood(id: $id, relationTypes: [RESPONSIBLE_FOR]) {
			nodes { id kind label } edges { type from to provenance { evidence source { file } } }
		} }`, map[string]any{"id": ward.ID()})
		kinds := map[string]string{}
		for _, n := range at(t, d, "neighborhood", "nodes").([]any) {
			kinds[at(t, n, "id").(string)] = at(t, n, "kind").(string) + " " + at(t, n, "label").(string)
		}
		if kinds[ward.ID()] != "AREA "+tanGiang || kinds[hoaID] != "PERSON "+hoa {
			t.Errorf("nodes = %v, want the ward and %s", kinds, hoa)
		}
		var found bool
		for _, e := range at(t, d, "neighborhood", "edges").([]any) {
			if at(t, e, "to") != ward.ID() || at(t, e, "type") != "RESPONSIBLE_FOR" {
				t.Errorf("edge %v does not lead into the ward", e)
			}
			if at(t, e, "from") == hoaID {
				found = true
				if at(t, e, "provenance", 0, "source", "file") != article004 {
					t.Errorf("provenance = %v", at(t, e, "provenance"))
				}
			}
		}
		if !found {
			t.Errorf("no edge %s → %s in %v", hoaID, ward.ID(), at(t, d, "neighborhood", "edges"))
		}
	})
	t.Run("stats count associations, not areas", func(t *testing.T) {
		d := a.query(`{ stats { associationsByOverseer { key count } associationsByOverseerType { key count } } }`, nil)
		byOverseer := names(t, at(t, d, "stats", "associationsByOverseer"), "key")
		byType := names(t, at(t, d, "stats", "associationsByOverseerType"), "key")
		if !slices.Contains(byOverseer, banTuyen) {
			t.Errorf("associationsByOverseer = %v lacks %s", byOverseer, banTuyen)
		}
		// Hoa and the working delegations oversee wards, not associations.
		if slices.Contains(byOverseer, hoa) || slices.Contains(byType, "person") || slices.Contains(byType, "OTHER") {
			t.Errorf("area overseers counted: by overseer %v, by type %v", byOverseer, byType)
		}
	})
}

// testAreaOversight asks oversight, with filters that include and exclude
// it, for the edge from the person hoaID to the ward wardID that article 004
// states; text is the article.
func testAreaOversight(t *testing.T, a *api, hoaID, wardID, text string) {
	t.Helper()
	q := `query($f: OversightFilter) { oversight(filter: $f, first: 100) {
		totalCount
		nodes {
			overseer { __typename ... on Person { id name } ... on Organization { id name type } }
			object { __typename ... on Area { id name parent { name } } ... on Organization { id name type } }
			asOf provenance { evidence source { file } }
		}
	} }`
	for _, tc := range []struct {
		name   string
		filter map[string]any
		want   bool // whether Hoa → ward is among the edges
		// each, when set, must hold of every edge returned.
		each func(overseer, object map[string]any) bool
	}{
		{"no filter", nil, true, nil},
		{"by overseer", map[string]any{"overseer": hoaID}, true, func(f, _ map[string]any) bool { return f["id"] == hoaID }},
		{"by object", map[string]any{"object": wardID}, true, func(_, o map[string]any) bool { return o["id"] == wardID }},
		{"area: the ward's id", map[string]any{"area": wardID}, true, nil},
		{"area: the ward's name", map[string]any{"area": "phường Tân Giang"}, true, nil},
		{"area: its city", map[string]any{"area": "Thành phố Hà Tĩnh"}, true, nil},
		{"area: its province", map[string]any{"area": "Tỉnh Hà Tĩnh"}, true, nil},
		{"area: the other Tân Giang's city", map[string]any{"area": "Thành phố Cao Bằng"}, false, nil},
		{"area: elsewhere", map[string]any{"area": "Quận 3"}, false, nil},
		{"by object, in its city", map[string]any{"object": wardID, "area": "Thành phố Hà Tĩnh"}, true, nil},
		{"by object, in another city", map[string]any{"object": wardID, "area": "Thành phố Cao Bằng"}, false, nil},
		{"by overseer, in the ward", map[string]any{"overseer": hoaID, "area": "Phường Tân Giang"}, true, nil},
		{"as of the meeting", map[string]any{"overseer": hoaID, "asOf": "2021-01"}, true, nil},
		{"object type", map[string]any{"objectType": "ASSOCIATION"}, false,
			func(_, o map[string]any) bool { return o["__typename"] == "Organization" && o["type"] == "ASSOCIATION" }},
		{"overseer type", map[string]any{"overseerType": "OTHER"}, false,
			func(f, _ map[string]any) bool { return f["__typename"] == "Organization" && f["type"] == "OTHER" }},
		{"by overseer, of a type", map[string]any{"overseer": hoaID, "objectType": "PARTY_BOARD"}, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := at(t, a.query(q, map[string]any{"f": tc.filter}), "oversight")
			nodes := at(t, c, "nodes").([]any)
			if at(t, c, "totalCount") != float64(len(nodes)) {
				t.Errorf("totalCount = %v for %d edges", at(t, c, "totalCount"), len(nodes))
			}
			var found bool
			for _, n := range nodes {
				f, o := at(t, n, "overseer").(map[string]any), at(t, n, "object").(map[string]any)
				if tc.each != nil && !tc.each(f, o) {
					t.Errorf("edge %v → %v does not match the filter", f, o)
				}
				if f["id"] != hoaID || o["id"] != wardID {
					continue
				}
				found = true
				if f["__typename"] != "Person" || f["name"] != hoa || o["__typename"] != "Area" || o["name"] != tanGiang ||
					at(t, o, "parent", "name") != "Thành phố Hà Tĩnh" || at(t, n, "asOf") != "2021-01-07" {
					t.Errorf("edge = %v", n)
				}
				prov := at(t, n, "provenance").([]any)
				if len(prov) != 1 || at(t, prov[0], "source", "file") != article004 {
					t.Fatalf("provenance = %v, want one from %s", prov, article004)
				}
				if ev := at(t, prov[0], "evidence").(string); !strings.Contains(ev, hoaSays) || !strings.Contains(text, ev) {
					t.Errorf("evidence %q is not the article's sentence saying %q", ev, hoaSays)
				}
			}
			if found != tc.want {
				t.Errorf("%s → %s returned: %v, want %v; edges: %v", hoa, tanGiang, found, tc.want, nodes)
			}
		})
	}
}
