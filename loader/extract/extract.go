// Package extract reads Vietnamese news articles about mass organisations
// and returns facts: which bodies exist (with names scoped to their place),
// who holds which post in which body, who is responsible for which body or
// area, with the sentence each fact came from. The knowledge it uses —
// titles, bodies, places, boilerplate — is in the rule files under rules/,
// embedded in the binary; the Go code is a small set of matchers over them.
//
// Pipeline per article: decode (any encoding, HTML) → lines with boilerplate
// marked → the article's home places (title, body, footer, gazetteer,
// publisher) → sentences → bodies, people and posts, responsibilities,
// meetings and directives.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"hoigraph"
	"hoigraph/gazetteer"
	"hoigraph/loader/extract/decode"
	"hoigraph/vntext"
)

// Options configures an Extractor.
type Options struct {
	// Gazetteer supplies the district and province of places an article
	// names without them; nil works, less well.
	Gazetteer *gazetteer.Gazetteer
	// Rules replaces the embedded rule files (a folder holding rules/*.tsv);
	// nil uses the embedded ones.
	Rules fs.FS
}

// Extractor turns articles into documents of facts. After New its rules
// are read-only and its one mutable part, the cache of gazetteer lookups,
// is safe for concurrent use; so is the Extractor.
type Extractor struct {
	rules      *rules
	gaz        *gazetteer.Gazetteer
	committees []bodyRule // Party committees named after their unit, for a bare board
	lookups    sync.Map   // gazetteer lookups by name: articles name the same places again and again
	cached     atomic.Int64
}

// maxLookups bounds the lookups remembered: more than the names of every
// unit of both eras, with and without their kind.
const maxLookups = 1 << 16

// lookup asks the gazetteer for units named name, remembering the answer.
func (x *Extractor) lookup(name string) []gazetteer.Unit {
	if x.gaz == nil {
		return nil
	}
	if v, ok := x.lookups.Load(name); ok {
		return v.([]gazetteer.Unit)
	}
	us := x.gaz.Lookup(name)
	if x.cached.Add(1) <= maxLookups { // bounded: memory stays flat however many articles
		x.lookups.Store(name, us)
	}
	return us
}

// New compiles the rules; a malformed rule file is an error naming its file
// and line.
func New(opts Options) (*Extractor, error) {
	fsys := opts.Rules
	if fsys == nil {
		fsys = embeddedRules
	}
	r, err := loadRules(fsys)
	if err != nil {
		return nil, err
	}
	x := &Extractor{rules: r, gaz: opts.Gazetteer}
	for _, p := range []string{"quận ủy", "huyện ủy", "thị ủy", "thành ủy", "tỉnh ủy"} {
		if b, ok := r.bodies.exact(p); ok {
			x.committees = append(x.committees, b)
		}
	}
	return x, nil
}

// Extract decodes one article and returns its source and facts. name is the
// file's path or name; its base name is the document's name. Empty, binary
// and non-Vietnamese input is an error naming the file.
func (x *Extractor) Extract(name string, raw []byte) (hoigraph.Document, error) {
	base := filepath.Base(name)
	text, enc, err := decode.Decode(raw)
	if err != nil {
		return hoigraph.Document{}, fmt.Errorf("extract %s: %w", name, err)
	}
	sum := sha256.Sum256(raw)
	d := &docState{x: x, doc: base, text: text, seen: map[string]bool{}, delegations: map[string]*org{}, tasks: map[string]*org{}, namedBoards: map[string]*org{},
		facts: make([]hoigraph.Fact, 0, 32)}
	d.src = hoigraph.Source{ID: vntext.ID("source", base), File: base, Hash: hex.EncodeToString(sum[:]),
		Encoding: enc, Kind: "article"}
	d.run()
	return hoigraph.Document{Source: d.src, Facts: d.facts}, nil
}

// docState is the work on one article.
type docState struct {
	x *Extractor
	// taskCells are the offsets of the cells of table rows that hold only
	// what a person is in charge of, their column headed by the verb
	// ("Địa bàn phụ trách"): such a cell reads as if the verb opened it
	taskCells map[int]bool
	// unitCells are, for the rows of a table that names a unit first
	// ("Tổ dân phố 3 | Đồng chí A"), the offset of the unit's cell and
	// that of the cell of the person in charge of it
	unitCells map[int]int
	doc       string
	text      string
	src       hoigraph.Source
	home      *home
	facts     []hoigraph.Fact
	seen      map[string]bool
	// people with a post or a responsibility, for the meeting's chair
	sentencePeople map[int][]string
	// recent are the bodies of the paragraph's earlier sentences, and topic
	// the last association named: what "làm Chủ tịch" or "Ban Kiểm tra
	// Hội" without a name refer to.
	recent    []*org
	topic     *org
	lastBoard *org // the last board named in the paragraph
	// namedBoards: the body whose board of each name (by word key of the
	// board's core, "ban thường vụ") the article last named in full: "Ủy
	// ban Kiểm tra Thành Đoàn gồm 11 đồng chí. Chủ nhiệm Ủy ban kiểm tra
	// là …" is the Thành Đoàn's, not the Thành ủy's.
	namedBoards map[string]*org
	// congress is the association (or Front committee) whose congress the
	// article reports ("Đại hội Hội Cựu giáo chức huyện X", "Đại hội MTTQ
	// xã Y"): a bare "Chủ tịch Hội" elected there is its, not a guest's
	// association named since.
	congress *org
	// delegations by their name as written ("Đoàn công tác số 3"), for a
	// later mention that does not repeat whose delegation it is
	delegations map[string]*org
	// tasks are the last board named by its task ("Ban Chỉ đạo chuyển đổi
	// số huyện X") for each task head, for that head written alone later
	tasks    map[string]*org
	lastTask *org // the last of them
	// the article's working groups: the kind it founded ("thành lập 12 tổ
	// công tác") and by whom, a body or else a place
	groupKind  string
	groupOwner *org
	// table is the kind of group a table of groups flattened into
	// paragraphs is of (its first header cell, "Tổ công tác"); tableRow the
	// group of the row being read, after the cell of its number;
	// tableLeader its leader, once the row's next cell named them
	table       *groupRule
	tableRow    *org
	tableLeader string
	groupPlace  *place
	named       []string        // everyone named so far, for "Ông Được" later
	placeNames  map[string]bool // the word keys of every place the article names, footers included
	cur         *sentence       // the sentence being read, whose places scope its bodies
	listOpen    bool            // the last clause's list ran to its end (a ";" may go on with it)
	// introduced is the person a sentence of their name and posts alone
	// introduced ("Đồng chí A, Đảng ủy viên, Bí thư Đoàn xã."), for the
	// sentences after it that open with a verb of responsibility
	// ("Phụ trách: Hội Nông dân xã."); nil after any other sentence
	introduced []endpoint
	abbrevs    abbrevs         // the abbreviations the article defines
	byPost     []postResp      // responsibilities of a post written without its holder
	groupNamed map[string]*org // the article's numbered groups by kind and number
	// listOpen2: the last sentence announced a list ("… gồm 5 thành
	// viên.", "… trong đó:") or was a line of one; entry: the paragraph
	// being read is a line of that list (see listEntry)
	listOpen2, entry bool
	// headPosts: the posts a heading gives every name on the lines of its
	// list ("bầu 4 Phó Chủ tịch Hội X khóa XIII:" then "Bà A - …" a line)
	headPosts []postItem
	headLine  bool // this sentence is such a line
	// earlier are the bodies of the last paragraph before this one that
	// named any: what a post announced bare at a paragraph's start refers
	// to ("…bầu ông A làm Chủ tịch Hội X." then "Phó Chủ tịch là bà B.")
	earlier []*org
}

func (d *docState) run() {
	x := d.x
	lines := x.rules.splitLines(d.text)
	d.src.Title = title(lines)
	d.src.Date = articleDate(lines)
	publisher, province := x.publisher(d.text)
	d.src.Publisher = publisher

	// Two passes over the sentences, keeping only their spans in between:
	// the first finds the home places from every place named anywhere
	// (footers included), the second reads facts from the article text.
	// An article of ordinary size keeps its tokenised sentences between the
	// passes; a huge one is tokenised twice rather than held.
	keep := len(d.text) <= 1<<20
	d.abbrevs = abbrevs{}
	var mentions, footer []*place
	var sents []span
	var paragraph []int // the line each sentence of sents is in
	var parsed []*sentence
	for li, l := range lines {
		if l.task > 0 && !l.drop {
			if d.taskCells == nil {
				d.taskCells = map[int]bool{}
			}
			d.taskCells[l.task] = true
		}
		if l.unit > 0 && !l.drop {
			if d.unitCells == nil {
				d.unitCells = map[int]int{}
			}
			d.unitCells[l.unit] = l.holder
		}
		for _, sp := range x.rules.sentences(l) {
			s := x.newSentence(sp, d.abbrevs)
			if l.trailer {
				footer = append(footer, x.places(s)...)
			} else {
				s.named = x.places(s)
				mentions = append(mentions, s.named...)
			}
			if !l.drop && !l.trailer {
				sents = append(sents, sp)
				paragraph = append(paragraph, li)
				if keep {
					parsed = append(parsed, s)
				}
			}
		}
	}
	if p := x.headlinePlace(d.src.Title); p != nil {
		mentions = append(mentions, p) // "Đà Nẵng: …", the province the article is about
	}
	// A footer ("Bản đồ thị xã Hồng Lĩnh") may say where the article is,
	// above the places its text names; below them its links are other news.
	deepest, named := -1, len(mentions) > 0
	for _, p := range mentions {
		deepest = max(deepest, p.level.Depth())
	}
	for _, p := range footer {
		if p.level.Depth() < deepest || !named {
			mentions = append(mentions, p)
		}
	}
	d.placeNames = make(map[string]bool, len(mentions)+len(footer))
	for _, ps := range [][]*place{mentions, footer} {
		for _, p := range ps {
			d.placeNames[wordKey(p.name)] = true
		}
	}
	if n := len(sents); n > 0 && keep {
		// an excerpt cut mid-sentence: its last words may be half a name
		last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(d.text))
		// (a byline, "Minh Thơ – Huyện đoàn Ba Tri", is a short line and whole)
		text := strings.TrimRight(d.text, " \n\r\t")
		lastLine := text[strings.LastIndexByte(text, '\n')+1:]
		if sents[n-1].end >= len(text) && !strings.ContainsRune(".!?…\"”)»/", last) && len(strings.Fields(lastLine)) >= 12 {
			parsed[n-1].cut = true
		}
	}
	d.home = x.findHome(mentions, province, d.src.Date)
	for i, p := range d.home.units {
		var parent *place
		if i+1 < len(d.home.units) {
			parent = d.home.units[i+1]
		}
		d.addAreaIn(p, parent, nil)
	}

	d.sentencePeople = map[int][]string{}
	opening := false // a paragraph begins, its first words not yet read
	for i, sp := range sents {
		var s *sentence
		if keep {
			s = parsed[i]
		} else {
			s = x.newSentence(sp, d.abbrevs)
		}
		if i > 0 && paragraph[i] != paragraph[i-1] {
			opening = true
		}
		if opening && !bulletOnly(s.toks) {
			// the paragraph after a heading ("Ban Chủ nhiệm gồm 5 thành
			// viên.", "…, trong đó:"), and each line of its list
			// ("Chủ nhiệm: bà A", "2. Ông B - Thư ký"), reads its bare
			// posts in the bodies before it, as one paragraph would
			opening = false
			d.entry = d.listOpen2 && d.listEntry(s)
			if d.headPosts != nil {
				if d.headLine = d.headedEntry(s); !d.headLine {
					d.headPosts = nil // the heading's list has ended
				}
			}
			if !d.listOpen2 {
				if len(d.recent) > 0 {
					d.earlier = append(d.earlier[:0], d.recent...)
				}
				d.recent, d.lastBoard = d.recent[:0], nil
			}
		}
		d.cur = s
		if d.groupTable(s) {
			continue
		}
		d.orgs(s)
		d.people(s)
		d.headLine = false
		d.electedInto(s)
		d.responsibilities(s)
		d.directives(s)
		for _, f := range s.found {
			d.recent = append(d.recent, f.o)
		}
		if !bulletOnly(s.toks) {
			d.listOpen2 = d.entry || d.opensList(s.toks)
		}
	}
	d.holdersAnswer()
	d.meeting(sents)
}

func (x *Extractor) places(s *sentence) []*place {
	var out []*place
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if !toks[i].word {
			continue
		}
		if p, e := x.parsePlace(toks, i); p != nil {
			out = append(out, p)
			i = e - 1
			continue
		}
		if ps, e := x.listedUnits(toks, i); len(ps) > 0 {
			out = append(out, ps...)
			i = e - 1
			continue
		}
		if r, e := x.rules.bodies.match(toks, i); e > i && r.role == roleCommittee && r.typ == hoigraph.PartyCommittee && toks[i].upper {
			if _, pe := x.rules.matchPlace(toks, e); pe > e {
				continue // "Quận ủy quận Tân Phú": the next word is read next
			}
			if name, ne := x.placeName(toks, e, r.unit, false); name != "" {
				out = append(out, &place{kind: r.unit, name: name, level: x.levelOf(r.unit, name)})
				i = ne - 1
			}
		}
	}
	return out
}

// listedUnits reads the units of a list written after their kind ("các
// phường: A, B, C", "các xã A, B và C") as places the article names, one
// mention each: an article that assigns a province's communes to its
// leaders names many of them, and none is its home.
func (x *Extractor) listedUnits(toks []token, i int) ([]*place, int) {
	if toks[i].key != "các" || i+1 >= len(toks) {
		return nil, i
	}
	r, e := x.rules.matchPlace(toks, i+1)
	if e == i+1 || r.name != "" || r.level != hoigraph.Commune {
		return nil, i
	}
	j := e
	if j < len(toks) && toks[j].text == ":" {
		j++
	}
	var out []*place
	for j < len(toks) && toks[j].word && toks[j].upper && !toks[j].digit {
		name, ne := x.placeName(toks, j, r.kind, true)
		if name == "" || ne == j || len([]rune(name)) < 2 && !isNumber(name) {
			break // ("các xã A, B, Đ": a text cut off in a name)
		}
		out = append(out, &place{kind: r.kind, name: name, level: x.levelOf(r.kind, name)})
		j = ne
		if j+1 < len(toks) && (toks[j].text == "," || toks[j].key == "và") {
			j++
			continue
		}
		break
	}
	if len(out) < 2 {
		return nil, i // one name after "các phường" is no list
	}
	return out, j
}

// orgs records every body a sentence names in running text.
func (d *docState) orgs(s *sentence) {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if list, end := d.headList(s, i); list != nil {
			// "các Ban: Tuyên giáo, Dân vận Huyện ủy": each a body
			for _, b := range list {
				if o := d.resolve(b, nil); o != nil {
					d.addOrg(o, s)
					s.found = append(s.found, orgAt{tok: b.start, o: o})
				}
			}
			i = end - 1
			continue
		}
		if i > 0 && (toks[i-1].key == "các" || toks[i-1].key == "những") {
			continue // "các Hội", "các Đảng ủy": bodies in general
		}
		if _, te := d.x.rules.titles.match(toks, i); te > i {
			// Bodies in a list of posts take their committee from their
			// neighbours: read the whole list.
			items, pe := d.x.parsePosts(s, i, true)
			for k, it := range items {
				if it.body == nil || bareCommittee(it.body) && !committeeNeighbour(items, k) {
					continue // see holdList
				}
				if o := d.resolveItem(items, k); o != nil {
					d.addOrg(o, s)
					s.found = append(s.found, orgAt{tok: it.body.start, o: o, post: true})
					// "A được bầu làm Chủ tịch Hội X." then, paragraphs
					// later, "B là Phó Chủ tịch Hội": X is the topic too
					d.noteTopic(o)
				}
			}
			i = max(pe, te) - 1
			continue
		}
		b := d.x.parseBody(s, i, modeFree)
		if b == nil {
			if k := d.x.institution(toks, i); k > i && !d.bodyWithin(s, i+1, k) {
				// "giảng viên Trường Đại học Thể dục Thể thao TPHCM, hiện là
				// Phó Chủ nhiệm CLB …": the place that ends a school's or a
				// company's name is where that institution is, no place the
				// sentence names in its own right for a bare body after it
				// ("tại hội trường UBND phường X" names a body: read it)
				if _, e := d.x.parsePlace(toks, k); e > k {
					k = e
				}
				i = k - 1
				continue
			}
			if p, e := d.x.parsePlace(toks, i); p != nil {
				if p.level != hoigraph.Village {
					s.free = append(s.free, placeAt{tok: i, p: p})
				}
				i = e - 1
			}
			continue
		}
		if o := d.resolve(b, nil); o != nil {
			d.addOrg(o, s)
			s.found = append(s.found, orgAt{tok: i, o: o})
			if o.parent == nil && (o.typ == hoigraph.Association || o.typ == hoigraph.SocioPolitical || o.typ == hoigraph.Front) &&
				d.congress == nil && congressOf(toks, i, b.end) {
				// the Front's congress too ("Đại hội đại biểu MTTQ Việt Nam xã
				// X"), whose committee elects its own chair and deputies
				d.congress = o
			}
			d.noteTopic(o)
		}
		i = b.end - 1
		if list, end := d.x.committeeList(s, b); list != nil {
			// "Quận ủy 1, 3, 10, Tân Bình": one committee for each unit
			for _, c := range list {
				if o := d.resolve(c, nil); o != nil {
					d.addOrg(o, s)
					s.found = append(s.found, orgAt{tok: c.start, o: o})
				}
			}
			i = end - 1
		}
	}
}

// noteTopic makes o, or the association o is a board of, the association
// the article is about now.
func (d *docState) noteTopic(o *org) {
	if o.parent == nil && (o.typ == hoigraph.Association || o.typ == hoigraph.SocioPolitical) {
		d.topic = o
	} else if o.parent != nil && (o.parent.typ == hoigraph.Association || o.parent.typ == hoigraph.SocioPolitical) {
		d.topic = o.parent
	}
}

// congressOf reports a body at toks[i:end] whose congress the sentence
// reports: "Đại hội (đại biểu) Hội X", "Hội X, tỉnh Y tổ chức Đại hội",
// "Hội nghị thành lập Hội X".
func congressOf(toks []token, i, end int) bool {
	isCongress := func(k int) bool {
		return k >= 0 && k+1 < len(toks) && toks[k].key == "đại" && toks[k+1].key == "hội"
	}
	if isCongress(i-2) || isCongress(i-4) && toks[i-2].key == "đại" && toks[i-1].key == "biểu" {
		return true
	}
	// "Hội nghị thành lập Hội X", "ra mắt Hội X": the founding meeting is
	// the new association's first congress
	if i >= 4 && toks[i-2].key == "thành" && toks[i-1].key == "lập" && toks[i-4].key == "hội" && toks[i-3].key == "nghị" ||
		i >= 2 && toks[i-2].key == "ra" && toks[i-1].key == "mắt" {
		return true
	}
	for k := end; k < len(toks) && k < end+8; k++ {
		if toks[k].text == "." || toks[k].text == ";" {
			break
		}
		if isCongress(k) {
			return true
		}
	}
	return false
}

// orgAt is a body a sentence names at a token.
type orgAt struct {
	tok  int
	o    *org
	post bool // the body of a post ("Ủy viên Ban Thường vụ Tỉnh ủy"), not named on its own
}

// fitsPost is the body of o, or o itself, that a post written without its
// body can belong to: a Bí thư's Party committee (or Youth Union), a Chủ
// tịch's association, the Front or the state, a Trưởng ban's or Thành
// viên's board or steering board, a Tổ trưởng's working group; nil when it
// cannot, or when the post is none of those judgedPost names.
func fitsPost(post string, o *org) *org {
	board := (strings.HasPrefix(o.name, "Ban ") || strings.HasPrefix(o.name, "Thường trực ")) && o.parent != nil
	switch k := wordKey(post); {
	case (strings.Contains(k, "chủ nhiệm") || k == wordKey("Thư ký")) && strings.HasPrefix(o.name, "Ban Chủ nhiệm ") && o.parent != nil && clubLike(o.parent):
		return o.parent // "Ban Chủ nhiệm CLB X gồm ông A, Chủ nhiệm; bà B, Phó Chủ nhiệm": the club's
	case k == wordKey("Ủy viên"):
		// "Ban Thường vụ Hội … gồm: …; Ủy viên: A, B" (holdList allows
		// it only under such a heading): the board's, or the steering
		// board's
		if board && !strings.HasPrefix(o.name, "Thường trực ") || o.typ == hoigraph.OtherOrg && o.parent == nil && strings.HasPrefix(o.name, "Ban ") {
			return o
		}
	case strings.Contains(k, "bí thư"):
		// no Bí thư of the Ban Chấp hành Trung ương: a bare Bí thư is
		// a local committee's
		if o.typ == hoigraph.PartyCommittee && !(o.area == nil && strings.HasPrefix(o.name, "Ban ")) {
			return o
		}
		if o.typ == hoigraph.SocioPolitical && o.parent == nil && youthUnion(o.name) {
			return o // "Đại hội Đoàn xã … bầu chị B làm Phó Bí thư": the Youth Union's
		}
	case strings.Contains(k, "chủ tịch"):
		if board && o.parent != nil && o.parent.typ != hoigraph.PartyCommittee {
			o = o.parent
		}
		switch o.typ {
		case hoigraph.Association, hoigraph.SocioPolitical, hoigraph.Front, hoigraph.Government:
			if !strings.HasPrefix(o.name, "Ban ") {
				return o
			}
		}
	case strings.Contains(k, "chủ nhiệm"):
		// "được bầu giữ chức Chủ nhiệm": of the club or the inspection
		// committee named before
		if clubLike(o) || strings.HasPrefix(o.name, "Ủy ban Kiểm tra") {
			return o
		}
	case k == wordKey("Thành viên"):
		// "…, Chánh Văn phòng Huyện ủy làm thành viên": of the steering
		// board or working group being set up
		if o.typ == hoigraph.OtherOrg && o.parent == nil && (strings.HasPrefix(o.name, "Ban ") || strings.HasPrefix(o.name, "Tổ ") || strings.HasPrefix(o.name, "Tiểu ban ")) {
			return o
		}
	case k == wordKey("Thư ký"):
		// "Thư ký: bà A", "anh B - Thư ký" in the list of a club's or an
		// association's board (holdList allows it only at the end of the
		// post): the club's, the association's
		if clubLike(o) || o.typ == hoigraph.Association && o.parent == nil && strings.HasPrefix(o.name, "Hội ") {
			return o
		}
	case k == wordKey("Chi hội trưởng") || k == wordKey("Chi hội phó"):
		if strings.HasPrefix(o.name, "Chi hội ") {
			return o // "ra mắt Chi hội X … ông A được bầu làm Chi hội trưởng"
		}
	case k == wordKey("Tổ trưởng") || k == wordKey("Tổ phó"):
		if o.typ == hoigraph.OtherOrg && strings.HasPrefix(o.name, "Tổ ") {
			return o // "Tổ công tác của Huyện ủy … do A làm Tổ trưởng"
		}
		if o.parent == nil && strings.HasPrefix(o.name, "Tổ hội ") {
			return o // "ra mắt Tổ hội nghề nghiệp X …, ông A làm Tổ trưởng"
		}
	case strings.Contains(k, "trưởng đoàn"):
		if o.typ == hoigraph.OtherOrg && strings.HasPrefix(o.name, "Đoàn") {
			return o
		}
	case strings.Contains(k, "trưởng ban"):
		if board && !strings.HasPrefix(o.name, "Ban Chấp hành") && !strings.HasPrefix(o.name, "Ban Thường vụ") {
			return o
		}
		if o.typ == hoigraph.OtherOrg && o.parent == nil && (strings.HasPrefix(o.name, "Ban ") || strings.HasPrefix(o.name, "Tiểu ban ")) {
			return o // "… làm Trưởng ban" of the steering board being set up
		}
		if (o.typ == hoigraph.Association || o.typ == hoigraph.Front) && o.parent == nil && strings.HasPrefix(o.name, "Ban ") {
			// "Ban liên lạc X ra mắt …, do ông A làm Trưởng ban", "bầu Ban
			// Công tác Mặt trận thôn Y …, ông B làm Trưởng ban"
			return o
		}
	}
	return nil
}

// clubLike reports a club or a liaison board, whose head is its Chủ
// nhiệm (or Trưởng ban) and whose board has a Thư ký.
func clubLike(o *org) bool {
	return strings.HasPrefix(o.name, "Câu lạc bộ") || strings.HasPrefix(o.name, "CLB") ||
		strings.HasPrefix(wordKey(o.name), wordKey("Ban liên lạc"))
}

// youthUnion reports the name of a Youth Union committee, whose heads are
// Bí thư too: Đoàn Thanh niên …, Huyện đoàn …, Chi đoàn …
func youthUnion(name string) bool {
	k := wordKey(name)
	for _, h := range []string{"đoàn thanh niên ", "chi đoàn ", "quận đoàn ", "huyện đoàn ", "thị đoàn ", "thành đoàn ", "tỉnh đoàn "} {
		if strings.HasPrefix(k, wordKey(h)) {
			return true
		}
	}
	return false
}

// standingBoard reports the standing board or office of a Party
// committee: its Ban Thường vụ or its Thường trực.
func standingBoard(o *org) bool {
	return o.parent != nil && o.parent.typ == hoigraph.PartyCommittee &&
		(strings.HasPrefix(o.name, "Ban Thường vụ ") || strings.HasPrefix(o.name, "Thường trực "))
}

// judgedPost reports a post fitsPost has a rule for.
func judgedPost(post string) bool {
	k := wordKey(post)
	if k == wordKey("Thư ký") {
		return true // not "Tổng Thư ký"
	}
	for _, w := range []string{"bí thư", "chủ tịch", "chủ nhiệm", "trưởng đoàn", "trưởng ban", "tổ trưởng", "tổ phó", "ủy viên", "chi hội trưởng", "chi hội phó"} {
		if strings.Contains(k, wordKey(w)) {
			return true
		}
	}
	return false
}

// topicFor is the body a post written without one belongs to: the nearest
// body named before it in the paragraph that has such posts ("bầu bà X làm
// Chủ tịch" after "Ban Chấp hành Hội Chữ thập đỏ huyện …").
func (d *docState) topicFor(post string, s *sentence, tok int) *org {
	return d.topicOf("", post, s, tok)
}

// topicOf is topicFor for a post of person, who holds no second post in a
// body of the sentence but one above the first: "Trưởng Ban Dân vận Huyện
// ủy, Phó Trưởng ban Thường trực" or "…, Trưởng Ban Dân vận làm Phó Trưởng
// ban" is no deputy of the board the person heads, but of the steering
// board the article is about; "Phó Chủ tịch Hội, được bầu giữ chức Chủ
// tịch" is the same association's.
func (d *docState) topicOf(person, post string, s *sentence, tok int) *org {
	fits := func(o *org) *org {
		f := fitsPost(post, o)
		if f != nil && person != "" && d.heldBelow(person, post, f, s) {
			return nil
		}
		return f
	}
	// "…, Trưởng Ban Tuyên giáo làm Ủy viên" in an article about a steering
	// board: made a member of it, not of a Party board named as a post
	made := person != "" && tok > 0 && (s.toks[tok-1].key == "làm" || s.toks[tok-1].key == "là")
	task := func(o *org) *org {
		if made && o.typ == hoigraph.PartyBoard && d.lastTask != nil {
			if t := fits(d.lastTask); t != nil {
				return t
			}
		}
		return o
	}
	for i := len(s.found) - 1; i >= 0; i-- {
		if f := s.found[i]; f.tok < tok {
			if !f.post && standingBoard(f.o) && strings.Contains(wordKey(post), "bí thư") {
				// "Thường trực Tỉnh ủy gồm Bí thư A và 3 phó bí thư: …",
				// "Ban Thường vụ Huyện ủy: đồng chí A, Bí thư; đồng chí B,
				// Phó Bí thư": the committee's secretaries; not so after
				// a person's own "Ủy viên Ban Thường vụ Tỉnh ủy"
				return f.o.parent
			}
			if o := fits(f.o); o != nil {
				return task(o)
			}
		}
	}
	if o := d.laterPostBody(s, post, tok, fits); o != nil {
		return o
	}
	if p := d.placeHas(s, tok); p != nil {
		// "Hiện Phú Thọ có 6 Phó Bí thư, gồm: …": the post of the place's
		// Party committee; a post of another body's the place has is no guess
		if c := d.committeeFor(p); c != nil {
			if o := fits(c); o != nil {
				return o
			}
		}
	}
	if d.entry {
		// a line of the list under a heading ("Ban Thường vụ Hội X gồm:"
		// then "- Ông A – Chủ tịch"): the heading's body, before the
		// congress's; a bare Ủy viên under "Ban Chấp hành Hội Y …:" is of
		// Y, whose Ban Chấp hành is Y itself
		for i := len(d.recent) - 1; i >= 0; i-- {
			if o := fits(d.recent[i]); o != nil {
				return o
			}
		}
		if b := d.lastBoard; b != nil && b.parent != nil && strings.HasPrefix(b.name, "Ban Chấp hành ") && wordKey(post) == wordKey("Ủy viên") {
			return b.parent
		}
	}
	if d.congress != nil && (strings.Contains(wordKey(post), "chủ tịch") || strings.Contains(wordKey(post), "bí thư") && fits(d.congress) != nil) {
		return d.congress // not a guest's association named since
	}
	for i := len(d.recent) - 1; i >= 0; i-- {
		if o := fits(d.recent[i]); o != nil {
			if t := d.lastTask; t != nil && person != "" && o.typ == hoigraph.PartyBoard && fits(t) != nil {
				// "…, Trưởng Ban Dân vận làm Phó Trưởng ban" in an article
				// about a steering board: its post, not another's board
				return t
			}
			return o
		}
	}
	if t := d.lastTask; t != nil && person != "" {
		// "Phó Trưởng ban Thường trực" after a person's posts, the
		// steering board named paragraphs before (the title)
		if o := fits(t); o != nil || !d.announced(s, tok) {
			return o
		}
	}
	if person != "" && d.announced(s, tok) {
		// "Phó Chủ tịch là bà B.", "Ông C được bầu làm Phó Chủ tịch." in
		// a paragraph of its own: of the body the paragraph before named
		for i := len(d.earlier) - 1; i >= 0; i-- {
			if o := fits(d.earlier[i]); o != nil {
				return o
			}
		}
	}
	return nil
}

// laterPostBody is the body named later in the clause with the deputy's
// post of a post written bare at toks[tok]: "bầu ông A làm Chủ tịch, bà B
// làm Phó Chủ tịch Hội Nông dân xã X" gives A the Chủ tịch of that Hội.
func (d *docState) laterPostBody(s *sentence, post string, tok int, fits func(*org) *org) *org {
	toks := s.toks
	deputy := "phó " + wordKey(post)
	for _, f := range s.found {
		if f.tok <= tok {
			continue
		}
		if clauseBreak(toks[tok:f.tok]) || f.tok > tok+25 {
			return nil
		}
		for k := max(tok+1, f.tok-5); k < f.tok; k++ {
			if tr, te := d.x.rules.titles.match(toks, k); te == f.tok+tr.shares && wordKey(tr.post) == deputy {
				return fits(f.o)
			}
		}
	}
	return nil
}

// placeHas is the place a post at toks[tok] is had by: "Bắc Kạn có 3 Phó
// Bí thư", "tỉnh X hiện có 2 Phó Bí thư" (phrases.tsv role has, a count
// between it and the post); nil unless the place ends right before it.
func (d *docState) placeHas(s *sentence, tok int) *place {
	toks := s.toks
	k := tok
	if k > 0 && toks[k-1].digit {
		k-- // the count
	}
	for j := max(0, k-3); j < k; j++ {
		r, e := d.x.rules.phrases.match(toks, j)
		if e != k || r != phraseHas {
			continue
		}
		var p *place
		for end := j; ; {
			q, start := d.placeEndingAt(toks, end)
			if q == nil {
				break
			}
			// "Xã Tân Phong, huyện Kim Sơn có …": the first of a place and
			// the units above it
			p, end = q, start-1
			if end < 1 || toks[end].text != "," {
				break
			}
		}
		return p
	}
	return nil
}

// placeEndingAt is a place written (with its kind, or a province by name
// alone) in the five tokens that end right before toks[end], and where it
// starts.
func (d *docState) placeEndingAt(toks []token, end int) (*place, int) {
	for i := max(0, end-5); i < end; i++ {
		if p, pe := d.x.parsePlace(toks, i); p != nil && pe == end {
			return p, i
		}
		if p, pe := d.x.provinceName(toks, i); p != nil && pe == end {
			return p, i
		}
	}
	return nil, end
}

// announced reports a post at toks[tok] written to say who holds it, not
// as an apposition: it opens the sentence ("Phó Chủ tịch là bà B"), or a
// verb gives it ("… được bầu làm Phó Chủ tịch", "… tái đắc cử Chủ tịch").
func (d *docState) announced(s *sentence, tok int) bool {
	toks := s.toks
	if bulletOnly(toks[:tok]) {
		return true
	}
	for k := max(0, tok-6); k < tok; k++ {
		if r, e := d.x.rules.phrases.match(toks, k); e == tok && toks[k].word && (r == phraseAppoint || r == phraseLink) {
			return true
		}
	}
	return false
}

// heldBelow reports a post person holds in o, read from sentence s, that
// post would repeat or be a demotion from: post itself, or any but a
// deputy's when post is a deputy's ("Phó …").
func (d *docState) heldBelow(person, post string, o *org, s *sentence) bool {
	for i := len(d.facts) - 1; i >= 0; i-- {
		f := d.facts[i]
		if f.Evidence == nil || f.Evidence.Start != s.start {
			break
		}
		if f.Kind != hoigraph.FactHolds || f.Person != person || f.Org != o.name {
			continue
		}
		if f.Post == post || strings.HasPrefix(post, "Phó ") && !strings.HasPrefix(f.Post, "Phó ") {
			return true
		}
	}
	return false
}

// addOrg records a body, its parent first, once per document.
// A parent the article does not name in its own right (the Thị ủy of "BTV
// Thị ủy") is only the parent field: the gold files, and readers, count the
// bodies an article names.
func (d *docState) addOrg(o *org, s *sentence) {
	if o.parent != nil && strings.HasPrefix(o.name, "Ban ") {
		d.lastBoard = o
	}
	if o.parent != nil && (o.parent.typ == hoigraph.Government || o.parent.typ == hoigraph.Front) && !o.parent.unplaced {
		// a board of a council or of the Front names a body readers
		// count ("Ban Văn hóa - Xã hội HĐND tỉnh X": the HĐND tỉnh X is
		// there too); a Party committee's office does not
		// ("Ban Tuyên giáo Tỉnh ủy" is read for the Ban)
		d.addOrg(o.parent, s)
	}
	name := wordKey(o.name)
	for _, h := range d.x.rules.taskHeads {
		if len(name) > len(h) && name[len(h)] == ' ' && strings.HasPrefix(name, h) {
			d.tasks[h], d.lastTask = o, o // "Ban Chỉ đạo" alone, later, is this one
		}
	}
	key := "org\x00" + name
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	f := hoigraph.Fact{Kind: hoigraph.FactOrg, Name: o.name, Type: o.typ, Unplaced: o.unplaced, Evidence: s.evidence()}
	switch {
	case o.unplaced:
		f.Rule, f.Confidence = "body:unplaced", 0.5 // the article never says where
	case o.area == nil:
		f.Rule, f.Confidence = "body:national", 0.9
	default:
		f.Rule, f.Confidence = "body:scoped", 0.8
	}
	if o.area != nil {
		f.Area = o.area.label()
		d.addArea(o.area, s)
	}
	if o.parent != nil {
		f.Parent = o.parent.name
	}
	d.add(f)
	if o.at != nil {
		d.addArea(o.at, s)
		d.addResp(o.name, "org", o.at.label(), "area", "", ruleDelegationAt, s)
	}
}

func (d *docState) addArea(p *place, s *sentence) { d.addAreaIn(p, nil, s) }

// addAreaIn records an area and, when known, the area it lies in.
func (d *docState) addAreaIn(p, parent *place, s *sentence) {
	key := "area\x00" + p.key()
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	f := hoigraph.Fact{Kind: hoigraph.FactArea, Name: p.label(), Level: p.level}
	if parent != nil {
		f.Parent = parent.label()
	}
	if s != nil {
		f.Evidence = s.evidence()
	}
	d.add(f)
}

func (d *docState) addPerson(name string, s *sentence) {
	key := "person\x00" + wordKey(name)
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	d.named = append(d.named, name)
	d.add(hoigraph.Fact{Kind: hoigraph.FactPerson, Name: name, Evidence: s.evidence()})
}

func (d *docState) addHolds(person, post string, o *org, ended bool, s *sentence) {
	d.addHoldsBy(person, post, o, ended, "", 0, s)
}

// addHoldsBy records a holds fact read by rule with confidence (""
// for the plain "Name, posts" reading, 0.85).
func (d *docState) addHoldsBy(person, post string, o *org, ended bool, rule string, confidence float64, s *sentence) {
	if rule == "" {
		rule, confidence = "holds:name-posts", 0.85
	}
	d.sentencePeople[s.start] = appendUnique(d.sentencePeople[s.start], person)
	key := "holds\x00" + wordKey(person+"\x00"+post+"\x00"+o.name)
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	f := hoigraph.Fact{Kind: hoigraph.FactHolds, Person: person, Post: post, Org: o.name, Evidence: s.evidence(),
		Rule: rule, Confidence: confidence}
	if o.unplaced {
		f.Rule, f.Confidence = rule+", body unplaced", min(confidence, 0.6)
	}
	if ended {
		f.Until = d.src.Date
	} else {
		f.AsOf, f.Since = d.src.Date, d.since(s)
	}
	d.add(f)
}

func (d *docState) addResp(subject, subjectKind, object, objectKind, relation string, how respRule, s *sentence) {
	key := "resp\x00" + wordKey(subject+"\x00"+object)
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	d.add(hoigraph.Fact{Kind: hoigraph.FactResponsibleFor, Subject: subject, Object: object,
		SubjectKind: hoigraph.EndpointKind(subjectKind), ObjectKind: hoigraph.EndpointKind(objectKind),
		Relation: relation, AsOf: d.src.Date, Since: d.since(s), Rule: how.name, Confidence: how.confidence,
		Evidence: s.evidence()})
}

func (d *docState) add(f hoigraph.Fact) {
	f.Doc = d.doc
	d.facts = append(d.facts, f)
}

func (s *sentence) evidence() *hoigraph.Evidence {
	return &hoigraph.Evidence{Sentence: s.text, Start: s.start, End: s.end}
}

func appendUnique(list []string, v string) []string {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// publisher finds the first publisher marker of the rules in the text.
func (x *Extractor) publisher(text string) (name, province string) {
	for _, p := range x.rules.publishers {
		if strings.Contains(text, p.marker) {
			return p.publisher, p.province
		}
	}
	return "", ""
}

func isoDate(y, m, d string) string {
	pad := func(s string) string {
		if len(s) == 1 {
			return "0" + s
		}
		return s
	}
	return y + "-" + pad(m) + "-" + pad(d)
}

// title is the first line that reads like a headline: not a dateline, not
// boilerplate, short, not ending with a full stop.
func title(lines []line) string {
	for i, l := range lines {
		if i > 6 || l.trailer {
			break
		}
		t := strings.TrimPrefix(l.text, "null ")
		if l.drop || longDate.MatchString(t) || strings.HasPrefix(t, "(") {
			continue
		}
		words := len(strings.Fields(t))
		if words > 40 {
			break // the article's text has begun: it has no headline
		}
		first, _ := utf8.DecodeRuneInString(t)
		if words >= 4 && unicode.IsUpper(first) && !strings.HasSuffix(t, ".") {
			return t
		}
	}
	return ""
}

// bodyWithin reports whether a body starts among s's tokens from..to-1.
func (d *docState) bodyWithin(s *sentence, from, to int) bool {
	for m := from; m < to; m++ {
		if d.x.parseBody(s, m, modeFree) != nil {
			return true
		}
	}
	return false
}
