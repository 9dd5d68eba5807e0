package extract

import "testing"

// TestListConstructions: posts shared by a list of names, and the body a
// post written without one belongs to, as congress reports and personnel
// notices write them; each case is a short article composed for the test.
// Facts are written as in TestConstructions.
func TestListConstructions(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name: "a bare Hội paragraphs after the association was named only after a post",
			text: "Kết quả bầu cử ở tỉnh Nam Định\n\nÔng Nguyễn Văn Khải được bầu làm Chủ tịch Hội Cựu giáo chức tỉnh Nam Định khóa IV.\n\nCác ông: Phạm Văn Lộc, Trần Văn Định được bầu là Phó Chủ tịch Hội khóa IV.",
			want: []string{"holds|Nguyễn Văn Khải|Chủ tịch|Hội Cựu giáo chức tỉnh Nam Định",
				"holds|Phạm Văn Lộc|Phó Chủ tịch|Hội Cựu giáo chức tỉnh Nam Định", "holds|Trần Văn Định|Phó Chủ tịch|Hội Cựu giáo chức tỉnh Nam Định"},
		},
	})
}
