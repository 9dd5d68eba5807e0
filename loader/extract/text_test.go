package extract

import (
	"strings"
	"testing"
)

// TestSplitPosts: a word joined by a hyphen without spaces is split where
// a post of titles.tsv begins after the hyphen, whichever post it is, and
// stays one word where none does. want lists the tokens' texts, parted by
// spaces.
func TestSplitPosts(t *testing.T) {
	x := newExtractor(t, nil)
	tests := []struct {
		name, text, want string
	}{
		{"a post of a committee", "Đ/c Lê Văn An-Chủ tịch Hội Nông dân xã", "Đ/c Lê Văn An - Chủ tịch Hội Nông dân xã"},
		{"a post of a ministry", "Ông Trần Văn Bình-Bộ trưởng Bộ Tài chính dự.", "Ông Trần Văn Bình - Bộ trưởng Bộ Tài chính dự ."},
		{"a school's head", "Cô Đỗ Thị Lan-Hiệu trưởng Trường Tiểu học Kim Đồng", "Cô Đỗ Thị Lan - Hiệu trưởng Trường Tiểu học Kim Đồng"},
		{"a member of the provincial committee, named by the committee", "Ông Lê Văn Hòa-Tỉnh ủy viên, Bí thư Huyện ủy", "Ông Lê Văn Hòa - Tỉnh ủy viên , Bí thư Huyện ủy"},
		{"the older tone placement", "Bà Vi Thị Hạnh-Uỷ viên Ban Thường vụ", "Bà Vi Thị Hạnh - Uỷ viên Ban Thường vụ"},
		{"two posts, each joined so", "Ông Phạm Văn Tâm-Phó Bí thư-Chủ tịch UBND xã", "Ông Phạm Văn Tâm - Phó Bí thư - Chủ tịch UBND xã"},
		{"a place joined by a hyphen stays one word", "tỉnh Bà Rịa-Vũng Tàu", "tỉnh Bà Rịa-Vũng Tàu"},
		{"a word that begins a post, but no post follows", "em Nguyễn Ngọc Anh-Thư đạt giải nhất", "em Nguyễn Ngọc Anh-Thư đạt giải nhất"},
		{"a post in lower case after the hyphen is not read so", "Lê Văn An-chủ tịch", "Lê Văn An-chủ tịch"},
		{"an abbreviated post splits in tokenize itself", "Trần Văn Bình-UVTV, Chủ tịch", "Trần Văn Bình - UVTV , Chủ tịch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const base = 7 // offsets are in the document, past where the text starts
			toks := x.rules.words(tt.text, base)
			var got []string
			for _, tok := range toks {
				got = append(got, tok.text)
				if tt.text[tok.start-base:tok.end-base] != tok.text {
					t.Errorf("token %q at %d–%d points at %q", tok.text, tok.start, tok.end, tt.text[tok.start-base:tok.end-base])
				}
				if tok.word && tok.key != wordKey(tok.text) {
					t.Errorf("token %q has key %q", tok.text, tok.key)
				}
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("tokens\n%s\nwant\n%s", g, tt.want)
			}
		})
	}
}

// TestSplitPostsFacts: a post that only titles.tsv names (the old list of
// post words lacked it), joined to the name by a hyphen, is read as the
// post of that person.
func TestSplitPostsFacts(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name:   "Chỉ huy trưởng and Chi hội trưởng joined to the names",
			text:   "Hội Khuyến học xã Tân Phong tổng kết năm học\n\nÔng Vũ Văn Nam-Chỉ huy trưởng Ban Chỉ huy Quân sự xã Tân Phong phát biểu. Ông Lê Văn Hòa-Chi hội trưởng Chi hội Khuyến học thôn 2 nhận giấy khen.",
			want:   []string{"holds|Vũ Văn Nam|Chỉ huy trưởng|Ban Chỉ huy Quân sự xã Tân Phong", "holds|Lê Văn Hòa|Chi hội trưởng|Chi hội Khuyến học Thôn 2 xã Tân Phong"},
			absent: []string{"person|Vũ Văn Nam-Chỉ", "person|Lê Văn Hòa-Chi"},
		},
	})
}
