package httpapi_test

import (
	"testing"

	"hoigraph/httpapi"
)

func TestOrganization(t *testing.T) {
	a := newAPI(t, httpapi.Config{Introspection: true}, quan3Docs()...)
	d := a.query(`query($id: ID!) { organization(id: $id) {
		id name type areaName
		area { name }
		parent { name type }
		posts { title holders { person { name } since until current } }
		responsibleFor { kind asOf object { ... on Organization { name type } } provenance { evidence source { file title date kind } } }
		sources { file }
	} }`, map[string]any{"id": oid(banTuyen)})
	o := at(t, d, "organization")
	if got := at(t, o, "name"); got != banTuyen {
		t.Fatalf("name = %v", got)
	}
	if got := at(t, o, "type"); got != "PARTY_BOARD" {
		t.Errorf("type = %v", got)
	}
	if got := at(t, o, "parent", "name"); got != quanUy {
		t.Errorf("parent = %v", got)
	}
	if got := at(t, o, "area", "name"); got != "Quận 3" {
		t.Errorf("area = %v", got)
	}
	resp := at(t, o, "responsibleFor").([]any)
	if len(resp) != 1 || at(t, resp[0], "object", "name") != khuyenHoc {
		t.Fatalf("responsibleFor = %v, want %s", resp, khuyenHoc)
	}
	// Both sources back the one edge, each with its own sentence.
	prov := at(t, resp[0], "provenance").([]any)
	got := map[string]string{}
	for _, p := range prov {
		got[at(t, p, "source", "file").(string)] = at(t, p, "evidence").(string)
	}
	if len(got) != 2 || got[articleQ3] != sentence1 || got[curatedQ3] != sentence2 {
		t.Errorf("provenance = %v", prov)
	}
	if got := join(names(t, at(t, o, "sources"), "file")); got == "" {
		t.Errorf("no sources mention %s", banTuyen)
	}
}

func TestOrganizationPostsAndOverseers(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	d := a.query(`query($q: ID!, $h: ID!) {
		q: organization(id: $q) { children { name } posts { title holders { person { name } current } } }
		h: organization(id: $h) { overseenBy { overseer { ... on Organization { name } } } }
		none: organization(id: "org:nothing~000000") { name }
	}`, map[string]any{"q": oid(quanUy), "h": oid(khuyenHoc)})
	if got, want := join(names(t, at(t, d, "q", "children"))), join([]string{banDanVan, banToChuc, banTuyen}); got != want {
		t.Errorf("children = %s, want %s", got, want)
	}
	if got := at(t, d, "q", "posts", 0, "holders", 0, "person", "name"); got != nam {
		t.Errorf("holder = %v", got)
	}
	if got := at(t, d, "h", "overseenBy", 0, "overseer", "name"); got != banTuyen {
		t.Errorf("overseer of %s = %v", khuyenHoc, got)
	}
	if d["none"] != nil {
		t.Errorf("unknown id gave %v", d["none"])
	}
}

func TestSearchIgnoresDiacriticsAndCase(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	for _, tc := range []struct {
		text, types, want, wantType string
	}{
		{"hoi khuyen hoc quan 3", "", khuyenHoc, "ORGANIZATION"},
		{"HỘI KHUYẾN HỌC", "", khuyenHoc, "ORGANIZATION"},
		{"tran thi huong", "", huong, "PERSON"},
		{"Trần Thị Hường", "[PERSON]", huong, "PERSON"},
		{"ban to chuc", "[ORGANIZATION]", banToChuc, "ORGANIZATION"},
		{"quan 3", "[AREA]", "Quận 3", "AREA"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			q := `query($t: String!) { search(text: $t, first: 5` + map[bool]string{true: ", types: " + tc.types, false: ""}[tc.types != ""] + `) { score type id name entity { ... on Organization { type } ... on Person { name } ... on Area { name } } } }`
			hits := at(t, a.query(q, map[string]any{"t": tc.text}), "search").([]any)
			if len(hits) == 0 {
				t.Fatalf("no hits")
			}
			if got := at(t, hits[0], "name"); got != tc.want {
				t.Errorf("first hit = %v, want %s (all: %v)", got, tc.want, names(t, hits))
			}
			if got := at(t, hits[0], "type"); got != tc.wantType {
				t.Errorf("type = %v, want %s", got, tc.wantType)
			}
			if tc.types != "" {
				for _, h := range hits {
					if at(t, h, "type") != tc.wantType {
						t.Errorf("types filter let through %v", h)
					}
				}
			}
		})
	}
}
