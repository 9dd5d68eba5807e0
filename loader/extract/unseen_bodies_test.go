package extract

import "testing"

// TestUnseenBodyConstructions: ways of naming bodies and their
// responsibility found missing on real articles the rules were never
// developed on, each in a short article composed for the test.
func TestUnseenBodyConstructions(t *testing.T) {
	checkConstructions(t, newExtractor(t, loadGazetteer(t)), unseenBodyConstructions)
}

// TestUnseenBodyConstructionsWithoutGazetteer: the same, read with the
// rules alone.
func TestUnseenBodyConstructionsWithoutGazetteer(t *testing.T) {
	checkConstructions(t, newExtractor(t, nil), unseenBodyConstructions)
}

var unseenBodyConstructions = []construction{
	{
		name: "abbreviated associations and mass organisations written without Hội, or with a shortened name",
		text: "Phường An Lạc tổng kết công tác năm 2025\n\nDự hội nghị có ông Trần Văn Út, Chủ tịch HCTĐ phường An Lạc; ông Huỳnh Văn Ba, Chủ tịch HKH phường; bà Lê Thị Nga, Chủ tịch Hội LH Phụ nữ phường; ông Võ Văn Năm, Chủ tịch HCCB phường và ông Phan Văn Sáu, Chủ tịch HNCT phường. Hội NKT phường trao 20 xe lăn; CCB phường An Lạc góp quỹ.",
		want: []string{"org|Hội Chữ thập đỏ phường An Lạc|association", "org|Hội Khuyến học phường An Lạc|association",
			"org|Hội Liên hiệp Phụ nữ phường An Lạc|socio_political", "org|Hội Cựu chiến binh phường An Lạc|socio_political",
			"org|Hội Người cao tuổi phường An Lạc|association", "org|Hội Người khuyết tật phường An Lạc|association",
			"holds|Trần Văn Út|Chủ tịch|Hội Chữ thập đỏ phường An Lạc", "holds|Huỳnh Văn Ba|Chủ tịch|Hội Khuyến học phường An Lạc"},
		absent: []string{"org|Hội LH Phụ nữ", "org|Hội NKT"},
	},
	{
		name:   "CCB and NCT alone, with no place after them, are people, not bodies",
		text:   "Xã Tân Lập thăm hỏi người có công\n\nNhân dịp Tết, xã Tân Lập tặng quà cho 120 NCT và 45 CCB có hoàn cảnh khó khăn.",
		absent: []string{"org|Hội Người cao tuổi", "org|Hội Cựu chiến binh"},
	},
}
