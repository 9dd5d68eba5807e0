package extract

import "testing"

// TestBlocAndTaskConstructions: ways of writing bodies and responsibility
// common in assignment notices and association news that the rules read
// wrongly or not at all, each in a short article composed for the test
// (branch xorg6).
func TestBlocAndTaskConstructions(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), blocConstructions)
}

// TestBlocAndTaskConstructionsWithoutGazetteer: the same, read with the
// rules alone.
func TestBlocAndTaskConstructionsWithoutGazetteer(t *testing.T) {
	checkConstructions(t, newExtractor(t, nil), blocConstructions)
}

var blocConstructions = []construction{
	{
		name: "the bloc of the Front and the mass organisations is the Front's committee, however the bloc is written",
		text: "Đảng ủy xã Mỹ Thạnh phân công nhiệm vụ\n\nĐồng chí Châu Văn Lợi, Phó Bí thư Thường trực Đảng ủy xã phụ trách khối Mặt trận và các đoàn thể. Đồng chí Hứa Thị Duyên, Ủy viên Ban Thường vụ Đảng ủy: phụ trách khối MTTQ, đoàn thể chính trị - xã hội xã; phụ trách Chi bộ ấp Mỹ Lợi.",
		want: []string{"resp|Châu Văn Lợi|Ủy ban Mặt trận Tổ quốc xã Mỹ Thạnh", "resp|Hứa Thị Duyên|Ủy ban Mặt trận Tổ quốc xã Mỹ Thạnh",
			"resp|Hứa Thị Duyên|Chi bộ ấp Mỹ Lợi"},
		absent: []string{"org|Khối"},
	},
	{
		name: "a person's tasks after a colon go on past other verbs and past a task written without a verb of responsibility",
		text: "UBND phường Tân Lộc phân công nhiệm vụ\n\nÔng Quách Văn Hiển, Chủ tịch UBND phường: lãnh đạo, điều hành chung các hoạt động của UBND phường; công tác tổ chức, cán bộ, thi đua khen thưởng; theo dõi, chỉ đạo Công an phường và Hội Cựu chiến binh phường.",
		want: []string{"resp|Quách Văn Hiển|UBND phường Tân Lộc", "resp|Quách Văn Hiển|Công an phường Tân Lộc",
			"resp|Quách Văn Hiển|Hội Cựu chiến binh phường Tân Lộc"},
	},
	{
		name:   "the young volunteers' association (Hội Thanh niên xung phong, Hội TNXP) is not the veterans' Hội Cựu TNXP",
		text:   "Phường Hòa Minh ra mắt Hội Thanh niên xung phong\n\nSáng 5/9/2025, Hội Thanh niên xung phong phường Hòa Minh ra mắt; anh Kiều Văn Đạt làm Chủ tịch Hội TNXP phường. Hội Cựu TNXP phường Hòa Minh tặng hoa.",
		want:   []string{"org|Hội Thanh niên xung phong phường Hòa Minh|association", "holds|Kiều Văn Đạt|Chủ tịch|Hội Thanh niên xung phong phường Hòa Minh", "org|Hội Cựu Thanh niên xung phong phường Hòa Minh|association"},
		absent: []string{"holds|Kiều Văn Đạt|Chủ tịch|Hội Cựu"},
	},
	{
		name: "a table whose column is headed by a verb of responsibility (Địa bàn phụ trách) holds only the places or bodies in each person's charge",
		text: "Phân công cấp ủy viên Đảng ủy xã Long Điền phụ trách địa bàn\n\nTT | Họ và tên | Chức vụ | Địa bàn phụ trách\n1 | Từ Văn Khải | Phó Bí thư Đảng ủy | Ấp Long An, ấp Long Hòa\n2 | Quan Thị Lụa | Chủ tịch Hội Nông dân xã | Ấp Long Phú\n3 | Bạch Văn Tín | Đảng ủy viên | Hội Cựu chiến binh xã",
		want: []string{"resp|Từ Văn Khải|ấp Long An", "resp|Từ Văn Khải|ấp Long Hòa", "resp|Quan Thị Lụa|ấp Long Phú",
			"resp|Bạch Văn Tín|Hội Cựu chiến binh xã Long Điền", "holds|Quan Thị Lụa|Chủ tịch|Hội Nông dân xã Long Điền"},
		absent: []string{"resp|Quan Thị Lụa|Hội Nông dân"},
	},
	{
		name: "a line of a person's name and posts alone, then lines that open with a verb of responsibility: the person's tasks",
		text: "Đảng ủy xã Phong Thạnh phân công nhiệm vụ\n\nĐồng chí Lạc Văn Hòa, Đảng ủy viên, Phó Chủ tịch UBND xã.\nPhụ trách: Hội Nông dân xã, Hội Người cao tuổi xã.\nTheo dõi: ấp Phong Lợi.\n\nNgày 3/9/2025, Ủy ban MTTQ xã tổ chức hội nghị. Phụ trách hội nghị có nhiều cán bộ.",
		want: []string{"resp|Lạc Văn Hòa|Hội Nông dân xã Phong Thạnh", "resp|Lạc Văn Hòa|Hội Người cao tuổi xã Phong Thạnh",
			"resp|Lạc Văn Hòa|ấp Phong Lợi"},
		absent: []string{"resp|Ủy ban Mặt trận"},
	},
	{
		name:   "the work of the Front and the mass organisations (công tác Mặt trận và các đoàn thể) is the Front committee's",
		text:   "Xã Phong Thạnh phân công lãnh đạo\n\nPhó Bí thư Đảng ủy Lý Văn Cường phụ trách công tác Mặt trận và các đoàn thể xã Phong Thạnh.",
		want:   []string{"resp|Lý Văn Cường|Ủy ban Mặt trận Tổ quốc xã Phong Thạnh"},
		absent: []string{"org|Mặt trận và"},
	},
	{
		name: "a trade branch of an association (Chi hội nông dân nghề nghiệp …, Tổ hội nghề nghiệp …) is named in lower case up to its place",
		text: "Xã Khánh Hưng ra mắt chi hội nghề nghiệp\n\nChi hội Nông dân nghề nghiệp trồng lúa sạch ấp 4 ra mắt với 28 hội viên. Tổ hội nghề nghiệp nuôi cua ấp Kinh Tắc cũng ra mắt. Chi hội nghề nghiệp chăn nuôi có 15 hội viên.",
		want: []string{"org|Chi hội Nông dân nghề nghiệp trồng lúa sạch Ấp 4 xã Khánh Hưng|socio_political",
			"org|Tổ hội nghề nghiệp nuôi cua ấp Kinh Tắc xã Khánh Hưng|socio_political", "org|Chi hội nghề nghiệp xã Khánh Hưng|socio_political"},
		absent: []string{"org|Chi hội Nông dân xã Khánh Hưng"},
	},
	{
		name: "a club's name that ends in lower case at the end of its clause or before (trực) thuộc is the club's",
		text: "Phường Hòa Thuận ra mắt câu lạc bộ\n\nHội Người cao tuổi phường Hòa Thuận ra mắt CLB Cờ tướng lão niên. Câu lạc bộ Dưỡng sinh trực thuộc Hội có 40 hội viên; ông Kim Văn Lộc làm Chủ nhiệm Câu lạc bộ Hát văn.",
		want: []string{"org|Câu lạc bộ Cờ tướng lão niên phường Hòa Thuận|association", "org|Câu lạc bộ Dưỡng sinh phường Hòa Thuận|association",
			"org|Câu lạc bộ Hát văn phường Hòa Thuận|association", "holds|Kim Văn Lộc|Chủ nhiệm|Câu lạc bộ Hát văn phường Hòa Thuận"},
		absent: []string{"org|Câu lạc bộ Dưỡng sinh trực"},
	},
	{
		name: "a numbered assignment whose tasks stand on their own lines under headings (Nhiệm vụ:, Địa bàn phụ trách:, Phụ trách các hội:)",
		text: "Đảng ủy phường Tân Đông phân công nhiệm vụ\n\n1. Đồng chí Văn Thị Bích, Phó Bí thư Thường trực Đảng ủy phường.\nNhiệm vụ: Phụ trách công tác xây dựng Đảng; theo dõi Hội Cựu chiến binh phường.\nĐịa bàn phụ trách: Khu phố 6, khu phố 7.\nPhụ trách các hội: Hội Khuyến học phường, Hội Chữ thập đỏ phường.\n\n2. Đồng chí Tăng Văn Lễ, Đảng ủy viên.\nĐịa bàn theo dõi: Khu phố 8.\n\nHội nghị diễn ra sáng 2/8/2025. Phụ trách âm thanh là tổ kỹ thuật.",
		want: []string{"resp|Văn Thị Bích|Hội Cựu chiến binh phường Tân Đông", "resp|Văn Thị Bích|Khu phố 6", "resp|Văn Thị Bích|Khu phố 7",
			"resp|Văn Thị Bích|Hội Khuyến học phường Tân Đông", "resp|Văn Thị Bích|Hội Chữ thập đỏ phường Tân Đông", "resp|Tăng Văn Lễ|Khu phố 8"},
		absent: []string{"resp|Văn Thị Bích|Khu phố 8", "resp|Tăng Văn Lễ|Khu phố 6"},
	},
	{
		name:   "a list headed by a word that names no body alone (các hội:, các đoàn thể:) after the verb; directing a locality (chỉ đạo địa bàn)",
		text:   "Huyện ủy Krông Pắc phân công\n\nĐồng chí Ksor Văn Nam, Phó Bí thư Huyện ủy phụ trách các đoàn thể: Hội Nông dân huyện, Đoàn Thanh niên huyện. Đồng chí Lò Thị Xuân, Huyện ủy viên chỉ đạo địa bàn xã Ea Phê.",
		want:   []string{"resp|Ksor Văn Nam|Hội Nông dân huyện Krông Pắc", "resp|Ksor Văn Nam|Đoàn Thanh niên huyện Krông Pắc", "resp|Lò Thị Xuân|xã Ea Phê"},
		absent: []string{"org|Đoàn Thanh niên huyện Krông Pắc:"},
	},
	{
		name: "a list of bodies without their place, the last followed by a bare kind of unit (Đoàn Thanh niên tỉnh): every one is of the article's unit of that kind",
		text: "Tỉnh Gia Lai gặp mặt cán bộ đoàn thể\n\nĐại diện Hội Nông dân huyện Chư Sê phát biểu. Lãnh đạo Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên tỉnh cùng dự. Đồng chí Rơ Châm Hoa, Phó Bí thư Tỉnh ủy phụ trách Hội Nông dân, Hội Khuyến học và Hội Chữ thập đỏ tỉnh.",
		want: []string{"org|Hội Cựu chiến binh tỉnh Gia Lai", "org|Hội Liên hiệp Phụ nữ tỉnh Gia Lai", "org|Đoàn Thanh niên tỉnh Gia Lai",
			"resp|Rơ Châm Hoa|Hội Nông dân tỉnh Gia Lai", "resp|Rơ Châm Hoa|Hội Khuyến học tỉnh Gia Lai", "resp|Rơ Châm Hoa|Hội Chữ thập đỏ tỉnh Gia Lai"},
		absent: []string{"org|Hội Cựu chiến binh huyện Chư Sê", "resp|Rơ Châm Hoa|Hội Nông dân huyện Chư Sê"},
	},
	{
		name:   "the body in charge written first, then 'được giao cho' / 'được phân công cho' the person who is (not a body that gives the task)",
		text:   "Huyện ủy Đạ Huoai phân công\n\nHội Chữ thập đỏ huyện được giao cho đồng chí Phan Văn Tùng phụ trách. Các xã Đạ Oai, Đạ Tồn được phân công cho đồng chí Đinh Thị Mai theo dõi. Ban Thường vụ giao cho đồng chí Hà Văn Ngọ phụ trách xã Hà Lâm.",
		want:   []string{"resp|Phan Văn Tùng|Hội Chữ thập đỏ huyện Đạ Huoai", "resp|Đinh Thị Mai|xã Đạ Oai", "resp|Đinh Thị Mai|xã Đạ Tồn", "resp|Hà Văn Ngọ|xã Hà Lâm"},
		absent: []string{"resp|Hà Văn Ngọ|Ban Thường vụ"},
	},
	{
		name: "a person, the words of the assignment, then a colon and the tasks (được phân công:, được phân công nhiệm vụ:); a bloc that is no body in the list (khối Đảng, …)",
		text: "Huyện ủy Lắk phân công nhiệm vụ\n\nĐồng chí Y Kông Mlô, Phó Chủ tịch UBND huyện được phân công: theo dõi Hội Người cao tuổi, Hội Khuyến học huyện; phụ trách xã Đắk Nuê. Đồng chí Lê Văn Toàn được phân công nhiệm vụ: phụ trách xã Đắk Liêng. Đồng chí Hồ Thị Lài, Phó Bí thư Thường trực Huyện ủy phụ trách khối Đảng, khối Mặt trận và các đoàn thể huyện.",
		want: []string{"resp|Y Kông Mlô|Hội Người cao tuổi huyện Lắk", "resp|Y Kông Mlô|Hội Khuyến học huyện Lắk", "resp|Y Kông Mlô|xã Đắk Nuê",
			"resp|Lê Văn Toàn|xã Đắk Liêng", "resp|Hồ Thị Lài|Ủy ban Mặt trận Tổ quốc huyện Lắk"},
	},
	{
		name: "associations whose names hold 'và', a body's words or a long lower-case run, named whole",
		text: "Huyện Phù Mỹ gặp mặt các hội\n\nÔng Trà Văn Hưng, Chủ tịch Hội Bảo vệ quyền lợi người tiêu dùng huyện Phù Mỹ phát biểu. Bà Lưu Thị Sen, Chủ tịch Hội Bảo vệ thiên nhiên và môi trường huyện cùng dự. Hội Doanh nhân Cựu chiến binh huyện Phù Mỹ và Hội Trí thức khoa học và công nghệ huyện trao quà.",
		want: []string{"holds|Trà Văn Hưng|Chủ tịch|Hội Bảo vệ quyền lợi người tiêu dùng huyện Phù Mỹ", "holds|Lưu Thị Sen|Chủ tịch|Hội Bảo vệ thiên nhiên và môi trường huyện Phù Mỹ",
			"org|Hội Doanh nhân Cựu chiến binh huyện Phù Mỹ|association", "org|Hội Trí thức Khoa học và Công nghệ huyện Phù Mỹ|association"},
		absent: []string{"org|Hội Doanh nhân huyện Phù Mỹ"},
	},
	{
		name:   "lower-case words between the verb and a body named after its place are filler, the body the object (phụ trách tham gia sinh hoạt chi bộ thôn X)",
		text:   "Xã Ba Tơ tổ chức đại hội chi bộ\n\nDự Đại hội Chi bộ thôn Làng Mạ có đồng chí Phạm Văn Giang, HUV, Trưởng Phòng Nội vụ huyện Ba Tơ, phụ trách tham gia sinh hoạt chi bộ thôn Làng Mạ.",
		want:   []string{"resp|Phạm Văn Giang|Chi bộ thôn Làng Mạ"},
		absent: []string{"resp|Phạm Văn Giang|thôn Làng Mạ"},
	},
	{
		name: "a body of every unit of a list (Đảng bộ các xã A, B), and a count of units before a colon (03 xã: A, B, C)",
		text: "Tỉnh ủy Bình Phước phân công\n\nĐồng chí Điểu Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy phụ trách Đảng bộ các xã Lộc Tấn, Lộc Thạnh. Đồng chí Tôn Văn Hiếu, Tỉnh ủy viên phụ trách 03 xã: Tân Tiến, Tân Hưng, Thanh Lương.",
		want: []string{"resp|Điểu Văn Lực|Đảng bộ xã Lộc Tấn", "resp|Điểu Văn Lực|Đảng bộ xã Lộc Thạnh",
			"resp|Tôn Văn Hiếu|xã Tân Tiến", "resp|Tôn Văn Hiếu|xã Tân Hưng", "resp|Tôn Văn Hiếu|xã Thanh Lương"},
		absent: []string{"resp|Điểu Văn Lực|xã Lộc Tấn"},
	},
	{
		name:   "the body that leads, not the one it works with (chủ trì, phối hợp với / cùng với), is in charge; a body given a role before its task (được giao làm cơ quan thường trực, theo dõi)",
		text:   "Huyện ủy Cư Kuin phân công theo dõi các hội\n\nBan Dân vận Huyện ủy chủ trì, phối hợp với Ủy ban MTTQ huyện theo dõi Hội Người cao tuổi huyện. Ban Tuyên giáo Huyện ủy được giao làm cơ quan thường trực, theo dõi Hội Nhà báo huyện.",
		want:   []string{"resp|Ban Dân vận Huyện ủy Cư Kuin|Hội Người cao tuổi huyện Cư Kuin", "resp|Ban Tuyên giáo Huyện ủy Cư Kuin|Hội Nhà báo huyện Cư Kuin"},
		absent: []string{"resp|Ủy ban Mặt trận Tổ quốc huyện Cư Kuin|Hội Người cao tuổi"},
	},
	{
		name:   "a line of a person's name and posts, then a sentence that opens with a verb of responsibility but no charge after it, is no assignment",
		text:   "Huyện Khánh Sơn tổng kết năm 2025\n\nĐồng chí Cao Văn Thịnh, Bí thư Huyện ủy Khánh Sơn.\nTheo dõi sát tình hình, Huyện ủy đã chỉ đạo kịp thời các xã.",
		absent: []string{"resp|Cao Văn Thịnh"},
	},
	{
		name: "the cells below a branch (Tổ hội Nông dân ấp 2, Phân hội Người mù) are bodies of their hamlet or commune",
		text: "Xã Mỹ Hòa củng cố tổ chức hội\n\nTổ hội Nông dân ấp 3 vừa ra mắt; ông Kha Văn Tấn làm Tổ trưởng Tổ hội Nông dân ấp 3. Phân hội Người mù xã Mỹ Hòa có 12 hội viên.",
		want: []string{"org|Tổ hội Nông dân Ấp 3 xã Mỹ Hòa|socio_political", "holds|Kha Văn Tấn|Tổ trưởng|Tổ hội Nông dân Ấp 3 xã Mỹ Hòa", "org|Phân hội Người mù xã Mỹ Hòa|association"},
	},
	{
		name: "the words of the work between the verbs and a list's heading (theo dõi, hướng dẫn hoạt động của các hội: …)",
		text: "Huyện ủy Ea Súp phân công\n\nGiao Ban Tuyên giáo Huyện ủy theo dõi, hướng dẫn hoạt động của các hội: Hội Nhà báo, Hội Khuyến học huyện.",
		want: []string{"resp|Ban Tuyên giáo Huyện ủy Ea Súp|Hội Nhà báo huyện Ea Súp", "resp|Ban Tuyên giáo Huyện ủy Ea Súp|Hội Khuyến học huyện Ea Súp"},
	},
	{
		name:   "the Front named short before its place (Chủ tịch Mặt trận xã) is the Front's committee; a front of a war or of work is no body",
		text:   "Xã Phước Thắng tổng kết\n\nÔng Đoàn Văn Lâm, Chủ tịch Mặt trận xã Phước Thắng phát biểu. Trên mặt trận kinh tế, xã đạt nhiều kết quả; Mặt trận Tây Nguyên năm 1975 được nhắc lại.",
		want:   []string{"holds|Đoàn Văn Lâm|Chủ tịch|Ủy ban Mặt trận Tổ quốc xã Phước Thắng"},
		absent: []string{"org|Ủy ban Mặt trận Tổ quốc Tây Nguyên", "org|Ủy ban Mặt trận Tổ quốc kinh tế"},
	},
	{
		name:   "a verb, the words of the work and 'các hội như sau:' open the clauses after the colon, each with its own subject",
		text:   "Đảng ủy xã Tam Phước phân công\n\nBan Thường vụ Đảng ủy xã phân công các cơ quan theo dõi hoạt động của các hội như sau: Ban Xây dựng Đảng phụ trách Hội Khuyến học xã; Ủy ban MTTQ Việt Nam xã phụ trách Hội Người cao tuổi xã.",
		want:   []string{"resp|Ban Xây dựng Đảng Đảng ủy xã Tam Phước|Hội Khuyến học xã Tam Phước", "resp|Ủy ban Mặt trận Tổ quốc xã Tam Phước|Hội Người cao tuổi xã Tam Phước"},
		absent: []string{"resp|Ban Thường vụ Đảng ủy xã Tam Phước"},
	},
}
