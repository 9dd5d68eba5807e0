package extract

import "testing"

// TestUnseenHoldsResp10: ways of writing who holds which post, and who is in
// charge of what, that the rules missed on real articles they were not
// developed on (branch x10resp), each in sentences written for the test.
// Facts as in TestConstructions.
func TestUnseenHoldsResp10(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), unseenHoldsResp10)
}

var unseenHoldsResp10 = []construction{
	{
		name: "one person's posts are of one level: a bare Party board takes the level a later post's body writes (… Chủ tịch Ủy ban MTTQ huyện), not the commune the article is about",
		text: "Xã Phú Lộc sáp nhập Hội Cựu chiến binh\n\nSáng 9/4, Đảng ủy xã Phú Lộc, huyện Krông Năng tổ chức hội nghị công bố quyết định.\n\nThay mặt Ủy ban MTTQ và các đoàn thể huyện, đồng chí Y Khuê Niê, Ủy viên Ban Thường vụ, Trưởng ban Dân vận, Chủ tịch Ủy ban MTTQ huyện giao nhiệm vụ cho các đồng chí vừa được chỉ định.",
		want: []string{"holds|Y Khuê Niê|Ủy viên|Ban Thường vụ Huyện ủy Krông Năng", "holds|Y Khuê Niê|Trưởng ban|Ban Dân vận Huyện ủy Krông Năng",
			"holds|Y Khuê Niê|Chủ tịch|Ủy ban Mặt trận Tổ quốc huyện Krông Năng"},
		absent: []string{"holds|Y Khuê Niê|Ủy viên|Ban Thường vụ Đảng ủy xã Phú Lộc", "holds|Y Khuê Niê|Trưởng ban|Ban Dân vận Đảng ủy xã Phú Lộc"},
	},
	{
		name: "a bare board before đồng thời là and a body with its place: that place's board, not the one the sentence before named",
		text: "Kiêm nhiệm ở hai huyện miền núi\n\nĐồng chí Lò Văn Pấn, Trưởng ban Dân vận, Chủ tịch Ủy ban MTTQ huyện Mường La kể lại kinh nghiệm.\nCòn đồng chí Quàng Thị Sương, Trưởng ban Dân vận, đồng thời là Chủ tịch Ủy ban MTTQ huyện Thuận Châu thì cho rằng việc kiêm nhiệm rất nặng.",
		want: []string{"holds|Lò Văn Pấn|Trưởng ban|Ban Dân vận Huyện ủy Mường La", "holds|Quàng Thị Sương|Trưởng ban|Ban Dân vận Huyện ủy Thuận Châu",
			"holds|Quàng Thị Sương|Chủ tịch|Ủy ban Mặt trận Tổ quốc huyện Thuận Châu"},
		absent: []string{"holds|Quàng Thị Sương|Trưởng ban|Ban Dân vận Huyện ủy Mường La"},
	},
	{
		name:   "two people in one sentence, each Ủy viên Ban Thường vụ: the first's board is not the board of the body the second chairs",
		text:   "Hội nghị ở xã Tân Lập\n\nDự hội nghị có đồng chí Đinh Văn Khải, Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ xã Tân Lập và đồng chí Bùi Thị Nhàn, Ủy viên Ban Thường vụ, Chủ tịch Hội Liên hiệp Phụ nữ xã.",
		want:   []string{"holds|Đinh Văn Khải|Ủy viên|Ban Thường vụ Đảng ủy xã Tân Lập", "holds|Bùi Thị Nhàn|Chủ tịch|Hội Liên hiệp Phụ nữ xã Tân Lập"},
		absent: []string{"holds|Đinh Văn Khải|Ủy viên|Ban Thường vụ Hội Liên hiệp Phụ nữ xã Tân Lập"},
	},
	{
		name: "a body written with a bare kind of unit after the paragraph named it in full (Hội LHPN phường X … Chủ tịch Hội LHPN phường): that unit's, paragraph by paragraph",
		text: "Hội LHPN quận Hai Bà Trưng công bố quyết định\n\nSau khi sáp nhập, Hội LHPN phường Bạch Mai gồm 10 chi hội. Ban Chấp hành gồm 9 đồng chí, trong đó đồng chí Lưu Thị Yến giữ chức vụ Chủ tịch Hội LHPN phường.\nHội LHPN phường Vĩnh Tuy sau sáp nhập gồm 15 chi hội. Ban Chấp hành gồm 13 đồng chí, trong đó đồng chí Cao Thị Hiền giữ chức vụ Chủ tịch Hội LHPN phường; đồng chí Mạc Thị Thu giữ chức vụ Phó Chủ tịch Hội LHPN phường.",
		want: []string{"holds|Lưu Thị Yến|Chủ tịch|Hội Liên hiệp Phụ nữ phường Bạch Mai", "holds|Cao Thị Hiền|Chủ tịch|Hội Liên hiệp Phụ nữ phường Vĩnh Tuy",
			"holds|Mạc Thị Thu|Phó Chủ tịch|Hội Liên hiệp Phụ nữ phường Vĩnh Tuy"},
		absent: []string{"holds|Cao Thị Hiền|Chủ tịch|Hội Liên hiệp Phụ nữ phường Bạch Mai"},
	},
	{
		name:   "a bare Đảng ủy given as a new post a paragraph after an agency's Party committee was named: that committee; not for a post in one list with another body's",
		text:   "Đại hội Đảng bộ Cơ quan Bộ Tư pháp\n\nÔng Hồ Văn Phúc được chỉ định giữ chức Bí thư Đảng ủy Cơ quan Bộ Tư pháp.\n\nBà Trịnh Thị Lệ, Thứ trưởng Bộ Tư pháp được chỉ định giữ chức Phó Bí thư Thường trực Đảng ủy. Ông Khúc Văn Hải, Bí thư Đảng ủy, Giám đốc Sở Tư pháp Hà Nội phát biểu.",
		want:   []string{"holds|Hồ Văn Phúc|Bí thư|Đảng ủy Cơ quan Bộ Tư pháp", "holds|Trịnh Thị Lệ|Phó Bí thư Thường trực|Đảng ủy Cơ quan Bộ Tư pháp"},
		absent: []string{"holds|Khúc Văn Hải|Bí thư|Đảng ủy Cơ quan Bộ Tư pháp"},
	},
	{
		name: "a post with a place and no body (Bí thư đặc khu X, Phó Bí thư xã Y, Chủ tịch huyện Z): the place's Party committee, its People's Committee; not the posts of a list of levels",
		text: "Côn Đảo lập tổ công tác\n\nÔng Tạ Văn Lành, Bí thư đặc khu Côn Đảo (TPHCM) trao quyết định. Ông Huỳnh Văn Bé, Phó Bí thư xã Long Điền phát biểu. Bà Lâm Thị Sáu, Chủ tịch huyện Châu Đức cho biết thêm. Ông Ngô Văn Bảy, Bí thư huyện Côn Đảo dự. Tiêu chuẩn Bí thư xã, phường được quy định rõ.",
		want: []string{"holds|Tạ Văn Lành|Bí thư|Đảng ủy đặc khu Côn Đảo", "holds|Huỳnh Văn Bé|Phó Bí thư|Đảng ủy xã Long Điền",
			"holds|Lâm Thị Sáu|Chủ tịch|UBND huyện Châu Đức", "holds|Ngô Văn Bảy|Bí thư|Huyện ủy Côn Đảo"},
		absent: []string{"holds|Tạ Văn Lành|Bí thư|Đảng ủy xã", "org|Đảng ủy xã Phường"},
	},
	{
		name:   "a name ending in a word that is also a body's (Đoàn, Hội) before a verb: all of it the name; a Tỉnh đoàn still a body",
		text:   "Hội nghị Hội Nông dân tỉnh Phú Yên\n\nPhát biểu khai mạc, Chủ tịch Hội Nông dân tỉnh Phú Yên Đỗ Minh Đoàn nhấn mạnh yêu cầu đổi mới. Bí thư Tỉnh đoàn Phú Yên Lê Thị Kiều phát biểu.",
		want:   []string{"holds|Đỗ Minh Đoàn|Chủ tịch|Hội Nông dân tỉnh Phú Yên", "holds|Lê Thị Kiều|Bí thư|Tỉnh đoàn Phú Yên"},
		absent: []string{"holds|Đỗ Minh|"},
	},
	{
		name:   "a post that is a word of a board's name (Ban Bí thư Trung ương Đảng, đồng chí A): no post of A's",
		text:   "Công bố quyết định về cán bộ ở Hậu Giang\n\nThừa ủy quyền của Ban Bí thư Trung ương Đảng, đồng chí Lê Tiến Dũng, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Hậu Giang đã trao quyết định.",
		want:   []string{"holds|Lê Tiến Dũng|Ủy viên|Ban Chấp hành Trung ương Đảng", "holds|Lê Tiến Dũng|Bí thư|Tỉnh ủy Hậu Giang"},
		absent: []string{"holds|Lê Tiến Dũng|Bí thư|Ban Bí thư"},
	},
	{
		name: "a Đảng bộ named by its province's bare name (Đảng bộ Thái Bình): the body, and what its secretary is put in charge of",
		text: "Thái Bình chuẩn bị nhân sự\n\nBộ Chính trị đã quyết định để đồng chí Hà Văn Cương, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Thái Bình khóa XIX tiếp tục chỉ đạo, phụ trách Đảng bộ Thái Bình khóa XX.",
		want: []string{"org|Đảng bộ tỉnh Thái Bình|party_committee", "resp|Hà Văn Cương|Đảng bộ tỉnh Thái Bình", "holds|Hà Văn Cương|Bí thư|Tỉnh ủy Thái Bình"},
	},
	{
		name:   "one person's posts in one list are of one province: a body written with a bare kind (Đoàn ĐBQH tỉnh) after a committee read in the sentence's province, not the article's first",
		text:   "Hai tỉnh bầu Bí thư mới\n\nBan Chấp hành Đảng bộ tỉnh Bạc Liêu đã bầu ông Lữ Văn Hên giữ chức Bí thư Tỉnh ủy Bạc Liêu.\n\nTại Hà Giang, Ban Chấp hành Đảng bộ tỉnh đã bầu ông Vàng Seo Pảo – Phó Bí thư thường trực Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh giữ chức Bí thư Tỉnh ủy Hà Giang.",
		want:   []string{"holds|Vàng Seo Pảo|Phó Bí thư Thường trực|Tỉnh ủy Hà Giang", "holds|Vàng Seo Pảo|Trưởng đoàn|Đoàn ĐBQH tỉnh Hà Giang", "holds|Lữ Văn Hên|Bí thư|Tỉnh ủy Bạc Liêu"},
		absent: []string{"holds|Vàng Seo Pảo|Trưởng đoàn|Đoàn ĐBQH tỉnh Bạc Liêu"},
	},
	{
		name: "the Front's committee written UB.MTTQ; the National Assembly's Ban Công tác Đại biểu, one in the country",
		text: "Ban Chỉ đạo đại hội họp\n\nĐồng chí Sầm Thị Hoa, Chủ tịch UB.MTTQ thành phố Lạng Sơn chủ trì. Bà Đinh Thị Nụ chuyển công tác làm Trưởng Ban Công tác Đại biểu, Phó trưởng Ban Tổ chức Trung ương.",
		want: []string{"holds|Sầm Thị Hoa|Chủ tịch|Ủy ban Mặt trận Tổ quốc thành phố Lạng Sơn", "holds|Đinh Thị Nụ|Trưởng ban|Ban Công tác Đại biểu",
			"holds|Đinh Thị Nụ|Phó Trưởng ban|Ban Tổ chức Trung ương"},
	},
	{
		name:   "a commune the gazetteer does not list under that kind (merged away, or a thị trấn written xã): still a place after its kind word, in a list of charges; not a person's name after a listed one",
		text:   "Huyện ủy Yên Thế phân công\n\nĐồng chí Thân Văn Bảy phụ trách xã Phồn Xương và xã Đồng Lạc. Đồng chí Hà Văn Lịch phụ trách xã Tân Sỏi Nguyễn Văn Tư.",
		want:   []string{"resp|Thân Văn Bảy|xã Phồn Xương", "resp|Thân Văn Bảy|xã Đồng Lạc"},
		absent: []string{"resp|Hà Văn Lịch|xã Tân Sỏi Nguyễn"},
	},
	{
		name: "a list of charges written what first, then a colon and who (Xã A: đồng chí B phụ trách); not a verb with an object of its own, nor a heading that is no place or body",
		text: "Phân công cấp ủy viên phụ trách địa bàn\n\nXã Quang Kim: đồng chí Sùng A Páo phụ trách. Xã Mường Vi: đồng chí Lò Thị Én, Phó Bí thư Huyện ủy Bát Xát phụ trách.\nHội Nông dân huyện Bát Xát: đồng chí Vàng A Dơ theo dõi.\nNội dung: đồng chí Hoàng Văn Mỵ phụ trách. Xã Trịnh Tường: đồng chí Ly Seo Chư phụ trách công tác tổ chức.",
		want: []string{"resp|Sùng A Páo|xã Quang Kim", "resp|Lò Thị Én|xã Mường Vi", "resp|Vàng A Dơ|Hội Nông dân huyện Bát Xát",
			"holds|Lò Thị Én|Phó Bí thư|Huyện ủy Bát Xát"},
		absent: []string{"resp|Hoàng Văn Mỵ", "resp|Ly Seo Chư"},
	},
	{
		name: "a counted post then its holders after gồm các ông, bà: each holds it",
		text: "Đại hội Hội Nông dân tỉnh Sóc Trăng\n\nĐại hội bầu 3 Phó Chủ tịch Hội Nông dân tỉnh gồm các ông, bà: Thạch Sô Phol, Lâm Thị Hên, Kim Văn Đa.",
		want: []string{"holds|Thạch Sô Phol|Phó Chủ tịch|Hội Nông dân tỉnh Sóc Trăng", "holds|Lâm Thị Hên|Phó Chủ tịch|Hội Nông dân tỉnh Sóc Trăng",
			"holds|Kim Văn Đa|Phó Chủ tịch|Hội Nông dân tỉnh Sóc Trăng"},
	},
	{
		name: "the Front's congress: the deputies it elects with a bare counted post are its committee's",
		text: "Đại hội MTTQ Việt Nam xã Mỹ Tú lần thứ I\n\nĐại hội đã hiệp thương cử 2 Phó Chủ tịch chuyên trách gồm: ông Sơn Văn Nhỏ, bà Trần Thị Lệ.",
		want: []string{"holds|Sơn Văn Nhỏ|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc xã Mỹ Tú", "holds|Trần Thị Lệ|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc xã Mỹ Tú"},
	},
	{
		name:   "TUV, Tỉnh ủy viên in a city under the centre: a member of its Thành ủy; in a province, of its Tỉnh ủy",
		text:   "Đại hội MTTQ thành phố Hải Phòng\n\nÔng Vũ Văn Tuấn, TUV, Chủ tịch Hội Nông dân thành phố dự. Bà Phạm Thị Loan, Tỉnh ủy viên, Giám đốc Sở Nội vụ dự.",
		want:   []string{"holds|Vũ Văn Tuấn|Ủy viên|Thành ủy Hải Phòng", "holds|Phạm Thị Loan|Ủy viên|Thành ủy Hải Phòng"},
		absent: []string{"holds|Vũ Văn Tuấn|Ủy viên|Tỉnh ủy"},
	},
	{
		name:   "one person's duties in clauses after a colon: a bare chỉ đạo opening a later clause is a charge; not one opening a sentence",
		text:   "Phân công nhiệm vụ Ban Thường vụ Huyện ủy Pác Nặm\n\nĐồng chí Lương Thị Diện, Phó Bí thư Thường trực Huyện ủy: phụ trách công tác xây dựng Đảng; chỉ đạo Đảng bộ xã Bộc Bố, Đảng bộ xã Nghiên Loan.\n\nChỉ đạo Đảng bộ xã Cao Tân là nhiệm vụ trọng tâm.",
		want:   []string{"resp|Lương Thị Diện|Đảng bộ xã Bộc Bố", "resp|Lương Thị Diện|Đảng bộ xã Nghiên Loan"},
		absent: []string{"resp|Lương Thị Diện|Đảng bộ xã Cao Tân"},
	},
	{
		name:   "a charge of a field of a body's work (phụ trách kế toán của Hội X, công tác thi đua của Huyện đoàn) is no charge of the body; its work as a whole is",
		text:   "Hội nghị ở huyện Bạch Thông\n\nBà Ma Thị Huệ, cán bộ phụ trách kế toán của Hội Nông dân huyện, báo cáo. Đồng chí Hoàng Văn Khởi được giao phụ trách công tác thi đua của Huyện đoàn Bạch Thông. Đồng chí Lưu Văn Ngọ phụ trách hoạt động của Hội Cựu chiến binh huyện.",
		want:   []string{"resp|Lưu Văn Ngọ|Hội Cựu chiến binh huyện Bạch Thông"},
		absent: []string{"resp|Ma Thị Huệ", "resp|Hoàng Văn Khởi"},
	},
	{
		name:   "a post that is a word of a board's name before a comma and a name (Thay mặt Đoàn Chủ tịch, đồng chí A): no one's post; A's own post after the dash is read",
		text:   "Đại hội Hội Cựu chiến binh xã Tân Lập\n\nSáng 5/3, Hội Cựu chiến binh xã Tân Lập tổ chức đại hội lần thứ VIII. Thay mặt Đoàn Chủ tịch, đồng chí Phạm Văn Hải trình bày báo cáo chính trị. Thay mặt Đoàn Chủ tịch, đồng chí Lê Văn Tám - Phó Bí thư Đảng ủy xã Tân Lập phát biểu khai mạc.",
		want:   []string{"holds|Lê Văn Tám|Phó Bí thư|Đảng ủy xã Tân Lập"},
		absent: []string{"holds|Phạm Văn Hải|Chủ tịch", "holds|Lê Văn Tám|Chủ tịch"},
	},
}
