package extract

import "testing"

// TestDelegationPosts: the posts of delegations, working groups, steering
// boards and congress sub-committees (branch x11grp2), in sentences written
// for the test. A leader's or deputy's post written in a list of the
// person's posts names its group; "do A làm Trưởng Tiểu ban" is a post of
// the sub-committee before "do", not of another named in the sentence; a
// working group named once with its kind written out is the one a later
// bare "Tổ công tác" means; a national steering board takes no place of
// the article's.
func TestDelegationPosts(t *testing.T) {
	checkConstructionsBy(t, newExtractor(t, loadGazetteer(t)), []construction{
		{
			name: "a leader's and a deputy's post in a numbered delegation, written among their other posts, give holds in it",
			text: "Tỉnh ủy Bắc Kạn kiểm tra\n\nNgày 3/4, ông Lê Văn An, Phó Bí thư Tỉnh ủy, Trưởng đoàn kiểm tra số 3 của Tỉnh ủy Bắc Kạn, đã làm việc với Ban Thường vụ Huyện ủy Ba Bể. Bà Hà Thị Mai, Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng Đoàn kiểm tra số 3 phát biểu ý kiến.",
			want: []string{"holds|Lê Văn An|Phó Bí thư|Tỉnh ủy Bắc Kạn", "holds|Lê Văn An|Trưởng đoàn|Đoàn kiểm tra số 3 của Tỉnh ủy Bắc Kạn",
				"holds|Hà Thị Mai|Trưởng ban|Ban Dân vận Tỉnh ủy Bắc Kạn", "holds|Hà Thị Mai|Phó trưởng đoàn|Đoàn kiểm tra số 3 của Tỉnh ủy Bắc Kạn"},
			absent: []string{"holds|Hà Thị Mai|Trưởng đoàn|*", "holds|Lê Văn An|Phó trưởng đoàn|*"},
		},
		{
			name:   "a delegation numbered with four digits after \"số\", of two bodies joined by a comma, its leader after \"do\" with a long list of posts",
			text:   "Bộ Chính trị kiểm tra Thái Nguyên\n\nChiều 9/3, Đoàn kiểm tra số 2031 của Bộ Chính trị, Ban Bí thư do ông Phạm Quang Vinh, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIV, Trưởng ban Ban Chỉ đạo Trung ương về cải cách tư pháp làm Trưởng đoàn đã công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy Thái Nguyên.",
			want:   []string{"holds|Phạm Quang Vinh|Trưởng đoàn|Đoàn kiểm tra số 2031 của Bộ Chính trị", "resp|Đoàn kiểm tra số 2031 của Bộ Chính trị|Ban Thường vụ Tỉnh ủy Thái Nguyên"},
			absent: []string{"holds|Phạm Quang Vinh|Trưởng đoàn|Đoàn kiểm tra số 2031 của Bộ Chính trị, Ban Bí thư"},
		},
		{
			name: "three sub-committees each \"do A làm Trưởng Tiểu ban\": each head is of the sub-committee before his \"do\"; one the rules cannot read gets no guess",
			text: "Đảng bộ tỉnh Bắc Kạn chuẩn bị đại hội\n\nBan Chấp hành Đảng bộ tỉnh quyết định lập 3 tiểu ban gồm: Tiểu ban Văn kiện do Bí thư Tỉnh ủy Lê Minh Tâm làm Trưởng Tiểu ban; Tiểu ban Nhân sự do Phó Bí thư Tỉnh ủy Hà Văn Bảy làm Trưởng Tiểu ban và Tiểu ban Tổ chức phục vụ Đại hội do Trưởng Ban Tổ chức Tỉnh ủy Lý Thị Na làm Trưởng Tiểu ban.",
			want: []string{"holds|Lê Minh Tâm|Trưởng Tiểu ban|Tiểu ban Văn kiện tỉnh Bắc Kạn", "holds|Hà Văn Bảy|Trưởng Tiểu ban|Tiểu ban Nhân sự tỉnh Bắc Kạn",
				"holds|Lý Thị Na|Trưởng ban|Ban Tổ chức Tỉnh ủy Bắc Kạn"},
			absent: []string{"holds|Lê Minh Tâm|Trưởng Tiểu ban|Tiểu ban Nhân sự*", "holds|Lý Thị Na|Trưởng Tiểu ban|Tiểu ban Nhân sự*"},
		},
		{
			name:   "the head of a sub-committee written among a person's posts (\"…, Trưởng Tiểu ban chủ trì\") is of the sub-committee the article named",
			text:   "Tiểu ban Văn kiện họp\n\nChiều 3/5, Tiểu ban Văn kiện Đại hội Đảng bộ tỉnh Cao Bằng họp phiên thứ hai. Ông Đàm Văn Hữu, Bí thư Tỉnh ủy, Trưởng Tiểu ban chủ trì cuộc họp.",
			want:   []string{"holds|Đàm Văn Hữu|Bí thư|Tỉnh ủy Cao Bằng", "holds|Đàm Văn Hữu|Trưởng Tiểu ban|Tiểu ban Văn kiện Đại hội Đảng bộ tỉnh Cao Bằng"},
			absent: []string{"holds|Đàm Văn Hữu|Trưởng ban|*"},
		},
		{
			name: "a working group named with its kind written out, then \"Thành phần Tổ công tác gồm:\" two paragraphs on, each member \"posts Name - Tổ trưởng\"",
			text: "Thủ tướng lập tổ công tác\n\nThủ tướng vừa ký quyết định thành lập Tổ công tác đặc biệt của Chính phủ về tháo gỡ vướng mắc cho các dự án.\n\nTổ có nhiệm vụ rà soát, đề xuất giải pháp trong ba tháng.\n\nThành phần Tổ công tác bao gồm: Thứ trưởng Bộ Xây dựng Ngô Văn Quý - Tổ trưởng; Thứ trưởng Bộ Tài chính Đào Minh Sơn - Tổ phó.",
			want: []string{"holds|Ngô Văn Quý|Thứ trưởng|Bộ Xây dựng", "holds|Ngô Văn Quý|Tổ trưởng|Tổ công tác đặc biệt*",
				"holds|Đào Minh Sơn|Tổ phó|Tổ công tác đặc biệt*"},
		},
		{
			name:   "two working groups of two kinds of Tổ công tác named before: a bare \"Tổ công tác\" is neither's",
			text:   "Thủ tướng lập tổ công tác\n\nThủ tướng thành lập Tổ công tác đặc biệt của Chính phủ và Tổ công tác liên ngành của Bộ Xây dựng.\n\nThành phần Tổ công tác bao gồm: Thứ trưởng Bộ Xây dựng Ngô Văn Quý - Tổ trưởng.",
			want:   []string{"holds|Ngô Văn Quý|Thứ trưởng|Bộ Xây dựng", "org|Tổ công tác liên ngành Bộ Xây dựng"},
			absent: []string{"holds|Ngô Văn Quý|Tổ trưởng|*"},
		},
		{
			name:   "a national steering board (\"quốc gia\" in its name) named in an article from a city takes no place; a local one does",
			text:   "TP.HCM chống dịch\n\nTại TP.HCM, Phó Thủ tướng Lê Văn Nhân, Trưởng Ban Chỉ đạo quốc gia phòng, chống thiên tai đã làm việc với Ban Chỉ đạo phòng, chống thiên tai thành phố.",
			want:   []string{"holds|Lê Văn Nhân|Trưởng ban|Ban Chỉ đạo quốc gia phòng, chống thiên tai"},
			absent: []string{"org|Ban Chỉ đạo quốc gia phòng, chống thiên tai Thành phố Hồ Chí Minh*", "holds|Lê Văn Nhân|Trưởng ban|Ban Chỉ đạo quốc gia phòng, chống thiên tai Thành phố*"},
		},
		{
			name: "a steering board named after a list of fields (\"khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số\") keeps the whole list in its name; its heads' posts are in it",
			text: "Tỉnh Bắc Kạn lập ban chỉ đạo\n\nUBND tỉnh thành lập Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Bắc Kạn gồm 15 thành viên, trong đó: ông Lê Minh Tâm - Bí thư Tỉnh ủy làm Trưởng Ban Chỉ đạo; ông Hà Văn Bảy - Chủ tịch UBND tỉnh làm Phó Trưởng Ban Chỉ đạo.",
			want: []string{"holds|Lê Minh Tâm|Trưởng ban|Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Bắc Kạn",
				"holds|Hà Văn Bảy|Phó Trưởng ban|Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Bắc Kạn"},
			absent: []string{"org|Ban Chỉ đạo về phát triển khoa học tỉnh Bắc Kạn"},
		},
		{
			name:   "a comma after a board's task followed by other bodies is a list of bodies, not of fields",
			text:   "Tỉnh Bắc Kạn họp\n\nBan Chỉ đạo chuyển đổi số, Hội Nông dân và Hội Cựu chiến binh tỉnh Bắc Kạn đã họp bàn kế hoạch năm 2025.",
			want:   []string{"org|Ban Chỉ đạo chuyển đổi số tỉnh Bắc Kạn", "org|Hội Nông dân tỉnh Bắc Kạn", "org|Hội Cựu chiến binh tỉnh Bắc Kạn"},
			absent: []string{"org|Ban Chỉ đạo chuyển đổi số, Hội*"},
		},
		{
			name: "the head of the Government Inspectorate and the inspection delegation it leads",
			text: "Thanh tra Chính phủ thanh tra\n\nSáng 2/6, Tổng Thanh tra Chính phủ Đoàn Hồng Nhung đã dự buổi công bố quyết định thanh tra. Đoàn thanh tra của Thanh tra Chính phủ do ông Vũ Minh Khang làm Trưởng đoàn tiến hành thanh tra việc quản lý đất đai tại UBND tỉnh Lào Cai.",
			want: []string{"holds|Đoàn Hồng Nhung|Tổng Thanh tra|Thanh tra Chính phủ", "holds|Vũ Minh Khang|Trưởng đoàn|Đoàn thanh tra của Thanh tra Chính phủ", "resp|Đoàn thanh tra của Thanh tra Chính phủ|UBND tỉnh Lào Cai"},
		},
		{
			name:   "\"Trưởng đoàn 12 người\" among a person's posts counts a delegation's members: no numbered delegation is made up",
			text:   "Hội Nông dân tỉnh Hòa Bình\n\nÔng Bùi Văn Tám, Chủ tịch Hội Nông dân tỉnh Hòa Bình, Trưởng đoàn 12 người của tỉnh, đã dự đại hội. Bà Lò Thị Hoa, Phó Chủ tịch Hội, Trưởng Đoàn 15 đại biểu dự đại hội toàn quốc.",
			want:   []string{"holds|Bùi Văn Tám|Chủ tịch|Hội Nông dân tỉnh Hòa Bình", "holds|Lò Thị Hoa|Phó Chủ tịch|Hội Nông dân tỉnh Hòa Bình"},
			absent: []string{"holds|Bùi Văn Tám|Trưởng đoàn|*", "holds|Lò Thị Hoa|Trưởng đoàn|*", "org|Đoàn công tác số*"},
		},
	}, byFields)
}
