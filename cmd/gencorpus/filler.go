package main

import (
	"fmt"
	"strings"
)

// Filler paragraphs carry the weight of a real article — results, shortcomings,
// directions — without naming any body or person, so that they add length and
// realistic noise but no fact the gold would have to record. %[1]s is the
// place's kind word ("xã", "huyện"), the numbers come from the article's rng.

var fillerResults = []string{
	"Theo báo cáo, thời gian qua Mặt trận và các đoàn thể %[1]s đã tích cực đổi mới nội dung, phương thức hoạt động theo hướng gần dân, sát cơ sở; phối hợp vận động Nhân dân tham gia xây dựng nông thôn mới, đô thị văn minh; vận động được hơn %[2]d tỷ đồng chăm lo cho hộ nghèo, hộ cận nghèo, trao %[3]d căn nhà “Đại đoàn kết” và hàng nghìn phần quà cho người có hoàn cảnh khó khăn.",
	"Qua %[4]d năm triển khai, tỷ lệ tập hợp đoàn viên, hội viên trên địa bàn %[1]s đạt trên %[5]d%%; nhiều mô hình hay như “Dân vận khéo”, “Tổ tự quản an ninh trật tự”, “Ngôi nhà nhân ái” được duy trì và nhân rộng. Công tác giám sát, phản biện xã hội được quan tâm, góp phần giải quyết kịp thời những kiến nghị chính đáng của Nhân dân.",
	"Các tổ chức hội đã vận động hội viên đóng góp hơn %[2]d tỷ đồng, hàng nghìn ngày công tham gia làm mới %[3]d km đường giao thông, lắp đặt đèn chiếu sáng ở các khu dân cư; tổ chức %[6]d lớp tập huấn chuyển giao khoa học kỹ thuật, giới thiệu việc làm cho hơn %[7]s lao động.",
	"Toàn %[1]s hiện có %[6]d chi hội, câu lạc bộ với khoảng %[7]s hội viên, hoạt động theo nguyên tắc tự nguyện, tự quản, tự bảo đảm kinh phí. Các hội đã bám sát nhiệm vụ chính trị của địa phương, tích cực tham gia công tác an sinh xã hội, khuyến học, khuyến tài, chăm sóc người cao tuổi và trẻ em có hoàn cảnh đặc biệt.",
	"Trong năm, công tác tuyên truyền được triển khai bằng nhiều hình thức phù hợp, từ hội nghị, sinh hoạt chi hội đến mạng xã hội; %[5]d%% khu dân cư tổ chức tốt “Ngày hội Đại đoàn kết toàn dân tộc”. Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” có chuyển biến rõ nét, số hộ đạt danh hiệu gia đình văn hóa tăng %[4]d%% so với cùng kỳ.",
}

var fillerLimits = []string{
	"Tuy nhiên, hội nghị cũng thẳng thắn chỉ ra một số hạn chế: nội dung sinh hoạt ở một số chi hội còn đơn điệu, chưa thu hút hội viên trẻ; sự phối hợp giữa các tổ chức trong hệ thống chính trị có lúc chưa chặt chẽ; nguồn lực cho hoạt động hội ở cơ sở còn hạn chế.",
	"Bên cạnh kết quả đạt được, việc đổi mới phương thức hoạt động ở một số nơi còn chậm; công tác nắm bắt dư luận xã hội, tâm tư nguyện vọng của đoàn viên, hội viên có lúc chưa kịp thời; đội ngũ cán bộ cơ sở thường xuyên biến động, chưa được bồi dưỡng kỹ năng vận động quần chúng.",
	"Một số cấp ủy cơ sở chưa quan tâm đúng mức đến công tác lãnh đạo các hội, còn tình trạng “khoán trắng” cho ban chấp hành; việc giới thiệu đoàn viên, hội viên ưu tú cho Đảng xem xét kết nạp còn ít; một số mô hình hiệu quả chậm được nhân rộng.",
	"Hội nghị cũng nêu khó khăn về nơi sinh hoạt, kinh phí hoạt động và chế độ đối với cán bộ không chuyên trách; việc chuyển sinh hoạt hội viên giữa các khu dân cư sau sắp xếp còn chậm, có nơi danh sách hội viên chưa được cập nhật đầy đủ.",
}

var fillerDirections = []string{
	"Thời gian tới, các đơn vị cần tiếp tục quán triệt sâu sắc các chỉ thị, nghị quyết của Đảng về công tác dân vận; đổi mới mạnh mẽ nội dung, phương thức hoạt động hướng về cơ sở; chú trọng xây dựng đội ngũ cán bộ có bản lĩnh, gần dân, hiểu dân; phát huy vai trò giám sát, phản biện xã hội và tham gia góp ý xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh.",
	"Các cấp hội cần quan tâm phát triển hội viên, nhất là hội viên trẻ; nâng cao chất lượng sinh hoạt chi hội, tổ hội; tăng cường ứng dụng công nghệ thông tin trong quản lý hội viên và tuyên truyền; chủ động tham mưu cấp ủy giải pháp tháo gỡ khó khăn, vướng mắc ở cơ sở.",
	"Đồng chí lưu ý cần nắm chắc tình hình tư tưởng của cán bộ, đảng viên và Nhân dân, kịp thời phát hiện, giải quyết những vấn đề bức xúc ngay từ cơ sở; phát huy vai trò nòng cốt trong tập hợp, đoàn kết các tầng lớp Nhân dân, không để hoạt động hình thức hoặc “khoảng trống” lãnh đạo ở cơ sở.",
	"Trong thời gian tới, các đơn vị cần tập trung thực hiện hiệu quả các phong trào thi đua yêu nước, các cuộc vận động lớn; nhân rộng các mô hình hay, cách làm sáng tạo; làm tốt công tác phát hiện, bồi dưỡng quần chúng ưu tú giới thiệu cho Đảng xem xét kết nạp; định kỳ báo cáo kết quả với cấp ủy.",
	"Chính quyền địa phương cần tiếp tục tạo điều kiện về cơ sở vật chất, kinh phí để các hội ổn định hoạt động; các hội chủ động xây dựng chương trình công tác cụ thể, rõ người, rõ việc, rõ thời gian, rõ kết quả, hướng về địa bàn dân cư.",
}

var fillerCongress = []string{
	"Nhiệm kỳ qua, các cấp hội đã bám sát nhiệm vụ chính trị của địa phương, thực hiện có hiệu quả các phong trào, cuộc vận động; vận động được hơn %[2]d tỷ đồng và nhiều hiện vật trợ giúp hơn %[7]s lượt người; tổ chức %[6]d đợt hoạt động cao điểm, thu hút đông đảo hội viên tham gia. Số hội viên tăng %[5]d%% so với đầu nhiệm kỳ.",
	"Đại hội đã thảo luận, đánh giá kết quả thực hiện Nghị quyết đại hội nhiệm kỳ trước, chỉ ra những hạn chế và bài học kinh nghiệm; thông qua phương hướng, nhiệm vụ với %[4]d chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm phát triển thêm ít nhất %[6]d hội viên mới và duy trì 100%% cơ sở hội hoạt động hiệu quả.",
	"Các tham luận tại đại hội tập trung vào kinh nghiệm xây dựng tổ chức hội vững mạnh, huy động nguồn lực xã hội cho hoạt động hội, phát huy vai trò của hội viên trong phát triển kinh tế, giữ gìn an ninh trật tự ở khu dân cư.",
}

// filler returns a paragraph of bank not used yet in the article (any, when
// all are), with the place word and random numbers.
func (d *doc) filler(bank []string, word string) string {
	s := pick(d, bank...)
	for _, i := range d.rng.Perm(len(bank)) {
		if !d.fillers[bank[i]] {
			s = bank[i]
			break
		}
	}
	d.fillers[s] = true
	if !strings.Contains(s, "%[") {
		return s
	}
	return fmt.Sprintf(s, word, d.between(2, 60), d.between(5, 140), d.between(3, 10),
		d.between(70, 98), d.between(6, 48), thousands(d.between(300, 9000)))
}

// size is the article's length so far, roughly as written.
func (d *doc) size() int {
	n := len(d.title) + len(d.byline)
	for _, p := range d.paras {
		n += len(p) + 2
	}
	for _, c := range d.captions {
		n += len(c) + 2
	}
	return n
}

// pad inserts filler paragraphs before the last paragraph until the article
// is at least min bytes long.
func (d *doc) pad(min int, word string) {
	banks := [][]string{fillerResults, fillerLimits, fillerDirections}
	for i := 0; d.size() < min && i < 6; i++ {
		p := d.filler(banks[i%len(banks)], word)
		at := len(d.paras) - 1
		if at < 1 {
			at = len(d.paras)
		}
		d.paras = append(d.paras[:at], append([]string{p}, d.paras[at:]...)...)
	}
}
