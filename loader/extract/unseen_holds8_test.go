package extract

import "testing"

// TestUnseenHolds8: ways of writing who holds which post that the rules
// missed on real articles they were not developed on (branch x8holds),
// each in sentences written for the test. Facts as in TestConstructions.
func TestUnseenHolds8(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), unseenHolds8)
}

var unseenHolds8 = []construction{
	{
		name: "giữ nhiệm vụ, đảm nhận nhiệm vụ before the new post; not a task that is no post",
		text: "Công bố quyết định về công tác cán bộ\n\nÔng Nguyễn Văn Hùng, Phó Bí thư Thành ủy Hà Nội, được điều động, phân công giữ nhiệm vụ Trưởng Ban Tuyên giáo và Dân vận Trung ương. Bà Lê Thị Mai được phân công giữ nhiệm vụ Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn. Ông Trần Văn Long đảm nhận nhiệm vụ Chủ tịch Hội Nông dân tỉnh Bắc Kạn. Ông Hà Văn Tư tiếp tục giữ nhiệm vụ quan trọng trong công tác đối ngoại.",
		want: []string{"holds|Nguyễn Văn Hùng|Trưởng ban|Ban Tuyên giáo và Dân vận Trung ương", "holds|Nguyễn Văn Hùng|Phó Bí thư|Thành ủy Hà Nội",
			"holds|Lê Thị Mai|Phó Chủ tịch|Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn", "holds|Trần Văn Long|Chủ tịch|Hội Nông dân tỉnh Bắc Kạn"},
		absent: []string{"holds|Hà Văn Tư"},
	},
	{
		name: "a place that has posts written without their body: its Party committee's secretaries, not a post of some other body",
		text: "Công bố quyết định về công tác cán bộ\n\nÔng Hà Văn Lâm, Bí thư Tỉnh ủy Cao Bằng, giữ chức Bí thư Tỉnh ủy Bắc Kạn nhiệm kỳ 2025 - 2030.\n\nHiện Bắc Kạn có 3 Phó Bí thư, gồm: Lê Văn An, Chủ tịch UBND tỉnh; Trần Thị Bình; Hoàng Văn Cường.\n\nXã Tân Phong, huyện Kim Sơn hiện có 2 Phó Bí thư là ông Đỗ Văn Hiếu và bà Vũ Thị Loan. Xã Tân Phong có 2 Phó Chủ tịch là ông Lê Văn Nam và ông Phan Văn Ơn.",
		want: []string{"holds|Lê Văn An|Phó Bí thư|Tỉnh ủy Bắc Kạn", "holds|Trần Thị Bình|Phó Bí thư|Tỉnh ủy Bắc Kạn",
			"holds|Hoàng Văn Cường|Phó Bí thư|Tỉnh ủy Bắc Kạn", "holds|Đỗ Văn Hiếu|Phó Bí thư|Đảng ủy xã Tân Phong", "holds|Vũ Thị Loan|Phó Bí thư|Đảng ủy xã Tân Phong"},
		absent: []string{"holds|Lê Văn An|Phó Bí thư|Tỉnh ủy Cao Bằng", "holds|Lê Văn Nam", "holds|Phan Văn Ơn"},
	},
	{
		name: "Trung ương written TW or T.Ư, Quốc hội written QH: national bodies, not the place of the article",
		text: "Hội nghị tổng kết tại Hà Nội\n\nDự có ông Trần Văn Tú, Bí thư T.Ư Đảng, Trưởng ban Tổ chức T.Ư; ông Lê Văn Hà, Phó Bí thư Đảng ủy Quân sự T.Ư; ông Hồ Văn Nam, Ủy viên T.Ư Đảng, Phó Chủ tịch QH; ông Đinh Văn Sơn - Uỷ viên BCH TW Đảng, Bí thư Tỉnh ủy Ninh Bình; ông Phạm Văn Đức, Ủy viên Đảng ủy Công an Trung ương.",
		want: []string{"holds|Trần Văn Tú|Bí thư|Ban Bí thư", "holds|Trần Văn Tú|Trưởng ban|Ban Tổ chức Trung ương", "holds|Lê Văn Hà|Phó Bí thư|Đảng ủy Quân sự Trung ương",
			"holds|Hồ Văn Nam|Ủy viên|Ban Chấp hành Trung ương Đảng", "holds|Hồ Văn Nam|Phó Chủ tịch|Quốc hội", "holds|Đinh Văn Sơn|Ủy viên|Ban Chấp hành Trung ương Đảng",
			"holds|Đinh Văn Sơn|Bí thư|Tỉnh ủy Ninh Bình", "holds|Phạm Văn Đức|Ủy viên|Đảng ủy Công an Trung ương"},
		absent: []string{"org|Đảng ủy Quân sự Thành phố Hà Nội", "org|Đảng ủy Công an Thành phố Hà Nội", "holds|Lê Văn Hà|Phó Bí thư|Đảng ủy Quân sự Thành phố Hà Nội"},
	},
	{
		name: "a minister or deputy minister with the ministry's name after the post, Bộ left out; the full name still read",
		text: "Hội nghị toàn quốc\n\nDự có Đại tướng Lê Văn Hòa, Ủy viên Bộ Chính trị, Bộ trưởng Quốc phòng; Thượng tướng Trần Văn Tâm, Thứ trưởng Công an; bà Đỗ Thị Vân, Bộ trưởng Bộ Nội vụ; ông Phan Văn Lực, Thứ trưởng Bộ Tài chính.",
		want: []string{"holds|Lê Văn Hòa|Bộ trưởng|Bộ Quốc phòng", "holds|Lê Văn Hòa|Ủy viên|Bộ Chính trị", "holds|Trần Văn Tâm|Thứ trưởng|Bộ Công an",
			"holds|Đỗ Thị Vân|Bộ trưởng|Bộ Nội vụ", "holds|Phan Văn Lực|Thứ trưởng|Bộ Tài chính"},
	},
	{
		name:   "a post before its holder's name: in lower case with its body; a family name Đoàn after a bare kind of unit is the holder's, not a Tỉnh đoàn",
		text:   "Tỉnh Đồng Tháp họp chỉ đạo\n\nNhóm truy vết do Phó Chủ tịch UBND tỉnh Đoàn Văn Bảo phụ trách; nhóm hậu cần do phó chủ tịch UBND tỉnh Trần Văn Quý phụ trách. Hội nghị đề nghị phó chủ tịch UBND tỉnh chỉ đạo các sở. Bí thư Tỉnh đoàn Đồng Tháp Lê Thị Hạnh phát biểu.",
		want:   []string{"holds|Đoàn Văn Bảo|Phó Chủ tịch|UBND tỉnh Đồng Tháp", "holds|Trần Văn Quý|Phó Chủ tịch|UBND tỉnh Đồng Tháp", "holds|Lê Thị Hạnh|Bí thư|"},
		absent: []string{"person|Đoàn Đồng Tháp", "holds|Đoàn Văn Bảo|Bí thư"},
	},
	{
		name:   "a name the excerpt is cut in is not all there: no person; a whole name at the end of a finished sentence or of a byline is",
		text:   "Công bố quyết định về công tác cán bộ\n\nÔng Lê Văn Hòa được giao chỉ đạo Đảng bộ tỉnh Bắc Kạn. Tỉnh ủy Bắc Kạn có 3 Phó Bí thư, gồm: Trần Văn Bình, Chủ tịch UBND tỉnh; Hà Thị Cúc; Nông Văn Dũng.\n\nBan Thường vụ Tỉnh ủy Bắc Kạn có 2 Ủy viên mới được chỉ định trong tháng này, gồm các ông: Lý Văn Hưng, Giám đốc Sở Nội vụ; Đàm Văn Kh",
		want:   []string{"holds|Nông Văn Dũng|Phó Bí thư|Tỉnh ủy Bắc Kạn", "holds|Hà Thị Cúc|Phó Bí thư|Tỉnh ủy Bắc Kạn", "holds|Lý Văn Hưng|Giám đốc|Sở Nội vụ tỉnh Bắc Kạn"},
		absent: []string{"person|Đàm Văn Kh", "holds|Đàm Văn Kh"},
	},
	{
		name: "a description that is no post, with its term, between posts: the list goes on (đại biểu Quốc hội khóa XV, đại biểu HĐND tỉnh nhiệm kỳ 2021-2026)",
		text: "Đại hội Phụ nữ tỉnh Bắc Kạn\n\nBà Lê Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, đại biểu Quốc hội khóa XV, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn dự họp. Ông Hà Văn Nam, Tỉnh ủy viên, đại biểu HĐND tỉnh nhiệm kỳ 2021-2026, Chủ tịch Hội Nông dân tỉnh Bắc Kạn phát biểu.",
		want: []string{"holds|Lê Thị Hoa|Ủy viên|Ban Thường vụ Tỉnh ủy Bắc Kạn", "holds|Lê Thị Hoa|Chủ tịch|Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn",
			"holds|Hà Văn Nam|Chủ tịch|Hội Nông dân tỉnh Bắc Kạn"},
	},
	{
		name: "a counted post and its body as a heading, then one name a line (with posts of its own, or alone): every name holds it; not the names after the list",
		text: "Đại hội Phụ nữ tỉnh Bắc Kạn\n\nHội nghị đã nhất trí bầu 2 Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn khóa XIII:\nBà Hà Thị Lan - Trưởng ban Tuyên giáo Hội.\n- Bà Nông Thị Tâm\nĐại hội đã bầu Ban Kiểm tra gồm 5 thành viên.\nBà Lý Thị Mai - Chủ tịch Hội Liên hiệp Phụ nữ huyện Ngân Sơn phát biểu.",
		want: []string{"holds|Hà Thị Lan|Phó Chủ tịch|Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn", "holds|Nông Thị Tâm|Phó Chủ tịch|Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn",
			"holds|Lý Thị Mai|Chủ tịch|Hội Liên hiệp Phụ nữ huyện Ngân Sơn"},
		absent: []string{"holds|Lý Thị Mai|Phó Chủ tịch"},
	},
	{
		name: "a post written bare, then its deputies with the body (bầu A làm Chủ tịch, B và C làm Phó Chủ tịch Hội X): the same body's; not across a semicolon",
		text: "Đại hội tại xã Bằng Vân\n\nĐại hội đã bầu ông Lý Văn Dũng làm Chủ tịch, bà Hoàng Thị Em và ông Ma Văn Giang làm Phó Chủ tịch Hội Nông dân xã Bằng Vân. Hội nghị bầu ông Hà Văn Lợi làm Chủ tịch; bà Nông Thị Mơ làm Phó Chủ tịch Hội Cựu chiến binh xã Thượng Ân.",
		want: []string{"holds|Lý Văn Dũng|Chủ tịch|Hội Nông dân xã Bằng Vân", "holds|Hoàng Thị Em|Phó Chủ tịch|Hội Nông dân xã Bằng Vân",
			"holds|Ma Văn Giang|Phó Chủ tịch|Hội Nông dân xã Bằng Vân"},
		absent: []string{"holds|Hà Văn Lợi|Chủ tịch|Hội Cựu chiến binh xã Thượng Ân"},
	},
}
