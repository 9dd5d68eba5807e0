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
// bodies or areas listed after it. A sentence of a person's name and posts
// alone ("1. Đồng chí A, Phó Bí thư Đảng ủy.") names the subject of the
// sentences after it that open with a verb or a heading of tasks
// ("Nhiệm vụ: …", "Địa bàn phụ trách: …"), as assignment lists lay them out.
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
	d.founders(s)
	if d.unitRow(s, relation) {
		return
	}
	used := d.groups(s)
	d.inspections(s, used)
	from := 0
	var prev []endpoint
	d.listOpen = false
	carried := d.introduced
	d.introduced = nil
	if p := x.personAfter(s, 0); p.name != "" && p.end > p.nameEnd && p.end+1 >= len(toks) && (p.end == len(toks) || !toks[p.end].word) {
		d.introduced = []endpoint{{name: p.name, kind: "person"}}
		return
	}
	if carried != nil {
		// "Phụ trách: Hội Nông dân xã.", "Địa bàn phụ trách: khu phố 1.",
		// "Nhiệm vụ: phụ trách chung; …" under the person's line: theirs
		at := 0
		h := x.taskHeading(s)
		if h > 0 {
			at, from = h, h
		}
		for k := at; k < len(toks) && k <= at+2; k++ {
			if r, e := x.rules.phrases.match(toks, k); e > k && (r == phraseResp || r == phraseRespPol) {
				// under a heading, or right before what is in charge ("Phụ
				// trách: …", "Theo dõi Hội X"), not "Theo dõi sát tình
				// hình, Huyện ủy …"
				if h > 0 || e < len(toks) && (toks[e].text == ":" || toks[e].key == "các" || toks[e].digit ||
					x.startsPlace(toks, e) || x.parseBody(s, e, modeList) != nil) {
					prev = carried
					d.introduced = carried
				}
				break
			}
		}
	}
	for i := 0; i <= len(toks); i++ {
		if i < from || i < len(toks) && toks[i].text != ";" && toks[i].text != ":" {
			continue
		}
		if i < len(toks) && toks[i].text == ":" && x.verbEndsAt(toks, i) {
			continue // "Ban Tuyên giáo phụ trách: Hội Nhà báo, …"
		}
		if i > 1 && i < len(toks) && toks[i].text == ":" && (toks[i-2].key == "các" || toks[i-2].key == "những") && x.kindWord(toks, i-1) {
			continue // "…; các phường: A, B": the kind the list shares
		}
		if i > 1 && i < len(toks) && toks[i].text == ":" {
			if list, _ := d.headList(s, i-1); list != nil {
				continue // "các Ban: Tuyên giáo, Dân vận Huyện ủy phụ trách …": the head the list shares
			}
		}
		if i < len(toks) && toks[i].text == ":" && (used == nil || !used[from]) {
			if e := d.objectColon(s, from, i, relation); e > i {
				// "Xã A: đồng chí B phụ trách": done up to the next clause
				prev, from, i = nil, e+1, e
				continue
			}
		}
		if from < len(toks) && (used == nil || !used[from]) {
			prev = d.clause(s, from, i, relation, prev)
		}
		from = i + 1
	}
}

// objectColon reads a line of a list of charges that names first what
// someone is in charge of, then a colon and who: "Xã Đồng Hưu: đồng chí A phụ
// trách", "Hội Nông dân huyện: đồng chí B, Phó Bí thư Huyện ủy, theo dõi".
// toks[a:c] must be one place or one body and the colon at c; after it a
// person, their posts, and a verb of responsibility that ends the clause.
// It records the responsibility and returns where the clause ends (a ";"
// or the sentence's end), or -1 when the line is not of that shape.
func (d *docState) objectColon(s *sentence, a, c int, relation string) int {
	x := d.x
	toks := s.toks
	if a >= c {
		return -1
	}
	var area *place
	var body *bodyRef
	if p, e := x.parsePlace(toks, a); p != nil && e == c {
		area = p
	} else if bd := x.parseBody(s, a, modeFree); bd != nil && bd.end == c {
		body = bd
	} else {
		return -1
	}
	p := x.personAfter(s, c+1)
	if p.name == "" {
		return -1
	}
	v := p.end
	if v < len(toks) && toks[v].text == "," {
		v++
	}
	r, ve := x.rules.phrases.match(toks, v)
	if ve <= v || r != phraseResp && r != phraseRespPol {
		return -1
	}
	if ve < len(toks) && toks[ve].word {
		return -1 // "…: đồng chí A phụ trách công tác tổ chức": the verb has its own object
	}
	end := ve
	for end < len(toks) && toks[end].text != ";" {
		end++
	}
	d.addPerson(p.name, s)
	if area != nil {
		d.addArea(area, s)
		d.addResp(p.name, "person", area.label(), "area", relation, ruleObjectFirst, s)
	} else if o := d.resolve(body, nil); o != nil {
		d.addOrg(o, s)
		d.addResp(p.name, "person", o.name, "org", relation, ruleObjectFirst, s)
	}
	return end
}

// unitRow reads a row of a table that names a unit first and then the
// person in charge of it ("Tổ dân phố 3 | Đồng chí A, Phó Bí thư"): the
// person is in charge of what the unit's cell names. It reports whether s
// was such a row.
func (d *docState) unitRow(s *sentence, relation string) bool {
	if d.unitCells == nil || len(s.toks) == 0 {
		return false
	}
	toks := s.toks
	for i, t := range toks {
		holder, ok := d.unitCells[t.start]
		if !ok {
			continue
		}
		for h := i + 1; h < len(toks); h++ {
			if toks[h].start < holder {
				continue
			}
			p := d.x.personAfter(s, h)
			if p.name == "" || toks[h].start != holder {
				return false
			}
			end := h
			for end > i && !toks[end-1].word {
				end-- // the comma that stands for the cell boundary
			}
			sub := &sentence{span: s.span, toks: toks[:end], parenKind: s.parenKind}
			d.objects(sub, i, end, p.name, "person", relation, ruleTable)
			return true
		}
		return false
	}
	return false
}

// respRule names the construction a responsibility was read from and how
// sure the extractor is of it; both go on the fact.
type respRule struct {
	name       string
	confidence float64
}

// The constructions of responsibility. A construction that names both ends
// and the verb in a fixed order is surer than one whose subject is carried
// over from elsewhere.
var (
	ruleVerb         = respRule{"verb", 0.8}                 // "X phụ trách Y, Z"
	ruleVerbPerson   = respRule{"verb-first-person", 0.6}    // "… X …, phụ trách Y": the clause's first person
	ruleVerbCarried  = respRule{"verb-carried", 0.6}         // "X phụ trách Y; trực tiếp theo dõi Z"
	ruleObjectFirst  = respRule{"object-first", 0.75}        // "Y, Z do X phụ trách"
	ruleUnder        = respRule{"under", 0.7}                // "Y chịu sự quản lý của X"
	ruleList         = respRule{"list-after-gom", 0.75}      // "Các hội do X theo dõi gồm: A, B"
	ruleListCarried  = respRule{"list-past-semicolon", 0.65} // "theo dõi các đơn vị: A; B; các phường: C"
	ruleCount        = respRule{"count-list", 0.8}           // "Chi bộ 7 lãnh đạo 4 tổ dân phố gồm: …"
	ruleGroup        = respRule{"working-group", 0.85}       // "Tổ 1 do A làm tổ trưởng, phụ trách …"
	ruleGroupLeader  = respRule{"working-group-leader", 0.8}
	ruleDelegationAt = respRule{"delegation-at", 0.7} // "Đoàn công tác … tại phường X"
	rulePostHolder   = respRule{"post-holder", 0.6}   // "Giám đốc Sở X phụ trách …", the Giám đốc named elsewhere
	ruleTable        = respRule{"unit-table", 0.75}   // "Tổ dân phố | Cấp ủy viên phụ trách" and its rows
)

// verbEndsAt reports a verb of responsibility ending right before toks[i],
// or before a kind of unit that the list after the colon shares ("phụ
// trách các ấp: …"); not "phụ trách như sau:", which opens the clauses.
func (x *Extractor) verbEndsAt(toks []token, i int) bool {
	for k := max(0, i-16); k < i; k++ {
		r, e := x.rules.phrases.match(toks, k)
		if e > k && r == phraseRespCount {
			if c, _ := x.countOf(toks, e, len(toks)); c == i {
				return true // "lãnh đạo 03 tổ dân phố gồm:"
			}
		}
		if e == k || e > i || r != phraseResp && r != phraseRespPol {
			continue
		}
		for e < i { // "theo dõi, hướng dẫn và kiểm tra"
			if toks[e].text == "," || toks[e].key == "và" {
				e++
				continue
			}
			// "theo dõi, hướng dẫn hoạt động của các hội:": other verbs, and
			// the words of the work before the list's heading
			if r2, e2 := x.rules.phrases.match(toks, e); e2 > e && e2 <= i && (r2 == phraseRespAlso || r2 == phraseResp || r2 == phraseFiller) {
				e = e2
				continue
			}
			break
		}
		if e < i && (toks[e].key == "các" || toks[e].key == "những") {
			e++
			// "các đơn vị:": a word for what the list holds
			if x.listHeading(toks, e, i) {
				return true
			}
		} else if r, ce := x.rules.phrases.match(toks, e); ce > e && ce < i && r == phraseCluster {
			e = ce // "phụ trách cụm xã gồm: …": the kind, then the list
			if _, pe := x.rules.matchPlace(toks, e); pe > e && pe < i {
				e = pe
			}
		}
		if e < i && toks[e].key == "gồm" { // "… theo dõi gồm: Hội A, Hội B"
			e++
			if e < i && toks[e].key == "có" {
				e++
			}
		}
		if e+1 < i && toks[e].digit && isNumber(toks[e].text) {
			e++ // "phụ trách 03 xã:": a count, then the kind the list shares
		}
		if _, pe := x.rules.matchPlace(toks, e); e == i || pe == i {
			return true
		}
	}
	return false
}

// listHeading reports toks[e:i], after "các" and before a colon, as a word
// for what the list holds: up to three lower-case words, not a body's name
// ("các đơn vị:", "các lĩnh vực:"), though a head and a common noun may be
// ("các hội quần chúng:").
func (x *Extractor) listHeading(toks []token, e, i int) bool {
	if i <= e || i-e > 3 {
		return false
	}
	for _, t := range toks[e:i] {
		if !t.word || t.upper {
			return false
		}
	}
	for k := e; k < i; k++ {
		if r, pe := x.rules.phrases.match(toks, k); pe == i && r == phraseOpener {
			return false // "các hội như sau:", "… sau đây:", "… cụ thể:": what opens the clauses
		}
	}
	// "các hội:", "các đoàn thể:": a head, or a word that is a body only
	// with its place, names no body alone; nor does a kind of body in lower
	// case and nothing more ("các chi bộ:", "các đảng bộ:")
	r, be := x.rules.bodies.match(toks, e)
	return be == e || be == i || (r.role == roleHead || r.role == rolePlaced) && be == e+1 && i >= be
}

// endpoint is the subject of a responsibility: a body's or a person's name.
type endpoint struct {
	name, kind string
	o          *org   // a body's, to record when it is a subject
	post       string // a post of the body written before it: its holder is the subject
}

// postResp is a responsibility whose subject was written as a post of a
// body without its holder's name ("Giám đốc Sở Xây dựng phụ trách các xã
// …"): the fact's index and the post.
type postResp struct {
	fact int
	post string
}

// holdersAnswer makes the holder of a post the subject of the
// responsibilities written with the post alone, when the article names
// exactly one holder of it: "Giám đốc Sở NN&MT phụ trách các xã …" and,
// elsewhere, "Giám đốc Sở NN&MT Hồ Trọng Phương".
func (d *docState) holdersAnswer() {
	if len(d.byPost) == 0 {
		return
	}
	holders := map[string]string{} // org and post → the one holder, or "" when several
	for _, h := range d.facts {
		if h.Kind != hoigraph.FactHolds {
			continue
		}
		k := h.Org + "\x00" + wordKey(h.Post)
		if prev, ok := holders[k]; ok && prev != h.Person {
			holders[k] = ""
			continue
		}
		holders[k] = h.Person
	}
	for _, pr := range d.byPost {
		f := &d.facts[pr.fact]
		holder := holders[f.Subject+"\x00"+wordKey(pr.post)]
		if holder == "" {
			continue
		}
		key := "resp\x00" + wordKey(holder+"\x00"+f.Object)
		if d.seen[key] {
			f.Kind = "" // the holder's already: dropped below
			continue
		}
		d.seen[key] = true
		f.Subject, f.SubjectKind = holder, hoigraph.EndpointKind("person")
		f.Rule, f.Confidence = rulePostHolder.name, rulePostHolder.confidence
	}
	kept := d.facts[:0]
	for _, f := range d.facts {
		if f.Kind != "" {
			kept = append(kept, f)
		}
	}
	d.facts = kept
}

// clause reads one clause [a, b) and returns its subjects. A clause
// without a verb that ends in a colon names them for the next ("Đồng chí
// A, Bí thư Đảng ủy: phụ trách chung"); a clause that opens with its verb
// goes on with the previous clause's ("A phụ trách ấp X; trực tiếp theo
// dõi Hội Y").
func (d *docState) clause(s *sentence, a, b int, relation string, prev []endpoint) []endpoint {
	x := d.x
	toks := s.toks[:b]
	counted := false // the verb is one of a count of units: "lãnh đạo 4 tổ dân phố gồm"
	nextVerb := func(from int) (int, int) {
		for i := from; i < b; i++ {
			r, e := x.rules.phrases.match(toks, i)
			if e > i && r == phraseRespGroup && i == a && prev != nil {
				// "A: phụ trách công tác xây dựng Đảng; chỉ đạo Đảng bộ xã X":
				// in one person's list of duties, a bare chỉ đạo opening a
				// clause is a charge like the others
				return i, e
			}
			if e > i && (r == phraseResp || r == phraseRespPol || r == phraseRespUnder) {
				if purpose(toks, a, i) {
					i = e - 1 // "để thực hiện nhiệm vụ lãnh đạo, điều hành công việc của UBND tỉnh": an aim, nobody's assignment
					continue
				}
				return i, e
			}
			if e > i && r == phraseRespCount {
				if k, _ := x.countOf(s.toks, e, len(s.toks)); k > e {
					counted = true
					return i, e
				}
			}
		}
		return -1, -1
	}
	verb, after := nextVerb(a)
	if verb < 0 && d.taskCells != nil {
		for k := a + 1; k < b; k++ {
			if d.taskCells[toks[k].start] {
				verb, after = k, k // "A | Phó Bí thư | Khu phố 1, khu phố 2" under "Địa bàn phụ trách"
				break
			}
		}
	}
	end := verb // where the subjects must end
	if l := x.dutyCopula(s, a, verb); l > 0 {
		end = l // "Nhiệm vụ của Tổ công tác là chỉ đạo …": the subject ends at "là"
	}
	open := d.listOpen
	d.listOpen = false
	if verb < 0 && open && prev != nil && (x.startsPlace(toks, a) || toks[a].key == "các" && x.kindWord(toks, a+1) || toks[a].upper && x.parseBody(s, a, modeFree) != nil) {
		// "… các đơn vị: Đảng ủy A; Đảng ủy B; các phường: C, D": the
		// list goes on past a semicolon
		sub := &sentence{span: s.span, toks: toks, parenKind: s.parenKind}
		j := a
		for _, sj := range prev {
			j = d.objects(sub, a, b, sj.name, sj.kind, relation, ruleListCarried)
		}
		d.listOpen = j >= b
		return prev
	}
	if verb < 0 {
		if prev != nil && a > 0 && b < len(s.toks) && s.toks[b].text == ";" && taskWords(toks[a:b]) {
			// "A: phụ trách chung; công tác tổ chức, cán bộ; theo dõi Hội
			// X": a task without a verb of responsibility between two that
			// have one; the next goes on with the same person
			return prev
		}
		if b >= len(s.toks) || s.toks[b].text != ":" {
			return nil
		}
		end = b
	} else if d.objectFirst(s, a, b, verb, after, relation) {
		return nil
	}
	if verb >= 0 {
		// "A, Huyện ủy viên giúp Thường trực Huyện ủy theo dõi Hội X": A
		// is given the task; the body A helps is no subject
		for k := a; k+1 < end; k++ {
			if r, e := x.rules.phrases.match(toks, k); e > k && r == phraseHelper {
				if bd := x.parseBody(s, e, modeLax); bd != nil && (bd.end == end || bd.end+1 == end && toks[bd.end].text == ",") {
					end = k
					break
				}
			}
		}
	}
	if verb >= 0 {
		// "Ban Dân vận chủ trì, phối hợp với Ủy ban MTTQ theo dõi …": the
		// one who leads is the subject, not the one it works with
		for k := a + 1; k+2 < end; k++ {
			if r, pe := x.rules.phrases.match(toks, k); pe > k && pe <= end && r == phrasePartner {
				e := k
				if e-1 > a && toks[e-1].text == "," {
					e--
				}
				if e-2 > a && toks[e-2].key == "chủ" && toks[e-1].key == "trì" {
					e -= 2
				}
				end = e
				break
			}
		}
	}
	reaches := func(e int) bool { // a comma may stand before the verb
		k := e
		if k+1 < end && toks[k].key == "được" && (toks[k+1].key == "giao" || k+2 < end && toks[k+1].key == "phân" && toks[k+2].key == "công") {
			k += 2 // "được giao làm cơ quan thường trực, theo dõi …"
			if toks[k-1].key == "phân" {
				k++
			}
		}
		t := k
		if t < end && toks[t].text == "," {
			t++ // "đồng chí A, Huyện ủy viên, có trách nhiệm chỉ đạo …"
		}
		if r, te := x.rules.phrases.match(toks, t); te == end && r == phraseTasked {
			return true // "Ban Dân vận Huyện ủy có nhiệm vụ theo dõi …"
		}
		if k+2 < end && (toks[k].key == "là" || toks[k].key == "làm") && toks[end-1].text == "," && end-k <= 7 && lowerWords(toks[k+1:end-1]) {
			return true // "Ban Dân vận Huyện ủy là cơ quan thường trực, theo dõi …": what it is, then its task
		}
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
	plural := false // "Các đồng chí A, B phụ trách …": the run is everyone's
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
			k := i
			if k+1 < len(toks) && toks[k].key == "đồng" && toks[k+1].key == "chí" {
				k += 2
			} else if honorifics[toks[k].key] {
				k++
			}
			plural = pluralBefore(toks, k, false)
		}
		run, runEnd = append(run, endpoint{name: p.name, kind: "person"}), p.end
		if reaches(p.end) {
			subjects = list(run, va || plural)
		}
		i = p.nameEnd - 1
	}
	run, runEnd = nil, -1
	var last endpoint // the body before "trực thuộc"
	lastEnd := -1
	post, postEnd := "", -1 // a post written right before a body: "Giám đốc Sở X phụ trách …"
	for i := a; i < end && subjects == nil; i++ {
		if tr, te := x.rules.titles.match(toks, i); te > i {
			post, postEnd = tr.post, te-tr.shares
			i = te - tr.shares - 1
			continue
		}
		if list, e := d.headList(s, i); list != nil {
			// "các Ban: Tuyên giáo, Dân vận Huyện ủy phụ trách …": every one
			var all []endpoint
			for _, b := range list {
				if o := d.resolve(b, nil); o != nil {
					all = append(all, endpoint{name: o.name, kind: "org", o: o})
				}
			}
			if reaches(e) && len(all) > 0 {
				subjects = all
			}
			i = e - 1
			continue
		}
		if i > a && (toks[i-1].key == "các" || toks[i-1].key == "những") {
			continue
		}
		g := d.groupAt(s, i)
		if _, be := x.rules.bodies.match(toks, i); be > i && x.parseBody(s, i, modeLax) != nil && (g == nil || g.number != "") {
			// a body the rules name ("Đoàn công tác số 6 của Thành ủy"): read below
		} else if g != nil && g.end <= end {
			// "Tổ công tác số 3 phụ trách …", the group named before
			if o := d.groupOrg(g); o != nil {
				ok, va := joined(runEnd, i)
				if !ok {
					run = run[:0]
				}
				run, runEnd = append(run, endpoint{name: o.name, kind: "org", o: o}), g.end
				if reaches(g.end) {
					subjects = list(run, va)
				}
			}
			i = g.end - 1
			continue
		}
		mode := modeFree
		if i > a && toks[i-1].key == "với" {
			mode = modeLax // "đối với chi bộ 20, lãnh đạo …"
		}
		bd := x.parseBody(s, i, mode)
		if bd == nil {
			continue
		}
		if o := d.resolve(bd, nil); o != nil {
			ok, va := joined(runEnd, i)
			if !ok {
				run = run[:0]
			}
			ep := endpoint{name: o.name, kind: "org", o: o}
			if i == postEnd {
				ep.post = post
			}
			run, runEnd = append(run, ep), bd.end
			if reaches(bd.end) {
				subjects = list(run, va)
				// "chi bộ 20 trực thuộc Đảng bộ phường X, lãnh đạo …": the
				// body it belongs to only says which chi bộ
				if k := i - 1; lastEnd >= 0 && k > lastEnd && toks[k].key == "thuộc" && (k-1 == lastEnd || k-2 == lastEnd && toks[k-1].key == "trực") {
					subjects = []endpoint{last}
				}
			}
			last, lastEnd = endpoint{name: o.name, kind: "org", o: o}, bd.end
		}
		i = bd.end - 1
	}
	for _, sj := range subjects {
		if sj.o != nil {
			d.addOrg(sj.o, s)
		}
	}
	if verb < 0 && subjects == nil && firstPerson != "" && end == b && b < len(s.toks) && s.toks[b].text == ":" {
		// "A, Phó Chủ tịch UBND huyện được phân công (nhiệm vụ): theo dõi …":
		// the person, then words of the assignment, then the tasks
		if p := x.personAfter(s, a); p.name == firstPerson && p.end < b && b-p.end <= 5 && lowerWords(toks[p.end:b]) {
			subjects = []endpoint{{name: firstPerson, kind: "person"}}
		}
	}
	if verb < 0 {
		return subjects
	}
	how := ruleVerb
	if counted {
		how = ruleCount
	}
	if subjects == nil {
		if p := d.namedAgain(toks, a, verb); p != "" {
			subjects, how = []endpoint{{name: p, kind: "person"}}, ruleVerbCarried // "Ông Được chịu trách nhiệm theo dõi …"
		}
	}
	if subjects == nil && firstPerson != "" {
		subjects, how = []endpoint{{name: firstPerson, kind: "person"}}, ruleVerbPerson
	}
	if subjects == nil && (a > 0 || prev != nil) && (verb-a <= 2 || verbLead(toks[a:verb])) {
		// the verb opens the clause, maybe after other verbs of the task
		// ("lãnh đạo, điều hành chung hoạt động của UBND phường")
		subjects, how = prev, ruleVerbCarried
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
			n := len(d.facts)
			j = d.objects(sub, after, b, sj.name, sj.kind, relation, how)
			if sj.post != "" {
				for k := n; k < len(d.facts); k++ {
					if f := d.facts[k]; f.Kind == hoigraph.FactResponsibleFor && f.Subject == sj.name {
						d.byPost = append(d.byPost, postResp{fact: k, post: sj.post})
					}
				}
			}
		}
		d.listOpen = j >= b && j > after
		_, after = nextVerb(j)
	}
	return subjects
}

// namedAgain reads "Ông Được", "bà Lệ" at the start of a clause, right
// before its verb: a person named earlier in the article, called again by
// the last word of their name.
func (d *docState) namedAgain(toks []token, a, verb int) string {
	i := a
	if i+1 < verb && toks[i].key == "đồng" && toks[i+1].key == "chí" {
		i += 2
	} else if i < verb && honorifics[toks[i].key] {
		i++
	}
	if i == a || i >= verb || !toks[i].upper || !toks[i].word || toks[i].digit {
		return ""
	}
	e := i + 1
	for e < verb && (toks[e].key == "sẽ" || toks[e].key == "cũng" || toks[e].key == "được" || toks[e].key == "trực") {
		e++ // "Ông Nghị sẽ theo dõi"
	}
	if e != verb {
		return ""
	}
	found := ""
	for _, p := range d.named {
		if k := strings.LastIndexByte(p, ' '); k >= 0 && wordKey(p[k+1:]) == toks[i].key {
			if found != "" && found != p {
				return "" // two people of that name: which one is unclear
			}
			found = p
		}
	}
	return found
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
	for k := max(0, i-3); k < i; k++ {
		if r, be := x.rules.bodies.match(toks, k); be == i && r.role == roleCommittee && e-i <= 2 {
			return personRef{} // "Thành ủy Hà Nội": the committee's place, though Hà is a family name
		}
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
	if r, pe := x.rules.matchPlace(toks, k); pe > k && r.kind == p.kind {
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

// givenToEndsAt reports a phrase of role given-to ("được giao cho", "được
// phân công cho") that starts after toks[a] and ends right before toks[i].
func (x *Extractor) givenToEndsAt(toks []token, a, i int) bool {
	if i < 1 || !x.rules.givenToLast[toks[i-1].key] {
		return false
	}
	for k := max(a+1, i-4); k < i; k++ {
		if r, e := x.rules.phrases.match(toks, k); e == i && r == phraseGivenTo {
			return true
		}
	}
	return false
}

// dutyCopula is the "là" after the subject of a clause that opens with a
// phrase of role duty ("Nhiệm vụ của Tổ công tác là chỉ đạo …"), right
// before the verb or before a helper and the body it acts for ("… là thay
// mặt Ban Thường vụ Tỉnh ủy trực tiếp chỉ đạo …"); 0 when there is none.
func (x *Extractor) dutyCopula(s *sentence, a, verb int) int {
	toks := s.toks
	de := 0
	for k := a; k < verb && k < a+3 && de == 0; k++ {
		if r, e := x.rules.phrases.match(toks, k); e > k && r == phraseDuty {
			de = e
		}
	}
	if de == 0 {
		return 0
	}
	for l := de + 1; l < verb; l++ {
		if toks[l].key != "là" {
			continue
		}
		if l+1 == verb {
			return l
		}
		if r, e := x.rules.phrases.match(toks, l+1); e > l+1 && r == phraseHelper {
			if bd := x.parseBody(s, e, modeLax); bd != nil && bd.end == verb {
				return l
			}
		}
		return 0
	}
	return 0
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
			// "Y do A phụ trách"; "Y được giao cho A phụ trách", "Y được
			// phân công cho A theo dõi" (not "Ban Thường vụ giao cho A …")
			if toks[k].key != "do" && !x.givenToEndsAt(toks, a, k+1) {
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
	how := ruleObjectFirst
	if subj != nil {
		if r, _ := x.rules.phrases.match(toks, verb); r == phraseRespUnder {
			how = ruleUnder
		}
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
		kinds := (toks[i].key == "các" || toks[i].key == "những") && x.kindWord(toks, i+1) // "Các xã A, B do …"
		if bd := x.parseBody(s, i, modeFree); bd != nil || x.startsPlace(toks, i) || kinds {
			if i > a && (toks[i-1].key == "các" || toks[i-1].key == "những") {
				continue
			}
			sub := &sentence{span: s.span, toks: toks[:end], parenKind: s.parenKind}
			d.objects(sub, i, end, subject, kind, relation, how)
			return true
		}
	}
	// "Các hội do X theo dõi gồm: Hội A, Hội B": the list follows
	j := after
	for j < b && (toks[j].key == "gồm" || toks[j].key == "có" || toks[j].text == ":") {
		j++
	}
	if j > after {
		d.objects(&sentence{span: s.span, toks: toks, parenKind: s.parenKind}, j, b, subject, kind, relation, ruleList)
	}
	return true
}

// objects reads the list after a verb of responsibility and returns where
// it stops. Items are places ("các xã A, B và thị trấn C", "tổ dân phố
// 55,56 và 57", "quận 11 (phường A, phường B)") and bodies ("Hội A, Hội B";
// "các Đảng bộ: UBND tỉnh, Công an tỉnh" are those bodies' Party
// organisations).
func (d *docState) objects(s *sentence, j, b int, subject, subjectKind, relation string, how respRule) int {
	x := d.x
	toks := s.toks
	shared := ""     // "các xã A, B và C": one kind for every name
	sharedBody := "" // "các Đảng bộ: A, B": one body for every name
	var sharedType hoigraph.OrgType
	var unitBody *bodyRule // "Đảng bộ các xã A, B": that body of every unit of the list
	var kinds []string     // "các xã, phường: A, B": the kinds the names are of, each of one
	n := 0                 // items read
	area := func(p *place) {
		if len([]rune(p.name)) < 2 && !isNumber(p.name) {
			return // "các xã A, B, Đ": a text cut off in a name
		}
		if unitBody != nil {
			if o := d.resolve(&bodyRef{rule: *unitBody, core: unitBody.canonical, place: p}, nil); o != nil {
				d.addOrg(o, s)
				d.addResp(subject, subjectKind, o.name, "org", relation, how, s)
				n++
			}
			return
		}
		d.addArea(p, s)
		d.addResp(subject, subjectKind, p.label(), "area", relation, how, s)
		n++
	}
	body := func(o *org) {
		d.addOrg(o, s)
		d.addResp(subject, subjectKind, o.name, "org", relation, how, s)
		n++
	}
	for j < b {
		for j < b && (listSeparators[toks[j].key] || toks[j].text == ":" || toks[j].text == "(" || toks[j].text == ")" || toks[j].key == "địa" && j+1 < b && toks[j+1].key == "bàn") {
			if toks[j].key == "địa" {
				j++
			}
			j++
		}
		if j >= b {
			break
		}
		if r, ce := x.rules.phrases.match(toks, j); ce > j && r == phraseCluster {
			// "cụm xã gồm: A, B", "cụm phường A, B": as "các xã A, B"
			if r2, e := x.rules.matchPlace(toks, ce); e > ce && r2.name == "" {
				shared, j = r2.kind, e
				if j < b && toks[j].key == "gồm" {
					j++
				}
				continue
			}
		}
		if k := x.objectFiller(s, j, b, n == 0); k > j {
			if n == 0 && (k >= b || !toks[k].word) {
				// "Tại Sở X, … phân công ông A phụ trách và điều hành công
				// việc.": the work of the body the sentence opened with
				if o := d.fronted(s); o != nil {
					body(o)
				}
			}
			j = k
			continue
		}
		if r, e := x.rules.phrases.match(toks, j); e > j && r == phrasePointer {
			if o := d.fronted(s); o != nil {
				body(o) // "Đối với HĐND tỉnh, … điều hành hoạt động của cơ quan này"
			}
			j = e
			continue
		}
		if r, e := x.rules.bodies.match(toks, j); e > j && e+1 < b && (r.role == roleParty || r.role == roleLocal || r.role == rolePlaced) && r.typ != "" &&
			(toks[e].key == "các" || toks[e].key == "những") && x.kindWord(toks, e+1) {
			// "phụ trách Đảng bộ các xã A, B": the body of each unit
			if r.role == rolePlaced {
				r.role = roleLocal // placed by the unit, as parseBody reads "Đảng bộ xã A"
			}
			unitBody = &r
			j = e
		}
		if toks[j].key == "các" || toks[j].key == "những" {
			if r, e := x.rules.matchPlace(toks, j+1); e > j+1 && r.name == "" {
				shared, j = r.kind, e
				kinds = append(kinds[:0], r.kind)
				// "các phường, xã mới thành lập": several kinds, each item says its own
				for j+1 < b && toks[j].text == "," && x.kindWord(toks, j+1) {
					r2, e := x.rules.matchPlace(toks, j+1)
					shared, j = "", e
					kinds = append(kinds, r2.kind)
				}
				continue
			}
			if list, e := d.headList(s, j+1); list != nil && e <= b {
				// "các Hội: Nông dân, Cựu chiến binh, Phụ nữ phường X": every
				// one of the place written after the last
				for _, bd := range list {
					if o := d.resolve(bd, nil); o != nil {
						body(o)
					}
				}
				j = e
				continue
			}
			if r, e := x.rules.bodies.match(toks, j+1); e > j+1 && e < b && toks[e].text == ":" {
				sharedBody, sharedType, j = r.canonical, r.typ, e
				continue
			}
		}
		if k, kind := x.countOf(toks, j, b); k > j {
			shared, j = kind, k // "03 tổ dân phố gồm:"
			continue
		}
		if shared != "" && j+1 < b && toks[j+1].digit && firstWord(shared) == toks[j].key {
			j++ // "4 tổ dân phố gồm: tổ 15, 16"
		}
		if ns := numberList(toks[j].text); shared != "" && ns != nil {
			for _, nm := range ns {
				area(&place{kind: shared, name: nm, level: x.levelOf(shared, nm)})
			}
			j++
			continue
		}
		if n == 0 {
			// "thực hiện nhiệm vụ Chủ tịch UBND tỉnh": the post is what the
			// person stands in for, the body what they are responsible for
			if tr, te := x.rules.titles.match(toks, j); te > j && te-tr.shares > j {
				if bd := x.parseBody(s, te-tr.shares, modeList); bd != nil {
					j = te - tr.shares
				}
			}
		}
		if p, e := x.parsePlace(toks, j); p != nil {
			area(p)
			if p.level == hoigraph.Village || isNumber(p.name) {
				shared = p.kind // "tổ dân phố 15, 16 và 17", "ấp Bình Thạnh và Phong Điền"
				e = x.communeAfter(toks, e, b)
			}
			j = e
			if last, k := x.rangeEnd(toks, e, p); last > 0 {
				// "khu phố 5 đến khu phố 7": each one between
				from, _ := strconv.Atoi(p.name)
				for n := from + 1; n <= last; n++ {
					area(&place{kind: p.kind, name: strconv.Itoa(n), level: p.level})
				}
				j = k
			}
			continue
		}
		if r, e := x.rules.matchPlace(toks, j); e > j && r.name == "" && e < b {
			if ns := numberList(toks[e].text); ns != nil { // "Tổ dân phố 55,56 và 57"
				for _, nm := range ns {
					area(&place{kind: r.kind, name: nm, level: x.levelOf(r.kind, nm)})
				}
				shared, j = r.kind, e+1
				continue
			}
		}
		if shared == "" && len(kinds) > 1 && x.gaz != nil {
			// "Các xã, phường: Vĩnh Lộc, Bình Chánh, …": each name of the
			// kind the gazetteer knows it by, in the article's province
			if p, e := d.unitOfKinds(toks, j, kinds); p != nil {
				area(p)
				j = e
				continue
			}
		}
		if shared != "" {
			if name, e := x.placeName(toks, j, shared, true); name != "" {
				p := &place{kind: shared, name: name, level: x.levelOf(shared, name)}
				area(p)
				if j = e; p.level == hoigraph.Village {
					j = x.communeAfter(toks, e, b)
				}
				continue
			}
		}
		if bd := x.parseBody(s, j, modeList); bd != nil {
			if o := d.resolve(bd, nil); o != nil {
				if sharedBody != "" && sharedType == hoigraph.PartyCommittee && !strings.HasPrefix(o.name, sharedBody) {
					// "các Đảng bộ: UBND tỉnh": the Party organisation of the UBND
					o = &org{name: sharedBody + " " + o.name, typ: hoigraph.PartyCommittee, area: o.area}
				}
				body(o)
				if o.area != nil && o.area.level == hoigraph.Village {
					j = x.communeAfter(toks, bd.end, b)
					continue
				}
				if k := bd.end; unitBody == nil && bd.rule.typ == hoigraph.PartyCommittee && bd.place != nil && k+1 < b && (toks[k].text == "," || toks[k].key == "và") {
					if p, _ := x.parsePlace(toks, k+1); p != nil && p.kind == bd.place.kind {
						// "phụ trách Đảng bộ phường A và phường B": the Party
						// committee of each unit the list goes on with
						r := bd.rule
						if r.role == rolePlaced {
							r.role = roleLocal
						}
						unitBody = &r
					}
				}
			}
			j = bd.end
			continue
		}
		if sharedBody != "" {
			if o, e := d.namedItem(s, j, b, sharedBody, sharedType); o != nil {
				body(o) // "các Đảng bộ: Công an tỉnh, Quân sự tỉnh"
				j = e
				continue
			}
		}
		// an item not understood: go on when a list of places follows it
		// ("các cơ quan Đảng tỉnh và các xã A, B")
		k := j
		for k < b && k < j+8 && toks[k].text != "," && toks[k].key != "và" && toks[k].text != ";" {
			k++
		}
		if toks[j].key == "khối" && k <= j+3 && k+1 < b && (toks[k].text == "," || toks[k].key == "và") {
			j = k + 1 // "khối Đảng, khối Mặt trận …": a bloc that is no body, then the list goes on
			continue
		}
		if k < b && (toks[k].text == "," || toks[k].key == "và") && k+1 < b && (toks[k+1].key == "các" && x.kindWord(toks, k+2) || x.startsPlace(toks, k+1)) {
			j = k + 1
			continue
		}
		if n == 0 && lowerWords(toks[j:k]) {
			// "phụ trách các lĩnh vực: văn hóa, xã hội và Hội Chữ thập đỏ
			// huyện": fields of work first, then the bodies of the list
			m := k
			for m < b && (toks[m].text == "," || toks[m].key == "và") {
				if m+1 < b && toks[m+1].upper && x.parseBody(s, m+1, modeFree) != nil {
					break
				}
				for m++; m < b && m < k+8 && toks[m].word && !toks[m].upper && toks[m].key != "và"; m++ {
				}
			}
			if m < b && m+1 < b && (toks[m].text == "," || toks[m].key == "và") && toks[m+1].upper {
				j = m + 1
				continue
			}
		}
		break
	}
	return j
}

// communeAfter skips the commune written after the last item of a list
// that is a village's or a village's body ("trực tiếp phụ trách Chi bộ
// thôn Đông, xã Kim Trung", "thôn Đông, xã Kim Trung", "khu phố 5, 6
// phường X"): where it is, not a second item; else e.
func (x *Extractor) communeAfter(toks []token, e, b int) int {
	c := e
	if c < b && toks[c].text == "," {
		c++ // "…, xã X"; or no comma: "khu phố 5, 6 phường X"
	}
	if c >= b {
		return e
	}
	p, pe := x.parsePlace(toks, c)
	if p == nil || p.level != hoigraph.Commune {
		return e
	}
	if pe+1 < b && toks[pe].text == "," {
		if q, qe := x.parsePlace(toks, pe+1); q != nil && q.level != hoigraph.Village && q.level != hoigraph.Commune {
			pe = qe // "…, xã X, huyện Y": the district too
		}
	}
	if pe < b && (listSeparators[toks[pe].key] || toks[pe].key == "và") {
		return e // the list goes on: the commune is an item of it
	}
	return pe
}

// taskHeading is where the tasks start after a heading that opens a
// sentence: one to three words without a name or a verb of
// responsibility, then a colon ("Nhiệm vụ:", "Nhiệm vụ được giao:"); 0
// when there is none.
func (x *Extractor) taskHeading(s *sentence) int {
	toks := s.toks
	if len(toks) < 2 || !toks[0].word || toks[0].digit {
		return 0
	}
	for k := 1; k < len(toks) && k <= 3; k++ {
		if toks[k].text == ":" {
			for i := 0; i < k; i++ {
				if r, e := x.rules.phrases.match(toks, i); e > i && (r == phraseResp || r == phraseRespPol) {
					return 0
				}
			}
			if x.personAfter(s, 0).name != "" || x.parseBody(s, 0, modeFree) != nil {
				return 0
			}
			return k + 1
		}
		if !toks[k].word || toks[k].upper {
			return 0
		}
	}
	return 0
}

// verbLead reports the words before a verb of responsibility that open a
// clause as other verbs of the same task: at most four lower-case words,
// the last followed by a comma ("lãnh đạo, điều hành", "quản lý, chỉ
// đạo, điều hành").
func verbLead(toks []token) bool {
	if len(toks) < 2 || len(toks) > 6 || toks[len(toks)-1].text != "," {
		return false
	}
	words := 0
	for _, t := range toks {
		switch {
		case t.text == ",":
		case t.word && !t.upper && !t.digit:
			words++
		default:
			return false
		}
	}
	return words <= 4
}

// taskWords reports a clause that names a task without naming anyone: it
// opens with a lower-case word and holds no name of a person ("công tác
// tổ chức, cán bộ", "lĩnh vực nội chính").
func taskWords(toks []token) bool {
	if len(toks) == 0 || !toks[0].word || toks[0].upper || toks[0].digit || len(toks) > 30 {
		return false
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].upper && toks[i+1].upper && toks[i].word && toks[i+1].word {
			if k := toks[i-1].key; k == "ông" || k == "bà" || k == "chí" || k == "anh" || k == "chị" {
				return false // "đồng chí Lê Văn A": a person, who may start a new subject
			}
		}
	}
	return true
}

// lowerWords reports a run of lower-case words, no name in it.
func lowerWords(toks []token) bool {
	for _, t := range toks {
		if !t.word || t.upper || t.digit {
			return false
		}
	}
	return len(toks) > 0
}

// fronted is the body a sentence opens with, before a comma: "Đối với
// HĐND tỉnh, …", "Tại Sở Công Thương, …", "Riêng đối với Hội X, …"; or nil.
func (d *docState) fronted(s *sentence) *org {
	toks := s.toks
	k := 0
	if k < len(toks) && toks[k].key == "riêng" {
		k++
	}
	switch {
	case k+1 < len(toks) && toks[k].key == "đối" && toks[k+1].key == "với":
		k += 2
	case k < len(toks) && (toks[k].key == "tại" || toks[k].key == "với"):
		k++
	default:
		return nil
	}
	bd := d.x.parseBody(s, k, modeLax)
	if bd == nil || bd.end >= len(toks) || toks[bd.end].text != "," {
		return nil
	}
	return d.resolve(bd, nil)
}

// purpose reports a verb at toks[i] in a clause of purpose: "để" or
// "nhằm" shortly before it in the clause from toks[a].
func purpose(toks []token, a, i int) bool {
	for k := i - 1; k >= a && k >= i-8; k-- {
		if toks[k].key == "để" || toks[k].key == "nhằm" {
			return true
		}
		if toks[k].upper && toks[k].word {
			return false // a name or a body between: the verb is its own
		}
	}
	return false
}

// objectFiller skips words that stand between a verb and its list: "toàn
// (Đảng bộ)", "hoạt động của", and at the list's start a phrase of lower-case
// words ending where a place is ("mới được thành lập trên địa bàn quận 11").
func (x *Extractor) objectFiller(s *sentence, j, b int, first bool) int {
	toks := s.toks
	if toks[j].key == "toàn" {
		return j + 1
	}
	if r, e := x.rules.phrases.match(toks, j); e > j && e <= b && r == phraseFiller {
		if !first || e >= b || !toks[e].word || toks[e].upper || x.kindWord(toks, e) || toks[e].key == "các" {
			return e // "hoạt động của", "công việc hằng ngày của"
		}
		j = e // "chỉ đạo công tác phòng, chống dịch trên địa bàn xã X": the field of work, then the place
	}
	if first && !toks[j].upper && toks[j].word && j > 0 && toks[j-1].key == "việc" {
		// "xử lý công việc thường xuyên, hằng ngày của Đảng bộ": which
		// business, then whose
		for k := j; k < b && k < j+6; k++ {
			if toks[k].key == "của" {
				return k + 1
			}
			if toks[k].upper || toks[k].text != "," && !toks[k].word {
				break
			}
		}
	}
	if r, e := x.rules.phrases.match(toks, j); first && e > j && (r == phraseRespAlso || r == phraseRespGroup || r == phraseResp) {
		return e // "theo dõi, hướng dẫn và kiểm tra …"
	}
	if first && toks[j].key == "các" {
		// "các đơn vị: A, B": a word for what the list holds
		for k := j + 1; k < b && k <= j+3 && toks[k].word && !toks[k].upper; k++ {
			if k+1 < b && toks[k+1].text == ":" && !x.kindWord(toks, j+1) && x.listHeading(toks, j+1, k+1) {
				return k + 2
			}
		}
	}
	if !first || toks[j].upper || !toks[j].word || x.kindWord(toks, j) || toks[j].key == "các" {
		return j
	}
	for k := j; k < b && k < j+12; k++ {
		if toks[k].text == "," && k+1 < b && toks[k+1].word && !toks[k+1].upper {
			continue // "chỉ đạo công tác phòng, chống dịch trên địa bàn quận 8": one field of work, then the place
		}
		if toks[k].upper && !toks[k].digit && strings.ContainsAny(toks[k].text, "0123456789") {
			continue // "… dịch COVID-19 trên địa bàn …": a disease's code
		}
		if r, fe := x.rules.phrases.match(toks, k); fe > k && r == phraseField && fe < b && toks[fe].key == "của" {
			return j // "phụ trách kế toán của Hội X": a field of the body's work, no charge of the body
		}
		if x.startsPlace(toks, k) {
			return k
		}
		if r, be := x.rules.bodies.match(toks, k); be > k && r.role != rolePlaced {
			if bd := x.parseBody(s, k, modeList); bd != nil && (bd.place != nil || bd.levelKind != "") {
				return k // "tham gia sinh hoạt chi bộ thôn X": the cell, not its village
			}
		}
		if !toks[k].word || toks[k].upper {
			break
		}
	}
	return j
}

// countOf reads a count of units before their list: "4 tổ dân phố gồm",
// "03 xã:", "từ 05 tổ dân phố còn 03 tổ dân phố gồm có" and returns where the list
// starts and the units' kind.
func (x *Extractor) countOf(toks []token, j, b int) (int, string) {
	kind := ""
	k := j
	for k < b {
		switch {
		case toks[k].key == "từ" || toks[k].key == "còn" || toks[k].key == "xuống" || toks[k].key == "lên":
			k++
			continue
		case toks[k].digit && isNumber(toks[k].text):
			r, e := x.rules.matchPlace(toks, k+1)
			if e == k+1 || r.name != "" {
				return j, ""
			}
			kind, k = r.kind, e
			continue
		}
		break
	}
	if kind != "" && k < b && toks[k].text == ":" {
		return k + 1, kind // "phụ trách 03 xã: A, B, C"
	}
	if kind == "" || k >= b || toks[k].key != "gồm" {
		return j, ""
	}
	k++
	if k < b && toks[k].key == "có" {
		k++
	}
	return k, kind
}

// numberList splits "55,56" (written without a space, which reads as one
// token) into its numbers; nil for anything else.
func numberList(t string) []string {
	if strings.IndexByte(t, ',') < 0 {
		return nil
	}
	parts := strings.Split(t, ",")
	for _, p := range parts {
		if !isNumber(p) {
			return nil
		}
	}
	return parts
}

// namedItem reads an item of a list under a shared body ("các Đảng bộ:
// Công an tỉnh"): capitalised words, then maybe a kind of unit, which the
// article's place of that kind completes.
func (d *docState) namedItem(s *sentence, j, b int, head string, typ hoigraph.OrgType) (*org, int) {
	x := d.x
	toks := s.toks
	k := j
	var words []string
	for k < b && toks[k].word && (toks[k].upper || len(words) > 0) && !toks[k].digit && toks[k].key != "và" && !x.startsPlace(toks, k) && !x.kindWord(toks, k) && len(words) < 5 {
		words = append(words, toks[k].text)
		k++
	}
	if len(words) == 0 {
		return nil, j
	}
	var p *place
	if pl, e := x.parsePlace(toks, k); pl != nil {
		p, k = pl, e
	} else if r, e := x.rules.matchPlace(toks, k); e > k && r.name == "" {
		p, k = d.home.ofKind(r.kind), e
	} else {
		p = d.home.lowest()
	}
	if p == nil {
		return nil, j
	}
	return &org{name: head + " " + strings.Join(words, " ") + " " + p.label(), typ: typ, area: p}, k
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
		for _, t := range d.x.rules.words(s.text, s.start) {
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

// unitOfKinds reads at toks[j] the name of a unit of one of kinds, the one
// the gazetteer knows in the article's province ("Vĩnh Lộc" after "các xã,
// phường:" is xã Vĩnh Lộc), or nil when no kind, or more than one, fits.
func (d *docState) unitOfKinds(toks []token, j int, kinds []string) (*place, int) {
	x := d.x
	prov := d.home.ofLevel(hoigraph.Province)
	var found *place
	end := j
	for _, kind := range kinds {
		name, e := x.placeName(toks, j, kind, true)
		if name == "" {
			continue
		}
		for _, u := range x.lookup(kind + " " + name) {
			if !strings.EqualFold(u.Kind, kind) || prov != nil && prov.unit != nil && (u.ProvinceCode != prov.unit.Code || u.Era != prov.unit.Era) {
				continue
			}
			if found != nil && found.kind != kind {
				return nil, j // a xã and a phường of that name: which, the words do not say
			}
			found, end = &place{kind: kind, name: name, level: x.levelOf(kind, name)}, e
		}
	}
	return found, end
}
