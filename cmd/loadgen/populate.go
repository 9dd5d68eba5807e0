package main

import (
	"context"
	"fmt"
	"math/rand/v2"

	"hoigraph"
	"hoigraph/store"
)

// populate writes a synthetic graph of n wards through the store's real
// write path (WriteDocuments), one document per ward, for benchmarks when
// no generated corpus is at hand. Each ward has a Party committee with four
// boards, the Front, four socio-political bodies and ten associations, two
// posts in each body with their holders, and most associations assigned to
// a board: about 100 nodes a ward. The same seed gives the same graph.
func populate(ctx context.Context, s *store.Store, n int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, seed))
	const batch = 50
	var docs []hoigraph.Document
	for w := range n {
		docs = append(docs, ward(rng, w))
		if len(docs) == batch || w == n-1 {
			st, err := s.WriteDocuments(ctx, docs)
			if err != nil {
				return fmt.Errorf("populate: %w", err)
			}
			if len(st.Failed) > 0 {
				return fmt.Errorf("populate: %v", st.Failed[0])
			}
			docs = docs[:0]
			fmt.Printf("\rpopulate: %d/%d wards", w+1, n)
		}
	}
	fmt.Println()
	return nil
}

var (
	families = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	middles  = []string{"Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Quốc", "Thu", "Hoàng", "Xuân", "Kim"}
	givens   = []string{"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thủy", "Trang", "Trung", "Tuấn", "Vân", "Yến"}
	places   = []string{"Tân An", "Bình Thạnh", "Phú Hòa", "Long Điền", "Hòa Bình", "Tân Phú", "An Khánh", "Thạnh Mỹ", "Phước Long", "Vĩnh Lộc", "Đông Hưng", "Hiệp Phước", "Tân Định", "Cầu Kho", "Bến Thành", "Đa Kao"}
	boards   = []string{"Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ủy ban Kiểm tra"}
	sociopol = []string{"Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh"}
	assocs   = []string{"Hội Khuyến học", "Hội Chữ thập đỏ", "Hội Người cao tuổi", "Hội Cựu giáo chức", "Hội Luật gia", "Hội Đông y", "Hội Người mù", "Hội Doanh nghiệp", "Câu lạc bộ Hưu trí", "Hội Nạn nhân chất độc da cam"}
)

func ward(rng *rand.Rand, w int) hoigraph.Document {
	area := fmt.Sprintf("Phường %s %d", places[w%len(places)], w/len(places)+1)
	file := fmt.Sprintf("populate-%06d.txt", w)
	var facts []hoigraph.Fact
	add := func(f hoigraph.Fact) {
		f.Doc = file
		facts = append(facts, f)
	}
	say := func(s string) *hoigraph.Evidence { return &hoigraph.Evidence{Sentence: s, End: len(s)} }
	person := func() string {
		return families[rng.IntN(len(families))] + " " + middles[rng.IntN(len(middles))] + " " + givens[rng.IntN(len(givens))] + " " + givens[rng.IntN(len(givens))]
	}
	org := func(name string, t hoigraph.OrgType, parent string, posts ...string) {
		add(hoigraph.Fact{Kind: hoigraph.FactOrg, Name: name, Type: t, Area: area, Parent: parent})
		for _, p := range posts {
			who := person()
			add(hoigraph.Fact{Kind: hoigraph.FactHolds, Person: who, Post: p, Org: name, Since: fmt.Sprint(2015 + rng.IntN(10)), Evidence: say(who + ", " + p + " " + name + ".")})
		}
	}
	add(hoigraph.Fact{Kind: hoigraph.FactArea, Name: area, Level: hoigraph.Commune})
	committee := "Đảng ủy " + area
	org(committee, hoigraph.PartyCommittee, "", "Bí thư", "Phó Bí thư")
	var boardNames []string
	for _, b := range boards {
		name := b + " Đảng ủy " + area
		boardNames = append(boardNames, name)
		org(name, hoigraph.PartyBoard, committee, "Trưởng ban", "Phó Trưởng ban")
	}
	org("Ủy ban Mặt trận Tổ quốc Việt Nam "+area, hoigraph.Front, "", "Chủ tịch", "Phó Chủ tịch")
	for _, sp := range sociopol {
		org(sp+" "+area, hoigraph.SocioPolitical, "", "Chủ tịch", "Phó Chủ tịch")
	}
	for _, a := range assocs {
		name := a + " " + area
		org(name, hoigraph.Association, "", "Chủ tịch", "Phó Chủ tịch")
		if rng.IntN(5) > 0 { // one in five has no overseer
			b := boardNames[rng.IntN(len(boardNames))]
			add(hoigraph.Fact{Kind: hoigraph.FactResponsibleFor, Subject: b, Object: name, Relation: "political_leadership", AsOf: "2024",
				Evidence: say(b + " phụ trách " + name + ".")})
		}
	}
	return hoigraph.Document{
		Source: hoigraph.Source{File: file, Title: "Phân công phụ trách các hội " + area, Date: "2024-06-01", Hash: file, Kind: "article"},
		Facts:  facts,
	}
}
