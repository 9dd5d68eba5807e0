package loader

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"

	"hoigraph"
	"hoigraph/gazetteer"
	"hoigraph/store"
	"hoigraph/vntext"
)

// Resolver decides which node each name stands for, with the gazetteer
// when there is one. Its rules, in the words of its log lines:
//
//   - org "canonical-name": a body is its scoped name with abbreviations
//     expanded (UBND → Ủy ban nhân dân, MTTQ → Mặt trận Tổ quốc) and a
//     repeated kind dropped (Quận ủy quận Tân Phú → Quận ủy Tân Phú), so the
//     spellings of one body meet in one node.
//   - area "gazetteer": a name that picks out one official unit of the era
//     the source is dated in (before or from July 2025), using the other
//     places the document names to choose among namesakes; otherwise the
//     area is known by its name only ("name").
//   - person "name+province" (or "name+area" without a gazetteer): a person
//     is their name plus the provinces of the bodies where they hold posts,
//     so the same name in two provinces stays two people while a person
//     named by a district article and a city article meets in one node;
//     "name+document-province" for a person with no post in the document
//     (the province the document is about); "name" when nothing places them.
//
// When Explain is set, every decision that is more than the name itself is
// written there, one line each.
type Resolver struct {
	Gazetteer *gazetteer.Gazetteer // may be nil
	Explain   io.Writer            // may be nil

	mu      sync.Mutex // Explain is shared by concurrent writers
	lookups sync.Map   // era + name → []gazetteer.Unit
}

var _ store.Resolver = (*Resolver)(nil)

// Names recur across thousands of documents, and folding Vietnamese text is
// the costliest part of resolution, so comparison keys, body names and
// gazetteer lookups are remembered for the life of the process.
var (
	toneKeys sync.Map // string → vntext.ToneKey
	orgRefs  sync.Map // name → store.Ref
)

// key is vntext.ToneKey, remembered.
func key(s string) string {
	if k, ok := toneKeys.Load(s); ok {
		return k.(string)
	}
	k := vntext.ToneKey(s)
	toneKeys.Store(s, k)
	return k
}

// lookup is the gazetteer's Lookup narrowed to an era, remembered.
func (r *Resolver) lookup(name, era string) []gazetteer.Unit {
	k := era + "\x00" + name
	if us, ok := r.lookups.Load(k); ok {
		return us.([]gazetteer.Unit)
	}
	us := inEra(r.Gazetteer.Lookup(name), era)
	r.lookups.Store(k, us)
	return us
}

func (r *Resolver) explain(doc *hoigraph.Document, kind, name string, ref store.Ref, why string) {
	if r.Explain == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	fmt.Fprintf(r.Explain, "resolve %s: %s %q → %s by %s%s\n", doc.Source.File, kind, name, ref.ID, ref.Rule, why)
}

// Org keys a body by its canonical name; the decision depends on the name
// alone, so it is explained the first time only.
func (r *Resolver) Org(doc *hoigraph.Document, name string) store.Ref {
	if unplaced(doc, name) {
		// "Ban Tuyên giáo Tỉnh ủy" from an article that never names its
		// province: a body of this source alone until something places it
		return store.Ref{ID: vntext.ID("org", doc.Source.ID+" / "+name), Name: name, Rule: "unplaced"}
	}
	if ref, ok := orgRefs.Load(name); ok {
		return ref.(store.Ref)
	}
	canon := CanonicalOrgName(name)
	ref := store.Ref{ID: vntext.ID("org", name), Name: name, Rule: "name"}
	if canon != name {
		ref = store.Ref{ID: vntext.ID("org", canon), Name: name, Rule: "canonical-name"}
		r.explain(doc, "org", name, ref, fmt.Sprintf(" (%q)", canon))
	}
	orgRefs.Store(name, ref)
	return ref
}

// Area resolves a place to an official unit when the name and the
// document's context pick out exactly one.
func (r *Resolver) Area(doc *hoigraph.Document, name string) store.Ref {
	if u, why, ok := r.unit(doc, name); ok {
		ref := store.Ref{ID: u.ID(), Name: u.Name, Rule: "gazetteer", Gazetteer: true}
		r.explain(doc, "area", name, ref, why)
		return ref
	}
	return store.Ref{ID: vntext.ID("area", name), Name: name, Rule: "name"}
}

// Person keys a person by name and the provinces (or areas) of their posts.
func (r *Resolver) Person(doc *hoigraph.Document, name string) store.Ref {
	want := key(name)
	var places []string
	seen := map[string]bool{}
	add := func(p string) {
		if k := key(p); p != "" && !seen[k] {
			seen[k] = true
			places = append(places, p)
		}
	}
	for _, f := range doc.Facts {
		if f.Kind == hoigraph.FactHolds && key(f.Person) == want {
			add(r.place(doc, orgArea(doc, f.Org)))
		}
	}
	rule := "name+province"
	if r.Gazetteer == nil {
		rule = "name+area"
	}
	if len(places) == 0 {
		if p := r.documentProvince(doc); p != "" {
			add(p)
			rule = "name+document-province"
		}
	}
	if len(places) == 0 {
		return store.Ref{ID: vntext.ID("person", name), Name: name, Rule: "name"}
	}
	sort.Strings(places)
	ref := store.Ref{ID: vntext.ID("person", name+" @ "+strings.Join(places, " + ")), Name: name, Rule: rule}
	r.explain(doc, "person", name, ref, fmt.Sprintf(" (%s)", strings.Join(places, " + ")))
	return ref
}

// place is the province of an area name when the gazetteer knows it, else
// the area name itself.
func (r *Resolver) place(doc *hoigraph.Document, area string) string {
	if area == "" {
		return ""
	}
	if u, _, ok := r.unit(doc, area); ok {
		if p, ok := r.Gazetteer.Province(u); ok {
			return p.Name
		}
	}
	if r.Gazetteer != nil {
		// An area the gazetteer cannot place says nothing about the province.
		return ""
	}
	return area
}

// documentProvince is the one province the places of a document lie in, ""
// when they lie in none or several.
func (r *Resolver) documentProvince(doc *hoigraph.Document) string {
	if r.Gazetteer == nil {
		return ""
	}
	ps := r.provinces(doc, "")
	if len(ps) != 1 {
		return ""
	}
	for _, p := range ps {
		return p.Name
	}
	return ""
}

// provinces are the provinces of the places a document names that the
// gazetteer resolves without ambiguity, except skip.
func (r *Resolver) provinces(doc *hoigraph.Document, skip string) map[string]gazetteer.Unit {
	out := map[string]gazetteer.Unit{}
	skipKey := key(skip)
	era := eraOf(doc)
	for _, name := range places(doc) {
		if key(name) == skipKey {
			continue
		}
		cands := r.lookup(name, era)
		if len(cands) != 1 {
			continue
		}
		if p, ok := r.Gazetteer.Province(cands[0]); ok {
			out[p.Code] = p
		}
	}
	return out
}

// unit finds the one official unit a place name stands for in doc.
func (r *Resolver) unit(doc *hoigraph.Document, name string) (gazetteer.Unit, string, bool) {
	if r.Gazetteer == nil {
		return gazetteer.Unit{}, "", false
	}
	cands := r.lookup(name, eraOf(doc))
	switch len(cands) {
	case 0:
		return gazetteer.Unit{}, "", false
	case 1:
		return cands[0], "", true
	}
	// Namesakes: keep those in a province the document's other places lie in.
	ps := r.provinces(doc, name)
	var kept []gazetteer.Unit
	for _, c := range cands {
		if _, ok := ps[c.ProvinceCode]; ok {
			kept = append(kept, c)
		}
	}
	if len(kept) == 1 {
		p, _ := r.Gazetteer.Province(kept[0])
		return kept[0], fmt.Sprintf(" (of %d namesakes, the one in %s)", len(cands), p.Name), true
	}
	return gazetteer.Unit{}, "", false
}

// eraOf is the administrative era a document speaks in: its date decides,
// and an undated document speaks of the structure before July 2025, which
// is what the articles and curated records so far describe.
func eraOf(doc *hoigraph.Document) string {
	if doc.Source.Date >= "2025-07-01" {
		return gazetteer.EraFrom2025
	}
	return gazetteer.EraBefore2025
}

func inEra(us []gazetteer.Unit, era string) []gazetteer.Unit {
	var out []gazetteer.Unit
	for _, u := range us {
		if u.Era == era {
			out = append(out, u)
		}
	}
	return out
}

// places are the area names a document uses, in order of first use.
func places(doc *hoigraph.Document) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range doc.Facts {
		var names []string
		switch f.Kind {
		case hoigraph.FactOrg:
			names = []string{f.Area}
		case hoigraph.FactArea:
			names = []string{f.Name, f.Parent}
		}
		for _, n := range names {
			if k := key(n); n != "" && !seen[k] {
				seen[k] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// orgArea is the area a body lies in: what an org fact of the document
// says, else the place its name ends with ("Quận ủy Quận 3" → "Quận 3").
func orgArea(doc *hoigraph.Document, org string) string {
	want := key(org)
	for _, f := range doc.Facts {
		if f.Kind == hoigraph.FactOrg && f.Area != "" && key(f.Name) == want {
			return f.Area
		}
	}
	return trailingPlace(org)
}

// placeWords start the name of an administrative unit inside a body's name.
var placeWords = []string{"thành phố", "tỉnh", "quận", "huyện", "thị xã", "phường", "xã", "thị trấn", "đặc khu", "tp"}

// trailingPlace returns the last "<kind> <name>" at the end of a body's
// name, skipping the kind words that are part of a committee's name
// ("Quận ủy", "Huyện ủy", "Tỉnh ủy").
func trailingPlace(org string) string {
	words := strings.Fields(org)
	for i := len(words) - 2; i >= 0; i-- {
		for _, pw := range placeWords {
			n := len(strings.Fields(pw))
			if i+n >= len(words) {
				continue
			}
			if key(strings.Join(words[i:i+n], " ")) == key(pw) && key(words[i+n]) != key("ủy") {
				return strings.Join(words[i:], " ")
			}
		}
	}
	return ""
}

// orgPhrases are the spellings of one name part, folded onto the form the
// gold files of ../shared/eval use, longest first.
var orgPhrases = []struct{ from, to string }{
	{"Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc"},
	{"Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc"},
	{"Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc"},
	{"TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"},
	{"Ủy ban nhân dân", "UBND"},
	{"Hội đồng nhân dân", "HĐND"},
	{"TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"},
	{"Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc"},
	{"TP HCM", "Thành phố Hồ Chí Minh"},
	{"UBMTTQ", "Ủy ban Mặt trận Tổ quốc"},
	{"MTTQ", "Mặt trận Tổ quốc"},
	{"TP.HCM", "Thành phố Hồ Chí Minh"},
	{"TPHCM", "Thành phố Hồ Chí Minh"},
	{"BTV", "Ban Thường vụ"},
	{"CLB", "Câu lạc bộ"},
	{"LHPN", "Liên hiệp Phụ nữ"},
}

// committeeKinds are the Party committees named after their level, whose
// name may repeat the kind of their area: "Quận ủy quận Tân Phú".
var committeeKinds = []struct{ committee, kind string }{
	{"Quận ủy", "quận"}, {"Huyện ủy", "huyện"}, {"Thị ủy", "thị xã"}, {"Tỉnh ủy", "tỉnh"},
}

// phraseKeys and committeeKeys are orgPhrases and committeeKinds as word
// keys (vntext.ToneKey), computed once.
var (
	phraseKeys    = make([][]string, len(orgPhrases))
	committeeKeys = make([][2][]string, len(committeeKinds))
)

func init() {
	for i, p := range orgPhrases {
		phraseKeys[i] = wordKeys(p.from)
	}
	for i, ck := range committeeKinds {
		committeeKeys[i] = [2][]string{wordKeys(ck.committee), wordKeys(ck.kind)}
	}
}

func wordKeys(s string) []string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = vntext.ToneKey(w)
	}
	return words
}

// canonical caches CanonicalOrgName: the same bodies recur in thousands of
// articles.
var canonical sync.Map

// CanonicalOrgName is the form a body's id is derived from: the spellings
// of one body (UBND / Ủy ban nhân dân, Ủy ban MTTQ / Ủy ban Mặt trận Tổ
// quốc Việt Nam, Quận ủy quận Tân Phú / Quận ủy Tân Phú) brought to one, the
// one the gold files use, so that a gold name's id is vntext.ID("org",
// name). A numbered district keeps its kind: Quận ủy Quận 3.
func CanonicalOrgName(name string) string {
	if c, ok := canonical.Load(name); ok {
		return c.(string)
	}
	words := strings.Fields(vntext.NFC(name))
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = key(w)
	}
	var out []string
	var outKeys []string
	for i := 0; i < len(words); {
		if p, n := matchPhrase(keys[i:]); n > 0 {
			out = append(out, orgPhrases[p].to)
			outKeys = append(outKeys, wordKeys(orgPhrases[p].to)...)
			i += n
			continue
		}
		out = append(out, words[i])
		outKeys = append(outKeys, keys[i])
		i++
		for _, ck := range committeeKeys {
			c, k := ck[0], ck[1]
			if len(outKeys) < len(c) || !slices.Equal(outKeys[len(outKeys)-len(c):], c) {
				continue
			}
			if i+len(k) < len(words) && slices.Equal(keys[i:i+len(k)], k) && !isNumber(words[i+len(k)]) {
				i += len(k)
			}
		}
	}
	c := strings.Join(out, " ")
	canonical.Store(name, c)
	return c
}

// matchPhrase returns the index of the orgPhrase keys begin with, and its
// length in words.
func matchPhrase(keys []string) (int, int) {
	for i, p := range phraseKeys {
		if len(p) <= len(keys) && slices.Equal(keys[:len(p)], p) {
			return i, len(p)
		}
	}
	return 0, 0
}

func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// unplaced reports whether the document's org fact of that name says the
// article never gave the body's place.
func unplaced(doc *hoigraph.Document, name string) bool {
	if doc == nil {
		return false
	}
	for i := range doc.Facts {
		if f := &doc.Facts[i]; f.Kind == hoigraph.FactOrg && f.Unplaced && f.Name == name {
			return true
		}
	}
	return false
}
