package extract

import "testing"

// TestUnseenResp8: ways of writing responsibility that the rules missed on
// real articles they were not developed on (branch x8holds), each in
// sentences written for the test.
func TestUnseenResp8(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), []construction{
		{
			name: "a duty stated as what a body's task is (Nhiệm vụ của X là …, X có nhiệm vụ …), also on another body's behalf; not a duty of nobody named",
			text: "Huyện ủy Kim Sơn phân công nhiệm vụ\n\nNhiệm vụ của Ban Dân vận Huyện ủy là theo dõi, chỉ đạo Hội Nông dân huyện, Hội Cựu chiến binh huyện. Ban Tuyên giáo Huyện ủy có nhiệm vụ theo dõi Hội Khuyến học huyện. Đồng chí Lê Văn Tám, Huyện ủy viên, có trách nhiệm chỉ đạo Hội Chữ thập đỏ huyện. Ban Thường vụ Huyện ủy thành lập Tổ công tác số 2 do ông Phan Văn Hòa làm tổ trưởng. Nhiệm vụ chính của Tổ công tác số 2 là thay mặt Ban Thường vụ Huyện ủy trực tiếp chỉ đạo Đảng ủy xã Kim Đông. Nhiệm vụ của cán bộ là phải theo dõi Hội Người cao tuổi huyện.",
			want: []string{"resp|Ban Dân vận Huyện ủy Kim Sơn|Hội Nông dân huyện Kim Sơn", "resp|Ban Dân vận Huyện ủy Kim Sơn|Hội Cựu chiến binh huyện Kim Sơn",
				"resp|Ban Tuyên giáo Huyện ủy Kim Sơn|Hội Khuyến học huyện Kim Sơn", "resp|Lê Văn Tám|Hội Chữ thập đỏ huyện Kim Sơn",
				"resp|Tổ công tác số 2 của Ban Thường vụ Huyện ủy Kim Sơn|Đảng ủy xã Kim Đông"},
			absent: []string{"resp|Ban Thường vụ Huyện ủy Kim Sơn|Đảng ủy xã Kim Đông", "resp|Ban Thường vụ Huyện ủy Kim Sơn|Hội Người cao tuổi huyện Kim Sơn",
				"resp|Ban Tuyên giáo Huyện ủy Kim Sơn|Hội Người cao tuổi huyện Kim Sơn"},
		},
		{
			name: "one working group a body set up, named without a number: its leader and its duty; later \"tổ công tác\" is the same group; no group of nobody's or of a count",
			text: "Tỉnh ủy Bắc Kạn lập tổ công tác\n\nTheo quyết định của Ban Thường vụ Tỉnh ủy, Tổ công tác gồm có 5 người do ông Hà Văn Lâm, Phó Bí thư Thường trực Tỉnh ủy làm tổ trưởng. Nhiệm vụ của tổ công tác là thay mặt Ban Thường vụ Tỉnh ủy trực tiếp chỉ đạo Ban Thường vụ Thành ủy Bắc Kạn, UBND thành phố Bắc Kạn.\n\nHuyện ủy Ba Bể thành lập Tổ kiểm tra do bà Lý Thị Mai làm tổ trưởng. Các tổ công tác của huyện đã làm việc với xã Chu Hương. Tổ công tác đã có 3 buổi làm việc tại xã Mỹ Phương.",
			want: []string{"holds|Hà Văn Lâm|Tổ trưởng|Tổ công tác của Ban Thường vụ Tỉnh ủy Bắc Kạn",
				"resp|Tổ công tác của Ban Thường vụ Tỉnh ủy Bắc Kạn|Ban Thường vụ Thành ủy Bắc Kạn", "resp|Tổ công tác của Ban Thường vụ Tỉnh ủy Bắc Kạn|UBND thành phố Bắc Kạn",
				"holds|Lý Thị Mai|Tổ trưởng|Tổ kiểm tra của Huyện ủy Ba Bể"},
			absent: []string{"resp|Ban Thường vụ Tỉnh ủy Bắc Kạn|Ban Thường vụ Thành ủy Bắc Kạn", "org|Tổ công tác huyện", "org|Tổ công tác xã"},
		},
		{
			name:   "a village or its body in charge, then the commune it is in after a comma: where it is, not a second object; a commune the list goes on with is one",
			text:   "Huyện ủy Kim Sơn phân công nhiệm vụ\n\nĐồng chí Phạm Văn Em, Huyện ủy viên, trực tiếp phụ trách Chi bộ thôn Đông, xã Kim Trung. Đồng chí Lê Văn An theo dõi thôn Tây, xã Kim Trung. Đồng chí Hà Văn Cao phụ trách thôn Bắc, xã Kim Trung và xã Yên Mật.",
			want:   []string{"resp|Phạm Văn Em|Chi bộ thôn Đông xã Kim Trung", "resp|Lê Văn An|thôn Tây", "resp|Hà Văn Cao|xã Yên Mật"},
			absent: []string{"resp|Phạm Văn Em|xã Kim Trung", "resp|Lê Văn An|xã Kim Trung"},
		},
		{
			name: "a kind of body in lower case heads the list after the verb (các chi bộ:, các đảng bộ:); villages numbered, then their ward: where they are",
			text: "Thành ủy TP.HCM phân công nhiệm vụ\n\nĐồng chí Trần Văn Bình phụ trách các chi bộ: Chi bộ khu phố 1, Chi bộ khu phố 2 phường Bến Thành. Đồng chí Phạm Văn Em theo dõi, chỉ đạo các đảng bộ: Đảng bộ phường Bến Thành, Đảng bộ phường Sài Gòn. Đồng chí Đỗ Thị Lan phụ trách khu phố 5, 6 phường Tân Định.",
			want: []string{"resp|Trần Văn Bình|Chi bộ Khu phố 1 phường Bến Thành", "resp|Trần Văn Bình|Chi bộ Khu phố 2 phường Bến Thành",
				"resp|Phạm Văn Em|Đảng bộ phường Bến Thành", "resp|Phạm Văn Em|Đảng bộ phường Sài Gòn", "resp|Đỗ Thị Lan|Khu phố 5", "resp|Đỗ Thị Lan|Khu phố 6"},
			absent: []string{"resp|Trần Văn Bình|phường Bến Thành", "resp|Đỗ Thị Lan|phường Tân Định"},
		},
		{
			name: "a cluster of units in charge (cụm xã gồm: A, B; cụm phường A, B): each unit; no cluster of anything else",
			text: "Thành ủy TP.HCM phân công nhiệm vụ\n\nĐồng chí Lê Văn An phụ trách cụm phường gồm: Bến Thành, Sài Gòn, Tân Định. Đồng chí Lê Văn Ba theo dõi cụm xã Nhà Bè, Hiệp Phước. Đồng chí Lê Văn Cư dự họp cụm thi đua các phường.",
			want: []string{"resp|Lê Văn An|phường Bến Thành", "resp|Lê Văn An|phường Sài Gòn", "resp|Lê Văn An|phường Tân Định",
				"resp|Lê Văn Ba|xã Nhà Bè", "resp|Lê Văn Ba|xã Hiệp Phước"},
			absent: []string{"resp|Lê Văn Cư"},
		},
		{
			name: "bodies that share a head written once after \"các\" (các Hội: A, B, C phường X; các Ban: A, B Đảng ủy X): each one of the place after the last",
			text: "Thành ủy TP.HCM phân công nhiệm vụ\n\nĐồng chí Mai Văn Phúc phụ trách các Hội: Nông dân, Cựu chiến binh, Phụ nữ phường Tân Định. Đồng chí Mai Văn Thọ phụ trách các Ban: Tuyên giáo, Dân vận Đảng ủy phường Bến Thành.",
			want: []string{"resp|Mai Văn Phúc|Hội Nông dân phường Tân Định", "resp|Mai Văn Phúc|Hội Cựu chiến binh phường Tân Định", "resp|Mai Văn Phúc|Hội Liên hiệp Phụ nữ phường Tân Định",
				"resp|Mai Văn Thọ|Ban Tuyên giáo Đảng ủy phường Bến Thành", "resp|Mai Văn Thọ|Ban Dân vận Đảng ủy phường Bến Thành"},
			absent: []string{"resp|Mai Văn Phúc|Hội Nông dân Thành phố Hồ Chí Minh", "resp|Mai Văn Phúc|Hội Cựu chiến binh Thành phố Hồ Chí Minh"},
		},
		{
			name: "several people announced together (Các đồng chí A, B …) are each responsible; a name before another's, not so announced, is not",
			text: "Thành ủy TP.HCM phân công nhiệm vụ\n\nCác đồng chí Nông Văn Dũng, Phạm Văn Em phụ trách phường Bàn Cờ. Các ông Lê Văn Sáu, Trần Văn Bảy theo dõi Hội Khuyến học phường Bàn Cờ. Theo phân công của đồng chí Lê Văn Tư, đồng chí Hồ Văn Năm phụ trách phường Tân Định.",
			want: []string{"resp|Nông Văn Dũng|phường Bàn Cờ", "resp|Phạm Văn Em|phường Bàn Cờ", "resp|Lê Văn Sáu|Hội Khuyến học phường Bàn Cờ",
				"resp|Trần Văn Bảy|Hội Khuyến học phường Bàn Cờ", "resp|Hồ Văn Năm|phường Tân Định"},
			absent: []string{"resp|Lê Văn Tư"},
		},
		{
			name:   "a body, then \"và các đoàn thể …\" and a place: the body is the place's, not the article's",
			text:   "Thành ủy TP.HCM phân công nhiệm vụ\n\nĐồng chí Vũ Văn Giang phụ trách, chỉ đạo Ủy ban MTTQ và các đoàn thể chính trị - xã hội phường Xuân Hòa. Ủy ban MTTQ và các đoàn thể phường Bến Thành ra quân.",
			want:   []string{"resp|Vũ Văn Giang|Ủy ban Mặt trận Tổ quốc phường Xuân Hòa", "org|Ủy ban Mặt trận Tổ quốc phường Bến Thành|front"},
			absent: []string{"resp|Vũ Văn Giang|Ủy ban Mặt trận Tổ quốc Thành phố Hồ Chí Minh", "org|Ủy ban Mặt trận Tổ quốc Thành phố Hồ Chí Minh"},
		},
	})
}
