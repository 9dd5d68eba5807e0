package main

import (
	"fmt"
	"html"
	"strings"
	"time"

	"hoigraph/vntext"
)

// The page styles an article is saved in, after the real and sample
// articles: the Thành ủy news site, a district portal, the Liferay portal, a
// portal with a short dateline, and a whole HTML page saved as text.
const (
	styleThanhuy = "thanhuy"
	stylePortal  = "portal"
	styleLiferay = "liferay"
	styleShort   = "short"
	styleHTML    = "html"
)

var weekdays = []string{"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

// site is the news site's tag in a thanhuy-style lead: "Thanhuytphcm.vn".
func site(prov *Place) string {
	if prov.Code == "79" {
		return "Thanhuytphcm.vn"
	}
	word := "Tinhuy"
	if prov.Kind == "Thành phố" {
		word = "Thanhuy"
	}
	return word + strings.ReplaceAll(vntext.Fold(prov.Base), " ", "") + ".vn"
}

// mapPlace is the unit whose portal publishes the article: the district of
// an old-structure commune, else the place itself.
func (d *doc) mapPlace() *Place {
	if dist := d.place.District(); dist != nil {
		return dist
	}
	return d.place
}

// headlines are "Tin khác" items: they name places only, never a body, so
// they add no fact.
func (d *doc) headlines() []string {
	p, y := d.mapPlace(), d.date.Year()
	all := []string{
		p.Name() + ": Ra mắt mô hình “Khu dân cư không rác thải nhựa”",
		fmt.Sprintf("%s sơ kết công tác quý %s năm %d", p.Name(), romans[(int(d.date.Month())-1)/3], y),
		fmt.Sprintf("Hội nghị tập huấn nghiệp vụ công tác dân vận năm %d", y),
		p.Name() + ": Ra quân tổng vệ sinh môi trường, phòng chống dịch bệnh",
		fmt.Sprintf("Trao tặng nhà “Đại đoàn kết” cho hộ nghèo ở %s", p.Scoped()),
	}
	return sample(d, all, d.between(2, 3))
}

// body interleaves paragraphs and captions: a caption after every second
// paragraph, the first one before the text when first is true.
func (d *doc) body(first bool, lead string) []string {
	var out []string
	caps := d.captions
	if first && len(caps) > 0 {
		out, caps = append(out, caps[0]), caps[1:]
	}
	for i, p := range d.paras {
		if i == 0 {
			p = lead + p
		}
		out = append(out, p)
		if i%2 == 1 && len(caps) > 0 {
			out, caps = append(out, caps[0]), caps[1:]
		}
	}
	return append(out, caps...)
}

// render writes the article in style.
func (d *doc) render(style string) string {
	pub := d.date.AddDate(0, 0, d.rng.IntN(3))
	dateline := fmt.Sprintf("%s, ngày %d tháng %d năm %d", weekdays[pub.Weekday()], pub.Day(), int(pub.Month()), pub.Year())
	counter := fmt.Sprintf("Thống kê: %s", thousands(d.between(20_000, 4_000_000)))
	online := fmt.Sprintf("Online: %d", d.between(3, 90))
	mp := d.mapPlace()
	var parts []string
	switch style {
	case styleThanhuy:
		lead := fmt.Sprintf("(%s) %s ", site(d.place.Province()), pick(d, "–", "-"))
		parts = append([]string{dateline, d.title}, d.body(true, lead)...)
		parts = append(parts, d.byline+"\n", "Ý kiến bạn đọc", "refresh\n ", "Tổng lượt bình luận", "Tin khác", "Thông báo")
	case stylePortal:
		parts = append([]string{d.title}, d.body(false, "")...)
		parts = append(parts, d.byline+"\n", "Đánh giá:", "lượt đánh giá: , trung bình: Bình luận\n",
			"Mã xác thực không đúng.\n    Bản đồ "+mp.Scoped()+"\n     Liên kết website\n    "+counter+"\n    "+online)
	case styleLiferay:
		parts = append([]string{"Xuất bản thông tin", "null " + d.title, "Chi tiết bài viết Tin tức", d.title}, d.body(false, "")...)
		parts = append(parts, d.byline)
	case styleShort:
		short := fmt.Sprintf("%s, %02d/%02d/%d - %02d:%02d", weekdays[pub.Weekday()], pub.Day(), int(pub.Month()), pub.Year(), d.between(6, 21), d.between(0, 59))
		parts = append([]string{short, d.title}, d.body(false, "")...)
		parts = append(parts, d.byline+"\n", "Tin khác\n\n    "+strings.Join(d.headlines(), "\n    "), "Đánh giá:",
			"lượt đánh giá: , trung bình:Bản đồ "+mp.Scoped()+"\n Liên kết website\n"+counter+"\n"+online)
	case styleHTML:
		return d.renderHTML(pub, counter, online)
	default:
		panic("gencorpus: unknown style " + style)
	}
	return strings.Join(parts, "\n\n") + "\n"
}

// renderHTML writes the article as a portal page saved as text: a menu, the
// article, other news and a footer, with entities.
func (d *doc) renderHTML(pub time.Time, counter, online string) string {
	mp := d.mapPlace()
	day, month, year := pub.Day(), int(pub.Month()), pub.Year()
	portal := "Cổng thông tin điện tử " + mp.Scoped()
	e := html.EscapeString
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s - %s</title>\n</head>\n<body>\n", e(d.title), e(portal))
	b.WriteString("<ul class=\"menu\">\n  <li><a href=\"/\">Trang chủ</a></li>\n  <li><a href=\"/gioi-thieu\">Giới thiệu</a></li>\n  <li><a href=\"/tin-tuc\">Tin tức - Sự kiện</a></li>\n  <li class=\"active\"><a href=\"/mat-tran-doan-the\">Mặt trận &amp; Đoàn thể</a></li>\n  <li><a href=\"/van-ban\">Văn bản chỉ đạo</a></li>\n  <li><a href=\"/lien-he\">Liên hệ</a></li>\n</ul>\n")
	fmt.Fprintf(&b, "<div class=\"article\">\n<div class=\"date\">%s, %02d/%02d/%d&nbsp;|&nbsp;%02d:%02d</div>\n<h1>%s</h1>\n",
		weekdays[pub.Weekday()], day, month, year, d.between(6, 21), d.between(0, 59), e(d.title))
	caps := d.captions
	for i, p := range d.paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
		if i%2 == 0 && len(caps) > 0 {
			fmt.Fprintf(&b, "<figure class=\"image\"><img src=\"/uploads/%d/%02d/anh-%d.jpg\" alt=\"\"><figcaption>%s</figcaption></figure>\n", year, month, i, e(caps[0]))
			caps = caps[1:]
		}
	}
	for _, c := range caps {
		fmt.Fprintf(&b, "<p class=\"caption\"><em>%s</em></p>\n", e(c))
	}
	fmt.Fprintf(&b, "<p style=\"text-align:right\"><strong>%s</strong></p>\n</div>\n", e(d.byline))
	b.WriteString("<div class=\"rating\">Đánh giá: <span class=\"stars\"></span> lượt đánh giá: , trung bình: </div>\n<div class=\"other-news\">\n<h3>Tin khác</h3>\n<ul>\n")
	for i, h := range d.headlines() {
		fmt.Fprintf(&b, "  <li><a href=\"/tin-tuc/%d\">%s</a></li>\n", i+1, e(h))
	}
	fmt.Fprintf(&b, "</ul>\n</div>\n<div id=\"footer\">\n  <ul class=\"links\"><li><a href=\"/ban-do\">Bản đồ %s</a></li><li><a href=\"/lien-ket\">Liên kết website</a></li></ul>\n  <p>%s&nbsp;&ndash;&nbsp;%s</p>\n  <p>%s&nbsp;&nbsp;|&nbsp;&nbsp;%s</p>\n</div>\n</body>\n</html>\n",
		e(mp.Scoped()), e(portal), e(mp.Province().Scoped()), counter, online)
	return b.String()
}

// thousands writes n with dots between thousands: 2.713.911.
func thousands(n int) string {
	s := fmt.Sprint(n)
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	return strings.Join(append([]string{s}, out...), ".")
}
