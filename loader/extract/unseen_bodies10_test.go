package extract

import "testing"

// TestUnseenBodies10: ways of naming bodies found misread on a fresh set of
// real pages (branch x10org: association congresses, Front congresses
// after the 2025 merger, clubs of residential groups), each in a short
// article composed for the test, beside the reading it must keep.
func TestUnseenBodies10(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), unseenBodies10)
}

// TestUnseenBodies10WithoutGazetteer: the same, read with the rules alone.
func TestUnseenBodies10WithoutGazetteer(t *testing.T) {
	checkConstructions(t, newExtractor(t, nil), unseenBodies10)
}

var unseenBodies10 = []construction{
	{
		name: "boards listed before \"của\" and their body are each that body's, not the district's Party boards",
		text: "Huyện Đông Anh kiện toàn hội khuyến học\n\nHội nghị thông qua danh sách Ban Chấp hành, Ban Thường vụ, Ban Kiểm tra của Hội Khuyến học huyện Đông Anh. Ông Lê Văn Hà, Bí thư Huyện ủy Đông Anh dự.",
		want: []string{"org|Ban Thường vụ Hội Khuyến học huyện Đông Anh|association", "org|Ban Kiểm tra Hội Khuyến học huyện Đông Anh|association",
			"holds|Lê Văn Hà|Bí thư|Huyện ủy Đông Anh"},
		absent: []string{"org|Ban Thường vụ Huyện ủy"},
	},
	{
		name: "departments of the trade unions, the women's union and the Front take the body after them, alone or listed",
		text: "Tỉnh Nam Định triển khai quyết định công đoàn\n\nTổng Liên đoàn Lao động Việt Nam giao Ban Quan hệ Lao động, Ban Công tác Công đoàn Tổng LĐLĐ Việt Nam, LĐLĐ tỉnh Nam Định thi hành quyết định. Bà Lê Thị Hoa, Trưởng Ban Gia đình - Xã hội Hội LHPN tỉnh Nam Định phát biểu. Ông Trần Văn Bình, Trưởng ban Phong trào Ủy ban MTTQ tỉnh Nam Định dự.",
		want: []string{"org|Ban Quan hệ Lao động Tổng Liên đoàn Lao động Việt Nam|socio_political",
			"org|Ban Công tác Công đoàn Tổng Liên đoàn Lao động Việt Nam|socio_political", "org|Liên đoàn Lao động tỉnh Nam Định|socio_political",
			"holds|Lê Thị Hoa|Trưởng ban|Ban Gia đình - Xã hội Hội Liên hiệp Phụ nữ tỉnh Nam Định",
			"holds|Trần Văn Bình|Trưởng ban|Ban Phong trào Ủy ban Mặt trận Tổ quốc tỉnh Nam Định"},
		absent: []string{"org|Công đoàn tỉnh Nam Định", "org|Ban Quan hệ Lao động Tỉnh"},
	},
	{
		name: "the standing board abbreviated with its committee (Ban TVTU, BTVHU) is that committee's standing board",
		text: "Hội Khuyến học tỉnh Nam Định tổ chức đại hội\n\nDự có ông Lê Văn Nam, Ủy viên Ban TVTU, Trưởng Ban Tuyên giáo Tỉnh ủy; ông Trần Văn Long, Ủy viên BTVHU Ý Yên, Chủ tịch Hội Khuyến học huyện Ý Yên.",
		want: []string{"holds|Lê Văn Nam|Ủy viên|Ban Thường vụ Tỉnh ủy Nam Định", "holds|Lê Văn Nam|Trưởng ban|Ban Tuyên giáo Tỉnh ủy Nam Định",
			"holds|Trần Văn Long|Ủy viên|Ban Thường vụ Huyện ủy Ý Yên", "holds|Trần Văn Long|Chủ tịch|Hội Khuyến học huyện Ý Yên"},
		absent: []string{"org|Ban TVTU", "org|Ban Thường vụ Tỉnh ủy Ý Yên"},
	},
	{
		name: "a branch or cell of a residential group named by its number (tổ 7) keeps it; \"tổ chức\" and a Tổ công tác are no place",
		text: "Phường Minh Khai ra mắt câu lạc bộ\n\nChi hội Người cao tuổi tổ 7, phường Minh Khai có 40 hội viên. Hội Người mù tổ chức hội nghị. Chi bộ tổ 3 phường Minh Khai họp. Tổ Công tác của UBND phường Minh Khai kiểm tra.",
		want: []string{"org|Chi hội Người cao tuổi Tổ 7 phường Minh Khai|association", "org|Chi bộ Tổ 3 phường Minh Khai|party_committee",
			"org|Tổ công tác UBND phường Minh Khai|other"},
		absent: []string{"org|Chi hội Người cao tuổi phường Minh Khai", "org|Hội Người mù Tổ", "org|Hội Người mù tổ"},
	},
	{
		name: "a Party post before a commune's, district's or province's name alone is a post of that place's Party committee; a Youth Union's post keeps its Đoàn",
		text: "Phường Hòa Bình tổ chức đại hội Hội Chữ thập đỏ\n\nPhó Bí thư Thường trực phường Hòa Bình Nguyễn Văn Tám phát biểu. Ông Lê Văn Chín, Bí thư xã An Hòa cùng dự. Bà Trần Thị Mai, Phó Bí thư huyện Tân Phú dự. Ông Hồ Văn Bảy, Bí thư Đoàn xã An Hòa dự.",
		want: []string{"holds|Nguyễn Văn Tám|Phó Bí thư Thường trực|Đảng ủy phường Hòa Bình", "holds|Lê Văn Chín|Bí thư|Đảng ủy xã An Hòa",
			"holds|Trần Thị Mai|Phó Bí thư|Huyện ủy Tân Phú", "holds|Hồ Văn Bảy|Bí thư|Đoàn Thanh niên xã An Hòa"},
		absent: []string{"holds|Hồ Văn Bảy|Bí thư|Đảng ủy"},
	},
	{
		name: "associations whose name has a dash in it (Hội CTĐ - BTXH, Hội Truyền thống Trường Sơn - Đường Hồ Chí Minh) keep all of it",
		text: "Xã Kỳ Sơn tổ chức đại hội\n\nHội CTĐ - BTXH xã Kỳ Sơn tổ chức đại hội lần thứ I. Bà Lê Thị Tư - Chủ tịch Hội CTĐ - BTXH xã Kỳ Sơn phát biểu. Ông Lê Văn Năm, Chủ tịch Hội truyền thống Trường Sơn - đường Hồ Chí Minh xã Kỳ Sơn dự.",
		want: []string{"org|Hội Chữ thập đỏ - Bảo trợ xã hội xã Kỳ Sơn|association", "holds|Lê Thị Tư|Chủ tịch|Hội Chữ thập đỏ - Bảo trợ xã hội xã Kỳ Sơn",
			"holds|Lê Văn Năm|Chủ tịch|Hội Truyền thống Trường Sơn - Đường Hồ Chí Minh xã Kỳ Sơn"},
		absent: []string{"org|Hội Chữ thập đỏ xã Kỳ Sơn", "org|Hội Truyền thống Trường Sơn xã Kỳ Sơn"},
	},
	{
		name: "a branch (Chi hội) written with its commune alone is the commune's branches, no one body; with its hamlet, or its family, it is one",
		text: "Xã An Bình hoàn thành hội nghị chi hội\n\n65/65 hội nghị Chi hội Phụ nữ xã An Bình đã hoàn thành. Chi hội Phụ nữ thôn Đông xã An Bình bầu bà Lê Thị Ba làm Chi hội trưởng. Chi hội Khuyến học dòng họ Lê xã An Bình ra mắt.",
		want: []string{"org|Chi hội Phụ nữ thôn Đông xã An Bình|socio_political", "holds|Lê Thị Ba|Chi hội trưởng|Chi hội Phụ nữ thôn Đông xã An Bình",
			"org|Chi hội Khuyến học dòng họ Lê xã An Bình|association"},
		absent: []string{"org|Chi hội Phụ nữ xã An Bình"},
	},
	{
		name: "an association's levels written as \"Tỉnh hội\", \"huyện hội X\" are the article's association at that unit; \"hội nghị\" is none",
		text: "Hội Người mù thị xã Bình Long kỷ niệm ngày thành lập\n\nSáng 14/4, Hội Người mù thị xã Bình Long tổ chức hội nghị kỷ niệm ngày thành lập Hội Người mù Việt Nam. Lãnh đạo thị hội, huyện hội Hớn Quản cùng 20 hội viên dự. Ông Lê Văn Ba, Phó Chủ tịch Tỉnh hội Bình Phước dự. Tỉnh hội nghị bàn.",
		want: []string{"org|Hội Người mù thị xã Bình Long|association", "org|Hội Người mù huyện Hớn Quản|association",
			"holds|Lê Văn Ba|Phó Chủ tịch|Hội Người mù tỉnh Bình Phước"},
		absent: []string{"holds|Lê Văn Ba|Phó Chủ tịch|Hội Người mù thị xã Bình Long", "org|Hội nghị"},
	},
	{
		name: "a delegation of a province's leaders is the province's delegation",
		text: "Tỉnh Gia Lai thăm Hội Cựu chiến binh\n\nChiều 4/12, Đoàn công tác của lãnh đạo tỉnh do đồng chí Nguyễn Văn Hòa, Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã đến thăm Hội Cựu chiến binh tỉnh.",
		want: []string{"org|Đoàn công tác tỉnh Gia Lai|other", "holds|Nguyễn Văn Hòa|Trưởng đoàn|Đoàn công tác tỉnh Gia Lai",
			"holds|Nguyễn Văn Hòa|Phó Bí thư|Tỉnh ủy Gia Lai"},
	},
	{
		name: "Ủy viên Ban Thường vụ of a district committee and the People's Committee's chair written in one word (UVTVHU, Phó CTUBND huyện)",
		text: "Huyện Triệu Phong tổ chức đại hội Hội Cựu giáo chức\n\nBà Dương Thị Hải Yến – UVTVHU – Phó CTUBND huyện phát biểu. Ông Lê Văn Hai, CTUBND xã Triệu Ái dự.",
		want: []string{"holds|Dương Thị Hải Yến|Ủy viên|Ban Thường vụ Huyện ủy Triệu Phong", "holds|Dương Thị Hải Yến|Phó Chủ tịch|UBND huyện Triệu Phong",
			"holds|Lê Văn Hai|Chủ tịch|UBND xã Triệu Ái"},
		absent: []string{"org|Ủy ban Mặt trận"},
	},
	{
		name: "a bare Đảng ủy listed with a district's body is the commune's (a district's committee is its Huyện ủy); the levels of an association written in lower case",
		text: "Hội khuyến học xã Đắk Nuê tổ chức đại hội\n\nPhát biểu tại Đại hội, lãnh đạo Đảng ủy và Hội Khuyến học huyện Lắk đã biểu dương Hội khuyến học xã. Nhiều hội viên nhận bằng khen của Tỉnh hội Đắk Lắk và huyện hội. Tỉnh hội nhập sâu rộng.",
		want: []string{"org|Đảng ủy xã Đắk Nuê|party_committee", "org|Hội Khuyến học huyện Lắk|association",
			"org|Hội Khuyến học tỉnh Đắk Lắk|association"},
		absent: []string{"org|Đảng ủy huyện", "org|Hội Khuyến học Tỉnh|"},
	},
	{
		name: "a standing board the association's congress elects is the association's, though written before it; a Party board named with its committee stays the Party's",
		text: "Đại hội Hội Cựu giáo chức huyện Bạch Thông\n\nNgày 4/11, Hội Cựu giáo chức huyện Bạch Thông tổ chức Đại hội lần thứ I. Ông Lê Văn Hà, Ủy viên Ban Thường vụ Huyện ủy Bạch Thông dự. Đại hội đã bầu Ban chấp hành mới gồm 09 đồng chí, 03 Uỷ viên Ban Thường vụ, bầu các chức danh Chủ tịch, Phó Chủ tịch Hội Cựu giáo chức huyện.",
		want: []string{"org|Ban Thường vụ Hội Cựu giáo chức huyện Bạch Thông|association", "holds|Lê Văn Hà|Ủy viên|Ban Thường vụ Huyện ủy Bạch Thông"},
	},
	{
		name: "in a province-level city a provincial member's title (TUV, Tỉnh ủy viên) is of its Thành ủy; an association's \"Trung ương\" is the national association",
		text: "Thành phố Huế gặp mặt cựu chiến binh\n\nÔng Lê Văn A, TUV, Chủ tịch Hội Cựu chiến binh thành phố Huế phát biểu. Bà Trần Thị B, Tỉnh ủy viên, Phó Chủ tịch UBND thành phố dự. Ông Lê Văn D, Phó Chủ tịch Hội Luật gia Trung ương dự. Ông Trần Văn H, Ủy viên Đảng ủy Công an Trung ương dự.",
		want: []string{"holds|Lê Văn A|Ủy viên|Thành ủy Huế", "holds|Trần Thị B|Ủy viên|Thành ủy Huế", "holds|Lê Văn D|Phó Chủ tịch|Hội Luật gia Việt Nam",
			"holds|Trần Văn H|Ủy viên|Đảng ủy Công an Trung ương"},
		absent: []string{"org|Tỉnh ủy", "org|Hội Luật gia Trung ương"},
	},
	{
		name:   "a body of levels written with shortened kinds (huyện, thành, thị) is no one body; one with its place stays",
		text:   "Huyện Krông Pắc tổng kết công tác công đoàn\n\nĐại diện Liên đoàn Lao động huyện, thành, thị trong tỉnh dự. Ông Lê Văn Tư, Chủ tịch Liên đoàn Lao động tỉnh Đắk Lắk phát biểu.",
		want:   []string{"holds|Lê Văn Tư|Chủ tịch|Liên đoàn Lao động tỉnh Đắk Lắk"},
		absent: []string{"org|Liên đoàn Lao động huyện Krông Pắc", "org|Liên đoàn Lao động Huyện"},
	},
	{
		name: "associations merged under a joint name with a dash keep all of it up to their place; a dash between two known bodies is a list",
		text: "Tỉnh Quảng Nam ra mắt các hội sau hợp nhất\n\nHội Người khuyết tật - Nạn nhân chất độc da cam huyện Duy Xuyên ra mắt. Hội Khuyến học - Cựu giáo chức phường Điện Bàn Đông ra mắt. Hội Nông dân - Hội Phụ nữ xã Đại Hòa dự.",
		want: []string{"org|Hội Người khuyết tật - Nạn nhân chất độc da cam huyện Duy Xuyên|association",
			"org|Hội Khuyến học - Cựu giáo chức phường Điện Bàn Đông|association",
			"org|Hội Nông dân xã Đại Hòa|socio_political", "org|Hội Liên hiệp Phụ nữ xã Đại Hòa|socio_political"},
		absent: []string{"org|Hội Người khuyết tật xã", "org|Hội Người khuyết tật huyện Duy Xuyên", "org|Hội Nông dân - "},
	},
	{
		name: "a club named with lower-case words before the association it belongs to is that place's club, beside the association",
		text: "Xã Đại Hòa ra mắt câu lạc bộ\n\nCâu lạc bộ Thơ ca Hội Người cao tuổi xã Đại Hòa ra mắt. CLB Dưỡng sinh Hội Người cao tuổi xã Đại Hòa có 30 thành viên.",
		want: []string{"org|Câu lạc bộ Thơ ca xã Đại Hòa|association", "org|Câu lạc bộ Dưỡng sinh xã Đại Hòa|association",
			"org|Hội Người cao tuổi xã Đại Hòa|association"},
	},
	{
		name:   "the Agent Orange victims' association abbreviated in one word (Hội NNCĐDC) is the one association",
		text:   "Phường Tân Định trao quà\n\nHội NNCĐDC phường Tân Định trao quà. Hội NN CĐDC/dioxin Quận 1 dự.",
		want:   []string{"org|Hội Nạn nhân chất độc da cam/dioxin phường Tân Định|association", "org|Hội Nạn nhân chất độc da cam/dioxin Quận 1|association"},
		absent: []string{"org|Hội NNCĐDC"},
	},
	{
		name: "a commune's body written once before a list of communes is each commune's; a unit of another kind in the list comes with its kind; another body ends the list",
		text: "Tỉnh Thanh Hóa chuẩn bị đại hội phụ nữ\n\nCó 4 đơn vị tổ chức đại hội, gồm Hội LHPN xã Như Xuân, Thiệu Trung, Thọ Phú và phường Sầm Sơn. UBND xã An Bình, An Hòa và thị trấn Phú Hòa ký kết. Hội Nông dân xã Tân Lập, Hội Phụ nữ xã Tân Hòa dự.",
		want: []string{"org|Hội Liên hiệp Phụ nữ xã Như Xuân|socio_political", "org|Hội Liên hiệp Phụ nữ xã Thiệu Trung|socio_political",
			"org|Hội Liên hiệp Phụ nữ xã Thọ Phú|socio_political", "org|Hội Liên hiệp Phụ nữ phường Sầm Sơn|socio_political",
			"org|UBND xã An Hòa|government", "org|UBND thị trấn Phú Hòa|government", "org|Hội Liên hiệp Phụ nữ xã Tân Hòa|socio_political"},
		absent: []string{"org|Hội Nông dân xã Tân Hòa", "org|Hội Nông dân xã Hội"},
	},
	{
		name:   "\"Tỉnh Đoàn\" before a province's name is the Youth Union's committee, no person named Đoàn",
		text:   "Đoàn xã Yên Phong tổ chức Đại hội\n\nTại Đại hội, Ban Thường vụ Tỉnh Đoàn Bắc Ninh công bố quyết định chỉ định 25 đồng chí tham gia Ban Chấp hành, giữ chức danh Bí thư, Phó Bí thư. Ông Đoàn Văn Hùng, Bí thư Huyện Đoàn Yên Phong dự.",
		want:   []string{"org|Ban Thường vụ Tỉnh đoàn Bắc Ninh|socio_political", "holds|Đoàn Văn Hùng|Bí thư|Huyện đoàn Yên Phong"},
		absent: []string{"person|Đoàn Bắc Ninh", "holds|Đoàn Bắc Ninh"},
	},
	{
		name: "a mass organisation written right before a state agency is that agency's staff's, named with it, not the commune's",
		text: "Huyện Như Xuân hoàn thành đại hội phụ nữ cơ sở\n\nĐại diện Hội Phụ nữ Công an tỉnh Thanh Hóa tặng hoa Hội Phụ nữ Công an huyện. Công đoàn Sở Y tế tỉnh Thanh Hóa dự. Đoàn Thanh niên Bộ Công an dự. Hội Nông dân UBND xã Thanh Lâm dự.",
		want: []string{"org|Hội Liên hiệp Phụ nữ Công an tỉnh Thanh Hóa|socio_political", "org|Hội Liên hiệp Phụ nữ Công an huyện Như Xuân|socio_political",
			"org|Công đoàn Sở Y tế tỉnh Thanh Hóa|socio_political", "org|Đoàn Thanh niên Bộ Công an|socio_political",
			"org|Hội Nông dân xã Thanh Lâm|socio_political"},
		absent: []string{"org|Hội Liên hiệp Phụ nữ xã", "org|Công đoàn xã", "org|Hội Nông dân UBND"},
	},
	{
		name: "a standing board named alone in a sentence an association opens as its subject is that association's; one named with its committee stays the Party's",
		text: "Tỉnh Thanh Hóa chuẩn bị đại hội phụ nữ\n\nHội LHPN tỉnh Thanh Hóa đã phân công các đồng chí trong Ban Chấp hành, Ban Thường vụ chỉ đạo đại hội cấp dưới. Ban Thường vụ Tỉnh ủy Thanh Hóa chỉ đạo.",
		want: []string{"org|Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa|socio_political", "org|Ban Thường vụ Tỉnh ủy Thanh Hóa|party_board"},
	},
	{
		name:   "a commune's Party organisation of its Party agencies, written as a Đảng bộ, is its Đảng ủy các cơ quan Đảng",
		text:   "Xã Xuân Lập tổ chức đại hội\n\nChiều 24/7, Đảng bộ các cơ quan Đảng xã Xuân Lập đã tổ chức Đại hội lần thứ I.",
		want:   []string{"org|Đảng ủy các cơ quan Đảng xã Xuân Lập|party_committee"},
		absent: []string{"org|Đảng ủy xã Xuân Lập"},
	},
	{
		name: "a committee written bare in a sentence that names it in full with its unit, later or before, is that unit's",
		text: "TPO - Tại Đại hội, các đại biểu nhất trí bầu anh Hoàng Văn Công giữ chức Bí thư Tỉnh Đoàn, chị Vũ Thị Yến giữ chức Phó Bí thư Tỉnh Đoàn Cao Bằng khóa XV và bầu ra Ban Thường vụ Tỉnh Đoàn.",
		want: []string{"holds|Hoàng Văn Công|Bí thư|Tỉnh đoàn Cao Bằng", "holds|Vũ Thị Yến|Phó Bí thư|Tỉnh đoàn Cao Bằng",
			"org|Ban Thường vụ Tỉnh đoàn Cao Bằng|socio_political"},
		absent: []string{"org|Tỉnh đoàn|", "org|Ban Thường vụ Tỉnh đoàn|"},
	},
}
