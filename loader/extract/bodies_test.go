package extract

import "testing"

// TestBodyConstructions: the ways articles name bodies and their places,
// each in a short article composed for the test.
func TestBodyConstructions(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	var cases []construction
	for _, c := range bodyConstructions {
		cases = append(cases, c.construction)
	}
	checkConstructions(t, x, cases)
}

// TestBodyConstructionsWithoutGazetteer: the same constructions read with
// the rules alone, as a fresh clone without the gazetteer reads them.
func TestBodyConstructionsWithoutGazetteer(t *testing.T) {
	x := newExtractor(t, nil)
	var cases []construction
	for _, c := range bodyConstructions {
		if !c.needsGazetteer {
			cases = append(cases, c.construction)
		}
	}
	checkConstructions(t, x, cases)
}

var bodyConstructions = []struct {
	construction
	needsGazetteer bool
}{
	{construction: construction{
		name: "a body without a place takes the place its own sentence names, not the article's",
		text: "Quận Long Biên tổng kết công tác hội\n\nĐại hội Hội Cựu chiến binh quận Long Biên diễn ra sáng 3/4. Trên địa bàn thành phố Đà Nẵng hiện có các hội: Hội Nhà báo, Hội Đông y và Hội Người mù.",
		want: []string{"org|Hội Cựu chiến binh quận Long Biên|socio_political", "org|Hội Nhà báo Thành phố Đà Nẵng|association",
			"org|Hội Đông y Thành phố Đà Nẵng|association", "org|Hội Người mù Thành phố Đà Nẵng|association"},
		absent: []string{"org|Hội Nhà báo quận Long Biên", "org|Hội Đông y quận Long Biên"},
	}},
	{construction: construction{
		name:   "a body written before the sentence's place keeps the article's",
		text:   "Xã Hòa Phong tổ chức hội nghị\n\nHội Nông dân xã Hòa Phong tổ chức hội nghị tổng kết. Hội Nông dân đã trao quà cho các hộ nghèo ở huyện Hòa Vang.",
		want:   []string{"org|Hội Nông dân xã Hòa Phong|socio_political"},
		absent: []string{"org|Hội Nông dân huyện Hòa Vang"},
	}},
	{construction: construction{
		name:   "the Front's standing board is a body of the Front",
		text:   "Huyện Ba Vì họp Mặt trận\n\nBan Thường trực Ủy ban MTTQ huyện Ba Vì tổ chức hội nghị lần thứ 5. Đồng chí Phùng Văn Hải, Chủ tịch Ủy ban MTTQ huyện Ba Vì chủ trì.",
		want:   []string{"org|Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện Ba Vì|front"},
		absent: []string{"org|Thường trực Ủy ban Mặt trận Tổ quốc huyện Ba Vì"},
	}},
	{construction: construction{
		name:   "the National Assembly's delegation of a province, with its term between",
		text:   "Tỉnh Nghệ An tiếp xúc cử tri\n\nĐồng chí Thái Thanh Quý, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Nghệ An dự buổi tiếp xúc. Đoàn ĐBQH tỉnh Nghệ An đã ghi nhận các ý kiến.",
		want:   []string{"org|Đoàn ĐBQH tỉnh Nghệ An|government", "holds|Thái Thanh Quý|Trưởng đoàn|Đoàn ĐBQH tỉnh Nghệ An"},
		absent: []string{"org|Quốc hội|"},
	}},
	{construction: construction{
		name: "central bodies of the Party, the Front, the Youth Union and the state",
		text: "Hội nghị toàn quốc về công tác dân vận\n\nDự hội nghị có đồng chí Lương Văn Nam, Ủy viên Ban Chấp hành Trung ương Đảng, Chánh Văn phòng Trung ương Đảng; đồng chí Vũ Thị Hạnh, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Hoàng Minh Tâm, Bí thư Trung ương Đoàn; ông Cao Văn Đức, Thứ trưởng Bộ Nội vụ và đại diện Tòa án nhân dân tối cao.",
		want: []string{"org|Ban Chấp hành Trung ương Đảng|party_committee", "org|Văn phòng Trung ương Đảng|party_board",
			"org|Ủy ban Trung ương MTTQ Việt Nam|front", "org|Trung ương Đoàn TNCS Hồ Chí Minh|socio_political",
			"org|Bộ Nội vụ|government", "org|Tòa án nhân dân tối cao|government",
			"holds|Lương Văn Nam|Chánh Văn phòng|Văn phòng Trung ương Đảng", "holds|Vũ Thị Hạnh|Phó Chủ tịch|Ủy ban Trung ương MTTQ Việt Nam"},
		absent: []string{"org|Văn phòng Ban Chấp hành Trung ương", "org|Ban Chấp hành Trung ương Đảng Đảng"},
	}},
	{construction: construction{
		name: "the Party's bloc of the Front and mass organisations; Ban Bí thư Trung ương Đảng is the Secretariat",
		text: "Đại hội Đảng bộ khối Mặt trận\n\nĐồng chí Trần Minh Khoa, Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương phát biểu. Thực hiện quyết định của Ban Bí thư Trung ương Đảng, đại hội bầu Ban Chấp hành.",
		want: []string{"org|Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương|party_committee", "org|Ban Bí thư|party_board",
			"holds|Trần Minh Khoa|Bí thư|Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"},
		absent: []string{"org|Ban Chấp hành Trung ương"},
	}},
	{construction: construction{
		name: "departments by their abbreviation, the bloc of agencies and enterprises, a court and the police of a district",
		text: "Tỉnh Kon Tum điều động cán bộ\n\nÔng Lê Văn Thành, Phó Giám đốc Sở TN&MT tỉnh Kon Tum được điều động giữ chức Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh. Bà Y Thị Hoa, Chánh án TAND huyện Đăk Hà và ông A Tuấn, Trưởng Công an huyện Đăk Hà dự lễ.",
		want: []string{"org|Sở Tài nguyên và Môi trường tỉnh Kon Tum|government", "org|Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Kon Tum|party_committee",
			"org|TAND huyện Đăk Hà|government", "org|Công an huyện Đăk Hà|government"},
		absent: []string{"org|Đảng ủy Khối các cơ quan tỉnh"},
	}},
	{construction: construction{
		name: "boards of a People's Council and of a club",
		text: "Thành phố Cần Thơ giám sát chính sách\n\nBan Văn hóa - Xã hội HĐND thành phố Cần Thơ giám sát việc chi trả trợ cấp. Ban Chủ nhiệm Câu lạc bộ Hưu trí thành phố Cần Thơ tham dự.",
		want: []string{"org|Ban Văn hóa - Xã hội HĐND Thành phố Cần Thơ|government", "org|Ban Chủ nhiệm Câu lạc bộ Hưu trí Thành phố Cần Thơ|association"},
	}},
	{construction: construction{
		name: "an association's name as the article writes it, with its slash",
		text: "Tỉnh Bạc Liêu thăm hỏi nạn nhân\n\nHội Nạn nhân chất độc da cam/dioxin tỉnh Bạc Liêu phối hợp với Quỹ Nạn nhân chất độc da cam/dioxin tỉnh Bạc Liêu trao 30 suất quà.",
		want: []string{"org|Hội Nạn nhân chất độc da cam/dioxin tỉnh Bạc Liêu|association", "org|Quỹ Nạn nhân chất độc da cam/dioxin tỉnh Bạc Liêu|other"},
	}},
	{construction: construction{
		name: "a unit whose name joins two names with a dash",
		text: "Phường Văn Miếu – Quốc Tử Giám ra mắt\n\nĐồng chí Lê Minh Đức được chỉ định làm Bí thư Đảng ủy phường Văn Miếu – Quốc Tử Giám. Đồng chí Phạm Thu Hà giữ chức Chủ tịch UBND phường Văn Miếu - Quốc Tử Giám.",
		want: []string{"org|Đảng ủy phường Văn Miếu – Quốc Tử Giám|party_committee", "org|UBND phường Văn Miếu - Quốc Tử Giám|government",
			"holds|Lê Minh Đức|Bí thư|Đảng ủy phường Văn Miếu – Quốc Tử Giám"},
		absent: []string{"org|Đảng ủy phường Văn Miếu|party_committee", "org|UBND phường Văn Miếu|government"},
	}},
	{construction: construction{
		name:   "two provinces joined by a dash are two",
		text:   "Hai tỉnh Thái Bình - Hưng Yên hợp nhất\n\nHội Khuyến học tỉnh Thái Bình - Hưng Yên tổ chức hội nghị.",
		absent: []string{"org|Hội Khuyến học tỉnh Thái Bình - Hưng Yên"},
	}},
	{construction: construction{
		name: "a place spelled with other marks than the gazetteer's",
		text: "Gia Lai điều động cán bộ\n\nÔng Rơ Mah Tuấn, Chủ tịch UBND huyện Đắk Đoa được điều động giữ chức Phó Giám đốc Sở Nội vụ tỉnh Gia Lai.",
		want: []string{"org|UBND huyện Đắk Đoa|government", "org|Sở Nội vụ tỉnh Gia Lai|government"},
	}, needsGazetteer: true},
	{construction: construction{
		name: "a council's board names the council; the Front's standing board names the Front",
		text: "Tỉnh Quảng Bình giám sát chính sách\n\nBan Pháp chế HĐND tỉnh Quảng Bình làm việc với các sở.",
		want: []string{"org|Ban Pháp chế HĐND tỉnh Quảng Bình|government", "org|HĐND tỉnh Quảng Bình|government"},
	}},
	{construction: construction{
		name:   "a committee in a list of posts takes the place a neighbouring post names",
		text:   "Tỉnh Bình Định bầu bổ sung\n\nHội nghị bầu ông Đặng Văn Hòa, Bí thư Huyện ủy, Chủ tịch HĐND huyện Tuy Phước và bà Lê Thị Hằng, Chủ tịch UBND huyện Phù Cát, Phó Bí thư Huyện ủy vào Ban Thường vụ Tỉnh ủy.",
		want:   []string{"holds|Đặng Văn Hòa|Bí thư|Huyện ủy Tuy Phước", "holds|Lê Thị Hằng|Phó Bí thư|Huyện ủy Phù Cát"},
		absent: []string{"org|Huyện ủy|party_committee"},
	}},
	{construction: construction{
		name:   "a place's name ends where a person's name begins",
		text:   "Hưng Yên tổng kết khuyến học\n\nChủ tịch Hội Khuyến học tỉnh Hưng Yên Nguyễn Văn Lộc phát biểu. Giám đốc Sở Nội vụ tỉnh Phạm Minh Khôi trao quyết định.",
		want:   []string{"org|Hội Khuyến học tỉnh Hưng Yên|association", "holds|Nguyễn Văn Lộc|Chủ tịch|Hội Khuyến học tỉnh Hưng Yên"},
		absent: []string{"org|Hội Khuyến học tỉnh Hưng Yên Nguyễn", "org|Sở Nội vụ tỉnh Phạm"},
	}},
	{construction: construction{
		name:   "a department named alone is the province's, an office the district's, whatever the article's lowest place",
		text:   "Huyện Krông Nô, tỉnh Đắk Nông điều động cán bộ\n\nÔng Lý Văn Tài, Phó Bí thư Huyện ủy Krông Nô được điều động giữ chức Giám đốc Sở Tài nguyên và Môi trường. Bà Hà Thị Ngân, Phó phòng Lao động thương binh và xã hội dự lễ.",
		want:   []string{"org|Sở Tài nguyên và Môi trường tỉnh Đắk Nông|government", "org|Phòng Lao động - Thương binh và Xã hội huyện Krông Nô|government"},
		absent: []string{"org|Sở Tài nguyên và Môi trường huyện"},
	}},
	{construction: construction{
		name:   "a body's Ban Chấp hành is the body; its Ban Thường vụ is a board of its own",
		text:   "Xã Yên Lạc tổ chức đại hội\n\nĐại hội bầu Ban Chấp hành Hội Nông dân xã Yên Lạc gồm 15 đồng chí. Ban Chấp hành đã bầu Ban Thường vụ gồm 5 đồng chí.",
		want:   []string{"org|Hội Nông dân xã Yên Lạc|socio_political", "org|Ban Thường vụ Hội Nông dân xã Yên Lạc|socio_political"},
		absent: []string{"org|Ban Chấp hành", "org|Ban Thường vụ Đảng ủy"},
	}},
	{construction: construction{
		name:   "an association's central committee is not the Party's",
		text:   "Đại hội Hội Người mù Việt Nam\n\nĐại hội đại biểu toàn quốc Hội Người mù Việt Nam đã bầu Ban Chấp hành Trung ương Hội khóa mới gồm 45 ủy viên.",
		want:   []string{"org|Hội Người mù Việt Nam|association"},
		absent: []string{"org|Ban Chấp hành Trung ương Đảng"},
	}},
	{construction: construction{
		name:   "a committee named bare takes the one unit of its kind the sentence names",
		text:   "Tỉnh Bến Tre luân chuyển cán bộ\n\nÔng Trần Văn Tâm, Phó Chánh Văn phòng Tỉnh ủy được chỉ định tham gia Ban Thường vụ Huyện ủy và giữ chức Bí thư Huyện ủy Giồng Trôm.",
		want:   []string{"org|Ban Thường vụ Huyện ủy Giồng Trôm|party_board"},
		absent: []string{"org|Huyện ủy|party_committee"},
	}},
	{construction: construction{
		name:   "a board named bare is of the Party committee the sentence named before it",
		text:   "Huyện Vĩnh Châu, tỉnh Sóc Trăng\n\nBan Thường vụ Tỉnh ủy Sóc Trăng quyết định phân công ông Lâm Văn Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, giữ chức Trưởng Ban Dân vận.",
		want:   []string{"holds|Lâm Văn Sơn|Trưởng ban|Ban Dân vận Tỉnh ủy Sóc Trăng"},
		absent: []string{"org|Ban Dân vận Huyện ủy"},
	}},
	{construction: construction{
		name:   "a sentence's place does not reach past a semicolon; a slogan in capitals is no body; a name that says Việt Nam says it once",
		text:   "Huyện Định Quán đại hội Hội Luật gia\n\nĐại hội bầu bà Lê Thị Sen, cán bộ hưu trí thị trấn Định Quán giữ chức Chủ tịch Hội Luật gia huyện Định Quán; ông Võ Văn Út, hội viên Hội Luật gia, giáo viên xã Phú Lợi, giữ chức Phó Chủ tịch. Khẩu hiệu “ĐOÀN KẾT - HỘI NHẬP”. Dự có đại diện Hội LHTN Việt Nam.",
		want:   []string{"org|Hội Liên hiệp Thanh niên Việt Nam|association"},
		absent: []string{"org|Hội Luật gia thị trấn Định Quán", "org|Hội NHẬP", "org|Hội Liên hiệp Thanh niên Việt Nam Việt Nam"},
	}},
	{construction: construction{
		name:   "a post's body without a kind takes the unit the next post names; a committee keeps the name of a unit whose kind changed",
		text:   "Tỉnh Thái Nguyên kiện toàn cán bộ\n\nBà Đặng Thị Mai, Chủ tịch UBND và Bí thư Thị ủy Phổ Yên, được bầu giữ chức Phó Chủ tịch HĐND tỉnh Thái Nguyên.",
		want:   []string{"org|Thị ủy Phổ Yên|party_committee", "org|UBND thị xã Phổ Yên|government"},
		absent: []string{"org|UBND tỉnh Thái Nguyên", "org|Thị ủy|party_committee"},
	}, needsGazetteer: true},
	{construction: construction{
		name: "a term or an electoral unit between a delegation and its province",
		text: "Cử tri tỉnh Vĩnh Long\n\nÔng Trương Văn Nam, Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Vĩnh Long tiếp xúc cử tri. Bà Lê Thị Thu, Phó Trưởng Đoàn ĐBQH đơn vị tỉnh Trà Vinh cũng dự.",
		want: []string{"org|Đoàn ĐBQH tỉnh Vĩnh Long|government", "org|Đoàn ĐBQH tỉnh Trà Vinh|government"},
	}},
	{construction: construction{
		name:   "abbreviations of Trung ương; a link to another article is no text",
		text:   "Tỉnh đoàn Lào Cai tổ chức đại hội\n\nDự đại hội có anh Lê Văn Khánh, Bí thư T.Ư Đoàn và ông Đỗ Minh Trí, Phó Trưởng Ban Tổ chức TW.\n>> Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái lần thứ XVIII thành công tốt đẹp với nhiều đổi mới",
		want:   []string{"org|Trung ương Đoàn TNCS Hồ Chí Minh|socio_political", "org|Ban Tổ chức Trung ương|party_board"},
		absent: []string{"org|Đoàn Thanh niên tỉnh Yên Bái"},
	}},
	{construction: construction{
		name: "the Party committee of a body: Đảng ủy or Đảng bộ before the Front, a council or an association",
		text: "Thành lập Đảng bộ Mặt trận tỉnh Bình Dương\n\nBan Thường vụ Tỉnh ủy Bình Dương quyết định thành lập Đảng bộ Ủy ban MTTQ Việt Nam tỉnh Bình Dương. Bà Lê Thị Thanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Dương làm Bí thư Đảng ủy Hội Nông dân tỉnh Bình Dương.",
		want: []string{"org|Đảng ủy Ủy ban Mặt trận Tổ quốc tỉnh Bình Dương|party_committee", "org|Đảng ủy Hội Nông dân tỉnh Bình Dương|party_committee",
			"holds|Lê Thị Thanh|Bí thư|Đảng ủy Hội Nông dân tỉnh Bình Dương"},
	}},
	{construction: construction{
		name: "national committees and steering boards; offices and clubs by their long names",
		text: "Huyện Cư M'gar tiếp đoàn công tác\n\nÔng Y Đhăm Ênuôl, Ủy viên Ủy ban về các vấn đề xã hội của Quốc hội và bà H Yam, Phó Trưởng Ban Chỉ đạo Tây Nguyên làm việc với Văn phòng HĐND – UBND huyện Cư M'gar. Ban Liên lạc Chiến sĩ cách mạng bị địch bắt tù đày huyện Cư M'gar và Câu lạc bộ liên thế hệ tự giúp nhau thôn 3 xã Ea Kpam báo cáo.",
		want: []string{"org|Ủy ban về các vấn đề xã hội của Quốc hội|government", "org|Ban Chỉ đạo Tây Nguyên|other",
			"org|Văn phòng HĐND và UBND huyện Cư M'gar|government", "org|Ban Liên lạc Chiến sĩ cách mạng bị địch bắt tù đày huyện Cư M'gar|association",
			"org|Câu lạc bộ liên thế hệ tự giúp nhau thôn 3 xã Ea Kpam|association"},
	}},
	{construction: construction{
		name: "standing steering boards named by their task or by a directive's number are bodies of the place after them",
		text: "Huyện Can Lộc họp ban chỉ đạo\n\nÔng Trần Văn Bình, Phó Trưởng Ban Chỉ đạo 35 huyện Can Lộc, báo cáo. Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Tĩnh làm việc với huyện.",
		want: []string{"org|Ban Chỉ đạo 35 huyện Can Lộc|other", "org|Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Tĩnh|other",
			"holds|Trần Văn Bình|Phó Trưởng ban|Ban Chỉ đạo 35 huyện Can Lộc"},
	}},
	{construction: construction{
		name: "the Youth Federation's committee is the Federation; a province's delegation to a congress",
		text: "Đại hội Hội LHTN Việt Nam huyện Mỏ Cày Nam\n\nBan Thư ký Ủy ban Hội LHTN Việt Nam tỉnh Bến Tre chỉ đạo Ủy ban Hội LHTN Việt Nam huyện Mỏ Cày Nam tổ chức đại hội. Đoàn đại biểu Hội Nông dân tỉnh Bến Tre dự Đại hội Hội Nông dân Việt Nam.",
		want: []string{"org|Ban Thư ký Hội Liên hiệp Thanh niên Việt Nam tỉnh Bến Tre|association", "org|Hội Liên hiệp Thanh niên Việt Nam huyện Mỏ Cày Nam|association",
			"org|Đoàn đại biểu Hội Nông dân tỉnh Bến Tre|other"},
	}},
	{construction: construction{
		name:   "bodies of a level are no one body",
		text:   "Huyện Châu Thành hướng dẫn đại hội\n\nHuyện đoàn Châu Thành hướng dẫn tổ chức Đại hội Hội LHTN Việt Nam cấp cơ sở và kiện toàn HĐND cấp xã.",
		want:   []string{"org|Huyện đoàn Châu Thành|socio_political"},
		absent: []string{"org|Hội Liên hiệp Thanh niên Việt Nam|", "org|HĐND"},
	}},
	{construction: construction{
		name:   "boards in a list share the body the last one names; a provisional board",
		text:   "Xã Tân Hiệp ra mắt Hội Chữ thập đỏ\n\nHội nghị công bố quyết định công nhận Ban Chấp hành, Ban Thường vụ và Ban Kiểm tra lâm thời Hội Chữ thập đỏ xã Tân Hiệp gồm 15 đồng chí.",
		want:   []string{"org|Ban Thường vụ Hội Chữ thập đỏ xã Tân Hiệp|association", "org|Ban Kiểm tra Hội Chữ thập đỏ xã Tân Hiệp|association"},
		absent: []string{"org|Ban Thường vụ Đảng ủy", "org|Ban Kiểm tra Đảng ủy"},
	}},
	{construction: construction{
		name:   "a committee named bare is the one the paragraph named before; an event's organisers are no board",
		text:   "Tỉnh ủy Hậu Giang điều động cán bộ\n\nÔng Trần Văn Bé được chỉ định giữ chức Bí thư Huyện ủy Long Mỹ. Ông Lê Văn Út, Giám đốc Sở Xây dựng tỉnh Hậu Giang giữ chức Phó Bí thư Huyện ủy. Ban tổ chức đã trao hoa cho các đại biểu.",
		want:   []string{"holds|Lê Văn Út|Phó Bí thư|Huyện ủy Long Mỹ"},
		absent: []string{"org|Huyện ủy|party_committee", "org|Ban Tổ chức"},
	}},
	{construction: construction{
		name: "bodies in a list share the place the last one names",
		text: "Huyện Lục Yên kiểm tra công tác dân vận\n\nĐoàn công tác của Huyện ủy Lục Yên làm việc tại hai xã. Đảng ủy – HĐND – UBND xã Khánh Hòa tổ chức gặp mặt. Đảng ủy, HĐND, UBND và Ủy ban MTTQ xã An Phú báo cáo kết quả.",
		want: []string{"org|Đảng ủy xã Khánh Hòa|party_committee", "org|HĐND xã Khánh Hòa|government", "org|Đảng ủy xã An Phú|party_committee",
			"org|HĐND xã An Phú|government", "org|UBND xã An Phú|government"},
		absent: []string{"org|HĐND huyện Lục Yên"},
	}},
	{construction: construction{
		name:   "a headline in capitals, the Front's standing board abbreviated, a board of an association's central committee",
		text:   "ĐẢNG ỦY – HĐND – UBND PHƯỜNG AN HẢI THĂM VÀ CHÚC MỪNG MẶT TRẬN\n\nSáng 18/11, BTT Ủy ban MTTQ phường An Hải tiếp đoàn. Dự có đại diện Ban Tuyên giáo Trung ương Hội Nông dân Việt Nam.",
		want:   []string{"org|Ban Thường trực Ủy ban Mặt trận Tổ quốc phường An Hải|front", "org|Ban Tuyên giáo Trung ương Hội Nông dân Việt Nam|socio_political"},
		absent: []string{"org|Đảng ủy phường AN HẢI THĂM", "org|HĐND phường AN HẢI THĂM", "org|Ban Tuyên giáo Trung ương|party_board"},
	}},
	{construction: construction{
		name:   "boards and bare posts in a list share the body the last post's board names",
		text:   "Hội Cựu chiến binh tỉnh Tuyên Quang\n\nHội nghị chỉ định Ban Chấp hành, Ban Thường vụ, Chủ tịch, Phó Chủ tịch, Ban Kiểm tra và Trưởng ban Kiểm tra Hội Cựu chiến binh tỉnh Tuyên Quang.",
		want:   []string{"org|Ban Thường vụ Hội Cựu chiến binh tỉnh Tuyên Quang|socio_political"},
		absent: []string{"org|Ban Thường vụ Tỉnh ủy"},
	}},
	{construction: construction{
		name:   "a body followed by a province's bare name, as the gazetteer knows it",
		text:   "Quận Ba Đình tổng kết khuyến học\n\nBà Nguyễn Thị Lan, Chủ tịch Hội Khuyến học Hà Nội phát biểu. Hội CGC Đồng Nai gửi thư chúc mừng.",
		want:   []string{"org|Hội Khuyến học Thành phố Hà Nội|association", "org|Hội Cựu giáo chức tỉnh Đồng Nai|association"},
		absent: []string{"org|Hội Khuyến học quận Ba Đình", "org|Hội CGC Đồng Nai"},
	}, needsGazetteer: true},
	{construction: construction{
		name: "the Front as a whole is no committee; an association's central committee without Việt Nam; federations and bars",
		text: "Xã Phú Lộc gặp mặt nhân ngày truyền thống Mặt trận\n\nNhân kỷ niệm ngày thành lập Mặt trận Tổ quốc Việt Nam, Ủy ban MTTQ xã Phú Lộc tổ chức gặp mặt. Dự có đại diện Ban Chấp hành Trung ương Hội Chữ thập đỏ, Tổng Liên đoàn Lao động Việt Nam, Đoàn Luật sư tỉnh Đồng Tháp và Ban Công tác Mặt trận ấp Phú Hòa. Ban công tác mặt trận các ấp báo cáo.",
		want: []string{"org|Ủy ban Mặt trận Tổ quốc xã Phú Lộc|front", "org|Trung ương Hội Chữ thập đỏ Việt Nam|association",
			"org|Tổng Liên đoàn Lao động Việt Nam|socio_political", "org|Đoàn Luật sư tỉnh Đồng Tháp|association", "org|Ban Công tác Mặt trận Ấp Phú Hòa xã Phú Lộc|front"},
		absent: []string{"org|Ban Chấp hành Trung ương Đảng", "org|Hội Chữ thập đỏ xã", "org|Liên đoàn Lao động Việt Nam", "org|Ban Công tác Mặt trận xã"},
	}},
	{construction: construction{
		name:   "a name cut by the excerpt's end is no body; a byline's is",
		text:   "Hội Nông dân xã Tân Phú tổng kết năm\n\nHội Nông dân xã Tân Phú tổng kết công tác năm với sự tham dự của đại diện các ban, ngành, đoàn thể và các chi hội. Dự có ông Lê Văn Tư, Chủ tịch Hội Cự",
		want:   []string{"org|Hội Nông dân xã Tân Phú|socio_political"},
		absent: []string{"org|Hội Cự"},
	}},
	{construction: construction{
		name:   "a numbered group no sentence founded is of the Party committee its sentence names",
		text:   "Huyện ủy Ea Súp kiểm tra đại hội\n\nĐoàn công tác đã làm việc với Đảng ủy xã Ea Rốk. Đồng chí Vũ Thị Lan, Trưởng Ban Tuyên giáo Huyện ủy Ea Súp làm Trưởng đoàn kiểm tra số 3.",
		want:   []string{"org|Đoàn kiểm tra số 3 của Huyện ủy Ea Súp|other"},
		absent: []string{"org|Đoàn kiểm tra số 3 xã Ea Rốk"},
	}},
	{construction: construction{
		name:   "a body in a headline in capitals; a sector's trade union",
		text:   "HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG BẾN NGHÉ TỔ CHỨC HỘI THI\n\nCông đoàn Giáo dục huyện Củ Chi tổ chức hội nghị.",
		want:   []string{"org|Hội Liên hiệp Phụ nữ phường Bến Nghé|socio_political", "org|Công đoàn Giáo dục huyện Củ Chi|socio_political"},
		absent: []string{"org|Công đoàn huyện Củ Chi"},
	}, needsGazetteer: true},
	{construction: construction{
		name:   "a bare Đảng ủy is the Party committee of a body its sentence named before",
		text:   "Tỉnh ủy Quảng Trị thành lập Đảng bộ mới\n\nBan Thường vụ Tỉnh ủy Quảng Trị thành lập Đảng bộ Hội Cựu chiến binh tỉnh Quảng Trị, chỉ định ông Phan Văn Lợi giữ chức Bí thư Đảng ủy.",
		want:   []string{"holds|Phan Văn Lợi|Bí thư|Đảng ủy Hội Cựu chiến binh tỉnh Quảng Trị"},
		absent: []string{"org|Đảng ủy|"},
	}},
	{construction: construction{
		name: "a numbered department of a central board, with or without a comma between; a district named Vụ … is no department",
		text: "Ban Tổ chức Trung ương công bố quyết định\n\nÔng Lục Văn Thành, Vụ trưởng Vụ 3 Ban Tổ chức Trung ương trao quyết định. Bà Ninh Thị Huệ, Phó Vụ trưởng Vụ 7, Ban Dân vận Trung ương dự. Vụ việc được báo cáo Ban Tổ chức Trung ương. Thường trực Huyện ủy Vụ Bản (tỉnh Nam Định) làm việc; ông Đỗ Văn Chín, Bí thư Huyện ủy, dự.",
		want: []string{"org|Vụ 3 Ban Tổ chức Trung ương|party_board", "holds|Lục Văn Thành|Vụ trưởng|Vụ 3 Ban Tổ chức Trung ương",
			"holds|Ninh Thị Huệ|Phó Vụ trưởng|Vụ 7 Ban Dân vận Trung ương", "holds|Đỗ Văn Chín|Bí thư|Huyện ủy Vụ Bản"},
		absent: []string{"org|Vụ việc", "holds|Lục Văn Thành|Vụ trưởng|Ban Tổ chức Trung ương"},
	}},
	{construction: construction{
		name: "in an article that names no place of its own, where a national body meets is not whose it is; a bare name after the full one is the national body's",
		text: "Đại hội Hội Người mù\n\nSáng 6/7, tại Hà Nội, Hội Người mù tổ chức Đại hội đại biểu toàn quốc lần thứ IX. Ông Đinh Văn Khởi được bầu làm Chủ tịch Hội Người mù.\n\nHội Nông dân Việt Nam sơ kết\n\nChủ tịch Hội Nông dân Thái Văn Lâm chủ trì. Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Lê Thị Oanh dự. Phó Chủ tịch Tổng Liên đoàn Ngô Văn Hòa dự.",
		want: []string{"org|Hội Người mù Việt Nam|association", "holds|Đinh Văn Khởi|Chủ tịch|Hội Người mù Việt Nam",
			"holds|Thái Văn Lâm|Chủ tịch|Hội Nông dân Việt Nam", "holds|Ngô Văn Hòa|Phó Chủ tịch|Tổng Liên đoàn Lao động Việt Nam"},
		absent: []string{"org|Hội Người mù Thành phố Hà Nội", "person|Hà Nội"},
	}},
	{construction: construction{
		name:   "the Party cell of a body: Chi bộ Hội …, Chi bộ Liên đoàn Lao động …",
		text:   "Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh thành lập chi bộ\n\nNgày 3/5, Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh trao quyết định thành lập Chi bộ Hội Nhà báo tỉnh Hà Tĩnh. Chi bộ Liên đoàn Lao động huyện Hương Khê do ông Trần Văn Lộc làm Bí thư.",
		want:   []string{"org|Chi bộ Hội Nhà báo tỉnh Hà Tĩnh|party_committee", "org|Chi bộ Liên đoàn Lao động huyện Hương Khê|party_committee", "holds|Trần Văn Lộc|Bí thư|Chi bộ Liên đoàn Lao động huyện Hương Khê"},
		absent: []string{"holds|Trần Văn Lộc|Bí thư|Liên đoàn", "org|Hội Nhà báo tỉnh Hà Tĩnh|"},
	}},
	{construction: construction{
		name:   "a delegation of a place written as its kind alone: Đoàn đại biểu của tỉnh",
		text:   "Hội Nông dân tỉnh Phú Thọ gặp mặt đại biểu\n\nHội Nông dân tỉnh Phú Thọ chuẩn bị cho Đại hội toàn quốc. Đoàn đại biểu của tỉnh do ông Hà Văn Thịnh, Chủ tịch Hội Nông dân tỉnh Phú Thọ làm trưởng đoàn.",
		want:   []string{"org|Đoàn đại biểu tỉnh Phú Thọ|other", "holds|Hà Văn Thịnh|Trưởng đoàn|Đoàn đại biểu tỉnh Phú Thọ", "holds|Hà Văn Thịnh|Chủ tịch|Hội Nông dân tỉnh Phú Thọ"},
		absent: []string{"org|Đoàn đại biểu|other"},
	}},
}
