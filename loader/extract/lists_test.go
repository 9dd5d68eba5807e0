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
		{
			name: "a count in words and a qualifier of the post before the body and its list",
			text: "Kết quả hội nghị ở tỉnh Bình Phước\n\nBa Phó Chủ tịch chuyên trách Hội Nông dân tỉnh Bình Phước khóa X gồm các đồng chí: Lê Văn Hùng, Đào Thị Thu, Mai Văn Lực. Hai Phó Chủ tịch không chuyên trách Hội gồm các ông Trịnh Văn Sơn và Hà Văn Đông.",
			want: []string{"holds|Lê Văn Hùng|Phó Chủ tịch|Hội Nông dân tỉnh Bình Phước", "holds|Đào Thị Thu|Phó Chủ tịch|Hội Nông dân tỉnh Bình Phước",
				"holds|Mai Văn Lực|Phó Chủ tịch|Hội Nông dân tỉnh Bình Phước", "holds|Trịnh Văn Sơn|Phó Chủ tịch|Hội Nông dân tỉnh Bình Phước",
				"holds|Hà Văn Đông|Phó Chủ tịch|Hội Nông dân tỉnh Bình Phước"},
			absent: []string{"org|Hội Nông dân tỉnh Bình Phước khóa", "holds|Lê Văn Hùng|Chủ tịch"},
		},
		{
			name: "các <post> gồm đồng chí A, …; Hòa thượng B, …; Linh mục C, …: clerics' religious names, the Front's religious members",
			text: "Ủy ban MTTQ tỉnh Bình Định hiệp thương\n\nCác Phó Chủ tịch không chuyên trách Ủy ban MTTQ Việt Nam tỉnh Bình Định gồm đồng chí Tạ Văn Lâm, Chủ tịch Hội Khuyến học tỉnh; Hòa thượng Thích Quảng Hạnh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Linh mục Phan Văn Lộc, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh. Thượng tọa Thích Minh Tâm, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam dự.",
			want: []string{"holds|Tạ Văn Lâm|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Bình Định", "holds|Thích Quảng Hạnh|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Bình Định",
				"holds|Thích Quảng Hạnh|Trưởng ban|Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bình Định", "holds|Phan Văn Lộc|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Bình Định",
				"holds|Phan Văn Lộc|Chủ tịch|Ủy ban Đoàn kết Công giáo tỉnh Bình Định", "holds|Thích Minh Tâm|Phó Chủ tịch|Hội đồng Trị sự Giáo hội Phật giáo Việt Nam",
				"org|Hội đồng Trị sự Giáo hội Phật giáo Việt Nam|other"},
			absent: []string{"holds|Hòa thượng", "holds|Linh mục"},
		},
		{
			name: "a committee's board written without its place takes the place of the person's next post, not the previous person's",
			text: "Ủy ban MTTQ Việt Nam hiệp thương\n\nDự có đồng chí Lê Thị Hà, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hải Phòng; đồng chí Trần Văn Quý, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Cần Thơ.",
			want: []string{"holds|Lê Thị Hà|Ủy viên|Ban Thường vụ Thành ủy Hải Phòng", "holds|Trần Văn Quý|Ủy viên|Ban Thường vụ Thành ủy Cần Thơ",
				"holds|Trần Văn Quý|Chủ tịch|Ủy ban Mặt trận Tổ quốc Thành phố Cần Thơ"},
			absent: []string{"holds|Trần Văn Quý|Ủy viên|Ban Thường vụ Thành ủy Hải Phòng"},
		},
		{
			name: "Tỉnh hội, huyện Hội: the province's or district's level of the association the article is about; anh, chị before a name",
			text: "Đại hội Hội Cựu giáo chức tỉnh Trà Vinh\n\nĐại hội Hội Cựu giáo chức tỉnh Trà Vinh lần thứ III khai mạc.\n\nBà Thạch Thị Sa Rây, Phó Chủ tịch Thường trực Tỉnh hội phát biểu. Ông Kim Văn Ngọc - Phó chủ tịch tỉnh Hội báo cáo. Dự có Bí thư Tỉnh đoàn, anh Lâm Minh Đằng.",
			want: []string{"holds|Thạch Thị Sa Rây|Phó Chủ tịch Thường trực|Hội Cựu giáo chức tỉnh Trà Vinh", "holds|Kim Văn Ngọc|Phó Chủ tịch|Hội Cựu giáo chức tỉnh Trà Vinh",
				"holds|Lâm Minh Đằng|Bí thư|Tỉnh đoàn Trà Vinh"},
			absent: []string{"holds|anh Lâm"},
		},
		{
			name: "one head shared by a list of bodies, with the committee or place after the last; as subjects of a responsibility",
			text: "Huyện ủy Yên Dũng tổng kết công tác dân vận\n\nDự hội nghị có lãnh đạo các Ban: Tuyên giáo, Dân vận, Tổ chức Huyện ủy Yên Dũng. Huyện ủy phân công các Ban: Tổ chức, Dân vận Huyện ủy theo dõi Hội Cựu chiến binh huyện. Các Hội Nông dân, Chữ thập đỏ và Khuyến học huyện Yên Dũng tham dự. Các ban, ngành, đoàn thể huyện cũng dự.",
			want: []string{"org|Ban Tuyên giáo Huyện ủy Yên Dũng", "org|Ban Dân vận Huyện ủy Yên Dũng", "org|Ban Tổ chức Huyện ủy Yên Dũng",
				"resp|Ban Tổ chức Huyện ủy Yên Dũng|Hội Cựu chiến binh huyện Yên Dũng", "resp|Ban Dân vận Huyện ủy Yên Dũng|Hội Cựu chiến binh huyện Yên Dũng",
				"org|Hội Nông dân huyện Yên Dũng", "org|Hội Chữ thập đỏ huyện Yên Dũng", "org|Hội Khuyến học huyện Yên Dũng"},
			absent: []string{"resp|Huyện ủy Yên Dũng|", "org|Ban Tuyên giáo|", "org|Hội Nông dân|"},
		},
		{
			name: "the standing office of a committee: its secretary, and a counted post in lower case shared by the list",
			text: "Công tác cán bộ ở tỉnh Bình Phước\n\nThường trực Tỉnh ủy Bình Phước gồm Bí thư Tôn Ngọc Hạnh và 3 phó bí thư: ông Trần Tuệ Hiền, Chủ tịch UBND tỉnh; ông Huỳnh Hữu Thiết; bà Điểu Thị Mai, Chủ tịch HĐND tỉnh.",
			want: []string{"holds|Tôn Ngọc Hạnh|Bí thư|Tỉnh ủy Bình Phước", "holds|Trần Tuệ Hiền|Phó Bí thư|Tỉnh ủy Bình Phước",
				"holds|Trần Tuệ Hiền|Chủ tịch|UBND tỉnh Bình Phước", "holds|Huỳnh Hữu Thiết|Phó Bí thư|Tỉnh ủy Bình Phước",
				"holds|Điểu Thị Mai|Phó Bí thư|Tỉnh ủy Bình Phước", "holds|Điểu Thị Mai|Chủ tịch|HĐND tỉnh Bình Phước"},
			absent: []string{"holds|Trần Tuệ Hiền|Phó Bí thư|Thường trực"},
		},
		{
			name:   "a member of a committee's standing board does not make a bare Bí thư after the posts that committee's",
			text:   "Đảng ủy Hội Nông dân tỉnh Bình Phước ra mắt\n\nĐồng chí Lê Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội Nông dân tỉnh Bình Phước làm Bí thư.",
			absent: []string{"holds|Lê Thị Xuân|Bí thư|Tỉnh ủy"},
		},
		{
			name: "an adverb between the names and the verb that gives the post",
			text: "Hội nghị Ban Chấp hành Hội Người cao tuổi tỉnh Phú Thọ\n\nÔng Đỗ Văn Quý tái đắc cử Chủ tịch Hội Người cao tuổi tỉnh Phú Thọ. Các ông: Lã Văn Kiên, Triệu Văn Lâm cũng tái đắc cử Phó Chủ tịch Hội Người cao tuổi tỉnh Phú Thọ. Bà Hoàng Thị Yến đã được bầu làm Chủ nhiệm Ủy ban Kiểm tra Hội Người cao tuổi tỉnh Phú Thọ.",
			want: []string{"holds|Lã Văn Kiên|Phó Chủ tịch|Hội Người cao tuổi tỉnh Phú Thọ", "holds|Triệu Văn Lâm|Phó Chủ tịch|Hội Người cao tuổi tỉnh Phú Thọ",
				"holds|Hoàng Thị Yến|Chủ nhiệm|Ủy ban Kiểm tra Hội Người cao tuổi tỉnh Phú Thọ"},
		},
		{
			name:   "an adverb before a verb that gives no post is no link",
			text:   "Hội Người cao tuổi tỉnh Phú Thọ tổng kết năm\n\nÔng Đỗ Văn Quý cũng phát biểu Chủ tịch Hội Người cao tuổi tỉnh Phú Thọ cảm ơn các hội viên.",
			absent: []string{"holds|Đỗ Văn Quý"},
		},
		{
			name: "a committee's standing board before a colon: the bare posts of its list are the committee's",
			text: "Huyện ủy Yên Thế tổng kết công tác năm\n\nBan Thường vụ Huyện ủy Yên Thế: đồng chí Hoàng Văn Tâm, Bí thư; đồng chí Lục Thị Kim, Phó Bí thư Thường trực; đồng chí Ngô Văn Tấn, Phó Bí thư, Chủ tịch UBND huyện.",
			want: []string{"holds|Hoàng Văn Tâm|Bí thư|Huyện ủy Yên Thế", "holds|Lục Thị Kim|Phó Bí thư Thường trực|Huyện ủy Yên Thế",
				"holds|Ngô Văn Tấn|Phó Bí thư|Huyện ủy Yên Thế", "holds|Ngô Văn Tấn|Chủ tịch|UBND huyện Yên Thế"},
			absent: []string{"holds|Hoàng Văn Tâm|Bí thư|Ban Thường vụ"},
		},
		{
			name: "the Party committee of a central agency, and its bare Đảng ủy in the next sentence",
			text: "Đại hội Đảng bộ cơ quan Trung ương Hội Người mù Việt Nam\n\nĐồng chí Thái Văn Lực, Phó Chủ tịch Trung ương Hội Người mù Việt Nam được bầu giữ chức Bí thư Đảng ủy Cơ quan Trung ương Hội Người mù Việt Nam. Đồng chí Lâm Thị Hạnh được bầu làm Phó Bí thư Đảng ủy. Bà Kiều Thị Mơ, Bí thư Đảng ủy cơ quan Ủy ban MTTQ tỉnh Hà Nam dự.",
			want: []string{"org|Đảng ủy Cơ quan Trung ương Hội Người mù Việt Nam|party_committee",
				"holds|Thái Văn Lực|Bí thư|Đảng ủy Cơ quan Trung ương Hội Người mù Việt Nam", "holds|Lâm Thị Hạnh|Phó Bí thư|Đảng ủy Cơ quan Trung ương Hội Người mù Việt Nam",
				"holds|Kiều Thị Mơ|Bí thư|Đảng ủy Cơ quan Ủy ban Mặt trận Tổ quốc tỉnh Hà Nam"},
		},
	})
}

// TestNationalAbbreviations: an association abbreviated with its "VN" is
// the national one, whatever place the sentence names; a central board
// of "Trung ương Hội" is the national association's.
func TestNationalAbbreviations(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name:   "Ban Kiểm tra Trung ương Hội after the national association is its board, not the Party's",
			text:   "Hội Cựu chiến binh Việt Nam tập huấn công tác kiểm tra\n\nÔng Hồ Văn Lâm, Trưởng Ban Tổ chức Trung ương Hội Cựu chiến binh Việt Nam phát biểu. Bà Đào Thị Xuân, Trưởng Ban Kiểm tra Trung ương Hội dự.",
			want:   []string{"holds|Đào Thị Xuân|Trưởng ban|Ban Kiểm tra Trung ương Hội Cựu chiến binh Việt Nam"},
			absent: []string{"holds|Đào Thị Xuân|Trưởng ban|Ban Kiểm tra Trung ương|"},
		},
		{
			name: "Hội NDVN, Trung ương Hội NDVN and Ban Chấp hành Trung ương Hội NDVN in a city's congress",
			text: "Đại hội Hội Nông dân thành phố Hà Tĩnh\n\nÔng Đinh Văn Lợi, Phó Chủ tịch Trung ương Hội NDVN dự đại hội Hội Nông dân thành phố Hà Tĩnh. Bà Vương Thị Hằng – Ủy viên Ban Chấp hành Trung ương Hội NDVN. Đại diện Hội NDVN tại thành phố Hà Tĩnh phát biểu.",
			want: []string{"holds|Đinh Văn Lợi|Phó Chủ tịch|Trung ương Hội NDVN", "holds|Vương Thị Hằng|Ủy viên|Trung ương Hội NDVN",
				"org|Hội NDVN|socio_political", "org|Hội Nông dân thành phố Hà Tĩnh"},
			absent: []string{"org|Hội NDVN thành phố", "org|Hội NDVN Việt Nam"},
		},
		{
			name:   "a province's Đảng ủy Khối named where the sentence is in a district is the province's",
			text:   "Tỉnh ủy Long An làm việc với các đảng ủy trực thuộc\n\nĐoàn làm việc tại huyện Đức Hòa với Đảng ủy Khối Doanh nghiệp và Đảng ủy Khối các cơ quan; đồng chí Phan Văn Tư, Bí thư Đảng ủy Khối các cơ quan tỉnh Long An phát biểu.",
			want:   []string{"org|Đảng ủy Khối doanh nghiệp tỉnh Long An", "org|Đảng ủy Khối các cơ quan tỉnh Long An", "holds|Phan Văn Tư|Bí thư|Đảng ủy Khối các cơ quan tỉnh Long An"},
			absent: []string{"org|Đảng ủy Khối doanh nghiệp huyện", "org|Đảng ủy Khối các cơ quan huyện"},
		},
	})
}

// TestInterimResponsibility: running a body while its head is away, as
// personnel notices write it.
func TestInterimResponsibility(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name: "phụ trách và điều hành công việc của; xử lý công việc thường xuyên, hằng ngày của",
			text: "Tỉnh ủy Quảng Bình phân công công tác\n\nÔng Hoàng Văn Toản, Phó Bí thư Đảng ủy UBND tỉnh, được giao phụ trách và điều hành công việc của Đảng ủy UBND tỉnh Quảng Bình. Tỉnh ủy phân công bà Đinh Thị Ngân, Phó Bí thư Tỉnh ủy, xử lý công việc thường xuyên, hằng ngày của Đảng bộ tỉnh Quảng Bình.",
			want: []string{"resp|Hoàng Văn Toản|Đảng ủy UBND tỉnh Quảng Bình", "resp|Đinh Thị Ngân|Đảng bộ tỉnh Quảng Bình"},
		},
		{
			name:   "a verb of running in a clause of purpose is nobody's assignment",
			text:   "UBND tỉnh Quảng Bình bàn giao nhiệm vụ\n\nĐể thực hiện nhiệm vụ lãnh đạo, điều hành công việc của UBND tỉnh Quảng Bình thông suốt, ông Trương Văn Lộc, Chủ tịch UBND tỉnh bàn giao nhiệm vụ cho ông Phan Văn Mạnh.",
			absent: []string{"resp|Trương Văn Lộc", "resp|Phan Văn Mạnh"},
		},
	})
}

// TestAbbreviatedBoards: the standing board abbreviated (UVBTV, UVTV) is
// the board of the committee written after it or of the place the next
// post names.
func TestAbbreviatedBoards(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name: "UVBTV Huyện ủy; Ủy ban MTTQVN; UVTV before a district's post in an article about a commune",
			text: "Xã Sơn Long tổ chức đại hội chi bộ\n\nDự đại hội chi bộ thôn Gò Da, xã Sơn Long có đồng chí Đinh Văn Hương, UVBTV Huyện ủy Sơn Tây, Chủ tịch Ủy ban MTTQVN huyện Sơn Tây, phụ trách địa bàn xã Sơn Long. Đồng chí Đinh Thị Lùng - UVTV, Phó Chủ tịch UBND huyện Sơn Tây cùng dự. Đồng chí Đinh Văn Rô - UVTV, Phó Chủ tịch UBND xã Sơn Long chủ trì.",
			want: []string{"holds|Đinh Văn Hương|Ủy viên|Ban Thường vụ Huyện ủy Sơn Tây", "holds|Đinh Văn Hương|Chủ tịch|Ủy ban Mặt trận Tổ quốc huyện Sơn Tây",
				"resp|Đinh Văn Hương|xã Sơn Long", "holds|Đinh Thị Lùng|Ủy viên|Ban Thường vụ Huyện ủy Sơn Tây", "holds|Đinh Văn Rô|Ủy viên|Ban Thường vụ Đảng ủy xã Sơn Long"},
			absent: []string{"holds|Đinh Văn Hương|Ủy viên|Huyện ủy", "holds|Đinh Thị Lùng|Ủy viên|Ban Thường vụ Đảng ủy xã", "resp|Ủy ban Mặt trận"},
		},
	})
}

// TestArticleAbbreviations: an abbreviation the article defines in
// parentheses reads, later, as the words it stands for; one the rules know
// already keeps the rules' meaning.
func TestArticleAbbreviations(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name:   "Hội Khuyến học (KH) tỉnh, then Hội KH Việt Nam and Hội KH tỉnh",
			text:   "Hội Khuyến học tỉnh Gia Lai đại hội\n\nSáng 9/10, Hội Khuyến học (KH) tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ IV. Đến dự có Phó Chủ tịch Hội KH Việt Nam Đàm Văn Tiến. Ông Rơ Văn Hùng được bầu làm Chủ tịch Hội KH tỉnh Gia Lai nhiệm kỳ mới.",
			want:   []string{"holds|Đàm Văn Tiến|Phó Chủ tịch|Hội Khuyến học Việt Nam", "holds|Rơ Văn Hùng|Chủ tịch|Hội Khuyến học tỉnh Gia Lai"},
			absent: []string{"org|Hội KH|", "org|Hội KH Việt Nam|"},
		},
		{
			name:   "initials that do not spell the abbreviation define nothing",
			text:   "Hội Khuyến học tỉnh Gia Lai đại hội\n\nHội Khuyến học (HN) tỉnh Gia Lai họp. Ông Đàm Văn Tiến, Chủ tịch Hội HN tỉnh Gia Lai dự.",
			absent: []string{"holds|Đàm Văn Tiến|Chủ tịch|Hội Khuyến học tỉnh Gia Lai"},
		},
	})
}

// TestGroupLeaderAtClauseEnd: a numbered group that opens its clause and
// names its leader at the clause's end.
func TestGroupLeaderAtClauseEnd(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name: "đoàn 1 do A làm trưởng đoàn …; Đoàn 2 làm việc với … do B – posts làm trưởng đoàn",
			text: "Tỉnh ủy Hậu Giang thành lập đoàn công tác\n\nBan Thường vụ Tỉnh ủy Hậu Giang thành lập 2 đoàn công tác, đoàn 1 do đồng chí Lâm Văn Tùng - Bí thư Tỉnh ủy làm trưởng đoàn làm việc với Ban Thường vụ Huyện ủy Long Mỹ. Đoàn 2 làm việc với Ban Thường vụ Huyện ủy Phụng Hiệp và Thành ủy Vị Thanh do đồng chí Trương Cảnh Tâm – Phó Bí thư Tỉnh ủy làm trưởng đoàn. Đoàn đại biểu của tỉnh làm việc với Huyện ủy Long Mỹ do ông Lâm Văn Tùng dẫn đầu.",
			want: []string{"holds|Lâm Văn Tùng|Trưởng đoàn|Đoàn công tác số 1 của Ban Thường vụ Tỉnh ủy Hậu Giang",
				"holds|Trương Cảnh Tâm|Trưởng đoàn|Đoàn công tác số 2 của Ban Thường vụ Tỉnh ủy Hậu Giang", "holds|Trương Cảnh Tâm|Phó Bí thư|Tỉnh ủy Hậu Giang"},
			absent: []string{"holds|Lâm Văn Tùng|Trưởng đoàn|Đoàn đại biểu"},
		},
	})
}

// TestPostHolderSubject: a responsibility given to a post written without
// its holder's name is its holder's when the article names exactly one.
func TestPostHolderSubject(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name:   "Giám đốc Sở X phụ trách …, the Giám đốc named in another paragraph; a post nobody is named to stays the body's",
			text:   "UBND tỉnh Kon Tum phân công địa bàn\n\nGiám đốc Sở Y tế phụ trách các xã Đăk Hà, Ngọc Hồi và Sa Thầy. Giám đốc Sở Tư pháp phụ trách xã Kon Plông.\n\nGiám đốc Sở Y tế Trần Văn Nhơn cho biết sẽ xuống cơ sở.",
			want:   []string{"resp|Trần Văn Nhơn|xã Đăk Hà", "resp|Trần Văn Nhơn|xã Sa Thầy", "resp|Sở Tư pháp tỉnh Kon Tum|xã Kon Plông"},
			absent: []string{"resp|Sở Y tế"},
		},
	})
}

// TestGroupInPosts: a numbered group named as a post of a person's list is
// a body, the same one each time the article names it, and a subject.
func TestGroupInPosts(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name: "Tổ trưởng Tổ công tác số 3 in a list of posts; the group again, with its leader and as a subject",
			text: "Tỉnh ủy Kon Tum thành lập 4 tổ công tác\n\nĐồng chí Y Ngọc, Phó Bí thư Tỉnh ủy, Tổ trưởng Tổ công tác số 3 phát biểu. Tổ công tác số 3 phụ trách huyện Sa Thầy. Tổ công tác số 3 do đồng chí Y Ngọc làm Tổ trưởng.",
			want: []string{"holds|Y Ngọc|Tổ trưởng|Tổ công tác số 3 của Tỉnh ủy Kon Tum", "holds|Y Ngọc|Phó Bí thư|Tỉnh ủy Kon Tum",
				"resp|Tổ công tác số 3 của Tỉnh ủy Kon Tum|huyện Sa Thầy"},
			absent: []string{"org|Tổ công tác số 3 tỉnh", "org|Tổ công tác số 3 huyện"},
		},
	})
}

// TestMoreBodies: bodies the rules name as data — the Youth Union's
// central Secretariat and inspection committee, a People's Council's
// ethnic affairs board, a ward's Party units for part of it.
func TestMoreBodies(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name: "Ban Bí thư and Ủy ban Kiểm tra Trung ương Đoàn; Ban Dân tộc HĐND tỉnh; Đảng bộ bộ phận Khu phố; Chi bộ chung cư",
			text: "Phường 12 Quận 5 ra mắt cấp ủy\n\nĐảng bộ bộ phận Khu phố 3 phường 12 có 4 chi bộ. Chi bộ chung cư Hùng Vương ra mắt cấp ủy. Hội nghị Trung ương Đoàn bầu Ban Bí thư Trung ương Đoàn và Ủy ban Kiểm tra Trung ương Đoàn. Bà Ma Thị Lan, Trưởng Ban Dân tộc HĐND tỉnh Bắc Kạn dự.",
			want: []string{"org|Ban Bí thư Trung ương Đoàn|socio_political", "org|Ủy ban Kiểm tra Trung ương Đoàn|socio_political",
				"holds|Ma Thị Lan|Trưởng ban|Ban Dân tộc HĐND tỉnh Bắc Kạn", "org|Đảng bộ bộ phận Khu phố 3 Phường 12", "org|Chi bộ chung cư Hùng Vương Phường 12"},
			absent: []string{"org|Ban Bí thư|", "org|Ủy ban Kiểm tra Trung ương|"},
		},
		{
			name: "the Party committee of a national university, as an object of responsibility",
			text: "Thành ủy Hà Nội phân công theo dõi đại hội\n\nBà Lê Thị Hương sẽ theo dõi các đơn vị: Đảng ủy Đại học Quốc gia Hà Nội và phường Hoàn Kiếm.",
			want: []string{"resp|Lê Thị Hương|Đảng ủy Đại học Quốc gia Thành phố Hà Nội", "org|Đảng ủy Đại học Quốc gia Thành phố Hà Nội|party_committee"},
		},
		{
			name: "Ủy ban Trung ương MTTQ without Việt Nam, and its presidium",
			text: "Hội nghị Ủy ban Trung ương MTTQ Việt Nam\n\nHội nghị bầu 5 vị tham gia Đoàn Chủ tịch Ủy ban Trung ương MTTQ, trong đó có bà Vũ Thị Lan.",
			want: []string{"org|Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"},
		},
	})
}

// TestScopeOfBareBodies: where a body written without its place belongs.
func TestScopeOfBareBodies(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name:   "a bare Ban Thường vụ at an association's congress, named with it, is its board; one written with a Party committee's post is the committee's",
			text:   "Đại hội đại biểu Hội Nông dân tỉnh Sơn La lần thứ X\n\nĐại hội Hội Nông dân tỉnh Sơn La bầu Ban Chấp hành. Tân Chủ tịch Hội Nông dân tỉnh Sơn La khẳng định sẽ cùng tập thể Ban Thường vụ, Ban Chấp hành đổi mới hoạt động. Bí thư Tỉnh ủy Hoàng Văn Chất, Ủy viên Ban Thường vụ dự.",
			want:   []string{"org|Ban Thường vụ Hội Nông dân tỉnh Sơn La", "holds|Hoàng Văn Chất|Ủy viên|Ban Thường vụ Tỉnh ủy Sơn La"},
			absent: []string{"holds|Hoàng Văn Chất|Ủy viên|Ban Thường vụ Hội"},
		},
		{
			name:   "Chi hội of an association the rules know is the branch, not the association",
			text:   "Xã Tân Bình tổ chức đại hội chi hội\n\nChi hội Luật gia xã Tân Bình, huyện Vĩnh Cửu tổ chức Đại hội lần thứ II. Chi hội Cựu giáo chức xã Tân Bình cũng họp.",
			want:   []string{"org|Chi hội Luật gia xã Tân Bình", "org|Chi hội Cựu giáo chức xã Tân Bình"},
			absent: []string{"org|Hội Luật gia xã Tân Bình", "org|Hội Cựu giáo chức xã Tân Bình"},
		},
		{
			name:   "lower-case words of a name up to its place; a verb ends the name",
			text:   "Tỉnh đoàn Bình Định ra mắt ban liên lạc\n\nTỉnh đoàn công bố quyết định thành lập Ban liên lạc Cựu cán bộ đoàn tỉnh Bình Định. CLB Thơ ca phường Ghềnh Ráng ra mắt. CLB Dưỡng sinh phối hợp với phường Ghềnh Ráng.",
			want:   []string{"org|Ban liên lạc Cựu cán bộ đoàn tỉnh Bình Định", "org|Câu lạc bộ Thơ ca phường Ghềnh Ráng"},
			absent: []string{"org|Câu lạc bộ Dưỡng sinh phối"},
		},
		{
			name:   "a body followed by a list of levels is no one body; the Youth Union's Ban Chấp hành Trung ương is its central committee",
			text:   "Tỉnh Phú Yên chuẩn bị đại hội\n\nTỉnh có 12 tổ công tác chỉ đạo đại hội ở Đảng bộ phường, xã và cấp trên trực tiếp cơ sở. Đại hội bầu Ban Chấp hành (BCH) Trung ương Đoàn khóa XII. Đảng bộ xã An Mỹ họp.",
			want:   []string{"org|Trung ương Đoàn TNCS Hồ Chí Minh", "org|Đảng bộ xã An Mỹ"},
			absent: []string{"org|Đảng bộ Phường|", "org|Ban Chấp hành Trung ương Đảng"},
		},
		{
			name:   "the boards of one association listed in a sentence; a Party committee's board named with its committee",
			text:   "Hội Nông dân tỉnh Hòa Bình đại hội\n\nĐại hội Hội Nông dân tỉnh Hòa Bình lần thứ X. Ban Chấp hành Hội gồm 35 đồng chí; Ban Thường vụ 11 đồng chí; Ban Kiểm tra 5 đồng chí. Ông Bùi Văn Tỉnh, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy dự.",
			want:   []string{"org|Ban Kiểm tra Hội Nông dân tỉnh Hòa Bình", "org|Ban Thường vụ Hội Nông dân tỉnh Hòa Bình", "holds|Bùi Văn Tỉnh|Chủ nhiệm|Ủy ban Kiểm tra Tỉnh ủy Hòa Bình"},
			absent: []string{"org|Ban Kiểm tra Tỉnh ủy"},
		},
		{
			name:   "an association of a province's bloc of agencies",
			text:   "Hội Cựu chiến binh tỉnh Lào Cai\n\nÔng Vàng Văn Sử được chỉ định giữ chức Chủ tịch Hội Cựu chiến binh Khối cơ quan và doanh nghiệp tỉnh Lào Cai. Đoàn Khối Các cơ quan tỉnh Lào Cai dự.",
			want:   []string{"holds|Vàng Văn Sử|Chủ tịch|Hội Cựu chiến binh Khối cơ quan và doanh nghiệp tỉnh Lào Cai", "org|Đoàn Thanh niên Khối Các cơ quan tỉnh Lào Cai"},
			absent: []string{"holds|Vàng Văn Sử|Chủ tịch|Hội Cựu chiến binh tỉnh Lào Cai"},
		},
		{
			name:   "a numbered Party cell in lower case is a body; after a semicolon it carries no list on",
			text:   "Đảng ủy phường Hòa Minh thành lập chi bộ\n\nĐảng ủy phường Hòa Minh thành lập mới chi bộ 12A trực thuộc Đảng bộ phường Hòa Minh. Chi bộ 12 lãnh đạo 3 tổ dân phố gồm: tổ 31, 32 và 33; chi bộ 12 quản lý 40 đảng viên.",
			want:   []string{"org|Chi bộ 12A phường Hòa Minh", "org|Chi bộ 12 phường Hòa Minh"},
			absent: []string{"org|Chi bộ 12 quản lý", "resp|Chi bộ 12 phường Hòa Minh|Chi bộ"},
		},
		{
			name:   "chi bộ of a body in lower case, and a bare Bí thư chi bộ after it",
			text:   "Chi bộ Hội Luật gia tỉnh Ninh Thuận ra mắt\n\nBan Thường vụ Đảng ủy Khối các cơ quan tỉnh Ninh Thuận quyết định thành lập chi bộ Hội Luật gia tỉnh và chỉ định đồng chí Đặng Văn Bình làm Bí thư chi bộ.",
			want:   []string{"org|Chi bộ Hội Luật gia tỉnh Ninh Thuận|party_committee", "holds|Đặng Văn Bình|Bí thư|Chi bộ Hội Luật gia tỉnh Ninh Thuận"},
			absent: []string{"holds|Đặng Văn Bình|Bí thư|Đảng ủy Khối"},
		},
		{
			name:   "the bodies of many units are no body",
			text:   "Thành phố Cần Thơ sắp xếp cán bộ\n\nNhiều chủ tịch UBND các quận, huyện được chỉ định làm bí thư các phường mới. Ông Lê Văn Ba, Chủ tịch UBND quận Ninh Kiều dự.",
			want:   []string{"holds|Lê Văn Ba|Chủ tịch|UBND quận Ninh Kiều"},
			absent: []string{"org|UBND Thành phố Cần Thơ"},
		},
	})
}

// TestHeadlinePlace: a headline that opens with a province written bare
// before a colon says where the article is, with or without the gazetteer
// (for the cities the rules name).
func TestHeadlinePlace(t *testing.T) {
	text := "Hải Phòng: kiện toàn nhân sự\n\nSáng 5/3, Ban Thường vụ Thành ủy công bố quyết định. Bà Lê Thị Thu, Phó Bí thư Thành ủy dự."
	want := []string{"holds|Lê Thị Thu|Phó Bí thư|Thành ủy Hải Phòng", "org|Ban Thường vụ Thành ủy Hải Phòng"}
	assertFacts(t, newExtractor(t, loadGazetteer(t)), text, want, []string{"org|Thành ủy|"})
	assertFacts(t, newExtractor(t, nil), text, want, []string{"org|Thành ủy|"})
	assertFacts(t, newExtractor(t, loadGazetteer(t)), "Quảng Ninh: kiện toàn nhân sự\n\nBà Lê Thị Thu, Phó Bí thư Tỉnh ủy dự.",
		[]string{"holds|Lê Thị Thu|Phó Bí thư|Tỉnh ủy Quảng Ninh"}, nil)
	assertFacts(t, newExtractor(t, loadGazetteer(t)), "Tin vắn: kiện toàn nhân sự\n\nBà Lê Thị Thu, Phó Bí thư Tỉnh ủy dự.",
		[]string{"holds|Lê Thị Thu|Phó Bí thư|Tỉnh ủy"}, []string{"holds|Lê Thị Thu|Phó Bí thư|Tỉnh ủy Tin"})
}

// TestRenamedUnits: a district or commune the article names by the kind it
// had then ("huyện Điện Bàn" before it became a thị xã) is still found in
// the official units, and gives the article its province.
func TestRenamedUnits(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name: "huyện Điện Bàn, a thị xã in the last units before 2025",
			text: "Ngày 3/12/2014, huyện Điện Bàn họp mặt người khuyết tật\n\nHuyện ủy Điện Bàn phối hợp tổ chức. Bí thư Tỉnh ủy dự.",
			want: []string{"org|Tỉnh ủy Quảng Nam|party_committee", "org|Huyện ủy Điện Bàn|party_committee"},
		},
	})
}
