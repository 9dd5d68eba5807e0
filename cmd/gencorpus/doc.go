package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"hoigraph"
	"hoigraph/vntext"
)

// Gold is one article's truth in the format of ../shared/eval/gold.
type Gold struct {
	Doc                    string      `json:"doc"`
	Orgs                   []GoldOrg   `json:"orgs"`
	Holds                  [][3]string `json:"holds"`
	OptionalHolds          [][3]string `json:"optional_holds"`
	ResponsibleFor         [][2]string `json:"responsible_for"`
	OptionalResponsibleFor [][2]string `json:"optional_responsible_for"`
}

// GoldOrg is a body of a gold file.
type GoldOrg struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional,omitempty"`
}

// MarshalGold writes g laid out like the hand-made gold files: one body or
// fact a line, "<" and "&" unescaped.
func MarshalGold(g *Gold) ([]byte, error) {
	var buf bytes.Buffer
	line := func(v any) error {
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("gold %s: %w", g.Doc, err)
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
		return nil
	}
	buf.WriteString("{\n  \"doc\": ")
	if err := line(g.Doc); err != nil {
		return nil, err
	}
	list := func(key string, n int, item func(i int) any) error {
		fmt.Fprintf(&buf, ",\n  %q: [", key)
		for i := range n {
			if i > 0 {
				buf.WriteByte(',')
			}
			buf.WriteString("\n    ")
			if err := line(item(i)); err != nil {
				return err
			}
		}
		if n > 0 {
			buf.WriteString("\n  ")
		}
		buf.WriteByte(']')
		return nil
	}
	for _, err := range []error{
		list("orgs", len(g.Orgs), func(i int) any { return g.Orgs[i] }),
		list("holds", len(g.Holds), func(i int) any { return g.Holds[i] }),
		list("optional_holds", len(g.OptionalHolds), func(i int) any { return g.OptionalHolds[i] }),
		list("responsible_for", len(g.ResponsibleFor), func(i int) any { return g.ResponsibleFor[i] }),
		list("optional_responsible_for", len(g.OptionalResponsibleFor), func(i int) any { return g.OptionalResponsibleFor[i] }),
	} {
		if err != nil {
			return nil, err
		}
	}
	buf.WriteString("\n}\n")
	return buf.Bytes(), nil
}

// doc builds one article and its gold together: every body, post and
// responsibility the text names is recorded by the same call that writes it,
// so the gold cannot drift from the text.
type doc struct {
	rng    *rand.Rand
	people people
	date   time.Time
	place  *Place // the place the article is about

	gold    Gold
	orgByID map[string]int
	holdSet map[[3]string]bool // required holds already recorded
	optSet  map[[3]string]bool
	respSet map[[2]string]bool
	seats   map[string]Person // seat key → holder, within this article
	names   map[string]string // person name → seat key, to keep two roles apart
	tags    map[*Place]string // short id prefix per place
	persons []uint64          // indexes of the people named
	fillers map[string]bool   // filler paragraphs used
	bodies  []string          // era/code/key of every body named, for the corpus statistics

	title    string
	paras    []string // body paragraphs
	captions []string // photo captions, placed between paragraphs by the style
	byline   string
}

func newDoc(name string, rng *rand.Rand, pp people) *doc {
	return &doc{
		rng: rng, people: pp,
		gold: Gold{Doc: name, Orgs: []GoldOrg{}, Holds: [][3]string{}, OptionalHolds: [][3]string{},
			ResponsibleFor: [][2]string{}, OptionalResponsibleFor: [][2]string{}},
		orgByID: map[string]int{}, holdSet: map[[3]string]bool{}, optSet: map[[3]string]bool{},
		respSet: map[[2]string]bool{}, seats: map[string]Person{}, names: map[string]string{},
		tags: map[*Place]string{}, fillers: map[string]bool{},
	}
}

// pick returns one of xs.
func pick[T any](d *doc, xs ...T) T { return xs[d.rng.IntN(len(xs))] }

// chance is true with probability p.
func (d *doc) chance(p float64) bool { return d.rng.Float64() < p }

// between returns an integer in [lo, hi].
func (d *doc) between(lo, hi int) int { return lo + d.rng.IntN(hi-lo+1) }

// tag is the id prefix of place p in this article's gold.
func (d *doc) tag(p *Place) string {
	if t, ok := d.tags[p]; ok {
		return t
	}
	t := fmt.Sprintf("%c%d", "pdc"[min(max(p.Level.Depth(), 0), 2)], len(d.tags))
	d.tags[p] = t
	return t
}

// org records body key of place p as named in the text and returns it. An
// optional mention never downgrades a body the text names for certain.
func (d *doc) org(key string, p *Place, optional bool) Body {
	b := bodyOf(key, p)
	id := d.tag(b.Place) + "_" + key
	if i, ok := d.orgByID[id]; ok {
		if !optional {
			d.gold.Orgs[i].Optional = false
		}
		return b
	}
	aliases := b.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	d.bodies = append(d.bodies, b.Place.Era+"/"+b.Place.Code+"/"+key)
	d.orgByID[id] = len(d.gold.Orgs)
	d.gold.Orgs = append(d.gold.Orgs, GoldOrg{ID: id, Name: b.Name, Type: string(b.Type), Aliases: aliases, Optional: optional})
	return b
}

// national records a body without a place (Bộ Chính trị) as optional: it is
// named, but scoping rules give it no place.
func (d *doc) national(id, name string, t hoigraph.OrgType) string {
	if _, ok := d.orgByID[id]; !ok {
		d.orgByID[id] = len(d.gold.Orgs)
		d.gold.Orgs = append(d.gold.Orgs, GoldOrg{ID: id, Name: name, Type: string(t), Aliases: []string{}, Optional: true})
	}
	return name
}

// alias records a body and returns its first alias that starts with prefix
// (its name when none does): "Ủy ban MTTQ Việt Nam huyện Giồng Trôm".
func (d *doc) alias(key string, p *Place, prefix string) string {
	b := d.org(key, p, false)
	for _, a := range b.Aliases {
		if strings.HasPrefix(a, prefix) {
			return a
		}
	}
	return b.Name
}

// fixed is a choice about place p that stays the same in every article of
// the corpus (whether its Bí thư also chairs the HĐND), true with
// probability prob.
func (d *doc) fixed(p *Place, what string, prob float64) bool {
	return float64(hashKey(d.people.Seed, "fixed/"+p.Era+"/"+p.Code+"/"+what)%1000) < prob*1000
}

// finish drops the aliases two bodies of the article share ("Ban Dân vận
// Bắc Kạn" of the town and of the province): an alias must name one body.
func (d *doc) finish() {
	owners := map[string]map[string]bool{}
	for _, o := range d.gold.Orgs {
		for _, f := range append([]string{o.Name}, o.Aliases...) {
			k := vntext.Fold(f)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][o.ID] = true
		}
	}
	for i, o := range d.gold.Orgs {
		kept := []string{}
		for _, a := range o.Aliases {
			if len(owners[vntext.Fold(a)]) == 1 {
				kept = append(kept, a)
			}
		}
		d.gold.Orgs[i].Aliases = kept
	}
}

// id is the gold id of a body already recorded.
func (d *doc) id(b Body) string { return d.tag(b.Place) + "_" + b.Key }

// short records a body and returns how running text names it.
func (d *doc) short(key string, p *Place) string { return d.org(key, p, false).Short }

// full records a body and returns its scoped name.
func (d *doc) full(key string, p *Place) string { return d.org(key, p, false).Name }

// bare records a body and returns how a list names it once the place is
// clear ("Hội Khuyến học").
func (d *doc) bare(key string, p *Place) string {
	b := d.org(key, p, false)
	if b.Bare != "" {
		return b.Bare
	}
	return b.Short
}

// holder returns the person in seat (a key such as "79/784/bdv/Trưởng ban"),
// the same person every time within the article and, through people, across
// the corpus.
func (d *doc) holder(seat string) Person {
	if p, ok := d.seats[seat]; ok {
		return p
	}
	for salt := 0; ; salt++ {
		p := d.people.holder(seat, salt)
		if _, taken := d.names[p.Name]; !taken {
			d.persons = append(d.persons, p.Index)
			d.names[p.Name] = seat
			d.seats[seat] = p
			return p
		}
	}
}

// role is a post in a body, as one person holds it.
type role struct {
	Post string // the gold's post: "Trưởng ban"
	Key  string // body key
	At   *Place
}

// seatKey identifies a seat across the corpus.
func (r role) seatKey() string {
	return r.At.Era + "/" + r.At.Code + "/" + r.Key + "/" + r.Post
}

// person returns the holder of the roles: the holder of the first seat that
// is not a bare membership ("Ủy viên" seats are shared by many people).
func (d *doc) person(roles ...role) Person {
	for _, r := range roles {
		if r.Post != "Ủy viên" {
			return d.holder(r.seatKey())
		}
	}
	return d.holder(roles[0].seatKey())
}

// hold records a holds fact.
func (d *doc) hold(p Person, post string, b Body, optional bool) {
	h := [3]string{p.Name, post, d.id(b)}
	switch {
	case !optional && !d.holdSet[h]:
		d.holdSet[h] = true
		d.gold.Holds = append(d.gold.Holds, h)
	case optional && !d.holdSet[h] && !d.optSet[h]:
		d.optSet[h] = true
		d.gold.OptionalHolds = append(d.gold.OptionalHolds, h)
	}
}

// responsible records that subject (a gold id or a person's name) is
// responsible for object (a gold id, or an area as "area:xã Mã Thành").
func (d *doc) responsible(subject, object string, optional bool) {
	r := [2]string{subject, object}
	if d.respSet[r] {
		return
	}
	d.respSet[r] = true
	if optional {
		d.gold.OptionalResponsibleFor = append(d.gold.OptionalResponsibleFor, r)
	} else {
		d.gold.ResponsibleFor = append(d.gold.ResponsibleFor, r)
	}
}

// area is the gold reference to place p.
func area(p *Place) string { return "area:" + p.Scoped() }

// isBoard reports whether key is a board of a committee whose running-text
// name ends with the committee ("Ban Dân vận Huyện ủy").
func isBoard(key string) bool {
	_, ok := committeeBoards[key]
	return ok && key != "btv" && key != "tt"
}

// posts writes the roles of person p ("Ủy viên Ban Thường vụ, Trưởng Ban Dân
// vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện") and records one holds
// fact per role. A committee membership is written "Huyện ủy viên" (with the
// post "Huyện ủy viên" accepted as optional); "Ủy viên Ban Thường vụ" drops
// its committee when the next role is a board of the same committee, as
// articles write it.
func (d *doc) posts(p Person, roles ...role) string {
	parts := make([]string, 0, len(roles))
	for i, r := range roles {
		b := d.org(r.Key, r.At, false)
		d.hold(p, r.Post, b, false)
		var text string
		switch {
		case r.Key == "cu" && r.Post == "Ủy viên":
			text = r.At.MemberWord()
			d.hold(p, r.At.MemberWord(), b, true)
		case r.Key == "btv" && r.Post == "Ủy viên":
			text = "Ủy viên " + pick(d, "Ban Thường vụ", "Ban Thường vụ", "BTV")
			next := i + 1
			if next >= len(roles) || !isBoard(roles[next].Key) || roles[next].At != r.At {
				text += " " + r.At.CommitteeShort()
			}
		case r.Post == "Trưởng ban" || r.Post == "Phó Trưởng ban":
			text = strings.TrimSuffix(r.Post, "ban") + b.Short
		case r.Key == "vp":
			text = r.Post + " " + r.At.CommitteeShort()
		case r.Key == "cu" && r.At.Level == hoigraph.Commune && i+1 < len(roles) && roles[i+1].At == r.At:
			text = r.Post + " Đảng ủy" // "Bí thư Đảng ủy, Chủ tịch HĐND xã"
		default:
			text = r.Post + " " + b.Short
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, ", ")
}

// The ways an article introduces a person with their posts.
const (
	withComma = iota // "đồng chí Lê Văn A, Bí thư Huyện ủy"
	withDash         // "đồng chí Lê Văn A - Bí thư Huyện ủy"
	apposed          // "Bí thư Huyện ủy Lê Văn A"
)

// who writes person p with roles in the given form.
func (d *doc) who(form int, roles ...role) string {
	p := d.person(roles...)
	posts := d.posts(p, roles...)
	switch form {
	case withDash:
		return "đồng chí " + p.Name + " - " + posts
	case apposed:
		return posts + " " + p.Name
	default:
		return "đồng chí " + p.Name + ", " + posts
	}
}

// name is the holder of the roles' first seat, without recording anything:
// for a second mention after who.
func (d *doc) name(roles ...role) string { return d.person(roles...).Name }

// sir is "ông" or "bà".
func sir(p Person) string {
	if p.Female {
		return "bà"
	}
	return "ông"
}

// capital upper-cases the first letter of s.
func capital(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// list joins items Vietnamese-style: "A, B và C".
func list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " và " + items[len(items)-1]
}

// para adds a paragraph.
func (d *doc) para(format string, args ...any) {
	d.paras = append(d.paras, fmt.Sprintf(format, args...))
}

// caption adds a photo caption.
func (d *doc) caption(format string, args ...any) {
	d.captions = append(d.captions, fmt.Sprintf(format, args...))
}
