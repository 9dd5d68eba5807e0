package extract

import "testing"

// TestUnseenX11gen: constructions of assignments, appointments and
// congresses (2012 to mid-2025, every level) that the rules missed on real
// articles they were not developed on (branch x11gen), each in sentences
// written for the test. Facts as in TestConstructions.
func TestUnseenX11gen(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), unseenX11gen)
}

var unseenX11gen = []construction{
	{
		name: "after a semicolon, chỉ định … giữ chức with no one named: the post of the person of the clause before",
		text: "Công bố quyết định về công tác cán bộ\n\nBan Thường vụ Tỉnh ủy Nam Định quyết định luân chuyển ông Trần Văn Khải, Tỉnh ủy viên, Phó Trưởng ban Dân vận Tỉnh ủy đến nhận công tác tại huyện Hải Hậu; chỉ định tham gia Ban Chấp hành Đảng bộ huyện, Ban Thường vụ Huyện ủy, giữ chức Bí thư Huyện ủy Hải Hậu nhiệm kỳ 2020 - 2025. Bà Lê Thị Hoa, Phó Giám đốc Sở Tài chính thôi giữ chức Phó Giám đốc Sở Tài chính; điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Huyện ủy Giao Thủy. Ông Đỗ Văn Bình, Bí thư Huyện ủy Xuân Trường; ông Phạm Văn Tâm được chỉ định giữ chức Phó Bí thư Huyện ủy Xuân Trường.",
		want: []string{"holds|Trần Văn Khải|Bí thư|Huyện ủy Hải Hậu", "holds|Trần Văn Khải|Ủy viên|Tỉnh ủy Nam Định",
			"holds|Lê Thị Hoa|Phó Bí thư|Huyện ủy Giao Thủy", "holds|Đỗ Văn Bình|Bí thư|Huyện ủy Xuân Trường", "holds|Phạm Văn Tâm|Phó Bí thư|Huyện ủy Xuân Trường"},
		absent: []string{"holds|Đỗ Văn Bình|Phó Bí thư", "holds|Trần Văn Khải|Phó Bí thư"},
	},
	{
		name: "bầu chức vụ, bầu chức danh with no giữ: the post of each name listed before, whoever elects",
		text: "Đại hội đại biểu Hội Nông dân tỉnh Phú Yên\n\nBan Chấp hành đã bầu Ban Thường vụ gồm 9 đồng chí. Các ông: Lê Văn Sang, Trần Văn Đạt được Ban Chấp hành bầu chức vụ Phó Chủ tịch Hội Nông dân tỉnh Phú Yên. Ông Võ Văn Lành được bầu chức danh Chủ tịch Hội Nông dân tỉnh Phú Yên khóa X.",
		want: []string{"holds|Lê Văn Sang|Phó Chủ tịch|Hội Nông dân tỉnh Phú Yên", "holds|Trần Văn Đạt|Phó Chủ tịch|Hội Nông dân tỉnh Phú Yên",
			"holds|Võ Văn Lành|Chủ tịch|Hội Nông dân tỉnh Phú Yên"},
		absent: []string{"holds|Lê Văn Sang|Chủ tịch", "holds|Võ Văn Lành|Phó Chủ tịch"},
	},
	{
		name: "family names of the Central Highlands and central peoples start a name; Nay opening a sentence does not",
		text: "Hội nghị hiệp thương tại huyện Krông Pa\n\nTham dự hội nghị có Nay Thanh Bình - Phó Bí thư Huyện ủy Krông Pa; Sô Văn Lành - Phó Chủ tịch HĐND huyện Krông Pa; Điểu Thị Mai - Chủ tịch Hội LHPN huyện Krông Pa; Rah Lan Hưng - Ủy viên Ban Thường vụ Huyện ủy Krông Pa. Nay Huyện ủy yêu cầu các xã khẩn trương thực hiện.",
		want: []string{"holds|Nay Thanh Bình|Phó Bí thư|Huyện ủy Krông Pa", "holds|Sô Văn Lành|Phó Chủ tịch|HĐND huyện Krông Pa",
			"holds|Điểu Thị Mai|Chủ tịch|Hội Liên hiệp Phụ nữ huyện Krông Pa", "holds|Rah Lan Hưng|Ủy viên|Ban Thường vụ Huyện ủy Krông Pa"},
		absent: []string{"person|Nay Huyện", "holds|Thanh Bình", "holds|Văn Lành", "holds|Thị Mai"},
	},
	{
		name: "a board of the Youth Union's central committee (Ban Tổ chức Trung ương Đoàn) is not the Party's; its standing secretary, its council of Pioneers written T.Ư",
		text: "Hội nghị Ban Chấp hành Trung ương Đoàn\n\nDự hội nghị có anh Lê Văn Tú, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Trung ương Đoàn; chị Hồ Thị Lan, Phó Trưởng Ban Tuyên giáo T.Ư Đoàn; anh Trần Văn Sơn, Bí thư thường trực T.Ư Đoàn; chị Đỗ Thị Hằng, Phó Chủ tịch Hội đồng Đội T.Ư; anh Phan Văn Kiên, Phó Trưởng Ban Tổ chức Trung ương.",
		want: []string{"holds|Lê Văn Tú|Trưởng ban|Ban Tổ chức Trung ương Đoàn", "holds|Lê Văn Tú|Ủy viên|Ban Thường vụ Trung ương Đoàn",
			"holds|Hồ Thị Lan|Phó Trưởng ban|Ban Tuyên giáo Trung ương Đoàn", "holds|Trần Văn Sơn|Bí thư Thường trực|Trung ương Đoàn",
			"holds|Đỗ Thị Hằng|Phó Chủ tịch|Hội đồng Đội Trung ương", "holds|Phan Văn Kiên|Phó Trưởng ban|Ban Tổ chức Trung ương"},
		absent: []string{"holds|Lê Văn Tú|Trưởng ban|Ban Tổ chức Trung ương|", "holds|Trần Văn Sơn|Bí thư|", "org|Hội đồng Đội Việt Nam"},
	},
	{
		name: "an appointment ending in chức written chức vụ or chức danh; chỉ định vào chức danh",
		text: "Đại hội Công đoàn huyện Châu Thành\n\nÔng Lâm Văn Hậu tiếp tục được tín nhiệm bầu giữ chức vụ Chủ tịch Liên đoàn Lao động huyện Châu Thành. Bà Trịnh Thị Nga được bầu bổ sung giữ chức danh Phó Chủ tịch Liên đoàn Lao động huyện Châu Thành. Ông Tạ Văn Quý vừa được Ban Thường vụ Tỉnh ủy chỉ định vào chức danh Bí thư Huyện ủy Châu Thành.",
		want: []string{"holds|Lâm Văn Hậu|Chủ tịch|Liên đoàn Lao động huyện Châu Thành", "holds|Trịnh Thị Nga|Phó Chủ tịch|Liên đoàn Lao động huyện Châu Thành",
			"holds|Tạ Văn Quý|Bí thư|Huyện ủy Châu Thành"},
		absent: []string{"holds|Tạ Văn Quý|Ủy viên"},
	},
	{
		name:   "a field of work with a comma or a disease's code in it, then trên địa bàn and the area in charge",
		text:   "Phân công nhiệm vụ tại huyện Bình Chánh\n\nÔng Mai Văn Tài, Phó Bí thư Huyện ủy Bình Chánh trực tiếp phụ trách, theo dõi, chỉ đạo công tác phòng, chống dịch trên địa bàn xã Tân Nhựt. Bà Võ Thị Thu, Ủy viên Ban Thường vụ Huyện ủy Bình Chánh phụ trách công tác phòng, chống dịch COVID-19 trên địa bàn xã Bình Lợi. Ông Lưu Văn Mến, Ủy viên Ban Thường vụ Huyện ủy Bình Chánh phụ trách công tác tuyên truyền, vận động.",
		want:   []string{"resp|Mai Văn Tài|xã Tân Nhựt", "resp|Võ Thị Thu|xã Bình Lợi"},
		absent: []string{"resp|Lưu Văn Mến"},
	},
	{
		name: "bầu bổ sung A, B vào one body và C vào another: each into the body after their names; Bảo hiểm Xã hội a state body",
		text: "Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh Trà Vinh\n\nHội nghị đã bầu bổ sung ông Kim Văn Sang - Chủ tịch Liên đoàn Lao động huyện Cầu Kè; bà Thạch Thị Hiền - Phó Giám đốc Bảo hiểm Xã hội tỉnh Trà Vinh vào Ban Chấp hành Liên đoàn Lao động tỉnh Trà Vinh và bà Lâm Thị Mỹ - Chủ tịch Công đoàn Viên chức tỉnh Trà Vinh vào Ban Thường vụ Liên đoàn Lao động tỉnh Trà Vinh.",
		want: []string{"holds|Kim Văn Sang|Ủy viên|Liên đoàn Lao động tỉnh Trà Vinh", "holds|Thạch Thị Hiền|Ủy viên|Liên đoàn Lao động tỉnh Trà Vinh",
			"holds|Lâm Thị Mỹ|Ủy viên|Ban Thường vụ Liên đoàn Lao động tỉnh Trà Vinh", "holds|Thạch Thị Hiền|Phó Giám đốc|Bảo hiểm Xã hội tỉnh Trà Vinh",
			"org|Bảo hiểm Xã hội tỉnh Trà Vinh|government"},
		absent: []string{"holds|Kim Văn Sang|Ủy viên|Ban Thường vụ", "holds|Lâm Thị Mỹ|Ủy viên|Liên đoàn Lao động tỉnh Trà Vinh|"},
	},
	{
		name:   "a hamlet's Party cell written with thuộc and the commune's Party committee after it: of that commune, not the article's",
		text:   "Đại hội điểm chi bộ tại huyện Chợ Mới\n\nCụm 1 chọn Chi bộ ấp Long Hòa, thị trấn Mỹ Luông làm điểm. Ông Lê Văn Tám tái đắc cử chức Bí thư Chi bộ.\n\nCụm 2 chọn Chi bộ ấp Mỹ Phú, thuộc Đảng bộ xã Kiến An làm điểm. Ông Trần Văn Chín tái đắc cử chức Bí thư Chi bộ.",
		want:   []string{"holds|Lê Văn Tám|Bí thư|Chi bộ ấp Long Hòa", "holds|Trần Văn Chín|Bí thư|Chi bộ ấp Mỹ Phú xã Kiến An"},
		absent: []string{"org|Chi bộ ấp Mỹ Phú thị trấn Mỹ Luông"},
	},
}
