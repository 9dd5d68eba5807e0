package extract

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"hoigraph"
	"hoigraph/vntext"
)

//go:embed rules/*.tsv
var embeddedRules embed.FS

// table is one parsed rule file: its rows by column name, each with the line
// it came from so that a later check can still name it.
type table struct {
	file string
	rows []row
}

type row struct {
	line  int
	cells map[string]string
}

func (r row) get(col string) string {
	v := r.cells[col]
	if v == "-" && col != "pattern" { // a pattern may be the dash itself
		return ""
	}
	return v
}

// parseTable reads a tab-separated rule file whose header must hold the
// columns want, in order.
func parseTable(file string, data []byte, want ...string) (table, error) {
	t := table{file: file}
	var header []string
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		for j := range cells {
			cells[j] = vntext.NFC(strings.TrimSpace(cells[j]))
		}
		if header == nil {
			if strings.Join(cells, "\t") != strings.Join(want, "\t") {
				return t, fmt.Errorf("%s:%d: header must be %q, got %q", file, n, strings.Join(want, " TAB "), strings.Join(cells, " TAB "))
			}
			header = cells
			continue
		}
		if len(cells) != len(header) {
			return t, fmt.Errorf("%s:%d: want %d tab-separated columns (%s), got %d", file, n, len(header), strings.Join(header, ", "), len(cells))
		}
		r := row{line: n, cells: map[string]string{}}
		for j, c := range cells {
			if c == "" {
				return t, fmt.Errorf("%s:%d: column %q is empty (write - for none)", file, n, header[j])
			}
			r.cells[header[j]] = c
		}
		t.rows = append(t.rows, r)
	}
	if header == nil {
		return t, fmt.Errorf("%s: no header line", file)
	}
	return t, nil
}

// Roles of bodies (bodies.tsv).
const (
	roleCommittee  = "committee"
	roleLocal      = "local"
	rolePlaced     = "placed"
	roleBoard      = "board"
	roleBoardBare  = "board-bare"
	roleNational   = "national"
	roleParty      = "party"
	roleHead       = "head"
	roleWrapper    = "wrapper"
	roleDelegation = "delegation"
	// roleTask is a board named by its task, in lower case, then its
	// place ("Ban Chỉ đạo chuyển đổi số xã X"); named alone, the one the
	// article named last
	roleTask = "task"
	// roleAlias is read as a board, but names the body it is written
	// before: a body's Ban Chấp hành is the body (its Ban Thường vụ is not)
	roleAlias = "alias"
	// roleDepartment is read as roleWrapper with bodyRule.numbered
	roleDepartment = "department"
	// roleHeadAt is read as roleHead with bodyRule.at
	roleHeadAt = "head-at"
	// roleHeadLower is read as roleHead with bodyRule.lower
	roleHeadLower = "head-lower"
)

// Roles of phrases (phrases.tsv).
const (
	phraseLink      = "link"
	phraseEnded     = "ended"
	phraseAppoint   = "appoint"
	phraseResp      = "resp"
	phraseRespPol   = "resp-pol"
	phraseArea      = "area"
	phraseNotName   = "notname"
	phraseRespUnder = "resp-under"
	phraseFormer    = "former"
	phraseCareer    = "career"
	phrasePrefix    = "prefix"
	phraseMember    = "member"
	phraseCount     = "count"
	phraseScope     = "scope"
	phraseRespGroup = "resp-group"
	phraseRespCount = "resp-count"
	phraseRespAlso  = "resp-also"
	phraseAside     = "aside"
	phraseFiller    = "filler"
	phrasePointer   = "pointer"
	phraseQualifier = "qualifier"
	phraseAdverb    = "adverb"
	phraseCleric    = "cleric"
	// phraseNow gives the post held now after a former one or a career:
	// "nguyên Bí thư …, hiện là Chủ tịch …", "từng là …, nay là …"
	phraseNow       = "now"
	phraseCalled    = "called"
	phraseHelper    = "helper"
	phraseInstitute = "institution"
	// phraseClubField is a pair of fields a club is named after, written
	// with a comma ("Văn nghệ, Thể thao"): one name, not a list of two
	phraseClubField = "club-field"
	phrasePartner   = "partner"
	phraseGivenTo   = "given-to"
	phraseOpener    = "opener"
	phraseHas       = "has"
	phraseDuty      = "duty"
	phraseTasked    = "tasked"
	phraseCluster   = "cluster"
	phraseGeneric   = "generic"
	// phraseField is a field of work a charge is written with before "của"
	// and a body: the charge is the field, not the body
	phraseField = "field"
	// phraseAgain, after a semicolon, opens a clause of appointment with
	// no one named: it goes on about the person of the clause before
	// ("điều động ông A … đến nhận công tác tại X; chỉ định tham gia …,
	// giữ chức Bí thư …")
	phraseAgain = "again"
	// phraseNotBody is a compound whose last word starts a body's name
	// ("giao ban": a briefing): "Hội nghị giao ban Bí thư các chi bộ" names
	// no Ban Bí thư, even in a headline written in capitals
	phraseNotBody = "notbody"
	// phraseInspect is a verb of inspection or supervision after a
	// delegation ("Đoàn kiểm tra … kiểm tra việc …"), and phraseInspected
	// the word that brings in what it inspects ("… đối với Đảng ủy X",
	// "… tại UBND xã Y"); both are kept apart from the other phrases, as
	// the same words have other roles there
	phraseInspect   = "inspect"
	phraseInspected = "inspected"
	// phraseNationwide is a word in a steering board's name that makes it
	// a national one ("Ban Chỉ đạo quốc gia phòng, chống dịch …"): it
	// takes no place of the article's
	phraseNationwide = "nationwide"
)

type bodyRule struct {
	canonical string
	typ       hoigraph.OrgType // "" for "parent"
	role      string
	unit      string // committees: the kind of unit
	// level is where a local body exists when it is only ever of one level
	// ("Sở" of a province, "Phòng" of a district): named alone, it is the
	// article's unit of that level, not its lowest
	level hoigraph.AreaLevel
	alias bool // role alias: the body written after it, by another name
	// role department: a wrapper whose own name ends in a number ("Vụ 5",
	// "Vụ Địa phương II") before the body it is part of
	numbered bool
	// role head-at: a head whose name may be a place (people from Quảng Nam:
	// "Hội đồng hương Quảng Nam") and goes on with where they meet ("tại
	// Bình Dương"), which is part of the name, not the body's place
	at bool
	// role head-lower: a head whose name goes on in lower case up to its
	// place ("Chi hội nông dân nghề nghiệp nuôi tôm ấp 3"), and which is a
	// body even when no name follows
	lower bool
}

type titleRule struct {
	post    string
	shares  int
	implies string // a bodies.tsv pattern, "" for none
}

type placeRule struct {
	kind     string
	level    hoigraph.AreaLevel // "" when a Thành phố may be either
	name     string             // "" for a kind word
	numbered bool               // a place only before a number ("tổ 11")
}

// groupRule is a kind of numbered working group (groups.tsv).
type groupRule struct {
	canonical string
	leader    string   // the post of its leader
	leaderKey []string // the leader's words as matching keys
}

type publisherRule struct {
	marker    string // as written on the page
	publisher string
	province  string
}

// rules is the compiled rule set: tries over word keys for everything that
// is matched in text.
type rules struct {
	bodies  *trie[bodyRule]
	titles  *trie[titleRule]
	places  *trie[placeRule]
	phrases *trie[string]
	// givenToLast: the last words of the phrases of role given-to, which
	// objectFirst looks for before every verb
	givenToLast map[string]bool
	groups      *trie[groupRule]
	inspect     *trie[string] // phrases of roles inspect and inspected
	nationwide  []string      // word keys of phrases of role nationwide
	surnames    map[string]bool
	// namePrefixes start a name as one word with it ("H’Yim Kđoh")
	namePrefixes []string
	boilerplate  []boilerRule
	publishers   []publisherRule
	abbrevs      map[string]bool
	villages     map[string]bool // kinds of the parts of a commune (Ấp, Tổ dân phố)
	placeNames   map[string]bool // the word keys of the short names of places.tsv (Hà Nội)
	// committeeForms: how a committee named after a province carries its
	// name where the name alone is a person's (places.tsv, committee):
	// "Hồ Chí Minh" → "TP Hồ Chí Minh"
	committeeForms map[string]string
	roots          map[string]uint8 // see markRoots
	// taskHeads are the word keys of the canonical names of boards named by
	// their task (role task: "ban chi dao")
	taskHeads []string
	// placePosts: by the word key of a post, the body it is of when a place
	// and no body is written after it (placeposts.tsv: "Bí thư xã X")
	placePosts map[string]bodyRule
}

type boilerRule struct {
	prefix  string // ToneKey-ed, lower case
	trailer bool
}

// rootsKnown marks a token whose roots flags have been computed.
const rootsKnown = 0x80

// markRoots records on each token which tries have a pattern starting with
// it, so that the many matches tried at every token of a sentence cost a
// bit test instead of a map lookup.
func (r *rules) markRoots(toks []token) {
	for i := range toks {
		toks[i].roots = rootsKnown | r.roots[toks[i].key]
	}
}

// indexRoots fills r.roots: for each word that starts a pattern or is a
// family name, the tries it starts.
func (r *rules) indexRoots() {
	r.roots = map[string]uint8{}
	for k := range r.bodies.next {
		r.roots[k] |= r.bodies.bit
	}
	for k := range r.titles.next {
		r.roots[k] |= r.titles.bit
	}
	for k := range r.places.next {
		r.roots[k] |= r.places.bit
	}
	for k := range r.phrases.next {
		r.roots[k] |= r.phrases.bit
	}
	for k := range r.inspect.next {
		r.roots[k] |= r.inspect.bit
	}
	for k := range r.groups.next {
		r.roots[k] |= groupBit
	}
	for k := range r.surnames {
		r.roots[k] |= surnameBit
	}
}

const (
	surnameBit = 0x10
	groupBit   = 0x20
)

// loadRules compiles the rule files in fsys (the embedded ones in
// production, a test folder in tests).
func loadRules(fsys fs.FS) (*rules, error) {
	read := func(name string, cols ...string) (table, error) {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return table{}, fmt.Errorf("read rules: %w", err)
		}
		return parseTable(name, data, cols...)
	}
	r := &rules{bodies: newTrie[bodyRule](), titles: newTrie[titleRule](), places: newTrie[placeRule](),
		phrases: newTrie[string](), surnames: map[string]bool{}, abbrevs: map[string]bool{},
		villages: map[string]bool{}, placeNames: map[string]bool{}, committeeForms: map[string]string{}, groups: newTrie[groupRule](), inspect: newTrie[string]()}
	r.bodies.bit, r.titles.bit, r.places.bit, r.phrases.bit, r.groups.bit, r.inspect.bit = 1, 2, 4, 8, groupBit, 8

	t, err := read("rules/bodies.tsv", "pattern", "canonical", "type", "role", "unit")
	if err != nil {
		return nil, err
	}
	for _, rw := range t.rows {
		b := bodyRule{canonical: rw.get("canonical"), role: rw.get("role"), unit: rw.get("unit")}
		if typ := rw.get("type"); typ != "parent" {
			b.typ = hoigraph.OrgType(typ)
			if !b.typ.Valid() {
				return nil, fmt.Errorf("%s:%d: unknown type %q", t.file, rw.line, typ)
			}
		}
		if b.role == roleAlias {
			b.role, b.alias = roleBoard, true
		}
		if b.role == roleDepartment {
			b.role, b.numbered = roleWrapper, true
		}
		if b.role == roleHeadAt {
			b.role, b.at = roleHead, true
		}
		if b.role == roleHeadLower {
			b.role, b.lower = roleHead, true
		}
		switch b.role {
		case roleCommittee, roleLocal, rolePlaced, roleBoard, roleBoardBare, roleNational, roleHead, roleWrapper, roleDelegation, roleParty, roleTask:
		default:
			return nil, fmt.Errorf("%s:%d: unknown role %q", t.file, rw.line, b.role)
		}
		if b.role == roleCommittee && b.unit == "" {
			return nil, fmt.Errorf("%s:%d: a committee needs the kind of unit it is named after", t.file, rw.line)
		}
		if b.role == roleLocal && b.unit != "" {
			switch l := hoigraph.AreaLevel(b.unit); l {
			case hoigraph.Province, hoigraph.District, hoigraph.Commune, hoigraph.Village:
				b.level, b.unit = l, ""
			default:
				return nil, fmt.Errorf("%s:%d: a local body's unit is the level it exists at (province, district, commune, village), got %q", t.file, rw.line, b.unit)
			}
		}
		r.bodies.add(rw.get("pattern"), b)
		if b.role == roleTask && !slices.Contains(r.taskHeads, wordKey(b.canonical)) {
			r.taskHeads = append(r.taskHeads, wordKey(b.canonical))
		}
	}

	if t, err = read("rules/titles.tsv", "pattern", "post", "shares", "implies"); err != nil {
		return nil, err
	}
	for _, rw := range t.rows {
		n, err := strconv.Atoi(rw.get("shares"))
		pattern := rw.get("pattern")
		if err != nil || n < 0 || n >= len(tokenize(pattern, 0)) {
			return nil, fmt.Errorf("%s:%d: shares must be a number of words smaller than the pattern's, got %q", t.file, rw.line, rw.get("shares"))
		}
		tr := titleRule{post: rw.get("post"), shares: n, implies: rw.get("implies")}
		if tr.implies != "" {
			if _, ok := r.bodies.exact(tr.implies); !ok {
				return nil, fmt.Errorf("%s:%d: implies %q, which is not a pattern of bodies.tsv", t.file, rw.line, tr.implies)
			}
		}
		r.titles.add(pattern, tr)
	}

	if t, err = read("rules/placeposts.tsv", "post", "body"); err != nil {
		return nil, err
	}
	r.placePosts = map[string]bodyRule{}
	for _, rw := range t.rows {
		b, ok := r.bodies.exact(rw.get("body"))
		if !ok {
			return nil, fmt.Errorf("%s:%d: body %q, which is not a pattern of bodies.tsv", t.file, rw.line, rw.get("body"))
		}
		r.placePosts[wordKey(rw.get("post"))] = b
	}
	if t, err = read("rules/places.tsv", "pattern", "kind", "level", "name", "committee", "numbered"); err != nil {
		return nil, err
	}
	for _, rw := range t.rows {
		p := placeRule{kind: rw.get("kind"), level: hoigraph.AreaLevel(rw.get("level")), name: rw.get("name")}
		switch rw.get("numbered") {
		case "yes":
			p.numbered = true
		case "":
		default:
			return nil, fmt.Errorf("%s:%d: numbered is \"yes\" or \"-\", got %q", t.file, rw.line, rw.get("numbered"))
		}
		switch p.level {
		case "", hoigraph.Province, hoigraph.District, hoigraph.Commune, hoigraph.Village:
		default:
			return nil, fmt.Errorf("%s:%d: unknown level %q", t.file, rw.line, p.level)
		}
		r.places.add(rw.get("pattern"), p)
		if p.name != "" {
			r.placeNames[wordKey(p.name)] = true
		}
		if c := rw.get("committee"); c != "" {
			if p.name == "" || p.level != hoigraph.Province {
				return nil, fmt.Errorf("%s:%d: a committee's form is for the short name of a province, got %q", t.file, rw.line, rw.get("pattern"))
			}
			r.committeeForms[wordKey(p.name)] = c
		}
		if p.level == hoigraph.Village {
			r.villages[p.kind] = true
		}
	}

	if t, err = read("rules/phrases.tsv", "pattern", "role"); err != nil {
		return nil, err
	}
	for _, rw := range t.rows {
		switch role := rw.get("role"); role {
		case phraseLink, phraseEnded, phraseAppoint, phraseResp, phraseRespPol, phraseArea, phraseNotName, phraseRespUnder, phraseFormer, phraseCareer, phrasePrefix, phraseMember, phraseRespGroup, phraseRespCount, phraseRespAlso, phraseCount, phraseScope, phraseAside, phraseQualifier, phraseAdverb, phraseCleric, phraseFiller, phrasePointer, phraseNow, phraseCalled, phraseHelper, phraseInstitute, phraseClubField, phrasePartner, phraseGivenTo, phraseOpener, phraseHas, phraseDuty, phraseTasked, phraseCluster, phraseGeneric, phraseField, phraseAgain, phraseNotBody:
			r.phrases.add(rw.get("pattern"), role)
			if role == phraseGivenTo {
				if toks := tokenize(rw.get("pattern"), 0); len(toks) > 0 {
					if r.givenToLast == nil {
						r.givenToLast = map[string]bool{}
					}
					r.givenToLast[toks[len(toks)-1].key] = true
				}
			}
		case phraseInspect, phraseInspected:
			r.inspect.add(rw.get("pattern"), role)
		case phraseNationwide:
			r.nationwide = append(r.nationwide, wordKey(rw.get("pattern")))
		default:
			return nil, fmt.Errorf("%s:%d: unknown role %q", t.file, rw.line, role)
		}
	}
	for _, rw := range t.rows {
		// "giữ chức" is written "giữ chức vụ" and "giữ chức danh" as often:
		// an appointment ending in "chức" also ends in either, unless a
		// row says otherwise (the rows are read first, and the first wins)
		if p := rw.get("pattern"); rw.get("role") == phraseAppoint && strings.HasSuffix(p, " chức") {
			r.phrases.add(p+" vụ", phraseAppoint)
			r.phrases.add(p+" danh", phraseAppoint)
		}
	}

	if t, err = read("rules/groups.tsv", "pattern", "canonical", "leader"); err != nil {
		return nil, err
	}
	for _, rw := range t.rows {
		g := groupRule{canonical: rw.get("canonical"), leader: rw.get("leader")}
		for _, tok := range tokenize(g.leader, 0) {
			g.leaderKey = append(g.leaderKey, tok.key)
		}
		if len(g.leaderKey) == 0 {
			return nil, fmt.Errorf("%s:%d: a group needs the post of its leader", t.file, rw.line)
		}
		r.groups.add(rw.get("pattern"), g)
	}

	if t, err = read("rules/surnames.tsv", "surname"); err != nil {
		return nil, err
	}
	for _, rw := range t.rows {
		if n := rw.get("surname"); strings.HasSuffix(n, "’") || strings.HasSuffix(n, "'") {
			// a prefix joined to the name ("H’Yim"), both apostrophes
			base := strings.TrimRight(n, "’'")
			r.namePrefixes = append(r.namePrefixes, base+"’", base+"'")
			continue
		}
		r.surnames[wordKey(rw.get("surname"))] = true
	}

	if t, err = read("rules/boilerplate.tsv", "pattern", "action"); err != nil {
		return nil, err
	}
	for _, rw := range t.rows {
		a := rw.get("action")
		if a != "drop" && a != "trailer" {
			return nil, fmt.Errorf("%s:%d: action must be drop or trailer, got %q", t.file, rw.line, a)
		}
		r.boilerplate = append(r.boilerplate, boilerRule{prefix: wordKey(rw.get("pattern")), trailer: a == "trailer"})
	}

	if t, err = read("rules/publishers.tsv", "marker", "publisher", "province"); err != nil {
		return nil, err
	}
	for _, rw := range t.rows {
		r.publishers = append(r.publishers, publisherRule{marker: rw.get("marker"), publisher: rw.get("publisher"), province: rw.get("province")})
	}

	if t, err = read("rules/abbreviations.tsv", "abbreviation"); err != nil {
		return nil, err
	}
	for _, rw := range t.rows {
		r.abbrevs[strings.TrimSuffix(rw.get("abbreviation"), ".")] = true
	}
	r.indexRoots()
	return r, nil
}

// trie maps word-key sequences to values; match finds the longest pattern
// starting at a token.
type trie[V any] struct {
	next map[string]*trie[V]
	val  V
	ok   bool
	bit  uint8 // a root's flag in token.roots
	// The word leading here, folded, as text and as letters: what
	// matchMistyped compares (folding it per lookup was a quarter of the
	// extractor's time).
	folded      string
	foldedRunes []rune
}

func newTrie[V any]() *trie[V] { return &trie[V]{next: map[string]*trie[V]{}} }

// matchPlace matches a word for a kind of unit or a short place name at
// toks[i], as places.match does, except that a kind that is a place only
// before a number ("tổ 11") matches nothing before anything else.
func (r *rules) matchPlace(toks []token, i int) (placeRule, int) {
	p, e := r.places.match(toks, i)
	if e > i && p.numbered && (e >= len(toks) || !toks[e].digit || !isNumber(toks[e].text)) {
		return placeRule{}, i
	}
	return p, e
}

func (t *trie[V]) add(pattern string, v V) {
	n := t
	for _, tok := range tokenize(pattern, 0) {
		c := n.next[tok.key]
		if c == nil {
			c = newTrie[V]()
			c.folded = vntext.Fold(tok.key)
			c.foldedRunes = []rune(c.folded)
			n.next[tok.key] = c
		}
		n = c
	}
	if !n.ok { // the first row wins
		n.val, n.ok = v, true
	}
}

// exact returns the value of exactly this pattern.
func (t *trie[V]) exact(pattern string) (V, bool) {
	n := t
	for _, tok := range tokenize(pattern, 0) {
		if n = n.next[tok.key]; n == nil {
			var zero V
			return zero, false
		}
	}
	return n.val, n.ok
}

// match returns the value of the longest pattern at toks[i:] and the index
// after it; end == i when nothing matches.
func (t *trie[V]) match(toks []token, i int) (v V, end int) {
	end = i
	if i < len(toks) && toks[i].roots&rootsKnown != 0 && toks[i].roots&t.bit == 0 {
		return v, end // no pattern of t starts with this word
	}
	n := t
	for j := i; j < len(toks); j++ {
		if n = n.next[toks[j].key]; n == nil {
			break
		}
		if n.ok {
			v, end = n.val, j+1
		}
	}
	return v, end
}

// matchMistyped is match allowing one word after the first to be mistyped:
// its tone marks wrong or missing ("Hội Khuyến hoc"), or, tone marks aside,
// a letter wrong, missing or extra ("Hội Người cao tổi" for "tuổi") in a
// written word of three letters or more against a pattern's of four or more. It returns what match would with the word spelled right.
func (t *trie[V]) matchMistyped(toks []token, i int) (v V, end int) {
	end = i
	var walk func(n *trie[V], j int, typo bool)
	walk = func(n *trie[V], j int, typo bool) {
		if n.ok && typo && j > end {
			v, end = n.val, j
		}
		if j >= len(toks) || !toks[j].word {
			return
		}
		if c := n.next[toks[j].key]; c != nil {
			walk(c, j+1, typo)
		}
		if typo || j == i {
			return
		}
		ws := vntext.Fold(toks[j].key)
		w := []rune(ws)
		for k, c := range n.next {
			if k == toks[j].key {
				continue
			}
			if p := c.foldedRunes; len(w) >= 2 && c.folded == ws || len(w) >= 3 && len(p) >= 4 && oneEdit(w, p) {
				walk(c, j+1, true)
			}
		}
	}
	walk(t, i, false)
	return v, end
}

// oneEdit reports a and b one substitution, insertion or deletion apart.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	k := 0
	for k < len(a) && a[k] == b[k] {
		k++
	}
	if len(a) == len(b) {
		return k < len(a) && string(a[k+1:]) == string(b[k+1:])
	}
	return string(a[k:]) == string(b[k+1:])
}
