package loader_test

import (
	"testing"

	"hoigraph"
	"hoigraph/loader"
)

func TestCanonicalOrgName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"UBND quận Tân Phú", "UBND quận Tân Phú"},
		{"Ủy ban nhân dân quận Tân Phú", "UBND quận Tân Phú"},
		{"Uỷ ban nhân dân quận Tân Phú", "UBND quận Tân Phú"}, // tone-mark placement
		{"Ủy ban MTTQ quận Tân Phú", "Ủy ban Mặt trận Tổ quốc quận Tân Phú"},
		{"Ủy ban Mặt trận Tổ quốc Việt Nam quận Tân Phú", "Ủy ban Mặt trận Tổ quốc quận Tân Phú"},
		{"UBMTTQ quận Tân Phú", "Ủy ban Mặt trận Tổ quốc quận Tân Phú"},
		{"Quận ủy quận Tân Phú", "Quận ủy Tân Phú"},
		{"Thường trực Quận ủy quận Tân Phú", "Thường trực Quận ủy Tân Phú"},
		{"Quận ủy Quận 3", "Quận ủy Quận 3"}, // a numbered district keeps its kind
		{"Huyện ủy huyện Lấp Vò", "Huyện ủy Lấp Vò"},
		{"Thị ủy thị xã Hồng Lĩnh", "Thị ủy Hồng Lĩnh"},
		{"Thành ủy TP.HCM", "Thành ủy Thành phố Hồ Chí Minh"},
		{"Thành ủy Thành phố Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh"},
		{"Hội Khuyến học Quận 3", "Hội Khuyến học Quận 3"},
		{"CLB Hưu trí Quận 3", "Câu lạc bộ Hưu trí Quận 3"},
	} {
		if got := loader.CanonicalOrgName(tc.in); got != tc.want {
			t.Errorf("CanonicalOrgName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// holder is a document in which name holds a post in a body of area.
func holder(file, date, name, orgName, area string) *hoigraph.Document {
	return &hoigraph.Document{Source: hoigraph.Source{File: file, Date: date}, Facts: []hoigraph.Fact{
		{Kind: hoigraph.FactOrg, Name: orgName, Type: hoigraph.Association, Area: area},
		{Kind: hoigraph.FactHolds, Person: name, Post: "Chủ tịch", Org: orgName},
	}}
}

func TestPersonResolution(t *testing.T) {
	g, err := gaz()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		gazetteer bool
		a, b      *hoigraph.Document
		same      bool
		rule      string
	}{
		{"namesakes in two provinces stay two", true,
			holder("a.txt", "2021-01-01", "Nguyễn Văn An", "Hội Khuyến học Quận 3", "Quận 3"),
			holder("b.txt", "2021-01-01", "Nguyễn Văn An", "Hội Nông dân huyện Lấp Vò", "huyện Lấp Vò"), false, "name+province"},
		{"one person in a district and its city meets", true,
			holder("a.txt", "2021-01-01", "Nguyễn Văn An", "Hội Khuyến học Quận 3", "Quận 3"),
			holder("b.txt", "2021-01-01", "Nguyễn Văn An", "Hội Luật gia Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"), true, "name+province"},
		{"area taken from the body's name", true,
			holder("a.txt", "2021-01-01", "Nguyễn Văn An", "Hội Khuyến học Quận 3", "Quận 3"),
			&hoigraph.Document{Source: hoigraph.Source{File: "c.csv"}, Facts: []hoigraph.Fact{
				{Kind: hoigraph.FactHolds, Person: "Nguyễn Văn An", Post: "Ủy viên", Org: "Ban Dân vận Quận ủy Quận 3"}}}, true, "name+province"},
		{"without a gazetteer, areas must match", false,
			holder("a.txt", "2021-01-01", "Nguyễn Văn An", "Hội Khuyến học Quận 3", "Quận 3"),
			holder("b.txt", "2021-01-01", "Nguyễn Văn An", "Hội Luật gia Quận 5", "Quận 5"), false, "name+area"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &loader.Resolver{}
			if tc.gazetteer {
				r.Gazetteer = g
			}
			pa, pb := r.Person(tc.a, "Nguyễn Văn An"), r.Person(tc.b, "Nguyễn Văn An")
			if (pa.ID == pb.ID) != tc.same {
				t.Errorf("ids %s and %s: same=%v, want %v", pa.ID, pb.ID, pa.ID == pb.ID, tc.same)
			}
			if pa.Rule != tc.rule {
				t.Errorf("rule %q, want %q", pa.Rule, tc.rule)
			}
		})
	}
}

func TestAreaResolutionUsesEraAndContext(t *testing.T) {
	g, err := gaz()
	if err != nil {
		t.Fatal(err)
	}
	r := &loader.Resolver{Gazetteer: g}
	doc := func(date string, places ...string) *hoigraph.Document {
		d := &hoigraph.Document{Source: hoigraph.Source{File: "x.txt", Date: date}}
		for _, p := range places {
			d.Facts = append(d.Facts, hoigraph.Fact{Kind: hoigraph.FactArea, Name: p})
		}
		return d
	}
	for _, tc := range []struct {
		name string
		doc  *hoigraph.Document
		area string
		want string
	}{
		{"before July 2025", doc("2021-04-21", "Quận 3"), "Quận 3", "area:2024:770"},
		{"namesake chosen by the province named", doc("2023-05-01", "phường Tân Giang", "tỉnh Hà Tĩnh"), "phường Tân Giang", "area:2024:18079"},
		{"ambiguous stays an article area", doc("2023-05-01", "phường Tân Giang"), "phường Tân Giang", ""},
		{"after July 2025", doc("2025-08-01", "Thành phố Hồ Chí Minh"), "Thành phố Hồ Chí Minh", "area:2025:79"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ref := r.Area(tc.doc, tc.area)
			if tc.want == "" {
				if ref.Gazetteer {
					t.Errorf("resolved to %s, want no official unit", ref.ID)
				}
				return
			}
			if ref.ID != tc.want || !ref.Gazetteer {
				t.Errorf("%s, want %s", ref.ID, tc.want)
			}
		})
	}
}

// TestUnplacedOrgsStayApart: a body its article never places ("Tỉnh ủy" on
// a provincial site) is keyed by its source, so two provinces' bare
// "Ban Tuyên giáo Tỉnh ủy" never merge; a placed body of the same name is
// keyed by name as before.
func TestUnplacedOrgsStayApart(t *testing.T) {
	const name = "Ban Tuyên giáo Tỉnh ủy"
	doc := func(src string, unplaced bool) *hoigraph.Document {
		return &hoigraph.Document{Source: hoigraph.Source{ID: src, File: src + ".txt"},
			Facts: []hoigraph.Fact{{Kind: hoigraph.FactOrg, Name: name, Type: hoigraph.PartyBoard, Unplaced: unplaced}}}
	}
	r := &loader.Resolver{}
	a, b := r.Org(doc("source:a", true), name), r.Org(doc("source:b", true), name)
	if a.ID == b.ID {
		t.Errorf("two sources' unplaced %q share id %s", name, a.ID)
	}
	if a.Rule != "unplaced" {
		t.Errorf("rule %q, want unplaced", a.Rule)
	}
	if again := r.Org(doc("source:a", true), name); again.ID != a.ID {
		t.Errorf("the same source's body changed id: %s then %s", a.ID, again.ID)
	}
	c, d := r.Org(doc("source:c", false), name), r.Org(doc("source:d", false), name)
	if c.ID != d.ID || c.ID == a.ID {
		t.Errorf("placed bodies of one name: ids %s and %s (unplaced %s)", c.ID, d.ID, a.ID)
	}
}
