package extract

import "testing"

// TestPostConstructions: the ways real articles write who holds which post,
// each in a short article composed for the test (people.go, titles.tsv,
// phrases.tsv, surnames.tsv). Facts are written as in TestConstructions.
func TestPostConstructions(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	tests := []struct {
		name         string
		text         string
		want, absent []string
	}{
		{
			name:   "a caption's place before the name: one the article names, or one the gazetteer knows",
			text:   "Huyện Kỳ Sơn tổng kết công tác dân vận\n\nHội nghị diễn ra tại huyện Kỳ Sơn. Bí thư Huyện ủy Kỳ Sơn Lê Thị Ngọc Hân phát biểu. Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Thành ủy Hà Nội Đỗ Văn Hùng dự.",
			want:   []string{"holds|Lê Thị Ngọc Hân|Bí thư|Huyện ủy Kỳ Sơn", "holds|Đỗ Văn Hùng|Bí thư|Thành ủy Hà Nội", "holds|Đỗ Văn Hùng|Ủy viên|Ban Chấp hành Trung ương Đảng"},
			absent: []string{"holds|Kỳ Sơn Lê", "holds|Hà Nội Đỗ"},
		},
		{
			name:   "a double family name is still one name",
			text:   "Tỉnh ủy Bến Tre công bố quyết định\n\nÔng Trần Nguyễn Minh Khoa, Phó Trưởng Ban Tổ chức Tỉnh ủy Bến Tre nhận quyết định.",
			want:   []string{"holds|Trần Nguyễn Minh Khoa|Phó Trưởng ban|Ban Tổ chức Tỉnh ủy Bến Tre"},
			absent: []string{"holds|Minh Khoa"},
		},
		{
			name: "family names of the highland and northern peoples",
			text: "Tỉnh Cao Bằng tổng kết công tác Mặt trận\n\nDự hội nghị có ông Bế Văn Hải, Phó Chủ tịch Ủy ban MTTQ tỉnh Cao Bằng; ông Đồng Văn Tư, Ủy viên Ban Thường vụ Tỉnh ủy Cao Bằng; bà Ma Thị Lụa, Chủ tịch Hội Nông dân tỉnh Cao Bằng.",
			want: []string{"holds|Bế Văn Hải|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Cao Bằng", "holds|Đồng Văn Tư|Ủy viên|Ban Thường vụ Tỉnh ủy Cao Bằng",
				"holds|Ma Thị Lụa|Chủ tịch|Hội Nông dân tỉnh Cao Bằng"},
			absent: []string{"holds|Văn Tư"},
		},
		{
			name:   "a career told after từng là: no post is held now",
			text:   "Tỉnh ủy Hà Nam có tân Phó Bí thư\n\nÔng Trần Văn Nam được bầu làm Phó Bí thư Tỉnh ủy Hà Nam. Ông Nam từng là Bí thư Thị ủy Duy Tiên, Giám đốc Sở Tài chính tỉnh Hà Nam, Chủ tịch UBND huyện Kim Bảng.",
			want:   []string{"holds|Trần Văn Nam|Phó Bí thư|Tỉnh ủy Hà Nam"},
			absent: []string{"holds|Duy Tiên", "holds|Trần Văn Nam|Giám đốc", "holds|Trần Văn Nam|Chủ tịch"},
		},
		{
			name: "central posts: the body a title implies, written or not",
			text: "Đại hội Hội Khuyến học Việt Nam\n\nĐại hội đón nhận lẵng hoa của Tổng Bí thư Nguyễn Văn Khải, Thủ tướng Chính phủ Lê Văn Tâm. Phó Thủ tướng Hoàng Thị Thu phát biểu.",
			want: []string{"holds|Nguyễn Văn Khải|Tổng Bí thư|Ban Chấp hành Trung ương Đảng", "holds|Lê Văn Tâm|Thủ tướng|Chính phủ",
				"holds|Hoàng Thị Thu|Phó Thủ tướng|Chính phủ"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertFacts(t, x, tt.text, tt.want, tt.absent) })
	}
}
