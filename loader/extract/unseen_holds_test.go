package extract

import "testing"

// TestUnseenHolds: ways of writing who holds which post that the rules
// missed on real articles they were not developed on (branch xholds6),
// each in sentences written for the test. Facts as in TestConstructions.
func TestUnseenHolds(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	checkConstructions(t, x, []construction{
		{
			name: "trúng cử, trúng cử chức danh; giữ (đảm nhận) cương vị; được bổ nhiệm lại",
			text: "Hội Nông dân huyện Kim Sơn kiện toàn nhân sự\n\nTại hội nghị lần thứ nhất, ông Lê Văn Quang trúng cử Chủ tịch Hội Nông dân huyện Kim Sơn; bà Trần Thị Rạng trúng cử chức danh Phó Chủ tịch Hội Nông dân huyện Kim Sơn. Ông Phạm Văn Sáng tiếp tục giữ cương vị Chủ tịch Hội Cựu chiến binh huyện Kim Sơn. Bà Vũ Thị Tâm chính thức đảm nhận cương vị Chủ tịch Hội Khuyến học huyện Kim Sơn. Ông Hồ Văn Uy được bổ nhiệm lại Trưởng phòng Nội vụ huyện Kim Sơn.",
			want: []string{"holds|Lê Văn Quang|Chủ tịch|Hội Nông dân huyện Kim Sơn", "holds|Trần Thị Rạng|Phó Chủ tịch|Hội Nông dân huyện Kim Sơn",
				"holds|Phạm Văn Sáng|Chủ tịch|Hội Cựu chiến binh huyện Kim Sơn", "holds|Vũ Thị Tâm|Chủ tịch|Hội Khuyến học huyện Kim Sơn",
				"holds|Hồ Văn Uy|Trưởng phòng|Phòng Nội vụ huyện Kim Sơn"},
		},
		{
			name: "a club's Thư ký in its board's list; a meeting's thư ký is no board's",
			text: "Ra mắt Câu lạc bộ Thơ phường An Khánh\n\nHội Người cao tuổi phường An Khánh ra mắt Câu lạc bộ Thơ phường An Khánh. Ban Chủ nhiệm gồm: Chủ nhiệm: ông Đỗ Văn Khang; Phó Chủ nhiệm: bà Vũ Thị Lan; Thư ký: ông Hồ Văn Minh. Anh Đặng Văn Phú - Thư ký, đọc quy chế. Bà Lý Thị Oanh làm thư ký hội nghị.",
			want: []string{"holds|Đỗ Văn Khang|Chủ nhiệm|Câu lạc bộ Thơ phường An Khánh", "holds|Hồ Văn Minh|Thư ký|Câu lạc bộ Thơ phường An Khánh",
				"holds|Đặng Văn Phú|Thư ký|Câu lạc bộ Thơ phường An Khánh"},
			absent: []string{"holds|Lý Thị Oanh"},
		},
		{
			name: "a branch's head and deputy written bare after its launch; Trưởng chi hội before the branch",
			text: "Ra mắt Chi hội Cựu chiến binh thôn Đông\n\nHội Cựu chiến binh xã Tân Phong ra mắt Chi hội Cựu chiến binh thôn Đông. Ông Lê Văn An được bầu làm Chi hội trưởng, ông Trần Văn Bình làm Chi hội phó. Bà Vũ Thị Duyên, Trưởng Chi hội Phụ nữ thôn Bắc, xã Tân Phong dự lễ.",
			want: []string{"holds|Lê Văn An|Chi hội trưởng|Chi hội Cựu chiến binh thôn Đông xã Tân Phong", "holds|Trần Văn Bình|Chi hội phó|Chi hội Cựu chiến binh thôn Đông xã Tân Phong",
				"holds|Vũ Thị Duyên|Chi hội trưởng|Chi hội Phụ nữ thôn Bắc xã Tân Phong"},
		},
		{
			name: "a liaison board's Trưởng ban written bare: the board's",
			text: "Ra mắt Ban liên lạc Cựu giáo chức xã Tân Phong\n\nBan liên lạc Cựu giáo chức xã Tân Phong ra mắt với 7 thành viên, do ông Lê Văn An làm Trưởng ban. Bà Trần Thị Bình được bầu làm Phó Trưởng ban.",
			want: []string{"holds|Lê Văn An|Trưởng ban|Ban liên lạc Cựu giáo chức xã Tân Phong", "holds|Trần Thị Bình|Phó Trưởng ban|Ban liên lạc Cựu giáo chức xã Tân Phong"},
		},
		{
			name: "a board's list on lines of their own after its heading: bare posts are the club's (Ủy viên its board's); not after the list",
			text: "Ra mắt Câu lạc bộ Dưỡng sinh xã Tân Phong\n\nSáng 5/3, Hội Người cao tuổi xã Tân Phong ra mắt Câu lạc bộ Dưỡng sinh xã Tân Phong. Ban Chủ nhiệm Câu lạc bộ Dưỡng sinh xã Tân Phong gồm 4 thành viên.\nChủ nhiệm: bà Lê Thị Hoa.\n- Phó Chủ nhiệm: ông Trần Văn Bình\n3. Bà Nguyễn Thị Cúc - Thư ký\n4. Ông Đào Văn Dũng - Ủy viên\nCâu lạc bộ sinh hoạt mỗi tuần hai buổi. Ông Hồ Văn Tài, Ủy viên, phát biểu.\nÔng Vương Văn Hậu - Thư ký",
			want: []string{"holds|Lê Thị Hoa|Chủ nhiệm|Câu lạc bộ Dưỡng sinh xã Tân Phong", "holds|Trần Văn Bình|Phó Chủ nhiệm|Câu lạc bộ Dưỡng sinh xã Tân Phong",
				"holds|Nguyễn Thị Cúc|Thư ký|Câu lạc bộ Dưỡng sinh xã Tân Phong", "holds|Đào Văn Dũng|Ủy viên|Ban Chủ nhiệm Câu lạc bộ Dưỡng sinh xã Tân Phong"},
			absent: []string{"holds|Hồ Văn Tài", "holds|Vương Văn Hậu"},
		},
		{
			name: "the paragraph after a heading that counts a committee's members: its bare posts are that committee's",
			text: "Kiện toàn Đảng bộ Hội Nông dân huyện Kim Sơn\n\nBan Thường vụ Huyện ủy Kim Sơn chỉ định Ban Chấp hành Đảng bộ Hội Nông dân huyện Kim Sơn gồm 7 thành viên.\n\nĐồng chí Lê Văn An, Chủ tịch Hội Nông dân huyện Kim Sơn làm Bí thư; đồng chí Trần Văn Bình, Phó Chủ tịch Hội Nông dân huyện làm Phó Bí thư.",
			want: []string{"holds|Lê Văn An|Bí thư|Đảng ủy Hội Nông dân huyện Kim Sơn", "holds|Trần Văn Bình|Phó Bí thư|Đảng ủy Hội Nông dân huyện Kim Sơn",
				"holds|Lê Văn An|Chủ tịch|Hội Nông dân huyện Kim Sơn"},
		},
		{
			name: "a post, là, then its holders joined by và or commas: each holds it",
			text: "Đại hội Hội Khuyến học xã Tân Phong\n\nĐại hội bầu Ban Chấp hành Hội Khuyến học xã Tân Phong gồm 11 ủy viên. Ông Lê Văn An được bầu làm Chủ tịch. Phó Chủ tịch là bà Trần Thị Bình và ông Phạm Văn Cường. Ủy viên Ban Thường vụ Hội Khuyến học xã Tân Phong là các ông Đỗ Văn Dân, Vũ Văn Em.",
			want: []string{"holds|Lê Văn An|Chủ tịch|Hội Khuyến học xã Tân Phong", "holds|Trần Thị Bình|Phó Chủ tịch|Hội Khuyến học xã Tân Phong",
				"holds|Phạm Văn Cường|Phó Chủ tịch|Hội Khuyến học xã Tân Phong", "holds|Vũ Văn Em|Ủy viên|Ban Thường vụ Hội Khuyến học xã Tân Phong"},
		},
		{
			name: "a working group's short name in brackets before do; a deputy with posts of their own after ;",
			text: "Đảng ủy xã Tân Phong thành lập các tổ công tác\n\nĐảng ủy xã Tân Phong thành lập 2 tổ công tác. Tổ công tác số 1 (gọi tắt là Tổ 1) do đồng chí Lê Văn An, Phó Bí thư Đảng ủy làm Tổ trưởng; đồng chí Trần Văn Bình, Chủ tịch Hội Nông dân xã Tân Phong làm Tổ phó. Tổ công tác số 2 (gọi tắt là Tổ 2) do đồng chí Phạm Văn Cường làm Tổ trưởng.",
			want: []string{"holds|Lê Văn An|Tổ trưởng|Tổ công tác số 1 của Đảng ủy xã Tân Phong", "holds|Trần Văn Bình|Tổ phó|Tổ công tác số 1 của Đảng ủy xã Tân Phong",
				"holds|Trần Văn Bình|Chủ tịch|Hội Nông dân xã Tân Phong", "holds|Phạm Văn Cường|Tổ trưởng|Tổ công tác số 2 của Đảng ủy xã Tân Phong"},
		},
		{
			name: "names after one honorific with no posts between them, then posts: each name's; names with their own posts stay their own",
			text: "Huyện ủy Kim Sơn tổng kết công tác dân vận\n\nDự hội nghị có đồng chí Lê Văn An, Trần Văn Bình, Phạm Văn Cường, Ủy viên Ban Thường vụ Huyện ủy Kim Sơn. Ông Đỗ Văn Dân và Vũ Văn Em, Phó Chủ tịch UBND huyện Kim Sơn cùng dự. Đồng chí Hồ Văn Giang, Bí thư Đảng ủy xã Tân Phong; Ngô Văn Hải, Chủ tịch UBND xã Tân Phong báo cáo. Ông Lý Văn Khoa, Đinh Văn Lâm dự họp.",
			want: []string{"holds|Lê Văn An|Ủy viên|Ban Thường vụ Huyện ủy Kim Sơn", "holds|Trần Văn Bình|Ủy viên|Ban Thường vụ Huyện ủy Kim Sơn",
				"holds|Phạm Văn Cường|Ủy viên|Ban Thường vụ Huyện ủy Kim Sơn", "holds|Đỗ Văn Dân|Phó Chủ tịch|UBND huyện Kim Sơn", "holds|Vũ Văn Em|Phó Chủ tịch|UBND huyện Kim Sơn",
				"holds|Hồ Văn Giang|Bí thư|Đảng ủy xã Tân Phong", "holds|Ngô Văn Hải|Chủ tịch|UBND xã Tân Phong"},
			absent: []string{"holds|Hồ Văn Giang|Chủ tịch", "holds|Lý Văn Khoa", "holds|Đinh Văn Lâm"},
		},
		{
			name: "posts of bodies the rules do not know keep a list of posts going: an alternate member, a bank's deputy director, a school's head",
			text: "Tỉnh ủy Bình Phước tổng kết\n\nĐồng chí Tôn Văn Hạnh, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Đồng Xoài, tỉnh Bình Phước phát biểu. Bà Trần Lan Phương, Phó Tổng Giám đốc Ngân hàng Chính sách xã hội, Chủ tịch Hội Khuyến học tỉnh Bình Phước dự. Ông Lê Văn Tâm, Hiệu trưởng Trường THCS Tân Phú, Chủ tịch Hội Cựu giáo chức huyện Đồng Phú báo cáo.",
			want: []string{"holds|Tôn Văn Hạnh|Ủy viên dự khuyết|Ban Chấp hành Trung ương Đảng", "holds|Tôn Văn Hạnh|Ủy viên|Ban Thường vụ Tỉnh ủy Bình Phước",
				"holds|Tôn Văn Hạnh|Bí thư|Thành ủy Đồng Xoài", "holds|Trần Lan Phương|Chủ tịch|Hội Khuyến học tỉnh Bình Phước",
				"holds|Lê Văn Tâm|Chủ tịch|Hội Cựu giáo chức huyện Đồng Phú"},
		},
		{
			name: "an unknown body's name with a comma in it: the list of posts goes on at the comma before the next post",
			text: "Huyện Kim Sơn tổng kết\n\nÔng Lê Văn An, Trưởng phòng Văn hóa, Khoa học và Thông tin huyện Kim Sơn, Chủ tịch Hội Khuyến học huyện Kim Sơn phát biểu.",
			want: []string{"holds|Lê Văn An|Chủ tịch|Hội Khuyến học huyện Kim Sơn"},
		},
		{
			name: "a post announced bare in a paragraph of its own: of the body the paragraph before named; an apposition is not",
			text: "Đại hội Câu lạc bộ Doanh nhân huyện Kim Sơn\n\nSáng 2/3, Câu lạc bộ Doanh nhân huyện Kim Sơn tổ chức đại hội nhiệm kỳ 2025-2028. Ông Lê Văn An được bầu làm Chủ nhiệm Câu lạc bộ Doanh nhân huyện Kim Sơn.\n\nPhó Chủ nhiệm là bà Trần Thị Bình, Giám đốc Công ty TNHH Bình Minh.\n\nÔng Phạm Văn Cường được bầu làm Phó Chủ nhiệm.\n\nÔng Đỗ Văn Dũng, Phó Chủ nhiệm, phát biểu.",
			want: []string{"holds|Lê Văn An|Chủ nhiệm|Câu lạc bộ Doanh nhân huyện Kim Sơn", "holds|Trần Thị Bình|Phó Chủ nhiệm|Câu lạc bộ Doanh nhân huyện Kim Sơn",
				"holds|Phạm Văn Cường|Phó Chủ nhiệm|Câu lạc bộ Doanh nhân huyện Kim Sơn"},
			absent: []string{"holds|Đỗ Văn Dũng"},
		},
		{
			name: "a bare Đảng ủy before a post in a department, a paper or a school is theirs, not the place's; before a commune's UBND it is the commune's",
			text: "Tỉnh Tuyên Quang tổng kết\n\nDự có ông Mai Đức Thông, Bí thư Đảng ủy, Giám đốc Sở Y tế tỉnh Tuyên Quang; ông Lê Văn An, Bí thư Đảng ủy, Chủ tịch UBND xã Phú Lương; ông Trần Văn Bình, Bí thư Đảng ủy, Tổng Biên tập Báo Tuyên Quang; bà Vũ Thị Cúc, Bí thư Đảng ủy, Hiệu trưởng Trường Đại học Tân Trào.",
			want: []string{"holds|Mai Đức Thông|Giám đốc|Sở Y tế tỉnh Tuyên Quang", "holds|Lê Văn An|Bí thư|Đảng ủy xã Phú Lương", "holds|Lê Văn An|Chủ tịch|UBND xã Phú Lương"},
			absent: []string{"holds|Mai Đức Thông|Bí thư", "holds|Trần Văn Bình|Bí thư", "holds|Vũ Thị Cúc|Bí thư", "org|Đảng ủy tỉnh Tuyên Quang"},
		},
		{
			name: "tân (new) before a post: after a dash, a comma, làm, and in a greeting",
			text: "Ông Lê Văn An làm tân Chủ tịch Hội Nông dân tỉnh Ninh Bình\n\nÔng Lê Văn An (giữa) - tân Chủ tịch Hội Nông dân tỉnh Ninh Bình nhận hoa chúc mừng. Bà Trần Thị Bình, tân Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Ninh Bình, phát biểu. Đồng chí Phạm Văn Cường, Bí thư Tỉnh ủy Ninh Bình tặng hoa chúc mừng đồng chí Đỗ Văn Dũng, tân Chủ tịch Hội Cựu chiến binh tỉnh Ninh Bình.",
			want: []string{"holds|Lê Văn An|Chủ tịch|Hội Nông dân tỉnh Ninh Bình", "holds|Trần Thị Bình|Chủ tịch|Hội Liên hiệp Phụ nữ tỉnh Ninh Bình",
				"holds|Phạm Văn Cường|Bí thư|Tỉnh ủy Ninh Bình", "holds|Đỗ Văn Dũng|Chủ tịch|Hội Cựu chiến binh tỉnh Ninh Bình"},
		},
		{
			name: "a unit's body written bare after its post (Bí thư Chi đoàn): the one named before; a village front board's bare Trưởng ban",
			text: "Đại hội Chi đoàn thôn Đông\n\nĐại hội Chi đoàn thôn Đông, xã Tân Phong bầu anh Lê Văn An làm Bí thư Chi đoàn, chị Trần Thị Bình làm Phó Bí thư. Hội nghị bầu Ban Công tác Mặt trận thôn Đông, xã Tân Phong gồm 7 thành viên, ông Phạm Văn Cường làm Trưởng ban.",
			want: []string{"holds|Lê Văn An|Bí thư|Chi đoàn thôn Đông xã Tân Phong", "holds|Trần Thị Bình|Phó Bí thư|Chi đoàn thôn Đông xã Tân Phong",
				"holds|Phạm Văn Cường|Trưởng ban|Ban Công tác Mặt trận thôn Đông xã Tân Phong"},
		},
		{
			name: "lines under a board's heading: its body before the congress's; a bare Ủy viên under a Ban Chấp hành is the association's",
			text: "Hội Nông dân xã Tân Phong đại hội\n\nĐại hội Hội Nông dân xã Tân Phong lần thứ X thành công tốt đẹp.\n\nBan Chấp hành Hội Nông dân xã Tân Phong khóa mới gồm 9 đồng chí:\n- Ông Lê Văn An – Chủ tịch\n- Bà Trần Thị Bình – Phó Chủ tịch\n- Ông Phạm Văn Dũng – Ủy viên\n\nBan Thường vụ Hội Cựu chiến binh xã Tân Phong gồm:\n- Ông Hồ Văn Em – Chủ tịch\n- Ông Vũ Văn Giang – Ủy viên",
			want: []string{"holds|Lê Văn An|Chủ tịch|Hội Nông dân xã Tân Phong", "holds|Phạm Văn Dũng|Ủy viên|Hội Nông dân xã Tân Phong",
				"holds|Hồ Văn Em|Chủ tịch|Hội Cựu chiến binh xã Tân Phong", "holds|Vũ Văn Giang|Ủy viên|Ban Thường vụ Hội Cựu chiến binh xã Tân Phong"},
			absent: []string{"holds|Hồ Văn Em|Chủ tịch|Hội Nông dân"},
		},
		{
			name: "posts in brackets after the names of a list: each its own (a bare Ủy viên the board's); the list's shared post not given to a name whose bracket says another",
			text: "Xã Tân Phong kiện toàn\n\nBan Thường vụ Hội Nông dân xã Tân Phong gồm ông Lê Văn An (Chủ tịch), bà Trần Thị Bình (Phó Chủ tịch) và ông Phạm Văn Cường (Ủy viên).\n\nSau sắp xếp, UBND xã Tân Phong có Chủ tịch và 2 Phó Chủ tịch: ông Hồ Văn An (Chủ tịch), ông Vũ Văn Bình và bà Đỗ Thị Cúc (Phó Chủ tịch).",
			want: []string{"holds|Lê Văn An|Chủ tịch|Hội Nông dân xã Tân Phong", "holds|Trần Thị Bình|Phó Chủ tịch|Hội Nông dân xã Tân Phong",
				"holds|Phạm Văn Cường|Ủy viên|Ban Thường vụ Hội Nông dân xã Tân Phong", "holds|Hồ Văn An|Chủ tịch|UBND xã Tân Phong",
				"holds|Vũ Văn Bình|Phó Chủ tịch|UBND xã Tân Phong", "holds|Đỗ Thị Cúc|Phó Chủ tịch|UBND xã Tân Phong"},
			absent: []string{"holds|Hồ Văn An|Phó Chủ tịch", "holds|Đỗ Thị Cúc|Phó Chủ tịch|Hội Nông dân"},
		},
		{
			name: "names after a board and a colon after 'bầu … vào'; a post, gồm, then its holders without các",
			text: "Hội Nông dân xã Tân Phong đại hội\n\nĐại hội bầu 3 đồng chí vào Ban Thường vụ Hội Nông dân xã Tân Phong: Lê Văn An, Trần Văn Bình, Phạm Văn Cường. Phó Chủ tịch Hội Nông dân xã Tân Phong gồm ông Đỗ Văn Dân và bà Vũ Thị Em. Ban Chủ nhiệm Câu lạc bộ Hưu trí xã Tân Phong gồm ông Hồ Văn Giang, Chủ nhiệm; bà Ngô Thị Hà, Phó Chủ nhiệm.",
			want: []string{"holds|Lê Văn An|Ủy viên|Ban Thường vụ Hội Nông dân xã Tân Phong", "holds|Phạm Văn Cường|Ủy viên|Ban Thường vụ Hội Nông dân xã Tân Phong",
				"holds|Đỗ Văn Dân|Phó Chủ tịch|Hội Nông dân xã Tân Phong", "holds|Vũ Thị Em|Phó Chủ tịch|Hội Nông dân xã Tân Phong",
				"holds|Ngô Thị Hà|Phó Chủ nhiệm|Câu lạc bộ Hưu trí xã Tân Phong"},
			absent: []string{"holds|Ngô Thị Hà|Chủ nhiệm"},
		},
		{
			name: "a post joined to the name by a hyphen without spaces; places joined by hyphens stay one",
			text: "Tỉnh Bà Rịa-Vũng Tàu tổng kết\n\nĐ/c Lê Văn An-Phó Bí thư Thường trực Đảng ủy xã Long Phước, tỉnh Bà Rịa-Vũng Tàu phát biểu. Ông Trần Văn Bình-Chủ tịch Hội Nông dân tỉnh Bà Rịa-Vũng Tàu dự.",
			want: []string{"holds|Lê Văn An|Phó Bí thư Thường trực|Đảng ủy xã Long Phước", "holds|Trần Văn Bình|Chủ tịch|Hội Nông dân tỉnh Bà Rịa-Vũng Tàu"},
		},
		{
			name: "a post alone between semicolons after a person's posts is the person's; an entry of a post and its holder is not",
			text: "Tỉnh Hà Giang tổng kết\n\nTới dự có đồng chí Nguyễn Mạnh Dũng, Phó Bí thư Tỉnh ủy Hà Giang; Chủ tịch Hội đồng nhân dân tỉnh Hà Giang; đại diện Hội Cựu chiến binh Việt Nam. Dự có các đồng chí: Lê Văn An, Bí thư Huyện ủy Kim Sơn; Chủ tịch UBND huyện Kim Sơn Trần Văn Bình.",
			want: []string{"holds|Nguyễn Mạnh Dũng|Phó Bí thư|Tỉnh ủy Hà Giang", "holds|Nguyễn Mạnh Dũng|Chủ tịch|HĐND tỉnh Hà Giang",
				"holds|Lê Văn An|Bí thư|Huyện ủy Kim Sơn", "holds|Trần Văn Bình|Chủ tịch|UBND huyện Kim Sơn"},
			absent: []string{"holds|Lê Văn An|Chủ tịch"},
		},
	})
}
