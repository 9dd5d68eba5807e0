package extract

import "testing"

// TestPrecisionBodyConstructions: wrong bodies seen on real pages the
// rules were never developed on (a congress's headline in capitals, the
// bodies of every level, a board's name running into its verb), each in a
// short article composed for the test, beside the right body it must keep.
func TestPrecisionBodyConstructions(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), precisionBodyConstructions)
}

// TestPrecisionBodyConstructionsWithoutGazetteer: the same, read with the
// rules alone.
func TestPrecisionBodyConstructionsWithoutGazetteer(t *testing.T) {
	checkConstructions(t, newExtractor(t, nil), precisionBodyConstructions)
}

var precisionBodyConstructions = []construction{
	{
		name:   "a congress's headline in capitals: ĐẠI HỘI is the congress, its HỘI no body's name; the body written after it is",
		text:   "Tin hoạt động\n\nĐẠI HỘI CỰU CHIẾN BINH CƠ SỞ NHIỆM KỲ 2027 - 2032 HOÀN THÀNH SỚM\n\nĐẠI HỘI HỘI NÔNG DÂN XÃ TÂN LẬP LẦN THỨ X\n\nÔng Lê Văn Tám, Chủ tịch UBND xã Tân Lập, huyện Đông Hưng, phát biểu.",
		want:   []string{"org|Hội Nông dân xã Tân Lập|socio_political", "org|UBND xã Tân Lập|government"},
		absent: []string{"org|Hội Cựu chiến binh"},
	},
	{
		name:   "the bodies of every level (các cấp) or every commune (cơ sở) are no one body, nor is their board",
		text:   "Xã Tân Lập sơ kết công tác hội\n\nNăm nay, Hội Phụ nữ các cấp trong huyện hoàn thành đại hội. Hội Cựu chiến binh cơ sở được củng cố. Ban Thường vụ Hội Nông dân các cấp đã chỉ đạo sát sao. Hội Nông dân xã Tân Lập có 6 chi hội.",
		want:   []string{"org|Hội Nông dân xã Tân Lập|socio_political"},
		absent: []string{"org|Hội Liên hiệp Phụ nữ", "org|Hội Cựu chiến binh", "org|Ban Thường vụ"},
	},
	{
		name:   "a board named by its task ends before a modal verb (cần, phải): the clause goes on",
		text:   "Phường Hòa Thuận chuẩn bị đại hội\n\nBí thư Đảng ủy phường Hòa Thuận yêu cầu Tiểu ban Lễ tân cần chuẩn bị chu đáo và Ban Chỉ đạo chuyển đổi số phải hoàn thành kế hoạch trong tháng.",
		want:   []string{"org|Tiểu ban Lễ tân phường Hòa Thuận|other", "org|Ban Chỉ đạo chuyển đổi số phường Hòa Thuận|other"},
		absent: []string{"org|Tiểu ban Lễ tân cần", "org|Ban Chỉ đạo chuyển đổi số phải"},
	},
	{
		name:   "the Front's standing board written Thường trực is its Ban Thường trực: one body, not two spellings",
		text:   "Phường Tân Mai kiện toàn nhân sự\n\nBan Thường trực Ủy ban MTTQ Việt Nam phường Tân Mai họp. Sau đó, Thường trực Ủy ban MTTQ Việt Nam phường yêu cầu các khu phố báo cáo. Thường trực HĐND phường Tân Mai cùng dự.",
		want:   []string{"org|Ban Thường trực Ủy ban Mặt trận Tổ quốc phường Tân Mai|front", "org|Thường trực HĐND phường Tân Mai|government"},
		absent: []string{"org|Thường trực Ủy ban Mặt trận Tổ quốc"},
	},
	{
		name:   "a body of a village kind with no village named is every village's, no one body; a numbered or named one is",
		text:   "Xã Tân Lập, huyện Đông Hưng tổng kết năm\n\nDự hội nghị có các Trưởng ban CTMT thôn và Chi hội Phụ nữ tổ dân phố. Ban Công tác Mặt trận khu dân cư được kiện toàn. Ban Công tác Mặt trận thôn 3 được khen thưởng.",
		want:   []string{"org|Ban Công tác Mặt trận Thôn 3 xã Tân Lập|front"},
		absent: []string{"org|Ban Công tác Mặt trận Thôn|", "org|Ban Công tác Mặt trận Khu dân cư", "org|Chi hội Phụ nữ"},
	},
	{
		name: "a board of an association written without its place is of the place the person's next post names, not the article's",
		text: "Xã Hòa Lạc tổ chức đại hội\n\nNgày 5/11, Hội Cựu chiến binh xã Hòa Lạc tổ chức Đại hội. Đồng chí Vũ Văn Khang - Ủy viên Ban Thường vụ Hội Cựu chiến binh, Phó Chủ tịch Hội Cựu chiến binh tỉnh Ninh Bình tặng hoa.",
		want: []string{"holds|Vũ Văn Khang|Ủy viên|Ban Thường vụ Hội Cựu chiến binh tỉnh Ninh Bình",
			"holds|Vũ Văn Khang|Phó Chủ tịch|Hội Cựu chiến binh tỉnh Ninh Bình", "org|Hội Cựu chiến binh xã Hòa Lạc|socio_political"},
		absent: []string{"org|Ban Thường vụ Hội Cựu chiến binh xã Hòa Lạc", "holds|Vũ Văn Khang|Ủy viên|Ban Thường vụ Hội Cựu chiến binh xã"},
	},
	{
		name: "a steering board's task goes on past phòng, chống and past và with a second task up to its place; a body after và is its own",
		text: "Xã Tân Lập, huyện Đông Hưng họp các ban chỉ đạo\n\nÔng Lê Văn Ba, Trưởng Ban Chỉ đạo chuyển đổi số và đô thị thông minh xã Tân Lập phát biểu. Ban Chỉ đạo phòng, chống thiên tai xã Tân Lập và Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở và công tác vận động quần chúng xã Tân Lập cùng họp. Ban Chỉ đạo an toàn thực phẩm và Hội Nông dân xã Tân Lập ký kết.",
		want: []string{"org|Ban Chỉ đạo chuyển đổi số và đô thị thông minh xã Tân Lập|other",
			"holds|Lê Văn Ba|Trưởng ban|Ban Chỉ đạo chuyển đổi số và đô thị thông minh xã Tân Lập",
			"org|Ban Chỉ đạo phòng, chống thiên tai xã Tân Lập|other",
			"org|Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở và công tác vận động quần chúng xã Tân Lập|other",
			"org|Hội Nông dân xã Tân Lập|socio_political"},
		absent: []string{"org|Ban Chỉ đạo chuyển đổi số xã", "org|Ban Chỉ đạo chuyển đổi số huyện", "org|Ban Chỉ đạo phòng xã", "org|Ban Chỉ đạo phòng huyện",
			"org|Ban Chỉ đạo an toàn thực phẩm và"},
	},
}
