package extract

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"hoigraph"
)

// postItem is one post of a list after a name ("Bí thư Quận ủy, Chủ tịch
// UBND quận"): the role and the body it is in, if written.
type postItem struct {
	post string
	body *bodyRef
	at   int // the title's token
	// named: a body the rules do not know is written after the title
	// ("Chủ tịch Ủy ban Hội LHTN huyện"): no other body is guessed for it
	named bool
	// implied: the body is the one the title itself names (titles.tsv
	// implies), not one written after it
	implied bool
	// unread: the body is read (and named in the article) but the post
	// cannot be placed in it ("Ủy viên Thường vụ Ban Chấp hành Hội X"):
	// no holds
	unread bool
	// back: a body written by its first word alone ("Giám đốc Sở A",
	// "Phó Giám đốc Sở,"): the last body so named before it
	back string
	// backAnywhere: back reaches past the paragraph to the one body of
	// that head the article named ("ông A (Bí thư Chi bộ)": its cell)
	backAnywhere bool
	// rule and confidence of a post read other than as "Name, posts"
	rule       string
	confidence float64
}

// Rules of posts a person takes from a list rather than from the words
// after the name; less sure, so a reviewer sees them first.
const (
	ruleListShared      = "holds:list-shared"      // "các đồng chí là Ủy viên BTV: A, …; B, …"
	ruleListAppointment = "holds:list-appointment" // "bầu các ông A, …; B, … giữ chức …"
	ruleJoinedBody      = "holds:joined-body"      // "… tham gia Ban Bí thư, gồm: …"
	ruleElectedInto     = "holds:elected-into"     // "bầu các đồng chí A, B, C vào Ban Bí thư"
)

// withRule is items read by rule with confidence.
func withRule(items []postItem, rule string, confidence float64) []postItem {
	out := make([]postItem, len(items))
	for i, it := range items {
		if it.rule == "" {
			it.rule, it.confidence = rule, confidence
		}
		out[i] = it
	}
	return out
}

// listSeparators join posts of one person.
var listSeparators = map[string]bool{",": true, "-": true, "–": true, "và": true, "kiêm": true}

// skipJoins steps over the words that join posts of one person: ",", "-",
// "–", "và", "kiêm", "đồng thời (là, giữ chức)".
func skipJoins(toks []token, k int) int {
	for k < len(toks) {
		switch {
		case listSeparators[toks[k].key]:
			k++
		case k+1 < len(toks) && toks[k].key == "đồng" && toks[k+1].key == "thời":
			k += 2
			if k < len(toks) && toks[k].key == "là" {
				k++
			} else if k+1 < len(toks) && toks[k].key == "giữ" && toks[k+1].key == "chức" {
				k += 2
			}
		default:
			return k
		}
	}
	return k
}

// parsePosts reads a list of posts starting at token j. The first title must
// start with a capital unless lax.
func (x *Extractor) parsePosts(s *sentence, j int, lax bool) ([]postItem, int) {
	toks := s.toks
	var items []postItem
	for j < len(toks) {
		k := j
		if len(items) > 0 {
			if t := skipTerm(toks, k); t > k && t < len(toks) && listSeparators[toks[t].key] {
				// "Trưởng Đoàn ĐBQH thành phố khóa XV, Bí thư Đảng ủy …":
				// the term is the post's before it; the list goes on
				k = t
			}
			k = skipJoins(toks, k)
		}
		if r, ae := x.rules.phrases.match(toks, k); len(items) > 0 && ae > k && r == phraseAside {
			// "đại biểu Quốc hội khóa XV, Chủ tịch …": the term the
			// description is of is part of it
			ae = skipTerm(toks, ae)
			if ae < len(toks) && listSeparators[toks[ae].key] {
				// "Ủy viên Trung ương Đảng, đại biểu Quốc hội, Chủ tịch …": a
				// description that is no post; the list goes on after it
				j = ae + 1
				continue
			}
		}
		if k+1 < len(toks) && toks[k].key == "tân" {
			// "A, tân Chủ tịch Hội X", "làm tân Bí thư": the new holder
			if _, te := x.rules.titles.match(toks, k+1); te > k+1 {
				k++
			}
		}
		tr, te := x.rules.titles.match(toks, k)
		if te == k && len(items) > 0 && items[len(items)-1].named {
			// "Trưởng phòng Văn hóa, Khoa học và Thông tin huyện X, Chủ
			// tịch Hội Y": the unknown body's name goes on past its comma;
			// the list goes on at the next comma a post follows
			if c := x.commaBeforePost(toks, k); c > k {
				j = c
				continue
			}
		}
		if te == k && k+1 < len(toks) && allCaps(toks[k].text) && listSeparators[toks[k+1].key] {
			// "Lê Văn Minh - UVTV, Chủ tịch …": an abbreviated post the
			// rules do not spell out; the list goes on after it
			j = k + 2
			continue
		}
		if te == k || (len(items) == 0 && !lax && !toks[k].upper) {
			break
		}
		item := postItem{post: tr.post, at: k}
		next := te
		if tr.implies != "" {
			rule, _ := x.rules.bodies.exact(tr.implies)
			item.body = &bodyRef{rule: rule, core: rule.canonical, start: k, end: te}
			item.implied = true
			if r, e := x.rules.bodies.match(toks, te); e > te && r.canonical == rule.canonical {
				next, item.body.end = e, e // "Thủ tướng Chính phủ A": the body the title implies, written out
			} else if rule.role == roleLocal {
				// "Phó CTUBND huyện X": the local body the title implies, at
				// the place written after it
				x.parseScope(s, item.body)
				next = item.body.end
			} else if rule.role == roleBoard || rule.role == roleBoardBare {
				// "UVBTV Huyện ủy", "Ủy viên Thường vụ Tỉnh ủy", "UVTV Huyện
				// ủy X": the standing board of the committee written after it
				c := x.parseBody(s, te, modeLax)
				if c != nil && (c.rule.typ == hoigraph.PartyCommittee && c.rule.role == roleCommittee || rule.role == roleBoardBare && c.rule.role == roleParty) {
					item.body.parent, item.body.end, item.implied = c, c.end, false
					next = c.end
				} else if r, e := x.rules.bodies.match(toks, te); c == nil && e == te+1 && r.role == roleHead && r.canonical == "Hội" && (e >= len(toks) || !toks[e].word || !toks[e].upper) {
					// "UVBTV Hội": the standing board of the association
					// the article is about
					item.body.parent = &bodyRef{rule: r, core: r.canonical, start: te, end: e, topic: true}
					item.body.end, item.implied, next = e, false, e
				} else if rule.role == roleBoardBare && c != nil && te-k > 1 {
					// "Ủy viên Thường vụ Ban Chấp hành Hội X": the board of
					// a body this cannot place; no Party committee's guessed
					item.body, item.implied, item.unread = c, false, true
					next = c.end
				} else if rule.role == roleBoardBare && c == nil && te-k > 1 && te < len(toks) && toks[te].word {
					item.body, item.implied, item.unread = nil, false, true // "Ủy viên Thường vụ trực …": whose board is not written
				}
			}
		} else {
			m := te - tr.shares
			if r, qe := x.rules.phrases.match(toks, te); tr.shares == 0 && qe > te && r == phraseQualifier {
				m = qe // "Phó Chủ tịch chuyên trách Hội X": a Phó Chủ tịch of X
			}
			if m < len(toks) && toks[m].key == "của" {
				m++
			}
			if b := x.parseBody(s, m, modeLax); b != nil {
				item.body = b
				next = b.end
				if p := x.bodyAfterComma(s, b); p != nil {
					// "Trưởng Ban Tổ chức Kiểm tra, Hội LHPN Thành phố": a
					// board any body may have, its body after a comma
					b.parent, next = p, p.end
				}
			} else if b := x.placePost(tr, toks, m); b != nil {
				// "Ông A, Bí thư đặc khu Côn Đảo": the post of the place's
				// Party committee (placeposts.tsv)
				item.body, next = b, b.end
			} else if r, e := x.rules.bodies.match(toks, m); e > m && r.canonical == "Đảng bộ" && r.role == rolePlaced && (e >= len(toks) || !toks[e].word || toks[e].key == "và" || toks[e].key == "kiêm") {
				// "Bí thư Đảng bộ, Chủ tịch UBND xã": the Party committee
				// of the place the posts are in, as "Bí thư Ban Chấp hành
				// Đảng bộ xã" is
				if pr, ok := x.rules.bodies.exact("ban chấp hành đảng bộ"); ok {
					item.body = &bodyRef{rule: pr, core: pr.canonical, start: m, end: e}
					next = e
				}
			} else if r, e := x.rules.bodies.match(toks, m); tr.shares == 0 && e > m && r.role == rolePlaced && r.canonical != "Đảng bộ" && (e >= len(toks) || !toks[e].word || toks[e].key == "và" || toks[e].key == "kiêm") {
				// "bầu anh A làm Bí thư Chi đoàn, chị B …": a body that
				// takes a place written without one, the one named before
				item.back, next = r.canonical, e
			} else if r, e := x.rules.bodies.match(toks, m); e > m && r.role == roleHead && (e >= len(toks) || !toks[e].word || !toks[e].upper) &&
				!(e < len(toks) && toks[e-1].key == "hội" && hoiCompounds[toks[e].key]) { // "Hội đồng Trị sự …" is a council, "thư ký hội nghị" a meeting's, no Hội
				// "giữ chức Chủ tịch Hội": the association the article is about
				item.body = &bodyRef{rule: r, core: r.canonical, start: m, end: e, topic: true}
				next = e
				if r.typ == hoigraph.PartyCommittee {
					// "ông A (Bí thư Chi bộ)", "làm Bí thư chi bộ": the cell
					// named before, not an association
					item.body, item.back, item.backAnywhere = nil, r.canonical, true
				}
			} else if m < len(toks) && backHeads[toks[m].key] && toks[m].upper && (m+1 >= len(toks) || !toks[m+1].word || x.startsPerson(toks, m+1)) {
				// "Giám đốc Sở Trần Văn A", "Phó Giám đốc Sở,": the Sở
				// the sentence or paragraph named before
				item.back, next = toks[m].text, m+1
			} else if r, e := x.rules.bodies.match(toks, m+1); x.kindWord(toks, m) && e == m+2 && r.role == roleHead && r.canonical == "Hội" && (e >= len(toks) || !toks[e].word || !toks[e].upper) {
				// "Phó Chủ tịch Thường trực Tỉnh hội", "Phó chủ tịch huyện
				// Hội": the province's (district's) level of the association
				// the article is about
				item.body = &bodyRef{rule: r, core: r.canonical, start: m, end: e, topic: true}
				next = e
			} else if ge := x.groupSpan(s, m); ge > m {
				// "Trưởng đoàn kiểm tra số 3 của Tỉnh ủy X", "Phó Trưởng
				// Đoàn kiểm tra, giám sát số 15": a post in a delegation or
				// working group, which groupOfPost reads; the list goes on
				// after the group's number and whose it is
				item.named, next = true, ge
			} else {
				// A body the rules do not know ("Chủ nhiệm Hợp tác xã
				// Hưng Thịnh, Bí thư …"): skip its capitalised words so the
				// list goes on.
				start, e := next, next
				if _, be := x.rules.bodies.match(toks, m); be > m && be < len(toks) && listSeparators[toks[be].key] {
					e = be // "Bí thư Đảng đoàn, Chủ tịch …": a body named without whose it is
				}
				for e < len(toks) && e < next+6 && toks[e].word && toks[e].upper && !x.startsPerson(toks, e) {
					if _, te := x.rules.titles.match(toks, e); te > e {
						break
					}
					e++
				}
				if k := x.unknownToPlace(toks, e); k > e && e > start {
					e = k // "Giám đốc Sở Văn hóa tỉnh X là …", "Hợp tác xã Y": up to the unknown body's place, and it
				}
				if r, le := x.rules.phrases.match(toks, e); e < len(toks) && (listSeparators[toks[e].key] || e > start && le > e && (r == phraseLink || r == phraseAppoint) && toks[e].word) {
					next = e
				} else if e > start {
					// "Phó Tổng Giám đốc Ngân hàng Chính sách xã hội, Chủ
					// tịch Hội X": the unknown body's lower-case words up
					// to a comma that another post follows
					for k := e; k < len(toks) && k < e+6 && toks[k].word && !toks[k].digit && !x.startsPerson(toks, k); k++ {
						if k+2 < len(toks) && toks[k+1].text == "," && toks[k+2].upper {
							if _, te := x.rules.titles.match(toks, k+2); te > k+2 {
								e, next = k+1, k+1
								break
							}
						}
					}
				}
				item.named = e > start
			}
		}
		if next+2 < len(toks) && toks[next].text == "(" && toks[next+1].key == "cũ" && toks[next+2].text == ")" {
			// "Bí thư Quận ủy quận 5 (cũ)": the post of a body merged
			// away, held no more
			item.unread = true
			next += 3
		} else if next+1 < len(toks) && toks[next].key == "trước" && toks[next+1].key == "đây" && (next+2 == len(toks) || !toks[next+2].word) {
			// "Phó Chủ tịch UBND huyện Ea Kar trước đây, nay là …": a post
			// held before, as "(cũ)" says
			item.unread = true
			next += 2
		}
		items = append(items, item)
		j = next
	}
	return items, j
}

// placePost reads a place written right after a post and no body ("Bí thư
// xã Long Hải", "Chủ tịch huyện Tân Phú") as the body placeposts.tsv gives
// that post, in that place; nil when no such post, or no named place, or a
// list of kinds follows ("Bí thư xã, phường": the posts of levels).
func (x *Extractor) placePost(tr titleRule, toks []token, m int) *bodyRef {
	rule, ok := x.rules.placePosts[wordKey(tr.post)]
	if !ok || tr.shares != 0 || !x.kindWord(toks, m) {
		return nil
	}
	p, e := x.parsePlace(toks, m)
	if p == nil || p.name == "" || e < len(toks) && toks[e].key == "cũ" {
		return nil // "Bí thư xã X cũ": a unit merged away, a post held no more
	}
	return &bodyRef{rule: rule, core: rule.canonical, place: p, start: m, end: e}
}

// commaBeforePost is the comma before the next post within a few words
// (sixteen) of toks[k] that carry on a name (capitalised words, "và", a place), or k
// when a sentence mark, a person or a linking phrase comes first.
func (x *Extractor) commaBeforePost(toks []token, k int) int {
	for c := k; c < len(toks) && c < k+16; c++ {
		t := toks[c]
		if t.text == "," {
			if c+1 < len(toks) && toks[c+1].upper {
				if _, te := x.rules.titles.match(toks, c+1); te > c+1 {
					return c
				}
			}
			continue
		}
		if _, pe := x.parsePlace(toks, c); pe > c {
			c = pe - 1 // "… huyện Kim Sơn, …"
			continue
		}
		if !t.word || x.startsPerson(toks, c) {
			return k
		}
		if r, pe := x.rules.phrases.match(toks, c); pe > c && (r == phraseLink || r == phraseAppoint || r == phraseResp) {
			return k
		}
	}
	return k
}

// unknownToPlace is where the name of a body the rules do not know, whose
// first capitalised words end at toks[e], ends with its place: over
// lower-case words and more capitalised ones ("Trung tâm Văn hóa huyện
// X", "Hợp tác xã Y"), at most eight words, the place included; else e.
func (x *Extractor) unknownToPlace(toks []token, e int) int {
	for k := e; k < len(toks) && k < e+8; {
		if pl, pe := x.parsePlace(toks, k); pl != nil {
			return pe
		}
		t := toks[k]
		if !t.word || t.digit || notInNames[t.key] || x.startsPerson(toks, k) || x.startsCommittee(toks, k) {
			return e
		}
		if _, te := x.rules.titles.match(toks, k); te > k {
			return e
		}
		if _, pe := x.rules.phrases.match(toks, k); pe > k {
			return e
		}
		k++
	}
	return e
}

// hoiCompounds are the words that, after "hội", make a word of their own
// and not the association the article is about: hội đồng (a council), hội
// nghị (a meeting), hội thảo, hội thi, hội diễn, hội trường, hội viên.
var hoiCompounds = map[string]bool{"đồng": true, "nghị": true, "thảo": true, "thi": true, "diễn": true, "trường": true, "viên": true}

// backHeads are the first words of bodies that an article, having named
// the body, writes alone after a post ("Giám đốc Sở", "Trưởng phòng").
var backHeads = map[string]bool{"sở": true, "phòng": true, "bộ": true}

// notMiddle are words around "Văn" or "Thị" that make a place's or an
// institution's name, not a person's: "Nhà Văn hóa", "Trường Văn Lang",
// "Thị xã", "Hội Văn học".
var notMiddle = map[string]bool{"nhà": true, "trường": true, "trung": true, "hội": true, "phòng": true, "ban": true, "sở": true,
	"cung": true, "đài": true, "thư": true, "viện": true, "khu": true, "làng": true, "chợ": true, "đình": true, "chùa": true,
	"ủy": true, "uỷ": true, "quỹ": true, "tạp": true, "báo": true, "công": true,
	"hóa": true, "hoá": true, "học": true, "nghệ": true, "hiến": true, "xã": true, "trấn": true, "miếu": true, "phái": true}

// honorifics introduce a person's name and are not part of it: "(đồng)
// chí", "đ/c", "ông", "bà", and in the Youth Union's news "anh", "chị".
var honorifics = map[string]bool{"chí": true, "đ/c": true, "ông": true, "bà": true, "anh": true, "chị": true}

// personAt reads a person's name at toks[i]: a family name from the rules
// and one to four more capitalised words, or any two to five capitalised
// words after "đồng chí", "ông" or "bà".
func (x *Extractor) personAt(toks []token, i int) (string, int) {
	if i >= len(toks) || !toks[i].word || !toks[i].upper || toks[i].digit {
		return "", i
	}
	if r, e := x.rules.phrases.match(toks, i); e > i && r == phraseNotName {
		return "", i
	}
	if i > 0 && (toks[i-1].key == "tại" || toks[i-1].key == "ở") {
		return "", i // "Tại Hà Nội, …": where, not who
	}
	if i > 0 {
		if _, e := x.rules.matchPlace(toks, i-1); e == i {
			// "phường Lê Lợi" is a place; the gazetteer, when there is
			// one, tells it from "Hội LHPN huyện Trần Thị Bích".
			if x.gaz == nil {
				return "", i
			}
			if p, e := x.parsePlace(toks, i-1); p != nil && e > i {
				return "", i // (a whole place in one word, "TPHCM", ends before the name)
			}
		}
	}
	if i > 1 {
		// "Tỉnh ủy Lâm Đồng": the unit a committee is named after, though
		// Lâm is a family name
		if r, e := x.rules.bodies.match(toks, i-2); e == i && r.role == roleCommittee {
			if name, ne := x.placeName(toks, i, r.unit, false); name != "" {
				if ne > i && x.startsPerson(toks, ne) {
					return x.personAt(toks, ne) // "Thành ủy Hà Nội Trịnh Huy Thành": the place, then the name
				}
				if x.gaz != nil {
					return "", i
				}
			}
		}
	}
	// "bà X" is a person, "Bà Rịa" a place: a capitalised honorific only
	// opens a sentence or a list item
	honorific := i > 0 && honorifics[toks[i-1].key] && (!toks[i-1].upper || i == 1 || !toks[i-2].word) || x.afterCleric(toks, i)
	if honorific && honorifics[toks[i].key] && x.startsPerson(toks, i+1) {
		return x.personAt(toks, i+1) // "Ông Bà Nguyễn Thị A", "Đồng chí Bà …": two honorifics, then the name
	}
	// "Xyz Văn A", "Xyz Thị B": the middle name says a person's name,
	// whatever family name the rules do not know
	middle := i+2 < len(toks) && (toks[i+1].text == "Văn" || toks[i+1].text == "Thị") && toks[i+2].word && toks[i+2].upper &&
		!toks[i+2].digit && !allCaps(toks[i].text) && !notMiddle[toks[i].key] && !notMiddle[toks[i+2].key]
	if !x.isSurname(toks[i]) && !honorific && !middle {
		return "", i
	}
	if honorific && strings.ContainsAny(toks[i].text, "'’") && (i+1 >= len(toks) || !toks[i+1].word || !toks[i+1].upper) {
		return toks[i].text, i + 1 // "đồng chí K’Brẻh": one word, as some peoples write their names
	}
	j := i + 1
	for j < len(toks) && j-i < 5 && toks[j].word && toks[j].upper && !toks[j].digit {
		if allCaps(toks[j].text) && !allCaps(toks[i].text) {
			break // "Lê Văn Minh - UVTV", "… TUV": an abbreviated post ends the name
		}
		if _, e := x.rules.titles.match(toks, j); e > j {
			break
		}
		if _, e := x.rules.bodies.match(toks, j); e > j {
			if e == j+1 && j-i >= 2 && (e == len(toks) || !toks[e].word || !toks[e].upper) {
				// "Lương Quốc Đoàn - Phó Chủ tịch", "Chủ tịch … Trần Văn
				// Đoàn nhấn mạnh": a body's word ending the name, no body
				// after it (its name would go on in capitals)
				j++
			}
			break
		}
		j++
	}
	if j-i < 2 {
		return "", i
	}
	words := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		words = append(words, t.text)
	}
	return strings.Join(words, " "), j
}

// afterCleric reports a cleric's title (phrases.tsv role cleric) ending
// right before toks[i]: "Hòa thượng Thích Thiện Nhơn", "Linh mục Phạm Văn A".
func (x *Extractor) afterCleric(toks []token, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if r, e := x.rules.phrases.match(toks, k); e == i && r == phraseCleric {
			return true
		}
	}
	return false
}

// personAt reads a person's name at toks[i] as the Extractor does, then
// drops a place written before it: a caption's "Hà Nội Trịnh Huy Thành",
// "Bí thư huyện ủy Quan Hóa Hà Thị Hương". The place is one the article
// names elsewhere, or a province or district the gazetteer knows; what is
// left must itself start a name of two words or more.
func (d *docState) personAt(toks []token, i int) (string, int) {
	name, e := d.x.personAt(toks, i)
	if name == "" {
		return name, e
	}
	if c := d.cur; c != nil && c.cut && e >= len(c.toks) && len(toks) == len(c.toks) {
		return "", i // "…; Bùi Thị Minh; Nguyễn Mạ" where the excerpt is cut: the name is not all there
	}
	if i > 0 && e > i+1 && d.x.startsCommittee(toks, i-1) && d.isPlace(toks[i+1:e]) {
		// "Ban Thường vụ Tỉnh Đoàn Bắc Ninh": Đoàn ends the committee's
		// word and a place follows, no family name ("UBND tỉnh Đoàn Văn
		// Bảo" is a person's)
		return "", i
	}
	if allCaps(toks[i].text) {
		// "HỘI NÔNG DÂN HUYỆN VỤ BẢN", "UBND HUYỆN NÔNG CỐNG TỔNG KẾT": in a
		// headline in capitals, Nông is no family name
		if i > 0 && toks[i-1].word && allCaps(toks[i-1].text) && !honorifics[toks[i-1].key] {
			return "", i
		}
		for k := i; k < e; k++ {
			if d.x.kindWord(toks, k) {
				return "", i
			}
		}
	}
	if e-i <= 3 && (i == 0 || !honorifics[toks[i-1].key]) && d.isPlace(toks[i:e]) {
		return "", i // "Chủ tịch Hội Khuyến học Hà Nội": the place, not a person
	}
	if e-i < 4 {
		return name, e
	}
	for n := 2; n <= 3 && e-(i+n) >= 2; n++ {
		if !d.x.startsPerson(toks, i+n) {
			continue
		}
		if d.isPlace(toks[i : i+n]) {
			return d.x.personAt(toks, i+n)
		}
	}
	return name, e
}

// isPlace reports words naming a place of the article or of places.tsv, or a province or
// district of the gazetteer.
func (d *docState) isPlace(words []token) bool {
	parts := make([]string, len(words))
	for k, t := range words {
		parts[k] = t.text
	}
	name := strings.Join(parts, " ")
	if d.placeNames[wordKey(name)] || d.x.rules.placeNames[wordKey(name)] {
		return true // named in the article, or a place places.tsv knows by its short name (Hà Nội)
	}
	for _, u := range d.x.lookup(name) {
		if u.Level != hoigraph.Commune && (u.BaseName == name || u.Answers(name)) {
			return true
		}
	}
	return false
}

func (x *Extractor) isSurname(t token) bool {
	if t.roots&rootsKnown != 0 {
		if t.roots&surnameBit != 0 {
			return true
		}
	} else if x.rules.surnames[t.key] {
		return true
	}
	for _, p := range x.rules.namePrefixes {
		if len(t.text) > len(p) && strings.HasPrefix(t.text, p) {
			r, _ := utf8.DecodeRuneInString(t.text[len(p):])
			return unicode.IsUpper(r) // "H’Yim": the prefix, then the name
		}
	}
	return false
}

// startsPerson reports a family name followed by a capitalised word.
func (x *Extractor) startsPerson(toks []token, j int) bool {
	return j+1 < len(toks) && x.isSurname(toks[j]) && toks[j+1].upper && toks[j+1].word && !toks[j+1].digit
}

// people finds who holds which post in a sentence: "Name, posts",
// "Name - posts", "Name được bầu làm posts" and "posts Name" (apposition).
func (d *docState) people(s *sentence) {
	x := d.x
	toks := s.toks
	last := "" // the last person named
	if d.headLine {
		// a line of the list under a heading that gave its posts
		if name, _ := d.personAt(toks, d.skipHonorific(toks, bulletEnd(toks))); name != "" {
			d.addPerson(name, s)
			d.holdList(name, d.headPosts, 0, false, s)
		}
	}
	for i := 0; i < len(toks); {
		if r, ce := x.rules.phrases.match(toks, i); ce > i && r == phraseCareer {
			// "ông A từng là Chủ tịch …, Bí thư …": a career, no post held
			// now; unless "nay là …" tells the post held now
			k := ce
			for ; k < len(toks) && toks[k].text != "." && toks[k].text != ";"; k++ {
				if r, _ := x.rules.phrases.match(toks, k); r == phraseNow {
					break
				}
			}
			if r, _ := x.rules.phrases.match(toks, k); k >= len(toks) || r != phraseNow || last == "" {
				return
			}
			i = d.postsAfter(last, k, s)
			continue
		}
		if name, e := d.personAt(toks, i); name != "" {
			last = name
			d.addPerson(name, s)
			if names, ne := x.nameList(toks, name, e); names != nil {
				// "các bà A, B được bầu làm Phó Chủ tịch": the posts are
				// each one's
				end := ne
				for _, n := range names {
					d.addPerson(n, s)
					end = max(end, d.postsAfter(n, ne, s))
				}
				i = end
				continue
			}
			if o, start := d.listHeadBoard(s, i); o != nil {
				// "Ban Thường vụ Hội khóa mới gồm các đồng chí: A, B, C":
				// the members of the board listed (of a steering board,
				// its Thành viên); who has posts of their own in the list
				// is read as usual
				from := len(d.facts)
				names, end, _ := d.nameRun(toks, start, nil, s)
				post := "Ủy viên" // of a board
				if o.typ == hoigraph.OtherOrg {
					post = "Thành viên" // of a steering board or a working group
				}
				if len(names) > 1 {
					for _, n := range names {
						if !d.heldSince(n, from) {
							d.addOrg(o, s)
							d.addHoldsBy(n, post, o, false, ruleJoinedBody, 0.7, s)
						}
					}
					i = end
					continue
				}
			}
			if pluralBefore(toks, i, false) || d.bareNames(toks, i, e) {
				// "bầu các ông A, Trưởng Ban …; B, Chỉ huy trưởng …; C, Bí
				// thư … giữ chức Ủy viên Ban Thường vụ": each their own
				// posts, and the appointment at the end is everyone's
				names, end, last := d.nameRun(toks, i, nil, s)
				if len(names) > 1 {
					if items := d.sharedAppointment(s, last); len(items) > 0 {
						items = withRule(items, ruleListAppointment, 0.75)
						for _, n := range names {
							d.holdList(n, items, 0, false, s)
						}
					}
				}
				i = end
				continue
			}
			if afterFor(toks, i) && e < len(toks) && toks[e].text == "," {
				i = e // "Đối với đồng chí A, Bí thư Đảng ủy ghi nhận …": the comma ends the phrase
				continue
			}
			i = d.postsAfter(name, e, s)
			continue
		}
		// "4 phó bí thư: ông A, …; ông B": a counted post, in lower case
		counted := !toks[i].upper && pluralBefore(toks, i, true)
		_, te := x.rules.titles.match(toks, i)
		if te > i && i > 0 {
			if _, be := x.rules.bodies.match(toks, i-1); be >= te {
				// "Thừa ủy quyền của Ban Bí thư Trung ương Đảng, đồng chí
				// A", "Thay mặt Đoàn Chủ tịch, đồng chí A": the post is a
				// word of a board's name, no one's post
				i = be
				continue
			}
		}
		lower := te > i && !counted && d.lowerPostNamed(s, i) // "do phó chủ tịch UBND tỉnh A phụ trách"
		if te > i && (toks[i].upper || counted || lower) {
			items, pe := x.parsePosts(s, i, counted || lower)
			if counted && !d.bodyInSentence(items, s, i) {
				items = nil // "Bốn phó chủ tịch là …" with no body before in the sentence: whose is no guess
			}
			for k := max(0, i-4); k < i; k++ {
				if r, fe := x.rules.phrases.match(toks, k); fe == i && r == phraseFormer {
					// "nguyên Chủ tịch … A": a post no longer held; "chờ
					// kiện toàn chức vụ Bí thư …": one nobody holds
					items = nil
				}
			}
			if t := skipTerm(toks, pe); t > pe && (pluralAfter(toks, t) || listOpening(toks, t) > t) {
				pe = t // "Phó Chủ tịch Ủy ban … khóa IX gồm các đồng chí: …": the term is the body's
			}
			if len(items) > 0 && listTitle(toks, i) && bulletOnly(toks[skipTerm(toks, pe):]) {
				// "Danh sách 17 Ủy viên Ban Thường vụ Thành ủy khóa XVIII", a
				// heading alone, then "1 - Bà A, …" a line: the heading's
				// posts are every name's on the lines of its list
				d.headPosts = withRule(items, ruleListShared, 0.75)
				i = pe
				continue
			}
			if len(items) > 0 && (pluralBefore(toks, i, true) || pluralAfter(toks, pe) ||
				i > 0 && toks[i-1].key == "các" && pe < len(toks) && (toks[pe].text == ":" || toks[pe].key == "gồm") ||
				pe+1 < len(toks) && toks[pe].key == "gồm" && d.nameAfter(toks, pe+1) && items[0].body != nil && !(i > 0 && toks[i-1].key == "ban")) {
				// "Phó Chủ tịch Hội X gồm ông A và bà B" too (not "Ban Chủ
				// nhiệm CLB X gồm …", a board whose name holds a post)
				// "các Phó Chủ tịch: A, B, C" too
				// "các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: A, Trưởng
				// ban …; B, …", "2 Phó Chủ tịch Hội gồm bà A và ông B":
				// the posts before the list are every name's
				shared, k := d.listAhead(s, items, pe)
				if k > pe {
					if names, end, _ := d.nameRun(toks, k, shared, s); len(names) > 0 {
						i = end
						continue
					}
					if bulletOnly(toks[k:]) && toks[k-1].text == ":" {
						// "… bầu 4 Phó Chủ tịch Hội X khóa XIII:" and the
						// names on the lines that follow
						d.headPosts = withRule(shared, ruleListShared, 0.75)
					}
				}
			}
			if len(items) > 0 && pe < len(toks) && toks[pe].text == ":" && d.nameAfter(toks, pe+1) {
				// "Ban Thường vụ Hội gồm: Chủ tịch: A; Phó Chủ tịch: B, C;
				// Ủy viên: D": the post, then its holders
				if names, end, _ := d.nameRun(toks, pe+1, withRule(items, ruleListShared, 0.75), s); len(names) > 0 {
					i = end
					continue
				}
			}
			at := pe
			holders := false // "Phó Chủ tịch là bà A và ông B": the post, then each holder
			// "Trưởng đoàn …, đồng chí Nguyễn Văn A, …"; "Chủ tịch Hội
			// Nông dân xã X, TP Cần Thơ, ông Trần Văn A"
			if at < len(toks) && (toks[at].text == "," || isDash(toks[at].text)) {
				// a caption's "Bí thư Tỉnh ủy Sóc Trăng - Lâm Văn Mẫn"
				k := at + 1
				if pl, e := x.parsePlace(toks, k); pl != nil && e < len(toks) && toks[e].text == "," {
					k = e + 1
				}
				if k+1 < len(toks) && toks[k].key == "đồng" && toks[k+1].key == "chí" {
					at = k + 2
				} else if k < len(toks) && honorifics[toks[k].key] {
					at = k + 1
				} else if isDash(toks[at].text) {
					at = k
				}
			} else if at < len(toks) && toks[at].key == "là" && !pluralBefore(toks, i, true) && d.nameAfter(toks, at+1) {
				at = d.skipHonorific(toks, at+1) // "Chủ tịch Hội là ông Nguyễn Văn A": the post, then its holder
				holders = true
			} else if at < len(toks) && toks[at].text == "(" {
				// "Chủ tịch Hội Nông dân xã (ông Nguyễn Văn A)": the
				// holder in brackets after the post
				if k := d.skipHonorific(toks, at+1); k < len(toks) {
					if _, ne := d.personAt(toks, k); ne > k && ne < len(toks) && toks[ne].text == ")" {
						at = k
					}
				}
			}
			if name, e := d.personAt(toks, at); name != "" && len(items) > 0 && !x.afterVerb(toks, i) {
				if holders {
					if names, end, _ := d.nameRun(toks, at, items, s); len(names) > 1 {
						i = end
						continue
					}
				}
				d.addPerson(name, s)
				d.holdList(name, items, 0, false, s)
				i = d.postsAfter(name, e, s) // the same person may go on
				continue
			}
			if pe > i {
				i = pe
				continue
			}
		}
		i++
	}
}

// lowerPostNamed reports a post written in lower case at toks[i] with its
// body, its holder's name right after it ("nhóm hậu cần do phó chủ tịch
// UBND tỉnh Trần Văn A phụ trách"); a post in lower case and no name after
// its body is running text ("đề nghị phó chủ tịch UBND tỉnh chỉ đạo").
func (d *docState) lowerPostNamed(s *sentence, i int) bool {
	if s.toks[i].upper {
		return false
	}
	items, pe := d.x.parsePosts(s, i, true)
	if len(items) == 0 || items[len(items)-1].body == nil || pe >= len(s.toks) {
		return false
	}
	name, _ := d.personAt(s.toks, pe)
	return name != ""
}

// pluralBefore reports words before toks[i] that announce several people:
// "các ông", "các bà", "các đồng chí (là)", and with count a number ("2
// Phó Chủ tịch").
func pluralBefore(toks []token, i int, count bool) bool {
	k := i - 1
	if k >= 0 && (toks[k].key == "là" || toks[k].text == ":") {
		k-- // "các đồng chí: A, B, C, …"
	}
	if k < 0 {
		return false
	}
	if count && (toks[k].digit && isNumber(toks[k].text) || countWords[toks[k].key]) {
		return true
	}
	if toks[k].key == "chí" && k >= 1 && toks[k-1].key == "đồng" {
		k--
	} else if !honorifics[toks[k].key] {
		return false
	}
	return k >= 1 && (toks[k-1].key == "các" || toks[k-1].key == "những")
}

// bodyInSentence reports posts written without their body whose body the
// sentence names before toks[i] ("Thường trực Tỉnh ủy gồm … và 2 phó bí
// thư") or, for a Chủ tịch's deputies, the congress the article reports;
// or posts that name their own.
func (d *docState) bodyInSentence(items []postItem, s *sentence, i int) bool {
	for _, it := range items {
		if it.body != nil || it.named {
			continue
		}
		// the congress the article reports elects its own deputies
		fit := d.congress != nil && strings.Contains(wordKey(it.post), "chủ tịch")
		for _, f := range s.found {
			fit = fit || f.tok < i && (fitsPost(it.post, f.o) != nil ||
				!f.post && standingBoard(f.o) && strings.Contains(wordKey(it.post), "bí thư")) // as topicFor reads them
		}
		if !fit {
			return false
		}
	}
	return true
}

// countWords are the numbers written in words that count the holders of a
// post: "Năm Phó Chủ tịch … gồm các đồng chí: …".
var countWords = map[string]bool{"hai": true, "ba": true, "bốn": true, "năm": true, "sáu": true, "bảy": true, "bẩy": true, "tám": true, "chín": true, "mười": true}

// roman reports a Roman numeral (X, XIV): a term's number.
func roman(w string) bool {
	return w != "" && strings.Trim(w, "IVXLC") == ""
}

// termKey is the key of "khóa", as tokens carry it.
var termKey = wordKey("khóa")

// skipTerm steps over a term written after a body ("khóa IX", "nhiệm kỳ
// 2025 - 2030", "khóa IX, nhiệm kỳ 2024-2029") and returns where it ends, or k.
func skipTerm(toks []token, k int) int {
	for {
		e := k
		if e < len(toks) && toks[e].text == "," {
			e++
		}
		switch {
		case e+1 < len(toks) && toks[e].key == termKey && toks[e+1].word && (toks[e+1].digit || roman(toks[e+1].text)):
			e += 2
		case e+2 < len(toks) && toks[e].key == "nhiệm" && toks[e+1].key == "kỳ" && toks[e+2].digit:
			e += 3
			if e+1 < len(toks) && isDash(toks[e].text) && toks[e+1].digit {
				e += 2
			}
		default:
			return k
		}
		k = e
	}
}

// electedInto reads an election into a body, the names between the verb
// and the body: "Hội nghị bầu các đồng chí A, B, C vào Ban Thường vụ",
// "bầu Phó Thủ tướng A, Chánh án B vào Ban Bí thư". Each name is an Ủy
// viên of the body; their own posts were read by people.
func (d *docState) electedInto(s *sentence) {
	toks := s.toks
	for b := 0; b < len(toks); b++ {
		if toks[b].key != "bầu" {
			continue
		}
		if b > 0 && toks[b-1].key == "được" {
			continue // "A được bầu vào …": phrases.tsv role member, read with the name
		}
		var names []string
		for j := b + 1; j < len(toks) && j < b+80; j++ {
			t := toks[j]
			if t.text == "." || t.text == ";" && len(names) == 0 || t.key == "làm" || t.key == "giữ" || t.key == "là" {
				break
			}
			if t.key == "vào" {
				if len(names) == 0 {
					break
				}
				body := d.x.parseBody(s, j+1, modeLax)
				if body == nil {
					break
				}
				items := []postItem{{post: "Ủy viên", body: body, at: j + 1, rule: ruleElectedInto, confidence: 0.75}}
				for _, n := range names {
					d.holdList(n, items, 0, false, s)
				}
				if e := skipTerm(toks, body.end); e+1 < len(toks) && toks[e].key == "và" {
					// "… vào Ban Chấp hành và bà D - Chủ tịch Công đoàn X vào
					// Ban Thường vụ": the names after "và" go into the next body
					names, j = nil, e
					continue
				}
				b = body.end
				break
			}
			if _, te := d.x.rules.titles.match(toks, j); te > j && t.upper {
				if _, pe := d.x.parsePosts(s, j, false); pe > j {
					j = pe - 1 // the name's post, written before it
					continue
				}
			}
			if !d.x.isSurname(t) && (j == 0 || !honorifics[toks[j-1].key]) {
				continue
			}
			if name, e := d.personAt(toks, j); name != "" {
				names = append(names, name)
				j = e - 1
			}
		}
	}
}

// pluralAfter reports a list of several people announced after posts
// ending at k: "Phó Chủ tịch Hội gồm các ông: A, B", "… là các bà A và B".
func pluralAfter(toks []token, k int) bool {
	if k < len(toks) && toks[k].key == "gồm" {
		k++
		if k < len(toks) && toks[k].key == "có" {
			k++
		}
	} else if k < len(toks) && toks[k].key == "là" {
		k++
	} else {
		return false
	}
	if k+1 >= len(toks) || toks[k].key != "các" && toks[k].key != "những" {
		return false
	}
	return honorifics[toks[k+1].key] || k+2 < len(toks) && toks[k+1].key == "đồng" && toks[k+2].key == "chí"
}

// listOpening is where the names of a list start after posts ending at k:
// after ":", "gồm", "gồm có" or "là" (and a ":" after them), else k.
func listOpening(toks []token, k int) int {
	if k < len(toks) && toks[k].text == ":" {
		return k + 1
	}
	e := k
	switch {
	case e+1 < len(toks) && toks[e].key == "gồm" && toks[e+1].key == "có":
		e += 2
	case e < len(toks) && (toks[e].key == "gồm" || toks[e].key == "là"):
		e++
	default:
		return k
	}
	if e+1 < len(toks) && (toks[e].key == "các" || toks[e].key == "những") {
		// "gồm các ông: A, B", "là các đồng chí: A, B"
		p := e + 1
		if p+1 < len(toks) && toks[p].key == "đồng" && toks[p+1].key == "chí" {
			p += 2
		} else if honorifics[toks[p].key] {
			p++
			if p+1 < len(toks) && (toks[p].text == "," || toks[p].key == "và") && honorifics[toks[p+1].key] {
				p += 2 // "gồm các ông, bà: A, B", "các ông và bà: …"
			} else if p < len(toks) && honorifics[toks[p].key] {
				p++ // "các ông bà: …"
			}
		} else {
			p = e
		}
		if p > e && p < len(toks) && toks[p].text == ":" {
			return p + 1
		}
		if p > e {
			return p
		}
	}
	if e < len(toks) && toks[e].text == ":" {
		e++
	}
	return e
}

// listAhead finds the opening of a list of names after posts ending at k:
// right there, or further in the clause after words that say more of the
// group ("10 Ủy viên Bộ Chính trị khóa XIV được phân công tham gia Ban Bí
// thư, gồm: …"), where joining a body (phrases.tsv role member) makes
// everyone listed Ủy viên of it. It returns the posts every name takes and
// where the names start, or k.
func (d *docState) listAhead(s *sentence, items []postItem, k int) ([]postItem, int) {
	toks := s.toks
	if o := listOpening(toks, k); o > k {
		return items, o
	}
	shared := items
	for j := k; j < len(toks) && j < k+25; j++ {
		if toks[j].text == "." || toks[j].text == ";" {
			break
		}
		if n, _ := d.personAt(toks, j); n != "" {
			break
		}
		if r, e := d.x.rules.phrases.match(toks, j); e > j && r == phraseMember {
			if b := d.x.parseBody(s, e, modeLax); b != nil {
				shared = append(shared[:len(shared):len(shared)], postItem{post: "Ủy viên", body: b, at: e, rule: ruleJoinedBody, confidence: 0.7})
				j = b.end - 1
				continue
			}
		}
		if toks[j].text == "," {
			if o := listOpening(toks, j+1); o > j+1 {
				return shared, o
			}
		}
		if o := listOpening(toks, j); o > j && toks[j].text != "," {
			if toks[j].key == "là" && o == j+1 {
				continue // "là" alone inside the clause joins, it does not open
			}
			return shared, o
		}
	}
	return items, k
}

// nameRun reads the names of a list from toks[k] ("A, Trưởng ban …; B, …
// và C"), each with its own posts after it and with shared, the posts
// written before the list; it returns the names, where the list ends and
// where its last name starts.
func (d *docState) nameRun(toks []token, k int, shared []postItem, s *sentence) ([]string, int, int) {
	var names []string
	var bare []string // names so far with no post of their own: "các đồng chí: A, B, C, Ủy viên …"
	sep := ""         // the separator before the name
	end, last := k, k
	for {
		at := d.skipHonorific(toks, end)
		name, e := d.personAt(toks, at)
		var own []postItem
		if name == "" {
			// "gồm: Tổng Bí thư A; Thường trực Ban Bí thư B; …": each
			// entry its posts, then its name
			var pe int
			if own, pe = d.x.parsePosts(s, at, false); len(own) == 0 {
				break
			}
			if pe < len(toks) && toks[pe].text == "," {
				pe++ // "Chủ nhiệm Tổng cục Chính trị, đại tướng A"
			}
			if name, e = d.personAt(toks, d.skipHonorific(toks, pe)); name == "" {
				break
			}
		}
		last = at
		d.addPerson(name, s)
		names = append(names, name)
		if len(shared) > 0 && !d.ownPostInBrackets(s, e, shared) {
			d.holdList(name, withRule(shared, ruleListShared, 0.75), 0, false, s)
			if e < len(toks) && toks[e].text == "(" {
				// "… và bà C (Phó Chủ tịch)": the shared post again, held
				for k := e + 1; k < len(toks) && k < e+8; k++ {
					if toks[k].text == ")" {
						e = k + 1
						break
					}
				}
			}
		}
		if len(own) > 0 {
			d.holdList(name, own, 0, false, s)
		}
		from := len(d.facts)
		end = d.postsAfter(name, e, s)
		if end > e && end < len(toks) && toks[end].text == ")" && toks[e].text == "(" {
			end++ // "ông A (Chủ tịch), ông B …": the list goes on after the bracket
		}
		if len(shared) == 0 && len(own) == 0 {
			if end == e && end < len(toks) && (toks[end].text == "," || toks[end].key == "và") {
				bare = append(bare, name)
			} else if len(bare) > 0 && sep != ";" {
				// "các đồng chí: A, B, C, Ủy viên Ban Thường vụ Huyện ủy":
				// names without posts, then one with: the posts are all
				// of theirs
				d.shareHolds(name, bare, from, s)
				bare = nil
			} else {
				bare = nil
			}
		}
		if end < len(toks) && toks[end].text != ";" && toks[end].text != "," && toks[end].key != "và" {
			// "…; Hòa thượng A, Chủ tịch Hội đồng Trị sự …; Linh mục B, …":
			// the words of an entry the rules cannot read end at its ";"
			// when a name follows
			for j := end; j < len(toks) && j < end+20 && toks[j].text != "." && toks[j].text != ":"; j++ {
				if toks[j].text == ";" {
					if d.nameAfter(toks, j+1) {
						end = j
					}
					break
				}
			}
		}
		if end < len(toks) && (toks[end].text == ";" || toks[end].text == "," || toks[end].key == "và") {
			sep = toks[end].text
			end++
			continue
		}
		break
	}
	if len(names) > 0 && end > k && end <= len(toks) && (toks[end-1].text == ";" || toks[end-1].text == "," || toks[end-1].key == "và") {
		end-- // the separator after the last name is not the list's
	}
	return names, end, last
}

// listHeadBoard is the board a list of names at toks[i] is the members
// of, and where the list starts (its first honorific): "Ban Thường vụ Hội
// X khóa mới gồm các đồng chí: A, …", "bầu 5 đồng chí vào Ban Thường vụ
// gồm: A, …"; nil when the list follows no board and "gồm".
func (d *docState) listHeadBoard(s *sentence, i int) (*org, int) {
	toks := s.toks
	start := i
	for start > 0 && (honorifics[toks[start-1].key] || toks[start-1].key == "đồng" && toks[start].key == "chí") {
		start--
	}
	for k := len(s.found) - 1; k >= 0; k-- {
		f := s.found[k]
		if f.tok >= i || f.post {
			continue
		}
		b := d.x.parseBody(s, f.tok, modeFree)
		if b == nil || b.end > start {
			continue
		}
		if b.parent == nil && b.rule.role != roleTask && b.rule.role != roleDelegation {
			return nil, i // "bầu … vào Ban Thường vụ gồm: …": whose board, the words do not say
		}
		if !(f.o.parent != nil && strings.HasPrefix(f.o.name, "Ban ") ||
			f.o.typ == hoigraph.OtherOrg && (strings.HasPrefix(f.o.name, "Ban ") || strings.HasPrefix(f.o.name, "Tổ "))) {
			return nil, i // the last body before the list is none whose members a list names
		}
		gom := false
		for j := skipTerm(toks, b.end); j < start; j++ {
			t := toks[j]
			switch {
			case t.key == "gồm":
				gom = true
			case t.key == "mới" || t.key == "khóa" || t.key == "khoá" || t.key == "nhiệm" || t.key == "kỳ" || isDash(t.text) || t.key == "có" || t.key == "các" || t.key == "lâm" || t.key == "thời" || t.text == ":" ||
				t.key == "đồng" || t.key == "chí" || t.digit || t.key == "thành" || t.key == "viên" || t.key == "ủy" || t.key == "uỷ":
			default:
				return nil, i
			}
		}
		if !gom && start > 0 && toks[start-1].text == ":" && (b.start == 0 || toks[b.start-1].key == "vào") {
			gom = true // "bầu 3 đồng chí vào Ban Thường vụ Hội X: A, B, C"
		}
		if !gom {
			return nil, i
		}
		return f.o, start
	}
	return nil, i
}

// heldSince reports a holds fact of person recorded since the fact from.
func (d *docState) heldSince(person string, from int) bool {
	for _, f := range d.facts[from:] {
		if f.Kind == hoigraph.FactHolds && f.Person == person {
			return true
		}
	}
	return false
}

// shareHolds gives each of names the posts recorded for person since the
// fact from, read from sentence s.
func (d *docState) shareHolds(person string, names []string, from int, s *sentence) {
	facts := d.facts[from:len(d.facts):len(d.facts)]
	for _, f := range facts {
		if f.Kind != hoigraph.FactHolds || f.Person != person || f.Until != "" {
			continue
		}
		o := &org{name: f.Org}
		for _, n := range names {
			d.addHoldsBy(n, f.Post, o, false, ruleListShared, 0.7, s)
		}
	}
}

// skipHonorific steps over an honorific or a rank before a name: "đồng
// chí", "ông", "bà", and the words of phrases.tsv with role prefix
// ("Đại tá", "TS.").
func (d *docState) skipHonorific(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].key == "đồng" && toks[k+1].key == "chí" {
		k += 2
	} else if k < len(toks) && honorifics[toks[k].key] {
		k++
	}
	for n := 0; n < 3; n++ { // "Thiếu tướng", "PGS. TS. NGƯT"
		r, e := d.x.rules.phrases.match(toks, k)
		if e == k || r != phrasePrefix && r != phraseCleric {
			break
		}
		k = e
		if k < len(toks) && toks[k].text == "." {
			k++
		}
	}
	return k
}

// sharedAppointment reads the posts of the last appointment phrase of the
// clause from toks[k] ("… giữ chức Ủy viên Ban Thường vụ"), or nil.
func (d *docState) sharedAppointment(s *sentence, k int) []postItem {
	toks := s.toks
	last := -1
	for j := k; j < len(toks) && toks[j].text != "."; j++ {
		if r, pe := d.x.rules.phrases.match(toks, j); pe > j && r == phraseAppoint {
			last = pe
		}
	}
	if last < 0 {
		return nil
	}
	items, _ := d.x.parsePosts(s, last, true)
	return items
}

// nameAfter reports a person's name at toks[k], after an honorific if any.
func (d *docState) nameAfter(toks []token, k int) bool {
	name, _ := d.personAt(toks, d.skipHonorific(toks, k))
	return name != ""
}

// afterFor reports a name at toks[i] introduced by "đối với" ("Đối với
// đồng chí A, …"), after which a comma ends the phrase rather than opening
// the person's posts.
func afterFor(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && honorifics[toks[k].key] {
		k--
		if toks[k+1].key == "chí" && k >= 0 && toks[k].key == "đồng" {
			k--
		}
	}
	return k >= 1 && toks[k].key == "với" && toks[k-1].key == "đối"
}

// afterVerb reports a verb that gives a post right before toks[i] ("…
// làm Chủ tịch, ông B …"): the post is the clause's subject's, not an
// apposition of the name after it.
func (x *Extractor) afterVerb(toks []token, i int) bool {
	if i == 0 || !toks[i-1].word {
		return false
	}
	for k := max(0, i-5); k < i; k++ {
		if r, e := x.rules.phrases.match(toks, k); e == i && (r == phraseLink || r == phraseAppoint) {
			return true
		}
	}
	return false
}

// electWords, between a name and "làm", make it the verb of an election or
// an assignment: "A được Đại hội tín nhiệm bầu lại làm Chủ tịch".
var electWords = map[string]bool{"bầu": true, "cử": true, "nhiệm": true, "tôn": true, "định": true, "công": true, "giao": true}

// appointAfter finds a phrase of appointment ("giữ chức") or of leaving
// ("thôi giữ chức") in the clause after toks[e], before anyone else is
// named, and returns its role and where it ends, or -1.
func (x *Extractor) appointAfter(toks []token, e int) (string, int) {
	elect := false
	for k := e; k < len(toks) && k < e+30; k++ {
		if toks[k].text == ";" {
			if r, ge := x.rules.phrases.match(toks, k+1); ge > k+1 && r == phraseAgain {
				k = ge - 1 // "…; chỉ định tham gia …, giữ chức …": the same person
				continue
			}
			break
		}
		if toks[k].text == "." {
			break
		}
		if n, _ := x.personAt(toks, k); n != "" {
			break
		}
		if r, pe := x.rules.phrases.match(toks, k); pe > k && (r == phraseAppoint || r == phraseEnded) {
			return r, pe
		} else if pe == k+1 && r == phraseLink && elect && toks[k].key == "làm" && pe < len(toks) && toks[pe].upper {
			return phraseAppoint, pe // "… được Đại hội tín nhiệm bầu lại làm Chủ tịch"
		} else if pe > k && r == phraseFormer {
			break // "… cho đến khi có nhân sự giữ chức Bí thư": a post to be filled
		}
		elect = elect || electWords[toks[k].key]
	}
	return "", -1
}

// nameList reads more names after the one ending at e ("A, B và đồng chí
// C") when a linking word, not a comma, follows them all ("được bầu làm").
// It returns the names and where the link starts, or nil.
func (x *Extractor) nameList(toks []token, first string, e int) ([]string, int) {
	names := []string{first}
	for e < len(toks) && (toks[e].text == "," || toks[e].key == "và") {
		k := e + 1
		if k+1 < len(toks) && toks[k].key == "đồng" && toks[k+1].key == "chí" {
			k += 2
		} else if k < len(toks) && honorifics[toks[k].key] {
			k++
		}
		name, ne := x.personAt(toks, k)
		if name == "" {
			break
		}
		names, e = append(names, name), ne
	}
	if len(names) < 2 || e >= len(toks) || !toks[e].word {
		return nil, e
	}
	e = x.skipAdverbs(toks, e)
	if role, ce := x.rules.phrases.match(toks, e); ce == e || role != phraseLink && role != phraseAppoint {
		return nil, e
	}
	return names, e
}

// skipAdverbs steps over adverbs (phrases.tsv role adverb) at toks[e] when
// a verb that gives a post follows them ("A, B cũng tái đắc cử …", "A đã
// được bầu làm …"); else it returns e.
func (x *Extractor) skipAdverbs(toks []token, e int) int {
	k := e
	for n := 0; n < 3; n++ {
		r, ae := x.rules.phrases.match(toks, k)
		if ae == k || r != phraseAdverb {
			break
		}
		k = ae
	}
	if k == e || k >= len(toks) || !toks[k].word {
		return e
	}
	if r, ve := x.rules.phrases.match(toks, k); ve > k && (r == phraseLink || r == phraseAppoint || r == phraseEnded) {
		return k
	}
	return e
}

// postsAfter reads the posts written after a person's name at token e
// ("A, Phó Trưởng ban … được bổ nhiệm giữ chức Trưởng ban …"), records
// them and returns where they end.
func (d *docState) postsAfter(name string, e int, s *sentence) int {
	x := d.x
	toks := s.toks
	var all []postItem // the person's posts so far: a board's committee may be among them
	var pending []postItem
	defer func() {
		if len(pending) > 0 {
			d.holdList(name, pending, 0, false, s) // no posts after: each body as written
		}
	}()
	e = skipBio(toks, e)
	for {
		if more, me := d.postsAfterSemicolon(s, e, len(all) > 0); len(more) > 0 {
			// "A, Phó Bí thư Tỉnh ủy; Trưởng Ban Chỉ đạo …; …": a post
			// alone between semicolons, no name with it, is A's too
			all = append(all, more...)
			d.holdList(name, all, len(all)-len(more), false, s)
			e = me
			continue
		}
		e = x.skipAdverbs(toks, e)
		role, ce := x.rules.phrases.match(toks, e)
		if role == phraseNow {
			role = phraseLink // "…, hiện là Chủ tịch …"
		}
		if role == phraseMember && ce > e {
			// "được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ
			// chức Bí thư Đảng ủy xã X": Ủy viên of each body joined; bare
			// boards wait for the committee of the posts after them
			joined, je := d.joinedBodies(s, ce)
			if len(joined) == 0 {
				if _, ae := x.appointAfter(toks, ce); ae >= 0 {
					e = ce // "tham gia Ủy ban và giữ chức Phó Chủ tịch …": the body joined unnamed, the post after it
					continue
				}
				return e
			}
			pending = append(pending, joined...)
			e = je
			if e < len(toks) && (toks[e].text == "," || toks[e].key == "và") {
				e++
			}
			continue
		}
		if role == phraseLink {
			if r, fe := x.rules.phrases.match(toks, ce); fe > ce && r == phraseFormer {
				role, ce = r, fe // "A, nguyên Chủ tịch …"
			}
		}
		if role == phraseFormer {
			// a post the person held before: the bodies are named (orgs
			// reads them) but nobody holds anything now
			former, pe := x.parsePosts(s, ce, true)
			if pe == ce {
				return e
			}
			for k := 1; k < len(former); k++ {
				if b := former[k].body; b != nil && toks[former[k].at-1].text == "," &&
					(b.rule.typ == hoigraph.Association || b.rule.typ == hoigraph.SocioPolitical) {
					// "nguyên Phó Thủ tướng, Bộ trưởng …, Chủ tịch danh dự
					// Hội Khuyến học": a retired leader's association post is
					// held now, the state's and the Party's before it not
					pe = former[k].at - 1
					break
				}
			}
			e = skipTerm(toks, pe) // "nguyên Bí thư Tỉnh đoàn khóa X, nhiệm kỳ 1997-2002 làm Chủ nhiệm"
			continue
		}
		if ce == e && e < len(toks) {
			if _, te := x.rules.titles.match(toks, e); te > e {
				role = phraseLink // "đồng chí A ủy viên ban thường vụ huyện ủy": no mark between
			}
		}
		var items []postItem
		pe := ce
		if (ce > e || role == phraseLink) && (role == phraseLink || role == phraseEnded || role == phraseAppoint) {
			items, pe = x.parsePosts(s, ce, true)
			if role == phraseLink && len(items) > 0 && (d.nameAfter(toks, pe) || pe < len(toks) && toks[pe].text == ":" && d.nameAfter(toks, pe+1)) {
				// "Chủ tịch nước A, Thủ tướng Chính phủ B": the posts are
				// the next name's; so in "Chủ tịch: A, Phó Chủ tịch: B"
				return e
			}
		}
		if len(items) == 0 && role == phraseLink && ce > e {
			// "do ông A, Chủ tịch Hội X, làm Bí thư Đảng ủy": after the
			// comma, the verb that gives the post
			if r, ve := x.rules.phrases.match(toks, ce); ve > ce && (r == phraseLink || r == phraseAppoint || r == phraseNow) && toks[ce].word {
				e = ce
				continue
			}
		}
		if len(items) == 0 {
			// "…, đến nhận công tác tại Ban X và giữ chức Y": an
			// appointment later in the clause, before anyone else is named.
			if role, ce = x.appointAfter(toks, e); ce < 0 {
				return e
			}
			if items, pe = x.parsePosts(s, ce, true); len(items) == 0 {
				return e
			}
		}
		if len(pending) > 0 && role != phraseEnded {
			// the bodies joined take their committee from the posts after
			// them, not from the person's earlier posts ("Phó Chánh Văn
			// phòng Huyện ủy tham gia Ban Chấp hành, Ban Thường vụ và giữ
			// chức Bí thư Đảng ủy xã X")
			joined := append(pending, items...)
			pending = nil
			d.holdList(name, joined, 0, false, s)
			all = append(all, joined...)
			e = pe
			continue
		}
		all = append(all, items...)
		d.holdList(name, all, len(all)-len(items), role == phraseEnded, s)
		e = pe
	}
}

// skipBio steps over a person's year of birth or age written right after
// the name ("Nguyễn Văn A (1975)", "(SN 1980)", "ông B, sinh năm 1978,",
// "bà C, 52 tuổi,"), or a caption's note of where they stand ("(thứ 2 từ
// trái sang)"), to the posts after it; else it returns e.
func skipBio(toks []token, e int) int {
	year := func(k int) int { // the end of "1975", "sinh năm 1975", "SN 1975", "52 tuổi", or k
		switch {
		case k+2 < len(toks) && toks[k].key == "sinh" && toks[k+1].key == "năm" && toks[k+2].digit:
			return k + 3
		case k+1 < len(toks) && (toks[k].key == "sn" || toks[k].key == "s/n") && toks[k+1].digit:
			return k + 2
		case k+1 < len(toks) && toks[k].digit && toks[k+1].key == "tuổi":
			return k + 2
		case k < len(toks) && toks[k].digit && len(toks[k].text) == 4:
			return k + 1
		}
		return k
	}
	if e >= len(toks) {
		return e
	}
	switch toks[e].text {
	case "(":
		if k := year(e + 1); k > e+1 && k < len(toks) && toks[k].text == ")" {
			return k + 1
		} else if k > e+1 && k < len(toks) && toks[k].text == "," {
			// "(52 tuổi, quê Nghệ An)", "(sinh năm 1975, quê xã X)"
			for j := k + 1; j < len(toks) && j < k+12 && toks[j].text != ";" && toks[j].text != "."; j++ {
				if toks[j].text == ")" {
					return j + 1
				}
			}
		}
		if e+1 < len(toks) && photoPlaces[toks[e+1].key] {
			// a caption's "(thứ 2 từ trái sang)", "(bìa phải)", "(giữa)":
			// where the person stands, then the posts
			for k := e + 2; k < len(toks) && k < e+8; k++ {
				if toks[k].text == ")" {
					return k + 1
				}
				if !toks[k].word {
					break
				}
			}
		}
	case ",":
		if k := year(e + 1); k > e+1 && (k >= len(toks) || !toks[k].word) && !(toks[e+1].digit && len(toks[e+1].text) == 4) {
			return k // ", 52 tuổi, Bí thư …": the comma after is the posts'
		}
	}
	return e
}

// photoPlaces open a caption's note of where a person stands in the
// picture: "(thứ 2 từ trái sang)", "(bìa phải)", "(giữa)", "(đứng giữa)".
var photoPlaces = map[string]bool{"thứ": true, "bìa": true, "giữa": true, "đứng": true, "ngồi": true, "trái": true, "phải": true, "người": true}

// joinedBodies reads the bodies a person joins from toks[k] ("Ban Chấp
// hành, Ban Thường vụ Đảng ủy xã X"), each as a post of Ủy viên, and where
// the list ends.
func (d *docState) joinedBodies(s *sentence, k int) ([]postItem, int) {
	toks := s.toks
	var out []postItem
	for k < len(toks) {
		b := d.x.parseBody(s, k, modeLax)
		if b == nil {
			break
		}
		out = append(out, postItem{post: "Ủy viên", body: b, at: b.start, rule: ruleJoinedBody, confidence: 0.75})
		k = b.end
		if k+1 < len(toks) && (toks[k].text == "," || toks[k].key == "và") && toks[k+1].upper {
			if nb := d.x.parseBody(s, k+1, modeLax); nb != nil {
				k++
				continue
			}
		}
		break
	}
	return out, k
}

// resolveItem resolves the body of items[i]; a board written without its
// committee belongs to its neighbour's ("Ủy viên Ban Thường vụ, Trưởng Ban
// Dân vận Huyện ủy"), and a committee written without its place takes the
// place of a later post's body of the same kind of unit ("Bí thư Huyện ủy,
// Chủ tịch HĐND huyện Nam Sách").
func (d *docState) resolveItem(items []postItem, i int) *org {
	b := items[i].body
	var ctx *bodyRef
	if (b.rule.role == roleBoard || b.rule.role == roleBoardBare) && b.parent == nil {
		for k := i - 1; k >= 0 && ctx == nil; k-- {
			ctx = boardsOf(items[k].body)
		}
		for k := i + 1; k < len(items) && ctx == nil; k++ {
			ctx = boardsOf(items[k].body)
		}
	}
	if items[i].implied && b.rule.role == roleCommittee && b.rule.unit == "Tỉnh" && b.place == nil {
		// "TUV, Chủ tịch Hội Nông dân thành phố" in Cần Thơ: a member of
		// the committee of the article's province-level unit, which for a
		// city under the centre is its Thành ủy
		if p := d.home.ofLevel(hoigraph.Province); p != nil && p.kind != b.rule.unit && d.home.ofKind(b.rule.unit) == nil {
			for _, c := range d.x.committees {
				if c.unit == p.kind {
					return d.resolve(&bodyRef{rule: c, core: c.canonical, place: p, start: b.start, end: b.end}, nil)
				}
			}
		}
	}
	if ctx == nil && b.rule.role == roleBoardBare && b.parent == nil {
		if c := d.neighbourCommittee(items, i); c != nil {
			// "UVTV, Phó Chủ tịch UBND huyện X": the standing board of the
			// Huyện ủy X, the committee of the place the next post names;
			// so too a board written out ("Ủy viên Ban Thường vụ, Trưởng
			// ban Dân vận, Chủ tịch Ủy ban MTTQ huyện"): one person's posts
			// are of one level, the level a post's body writes
			nb := *b
			nb.parent = c
			return d.resolve(&nb, nil)
		}
	}
	if items[i].implied && ctx == nil && b.rule.role == roleBoardBare {
		// "UVTV" is on the standing board of the Party committee, not of
		// whatever body's board was named last
		last := d.lastBoard
		d.lastBoard = nil
		o := d.resolve(b, nil)
		d.lastBoard = last
		return o
	}
	if b.place == nil && b.levelKind != "" && b.parent == nil && b.rule.role != roleBoard && b.rule.role != roleBoardBare {
		if p := d.neighbourArea(items, i, b.levelKind); p != nil {
			// "Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh": the
			// province of the committee the post before is of
			nb := *b
			nb.place, nb.levelKind = p, ""
			return d.resolve(&nb, ctx)
		}
	}
	return d.resolve(d.placedByNeighbour(items, i), ctx)
}

// neighbourArea is the unit of a kind that the body of a post written in
// one list next to items[i] is of (its place written, or the one it is
// read in), or nil: one person's posts in one list are of one place.
func (d *docState) neighbourArea(items []postItem, i int, kind string) *place {
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(items) || items[k].body == nil || !d.listed(items, min(i, k), max(i, k)) {
			continue
		}
		nb := items[k].body
		if nb.parent != nil || nb.rule.role == roleBoard || nb.rule.role == roleBoardBare || nb.national != "" {
			continue
		}
		if nb.place != nil {
			if nb.place.kind == kind {
				return nb.place
			}
			continue
		}
		if o := d.resolve(nb, nil); o != nil && !o.unplaced && o.area != nil && o.area.kind == kind {
			return o.area
		}
	}
	return nil
}

// neighbourCommittee is the Party committee, named after its unit, of the
// place written with a neighbouring post's body (the Huyện ủy of "Phó Chủ
// tịch UBND huyện X"), or nil; communes are left to the article's home.
func (d *docState) neighbourCommittee(items []postItem, i int) *bodyRef {
	for k := range items {
		b := items[k].body
		if k == i || b == nil || b.place == nil && b.levelKind == "" || b.rule.role != roleLocal {
			continue
		}
		p := b.place
		if p == nil {
			// "Chủ tịch Ủy ban MTTQ huyện": the huyện that body is read in
			if o := d.resolve(b, nil); o != nil && !o.unplaced && o.area != nil {
				p = o.area
			}
		}
		if p == nil {
			return nil
		}
		for _, c := range d.x.committees {
			if c.unit == p.kind {
				return &bodyRef{rule: c, core: c.canonical, place: p, start: b.start, end: b.end}
			}
		}
		return nil
	}
	return nil
}

// bareTaskAfterDo reads "Tiểu ban Văn kiện do A làm Trưởng Tiểu ban",
// "Ban Chỉ đạo X do B làm Trưởng Ban Chỉ đạo": a post whose body is only
// the kind its title shares ("Tiểu ban", "Ban Chỉ đạo"), given by "làm",
// is of the body written before "do", not of another of that kind the
// sentence names ("…; Tiểu ban Nhân sự do C …"). subject reports such a
// construction; o is nil when the body before "do" is one the rules do
// not read, whose post is then no guess.
func (d *docState) bareTaskAfterDo(s *sentence, it postItem) (o *org, subject bool) {
	b := it.body
	if b == nil || b.place != nil || b.parent != nil || b.rule.role != roleTask || it.at < 1 || s.toks[it.at-1].key != "làm" {
		return nil, false
	}
	if _, te := d.x.rules.titles.match(s.toks, it.at); b.end != te {
		return nil, false
	}
	return d.doSubject(s, it.post, it.at)
}

// doSubject reads the body a bare post belongs to when the sentence says
// "X do A, posts, làm <post>": the post, right after làm, is X's, the body
// written before do ("Hội Nông dân xã do ông A làm Chủ tịch"). subject
// reports such an X; o is nil when it is a body the rules do not know
// ("Hội đồng thi đua do bà A làm Chủ tịch") or one the post cannot be of,
// whose post is then no guess.
func (d *docState) doSubject(s *sentence, post string, at int) (o *org, subject bool) {
	toks := s.toks
	if at < 1 || toks[at-1].key != "làm" {
		return nil, false
	}
	k := at - 2
	for ; k > 0 && k > at-40; k-- {
		t := toks[k]
		if t.text == ";" || t.text == "." || t.key == "làm" {
			return nil, false
		}
		if t.key == "do" {
			break
		}
	}
	if k <= 0 || toks[k].key != "do" {
		return nil, false
	}
	end := k
	if toks[end-1].text == "," {
		end--
	}
	type span struct{ from, to int }
	var read []span // the bodies before do, as far as they go
	for _, f := range s.found {
		if f.tok >= end {
			continue
		}
		b := d.x.parseBody(s, f.tok, modeFree)
		if b == nil {
			continue
		}
		read = append(read, span{f.tok, b.end})
		if b.end == end {
			if f.tok > 0 && toks[f.tok-1].word && !(f.tok > 1 && setUpVerbs[toks[f.tok-2].key+" "+toks[f.tok-1].key]) {
				// "Tổ công tác số 2 của Huyện ủy X do A làm Tổ trưởng": the
				// subject is more than the body it ends with
				return nil, true
			}
			if fit := fitsPost(post, f.o); fit != nil || !judgedPost(post) {
				return cmp.Or(fit, f.o), true
			}
			// "Chi bộ gồm đảng viên của LĐLĐ và Hội Chữ thập đỏ huyện, do
			// A … làm Bí thư": the body before do is a list's, not the subject
			return nil, true
		}
	}
	for j := max(0, end-4); j < end; j++ {
		if toks[j].word && toks[j].upper && !toks[j].digit {
			inside := false
			for _, r := range read {
				inside = inside || r.from <= j && j < r.to
			}
			if !inside {
				return nil, true // an unknown body, or a place the rules do not know: its post is no other body's
			}
		}
	}
	return nil, false
}

// setUpVerbs set up or reshape the body after them: "thành lập Ban Chỉ đạo
// … do A làm Trưởng ban" makes the body the subject, not part of a longer one.
var setUpVerbs = map[string]bool{"thành lập": true, "kiện toàn": true, "củng cố": true, "bổ sung": true, "điều chỉnh": true}

// boardsOf is the committee of a body in a list of posts whose boards a
// neighbouring board may be: not the Front's or the state's, which have no
// Ban Thường vụ or Ban Dân vận ("Ủy viên Ban Thường vụ, Chủ tịch Ủy ban
// MTTQ xã" is on the Party committee's board).
func boardsOf(b *bodyRef) *bodyRef {
	c := committeeOf(b)
	if c == nil || c.rule.typ == hoigraph.Front || c.rule.typ == hoigraph.Government {
		return nil
	}
	return c
}

// holdList records a person's posts items[from:]; the posts before from are
// the same person's, named earlier in the sentence, for context: a board
// written without its committee belongs to its neighbour's committee
// ("Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Quận ủy").
func (d *docState) holdList(person string, items []postItem, from int, ended bool, s *sentence) {
	for i := from; i < len(items); i++ {
		it := items[i]
		if it.unread {
			continue
		}
		if it.body == nil {
			if it.named {
				// the body is written, but not one the rules know; or a
				// numbered group ("Tổ trưởng Tổ công tác số 3")
				if o := d.groupOfPost(s, it); o != nil {
					d.addOrg(o, s)
					d.addHoldsBy(person, it.post, o, ended, it.rule, it.confidence, s)
				}
				continue
			}
			if it.back != "" {
				o := d.namedBefore(s, it.back, it.at)
				if o == nil && it.backAnywhere {
					o = d.onlyNamed(it.back)
				}
				if o != nil {
					d.addHoldsBy(person, it.post, o, ended, it.rule, it.confidence, s)
				}
				continue
			}
			made := it.at > 0 && (s.toks[it.at-1].key == "làm" || s.toks[it.at-1].key == "là")
			bracketed := it.at > 0 && s.toks[it.at-1].text == "(" // "gồm ông A (Chủ tịch), … ông C (Ủy viên)"
			if wordKey(it.post) == wordKey("Thành viên") && !made {
				continue // "Ban Chỉ đạo gồm 17 thành viên: …" counts the members, it gives no post
			}
			if wordKey(it.post) == wordKey("Ủy viên") && it.rule != ruleListShared && !(d.lastTask != nil && made) && !d.entry && !bracketed {
				// a bare Ủy viên is some board's only under a list's heading
				// ("Ủy viên: A, B"; "Ban Chủ nhiệm gồm:" then a line "- Ông
				// C - Ủy viên") or given by làm in an article about a
				// steering board ("…, Trưởng phòng Nội vụ làm Ủy viên")
				continue
			}
			if wordKey(it.post) == wordKey("Thư ký") {
				// "Thư ký: A", "B - Thư ký;" end the post; "làm thư ký hội
				// nghị" is the meeting's secretary, no board's
				if _, te := d.x.rules.titles.match(s.toks, it.at); te < len(s.toks) && s.toks[te].word && s.toks[te].key != "là" {
					continue
				}
			}
			o, subject := d.doSubject(s, it.post, it.at)
			if o == nil && !subject {
				o = d.topicOf(person, it.post, s, it.at)
			}
			if o != nil {
				d.addOrg(o, s) // someone holds a post in it: the article names it
				d.addHoldsBy(person, it.post, o, ended, it.rule, it.confidence, s)
			}
			continue
		}
		if bareCommittee(it.body) && !committeeNeighbour(items, i) && !d.agencyAppointment(items, i) {
			// "Bí thư Đảng ủy, Giám đốc Sở Y tế", "…, Bí thư Đảng ủy,
			// Tổng Biên tập Báo X": the Party committee of the body the
			// next post is in, which has no name here; not the place's
			continue
		}
		if o, subject := d.bareTaskAfterDo(s, it); subject {
			if o != nil {
				d.addOrg(o, s)
				d.addHoldsBy(person, it.post, o, ended, it.rule, it.confidence, s)
			}
			continue
		}
		o := d.resolveItem(items, i)
		if o == nil && it.body.rule.canonical == "Đảng ủy" && it.body.place == nil {
			// "Đảng bộ Hội X do ông A … làm Bí thư Đảng ủy": the Party
			// committee the sentence named before
			for k := len(s.found) - 1; k >= 0 && o == nil; k-- {
				if f := s.found[k]; f.tok < it.at && f.o.typ == hoigraph.PartyCommittee && strings.HasPrefix(f.o.name, "Đảng ủy ") {
					o = f.o
				}
			}
		}
		if o == nil && it.body.topic {
			// a bare "Hội" the congress or topic does not answer: the
			// association named last before it
			if t := d.topicFor(it.post, s, it.at); t != nil && (t.typ == hoigraph.Association || t.typ == hoigraph.SocioPolitical) {
				o = t
			} else if it.body.core != "Hội" {
				o = d.namedBefore(s, it.body.core, it.at) // "… làm Bí thư chi bộ": the Chi bộ named before
			}
		}
		if o == nil {
			continue
		}
		if o.typ == hoigraph.PartyCommittee && o.area != nil && strings.HasPrefix(o.name, "Đảng bộ ") && o.name == "Đảng bộ "+o.area.label() {
			// "Bí thư Đảng bộ xã X", "UVBCH Đảng bộ huyện Y": a post of
			// its committee, the Đảng ủy xã X, the Huyện ủy Y; the Đảng bộ
			// is still a body the article names
			if c := d.committeeFor(o.area); c != nil {
				d.addOrg(o, s)
				o = c
			}
		}
		d.addOrg(o, s)
		d.addHoldsBy(person, it.post, o, ended, it.rule, it.confidence, s)
		if o.at != nil {
			d.addResp(person, "person", o.at.label(), "area", "", ruleDelegationAt, s)
		}
	}
}

// namedBefore is the last body whose name starts with head ("Chi bộ …",
// "Sở …") named before toks[tok] in the sentence or in the paragraph, or nil.
func (d *docState) namedBefore(s *sentence, head string, tok int) *org {
	starts := func(o *org) bool { return strings.HasPrefix(wordKey(o.name), wordKey(head)+" ") }
	for i := len(s.found) - 1; i >= 0; i-- {
		if f := s.found[i]; f.tok < tok && starts(f.o) {
			return f.o
		}
	}
	for i := len(d.recent) - 1; i >= 0; i-- {
		if starts(d.recent[i]) {
			return d.recent[i]
		}
	}
	return nil
}

// onlyNamed is the one body whose name starts with head that the article
// has named so far, or nil when it named none or several: "Lễ công bố
// Quyết định thành lập Chi bộ Hội Luật gia tỉnh … trao Quyết định cho ông
// A (Bí thư Chi bộ)" is that cell's, paragraphs later.
func (d *docState) onlyNamed(head string) *org {
	prefix := wordKey(head) + " "
	var one string
	for _, f := range d.facts {
		if f.Kind != hoigraph.FactOrg || !strings.HasPrefix(wordKey(f.Name), prefix) {
			continue
		}
		if one != "" && one != f.Name {
			return nil
		}
		one = f.Name
	}
	if one == "" {
		return nil
	}
	for _, f := range d.facts {
		if f.Kind == hoigraph.FactOrg && f.Name == one {
			return &org{name: f.Name, typ: f.Type, unplaced: f.Unplaced}
		}
	}
	return nil
}

// allCaps reports a word written in capitals, two letters or more (UVTV,
// TUV, BTV): an abbreviation, never part of a name unless the whole name is
// in capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// opensList reports a sentence that announces a list on the lines after
// it: it ends with ":", or says "gồm" and names nobody after it ("Ban Chủ
// nhiệm Câu lạc bộ gồm 5 thành viên.").
func (d *docState) opensList(toks []token) bool {
	n := len(toks)
	for n > 0 && !toks[n-1].word && toks[n-1].text != ":" {
		n--
	}
	if n > 0 && toks[n-1].text == ":" {
		return true
	}
	for k, t := range toks {
		if t.key == "gồm" {
			for j := k + 1; j < len(toks); j++ {
				if d.nameAfter(toks, j) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// listEntry reports a sentence that is one line of a list of people and
// nothing more: after a bullet or a number, a post, ":" and a name
// ("Chủ nhiệm: bà A", "- Phó Chủ tịch: ông B"), or a name and its posts
// after a dash, a colon or a comma ("2. Ông C - Thư ký", "Bà D, Ủy
// viên"); not "Ông E, Ủy viên, phát biểu".
func (d *docState) listEntry(s *sentence) bool {
	toks := s.toks
	k := 0
	for k < len(toks) && k < 3 && (!toks[k].word || toks[k].digit) {
		k++ // "-", "+", "•", "1.", "2)"
	}
	if k >= len(toks) {
		return false
	}
	end := func(e int) bool { // only punctuation after e
		return bulletOnly(toks[e:])
	}
	if _, te := d.x.rules.titles.match(toks, k); te > k && toks[k].upper {
		_, pe := d.x.parsePosts(s, k, false)
		if pe >= len(toks) || !(toks[pe].text == ":" || isDash(toks[pe].text)) {
			return false
		}
		name, e := d.personAt(toks, d.skipHonorific(toks, pe+1))
		return name != "" && end(skipBio(toks, e))
	}
	name, e := d.personAt(toks, d.skipHonorific(toks, k))
	if name == "" {
		return false
	}
	e = skipBio(toks, e)
	if e+1 >= len(toks) || !(toks[e].text == ":" || toks[e].text == "," || isDash(toks[e].text)) {
		return false
	}
	_, pe := d.x.parsePosts(s, e+1, true)
	return pe > e+1 && end(pe)
}

// headedEntry reports a line of the list under a heading that gave its
// posts: a line of a list (listEntry), or a bullet and a name alone ("- Bà
// Nguyễn Thị A").
func (d *docState) headedEntry(s *sentence) bool {
	if d.listEntry(s) {
		return true
	}
	toks := s.toks
	b := bulletEnd(toks)
	name, e := d.personAt(toks, d.skipHonorific(toks, b))
	if name != "" && b > 0 && e < len(toks) && (toks[e].text == "," || isDash(toks[e].text)) {
		// "1 - Bà A, Ủy viên Bộ Chính trị, …, Bí thư Đảng ủy Bộ Tư lệnh
		// Thủ đô.": a numbered line opening with a name, whatever posts
		// of its own it goes on with
		return true
	}
	return name != "" && bulletOnly(toks[e:])
}

// listTitle reports the words before toks[i] to be those of a list's
// title: "Danh sách", then "các" or a count ("Danh sách 17 Ủy viên …").
func listTitle(toks []token, i int) bool {
	if i < 2 || toks[0].key != "danh" || toks[1].key != "sách" {
		return false
	}
	for k := 2; k < i; k++ {
		if !toks[k].digit && toks[k].key != "các" && toks[k].key != "những" {
			return false
		}
	}
	return true
}

// bulletEnd is where the words of a line start after its bullet or number
// ("-", "+", "1.", "2)"), at most three tokens in.
func bulletEnd(toks []token) int {
	k := 0
	for k < len(toks) && k < 3 && (!toks[k].word || toks[k].digit) {
		k++
	}
	return k
}

// bulletOnly reports a sentence that is only the number or bullet of a
// line of a list ("1.", "-"), cut off from the line's words.
func bulletOnly(toks []token) bool {
	for _, t := range toks {
		if t.word && !t.digit {
			return false
		}
	}
	return true
}

// bareNames reports a list of names written after one honorific, with no
// post or honorific of their own between them, the posts after the last:
// "đồng chí A, B, C, Ủy viên Ban Thường vụ Huyện ủy", "ông D và E, Phó
// Chủ tịch UBND xã" are each of them, as after "các đồng chí". The first
// name starts at toks[i] and ends at e.
func (d *docState) bareNames(toks []token, i, e int) bool {
	if i == 0 || !(honorifics[toks[i-1].key] || toks[i-1].key == "đ/c") {
		return false
	}
	if e+1 >= len(toks) || toks[e].text != "," && toks[e].key != "và" {
		return false
	}
	n, ne := d.personAt(toks, e+1)
	if n == "" {
		return false
	}
	// the list ends in a post, not in more names without one ("ông A, B
	// dự họp" says nothing of their posts)
	for k := ne; k+1 < len(toks); {
		if toks[k].text != "," && toks[k].key != "và" {
			return false
		}
		if _, te := d.x.rules.titles.match(toks, k+1); te > k+1 && toks[k+1].upper {
			return true
		}
		if n, ne = d.personAt(toks, k+1); n == "" {
			return false
		}
		k = ne
	}
	return false
}

// bareCommittee reports "Đảng ủy" written alone in a list of posts, with
// nothing after it to say whose.
func bareCommittee(b *bodyRef) bool {
	return b != nil && b.rule.canonical == "Đảng ủy" && b.place == nil && b.parent == nil && b.end-b.start == 2
}

// committeeNeighbour reports that the post next to items[i] (after it, or
// else before it) is in a body of a place, whose Party committee a bare
// "Đảng ủy" is ("Bí thư Đảng ủy, Chủ tịch UBND xã X"), or that it has no
// neighbour.
// agencyAppointment reports a bare Đảng ủy given as a new post, not written
// in one list with the post before it, when the text named an agency's
// Party committee just before: "Bà B, Thứ trưởng Bộ Y tế, được chỉ định giữ
// chức Phó Bí thư Đảng ủy" after "A … Bí thư Đảng ủy Cơ quan Bộ Y tế" is
// that agency committee's, not one of the ministry the text leaves unnamed.
func (d *docState) agencyAppointment(items []postItem, i int) bool {
	if i == 0 || d.listed(items, i-1, i) {
		return false
	}
	return d.agencyCommittee(items[i].at) != nil
}

func committeeNeighbour(items []postItem, i int) bool {
	k := i + 1
	if k >= len(items) {
		k = i - 1
	}
	if k < 0 {
		return true
	}
	b := items[k].body
	if b == nil {
		return !items[k].named
	}
	switch b.rule.typ {
	case hoigraph.Government, hoigraph.Front, hoigraph.SocioPolitical, hoigraph.Association, hoigraph.PartyCommittee, hoigraph.PartyBoard, "":
		return b.rule.level == "" && b.rule.role != roleNational
	}
	return false
}

// ownPostInBrackets reports a post in brackets right after a name of a
// list, other than the list's shared one: "2 Phó Chủ tịch: ông A (Chủ
// tịch), ông B …" says A is the Chủ tịch, not one of the deputies.
func (d *docState) ownPostInBrackets(s *sentence, e int, shared []postItem) bool {
	toks := s.toks
	if e+1 >= len(toks) || toks[e].text != "(" {
		return false
	}
	own, _ := d.x.parsePosts(s, e+1, true)
	if len(own) == 0 {
		return false
	}
	for _, it := range shared {
		if wordKey(it.post) == wordKey(own[0].post) {
			return false
		}
	}
	return true
}

// postsAfterSemicolon reads the posts of an entry after a ";" at toks[e]
// that names nobody (the entry ends at the next ";" or the sentence's end
// with no person in it), when the person before has posts already: they
// are that person's. It returns them and where they end, or nil.
func (d *docState) postsAfterSemicolon(s *sentence, e int, held bool) ([]postItem, int) {
	toks := s.toks
	if !held || e+1 >= len(toks) || toks[e].text != ";" {
		return nil, e
	}
	items, pe := d.x.parsePosts(s, e+1, false)
	if len(items) == 0 || pe < len(toks) && toks[pe].text != ";" && toks[pe].text != "." {
		return nil, e
	}
	if pe+1 < len(toks) && toks[pe].text == ";" && !d.nameAfter(toks, pe+1) {
		if _, qe := d.x.parsePosts(s, pe+1, false); qe > pe+1 {
			return nil, e // "…; Chủ tịch UBND tỉnh; Giám đốc Sở …": posts, no holder, a list of offices
		}
	}
	return items, pe
}

// bodyAfterComma is the body written after a comma behind a board that
// any body may have and that names none ("Trưởng Ban Tổ chức Kiểm tra, Hội
// LHPN Thành phố Hà Nội"): the board's body, when no post comes between
// (a post would start the person's next post) and the body is no board
// itself. nil otherwise.
func (x *Extractor) bodyAfterComma(s *sentence, b *bodyRef) *bodyRef {
	toks := s.toks
	if b.parent != nil || b.rule.role != roleBoard || b.rule.typ != "" || b.place != nil || b.national != "" ||
		b.end+1 >= len(toks) || toks[b.end].text != "," || !toks[b.end+1].upper {
		return nil
	}
	if _, te := x.rules.titles.match(toks, b.end+1); te > b.end+1 {
		return nil
	}
	p := x.parseBody(s, b.end+1, modeLax)
	if p == nil || p.start != b.end+1 {
		return nil
	}
	switch p.rule.role {
	case roleBoard, roleBoardBare, roleTask, roleDelegation, roleAlias:
		return nil
	}
	return p
}
