package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"hoigraph"
	"hoigraph/gazetteer"
)

// place is an administrative unit as an article names it, possibly
// confirmed by the gazetteer.
type place struct {
	kind  string // Phường, Xã, Thị trấn, Quận, Huyện, Thị xã, Thành phố, Tỉnh
	name  string // without the kind: "Tân Giang", "3"
	level hoigraph.AreaLevel
	unit  *gazetteer.Unit // nil when the gazetteer does not know it (or there is none)
}

// label is how a body's name carries its place: "quận Tân Phú",
// "phường Tân Giang", "Quận 3" (a number keeps its capital), "Thành phố Hồ
// Chí Minh" (a province-level city keeps it too).
func (p *place) label() string {
	if isNumber(p.name) || p.level == hoigraph.Province && p.kind == "Thành phố" {
		return p.kind + " " + p.name
	}
	r, n := utf8.DecodeRuneInString(p.kind) // "Đặc khu" → "đặc khu": a rune, not a byte
	return string(unicode.ToLower(r)) + p.kind[n:] + " " + p.name
}

// short is the place as a committee's name carries it: "Quận ủy Tân Phú",
// but "Quận ủy Quận 3", and "Thành ủy TP Hồ Chí Minh" where the name alone
// would be a person's (r.committeeForms).
func (r *rules) short(p *place) string {
	if isNumber(p.name) {
		return p.kind + " " + p.name
	}
	if f, ok := r.committeeForms[wordKey(p.name)]; ok && p.level == hoigraph.Province {
		return f
	}
	return p.name
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func (p *place) key() string { return wordKey(p.kind + " " + p.name) }

// home is the places an article is about, lowest first: its commune, its
// district, its province, as far as they are known.
type home struct {
	units []*place
}

// ofKind returns the nearest home unit of the given kind.
func (h *home) ofKind(kind string) *place {
	for _, p := range h.units {
		if p.kind == kind {
			return p
		}
	}
	return nil
}

func (h *home) lowest() *place {
	if len(h.units) == 0 {
		return nil
	}
	return h.units[0]
}

func (h *home) ofLevel(l hoigraph.AreaLevel) *place {
	for _, p := range h.units {
		if p.level == l {
			return p
		}
	}
	return nil
}

// mention counts how often an article names a place.
type mention struct {
	p     *place
	count int
	first int
}

// findHome works out the places an article is about from the places it
// names (title, body, dateline, footer), the gazetteer and the publisher.
func (x *Extractor) findHome(mentions []*place, publisherProvince string, date string) *home {
	byKey := map[string]*mention{}
	var order []*mention
	for i, p := range mentions {
		m := byKey[p.key()]
		if m == nil {
			m = &mention{p: p, first: i}
			byKey[p.key()] = m
			order = append(order, m)
		}
		m.count++
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].count > order[j].count })
	best := func(l hoigraph.AreaLevel) *place {
		for _, m := range order {
			if m.p.level == l {
				return m.p
			}
		}
		return nil
	}
	commune, district, province := best(hoigraph.Commune), best(hoigraph.District), best(hoigraph.Province)
	// An article about a district names many of its communes; one is its
	// home only when it is named clearly more than the others.
	var counts []int
	for _, m := range order {
		if m.p.level == hoigraph.Commune {
			counts = append(counts, m.count)
		}
	}
	if len(counts) > 1 && counts[0] < 2*counts[1] {
		commune = nil
	}
	if x.gaz != nil {
		era := gazetteer.EraBefore2025
		if date >= "2025-07" {
			era = gazetteer.EraFrom2025
		}
		commune, district, province = x.chain(commune, district, province, era)
		// Names that repeat across the country (two phường Tân Giang) are
		// settled by the province the publisher writes about.
		if publisherProvince != "" && (province == nil || (commune != nil && commune.unit == nil) || (district != nil && district.unit == nil)) {
			if pp := x.confirm(x.publisherPlace(publisherProvince), nil, era); pp != nil && pp.unit != nil {
				c, d, p := x.chain(commune, district, pp, era)
				if (c == nil || c.unit != nil) && (d == nil || d.unit != nil) {
					commune, district, province = c, d, p
				}
			}
		}
	}
	if province == nil && publisherProvince != "" {
		province = x.publisherPlace(publisherProvince)
	}
	h := &home{}
	for _, p := range []*place{commune, district, province} {
		if p != nil {
			h.units = append(h.units, p)
		}
	}
	return h
}

// publisherPlace is the province a publisher writes about.
func (x *Extractor) publisherPlace(name string) *place {
	if name == "" {
		return nil
	}
	p := &place{kind: "Tỉnh", name: name, level: hoigraph.Province}
	if r, end := x.rules.matchPlace(tokenize("thành phố "+name, 0), 0); end > 0 && r.name != "" {
		p.kind = "Thành phố"
	}
	return p
}

// headlinePlace is the province a headline opens with, written bare before
// a colon ("Đà Nẵng: kiện toàn nhân sự", "Quảng Ninh: …"): one the
// gazetteer lists as a province, or without it one of the cities the rules
// name; else nil.
func (x *Extractor) headlinePlace(title string) *place {
	i := strings.IndexByte(title, ':')
	if i <= 0 || i > 40 {
		return nil
	}
	name := strings.TrimSpace(title[:i])
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return nil
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return nil
		}
	}
	if x.gaz == nil {
		if r, end := x.rules.matchPlace(tokenize("thành phố "+name, 0), 0); end == len(words)+2 && r.name != "" && r.level == hoigraph.Province {
			return &place{kind: "Thành phố", name: r.name, level: hoigraph.Province}
		}
		return nil
	}
	for _, kind := range []string{"Tỉnh", "Thành phố"} {
		for _, u := range x.lookup(kind + " " + name) {
			if u.Level == hoigraph.Province && u.Kind == kind {
				return &place{kind: kind, name: name, level: hoigraph.Province}
			}
		}
	}
	return nil
}

// chain confirms the article's commune, district and province with the
// gazetteer, each within the ones above it, and fills in the units above a
// confirmed one.
func (x *Extractor) chain(commune, district, province *place, era string) (*place, *place, *place) {
	g := x.gaz
	province = x.confirm(province, nil, era)
	district = x.confirm(district, province, era)
	if district != nil && district.unit != nil && (province == nil || province.unit == nil) {
		if pu, ok := g.Province(*district.unit); ok {
			province = unitPlace(pu)
		}
	}
	commune = x.confirm(commune, firstNonNil(district, province), era)
	if commune != nil && commune.unit != nil {
		if district == nil && commune.unit.Era == gazetteer.EraBefore2025 {
			if du, ok := g.Parent(*commune.unit); ok {
				district = unitPlace(du)
			}
		}
		if province == nil || province.unit == nil {
			if pu, ok := g.Province(*commune.unit); ok {
				province = unitPlace(pu)
			}
		}
	}
	return commune, district, province
}

func firstNonNil(ps ...*place) *place {
	for _, p := range ps {
		if p != nil {
			return p
		}
	}
	return nil
}

func unitPlace(u gazetteer.Unit) *place {
	return &place{kind: u.Kind, name: u.BaseName, level: u.Level, unit: &u}
}

// confirm looks p up in the gazetteer: among the units of its kind and name,
// those inside `within` (when known) in the preferred era. One candidate
// left makes p confirmed; none or several leave p as the article said it.
func (x *Extractor) confirm(p, within *place, era string) *place {
	if p == nil || x.gaz == nil {
		return p
	}
	cands := x.candidates(p, within, p.kind)
	if len(cands) == 0 {
		// "huyện Hòa Thành" in an article from before it became a thị xã:
		// the one unit of that name at that level, whatever it is called now
		for _, k := range sameLevelKinds[p.level] {
			if k != p.kind {
				cands = append(cands, x.candidates(p, within, k)...)
			}
		}
		if len(cands) != 1 {
			return p
		}
	}
	var inEra []gazetteer.Unit
	for _, u := range cands {
		if u.Era == era {
			inEra = append(inEra, u)
		}
	}
	if len(inEra) > 0 {
		cands = inEra
	}
	if len(cands) != 1 {
		return p
	}
	// The unit keeps the article's spelling ("Phan Rang-Tháp Chàm" where the
	// list writes "Phan Rang - Tháp Chàm"; a former name it still uses) and
	// kind: body names are read from the article.
	q := unitPlace(cands[0])
	q.name, q.kind = p.name, p.kind
	return q
}

// sameLevelKinds are the kinds of unit one unit may have had at its level:
// a huyện becomes a thị xã, then a thành phố; a xã becomes a phường.
var sameLevelKinds = map[hoigraph.AreaLevel][]string{
	hoigraph.District: {"Huyện", "Thị xã", "Thành phố", "Quận"},
	hoigraph.Commune:  {"Xã", "Phường", "Thị trấn"},
}

// candidates are the gazetteer's units of kind and p's name, at p's level,
// inside within when it is known.
func (x *Extractor) candidates(p, within *place, kind string) []gazetteer.Unit {
	var cands []gazetteer.Unit
	for _, u := range x.lookup(kind + " " + p.name) {
		if u.Kind != kind || (p.level != "" && u.Level != p.level) {
			continue
		}
		if within != nil && within.unit != nil && !x.gaz.Within(u, *within.unit) {
			continue
		}
		if within != nil && within.unit == nil && within.level == hoigraph.Province {
			if pu, ok := x.gaz.Province(u); !ok || wordKey(pu.BaseName) != wordKey(within.name) {
				continue
			}
		}
		cands = append(cands, u)
	}
	return cands
}

// levelOf decides whether "thành phố X" is a province or a city within one:
// the gazetteer knows; without it, the named places of the rules do.
func (x *Extractor) levelOf(kind, name string) hoigraph.AreaLevel {
	if x.rules.villages[kind] {
		return hoigraph.Village
	}
	if x.gaz != nil {
		for _, u := range x.lookup(kind + " " + name) {
			if u.Kind == kind {
				return u.Level
			}
		}
	}
	if r, end := x.rules.matchPlace(tokenize(kind+" "+name, 0), 0); end > 0 && r.name != "" {
		return r.level
	}
	return hoigraph.District
}
