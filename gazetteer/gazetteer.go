// Package gazetteer reads the official lists of Vietnam's administrative
// units (General Statistics Office codes) from files it is given, and finds
// units by name. Two eras are kept side by side: until 30 June 2025 provinces
// held districts that held communes; from 1 July 2025 provinces hold communes
// directly. Names repeat across the country (two "Phường Tân Giang"), so a
// lookup returns every candidate and callers narrow them with context.
//
// The lists are not shipped with hoigraph: scripts/gazetteer/gazetteer.sh
// fetches them from the MIT-licensed PyPI package vietnamadminunits, with the
// mapping of the July 2025 reorganisation (which old units each new one was
// formed from), into .cache/gazetteer, where Open finds them by default.
package gazetteer

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"hoigraph"
	"hoigraph/vntext"
)

// The eras of the administrative structure.
const (
	EraBefore2025 = "before-2025-07" // province → district → commune
	EraFrom2025   = "from-2025-07"   // province → commune
)

// Files are the names Load looks for in a folder; MappingFile is read when
// it is there too.
var Files = []string{"units-before-2025-07.json", "units-from-2025-07.json"}

// MappingFile holds the July 2025 reorganisation: old unit → new unit.
const MappingFile = "mapping-2025-07.json"

// Unit is one administrative unit of one era.
type Unit struct {
	Code         string             // GSO code, unique within an era and level
	Name         string             // full name with its kind: "Phường Tân Giang"
	Kind         string             // "Phường", "Xã", "Thị trấn", "Đặc khu", "Quận", "Huyện", "Thị xã", "Thành phố", "Tỉnh"
	BaseName     string             // the name without its kind: "Tân Giang"
	Level        hoigraph.AreaLevel // province, district or commune
	ParentCode   string             // "" for provinces
	ProvinceCode string
	Era          string
	Lat, Lon     float64  // the unit's centre; both 0 when not known
	AreaKm2      float64  // 0 when not known (the package gives it from 2025 only)
	Aliases      []string // former and short names as folded keys without spaces ("nguyentrungtruc")
}

// HasCoordinates reports whether the unit's centre is known.
func (u Unit) HasCoordinates() bool { return u.Lat != 0 || u.Lon != 0 }

// Link is one step of the July 2025 reorganisation: From (a commune, an
// island district or a province before it) went into To. Whole is false
// when From was split between several units; Default marks the one unit a
// split From is taken to have become when nothing else says which.
type Link struct {
	From, To       Unit
	Whole, Default bool
}

// ID is the unit's Area node id: era and code, so that the same code in two
// eras (provinces kept their codes) stays two nodes.
func (u Unit) ID() string {
	tag := "2024"
	if u.Era == EraFrom2025 {
		tag = "2025"
	}
	return "area:" + tag + ":" + u.Code
}

// ValidFrom and ValidUntil bound the era the unit belongs to, as ISO dates
// ("" when open-ended).
func (u Unit) ValidFrom() string {
	if u.Era == EraFrom2025 {
		return "2025-07-01"
	}
	return ""
}

// ValidUntil is the last day the unit was in force, "" while it still is.
func (u Unit) ValidUntil() string {
	if u.Era == EraBefore2025 {
		return "2025-06-30"
	}
	return ""
}

// Gazetteer is a read-only set of units with a name index; safe for
// concurrent use once loaded.
type Gazetteer struct {
	units   []Unit
	byKey   map[string]int   // era + "/" + code → index in units
	byName  map[string][]int // folded full name and folded base name → indexes
	byAlias map[string][]int // alias keys (folded, no spaces) → indexes
	links   []Link
	next    map[int][]int // index of an old unit → indexes in links
	prev    map[int][]int // index of a new unit → indexes in links
}

// kinds maps the leading words of a FullName to its kind, longest first.
var kinds = []struct {
	prefix string
	level  hoigraph.AreaLevel // "" means: decided by position in the file
}{
	{"Thành phố", ""}, {"Thị trấn", hoigraph.Commune}, {"Thị xã", hoigraph.District},
	{"Đặc khu", hoigraph.Commune}, {"Tỉnh", hoigraph.Province}, {"Quận", hoigraph.District},
	{"Huyện", hoigraph.District}, {"Phường", hoigraph.Commune}, {"Xã", hoigraph.Commune},
}

func splitKind(full string) (kind, base string) {
	for _, k := range kinds {
		if len(full) > len(k.prefix) && strings.EqualFold(full[:len(k.prefix)], k.prefix) && full[len(k.prefix)] == ' ' {
			return k.prefix, strings.TrimSpace(full[len(k.prefix):])
		}
	}
	return "", full
}

// Load reads gazetteer files; each path is a JSON file of either era or a
// folder holding the files named in Files.
func Load(paths ...string) (*Gazetteer, error) {
	g := &Gazetteer{byKey: map[string]int{}, byName: map[string][]int{}, byAlias: map[string][]int{},
		next: map[int][]int{}, prev: map[int][]int{}}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
		files := []string{p}
		if info.IsDir() {
			files = files[:0]
			for _, name := range Files {
				if f := filepath.Join(p, name); fileExists(f) {
					files = append(files, f)
				}
			}
			if len(files) == 0 {
				return nil, fmt.Errorf("load gazetteer %s: none of %s in the folder", p, strings.Join(Files, ", "))
			}
		}
		for _, f := range files {
			if err := g.loadFile(f); err != nil {
				return nil, fmt.Errorf("load gazetteer %s: %w", f, err)
			}
		}
		if m := filepath.Join(p, MappingFile); info.IsDir() && fileExists(m) {
			if err := g.loadMapping(m); err != nil {
				return nil, fmt.Errorf("load gazetteer %s: %w", m, err)
			}
		}
	}
	return g, nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// rawUnit covers both files' shapes: before 2025 provinces have District and
// districts have Ward; from 2025 provinces have Wards.
// scripts/gazetteer adds Kind, Name (without the kind), Lat, Lon, AreaKm2
// and Aliases; the files of vietnamese-provinces-database have none of them.
type rawUnit struct {
	Code     string    `json:"Code"`
	FullName string    `json:"FullName"`
	Kind     string    `json:"Kind"`
	Name     string    `json:"Name"`
	Lat      float64   `json:"Lat"`
	Lon      float64   `json:"Lon"`
	AreaKm2  float64   `json:"AreaKm2"`
	Aliases  []string  `json:"Aliases"`
	District []rawUnit `json:"District"`
	Ward     []rawUnit `json:"Ward"`
	Wards    []rawUnit `json:"Wards"`
}

func (g *Gazetteer) loadFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var provinces []rawUnit
	if err := json.Unmarshal(data, &provinces); err != nil {
		return fmt.Errorf("not a gazetteer JSON array: %w", err)
	}
	if len(provinces) == 0 {
		return fmt.Errorf("no units")
	}
	era := EraFrom2025
	for _, p := range provinces {
		if len(p.District) > 0 {
			era = EraBefore2025
			break
		}
	}
	for i, p := range provinces {
		if p.Code == "" || p.FullName == "" {
			return fmt.Errorf("province %d: missing Code or FullName", i+1)
		}
		g.add(p, hoigraph.Province, "", p.Code, era)
		for _, d := range p.District {
			g.add(d, hoigraph.District, p.Code, p.Code, era)
			for _, w := range d.Ward {
				g.add(w, hoigraph.Commune, d.Code, p.Code, era)
			}
		}
		for _, w := range p.Wards {
			g.add(w, hoigraph.Commune, p.Code, p.Code, era)
		}
	}
	return nil
}

func (g *Gazetteer) add(r rawUnit, level hoigraph.AreaLevel, parent, province, era string) {
	name := vntext.NFC(strings.TrimSpace(r.FullName))
	kind, base := splitKind(name)
	if r.Kind != "" && r.Name != "" {
		kind, base = vntext.NFC(r.Kind), vntext.NFC(strings.TrimSpace(r.Name))
		name = kind + " " + base
	}
	if kind != "" && name[:len(kind)] != kind { // "xã Foo" → "Xã Foo"
		name = kind + name[len(kind):]
	}
	// "Huyện Kỳ Anh (Huyện)" beside "Thị xã Kỳ Anh (Thị xã)": the source
	// tells apart two units of one name by their kind in brackets, which no
	// article writes; the kind already says it
	if k := " (" + kind + ")"; kind != "" && strings.HasSuffix(strings.ToLower(base), strings.ToLower(k)) {
		base = strings.TrimSpace(base[:len(base)-len(k)])
		name = kind + " " + base
	}
	u := Unit{Code: r.Code, Name: name, Kind: kind, BaseName: base, Level: level,
		ParentCode: parent, ProvinceCode: province, Era: era,
		Lat: r.Lat, Lon: r.Lon, AreaKm2: r.AreaKm2, Aliases: r.Aliases}
	key := era + "/" + r.Code
	if _, dup := g.byKey[key]; dup {
		return
	}
	i := len(g.units)
	g.byKey[key] = i
	for _, k := range uniqueKeys(vntext.Fold(name), vntext.Fold(base)) {
		g.byName[k] = append(g.byName[k], i)
	}
	for _, a := range r.Aliases {
		if k := squash(a); k != "" && !slicesContains(g.byAlias[k], i) {
			g.byAlias[k] = append(g.byAlias[k], i)
		}
	}
	g.units = append(g.units, u)
}

func slicesContains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Answers reports whether name, without its kind, is u's name (up to case,
// tone-mark placement and punctuation: "Phan Rang-Tháp Chàm" is "Phan Rang
// - Tháp Chàm", but "Hồ" is not "Xà Hồ") or one of its aliases (compared
// without diacritics, the only form the package gives them in).
func (u Unit) Answers(name string) bool {
	if nameKey(u.BaseName) == nameKey(name) {
		return true
	}
	bare, withKind := squash(name), squash(u.Kind+" "+name)
	for _, a := range u.Aliases {
		if a == bare || a == withKind {
			return true
		}
	}
	return false
}

// nameKey compares names word by word, ignoring punctuation.
func nameKey(s string) string {
	return vntext.ToneKey(strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	}), " "))
}

// squash is the form of the package's alias keys: folded, without spaces.
func squash(s string) string { return strings.ReplaceAll(vntext.Fold(s), " ", "") }

// rawLink is one edge of MappingFile, by code.
type rawLink struct {
	Old      string `json:"Old"`
	OldLevel string `json:"OldLevel"`
	New      string `json:"New"`
	Whole    bool   `json:"Whole"`
	Default  bool   `json:"Default"`
}

// loadMapping reads the old → new edges; every code must be a unit loaded
// from the two era files of the same folder.
func (g *Gazetteer) loadMapping(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var m struct {
		Provinces []rawLink `json:"Provinces"`
		Units     []rawLink `json:"Units"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("not a mapping JSON object: %w", err)
	}
	for i, r := range append(m.Provinces, m.Units...) {
		from, ok1 := g.byKey[EraBefore2025+"/"+r.Old]
		to, ok2 := g.byKey[EraFrom2025+"/"+r.New]
		if !ok1 || !ok2 {
			return fmt.Errorf("edge %d (%s → %s): no such unit in the era files", i+1, r.Old, r.New)
		}
		if lvl := g.units[from].Level; r.OldLevel != "" && string(lvl) != r.OldLevel {
			return fmt.Errorf("edge %d: %s is a %s, not a %s", i+1, r.Old, lvl, r.OldLevel)
		}
		g.next[from] = append(g.next[from], len(g.links))
		g.prev[to] = append(g.prev[to], len(g.links))
		g.links = append(g.links, Link{From: g.units[from], To: g.units[to], Whole: r.Whole, Default: r.Default})
	}
	return nil
}

// Links returns every edge of the July 2025 reorganisation (none when the
// mapping file was not loaded).
func (g *Gazetteer) Links() []Link {
	if g == nil {
		return nil
	}
	return g.links
}

// Successors returns the units u went into in July 2025.
func (g *Gazetteer) Successors(u Unit) []Link { return g.linksOf(g.next, u) }

// Predecessors returns the units u was formed from in July 2025.
func (g *Gazetteer) Predecessors(u Unit) []Link { return g.linksOf(g.prev, u) }

func (g *Gazetteer) linksOf(m map[int][]int, u Unit) []Link {
	if g == nil {
		return nil
	}
	i, ok := g.byKey[u.Era+"/"+u.Code]
	if !ok {
		return nil
	}
	out := make([]Link, 0, len(m[i]))
	for _, l := range m[i] {
		out = append(out, g.links[l])
	}
	return out
}

func uniqueKeys(a, b string) []string {
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}

// Units returns every unit of every era loaded, provinces before their
// districts before their communes.
func (g *Gazetteer) Units() []Unit {
	if g == nil {
		return nil
	}
	return g.units
}

// kindAbbreviations are short forms of a unit's kind that articles write in
// front of a name ("TP Hồ Chí Minh", "TX Hồng Lĩnh"), folded. They are only
// read as the first word: inside a name a letter is just a letter
// ("Xã Ea H'MLay").
var kindAbbreviations = map[string]string{
	"tp": "thanh pho", "tx": "thi xa", "tt": "thi tran", "q": "quan", "h": "huyen", "p": "phuong",
}

// nameAbbreviations stand for whole names wherever they appear.
var nameAbbreviations = map[string]string{
	"tphcm": "thanh pho ho chi minh", "hcm": "ho chi minh",
}

// Lookup returns the units whose name is name (or, in an era where no unit
// bears it, whose former name it is), given with or without its kind ("phường Tân Giang", "Tân Giang", "TP Hồ Chí Minh"), ignoring case,
// diacritics and tone placement, sorted by era (newest first), level and code.
func (g *Gazetteer) Lookup(name string) []Unit {
	if g == nil {
		return nil
	}
	words := strings.Fields(vntext.Fold(name))
	for i, w := range words {
		if full, ok := kindAbbreviations[w]; ok && i == 0 && len(words) > 1 {
			words[i] = full
		} else if full, ok := nameAbbreviations[w]; ok {
			words[i] = full
		}
	}
	key := strings.Join(words, " ")
	idx := g.byName[key]
	out := make([]Unit, 0, len(idx))
	named := map[string]bool{} // eras in which the name itself is a unit's
	for _, i := range idx {
		out = append(out, g.units[i])
		named[g.units[i].Era] = true
	}
	// A former name answers only in an era where no unit bears it today:
	// "phường Văn Miếu" is Phường Văn Miếu Quốc Tử Giám, but "Văn Miếu" is
	// still Xã Văn Miếu.
	for _, i := range g.byAlias[strings.ReplaceAll(key, " ", "")] {
		if u := g.units[i]; !named[u.Era] && !slicesContains(idx, i) {
			out = append(out, u)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Era != b.Era {
			return a.Era == EraFrom2025
		}
		if a.Level != b.Level {
			return a.Level.Depth() < b.Level.Depth()
		}
		return a.Code < b.Code
	})
	return out
}

// Parent returns the unit u lies directly in.
func (g *Gazetteer) Parent(u Unit) (Unit, bool) {
	if g == nil || u.ParentCode == "" {
		return Unit{}, false
	}
	i, ok := g.byKey[u.Era+"/"+u.ParentCode]
	if !ok {
		return Unit{}, false
	}
	return g.units[i], true
}

// Province returns the province u lies in (u itself for a province).
func (g *Gazetteer) Province(u Unit) (Unit, bool) {
	if g == nil {
		return Unit{}, false
	}
	i, ok := g.byKey[u.Era+"/"+u.ProvinceCode]
	if !ok {
		return Unit{}, false
	}
	return g.units[i], true
}

// Within reports whether u lies in (or is) ancestor, in the same era.
func (g *Gazetteer) Within(u, ancestor Unit) bool {
	for {
		if u.Era == ancestor.Era && u.Code == ancestor.Code {
			return true
		}
		p, ok := g.Parent(u)
		if !ok {
			return false
		}
		u = p
	}
}

// None is the -gazetteer value that means: no official units.
const None = "none"

// EnvDir names the environment variable that overrides the default folder.
const EnvDir = "HOIGRAPH_GAZETTEER"

// Open returns the gazetteer a command's -gazetteer flag asks for: "" the
// default folder (DefaultDir), None no gazetteer (nil, nil), else that file
// or folder.
func Open(flag string) (*Gazetteer, error) {
	switch flag {
	case None:
		return nil, nil
	case "":
		dir, err := DefaultDir()
		if err != nil {
			return nil, err
		}
		return Load(dir)
	}
	return Load(flag)
}

// DefaultDir is where scripts/gazetteer/gazetteer.sh puts the units: $HOIGRAPH_GAZETTEER
// when set, else .cache/gazetteer in the working directory or the nearest
// folder above it that has one (a checkout, from any of its packages), else
// beside the running binary's folder (bin/hoigraph of a checkout).
func DefaultDir() (string, error) {
	if d := os.Getenv(EnvDir); d != "" {
		return d, nil
	}
	var tried []string
	try := func(dir string) (string, bool) {
		d := filepath.Join(dir, ".cache", "gazetteer")
		tried = append(tried, d)
		return d, fileExists(filepath.Join(d, Files[0]))
	}
	if wd, err := os.Getwd(); err == nil {
		for dir := wd; ; dir = filepath.Dir(dir) {
			if d, ok := try(dir); ok {
				return d, nil
			}
			if filepath.Dir(dir) == dir {
				break
			}
		}
	}
	if exe, err := os.Executable(); err == nil {
		if d, ok := try(filepath.Dir(filepath.Dir(exe))); ok {
			return d, nil
		}
	}
	return "", errors.New("no gazetteer found (looked for .cache/gazetteer in the working directory, the folders above it " +
		"and beside the binary): run scripts/gazetteer/gazetteer.sh in the checkout, or pass -gazetteer DIR " +
		"(or $" + EnvDir + "), or -gazetteer none to run without official units")
}
