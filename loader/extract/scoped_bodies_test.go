package extract

import "testing"

// TestScopedBodyConstructions: bodies named wrongly or mis-scoped on real
// pages the rules were never developed on (the boards a mass organisation
// has of its own, committees of the city named after a person, Party cells
// of an agency; where a bare body is when the sentence names another unit
// in passing or the centre), each in a short article composed for the test, beside the
// right body it must keep.
func TestScopedBodyConstructions(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), scopedBodyConstructions)
}

// TestScopedBodyConstructionsWithoutGazetteer: the same, read with the
// rules alone.
func TestScopedBodyConstructionsWithoutGazetteer(t *testing.T) {
	checkConstructions(t, newExtractor(t, nil), scopedBodyConstructions)
}

var scopedBodyConstructions = []construction{
	{
		name: "a mass organisation's organisation-and-inspection board (Ban Tổ chức - Kiểm tra) is its own, not the Party's Ban Tổ chức and Ban Kiểm tra",
		text: "Phường Tân Định tổng kết công tác hội\n\nDự hội nghị có bà Phạm Thị Lan - Trưởng Ban Tổ chức - Kiểm tra Hội Liên hiệp Phụ nữ thành phố Hà Nội; ông Võ Văn Bình - Phó Trưởng Ban Tổ chức Kiểm tra, Hội Nông dân tỉnh Bình Dương; ông Lê Văn Tư - Bí thư Đảng ủy phường Tân Định.",
		want: []string{"org|Ban Tổ chức - Kiểm tra Hội Liên hiệp Phụ nữ Thành phố Hà Nội|socio_political",
			"holds|Phạm Thị Lan|Trưởng ban|Ban Tổ chức - Kiểm tra Hội Liên hiệp Phụ nữ Thành phố Hà Nội",
			"org|Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh Bình Dương|socio_political",
			"holds|Võ Văn Bình|Phó Trưởng ban|Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh Bình Dương",
			"holds|Lê Văn Tư|Bí thư|Đảng ủy phường Tân Định"},
		absent: []string{"org|Ban Tổ chức Đảng ủy", "org|Ban Kiểm tra Đảng ủy", "org|Ban Tổ chức Thành ủy", "holds|Phạm Thị Lan|Trưởng ban|Ban Tổ chức|"},
	},
	{
		name: "the Party's own Ban Tổ chức and Ủy ban Kiểm tra stay the Party's",
		text: "Huyện Đức Trọng kiện toàn cán bộ\n\nÔng Trần Văn Hải, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Đức Trọng phát biểu. Bà Lê Thị Thu, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Đức Trọng cùng dự.",
		want: []string{"holds|Trần Văn Hải|Trưởng ban|Ban Tổ chức Huyện ủy Đức Trọng", "org|Ban Tổ chức Huyện ủy Đức Trọng|party_board",
			"holds|Lê Thị Thu|Chủ nhiệm|Ủy ban Kiểm tra Huyện ủy Đức Trọng"},
		absent: []string{"org|Ban Tổ chức - Kiểm tra"},
	},
	{
		name: "committees of the city named after a person (Thành ủy, Thành đoàn TP.HCM) keep the city's kind: Hồ Chí Minh alone is a person",
		text: "TP.HCM tổng kết công tác thanh niên\n\nChị Lê Thị Hồng, Thành ủy viên, Bí thư Thành đoàn TP.HCM phát biểu. Ban Thường vụ Thành Đoàn TPHCM trao 50 suất học bổng. Ông Trần Văn Nam, Phó Bí thư Thành ủy Thành phố Hồ Chí Minh cùng dự.",
		want: []string{"org|Thành đoàn TP Hồ Chí Minh|socio_political", "holds|Lê Thị Hồng|Bí thư|Thành đoàn TP Hồ Chí Minh",
			"holds|Lê Thị Hồng|Ủy viên|Thành ủy TP Hồ Chí Minh", "org|Ban Thường vụ Thành đoàn TP Hồ Chí Minh|socio_political",
			"holds|Trần Văn Nam|Phó Bí thư|Thành ủy TP Hồ Chí Minh"},
		absent: []string{"org|Thành đoàn Hồ Chí Minh", "org|Thành ủy Hồ Chí Minh", "org|Ban Thường vụ Thành đoàn Hồ Chí Minh"},
	},
	{
		name:   "committees of other cities carry the city's name alone",
		text:   "Thành phố Cần Thơ gặp mặt cán bộ Đoàn\n\nAnh Phạm Văn Khoa, Bí thư Thành đoàn Cần Thơ và ông Võ Văn Lâm, Phó Bí thư Thành ủy Đà Nẵng cùng dự.",
		want:   []string{"org|Thành đoàn Cần Thơ|socio_political", "holds|Võ Văn Lâm|Phó Bí thư|Thành ủy Đà Nẵng"},
		absent: []string{"org|Thành đoàn TP", "org|Thành đoàn Thành phố", "org|Thành ủy TP", "org|Thành ủy Thành phố"},
	},
	{
		name: "a Ban Kiểm tra named alone is no Party committee's (the Party's is its Ủy ban Kiểm tra); named with its association it is that one's",
		text: "Xã Phú An thành lập Hội Chữ thập đỏ\n\nNgày 3/8, Hội Chữ thập đỏ huyện trao quyết định công nhận Ban Chấp hành, Ban Thường vụ và Ban Kiểm tra lâm thời. Ông Lê Văn Sáu, Trưởng Ban Kiểm tra Hội Cựu chiến binh xã Phú An phát biểu. Bà Trần Thị Mười, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Phú An cùng dự.",
		want: []string{"org|Ban Kiểm tra Hội Cựu chiến binh xã Phú An|socio_political", "holds|Lê Văn Sáu|Trưởng ban|Ban Kiểm tra Hội Cựu chiến binh xã Phú An",
			"holds|Trần Thị Mười|Chủ nhiệm|Ủy ban Kiểm tra Đảng ủy xã Phú An"},
		absent: []string{"org|Ban Kiểm tra Đảng ủy", "org|Ban Kiểm tra Huyện ủy", "org|Ban Kiểm tra|"},
	},
	{
		name: "a board named alone is the one last named in full with that name: a Youth Union's, not the Party's",
		text: "Tỉnh Lâm Đồng tổ chức đại hội Đoàn\n\nĐại hội đã bầu Ban Chấp hành Tỉnh đoàn Lâm Đồng gồm 45 đồng chí.\nBan Thường vụ Tỉnh đoàn khóa XI gồm 15 đồng chí. Ủy ban Kiểm tra Tỉnh đoàn gồm 7 đồng chí.\nChủ nhiệm Ủy ban kiểm tra là đồng chí Hà Văn Tâm.\nBan Chấp hành, Ban Thường vụ, Ủy ban kiểm tra đã ra mắt đại hội.",
		want: []string{"org|Ban Thường vụ Tỉnh đoàn Lâm Đồng|socio_political", "org|Ủy ban Kiểm tra Tỉnh đoàn Lâm Đồng|socio_political",
			"holds|Hà Văn Tâm|Chủ nhiệm|Ủy ban Kiểm tra Tỉnh đoàn Lâm Đồng"},
		absent: []string{"org|Ủy ban Kiểm tra Tỉnh ủy", "org|Ban Thường vụ Tỉnh ủy", "holds|Hà Văn Tâm|Chủ nhiệm|Ủy ban Kiểm tra Tỉnh ủy"},
	},
	{
		name: "named alone after the Party's board, the board is still the Party's",
		text: "Tỉnh Lâm Đồng tổng kết công tác kiểm tra\n\nỦy ban Kiểm tra Tỉnh ủy Lâm Đồng tổ chức hội nghị.\nChủ nhiệm Ủy ban kiểm tra là đồng chí Hà Văn Tâm.",
		want: []string{"holds|Hà Văn Tâm|Chủ nhiệm|Ủy ban Kiểm tra Tỉnh ủy Lâm Đồng"},
	},
	{
		name: "a district's offices listed after a body of the district are that district's; named in lower case with their field capitalised, and with &, they are offices too",
		text: "Tỉnh Lâm Đồng gặp mặt người cao tuổi\n\nDự buổi lễ có lãnh đạo Ủy ban MTTQ huyện Đức Trọng, Phòng Giáo dục và Đào tạo, Phòng Nội vụ. Đại diện Hội Người cao tuổi thành phố Bảo Lộc, phòng Lao động, Thương binh & Xã hội thành phố Bảo Lộc cùng dự. Huyện tăng cường công tác phòng chống dịch.",
		want: []string{"org|Phòng Giáo dục và Đào tạo huyện Đức Trọng|government", "org|Phòng Nội vụ huyện Đức Trọng|government",
			"org|Phòng Lao động - Thương binh và Xã hội thành phố Bảo Lộc|government"},
		absent: []string{"org|Phòng Nội vụ thành phố", "org|Phòng Giáo dục và Đào tạo thành phố", "org|Phòng chống"},
	},
	{
		name:   "offices listed after a body named only by its district's kind take that kind, the district unnamed",
		text:   "Hội Khuyến học huyện họp mặt\n\nCùng dự có các đồng chí lãnh đạo: Ủy ban MTTQ huyện, Phòng Giáo dục và Đào tạo, Phòng Nội vụ.",
		want:   []string{"org|Phòng Giáo dục và Đào tạo Huyện|government", "org|Phòng Nội vụ Huyện|government"},
		absent: []string{"org|Phòng Nội vụ|government"},
	},
	{
		name: "an agency's Party cell written with Đảng or its level is the cell of the body named after it; its Bí thư named alone, paragraphs later, is that cell's",
		text: "Hội Nông dân tỉnh Long An thành lập chi bộ\n\nSáng 5/6, Chi bộ cơ sở Đảng Hội Nông dân tỉnh Long An ra mắt.\nĐảng ủy Khối các cơ quan tỉnh trao quyết định cho ông Lê Văn Hai (Bí thư Chi bộ) và bà Trần Thị Ba (Phó Bí thư Chi bộ).\nChi bộ Đảng Trường THCS Tân Hòa ra mắt cùng ngày.",
		want: []string{"org|Chi bộ cơ sở Hội Nông dân tỉnh Long An|party_committee", "holds|Lê Văn Hai|Bí thư|Chi bộ cơ sở Hội Nông dân tỉnh Long An",
			"holds|Trần Thị Ba|Phó Bí thư|Chi bộ cơ sở Hội Nông dân tỉnh Long An", "org|Chi bộ Trường THCS Tân Hòa|party_committee"},
		absent: []string{"org|Chi bộ Đảng", "org|Chi bộ cơ sở Đảng", "org|Chi bộ tỉnh"},
	},
	{
		name:   "with two cells named before, a Bí thư Chi bộ named alone is no one cell's",
		text:   "Huyện Cần Giuộc thành lập chi bộ\n\nChi bộ Hội Nông dân huyện Cần Giuộc và Chi bộ Hội Cựu chiến binh huyện Cần Giuộc ra mắt.\nÔng Lê Văn Hai (Bí thư Chi bộ) phát biểu.",
		want:   []string{"org|Chi bộ Hội Nông dân huyện Cần Giuộc|party_committee", "org|Chi bộ Hội Cựu chiến binh huyện Cần Giuộc|party_committee"},
		absent: []string{"holds|Lê Văn Hai|Bí thư"},
	},
	{
		name: "the Young Pioneers (Đội TNTP Hồ Chí Minh) and their council (Hội đồng Đội) are bodies of their place; Hội đồng nhân dân is not one",
		text: "Phường Tân Mai ra mắt Hội đồng Đội\n\nBan Thường vụ Đoàn phường Tân Mai công bố quyết định thành lập Đội Thiếu niên Tiền phong Hồ Chí Minh phường Tân Mai và ra mắt Hội đồng Đội phường Tân Mai. Chị Lê Thị Hoa, Chủ tịch Hội đồng Đội phường phát biểu. Anh Trần Văn Nam, Bí thư Trung ương Đoàn, Chủ tịch Hội đồng Đội Trung ương dự. Hội đồng nhân dân phường cùng dự.",
		want: []string{"org|Đội Thiếu niên Tiền phong Hồ Chí Minh phường Tân Mai|socio_political", "org|Hội đồng Đội phường Tân Mai|socio_political",
			"holds|Lê Thị Hoa|Chủ tịch|Hội đồng Đội phường Tân Mai", "holds|Trần Văn Nam|Chủ tịch|Hội đồng Đội Trung ương", "org|HĐND phường Tân Mai|government"},
		absent: []string{"org|Hội đồng Đội nhân", "org|Hội đồng Đội Trung ương phường", "org|Đội Thiếu niên Tiền phong Hồ Chí Minh|"},
	},
	{
		name: "one association however its name is written (with or without /dioxin, đioxin, Da cam alone): one canonical name",
		text: "Huyện Phú Bình tổng kết công tác hội\n\nHội Nạn nhân chất độc da cam/dioxin huyện Phú Bình tổng kết năm. Bà Lê Thị Năm, Chủ tịch Hội Nạn nhân chất độc da cam xã Tân Đức và ông Trần Văn Tư, Chủ tịch Hội Nạn nhân Da cam xã Tân Kim cùng dự. Hội Nạn nhân chất độc da cam đioxin xã Tân Thành trao quà.",
		want: []string{"org|Hội Nạn nhân chất độc da cam/dioxin huyện Phú Bình|association", "holds|Lê Thị Năm|Chủ tịch|Hội Nạn nhân chất độc da cam/dioxin xã Tân Đức",
			"holds|Trần Văn Tư|Chủ tịch|Hội Nạn nhân chất độc da cam/dioxin xã Tân Kim", "org|Hội Nạn nhân chất độc da cam/dioxin xã Tân Thành|association"},
		absent: []string{"org|Hội Nạn nhân chất độc da cam xã", "org|Hội Nạn nhân Da cam", "org|Hội Nạn nhân chất độc da cam huyện"},
	},
	{
		name:   "a body named by its unit's kind alone takes the one unit of that kind the sentence names, in another body's name too",
		text:   "Bến Tre: Đại hội Hội LHTN Việt Nam xã Tân Lập và xã Phú Hòa\n\nỦy ban Hội LHTN Việt Nam tỉnh Bến Tre chọn hai điểm là xã Tân Lập (Mỏ Cày) và xã Phú Hòa (Ba Tri).\n\nNgày 3/4, Ủy ban Hội LHTN Việt Nam xã Tân Lập tổ chức Đại hội Hội LHTN Việt Nam xã lần thứ V, có 90 đại biểu dự.\n\nCùng ngày, Ủy ban Hội LHTN Việt Nam xã Phú Hòa tổ chức Đại hội Hội LHTN Việt Nam lần thứ VI.",
		want:   []string{"org|Hội Liên hiệp Thanh niên Việt Nam xã Tân Lập|association", "org|Hội Liên hiệp Thanh niên Việt Nam xã Phú Hòa|association"},
		absent: []string{"org|Hội Liên hiệp Thanh niên Việt Nam Xã|"},
	},
	{
		name: "a local kind of body with Trung ương (or T.Ư) after it is the central one, not the article's province's",
		text: "Đại hội Đảng bộ tỉnh Hà Tĩnh\n\nDự đại hội có Thượng tướng Nguyễn Văn Ba, Ủy viên Đảng ủy Công an Trung ương, và Đại tướng Trần Văn Bốn, Phó Bí thư Đảng ủy Quân sự T.Ư. Ông Lê Văn Năm, Bí thư Đảng ủy Công an tỉnh phát biểu.",
		want: []string{"org|Đảng ủy Công an Trung ương|party_committee", "org|Đảng ủy Quân sự Trung ương|party_committee",
			"holds|Nguyễn Văn Ba|Ủy viên|Đảng ủy Công an Trung ương", "holds|Trần Văn Bốn|Phó Bí thư|Đảng ủy Quân sự Trung ương",
			"org|Đảng ủy Công an tỉnh Hà Tĩnh|party_committee"},
		absent: []string{"holds|Nguyễn Văn Ba|Ủy viên|Đảng ủy Công an tỉnh Hà Tĩnh", "org|Đảng ủy Quân sự tỉnh Hà Tĩnh"},
	},
	{
		name: "a province written in parentheses after a unit says where that unit is; a bare body later in the sentence is the unit's, not the province's",
		text: "Phường Tân Định ra mắt câu lạc bộ\n\nỦy ban MTTQ Việt Nam phường Tân Định (TPHCM) phối hợp cùng Trung tâm Văn hóa Tân Định tổ chức lễ ra mắt câu lạc bộ (CLB) Dưỡng sinh. Ông Trần Văn Hai làm Chủ nhiệm CLB Dưỡng sinh.",
		want: []string{"org|Câu lạc bộ Dưỡng sinh phường Tân Định|association",
			"holds|Trần Văn Hai|Chủ nhiệm|Câu lạc bộ Dưỡng sinh phường Tân Định"},
		absent: []string{"org|Câu lạc bộ Dưỡng sinh Thành phố Hồ Chí Minh", "org|Câu lạc bộ Dưỡng sinh TP"},
	},
	{
		name:   "the place that ends a school's name is where the school is: a bare body later in the sentence is the article's",
		text:   "Phường Tân Định ra mắt câu lạc bộ\n\nỦy ban MTTQ Việt Nam phường Tân Định ra mắt câu lạc bộ (CLB) Dưỡng sinh. Đó là ông Trần Văn Hai, nguyên giảng viên Trường Đại học Sư phạm TPHCM, hiện là Chủ nhiệm CLB Dưỡng sinh.",
		want:   []string{"org|Câu lạc bộ Dưỡng sinh phường Tân Định|association"},
		absent: []string{"org|Câu lạc bộ Dưỡng sinh Thành phố Hồ Chí Minh"},
	},
	{
		name: "a body written after a place in its own right still takes that place",
		text: "Phường Tân Định ra mắt câu lạc bộ\n\nTại phường Tân Định, Hội Người cao tuổi ra mắt Câu lạc bộ Dưỡng sinh.",
		want: []string{"org|Câu lạc bộ Dưỡng sinh phường Tân Định|association"},
	},
	{
		name: "a hamlet's number (or letter) is part of its name: Khu phố Phú Hòa 7 and Phú Hòa 8 are two hamlets",
		text: "Phường Tân Định sinh hoạt chi bộ\n\nChi bộ khu phố Phú Hòa 7 và Chi bộ khu phố Phú Hòa 8 phường Tân Định tổ chức sinh hoạt. Ông Lê Văn Sáu, Bí thư Chi bộ ấp Tân Lộc 2 phát biểu.",
		want: []string{"org|Chi bộ khu phố Phú Hòa 7 phường Tân Định|party_committee", "org|Chi bộ khu phố Phú Hòa 8 phường Tân Định|party_committee",
			"holds|Lê Văn Sáu|Bí thư|Chi bộ ấp Tân Lộc 2 phường Tân Định"},
		absent: []string{"org|Chi bộ khu phố Phú Hòa phường Tân Định", "org|Chi bộ ấp Tân Lộc phường Tân Định"},
	},
	{
		name: "a Party committee named once before a list of its units' names is each unit's committee, and so is a board before it",
		text: "Thành phố Hồ Chí Minh: sơ kết cụm thi đua\n\nCụm thi đua 1 (gồm Quận ủy 1, 3, 10, Tân Bình) tổ chức hội nghị. Đoàn công tác làm việc với Ban Thường vụ Huyện ủy Củ Chi, Hóc Môn và Đảng ủy Quân sự Thành phố.",
		want: []string{"org|Quận ủy Quận 1|party_committee", "org|Quận ủy Quận 3|party_committee", "org|Quận ủy Quận 10|party_committee",
			"org|Quận ủy Tân Bình|party_committee", "org|Ban Thường vụ Huyện ủy Củ Chi|party_board", "org|Ban Thường vụ Huyện ủy Hóc Môn|party_board"},
		absent: []string{"org|Quận ủy Đảng", "org|Huyện ủy Đảng"},
	},
	{
		name:   "a committee's name followed by a person's name or another body is no list of units",
		text:   "Tỉnh Đồng Nai họp báo\n\nÔng Trần Văn Hai, Bí thư Huyện ủy Nhơn Trạch, Lê Văn Ba, Chủ tịch UBND huyện phát biểu. Huyện ủy Nhơn Trạch, UBND huyện Long Thành cùng dự.",
		want:   []string{"org|Huyện ủy Nhơn Trạch|party_committee", "holds|Trần Văn Hai|Bí thư|Huyện ủy Nhơn Trạch"},
		absent: []string{"org|Huyện ủy Lê Văn Ba", "org|Huyện ủy UBND"},
	},
}
