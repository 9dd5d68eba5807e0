package main

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"hoigraph"
	"hoigraph/gazetteer"
)

// A template writes one kind of article about places drawn from the set.
// Every body, post and responsibility goes through the doc's recording
// helpers (short, full, who, posts, responsible), never straight into the
// text.
type template struct {
	Name   string
	Weight int
	Write  func(ps *placeSet, d *doc)
}

// templates are the kinds of article gencorpus writes, after the sample
// articles in examples/articles.
var templates = []template{
	{"commune-associations-2025", 2, writeCommuneAssociations},
	{"directive-17", 2, writeDirective17},
	{"congress", 2, writeCongress},
	{"personnel", 1, writePersonnel},
	{"delegation", 2, writeDelegation},
	{"front-meeting", 2, writeFrontMeeting},
	{"standing-assignments", 1, writeStandingAssignments},
	{"standing-meeting", 2, writeStandingMeeting},
}

// setDate dates the article in its era: before July 2025 for the old
// structure, after for the new one.
func (d *doc) setDate(era string) {
	from, days := time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC), 1930
	if era == gazetteer.EraFrom2025 {
		from, days = time.Date(2025, 7, 15, 0, 0, 0, 0, time.UTC), 450
	}
	d.date = from.AddDate(0, 0, d.rng.IntN(days))
}

// dayPart opens a lead: "Sáng 10/11", "Chiều ngày 07/01/2021".
func (d *doc) dayPart() string {
	t := d.date
	switch d.rng.IntN(4) {
	case 0:
		return fmt.Sprintf("Sáng %d/%d", t.Day(), int(t.Month()))
	case 1:
		return fmt.Sprintf("Chiều %d/%d", t.Day(), int(t.Month()))
	case 2:
		return fmt.Sprintf("Sáng ngày %02d/%02d/%d", t.Day(), int(t.Month()), t.Year())
	}
	return fmt.Sprintf("Chiều ngày %d/%d", t.Day(), int(t.Month()))
}

// later is a date some days after the article's, as dd/mm/yyyy.
func (d *doc) later(days int) string {
	t := d.date.AddDate(0, 0, days)
	return fmt.Sprintf("%02d/%02d/%d", t.Day(), int(t.Month()), t.Year())
}

// monthsSince counts whole months from the first of month in year to t.
func monthsSince(t time.Time, year int, month time.Month) int {
	return (t.Year()-year)*12 + int(t.Month()-month)
}

// where places p for a reader: ", huyện Yên Thành, tỉnh Nghệ An" or
// " (tỉnh Đồng Tháp)".
func where(p *Place) string {
	if dist := p.District(); dist != nil {
		return ", " + dist.Scoped() + ", " + p.Province().Scoped()
	}
	return " (" + p.Province().Scoped() + ")"
}

var romans = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

func pickPlace(d *doc, ps []*Place) *Place { return ps[d.rng.IntN(len(ps))] }

// sample returns k distinct elements of xs in random order.
func sample[T any](d *doc, xs []T, k int) []T {
	idx := d.rng.Perm(len(xs))
	k = min(k, len(xs))
	out := make([]T, k)
	for i := range k {
		out[i] = xs[idx[i]]
	}
	return out
}

// split cuts xs into n non-empty runs.
func split[T any](d *doc, xs []T, n int) [][]T {
	n = min(n, len(xs))
	cuts := sample(d, intRange(1, len(xs)-1), n-1)
	slices.Sort(cuts)
	var out [][]T
	prev := 0
	for _, c := range append(cuts, len(xs)) {
		out = append(out, xs[prev:c])
		prev = c
	}
	return out
}

func intRange(lo, hi int) []int {
	var out []int
	for i := lo; i <= hi; i++ {
		out = append(out, i)
	}
	return out
}

// areas writes communes for an assignment — "các xã Lương Hòa, Lương Phú và
// Thuận Điền" when they share a kind, "phường A, xã B" otherwise — and records
// that subject is responsible for each.
func (d *doc) areas(subject string, optional bool, ps []*Place) string {
	same := true
	for _, p := range ps {
		d.tag(p)
		d.responsible(subject, area(p), optional)
		same = same && p.Kind == ps[0].Kind && !p.numbered()
	}
	var names []string
	for _, p := range ps {
		if same {
			names = append(names, p.Base)
		} else {
			names = append(names, p.Scoped())
		}
	}
	switch {
	case same && len(ps) > 1:
		return "các " + ps[0].Word() + " " + list(names)
	case same:
		return ps[0].Word() + " " + names[0]
	}
	return list(names)
}

// assignment writes "A phụ trách X, Y; B phụ trách Z" for subjects and their
// associations, recording every pair; bare names are scoped by the article.
func (d *doc) assignment(p *Place, subjects []string, objects []string) string {
	groups := split(d, objects, len(subjects))
	var parts []string
	for i, g := range groups {
		subj := d.org(subjects[i], p, false)
		subjText := subj.Short
		if subj.Bare != "" && isBoard(subjects[i]) && d.chance(0.3) {
			subjText = subj.Bare
		}
		var objs []string
		for _, o := range g {
			ob := d.org(o, p, false)
			d.responsible(d.id(subj), d.id(ob), false)
			if d.chance(0.8) && ob.Bare != "" {
				objs = append(objs, ob.Bare)
			} else {
				objs = append(objs, ob.Short)
			}
		}
		verb := pick(d, "phụ trách", "phụ trách", "chịu trách nhiệm lãnh đạo", "theo dõi, phụ trách")
		parts = append(parts, subjText+" "+verb+" "+list(objs))
	}
	return strings.Join(parts, "; ")
}

func assocKeys(as []association) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.key)
	}
	return out
}

// byline is the reporter's pen name.
func (d *doc) setByline() {
	d.byline = pick(d, "Minh", "Thu", "Ngọc", "Thanh", "Hồng", "Văn", "Hải", "Phương", "Quốc", "Kim") + " " +
		pick(d, "Khang", "Hương", "Hà", "Tâm", "Hằng", "Thảo", "Long", "Vy", "Anh", "Phúc", "Nhân", "Trâm")
}

// writeCommuneAssociations: a 2025 ward or commune's Standing Board meets the
// Front and the associations after the reorganisation and assigns bodies to
// lead them (examples/articles/100_…).
func writeCommuneAssociations(ps *placeSet, d *doc) {
	p := pickPlace(d, ps.communes2025)
	prov := p.Province()
	d.place = p
	d.setDate(p.Era)
	w := p.Word()
	bt, hd := role{"Bí thư", "cu", p}, role{"Chủ tịch", "hdnd", p}
	pbt, ub := role{"Phó Bí thư", "cu", p}, role{"Chủ tịch", "ubnd", p}
	uv, mt := role{"Ủy viên", "btv", p}, role{"Chủ tịch", "mttq", p}
	switch d.rng.IntN(3) {
	case 0:
		d.title = p.Name() + ": Kiện toàn, phân công lãnh đạo các hội quần chúng sau sắp xếp"
	case 1:
		d.title = d.full("btv", p) + " làm việc với Mặt trận và các hội quần chúng"
	default:
		d.title = p.Name() + " phân công tổ chức phụ trách các hội quần chúng"
	}
	btRoles := []role{bt}
	if d.fixed(p, "bt-hdnd", 0.7) {
		btRoles = append(btRoles, hd)
	}
	d.caption("%s phát biểu kết luận hội nghị", capital(d.who(withComma, btRoles[0])))
	chairs := []string{}
	for _, rs := range [][]role{btRoles, {pbt, ub}, {uv, mt}} {
		person := d.person(rs...)
		chairs = append(chairs, person.Name+", "+d.posts(person, rs...))
	}
	guest := role{"Phó Trưởng ban", "btgdv", prov}
	d.para("%s, %s%s tổ chức hội nghị làm việc với %s, các tổ chức chính trị - xã hội và các hội quần chúng trên địa bàn sau %d tháng vận hành mô hình chính quyền địa phương hai cấp. Chủ trì hội nghị có các đồng chí: %s. Dự hội nghị có %s.",
		d.dayPart(), d.full("btv", p), where(p), d.short("mttq", p), max(1, monthsSince(d.date, 2025, time.July)), strings.Join(chairs, "; "), d.who(withComma, guest))
	d.para("Theo báo cáo tại hội nghị, hiện trên địa bàn %s có %d tổ chức hội quần chúng với gần %s hội viên; trong đó %d hội được thành lập lại trên cơ sở hợp nhất các chi hội, ban đại diện của các đơn vị trước đây. Tuy nhiên, nhiều hội còn khó khăn về nơi sinh hoạt và kinh phí hoạt động; một số ban chấp hành chưa được kiện toàn kịp thời sau sắp xếp.",
		w, d.between(8, 18), thousands(d.between(20, 120)*100), d.between(2, 7))
	d.caption("Quang cảnh hội nghị")
	lhpn := []role{{"Phó Chủ tịch", "mttq", p}, {"Chủ tịch", "lhpn", p}}
	d.para("Phát biểu tại hội nghị, %s cho biết, Hội đã hoàn thành việc hợp nhất các hội cơ sở, ra mắt Ban Chấp hành lâm thời và đang rà soát lại danh sách hội viên ở từng khu dân cư; đồng thời đề nghị sớm có hướng dẫn về việc bố trí cán bộ chuyên trách cho các tổ chức chính trị - xã hội sau khi được sắp xếp vào Mặt trận.",
		d.who(apposed, lhpn...))
	ar := role{"Chủ tịch", pick(d, "nct", "hkh", "ctd"), p}
	ap := d.person(ar)
	d.para("%s %s, %s kiến nghị %s quan tâm bố trí điểm sinh hoạt chung cho các câu lạc bộ, đồng thời sớm tổ chức đại hội các chi hội ở khu dân cư theo địa giới mới.",
		capital(sir(ap)), ap.Name, d.posts(ap, ar), w)
	d.para("Đồng chí %s ghi nhận những kết quả bước đầu mà %s đạt được trong công tác dân vận và xây dựng tổ chức hội. %s",
		d.name(guest), p.Scoped(), d.filler(fillerDirections, w))
	d.para("Kết luận hội nghị, %s đề nghị %s tạo điều kiện về cơ sở vật chất, hỗ trợ kinh phí để các hội ổn định hoạt động; %s chủ trì, phối hợp hướng dẫn các hội hoàn thành kiện toàn nhân sự trước ngày %s.",
		d.who(apposed, bt), d.short("ubnd", p), d.short("mttq", p), d.later(d.between(20, 60)))
	subjects := []string{"bxdd", "mttq"}
	if d.chance(0.6) {
		subjects = append(subjects, "btvdoan")
	}
	if d.chance(0.3) {
		subjects = append(subjects, "ubkt")
	}
	objects := sample(d, assocKeys(associationsAt(p)), d.between(len(subjects)+1, 9))
	d.para("Dịp này, %s thống nhất phân công các cơ quan, tổ chức chịu trách nhiệm lãnh đạo, theo dõi hoạt động của các hội như sau: %s.",
		d.short("btv", p), d.assignment(p, subjects, objects))
	d.pad(2300, w)
	d.setByline()
}

// writeDirective17: a district reviews Chỉ thị 17-CT/TW and assigns Party
// bodies to lead the mass associations (examples/articles/102_…).
func writeDirective17(ps *placeSet, d *doc) {
	p := pickPlace(d, ps.districts)
	prov := p.Province()
	d.place = p
	d.setDate(p.Era)
	w := p.Word()
	subjects := sample(d, []string{"btg", "bdv", "bto", "ubkt", "dcq", "ddt", "btvdoan"}, d.between(4, 7))
	objects := sample(d, assocKeys(associationsAt(p)), d.between(len(subjects)+2, 16))
	switch d.rng.IntN(3) {
	case 0:
		d.title = fmt.Sprintf("%s: Phân công tổ chức đảng chịu trách nhiệm lãnh đạo %d hội quần chúng", p.Name(), len(objects))
	case 1:
		d.title = d.full("cu", p) + " tổng kết thực hiện Chỉ thị 17-CT/TW về hội quần chúng"
	default:
		d.title = "Tăng cường sự lãnh đạo của Đảng đối với các hội quần chúng ở " + p.Scoped()
	}
	ptt := role{"Phó Bí thư Thường trực", "cu", p}
	bdvRoles := []role{{"Ủy viên", "btv", p}, {"Trưởng ban", "bdv", p}}
	if d.fixed(p, "bdv-mttq", 0.5) {
		bdvRoles = append(bdvRoles, role{"Chủ tịch", "mttq", p})
	}
	guest := role{"Phó Trưởng ban", "bdv", prov}
	d.caption("%s phát biểu chỉ đạo hội nghị", capital(d.who(withComma, ptt)))
	a, b := d.person(ptt), d.person(bdvRoles...)
	d.para("%s, %s%s tổ chức hội nghị tổng kết hơn 10 năm thực hiện Chỉ thị số 17-CT/TW của %s về tiếp tục đổi mới và tăng cường sự lãnh đạo của Đảng đối với các hội quần chúng. Chủ trì hội nghị có các đồng chí: %s, %s; %s, %s. Dự hội nghị có %s.",
		d.dayPart(), d.full("btv", p), where(p), d.national("bct", "Bộ Chính trị", hoigraph.PartyBoard),
		a.Name, d.posts(a, ptt), b.Name, d.posts(b, bdvRoles...), d.who(withComma, guest))
	d.para("Báo cáo do %s trình bày cho biết, toàn %s hiện có %d hội quần chúng cấp %s với hơn %s hội viên, hoạt động theo nguyên tắc tự nguyện, tự quản, tự bảo đảm kinh phí. %s",
		d.who(withComma, role{"Phó Trưởng ban", "bdv", p}), w, len(objects)+d.between(0, 4), w, thousands(d.between(30, 260)*100), d.filler(fillerResults, w))
	d.caption("Các đại biểu dự hội nghị")
	d.para("%s", d.filler(fillerLimits, w))
	var asks []string
	askTexts := sample(d, []string{
		"đề xuất tiếp tục hỗ trợ kinh phí cho các câu lạc bộ ở khu dân cư",
		"kiến nghị đưa chỉ tiêu phát triển hội viên vào nghị quyết của cấp ủy cơ sở",
		"đề nghị tạo điều kiện về nơi sinh hoạt cho các chi hội"}, 2)
	for i, k := range sample(d, []string{"nct", "hkh", "ctd", "hcgc"}, d.between(1, 2)) {
		r := role{"Chủ tịch", k, p}
		x := d.person(r)
		asks = append(asks, sir(x)+" "+x.Name+", "+d.posts(x, r)+" "+askTexts[i])
	}
	d.para("Tại hội nghị, %s.", strings.Join(asks, "; "))
	d.para("Phát biểu chỉ đạo, %s đề nghị các cấp ủy đảng tiếp tục quán triệt sâu sắc Chỉ thị 17; phân công cấp ủy viên theo dõi, dự sinh hoạt với các hội; %s thực hiện tốt quản lý nhà nước về hội, hỗ trợ các hội có tính chất đặc thù; %s phát huy vai trò tập hợp, định hướng hoạt động của các hội thành viên.",
		d.who(apposed, ptt), d.short("ubnd", p), d.short("mttq", p))
	d.para("Tại hội nghị, %s đã công bố quyết định phân công các cơ quan, tổ chức đảng chịu trách nhiệm lãnh đạo chính trị đối với các hội quần chúng, cụ thể: %s.",
		d.short("btv", p), d.assignment(p, subjects, objects))
	d.pad(2300, w)
	d.setByline()
}

// writeCongress: an association elects its board (examples/articles/103_…).
func writeCongress(ps *placeSet, d *doc) {
	var p, upper *Place
	switch r := d.rng.IntN(10); {
	case r < 5:
		p = pickPlace(d, ps.districts)
		upper = p.Province()
	case r < 8:
		p = pickPlace(d, ps.communesBefore)
		upper = p.District()
	default:
		p = pickPlace(d, ps.communes2025)
		upper = p.Province()
	}
	d.place = p
	d.setDate(p.Era)
	w := p.Word()
	a := pick(d, "nct", "ctd", "hkh", "hcgc", "tnxp", "dc")
	nth := romans[d.between(2, 9)]
	term := fmt.Sprintf("nhiệm kỳ %d - %d", d.date.Year(), d.date.Year()+5)
	kind := "Đại hội đại biểu"
	if p.Level == hoigraph.Commune {
		kind = pick(d, "Đại hội", "Đại hội đại biểu")
	}
	d.title = fmt.Sprintf("%s %s lần thứ %s, %s", kind, d.full(a, p), nth, term)
	lead := role{"Phó Bí thư Thường trực", "cu", p}
	if p.Level == hoigraph.Commune {
		lead = role{"Phó Bí thư", "cu", p}
	}
	leadRoles := []role{lead}
	if !p.urbanPilot() && d.fixed(p, "pbt-hdnd", 0.5) {
		leadRoles = append(leadRoles, role{"Chủ tịch", "hdnd", p})
	}
	gov := []role{{"Phó Chủ tịch", "ubnd", p}}
	if p.Level != hoigraph.Commune {
		gov = []role{{"Ủy viên", "cu", p}, {"Phó Chủ tịch", "ubnd", p}}
	}
	mttq := d.org("mttq", p, true)
	delegates, members := d.between(100, 250), d.between(30, 150) // members in hundreds
	if p.Level == hoigraph.Commune {
		delegates, members = d.between(40, 120), d.between(5, 30)
	}
	d.para("Ngày %d/%d, %s%s long trọng tổ chức %s lần thứ %s, %s. Dự đại hội có %s; %s; %s; lãnh đạo %s, các ban, ngành, đoàn thể %s cùng %d đại biểu đại diện cho hơn %s hội viên trong toàn %s.",
		d.date.Day(), int(d.date.Month()), d.full(a, p), where(p), kind, nth, term,
		d.who(withComma, role{"Phó Chủ tịch", a, upper}), d.who(withComma, leadRoles...), d.who(withComma, gov...),
		strings.TrimSuffix(mttq.Short, " Việt Nam "+w), w, delegates, thousands(members*100), w)
	d.caption("Các đồng chí lãnh đạo tặng hoa chúc mừng Đại hội")
	d.para("%s", d.filler(fillerCongress, w))
	d.para("Phát biểu chỉ đạo Đại hội, %s ghi nhận những đóng góp của các cấp hội trong thời gian qua. %s",
		d.who(withComma, lead), d.filler(fillerDirections, w))
	d.caption("%s phát biểu chỉ đạo Đại hội", capital(d.who(withComma, leadRoles...)))
	board := d.between(9, 21)
	if p.Level == hoigraph.Commune {
		board = d.between(5, 11)
	}
	org := d.org(a, p, false)
	bch := d.org("bch-"+a, p, true)
	chair := role{"Chủ tịch", a, p}
	elected := []role{chair, {"Phó Chủ tịch", a, p}}
	if board >= 9 {
		elected = []role{chair, {"Phó Chủ tịch Thường trực", a, p}, {"Phó Chủ tịch", a, p}}
	}
	standing := "các chức danh chủ chốt"
	var btvh *Body
	if d.chance(0.6) {
		b := d.org("btvh-"+a, p, true)
		btvh = &b
		standing = fmt.Sprintf("Ban Thường vụ gồm %d đồng chí", d.between(3, 7))
	}
	var named []string
	for _, r := range elected {
		x := d.person(r)
		d.hold(x, r.Post, org, false)
		d.hold(x, "Ủy viên", bch, true)
		if btvh != nil {
			d.hold(x, "Ủy viên", *btvh, true)
		}
		named = append(named, fmt.Sprintf("%s %s làm %s", sir(x), x.Name, r.Post))
	}
	text := fmt.Sprintf("Đại hội đã bầu %s khóa %s, %s gồm %d ủy viên. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu %s; bầu %s.",
		bch.Short, nth, term, board, standing, strings.Join(named, "; "))
	if p.Level != hoigraph.Commune && d.chance(0.7) {
		bkt := d.org("bkt-"+a, p, false)
		x := d.person(role{"Trưởng ban", "bkt-" + a, p})
		d.hold(x, "Trưởng ban", bkt, false)
		text += fmt.Sprintf(" Ban Kiểm tra Hội gồm %d đồng chí, do %s %s làm Trưởng ban.", d.between(3, 5), sir(x), x.Name)
	}
	text += fmt.Sprintf(" Đại hội cũng bầu %d đại biểu chính thức đi dự đại hội %s.", d.between(3, 12), d.full(a, upper))
	d.para("%s", text)
	d.caption("%s ra mắt Đại hội", bch.Short)
	d.pad(2300, w)
	d.setByline()
}

// writePersonnel: a district's Standing Board announces appointments and
// departures (examples/articles/104_…).
func writePersonnel(ps *placeSet, d *doc) {
	p := pickPlace(d, ps.districts)
	prov := p.Province()
	d.place = p
	d.setDate(p.Era)
	w := p.Word()
	d.title = d.full("btv", p) + pick(d, " công bố các quyết định về công tác cán bộ", " trao quyết định về công tác cán bộ")
	chair := []role{{"Bí thư", "cu", p}}
	if d.fixed(p, "bt-tuv", 0.7) {
		chair = append([]role{{"Ủy viên", "cu", prov}}, chair...)
	}
	if !p.urbanPilot() && d.fixed(p, "bt-hdnd", 0.4) {
		chair = append(chair, role{"Chủ tịch", "hdnd", p})
	}
	d.para("%s, %s%s tổ chức hội nghị công bố và trao các quyết định về công tác cán bộ. %s chủ trì hội nghị.",
		d.dayPart(), d.full("btv", p), where(p), capital(d.who(withComma, chair...)))
	d.caption("Toàn cảnh hội nghị")
	d.para("Tại hội nghị, %s đã công bố các quyết định của %s, cụ thể:",
		d.who(withComma, role{"Ủy viên", "cu", p}, role{"Trưởng ban", "bto", p}), d.short("btv", p))
	boards := sample(d, []string{"btg", "bdv", "bto"}, 2)
	from, to := boards[0], boards[1]
	fromRole, toRole := role{"Phó Trưởng ban", from, p}, role{"Phó Trưởng ban", to, p}
	mover := d.person(fromRole)
	member := ""
	if d.chance(0.5) {
		member = d.posts(mover, role{"Ủy viên", "cu", p}) + ", "
	}
	fromBody, toBody := d.org(from, p, false), d.org(to, p, false)
	d.hold(mover, "Phó Trưởng ban", fromBody, true)
	d.hold(mover, "Phó Trưởng ban", toBody, false)
	since := d.later(-d.between(0, 3))
	d.para("Điều động, bổ nhiệm đồng chí %s, %sPhó Trưởng %s đến nhận công tác tại %s và giữ chức Phó Trưởng %s, kể từ ngày %s.",
		mover.Name, member, fromBody.Short, toBody.Short, toBody.Short, since)
	if d.chance(0.6) {
		leaver := d.person(toRole)
		d.hold(leaver, "Phó Trưởng ban", toBody, true)
		d.para("Đồng chí %s, Phó Trưởng %s thôi giữ chức Phó Trưởng %s để nghỉ hưu theo chế độ, kể từ ngày %s.",
			leaver.Name, toBody.Short, toBody.Short, d.later(d.between(10, 60)))
	}
	communes := sample(d, p.Children, 2)
	if d.chance(0.7) {
		c := communes[0]
		vp := role{"Phó Chánh Văn phòng", "vp", p}
		z := d.person(vp)
		d.hold(z, vp.Post, d.org("vp", p, false), true)
		d.hold(z, "Ủy viên", d.org("btv", c, true), true)
		d.hold(z, "Bí thư", d.org("cu", c, false), false)
		d.para("Chỉ định đồng chí %s, Phó Chánh Văn phòng %s tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư %s nhiệm kỳ 2020 - 2025.",
			z.Name, p.CommitteeShort(), c.Committee())
	}
	if d.chance(0.6) {
		c := communes[len(communes)-1]
		old := role{"Bí thư", "cu", c}
		x := d.person(old)
		d.hold(x, "Bí thư", d.org("cu", c, false), true)
		ubkt := d.org("ubkt", p, false)
		d.hold(x, "Phó Chủ nhiệm", ubkt, false)
		d.para("Điều động đồng chí %s, Bí thư %s đến nhận công tác tại %s và giữ chức Phó Chủ nhiệm %s.",
			x.Name, c.Committee(), ubkt.Short, ubkt.Short)
	}
	d.caption("%s trao quyết định và tặng hoa chúc mừng các đồng chí được điều động, bổ nhiệm", capital(d.who(withComma, role{"Bí thư", "cu", p})))
	d.para("Phát biểu giao nhiệm vụ, %s chúc mừng các đồng chí được tin tưởng điều động, bổ nhiệm và giao nhiệm vụ mới; đề nghị các đồng chí nhanh chóng tiếp cận công việc, phát huy năng lực, kinh nghiệm, đoàn kết cùng tập thể lãnh đạo đơn vị hoàn thành tốt nhiệm vụ được giao, nhất là công tác chuẩn bị đại hội đảng bộ các cấp.",
		d.who(apposed, role{"Bí thư", "cu", p}))
	d.para("Thay mặt các đồng chí được điều động, bổ nhiệm, đồng chí %s cảm ơn sự tin tưởng của %s và hứa sẽ không ngừng học tập, rèn luyện, hoàn thành tốt nhiệm vụ được giao.",
		mover.Name, d.short("btv", p))
	d.pad(2000, w)
	d.setByline()
}

// writeDelegation: a provincial committee's working delegation visits the
// communes (or, before 2025, the district) it is responsible for
// (examples/articles/105_…).
func writeDelegation(ps *placeSet, d *doc) {
	var prov, main *Place
	var targets []*Place
	if d.chance(0.7) {
		prov = pickPlace(d, ps.provinces2025)
		targets = sample(d, prov.Children, d.between(1, 3))
	} else {
		main = pickPlace(d, ps.districts)
		prov = main.Province()
		targets = []*Place{main}
		want := d.between(1, 3)
		for _, s := range sample(d, prov.Children, 3) {
			if s != main && len(targets) < want {
				targets = append(targets, s)
			}
		}
	}
	main = targets[0]
	d.place = main
	d.setDate(main.Era)
	w := main.Word()
	n := fmt.Sprint(d.between(1, 15))
	dct := d.org("dct"+n, prov, false)
	boards := []string{"bdv", "btg", "bto", "ubkt"}
	if prov.Era == gazetteer.EraFrom2025 {
		boards = []string{"btgdv", "bto", "ubkt"}
	}
	hb := pick(d, boards...)
	headPost := "Trưởng ban"
	if hb == "ubkt" {
		headPost = "Chủ nhiệm"
	}
	head := []role{{"Ủy viên", "cu", prov}, {headPost, hb, prov}}
	if d.chance(0.4) {
		head = []role{{"Ủy viên", "btv", prov}, {headPost, hb, prov}}
	}
	hp := d.person(head...)
	d.hold(hp, "Trưởng đoàn", dct, false)
	deputy := role{"Phó Trưởng ban", pick(d, "bto", boards[0]), prov}
	if deputy.Key == hb {
		deputy.Key = "bto"
		if hb == "bto" {
			deputy.Key = boards[0]
		}
	}
	dp := d.person(deputy)
	d.hold(dp, "Phó trưởng đoàn", dct, false)
	d.title = fmt.Sprintf("%s làm việc với %s", dct.Short, d.full("btv", main))
	d.para("%s, %s do đồng chí %s, %s làm Trưởng đoàn đã làm việc với %s về tình hình hoạt động của hệ thống chính trị cơ sở và việc triển khai nghị quyết đại hội đảng bộ. Theo phân công của %s, Đoàn công tác số %s phụ trách địa bàn %s. Cùng đi có đồng chí %s, %s, Phó trưởng đoàn.",
		d.dayPart(), dct.Short, hp.Name, d.posts(hp, head...), d.full("btv", main), d.full("btv", prov), n,
		d.areas(d.id(dct), false, targets), dp.Name, d.posts(dp, deputy))
	for _, t := range targets {
		d.responsible(hp.Name, area(t), true)
	}
	host := []role{{"Phó Bí thư", "cu", main}, {"Chủ tịch", "ubnd", main}}
	d.para("Tiếp và làm việc với đoàn có %s; %s cùng các đồng chí trong %s.",
		d.who(withComma, role{"Bí thư", "cu", main}), d.who(withComma, host...), d.short("btv", main))
	d.caption("Quang cảnh buổi làm việc")
	d.para("%s", d.filler(fillerResults, w))
	d.para("%s", d.filler(fillerLimits, w))
	if main.Level == hoigraph.Commune {
		sp := pick(d, "lhpn", "hnd", "ccb")
		if sp == "hnd" && !main.rural() {
			sp = "lhpn"
		}
		d.para("%s kiến nghị tỉnh sớm có hướng dẫn về biên chế, chế độ đối với cán bộ chuyên trách các đoàn thể sau sắp xếp.",
			capital(d.who(withComma, role{"Phó Chủ tịch", "mttq", main}, role{"Chủ tịch", sp, main})))
	}
	d.caption("Đồng chí %s, Trưởng đoàn công tác số %s phát biểu tại buổi làm việc", hp.Name, n)
	d.para("Phát biểu kết luận, đồng chí %s ghi nhận những kết quả %s đạt được. %s",
		hp.Name, main.Scoped(), d.filler(fillerDirections, w))
	d.para("Những kiến nghị của địa phương, Đoàn công tác ghi nhận để tổng hợp, báo cáo %s xem xét, giải quyết theo thẩm quyền./.",
		d.short("tt", prov))
	d.pad(2300, w)
	d.setByline()
}

// writeFrontMeeting: the Fatherland Front of a district meets the five
// socio-political organisations; its vice-chairs take communes
// (examples/articles/106_…).
func writeFrontMeeting(ps *placeSet, d *doc) {
	p := pickPlace(d, ps.districts)
	d.place = p
	d.setDate(p.Era)
	w := p.Word()
	q := (int(d.date.Month())-1)/3 + 1
	d.title = fmt.Sprintf("%s họp liên tịch với các tổ chức chính trị - xã hội quý %s năm %d", d.alias("mttq", p, "Ủy ban MTTQ Việt Nam"), romans[q-1], d.date.Year())
	chair := []role{{"Ủy viên", "btv", p}, {"Chủ tịch", "mttq", p}}
	d.para("%s, %s%s tổ chức hội nghị liên tịch với các tổ chức chính trị - xã hội %s nhằm đánh giá kết quả thực hiện Chương trình phối hợp và thống nhất hành động quý %s năm %d.",
		d.dayPart(), d.alias("btt", p, "Ban Thường trực Ủy ban MTTQ Việt Nam"), where(p), w, romans[q-1], d.date.Year())
	sp := []string{"ldld", "ccb", "lhpn"}
	if p.rural() {
		sp = append(sp, "hnd")
	}
	sp = append(sp, "doan")
	var names []string
	for _, k := range sp {
		names = append(names, d.bare(k, p))
	}
	d.para("%s chủ trì hội nghị. Tham dự có %s; các đồng chí trong %s cùng lãnh đạo các tổ chức chính trị - xã hội gồm: %s.",
		capital(d.who(withComma, chair...)), d.who(withComma, role{"Phó Trưởng ban", "bdv", p}), d.short("btt", p), list(names))
	d.caption("Quang cảnh hội nghị liên tịch")
	d.para("%s", d.filler(fillerResults, w))
	var says []string
	topics := sample(d, []string{
		"cho biết kết quả phối hợp giám sát việc thực hiện chính sách bảo hiểm xã hội",
		"kiến nghị tổ chức ngày hội việc làm cho thanh niên nông thôn",
		"thông tin kết quả giải ngân vốn vay ưu đãi cho hội viên",
		"đề xuất nhân rộng các mô hình tự quản ở khu dân cư",
		"báo cáo công tác chăm lo cho đoàn viên, hội viên có hoàn cảnh khó khăn"}, len(sp))
	for i, k := range sample(d, sp, len(sp)) {
		post := "Chủ tịch"
		if k == "doan" {
			post = "Bí thư"
		}
		says = append(says, d.who(pick(d, withComma, withDash, apposed), role{post, k, p})+" "+topics[i])
	}
	d.para("Tại hội nghị, %s.", strings.Join(says, "; "))
	d.caption("%s phát biểu kết luận hội nghị", capital(d.who(withComma, role{"Chủ tịch", "mttq", p})))
	d.para("Phát biểu kết luận, đồng chí %s đề nghị Mặt trận và các tổ chức chính trị - xã hội %s tập trung tổ chức tốt các hoạt động trong quý tới; tăng cường nắm tình hình dư luận xã hội, kịp thời phản ánh với cấp ủy, chính quyền.",
		d.name(chair...), w)
	communes := sample(d, p.Children, d.between(4, 8))
	groups := split(d, communes, 2)
	deputies := []role{{"Phó Chủ tịch Thường trực", "mttq", p}, {"Phó Chủ tịch", "mttq", p}}
	var parts []string
	for i, g := range groups {
		x := d.person(deputies[i])
		parts = append(parts, fmt.Sprintf("đồng chí %s, %s, phụ trách %s", x.Name, d.posts(x, deputies[i]), d.areas(x.Name, false, g)))
	}
	d.para("Dịp này, %s thống nhất phân công các đồng chí Phó Chủ tịch theo dõi, phụ trách địa bàn như sau: %s.",
		d.short("btt", p), strings.Join(parts, "; "))
	d.pad(2300, w)
	d.setByline()
}

// writeStandingAssignments: a district's Standing Board gives each member
// communes to follow (examples/articles/107_…).
func writeStandingAssignments(ps *placeSet, d *doc) {
	p := pickPlace(d, ps.districts)
	prov := p.Province()
	d.place = p
	d.setDate(p.Era)
	w := p.Word()
	first := []role{{"Bí thư", "cu", p}}
	if d.fixed(p, "bt-tuv", 0.7) {
		first = append([]role{{"Ủy viên", "cu", prov}}, first...)
	}
	if !p.urbanPilot() && d.fixed(p, "bt-hdnd", 0.4) {
		first = append(first, role{"Chủ tịch", "hdnd", p})
	}
	uv := role{"Ủy viên", "btv", p}
	members := [][]role{first, {{"Phó Bí thư Thường trực", "cu", p}}, {{"Phó Bí thư", "cu", p}, {"Chủ tịch", "ubnd", p}}}
	others := [][]role{
		{uv, {"Trưởng ban", "bto", p}}, {uv, {"Chủ nhiệm", "ubkt", p}}, {uv, {"Trưởng ban", "btg", p}},
		{uv, {"Trưởng ban", "bdv", p}, {"Chủ tịch", "mttq", p}}, {uv, {"Phó Chủ tịch Thường trực", "ubnd", p}},
		{uv, {"Chỉ huy trưởng", "bchqs", p}}, {uv, {"Chánh Văn phòng", "vp", p}},
	}
	members = append(members, sample(d, others, d.between(3, 7))...)
	communes := sample(d, p.Children, len(members))
	d.title = fmt.Sprintf("%s phân công Ủy viên Ban Thường vụ phụ trách địa bàn cơ sở", d.full("btv", p))
	d.para("Ngày %d/%d, %s%s ban hành quyết định phân công nhiệm vụ các đồng chí Ủy viên Ban Thường vụ %s nhiệm kỳ 2020 - 2025, bảo đảm mỗi đơn vị cơ sở đều có Ủy viên Ban Thường vụ trực tiếp theo dõi, chỉ đạo, nhất là trong giai đoạn chuẩn bị đại hội đảng bộ cơ sở. Theo quyết định:",
		d.date.Day(), int(d.date.Month()), d.full("btv", p), where(p), p.CommitteeShort())
	for i, c := range communes {
		x := d.person(members[i]...)
		d.responsible(x.Name, area(c), false)
		if i == 0 {
			d.para("Đồng chí %s, %s, phụ trách chung, đồng thời trực tiếp phụ trách %s.", x.Name, d.posts(x, members[i]...), c.Scoped())
			continue
		}
		d.para("Đồng chí %s, %s, phụ trách %s.", x.Name, d.posts(x, members[i]...), c.Scoped())
	}
	if d.chance(0.6) {
		var parts []string
		for _, k := range sample(d, []string{"dcq", "ddt"}, d.between(1, 2)) {
			rs := []role{{"Ủy viên", "cu", p}, {"Phó Trưởng ban", pick(d, "bto", "btg", "bdv"), p}}
			x := d.person(rs...)
			target := d.org(k, p, false)
			d.responsible(x.Name, d.id(target), false)
			parts = append(parts, fmt.Sprintf("đồng chí %s, %s, phụ trách %s", x.Name, d.posts(x, rs...), target.Short))
		}
		d.para("Cũng theo quyết định, các đồng chí %s được phân công theo dõi các đảng bộ trực thuộc: %s.", p.MemberWord(), strings.Join(parts, "; "))
	}
	d.para("Các đồng chí được phân công có trách nhiệm nắm tình hình, dự các cuộc họp quan trọng của cấp ủy cơ sở, trực tiếp chỉ đạo công tác chuẩn bị văn kiện, nhân sự đại hội; định kỳ báo cáo %s kết quả theo dõi, phụ trách địa bàn.", d.short("tt", p))
	d.caption("%s phát biểu tại hội nghị", capital(d.who(withComma, role{"Bí thư", "cu", p})))
	d.para("Phát biểu tại hội nghị, %s đề nghị các đồng chí Ủy viên Ban Thường vụ bám sát cơ sở, kịp thời tháo gỡ khó khăn, vướng mắc; bảo đảm hoạt động của hệ thống chính trị cơ sở thông suốt, không gián đoạn việc phục vụ người dân.",
		d.who(apposed, role{"Bí thư", "cu", p}))
	d.pad(2300, w)
	d.setByline()
}

// writeStandingMeeting: a district's Standing Committee works with the Front
// and the socio-political organisations (like the real articles 000 and 002),
// or, before 2025, a commune's does with a district member in charge of the
// commune (examples/articles/101_…).
func writeStandingMeeting(ps *placeSet, d *doc) {
	if d.chance(0.5) {
		writeCommuneMeeting(ps, d)
		return
	}
	p := pickPlace(d, ps.districts)
	d.place = p
	d.setDate(p.Era)
	w := p.Word()
	tt := d.org("tt", p, false)
	d.title = fmt.Sprintf("%s làm việc với %s và các tổ chức chính trị - xã hội", tt.Name, pick(d, "Mặt trận", d.short("mttq", p)))
	second := []role{{"Phó Bí thư Thường trực", "cu", p}}
	if !p.urbanPilot() && d.fixed(p, "ptt-hdnd", 0.5) {
		second = append(second, role{"Phó Chủ tịch Thường trực", "hdnd", p})
	}
	members := [][]role{{{"Bí thư", "cu", p}}, second, {{"Phó Bí thư", "cu", p}, {"Chủ tịch", "ubnd", p}}}
	var chairs []string
	for _, rs := range members {
		x := d.person(rs...)
		d.hold(x, "Thành viên", tt, true)
		chairs = append(chairs, x.Name+", "+d.posts(x, rs...))
	}
	d.caption("Các đồng chí chủ trì hội nghị")
	d.para("%s, %s%s gồm các đồng chí: %s đã chủ trì làm việc với %s, các tổ chức chính trị - xã hội và hội quần chúng định kỳ 6 tháng.",
		d.dayPart(), tt.Name, where(p), strings.Join(chairs, "; "), d.short("mttq", p))
	d.para("%s", d.filler(fillerResults, w))
	d.para("%s", d.filler(fillerLimits, w))
	cu, mttq := d.org("cu", p, false), d.org("mttq", p, false)
	d.responsible(d.id(cu), d.id(mttq), true)
	d.para("Phát biểu kết luận hội nghị, %s đề nghị tăng cường sự lãnh đạo của %s đối với hoạt động của %s và các tổ chức chính trị - xã hội. %s",
		d.who(apposed, role{"Bí thư", "cu", p}), cu.Short, mttq.Short, d.filler(fillerDirections, w))
	d.pad(2300, w)
	d.setByline()
}

func writeCommuneMeeting(ps *placeSet, d *doc) {
	p := pickPlace(d, ps.communesBefore)
	dist := p.District()
	d.place = p
	d.setDate(p.Era)
	w := p.Word()
	d.title = fmt.Sprintf("%s: Phát huy vai trò Mặt trận và các đoàn thể trong xây dựng nông thôn mới", p.Name())
	if !p.rural() {
		d.title = fmt.Sprintf("%s: Phát huy vai trò Mặt trận và các đoàn thể trong xây dựng đô thị văn minh", p.Name())
	}
	board := pick(d, "bdv", "btg", "bto")
	guest := []role{{"Ủy viên", "btv", dist}, {"Trưởng ban", board, dist}}
	g := d.person(guest...)
	d.responsible(g.Name, area(p), false)
	bt := []role{{"Bí thư", "cu", p}}
	if d.fixed(p, "bt-hdnd", 0.6) && !p.urbanPilot() {
		bt = append(bt, role{"Chủ tịch", "hdnd", p})
	}
	ub := []role{{"Phó Bí thư", "cu", p}, {"Chủ tịch", "ubnd", p}}
	a, b := d.person(bt...), d.person(ub...)
	d.para("%s, %s%s tổ chức hội nghị đánh giá hoạt động của %s và các đoàn thể. Dự và chỉ đạo hội nghị có đồng chí %s - %s, phụ trách %s. Chủ trì hội nghị có các đồng chí: %s, %s; %s, %s.",
		d.dayPart(), d.full("cu", p), where(p), d.short("mttq", p), g.Name, d.posts(g, guest...), p.Scoped(),
		a.Name, d.posts(a, bt...), b.Name, d.posts(b, ub...))
	d.para("%s", d.filler(fillerResults, w))
	d.caption("Quang cảnh hội nghị")
	sps := []string{"lhpn", "ccb", "doan"}
	if p.rural() {
		sps = append(sps, "hnd")
	}
	var says []string
	topics := sample(d, []string{
		"cho biết kết quả vận động hội viên tham gia phát triển kinh tế hộ",
		"nêu ý kiến về việc nhân rộng các mô hình hiệu quả",
		"đề nghị hỗ trợ hội viên khó khăn tiếp cận nguồn vốn",
		"chia sẻ kinh nghiệm tổ chức sinh hoạt chi hội ở khu dân cư"}, len(sps))
	for i, k := range sample(d, sps, d.between(2, len(sps))) {
		post := "Chủ tịch"
		if k == "doan" {
			post = "Bí thư"
		}
		says = append(says, d.who(pick(d, withDash, apposed), role{post, k, p})+" "+topics[i])
	}
	d.para("Tại hội nghị, %s.", strings.Join(says, "; "))
	d.para("%s", d.filler(fillerLimits, w))
	cu, mttq := d.org("cu", p, false), d.org("mttq", p, false)
	d.responsible(d.id(cu), d.id(mttq), true)
	d.para("Phát biểu chỉ đạo hội nghị, đồng chí %s đề nghị %s tiếp tục lãnh đạo %s và các đoàn thể đổi mới phương thức vận động; chú trọng xây dựng mô hình “Dân vận khéo” gắn với phát triển kinh tế hộ.",
		g.Name, cu.Short, mttq.Short)
	d.caption("Đồng chí %s, %s trao giấy khen cho các tập thể, cá nhân có thành tích xuất sắc", g.Name, d.posts(g, guest[1]))
	d.pad(2300, w)
	d.setByline()
}
