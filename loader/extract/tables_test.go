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
}
