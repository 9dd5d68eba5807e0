package extract

import "testing"

// TestUnseenAfterReorg: ways of writing bodies, posts and charges that
// articles written after the July 2025 reorganisation use (communes directly
// under a province, mass bodies founded anew after a merger) and the rules
// misread on real articles they were not developed on (branch x11new), each
// in sentences written for the test. Facts as in TestConstructions.
func TestUnseenAfterReorg(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), unseenAfterReorg)
}

var unseenAfterReorg = []construction{
	{
		name:   "được chỉ định là: the post a person is appointed to, after the posts they hold",
		text:   "Công đoàn phường Hòa An ra mắt\n\nSáng 9/8, Liên đoàn Lao động thành phố công bố quyết định. Ông Lê Văn Bình, Phó Chủ tịch Ủy ban MTTQ phường, được chỉ định là Chủ tịch Công đoàn phường.",
		want:   []string{"holds|Lê Văn Bình|Chủ tịch|Công đoàn phường Hòa An", "holds|Lê Văn Bình|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc phường Hòa An"},
		absent: []string{"holds|Lê Văn Bình|Chủ tịch|Ủy ban Mặt trận Tổ quốc"},
	},
	{
		name:   "giao ban in a headline written in capitals is a briefing: no Ban Bí thư",
		text:   "ĐẢNG ỦY XÃ TÂN LẬP TỔ CHỨC HỘI NGHỊ GIAO BAN BÍ THƯ CÁC CHI BỘ THÁNG 5\n\nChiều 30/4, Ban Thường vụ Đảng ủy xã Tân Lập tổ chức hội nghị. Ông Lê Văn An, Bí thư Đảng ủy xã chủ trì.",
		want:   []string{"org|Ban Thường vụ Đảng ủy xã Tân Lập|party_board", "holds|Lê Văn An|Bí thư|Đảng ủy xã Tân Lập"},
		absent: []string{"org|Ban Bí thư|"},
	},
	{
		name: "giao with a capitalised board after it gives that board a task: the board is a body",
		text: "Xã Tân Lập kiện toàn các hội\n\nBan Thường vụ Đảng ủy xã Tân Lập giao Ban Xây dựng Đảng theo dõi Hội Khuyến học xã.",
		want: []string{"org|Ban Xây dựng Đảng Đảng ủy xã Tân Lập|party_board", "resp|Ban Xây dựng Đảng Đảng ủy xã Tân Lập|Hội Khuyến học xã Tân Lập"},
	},
	{
		name: "an article that lists a city's wards for each working group is about none of them: a group or board named alone takes the city, not the last ward listed",
		text: "Thành ủy Hải Phòng lập tổ công tác chỉ đạo đại hội\n\nBan Chỉ đạo chia thành 5 tổ công tác, do các thành viên Ban Chỉ đạo làm tổ trưởng.\n\nTổ 2 do ông Lê Văn An, Chủ tịch UBND thành phố làm Tổ trưởng. Ông An chịu trách nhiệm theo dõi các đơn vị: Đảng ủy Công an thành phố; các phường: Hồng Bàng, Lê Chân, phường Cát Hải.",
		want: []string{"holds|Lê Văn An|Tổ trưởng|Tổ công tác số 2 Thành phố Hải Phòng", "resp|Lê Văn An|phường Hồng Bàng", "resp|Lê Văn An|phường Cát Hải",
			"resp|Lê Văn An|Đảng ủy Công an Thành phố Hải Phòng"},
		absent: []string{"org|Tổ công tác số 2 phường", "org|Ban Chỉ đạo chia thành", "org|Đảng ủy Công an phường"},
	},
	{
		name:   "a body written with a bare kind of unit the article is not about (Công đoàn phường in an article about a xã): every ward's, as a rule says, no one body",
		text:   "Công đoàn xã Tân Lập ra mắt\n\nNgày 5/8, xã Tân Lập công bố quyết định thành lập Công đoàn xã Tân Lập. Bà Lê Thị Hoa là Chủ tịch Công đoàn xã.\nTrong thời gian không quá 12 tháng, Ban Chấp hành Công đoàn phường được chỉ định phải tổ chức đại hội.",
		want:   []string{"holds|Lê Thị Hoa|Chủ tịch|Công đoàn xã Tân Lập"},
		absent: []string{"org|Công đoàn Phường|", "org|Công đoàn phường|"},
	},
	{
		name: "a Ban Thường vụ appointed with the Ban Chấp hành of a mass body the sentence founds after a merger: that body's, not the commune's Party board",
		text: "Hội Nông dân xã Tân Lập kiện toàn tổ chức\n\nChiều 5/8, Hội Nông dân xã Tân Lập tổ chức hội nghị. Dự có ông Lê Văn Hòa, Phó Bí thư Thường trực Đảng ủy xã.\nTại hội nghị đã công bố quyết định thành lập Hội Nông dân xã Tân Lập sau sáp nhập, chỉ định Ban Chấp hành gồm 21 đồng chí, Ban Thường vụ gồm 5 đồng chí; ông Trần Văn Nam được chỉ định giữ chức Chủ tịch Hội Nông dân xã.",
		want: []string{"org|Ban Thường vụ Hội Nông dân xã Tân Lập|socio_political", "holds|Trần Văn Nam|Chủ tịch|Hội Nông dân xã Tân Lập",
			"holds|Lê Văn Hòa|Phó Bí thư Thường trực|Đảng ủy xã Tân Lập"},
		absent: []string{"org|Ban Thường vụ Đảng ủy xã Tân Lập|"},
	},
	{
		name:   "a Party committee's own boards appointed by its superior stay the Party's",
		text:   "Thành lập Đảng bộ xã Tân Lập\n\nSáng 1/7, Ban Thường vụ Tỉnh ủy Phú Thọ công bố quyết định thành lập Đảng bộ xã Tân Lập, chỉ định Ban Chấp hành gồm 25 đồng chí, Ban Thường vụ gồm 9 đồng chí.",
		want:   []string{"org|Ban Thường vụ Đảng bộ xã Tân Lập|party_board"},
		absent: []string{"org|Ban Thường vụ Tỉnh ủy Phú Thọ Đảng"},
	},
	{
		name: "the Party committee of a central body (Đảng ủy Chính phủ, Đảng ủy Quốc hội, Đảng ủy Bộ Y tế, Đảng ủy Văn phòng Trung ương Đảng) is a body, and its posts are held",
		text: "Đại hội Đảng bộ Văn phòng Trung ương Đảng\n\nÔng Nguyễn Văn An, Phó Bí thư Đảng ủy Chính phủ phát biểu. Bà Lê Thị Hoa, Bí thư Đảng ủy Quốc hội dự. Ông Lê Văn Cường, Bí thư Đảng ủy Bộ Y tế dự. Ông Đặng Văn Toàn được bầu giữ chức Phó Bí thư Thường trực Đảng ủy Văn phòng Trung ương Đảng.",
		want: []string{"holds|Nguyễn Văn An|Phó Bí thư|Đảng ủy Chính phủ", "holds|Lê Thị Hoa|Bí thư|Đảng ủy Quốc hội", "holds|Lê Văn Cường|Bí thư|Đảng ủy Bộ Y tế",
			"holds|Đặng Văn Toàn|Phó Bí thư Thường trực|Đảng ủy Văn phòng Trung ương Đảng", "org|Đảng ủy Chính phủ|party_committee"},
		absent: []string{"holds|Nguyễn Văn An|Phó Bí thư|Chính phủ"},
	},
	{
		name:   "a new commune's cell of its Party agencies (Chi bộ các cơ quan Đảng xã X), in a headline in capitals and named alone: a cell, not the Đảng bộ",
		text:   "ĐẠI HỘI CHI BỘ CÁC CƠ QUAN ĐẢNG XÃ TÂN LẬP LẦN THỨ NHẤT\n\nChiều 25/7, Chi bộ các cơ quan Đảng tổ chức Đại hội. Dự có ông Lê Văn An, Bí thư Đảng ủy xã Tân Lập. Bà Lê Thị Hoa được chỉ định giữ chức Bí thư Chi bộ các cơ quan Đảng xã.",
		want:   []string{"org|Chi bộ các cơ quan Đảng xã Tân Lập|party_committee", "holds|Lê Thị Hoa|Bí thư|Chi bộ các cơ quan Đảng xã Tân Lập"},
		absent: []string{"org|Đảng bộ các cơ quan Đảng xã Tân Lập", "org|Đảng ủy các cơ quan Đảng xã Tân Lập"},
	},
	{
		name:   "Phó Chánh Văn phòng Thường trực is one post, the office named after it",
		text:   "Hội nghị ở Văn phòng Trung ương Đảng\n\nBà Lâm Thị Thanh, Phó Chánh Văn phòng Thường trực Văn phòng Trung ương Đảng dự.",
		want:   []string{"holds|Lâm Thị Thanh|Phó Chánh Văn phòng Thường trực|Văn phòng Trung ương Đảng"},
		absent: []string{"org|Thường trực Văn phòng Trung ương Đảng"},
	},
	{
		name: "a heading Danh sách N Ủy viên Ban Thường vụ …, then numbered lines each opening with a name: every name on the lines is Ủy viên of that board, whatever else the line says; not the name after the list",
		text: "Thành ủy Hải Phòng có Ban Thường vụ mới\n\nBan Chấp hành Đảng bộ thành phố Hải Phòng đã bầu Ban Thường vụ gồm 15 đồng chí.\n\nDanh sách 15 Ủy viên Ban Thường vụ Thành ủy Hải Phòng khóa XVII\n\n1 - Ông Lê Văn An, Ủy viên Trung ương Đảng, Bí thư Thành ủy Hải Phòng, Bí thư Đảng ủy Bộ Tư lệnh Vùng biển.\n\n2 - Bà Trần Thị Bình, Phó Bí thư Thường trực Thành ủy.\n\nÔng Lê Văn Dũng, Giám đốc Sở Nội vụ phát biểu.",
		want: []string{"holds|Lê Văn An|Ủy viên|Ban Thường vụ Thành ủy Hải Phòng", "holds|Trần Thị Bình|Ủy viên|Ban Thường vụ Thành ủy Hải Phòng",
			"holds|Lê Văn An|Bí thư|Thành ủy Hải Phòng", "holds|Trần Thị Bình|Phó Bí thư Thường trực|Thành ủy Hải Phòng"},
		absent: []string{"holds|Lê Văn Dũng|Ủy viên"},
	},
	{
		name:   "the Front's congress consults (hiệp thương cử) its committee, then a bare Ban Thường trực: the Front committee's standing board",
		text:   "Ra mắt Ủy ban MTTQ Việt Nam xã Tân Lập khóa I\n\nNgày 20/9, Đại hội đã hiệp thương cử 45 vị tham gia Ủy ban MTTQ Việt Nam xã Tân Lập khóa I; Ban Thường trực gồm 5 vị, bà Lê Thị Hoa làm Chủ tịch.",
		want:   []string{"org|Ban Thường trực Ủy ban Mặt trận Tổ quốc xã Tân Lập|front", "holds|Lê Thị Hoa|Chủ tịch|Ủy ban Mặt trận Tổ quốc xã Tân Lập"},
		absent: []string{"org|Ban Thường trực Đảng"},
	},
	{
		name:   "a national body's decision appointing the boards of another (quyết định của Ban Bí thư Trung ương Đoàn về chỉ định Ban Chấp hành, Ban Thường vụ … Đoàn TNCS tỉnh X): the boards are not the national body's",
		text:   "Đại hội Đoàn tỉnh Tây Ninh\n\nNgày 5/12, Đại hội đã công bố các quyết định của Ban Bí thư Trung ương Đoàn về chỉ định Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra; Bí thư, Phó Bí thư Đoàn TNCS Hồ Chí Minh tỉnh Tây Ninh khóa I.",
		absent: []string{"org|Ban Thường vụ Ban Bí thư", "org|Ban Thường vụ Trung ương Đoàn"},
	},
	{
		name:   "phụ trách Đảng bộ phường A, phường B và phường C: the Party committee of each ward the list goes on with, not the first's and two areas; a body of another kind after và is its own",
		text:   "Tuyên Quang phân công cán bộ\n\nĐồng chí Trần Thị Bình, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh phụ trách Đảng bộ phường Hà Giang 1, phường Hà Giang 2 và phường Minh Xuân. Đồng chí Lê Văn Cường phụ trách Đảng bộ xã Tân Trào và Hội Nông dân xã Hồng Thái.",
		want:   []string{"resp|Trần Thị Bình|Đảng bộ phường Hà Giang 1", "resp|Trần Thị Bình|Đảng bộ phường Hà Giang 2", "resp|Trần Thị Bình|Đảng bộ phường Minh Xuân", "resp|Lê Văn Cường|Hội Nông dân xã Hồng Thái"},
		absent: []string{"resp|Trần Thị Bình|phường Hà Giang 2", "resp|Lê Văn Cường|Đảng bộ xã Hồng Thái"},
	},
	{
		name:   "a post with trước đây after its body, then nay là: the first post was held before the merger, the one after nay là is held now",
		text:   "Đắk Lắk công bố quyết định\n\nBà Nguyễn Thị Hoa, Phó Chủ tịch UBND huyện Ea Kar trước đây, nay là Chủ tịch UBND xã Ea Kar phát biểu.",
		want:   []string{"holds|Nguyễn Thị Hoa|Chủ tịch|UBND xã Ea Kar"},
		absent: []string{"holds|Nguyễn Thị Hoa|Phó Chủ tịch|UBND huyện Ea Kar"},
	},
	{
		name: "a table of working groups printed a cell a paragraph (header, then each row's number, leader, and what it supervises): the group, its leader, its charges; names after 'Các xã, phường:' take the kind the gazetteer knows them by",
		text: " date 2025-10-21 TP.HCM lập tổ công tác giám sát đảng ủy phường, xã\n\nBan Thường vụ Thành ủy TP.HCM quyết định thành lập 19 tổ công tác giám sát Đảng ủy các phường, xã, đặc khu.\n\nTổ công tác\n\nTổ trưởng\n\nĐịa phương, đơn vị giám sát\n\n1\n\nÔng Lê Văn An, Phó Bí thư Thành ủy TP.HCM\n\n- Các xã, phường: Vĩnh Lộc, Phú An.\n\n- Đảng ủy Công an TP.HCM.\n\n2\n\nBà Trần Thị Bình, Ủy viên Ban Thường vụ Thành ủy TP.HCM\n\n- Các xã: Bình Lợi, Tân Nhựt.\n\nCác tổ công tác báo cáo kết quả trước ngày 30/11.",
		want: []string{"holds|Lê Văn An|Tổ trưởng|Tổ công tác số 1", "resp|Tổ công tác số 1 của Ban Thường vụ Thành ủy TP Hồ Chí Minh|xã Vĩnh Lộc",
			"resp|Tổ công tác số 1 của Ban Thường vụ Thành ủy TP Hồ Chí Minh|phường Phú An", "resp|Tổ công tác số 1 của Ban Thường vụ Thành ủy TP Hồ Chí Minh|Đảng ủy Công an",
			"holds|Trần Thị Bình|Tổ trưởng|Tổ công tác số 2", "resp|Tổ công tác số 2 của Ban Thường vụ Thành ủy TP Hồ Chí Minh|xã Bình Lợi",
			"holds|Lê Văn An|Phó Bí thư|Thành ủy TP Hồ Chí Minh"},
		absent: []string{"resp|Tổ công tác số 1 của Ban Thường vụ Thành ủy TP Hồ Chí Minh|xã Bình Lợi", "resp|Tổ công tác số 2 của Ban Thường vụ Thành ủy TP Hồ Chí Minh|xã Vĩnh Lộc",
			"resp|Tổ công tác số 1 của Ban Thường vụ Thành ủy TP Hồ Chí Minh|xã Phú An"},
	},
	{
		name:   "a paragraph of a group's kind alone that no table follows reads nothing away: the sentences after it are read as any",
		text:   "Hội nghị ở xã Tân Lập\n\nTổ công tác\n\nChiều 5/8, ông Lê Văn An, Bí thư Đảng ủy xã Tân Lập chủ trì hội nghị. Hội Nông dân xã Tân Lập báo cáo kết quả công tác.",
		want:   []string{"holds|Lê Văn An|Bí thư|Đảng ủy xã Tân Lập", "org|Hội Nông dân xã Tân Lập|socio_political"},
		absent: []string{"holds|Lê Văn An|Tổ trưởng"},
	},
	{
		name:   "the Party committee of the Capital Command (Đảng ủy Bộ Tư lệnh Thủ đô), a post the city's Party secretary holds",
		text:   "Hà Nội có Ban Thường vụ mới\n\nBà Lê Thị Hoa, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội, Bí thư Đảng ủy Bộ Tư lệnh Thủ đô phát biểu.",
		want:   []string{"holds|Lê Thị Hoa|Bí thư|Đảng ủy Bộ Tư lệnh Thủ đô", "holds|Lê Thị Hoa|Bí thư|Thành ủy Hà Nội"},
		absent: []string{"holds|Lê Thị Hoa|Bí thư|Đảng ủy phường"},
	},
	{
		name:   "a post's term (khóa XV) before the comma does not end the list: the posts after it are held too",
		text:   "Hà Nội có Ban Thường vụ mới\n\nBà Lê Thị Hoa, Bí thư Thành ủy Hà Nội, Trưởng Đoàn đại biểu Quốc hội TP Hà Nội khóa XV, Bí thư Đảng ủy Bộ Tư lệnh Thủ đô phát biểu.",
		want:   []string{"holds|Lê Thị Hoa|Trưởng đoàn|Đoàn ĐBQH Thành phố Hà Nội", "holds|Lê Thị Hoa|Bí thư|Đảng ủy Bộ Tư lệnh Thủ đô"},
		absent: []string{"holds|Lê Thị Hoa|Bí thư|Đoàn"},
	},
}
