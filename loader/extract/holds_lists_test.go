package extract

import "testing"

// TestHoldsConstructions: more ways real articles write who holds which
// post — lists announced by a count or a plural post, election and
// designation verbs, steering committees — each in a short article composed
// for the test. Facts are written as in TestConstructions.
func TestHoldsConstructions(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name: "a count in letters and a full-time seat before the list; the term after the body",
			text: "Ủy ban MTTQ tỉnh Nam Định kiện toàn nhân sự\n\nBa Phó Chủ tịch chuyên trách Ủy ban MTTQ Việt Nam tỉnh Nam Định khoá XV gồm các đồng chí: Lê Văn An, Trần Thị Bình, Phạm Văn Cường. Hai Phó Chủ tịch không chuyên trách Hội Nông dân tỉnh Nam Định gồm đồng chí Vũ Văn Đức, Giám đốc Sở Tài chính tỉnh Nam Định; đồng chí Hoàng Thị Em, Chủ tịch Hội Khuyến học tỉnh Nam Định.",
			want: []string{"holds|Lê Văn An|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Nam Định", "holds|Phạm Văn Cường|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Nam Định",
				"holds|Vũ Văn Đức|Phó Chủ tịch|Hội Nông dân tỉnh Nam Định", "holds|Hoàng Thị Em|Phó Chủ tịch|Hội Nông dân tỉnh Nam Định",
				"holds|Hoàng Thị Em|Chủ tịch|Hội Khuyến học tỉnh Nam Định"},
			absent: []string{"holds|Lê Văn An|Phó Chủ tịch chuyên trách"},
		},
		{
			name: "a standing body listed: its Bí thư, then a count of deputies in lower case",
			text: "Tỉnh ủy Nam Định kiện toàn nhân sự\n\nHiện Thường trực Tỉnh ủy Nam Định gồm Bí thư Đỗ Văn Phúc và 2 phó bí thư: ông Ngô Văn Giang, Chủ tịch UBND tỉnh; ông Bùi Văn Hải.",
			want: []string{"holds|Đỗ Văn Phúc|Bí thư|Tỉnh ủy Nam Định", "holds|Ngô Văn Giang|Phó Bí thư|Tỉnh ủy Nam Định",
				"holds|Ngô Văn Giang|Chủ tịch|UBND tỉnh Nam Định", "holds|Bùi Văn Hải|Phó Bí thư|Tỉnh ủy Nam Định"},
		},
		{
			name: "a count of deputies in lower case: the congress's, else no guess from the sentences before",
			text: "Hội Luật gia tỉnh Nam Định đại hội\n\nĐại hội Hội Luật gia tỉnh Nam Định bầu ông Trần Văn Khôi làm Chủ tịch. Đại hội có đại diện Hội Cựu chiến binh tỉnh Nam Định.\nBốn phó chủ tịch là các ông Lê Văn Lâm (luật sư), Ngô Văn Mạnh.",
			want: []string{"holds|Trần Văn Khôi|Chủ tịch|Hội Luật gia tỉnh Nam Định", "holds|Lê Văn Lâm|Phó Chủ tịch|Hội Luật gia tỉnh Nam Định"},
		},
		{
			name:   "a count of deputies in lower case with no body in the sentence and no congress: no guess",
			text:   "Liên đoàn Lao động tỉnh Nam Định họp\n\nÔng Trần Văn Khôi, Chủ tịch Hội Luật gia tỉnh Nam Định, dự họp. Bốn phó chủ tịch là các ông Lê Văn Lâm (luật sư), Ngô Văn Mạnh.",
			want:   []string{"holds|Trần Văn Khôi|Chủ tịch|Hội Luật gia tỉnh Nam Định"},
			absent: []string{"holds|Lê Văn Lâm|Phó Chủ tịch"},
		},
		{
			name: "nguyên before state posts, then an association's post held now; religious titles; an entry the rules cannot read ends at its ;",
			text: "Ủy ban MTTQ Việt Nam tỉnh Nam Định kiện toàn\n\nHai Phó Chủ tịch không chuyên trách Ủy ban MTTQ Việt Nam tỉnh Nam Định gồm đồng chí Hà Văn Tâm, nguyên Phó Chủ tịch UBND tỉnh, Giám đốc Sở Tư pháp tỉnh, Chủ tịch Hội Cựu giáo chức tỉnh Nam Định; Hòa thượng Thích Minh Đạo, Chủ tịch Hội đồng Trị sự Phật giáo tỉnh; Linh mục Trần Văn Lộc, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh Nam Định.",
			want: []string{"holds|Hà Văn Tâm|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Nam Định", "holds|Hà Văn Tâm|Chủ tịch|Hội Cựu giáo chức tỉnh Nam Định",
				"holds|Thích Minh Đạo|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Nam Định", "holds|Trần Văn Lộc|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Nam Định"},
			absent: []string{"holds|Hà Văn Tâm|Giám đốc", "holds|Hà Văn Tâm|Phó Chủ tịch|UBND", "holds|Thích Minh Đạo|Chủ tịch|Hội Cựu giáo chức"},
		},
		{
			name:   "a body named again by its first word after a post: Giám đốc Sở A, Phó Giám đốc Sở",
			text:   "Tỉnh ủy Hà Tĩnh phân công nhiệm vụ\n\nTại Sở Tài chính tỉnh Hà Tĩnh, trong thời gian Giám đốc Sở Nguyễn Văn Cư đi học, ông Phạm Văn Đông, Phó Giám đốc Sở, điều hành công việc.\n\nÔng Hồ Văn Tài, Giám đốc Sở, dự họp.",
			want:   []string{"holds|Nguyễn Văn Cư|Giám đốc|Sở Tài chính tỉnh Hà Tĩnh", "holds|Phạm Văn Đông|Phó Giám đốc|Sở Tài chính tỉnh Hà Tĩnh"},
			absent: []string{"holds|Hồ Văn Tài"},
		},
		{
			name: "an adverb between names and the verb; the agent between được and the verb; a term after a former post, then làm",
			text: "Hội Cựu chiến binh tỉnh Nam Định đại hội\n\nCác đồng chí: Phạm Văn Dũng, Vũ Văn Em cũng tái đắc cử Ủy viên Ban Thường vụ Hội Cựu chiến binh tỉnh Nam Định. Bà Hà Thị Gấm, Phó Chủ tịch HĐND tỉnh được Đại hội suy tôn làm Chủ tịch danh dự Hội Cựu chiến binh tỉnh Nam Định. Ông Lã Văn Lợi, nguyên Bí thư Tỉnh đoàn khoá X, nhiệm kỳ 1997-2002 làm chủ nhiệm Câu lạc bộ Hưu trí tỉnh Nam Định.",
			want: []string{"holds|Phạm Văn Dũng|Ủy viên|Ban Thường vụ Hội Cựu chiến binh tỉnh Nam Định", "holds|Vũ Văn Em|Ủy viên|Ban Thường vụ Hội Cựu chiến binh tỉnh Nam Định",
				"holds|Hà Thị Gấm|Chủ tịch danh dự|Hội Cựu chiến binh tỉnh Nam Định", "holds|Lã Văn Lợi|Chủ nhiệm|Câu lạc bộ Hưu trí tỉnh Nam Định"},
			absent: []string{"holds|Lã Văn Lợi|Bí thư"},
		},
		{
			name:   "làm chủ nhiệm with no body after it: of the liaison board named before",
			text:   "Ra mắt Ban liên lạc Cựu tù chính trị tỉnh Nam Định\n\nTỉnh đoàn công bố quyết định thành lập Ban liên lạc Cựu tù chính trị tỉnh Nam Định gồm 12 đồng chí. Đồng chí Ngô Văn Phúc, nguyên Bí thư Tỉnh đoàn khoá X làm chủ nhiệm.",
			want:   []string{"holds|Ngô Văn Phúc|Chủ nhiệm|Ban liên lạc Cựu tù chính trị tỉnh Nam Định"},
			absent: []string{"holds|Ngô Văn Phúc|Bí thư"},
		},
		{
			name: "a bare Hội after a paragraph break: the national association named in a post before",
			text: "Đại hội đại biểu toàn quốc lần thứ VI\n\nĐại hội thảo luận báo cáo chính trị. Thượng tướng Lê Văn An tiếp tục giữ vị trí Chủ tịch Hội Cựu chiến binh Việt Nam khóa VI.\n\nCác đồng chí: Trần Văn Đạo, Ngô Văn Phi được bầu là Phó Chủ tịch Hội khóa VI.",
			want: []string{"holds|Lê Văn An|Chủ tịch|Hội Cựu chiến binh Việt Nam", "holds|Trần Văn Đạo|Phó Chủ tịch|Hội Cựu chiến binh Việt Nam", "holds|Ngô Văn Phi|Phó Chủ tịch|Hội Cựu chiến binh Việt Nam"},
		},
		{
			name:   "a board of a committee written bare takes the city the next post names, not the previous entry's",
			text:   "Tỉnh ủy Nam Định họp\n\nDự có đồng chí Lê Văn An, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội; đồng chí Trần Thị Bình, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hồ Chí Minh.",
			want:   []string{"holds|Lê Văn An|Ủy viên|Ban Thường vụ Thành ủy Hà Nội", "holds|Trần Thị Bình|Ủy viên|Ban Thường vụ Thành ủy TP Hồ Chí Minh"},
			absent: []string{"holds|Trần Thị Bình|Ủy viên|Ban Thường vụ Thành ủy Hà Nội"},
		},
		{
			name: "the head of a commune's mass-mobilisation bloc: Trưởng khối dân vận xã",
			text: "Xã Hòa Bình tổng kết công tác dân vận\n\nDự có đồng chí Lê Văn Sang, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Hòa Bình; bà Trần Thị Thu, Phó Trưởng khối dân vận xã Hòa Bình.",
			want: []string{"holds|Lê Văn Sang|Trưởng khối|Khối dân vận xã Hòa Bình", "holds|Trần Thị Thu|Phó Trưởng khối|Khối dân vận xã Hòa Bình", "org|Khối dân vận xã Hòa Bình|party_board"},
		},
		{
			name: "Ủy viên Thường vụ without Ban: of the committee after it; of an association's board, no Party committee guessed",
			text: "Hội Khuyến học quận Đống Đa đại hội\n\nDự có ông Lê Văn An, Ủy viên Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Nam Định; bà Lê Thị Mai - Ủy viên Thường vụ Ban chấp hành Hội Khuyến học Việt Nam, Chủ tịch Hội Khuyến học Hà Nội; ông Trần Văn Bình, UVTV Huyện ủy Ý Yên.",
			want: []string{"holds|Lê Văn An|Ủy viên|Ban Thường vụ Tỉnh ủy Nam Định", "holds|Lê Văn An|Trưởng ban|Ban Dân vận Tỉnh ủy Nam Định",
				"holds|Lê Thị Mai|Chủ tịch|Hội Khuyến học Thành phố Hà Nội", "holds|Trần Văn Bình|Ủy viên|Ban Thường vụ Huyện ủy Ý Yên"},
			absent: []string{"holds|Lê Thị Mai|Ủy viên|Ban Thường vụ Quận ủy"},
		},
		{
			name: "a steering board named by its task; its members' posts in it after làm, its name alone later",
			text: "Huyện ủy Mường Lát kiện toàn Ban Chỉ đạo xây dựng nông thôn mới huyện\n\nHuyện ủy Mường Lát kiện toàn Ban Chỉ đạo xây dựng nông thôn mới huyện Mường Lát gồm 17 thành viên: đồng chí Hà Văn Sơn, Bí thư Huyện ủy làm Trưởng ban; đồng chí Lò Thị Vân, Phó Bí thư Thường trực Huyện ủy làm Phó Trưởng ban Thường trực; đồng chí Phạm Văn Tư, Chủ tịch UBND huyện làm Phó Trưởng ban.\n\nĐồng chí Vi Văn Nam, Trưởng Ban Dân vận Huyện ủy, Ủy viên Ban Chỉ đạo phát biểu.",
			want: []string{"org|Ban Chỉ đạo xây dựng nông thôn mới huyện Mường Lát|other",
				"holds|Hà Văn Sơn|Bí thư|Huyện ủy Mường Lát", "holds|Hà Văn Sơn|Trưởng ban|Ban Chỉ đạo xây dựng nông thôn mới huyện Mường Lát",
				"holds|Lò Thị Vân|Phó Trưởng ban Thường trực|Ban Chỉ đạo xây dựng nông thôn mới huyện Mường Lát",
				"holds|Phạm Văn Tư|Phó Trưởng ban|Ban Chỉ đạo xây dựng nông thôn mới huyện Mường Lát",
				"holds|Vi Văn Nam|Ủy viên|Ban Chỉ đạo xây dựng nông thôn mới huyện Mường Lát"},
			absent: []string{"org|Ban Chỉ đạo phát biểu"},
		},
		{
			name: "a deputy's post written bare after the person heads a board: the steering board's, not the board's",
			text: "Ban Chỉ đạo 35 thị xã Kỳ Anh họp phiên thường kỳ\n\nĐồng chí Trần Thị Nga, Trưởng Ban Tuyên giáo Thị ủy Kỳ Anh, Phó Trưởng ban Thường trực chủ trì. Đồng chí Lê Văn Đạt, Trưởng Ban Dân vận Thị ủy Kỳ Anh làm Phó Trưởng ban.",
			want: []string{"holds|Trần Thị Nga|Trưởng ban|Ban Tuyên giáo Thị ủy Kỳ Anh", "holds|Trần Thị Nga|Phó Trưởng ban Thường trực|Ban Chỉ đạo 35",
				"holds|Lê Văn Đạt|Phó Trưởng ban|Ban Chỉ đạo 35"},
			absent: []string{"holds|Trần Thị Nga|Phó Trưởng ban Thường trực|Ban Tuyên giáo", "holds|Lê Văn Đạt|Phó Trưởng ban|Ban Dân vận"},
		},
		{
			name: "names in a comma list after các đồng chí, then one post: everyone's; after a semicolon, each their own",
			text: "Huyện ủy Cẩm Thủy họp\n\nDự có các đồng chí: Bùi Văn Khải, Trương Thị Hoa, Phạm Ngọc Lâm, Ủy viên Ban Thường vụ Huyện ủy Cẩm Thủy. Cùng dự có các đồng chí: Lê Văn Tĩnh, Bí thư Huyện ủy Cẩm Thủy; Hà Văn Mạnh, Chủ tịch UBND huyện.",
			want: []string{"holds|Bùi Văn Khải|Ủy viên|Ban Thường vụ Huyện ủy Cẩm Thủy", "holds|Trương Thị Hoa|Ủy viên|Ban Thường vụ Huyện ủy Cẩm Thủy",
				"holds|Phạm Ngọc Lâm|Ủy viên|Ban Thường vụ Huyện ủy Cẩm Thủy", "holds|Lê Văn Tĩnh|Bí thư|Huyện ủy Cẩm Thủy", "holds|Hà Văn Mạnh|Chủ tịch|UBND huyện Cẩm Thủy"},
			absent: []string{"holds|Lê Văn Tĩnh|Chủ tịch", "holds|Hà Văn Mạnh|Bí thư"},
		},
		{
			name: "a year of birth or an age between a name and its posts",
			text: "Huyện Cẩm Thủy kiện toàn nhân sự\n\nÔng Bùi Văn Khải, 51 tuổi, Phó Bí thư Huyện ủy Cẩm Thủy. Bà Trương Thị Hoa, sinh năm 1979, Chủ tịch Hội Liên hiệp Phụ nữ huyện Cẩm Thủy. Ông Phạm Ngọc Lâm (SN 1972), Bí thư Đảng ủy xã Cẩm Tú. Ông Lê Văn Tĩnh (1968) - Chủ tịch Hội Cựu chiến binh huyện Cẩm Thủy. Ông Hà Văn Mạnh (55 tuổi, quê xã Cẩm Tú), Phó Chủ tịch UBND huyện Cẩm Thủy được bổ nhiệm giữ chức Chánh Văn phòng Huyện ủy Cẩm Thủy.",
			want: []string{"holds|Bùi Văn Khải|Phó Bí thư|Huyện ủy Cẩm Thủy", "holds|Trương Thị Hoa|Chủ tịch|Hội Liên hiệp Phụ nữ huyện Cẩm Thủy",
				"holds|Phạm Ngọc Lâm|Bí thư|Đảng ủy xã Cẩm Tú", "holds|Lê Văn Tĩnh|Chủ tịch|Hội Cựu chiến binh huyện Cẩm Thủy",
				"holds|Hà Văn Mạnh|Phó Chủ tịch|UBND huyện Cẩm Thủy"},
		},
		{
			name: "Bí thư Đảng bộ, bare or of a place, is the Bí thư of its committee",
			text: "Hội Nông dân xã Cẩm Tú tổ chức Đại hội\n\nDự có đồng chí Bùi Văn Khải- Bí thư Đảng bộ- Chủ tịch UBND xã Cẩm Tú. Đồng chí Hà Văn Mạnh, Bí thư Đảng bộ huyện Cẩm Thủy dự.",
			want: []string{"holds|Bùi Văn Khải|Bí thư|Đảng ủy xã Cẩm Tú", "holds|Bùi Văn Khải|Chủ tịch|UBND xã Cẩm Tú", "holds|Hà Văn Mạnh|Bí thư|Huyện ủy Cẩm Thủy",
				"org|Đảng bộ huyện Cẩm Thủy|party_committee"},
			absent: []string{"holds|Hà Văn Mạnh|Bí thư|Đảng bộ"},
		},
		{
			name: "one working group of a committee, named again alone: its leader and deputy after làm",
			text: "Thành ủy Sầm Sơn thành lập Tổ công tác\n\nBan Thường vụ Thành ủy Sầm Sơn quyết định thành lập Tổ công tác của Thành ủy Sầm Sơn. Tổ công tác có 9 thành viên, do đồng chí Lê Văn Tám, Phó Bí thư Thành ủy làm Tổ trưởng; đồng chí Mai Thị Hương, Trưởng Ban Tổ chức Thành ủy làm Tổ phó.",
			want: []string{"org|Tổ công tác Thành ủy Sầm Sơn|other", "holds|Lê Văn Tám|Tổ trưởng|Tổ công tác Thành ủy Sầm Sơn",
				"holds|Mai Thị Hương|Tổ phó|Tổ công tác Thành ủy Sầm Sơn", "holds|Mai Thị Hương|Trưởng ban|Ban Tổ chức Thành ủy Sầm Sơn"},
		},
		{
			name: "a board listed post first, then its holders after a colon",
			text: "Hội Người cao tuổi huyện Nga Sơn kiện toàn\n\nBan Thường vụ Hội Người cao tuổi huyện Nga Sơn gồm: Chủ tịch: Mai Văn Thọ; Phó Chủ tịch: Trịnh Thị Lan, Vũ Văn Khang; Ủy viên: Lê Văn Bốn. Thường trực Hội Nông dân huyện Nga Sơn: Chủ tịch: ông Phạm Văn Hưng, Phó Chủ tịch: bà Đinh Thị Yến.",
			want: []string{"holds|Mai Văn Thọ|Chủ tịch|Hội Người cao tuổi huyện Nga Sơn", "holds|Trịnh Thị Lan|Phó Chủ tịch|Hội Người cao tuổi huyện Nga Sơn",
				"holds|Vũ Văn Khang|Phó Chủ tịch|Hội Người cao tuổi huyện Nga Sơn", "holds|Lê Văn Bốn|Ủy viên|Ban Thường vụ Hội Người cao tuổi huyện Nga Sơn",
				"holds|Phạm Văn Hưng|Chủ tịch|Hội Nông dân huyện Nga Sơn", "holds|Đinh Thị Yến|Phó Chủ tịch|Hội Nông dân huyện Nga Sơn"},
			absent: []string{"holds|Phạm Văn Hưng|Phó Chủ tịch", "holds|Mai Văn Thọ|Phó Chủ tịch"},
		},
		{
			name: "CT for Chủ tịch in a list of abbreviated posts; a member of a Đảng bộ's committee is the committee's",
			text: "Huyện Nga Sơn tổng kết\n\nĐ/c Mai Văn Thọ - PBT TT Huyện ủy, CT HĐND huyện Nga Sơn; đ/c Trịnh Văn Lâm - UVBCH Đảng bộ huyện, CT UBMTTQ huyện Nga Sơn dự.",
			want: []string{"holds|Mai Văn Thọ|Phó Bí thư Thường trực|Huyện ủy Nga Sơn", "holds|Mai Văn Thọ|Chủ tịch|HĐND huyện Nga Sơn",
				"holds|Trịnh Văn Lâm|Ủy viên|Huyện ủy Nga Sơn", "holds|Trịnh Văn Lâm|Chủ tịch|Ủy ban Mặt trận Tổ quốc huyện Nga Sơn"},
			absent: []string{"holds|Trịnh Văn Lâm|Ủy viên|Đảng bộ"},
		},
		{
			name: "thành lập a steering board do A làm Trưởng ban; là Trưởng Ban Chỉ đạo, the board named before",
			text: "Tỉnh Hà Nam thành lập Ban Chỉ đạo\n\nBan Thường vụ Tỉnh ủy Hà Nam thành lập Ban Chỉ đạo phát triển du lịch tỉnh Hà Nam do đồng chí Trương Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy làm Trưởng ban; đồng chí Vũ Thị Mến, Phó Chủ tịch UBND tỉnh làm Phó Trưởng ban. Đồng chí Đoàn Văn Tâm, Giám đốc Sở Nội vụ tỉnh Hà Nam là Ủy viên Thường trực Ban Chỉ đạo.",
			want: []string{"holds|Trương Văn Hòa|Trưởng ban|Ban Chỉ đạo phát triển du lịch tỉnh Hà Nam", "holds|Vũ Thị Mến|Phó Trưởng ban|Ban Chỉ đạo phát triển du lịch tỉnh Hà Nam",
				"holds|Đoàn Văn Tâm|Ủy viên Thường trực|Ban Chỉ đạo phát triển du lịch tỉnh Hà Nam"},
		},
		{
			name: "a post in a body the rules do not know, with lower-case words and a place, then the verb of the next post",
			text: "Huyện Lý Nhân\n\nÔng Trần Văn Khởi, Chủ nhiệm Hợp tác xã Đồng Tiến làm Chủ tịch Hội Nông dân xã Nhân Hòa. Bà Ngô Thị Liên, Giám đốc Trung tâm Văn hóa huyện Lý Nhân là Phó Chủ tịch Hội Khuyến học huyện Lý Nhân.",
			want: []string{"holds|Trần Văn Khởi|Chủ tịch|Hội Nông dân xã Nhân Hòa", "holds|Ngô Thị Liên|Phó Chủ tịch|Hội Khuyến học huyện Lý Nhân"},
		},
		{
			name: "congress results: tái cử chức danh; làm after the words of an election; a post after làm is no apposition of the next name",
			text: "Đại hội Hội Cựu chiến binh xã Hòa Tiến\n\nĐại hội bầu BCH Hội khóa VIII gồm 11 đ/c. Đ/c Phan Văn Quế - tái cử chức danh Chủ tịch, đ/c Hồ Văn Lợi - tái cử Phó Chủ tịch. Ông Đặng Văn Ất được Đại hội tín nhiệm bầu lại làm Chủ tịch Hội Người cao tuổi xã Hòa Tiến, ông Võ Văn Thân làm Phó Chủ tịch.",
			want: []string{"holds|Phan Văn Quế|Chủ tịch|Hội Cựu chiến binh xã Hòa Tiến", "holds|Hồ Văn Lợi|Phó Chủ tịch|Hội Cựu chiến binh xã Hòa Tiến",
				"holds|Đặng Văn Ất|Chủ tịch|Hội Người cao tuổi xã Hòa Tiến", "holds|Võ Văn Thân|Phó Chủ tịch|Hội Người cao tuổi xã Hòa Tiến"},
			absent: []string{"holds|Hồ Văn Lợi|Chủ tịch", "holds|Võ Văn Thân|Chủ tịch"},
		},
		{
			name: "apposition with a family name of the north-west, or one the rules do not know but a middle name shows; the holder in brackets after the post",
			text: "Xã Mường Lống tổng kết\n\nChủ tịch UBND xã Mường Lống Quàng Văn Pọm phát biểu. Phó Chủ tịch UBND xã Mường Lống Xồng Thị Dợ báo cáo. Dự có Chủ tịch Hội Nông dân xã Mường Lống (ông Cầm Bá Tuấn) và Bí thư Đoàn xã (Lộc Thị Mỷ). Phó Chủ tịch UBND huyện Kỳ Sơn Y Đhăm Êban dự; Giám đốc Trung tâm Y tế huyện Kỳ Sơn cũng dự. Thầy Lò Văn Tiến, Hiệu trưởng Trường Văn Lang dự.",
			want: []string{"holds|Quàng Văn Pọm|Chủ tịch|UBND xã Mường Lống", "holds|Xồng Thị Dợ|Phó Chủ tịch|UBND xã Mường Lống",
				"holds|Cầm Bá Tuấn|Chủ tịch|Hội Nông dân xã Mường Lống", "holds|Lộc Thị Mỷ|Bí thư|Đoàn Thanh niên xã Mường Lống",
				"holds|Y Đhăm Êban|Phó Chủ tịch|UBND huyện Kỳ Sơn"},
			absent: []string{"person|Y tế", "person|Trường Văn Lang"},
		},
		{
			name: "the members of a board listed by name after gồm: each an Ủy viên of it; whose bare board it is, no guess",
			text: "Đại hội Hội Cựu chiến binh xã Hòa Tiến\n\nBan Thường vụ Hội Cựu chiến binh xã Hòa Tiến khóa mới gồm các đồng chí: Phan Văn Quế, Hồ Văn Lợi và Lê Văn Tình. Ban Kiểm tra Hội Cựu chiến binh xã Hòa Tiến gồm 3 đồng chí: Ngô Văn Bảy, Trưởng ban; Trần Văn Chín, Đỗ Văn Mười. Đại hội bầu 5 đồng chí vào Ban Thường vụ gồm: Lê Văn Một, Lê Văn Hai.",
			want: []string{"holds|Phan Văn Quế|Ủy viên|Ban Thường vụ Hội Cựu chiến binh xã Hòa Tiến", "holds|Hồ Văn Lợi|Ủy viên|Ban Thường vụ Hội Cựu chiến binh xã Hòa Tiến",
				"holds|Lê Văn Tình|Ủy viên|Ban Thường vụ Hội Cựu chiến binh xã Hòa Tiến", "holds|Trần Văn Chín|Ủy viên|Ban Kiểm tra Hội Cựu chiến binh xã Hòa Tiến",
				"holds|Đỗ Văn Mười|Ủy viên|Ban Kiểm tra Hội Cựu chiến binh xã Hòa Tiến", "holds|Ngô Văn Bảy|Trưởng ban|Ban Kiểm tra Hội Cựu chiến binh xã Hòa Tiến"},
			absent: []string{"holds|Lê Văn Một|Ủy viên|Ban Thường vụ Đảng ủy", "holds|Ngô Văn Bảy|Ủy viên"},
		},
		{
			name:   "the post held now after a former post or a career: hiện là, nay là",
			text:   "Huyện Nghi Lộc\n\nÔng Hoàng Văn Sâm, nguyên Bí thư Huyện ủy Nghi Lộc, hiện là Chủ tịch Hội Cựu chiến binh huyện Nghi Lộc. Bà Phạm Thị Thanh từng là Chủ tịch Hội Liên hiệp Phụ nữ huyện, nay là Phó Chủ tịch UBND huyện Nghi Lộc.",
			want:   []string{"holds|Hoàng Văn Sâm|Chủ tịch|Hội Cựu chiến binh huyện Nghi Lộc", "holds|Phạm Thị Thanh|Phó Chủ tịch|UBND huyện Nghi Lộc"},
			absent: []string{"holds|Hoàng Văn Sâm|Bí thư", "holds|Phạm Thị Thanh|Chủ tịch|Hội Liên hiệp Phụ nữ"},
		},
		{
			name: "joining a body written without its name, then the post: tham gia Ủy ban và giữ chức",
			text: "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị kiện toàn\n\nHội nghị hiệp thương cử ông Võ Văn Dũng, Chủ tịch Hội Nông dân tỉnh Quảng Trị tham gia Ủy ban và giữ chức Phó Chủ tịch không chuyên trách Ủy ban MTTQ Việt Nam tỉnh Quảng Trị.",
			want: []string{"holds|Võ Văn Dũng|Chủ tịch|Hội Nông dân tỉnh Quảng Trị", "holds|Võ Văn Dũng|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Quảng Trị"},
		},
		{
			name:   "UVBTV Hội at an association's congress: the standing board of the congress's association, not the commune's Party board",
			text:   "Đại hội Hội Cựu chiến binh xã Diễn Kỷ lần thứ VIII\n\nĐồng chí Cao Văn Bảy - UVBTV Hội phát biểu. Ông Trần Văn An, PCT Hội CCB huyện Diễn Châu dự.",
			want:   []string{"holds|Cao Văn Bảy|Ủy viên|Ban Thường vụ Hội Cựu chiến binh xã Diễn Kỷ", "holds|Trần Văn An|Phó Chủ tịch|Hội Cựu chiến binh huyện Diễn Châu"},
			absent: []string{"holds|Cao Văn Bảy|Ủy viên|Ban Thường vụ Đảng ủy"},
		},
		{
			name: "the post, then là and its holder",
			text: "Đại hội Hội Nông dân tỉnh Hà Tĩnh\n\nChủ tịch Hội Nông dân tỉnh Hà Tĩnh khóa X là ông Nguyễn Văn Bình. Trưởng Ban Kiểm tra Hội là bà Trần Thị Cúc. Bốn Phó Chủ tịch là các ông Lê Văn Dũng, Phạm Văn Em.",
			want: []string{"holds|Nguyễn Văn Bình|Chủ tịch|Hội Nông dân tỉnh Hà Tĩnh", "holds|Trần Thị Cúc|Trưởng ban|Ban Kiểm tra Hội Nông dân tỉnh Hà Tĩnh",
				"holds|Lê Văn Dũng|Phó Chủ tịch|Hội Nông dân tỉnh Hà Tĩnh"},
		},
		{
			name: "abbreviations joined by a full stop (UV.BTV); Phó ban Thường trực",
			text: "Huyện Ba Tri\n\nĐ/c Lê Văn Bảy - UV.BTV Huyện ủy, Trưởng BDV Huyện ủy Ba Tri; đ/c Lê Văn Tư, Phó ban Thường trực Ban Tuyên giáo Huyện ủy Ba Tri.",
			want: []string{"holds|Lê Văn Bảy|Ủy viên|Ban Thường vụ Huyện ủy Ba Tri", "holds|Lê Văn Bảy|Trưởng ban|Ban Dân vận Huyện ủy Ba Tri",
				"holds|Lê Văn Tư|Phó Trưởng ban Thường trực|Ban Tuyên giáo Huyện ủy Ba Tri"},
		},
		{
			name:   "a post in a body merged away, marked (cũ), is held no more; the new post is",
			text:   "Phường Bến Thành đại hội\n\nBà Huỳnh Thị Hồng, Bí thư Quận ủy quận 1 (cũ), được chỉ định giữ chức vụ Bí thư Đảng ủy phường Bến Thành.",
			want:   []string{"holds|Huỳnh Thị Hồng|Bí thư|Đảng ủy phường Bến Thành"},
			absent: []string{"holds|Huỳnh Thị Hồng|Bí thư|Quận ủy"},
		},
		{
			name: "a caption's note of where the person stands, between the name and the posts",
			text: "Huyện Cam Lộ trao quà Tết\n\nĐồng chí Lê Văn Hòa (thứ 2 từ trái sang), Bí thư Huyện ủy Cam Lộ trao quà. Bà Trần Thị Mai (bìa phải), Chủ tịch Hội LHPN huyện Cam Lộ tặng hoa. Ông Hồ Văn Tư (giữa) - Chủ tịch Hội Nông dân huyện Cam Lộ.",
			want: []string{"holds|Lê Văn Hòa|Bí thư|Huyện ủy Cam Lộ", "holds|Trần Thị Mai|Chủ tịch|Hội Liên hiệp Phụ nữ huyện Cam Lộ",
				"holds|Hồ Văn Tư|Chủ tịch|Hội Nông dân huyện Cam Lộ"},
		},
		{
			name:   "a Youth Union congress: a bare Bí thư or Phó Bí thư is the Youth Union's",
			text:   "Đại hội Đoàn TNCS Hồ Chí Minh xã Triệu Phước\n\nĐại hội đã bầu Ban Chấp hành Đoàn xã khóa mới gồm 15 đồng chí. Chị Nguyễn Thị Hằng tái đắc cử Bí thư Đoàn xã Triệu Phước; anh Lê Quang Vinh được bầu làm Phó Bí thư.",
			want:   []string{"holds|Nguyễn Thị Hằng|Bí thư|Đoàn Thanh niên xã Triệu Phước", "holds|Lê Quang Vinh|Phó Bí thư|Đoàn Thanh niên xã Triệu Phước"},
			absent: []string{"holds|Lê Quang Vinh|Phó Bí thư|Đảng ủy"},
		},
		{
			name: "a steering board with a long task, its members listed one a line with their post in it last",
			text: "Thành lập Ban Chỉ đạo xã Gio Mỹ\n\nỦy ban nhân dân xã Gio Mỹ thành lập Ban Chỉ đạo phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa xã Gio Mỹ. Thành phần gồm:\n1. Ông Hồ Văn An - Phó Bí thư Đảng ủy, Chủ tịch UBND xã - Trưởng ban.\n2. Bà Lê Thị Bình - Chủ tịch Ủy ban MTTQ Việt Nam xã - Phó Trưởng ban Thường trực.",
			want: []string{"org|Ban Chỉ đạo phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa xã Gio Mỹ|other",
				"holds|Hồ Văn An|Trưởng ban|Ban Chỉ đạo phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa xã Gio Mỹ",
				"holds|Lê Thị Bình|Phó Trưởng ban Thường trực|Ban Chỉ đạo phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa xã Gio Mỹ"},
		},
		{
			name: "abbreviated posts: BT, ĐUV, CHT, GĐ, PGĐ",
			text: "Xã Gio Hải\n\nĐ/c Nguyễn Văn An - BT Đảng ủy xã Gio Hải; đ/c Trần Văn Bình - ĐUV, Chủ tịch Hội ND xã; đ/c Lê Văn Cường - CHT Ban CHQS xã; đ/c Hồ Văn Dũng - GĐ Sở Nội vụ tỉnh Quảng Trị; đ/c Phan Văn Em - PGĐ Sở Y tế tỉnh Quảng Trị.",
			want: []string{"holds|Nguyễn Văn An|Bí thư|Đảng ủy xã Gio Hải", "holds|Trần Văn Bình|Ủy viên|Đảng ủy xã Gio Hải", "holds|Trần Văn Bình|Chủ tịch|Hội Nông dân xã Gio Hải",
				"holds|Lê Văn Cường|Chỉ huy trưởng|Ban Chỉ huy Quân sự xã Gio Hải", "holds|Hồ Văn Dũng|Giám đốc|Sở Nội vụ tỉnh Quảng Trị", "holds|Phan Văn Em|Phó Giám đốc|Sở Y tế tỉnh Quảng Trị"},
		},
		{
			name:   "members made Ủy viên of a steering board by làm; not of another member's Party board; a bare Ủy viên elsewhere is no one's",
			text:   "Huyện Gio Linh kiện toàn Ban Chỉ đạo chuyển đổi số huyện\n\nBan Chỉ đạo chuyển đổi số huyện Gio Linh gồm: đồng chí Nguyễn Văn An, Chủ tịch UBND huyện làm Trưởng ban; đồng chí Trần Thị Bình, Trưởng Ban Tuyên giáo Huyện ủy làm Ủy viên; đồng chí Lê Văn Cường, Phó Chủ tịch UBND huyện làm Ủy viên.\n\nĐồng chí Hồ Văn Dũng, Ủy viên, phát biểu.",
			want:   []string{"holds|Trần Thị Bình|Ủy viên|Ban Chỉ đạo chuyển đổi số huyện Gio Linh", "holds|Lê Văn Cường|Ủy viên|Ban Chỉ đạo chuyển đổi số huyện Gio Linh"},
			absent: []string{"holds|Lê Văn Cường|Ủy viên|Ban Tuyên giáo", "holds|Hồ Văn Dũng"},
		},
		{
			name: "làm thành viên, là thành viên of the steering board being set up",
			text: "Huyện Vĩnh Linh kiện toàn Ban Chỉ đạo phát triển du lịch huyện\n\nBan Chỉ đạo phát triển du lịch huyện Vĩnh Linh gồm: đồng chí Hồ Văn Sơn, Chủ tịch UBND huyện làm Trưởng ban; đồng chí Trần Thị Bích, Chánh Văn phòng Huyện ủy làm thành viên; đồng chí Lê Văn Hậu, Trưởng phòng Nội vụ huyện là thành viên.",
			want: []string{"holds|Trần Thị Bích|Thành viên|Ban Chỉ đạo phát triển du lịch huyện Vĩnh Linh", "holds|Lê Văn Hậu|Thành viên|Ban Chỉ đạo phát triển du lịch huyện Vĩnh Linh",
				"holds|Lê Văn Hậu|Trưởng phòng|Phòng Nội vụ huyện Vĩnh Linh"},
		},
		{
			name:   "the members of a steering board listed by name: its Thành viên",
			text:   "Huyện Đakrông thành lập Tổ công tác\n\nHuyện ủy Đakrông thành lập Tổ công tác của Huyện ủy Đakrông. Tổ công tác gồm các đồng chí: Hồ Văn Lâm, Nguyễn Thị Lan, Lê Văn Tùng.",
			want:   []string{"holds|Hồ Văn Lâm|Thành viên|Tổ công tác Huyện ủy Đakrông", "holds|Lê Văn Tùng|Thành viên|Tổ công tác Huyện ủy Đakrông"},
			absent: []string{"holds|Hồ Văn Lâm|Ủy viên"},
		},
	})
}

// TestResponsibilityConstructions: assignments that name what the person
// runs by pointing back, or only by the work ("công việc hằng ngày của"),
// each in a short article composed for the test.
func TestResponsibilityConstructions(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name: "a body fronted by Đối với, pointed back to by cơ quan này",
			text: "Tỉnh ủy Hà Tĩnh phân công nhiệm vụ\n\nĐối với HĐND tỉnh, Tỉnh ủy giao ông Lê Văn Hòa, Phó Chủ tịch Thường trực HĐND tỉnh, phụ trách và điều hành hoạt động của cơ quan này trong thời gian Chủ tịch HĐND vắng mặt.",
			want: []string{"resp|Lê Văn Hòa|HĐND tỉnh Hà Tĩnh"},
		},
		{
			name:   "a body fronted by Tại, the verb's object only the work",
			text:   "Tỉnh ủy Hà Tĩnh phân công nhiệm vụ\n\nTại Sở Tài chính tỉnh Hà Tĩnh, Tỉnh ủy phân công ông Phạm Văn Đông, Phó Giám đốc Sở, phụ trách và điều hành công việc. Ông Ngô Văn Giáp, Chánh Văn phòng Tỉnh ủy, phụ trách và điều hành công việc.",
			want:   []string{"resp|Phạm Văn Đông|Sở Tài chính tỉnh Hà Tĩnh"},
			absent: []string{"resp|Ngô Văn Giáp"},
		},
		{
			name: "the work of a body: công việc (hằng ngày) của, after a passive assignment",
			text: "Tỉnh ủy Hà Tĩnh phân công nhiệm vụ\n\nÔng Trần Văn Bảo, Phó Bí thư Đảng ủy UBND tỉnh Hà Tĩnh, được giao phụ trách và điều hành công việc của Đảng ủy UBND tỉnh Hà Tĩnh. Ông Ngô Văn Giáp được phân công điều hành công việc thường xuyên, hằng ngày của Đảng bộ tỉnh Hà Tĩnh.",
			want: []string{"resp|Trần Văn Bảo|Đảng ủy UBND tỉnh Hà Tĩnh", "resp|Ngô Văn Giáp|Đảng bộ tỉnh Hà Tĩnh"},
		},
		{
			name:   "a purpose (để …) is no assignment of the person named before it",
			text:   "Tỉnh ủy Hà Tĩnh phân công nhiệm vụ\n\nTrong thời gian chưa bầu Chủ tịch UBND tỉnh thay ông Lê Văn Sơn, để thực hiện nhiệm vụ lãnh đạo, điều hành công việc của UBND tỉnh Hà Tĩnh thông suốt, ông Lê Văn Sơn bàn giao nhiệm vụ cho ông Hồ Văn Tài.",
			absent: []string{"resp|Lê Văn Sơn|UBND tỉnh Hà Tĩnh"},
		},
	})
}

// TestShortPlaceNamesNoGazetteer: without the official units, a place
// places.tsv knows by its short name is still no person's name.
func TestShortPlaceNamesNoGazetteer(t *testing.T) {
	x := newExtractor(t, nil)
	assertFacts(t, x, "Hội Khuyến học quận Đống Đa đại hội\n\nDự có bà Lê Thị Mai, Ủy viên Thường vụ Ban chấp hành Hội Khuyến học Việt Nam, Chủ tịch Hội Khuyến học Hà Nội; ông Trần Văn Bình, Chủ tịch Hội Khuyến học quận Đống Đa.",
		[]string{"holds|Trần Văn Bình|Chủ tịch|Hội Khuyến học quận Đống Đa"},
		[]string{"holds|Hà Nội", "person|Hà Nội"})
}
