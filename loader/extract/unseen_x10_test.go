package extract

import "testing"

// TestUnseenHoldsResp10: ways of writing who holds which post, and who is in
// charge of what, that the rules missed on real articles they were not
// developed on (branch x10resp), each in sentences written for the test.
// Facts as in TestConstructions.
func TestUnseenHoldsResp10(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), unseenHoldsResp10)
}

var unseenHoldsResp10 = []construction{
	{
		name: "one person's posts are of one level: a bare Party board takes the level a later post's body writes (… Chủ tịch Ủy ban MTTQ huyện), not the commune the article is about",
		text: "Xã Phú Lộc sáp nhập Hội Cựu chiến binh\n\nSáng 9/4, Đảng ủy xã Phú Lộc, huyện Krông Năng tổ chức hội nghị công bố quyết định.\n\nThay mặt Ủy ban MTTQ và các đoàn thể huyện, đồng chí Y Khuê Niê, Ủy viên Ban Thường vụ, Trưởng ban Dân vận, Chủ tịch Ủy ban MTTQ huyện giao nhiệm vụ cho các đồng chí vừa được chỉ định.",
		want: []string{"holds|Y Khuê Niê|Ủy viên|Ban Thường vụ Huyện ủy Krông Năng", "holds|Y Khuê Niê|Trưởng ban|Ban Dân vận Huyện ủy Krông Năng",
			"holds|Y Khuê Niê|Chủ tịch|Ủy ban Mặt trận Tổ quốc huyện Krông Năng"},
		absent: []string{"holds|Y Khuê Niê|Ủy viên|Ban Thường vụ Đảng ủy xã Phú Lộc", "holds|Y Khuê Niê|Trưởng ban|Ban Dân vận Đảng ủy xã Phú Lộc"},
	},
	{
		name: "a bare board before đồng thời là and a body with its place: that place's board, not the one the sentence before named",
		text: "Kiêm nhiệm ở hai huyện miền núi\n\nĐồng chí Lò Văn Pấn, Trưởng ban Dân vận, Chủ tịch Ủy ban MTTQ huyện Mường La kể lại kinh nghiệm.\nCòn đồng chí Quàng Thị Sương, Trưởng ban Dân vận, đồng thời là Chủ tịch Ủy ban MTTQ huyện Thuận Châu thì cho rằng việc kiêm nhiệm rất nặng.",
		want: []string{"holds|Lò Văn Pấn|Trưởng ban|Ban Dân vận Huyện ủy Mường La", "holds|Quàng Thị Sương|Trưởng ban|Ban Dân vận Huyện ủy Thuận Châu",
			"holds|Quàng Thị Sương|Chủ tịch|Ủy ban Mặt trận Tổ quốc huyện Thuận Châu"},
		absent: []string{"holds|Quàng Thị Sương|Trưởng ban|Ban Dân vận Huyện ủy Mường La"},
	},
	{
		name:   "two people in one sentence, each Ủy viên Ban Thường vụ: the first's board is not the board of the body the second chairs",
		text:   "Hội nghị ở xã Tân Lập\n\nDự hội nghị có đồng chí Đinh Văn Khải, Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ xã Tân Lập và đồng chí Bùi Thị Nhàn, Ủy viên Ban Thường vụ, Chủ tịch Hội Liên hiệp Phụ nữ xã.",
		want:   []string{"holds|Đinh Văn Khải|Ủy viên|Ban Thường vụ Đảng ủy xã Tân Lập", "holds|Bùi Thị Nhàn|Chủ tịch|Hội Liên hiệp Phụ nữ xã Tân Lập"},
		absent: []string{"holds|Đinh Văn Khải|Ủy viên|Ban Thường vụ Hội Liên hiệp Phụ nữ xã Tân Lập"},
	},
	{
		name: "a body written with a bare kind of unit after the paragraph named it in full (Hội LHPN phường X … Chủ tịch Hội LHPN phường): that unit's, paragraph by paragraph",
		text: "Hội LHPN quận Hai Bà Trưng công bố quyết định\n\nSau khi sáp nhập, Hội LHPN phường Bạch Mai gồm 10 chi hội. Ban Chấp hành gồm 9 đồng chí, trong đó đồng chí Lưu Thị Yến giữ chức vụ Chủ tịch Hội LHPN phường.\nHội LHPN phường Vĩnh Tuy sau sáp nhập gồm 15 chi hội. Ban Chấp hành gồm 13 đồng chí, trong đó đồng chí Cao Thị Hiền giữ chức vụ Chủ tịch Hội LHPN phường; đồng chí Mạc Thị Thu giữ chức vụ Phó Chủ tịch Hội LHPN phường.",
		want: []string{"holds|Lưu Thị Yến|Chủ tịch|Hội Liên hiệp Phụ nữ phường Bạch Mai", "holds|Cao Thị Hiền|Chủ tịch|Hội Liên hiệp Phụ nữ phường Vĩnh Tuy",
			"holds|Mạc Thị Thu|Phó Chủ tịch|Hội Liên hiệp Phụ nữ phường Vĩnh Tuy"},
		absent: []string{"holds|Cao Thị Hiền|Chủ tịch|Hội Liên hiệp Phụ nữ phường Bạch Mai"},
	},
	{
		name:   "a bare Đảng ủy given as a new post a paragraph after an agency's Party committee was named: that committee; not for a post in one list with another body's",
		text:   "Đại hội Đảng bộ Cơ quan Bộ Tư pháp\n\nÔng Hồ Văn Phúc được chỉ định giữ chức Bí thư Đảng ủy Cơ quan Bộ Tư pháp.\n\nBà Trịnh Thị Lệ, Thứ trưởng Bộ Tư pháp được chỉ định giữ chức Phó Bí thư Thường trực Đảng ủy. Ông Khúc Văn Hải, Bí thư Đảng ủy, Giám đốc Sở Tư pháp Hà Nội phát biểu.",
		want:   []string{"holds|Hồ Văn Phúc|Bí thư|Đảng ủy Cơ quan Bộ Tư pháp", "holds|Trịnh Thị Lệ|Phó Bí thư Thường trực|Đảng ủy Cơ quan Bộ Tư pháp"},
		absent: []string{"holds|Khúc Văn Hải|Bí thư|Đảng ủy Cơ quan Bộ Tư pháp"},
	},
}
