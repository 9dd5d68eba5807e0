package extract

import "testing"

// TestUnseenBodyConstructions: ways of naming bodies and their
// responsibility found missing on real articles the rules were never
// developed on, each in a short article composed for the test.
func TestUnseenBodyConstructions(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), unseenBodyConstructions)
}

// TestUnseenBodyConstructionsWithoutGazetteer: the same, read with the
// rules alone.
func TestUnseenBodyConstructionsWithoutGazetteer(t *testing.T) {
	checkConstructions(t, newExtractor(t, nil), unseenBodyConstructions)
}

var unseenBodyConstructions = []construction{
	{
		name: "abbreviated associations and mass organisations written without Hội, or with a shortened name",
		text: "Phường An Lạc tổng kết công tác năm 2025\n\nDự hội nghị có ông Trần Văn Út, Chủ tịch HCTĐ phường An Lạc; ông Huỳnh Văn Ba, Chủ tịch HKH phường; bà Lê Thị Nga, Chủ tịch Hội LH Phụ nữ phường; ông Võ Văn Năm, Chủ tịch HCCB phường và ông Phan Văn Sáu, Chủ tịch HNCT phường. Hội NKT phường trao 20 xe lăn; CCB phường An Lạc góp quỹ.",
		want: []string{"org|Hội Chữ thập đỏ phường An Lạc|association", "org|Hội Khuyến học phường An Lạc|association",
			"org|Hội Liên hiệp Phụ nữ phường An Lạc|socio_political", "org|Hội Cựu chiến binh phường An Lạc|socio_political",
			"org|Hội Người cao tuổi phường An Lạc|association", "org|Hội Người khuyết tật phường An Lạc|association",
			"holds|Trần Văn Út|Chủ tịch|Hội Chữ thập đỏ phường An Lạc", "holds|Huỳnh Văn Ba|Chủ tịch|Hội Khuyến học phường An Lạc"},
		absent: []string{"org|Hội LH Phụ nữ", "org|Hội NKT"},
	},
	{
		name:   "CCB and NCT alone, with no place after them, are people, not bodies",
		text:   "Xã Tân Lập thăm hỏi người có công\n\nNhân dịp Tết, xã Tân Lập tặng quà cho 120 NCT và 45 CCB có hoàn cảnh khó khăn.",
		absent: []string{"org|Hội Người cao tuổi", "org|Hội Cựu chiến binh"},
	},
	{
		name: "associations whose names mix lower-case and capitalised words up to their place, and names ended by a linking word",
		text: "Tỉnh Phú Yên họp mặt các câu lạc bộ\n\nCâu lạc bộ Doanh nhân Cựu chiến binh tỉnh Phú Yên ra mắt. Hội Người Hoa đã trao quà cho hộ nghèo. Câu lạc bộ Cựu giáo chức tỉnh có 40 hội viên. Câu lạc bộ Võ thuật cổ truyền tỉnh vừa ra mắt.",
		want: []string{"org|Câu lạc bộ Doanh nhân Cựu chiến binh tỉnh Phú Yên|association", "org|Câu lạc bộ Cựu giáo chức tỉnh Phú Yên|association",
			"org|Câu lạc bộ Võ thuật cổ truyền tỉnh Phú Yên|association", "org|Hội Người Hoa tỉnh Phú Yên|association"},
	},
	{
		name: "trade associations (Hiệp hội) and associations of people from one province living in another (Hội đồng hương … tại …)",
		text: "Tỉnh Đồng Nai gặp mặt doanh nghiệp\n\nBà Trần Thị Mai, Chủ tịch Hiệp hội Doanh nghiệp tỉnh Đồng Nai phát biểu. Ông Lê Văn Hai, Chủ tịch Hội đồng hương Nghệ An tại Đồng Nai và Hội đồng hương tỉnh Quảng Ngãi tại Đồng Nai cùng dự.",
		want: []string{"org|Hiệp hội Doanh nghiệp tỉnh Đồng Nai|association", "holds|Trần Thị Mai|Chủ tịch|Hiệp hội Doanh nghiệp tỉnh Đồng Nai",
			"org|Hội đồng hương Nghệ An tại Đồng Nai|association", "holds|Lê Văn Hai|Chủ tịch|Hội đồng hương Nghệ An tại Đồng Nai",
			"org|Hội đồng hương tỉnh Quảng Ngãi tại Đồng Nai|association"},
		absent: []string{"org|Hội đồng hương Nghệ An tại Đồng Nai tỉnh"},
	},
	{
		name:   "a known body mistyped by a letter is that body, not a new association",
		text:   "Xã Hòa Phong mừng thọ\n\nHội Người cao tổi xã Hòa Phong tổ chức mừng thọ. Hội Khuyến hoc xã Hòa Phong trao học bổng.",
		want:   []string{"org|Hội Người cao tuổi xã Hòa Phong|association", "org|Hội Khuyến học xã Hòa Phong|association"},
		absent: []string{"org|Hội Người cao tổi"},
	},
	{
		name: "a congress's steering board is a body named after the body whose congress it is; its abbreviation defined in parentheses names it later",
		text: "Xã Tân Phước chuẩn bị đại hội\n\nNgày 10/3/2025, Ban Thường vụ Đảng ủy xã Tân Phước quyết định thành lập Ban Chỉ đạo Đại hội Đảng bộ xã Tân Phước lần thứ I, nhiệm kỳ 2025–2030 (sau đây gọi tắt là BCĐ). Đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy xã làm Trưởng BCĐ. Ban Chỉ đạo tổ chức đại hội MTTQ xã Tân Phước nhiệm kỳ 2025–2030 gồm 9 thành viên.",
		want: []string{"org|Ban Chỉ đạo Đại hội Đảng bộ xã Tân Phước|other", "holds|Nguyễn Văn Hùng|Trưởng ban|Ban Chỉ đạo Đại hội Đảng bộ xã Tân Phước",
			"org|Ban Chỉ đạo Đại hội Ủy ban Mặt trận Tổ quốc xã Tân Phước|other"},
		absent: []string{"org|BCĐ", "holds|Nguyễn Văn Hùng|Trưởng ban|BCĐ"},
	},
	{
		name: "a working group numbered by an ordinal word (Tổ thứ hai) is that number's group",
		text: "Phường Hòa Bình thành lập tổ công tác\n\nĐảng ủy phường Hòa Bình thành lập 3 tổ công tác. Tổ thứ hai do đồng chí Phạm Thị Hoa, Chủ tịch UBMTTQ phường làm tổ trưởng, phụ trách khu phố 1.",
		want: []string{"org|Tổ công tác số 2 của Đảng ủy phường Hòa Bình|other", "holds|Phạm Thị Hoa|Tổ trưởng|Tổ công tác số 2 của Đảng ủy phường Hòa Bình",
			"resp|Tổ công tác số 2 của Đảng ủy phường Hòa Bình|Khu phố 1"},
	},
	{
		name: "a steering board named by its task in lower case, up to its place",
		text: "Huyện Đức Trọng tổng kết nông thôn mới\n\nĐồng chí Trần Văn Đức, Phó Bí thư Huyện ủy, Trưởng Ban Chỉ đạo xây dựng nông thôn mới huyện Đức Trọng phát biểu. Ban Chỉ đạo thực hiện quy chế dân chủ huyện tổ chức hội nghị.",
		want: []string{"org|Ban Chỉ đạo xây dựng nông thôn mới huyện Đức Trọng|other", "holds|Trần Văn Đức|Trưởng ban|Ban Chỉ đạo xây dựng nông thôn mới huyện Đức Trọng",
			"org|Ban Chỉ đạo thực hiện quy chế dân chủ huyện Đức Trọng|other"},
	},
	{
		name: "a commune's or ward's centres since 2025: public administration, culture and sport, the political school",
		text: "Phường Long Bình kiện toàn bộ máy\n\nNgày 2/7/2025, ông Lê Văn Cường, Giám đốc Trung tâm Phục vụ hành chính công phường Long Bình phát biểu. Bà Mai Thị Yến, Giám đốc Trung tâm Chính trị phường và ông Đào Văn Khải, Giám đốc Trung tâm Văn hóa - Thể thao phường cùng dự.",
		want: []string{"org|Trung tâm Phục vụ hành chính công phường Long Bình|government", "holds|Lê Văn Cường|Giám đốc|Trung tâm Phục vụ hành chính công phường Long Bình",
			"org|Trung tâm Chính trị phường Long Bình|other", "org|Trung tâm Văn hóa - Thể thao phường Long Bình|government"},
	},
	{
		name: "long association names in lower case up to their place, national ones ending in Việt Nam, a known name that goes on",
		text: "Tỉnh Kon Tum gặp mặt doanh nhân\n\nÔng Trần Văn Lâm được bầu làm Chủ nhiệm Câu lạc bộ Cựu chiến binh sản xuất kinh doanh giỏi tỉnh Kon Tum. Đoàn dự Đại hội Hiệp hội Doanh nhân Cựu chiến binh Việt Nam và Hội Nhà văn Việt Nam. Hội Doanh nghiệp nhỏ và vừa tỉnh Kon Tum cùng ký kết.",
		want: []string{"org|Câu lạc bộ Cựu chiến binh sản xuất kinh doanh giỏi tỉnh Kon Tum|association",
			"holds|Trần Văn Lâm|Chủ nhiệm|Câu lạc bộ Cựu chiến binh sản xuất kinh doanh giỏi tỉnh Kon Tum",
			"org|Hiệp hội Doanh nhân Cựu chiến binh Việt Nam|association", "org|Hội Nhà văn Việt Nam|association",
			"org|Hội Doanh nghiệp nhỏ và vừa tỉnh Kon Tum|association"},
		absent: []string{"org|Hiệp hội Doanh nhân Cựu chiến binh tỉnh", "org|Hội Nhà văn tỉnh", "org|Hội Doanh nghiệp tỉnh"},
	},
	{
		name: "a military unit's number inside a liaison board's name ends it; a count after a club's name is no number of it",
		text: "Tỉnh Bình Phước họp mặt truyền thống\n\nÔng Nguyễn Văn Lộc, Trưởng Ban liên lạc Cựu chiến binh Sư đoàn 9 phát biểu. Ban liên lạc Truyền thống Trung đoàn 52 tổ chức họp mặt. Câu lạc bộ Dưỡng sinh 30 hội viên cùng dự.",
		want: []string{"org|Ban liên lạc Cựu chiến binh Sư đoàn 9 tỉnh Bình Phước|association", "holds|Nguyễn Văn Lộc|Trưởng ban|Ban liên lạc Cựu chiến binh Sư đoàn 9 tỉnh Bình Phước",
			"org|Ban liên lạc Truyền thống Trung đoàn 52 tỉnh Bình Phước|association"},
		absent: []string{"org|Câu lạc bộ Dưỡng sinh 30"},
	},
	{
		name: "the body of a school, hospital, company or family is named with it, and given no place it does not write",
		text: "Tỉnh Bình Dương tổng kết công tác hội\n\nHội Cựu chiến binh Trường Đại học Thủ Dầu Một họp. Chi hội Khuyến học dòng họ Nguyễn xã Tân Hòa ra mắt. Đoàn Thanh niên Công ty Điện lực Bình Dương ra quân. Chi bộ Trường Tiểu học An Lạc họp tại hội trường UBND xã.",
		want: []string{"org|Hội Cựu chiến binh Trường Đại học Thủ Dầu Một|socio_political", "org|Chi hội Khuyến học dòng họ Nguyễn xã Tân Hòa|association",
			"org|Đoàn Thanh niên Công ty Điện lực Bình Dương|socio_political", "org|Chi bộ Trường Tiểu học An Lạc|party_committee"},
		absent: []string{"org|Hội Cựu chiến binh Trường Đại học Thủ Dầu Một tỉnh", "org|Hội Cựu chiến binh tỉnh", "org|Hội trường"},
	},
}

// TestUnseenGazetteerConstructions: constructions read with the official
// units only.
func TestUnseenGazetteerConstructions(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), []construction{
		{
			name:   "a district named by the kind it had when the article was written (huyện Điện Bàn, a thị xã since) is still that district",
			text:   "Quảng Ngãi hội thảo về người khuyết tật\n\nDự có ông Nguyễn Văn Quảng, Chủ tịch Hội người khuyết tật huyện Điện Bàn, tỉnh Quảng Nam và đại diện các huyện Sơn Tịnh, Tư Nghĩa.",
			want:   []string{"org|Hội Người khuyết tật huyện Điện Bàn|association", "holds|Nguyễn Văn Quảng|Chủ tịch|Hội Người khuyết tật huyện Điện Bàn"},
			absent: []string{"org|Hội Người khuyết tật huyện Sơn Tịnh"},
		},
	})
}

// TestUnseenGazetteerTwins: two units of one name and two kinds ("huyện Kỳ
// Anh", "thị xã Kỳ Anh"), which the official list tells apart by its kind
// in brackets, are each read as written.
func TestUnseenGazetteerTwins(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), []construction{
		{
			name: "a district that shares its name with a town of the province",
			text: "Tỉnh Hà Tĩnh tổng kết công tác hội\n\nHội Nông dân huyện Kỳ Anh và Hội Cựu chiến binh thị xã Kỳ Anh nhận cờ thi đua. Hội Khuyến học huyện Cai Lậy, tỉnh Tiền Giang cùng dự.",
			want: []string{"org|Hội Nông dân huyện Kỳ Anh|socio_political", "org|Hội Cựu chiến binh thị xã Kỳ Anh|socio_political",
				"org|Hội Khuyến học huyện Cai Lậy|association"},
		},
	})
}
