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
}
