package extract

import "testing"

// TestTableAndClubConstructions: tables pasted with tabs or with the place
// column first, the trade union of an institution, hometown liaison boards
// and clubs under their parent, each in a short article composed for the
// test (branch xmix7).
func TestTableAndClubConstructions(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), tableConstructions)
}

// TestTableAndClubConstructionsWithoutGazetteer: the same, read with the
// rules alone.
func TestTableAndClubConstructionsWithoutGazetteer(t *testing.T) {
	checkConstructions(t, newExtractor(t, nil), tableConstructions)
}

var tableConstructions = []construction{
	{
		name: "a table of people pasted with tabs reads as the same table written with |",
		text: "Phân công cấp ủy viên Đảng ủy xã Hòa Lạc phụ trách địa bàn\n\nTT\tHọ và tên\tChức vụ\tĐịa bàn phụ trách\n1\tMạc Văn Tường\tPhó Bí thư Đảng ủy\tẤp Hòa Thạnh, ấp Hòa Bình\n2\tDoãn Thị Nga\tChủ tịch Hội Liên hiệp Phụ nữ xã\tẤp Hòa Lợi\n3\tÂu Văn Sáng\tĐảng ủy viên\tHội Cựu chiến binh xã",
		want: []string{"resp|Mạc Văn Tường|ấp Hòa Thạnh", "resp|Mạc Văn Tường|ấp Hòa Bình", "resp|Doãn Thị Nga|ấp Hòa Lợi",
			"resp|Âu Văn Sáng|Hội Cựu chiến binh xã Hòa Lạc", "holds|Doãn Thị Nga|Chủ tịch|Hội Liên hiệp Phụ nữ xã Hòa Lạc"},
		absent: []string{"resp|Doãn Thị Nga|Hội Liên hiệp Phụ nữ"},
	},
	{
		name: "a liaison board of people from one home province (Ban liên lạc đồng hương X tại Y) is one body, its place of meeting in its name",
		text: "Đồng hương Phú Yên tại TP.HCM họp mặt\n\nTối 20/1/2025, Ban liên lạc đồng hương tỉnh Phú Yên tại TP.HCM họp mặt mừng xuân; ông Võ Văn Tâm, Trưởng Ban liên lạc đồng hương tỉnh Phú Yên tại TP.HCM, phát biểu. Ban liên lạc đồng hương Tuy An tại TP.HCM tặng 50 suất quà.",
		want: []string{"org|Ban liên lạc đồng hương tỉnh Phú Yên tại TP.HCM|association",
			"holds|Võ Văn Tâm|Trưởng ban|Ban liên lạc đồng hương tỉnh Phú Yên tại TP.HCM", "org|Ban liên lạc đồng hương Tuy An tại TP.HCM|association"},
	},
	{
		name: "the grassroots union of an institution (Công đoàn cơ sở Trường X, Công ty Y) is that institution's, not the commune's",
		text: "Trường Tiểu học Phú Mỹ tổ chức đại hội công đoàn\n\nChiều 14/3/2025, Công đoàn cơ sở Trường Tiểu học Phú Mỹ (xã Phú Mỹ) tổ chức đại hội nhiệm kỳ 2025-2030; cô Khúc Thị Yến được bầu giữ chức Chủ tịch Công đoàn cơ sở Trường Tiểu học Phú Mỹ. Ông Tôn Văn Lực, Chủ tịch Công đoàn xã Phú Mỹ, và bà Kha Thị Bé, Chủ tịch Công đoàn cơ sở Công ty TNHH Thủy sản Phú Mỹ, dự đại hội.",
		want: []string{"org|Công đoàn cơ sở Trường Tiểu học Phú Mỹ|socio_political", "holds|Khúc Thị Yến|Chủ tịch|Công đoàn cơ sở Trường Tiểu học Phú Mỹ",
			"holds|Tôn Văn Lực|Chủ tịch|Công đoàn xã Phú Mỹ", "holds|Kha Thị Bé|Chủ tịch|Công đoàn cơ sở Công ty TNHH Thủy sản Phú Mỹ"},
		absent: []string{"holds|Khúc Thị Yến|Chủ tịch|Công đoàn xã", "holds|Kha Thị Bé|Chủ tịch|Công đoàn xã"},
	},
	{
		name: "a table that names the unit first and then who is in charge of it (Tổ dân phố | Cấp ủy viên phụ trách), with | or tabs",
		text: "Đảng ủy phường Đông Xuyên phân công cấp ủy viên phụ trách địa bàn\n\nTT | Tổ dân phố | Cấp ủy viên phụ trách\n1 | Tổ dân phố 4, tổ dân phố 6 | Đồng chí Kiều Văn Sơn, Phó Bí thư Đảng ủy\n2 | Tổ dân phố 9 | Đồng chí Lã Thị Hằng, Đảng ủy viên\n\nChi bộ\tĐồng chí phụ trách\nChi bộ Khu phố 2\tÔng Thái Văn Toàn\n\nTrang chủ | Tin tức | Liên hệ",
		want: []string{"resp|Kiều Văn Sơn|Tổ dân phố 4", "resp|Kiều Văn Sơn|Tổ dân phố 6", "resp|Lã Thị Hằng|Tổ dân phố 9",
			"resp|Thái Văn Toàn|Chi bộ Khu phố 2", "holds|Kiều Văn Sơn|Phó Bí thư|Đảng ủy phường Đông Xuyên"},
		absent: []string{"resp|Kiều Văn Sơn|Tổ dân phố 9", "resp|Lã Thị Hằng|Tổ dân phố 4", "org|Trang chủ"},
	},
	{
		name: "a club named after fields joined by a comma (Văn nghệ, Thể thao) is one club, not a club and a list",
		text: "Phường Mỹ Phước ra mắt câu lạc bộ\n\nCLB Văn nghệ, Thể thao Hội Cựu chiến binh phường Mỹ Phước ra mắt với 35 hội viên; ông Lò Văn Chiến làm Chủ nhiệm Câu lạc bộ Văn hóa, Văn nghệ, Thể thao khu phố 5.",
		want: []string{"org|Câu lạc bộ Văn nghệ, Thể thao phường Mỹ Phước|association",
			"holds|Lò Văn Chiến|Chủ nhiệm|Câu lạc bộ Văn hóa, Văn nghệ, Thể thao Khu phố 5"},
		absent: []string{"org|Câu lạc bộ Văn nghệ phường", "holds|Lò Văn Chiến|Chủ nhiệm|Câu lạc bộ Văn hóa phường"},
	},
	{
		name: "a club with no place of its own, under a parent of another commune (Câu lạc bộ Thơ thuộc Hội Người cao tuổi xã X), is of the parent's commune",
		text: "Xã Long Phước giao lưu thơ ca\n\nSáng 6/10/2025, Hội Nông dân xã Long Phước tổ chức giao lưu với Câu lạc bộ Thơ thuộc Hội Người cao tuổi xã Long Hưng; ông Ninh Văn Đức làm Chủ nhiệm Câu lạc bộ Dưỡng sinh trực thuộc Hội Người cao tuổi xã Long Hưng.",
		want: []string{"org|Câu lạc bộ Thơ xã Long Hưng|association", "holds|Ninh Văn Đức|Chủ nhiệm|Câu lạc bộ Dưỡng sinh xã Long Hưng",
			"org|Hội Người cao tuổi xã Long Hưng|association"},
		absent: []string{"org|Câu lạc bộ Thơ xã Long Phước", "org|Câu lạc bộ Dưỡng sinh xã Long Phước"},
	},
	{
		name: "a table of people in an HTML page reads as the same table written with |",
		text: "<html><body><h1>Phân công cấp ủy viên Đảng ủy xã Vĩnh Thạnh phụ trách địa bàn</h1><table>\n<tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Địa bàn phụ trách</th></tr>\n<tr>\n <td>1</td>\n <td>Đàm Văn Quý</td>\n <td>Phó Bí thư Đảng ủy</td>\n <td>Ấp Vĩnh Hòa, ấp Vĩnh Lộc</td>\n</tr>\n<tr><td>2</td><td>Giang Thị Mơ</td><td>Đảng ủy viên</td><td>Hội Nông dân xã</td></tr></table></body></html>",
		want: []string{"resp|Đàm Văn Quý|ấp Vĩnh Hòa", "resp|Đàm Văn Quý|ấp Vĩnh Lộc", "resp|Giang Thị Mơ|Hội Nông dân xã Vĩnh Thạnh",
			"holds|Đàm Văn Quý|Phó Bí thư|Đảng ủy xã Vĩnh Thạnh"},
		absent: []string{"resp|Đàm Văn Quý|Hội Nông dân"},
	},
}
