package extract

import (
	"strings"
	"unicode"

	"hoigraph"
	"hoigraph/gazetteer"
	"hoigraph/vntext"
)

// bodyRef is a body as a sentence names it, before its place is known:
// "Ban Dân vận" is a board whose committee the context must supply.
type bodyRef struct {
	rule       bodyRule
	core       string   // canonical name without place: "Ban Dân vận", "Hội Chữ thập đỏ"
	place      *place   // the place written after it
	levelKind  string   // a kind written without a name ("UBND quận"): the article's unit of that kind
	parent     *bodyRef // the committee of a board, the body a delegation comes from
	at         *place   // where a delegation works
	start, end int      // token indices in the sentence
	topic      bool     // a bare "Hội": the association the article is about
	// national is the scope word written after the body instead of a place
	// ("Hội Luật gia Việt Nam", "Ban Tổ chức Trung ương"): the national body
	national string
}

// org is a resolved body: scoped canonical name, type, place and parent.
type org struct {
	name   string
	typ    hoigraph.OrgType
	area   *place
	parent *org
	at     *place // delegations: the area they are in charge of
	// unplaced: the article never says where the body is ("Tỉnh ủy" on a
	// provincial site that never names its province); the name is the bare
	// one and the loader keeps the body apart, scoped to its source.
	unplaced bool
	// kind: for an unplaced body named with a kind of unit and no name
	// ("UBND huyện"), that kind ("Huyện")
	kind string
}

// parseMode says how strictly a body is read.
type parseMode int

const (
	modeFree parseMode = iota // running text: a body starts with a capital
	modeLax                   // after a post or "của": any case
	modeList                  // an item of a list after "phụ trách": the whole item is the name
)

// sentence is one sentence's tokens and what the parser needs around them.
type sentence struct {
	span
	toks []token
	// parenKind[i] is the kind word written just before the parenthesis
	// token i is in ("hội xã hội thành phố (Hội Nông dân, …)"), or "".
	parenKind []string
	found     []orgAt // the bodies read in running text, in order
	// free are the places the sentence names in its own right, not as a
	// body's scope ("trên địa bàn thành phố X", "tại xã Y"): a body named
	// after one without a place of its own is there.
	free []placeAt
	// cut: the text ends in this sentence without its full stop, an
	// excerpt cut mid-word
	cut bool
	// named are all the places the sentence names, in bodies' names too
	// (a sentence too large to keep between passes has none)
	named []*place
	// congressAt is one past the token where a body is read as the one
	// whose congress a steering board is of ("Ban Chỉ đạo Đại hội Đảng bộ
	// xã X"), not as a congress; 0 when none is
	congressAt int
}

// placeAt is a place a sentence names at a token.
type placeAt struct {
	tok int
	p   *place
}

// sentencePlace is the place the current sentence gives a body at token
// tok written without one: the nearest free place named before it, of the
// kind asked when one is ("UBND xã" takes a commune).
func (d *docState) sentencePlace(tok int, kind string) *place {
	return d.sentencePlaceAt(tok, func(p *place) bool { return kind == "" || p.kind == kind })
}

// nationalOf is the national body a bare association or mass
// organisation is in an article that names no place of its own: the one
// the article named before with "Việt Nam" ("Hội Nông dân Việt Nam …
// Ban Chấp hành Hội Nông dân họp"), or the one of a nationwide meeting
// ("Tại Hà Nội, Hội Cựu chiến binh tổ chức Đại hội đại biểu toàn quốc"):
// Hà Nội is where it meets, not whose it is.
func (d *docState) nationalOf(b *bodyRef) *org {
	switch b.rule.typ {
	case hoigraph.Association, hoigraph.SocioPolitical, hoigraph.Front:
	default:
		return nil
	}
	want := b.core + " Việt Nam"
	for _, o := range []*org{d.topic, d.congress} {
		if o != nil && o.area == nil && o.name == want {
			return o
		}
	}
	if d.cur == nil {
		return nil
	}
	toks := d.cur.toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].key == "toàn" && toks[i+1].key == "quốc" {
			return &org{name: want, typ: b.rule.typ}
		}
	}
	return nil
}

// sameKindPlace is the one unit of a kind the current sentence names, if
// it names only one: "Ban Thường vụ Thành ủy và giữ chức Bí thư Thành ủy
// Sóc Trăng" names one city.
func (d *docState) sameKindPlace(kind string) *place {
	if d.cur == nil || kind == "" {
		return nil
	}
	var one *place
	for _, p := range d.cur.named {
		if p.kind != kind {
			continue
		}
		if one != nil && one.key() != p.key() {
			return nil
		}
		one = p
	}
	return one
}

// namedLater is the unit a committee written bare at b is named with later
// in the same sentence ("giữ chức Bí thư Tỉnh Đoàn, chị B giữ chức Phó Bí
// thư Tỉnh Đoàn Lạng Sơn": one Tỉnh đoàn), or with before, earlier in it
// ("… Phó Bí thư Tỉnh Đoàn Lạng Sơn và bầu Ban Thường vụ Tỉnh Đoàn"); nil
// when none.
func (d *docState) namedLater(b *bodyRef, before bool) *place {
	if d.cur == nil {
		return nil
	}
	toks := d.cur.toks
	from, to := b.end, len(toks)
	if before {
		from, to = 0, b.start
	}
	for i := from; i < to; i++ {
		r, e := d.x.rules.bodies.match(toks, i)
		if e == i || r.canonical != b.rule.canonical || r.role != roleCommittee {
			continue
		}
		if name, ne := d.x.placeName(toks, e, r.unit, false); name != "" && ne > e {
			return &place{kind: r.unit, name: name, level: d.x.levelOf(r.unit, name)}
		}
		i = e - 1
	}
	return nil
}

// recentUnit is the unit of a kind the paragraph's earlier sentences named
// a body of, when the article's home has none: "… Bí thư Huyện ủy Phụng
// Hiệp. Ông B giữ chức Phó Bí thư Huyện ủy." is the same Huyện ủy.
func (d *docState) recentUnit(kind string) *place {
	for i := len(d.recent) - 1; i >= 0; i-- {
		if a := d.recent[i].area; a != nil && a.kind == kind {
			return a
		}
	}
	return nil
}

func (d *docState) sentencePlaceAt(tok int, fits func(*place) bool) *place {
	if d.cur == nil {
		return nil
	}
	for i := len(d.cur.free) - 1; i >= 0; i-- {
		f := d.cur.free[i]
		if f.tok < tok && fits(f.p) && !clauseBreak(d.cur.toks[f.tok:tok]) {
			return f.p
		}
	}
	return nil
}

// clauseBreak reports a ";" among toks: a sentence's place does not reach
// past it ("…, cán bộ hưu trí thị trấn X giữ chức Chủ tịch Hội; bà B, Hội
// viên Hội Luật gia …").
func clauseBreak(toks []token) bool {
	for _, t := range toks {
		if t.text == ";" {
			return true
		}
	}
	return false
}

func allCapsWords(words []string) bool {
	for _, w := range words {
		if !allCaps(w) {
			return false
		}
	}
	return true
}

// placeOfLevel is where a body that exists at one level only is: the
// sentence's unit of that level, else the article's.
func (d *docState) placeOfLevel(tok int, l hoigraph.AreaLevel) *place {
	if p := d.sentencePlaceAt(tok, func(p *place) bool { return p.level == l }); p != nil {
		return p
	}
	return d.home.ofLevel(l)
}

// listedPlace is the place of level l that the body listed just before
// toks[tok] carries, a comma or "và" between them: in "lãnh đạo Ủy ban
// MTTQ huyện X, Phòng Giáo dục và Đào tạo, Phòng Nội vụ" the offices are
// X's, as a list of guests names the bodies of one place. When that body
// names only the kind of its unit ("Ủy ban MTTQ huyện"), kind is that kind
// and the place nil.
func (d *docState) listedPlace(tok int, l hoigraph.AreaLevel) (p *place, kind string) {
	if d.cur == nil || tok == 0 || !listSeparators[d.cur.toks[tok-1].key] || d.cur.toks[tok-1].key == "kiêm" {
		return nil, ""
	}
	for i := len(d.cur.found) - 1; i >= 0; i-- {
		f := d.cur.found[i]
		if f.tok >= tok {
			continue
		}
		if f.post || tok-f.tok > 16 || clauseBreak(d.cur.toks[f.tok:tok]) {
			return nil, ""
		}
		if a := f.o.area; a != nil && a.level == l {
			return a, ""
		}
		if f.o.unplaced && f.o.kind != "" {
			if r, e := d.x.rules.matchPlace(tokenize(f.o.kind, 0), 0); e > 0 && r.level == l {
				return nil, f.o.kind
			}
		}
		return nil, ""
	}
	return nil, ""
}

// abbrevs are the abbreviations an article defines in parentheses after
// the words they stand for ("Hội Khuyến học (KH) tỉnh"), by abbreviation:
// later "Hội KH Việt Nam" reads as "Hội Khuyến học Việt Nam".
type abbrevs map[string][]token

// newSentence tokenises a sentence. defs, when not nil, are the article's
// abbreviations so far: the sentence's own definitions are added, and an
// abbreviation defined before is read as the words it stands for (each
// spanning the abbreviation's bytes, so evidence still points at the text).
func (x *Extractor) newSentence(sp span, defs abbrevs) *sentence {
	toks := x.rules.words(sp.text, sp.start)
	// Drop parenthesised abbreviations: "Câu lạc bộ (CLB) Hưu trí".
	out := make([]token, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		if toks[i].text == "(" && i+2 < len(toks) && toks[i+2].text == ")" && isAbbrev(toks[i+1].text) {
			if defs != nil {
				if words := x.definedBy(out, toks[i+1]); words != nil {
					defs[toks[i+1].text] = words
				}
			}
			i += 2
			continue
		}
		if toks[i].text == "(" && defs != nil {
			// "(sau đây gọi tắt là BCĐ)": the body before, named so from now on
			if r, e := x.rules.phrases.match(toks, i+1); e > i+1 && r == phraseCalled && e+1 < len(toks) && toks[e+1].text == ")" && isAbbrev(toks[e].text) {
				if words := x.bodyBefore(sp, out); words != nil {
					defs[toks[e].text] = words
				}
				i = e + 1
				continue
			}
		}
		if words, ok := defs[toks[i].text]; ok && toks[i].word {
			for _, w := range words {
				w.start, w.end = toks[i].start, toks[i].end
				out = append(out, w)
			}
			continue
		}
		out = append(out, toks[i])
	}
	x.rules.markRoots(out)
	s := &sentence{span: sp, toks: out, parenKind: make([]string, len(out))}
	kind := ""
	for i, t := range out {
		switch t.text {
		case "(":
			kind = ""
			if i > 0 {
				if r, end := x.rules.matchPlace(out, i-1); end == i && r.name == "" {
					kind = r.kind
				} else if i > 1 {
					if r, end := x.rules.matchPlace(out, i-2); end == i && r.name == "" {
						kind = r.kind
					}
				}
			}
		case ")":
			kind = ""
		default:
			s.parenKind[i] = kind
		}
	}
	return s
}

// termWords are the words that may stand between a body and the
// abbreviation defined for it: its congress's number and term ("Ban Chỉ đạo
// Đại hội Đảng bộ xã X lần thứ I, nhiệm kỳ 2025–2030 (gọi tắt là BCĐ)").
var termWords = map[string]bool{"lần": true, "thứ": true, "nhiệm": true, "kỳ": true, ",": true, "-": true, "–": true}

// bodyBefore is the tokens of the widest body that ends at the end of
// before, but for the number and term of its congress, or nil.
func (x *Extractor) bodyBefore(sp span, before []token) []token {
	toks := append([]token(nil), before...)
	x.rules.markRoots(toks)
	s := &sentence{span: sp, toks: toks, parenKind: make([]string, len(toks))}
	tail := len(toks)
	for tail > 0 && (termWords[toks[tail-1].key] || toks[tail-1].digit || roman(toks[tail-1].text)) {
		tail--
	}
	var out []token
	for i := tail - 1; i >= 0 && i >= tail-20; i-- {
		if b := x.parseBody(s, i, modeLax); b != nil && b.end == tail {
			out = before[i:tail]
		}
	}
	return append([]token(nil), out...)
}

// definedBy is the words at the end of before whose initials spell the
// abbreviation a ("Khuyến học" for KH, "Ban chỉ đạo" for BCĐ), or nil; nil
// too for an abbreviation the rules know already (UBND, CLB, TP).
func (x *Extractor) definedBy(before []token, a token) []token {
	letters := []rune(vntext.Fold(a.text))
	n := len(letters)
	if n < 2 || n > 5 || n > len(before) || !allCaps(a.text) {
		return nil
	}
	for _, r := range letters {
		if r < 'a' || r > 'z' {
			return nil
		}
	}
	one := []token{a}
	x.rules.markRoots(one)
	if _, e := x.rules.bodies.match(one, 0); e > 0 {
		return nil
	}
	if _, e := x.rules.titles.match(one, 0); e > 0 {
		return nil
	}
	if _, e := x.rules.matchPlace(one, 0); e > 0 {
		return nil
	}
	words := before[len(before)-n:]
	for k, w := range words {
		f := []rune(vntext.Fold(w.text))
		if !w.word || w.digit || len(f) == 0 || f[0] != letters[k] {
			return nil
		}
	}
	return append([]token(nil), words...)
}

func isAbbrev(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	up := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r == 'Đ' {
			up++
		}
	}
	return up >= 2
}

// parseBody reads a body starting at token i, or returns nil.
func (x *Extractor) parseBody(s *sentence, i int, mode parseMode) (out *bodyRef) {
	toks := s.toks
	if s.cut {
		defer func() {
			if out != nil && out.end >= len(toks) {
				out = nil // "… Chủ tịch Hội Cự" where the excerpt is cut: the name is not all there
			}
		}()
	}
	if i >= len(toks) || !toks[i].word {
		return nil
	}
	if i > 0 {
		if r, e := x.rules.phrases.match(toks, i-1); e == i+1 && r == phraseNotBody && (!toks[i].upper || allCaps(toks[i].text)) {
			// "giao ban Bí thư", "GIAO BAN BÍ THƯ": the briefing of the
			// secretaries, no Ban Bí thư; "giao Ban Dân vận theo dõi …"
			// capitalises the body it gives a task to
			return nil
		}
	}
	rule, end := x.rules.bodies.match(toks, i)
	if rule.role == roleHead {
		// "Hội Người cao tổi": a known body mistyped, not a new association
		if r, e := x.rules.bodies.matchMistyped(toks, i); e > end && r.role != roleHead {
			rule, end = r, e
		}
	}
	if end > i && i > 0 && toks[i].key == "hội" && toks[i-1].key == "đại" {
		// "ĐẠI HỘI NÔNG DÂN CƠ SỞ", "Đại Hội Cựu chiến binh huyện": the
		// "hội" is the congress's word, not the start of the body's name
		// (a head already reads it so); in a headline written in capitals
		// it looks like "Hội Nông dân"
		return nil
	}
	if end == i {
		if b := x.levelAssociation(s, i); b != nil {
			return b // "Tỉnh hội", "huyện hội Hớn Quản", "lãnh đạo thị hội"
		}
	}
	if mode == modeFree && !toks[i].upper &&
		!(end > i && rule.canonical == "Chi bộ" && end < len(toks) && (toks[end].digit && groupNumber(toks[end].text) || x.partyOf(s, end) != nil)) &&
		!(end > i+1 && rule.level != "" && toks[i+1].upper) {
		// "chi bộ 20A trực thuộc Đảng bộ phường", "thành lập chi bộ Hội
		// Luật gia tỉnh": a numbered cell, or a body's, is one even in
		// lower case; so is an office of a province or district with its
		// field capitalised ("phòng Nội vụ thành phố", "sở Tư pháp")
		return nil
	}
	if end == i {
		if n, e := x.nationalScope(toks, i); n == "Trung ương" {
			// "Trung ương Hội Nông dân Việt Nam": the central committee of a national body
			if inner := x.parseBody(s, e, modeLax); inner != nil && inner.national == "Việt Nam" {
				inner.core, inner.start = "Trung ương "+inner.core, i
				return inner
			} else if inner != nil && inner.rule.role == roleLocal && inner.place == nil && inner.levelKind == "" &&
				(inner.rule.typ == hoigraph.Association || inner.rule.typ == hoigraph.SocioPolitical) {
				// "Trung ương Hội Chữ thập đỏ": the national association's,
				// though "Việt Nam" is not written
				inner.core, inner.start, inner.national = "Trung ương "+inner.core, i, "Việt Nam"
				return inner
			}
		}
		return nil
	}
	if rule.role == roleNational && rule.typ == hoigraph.PartyCommittee && end < len(toks) && toks[end].key == "hội" {
		// "Ban Chấp hành Trung ương Hội Nông dân Việt Nam": the
		// association's, not the Party's; a body's Ban Chấp hành is the body
		if k := end - 2; k > i && toks[k].key == "trung" {
			if inner := x.parseBody(s, k, modeLax); inner != nil {
				inner.start = i
				return inner
			}
		}
		return nil
	}
	b := &bodyRef{rule: rule, core: rule.canonical, start: i, end: end}
	if inner := x.agencyParty(s, rule, end); inner != nil {
		inner.start = i
		return inner
	}
	if inner := x.agencyOrg(s, rule, end); inner != nil {
		inner.start = i
		return inner
	}
	if rule.typ == hoigraph.PartyCommittee && (rule.canonical == "Đảng ủy" || rule.canonical == "Đảng bộ") {
		if inner := x.partyOf(s, end); inner != nil {
			// "Đảng ủy MTTQ Việt Nam TPHCM", "Đảng bộ Hội Luật gia tỉnh":
			// the Party committee of a body
			inner.core, inner.start = "Đảng ủy "+inner.core, i
			inner.rule.typ = hoigraph.PartyCommittee
			return inner
		}
	}
	if rule.role == roleHead && rule.canonical == "Chi hội" && end == i+2 {
		// "Chi hội Luật gia xã X": the branch of an association the rules
		// know ("Hội Luật gia"), in a commune
		if inner := x.parseBody(s, i+1, modeLax); inner != nil && inner.rule.role == roleLocal && inner.national == "" &&
			(inner.rule.typ == hoigraph.Association || inner.rule.typ == hoigraph.SocioPolitical) && strings.HasPrefix(inner.core, "Hội ") {
			inner.core, inner.start = "Chi hội "+strings.TrimPrefix(inner.core, "Hội "), i
			return inner
		}
	}
	switch rule.role {
	case roleHead:
		if end-i > 1 && x.institution(toks, end) > end {
			// "Chi bộ Trường Tiểu học An Lạc": the cell of an institution,
			// which parseScope reads ("Hội trường" is a hall, no Hội)
			x.parseScope(s, b)
			break
		}
		j := end
		var words []string
		for j < len(toks) && len(words) < 8 {
			t := toks[j]
			if r, e := x.rules.phrases.match(toks, j); mode != modeList && e > j && r == phraseClubField && rule.canonical == "Câu lạc bộ" {
				// "CLB Văn nghệ, Thể thao Hội Người cao tuổi": the comma
				// is in the club's name
				for _, w := range toks[j:e] {
					if w.text == "," && len(words) > 0 {
						words[len(words)-1] += ","
					} else {
						words = append(words, w.text)
					}
				}
				j = e
				continue
			}
			if mode == modeList {
				if !t.word || t.key == "và" || x.startsPlace(toks, j) || x.kindWord(toks, j) {
					if t.text == "-" && len(words) > 0 && j+1 < len(toks) && toks[j+1].word {
						words = append(words, "-")
						j++
						continue
					}
					break
				}
			} else if !t.word || !t.upper || t.digit || x.startsSomething(toks, j) {
				if t.word && !t.upper && !x.startsSomething(toks, j) {
					// "Câu lạc bộ Cựu chiến binh sản xuất kinh doanh giỏi
					// tỉnh X"
					if k := x.lowerRunToPlace(toks, j); (len(words) > 0 || rule.lower) && k > j {
						// "Ban liên lạc Cựu cán bộ đoàn tỉnh X": lower-case
						// words of the name, up to the place it is of
						for _, w := range toks[j:k] {
							words = append(words, w.text)
						}
						j = k
						break
					}
					if k := lowerRunToEnd(toks, j); len(words) > 0 && k > j && rule.canonical == "Câu lạc bộ" && x.lowerRunPlain(toks, j, k) {
						// "CLB Ông bà cháu.", "Câu lạc bộ Dưỡng sinh trực
						// thuộc Hội …": a club's name ends in lower case
						// where the clause or a word of belonging does
						for _, w := range toks[j:k] {
							words = append(words, w.text)
						}
						j = k
						break
					}
					if k := x.lowerRunToBody(s, j); len(words) > 0 && k > j && rule.canonical == "Câu lạc bộ" {
						// "Câu lạc bộ Thơ ca Hội Người cao tuổi xã X": the
						// club's lower-case words up to the association it
						// belongs to, whose place it takes
						for _, w := range toks[j:k] {
							words = append(words, w.text)
						}
						j = k
						break
					}
					if len(words) > 0 && (notInNames[t.key] || t.key == "trực" && j+1 < len(toks) && toks[j+1].key == "thuộc") || rule.lower {
						break // "Hội Người Hoa tại …", "CLB Thơ Đường đã …": a linking word or verb ends the name
					}
					return nil // "Chi hội Nha công": where the name ends is unclear in running text
				}
				break
			}
			words = append(words, t.text)
			j++
			if mode != modeList && nationalAbbrev(t.text) {
				break // "Hội NDVN dự": the abbreviation is the whole name
			}
		}
		if i > 0 && toks[i-1].key == "đại" { // Đại hội
			return nil
		}
		if rule.at {
			if len(words) == 0 {
				// "Hội đồng hương tỉnh Quảng Nam": the home place is the name
				if p, e := x.parsePlace(toks, j); p != nil {
					for _, w := range toks[j:e] {
						words = append(words, w.text)
					}
					j = e
				}
			}
			if len(words) > 0 && j+1 < len(toks) && toks[j].key == "tại" {
				e := j + 1
				if _, pe := x.parsePlace(toks, e); pe > e {
					e = pe
				} else {
					// "tại Đồng Nai": a place written by its name alone
					for e < len(toks) && e < j+5 && toks[e].word && toks[e].upper && !toks[e].digit && !x.startsSomething(toks, e) {
						e++
					}
				}
				if e > j+1 {
					// "… tại Bình Dương": where its members live, part of
					// the name in place of a scope, as written
					b.core, b.end = rule.canonical+" "+strings.Join(words, " "), e
					b.national = s.span.text[toks[j].start-s.span.start : toks[e-1].end-s.span.start]
					return b
				}
			}
		}
		if allCaps(toks[i].text) && allCapsWords(words) {
			return nil // "ĐOÀN KẾT - HỘI NHẬP": a slogan or headline, not a name
		}
		if len(words) == 0 && rule.typ == hoigraph.PartyCommittee && j == end {
			if inner := x.partyOf(s, end); inner != nil {
				// "Chi bộ Hội Luật gia tỉnh", "Chi bộ Liên đoàn Lao động
				// huyện X": the Party cell of a body, as "Đảng bộ Hội …" is
				inner.core, inner.start = rule.canonical+" "+inner.core, i
				inner.rule.typ = hoigraph.PartyCommittee
				return inner
			}
		}
		if len(words) == 0 && j < len(toks) && toks[j].digit && groupNumber(toks[j].text) {
			// "Chi bộ 20", "Chi hội 3": numbered within their commune
			b.core = rule.canonical + " " + toks[j].text
			b.end = j + 1
			x.parseScope(s, b)
			return b
		}
		if len(words) == 0 && rule.lower {
			x.parseScope(s, b) // "Chi hội nghề nghiệp xã X": the kind of branch alone
			return b
		}
		if len(words) == 0 {
			// "Chi bộ ấp Trung Hưng": a head named after its place
			if p, e := x.parsePlace(toks, j); p != nil && p.level == hoigraph.Village {
				b.place, b.end = p, e
				return b
			}
			return nil
		}
		b.core = rule.canonical + " " + strings.Join(words, " ")
		b.end = j
		if nationalAbbrev(words[len(words)-1]) {
			// "Hội NDVN", "Trung ương Hội CCBVN": the Việt Nam in the
			// abbreviation makes it the national body, whatever place follows
			b.national = "Việt Nam"
			w := words[len(words)-1]
			if r, ok := x.rules.bodies.exact(rule.canonical + " " + w[:len(w)-2]); ok && len(words) == 1 && r.typ != "" {
				b.rule.typ = r.typ // "Hội NDVN" is the Hội ND's kind of body: socio-political
			}
			return b
		}
		x.parseScope(s, b)
		if b.place == nil && b.levelKind == "" && b.national == "" {
			x.placeOfParent(s, b)
		}
	case roleWrapper:
		head := rule.canonical
		if rule.numbered {
			// "Vụ 5 Ban Tổ chức Trung ương", "Vụ Địa phương I, Ban Tổ chức
			// Trung ương": a numbered or named department of the body after it
			j := x.departmentEnd(toks, end)
			if j < 0 {
				return nil // "Vụ Tổ chức cán bộ": a name this reading does not know where to end
			}
			for _, t := range toks[end:j] {
				head += " " + t.text
			}
			if j < len(toks) && toks[j].text == "," {
				j++
			}
			end = j
		}
		if strings.HasSuffix(wordKey(head), "đại hội") {
			// "Ban Chỉ đạo Đại hội Đảng bộ xã X": the body after is the
			// one whose congress it is
			defer func(was int) { s.congressAt = was }(s.congressAt)
			s.congressAt = end + 1
		}
		inner := x.parseBody(s, end, modeLax)
		if inner == nil {
			return nil
		}
		inner.core = head + " " + inner.core
		inner.start = i
		if rule.typ != "" {
			inner.rule.typ = rule.typ // "Đảng đoàn Hội Nông dân" is a Party body
		}
		return inner
	case roleBoard, roleBoardBare:
		j := end
		if n, _ := x.nationalScope(toks, j); n == "Trung ương" {
			if p := x.parseBody(s, j, modeLax); p != nil && strings.HasPrefix(p.core, "Trung ương ") &&
				(p.national == "Việt Nam" || p.rule.role == roleNational && p.rule.typ == hoigraph.SocioPolitical) {
				// "Ban Tuyên giáo Trung ương Hội Nông dân Việt Nam", "Ban
				// Tổ chức Trung ương Đoàn": a board of the association's or
				// the Youth Union's central committee, not the Party's
				b.parent, b.end = p, p.end
				break
			}
		}
		if n, e := x.nationalScope(toks, j); n == "Trung ương" && e < len(toks) {
			if r, he := x.rules.bodies.match(toks, e); he == e+1 && r.role == roleHead && r.canonical == "Hội" && (he >= len(toks) || !toks[he].word || !toks[he].upper) {
				// "Trưởng Ban Kiểm tra Trung ương Hội": a board of the
				// central committee of the national association the
				// article is about, not the Party's central board
				b.parent = &bodyRef{rule: r, core: r.canonical, start: j, end: he, topic: true, national: "Trung ương"}
				b.end = he
				break
			}
		}
		if n, e := x.nationalScope(toks, j); n != "" && rule.typ == hoigraph.PartyBoard {
			if e+1 < len(toks) && toks[e].key == "đảng" && !toks[e+1].upper {
				e++ // "Ban Tổ chức Trung ương Đảng"
			}
			b.national, b.end = n, e // "Ban Tổ chức Trung ương": the Party's central board
			break
		}
		if j+1 < len(toks) && toks[j].key == "lâm" && toks[j+1].key == "thời" {
			j += 2 // "Ban Kiểm tra lâm thời Hội X": a provisional board of X
		}
		if j < len(toks) && toks[j].key == "của" {
			j++
		}
		if p := x.parseBody(s, j, modeLax); p != nil && p.rule.role != roleBoard && p.rule.role != roleBoardBare && p.rule.role != roleDelegation {
			b.parent = p
			b.end = p.end
		} else if r, e := x.rules.bodies.match(toks, j); p == nil && e > j && (r.role == roleLocal || r.role == roleCommittee) {
			// "Ban Thường vụ Hội Nông dân các cấp": the board of bodies
			// that are no one body is none, not the article's own
			return nil
		} else if j < len(toks) && toks[j].word {
			if r, e := x.rules.bodies.match(toks, j); e > j && r.role == roleHead {
				// "Ban Kiểm tra Hội": the association the article is about
				b.parent = &bodyRef{rule: r, core: r.canonical, start: j, end: e, topic: true}
				b.end = e
			}
		}
		if b.parent == nil {
			if p := x.sharedParent(s, end); p != nil {
				b.parent = p // "Ban Chấp hành, Ban Thường vụ và Ban Kiểm tra Hội X": each is X's
			} else if mode == modeFree && rule.role == roleBoardBare && i+1 < end && !toks[i+1].upper {
				return nil // "Ban tổ chức đã công bố": an event's organisers, not the Party's board
			}
		}
	case roleDelegation:
		j := end
		if strings.HasPrefix(rule.canonical, "Tổ ") && j < len(toks) && (toks[j].key == "số" || toks[j].digit) {
			return nil // "Tổ công tác số 2 (của Huyện ủy)": a numbered group (groups.tsv)
		}
		if j+1 < len(toks) && toks[j].key == "số" && toks[j+1].digit {
			b.core += " số " + toks[j+1].text // "Đoàn công tác số 3"
			j += 2
		}
		of := j < len(toks) && toks[j].key == "của"
		if of {
			j++
		}
		if of && j+2 < len(toks) && toks[j].key == "lãnh" && toks[j+1].key == "đạo" && x.kindWord(toks, j+2) {
			j += 2 // "Đoàn công tác của lãnh đạo tỉnh": the province's delegation, led by its leaders
		}
		if p := x.parseBody(s, j, modeLax); p != nil && p.rule.role != roleDelegation {
			b.parent = p
			j = p.end
		} else if of && x.kindWord(toks, j) {
			// "Đoàn đại biểu của tỉnh": the delegation of a place
			b.end = j
			x.parseScope(s, b)
			if b.place != nil || b.levelKind != "" {
				j = b.end
			}
		}
		// "… tại phường P"; "… phụ trách địa bàn phường P" in a post, where
		// no clause of responsibility will read it
		if role, e := x.rules.phrases.match(toks, j); e > j && (role == phraseArea && (mode != modeFree || toks[j].key == "tại") || role == phraseResp && mode != modeFree) {
			if p, pe := x.parsePlace(toks, e); p != nil {
				b.at = p
				j = pe
			}
		}
		b.end = j
	case roleTask:
		// "Ban Chỉ đạo chuyển đổi số xã X", "Ban Chỉ đạo thực hiện Quy
		// chế dân chủ ở cơ sở huyện Y": the words of its task, up to its
		// place or to where the clause goes on; "Ban Chỉ đạo" alone is
		// the one the article named last (resolve)
		j := end
		for j < len(toks) && j < end+maxTaskWords {
			t := toks[j]
			if t.text == "," && j > end && toks[j-1].key == "phòng" && j+1 < len(toks) && toks[j+1].key == "chống" {
				b.core += "," // "Ban Chỉ đạo phòng, chống thiên tai": one task
				j++
				continue
			}
			if t.text == "," && j > end {
				if e := x.taskList(toks, j); e > j {
					// "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi
					// mới sáng tạo và chuyển đổi số": fields listed in its
					// task, one name
					for _, w := range toks[j:e] {
						if w.text == "," {
							b.core += ","
						} else {
							b.core += " " + w.text
						}
					}
					j = e
					continue
				}
			}
			if t.key == "và" && j > end && x.taskGoesOn(toks, j+1, end+maxTaskWords) {
				// "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và công
				// tác dân vận xã X": a second task in lower case up to
				// the place is part of the name, not another body
				b.core += " " + t.text
				j++
				continue
			}
			if !t.word || t.digit || taskEnds[t.key] || j+1 < len(toks) && taskEnds[t.key+" "+toks[j+1].key] || x.startsPlace(toks, j) || x.kindWord(toks, j) && (j+1 >= len(toks) || !toks[j+1].word || taskEnds[toks[j+1].key] || j+2 < len(toks) && taskEnds[toks[j+1].key+" "+toks[j+2].key]) || x.startsCommittee(toks, j) || x.startsPerson(toks, j) {
				break
			}
			if _, te := x.rules.titles.match(toks, j); te > j {
				break
			}
			if n, _ := x.nationalScope(toks, j); n != "" {
				break
			}
			if r, pe := x.rules.phrases.match(toks, j); pe > j && r != phraseCount && r != phraseRespAlso && r != phraseRespCount && r != phraseFiller {
				break
			}
			b.core += " " + t.text
			j++
		}
		if j == end+maxTaskWords && j < len(toks) && toks[j].word && !x.startsPlace(toks, j) {
			return nil // a task longer than any: where its name ends is unclear
		}
		b.end = j
		if n, e := x.nationalScope(toks, j); n == "Trung ương" {
			b.national, b.end = n, e // "Ban Chỉ đạo Trung ương"
			break
		}
		if mode == modeFree && j == end && j < len(toks) && toks[j].word && !toks[j].upper && !taskEnds[toks[j].key] {
			return nil // "Ban chỉ đạo …" the reading cannot end: no body
		}
		x.parseScope(s, b)
	case roleCommittee, roleLocal, roleParty:
		if e := b.end; rule.role == roleLocal && strings.HasPrefix(b.core, "Hội ") && e+1 < len(toks) && isDash(toks[e].text) &&
			toks[e+1].upper && !x.startsSomething(toks, e+1) {
			if k := x.lowerRunToPlace(toks, e+1); k > e+1 {
				// "Hội Người khuyết tật - Nạn nhân chất độc da cam huyện X":
				// associations merged under a joint name, all of it up to
				// the place ("Hội Nông dân - Hội Phụ nữ xã X" is a list)
				b.core += " -"
				for _, t := range toks[e+1 : k] {
					b.core += " " + t.text
				}
				b.end = k
			}
		}
		x.parseScope(s, b)
		if rule.role == roleLocal && b.place == nil && b.levelKind == "" && b.national == "" {
			// "Đảng ủy – HĐND – UBND xã X": each is X's; "Hội Nông dân, Hội
			// Cựu chiến binh, Đoàn Thanh niên tỉnh": each the province's
			b.place, b.levelKind = x.sharedPlace(s, b.end)
			if b.core == "Đảng ủy" && !x.communeLevel(b.place, b.levelKind) {
				// "lãnh đạo Đảng ủy và Hội Khuyến học huyện": a bare Đảng ủy
				// is a commune's; a district's committee is its Huyện ủy
				b.place, b.levelKind = nil, ""
			}
		}
	case rolePlaced:
		if rule.typ == hoigraph.PartyCommittee && i > 1 && toks[i-2].key == "đại" && toks[i-1].key == "hội" && s.congressAt != i+1 {
			return nil // "Đại hội Đảng bộ quận": a congress, its committee has its own name
		}
		x.parseScope(s, b)
		if b.place == nil && b.levelKind == "" || b.end == end {
			return nil
		}
		b.rule.role = roleLocal
	}
	if b.rule.typ == hoigraph.Front && rule.role == roleLocal && b.place == nil && b.levelKind == "" && frontAsAWhole(toks, i, b.end) {
		return nil // "ngày thành lập Mặt trận Tổ quốc Việt Nam": the Front as a whole, no committee of it
	}
	if e := b.end; b.place == nil && e+1 < len(toks) && toks[e].key == "cấp" && toks[e+1].word && !toks[e+1].upper {
		return nil // "HĐND cấp phường", "Hội LHTN Việt Nam cấp cơ sở": bodies of a level, no one body
	}
	if e := b.end; b.place == nil && b.levelKind == "" && b.national == "" && e+1 < len(toks) &&
		(toks[e].key == "các" && toks[e+1].key == "cấp" ||
			toks[e].key == "cơ" && toks[e+1].key == "sở" && (e+2 >= len(toks) || !x.kindWord(toks, e+2) && !x.startsPlace(toks, e+2))) {
		return nil // "Hội Nông dân các cấp", "Hội Cựu chiến binh cơ sở": the bodies of every level, or of every commune, no one body
	}
	if e := b.end; b.place == nil && b.levelKind != "" && e+1 < len(toks) && (toks[e].text == "," || toks[e].key == "và") && (x.kindWord(toks, e+1) && !x.startsPlace(toks, e+1) || shortKinds[toks[e+1].key] && (e+2 >= len(toks) || !toks[e+2].word || toks[e+2].key == "và")) {
		return nil // "Đảng bộ phường, xã, đặc khu", "Bí thư Đoàn xã, phường": the bodies of levels, no one body
	}
	if e := b.end; b.place == nil && b.levelKind == "" && e+1 < len(toks) && (toks[e].key == "các" || toks[e].key == "những") && x.kindWord(toks, e+1) {
		return nil // "chủ tịch UBND các quận, huyện": the bodies of many units, no one body
	}
	return b
}

// shortKinds are kinds of unit shortened in lists of levels ("Liên đoàn Lao
// động huyện, thành, thị": of districts, cities and towns).
var shortKinds = map[string]bool{"thành": true, "thị": true}

// levelHoi maps the word for a level written before "hội" ("tỉnh hội",
// "huyện hội", "thị hội", "thành hội") to the kind of unit it stands for.
var levelHoi = map[string]string{"tỉnh": "Tỉnh", "huyện": "Huyện", "quận": "Quận", "thị": "Thị xã", "thành": "Thành phố"}

// hoiWords are words "hội" starts besides those of hoiCompounds ("hội tụ",
// "hội nhập"), which no level's association is.
var hoiWords = map[string]bool{"tụ": true, "nhập": true, "đàm": true, "chợ": true, "họa": true, "hè": true, "quán": true, "sở": true,
	"chứng": true, "thoại": true, "ngộ": true, "trại": true, "ý": true, "đủ": true, "tề": true, "làng": true, "xuân": true}

// levelAssociation reads "huyện hội Hớn Quản", "Tỉnh hội", "thị hội" at
// toks[i]: the association the article is about, at the unit of that level
// (named after it, or else the article's), as associations call their
// levels; nil for "hội nghị", "hội đồng" and the like.
func (x *Extractor) levelAssociation(s *sentence, i int) *bodyRef {
	toks := s.toks
	kind, ok := levelHoi[toks[i].key]
	if !ok || i+1 >= len(toks) || toks[i+1].key != "hội" || i > 0 && toks[i-1].key == "đại" {
		return nil
	}
	e := i + 2
	if e < len(toks) && toks[e].word && !toks[e].upper && (hoiCompounds[toks[e].key] || hoiWords[toks[e].key]) {
		return nil // "tỉnh hội nghị", "thành hội viên", "hội nhập": a word of its own, no level's association
	}
	r, ok := x.rules.bodies.exact("hội")
	if !ok {
		return nil
	}
	b := &bodyRef{rule: r, core: r.canonical, start: i, end: e, topic: true, levelKind: kind}
	if name, ne := x.placeName(toks, e, kind, true); name != "" {
		b.place, b.levelKind, b.end = &place{kind: kind, name: name, level: x.levelOf(kind, name)}, "", ne
	}
	return b
}

// sharedParent reads, after a board written without its body, a list of
// boards joined by "," and "và" whose last names a body: the body of them
// all ("Ban Thường vụ, Ban Kiểm tra lâm thời Hội Chữ thập đỏ xã X"; "Ban
// Chấp hành, Chủ tịch, Ban Kiểm tra và Trưởng ban Kiểm tra Hội CCB tỉnh";
// "Ban Thường vụ, Ban Kiểm tra của Hội X", the body after "của").
// A post in a body that is no board ends the list: "Ủy viên Ban Thường vụ,
// Phó Chủ tịch UBND huyện" are posts in two bodies.
func (x *Extractor) sharedParent(s *sentence, j int) *bodyRef {
	toks := s.toks
	for n := 0; n < 8 && j < len(toks); n++ {
		if toks[j].text != "," && toks[j].key != "và" {
			return nil
		}
		j++
		if tr, te := x.rules.titles.match(toks, j); te > j {
			if te < len(toks) && (toks[te].text == "," || toks[te].key == "và") {
				j = te // "Chủ tịch, Phó Chủ tịch": posts of the same body, named after
				continue
			}
			// "Ban Kiểm tra và Trưởng ban Kiểm tra Hội X": the last post's
			// board says the body; a post in another body ends the list
			if p := x.parseBody(s, te-tr.shares, modeLax); p != nil && p.parent != nil && (p.rule.role == roleBoard || p.rule.role == roleBoardBare) {
				return boardParent(p.parent)
			}
			return nil
		}
		r, e := x.rules.bodies.match(toks, j)
		if e == j || r.role != roleBoard && r.role != roleBoardBare {
			return nil
		}
		if e+1 < len(toks) && toks[e].key == "lâm" && toks[e+1].key == "thời" {
			e += 2 // "Ban Kiểm tra lâm thời"
		}
		if e < len(toks) && toks[e].key == "của" {
			e++ // "Ban Chấp hành, Ban Thường vụ, Ban Kiểm tra của Hội X"
		}
		if p := x.parseBody(s, e, modeLax); p != nil {
			return boardParent(p)
		}
		j = e
	}
	return nil
}

// frontAsAWhole reports the Front named as a movement rather than as one
// of its committees: "Mặt trận Tổ quốc Việt Nam" or "MTTQ Việt Nam" with no
// "Ủy ban" and no place.
func frontAsAWhole(toks []token, i, end int) bool {
	if k := toks[i].key; k == "ủy" || strings.HasPrefix(k, "ub") {
		return false
	}
	return end >= 2 && toks[end-2].key == "việt" && toks[end-1].key == "nam" || strings.HasSuffix(toks[end-1].key, "vn")
}

// sharedPlace reads, after a body written without its place, a list of
// bodies joined by ",", "–" or "và" whose last names the place of them
// all, or the kind of unit of the article's place ("… tỉnh").
func (x *Extractor) sharedPlace(s *sentence, j int) (*place, string) {
	toks := s.toks
	if j+1 >= len(toks) || toks[j].text != "," && toks[j].key != "và" && !isDash(toks[j].text) {
		return nil, ""
	}
	if r, e := x.rules.phrases.match(toks, j+1); e > j+1 && r == phraseGeneric && toks[j].key == "và" {
		// "Ủy ban MTTQ và các đoàn thể chính trị - xã hội phường X"
		if p, _ := x.parsePlace(toks, e); p != nil {
			return p, ""
		}
		if rk, ke := x.rules.matchPlace(toks, e); ke > e && rk.name == "" {
			return nil, rk.kind
		}
		return nil, ""
	}
	if r, e := x.rules.bodies.match(toks, j+1); e == j+1 || r.role != roleLocal {
		return nil, ""
	}
	if next := x.parseBody(s, j+1, modeLax); next != nil && next.rule.role == roleLocal {
		return next.place, next.levelKind // the next one's own, or the one after it shares
	}
	return nil, ""
}

// communeLevel reports a shared place, or kind of unit, that a bare
// "Đảng ủy" can be of: none, or a commune's.
func (x *Extractor) communeLevel(p *place, kind string) bool {
	if p != nil {
		return p.level == hoigraph.Commune
	}
	if kind == "" {
		return true
	}
	r, e := x.rules.matchPlace(tokenize(kind, 0), 0)
	return e > 0 && r.level == hoigraph.Commune
}

// boardParent is the body a list of boards shares: the body written
// after the last, not a board of its own.
func boardParent(p *bodyRef) *bodyRef {
	if p.rule.role == roleBoard || p.rule.role == roleBoardBare || p.rule.role == roleDelegation {
		return nil
	}
	return p
}

// partyOf reads the body a Party committee is of, written after "Đảng ủy"
// or "Đảng bộ": a body of the Front, the state or an association, not a
// place and not another Party body.
func (x *Extractor) partyOf(s *sentence, j int) *bodyRef {
	toks := s.toks
	if j >= len(toks) || !toks[j].upper || x.startsPlace(toks, j) || x.kindWord(toks, j) {
		return nil
	}
	r, e := x.rules.bodies.match(toks, j)
	of := func(r bodyRule) bool {
		// "Đảng ủy Chính phủ", "Đảng ủy Văn phòng Trung ương Đảng", "Đảng
		// ủy Bộ Y tế": the Party committee of a central body too
		return r.typ != hoigraph.PartyCommittee && (r.role == roleLocal || r.role == roleHead || r.role == roleNational && r.typ != "")
	}
	if e == j || !of(r) {
		return nil
	}
	inner := x.parseBody(s, j, modeLax)
	if inner == nil || !of(inner.rule) {
		return nil
	}
	return inner
}

// maxTaskWords is the most words a board's task runs to ("thực hiện Quy chế
// dân chủ ở cơ sở và công tác vận động quần chúng" is 16): past it, where
// the name ends is unclear.
const maxTaskWords = 18

// taskGoesOn reports whether the words from toks[j] (before limit) are
// lower-case words of a task that run up to a place or a kind of unit: after
// "và" they go on with a board's name rather than name another body.
func (x *Extractor) taskGoesOn(toks []token, j, limit int) bool {
	k := j
	for k < len(toks) && k < limit && toks[k].word && !toks[k].upper && !toks[k].digit && !taskEnds[toks[k].key] &&
		!(k+1 < len(toks) && taskEnds[toks[k].key+" "+toks[k+1].key]) && !x.startsPlace(toks, k) && !x.kindWord(toks, k) {
		if r, pe := x.rules.phrases.match(toks, k); pe > k && r != phraseFiller {
			return false
		}
		k++
	}
	return k > j && k < len(toks) && k < limit && (x.startsPlace(toks, k) || x.kindWord(toks, k))
}

// taskList reads, at the comma toks[j] in a board's task, the rest of a
// list of fields it is named after: words, commas, then "và" and the last
// field ("…, công nghệ, đổi mới sáng tạo và chuyển đổi số"). It returns
// where the list ends, or j when no such list is there: a body, a person,
// a post, a place or a word that ends a task comes first, or no "và".
func (x *Extractor) taskList(toks []token, j int) int {
	and, words := false, 0
	k := j + 1
	for ; k < len(toks) && k < j+14; k++ {
		t := toks[k]
		if t.text == "," && !and && words > 0 {
			words = 0
			continue
		}
		if t.key == "và" && !and && words > 0 {
			and, words = true, 0
			continue
		}
		if !t.word || t.digit || taskEnds[t.key] || k+1 < len(toks) && taskEnds[t.key+" "+toks[k+1].key] ||
			x.startsPlace(toks, k) || x.kindWord(toks, k) || x.startsCommittee(toks, k) || x.startsPerson(toks, k) {
			break
		}
		if _, te := x.rules.titles.match(toks, k); te > k {
			break
		}
		if _, be := x.rules.bodies.match(toks, k); be > k {
			break
		}
		if r, pe := x.rules.phrases.match(toks, k); pe > k && r != phraseFiller {
			break
		}
		if words++; words > 4 {
			return j
		}
	}
	if !and || words == 0 {
		return j
	}
	return k
}

// taskEnds are the words (one or two) at which a board named by its task
// ("Ban Chỉ đạo chuyển đổi số") says no more of its name: the clause goes
// on (a verb, or a modal before one: "Tiểu ban Lễ tân cần chuẩn bị …").
var taskEnds = map[string]bool{"gồm": true, "do": true, "làm": true, "là": true, "đã": true, "được": true, "có": true,
	"họp": true, "và": true, "với": true, "cho": true, "trong": true, "theo": true, "khi": true, "sẽ": true, "đang": true,
	"vừa": true, "nhằm": true, "để": true, "cùng": true, "dự": true, "tham": true, "thuộc": true, "các": true, "những": true,
	"này": true, "năm": true, "sơ": true, "ban hành": true, "quyết định": true, "thành lập": true, "kiện toàn": true,
	"triển khai": true, "chủ trì": true, "phát biểu": true, "báo cáo": true, "nhấn mạnh": true, "cho biết": true,
	"yêu cầu": true, "đề nghị": true, "ghi nhận": true, "đánh giá": true, "thông qua": true, "tiến hành": true,
	"kết luận": true, "tổ chức": true, "chúc mừng": true, "trao tặng": true, "thống nhất": true, "công bố": true,
	"cần": true, "phải": true, "chia thành": true, "phân công": true}

// notInNames are lower-case words that end a name rather than go on with
// it: verbs and linking words ("phối hợp với", "tổ chức tại").
var notInNames = map[string]bool{"với": true, "của": true, "tại": true, "ở": true, "và": true, "các": true, "những": true,
	"đã": true, "được": true, "là": true, "có": true, "cho": true, "trong": true, "trên": true, "thuộc": true, "vừa": true,
	"sẽ": true, "đang": true, "tham": true, "phối": true, "dự": true, "về": true, "đến": true, "từ": true, "nhằm": true,
	"để": true, "họp": true, "ra": true, "tổ": true, "chức": true, "cùng": true, "do": true, "theo": true, "khi": true}

// lowerRunToEnd is where a run of one to four lower-case words at toks[j]
// ends at a mark ending a clause (or the sentence) or before "(trực)
// thuộc" ("… Ông bà cháu.", "… Dưỡng sinh trực thuộc Hội"); else j.
func lowerRunToEnd(toks []token, j int) int {
	k := j
	for k < len(toks) && k < j+4 && toks[k].word && !toks[k].upper && !toks[k].digit && !notInNames[toks[k].key] &&
		!(toks[k].key == "trực" && k+1 < len(toks) && toks[k+1].key == "thuộc") {
		k++
	}
	if k == j {
		return j
	}
	if k == len(toks) {
		return k
	}
	switch t := toks[k]; {
	case t.text == "." || t.text == "," || t.text == ";" || t.text == ":" || t.text == ")":
		return k
	case t.key == "thuộc" || t.key == "trực" && k+1 < len(toks) && toks[k+1].key == "thuộc":
		return k
	}
	return j
}

// lowerRunToBody is where a run of at most four plain lower-case words at
// toks[j] ends right before an association or socio-political organisation
// of a place ("… thơ ca Hội Người cao tuổi xã X"), or j.
func (x *Extractor) lowerRunToBody(s *sentence, j int) int {
	toks := s.toks
	for k := j; k < len(toks) && k < j+4; k++ {
		t := toks[k]
		if !t.word || t.upper || t.digit || notInNames[t.key] || x.startsSomething(toks, k) || x.kindWord(toks, k) {
			return j
		}
		if _, e := x.rules.phrases.match(toks, k); e > k {
			return j
		}
		if k+1 < len(toks) && toks[k+1].upper {
			if p := x.parseBody(s, k+1, modeLax); p != nil && (p.place != nil || p.levelKind != "") && (p.rule.typ == hoigraph.Association || p.rule.typ == hoigraph.SocioPolitical) {
				return k + 1
			}
			return j
		}
	}
	return j
}

// lowerRunPlain reports toks[j:k] free of anything the rules read: no
// phrase of phrases.tsv, post, body or place starts in it.
func (x *Extractor) lowerRunPlain(toks []token, j, k int) bool {
	for i := j; i < k; i++ {
		if x.startsSomething(toks, i) || x.startsPlace(toks, i) || x.kindWord(toks, i) {
			return false
		}
		if _, e := x.rules.phrases.match(toks, i); e > i {
			return false
		}
	}
	return true
}

// lowerRunToPlace is where a run of at most eight words at toks[j], lower
// case or capitalised as names mix them ("Câu lạc bộ Doanh nhân Cựu chiến
// binh tỉnh X", "Hiệp hội Du lịch cộng đồng tỉnh"), ends when a place, or a
// bare kind of unit before a linking word or a mark ("… tỉnh ra mắt", not
// "nông thôn mới"), or "Việt Nam", starts right after it and none of them is a word of
// notInNames (but "tổ chức" only as a pair: "Cựu giáo chức"), of
// phrases.tsv, or the start of a post or body; else j.
func (x *Extractor) lowerRunToPlace(toks []token, j int) int {
	for k := j; k < len(toks) && k < j+8; k++ {
		t := toks[k]
		if t.digit && k > j && toks[k-1].word && !toks[k-1].digit && groupNumber(t.text) && x.numberEndsName(toks, k+1) {
			return k + 1 // "Ban liên lạc Cựu chiến binh Sư đoàn 9": a unit's number ends the name
		}
		if !t.word || t.digit || notInNames[t.key] && (t.key != "chức" || k > 0 && toks[k-1].key == "tổ") {
			return j
		}
		if t.upper && x.startsSomething(toks, k) {
			return j
		}
		if _, e := x.rules.phrases.match(toks, k); e > k {
			return j
		}
		if k+2 < len(toks) && toks[k+1].key == "việt" && toks[k+2].key == "nam" {
			return k + 1 // "Hiệp hội Doanh nhân Cựu chiến binh Việt Nam": the national body
		}
		if k+1 < len(toks) && (x.startsPlace(toks, k+1) || x.kindWord(toks, k+1) && (k+2 >= len(toks) || !toks[k+2].word || notInNames[toks[k+2].key])) {
			return k + 1
		}
	}
	return j
}

// institution is where the name of an institution at toks[j] ends ("Trường
// THCS Tân Hòa", "dòng họ Nguyễn Văn"): its word (phrases.tsv), a
// lower-case word of its kind ("Trường Đại học", "trường tiểu học") and up
// to five capitalised words or abbreviations; j when none starts there.
func (x *Extractor) institution(toks []token, j int) int {
	r, e := x.rules.phrases.match(toks, j)
	if e == j || r != phraseInstitute {
		return j
	}
	k := e
	for k < len(toks) && k < e+2 && toks[k].word && !toks[k].upper && !toks[k].digit && !notInNames[toks[k].key] && !x.kindWord(toks, k) {
		k++ // "trường tiểu học", "công ty cổ phần"
	}
	// capitalised words, and lower-case ones between or after them
	// ("Đại học Thủ Dầu Một", "Đa khoa tỉnh", "Điện lực Bình Dương")
	n, good, lower := k, k, 0
	for n < len(toks) && n < k+8 && toks[n].word && !x.startsPlace(toks, n) {
		t := toks[n]
		if t.upper || t.digit && n > k {
			if n == good && x.startsPerson(toks, n) {
				break
			}
			n, good, lower = n+1, n+1, 0
			continue
		}
		if good == k || lower == 2 || t.digit || notInNames[t.key] || x.kindWord(toks, n) {
			break
		}
		n, lower = n+1, lower+1
	}
	if good == k {
		return j
	}
	if n > good && n < len(toks) && toks[n].word && !x.startsPlace(toks, n) && !x.kindWord(toks, n) && !notInNames[toks[n].key] {
		n = good // "Trường THCS An Lạc tổ chức …" ends at An Lạc
	}
	return n
}

// communeBelongedTo is the commune of the body written after b and
// "(trực) thuộc" ("Chi bộ ấp Hòa Hưng, thuộc Đảng bộ xã Hòa Lạc"): a
// hamlet's body is of that commune, not of the article's; nil when none.
func (d *docState) communeBelongedTo(b *bodyRef) *place {
	if d.cur == nil {
		return nil
	}
	toks := d.cur.toks
	k := b.end
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k+1 < len(toks) && toks[k].key == "trực" {
		k++
	}
	if k+1 >= len(toks) || toks[k].key != "thuộc" {
		return nil
	}
	if p := d.x.parseBody(d.cur, k+1, modeLax); p != nil && p.place != nil && p.place.level == hoigraph.Commune {
		return p.place
	}
	return nil
}

// placeOfParent gives a named body written with no place of its own, then
// "(trực) thuộc" and the body it belongs to ("Câu lạc bộ Thơ thuộc Hội
// Người cao tuổi xã X"), the place of that body: the club is of xã X, not
// of the article's own commune.
func (x *Extractor) placeOfParent(s *sentence, b *bodyRef) {
	toks := s.toks
	k := b.end
	if b.rule.canonical == "Câu lạc bộ" && k < len(toks) && toks[k].upper {
		if p := x.parseBody(s, k, modeLax); p != nil && (p.place != nil || p.levelKind != "") && (p.rule.typ == hoigraph.Association || p.rule.typ == hoigraph.SocioPolitical) {
			b.place, b.levelKind = p.place, p.levelKind // "CLB Dưỡng sinh Hội Người cao tuổi xã X": X's club
			return
		}
	}
	if k+1 < len(toks) && toks[k].key == "trực" {
		k++
	}
	if k+1 >= len(toks) || toks[k].key != "thuộc" {
		return
	}
	if p := x.parseBody(s, k+1, modeLax); p != nil && (p.place != nil || p.levelKind != "") {
		b.place, b.levelKind = p.place, p.levelKind
	}
}

// numberEndsName reports what follows a number at toks[k-1] as no more of a
// name and no count ("… Sư đoàn 9 phát biểu", not "… 30 hội viên"): the
// end, a mark, or a lower-case word that starts no count of phrases.tsv.
func (x *Extractor) numberEndsName(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return true
	}
	if r, e := x.rules.phrases.match(toks, k); e > k && r == phraseCount {
		return false
	}
	return !toks[k].upper && !toks[k].digit
}

// blocWords are the words of the name of a bloc of agencies: "Khối cơ
// quan và doanh nghiệp", "Khối các cơ quan", "Khối Dân chính Đảng".
var blocWords = map[string]bool{"cơ": true, "quan": true, "và": true, "doanh": true, "nghiệp": true, "các": true,
	"dân": true, "chính": true, "đảng": true, "-": true}

// blocScope is where "Khối <bloc>" at toks[j] ends, right before the place
// it is of, or j.
func (x *Extractor) blocScope(toks []token, j int) int {
	if j >= len(toks) || toks[j].key != "khối" {
		return j
	}
	for k := j + 1; k < len(toks) && k < j+8; k++ {
		if x.startsPlace(toks, k) || x.kindWord(toks, k) {
			if k > j+1 {
				return k
			}
			return j
		}
		if !blocWords[toks[k].key] {
			return j
		}
	}
	return j
}

// nationalAbbrev reports an abbreviated name that ends in VN, Việt Nam
// ("NDVN", "CCBVN", "LHPNVN"): a national body's.
func nationalAbbrev(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "VN") && allCaps(w)
}

// agencyParty reads the Party committee of a body's agency after "Đảng
// ủy" or "Đảng bộ" (rule, ending at toks[j]): "Đảng ủy Cơ quan Trung ương
// Hội Nông dân Việt Nam", "Đảng bộ Cơ quan Ủy ban MTTQ tỉnh X". It is the
// body named after "Cơ quan", as a Party committee, or nil.
func (x *Extractor) agencyParty(s *sentence, rule bodyRule, j int) *bodyRef {
	toks := s.toks
	switch {
	case rule.typ != hoigraph.PartyCommittee:
		return nil
	case rule.canonical == "Đảng bộ Cơ quan":
	case (rule.canonical == "Đảng ủy" || rule.canonical == "Đảng bộ") && j+1 < len(toks) && toks[j].key == "cơ" && toks[j+1].key == "quan":
		j += 2
	default:
		return nil
	}
	if j >= len(toks) || !toks[j].upper {
		return nil
	}
	inner := x.parseBody(s, j, modeLax)
	if inner == nil || inner.rule.typ == hoigraph.PartyCommittee || inner.rule.role == roleBoard || inner.rule.role == roleBoardBare || inner.rule.role == roleDelegation {
		return nil
	}
	inner.core = "Đảng ủy Cơ quan " + inner.core
	inner.rule.typ = hoigraph.PartyCommittee
	return inner
}

// agencyOrg reads a mass organisation written right before a state agency
// ("Hội Phụ nữ Công an tỉnh X", "Đoàn Thanh niên Bộ Công an",
// "Công đoàn Sở Y tế tỉnh Z"): the organisation of that agency's staff, named
// with it, not the commune's; nil for a People's Committee or Council,
// whose staff's bodies are written "cơ quan" first.
func (x *Extractor) agencyOrg(s *sentence, rule bodyRule, j int) *bodyRef {
	toks := s.toks
	if rule.typ != hoigraph.SocioPolitical && rule.typ != hoigraph.Association || rule.role != roleLocal && rule.role != rolePlaced ||
		j >= len(toks) || !toks[j].upper {
		return nil
	}
	r, e := x.rules.bodies.match(toks, j)
	if e == j || r.typ != hoigraph.Government || r.canonical == "UBND" || r.canonical == "HĐND" {
		return nil
	}
	inner := x.parseBody(s, j, modeLax)
	if inner == nil || inner.rule.typ != hoigraph.Government || inner.place == nil && inner.levelKind == "" && inner.national == "" && inner.rule.role != roleNational {
		return nil
	}
	inner.core = rule.canonical + " " + inner.core
	inner.rule.typ = rule.typ
	return inner
}

// surnameAfterKind reports a kind of unit in lower case at toks[j:e] and
// a person's name after it whose family name would make a committee with
// it ("Phó Chủ tịch UBND tỉnh Đoàn Văn A": not the Tỉnh đoàn), unless the
// words after the family name are a province's (the Tỉnh đoàn of it).
func (x *Extractor) surnameAfterKind(toks []token, j, e int) bool {
	if toks[j].upper || e+1 >= len(toks) || !toks[e].upper {
		return false
	}
	if name, _ := x.personAt(toks, e); name == "" {
		return false
	}
	p, _ := x.provinceName(toks, e+1)
	return p == nil
}

// parseScope reads the place written after a body: "quận Tân Phú", "Quận 3",
// "TP.HCM", a kind alone ("HĐND quận"), or for a committee its unit's bare
// name ("Huyện ủy Lấp Vò").
func (x *Extractor) parseScope(s *sentence, b *bodyRef) {
	toks := s.toks
	j := b.end
	if k := x.blocScope(toks, j); k > j && b.rule.role != roleCommittee && b.rule.typ != hoigraph.PartyCommittee {
		// "Hội Cựu chiến binh Khối cơ quan và doanh nghiệp tỉnh X": the
		// body of a bloc of a province's agencies, then the province
		for _, t := range toks[j:k] {
			b.core += " " + t.text
		}
		j, b.end = k, k
	}
	if k := x.institution(toks, j); k > j && (b.rule.role == roleLocal || b.rule.role == roleHead) {
		// "Hội Cựu chiến binh Trường Đại học Thủ Dầu Một", "Chi hội Khuyến
		// học dòng họ Nguyễn xã X": the body of an institution, in its
		// name; a place may follow, and none is guessed when none does
		inst := s.span.text[toks[j].start-s.span.start : toks[k-1].end-s.span.start]
		defer func() {
			if b.place == nil && b.levelKind == "" && b.national == "" {
				b.national = inst
			} else {
				b.core += " " + inst
			}
		}()
		j, b.end = k, k
	}
	if n, e := x.nationalScope(toks, j); n == "Trung ương" && b.rule.role == roleLocal && (e >= len(toks) || !toks[e].word || !toks[e].upper) {
		// "Ủy viên Đảng ủy Công an Trung ương", "Đảng ủy Quân sự T.Ư": a
		// kind of body every level has, written with the centre's name
		// where a unit's would be, is the central one, not the article's
		// province's; "Trung ương Đoàn" after it starts another body
		b.national, b.end = n, e
		if strings.HasPrefix(b.core, "Hội ") && (b.rule.typ == hoigraph.Association || b.rule.typ == hoigraph.SocioPolitical) {
			b.national = "Việt Nam" // "Phó Chủ tịch Hội Luật gia Trung ương": the national association, its central committee
		}
		return
	}
	vn := j < len(toks) && toks[j].key == "việt" && j+1 < len(toks) && toks[j+1].key == "nam"
	named := j-2 > b.start && toks[j-2].key == "việt" && toks[j-1].key == "nam" // the pattern spells it: "hội luật gia việt nam"
	if vn {
		j += 2 // "Hội Nông dân Việt Nam huyện X": the national name, then the place
		b.end = j
	}
	if r, e := x.rules.phrases.match(toks, j); e > j && r == phraseScope {
		// "Đoàn ĐBQH đơn vị tỉnh X", "… khóa XV tỉnh X": words between a
		// body and its place, and a term's number after "khóa"
		if e < len(toks) && toks[e].word && (toks[e].digit || allCaps(toks[e].text)) {
			e++
		}
		if _, pe := x.parsePlace(toks, e); pe > e {
			j = e
		}
	}
	if p, e := x.parsePlace(toks, j); p != nil {
		b.place, b.end = p, e
		return
	}
	defer func() {
		// "Hội Luật gia Việt Nam", "Hội Nhà văn Việt Nam" and no place
		// after it: the national association. "Ủy ban MTTQ Việt Nam" alone is the article's own:
		// the Front's national body is its Ủy ban Trung ương.
		if (vn && b.rule.role == roleHead || (vn || named) && b.rule.role == roleLocal && b.rule.typ != hoigraph.Front) && b.place == nil && b.levelKind == "" {
			b.national = "Việt Nam"
		}
	}()
	if r, e := x.rules.matchPlace(toks, j); e > j && r.name == "" && (!x.startsCommittee(toks, j) || x.surnameAfterKind(toks, j, e)) {
		b.levelKind, b.end = r.kind, e
		return
	}
	if b.rule.role == roleCommittee {
		if name, e := x.placeName(toks, j, b.rule.unit, false); name != "" {
			b.place = &place{kind: b.rule.unit, name: name, level: x.levelOf(b.rule.unit, name)}
			b.end = e
			return
		}
	}
	if (b.rule.role == roleLocal || b.rule.role == rolePlaced && b.rule.typ == hoigraph.PartyCommittee) && !vn {
		// "Đảng bộ Hà Nội" too: a Đảng bộ needs a place, and a province's
		// bare name is one
		if p, e := x.provinceName(toks, j); p != nil {
			b.place, b.end = p, e // "Hội Khuyến học Hà Nội", "Hội CGC Đồng Nai": a province by its bare name
			return
		}
	}
	if j < len(s.parenKind) && s.parenKind[b.start] != "" {
		b.levelKind = s.parenKind[b.start]
	}
}

// provinceName reads a province written by its name alone, as the
// gazetteer confirms it: up to three capitalised words that are a
// province's name.
func (x *Extractor) provinceName(toks []token, j int) (*place, int) {
	if x.gaz == nil || j >= len(toks) || !toks[j].upper || x.startsSomething(toks, j) {
		return nil, j
	}
	n := upperRun(toks, j)
	if n > 3 || n == 0 {
		return nil, j // a longer run of capitals is a name of something else
	}
	name := toks[j].text
	for _, t := range toks[j+1 : j+n] {
		name += " " + t.text
	}
	// a commune may bear a province's name too; after a body, the bare name
	// is the province's
	var found *place
	for _, u := range x.lookup(name) {
		if u.Level != hoigraph.Province || !answers(u, name) {
			continue
		}
		if found != nil && found.kind != u.Kind {
			return nil, j
		}
		found = &place{kind: u.Kind, name: name, level: hoigraph.Province}
	}
	if found == nil {
		return nil, j
	}
	return found, j + n
}

// parsePlace reads "kind Name" or a short name of a place at toks[j].
func (x *Extractor) parsePlace(toks []token, j int) (*place, int) {
	r, e := x.rules.matchPlace(toks, j)
	if e == j || x.startsCommittee(toks, j) {
		return nil, j
	}
	if r.name != "" {
		return &place{kind: r.kind, name: r.name, level: r.level}, e
	}
	name, ne := x.placeName(toks, e, r.kind, true)
	if name == "" {
		return nil, j
	}
	level := r.level
	if level == "" {
		level = x.levelOf(r.kind, name)
	}
	return &place{kind: r.kind, name: name, level: level}, ne
}

// placeName reads the name of a unit of the given kind: a number, or up to
// four capitalised words. With a gazetteer the longest run that names such a
// unit wins; without, the run stops before what starts a person's name or
// anything the rules know.
func (x *Extractor) placeName(toks []token, j int, kind string, afterKind bool) (string, int) {
	if j < len(toks) && toks[j].digit && isNumber(toks[j].text) {
		if r, e := x.rules.phrases.match(toks, j+1); e > j+1 && r == phraseCount {
			return "", j // "HĐND huyện 6 tháng đầu năm": a count, not unit number 6
		}
		// "phường 1 Bảo Lộc": since 2025 some numbered units carry the
		// name of the city they were in
		for n := 3; n > 0 && x.gaz != nil; n-- {
			e := j + 1 + n
			if e > len(toks) || !allUpperWords(toks[j+1:e]) {
				continue
			}
			name := toks[j].text
			for _, t := range toks[j+1 : e] {
				name += " " + t.text
			}
			for _, u := range x.lookup(kind + " " + name) {
				if u.Kind == kind && answers(u, name) {
					return name, e
				}
			}
		}
		return toks[j].text, j + 1
	}
	if x.rules.villages[kind] {
		if j+1 < len(toks) && toks[j].key == "số" && isNumber(toks[j+1].text) {
			return toks[j+1].text, j + 2 // "tổ dân phố số 5"
		}
		return x.villageName(toks, j)
	}
	var words []string
	k := j
	// With a gazetteer to confirm the name, it may hold words that start
	// bodies elsewhere ("xã Hội Hoan", "xã Tân Đoàn"), and two names joined
	// by a dash ("phường Văn Miếu – Quốc Tử Giám"): only a unit so named
	// is read past the dash.
	for k < len(toks) && len(words) < 7 && toks[k].word && toks[k].upper && (x.gaz != nil && (afterKind || len(words) > 0) || !x.startsSomething(toks, k)) {
		if toks[k].digit && (len(words) == 0 || !isNumber(toks[k].text)) {
			break // a number ends a name ("xã Tân Lập 1"), it does not start one
		}
		if x.gaz == nil && allCaps(toks[k].text) {
			break // a headline in capitals: where the name ends, only a gazetteer knows
		}
		// Without a gazetteer to ask: "Quận ủy Lê Thị Hồng" is a person;
		// after a kind word a place is expected ("quận Hoàng Mai"), unless
		// the name has a middle name ("huyện Trần Thị Bích").
		if len(words) == 0 && x.gaz == nil && x.startsPerson(toks, k) &&
			(!afterKind && upperRun(toks, k) >= 3 || k+1 < len(toks) && (toks[k+1].key == "thị" || toks[k+1].key == "văn") ||
				kind == "Tỉnh" && upperRun(toks, k) >= 3) {
			break // a province's name is never a family name and two more ("tỉnh Phạm Hồng Thắng")
		}
		if len(words) > 0 && x.gaz == nil && x.startsPerson(toks, k) {
			break // "Tỉnh ủy Sóc Trăng Lâm Văn Mẫn": the name that follows is a person's
		}
		words = append(words, toks[k].text)
		k++
		if toks[k-1].digit {
			break
		}
		if k+1 < len(toks) && isDash(toks[k].text) && toks[k+1].word && toks[k+1].upper && !toks[k+1].digit &&
			(x.gaz != nil || kind != "Tỉnh" && kind != "Thành phố" && x.dashedPart(toks, k+1)) {
			words = append(words, toks[k].text)
			k++
		}
	}
	if len(words) == 0 {
		return "", j
	}
	if x.gaz != nil {
		// a headline in capitals runs on past the unit's name with its
		// verbs: "HUYỆN NÔNG CỐNG TỔNG KẾT", where Nông starts no person
		person := x.startsPerson(toks, j) && !allCapsWords(words)
		for n := len(words); n > 0; n-- {
			if person && n < len(words) && n < 3 && !x.startsPerson(toks, j+n) {
				// "Hội LHPN xã Cao Minh Long": a name that goes on past
				// the unit's is a person's, unless a name starts there
				// ("Thành ủy Hà Nội Đỗ Văn Hùng")
				break
			}
			if isDash(words[n-1]) {
				continue
			}
			name := strings.Join(words[:n], " ")
			for _, u := range x.lookup(kind + " " + name) {
				if u.Kind == kind && answers(u, name) { // Hồ is not Xà Hồ
					if allCapsWords(words[:n]) {
						return u.BaseName, j + n // a headline's "AN KHÁNH" is An Khánh
					}
					return name, j + n // the article's spelling: body names are read from it
				}
			}
			if districtKinds[kind] && (!afterKind || n == len(words)) {
				// a committee keeps the name of a unit whose kind changed
				// ("Thị ủy Từ Sơn" of a thị xã that became a city), and so
				// does an article written before the change ("huyện Điện
				// Bàn" of a district that became a thị xã): the whole run
				for _, u := range x.lookup(name) {
					if u.Level == hoigraph.District && districtKinds[u.Kind] && answers(u, name) {
						return name, j + n
					}
				}
			}
		}
		if !afterKind {
			return x.unconfirmedName(toks, j)
		}
		if x.communeKind(kind) {
			// "xã Kim Hải", "xã Phồn Xương": a commune merged away before the
			// gazetteer's list, or written with another kind than the
			// list's; after its kind word a short name is still its name
			return x.unlistedCommune(toks, j)
		}
		return "", j
	}
	return strings.Join(words, " "), k
}

// communeKind reports a kind of unit of a commune's level (places.tsv:
// xã, phường, thị trấn, đặc khu).
func (x *Extractor) communeKind(kind string) bool {
	r, e := x.rules.places.match(tokenize(kind, 0), 0)
	return e > 0 && r.name == "" && r.level == hoigraph.Commune
}

// unlistedCommune reads, after a commune's kind word, a name the gazetteer
// does not list: one to three capitalised words that start no body, post or
// place, the first of them maybe a family name ("xã Kim Hải") but no later
// one ("Hội LHPN xã Tân Lập Nguyễn Thị A" is a person after a listed
// name); a longer run of capitals is something else.
func (x *Extractor) unlistedCommune(toks []token, j int) (string, int) {
	k := j
	for k < len(toks) && k-j < 3 && toks[k].word && toks[k].upper && !toks[k].digit && !allCaps(toks[k].text) &&
		!x.startsSomething(toks, k) && (k == j || !x.startsPerson(toks, k)) {
		if _, te := x.rules.titles.match(toks, k); te > k {
			break
		}
		k++
	}
	if k == j || k < len(toks) && toks[k].word && toks[k].upper {
		return "", j
	}
	words := make([]string, 0, k-j)
	for _, t := range toks[j:k] {
		words = append(words, t.text)
	}
	return strings.Join(words, " "), k
}

// dashedPart reports, without a gazetteer to ask, whether the words after
// a dash go on with a unit's name ("phường Văn Miếu – Quốc Tử Giám"): one
// to three capitalised words that start no post, body, place or person.
// Provinces are not read so: "tỉnh Thái Bình - Hưng Yên" are two.
func (x *Extractor) dashedPart(toks []token, j int) bool {
	n := upperRun(toks, j)
	if n == 0 || n > 3 {
		return false
	}
	for k := j; k < j+n; k++ {
		if x.startsSomething(toks, k) || x.startsPerson(toks, k) || allCaps(toks[k].text) {
			return false
		}
	}
	return true
}

// unconfirmedName is a committee's unit as the article writes it when the
// gazetteer does not know it ("Huyện ủy Long Mỹ" of a district the list
// lacks): one to three capitalised words, where no person's name, post,
// body or place starts.
func (x *Extractor) unconfirmedName(toks []token, j int) (string, int) {
	k := j
	for k < len(toks) && k-j < 3 && toks[k].word && toks[k].upper && !toks[k].digit && !allCaps(toks[k].text) &&
		!x.startsSomething(toks, k) && !x.startsPerson(toks, k) {
		k++
	}
	if k == j || k < len(toks) && toks[k].word && toks[k].upper {
		return "", j // a longer run of capitals is something else
	}
	words := make([]string, 0, k-j)
	for _, t := range toks[j:k] {
		words = append(words, t.text)
	}
	return strings.Join(words, " "), k
}

// answers reports whether a unit bears the name as written, also where
// the article spells a minority-language name with other marks than the
// list ("Đắk Đoa", "Đak Đoa").
func answers(u gazetteer.Unit, name string) bool {
	if u.BaseName == name {
		return true // the common case, without folding either
	}
	return u.Answers(name) || lettersOnly(vntext.Fold(u.BaseName)) == lettersOnly(vntext.Fold(name))
}

// lettersOnly drops what is not a letter or digit: "Đắk R'Lấp" and "Đắk
// Rlấp" are one name.
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// districtKinds are the kinds a district-level unit has, and may change
// between: a huyện or thị xã becomes a city, a huyện a thị xã.
var districtKinds = map[string]bool{"Quận": true, "Huyện": true, "Thị xã": true, "Thành phố": true}

func isDash(s string) bool { return s == "-" || s == "–" }

// upperRun counts the capitalised words from toks[j] on.
func upperRun(toks []token, j int) int {
	n := 0
	for j+n < len(toks) && toks[j+n].word && toks[j+n].upper && !toks[j+n].digit {
		n++
	}
	return n
}

func allUpperWords(toks []token) bool {
	for _, t := range toks {
		if !t.word || !t.upper || t.digit {
			return false
		}
	}
	return true
}

// villageName reads the name of a part of a commune as written: up to four
// capitalised words, stopping where a post, a body, a place or a person
// starts ("ấp Bình Thạnh", "khu vực Hòa Cường Bắc").
func (x *Extractor) villageName(toks []token, j int) (string, int) {
	k := j
	for k < len(toks) && k-j < 4 && toks[k].word && toks[k].upper && !toks[k].digit && !x.startsSomething(toks, k) {
		if k > j && x.startsPerson(toks, k) {
			break
		}
		k++
	}
	if k == j {
		return "", j
	}
	if k < len(toks) && toks[k].digit && len(toks[k].text) <= 3 && (k+1 >= len(toks) || !strings.ContainsAny(toks[k+1].text, "/.-–")) {
		k++ // "khu phố Phú Cường 12", "ấp Hòa Hưng 2": a numbered hamlet, not "Phú Cường"; not a date after the name
	}
	words := make([]string, 0, k-j)
	for _, t := range toks[j:k] {
		words = append(words, t.text)
	}
	return strings.Join(words, " "), k
}

// startsSomething reports whether toks[j] starts a post, a body or a place
// kind word: where a name stops.
func (x *Extractor) startsSomething(toks []token, j int) bool {
	if _, e := x.rules.titles.match(toks, j); e > j {
		return true
	}
	if r, e := x.rules.bodies.match(toks, j); e > j && (!r.numbered || x.departmentEnd(toks, e) > 0) {
		return true // "Vụ 5" starts a body, "huyện Vụ Bản" goes on
	}
	if r, e := x.rules.phrases.match(toks, j); e > j && r == phraseNotName {
		return true
	}
	return x.startsPlace(toks, j)
}

// departmentEnd is where the number of a department ends when it starts
// at toks[k] ("5", "Địa phương II"): up to three words, then a number or a
// Roman numeral; -1 when there is none ("Vụ Bản" is a district).
func (x *Extractor) departmentEnd(toks []token, k int) int {
	j := k
	for j < len(toks) && j-k < 3 && toks[j].word && !toks[j].digit && !allCaps(toks[j].text) && !x.startsSomething(toks, j) {
		j++
	}
	if j >= len(toks) || !toks[j].word || !toks[j].digit && !allCaps(toks[j].text) || toks[j].digit && !groupNumber(toks[j].text) {
		return -1
	}
	return j + 1
}

func (x *Extractor) startsPlace(toks []token, j int) bool {
	r, e := x.rules.matchPlace(toks, j)
	return e > j && (r.name != "" || e < len(toks) && (toks[e].upper || toks[e].digit)) && !x.startsCommittee(toks, j)
}

// kindWord reports a word for a kind of unit at toks[j] ("phường" in
// "Chi hội Luật gia phường."), which ends a name even with no name after it.
func (x *Extractor) kindWord(toks []token, j int) bool {
	r, e := x.rules.matchPlace(toks, j)
	return e > j && r.name == "" && !x.startsCommittee(toks, j)
}

// startsCommittee reports "Quận ủy", "Quận đoàn": a kind word that is part of
// a body's name.
func (x *Extractor) startsCommittee(toks []token, j int) bool {
	r, e := x.rules.bodies.match(toks, j)
	return e > j && r.role == roleCommittee
}

// resolve turns a body reference into an org with its scoped name, using
// the article's home places; ctx is a neighbouring body (in a list of posts)
// whose committee a bare board belongs to. It returns nil when the body's
// place cannot be known.
func (d *docState) resolve(b *bodyRef, ctx *bodyRef) *org {
	if b == nil {
		return nil
	}
	if b.topic && (b.place != nil || b.levelKind != "") {
		return d.topicAtLevel(b)
	}
	if b.topic {
		for _, t := range []*org{d.congress, d.topic} {
			if t == nil {
				continue
			}
			if b.national == "Trung ương" {
				if t.area != nil || t.unplaced {
					return nil // "Trung ương Hội" of a local association: not that one
				}
				if name := strings.TrimPrefix(t.name, "Trung ương "); strings.HasPrefix(name, b.core+" ") {
					return &org{name: "Trung ương " + name, typ: t.typ}
				}
				continue
			}
			if strings.HasPrefix(t.name, b.core+" ") {
				return t
			}
		}
		return nil
	}
	if b.national != "" {
		if strings.HasSuffix(b.core, " "+b.national) || nationalAbbrev(b.core[strings.LastIndexByte(b.core, ' ')+1:]) {
			return &org{name: b.core, typ: b.rule.typ} // "Hội Liên hiệp Thanh niên Việt Nam" says it already
		}
		return &org{name: b.core + " " + b.national, typ: b.rule.typ}
	}
	switch b.rule.role {
	case roleNational:
		return &org{name: b.core, typ: b.rule.typ}
	case roleCommittee:
		p := b.place
		if p == nil {
			p = d.sentencePlace(b.start, b.rule.unit)
		}
		if p == nil {
			p = d.sameKindPlace(b.rule.unit)
		}
		if p == nil {
			p = d.namedLater(b, false)
		}
		if p == nil {
			p = d.home.ofKind(b.rule.unit)
		}
		if p == nil {
			p = d.namedLater(b, true)
		}
		if p == nil {
			p = d.recentUnit(b.rule.unit)
		}
		if p == nil && b.rule.unit == "Tỉnh" && b.core == b.rule.canonical {
			if c := d.home.ofLevel(hoigraph.Province); c != nil && c.kind == "Thành phố" {
				// "TUV", "Tỉnh ủy viên" in an article about Huế or Đà Nẵng:
				// a province-level city's committee is its Thành ủy
				if r, ok := d.x.rules.bodies.exact("thành ủy"); ok {
					return &org{name: r.canonical + " " + d.x.rules.short(c), typ: r.typ, area: c}
				}
			}
		}
		if p == nil {
			return &org{name: b.core, typ: b.rule.typ, unplaced: true}
		}
		return &org{name: b.core + " " + d.x.rules.short(p), typ: b.rule.typ, area: p}
	case roleParty:
		p := b.place
		if p == nil && b.levelKind != "" {
			p = d.home.ofKind(b.levelKind)
		} else if p == nil {
			p = d.home.lowest()
		}
		return d.committeeFor(p)
	case roleLocal, roleHead:
		p := b.place
		if p == nil && b.levelKind != "" {
			if p = d.sentencePlace(b.start, b.levelKind); p == nil {
				p = d.home.ofKind(b.levelKind)
			}
			if p == nil {
				// "Ủy ban Hội LHTN xã Tân Hòa tổ chức Đại hội Hội LHTN xã":
				// the one unit of that kind the sentence names
				p = d.sameKindPlace(b.levelKind)
			}
			if p == nil {
				// "Hội LHPN phường X gồm 16 chi hội. … chỉ định bà A giữ
				// chức Chủ tịch Hội LHPN phường": the unit of that kind the
				// paragraph named a body of, as for a committee
				p = d.recentUnit(b.levelKind)
			}
		} else if p == nil && b.rule.level != "" {
			if lp, kind := d.listedPlace(b.start, b.rule.level); lp != nil {
				p = lp // "Ủy ban MTTQ huyện X, Phòng Nội vụ": X's Phòng
			} else if kind != "" {
				// "Ủy ban MTTQ huyện, Phòng Nội vụ" with the district never named
				return &org{name: b.core + " " + kind, typ: b.rule.typ, unplaced: true, kind: kind}
			} else if p = d.placeOfLevel(b.start, b.rule.level); p == nil {
				return nil // "Sở Nội vụ" in an article that never names its province
			}
		} else if p == nil {
			if b.rule.canonical == "Đảng ủy" && b.core == "Đảng ủy" {
				if c := d.sentenceCommittee(b.start); c != nil && c.parent == nil && strings.HasPrefix(c.name, "Đảng ủy ") && c.area != nil && c.area.level != hoigraph.Commune {
					return c // "thành lập Đảng bộ Hội Nông dân tỉnh do ông A … làm Bí thư Đảng ủy": that Đảng bộ's
				}
				if c := d.agencyCommittee(b.start); c != nil {
					return c // "… Bí thư Đảng ủy Cơ quan Trung ương Hội X. B … làm Phó Bí thư Đảng ủy": that one
				}
			}
			if p = d.sentencePlace(b.start, ""); p == nil || b.rule.canonical == "Đảng ủy" && p.level != hoigraph.Commune {
				p = d.home.lowest()
			}
			if b.rule.canonical == "Đảng ủy" && (p == nil || p.level != hoigraph.Commune) {
				return nil // a bare Đảng ủy is the article's commune's
			}
		}
		if p == nil && b.levelKind != "" && b.place == nil && d.x.rules.villages[b.levelKind] {
			// "Ban Công tác Mặt trận thôn", "Chi hội Phụ nữ tổ dân phố":
			// a commune has many villages, and none is named; each
			// village's body, no one body
			return nil
		}
		if p == nil && b.levelKind != "" && b.place == nil && d.x.kindLevel(b.levelKind) == hoigraph.Commune && d.home.ofLevel(hoigraph.Commune) != nil {
			// "Ban Chấp hành Công đoàn phường được chỉ định phải tổ chức
			// đại hội" in an article about a xã: the body of every ward,
			// as a rule says, no one body
			return nil
		}
		if p == nil && b.levelKind != "" && b.place == nil {
			// "HĐND tỉnh" with the province never named: the kind is known, the place is not
			return &org{name: b.core + " " + b.levelKind, typ: b.rule.typ, unplaced: true, kind: b.levelKind}
		}
		if p == nil && b.place == nil && b.levelKind == "" {
			if o := d.nationalOf(b); o != nil {
				return o
			}
		}
		if p == nil {
			return nil
		}
		if b.rule.level == hoigraph.Village && p.level != hoigraph.Village && b.core == b.rule.canonical {
			// "65/65 hội nghị Chi hội Phụ nữ xã X": a branch exists in a
			// hamlet; one written with its commune alone is the commune's
			// branches, no one body ("Chi hội Khuyến học dòng họ Nguyễn
			// xã X", of a family, is one)
			return nil
		}
		name := b.core + " " + p.label()
		c := d.communeBelongedTo(b)
		if c == nil {
			c = d.home.ofLevel(hoigraph.Commune)
		}
		if p.level == hoigraph.Village && c != nil {
			name += " " + c.label() // "Chi hội Nông dân xóm Đông Lâm xã Mã Thành": hamlets' names repeat
		}
		return &org{name: name, typ: b.rule.typ, area: p}
	case roleBoard, roleBoardBare:
		var parent *org
		switch {
		case b.parent != nil:
			if parent = d.resolve(b.parent, nil); parent != nil && !parent.unplaced {
				d.namedBoards[wordKey(b.core)] = parent // the Party's too: the last named is the one meant
			}
		case ctx != nil:
			parent = d.resolve(committeeOf(ctx), nil)
		case b.rule.typ == "" && d.lastBoard != nil && d.lastBoard.parent.typ != hoigraph.PartyCommittee && d.sentenceCommittee(b.start) == nil &&
			!d.boardOnlyAfter(b.start):
			// "Ban Chấp hành Hội Chữ thập đỏ xã … đã bầu Ban Thường vụ": a
			// board any body may have, named alone after another body's
			// board, is its sibling
			parent = d.lastBoard.parent
		case b.rule.role == roleBoardBare && d.lastBoard != nil && d.lastBoard.parent.typ != hoigraph.PartyCommittee &&
			d.sentenceCommittee(b.start) == nil && d.boardInSentence(b.start):
			// "Ban Chấp hành Hội gồm 31 đồng chí; Ban Thường vụ 13 đồng
			// chí; Ban Kiểm tra 7 đồng chí": the boards of one body, listed
			parent = d.lastBoard.parent
		case b.rule.typ == "" && b.rule.role == roleBoardBare && d.subjectAssociation(b.start) != nil:
			// "Hội LHPN tỉnh đã phân công các đồng chí trong Ban Chấp hành,
			// Ban Thường vụ chỉ đạo …": the boards of the association the
			// sentence is about
			parent = d.subjectAssociation(b.start)
		case b.rule.typ == "" && b.rule.role == roleBoardBare && (d.congressNamed(b.start) || d.congressElects(b.start)):
			// "tân Chủ tịch Hội LHPN tỉnh cùng tập thể Ban Thường vụ, Ban
			// Chấp hành …" at the association's congress: its board
			parent = d.congress
		case b.rule.typ == "" && (b.rule.role == roleBoardBare || b.rule.role == roleBoard) && d.appointedBoards(b.start) != nil:
			// "thành lập Hội LHPN xã X sau sáp nhập, chỉ định Ban Chấp hành
			// gồm 28 đồng chí, Ban Thường vụ gồm 8 đồng chí": the boards of
			// the body the sentence founds
			parent = d.appointedBoards(b.start)
		case b.rule.role == roleBoardBare && d.namedBoards[wordKey(b.core)] != nil &&
			d.namedBoards[wordKey(b.core)].typ != hoigraph.PartyCommittee && d.sentenceCommittee(b.start) == nil:
			// "Ban Thường vụ Thành Đoàn khóa XI gồm 19 đồng chí. … Ban
			// Chấp hành, Ban Thường vụ … ra mắt": named alone, the board
			// last named in full with that name, when that was no Party
			// committee's (a Party board's is read from its neighbours
			// and the article's place)
			parent = d.namedBoards[wordKey(b.core)]
		case b.rule.role == roleBoardBare:
			if parent = d.sentenceCommittee(b.start); parent == nil {
				parent = d.homeCommittee()
			}
		}
		if parent == nil {
			return nil
		}
		if b.rule.alias {
			// "Ban Chấp hành Hội Nông dân xã X" is the Hội Nông dân xã X;
			// a board named alone after it is still its sibling
			if parent.typ != hoigraph.PartyCommittee {
				d.lastBoard = &org{name: b.core + " " + parent.name, typ: parent.typ, area: parent.area, parent: parent}
			}
			return parent
		}
		typ := b.rule.typ
		if typ == hoigraph.PartyBoard && parent.typ != hoigraph.PartyCommittee && parent.typ != hoigraph.PartyBoard {
			typ = "" // "Ban Kiểm tra Hội Cựu giáo chức": a board of the association
		}
		if typ == "" {
			typ = parent.typ
			if typ == hoigraph.PartyCommittee {
				typ = hoigraph.PartyBoard
			}
		}
		core := b.core
		if core == "Thường trực" && parent.typ == hoigraph.Front {
			// "Thường trực Ủy ban MTTQ phường": the Front's standing board
			// has one name, its Ban Thường trực, however it is written
			core = "Ban Thường trực"
		}
		return &org{name: core + " " + parent.name, typ: typ, area: parent.area, parent: parent, unplaced: parent.unplaced}
	case roleTask:
		key := wordKey(b.rule.canonical)
		p := b.place
		if p == nil && b.levelKind != "" {
			p = d.home.ofKind(b.levelKind)
		} else if p == nil && b.core == b.rule.canonical {
			return d.tasks[key] // "Ban Chỉ đạo" alone: the one named before, or none
		} else if p == nil && d.x.nationwideTask(b.core) {
			return &org{name: b.core, typ: b.rule.typ} // "Ban Chỉ đạo quốc gia …": no place's
		} else if p == nil {
			if p = d.sentencePlace(b.start, ""); p == nil {
				p = d.home.lowest()
			}
		}
		o := &org{name: b.core, typ: b.rule.typ, unplaced: true}
		if p != nil {
			o = &org{name: b.core + " " + p.label(), typ: b.rule.typ, area: p}
		}
		return o
	case roleDelegation:
		var parent *org
		if b.parent != nil {
			if parent = d.resolve(b.parent, nil); parent == nil || parent.unplaced {
				return nil // "Đoàn công tác của Thành ủy" with the Thành ủy unknown
			}
		}
		name := b.core
		if parent != nil {
			name += " " + parent.name
		}
		if b.at != nil {
			name += " tại " + b.at.label()
		}
		key := wordKey(b.core)
		if parent == nil && b.at == nil && (b.place != nil || b.levelKind != "") {
			p := b.place
			if p == nil {
				p = d.home.ofKind(b.levelKind)
			}
			if p == nil {
				return nil
			}
			o := &org{name: b.core + " " + p.label(), typ: b.rule.typ, area: p}
			d.delegations[key] = o
			return o
		}
		if parent == nil && b.at == nil {
			if o := d.delegations[key]; o != nil {
				return o // named before with whose it is
			}
			return d.delegationOfKind(key) // "Tổ công tác" after "Tổ công tác đặc biệt của Chính phủ"
		}
		o := &org{name: name, typ: b.rule.typ, parent: parent, at: b.at}
		if parent != nil {
			o.area = parent.area
		}
		if d.delegations[key] == nil {
			d.delegations[key] = o
		}
		return o
	}
	return nil
}

// nationwideTask reports a steering board whose name says it is national
// (phrases.tsv, role nationwide).
func (x *Extractor) nationwideTask(core string) bool {
	k := " " + wordKey(core) + " "
	for _, w := range x.rules.nationwide {
		if strings.Contains(k, " "+w+" ") {
			return true
		}
	}
	return false
}

// delegationOfKind is the one delegation named before whose kind begins
// with key's words ("Tổ công tác đặc biệt của Chính phủ", then "Thành phần
// Tổ công tác gồm: …"); nil when there is none or more than one.
func (d *docState) delegationOfKind(key string) *org {
	var found *org
	for k, o := range d.delegations {
		if strings.HasPrefix(k, key+" ") {
			if found != nil && found != o {
				return nil
			}
			found = o
		}
	}
	return found
}

// topicAtLevel resolves "huyện hội Hớn Quản", "Tỉnh hội": the article's
// association (its congress's, or the one it is about) at the unit written
// or, for a level alone, the article's unit of that kind; nil when the
// article's association is no local one or the unit is not known.
func (d *docState) topicAtLevel(b *bodyRef) *org {
	for _, t := range []*org{d.congress, d.topic} {
		if t == nil || t.parent != nil || t.typ != hoigraph.Association && t.typ != hoigraph.SocioPolitical {
			continue
		}
		var core string
		var ok bool
		if t.area != nil {
			core, ok = strings.CutSuffix(t.name, " "+t.area.label())
		} else {
			core, ok = strings.CutSuffix(t.name, " Việt Nam") // "kỷ niệm ngày thành lập Hội Người mù Việt Nam … huyện hội X": its level in X
		}
		if !ok || core == "" {
			continue
		}
		p := b.place
		if p == nil {
			if t.area != nil && t.area.kind == b.levelKind {
				return t
			}
			if p = d.home.ofKind(b.levelKind); p == nil {
				return nil
			}
		}
		return &org{name: core + " " + p.label(), typ: t.typ, area: p}
	}
	return nil
}

// kindLevel is the level of units of a kind ("phường": a commune's), ""
// when the kind is of more than one ("Thành phố").
func (x *Extractor) kindLevel(kind string) hoigraph.AreaLevel {
	r, e := x.rules.matchPlace(tokenize(kind, 0), 0)
	if e == 0 {
		return ""
	}
	return r.level
}

// placedByNeighbour is the body of a person's i-th post, placed where a
// neighbouring post names the unit of the kind it is of: in "Bí thư Huyện
// ủy, Chủ tịch HĐND huyện Nam Sách" both are Nam Sách's.
func (d *docState) placedByNeighbour(items []postItem, i int) *bodyRef {
	b := items[i].body
	if par := b.parent; (b.rule.role == roleBoard || b.rule.role == roleBoardBare) && par != nil && par.place == nil &&
		(par.rule.role == roleCommittee || par.rule.role == roleLocal && par.levelKind == "" && par.national == "") {
		// "Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ thành phố
		// X": the board of X's Thành ủy; "Ủy viên Ban Thường vụ Hội Cựu
		// chiến binh, Phó Chủ tịch Hội Cựu chiến binh tỉnh Y": Y's Hội's
		own := make([]postItem, len(items))
		copy(own, items)
		own[i].body = par
		if placed := d.placedByNeighbour(own, i); placed != par {
			c := *b
			c.parent = placed
			return &c
		}
		return b
	}
	if b.place != nil {
		return b
	}
	if (b.rule.role == roleBoard || b.rule.role == roleBoardBare) && b.parent != nil && b.parent.place == nil && b.parent.rule.role == roleCommittee {
		// "Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ thành phố
		// Y": the board of Y's Thành ủy
		if p := d.neighbourPlace(items, i, b.parent.rule.unit); p != nil {
			c, parent := *b, *b.parent
			parent.place = p
			c.parent = &parent
			return &c
		}
		return b
	}
	kind := b.levelKind
	if b.rule.role == roleCommittee {
		kind = b.rule.unit
	}
	// a local body with no kind written ("Chủ tịch UBND và Bí thư Thị ủy
	// Từ Sơn") is of the unit the next post names, whichever it is
	bare := kind == "" && b.rule.role == roleLocal && b.rule.level == ""
	if kind == "" && !bare {
		return b
	}
	for _, k := range []int{i + 1, i - 1, i + 2, i - 2} {
		if k < 0 || k >= len(items) || items[k].body == nil || !d.listed(items, min(i, k), max(i, k)) {
			continue
		}
		if p := items[k].body.place; p != nil && (p.kind == kind || bare && k > i && p.level != hoigraph.Village) {
			c := *b
			c.place = p
			return &c
		}
		if n := items[k].body; bare && k == i+1 && b.core == "Đảng ủy" && n.national != "" && n.place == nil &&
			(n.rule.typ == hoigraph.Association || n.rule.typ == hoigraph.SocioPolitical) && !strings.HasPrefix(n.core, "Trung ương") {
			// "Bí thư Đảng ủy, Chủ tịch Hội Luật gia Việt Nam": the Party
			// committee of the national body named next, as "Đảng ủy Hội
			// Luật gia Việt Nam" is written in full
			c := *n
			c.core, c.start, c.end = "Đảng ủy "+n.core, b.start, b.end
			c.rule.typ = hoigraph.PartyCommittee
			return &c
		}
	}
	return b
}

// neighbourPlace is the place of kind a neighbouring post of the same list
// names, or nil.
func (d *docState) neighbourPlace(items []postItem, i int, kind string) *place {
	for _, k := range []int{i + 1, i - 1, i + 2, i - 2} {
		if k < 0 || k >= len(items) || items[k].body == nil || !d.listed(items, min(i, k), max(i, k)) {
			continue
		}
		if p := items[k].body.place; p != nil && p.kind == kind {
			return p
		}
	}
	return nil
}

// listed reports posts i to k written as one list, only separators
// between them: "Bí thư Đảng ủy phường A được chỉ định làm Chủ tịch MTTQ
// phường" are an old post and a new one, of two wards.
func (d *docState) listed(items []postItem, i, k int) bool {
	if d.cur == nil {
		return false
	}
	for j := i; j < k; j++ {
		from, to := items[j].at, items[j+1].at
		if items[j].body != nil {
			from = items[j].body.end
		}
		for t := from; t < to && t < len(d.cur.toks); t++ {
			if tk := d.cur.toks[t]; !listSeparators[tk.key] && tk.key != "đồng" && tk.key != "thời" {
				return false
			}
		}
	}
	return true
}

// committeeOf is the committee a body belongs to: itself for a committee,
// its parent for a board.
func committeeOf(b *bodyRef) *bodyRef {
	for b != nil && (b.rule.role == roleBoard || b.rule.role == roleBoardBare || b.rule.role == roleDelegation) {
		b = b.parent
	}
	if b == nil || b.rule.role != roleCommittee && b.rule.role != roleLocal && b.rule.role != roleParty {
		return nil
	}
	return b
}

// sentenceCommittee is the Party committee the current sentence named last
// before token tok, itself or through one of its boards: "Ban Thường vụ
// Tỉnh ủy X công bố quyết định … giữ chức Trưởng Ban Dân vận" is X's.
func (d *docState) sentenceCommittee(tok int) *org {
	if d.cur == nil {
		return nil
	}
	for i := len(d.cur.found) - 1; i >= 0; i-- {
		f := d.cur.found[i]
		if f.tok >= tok {
			continue
		}
		o := f.o
		if o.parent != nil && o.typ == hoigraph.PartyBoard {
			o = o.parent
		}
		if o.typ == hoigraph.PartyCommittee && o.parent == nil && !o.unplaced {
			return o
		}
	}
	return nil
}

// boardOnlyAfter reports that the paragraph's last board (d.lastBoard) is
// one the sentence names after toks[tok], and not before: when the people
// of a sentence are read its bodies have all been, and "đồng chí A, Ủy viên
// Ban Thường vụ, Chủ tịch Ủy ban MTTQ xã và đồng chí B, Ủy viên Ban Thường
// vụ, Chủ tịch Hội LHPN xã" puts A on no board of B's Hội.
func (d *docState) boardOnlyAfter(tok int) bool {
	if d.cur == nil || d.lastBoard == nil {
		return false
	}
	after := false
	for _, f := range d.cur.found {
		if f.o == d.lastBoard || f.o.name == d.lastBoard.name || f.o == d.lastBoard.parent {
			if f.tok < tok {
				return false
			}
			after = true
		}
	}
	return after
}

// boardInSentence reports the paragraph's last board (d.lastBoard) named
// in the sentence before toks[tok].
func (d *docState) boardInSentence(tok int) bool {
	if d.cur == nil || d.lastBoard == nil {
		return false
	}
	for _, f := range d.cur.found {
		if f.tok < tok && (f.o == d.lastBoard || f.o.name == d.lastBoard.name || f.o == d.lastBoard.parent) {
			return true
		}
	}
	return false
}

// congressNamed reports that the sentence names the association whose
// congress the article reports before toks[tok], and no Party committee.
func (d *docState) congressNamed(tok int) bool {
	if d.congress == nil || d.cur == nil || d.sentenceCommittee(tok) != nil {
		return false
	}
	for _, f := range d.cur.found {
		if f.tok < tok && (f.o == d.congress || f.o.name == d.congress.name || f.o.parent != nil && f.o.parent.name == d.congress.name) {
			return true
		}
	}
	return false
}

// subjectAssociation is the association or socio-political organisation
// that opens the sentence of toks[tok] as its subject (its first words, a
// verb after it), when the sentence names no Party committee; else nil.
func (d *docState) subjectAssociation(tok int) *org {
	if d.cur == nil || len(d.cur.found) == 0 || d.sentenceCommittee(tok) != nil {
		return nil
	}
	f := d.cur.found[0]
	if f.tok > 1 || f.tok >= tok || f.post || f.o.parent != nil || f.o.typ != hoigraph.Association && f.o.typ != hoigraph.SocioPolitical {
		return nil
	}
	return f.o
}

// appointedBoards is the mass body whose boards a sentence appoints or
// elects before toks[tok]: the body named last before it, when that is an
// association, a socio-political organisation or a Front committee and the
// sentence says "chỉ định", "bầu" or "hiệp thương" before the board
// ("Quyết định thành lập Hội Nông dân xã X, chỉ định Ban Chấp hành gồm 21
// đồng chí, Ban Thường vụ …"; "hiệp thương cử 45 vị tham gia Ủy ban MTTQ
// xã X; Ban Thường trực gồm 5 vị"), or nil.
func (d *docState) appointedBoards(tok int) *org {
	if d.cur == nil {
		return nil
	}
	toks := d.cur.toks
	for i := len(d.cur.found) - 1; i >= 0; i-- {
		f := d.cur.found[i]
		if f.tok >= tok {
			continue
		}
		if f.post || f.o.parent != nil || f.o.area == nil || f.o.typ != hoigraph.Association && f.o.typ != hoigraph.SocioPolitical && f.o.typ != hoigraph.Front {
			// (a national body, "quyết định của Ban Bí thư Trung ương Đoàn
			// về chỉ định Ban Chấp hành, Ban Thường vụ … Tỉnh Đoàn X",
			// appoints the boards of another)
			return nil
		}
		for k := 0; k < tok; k++ {
			if toks[k].key == "bầu" || toks[k].key == "chỉ" && k+1 < tok && toks[k+1].key == "định" ||
				toks[k].key == "hiệp" && k+1 < tok && toks[k+1].key == "thương" {
				return f.o
			}
		}
		return nil
	}
	return nil
}

// congressElects reports a board written before toks[tok] in a sentence
// where the association's congress elects ("Đại hội đã bầu Ban Chấp hành
// gồm 9 đồng chí, 3 Ủy viên Ban Thường vụ, …"): the congress's boards, not
// a Party committee's, which the sentence does not name.
func (d *docState) congressElects(tok int) bool {
	if d.congress == nil || d.cur == nil || d.sentenceCommittee(tok) != nil {
		return false
	}
	toks := d.cur.toks
	for i := 0; i+2 < tok; i++ {
		if toks[i].key == "đại" && toks[i+1].key == "hội" && toks[i+2].key != "đảng" && toks[i+2].key != "đại" {
			for k := i + 2; k < tok; k++ {
				if toks[k].key == "bầu" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// agencyCommittee is the Party committee of an agency ("Đảng ủy Cơ quan
// …") named last before toks[tok] in the sentence or, failing that, in the
// paragraph, or nil.
func (d *docState) agencyCommittee(tok int) *org {
	agency := func(o *org) bool {
		return o.typ == hoigraph.PartyCommittee && strings.HasPrefix(o.name, "Đảng ủy Cơ quan ")
	}
	if d.cur != nil {
		for i := len(d.cur.found) - 1; i >= 0; i-- {
			if f := d.cur.found[i]; f.tok < tok && agency(f.o) {
				return f.o
			}
		}
	}
	for i := len(d.recent) - 1; i >= 0; i-- {
		if agency(d.recent[i]) {
			return d.recent[i]
		}
	}
	if c := d.home.ofLevel(hoigraph.Commune); c == nil {
		// "… giữ chức Bí thư Đảng ủy Cơ quan Bộ Y tế.\n\nBà B … giữ chức Phó
		// Bí thư Đảng ủy.": a paragraph on, still that agency's, in an
		// article that has no commune of its own a bare Đảng ủy could be
		for i := len(d.earlier) - 1; i >= 0; i-- {
			if agency(d.earlier[i]) {
				return d.earlier[i]
			}
		}
	}
	return nil
}

// homeCommittee is the Party committee of the article's lowest place.
func (d *docState) homeCommittee() *org { return d.committeeFor(d.home.lowest()) }

// committeeFor is the Party committee of a place: Đảng ủy of a commune,
// Quận ủy, Huyện ủy, Thành ủy or Tỉnh ủy of the others.
func (d *docState) committeeFor(p *place) *org {
	if p == nil || p.level == hoigraph.Village {
		return nil
	}
	if p.level == hoigraph.Commune {
		return &org{name: "Đảng ủy " + p.label(), typ: hoigraph.PartyCommittee, area: p}
	}
	for _, c := range d.x.committees {
		if c.unit == p.kind {
			return &org{name: c.canonical + " " + d.x.rules.short(p), typ: c.typ, area: p}
		}
	}
	return nil
}

// nationalScope reads "Trung ương" or "Việt Nam" written where a place would
// be, returning it and the index after it.
func (x *Extractor) nationalScope(toks []token, j int) (string, int) {
	if j >= len(toks) {
		return "", j
	}
	switch {
	case j+1 < len(toks) && toks[j].key == "trung" && toks[j+1].key == "ương":
		return "Trung ương", j + 2
	case toks[j].key == "tw" && toks[j].upper:
		return "Trung ương", j + 1 // "Ban Tổ chức TW"
	case j+2 < len(toks) && toks[j].key == "t" && toks[j+1].text == "." && toks[j+2].key == "ư":
		return "Trung ương", j + 3 // "Ban Tổ chức T.Ư"
	case j+1 < len(toks) && toks[j].key == "việt" && toks[j+1].key == "nam":
		return "Việt Nam", j + 2
	}
	return "", j
}

// committeeList reads the names of units written after a Party committee
// named after its unit, or after a board of one, each after a comma or
// "và": "Cụm thi đua 1 (gồm Quận ủy 1, 3, 10, Tân Bình)", "làm việc với
// Ban Thường vụ Huyện ủy Hòa Thành, Trảng Bàng và Đảng ủy Quân sự tỉnh"
// name one committee (or board) for each unit, as a page lists the units
// of one level that a meeting brings together. It returns the bodies
// after b and where their list ends; nil when no unit's name follows. A
// name is a unit's when the gazetteer knows one of that kind (a number
// always is); without it, when it is no person's and no body's.
func (x *Extractor) committeeList(s *sentence, b *bodyRef) ([]*bodyRef, int) {
	c := b
	if (b.rule.role == roleBoard || b.rule.role == roleBoardBare) && b.parent != nil {
		c = b.parent
	}
	// "Hội LHPN xã A, B, C và phường D": a local body of a commune or
	// district written once before a list of units, each unit's own
	local := c == b && c.rule.role == roleLocal && c.place != nil && c.end == b.end &&
		(c.place.level == hoigraph.Commune || c.place.level == hoigraph.District)
	if !local && (c.rule.role != roleCommittee || c.rule.typ != hoigraph.PartyCommittee || c.place == nil || c.end != b.end) {
		return nil, b.end
	}
	toks, kind := s.toks, c.rule.unit
	if local {
		kind = c.place.kind
	}
	var list []*bodyRef
	j := b.end
	for j+1 < len(toks) && (toks[j].text == "," || toks[j].key == "và") {
		k := j + 1
		if p, e := x.parsePlace(toks, k); local && p != nil && p.level == c.place.level && (e >= len(toks) || !toks[e].word || !toks[e].upper) {
			one := *c
			one.place, one.start, one.end = p, k, e // "… và phường D": a unit of another kind, written with it
			list = append(list, &one)
			j = e
			continue
		}
		if !toks[k].upper || x.parseBody(s, k, modeFree) != nil || x.gaz == nil && x.startsPerson(toks, k) {
			break
		}
		name, e := x.placeName(toks, k, kind, false)
		if name == "" || !x.unitOfKind(kind, name) {
			break
		}
		if e < len(toks) && toks[e].word && toks[e].key != "và" {
			break // "Huyện ủy A, B tổ chức": where B's name ends is unclear
		}
		one := *c
		one.place = &place{kind: kind, name: name, level: x.levelOf(kind, name)}
		one.start, one.end = k, e
		if c != b {
			board := *b
			board.parent, board.start, board.end = &one, k, e
			list = append(list, &board)
		} else {
			list = append(list, &one)
		}
		j = e
	}
	if list == nil {
		return nil, b.end
	}
	return list, j
}

// unitOfKind reports whether name may be a unit of kind: a number, any
// name without a gazetteer, else one the gazetteer lists with that kind
// (or, for a district, with another district kind it has had).
func (x *Extractor) unitOfKind(kind, name string) bool {
	if isNumber(name) || x.gaz == nil {
		return true
	}
	for _, u := range x.lookup(kind + " " + name) {
		if u.Kind == kind && answers(u, name) {
			return true
		}
	}
	if districtKinds[kind] {
		for _, u := range x.lookup(name) {
			if u.Level == hoigraph.District && districtKinds[u.Kind] && answers(u, name) {
				return true
			}
		}
	}
	return false
}

// headList reads bodies that share a head word written once before their
// list: "các Ban: Tuyên giáo, Dân vận, Tổ chức Huyện ủy X", "các Hội Nông
// dân, Cựu chiến binh và Chữ thập đỏ huyện" are Ban Tuyên giáo Huyện ủy X,
// …, each with the committee or place written after the last. It returns
// the bodies, at least two, and where the list ends; nil when the words
// after the head are no such list.
func (d *docState) headList(s *sentence, i int) ([]*bodyRef, int) {
	toks := s.toks
	if i == 0 || toks[i-1].key != "các" && toks[i-1].key != "những" || !toks[i].word || !toks[i].upper {
		return nil, i
	}
	j := i + 1
	if j < len(toks) && toks[j].text == ":" {
		j++
	}
	var list []*bodyRef
	for j < len(toks) && toks[j].word && toks[j].upper {
		// the head and the words from j: "Ban" + "Tuyên giáo, Dân vận …"
		synth := make([]token, 0, len(toks)-j+1)
		synth = append(append(synth, toks[i]), toks[j:]...)
		sub := &sentence{span: s.span, toks: synth, parenKind: make([]string, len(synth)), cut: s.cut}
		if _, e := d.x.rules.bodies.match(synth, 0); e < 2 {
			break // the head alone is the body: no item of a list
		}
		b := d.x.parseBody(sub, 0, modeList)
		if b == nil || b.end < 2 {
			break
		}
		b.start, b.end = j, j+b.end-1 // back to the sentence's tokens
		list = append(list, b)
		j = b.end
		if j < len(toks) && (toks[j].text == "," || toks[j].key == "và") {
			j++
			continue
		}
		break
	}
	if len(list) < 2 {
		return nil, i
	}
	last := list[len(list)-1]
	for _, b := range list[:len(list)-1] {
		if b.parent == nil && b.place == nil && b.levelKind == "" {
			b.parent, b.place, b.levelKind = last.parent, last.place, last.levelKind
		}
	}
	return list, last.end
}
