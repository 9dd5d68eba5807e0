package extract

import (
	"path/filepath"
	"testing"

	"hoigraph"
)

// TestResponsibility: each construction of responsibility in a short
// article of its own, read with the default gazetteer (the official units)
// and without one. A fact is written
// "resp|subject|object", "holds|person|post|org" or "org|name|type"; want
// must be there, absent must not.
func TestResponsibility(t *testing.T) {
	tests := []construction{
		{
			name: "a numbered working group led by a person, in charge of communes",
			text: "Huyện ủy Tân Phước phân công tổ công tác\n\nBan Thường vụ Huyện ủy Tân Phước vừa thành lập 5 tổ công tác chỉ đạo đại hội chi bộ. Tổ 2 do ông Trần Văn Hải, Phó Bí thư Huyện ủy, làm tổ trưởng, phụ trách các xã Tân Hòa, Tân Bình và thị trấn Phú Mỹ.",
			want: []string{"resp|Tổ công tác số 2 của Ban Thường vụ Huyện ủy Tân Phước|xã Tân Hòa", "resp|Tổ công tác số 2 của Ban Thường vụ Huyện ủy Tân Phước|xã Tân Bình",
				"resp|Tổ công tác số 2 của Ban Thường vụ Huyện ủy Tân Phước|thị trấn Phú Mỹ", "resp|Trần Văn Hải|xã Tân Hòa",
				"holds|Trần Văn Hải|Tổ trưởng|Tổ công tác số 2 của Ban Thường vụ Huyện ủy Tân Phước", "org|Tổ công tác số 2 của Ban Thường vụ Huyện ủy Tân Phước|other"},
		},
		{
			name: "the leader before the group: làm Trưởng đoàn … số 02 gồm các xã",
			text: "Huyện Long Hồ kiểm tra công tác bầu cử\n\nHuyện Long Hồ thành lập các đoàn giám sát. Ông Lê Văn Nam, Chủ tịch UBND huyện làm Trưởng đoàn giám sát số 02 gồm các xã Phú Quới, Thạnh Quới và Hòa Phú; bà Võ Thị Thu làm Trưởng đoàn giám sát số 03 gồm các xã Lộc Hòa, Phước Hậu.",
			want: []string{"resp|Đoàn giám sát số 02 huyện Long Hồ|xã Phú Quới", "resp|Đoàn giám sát số 02 huyện Long Hồ|xã Hòa Phú",
				"resp|Lê Văn Nam|xã Thạnh Quới", "holds|Lê Văn Nam|Trưởng đoàn|Đoàn giám sát số 02 huyện Long Hồ",
				"resp|Đoàn giám sát số 03 huyện Long Hồ|xã Phước Hậu", "resp|Võ Thị Thu|xã Lộc Hòa"},
			absent: []string{"resp|Lê Văn Nam|xã Lộc Hòa", "resp|Võ Thị Thu|xã Phú Quới"},
		},
		{
			name: "post before the leader's name; wards listed in parentheses after their district",
			text: "Thành ủy Cần Thơ phân công tổ công tác\n\nThành ủy Cần Thơ thành lập 4 tổ công tác. Tổ 3 do Phó Bí thư Thành ủy Cần Thơ Nguyễn Văn Hòa làm tổ trưởng, chỉ đạo các phường, xã mới thành lập trên địa bàn quận Ninh Kiều (phường Tân An, phường Cái Khế) và huyện Phong Điền (xã Nhơn Ái).",
			want: []string{"resp|Nguyễn Văn Hòa|phường Tân An", "resp|Nguyễn Văn Hòa|phường Cái Khế", "resp|Nguyễn Văn Hòa|xã Nhơn Ái",
				"resp|Tổ công tác số 3 của Thành ủy Cần Thơ|phường Cái Khế"},
		},
		{
			name: "a list under a shared body: các Đảng bộ: UBND huyện, Công an huyện",
			text: "Huyện Đầm Dơi\n\nBan Thường vụ Huyện ủy Đầm Dơi thành lập 3 tổ công tác. Tổ 1 do ông Phan Văn Lực, Trưởng ban Tổ chức Huyện ủy, làm tổ trưởng, phụ trách các Đảng bộ: UBND huyện, Công an huyện và xã Tân Thuận. Tổ 2 do bà Trần Thị Lan, Trưởng ban Dân vận Huyện ủy, làm tổ trưởng, phụ trách các cơ quan Đảng huyện và các xã Tân Đức, Tân Trung.",
			want: []string{"resp|Tổ công tác số 1 của Ban Thường vụ Huyện ủy Đầm Dơi|Đảng bộ UBND huyện Đầm Dơi",
				"resp|Tổ công tác số 1 của Ban Thường vụ Huyện ủy Đầm Dơi|Đảng bộ Công an huyện Đầm Dơi",
				"resp|Tổ công tác số 1 của Ban Thường vụ Huyện ủy Đầm Dơi|xã Tân Thuận",
				"resp|Trần Thị Lan|Đảng bộ các cơ quan Đảng huyện Đầm Dơi", "resp|Trần Thị Lan|xã Tân Trung"},
		},
		{
			name: "a count of units and their list, numbers written without a space",
			text: "Đảng ủy phường Hòa Minh điều chỉnh chi bộ\n\nĐảng ủy phường Hòa Minh công bố quyết định. Chi bộ 4 lãnh đạo 3 tổ dân phố gồm: tổ 8,9 và 12. Quyết định điều chỉnh đối với chi bộ 11 trực thuộc Đảng bộ phường Hòa Minh, lãnh đạo từ 04 tổ dân phố còn 02 tổ dân phố gồm: Tổ dân phố 30 và 31.",
			want: []string{"resp|Chi bộ 4 phường Hòa Minh|Tổ dân phố 8", "resp|Chi bộ 4 phường Hòa Minh|Tổ dân phố 9", "resp|Chi bộ 4 phường Hòa Minh|Tổ dân phố 12",
				"resp|Chi bộ 11 phường Hòa Minh|Tổ dân phố 30", "resp|Chi bộ 11 phường Hòa Minh|Tổ dân phố 31"},
			absent: []string{"resp|Đảng bộ phường Hòa Minh|Tổ dân phố 30", "resp|Chi bộ 4 phường Hòa Minh|Tổ dân phố 3"},
		},
		{
			name: "assigned to run a body: phân công … điều hành hoạt động của",
			text: "Tỉnh ủy Quảng Nam phân công cán bộ\n\nBan Thường vụ Tỉnh ủy Quảng Nam quyết định phân công ông Phạm Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, điều hành hoạt động của Đảng bộ tỉnh Quảng Nam từ ngày 10/5/2023.",
			want: []string{"resp|Phạm Văn Bình|Đảng bộ tỉnh Quảng Nam", "holds|Phạm Văn Bình|Phó Bí thư Thường trực|Tỉnh ủy Quảng Nam"},
		},
		{
			name: "standing in for a post: được giao thực hiện nhiệm vụ Chủ tịch",
			text: "Huyện Tân Châu\n\nBà Ngô Thị Hoa, Phó Chủ tịch UBND huyện Tân Châu được giao thực hiện nhiệm vụ Chủ tịch UBND huyện Tân Châu.",
			want: []string{"resp|Ngô Thị Hoa|UBND huyện Tân Châu"},
		},
		{
			name: "two bodies after phụ trách, điều hành",
			text: "Thành ủy Đà Nẵng\n\nBan Thường vụ Thành ủy Đà Nẵng phân công đồng chí Lê Trung Kiên, Phó Chủ tịch Thường trực UBND thành phố Đà Nẵng phụ trách, điều hành hoạt động của Ban cán sự đảng UBND thành phố Đà Nẵng và UBND thành phố Đà Nẵng.",
			want: []string{"resp|Lê Trung Kiên|UBND thành phố Đà Nẵng", "resp|Lê Trung Kiên|Ban cán sự đảng UBND thành phố Đà Nẵng"},
		},
		{
			name: "the whole Party organisation: phụ trách toàn Đảng bộ",
			text: "Tỉnh ủy Long An phân công nhiệm vụ\n\nÔng Nguyễn Văn Được, Bí thư Tỉnh ủy Long An, được phân công phụ trách toàn Đảng bộ tỉnh Long An.",
			want: []string{"resp|Nguyễn Văn Được|Đảng bộ tỉnh Long An"},
		},
		{
			name:   "the place after a committee is not a person, though its first word is a family name",
			text:   "Thành ủy Hà Nội phân công nhiệm vụ\n\nTheo đó, ông Đinh Văn Hùng, Bí thư Thành ủy Hà Nội, được phân công phụ trách toàn Đảng bộ thành phố Hà Nội.",
			want:   []string{"resp|Đinh Văn Hùng|Đảng bộ thành phố Hà Nội"},
			absent: []string{"resp|Hà Nội"},
		},
		{
			name: "managed by the body after: chịu sự quản lý nhà nước của",
			text: "Hội Người cao tuổi xã Bình An ra mắt\n\nHội Người cao tuổi xã Bình An hoạt động theo Điều lệ, chịu sự quản lý nhà nước của UBND xã Bình An.",
			want: []string{"resp|UBND xã Bình An|Hội Người cao tuổi xã Bình An"},
		},
		{
			name:   "the responsibility that is only general direction, and a task that is not a body",
			text:   "Thành ủy Hà Tĩnh\n\nÔng Trần Tú Anh, Phó Bí thư Thành ủy Hà Tĩnh phụ trách xây dựng tổ chức cơ sở Đảng. Tổ dân phố 4 phối hợp với tổ 5 tổ chức ngày hội.",
			absent: []string{"resp|Trần Tú Anh", "org|Tổ công tác*"},
		},
		{
			name: "the leader named again in the next sentence; joined verbs; a list that goes on past semicolons",
			text: "Thành ủy Cần Thơ phân công tổ công tác\n\nThành ủy Cần Thơ thành lập 5 tổ công tác. Tổ 2, do ông Trần Quốc Trung, Phó Bí thư Thành ủy, làm Tổ trưởng. Ông Trung chịu trách nhiệm theo dõi, hướng dẫn và kiểm tra các đơn vị: Đảng ủy UBND thành phố Cần Thơ; các phường: An Bình, Hưng Phú; các xã: Phong Điền, Nhơn Ái.",
			want: []string{"holds|Trần Quốc Trung|Tổ trưởng|Tổ công tác số 2 của Thành ủy Cần Thơ", "resp|Trần Quốc Trung|Đảng ủy UBND thành phố Cần Thơ",
				"resp|Trần Quốc Trung|phường An Bình", "resp|Trần Quốc Trung|phường Hưng Phú", "resp|Trần Quốc Trung|xã Phong Điền", "resp|Trần Quốc Trung|xã Nhơn Ái"},
		},
		{
			name:   "a list cut off in a name is not a unit",
			text:   "Huyện Trần Văn Thời\n\nHuyện ủy Trần Văn Thời thành lập 2 tổ công tác. Tổ 2 do bà Lý Thị Bé, Phó Chủ tịch HĐND huyện, làm tổ trưởng, phụ trách các xã Khánh Hải, Khánh Bình, Đ",
			want:   []string{"resp|Lý Thị Bé|xã Khánh Hải"},
			absent: []string{"resp|Lý Thị Bé|xã Đ"},
		},
	}
	for _, setting := range []struct {
		name string
		x    *Extractor
	}{{"no-gazetteer", newExtractor(t, nil)}, {"default", newExtractor(t, loadGazetteer(t))}} {
		t.Run(setting.name, func(t *testing.T) { checkConstructionsBy(t, setting.x, tests, byFields) })
	}
}

// TestResponsibilityProvenance: every responsibility says which
// construction it was read from and how sure the extractor is, and a date
// the sentence gives is when it starts.
func TestResponsibilityProvenance(t *testing.T) {
	x := newExtractor(t, nil)
	text := "Tỉnh ủy Quảng Nam phân công cán bộ\nThứ Sáu, ngày 12 tháng 5 năm 2023\n\nBan Thường vụ Tỉnh ủy Quảng Nam quyết định phân công ông Phạm Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, điều hành hoạt động của Đảng bộ tỉnh Quảng Nam từ ngày 10/5/2023. Tổ 1 do ông Lê Văn Tám, Trưởng ban Dân vận Tỉnh ủy, làm tổ trưởng, phụ trách các xã Tam Kỳ, Tam Xuân."
	doc, err := x.Extract("case.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]bool{}
	n := 0
	for _, f := range doc.Facts {
		if f.Kind != hoigraph.FactResponsibleFor {
			continue
		}
		n++
		if f.Rule == "" || f.Confidence <= 0 || f.Confidence > 1 {
			t.Errorf("%s → %s: rule %q, confidence %v", f.Subject, f.Object, f.Rule, f.Confidence)
		}
		rules[f.Rule] = true
		if f.Subject == "Phạm Văn Bình" && (f.Since != "2023-05-10" || f.AsOf != "2023-05-12") {
			t.Errorf("since %q as of %q, want since 2023-05-10 as of 2023-05-12", f.Since, f.AsOf)
		}
	}
	if n < 5 || !rules["verb"] || !rules["working-group"] || !rules["working-group-leader"] {
		t.Errorf("%d responsibilities from rules %v; want the verb and both working-group rules", n, rules)
	}
}

// TestArticleDate: the ways portals date an article, in lines composed
// for the test.
func TestArticleDate(t *testing.T) {
	x := newExtractor(t, nil)
	for _, tt := range []struct{ text, want string }{
		{"Thứ Sáu, ngày 29 tháng 3 năm 2024\nHội Nông dân xã Tân Phú tổng kết năm", "2024-03-29"},
		{"Hội Cựu chiến binh xã An Bình đại hội\n\nNgày 14-04-2021 - Lượt xem: 38\n\nSáng nay, đại hội đã diễn ra.", "2021-04-14"},
		{"Lễ ra mắt chi bộ mới\nĐăng ngày 03-08-2022 08:55\n\nSáng ngày 03/8/2022, Đảng ủy phường tổ chức lễ.", "2022-08-03"},
		{"Ngày đăng 07/05/2024 | 08:34 | View count: 106\n\nTổ công tác đã làm việc.", "2024-05-07"},
		{" date 2025-06 Ngày 11.6, Thành ủy ban hành thông báo phân công.", "2025-06-11"},
		{" date 2024-04 TPO - Ban Thường vụ Thành ủy phân công cán bộ.\n\nNgày 19/4, Ban Thường vụ tổ chức lễ.", "2024-04-19"},
		{" date 2025-10-02 Ngày 30/9, hội nghị diễn ra.", "2025-10-02"},
		{" date 2024-04 Ban Thường vụ phân công cán bộ trong tháng.", "2024-04"},
		{"Hội nghị tổng kết\n\nNgày 32/13/2020 không là một ngày.", ""},
	} {
		doc, err := x.Extract("case.txt", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Source.Date != tt.want {
			t.Errorf("%q: date %q, want %q", tt.text, doc.Source.Date, tt.want)
		}
	}
}

// TestRealResponsibility holds responsibility on the real articles of
// ../shared/eval/real (read at test time) to what the extractor reaches,
// with the settings of a fresh clone (the official units) and without a
// gazetteer.
func TestRealResponsibility(t *testing.T) {
	real := filepath.Join(shared, "eval", "real")
	for _, setting := range []struct {
		name string
		x    *Extractor
		min  float64
	}{{"no-gazetteer", newExtractor(t, nil), 0.975}, {"default", newExtractor(t, loadGazetteer(t)), 0.99}} {
		t.Run(setting.name, func(t *testing.T) {
			s := score(t, filepath.Join(real, "gold"), extractDir(t, setting.x, filepath.Join(real, "corpus")))
			t.Logf("%+v", s["responsible_for"])
			if got := s["responsible_for"].F1; got < setting.min {
				t.Errorf("responsible_for F1 %.3f on ../shared/eval/real, below %.2f", got, setting.min)
			}
		})
	}
}
