package extract

import "testing"

// TestDelegationTargets: what a delegation inspects or supervises, written
// after it and its leader with a verb of inspection and "đối với" or "tại"
// (branch x11grp), in sentences written for the test. The delegation is
// responsible for what it inspects; the other bodies of the sentence are not
// its charge.
func TestDelegationTargets(t *testing.T) {
	checkConstructionsBy(t, newExtractor(t, loadGazetteer(t)), []construction{
		{
			name: "an inspection delegation of a standing board, its leader, then a decision to inspect, far on, \"đối với\" a Party committee; the venue before it is no target",
			text: "Tỉnh ủy Bắc Kạn kiểm tra\n\nSáng 5/3, tại hội trường UBND huyện Ba Bể, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Bắc Kạn do đồng chí Hà Văn Lâm, Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã công bố quyết định kiểm tra việc lãnh đạo, chỉ đạo thực hiện các nghị quyết của Tỉnh ủy về phát triển kinh tế nông thôn trong hai năm qua đối với Ban Thường vụ Huyện ủy Ba Bể.",
			want: []string{"holds|Hà Văn Lâm|Trưởng đoàn|Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Bắc Kạn",
				"resp|Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Bắc Kạn|Ban Thường vụ Huyện ủy Ba Bể"},
			absent: []string{"resp|Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Bắc Kạn|UBND huyện Ba Bể*", "resp|Ban Thường vụ Tỉnh ủy Bắc Kạn|*"},
		},
		{
			name:   "a supervision delegation of the Front supervises \"tại\" a commune's People's Committee; the bodies listed as its members are not supervised",
			text:   "Mặt trận huyện Chợ Mới giám sát\n\nNgày 8/7, Đoàn giám sát của Ủy ban MTTQ Việt Nam huyện Chợ Mới do bà Lý Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm Trưởng đoàn tiến hành giám sát việc giải quyết đơn thư của công dân tại UBND xã Thanh Mai. Thành phần Đoàn giám sát có đại diện Hội Nông dân huyện, Hội Cựu chiến binh huyện.",
			want:   []string{"resp|Đoàn giám sát của Ủy ban Mặt trận Tổ quốc huyện Chợ Mới|UBND xã Thanh Mai"},
			absent: []string{"resp|Đoàn giám sát của Ủy ban Mặt trận Tổ quốc huyện Chợ Mới|Hội*", "resp|Ủy ban Mặt trận Tổ quốc huyện Chợ Mới|*"},
		},
		{
			name:   "a numbered delegation named in its leader's posts (Trưởng đoàn kiểm tra số 2), then \"kiểm tra đối với\" a list of communes' Party committees",
			text:   "Huyện ủy Cái Bè kiểm tra\n\nChiều 12/4, ông Lê Văn An, Phó Bí thư Huyện ủy, Trưởng đoàn kiểm tra số 2 của Huyện ủy Cái Bè, công bố quyết định kiểm tra đối với Đảng ủy xã An Hữu và Đảng ủy xã Hòa Hưng.",
			want:   []string{"resp|Đoàn kiểm tra số 2 của Huyện ủy Cái Bè|Đảng ủy xã An Hữu", "resp|Đoàn kiểm tra số 2 của Huyện ủy Cái Bè|Đảng ủy xã Hòa Hưng"},
			absent: []string{"resp|Huyện ủy Cái Bè|*"},
		},
		{
			name:   "no verb of inspection after the delegation: a working visit \"tại\" a commune or \"làm việc với\" a board is no inspection target; nor a second delegation's place",
			text:   "Tỉnh ủy Bắc Kạn làm việc\n\nĐoàn công tác của Tỉnh ủy Bắc Kạn do ông Hà Văn Lâm làm Trưởng đoàn đã làm việc tại xã Chu Hương. Đoàn giám sát của Tỉnh ủy Bắc Kạn do bà Lý Thị Mai làm Trưởng đoàn; Đoàn công tác của Tỉnh ủy Bắc Kạn dự hội nghị tại UBND xã Mỹ Phương.",
			want:   []string{"holds|Hà Văn Lâm|Trưởng đoàn|Đoàn công tác của Tỉnh ủy Bắc Kạn", "holds|Lý Thị Mai|Trưởng đoàn|Đoàn giám sát của Tỉnh ủy Bắc Kạn"},
			absent: []string{"resp|Đoàn công tác của Tỉnh ủy Bắc Kạn|*", "resp|Đoàn giám sát của Tỉnh ủy Bắc Kạn|*"},
		},
		{
			name:   "a delegation named \"của tỉnh\" (no body after \"của\": the province's), its leader, then \"kiểm tra … tại xã X\": the delegation is responsible for the commune",
			text:   "Tỉnh Bắc Kạn kiểm tra bầu cử\n\nNgày 4/3, Đoàn công tác của tỉnh do đồng chí Lý Văn Sáu, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã đến kiểm tra công tác chuẩn bị bầu cử tại xã Cao Kỳ.",
			want:   []string{"holds|Lý Văn Sáu|Trưởng đoàn|Đoàn công tác tỉnh Bắc Kạn", "resp|Đoàn công tác tỉnh Bắc Kạn|xã Cao Kỳ"},
			absent: []string{"resp|UBND tỉnh Bắc Kạn|*"},
		},
		{
			name:   "the same delegation that only works \"tại\" a commune, with no verb of inspection, is not responsible for it",
			text:   "Tỉnh Bắc Kạn thăm hỏi\n\nNgày 4/3, Đoàn công tác của tỉnh do đồng chí Lý Văn Sáu, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã thăm hỏi các gia đình chính sách tại xã Cao Kỳ.",
			want:   []string{"holds|Lý Văn Sáu|Trưởng đoàn|Đoàn công tác tỉnh Bắc Kạn"},
			absent: []string{"resp|Đoàn công tác tỉnh Bắc Kạn|*"},
		},
	}, byFields)
}
