package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"hoigraph"
	"hoigraph/gazetteer"
)

// The national graph (-national): every commune of the gazetteer's current
// era (3,321 after July 2025) with what a commune has — its Party committee
// and three of its boards, its Fatherland Front committee, the five
// socio-political organisations under the Front, six associations, eight
// seats in each body and the people in them — written as facts (JSON Lines,
// hoigraph extract's format), one document per commune, for
// `hoigraph load -facts`. About 305 nodes per commune: a million with the
// official areas. The loading benchmark's national row loads it
// (BENCHMARKS.md).

// nationalBody is one body of a commune: its type, its name before the
// commune's, and what it lies under.
type nationalBody struct {
	typ    hoigraph.OrgType
	prefix string
	parent int // index of the body it is PART_OF, -1 for none
}

var nationalBodies = []nationalBody{
	{hoigraph.PartyCommittee, "Đảng ủy", -1},
	{hoigraph.PartyBoard, "Ban Xây dựng Đảng Đảng ủy", 0},
	{hoigraph.PartyBoard, "Ủy ban Kiểm tra Đảng ủy", 0},
	{hoigraph.PartyBoard, "Văn phòng Đảng ủy", 0},
	{hoigraph.Front, "Ủy ban Mặt trận Tổ quốc Việt Nam", -1},
	{hoigraph.SocioPolitical, "Hội Liên hiệp Phụ nữ", 4},
	{hoigraph.SocioPolitical, "Hội Nông dân", 4},
	{hoigraph.SocioPolitical, "Hội Cựu chiến binh", 4},
	{hoigraph.SocioPolitical, "Đoàn Thanh niên Cộng sản Hồ Chí Minh", 4},
	{hoigraph.SocioPolitical, "Công đoàn", 4},
	{hoigraph.Association, "Hội Khuyến học", -1},
	{hoigraph.Association, "Hội Chữ thập đỏ", -1},
	{hoigraph.Association, "Hội Người cao tuổi", -1},
	{hoigraph.Association, "Hội Cựu giáo chức", -1},
	{hoigraph.Association, "Hội Đông y", -1},
	{hoigraph.Association, "Hội Nạn nhân chất độc da cam/dioxin", -1},
}

// nationalSeats are the eight seats of every body; the last is held by
// three people.
var (
	partySeats = []string{"Bí thư", "Phó Bí thư Thường trực", "Phó Bí thư", "Ủy viên Ban Thường vụ phụ trách tổ chức",
		"Ủy viên Ban Thường vụ phụ trách tuyên giáo", "Ủy viên Ban Thường vụ phụ trách kiểm tra", "Chánh Văn phòng", "Ủy viên Ban Chấp hành"}
	bodySeats = []string{"Chủ tịch", "Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Ủy viên Thường vụ phụ trách tổ chức",
		"Ủy viên Thường vụ phụ trách tuyên truyền", "Ủy viên Thường vụ phụ trách kiểm tra", "Chánh Văn phòng", "Ủy viên Ban Chấp hành"}
)

// communeName is the commune's name with its province, which makes the
// names of its bodies unique in the country ("Hội Nông dân xã Tân Thành,
// tỉnh Đồng Nai"): the resolver keys a body by its name.
func communeName(g *gazetteer.Gazetteer, u gazetteer.Unit) (commune, province string) {
	p, _ := g.Province(u)
	return lowerKind(u.Name), p.Name
}

// lowerKind writes a unit's kind in lower case, as inside a body's name.
func lowerKind(name string) string {
	for _, k := range []string{"Phường", "Xã", "Thị trấn", "Đặc khu"} {
		if strings.HasPrefix(name, k+" ") {
			return strings.ToLower(k[:1]) + k[1:] + name[len(k):]
		}
	}
	return name
}

// writeNational writes the national facts file to out/national.jsonl and
// returns how many communes, facts and seats it holds.
func writeNational(g *gazetteer.Gazetteer, seed uint64, out string) (communes, facts int, err error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return 0, 0, err
	}
	path := filepath.Join(out, "national.jsonl")
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	pp := people{Seed: seed}
	taken := map[string]map[string]bool{} // province → names given
	for _, u := range g.Units() {
		if u.Era != gazetteer.EraFrom2025 || u.Level != hoigraph.Commune {
			continue
		}
		communes++
		n, err := writeCommune(w, g, u, pp, taken)
		if err != nil {
			f.Close()
			return communes, facts, err
		}
		facts += n
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return communes, facts, err
	}
	return communes, facts, f.Close()
}

// writeCommune writes one commune's document and returns its fact count.
func writeCommune(w io.Writer, g *gazetteer.Gazetteer, u gazetteer.Unit, pp people, taken map[string]map[string]bool) (int, error) {
	commune, province := communeName(g, u)
	doc := fmt.Sprintf("national/%s/%s.txt", u.ProvinceCode, u.Code)
	date := "2025-10-15"
	names := taken[province]
	if names == nil {
		names = map[string]bool{}
		taken[province] = names
	}
	enc := json.NewEncoder(w)
	n := 0
	emit := func(f hoigraph.Fact, sentence string) error {
		f.Doc, f.AsOf = doc, date
		f.Evidence = &hoigraph.Evidence{Sentence: sentence, End: utf8.RuneCountInString(sentence)}
		n++
		return enc.Encode(f)
	}
	if err := emit(hoigraph.Fact{Kind: hoigraph.FactArea, Name: u.Name, Level: hoigraph.Commune, Parent: province},
		fmt.Sprintf("Danh sách tổ chức của %s, %s sau sắp xếp đơn vị hành chính.", commune, province)); err != nil {
		return n, err
	}
	names2 := make([]string, len(nationalBodies))
	for i, b := range nationalBodies {
		names2[i] = fmt.Sprintf("%s %s, %s", b.prefix, commune, lowerKind(province))
	}
	for i, b := range nationalBodies {
		f := hoigraph.Fact{Kind: hoigraph.FactOrg, Name: names2[i], Type: b.typ, Area: u.Name}
		if b.parent >= 0 {
			f.Parent = names2[b.parent]
		}
		if err := emit(f, fmt.Sprintf("%s được kiện toàn theo mô hình mới.", names2[i])); err != nil {
			return n, err
		}
		seats := bodySeats
		if b.typ == hoigraph.PartyCommittee || b.typ == hoigraph.PartyBoard {
			seats = partySeats
		}
		for k, seat := range seats {
			holders := 1
			if k == len(seats)-1 {
				holders = 3
			}
			for h := range holders {
				key := fmt.Sprintf("%s|%s|%d", names2[i], seat, h)
				var p Person
				for salt := 0; ; salt++ {
					p = pp.holder(key, salt)
					if !names[p.Name] {
						break
					}
				}
				names[p.Name] = true
				title := "Ông"
				if p.Female {
					title = "Bà"
				}
				if err := emit(hoigraph.Fact{Kind: hoigraph.FactHolds, Person: p.Name, Post: seat, Org: names2[i], Since: "2025-07-01"},
					fmt.Sprintf("%s %s giữ chức %s %s.", title, p.Name, seat, names2[i])); err != nil {
					return n, err
				}
			}
		}
	}
	// Oversight: the committee leads the Front and the commune; its board
	// for Party building oversees each association.
	for _, r := range []struct {
		subject, object int
		relation        string
	}{{0, 4, "political_leadership"}, {1, 10, "oversight"}, {1, 11, "oversight"}, {1, 12, "oversight"},
		{1, 13, "oversight"}, {1, 14, "oversight"}, {1, 15, "oversight"}, {4, 10, "coordination"}} {
		if err := emit(hoigraph.Fact{Kind: hoigraph.FactResponsibleFor, Subject: names2[r.subject], Object: names2[r.object], Relation: r.relation},
			fmt.Sprintf("%s phụ trách %s.", names2[r.subject], names2[r.object])); err != nil {
			return n, err
		}
	}
	if err := emit(hoigraph.Fact{Kind: hoigraph.FactResponsibleFor, Subject: names2[0], Object: u.Name, ObjectKind: hoigraph.EndpointArea, Relation: "political_leadership"},
		fmt.Sprintf("%s lãnh đạo toàn diện %s.", names2[0], commune)); err != nil {
		return n, err
	}
	return n, nil
}
