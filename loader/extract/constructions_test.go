package extract

import (
	"strings"
	"testing"

	"hoigraph"
)

// TestConstructions: each way the articles state a post or a
// responsibility, in a short article of its own. want lists facts that must
// be there, absent facts that must not; a fact is written
// "holds|person|post|org", "resp|subject|object" or "org|name|type".
func TestConstructions(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{
			name: "list after gồm các đồng chí",
			text: "Quận ủy quận Bình Thạnh làm việc với Hội Cựu chiến binh\n\nSáng 5/3, Thường trực Quận ủy quận Bình Thạnh gồm các đồng chí: Đặng Văn Khoa, Bí thư Quận ủy; Trần Thị Ngọc Hà, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận đã làm việc với Hội Cựu chiến binh quận.",
			want: []string{"holds|Đặng Văn Khoa|Bí thư|Quận ủy Bình Thạnh", "holds|Trần Thị Ngọc Hà|Phó Bí thư Thường trực|Quận ủy Bình Thạnh",
				"holds|Trần Thị Ngọc Hà|Chủ tịch|HĐND quận Bình Thạnh", "org|Hội Cựu chiến binh quận Bình Thạnh|socio_political", "org|Thường trực Quận ủy Bình Thạnh|party_board"},
		},
		{
			name: "dash form and a post of a board without its committee",
			text: "Hội nghị tại xã Cẩm Bình, huyện Cẩm Xuyên\n\nĐồng chí Lê Văn Hòa - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên - phát biểu tại hội nghị.",
			want: []string{"holds|Lê Văn Hòa|Ủy viên|Ban Thường vụ Huyện ủy Cẩm Xuyên", "holds|Lê Văn Hòa|Trưởng ban|Ban Dân vận Huyện ủy Cẩm Xuyên"},
		},
		{
			name: "apposition, two posts without a separator",
			text: "Quận Gò Vấp tổng kết công tác năm\n\nPhó Bí thư Quận ủy Chủ tịch UBND quận Gò Vấp Nguyễn Văn Minh phát biểu kết luận hội nghị.",
			want: []string{"holds|Nguyễn Văn Minh|Phó Bí thư|Quận ủy Gò Vấp", "holds|Nguyễn Văn Minh|Chủ tịch|UBND quận Gò Vấp"},
		},
		{
			name: "Tỉnh ủy viên is Ủy viên of the Tỉnh ủy",
			text: "Huyện Lấp Vò sơ kết công tác dân vận\n\nChủ trì hội nghị có đồng chí Nguyễn Thanh Tùng, Tỉnh ủy viên, Bí thư Huyện ủy Lấp Vò.",
			want: []string{"holds|Nguyễn Thanh Tùng|Ủy viên|Tỉnh ủy Đồng Tháp", "holds|Nguyễn Thanh Tùng|Bí thư|Huyện ủy Lấp Vò"},
		},
		{
			name:   "a byline is not a post",
			text:   "Hội Khuyến học phường Tân Giang tổng kết năm học\n\nHội Khuyến học phường Tân Giang, thành phố Hà Tĩnh đã trao 50 suất học bổng.\n\nNguyễn Văn Bình",
			want:   []string{"org|Hội Khuyến học phường Tân Giang|association"},
			absent: []string{"holds|Nguyễn Văn Bình"},
		},
		{
			name: "responsibility list with ; , and và, bare boards of the article's committee",
			text: "Quận 10 phân công theo dõi các hội quần chúng\n\nQuận ủy Quận 10 phân công như sau: Ban Dân vận phụ trách Hội Chữ thập đỏ, Hội Luật gia và Hội Đông y; Ban Tổ chức Quận ủy phụ trách Câu lạc bộ Hưu trí.",
			want: []string{"resp|Ban Dân vận Quận ủy Quận 10|Hội Chữ thập đỏ Quận 10", "resp|Ban Dân vận Quận ủy Quận 10|Hội Luật gia Quận 10",
				"resp|Ban Dân vận Quận ủy Quận 10|Hội Đông y Quận 10", "resp|Ban Tổ chức Quận ủy Quận 10|Câu lạc bộ Hưu trí Quận 10"},
		},
		{
			name: "chịu trách nhiệm lãnh đạo chính trị đối với",
			text: "Huyện Củ Chi triển khai Chỉ thị 17-CT/TW\n\nĐảng ủy Cơ quan chính quyền huyện Củ Chi chịu trách nhiệm lãnh đạo chính trị đối với Hội Doanh nghiệp huyện.",
			want: []string{"resp|Đảng ủy cơ quan chính quyền huyện Củ Chi|Hội Doanh nghiệp huyện Củ Chi"},
		},
		{
			name: "a person in charge of wards",
			text: "Quận Hải Châu phân công Ủy viên Ban Thường vụ\n\nĐồng chí Lê Thị Lan, Phó Bí thư Quận ủy, phụ trách các phường Thạch Thang và Hải Châu.",
			want: []string{"resp|Lê Thị Lan|phường Thạch Thang", "resp|Lê Thị Lan|phường Hải Châu", "holds|Lê Thị Lan|Phó Bí thư|Quận ủy Hải Châu"},
		},
		{
			name: "a delegation at a ward",
			text: "Thị xã Hồng Lĩnh sơ kết Chỉ thị 20-CT/ThU\n\nĐồng chí Trần Thị Mai - Phó trưởng đoàn chỉ đạo BTV Thị ủy tại phường Đức Thuận phát biểu.",
			want: []string{"resp|Đoàn chỉ đạo Ban Thường vụ Thị ủy Hồng Lĩnh tại phường Đức Thuận|phường Đức Thuận", "resp|Trần Thị Mai|phường Đức Thuận"},
		},
		{
			name: "a congress elects a board and its chair",
			text: "Đại hội Hội Nông dân xã Quang Vĩnh, huyện Đức Thọ\n\nĐại hội đã bầu Ban Chấp hành Hội Nông dân xã Quang Vĩnh gồm 9 đồng chí. Ban Chấp hành đã bầu ông Phan Văn Tâm làm Chủ tịch và bà Hồ Thị Lý làm Phó Chủ tịch Hội.",
			want: []string{"holds|Phan Văn Tâm|Chủ tịch|Hội Nông dân xã Quang Vĩnh", "holds|Hồ Thị Lý|Phó Chủ tịch|Hội Nông dân xã Quang Vĩnh"},
		},
		{
			name: "appointed, and leaving a post",
			text: "Huyện Đức Thọ công bố quyết định về cán bộ\n\nĐồng chí Võ Văn Sơn, Phó Trưởng Ban Tổ chức Huyện ủy Đức Thọ được bổ nhiệm giữ chức Trưởng Ban Tổ chức Huyện ủy. Đồng chí Đào Thị Hạnh thôi giữ chức Chủ tịch Hội Liên hiệp Phụ nữ huyện Đức Thọ.",
			want: []string{"holds|Võ Văn Sơn|Phó Trưởng ban|Ban Tổ chức Huyện ủy Đức Thọ", "holds|Võ Văn Sơn|Trưởng ban|Ban Tổ chức Huyện ủy Đức Thọ",
				"holds|Đào Thị Hạnh|Chủ tịch|Hội Liên hiệp Phụ nữ huyện Đức Thọ"},
		},
		{
			name: "a special zone (đặc khu), lower-cased as a word, not a byte",
			text: "Đặc khu Phú Quốc làm việc với các hội quần chúng\n\nChiều 15/11, Ban Thường vụ Đảng ủy đặc khu Phú Quốc (tỉnh An Giang) làm việc với Ủy ban MTTQ Việt Nam đặc khu.",
			want: []string{"org|Ban Thường vụ Đảng ủy đặc khu Phú Quốc|party_board", "org|Ủy ban Mặt trận Tổ quốc đặc khu Phú Quốc|front"},
		},
		{
			name:   "bodies in general are not bodies",
			text:   "Quận 3 tổng kết công tác hội\n\nCác Hội quần chúng và các Đảng ủy phường của Quận 3 đã kiện toàn Ban chấp hành Hội.",
			absent: []string{"org|Hội quần chúng", "org|Đảng ủy", "org|Ban Chấp hành"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := x.Extract("case.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range doc.Facts {
				switch f.Kind {
				case hoigraph.FactHolds:
					got = append(got, "holds|"+f.Person+"|"+f.Post+"|"+f.Org)
				case hoigraph.FactResponsibleFor:
					got = append(got, "resp|"+f.Subject+"|"+f.Object)
				case hoigraph.FactOrg:
					got = append(got, "org|"+f.Name+"|"+string(f.Type))
				}
			}
			has := func(prefix string) bool {
				for _, g := range got {
					if strings.HasPrefix(wordKey(g), wordKey(prefix)) {
						return true
					}
				}
				return false
			}
			for _, w := range tt.want {
				if !has(w) {
					t.Errorf("missing %s\ngot:\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, a := range tt.absent {
				if has(a) {
					t.Errorf("unexpected %s\ngot:\n%s", a, strings.Join(got, "\n"))
				}
			}
		})
	}
}
