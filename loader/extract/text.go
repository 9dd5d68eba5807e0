package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the decoded text. key is what
// rules are matched against: lower case, with the tone mark of oa/oe/uy
// always on the second vowel, so that hóa and hoá, thủy and thuỷ meet.
type token struct {
	text       string
	key        string
	start, end int // byte offsets in the document text
	word       bool
	upper      bool // starts with an upper-case letter or is a number
	digit      bool
	roots      uint8 // see rules.markRoots
}

// tokenize splits s (which starts at byte offset base of the document) into
// words and punctuation marks. Hyphens and slashes inside a word (17-CT/TW,
// Covid-19) and dots inside a number (2.713.911) keep it one token.
func tokenize(s string, base int) []token {
	toks := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == ' ' || r == '\n' || unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			mark := s[i : i+n]
			if r == '—' || r == '―' || r == '‒' || r == '−' {
				mark = "–" // an em dash or a figure dash between a post and a name is the en dash's role
			}
			toks = append(toks, token{text: mark, key: mark, start: base + i, end: base + i + n})
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if (r2 == '-' || r2 == '/' || r2 == '.' || r2 == ',' || r2 == '\'' || r2 == '’') && j+n2 < len(s) {
				prev, _ := utf8.DecodeLastRuneInString(s[:j])
				nxt, _ := utf8.DecodeRuneInString(s[j+n2:])
				joins := isWordRune(nxt)
				if r2 == '-' && unicode.IsLower(prev) && allCaps(nextWord(s[j+n2:])) {
					joins = false // "Minh-UVTV": a name, then an abbreviated post (posts written out: rules.splitPosts)
				}
				if r2 == '.' || r2 == ',' {
					joins = unicode.IsDigit(prev) && unicode.IsDigit(nxt)
				}
				if joins {
					j += n2
					continue
				}
			}
			break
		}
		toks = append(toks, wordToken(s[i:j], base+i))
		i = j
	}
	return toks
}

// wordToken is the token of word w at byte offset start.
func wordToken(w string, start int) token {
	first, _ := utf8.DecodeRuneInString(w)
	return token{text: w, key: wordKey(w), start: start, end: start + len(w), word: true,
		upper: unicode.IsUpper(first) || unicode.IsDigit(first), digit: unicode.IsDigit(first)}
}

// words tokenises document text (s at byte offset base) as the rules read
// it: tokenize, then splitPosts.
func (r *rules) words(s string, base int) []token {
	return r.splitPosts(tokenize(s, base))
}

// splitPosts splits a word that tokenize kept joined by a hyphen without
// spaces where a post of titles.tsv begins after the hyphen ("Đ/c Lê Văn
// An-Chủ tịch Hội Nông dân xã"): the name, the hyphen, then the post, as
// if written "An - Chủ tịch". tokenize cannot tell a post from the rest
// of a name joined so (Bà Rịa-Vũng Tàu stays one word, as bodies and
// places are written); the rules can, so the posts a reader adds to
// titles.tsv split too. It returns toks itself when nothing is split.
func (r *rules) splitPosts(toks []token) []token {
	var out []token // nil until a word is split
	for i, t := range toks {
		at := -1
		if t.word && strings.IndexByte(t.text, '-') > 0 {
			at = r.postHyphen(t.text, toks[i+1:])
		}
		if at < 0 {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]token, 0, len(toks)+2), toks[:i]...)
		}
		for at >= 0 {
			out = append(out, wordToken(t.text[:at], t.start), token{text: "-", key: "-", start: t.start + at, end: t.start + at + 1})
			t = wordToken(t.text[at+1:], t.start+at+1)
			at = r.postHyphen(t.text, toks[i+1:])
		}
		out = append(out, t)
	}
	if out == nil {
		return toks
	}
	return out
}

// postHyphen is the byte offset in word w of the first hyphen after a
// lower-case letter and before a capital that begins a post of titles.tsv,
// read on over the tokens after w; -1 when none does.
func (r *rules) postHyphen(w string, after []token) int {
	for k := 1; k < len(w); k++ {
		if w[k] != '-' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(w[:k])
		next, _ := utf8.DecodeRuneInString(w[k+1:])
		if !unicode.IsLower(prev) || !unicode.IsUpper(next) || r.roots[wordKey(nextWord(w[k+1:]))]&r.titles.bit == 0 {
			continue // the cheap tests first: no post starts with the word
		}
		if _, e := r.titles.match(append(tokenize(w[k+1:], 0), after...), 0); e > 0 {
			return k
		}
	}
	return -1
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// toneShift maps a toned o or u to its bare vowel and tone, and toned gives
// a, e or y back with that tone: hóa → hoá, thủy → thuỷ.
var (
	toneShift = map[rune]struct {
		base rune
		tone int
	}{}
	toned = map[rune][5]rune{
		'a': {'à', 'á', 'ả', 'ã', 'ạ'}, 'e': {'è', 'é', 'ẻ', 'ẽ', 'ẹ'}, 'y': {'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'},
	}
)

func init() {
	for i, r := range []rune("òóỏõọ") {
		toneShift[r] = struct {
			base rune
			tone int
		}{'o', i}
	}
	for i, r := range []rune("ùúủũụ") {
		toneShift[r] = struct {
			base rune
			tone int
		}{'u', i}
	}
}

// moveTones rewrites the older tone placement on oa, oe, uy (hóa, thủy) to
// the newer one (hoá, thuỷ) in a lower-case word.
func moveTones(s string) string {
	out := make([]byte, 0, len(s)+2)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if sh, ok := toneShift[r]; ok && i < len(s) {
			next, m := utf8.DecodeRuneInString(s[i:])
			if t, ok := toned[next]; ok && (sh.base == 'o' && next != 'y' || sh.base == 'u' && next == 'y') {
				out = append(out, byte(sh.base))
				out = utf8.AppendRune(out, t[sh.tone])
				i += m
				continue
			}
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

// wordKey is the matching key of a word or phrase.
func wordKey(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	// One pass: lower case, and note whether a toned o or u is followed by
	// a, e or y (the only places tone placement varies). A word already in
	// lower case with the newer placement is its own key.
	changed, variant, prevToned := false, false, false
	for _, r := range s {
		lr := r
		if r < rune(len(lowerTable)) {
			lr = lowerTable[r]
		} else {
			lr = unicode.ToLower(r)
		}
		if lr != r {
			changed = true
		}
		if prevToned && (lr == 'a' || lr == 'e' || lr == 'y') {
			variant = true
		}
		prevToned = lr < rune(len(tonedOU)) && tonedOU[lr]
	}
	if !changed && !variant {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < rune(len(lowerTable)) {
			r = lowerTable[r]
		} else {
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
	}
	k := string(b)
	if variant {
		if m, ok := frequentMoves[k]; ok {
			return m
		}
		k = moveTones(k)
	}
	return k
}

// frequentMoves are the tone moves of words in nearly every article.
var frequentMoves = map[string]string{"ủy": "uỷ", "hóa": "hoá", "hòa": "hoà", "thủy": "thuỷ", "khóa": "khoá"}

// tonedOU marks ò, ó, ỏ, õ, ọ, ù, ú, ủ, ũ, ụ.
var tonedOU = func() []bool {
	t := make([]bool, 0x1F00)
	for _, r := range "òóỏõọùúủũụ" {
		t[r] = true
	}
	return t
}()

// lowerTable is unicode.ToLower for the runes Vietnamese uses.
var lowerTable = func() []rune {
	t := make([]rune, 0x1F00)
	for i := range t {
		t[i] = unicode.ToLower(rune(i))
	}
	return t
}()

// span is a piece of the document text with its byte offsets.
type span struct {
	text       string
	start, end int
}

// line is one paragraph of the decoded text and what it is for.
type line struct {
	span
	trailer bool // after the article: comments, links, counters
	drop    bool // boilerplate
	// task is the byte offset in the document of the cell of a table row
	// whose column is headed by a verb of responsibility ("Địa bàn phụ
	// trách"), where the cell holds only what is in the person's charge;
	// 0 when none is
	task int
	// unit and holder are, in a row of a table that names the unit first
	// ("Tổ dân phố | Cấp ủy viên phụ trách", "Chi bộ | Đồng chí phụ
	// trách"), the byte offsets in the document of the unit's cell and of
	// the cell of the person in charge of it; 0 when the line is no such
	// row
	unit, holder int
}

// splitLines cuts the text into lines and marks boilerplate with the rules.
func (r *rules) splitLines(text string) []line {
	var out []line
	trailer := false
	begun := false // a paragraph of text has been read: the article has begun
	tableCols := 0 // the cells of the rows of a table of people being read
	taskCol := -1  // the column of that table headed by a verb of responsibility
	unitCol := -1  // in a table that names the unit first, the unit's column
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		raw := text[off:end]
		lead := len(raw) - len(strings.TrimLeft(raw, " "))
		t := strings.TrimSpace(raw)
		l := line{span: span{text: t, start: off + lead, end: off + lead + len(t)}}
		if t != "" && len(t) < 160 { // boilerplate lines are short
			key := wordKey(t)
			for _, b := range r.boilerplate {
				// a marker without letters (">>") starts a link however long;
				// words start article text too, unless the line is short
				if strings.HasPrefix(key, b.prefix) && (len(t) < len(b.prefix)+60 || !strings.ContainsFunc(b.prefix, unicode.IsLetter)) {
					if b.trailer && begun {
						// a sidebar's "Tin liên quan" above the article
						// ends nothing
						trailer = true
					}
					l.drop = true
					break
				}
			}
		}
		if t != "" {
			cells := tableCells(t)
			people, unit := peopleHeader(cells), -1
			if len(cells) >= 2 && !people {
				unit = r.unitHeader(cells)
			}
			switch {
			case len(cells) >= 3 && people:
				tableCols, l.drop = len(cells), true // "TT | Họ và tên | Chức vụ | Nhiệm vụ phân công"
				taskCol, unitCol = r.taskColumn(cells), -1
			case unit >= 0:
				// "TT | Tổ dân phố | Cấp ủy viên phụ trách": each row names a
				// unit, then who is in charge of it
				unitCol, taskCol = unit, r.taskColumn(cells)
				tableCols, l.drop = len(cells), true
			case tableCols > 0 && unitCol >= 0 && len(cells) >= tableCols-1 && len(cells) <= tableCols:
				l.text = tableRow(t)            // "1 | Tổ dân phố 3 | Đồng chí A, Phó Bí thư"
				shift := tableCols - len(cells) // a row without its number cell
				if u, h := cellStart(t, unitCol-shift), cellStart(t, taskCol-shift); unitCol-shift >= 0 && u >= 0 && h > u {
					l.unit, l.holder = l.start+u, l.start+h
				}
			case tableCols > 0 && len(cells) >= tableCols-1 && len(cells) <= tableCols+1:
				l.text = tableRow(t) // a row of it: read as "A, Bí thư, phụ trách …"
				if k := taskCol - (tableCols - len(cells)); taskCol >= 0 && len(cells) <= tableCols && k >= 0 {
					// a row without its number cell has one cell fewer
					if at := cellStart(t, k); at >= 0 {
						l.task = l.start + at
					}
				}
			default:
				tableCols = 0
				if strings.Count(t, "|")+strings.Count(t, "»") >= 2 {
					l.drop = true // a menu or a breadcrumb
				}
			}
			l.trailer = trailer
			if !l.drop && len(strings.Fields(t)) >= 25 {
				begun = true
			}
			out = append(out, l)
		}
		off = end + 1
	}
	return unwrap(text, out)
}

// tableCells are the cells of a line of a table flattened to text, its
// cells parted by "|" or tabs; nil for a line of one cell.
func tableCells(t string) []string {
	if !strings.ContainsAny(t, "|\t") {
		return nil
	}
	return strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '\t' })
}

// taskColumn is the column of a table of people headed by a verb of
// responsibility of phrases.tsv ("Địa bàn phụ trách", "Lĩnh vực theo
// dõi", "Phụ trách"), or -1.
func (r *rules) taskColumn(cells []string) int {
	for i, c := range cells {
		toks := r.words(strings.TrimSpace(c), 0)
		r.markRoots(toks)
		for k := range toks {
			if p, e := r.phrases.match(toks, k); e > k && (p == phraseResp || p == phraseRespPol) {
				return i
			}
		}
	}
	return -1
}

// unitHeader is, for the header row of a table that names a unit first
// and then the person in charge of it ("Tổ dân phố | Cấp ủy viên phụ
// trách", "STT | Chi bộ | Đồng chí phụ trách"), the column of the unit:
// its first cell after a number column, a kind of unit of places.tsv or a
// body of bodies.tsv alone, with a later column headed by a verb of
// responsibility; else -1.
func (r *rules) unitHeader(cells []string) int {
	col := 0
	if len(cells) > 2 && numberHeaders[wordKey(strings.TrimSpace(cells[0]))] {
		col = 1
	}
	toks := r.words(strings.TrimSpace(cells[col]), 0)
	r.markRoots(toks)
	if len(toks) == 0 {
		return -1
	}
	if pr, e := r.places.match(toks, 0); !(e == len(toks) && pr.name == "") {
		if _, e := r.bodies.match(toks, 0); e != len(toks) {
			return -1
		}
	}
	if t := r.taskColumn(cells); t <= col {
		return -1
	}
	return col
}

// numberHeaders head the number column of a table.
var numberHeaders = map[string]bool{"tt": true, "stt": true, "số tt": true, "số thứ tự": true}

// cellStart is the byte offset in t of the first letter of cell k (cells
// parted by "|" or tabs, as tableCells reads them), or -1.
func cellStart(t string, k int) int {
	n := 0
	for i := 0; i < len(t); {
		for i < len(t) && (t[i] == '|' || t[i] == '\t') {
			i++
		}
		if i >= len(t) {
			break
		}
		j := i
		for j < len(t) && t[j] != '|' && t[j] != '\t' {
			j++
		}
		if n == k {
			for i < j && t[i] == ' ' {
				i++
			}
			if i == j {
				return -1
			}
			return i
		}
		n++
		i = j
	}
	return -1
}

// peopleHeaders are the headings of the name column of a table of people.
var peopleHeaders = map[string]bool{"họ và tên": true, "họ tên": true, "họ, tên": true}

// peopleHeader reports the header row of a table of people and their posts
// or tasks: one of its cells heads a column of names.
func peopleHeader(cells []string) bool {
	for _, c := range cells {
		if peopleHeaders[wordKey(strings.TrimSpace(c))] {
			return true
		}
	}
	return false
}

// tableRow rewrites a row of a table of people as the sentence it stands
// for, byte for byte in place so offsets still point at the text: its
// leading number cell blanked, its other cells parted by commas ("2 |
// Nguyễn Văn A | Phó Bí thư | Phụ trách Ủy ban MTTQ" reads as "Nguyễn Văn
// A , Phó Bí thư , Phụ trách Ủy ban MTTQ").
func tableRow(t string) string {
	b := []byte(t)
	if k := strings.IndexAny(t, "|\t"); k > 0 && strings.Trim(strings.TrimSpace(t[:k]), "0123456789.") == "" {
		for i := 0; i <= k; i++ {
			b[i] = ' '
		}
	}
	for i, c := range b {
		if c == '|' || c == '\t' {
			b[i] = ','
		}
	}
	return string(b)
}

// unwrap joins the lines of a hard-wrapped text ("… tại hội trường Huyện
// ủy\nThường Tín, Ban Thường trực …"): a text is hard-wrapped when at least
// three of its lines stop mid-sentence before a line that goes on in lower
// case; in such a text every line that stops mid-sentence goes on in the
// next one.
func unwrap(text string, ls []line) []line {
	open := func(l line) bool {
		last, _ := utf8.DecodeLastRuneInString(l.text)
		return !l.drop && !l.trailer && !strings.ContainsRune(".!?…:;\"”", last)
	}
	wrapped := 0
	for i := 0; i+1 < len(ls); i++ {
		first, _ := utf8.DecodeRuneInString(ls[i+1].text)
		if open(ls[i]) && unicode.IsLower(first) {
			wrapped++
		}
	}
	if wrapped < 3 {
		return ls
	}
	out := ls[:0:0]
	for _, l := range ls {
		if n := len(out); n > 0 && open(out[n-1]) && !l.drop && !l.trailer {
			out[n-1].end = l.end
			out[n-1].text = text[out[n-1].start:l.end]
			continue
		}
		out = append(out, l)
	}
	return out
}

// sentences cuts a line into sentences at ., ?, ! or … followed by a space
// and an upper-case letter, a quote or a digit, except after the
// abbreviations of the rules.
func (r *rules) sentences(l line) []span {
	var out []span
	s := l.text
	from := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		end := i + 1
		switch {
		case c == '.' || c == '?' || c == '!':
		case strings.HasPrefix(s[i:], "…"):
			end = i + len("…")
		default:
			continue
		}
		for end < len(s) && (s[end] == '.' || s[end] == '/' || s[end] == '"') {
			end++
		}
		if end >= len(s) || s[end] != ' ' {
			continue
		}
		nxt, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[end:], " "))
		if !(unicode.IsUpper(nxt) || unicode.IsDigit(nxt) || nxt == '"' || nxt == '“' || nxt == '(') {
			continue
		}
		if c == '.' {
			w := s[from:i]
			if k := strings.LastIndexAny(w, " ("); k >= 0 {
				w = w[k+1:]
			}
			if r.abbrevs[w] {
				continue
			}
		}
		out = append(out, trimSpan(s[from:end], l.start+from))
		from = end
		i = end - 1
	}
	if from < len(s) {
		out = append(out, trimSpan(s[from:], l.start+from))
	}
	return capSentences(out)
}

// maxSentence bounds the work on one sentence: text without full stops (a
// table, a list, a damaged file) is cut into pieces at spaces.
const maxSentence = 4096

func capSentences(in []span) []span {
	var out []span
	for _, sp := range in {
		for len(sp.text) > maxSentence {
			cut := strings.LastIndexByte(sp.text[:maxSentence], ' ')
			if cut <= 0 {
				cut = maxSentence
				for cut < len(sp.text) && !utf8.RuneStart(sp.text[cut]) {
					cut++
				}
			}
			out = append(out, trimSpan(sp.text[:cut], sp.start))
			sp = trimSpan(sp.text[cut:], sp.start+cut)
		}
		if sp.text != "" {
			out = append(out, sp)
		}
	}
	return out
}

func trimSpan(s string, start int) span {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	t := strings.TrimSpace(s)
	return span{text: t, start: start + lead, end: start + lead + len(t)}
}

// nextWord is the run of word runes s starts with.
func nextWord(s string) string {
	for k, r := range s {
		if !isWordRune(r) {
			return s[:k]
		}
	}
	return s
}
