package httpapi_test

import (
	"fmt"
	"strings"
	"testing"

	"hoigraph"
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

func TestOrganizationsConnection(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	q := `query($f: OrganizationFilter, $first: Int, $after: String, $o: OrganizationOrder) {
		organizations(filter: $f, first: $first, after: $after, orderBy: $o) {
			totalCount edges { cursor node { name type } } pageInfo { hasNextPage endCursor } } }`
	// Paging through associations two at a time yields each once, sorted by
	// folded name (Câu < Hội Chữ < Hội Khuyến < Hội Người).
	var got []string
	var after any
	for page := 0; page < 3; page++ {
		c := at(t, a.query(q, map[string]any{"f": map[string]any{"types": []string{"ASSOCIATION"}, "area": "quan 3"}, "first": 2, "after": after}), "organizations")
		if n := at(t, c, "totalCount"); n != float64(4) {
			t.Fatalf("totalCount = %v, want 4", n)
		}
		for _, e := range at(t, c, "edges").([]any) {
			got = append(got, at(t, e, "node", "name").(string))
		}
		if at(t, c, "pageInfo", "hasNextPage") == false {
			break
		}
		after = at(t, c, "pageInfo", "endCursor")
	}
	if want := join([]string{huuTri, chuThapDo, khuyenHoc, nguoiMu}); join(got) != want {
		t.Errorf("pages = %s, want %s", join(got), want)
	}

	for _, tc := range []struct {
		name   string
		filter map[string]any
		want   []string
	}{
		{"by folded name", map[string]any{"name": "khuyen hoc"}, []string{khuyenHoc}},
		{"without overseer", map[string]any{"types": []string{"ASSOCIATION"}, "hasOverseer": false}, []string{nguoiMu}},
		{"with overseer", map[string]any{"types": []string{"ASSOCIATION"}, "hasOverseer": true}, []string{huuTri, chuThapDo, khuyenHoc}},
		{"other area", map[string]any{"area": "Quận 10"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := at(t, a.query(q, map[string]any{"f": tc.filter, "first": 50}), "organizations")
			var got []string
			for _, e := range at(t, c, "edges").([]any) {
				got = append(got, at(t, e, "node", "name").(string))
			}
			if join(got) != join(tc.want) {
				t.Errorf("got %s, want %s", join(got), join(tc.want))
			}
		})
	}

	// Sorted by number of posts, Quận ủy (one post) and the two boards with
	// a post come before bodies without any.
	c := at(t, a.query(q, map[string]any{"o": "POSTS", "first": 3}), "organizations")
	got = nil
	for _, e := range at(t, c, "edges").([]any) {
		got = append(got, at(t, e, "node", "name").(string))
	}
	if want := join([]string{banDanVan, banToChuc, quanUy}); join(got) != want {
		t.Errorf("by posts = %s, want %s", join(got), want)
	}

	code, res := a.post(q, map[string]any{"after": "not-a-cursor"})
	if code != 200 || len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != "INVALID" {
		t.Errorf("bad cursor: %d %+v", code, res.Errors)
	}
}

func TestPersonAndPeople(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	d := a.query(`query($id: ID!) { person(id: $id) {
		name
		holdings { post { title organization { name } } since until current provenance { evidence source { title } } }
		organizations { name }
		areas { name }
		sources { file }
	} }`, map[string]any{"id": a.idOf(nam, "PERSON")})
	p := at(t, d, "person")
	hs := at(t, p, "holdings").([]any)
	if len(hs) != 2 {
		t.Fatalf("holdings = %v", hs)
	}
	// The current post first, then the past one with its dates.
	if at(t, hs[0], "current") != true || at(t, hs[0], "post", "organization", "name") != quanUy {
		t.Errorf("first holding = %v", hs[0])
	}
	if at(t, hs[1], "current") != false || at(t, hs[1], "since") != "2015" || at(t, hs[1], "until") != "2020-10" || at(t, hs[1], "post", "organization", "name") != banToChuc {
		t.Errorf("past holding = %v", hs[1])
	}
	if got := at(t, hs[1], "provenance", 0, "source", "title"); got != "Quận 3 tổng kết 10 năm Chỉ thị 17" {
		t.Errorf("provenance source = %v", got)
	}
	if got, want := join(names(t, at(t, p, "organizations"))), join([]string{banToChuc, quanUy}); got != want {
		t.Errorf("organizations = %s, want %s", got, want)
	}
	if got := join(names(t, at(t, p, "areas"))); got != "Quận 3" {
		t.Errorf("areas = %s", got)
	}

	q := `query($f: PersonFilter) { people(filter: $f) { totalCount nodes { name } } }`
	for _, tc := range []struct {
		name   string
		filter map[string]any
		want   []string
	}{
		{"all", nil, []string{nam, huong}},
		{"by folded name", map[string]any{"name": "tran thi huong"}, []string{huong}},
		{"by body", map[string]any{"organization": oid(banDanVan)}, []string{huong}},
		{"by area", map[string]any{"area": "Quận 3"}, []string{nam, huong}},
		{"current", map[string]any{"current": true, "organization": oid(banToChuc)}, nil},
		{"current elsewhere", map[string]any{"current": true, "organization": oid(quanUy)}, []string{nam}},
		{"past", map[string]any{"current": false}, []string{nam}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := at(t, a.query(q, map[string]any{"f": tc.filter}), "people")
			if got := join(names(t, at(t, c, "nodes"))); got != join(tc.want) {
				t.Errorf("got %s, want %s", got, join(tc.want))
			}
			if at(t, c, "totalCount") != float64(len(tc.want)) {
				t.Errorf("totalCount = %v", at(t, c, "totalCount"))
			}
		})
	}
}

func TestOversight(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	q := `query($f: OversightFilter) { oversight(filter: $f) {
		totalCount
		nodes { overseer { ... on Organization { name type } } object { ... on Organization { name } } since until provenance { source { file } evidence } }
		unassigned { name }
	} }`
	pairs := func(c any) []string {
		var out []string
		for _, n := range at(t, c, "nodes").([]any) {
			out = append(out, at(t, n, "overseer", "name").(string)+" → "+at(t, n, "object", "name").(string))
		}
		return out
	}
	for _, tc := range []struct {
		name       string
		filter     map[string]any
		want       []string
		unassigned []string
	}{
		{"associations in Quận 3", map[string]any{"area": "Quận 3", "objectType": "ASSOCIATION"},
			[]string{banToChuc + " → " + huuTri, banDanVan + " → " + chuThapDo, banTuyen + " → " + khuyenHoc}, []string{nguoiMu}},
		{"by overseer", map[string]any{"overseer": oid(banTuyen)}, []string{banTuyen + " → " + khuyenHoc}, []string{nguoiMu}},
		{"by object", map[string]any{"object": oid(chuThapDo)}, []string{banDanVan + " → " + chuThapDo}, []string{nguoiMu}},
		{"by overseer type", map[string]any{"overseerType": "PARTY_COMMITTEE"}, nil, []string{nguoiMu}},
		// In 2018 Ban Tổ chức oversaw the club; by 2023 that had ended, so
		// the club counts as unassigned.
		{"as of 2018", map[string]any{"asOf": "2018-05-01", "overseer": oid(banToChuc)}, []string{banToChuc + " → " + huuTri}, []string{nguoiMu}},
		{"as of 2023", map[string]any{"asOf": "2023-07", "objectType": "ASSOCIATION"},
			[]string{banDanVan + " → " + chuThapDo, banTuyen + " → " + khuyenHoc}, []string{huuTri, nguoiMu}},
		{"other area", map[string]any{"area": "Quận 10"}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := at(t, a.query(q, map[string]any{"f": tc.filter}), "oversight")
			if got := join(pairs(c)); got != join(tc.want) {
				t.Errorf("edges = %s, want %s", got, join(tc.want))
			}
			if at(t, c, "totalCount") != float64(len(tc.want)) {
				t.Errorf("totalCount = %v", at(t, c, "totalCount"))
			}
			if got := join(names(t, at(t, c, "unassigned"))); got != join(tc.unassigned) {
				t.Errorf("unassigned = %s, want %s", got, join(tc.unassigned))
			}
		})
	}
}

// TestOversightOfAreasAndByPeople adds to the Quận 3 fixture edges that
// start at people and end at areas, and checks that every filter treats
// them as schema.graphqls says: people lie in no area, areas lie in the
// areas above them, a body type rules out people and areas.
func TestOversightOfAreasAndByPeople(t *testing.T) {
	const (
		phuong5   = "Phường 5"
		phuong12  = "Phường 12"
		huongSays = "Đồng chí Trần Thị Hường, Trưởng Ban Dân vận Quận ủy, phụ trách địa bàn Phường 5 từ tháng 1/2021."
	)
	docs := quan3Docs()
	more := []hoigraph.Fact{
		{Kind: hoigraph.FactArea, Name: phuong5, Level: hoigraph.Commune, Parent: "Quận 3"},
		{Kind: hoigraph.FactArea, Name: "Quận 10", Level: hoigraph.District},
		{Kind: hoigraph.FactArea, Name: phuong12, Level: hoigraph.Commune, Parent: "Quận 10"},
		{Kind: hoigraph.FactResponsibleFor, Subject: huong, SubjectKind: hoigraph.EndpointPerson, Object: phuong5, ObjectKind: hoigraph.EndpointArea,
			Since: "2021-01", Evidence: ev(huongSays)},
		{Kind: hoigraph.FactResponsibleFor, Subject: banDanVan, Object: phuong5, ObjectKind: hoigraph.EndpointArea,
			Evidence: ev("Ban Dân vận Quận ủy phụ trách địa bàn Phường 5.")},
		{Kind: hoigraph.FactResponsibleFor, Subject: nam, SubjectKind: hoigraph.EndpointPerson, Object: nguoiMu,
			Until: "2020-10", Evidence: ev("Đồng chí Nguyễn Thành Nam phụ trách Hội Người mù Quận 3 đến tháng 10/2020.")},
		{Kind: hoigraph.FactResponsibleFor, Subject: nam, SubjectKind: hoigraph.EndpointPerson, Object: phuong12, ObjectKind: hoigraph.EndpointArea,
			Evidence: ev("Đồng chí Nguyễn Thành Nam phụ trách địa bàn Phường 12, Quận 10.")},
	}
	for i := range more {
		more[i].Doc = articleQ3
	}
	docs[0].Facts = append(docs[0].Facts, more...)
	a := newAPI(t, httpapi.Config{}, docs...)
	huongID, namID, p5ID := a.idOf(huong, "PERSON"), a.idOf(nam, "PERSON"), a.idOf(phuong5, "AREA")

	q := `query($f: OversightFilter) { oversight(filter: $f, first: 100) {
		totalCount
		nodes {
			overseer { __typename ... on Person { name } ... on Organization { name } }
			object { __typename ... on Area { name } ... on Organization { name } }
			provenance { source { file } evidence }
		}
	} }`
	// An edge reads "Person:Trần Thị Hường → Area:Phường 5".
	edge := func(fType, f, oType, o string) string { return fType + ":" + f + " → " + oType + ":" + o }
	var (
		huongP5     = edge("Person", huong, "Area", phuong5)
		danVanP5    = edge("Organization", banDanVan, "Area", phuong5)
		namMu       = edge("Person", nam, "Organization", nguoiMu)
		namP12      = edge("Person", nam, "Area", phuong12)
		toChucHuu   = edge("Organization", banToChuc, "Organization", huuTri)
		danVanChu   = edge("Organization", banDanVan, "Organization", chuThapDo)
		tuyenKhuyen = edge("Organization", banTuyen, "Organization", khuyenHoc)
	)
	for _, tc := range []struct {
		name   string
		filter map[string]any
		want   []string // sorted by object, then overseer
	}{
		{"in Quận 3: its bodies, its ward, not people's other areas", map[string]any{"area": "Quận 3"},
			[]string{toChucHuu, danVanChu, tuyenKhuyen, namMu, danVanP5, huongP5}},
		{"in the ward", map[string]any{"area": phuong5}, []string{danVanP5, huongP5}},
		{"in the ward, by id", map[string]any{"area": p5ID}, []string{danVanP5, huongP5}},
		{"in Quận 10", map[string]any{"area": "Quận 10"}, []string{namP12}},
		{"by a person", map[string]any{"overseer": namID}, []string{namMu, namP12}},
		{"by a person, in Quận 10", map[string]any{"overseer": namID, "area": "quận 10"}, []string{namP12}},
		{"by a person, as of 2023", map[string]any{"overseer": namID, "asOf": "2023"}, []string{namP12}},
		{"by another person", map[string]any{"overseer": huongID}, []string{huongP5}},
		{"of the ward", map[string]any{"object": p5ID}, []string{danVanP5, huongP5}},
		{"of the ward, in Quận 10", map[string]any{"object": p5ID, "area": "Quận 10"}, nil},
		{"of the ward, by a body type", map[string]any{"object": p5ID, "overseerType": "PARTY_BOARD"}, []string{danVanP5}},
		{"associations in Quận 3, whoever oversees them", map[string]any{"area": "Quận 3", "objectType": "ASSOCIATION"},
			[]string{toChucHuu, danVanChu, tuyenKhuyen, namMu}},
		{"by boards in Quận 3, whatever they oversee", map[string]any{"area": "Quận 3", "overseerType": "PARTY_BOARD"},
			[]string{toChucHuu, danVanChu, tuyenKhuyen, danVanP5}},
		{"in Quận 3 as of mid-2020", map[string]any{"area": "Quận 3", "asOf": "2020-06"},
			[]string{danVanChu, tuyenKhuyen, namMu, danVanP5}},
		{"in Quận 3 as of mid-2021", map[string]any{"area": "Quận 3", "asOf": "2021-06"},
			[]string{danVanChu, tuyenKhuyen, danVanP5, huongP5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := at(t, a.query(q, map[string]any{"f": tc.filter}), "oversight")
			var got []string
			for _, n := range at(t, c, "nodes").([]any) {
				e := edge(at(t, n, "overseer", "__typename").(string), at(t, n, "overseer", "name").(string),
					at(t, n, "object", "__typename").(string), at(t, n, "object", "name").(string))
				got = append(got, e)
				if e == huongP5 && (at(t, n, "provenance", 0, "source", "file") != articleQ3 || at(t, n, "provenance", 0, "evidence") != huongSays) {
					t.Errorf("provenance of %s = %v", e, at(t, n, "provenance"))
				}
			}
			if join(got) != join(tc.want) {
				t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if at(t, c, "totalCount") != float64(len(tc.want)) {
				t.Errorf("totalCount = %v, want %d", at(t, c, "totalCount"), len(tc.want))
			}
		})
	}

	// The nested fields and the charts see the same edges: a person's
	// responsibilities include areas, an area knows its overseers, and the
	// association charts count people but not areas.
	d := a.query(`query($h: ID!) {
		person(id: $h) { responsibleFor { object { ... on Area { name overseenBy { overseer { ... on Organization { name } ... on Person { name } } } } } } }
		stats(filter: {area: "Quận 3"}) { associationsByOverseer { key count } associationsByOverseerType { key count } }
	}`, map[string]any{"h": huongID})
	if got := at(t, d, "person", "responsibleFor", 0, "object", "name"); got != phuong5 {
		t.Errorf("%s is responsible for %v", huong, got)
	}
	overseers := at(t, d, "person", "responsibleFor", 0, "object", "overseenBy").([]any)
	if got := join(names(t, pluck(overseers, "overseer"))); got != join([]string{banDanVan, huong}) {
		t.Errorf("%s overseen by %s", phuong5, got)
	}
	counts := func(field string) string {
		var out []string
		for _, c := range at(t, d, "stats", field).([]any) {
			out = append(out, fmt.Sprintf("%s=%v", at(t, c, "key"), at(t, c, "count")))
		}
		return join(out)
	}
	if got, want := counts("associationsByOverseer"), join([]string{banDanVan + "=1", banTuyen + "=1", banToChuc + "=1", nam + "=1"}); got != want {
		t.Errorf("associationsByOverseer = %s, want %s", got, want)
	}
	if got, want := counts("associationsByOverseerType"), join([]string{"PARTY_BOARD=3", "person=1"}); got != want {
		t.Errorf("associationsByOverseerType = %s, want %s", got, want)
	}
}

func TestNeighborhoodAndShortestPath(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	d := a.query(`query($id: ID!) {
		one: neighborhood(id: $id) { nodes { id kind label orgType } edges { type from to kind asOf provenance { evidence } } truncated }
		two: neighborhood(id: $id, depth: 2, relationTypes: [RESPONSIBLE_FOR, PART_OF]) { nodes { label } truncated }
		none: neighborhood(id: "org:nothing~000000") { truncated }
	}`, map[string]any{"id": oid(banTuyen)})
	one := at(t, d, "one")
	labels := map[string]bool{}
	for _, l := range names(t, at(t, one, "nodes"), "label") {
		labels[l] = true
	}
	for _, n := range at(t, one, "nodes").([]any) {
		if typ := n.(map[string]any)["orgType"]; (typ != nil) != (at(t, n, "kind") == "ORGANIZATION") {
			t.Errorf("node %v: orgType %v", at(t, n, "label"), typ)
		}
	}
	for _, want := range []string{banTuyen, quanUy, khuyenHoc, "Quận 3"} {
		if !labels[want] {
			t.Errorf("depth 1 lacks %s: %v", want, labels)
		}
	}
	if labels[banDanVan] {
		t.Errorf("depth 1 reaches %s, two hops away", banDanVan)
	}
	var resp int
	for _, e := range at(t, one, "edges").([]any) {
		if at(t, e, "type") == "RESPONSIBLE_FOR" {
			resp++
			if at(t, e, "from") != oid(banTuyen) || at(t, e, "to") != oid(khuyenHoc) || len(at(t, e, "provenance").([]any)) != 2 {
				t.Errorf("edge = %v", e)
			}
			// Asked for, the edge's properties are read (a drawing that
			// shows only lines reads none).
			if e.(map[string]any)["kind"] != "political_leadership" || e.(map[string]any)["asOf"] == nil {
				t.Errorf("edge kind %v, asOf %v; want political_leadership and a date", at(t, e, "kind"), e.(map[string]any)["asOf"])
			}
		}
	}
	if resp != 1 {
		t.Errorf("%d RESPONSIBLE_FOR edges, want 1", resp)
	}
	two := map[string]bool{}
	for _, l := range names(t, at(t, d, "two", "nodes"), "label") {
		two[l] = true
	}
	// Through Quận ủy (PART_OF) to its other boards; not to the area, whose
	// edge type was not asked for.
	if !two[banDanVan] || !two[banToChuc] || two["Quận 3"] {
		t.Errorf("depth 2 = %v", two)
	}
	if d["none"] != nil {
		t.Errorf("unknown id gave %v", d["none"])
	}

	p := a.query(`query($a: ID!, $b: ID!) {
		p: shortestPath(from: $a, to: $b, relationTypes: [HOLDS, OF, PART_OF, RESPONSIBLE_FOR]) { length nodes { label } edges { type } }
		short: shortestPath(from: $a, to: $b, maxLength: 2) { length }
		viaArea: shortestPath(from: $a, to: $b) { length nodes { label } }
	}`, map[string]any{"a": a.idOf(huong, "PERSON"), "b": oid(khuyenHoc)})
	// Hường holds a post of Ban Dân vận, which is part of Quận ủy, whose
	// Ban Tuyên giáo oversees Hội Khuyến học: 5 hops.
	if got := at(t, p, "p", "length"); got != float64(5) {
		t.Fatalf("length = %v (%v)", got, p["p"])
	}
	if got, want := join(names(t, at(t, p, "p", "nodes"), "label")), join([]string{huong, "Trưởng ban", banDanVan, quanUy, banTuyen, khuyenHoc}); got != want {
		t.Errorf("path = %s, want %s", got, want)
	}
	// With LOCATED_IN allowed, the area is a shortcut: 4 hops.
	if got, want := join(names(t, at(t, p, "viaArea", "nodes"), "label")), join([]string{huong, "Trưởng ban", banDanVan, "Quận 3", khuyenHoc}); got != want {
		t.Errorf("path via area = %s, want %s", got, want)
	}
	if p["short"] != nil {
		t.Errorf("maxLength 2 found %v", p["short"])
	}
}

func TestStats(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	d := a.query(`query($f: StatsFilter) { stats(filter: $f) {
		organizations people
		associationsByOverseer { key count }
		associationsByOverseerType { key count }
		bodiesByType { key count }
		bodiesByArea { key count }
		postsByTitle { key count }
	} }`, map[string]any{"f": map[string]any{"area": "Quận 3", "asOf": "2023-06"}})
	s := at(t, d, "stats")
	counts := func(field string) string {
		var out []string
		for _, c := range at(t, s, field).([]any) {
			out = append(out, fmt.Sprintf("%s=%v", at(t, c, "key"), at(t, c, "count")))
		}
		return join(out)
	}
	for _, tc := range []struct{ field, want string }{
		{"associationsByOverseer", join([]string{banDanVan + "=1", banTuyen + "=1"})},
		{"associationsByOverseerType", join([]string{"none=2", "PARTY_BOARD=2"})},
		{"bodiesByType", join([]string{"ASSOCIATION=4", "PARTY_BOARD=3", "PARTY_COMMITTEE=1"})},
		{"bodiesByArea", "Quận 3=8"},
		{"postsByTitle", join([]string{"Trưởng ban=2", "Phó Bí thư Thường trực=1"})},
	} {
		if got := counts(tc.field); got != tc.want {
			t.Errorf("%s = %s, want %s", tc.field, got, tc.want)
		}
	}
	if at(t, s, "organizations") != float64(8) || at(t, s, "people") != float64(2) {
		t.Errorf("totals = %v, %v", at(t, s, "organizations"), at(t, s, "people"))
	}
}

// TestOversightByObjectArea checks the filter on the object's area alone:
// a Quận 3 board overseeing an association of Quận 10 is in the answer to
// "edges with an end in Quận 3" but not to "edges into Quận 3's
// associations", and is in the answer for Quận 10's.
func TestOversightByObjectArea(t *testing.T) {
	const assoc10 = "Hội Khuyến học Quận 10"
	docs := quan3Docs()
	more := []hoigraph.Fact{
		{Kind: hoigraph.FactArea, Name: "Quận 10", Level: hoigraph.District},
		{Kind: hoigraph.FactOrg, Name: assoc10, Type: hoigraph.Association, Area: "Quận 10", Evidence: ev(assoc10)},
		{Kind: hoigraph.FactResponsibleFor, Subject: banTuyen, Object: assoc10, Evidence: ev("Ban Tuyên giáo Quận ủy Quận 3 phụ trách " + assoc10 + ".")},
	}
	for i := range more {
		more[i].Doc = articleQ3
	}
	docs[0].Facts = append(docs[0].Facts, more...)
	a := newAPI(t, httpapi.Config{}, docs...)
	q := `query($f: OversightFilter) { oversight(filter: $f, first: 100) {
		totalCount nodes { overseer { ... on Organization { name } } object { ... on Organization { name } } } unassigned { name }
	} }`
	for _, tc := range []struct {
		name       string
		filter     map[string]any
		want       []string
		unassigned []string
	}{
		{"either end in Quận 3", map[string]any{"area": "Quận 3", "objectType": "ASSOCIATION"},
			[]string{banToChuc + " → " + huuTri, banDanVan + " → " + chuThapDo, banTuyen + " → " + assoc10, banTuyen + " → " + khuyenHoc}, []string{nguoiMu}},
		{"objects in Quận 3", map[string]any{"objectArea": "Quận 3", "objectType": "ASSOCIATION"},
			[]string{banToChuc + " → " + huuTri, banDanVan + " → " + chuThapDo, banTuyen + " → " + khuyenHoc}, []string{nguoiMu}},
		{"objects in Quận 10", map[string]any{"objectArea": "quận 10"}, []string{banTuyen + " → " + assoc10}, nil},
		{"objects in Quận 10, overseer in Quận 3", map[string]any{"objectArea": "Quận 10", "area": "Quận 3"}, []string{banTuyen + " → " + assoc10}, nil},
		{"one overseer, objects in Quận 10", map[string]any{"overseer": oid(banTuyen), "objectArea": "Quận 10"}, []string{banTuyen + " → " + assoc10}, nil},
		{"one overseer, objects in Quận 3", map[string]any{"overseer": oid(banTuyen), "objectArea": "Quận 3"}, []string{banTuyen + " → " + khuyenHoc}, []string{nguoiMu}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := at(t, a.query(q, map[string]any{"f": tc.filter}), "oversight")
			var got []string
			for _, n := range at(t, c, "nodes").([]any) {
				got = append(got, at(t, n, "overseer", "name").(string)+" → "+at(t, n, "object", "name").(string))
			}
			if join(got) != join(tc.want) {
				t.Errorf("edges = %s, want %s", join(got), join(tc.want))
			}
			if got := join(names(t, at(t, c, "unassigned"))); got != join(tc.unassigned) {
				t.Errorf("unassigned = %s, want %s", got, join(tc.unassigned))
			}
		})
	}
}

// The resolvers remember the plan of a root selection per query text
// (resolvers/plans.go): the same text asked again, or with a directive
// that turns on what the variables say, must still read what it asks.
func TestRootPlansFollowTheSelection(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	id := a.idOf(nam, "PERSON")
	plain := `query($id: ID!) { person(id: $id) { name holdings { post { title } } } }`
	other := `query($id: ID!) { person(id: $id) { name organizations { name } } }`
	withDirective := `query($id: ID!, $h: Boolean!) { person(id: $id) { name holdings @include(if: $h) { post { title } } organizations @skip(if: $h) { name } } }`
	for _, tc := range []struct {
		name, query    string
		vars           map[string]any
		holdings, orgs int // how many of each; -1 when the field must be absent
	}{
		{"plain", plain, map[string]any{"id": id}, 2, -1},
		{"plain again", plain, map[string]any{"id": id}, 2, -1},
		{"another selection", other, map[string]any{"id": id}, -1, 2},
		{"plain once more", plain, map[string]any{"id": id}, 2, -1},
		{"directive: holdings", withDirective, map[string]any{"id": id, "h": true}, 2, -1},
		{"directive: organizations", withDirective, map[string]any{"id": id, "h": false}, -1, 2},
		{"directive: holdings again", withDirective, map[string]any{"id": id, "h": true}, 2, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := at(t, a.query(tc.query, tc.vars), "person").(map[string]any)
			for key, want := range map[string]int{"holdings": tc.holdings, "organizations": tc.orgs} {
				l, present := p[key].([]any)
				switch {
				case want < 0 && present:
					t.Errorf("%s present: %v", key, l)
				case want >= 0 && len(l) != want:
					t.Errorf("%s = %v, want %d", key, p[key], want)
				}
			}
		})
	}
}
