package extract

import (
	"regexp"
	"strconv"
	"strings"

	"hoigraph"
)

// responsibilities reads "X phụ trách Y, Z và W" clause by clause (a
// sentence's clauses are cut at ";" and ":"), and "X chịu trách nhiệm lãnh
// đạo chính trị đối với Y". The subject is the body that ends right before
// the verb, or else the person the clause is about; the objects are the
// bodies or areas listed after it.
func (d *docState) responsibilities(s *sentence) {
	x := d.x
	toks := s.toks
	relation := "in_charge"
	for i := range toks {
		if r, e := x.rules.phrases.match(toks, i); e > i && r == phraseRespPol {
			relation = "political_leadership"
			break
		}
	}
	from := 0
	var prev []endpoint
	for i := 0; i <= len(toks); i++ {
		if i < len(toks) && toks[i].text != ";" && toks[i].text != ":" {
			continue
		}
		if i < len(toks) && toks[i].text == ":" && x.verbEndsAt(toks, i) {
			continue // "Ban Tuyên giáo phụ trách: Hội Nhà báo, …"
		}
		prev = d.clause(s, from, i, relation, prev)
		from = i + 1
	}
}

// verbEndsAt reports a verb of responsibility ending right before toks[i],
// or before a kind of unit that the list after the colon shares ("phụ
// trách các ấp: …"); not "phụ trách như sau:", which opens the clauses.
func (x *Extractor) verbEndsAt(toks []token, i int) bool {
	for k := max(0, i-10); k < i; k++ {
		r, e := x.rules.phrases.match(toks, k)
		if e == k || e > i || r != phraseResp && r != phraseRespPol {
			continue
		}
		if e < i && (toks[e].key == "các" || toks[e].key == "những") {
			e++
		}
		if e < i && toks[e].key == "gồm" { // "… theo dõi gồm: Hội A, Hội B"
			e++
			if e < i && toks[e].key == "có" {
				e++
			}
		}
		if _, pe := x.rules.places.match(toks, e); e == i || pe == i {
			return true
		}
	}
	return false
}

// endpoint is the subject of a responsibility: a body's or a person's name.
type endpoint struct {
	name, kind string
	o          *org // a body's, to record when it is a subject
}

// clause reads one clause [a, b) and returns its subjects. A clause
// without a verb that ends in a colon names them for the next ("Đồng chí
// A, Bí thư Đảng ủy: phụ trách chung"); a clause that opens with its verb
// goes on with the previous clause's ("A phụ trách ấp X; trực tiếp theo
// dõi Hội Y").
func (d *docState) clause(s *sentence, a, b int, relation string, prev []endpoint) []endpoint {
	x := d.x
	toks := s.toks[:b]
	nextVerb := func(from int) (int, int) {
		for i := from; i < b; i++ {
			if r, e := x.rules.phrases.match(toks, i); e > i && (r == phraseResp || r == phraseRespPol || r == phraseRespUnder) {
				return i, e
			}
		}
		return -1, -1
	}
	verb, after := nextVerb(a)
	end := verb // where the subjects must end
	if verb < 0 {
		if b >= len(s.toks) || s.toks[b].text != ":" {
			return nil
		}
		end = b
	} else if d.objectFirst(s, a, b, verb, after, relation) {
		return nil
	}
	reaches := func(e int) bool { // a comma may stand before the verb
		return e == end || e+1 == end && toks[e].text == ","
	}
	// joined: "A và B", "A, B và C" are one list of subjects; the list
	// holds when its last two are joined by "và" ("Theo phân công của A, B
	// phụ trách" is B alone).
	joined := func(e, i int) (bool, bool) {
		if e < 0 || e >= i {
			return false, false
		}
		va := false
		for _, t := range toks[e:i] {
			if t.text != "," && t.key != "và" {
				return false, false
			}
			va = va || t.key == "và"
		}
		return true, va
	}
	list := func(run []endpoint, va bool) []endpoint {
		if va {
			return run
		}
		return run[len(run)-1:]
	}
	// Subjects: people whose posts run up to the verb ("đồng chí X, Phó Bí
	// thư Đảng ủy, phụ trách …"), else the bodies ending at the verb, else
	// the clause's first person.
	var subjects, run []endpoint
	firstPerson, runEnd := "", -1
	for i := a; i < end && subjects == nil; i++ {
		p := x.personAfter(s, i)
		if p.name == "" {
			continue
		}
		if firstPerson == "" {
			firstPerson = p.name
		}
		ok, va := joined(runEnd, i)
		if !ok {
			run = run[:0]
		}
		run, runEnd = append(run, endpoint{name: p.name, kind: "person"}), p.end
		if reaches(p.end) {
			subjects = list(run, va)
		}
		i = p.nameEnd - 1
	}
	run, runEnd = nil, -1
	for i := a; i < end && subjects == nil; i++ {
		if tr, te := x.rules.titles.match(toks, i); te > i {
			i = te - tr.shares - 1
			continue
		}
		if i > a && (toks[i-1].key == "các" || toks[i-1].key == "những") {
			continue
		}
		bd := x.parseBody(s, i, modeFree)
		if bd == nil {
			continue
		}
		if o := d.resolve(bd, nil); o != nil {
			ok, va := joined(runEnd, i)
			if !ok {
				run = run[:0]
			}
			run, runEnd = append(run, endpoint{name: o.name, kind: "org", o: o}), bd.end
			if reaches(bd.end) {
				subjects = list(run, va)
			}
		}
		i = bd.end - 1
	}
	for _, sj := range subjects {
		if sj.o != nil {
			d.addOrg(sj.o, s)
		}
	}
	if verb < 0 {
		return subjects
	}
	if subjects == nil && firstPerson != "" {
		subjects = []endpoint{{name: firstPerson, kind: "person"}}
	}
	if subjects == nil && a > 0 && verb-a <= 2 {
		subjects = prev // the verb opens the clause
	}
	if subjects == nil {
		return nil
	}
	sub := &sentence{span: s.span, toks: toks, parenKind: s.parenKind}
	// Objects: bodies and areas listed after the verb; "phụ trách chung,
	// đồng thời trực tiếp phụ trách phường X" goes on after the next verb.
	for after >= 0 {
		j := after
		for _, sj := range subjects {
			j = d.objects(sub, after, b, sj.name, sj.kind, relation)
		}
		_, after = nextVerb(j)
	}
	return subjects
}

// personRef is a person's name read at a token, with the posts written
// after it: nameEnd is where the name ends, end where the posts do.
type personRef struct {
	name         string
	nameEnd, end int
}

// personAfter reads a name at toks[i] (after "đồng chí" or "ông", which
// it skips) and the posts linked to it ("A, Phó Bí thư Đảng ủy").
func (x *Extractor) personAfter(s *sentence, i int) personRef {
	toks := s.toks
	for i+1 < len(toks) && (toks[i].key == "đồng" && toks[i+1].key == "chí") {
		i += 2
	}
	if i < len(toks) && honorifics[toks[i].key] {
		i++
	}
	name, e := x.personAt(toks, i)
	if name == "" {
		return personRef{}
	}
	p := personRef{name: name, nameEnd: e, end: e}
	if role, ce := x.rules.phrases.match(toks, e); ce > e && role == phraseLink {
		if items, pe := x.parsePosts(s, ce, true); len(items) > 0 {
			p.end = pe
		}
	}
	return p
}

// rangeEnd reads "đến (kind) N" after a numbered unit p ending at toks[e]
// and returns N and where it ends; a range of more than 30 units is not
// read as one.
func (x *Extractor) rangeEnd(toks []token, e int, p *place) (int, int) {
	from, err := strconv.Atoi(p.name)
	if err != nil || e+1 >= len(toks) || toks[e].key != "đến" {
		return 0, e
	}
	k := e + 1
	if r, pe := x.rules.places.match(toks, k); pe > k && r.kind == p.kind {
		k = pe
	}
	if k >= len(toks) || !isNumber(toks[k].text) {
		return 0, e
	}
	last, err := strconv.Atoi(toks[k].text)
	if err != nil || last <= from || last-from > 30 {
		return 0, e
	}
	return last, k + 1
}

// objectFirst reads the clauses that name the objects before their
// subject: "Y, Z do X (được giao theo dõi,) phụ trách" and "Y đặt dưới sự
// lãnh đạo của X". It reports whether the clause was one.
func (d *docState) objectFirst(s *sentence, a, b, verb, after int, relation string) bool {
	x := d.x
	toks := s.toks[:b]
	var subj *bodyRef
	var person string
	end := verb // where the objects end
	if r, _ := x.rules.phrases.match(toks, verb); r == phraseRespUnder {
		if subj = x.parseBody(s, after, modeLax); subj == nil {
			return true
		}
	} else {
		for k := verb - 1; k > a; k-- {
			if toks[k].key != "do" {
				continue
			}
			reaches := func(e int) bool { return e == verb || e+1 == verb && toks[e].text == "," }
			if bd := x.parseBody(s, k+1, modeFree); bd != nil && reaches(bd.end) {
				subj, end = bd, k
			} else if p := x.personAfter(s, k+1); p.name != "" && reaches(p.end) {
				person, end = p.name, k // "Y do đồng chí A, Phó Bí thư, phụ trách"
			}
			break
		}
	}
	subject, kind := person, "person"
	if subj != nil {
		o := d.resolve(subj, nil)
		if o == nil {
			return true
		}
		d.addOrg(o, s)
		subject, kind = o.name, "org"
	}
	if subject == "" {
		return false
	}
	// the objects: the list that starts at the clause's first body or place
	for i := a; i < end; i++ {
		if bd := x.parseBody(s, i, modeFree); bd != nil || x.startsPlace(toks, i) {
			if i > a && (toks[i-1].key == "các" || toks[i-1].key == "những") {
				continue
			}
			sub := &sentence{span: s.span, toks: toks[:end], parenKind: s.parenKind}
			d.objects(sub, i, end, subject, kind, relation)
			return true
		}
	}
	// "Các hội do X theo dõi gồm: Hội A, Hội B": the list follows
	j := after
	for j < b && (toks[j].key == "gồm" || toks[j].key == "có" || toks[j].text == ":") {
		j++
	}
	if j > after {
		d.objects(&sentence{span: s.span, toks: toks, parenKind: s.parenKind}, j, b, subject, kind, relation)
	}
	return true
}

// objects reads the list after a verb of responsibility and returns where
// it stops.
func (d *docState) objects(s *sentence, j, b int, subject, subjectKind, relation string) int {
	x := d.x
	toks := s.toks
	shared := "" // "các xã A, B và C": one kind for every name
	for j < b {
		for j < b && (listSeparators[toks[j].key] || toks[j].text == ":" || toks[j].key == "địa" && j+1 < b && toks[j+1].key == "bàn") {
			if toks[j].key == "địa" {
				j++
			}
			j++
		}
		if j >= b {
			break
		}
		if toks[j].key == "các" || toks[j].key == "những" {
			if r, e := x.rules.places.match(toks, j+1); e > j+1 && r.name == "" {
				shared, j = r.kind, e
				continue
			}
		}
		if p, e := x.parsePlace(toks, j); p != nil {
			d.addArea(p, s)
			d.addResp(subject, subjectKind, p.label(), "area", relation, s)
			if p.level == hoigraph.Village || isNumber(p.name) {
				shared = p.kind // "tổ dân phố 15, 16 và 17", "ấp Bình Thạnh và Phong Điền"
			}
			j = e
			if last, k := x.rangeEnd(toks, e, p); last > 0 {
				// "khu phố 5 đến khu phố 7": each one between
				from, _ := strconv.Atoi(p.name)
				for n := from + 1; n <= last; n++ {
					q := &place{kind: p.kind, name: strconv.Itoa(n), level: p.level}
					d.addArea(q, s)
					d.addResp(subject, subjectKind, q.label(), "area", relation, s)
				}
				j = k
			}
			continue
		}
		if shared != "" {
			if name, e := x.placeName(toks, j, shared, true); name != "" {
				p := &place{kind: shared, name: name, level: x.levelOf(shared, name)}
				d.addArea(p, s)
				d.addResp(subject, subjectKind, p.label(), "area", relation, s)
				j = e
				continue
			}
		}
		bd := x.parseBody(s, j, modeList)
		if bd == nil {
			break
		}
		if o := d.resolve(bd, nil); o != nil {
			d.addOrg(o, s)
			d.addResp(subject, subjectKind, o.name, "org", relation, s)
		}
		j = bd.end
	}
	return j
}

var directiveCode = regexp.MustCompile(`^\d+-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ]*$`)

// directiveKinds names a document by the letters of its code.
var directiveKinds = map[string]string{"CT": "Chỉ thị", "NQ": "Nghị quyết", "QĐ": "Quyết định", "KL": "Kết luận", "HD": "Hướng dẫn", "QC": "Quy chế", "KH": "Kế hoạch"}

// directives records codes like 17-CT/TW.
func (d *docState) directives(s *sentence) {
	for _, t := range s.toks {
		if !t.word || !t.digit || strings.IndexByte(t.text, '/') < 0 || !directiveCode.MatchString(t.text) {
			continue
		}
		key := "directive\x00" + t.text
		if d.seen[key] {
			continue
		}
		d.seen[key] = true
		kind := strings.SplitN(strings.SplitN(t.text, "-", 2)[1], "/", 2)[0]
		name := t.text
		if k, ok := directiveKinds[strings.ToUpper(kind)]; ok {
			name = k + " " + t.text
		}
		d.add(hoigraph.Fact{Kind: hoigraph.FactDirective, Name: name, Code: t.text, Evidence: s.evidence()})
	}
}

// meetingWords name a meeting in a sentence.
var meetingWords = []string{"hội nghị", "Hội nghị", "đại hội", "Đại hội", "buổi làm việc", "làm việc với", "cuộc họp", "phiên họp"}

var (
	dayMonth = regexp.MustCompile(`(?:ngày )?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?`)
)

// meeting records the article's meeting: the first sentence naming one with
// a date; its chair is who the article says chaired it ("chủ trì").
func (d *docState) meeting(sents []span) {
	for _, s := range sents {
		if strings.IndexByte(s.text, '/') < 0 {
			continue // no date
		}
		at := -1
		for _, w := range meetingWords {
			if i := strings.Index(s.text, w); i >= 0 && (at < 0 || i < at) {
				at = i
			}
		}
		if at < 0 {
			continue
		}
		m := dayMonth.FindStringSubmatch(s.text)
		if m == nil {
			continue
		}
		year := m[3]
		if year == "" && len(d.src.Date) >= 4 {
			year = d.src.Date[:4]
		}
		if year == "" {
			continue
		}
		f := hoigraph.Fact{Kind: hoigraph.FactMeeting, Name: meetingName(s.text[at:]), Date: isoDate(year, m[2], m[1])}
		for _, t := range tokenize(s.text, s.start) {
			if directiveCode.MatchString(t.text) {
				f.Code = t.text
				break
			}
		}
		for _, c := range sents {
			if (strings.Contains(c.text, "chủ trì") || strings.Contains(c.text, "Chủ trì")) && len(d.sentencePeople[c.start]) > 0 {
				f.Chair = d.sentencePeople[c.start][0]
				break
			}
		}
		f.Evidence = &hoigraph.Evidence{Sentence: s.text, Start: s.start, End: s.end}
		d.add(f)
		return
	}
}

// meetingName is the meeting's phrase up to the first comma or full stop,
// at most twenty words.
func meetingName(s string) string {
	if i := strings.IndexAny(s, ",.;:"); i >= 0 {
		s = s[:i]
	}
	w := strings.Fields(s)
	if len(w) > 20 {
		w = w[:20]
	}
	return strings.Join(w, " ")
}
