package extract

import "testing"

// TestUnseenRespConstructions: ways of writing responsibility found missing
// on real articles the rules were never developed on, each in a short
// article composed for the test.
func TestUnseenRespConstructions(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), unseenRespConstructions)
}

var unseenRespConstructions = []construction{
	{
		name: "a table of people, posts and tasks flattened to text, its cells parted by | or tabs",
		text: "Phân công nhiệm vụ Ban Thường vụ Đảng ủy xã Phú Hòa\n\nTT | Họ và tên | Chức vụ | Nhiệm vụ phân công\n1 | Nguyễn Văn An | Bí thư Đảng ủy | Phụ trách chung, phụ trách Ban Tổ chức Đảng ủy\n2 | Trần Văn Bình | Phó Bí thư Thường trực Đảng ủy | Phụ trách Ủy ban MTTQ xã\n3\tLê Thị Cúc\tChủ tịch UBND xã\tTheo dõi Hội Nông dân xã\n\nTrang chủ | Tin tức | Liên hệ",
		want: []string{"resp|Nguyễn Văn An|Ban Tổ chức Đảng ủy xã Phú Hòa", "resp|Trần Văn Bình|Ủy ban Mặt trận Tổ quốc xã Phú Hòa",
			"resp|Lê Thị Cúc|Hội Nông dân xã Phú Hòa", "holds|Trần Văn Bình|Phó Bí thư Thường trực|Đảng ủy xã Phú Hòa"},
		absent: []string{"org|Họ", "holds|Tin tức"},
	},
	{
		name:   "a person who helps a body follow another is the one responsible, not the body helped",
		text:   "Huyện ủy Đức Trọng phân công nhiệm vụ\n\nĐồng chí Đinh Văn Nam, Huyện ủy viên giúp Thường trực Huyện ủy theo dõi Hội Khuyến học huyện. Đồng chí Đỗ Thị Lan, Phó Chủ tịch HĐND huyện, giúp Ban Thường vụ theo dõi các hội quần chúng: Hội Luật gia, Hội Đông y huyện.",
		want:   []string{"resp|Đinh Văn Nam|Hội Khuyến học huyện Đức Trọng", "resp|Đỗ Thị Lan|Hội Luật gia huyện Đức Trọng", "resp|Đỗ Thị Lan|Hội Đông y huyện Đức Trọng"},
		absent: []string{"resp|Thường trực Huyện ủy Đức Trọng", "resp|Ban Thường vụ Huyện ủy Đức Trọng"},
	},
	{
		name: "fields of work listed before the bodies a person is in charge of",
		text: "Huyện ủy Đức Trọng phân công nhiệm vụ\n\nĐồng chí Lê Văn Tám, Phó Chủ tịch UBND huyện được phân công phụ trách các lĩnh vực: văn hóa, xã hội và Hội Chữ thập đỏ huyện.",
		want: []string{"resp|Lê Văn Tám|Hội Chữ thập đỏ huyện Đức Trọng"},
	},
	{
		name: "a body leading and following another (chủ trì, theo dõi); a body said to be something before its task",
		text: "Huyện ủy Đức Trọng phân công theo dõi các hội\n\nBan Dân vận Huyện ủy được giao chủ trì, theo dõi Hội Luật gia huyện. Ban Tuyên giáo Huyện ủy là cơ quan thường trực, theo dõi hoạt động của Hội Người cao tuổi huyện.",
		want: []string{"resp|Ban Dân vận Huyện ủy Đức Trọng|Hội Luật gia huyện Đức Trọng", "resp|Ban Tuyên giáo Huyện ủy Đức Trọng|Hội Người cao tuổi huyện Đức Trọng"},
	},
	{
		name: "the phrases of phrases.tsv roles partner, given-to and opener: who leads, who is given the task, what opens the clauses",
		text: "Huyện ủy Đức Trọng phân công theo dõi các hội\n\nBan Tuyên giáo Huyện ủy cùng với Hội Cựu chiến binh huyện theo dõi Hội Người cao tuổi huyện. Hội Khuyến học huyện được phân công cho đồng chí Lê Văn Tám, Huyện ủy viên, theo dõi. Ban Thường vụ phân công phụ trách các hội dưới đây: Ban Dân vận Huyện ủy phụ trách Hội Luật gia huyện.",
		want: []string{"resp|Ban Tuyên giáo Huyện ủy Đức Trọng|Hội Người cao tuổi huyện Đức Trọng", "resp|Lê Văn Tám|Hội Khuyến học huyện Đức Trọng",
			"resp|Ban Dân vận Huyện ủy Đức Trọng|Hội Luật gia huyện Đức Trọng"},
		absent: []string{"resp|Hội Cựu chiến binh huyện Đức Trọng|Hội Người cao tuổi huyện Đức Trọng", "resp|Ban Thường vụ Huyện ủy Đức Trọng|Hội Luật gia huyện Đức Trọng"},
	},
}
