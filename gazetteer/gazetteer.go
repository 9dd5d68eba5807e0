// Package gazetteer reads the official lists of Vietnam's administrative
// units (General Statistics Office codes) from files it is given, and finds
// units by name. Two eras are kept side by side: until 30 June 2025 provinces
// held districts that held communes; from 1 July 2025 provinces hold communes
// directly. Names repeat across the country (two "Phường Tân Giang"), so a
// lookup returns every candidate and callers narrow them with context.
//
// The lists are not shipped with hoigraph: the current official list is
// published by the General Statistics Office (danhmuchanhchinh.gso.gov.vn) and
// mirrored as JSON by the MIT-licensed "vietnamese-provinces-database".
package gazetteer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"hoigraph"
	"hoigraph/vntext"
)

// The eras of the administrative structure.
const (
	EraBefore2025 = "before-2025-07" // province → district → commune
	EraFrom2025   = "from-2025-07"   // province → commune
)

// Files are the names Load looks for in a folder.
var Files = []string{"units-before-2025-07.json", "units-from-2025-07.json"}

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
	units  []Unit
	byKey  map[string]int   // era + "/" + code → index in units
	byName map[string][]int // folded full name and folded base name → indexes
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
	g := &Gazetteer{byKey: map[string]int{}, byName: map[string][]int{}}
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
	}
	return g, nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// rawUnit covers both files' shapes: before 2025 provinces have District and
// districts have Ward; from 2025 provinces have Wards.
type rawUnit struct {
	Code     string    `json:"Code"`
	FullName string    `json:"FullName"`
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
	if kind != "" && name[:len(kind)] != kind { // "xã Foo" → "Xã Foo"
		name = kind + name[len(kind):]
	}
	u := Unit{Code: r.Code, Name: name, Kind: kind, BaseName: base, Level: level,
		ParentCode: parent, ProvinceCode: province, Era: era}
	key := era + "/" + r.Code
	if _, dup := g.byKey[key]; dup {
		return
	}
	g.byKey[key] = len(g.units)
	for _, k := range uniqueKeys(vntext.Fold(name), vntext.Fold(base)) {
		g.byName[k] = append(g.byName[k], len(g.units))
	}
	g.units = append(g.units, u)
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

// Lookup returns the units whose name is name, given with or without its
// kind ("phường Tân Giang", "Tân Giang", "TP Hồ Chí Minh"), ignoring case,
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
	for _, i := range idx {
		out = append(out, g.units[i])
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
