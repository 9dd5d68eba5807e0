package extract

import (
	"testing"

	"hoigraph"
)

// TestPostConstructionsNoGazetteer: what a fresh reading must get right
// without the official units to ask.
func TestPostConstructionsNoGazetteer(t *testing.T) {
	x := newExtractor(t, nil)
	assertFacts(t, x, "Tỉnh ủy Thái Nguyên công bố quyết định\n\nĐồng chí Lê Thị Thu, Phó Trưởng Ban Dân vận Tỉnh ủy Thái Nguyên giữ chức Phó Bí thư Thường trực Huyện ủy Đồng Hỷ. Bí thư Huyện ủy Nguyễn Văn Tám phát biểu.",
		[]string{"holds|Lê Thị Thu|Phó Bí thư Thường trực|Huyện ủy Đồng Hỷ", "holds|Nguyễn Văn Tám|Bí thư|Huyện ủy"},
		[]string{"holds|Nguyễn Văn Tám|Bí thư|Huyện ủy Nguyễn", "holds|Thái Nguyên"})
}

// TestPostConstructions: the ways real articles write who holds which post,
// each in a short article composed for the test (people.go, titles.tsv,
// phrases.tsv, surnames.tsv). Facts are written as in TestConstructions.
func TestPostConstructions(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	tests := []construction{
		{
			name:   "a caption's place before the name: one the article names, or one the gazetteer knows",
			text:   "Huyện Kỳ Sơn tổng kết công tác dân vận\n\nHội nghị diễn ra tại huyện Kỳ Sơn. Bí thư Huyện ủy Kỳ Sơn Lê Thị Ngọc Hân phát biểu. Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Thành ủy Hà Nội Đỗ Văn Hùng dự.",
			want:   []string{"holds|Lê Thị Ngọc Hân|Bí thư|Huyện ủy Kỳ Sơn", "holds|Đỗ Văn Hùng|Bí thư|Thành ủy Hà Nội", "holds|Đỗ Văn Hùng|Ủy viên|Ban Chấp hành Trung ương Đảng"},
			absent: []string{"holds|Kỳ Sơn Lê", "holds|Hà Nội Đỗ"},
		},
		{
			name:   "a double family name is still one name",
			text:   "Tỉnh ủy Bến Tre công bố quyết định\n\nÔng Trần Nguyễn Minh Khoa, Phó Trưởng Ban Tổ chức Tỉnh ủy Bến Tre nhận quyết định.",
			want:   []string{"holds|Trần Nguyễn Minh Khoa|Phó Trưởng ban|Ban Tổ chức Tỉnh ủy Bến Tre"},
			absent: []string{"holds|Minh Khoa"},
		},
		{
			name: "family names of the highland and northern peoples",
			text: "Tỉnh Cao Bằng tổng kết công tác Mặt trận\n\nDự hội nghị có các đồng chí: Bế Văn Hải, Phó Chủ tịch Ủy ban MTTQ tỉnh Cao Bằng; Đồng Văn Tư, Ủy viên Ban Thường vụ Tỉnh ủy Cao Bằng; Ma Thị Lụa, Chủ tịch Hội Nông dân tỉnh Cao Bằng.",
			want: []string{"holds|Bế Văn Hải|Phó Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Cao Bằng", "holds|Đồng Văn Tư|Ủy viên|Ban Thường vụ Tỉnh ủy Cao Bằng",
				"holds|Ma Thị Lụa|Chủ tịch|Hội Nông dân tỉnh Cao Bằng"},
			absent: []string{"holds|Văn Tư"},
		},
		{
			name:   "a career told after từng là: no post is held now",
			text:   "Tỉnh ủy Hà Nam có tân Phó Bí thư\n\nÔng Trần Văn Nam được bầu làm Phó Bí thư Tỉnh ủy Hà Nam. Trước đó, ông Trần Văn Nam từng là Chủ tịch UBND huyện Kim Bảng, Giám đốc Sở Tài chính tỉnh Hà Nam, Phó Bí thư Huyện ủy Lý Nhân Trần Văn Bình.",
			want:   []string{"holds|Trần Văn Nam|Phó Bí thư|Tỉnh ủy Hà Nam"},
			absent: []string{"holds|Trần Văn Nam|Giám đốc", "holds|Trần Văn Nam|Chủ tịch", "holds|Trần Văn Bình", "holds|Kim Bảng"},
		},
		{
			name: "central posts: the body a title implies, written or not",
			text: "Đại hội Hội Khuyến học Việt Nam\n\nĐại hội đón nhận lẵng hoa của Tổng Bí thư Nguyễn Văn Khải, Thủ tướng Chính phủ Lê Văn Tâm. Phó Thủ tướng Hoàng Thị Thu phát biểu.",
			want: []string{"holds|Nguyễn Văn Khải|Tổng Bí thư|Ban Chấp hành Trung ương Đảng", "holds|Lê Văn Tâm|Thủ tướng|Chính phủ",
				"holds|Hoàng Thị Thu|Phó Thủ tướng|Chính phủ"},
		},
		{
			name: "a lower-case post right after the name, with no mark between",
			text: "Huyện Tuy Phước làm việc với xã Phước Hòa\n\nTham dự có đồng chí Trần Thị Lan ủy viên ban thường vụ huyện ủy Tuy Phước, phó chủ tịch UBND huyện Tuy Phước.",
			want: []string{"holds|Trần Thị Lan|Ủy viên|Ban Thường vụ Huyện ủy Tuy Phước", "holds|Trần Thị Lan|Phó Chủ tịch|UBND huyện Tuy Phước"},
		},
		{
			name: "posts written before a list are every name's: after a colon, gồm or là",
			text: "Tỉnh ủy Bình Định công bố quyết định\n\nCùng dự có các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy Bình Định: Lê Văn Sáu, Trưởng Ban Dân vận Tỉnh ủy; Võ Thị Hà, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy. Tỉnh ủy Bình Định có 2 Phó Bí thư là ông Đặng Văn Bảy và bà Phan Thị Mười.",
			want: []string{"holds|Lê Văn Sáu|Ủy viên|Ban Thường vụ Tỉnh ủy Bình Định", "holds|Lê Văn Sáu|Trưởng ban|Ban Dân vận Tỉnh ủy Bình Định",
				"holds|Võ Thị Hà|Ủy viên|Ban Thường vụ Tỉnh ủy Bình Định", "holds|Võ Thị Hà|Chủ nhiệm|Ủy ban Kiểm tra Tỉnh ủy Bình Định",
				"holds|Đặng Văn Bảy|Phó Bí thư|Tỉnh ủy Bình Định", "holds|Phan Thị Mười|Phó Bí thư|Tỉnh ủy Bình Định"},
		},
		{
			name: "a list of names with their posts, then one appointment for all of them",
			text: "Tỉnh ủy Phú Yên họp hội nghị\n\nHội nghị bầu các ông Trần Văn Tám, Trưởng Ban Tổ chức Tỉnh ủy; Thượng tá Lê Văn Chín, Giám đốc Sở Nội vụ tỉnh; Ngô Văn Mười, Bí thư Thành ủy Tuy Hòa giữ chức Ủy viên Ban Thường vụ Tỉnh ủy Phú Yên.",
			want: []string{"holds|Trần Văn Tám|Trưởng ban|Ban Tổ chức Tỉnh ủy Phú Yên", "holds|Trần Văn Tám|Ủy viên|Ban Thường vụ Tỉnh ủy Phú Yên",
				"holds|Lê Văn Chín|Ủy viên|Ban Thường vụ Tỉnh ủy Phú Yên", "holds|Ngô Văn Mười|Ủy viên|Ban Thường vụ Tỉnh ủy Phú Yên",
				"holds|Ngô Văn Mười|Bí thư|Thành ủy Tuy Hòa"},
		},
		{
			name:   "appointed with chức vụ, re-elected with tái cử chức",
			text:   "Hội Nông dân xã Hòa An đại hội\n\nÔng Lê Văn Hùng được bổ nhiệm giữ chức vụ Trưởng Ban Tổ chức Huyện ủy Phú Hòa. Bà Trần Thị Thu tái cử chức Chủ tịch Hội Nông dân xã Hòa An.",
			want:   []string{"holds|Lê Văn Hùng|Trưởng ban|Ban Tổ chức Huyện ủy Phú Hòa", "holds|Trần Thị Thu|Chủ tịch|Hội Nông dân xã Hòa An"},
			absent: []string{"holds|Lê Văn Hùng|Vụ trưởng"},
		},
		{
			name: "posts joined by đồng thời; a bare committee takes the place of a later post; a board takes the committee of the person's earlier post",
			text: "Tỉnh ủy Trà Vinh công bố quyết định cán bộ\n\nĐồng chí Thạch Văn Sang, Bí thư Huyện ủy, Chủ tịch HĐND huyện Cầu Kè dự. Ban Thường vụ phân công ông Kim Văn Hai - Ủy viên Ban Thường vụ Tỉnh ủy Trà Vinh, giữ chức Trưởng Ban Dân vận, đồng thời là Chủ tịch Ủy ban MTTQ tỉnh Trà Vinh.",
			want: []string{"holds|Thạch Văn Sang|Bí thư|Huyện ủy Cầu Kè", "holds|Thạch Văn Sang|Chủ tịch|HĐND huyện Cầu Kè",
				"holds|Kim Văn Hai|Trưởng ban|Ban Dân vận Tỉnh ủy Trà Vinh", "holds|Kim Văn Hai|Chủ tịch|Ủy ban Mặt trận Tổ quốc tỉnh Trà Vinh"},
			absent: []string{"org|Huyện ủy|"},
		},
		{
			name: "a colon after the name; abbreviated posts PBT Thường trực, UVBCH",
			text: "Hội Cựu chiến binh xã Tân Phú đại hội\n\nDự có đồng chí Lê Thị Hạnh: Phó Chủ tịch Thường trực UBND xã Tân Phú; đồng chí Trần Văn Lộc, PBT Thường trực Đảng ủy xã Tân Phú; đồng chí Phạm Văn Tý - UVBCH Hội Cựu chiến binh tỉnh Đồng Nai.",
			want: []string{"holds|Lê Thị Hạnh|Phó Chủ tịch Thường trực|UBND xã Tân Phú", "holds|Trần Văn Lộc|Phó Bí thư Thường trực|Đảng ủy xã Tân Phú",
				"holds|Phạm Văn Tý|Ủy viên|Hội Cựu chiến binh tỉnh Đồng Nai"},
		},
		{
			name: "a sidebar's Tin liên quan above the article ends nothing",
			text: "Hội Người mù tỉnh Kon Tum đại hội\n\nTin liên quan\n\nSáng 12/5, Hội Người mù tỉnh Kon Tum tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2024-2029, với sự tham dự của nhiều đại biểu và hội viên. Dự đại hội có Phó Chủ tịch UBND tỉnh Kon Tum Y Ngọc.",
			want: []string{"org|Hội Người mù tỉnh Kon Tum|association"},
		},
		{
			name: "a bare Hội after a post is the congress's association, also for a counted list after gồm",
			text: "Hội Cựu giáo chức tỉnh Gia Lai đại hội\n\nSáng 5/3, Hội Cựu giáo chức tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ II. Đại hội bầu nhà giáo Lê Văn Hòa, nguyên Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Gia Lai giữ chức Chủ tịch Hội; 2 Phó Chủ tịch Hội gồm bà Trần Thị Lan và ông Đỗ Văn Nam.",
			want: []string{"holds|Lê Văn Hòa|Chủ tịch|Hội Cựu giáo chức tỉnh Gia Lai", "holds|Trần Thị Lan|Phó Chủ tịch|Hội Cựu giáo chức tỉnh Gia Lai",
				"holds|Đỗ Văn Nam|Phó Chủ tịch|Hội Cựu giáo chức tỉnh Gia Lai"},
			absent: []string{"holds|Lê Văn Hòa|Chủ tịch|Sở", "holds|Lê Văn Hòa|Phó Giám đốc"},
		},
		{
			name: "a counted group joins a body, then gồm: entries written post then name",
			text: "Ban Bí thư có thêm thành viên\n\nTheo quyết định, 3 Ủy viên Bộ Chính trị được phân công tham gia Ban Bí thư, gồm: Trưởng Ban Tổ chức Trung ương Lê Văn Hải; Chủ nhiệm Ủy ban Kiểm tra Trung ương, thượng tướng Trần Văn Sơn; Chánh Văn phòng Trung ương Đảng Ngô Thị Hà.",
			want: []string{"holds|Lê Văn Hải|Ủy viên|Bộ Chính trị", "holds|Lê Văn Hải|Ủy viên|Ban Bí thư", "holds|Lê Văn Hải|Trưởng ban|Ban Tổ chức Trung ương",
				"holds|Trần Văn Sơn|Ủy viên|Ban Bí thư", "holds|Trần Văn Sơn|Chủ nhiệm|Ủy ban Kiểm tra Trung ương",
				"holds|Ngô Thị Hà|Ủy viên|Bộ Chính trị", "holds|Ngô Thị Hà|Chánh Văn phòng|Văn phòng Trung ương Đảng"},
		},
		{
			name:   "the head of state's posts are the state's, and the next name's after a comma",
			text:   "Đại hội Hội Người cao tuổi Việt Nam\n\nDự có Phó Thủ tướng Đinh Văn Lộc, Phó Chủ tịch nước Hà Thị Mai.",
			want:   []string{"holds|Đinh Văn Lộc|Phó Thủ tướng|Chính phủ", "holds|Hà Thị Mai|Phó Chủ tịch|Nhà nước Việt Nam"},
			absent: []string{"holds|Đinh Văn Lộc|Phó Chủ tịch", "org|Nhà nước|"},
		},
		{
			name: "a province after a body is no person; posts abbreviated against the body with a full stop",
			text: "Hội Khuyến học xã Tân An đại hội\n\nĐến dự có đồng chí Lê Thị Hằng, Chủ tịch Hội Khuyến học Hà Nội; ông Trần Văn Sáu – PCT.UBND xã Tân An; ông Phạm Văn Bảy – CT.UBMTTQ xã Tân An.",
			want: []string{"holds|Lê Thị Hằng|Chủ tịch|Hội Khuyến học", "holds|Trần Văn Sáu|Phó Chủ tịch|UBND xã Tân An",
				"holds|Phạm Văn Bảy|Chủ tịch|Ủy ban Mặt trận Tổ quốc xã Tân An"},
			absent: []string{"holds|Hà Nội"},
		},
		{
			name: "more ways to take a post: đảm nhiệm vị trí, được tín nhiệm bầu làm, tiếp tục làm",
			text: "Hội Cựu chiến binh tỉnh Lạng Sơn đại hội\n\nSáng 3/4, Hội Cựu chiến binh tỉnh Lạng Sơn tổ chức Đại hội đại biểu lần thứ VII. Đại tá Hoàng Văn Lự, Anh hùng Lực lượng vũ trang được tín nhiệm bầu làm chủ tịch hội. Đại hội suy tôn ông Nông Văn Tô tiếp tục làm Chủ tịch danh dự Hội Cựu chiến binh tỉnh Lạng Sơn. Bà Lương Thị Hoa đảm nhiệm vị trí Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn.",
			want: []string{"holds|Hoàng Văn Lự|Chủ tịch|Hội Cựu chiến binh tỉnh Lạng Sơn", "holds|Nông Văn Tô|Chủ tịch danh dự|Hội Cựu chiến binh tỉnh Lạng Sơn",
				"holds|Lương Thị Hoa|Phó Bí thư Thường trực|Tỉnh ủy Lạng Sơn"},
		},
		{
			name:   "precision: a body the rules do not know is not replaced by a guess; a bare Bí thư is no Bí thư of the Ban Chấp hành Trung ương",
			text:   "Đại hội Hội Liên hiệp Thanh niên xã Tân Hòa\n\nDự có anh Lê Văn Tài - Phó Bí thư Huyện đoàn Ba Tri - Chủ tịch Ủy ban Hội Sinh viên Liên hiệp huyện. Đồng chí Y Bhăm, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh, nay thôi giữ chức.",
			want:   []string{"holds|Lê Văn Tài|Phó Bí thư|Huyện đoàn Ba Tri", "holds|Y Bhăm|Ủy viên|Ban Chấp hành Trung ương Đảng"},
			absent: []string{"holds|Lê Văn Tài|Chủ tịch|Huyện đoàn", "holds|Y Bhăm|Bí thư"},
		},
		{
			name: "a caption's post, a dash, the name; a place in one word before the name; an Ê Đê name; UVTV; Bí thư Trung ương Đảng",
			text: "Hội nghị Ủy ban MTTQ huyện Krông Ana\n\nSáng 2/6, Ban Thường trực Ủy ban MTTQ huyện Krông Ana họp. Bí thư Tỉnh ủy Đắk Lắk - Lê Văn Hòa dự. Trưởng ban Tổ chức Thành ủy TPHCM Trần Thị Lệ phát biểu. Dự có Phó Chủ tịch UBND tỉnh Đắk Lắk H’Bla Niê; đồng chí Lê Văn Tám - UVTV, Chủ tịch Ủy ban MTTQ huyện Cư Kuin; đồng chí Vũ Văn Ba, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng.",
			want: []string{"holds|Lê Văn Hòa|Bí thư|Tỉnh ủy Đắk Lắk", "holds|Trần Thị Lệ|Trưởng ban|Ban Tổ chức Thành ủy TP Hồ Chí Minh",
				"holds|H’Bla Niê|Phó Chủ tịch|UBND tỉnh Đắk Lắk", "holds|Lê Văn Tám|Ủy viên|Ban Thường vụ Huyện ủy Cư Kuin",
				"holds|Vũ Văn Ba|Bí thư|Ban Bí thư"},
			absent: []string{"holds|Lê Văn Tám|Ủy viên|Ban Thường vụ Ủy ban", "holds|Vũ Văn Ba|Bí thư|Ban Chấp hành"},
		},
		{
			name:   "a founding meeting's association is the one a bare Hội is, whatever place a member's description names",
			text:   "Thành lập Hội Luật gia huyện Định Quán\n\nNgày 5/10, tại huyện Định Quán đã diễn ra Hội nghị thành lập Hội Luật gia huyện Định Quán, nhiệm kỳ 2024-2029. Kết quả: ông Lê Văn Khải, hội viên Hội Luật gia, cán bộ hưu trí thị trấn Định Quán giữ chức Chủ tịch Hội; bà Trần Thị Mai giữ chức Phó Chủ tịch Hội.",
			want:   []string{"holds|Lê Văn Khải|Chủ tịch|Hội Luật gia huyện Định Quán", "holds|Trần Thị Mai|Phó Chủ tịch|Hội Luật gia huyện Định Quán"},
			absent: []string{"holds|Lê Văn Khải|Chủ tịch|Hội Luật gia thị trấn"},
		},
		{
			name:   "a post waiting for its holder is nobody's; names listed after a colon, then được bầu là",
			text:   "Hội Nông dân tỉnh Hà Giang đại hội\n\nTrong thời gian chờ kiện toàn chức vụ Chủ tịch Hội Nông dân tỉnh Hà Giang, đồng chí Hầu Văn Lý, Phó Chủ tịch Thường trực Hội Nông dân tỉnh Hà Giang điều hành hoạt động của Hội. Các đồng chí: Lò Văn Sính, Vàng Thị Mai được bầu là Phó Chủ tịch Hội Nông dân tỉnh Hà Giang.",
			want:   []string{"holds|Hầu Văn Lý|Phó Chủ tịch Thường trực|Hội Nông dân tỉnh Hà Giang", "holds|Lò Văn Sính|Phó Chủ tịch|Hội Nông dân tỉnh Hà Giang", "holds|Vàng Thị Mai|Phó Chủ tịch|Hội Nông dân tỉnh Hà Giang"},
			absent: []string{"holds|Hầu Văn Lý|Chủ tịch|"},
		},
		{
			name: "after the person's post, a comma and the verb that gives another; a bare Đảng ủy is the Party unit the sentence named; Chủ nhiệm of the club",
			text: "Thành lập Đảng bộ Hội Nông dân tỉnh Bình Phước\n\nNgày 3/3/2024, Đảng ủy Khối các cơ quan tỉnh Bình Phước công bố quyết định thành lập Đảng bộ Hội Nông dân tỉnh Bình Phước. Đảng bộ Hội Nông dân tỉnh do ông Trần Văn Hai, Chủ tịch Hội Nông dân tỉnh Bình Phước, làm Bí thư Đảng ủy. Ban Thường vụ Huyện ủy chỉ định bà Ngô Thị Tám, Phó Chủ tịch UBND xã Tân Lập, làm Bí thư Đảng ủy xã Tân Lập.\n\nSáng 5/3, Câu lạc bộ Hưu trí xã Tân Lập tổ chức đại hội nhiệm kỳ mới. Ông Đỗ Văn Bảy được bầu giữ chức Chủ nhiệm.",
			want: []string{"holds|Trần Văn Hai|Chủ tịch|Hội Nông dân tỉnh Bình Phước", "holds|Trần Văn Hai|Bí thư|Đảng ủy Hội Nông dân tỉnh Bình Phước",
				"holds|Ngô Thị Tám|Phó Chủ tịch|UBND xã Tân Lập", "holds|Ngô Thị Tám|Bí thư|Đảng ủy xã Tân Lập", "holds|Đỗ Văn Bảy|Chủ nhiệm|Câu lạc bộ Hưu trí xã Tân Lập"},
		},
		{
			name: "two verbs of a transfer joined by a comma, then the post",
			text: "Tỉnh ủy Thanh Hóa công bố quyết định cán bộ\n\nÔng Hà Văn Khánh được điều động, phân công làm Phó Bí thư Huyện ủy Thọ Xuân. Bà Lê Thị Nhung được luân chuyển, bổ nhiệm giữ chức Phó Chủ tịch UBND huyện Thọ Xuân. Ông Trịnh Văn Lực được điều động, bổ nhiệm làm Giám đốc Sở Nội vụ tỉnh Thanh Hóa.",
			want: []string{"holds|Hà Văn Khánh|Phó Bí thư|Huyện ủy Thọ Xuân", "holds|Lê Thị Nhung|Phó Chủ tịch|UBND huyện Thọ Xuân",
				"holds|Trịnh Văn Lực|Giám đốc|Sở Nội vụ tỉnh Thanh Hóa"},
		},
		{
			name:   "a caption with an em dash between the post and the name, or between the name and the post",
			text:   "Hội Nông dân tỉnh Thanh Hóa sơ kết\n\nPhó Chủ tịch UBND tỉnh Thanh Hóa — Đỗ Thị Ngân trao cờ thi đua. Ông Cầm Văn Xuân — Chủ tịch Hội Nông dân tỉnh Thanh Hóa phát biểu.",
			want:   []string{"holds|Đỗ Thị Ngân|Phó Chủ tịch|UBND tỉnh Thanh Hóa", "holds|Cầm Văn Xuân|Chủ tịch|Hội Nông dân tỉnh Thanh Hóa"},
			absent: []string{"holds|Đỗ Thị Ngân|Chủ tịch|Hội"},
		},
		{
			name: "a post, then gồm or là and các ông/bà, then the list: every name holds it",
			text: "Hội Người cao tuổi huyện Nga Sơn đại hội\n\nĐại hội bầu ông Mai Văn Tường giữ chức Chủ tịch Hội Người cao tuổi huyện Nga Sơn. Phó Chủ tịch Hội gồm các ông: Lại Văn Thước, Phan Văn Tĩnh. Ủy viên Ban Thường vụ Hội là các bà Vũ Thị Diệp và Khổng Thị Hương.",
			want: []string{"holds|Mai Văn Tường|Chủ tịch|Hội Người cao tuổi huyện Nga Sơn", "holds|Lại Văn Thước|Phó Chủ tịch|Hội Người cao tuổi huyện Nga Sơn",
				"holds|Phan Văn Tĩnh|Phó Chủ tịch|Hội Người cao tuổi huyện Nga Sơn", "holds|Vũ Thị Diệp|Ủy viên", "holds|Khổng Thị Hương|Ủy viên"},
			absent: []string{"holds|Lại Văn Thước|Chủ tịch|", "holds|Mai Văn Tường|Phó Chủ tịch"},
		},
		{
			name: "bầu several names, each with a post or not, vào a body: each is its Ủy viên; được bầu vào stays the name's own",
			text: "Hội nghị Ban Chấp hành Đảng bộ tỉnh Thanh Hóa\n\nHội nghị bầu các đồng chí Lê Văn Hạnh, Giám đốc Sở Tài chính tỉnh Thanh Hóa, Tống Thị Lý, Nguyễn Văn Trọng vào Ban Thường vụ Tỉnh ủy Thanh Hóa. Ban Chấp hành Trung ương bầu Phó Thủ tướng Lương Văn Tú vào Bộ Chính trị. Đại hội chưa bầu Ban Thường vụ Hội Nông dân tỉnh Thanh Hóa vào ngày 5/6.",
			want: []string{"holds|Lê Văn Hạnh|Ủy viên|Ban Thường vụ Tỉnh ủy Thanh Hóa", "holds|Lê Văn Hạnh|Giám đốc|Sở Tài chính tỉnh Thanh Hóa",
				"holds|Tống Thị Lý|Ủy viên|Ban Thường vụ Tỉnh ủy Thanh Hóa", "holds|Nguyễn Văn Trọng|Ủy viên|Ban Thường vụ Tỉnh ủy Thanh Hóa",
				"holds|Lương Văn Tú|Ủy viên|Bộ Chính trị", "holds|Lương Văn Tú|Phó Thủ tướng|Chính phủ"},
			absent: []string{"holds|Lê Văn Hạnh|Ủy viên|Sở", "holds|Lương Văn Tú|Ủy viên|Ban Chấp hành"},
		},
		{
			name:   "X do A làm <post>: the post is X's; of a body the rules do not know, no other body's",
			text:   "Hội Nông dân xã Yên Lạc đại hội\n\nSáng 4/5, UBND xã Yên Lạc dự đại hội. Hội Nông dân xã Yên Lạc do ông Quách Văn Hiển, Phó Chủ tịch UBND xã Yên Lạc, làm Chủ tịch. Hội đồng thi đua do bà Lê Thị Gấm làm Chủ tịch.",
			want:   []string{"holds|Quách Văn Hiển|Chủ tịch|Hội Nông dân xã Yên Lạc", "holds|Quách Văn Hiển|Phó Chủ tịch|UBND xã Yên Lạc"},
			absent: []string{"holds|Lê Thị Gấm|", "holds|Quách Văn Hiển|Chủ tịch|UBND"},
		},
		{
			name:   "a member of the Front's presidium is no Chủ tịch; in a headline in capitals a unit named like a family name (Nông) is a unit, not a person",
			text:   "ỦY BAN MTTQ HUYỆN NÔNG CỐNG TỔNG KẾT NĂM\n\nDự hội nghị có ông Hầu A Lềnh, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
			want:   []string{"holds|Hầu A Lềnh|Ủy viên|Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "org|Ủy ban Mặt trận Tổ quốc huyện Nông Cống|front"},
			absent: []string{"holds|Hầu A Lềnh|Chủ tịch", "person|NÔNG", "org|Ủy ban Mặt trận Tổ quốc Huyện|"},
		},
		{
			name: "a central committee of an association written as its Ban Chấp hành Trung ương; a description and a bare Đảng đoàn between posts; a name ending in Đoàn",
			text: "Hội Nông dân tỉnh Sơn La đại hội\n\nĐến dự có đồng chí Giàng Văn Dơ, Ủy viên Ban Chấp hành Trung ương Đảng, đại biểu Quốc hội, Bí thư Đảng đoàn, Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam, đồng chí Cầm Văn Phong dự; đồng chí Lò Quốc Đoàn - Phó Chủ tịch Ban chấp hành Trung ương Hội Nông dân Việt Nam.",
			want: []string{"holds|Giàng Văn Dơ|Ủy viên|Ban Chấp hành Trung ương Đảng", "holds|Giàng Văn Dơ|Chủ tịch|Trung ương Hội Nông dân Việt Nam",
				"holds|Lò Quốc Đoàn|Phó Chủ tịch|Trung ương Hội Nông dân Việt Nam"},
			absent: []string{"holds|Cầm Văn Phong|", "holds|Giàng Văn Dơ|Chủ tịch|Ban Chấp hành Trung ương Đảng"},
		},
		{
			name:   "do A làm Bí thư after a list of bodies: the Bí thư is none of theirs",
			text:   "Huyện ủy Mường La thành lập chi bộ\n\nChi bộ có 6 đảng viên của Liên đoàn Lao động huyện Mường La và Hội Chữ thập đỏ huyện Mường La, do đồng chí Quàng Văn Tiến làm Bí thư.",
			absent: []string{"holds|Quàng Văn Tiến|Bí thư|Hội", "holds|Quàng Văn Tiến|Bí thư|Liên đoàn", "holds|Quàng Văn Tiến|Bí thư|Huyện ủy"},
		},
		{
			name: "joining bodies after the name: được chỉ định tham gia, được bầu bổ sung vào; bare boards take the committee of the post after them",
			text: "Huyện ủy Quỳnh Phụ kiện toàn cán bộ\n\nÔng Bùi Văn Toản được chỉ định tham gia Ban Chấp hành Đảng bộ xã An Hiệp. Bà Nhữ Thị Duyên được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy xã An Hiệp. Ông Khúc Văn Đạt được bầu bổ sung vào Ban Thường vụ Huyện ủy Quỳnh Phụ.",
			want: []string{"holds|Bùi Văn Toản|Ủy viên|Đảng ủy xã An Hiệp", "holds|Nhữ Thị Duyên|Ủy viên|Đảng ủy xã An Hiệp",
				"holds|Nhữ Thị Duyên|Ủy viên|Ban Thường vụ Đảng ủy xã An Hiệp", "holds|Nhữ Thị Duyên|Bí thư|Đảng ủy xã An Hiệp",
				"holds|Khúc Văn Đạt|Ủy viên|Ban Thường vụ Huyện ủy Quỳnh Phụ"},
			absent: []string{"holds|Nhữ Thị Duyên|Ủy viên|Huyện ủy"},
		},
		{
			name:   "a group of a committee do A làm Tổ trưởng: the group's leader, not the committee's",
			text:   "Huyện ủy Quỳnh Phụ lập tổ công tác\n\nTổ công tác số 4 của Huyện ủy Quỳnh Phụ do đồng chí Vũ Văn Kiểm làm Tổ trưởng.",
			want:   []string{"holds|Vũ Văn Kiểm|Tổ trưởng|Tổ công tác số 4"},
			absent: []string{"holds|Vũ Văn Kiểm|Tổ trưởng|Huyện ủy"},
		},
		{
			name: "a bare Đảng ủy before a national association's post is that association's; before a commune's UBND, the commune's",
			text: "Hội Cựu giáo chức Việt Nam sơ kết\n\nHội nghị do đồng chí Lâm Văn Đạo - Bí thư Đảng ủy, Chủ tịch Hội Cựu giáo chức Việt Nam chủ trì. Dự có ông Chu Văn Lợi, Bí thư Đảng ủy, Chủ tịch UBND xã Đông Hưng.",
			want: []string{"holds|Lâm Văn Đạo|Bí thư|Đảng ủy Hội Cựu giáo chức Việt Nam", "holds|Lâm Văn Đạo|Chủ tịch|Hội Cựu giáo chức Việt Nam",
				"holds|Chu Văn Lợi|Bí thư|Đảng ủy xã Đông Hưng"},
			absent: []string{"holds|Chu Văn Lợi|Bí thư|Đảng ủy Hội"},
		},
		{
			name: "typing slips in posts (Phó Bí Thường trực, Phó chú tịch); được điều động tham gia a body, then giữ chức",
			text: "Tỉnh ủy Ninh Bình có Phó Bí thư mới\n\nĐồng chí Đinh Văn Điệp, Phó Bí Thường trực Tỉnh ủy Ninh Bình dự. Ông Tạ Văn Lưu, Phó chú tịch Hội Người khuyết tật tỉnh Ninh Bình phát biểu. Ông Mai Văn Tuất, Bí thư Huyện ủy Kim Sơn được điều động tham gia Ban Thường vụ Tỉnh ủy Ninh Bình và giữ chức Phó Bí thư Tỉnh ủy Ninh Bình.",
			want: []string{"holds|Đinh Văn Điệp|Phó Bí thư Thường trực|Tỉnh ủy Ninh Bình", "holds|Tạ Văn Lưu|Phó Chủ tịch|Hội Người khuyết tật tỉnh Ninh Bình",
				"holds|Mai Văn Tuất|Ủy viên|Ban Thường vụ Tỉnh ủy Ninh Bình", "holds|Mai Văn Tuất|Phó Bí thư|Tỉnh ủy Ninh Bình"},
		},
		{
			name:   "a working group's deputies named after its leader: ', B làm Tổ phó', 'và C làm Phó Trưởng đoàn'",
			text:   "Thị ủy Bỉm Sơn lập tổ công tác\n\nTổ công tác số 1 do đồng chí Hoàng Văn Lễ làm Tổ trưởng, đồng chí Trịnh Thị Hường làm Tổ phó. Đoàn kiểm tra số 2 do ông Lưu Văn Hào làm Trưởng đoàn và bà Mạc Thị Sen làm Phó Trưởng đoàn, kiểm tra xã Hà Lan.",
			want:   []string{"holds|Hoàng Văn Lễ|Tổ trưởng|Tổ công tác số 1", "holds|Trịnh Thị Hường|Tổ phó|Tổ công tác số 1", "holds|Lưu Văn Hào|Trưởng đoàn|Đoàn kiểm tra số 2", "holds|Mạc Thị Sen|Phó trưởng đoàn|Đoàn kiểm tra số 2"},
			absent: []string{"holds|Trịnh Thị Hường|Tổ trưởng"},
		},
		{
			name: "các <post>: and a list; Bí thư thứ nhất; Phó Chỉ huy trưởng Thường trực",
			text: "Hội Người cao tuổi Việt Nam đại hội\n\nĐại hội bầu bà Trịnh Thị Nga làm Chủ tịch Hội Người cao tuổi Việt Nam; các Phó Chủ tịch: Lê Văn Khang, Trần Thị Mận. Dự có đồng chí Vi Văn Tám, Bí thư thứ nhất Trung ương Đoàn; ông Bạch Văn Sơn, Phó Chỉ huy trưởng Thường trực Bộ Chỉ huy Quân sự tỉnh Lào Cai.",
			want: []string{"holds|Lê Văn Khang|Phó Chủ tịch|Hội Người cao tuổi Việt Nam", "holds|Trần Thị Mận|Phó Chủ tịch|Hội Người cao tuổi Việt Nam",
				"holds|Vi Văn Tám|Bí thư thứ nhất|Trung ương Đoàn", "holds|Bạch Văn Sơn|Phó Chỉ huy trưởng Thường trực|Bộ Chỉ huy Quân sự tỉnh Lào Cai"},
			absent: []string{"holds|Vi Văn Tám|Bí thư|", "holds|Lê Văn Khang|Chủ tịch|"},
		},
	}
	checkConstructions(t, x, tests)
}

// TestPostRules: a post taken from a list, not from the words after the
// name, says so, with less confidence, so that a reviewer sees it first.
func TestPostRules(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	doc, err := x.Extract("case.txt", []byte("Tỉnh ủy Bình Định công bố quyết định\n\nCùng dự có các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy Bình Định: Lê Văn Sáu, Trưởng Ban Dân vận Tỉnh ủy; Võ Thị Hà, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy."))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Ủy viên": ruleListShared, "Trưởng ban": "holds:name-posts", "Chủ nhiệm": "holds:name-posts"}
	n := 0
	for _, f := range doc.Facts {
		if f.Kind != hoigraph.FactHolds {
			continue
		}
		n++
		if r, ok := want[f.Post]; !ok || f.Rule != r {
			t.Errorf("%s|%s|%s: rule %q, want %q", f.Person, f.Post, f.Org, f.Rule, r)
		}
		if f.Rule == ruleListShared && f.Confidence >= 0.85 {
			t.Errorf("%s|%s: confidence %.2f of a shared post, want below a direct one's", f.Person, f.Post, f.Confidence)
		}
	}
	if n != 4 {
		t.Errorf("%d holds, want 4", n)
	}
}
