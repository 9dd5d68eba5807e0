package extract

import "testing"

// TestConstructions: each way the articles state a post or a
// responsibility, in a short article of its own. want lists facts that must
// be there, absent facts that must not; a fact is written
// "holds|person|post|org", "resp|subject|object" or "org|name|type".
func TestConstructions(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	tests := []construction{
		{
			name: "a provincial body the article never places is still a body, under its bare name",
			text: "Hội nghị công bố quyết định về công tác cán bộ\n\nĐồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị. Cùng dự có đồng chí Lò Thị Mai, Trưởng Ban Tuyên giáo Tỉnh ủy.",
			want: []string{"org|Tỉnh ủy|party_committee", "holds|Nguyễn Văn An|Bí thư|Tỉnh ủy", "holds|Lò Thị Mai|Trưởng ban|Ban Tuyên giáo Tỉnh ủy"},
		},
		{
			name:   "a name ends before an abbreviated post written against it",
			text:   "Ủy ban MTTQ huyện Krông Pắc họp phiên thường kỳ\n\nVề dự có các đồng chí: Trần Văn Bình-UVTV, Chủ tịch Ủy ban MTTQ huyện Krông Pắc; Đinh Văn Tú - HUV, Phó Chủ tịch UBND huyện Krông Pắc.",
			want:   []string{"holds|Trần Văn Bình|Chủ tịch|Ủy ban Mặt trận Tổ quốc huyện Krông Pắc", "holds|Đinh Văn Tú|Phó Chủ tịch|UBND huyện Krông Pắc", "holds|Đinh Văn Tú|Ủy viên|Huyện ủy Krông Pắc"},
			absent: []string{"holds|Trần Văn Bình UVTV|Chủ tịch|Ủy ban Mặt trận Tổ quốc huyện Krông Pắc"},
		},
		{
			name:   "two honorifics before a name; a caption's place before a name",
			text:   "Xã Tân Lập tổng kết năm học\n\nÔng Bà Lê Thị Hoa – Chủ tịch Hội Khuyến học xã Tân Lập. Phó Bí thư Tỉnh ủy Nghệ An Trần Văn Lâm phát biểu.",
			want:   []string{"holds|Lê Thị Hoa|Chủ tịch|Hội Khuyến học xã Tân Lập", "holds|Trần Văn Lâm|Phó Bí thư|Tỉnh ủy Nghệ An"},
			absent: []string{"holds|Bà Lê Thị Hoa|Chủ tịch|Hội Khuyến học xã Tân Lập", "holds|Nghệ An Trần Văn Lâm|Phó Bí thư|Tỉnh ủy Nghệ An"},
		},
		{
			name:   "hard line breaks inside sentences; a number that counts is no unit",
			text:   "Sáng 3/7, tại hội trường Huyện ủy\nCư Kuin, Ban Thường trực Ủy ban MTTQ huyện tổ chức hội nghị lần thứ 4, có\nđồng chí Y Ngông Niê, Chủ tịch Ủy ban MTTQ huyện dự và\nphát biểu. Đại diện UBND báo cáo kết quả công tác của\nHĐND huyện 6 tháng đầu năm và phương hướng thời gian\ntới.",
			want:   []string{"org|Huyện ủy Cư Kuin|party_committee", "holds|Y Ngông Niê|Chủ tịch|Ủy ban Mặt trận Tổ quốc huyện Cư Kuin"},
			absent: []string{"org|HĐND Huyện 6|government"},
		},
		{
			name: "central bodies: Việt Nam or Trung ương where the place would be",
			text: "Hội nghị tổng kết công tác Hội\n\nDự hội nghị có đồng chí Phan Văn Sơn, Phó Trưởng Ban Tổ chức Trung ương. Bà Đỗ Thị Lan, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam phát biểu. Ông Vũ Văn Hải, Chủ tịch Hội Luật gia Việt Nam cũng dự.",
			want: []string{"holds|Phan Văn Sơn|Phó Trưởng ban|Ban Tổ chức Trung ương", "holds|Đỗ Thị Lan|Phó Chủ tịch|Trung ương Hội Nông dân Việt Nam",
				"holds|Vũ Văn Hải|Chủ tịch|Hội Luật gia Việt Nam"},
		},
		{
			name: "list after gồm các đồng chí",
			text: "Quận ủy quận Bình Thạnh làm việc với Hội Cựu chiến binh\n\nSáng 5/3, Thường trực Quận ủy quận Bình Thạnh gồm các đồng chí: Đặng Văn Khoa, Bí thư Quận ủy; Trần Thị Ngọc Hà, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận đã làm việc với Hội Cựu chiến binh quận.",
			want: []string{"holds|Đặng Văn Khoa|Bí thư|Quận ủy Bình Thạnh", "holds|Trần Thị Ngọc Hà|Phó Bí thư Thường trực|Quận ủy Bình Thạnh",
				"holds|Trần Thị Ngọc Hà|Chủ tịch|HĐND quận Bình Thạnh", "org|Hội Cựu chiến binh quận Bình Thạnh|socio_political", "org|Thường trực Quận ủy Bình Thạnh|party_board"},
		},
		{
			name: "dash form and a post of a board without its committee",
			text: "Hội nghị tại xã Cẩm Bình, huyện Cẩm Xuyên\n\nĐồng chí Lê Văn Hòa - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên - phát biểu tại hội nghị.",
			want: []string{"holds|Lê Văn Hòa|Ủy viên|Ban Thường vụ Huyện ủy Cẩm Xuyên", "holds|Lê Văn Hòa|Trưởng ban|Ban Dân vận Huyện ủy Cẩm Xuyên"},
		},
		{
			name: "apposition, two posts without a separator",
			text: "Quận Gò Vấp tổng kết công tác năm\n\nPhó Bí thư Quận ủy Chủ tịch UBND quận Gò Vấp Nguyễn Văn Minh phát biểu kết luận hội nghị.",
			want: []string{"holds|Nguyễn Văn Minh|Phó Bí thư|Quận ủy Gò Vấp", "holds|Nguyễn Văn Minh|Chủ tịch|UBND quận Gò Vấp"},
		},
		{
			name: "Tỉnh ủy viên is Ủy viên of the Tỉnh ủy",
			text: "Huyện Lấp Vò sơ kết công tác dân vận\n\nChủ trì hội nghị có đồng chí Nguyễn Thanh Tùng, Tỉnh ủy viên, Bí thư Huyện ủy Lấp Vò.",
			want: []string{"holds|Nguyễn Thanh Tùng|Ủy viên|Tỉnh ủy Đồng Tháp", "holds|Nguyễn Thanh Tùng|Bí thư|Huyện ủy Lấp Vò"},
		},
		{
			name:   "a byline is not a post",
			text:   "Hội Khuyến học phường Tân Giang tổng kết năm học\n\nHội Khuyến học phường Tân Giang, thành phố Hà Tĩnh đã trao 50 suất học bổng.\n\nNguyễn Văn Bình",
			want:   []string{"org|Hội Khuyến học phường Tân Giang|association"},
			absent: []string{"holds|Nguyễn Văn Bình"},
		},
		{
			name: "responsibility list with ; , and và, bare boards of the article's committee",
			text: "Quận 10 phân công theo dõi các hội quần chúng\n\nQuận ủy Quận 10 phân công như sau: Ban Dân vận phụ trách Hội Chữ thập đỏ, Hội Luật gia và Hội Đông y; Ban Tổ chức Quận ủy phụ trách Câu lạc bộ Hưu trí.",
			want: []string{"resp|Ban Dân vận Quận ủy Quận 10|Hội Chữ thập đỏ Quận 10", "resp|Ban Dân vận Quận ủy Quận 10|Hội Luật gia Quận 10",
				"resp|Ban Dân vận Quận ủy Quận 10|Hội Đông y Quận 10", "resp|Ban Tổ chức Quận ủy Quận 10|Câu lạc bộ Hưu trí Quận 10"},
		},
		{
			name: "chịu trách nhiệm lãnh đạo chính trị đối với",
			text: "Huyện Củ Chi triển khai Chỉ thị 17-CT/TW\n\nĐảng ủy Cơ quan chính quyền huyện Củ Chi chịu trách nhiệm lãnh đạo chính trị đối với Hội Doanh nghiệp huyện.",
			want: []string{"resp|Đảng ủy cơ quan chính quyền huyện Củ Chi|Hội Doanh nghiệp huyện Củ Chi"},
		},
		{
			name: "a person in charge of wards",
			text: "Quận Hải Châu phân công Ủy viên Ban Thường vụ\n\nĐồng chí Lê Thị Lan, Phó Bí thư Quận ủy, phụ trách các phường Thạch Thang và Hải Châu.",
			want: []string{"resp|Lê Thị Lan|phường Thạch Thang", "resp|Lê Thị Lan|phường Hải Châu", "holds|Lê Thị Lan|Phó Bí thư|Quận ủy Hải Châu"},
		},
		{
			name: "a delegation at a ward",
			text: "Thị xã Hồng Lĩnh sơ kết Chỉ thị 20-CT/ThU\n\nĐồng chí Trần Thị Mai - Phó trưởng đoàn chỉ đạo BTV Thị ủy tại phường Đức Thuận phát biểu.",
			want: []string{"resp|Đoàn chỉ đạo Ban Thường vụ Thị ủy Hồng Lĩnh tại phường Đức Thuận|phường Đức Thuận", "resp|Trần Thị Mai|phường Đức Thuận"},
		},
		{
			name: "a congress elects a board and its chair",
			text: "Đại hội Hội Nông dân xã Quang Vĩnh, huyện Đức Thọ\n\nĐại hội đã bầu Ban Chấp hành Hội Nông dân xã Quang Vĩnh gồm 9 đồng chí. Ban Chấp hành đã bầu ông Phan Văn Tâm làm Chủ tịch và bà Hồ Thị Lý làm Phó Chủ tịch Hội.",
			want: []string{"holds|Phan Văn Tâm|Chủ tịch|Hội Nông dân xã Quang Vĩnh", "holds|Hồ Thị Lý|Phó Chủ tịch|Hội Nông dân xã Quang Vĩnh"},
		},
		{
			name: "appointed, and leaving a post",
			text: "Huyện Đức Thọ công bố quyết định về cán bộ\n\nĐồng chí Võ Văn Sơn, Phó Trưởng Ban Tổ chức Huyện ủy Đức Thọ được bổ nhiệm giữ chức Trưởng Ban Tổ chức Huyện ủy. Đồng chí Đào Thị Hạnh thôi giữ chức Chủ tịch Hội Liên hiệp Phụ nữ huyện Đức Thọ.",
			want: []string{"holds|Võ Văn Sơn|Phó Trưởng ban|Ban Tổ chức Huyện ủy Đức Thọ", "holds|Võ Văn Sơn|Trưởng ban|Ban Tổ chức Huyện ủy Đức Thọ",
				"holds|Đào Thị Hạnh|Chủ tịch|Hội Liên hiệp Phụ nữ huyện Đức Thọ"},
		},
		{
			name: "a special zone (đặc khu), lower-cased as a word, not a byte",
			text: "Đặc khu Phú Quốc làm việc với các hội quần chúng\n\nChiều 15/11, Ban Thường vụ Đảng ủy đặc khu Phú Quốc (tỉnh An Giang) làm việc với Ủy ban MTTQ Việt Nam đặc khu.",
			want: []string{"org|Ban Thường vụ Đảng ủy đặc khu Phú Quốc|party_board", "org|Ủy ban Mặt trận Tổ quốc đặc khu Phú Quốc|front"},
		},
		{
			name: "the assigner is not the subject: X giao Y phụ trách Z",
			text: "Tỉnh ủy Lâm Đồng phân công theo dõi các hội\n\nBan Thường vụ Tỉnh ủy Lâm Đồng giao Ban Tuyên giáo Tỉnh ủy phụ trách Hội Nhà báo tỉnh, Hội Văn học nghệ thuật tỉnh; Ban Dân vận Tỉnh ủy phụ trách Hội Luật gia tỉnh và Hội Khuyến học tỉnh.",
			want: []string{"resp|Ban Tuyên giáo Tỉnh ủy Lâm Đồng|Hội Nhà báo tỉnh Lâm Đồng", "resp|Ban Tuyên giáo Tỉnh ủy Lâm Đồng|Hội Văn học Nghệ thuật tỉnh Lâm Đồng",
				"resp|Ban Dân vận Tỉnh ủy Lâm Đồng|Hội Luật gia tỉnh Lâm Đồng", "resp|Ban Dân vận Tỉnh ủy Lâm Đồng|Hội Khuyến học tỉnh Lâm Đồng"},
			absent: []string{"resp|Ban Thường vụ Tỉnh ủy Lâm Đồng"},
		},
		{
			name: "được phân công theo dõi, được giao theo dõi, phụ trách",
			text: "Tỉnh ủy Lâm Đồng phân công\n\nĐảng ủy Khối các cơ quan tỉnh Lâm Đồng được phân công theo dõi Hội Cựu thanh niên xung phong tỉnh. Đảng ủy UBND tỉnh được giao theo dõi, phụ trách Hội Người mù tỉnh, Hội Đông y tỉnh.",
			want: []string{"resp|Đảng ủy Khối các cơ quan tỉnh Lâm Đồng|Hội Cựu Thanh niên xung phong tỉnh Lâm Đồng",
				"resp|Đảng ủy UBND tỉnh Lâm Đồng|Hội Người mù tỉnh Lâm Đồng", "resp|Đảng ủy UBND tỉnh Lâm Đồng|Hội Đông y tỉnh Lâm Đồng"},
		},
		{
			name: "object first: Y do X phụ trách, Y đặt dưới sự lãnh đạo của X",
			text: "Tỉnh ủy Lâm Đồng phân công\n\nHội Luật gia tỉnh Lâm Đồng do Đảng ủy Khối các cơ quan tỉnh được giao theo dõi, phụ trách. Hội Chữ thập đỏ tỉnh, Hội Khuyến học tỉnh do Ban Dân vận Tỉnh ủy phụ trách. Hội Nhà báo tỉnh đặt dưới sự lãnh đạo của Ban Tuyên giáo Tỉnh ủy. Hội Đông y tỉnh do đồng chí Trần Văn Lợi, Phó Bí thư Tỉnh ủy, phụ trách.",
			want: []string{"resp|Đảng ủy Khối các cơ quan tỉnh Lâm Đồng|Hội Luật gia tỉnh Lâm Đồng", "resp|Ban Dân vận Tỉnh ủy Lâm Đồng|Hội Chữ thập đỏ tỉnh Lâm Đồng",
				"resp|Ban Dân vận Tỉnh ủy Lâm Đồng|Hội Khuyến học tỉnh Lâm Đồng", "resp|Ban Tuyên giáo Tỉnh ủy Lâm Đồng|Hội Nhà báo tỉnh Lâm Đồng",
				"resp|Trần Văn Lợi|Hội Đông y tỉnh Lâm Đồng"},
			absent: []string{"resp|Hội Luật gia", "resp|Hội Nhà báo"},
		},
		{
			name: "a person in charge of hamlets, numbered residential groups, an area and bodies",
			text: "Đảng ủy xã Phong Điền phân công\n\nĐồng chí Nguyễn Văn Tài, Phó Bí thư Đảng ủy xã, phụ trách ấp Bình Thạnh và ấp Phong Điền. Đồng chí Lê Thị Hoa, Ủy viên Ban Thường vụ Đảng ủy xã, phụ trách tổ dân phố 15, 16 và 17. Đồng chí Trần Văn Nam phụ trách khu vực Hòa Cường Bắc. Đồng chí Phạm Văn Út, Chủ tịch UBMTTQ xã, phụ trách Hội Nông dân, Hội Cựu chiến binh xã; trực tiếp theo dõi Hội Khuyến học xã.",
			want: []string{"resp|Nguyễn Văn Tài|ấp Bình Thạnh", "resp|Nguyễn Văn Tài|ấp Phong Điền", "resp|Lê Thị Hoa|tổ dân phố 15",
				"resp|Lê Thị Hoa|tổ dân phố 16", "resp|Lê Thị Hoa|tổ dân phố 17", "resp|Trần Văn Nam|khu vực Hòa Cường Bắc",
				"resp|Phạm Văn Út|Hội Nông dân xã Phong Điền", "resp|Phạm Văn Út|Hội Cựu chiến binh xã Phong Điền", "resp|Phạm Văn Út|Hội Khuyến học xã Phong Điền"},
			absent: []string{"org|Đảng ủy ấp"},
		},
		{
			name: "bodies whose names hold và or a dash, departments and their posts",
			text: "Huyện Củ Chi\n\nHội Cựu tù chính trị và tù binh huyện Củ Chi, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An, Phòng Tài chính - Kế hoạch huyện Củ Chi dự hội nghị. Đồng chí Bùi Văn Lộc, Giám đốc Sở Nội vụ tỉnh Long An phát biểu. Ông Trần Văn Sáu, Trưởng phòng Giáo dục và Đào tạo huyện Củ Chi. Đồng chí Lê Thị Mỹ, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Củ Chi.",
			want: []string{"org|Hội Cựu tù chính trị và tù binh huyện Củ Chi|association", "org|Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An|association",
				"org|Phòng Tài chính - Kế hoạch huyện Củ Chi|government", "holds|Bùi Văn Lộc|Giám đốc|Sở Nội vụ tỉnh Long An",
				"holds|Trần Văn Sáu|Trưởng phòng|Phòng Giáo dục và Đào tạo huyện Củ Chi", "holds|Lê Thị Mỹ|Trưởng ban|Ban Tuyên giáo và Dân vận Huyện ủy Củ Chi"},
			absent: []string{"org|Hội Cựu tù chính trị huyện", "org|Ban Dân vận"},
		},
		{
			name: "ông, bà, đ/c; a congress elects its own association's officers, not the guest's",
			text: "Đại hội Hội Cựu giáo chức huyện Đức Thọ\n\nĐại hội Hội Cựu giáo chức huyện Đức Thọ, tỉnh Hà Tĩnh. Đ/c Nguyễn Văn Hùng, Phó Chủ tịch Hội Cựu giáo chức tỉnh Hà Tĩnh dự. Đại hội bầu ông Lê Văn Tám làm Chủ tịch Hội. Ông Phan Văn Bảy được bầu giữ chức Phó Chủ tịch Hội. Ban Chấp hành Hội khóa mới bầu bà Hồ Thị Mười làm Trưởng Ban Kiểm tra Hội.",
			want: []string{"holds|Nguyễn Văn Hùng|Phó Chủ tịch|Hội Cựu giáo chức tỉnh Hà Tĩnh", "holds|Lê Văn Tám|Chủ tịch|Hội Cựu giáo chức huyện Đức Thọ",
				"holds|Phan Văn Bảy|Phó Chủ tịch|Hội Cựu giáo chức huyện Đức Thọ", "holds|Hồ Thị Mười|Trưởng ban|Ban Kiểm tra Hội Cựu giáo chức huyện Đức Thọ",
				"org|Ban Kiểm tra Hội Cựu giáo chức huyện Đức Thọ|association"},
			absent: []string{"holds|Lê Văn Tám|Chủ tịch|Hội Cựu giáo chức tỉnh", "holds|Ông", "holds|Bà"},
		},
		{
			name: "abbreviations and short forms",
			text: "Quận Hải Châu\n\nĐ/c Nguyễn Văn An, Chủ tịch LĐLĐ quận Hải Châu; đ/c Trần Thị Bình, Trưởng BDV Quận ủy Hải Châu; bà Ngô Thị Dung, Chủ tịch Hội CTĐ quận; ông Võ Văn Em, Bí thư ĐTN quận; đồng chí Hà Văn Phúc, UV BTV, Phó Bí thư TT Quận ủy.",
			want: []string{"holds|Nguyễn Văn An|Chủ tịch|Liên đoàn Lao động quận Hải Châu", "holds|Trần Thị Bình|Trưởng ban|Ban Dân vận Quận ủy Hải Châu",
				"holds|Ngô Thị Dung|Chủ tịch|Hội Chữ thập đỏ quận Hải Châu", "holds|Võ Văn Em|Bí thư|Đoàn Thanh niên quận Hải Châu",
				"holds|Hà Văn Phúc|Ủy viên|Ban Thường vụ Quận ủy Hải Châu", "holds|Hà Văn Phúc|Phó Bí thư Thường trực|Quận ủy Hải Châu"},
			absent: []string{"holds|Võ Văn Em|Bí thư|Quận ủy"},
		},
		{
			name:   "TP alone is the article's city; a one-word name with an apostrophe",
			text:   "Thành phố Bảo Lộc\n\nĐồng chí K’Brẻh, Chủ tịch Hội ND TP phát biểu tại Đại hội Hội Nông dân thành phố Bảo Lộc, tỉnh Lâm Đồng.",
			want:   []string{"holds|K’Brẻh|Chủ tịch|Hội Nông dân thành phố Bảo Lộc"},
			absent: []string{"org|Hội ND", "org|Hội Nông dân TP"},
		},
		{
			name:   "personnel news: appointed, moved, left, former",
			text:   "Thành ủy Đà Nẵng công bố quyết định cán bộ\n\nThành ủy Đà Nẵng công bố quyết định điều động, bổ nhiệm đồng chí Nguyễn Văn Hải giữ chức Trưởng Ban Tổ chức Thành ủy. Đồng chí Trần Văn Khánh được điều động giữ chức Bí thư Đảng ủy phường Hải Châu. Đồng chí Lê Thị Hằng, nguyên Chủ tịch Hội Liên hiệp Phụ nữ thành phố, dự. Nguyên Bí thư Thành ủy Phạm Văn Quý phát biểu.",
			want:   []string{"holds|Nguyễn Văn Hải|Trưởng ban|Ban Tổ chức Thành ủy Đà Nẵng", "holds|Trần Văn Khánh|Bí thư|Đảng ủy phường Hải Châu"},
			absent: []string{"holds|Lê Thị Hằng", "holds|Phạm Văn Quý"},
		},
		{
			name:   "no body from a bare Hội doing something, no unnamed delegation",
			text:   "Hội Nông dân xã Phong Điền\n\nHội thường xuyên nắm tình hình hội viên. Đoàn công tác đã làm việc với Hội Nông dân xã Phong Điền.",
			want:   []string{"org|Hội Nông dân xã Phong Điền|socio_political"},
			absent: []string{"org|Hội thường", "org|Đoàn công tác"},
		},
		{
			name: "an assignment list: subject before a colon, the next clause goes on with it",
			text: "Đảng ủy xã Thái Mỹ phân công nhiệm vụ\n\nĐảng ủy xã Thái Mỹ, TP. Hồ Chí Minh phân công như sau:\n- Đồng chí Đoàn Thị Mến, Phó Bí thư Thường trực Đảng ủy xã: phụ trách công tác xây dựng Đảng; theo dõi ấp Trung Hưng, ấp Bến Mương.\n- Đồng chí Lữ Văn Tính, Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ Việt Nam xã: phụ trách Hội Nông dân xã và Đoàn Thanh niên xã.",
			want: []string{"resp|Đoàn Thị Mến|ấp Trung Hưng", "resp|Đoàn Thị Mến|ấp Bến Mương", "resp|Lữ Văn Tính|Hội Nông dân xã Thái Mỹ",
				"resp|Lữ Văn Tính|Đoàn Thanh niên xã Thái Mỹ", "holds|Lữ Văn Tính|Ủy viên|Ban Thường vụ Đảng ủy xã Thái Mỹ"},
			absent: []string{"resp|Đảng ủy xã Thái Mỹ", "holds|Lữ Văn Tính|Ủy viên|Ban Thường vụ Ủy ban"},
		},
		{
			name: "subject lists joined by và; a unit after a committee word is not a person",
			text: "Tỉnh ủy Lâm Đồng phân công\n\nBan Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng và Đảng ủy UBND tỉnh cùng phụ trách Hội Khuyến học tỉnh. Đồng chí Ya Tuấn và đồng chí Hoàng Thị Lựu phụ trách Hội Người cao tuổi tỉnh. Theo phân công của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy phụ trách Hội Luật gia tỉnh.",
			want: []string{"resp|Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng|Hội Khuyến học tỉnh Lâm Đồng", "resp|Đảng ủy UBND tỉnh Lâm Đồng|Hội Khuyến học tỉnh Lâm Đồng",
				"resp|Ya Tuấn|Hội Người cao tuổi tỉnh Lâm Đồng", "resp|Hoàng Thị Lựu|Hội Người cao tuổi tỉnh Lâm Đồng", "resp|Ban Dân vận Tỉnh ủy Lâm Đồng|Hội Luật gia tỉnh Lâm Đồng"},
			absent: []string{"resp|Lâm Đồng|", "resp|Ban Thường vụ Tỉnh ủy Lâm Đồng|"},
		},
		{
			name: "several people elected to one post; a Party cell named after its hamlet",
			text: "Đại hội Hội Liên hiệp Phụ nữ xã Thái Mỹ\n\nBà Trần Thị Ngọc Lan tái đắc cử Chủ tịch Hội LHPN xã Thái Mỹ; các bà Võ Thị Sen, Lê Thị Mai được bầu làm Phó Chủ tịch Hội. Bí thư Chi bộ ấp Trung Hưng Đỗ Văn Hai dự đại hội.",
			want: []string{"holds|Trần Thị Ngọc Lan|Chủ tịch|Hội Liên hiệp Phụ nữ xã Thái Mỹ", "holds|Võ Thị Sen|Phó Chủ tịch|Hội Liên hiệp Phụ nữ xã Thái Mỹ",
				"holds|Lê Thị Mai|Phó Chủ tịch|Hội Liên hiệp Phụ nữ xã Thái Mỹ", "holds|Đỗ Văn Hai|Bí thư|Chi bộ ấp Trung Hưng xã Thái Mỹ"},
		},
		{
			name: "apposition across the unit's place and ông; tổ dân phố số N",
			text: "Hội Nông dân xã Phong Điền\n\nChủ tịch Hội Nông dân xã Phong Điền, TP Cần Thơ, ông Trần Văn Chín cho biết Hội đã vận động hội viên. Đồng chí Lê Văn Quý, Phó Chủ tịch UBND xã, theo dõi, phụ trách tổ dân phố số 5 và tổ dân phố số 6.",
			want: []string{"holds|Trần Văn Chín|Chủ tịch|Hội Nông dân xã Phong Điền", "resp|Lê Văn Quý|tổ dân phố 5", "resp|Lê Văn Quý|tổ dân phố 6"},
		},
		{
			name: "Ủy viên Ban Chấp hành Đảng bộ is a member of the Party committee of that level",
			text: "Huyện Đức Thọ\n\nĐồng chí Lê Văn An, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy Đức Thọ dự. Ủy viên BCH Đảng bộ xã Đức Lạng, Chủ tịch Hội ND xã Lê Văn Mười phát biểu.",
			want: []string{"holds|Lê Văn An|Ủy viên|Tỉnh ủy Hà Tĩnh", "holds|Lê Văn An|Bí thư|Huyện ủy Đức Thọ",
				"holds|Lê Văn Mười|Ủy viên|Đảng ủy xã Đức Lạng", "holds|Lê Văn Mười|Chủ tịch|Hội Nông dân xã Đức Lạng"},
			absent: []string{"org|Đảng ủy tỉnh", "org|Ban Chấp hành"},
		},
		{
			name: "numbered wards named after their old city; theo dõi, chỉ đạo; an association whose officer is named is itself named",
			text: "Đại hội Hội Chữ thập đỏ phường 1 Bảo Lộc\n\nNgày 15/10/2025, Hội Chữ thập đỏ phường 1 Bảo Lộc, tỉnh Lâm Đồng tổ chức Đại hội. Đồng chí Nguyễn Văn Bé, Phó Bí thư Đảng ủy phường trực tiếp theo dõi, chỉ đạo Ủy ban MTTQ Việt Nam phường. Ban Chấp hành Hội Cựu thanh niên xung phong phường gồm 7 thành viên, do ông Lê Văn Mến làm Chủ tịch.",
			want: []string{"org|Hội Chữ thập đỏ phường 1 Bảo Lộc|association", "resp|Nguyễn Văn Bé|Ủy ban Mặt trận Tổ quốc phường 1 Bảo Lộc",
				"org|Hội Cựu Thanh niên xung phong phường 1 Bảo Lộc|association", "holds|Lê Văn Mến|Chủ tịch|Hội Cựu Thanh niên xung phong phường 1 Bảo Lộc"},
			absent: []string{"org|Hội Chữ thập đỏ Phường 1|"},
		},
		{
			name: "a verb before a colon, a body before a colon, a Đảng đoàn",
			text: "Tỉnh ủy Lâm Đồng phân công\n\nBan Tuyên giáo và Dân vận Tỉnh ủy phụ trách: Hội Nhà báo tỉnh, Hội Khuyến học tỉnh. Đảng đoàn Hội Nông dân tỉnh chịu trách nhiệm lãnh đạo chính trị đối với Hội Làm vườn tỉnh. Ban Dân vận Tỉnh ủy: phụ trách Hội Luật gia tỉnh.",
			want: []string{"resp|Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng|Hội Nhà báo tỉnh Lâm Đồng", "resp|Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng|Hội Khuyến học tỉnh Lâm Đồng",
				"org|Đảng đoàn Hội Nông dân tỉnh Lâm Đồng|party_committee", "resp|Đảng đoàn Hội Nông dân tỉnh Lâm Đồng|Hội Làm vườn tỉnh Lâm Đồng",
				"resp|Ban Dân vận Tỉnh ủy Lâm Đồng|Hội Luật gia tỉnh Lâm Đồng"},
		},
		{
			name:   "precision: phụ trách without a body, do … chủ trì, Đối với A, the speaker's post",
			text:   "Hội Nông dân xã Phong Điền tổng kết\n\nNgày 5/12/2025, Hội Nông dân xã Phong Điền, TP Cần Thơ tổng kết năm. Ông Trần Văn Chín, Chủ tịch Hội Nông dân xã cho biết, Hội thường xuyên theo dõi tình hình hội viên, phụ trách 12 chi hội. Các hoạt động do Hội Nông dân xã phụ trách đều đạt kết quả. Hội nghị do Ban Dân vận Đảng ủy xã chủ trì. Đối với đồng chí Lê Thị Xuân, Bí thư Đảng ủy xã ghi nhận những đóng góp.",
			want:   []string{"holds|Trần Văn Chín|Chủ tịch|Hội Nông dân xã Phong Điền"},
			absent: []string{"resp|", "holds|Lê Thị Xuân", "org|Hội thường"},
		},
		{
			name:   "the congress's association is the one holding it, whoever is named since",
			text:   "Huyện Hương Sơn: đại hội nhiệm kỳ mới\n\nSáng 20/9/2024, Hội Cựu giáo chức huyện Hương Sơn, tỉnh Hà Tĩnh tổ chức Đại hội đại biểu lần thứ V. Dự có ông Võ Đình Thắng, Phó Chủ tịch Hội Cựu giáo chức tỉnh Hà Tĩnh. Đại hội bầu ông Trần Hữu Nghĩa làm Chủ tịch Hội. Ông Đặng Quốc Việt được bầu làm Trưởng Ban Kiểm tra Hội.",
			want:   []string{"holds|Trần Hữu Nghĩa|Chủ tịch|Hội Cựu giáo chức huyện Hương Sơn", "holds|Đặng Quốc Việt|Trưởng ban|Ban Kiểm tra Hội Cựu giáo chức huyện Hương Sơn"},
			absent: []string{"holds|Trần Hữu Nghĩa|Chủ tịch|Hội Cựu giáo chức tỉnh", "org|Ban Kiểm tra Hội Cựu giáo chức tỉnh"},
		},
		{
			name: "a list after a colon that follows the verb or a shared kind",
			text: "Đảng ủy xã Phong Điền phân công\n\nĐồng chí Nguyễn Văn Tài, Phó Bí thư Đảng ủy xã, phụ trách các ấp: Nhơn Lộc, Nhơn Thọ và Trường Thọ. Đồng chí Lê Thị Hoa phụ trách: Hội Nông dân xã, Hội Cựu chiến binh xã.",
			want: []string{"resp|Nguyễn Văn Tài|ấp Nhơn Lộc", "resp|Nguyễn Văn Tài|ấp Nhơn Thọ", "resp|Nguyễn Văn Tài|ấp Trường Thọ",
				"resp|Lê Thị Hoa|Hội Nông dân xã Phong Điền", "resp|Lê Thị Hoa|Hội Cựu chiến binh xã Phong Điền"},
		},
		{
			name: "a range of numbered units; a name from a list ends at a kind word",
			text: "Phường Bến Thành phân công\n\nĐồng chí Lê Hữu Phước - Phó Bí thư Đảng ủy phường Bến Thành phụ trách khu phố 5 đến khu phố 7. Đồng chí Đoàn Minh Tú được phân công theo dõi Hội Cựu chiến binh phường và Chi hội Luật gia phường.",
			want: []string{"resp|Lê Hữu Phước|khu phố 5", "resp|Lê Hữu Phước|khu phố 6", "resp|Lê Hữu Phước|khu phố 7",
				"resp|Đoàn Minh Tú|Chi hội Luật gia phường Bến Thành"},
			absent: []string{"resp|Đoàn Minh Tú|Chi hội Luật gia phường phường", "resp|Lê Hữu Phước|khu phố 8"},
		},
		{
			name:   "moved with a post, then appointed later in the clause",
			text:   "Thành ủy Huế công bố quyết định cán bộ\n\nBan Thường vụ Thành ủy Huế quyết định điều động đồng chí Hoàng Văn Phú, Phó Trưởng Ban Tổ chức Thành ủy, đến nhận công tác tại Đảng ủy phường Phong Điền và chỉ định giữ chức Bí thư Đảng ủy phường. Bà Hồ Thị Ánh, nguyên Phó Chủ tịch Hội Nông dân thành phố được tặng hoa.",
			want:   []string{"holds|Hoàng Văn Phú|Phó Trưởng ban|Ban Tổ chức Thành ủy Huế", "holds|Hoàng Văn Phú|Bí thư|Đảng ủy phường Phong Điền"},
			absent: []string{"holds|Hồ Thị Ánh"},
		},
		{
			name: "object-first lists of names holding và, and a list after gồm:",
			text: "Tỉnh ủy Long An\n\nHội Cựu tù chính trị và tù binh tỉnh, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh do Ban Dân vận Tỉnh ủy Long An phụ trách. Các hội do Ban Tuyên giáo Tỉnh ủy theo dõi gồm: Hội Nhà báo tỉnh và Hội Văn học nghệ thuật tỉnh.",
			want: []string{"resp|Ban Dân vận Tỉnh ủy Long An|Hội Cựu tù chính trị và tù binh tỉnh Long An", "resp|Ban Dân vận Tỉnh ủy Long An|Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Long An",
				"resp|Ban Dân vận Tỉnh ủy Long An|Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Long An", "resp|Ban Tuyên giáo Tỉnh ủy Long An|Hội Nhà báo tỉnh Long An",
				"resp|Ban Tuyên giáo Tỉnh ủy Long An|Hội Văn học Nghệ thuật tỉnh Long An"},
			absent: []string{"org|Hội Cựu tù chính trị tỉnh", "org|Hội Kỹ thuật"},
		},
		{
			name:   "bodies in general are not bodies",
			text:   "Quận 3 tổng kết công tác hội\n\nCác Hội quần chúng và các Đảng ủy phường của Quận 3 đã kiện toàn Ban chấp hành Hội.",
			absent: []string{"org|Hội quần chúng", "org|Đảng ủy", "org|Ban Chấp hành"},
		},
	}
	checkConstructions(t, x, tests)
}
