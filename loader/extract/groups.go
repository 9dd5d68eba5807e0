package extract

import (
	"strings"

	"hoigraph"
)

// Working groups: a committee sets up numbered groups ("thành lập 12 tổ
// công tác"), each led by one of its members and in charge of some wards,
// communes or bodies. Articles write each group in one of two ways:
//
//	"Tổ 1 do ông A, Trưởng ban Tổ chức, làm tổ trưởng, phụ trách các xã X, Y"
//	"Ông A, Phó Bí thư, làm Trưởng đoàn kiểm tra số 01 gồm các xã X, Y"
//
// Both give the group (a body named after whoever founded it), its leader's
// post in it, and the responsibility of the group and of its leader for
// each unit listed. The kinds of group and their leaders' posts are in
// rules/groups.tsv.

// groupRef is a numbered group as a sentence names it.
type groupRef struct {
	rule       groupRule
	bare       bool // one word ("Tổ 1"): the kind the article founded
	number     string
	start, end int
	owner      *org // "… số 5 của Ủy ban MTTQ thành phố": written with it
}

// groupAt reads "Tổ 1", "Tổ công tác số 2", "Đoàn kiểm tra, giám sát số 01"
// at toks[i]: a kind of group and its number.
func (d *docState) groupAt(s *sentence, i int) *groupRef {
	toks := s.toks
	r, e := d.x.rules.groups.match(toks, i)
	if e == i {
		return nil
	}
	k := e
	if k < len(toks) && toks[k].key == "số" {
		k++
	}
	number := ""
	if k+1 < len(toks) && toks[k].key == "thứ" && ordinals[toks[k+1].key] != "" {
		number, k = ordinals[toks[k+1].key], k+1 // "Tổ thứ hai": Tổ 2
	} else if k < len(toks) && toks[k].digit && (groupNumber(toks[k].text) || k > e && longNumber(toks[k].text)) {
		number = toks[k].text
	} else {
		return d.singleGroup(s, i, e, r)
	}
	g := &groupRef{rule: r, bare: e == i+1, number: number, start: i, end: k + 1}
	if g.end+1 < len(toks) && toks[g.end].key == "của" {
		if bd := d.x.parseBody(s, g.end+1, modeLax); bd != nil {
			if o := d.resolve(bd, nil); o != nil {
				g.owner, g.end = o, bd.end
			}
		}
		if g.owner != nil && g.end+1 < len(toks) && toks[g.end].text == "," {
			// "Đoàn kiểm tra số 15 của Bộ Chính trị, Ban Bí thư do A làm
			// Trưởng đoàn": two bodies' delegation, named after the first
			if bd := d.x.parseBody(s, g.end+1, modeLax); bd != nil && bd.end < len(toks) && toks[bd.end].key == "do" {
				g.end = bd.end
			}
		}
	}
	if g.end < len(toks) && toks[g.end].text == "(" {
		// "Tổ công tác số 1 (gọi tắt là Tổ 1) do A làm Tổ trưởng": the
		// short name in brackets is the group's too, and what follows it
		// is said of the group
		for j := g.end + 1; j < len(toks) && j < g.end+12; j++ {
			if toks[j].text == ")" {
				if j+1 < len(toks) && (toks[j+1].key == "do" || toks[j+1].text == "," && j+2 < len(toks) && toks[j+2].key == "do") {
					g.end = j + 1
				}
				break
			}
			if toks[j].text == "(" || toks[j].text == "." {
				break
			}
		}
	}
	return g
}

// singleGroup reads a group the article names without a number, the one
// group a body set up: "Ban Thường vụ Tỉnh ủy thành lập Tổ công tác …",
// "Theo quyết định của Ban Thường vụ Tỉnh ủy, Tổ công tác gồm …", "Tổ công
// tác của Huyện ủy X"; and "tổ công tác" again later in the article, the
// same group. The kind must be written whole (not "Tổ", "Đoàn" alone) and
// be no count or list of groups ("các tổ công tác", "3 tổ công tác").
func (d *docState) singleGroup(s *sentence, i, e int, r groupRule) *groupRef {
	toks := s.toks
	if e == i+1 || i > 0 && (toks[i-1].key == "các" || toks[i-1].key == "những" || toks[i-1].digit) {
		return nil
	}
	if e < len(toks) && toks[e].word && toks[e].upper {
		return nil // "Tổ công tác Đặc biệt …": a name the rules do not know
	}
	g := &groupRef{rule: r, start: i, end: e}
	if o, ok := d.groupNamed[wordKey(r.canonical)]; ok {
		g.owner = o.parent // the group named before
		return g
	}
	if !toks[i].upper {
		return nil
	}
	if e+1 < len(toks) && toks[e].key == "của" {
		if bd := d.x.parseBody(s, e+1, modeLax); bd != nil {
			if o := d.resolve(bd, nil); o != nil {
				g.owner, g.end = o, bd.end
				return g
			}
		}
	}
	if d.groupOwner != nil && wordKey(d.groupKind) == wordKey(r.canonical) {
		g.owner = d.groupOwner // "thành lập Tổ công tác …" before
		return g
	}
	// "Theo quyết định của Ban Thường vụ Tỉnh ủy, Tổ công tác …"
	for k := len(s.found) - 1; k >= 0; k-- {
		f := s.found[k]
		if f.tok < i && f.tok >= 2 && toks[f.tok-1].key == "của" && toks[f.tok-2].key == "định" && i-f.tok < 12 {
			g.owner = f.o
			return g
		}
	}
	return nil
}

// ordinals are the numbers of groups written as words after "thứ" ("Tổ
// thứ hai", "Đoàn kiểm tra thứ nhất").
var ordinals = map[string]string{"nhất": "1", "hai": "2", "ba": "3", "tư": "4", "năm": "5", "sáu": "6", "bảy": "7", "bẩy": "7", "tám": "8", "chín": "9", "mười": "10"}

// groupNumber is a group's number as written: 1, 01, 5A.
func groupNumber(t string) bool {
	n := 0
	for n < len(t) && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	return n > 0 && n <= 3 && len(t)-n <= 1
}

// longNumber is a group's number of four digits, written only after "số"
// ("Đoàn kiểm tra số 1914"): a bare four-digit number is more often a year.
func longNumber(t string) bool {
	if len(t) != 4 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// founders remembers who set up the article's groups and of what kind:
// "Ban Thường vụ Tỉnh ủy … quyết định thành lập 12 tổ công tác", "huyện X
// thành lập các đoàn kiểm tra". Later groups are named after them.
func (d *docState) founders(s *sentence) {
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].key != "thành" || toks[i+1].key != "lập" || i > 0 && toks[i].upper && toks[i-1].upper && toks[i-1].word {
			continue // "huyện Châu Thành lập": the end of a name
		}
		k := i + 2
		for k < len(toks) && k < i+5 && (toks[k].digit || toks[k].key == "các" || toks[k].key == "những") {
			k++
		}
		r, e := d.x.rules.groups.match(toks, k)
		if e == k {
			continue
		}
		var owner *org
		var at *place
		for _, f := range s.found {
			if f.tok < i {
				owner = f.o
			}
		}
		if owner == nil {
			for j := 0; j < i; j++ {
				if p, pe := d.x.parsePlace(toks, j); p != nil {
					at = p
					j = pe - 1
				}
			}
		}
		if owner == nil && at == nil && d.groupKind != "" {
			return // a caption's "X thành lập 12 tổ công tác" says less than the text did
		}
		d.groupKind, d.groupOwner, d.groupPlace = r.canonical, owner, at
		return
	}
}

// groupOrg is the body a group names: its kind and number, then whose it is.
func (d *docState) groupOrg(g *groupRef) *org {
	kind := g.rule.canonical
	if g.bare && d.groupKind != "" && firstWord(d.groupKind) == firstWord(kind) {
		kind = d.groupKind // "Tổ 1" of "thành lập 12 tổ công tác"
	}
	name := kind + " số " + g.number
	if g.number == "" {
		name = kind // the article's one group of its kind
	}
	key := wordKey(name)
	if o, ok := d.groupNamed[key]; ok && g.owner == nil {
		return o // "Tổ công tác số 3" again: the one named before, not a second
	}
	o := &org{typ: hoigraph.OtherOrg}
	defer func() {
		if d.groupNamed == nil {
			d.groupNamed = map[string]*org{}
		}
		if _, ok := d.groupNamed[key]; !ok && o != nil && o.name != "" {
			d.groupNamed[key] = o
		}
	}()
	owner := firstOrg(g.owner, d.groupOwner)
	if owner == nil && d.groupPlace == nil && d.cur != nil {
		// no founding sentence: the Party committee its sentence names
		// ("Trưởng Ban Dân vận Huyện ủy X làm Trưởng đoàn kiểm tra số 2")
		// rather than the article's lowest place
		owner = d.sentenceCommittee(len(d.cur.toks))
	}
	switch {
	case owner != nil:
		o.name, o.parent, o.area = name+" của "+owner.name, owner, owner.area
	case d.groupPlace != nil:
		o.name, o.area = name+" "+d.groupPlace.label(), d.groupPlace
	case d.home.lowest() != nil:
		o.name, o.area = name+" "+d.home.lowest().label(), d.home.lowest()
	default:
		return nil // two articles' "Tổ 1" are not one body
	}
	return o
}

func firstOrg(os ...*org) *org {
	for _, o := range os {
		if o != nil {
			return o
		}
	}
	return nil
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	return wordKey(s)
}

// groupOfPost is the group a post of a person's list names when the rules
// know no body there: "A, Phó Bí thư Tỉnh ủy, Tổ trưởng Tổ công tác số 3",
// the group's leader or a deputy; nil otherwise.
func (d *docState) groupOfPost(s *sentence, it postItem) *org {
	toks := s.toks
	tr, te := d.x.rules.titles.match(toks, it.at)
	if te == it.at {
		return nil
	}
	g := d.groupAt(s, te)
	if g == nil && tr.shares > 0 {
		// "Trưởng đoàn kiểm tra số 3": the post's last word begins the
		// group; "Trưởng đoàn 12 người" counts a delegation's members, so
		// a bare kind needs its "số"
		if g = d.groupAt(s, te-tr.shares); g != nil && g.bare && toks[g.start+1].key != "số" {
			g = nil
		}
	}
	if g == nil {
		return nil
	}
	if k := wordKey(it.post); leaderAt(toks, it.at, g.rule) != te && !strings.HasPrefix(k, "phó") && k != "tổ phó" {
		return nil
	}
	return d.groupOrg(g)
}

// groupSpan is where a numbered group written at toks[m] ends, with whose
// it is ("đoàn kiểm tra số 3 của Tỉnh ủy X", "Tổ công tác số 2"); m when
// no such group is there. The post lists use it to read past a post in a
// group without a docState (groupOfPost names the group).
func (x *Extractor) groupSpan(s *sentence, m int) int {
	toks := s.toks
	_, e := x.rules.groups.match(toks, m)
	if e == m {
		return m
	}
	k := e
	if k < len(toks) && toks[k].key == "số" {
		k++
	}
	if k >= len(toks) || !toks[k].digit || !groupNumber(toks[k].text) && !(k > e && longNumber(toks[k].text)) {
		return m
	}
	e = k
	e++
	if e+1 < len(toks) && toks[e].key == "của" {
		if b := x.parseBody(s, e+1, modeLax); b != nil {
			e = b.end
		}
	}
	return e
}

// leaderAt reports the words of a group's leader's post at toks[k]
// ("tổ trưởng") and where they end.
func leaderAt(toks []token, k int, g groupRule) int {
	for n, w := range g.leaderKey {
		if k+n >= len(toks) || toks[k+n].key != w {
			return k
		}
	}
	return k + len(g.leaderKey)
}

// doLeader reads a group's leader after the "do" at toks[at]: "(ông) A,
// posts, làm tổ trưởng" gives the first person named before "làm" and
// where the leader's post after it ends (-1 when no such post follows).
func (x *Extractor) doLeader(s *sentence, at int, g groupRule) (personRef, int) {
	toks := s.toks
	var person personRef
	// a leader's posts may be long ("do bà A, Ủy viên Bộ Chính trị, Bí thư
	// Trung ương Đảng, Bí thư Đảng ủy …, Chủ tịch … làm Trưởng đoàn")
	for k := at + 1; k < len(toks) && k < at+64 && toks[k].text != ";"; k++ {
		if toks[k].key == "làm" {
			if e := leaderAt(toks, k+1, g); e > k+1 {
				return person, e
			}
			return person, -1
		}
		if person.name == "" {
			if p := x.personAfter(s, k); p.name != "" {
				person = p
				k = p.nameEnd - 1
			}
		}
	}
	return person, -1
}

// groups reads the sentence's working groups and marks the tokens they
// used, which the clauses of responsibility then leave alone.
func (d *docState) groups(s *sentence) []bool {
	x := d.x
	toks := s.toks
	var used []bool
	clause := 0 // where the clause at i starts
	for i := 0; i < len(toks); i++ {
		if toks[i].text == ";" {
			clause = i + 1
			continue
		}
		var g *groupRef
		person, leadEnd := personRef{}, -1
		if g = d.groupAt(s, i); g != nil && g.end+1 < len(toks) && toks[g.end].text == "," && toks[g.end+1].key == "do" {
			g.end++ // "tổ 1, do ông A … làm tổ trưởng"
		}
		if g != nil {
			g.end = groupSize(toks, g.end) // "Tổ công tác gồm có 6 người do …"
		}
		if g != nil && g.end < len(toks) && toks[g.end].key == "do" {
			// "Tổ 1 do (ông) A, posts, làm tổ trưởng"
			person, leadEnd = x.doLeader(s, g.end, g.rule)
		} else if g != nil && g.start == clause {
			// "Đoàn 2 làm việc với … do đồng chí A, posts, làm trưởng
			// đoàn": the group opens the clause, its leader comes last
			for k := g.end; k < len(toks) && k < g.end+60 && toks[k].text != ";" && toks[k].text != "."; k++ {
				if d.groupAt(s, k) != nil {
					break // another group's clause
				}
				if toks[k].key != "do" {
					continue
				}
				if person, leadEnd = x.doLeader(s, k, g.rule); person.name == "" {
					leadEnd = -1
				}
				break
			}
			if leadEnd < 0 {
				person = personRef{}
				g = nil
			}
		} else if g == nil && toks[i].key == "làm" {
			// "A, posts, làm Trưởng đoàn kiểm tra số 01", "làm Tổ trưởng
			// Tổ công tác số 3": the leader is the clause's first person
			for p := i + 2; p <= i+4 && g == nil; p++ {
				if g = d.groupAt(s, p); g != nil && leaderAt(toks, i+1, g.rule) != p &&
					!(p == i+2 && toks[i+1].key == "trưởng") {
					g = nil
				}
			}
			if g == nil {
				continue
			}
			leadEnd = g.end
			for j := clause; j < i && person.name == ""; j++ {
				person = x.personAfter(s, j)
			}
			g.start = clause
		} else {
			g = nil
		}
		if g == nil || leadEnd < 0 {
			continue
		}
		o := d.groupOrg(g)
		if o == nil {
			continue
		}
		d.addOrg(o, s)
		if person.name != "" {
			d.addPerson(person.name, s)
			d.addHolds(person.name, g.rule.leader, o, false, s)
		}
		leadEnd = d.groupDeputies(s, o, leadEnd)
		// the verb: "phụ trách", "chỉ đạo", "gồm (các)"
		j := leadEnd
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		r, e := x.rules.phrases.match(toks, j)
		if e == j || r != phraseResp && r != phraseRespPol && r != phraseRespGroup {
			i = leadEnd - 1
			continue
		}
		b := e
		for b < len(toks) && toks[b].text != ";" {
			b++
		}
		end := d.objects(s, e, b, o.name, "org", "in_charge", ruleGroup)
		if person.name != "" {
			d.objects(s, e, b, person.name, "person", "in_charge", ruleGroupLeader)
		}
		if used == nil {
			used = make([]bool, len(toks))
		}
		for k := g.start; k < end; k++ {
			used[k] = true
		}
		i = end - 1
	}
	return used
}

// groupSize skips the count of a group's members written between it and
// its leader: "gồm (có) 6 người (,) do …", "có 9 thành viên do …"; else k.
func groupSize(toks []token, k int) int {
	j := k
	if j < len(toks) && toks[j].key == "gồm" {
		j++
	}
	if j < len(toks) && toks[j].key == "có" {
		j++
	}
	if j == k || j >= len(toks) || !toks[j].digit {
		return k
	}
	j++
	for n := 0; n < 2 && j < len(toks) && toks[j].word && !toks[j].upper && toks[j].key != "do"; n++ {
		j++ // "người", "thành viên", "đồng chí"
	}
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j < len(toks) && toks[j].key == "do" {
		return j
	}
	return k
}

// groupDeputies reads the deputies named after a group's leader ("… do A
// làm Tổ trưởng, đồng chí B làm Tổ phó", "…, bà C làm Phó Trưởng đoàn"):
// each holds the deputy's post in the group. It returns where they end.
func (d *docState) groupDeputies(s *sentence, o *org, k int) int {
	toks := s.toks
	for k+1 < len(toks) && (toks[k].text == "," || toks[k].text == ";" || toks[k].key == "và") {
		p := d.x.personAfter(s, k+1)
		if p.name == "" {
			break
		}
		e := p.nameEnd
		if e < len(toks) && toks[e].text == "," {
			e++
		}
		if e < len(toks) && toks[e].key != "làm" && p.end > p.nameEnd {
			// "; đồng chí B, Trưởng Ban Dân vận Huyện ủy làm Tổ phó": the
			// deputy's own posts first (people reads them)
			e = p.end
			if e < len(toks) && toks[e].text == "," {
				e++
			}
		}
		if e >= len(toks) || toks[e].key != "làm" {
			break
		}
		tr, te := d.x.rules.titles.match(toks, e+1)
		if te == e+1 || !strings.HasPrefix(wordKey(tr.post), "phó") && wordKey(tr.post) != "tổ phó" {
			break
		}
		d.addPerson(p.name, s)
		d.addHolds(p.name, tr.post, o, false, s)
		k = te
	}
	return k
}

// inspections reads what a delegation inspects or supervises, written after
// it in its clause: a verb of inspection, then "đối với" or "tại" and the
// bodies or units inspected ("Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy do A
// làm Trưởng đoàn công bố quyết định kiểm tra việc … đối với Đảng ủy X",
// "Đoàn giám sát … tiến hành giám sát … tại UBND xã Y", "A, Trưởng đoàn
// kiểm tra số 2 của Huyện ủy, công bố quyết định kiểm tra đối với Chi bộ
// Z", "Đoàn công tác của tỉnh do B làm Trưởng đoàn kiểm tra … tại xã V").
// The delegation is responsible for each; only the first list after the
// verb is read, and none past another delegation or the clause's end, so
// the other bodies of the sentence stay out of it. Tokens that groups used
// (a list after "gồm", "phụ trách") are not read again.
func (d *docState) inspections(s *sentence, used []bool) {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if used != nil && used[i] {
			continue
		}
		g := d.groupAt(s, i)
		if g == nil {
			continue
		}
		d.inspected(s, used, g.end, func() *org { return d.groupOrg(g) })
		i = g.end - 1
	}
	// a delegation the rules of bodies name, not numbered ("Đoàn công tác
	// của tỉnh", "Tổ công tác liên ngành của UBND huyện")
	for _, f := range s.found {
		if f.post || used != nil && used[f.tok] || d.groupAt(s, f.tok) != nil {
			continue
		}
		if b := d.x.parseBody(s, f.tok, modeFree); b != nil && b.rule.role == roleDelegation && b.at == nil {
			o := f.o
			d.inspected(s, used, b.end, func() *org { return o })
		}
	}
}

// inspected reads, from toks[from] on, the verb of inspection and the list
// inspected after it (inspections), and makes the delegation groupOrg gives
// responsible for each.
func (d *docState) inspected(s *sentence, used []bool, from int, delegation func() *org) {
	x := d.x
	toks := s.toks
	verb := false
	for k := from; k < len(toks) && k < from+80 && toks[k].text != ";"; k++ {
		if used != nil && used[k] || d.groupAt(s, k) != nil {
			return
		}
		role, e := x.rules.inspect.match(toks, k)
		if e == k {
			continue
		}
		if role == phraseInspect {
			verb, k = true, e-1
			continue
		}
		if !verb || e >= len(toks) || !(toks[e].key == "các" || x.startsPlace(toks, e) || x.parseBody(s, e, modeList) != nil) {
			continue
		}
		o := delegation()
		if o == nil {
			return
		}
		b := e
		for b < len(toks) && toks[b].text != ";" {
			b++
		}
		d.addOrg(o, s)
		d.objects(s, e, b, o.name, "org", "in_charge", ruleGroup)
		return
	}
}

// groupTable reads a table of working groups flattened into one paragraph
// a cell, as news pages print one: a header ("Tổ công tác", "Tổ trưởng",
// "Địa phương, đơn vị giám sát"), then for each row the group's number
// alone, its leader with their posts, and what it is in charge of, a cell
// a line ("- Các xã, phường: A, B", "- Đảng ủy X"). It reports whether it
// has read the sentence whole: a header cell, a number, or a row's charge.
func (d *docState) groupTable(s *sentence) bool {
	toks := s.toks
	if r, e := d.x.rules.groups.match(toks, 0); e > 1 && bulletOnly(toks[e:]) {
		d.table, d.tableRow, d.tableLeader = &r, nil, "" // the header's first cell, the kind alone
		return true
	}
	if d.table == nil {
		return false
	}
	b := bulletEnd(toks)
	switch {
	case len(toks) > 0 && toks[0].digit && groupNumber(toks[0].text) && bulletOnly(toks):
		// the row's number: a new row
		d.tableRow, d.tableLeader = d.groupOrg(&groupRef{rule: *d.table, number: toks[0].text}), ""
		if d.tableRow != nil {
			d.addOrg(d.tableRow, s)
		}
		return true
	case d.tableRow != nil && d.tableLeader == "":
		p := d.x.personAfter(s, b)
		if p.name == "" {
			d.table, d.tableRow = nil, nil // no leader where the row's is: no table
			return false
		}
		d.tableLeader = p.name
		d.addPerson(p.name, s)
		d.addHolds(p.name, d.table.leader, d.tableRow, false, s)
		return false // the leader's own posts are read as any sentence's
	case d.tableRow != nil && b > 0:
		// a cell of what the row's group is in charge of
		d.objects(s, b, len(toks), d.tableRow.name, "org", "in_charge", ruleGroup)
		return true
	case d.tableRow == nil && len(toks) <= 8 && d.x.personAfter(s, b).name == "":
		return true // another header cell ("Tổ trưởng", "Địa bàn phụ trách")
	}
	d.table, d.tableRow = nil, nil
	return false
}
