package main

import (
	"fmt"
	"strings"
	"unicode"

	"hoigraph"
	"hoigraph/gazetteer"
)

// Place is an administrative unit an article is about or names.
type Place struct {
	Code     string
	Kind     string // "Xã", "Phường", "Thị trấn", "Đặc khu", "Quận", "Huyện", "Thị xã", "Thành phố", "Tỉnh"
	Base     string // "Mã Thành", or "3" for Quận 3
	Level    hoigraph.AreaLevel
	Era      string
	Parent   *Place   // the district (before 2025) or province the unit lies in; nil for a province
	Children []*Place // the communes (or districts) that lie directly in it
}

// Name is the unit's full name with its kind: "Xã Mã Thành", "Quận 3".
func (p *Place) Name() string { return p.Kind + " " + p.Base }

// numbered reports whether the base name is a number (Quận 3): such units
// keep their capitalised kind in every name ("UBND Quận 3").
func (p *Place) numbered() bool {
	for _, r := range p.Base {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return p.Base != ""
}

// Word is the lower-case kind used after a body's name once the place is
// clear from the article: "Hội Nông dân xã", "UBND huyện".
func (p *Place) Word() string { return strings.ToLower(p.Kind) }

// Scoped is the place as it closes a scoped body name: "xã Mã Thành",
// "huyện Hóc Môn", "Quận 3".
func (p *Place) Scoped() string {
	if p.numbered() {
		return p.Name()
	}
	return p.Word() + " " + p.Base
}

// Province is the province the place lies in (itself for a province).
func (p *Place) Province() *Place {
	for p.Parent != nil {
		p = p.Parent
	}
	return p
}

// District is the district a commune lies in before 2025 (nil otherwise).
func (p *Place) District() *Place {
	if p.Level == hoigraph.Commune && p.Parent != nil && p.Parent.Level == hoigraph.District {
		return p.Parent
	}
	return nil
}

// committeeWord is the Party committee of a district or province: Quận ủy,
// Huyện ủy, Thị ủy, Thành ủy, Tỉnh ủy; "Đảng ủy" for a commune.
func (p *Place) committeeWord() string {
	switch {
	case p.Level == hoigraph.Commune:
		return "Đảng ủy"
	case p.Kind == "Quận":
		return "Quận ủy"
	case p.Kind == "Huyện":
		return "Huyện ủy"
	case p.Kind == "Thị xã":
		return "Thị ủy"
	case p.Kind == "Thành phố":
		return "Thành ủy"
	default:
		return "Tỉnh ủy"
	}
}

// Committee is the canonical name of the place's Party committee: "Đảng ủy
// xã Mã Thành", "Huyện ủy Hóc Môn", "Quận ủy Quận 3", "Tỉnh ủy Đồng Tháp".
func (p *Place) Committee() string {
	if p.Level == hoigraph.Commune {
		return "Đảng ủy " + p.Scoped()
	}
	if p.numbered() {
		return p.committeeWord() + " " + p.Name()
	}
	return p.committeeWord() + " " + p.Base
}

// CommitteeShort is how an article about the place names its committee:
// "Huyện ủy", "Đảng ủy xã".
func (p *Place) CommitteeShort() string {
	if p.Level == hoigraph.Commune {
		return "Đảng ủy " + p.Word()
	}
	return p.committeeWord()
}

// MemberWord is the one-word membership of the committee: "Tỉnh ủy viên",
// "Huyện ủy viên", "Đảng ủy viên".
func (p *Place) MemberWord() string { return p.committeeWord() + " viên" }

// youthWord is the name of the place's Youth Union: "Huyện Đoàn", "Quận
// Đoàn", "Thị Đoàn", "Thành Đoàn", "Tỉnh Đoàn"; "" for a commune, whose union
// is "Đoàn Thanh niên xã …".
func (p *Place) youthWord() string {
	switch {
	case p.Level == hoigraph.Commune:
		return ""
	case p.Kind == "Tỉnh":
		return "Tỉnh Đoàn"
	default:
		return strings.TrimSuffix(p.committeeWord(), " ủy") + " Đoàn"
	}
}

// urbanPilot reports whether the place had no People's Council (HĐND) before
// July 2025: quận and phường of Hà Nội, Đà Nẵng and Thành phố Hồ Chí Minh ran
// the urban-government pilot.
func (p *Place) urbanPilot() bool {
	if p.Era != gazetteer.EraBefore2025 || (p.Kind != "Quận" && p.Kind != "Phường") {
		return false
	}
	switch p.Province().Code {
	case "01", "48", "79":
		return true
	}
	return false
}

// rural reports whether the place has a Farmers' Union (Hội Nông dân).
func (p *Place) rural() bool {
	switch p.Kind {
	case "Quận", "Phường":
		return false
	}
	return true
}

// placeSet holds the units articles are written about, by role.
type placeSet struct {
	communes2025   []*Place // communes of the 2025 structure
	communesBefore []*Place // communes of the old structure (with a district)
	districts      []*Place // districts of the old structure with at least four communes
	provinces2025  []*Place // provinces of the 2025 structure with at least three communes
	all            int
}

func (s *placeSet) add(p *Place) {
	s.all++
	switch {
	case p.Level == hoigraph.Commune && p.Era == gazetteer.EraFrom2025:
		s.communes2025 = append(s.communes2025, p)
	case p.Level == hoigraph.Commune:
		s.communesBefore = append(s.communesBefore, p)
	}
}

func (s *placeSet) finish(units []*Place) error {
	for _, p := range units {
		switch {
		case p.Level == hoigraph.District && len(p.Children) >= 4:
			s.districts = append(s.districts, p)
		case p.Level == hoigraph.Province && p.Era == gazetteer.EraFrom2025 && len(p.Children) >= 3:
			s.provinces2025 = append(s.provinces2025, p)
		}
	}
	if len(s.communes2025) == 0 || len(s.communesBefore) == 0 || len(s.districts) == 0 || len(s.provinces2025) == 0 {
		return fmt.Errorf("places: need communes of both eras, districts with four communes and 2025 provinces; got %d, %d, %d, %d",
			len(s.communes2025), len(s.communesBefore), len(s.districts), len(s.provinces2025))
	}
	return nil
}

// placesFromGazetteer builds the place set from every unit of g. Communes
// whose name is a number (Phường 5) are left out: their names are only
// unique together with their district, which the templates do not write.
func placesFromGazetteer(g *gazetteer.Gazetteer) (*placeSet, error) {
	byKey := map[string]*Place{}
	var order []*Place
	for _, u := range g.Units() {
		p := &Place{Code: u.Code, Kind: u.Kind, Base: u.BaseName, Level: u.Level, Era: u.Era}
		if p.Kind == "" || (p.Level == hoigraph.Commune && p.numbered()) {
			continue
		}
		byKey[u.Era+"/"+u.Code] = p
		order = append(order, p)
		if parent, ok := g.Parent(u); ok {
			if pp := byKey[parent.Era+"/"+parent.Code]; pp != nil {
				p.Parent = pp
				pp.Children = append(pp.Children, p)
			}
		}
	}
	s := &placeSet{}
	for _, p := range order {
		if p.Level != hoigraph.Commune || p.Parent != nil {
			s.add(p)
		}
	}
	return s, s.finish(order)
}

// builtinUnits is a small excerpt of the official lists (codes are the GSO's)
// so that gencorpus runs without the gazetteer files: "era|province
// code|province|district code|district|code:commune,…"; 2025 lines have no
// district.
var builtinUnits = []string{
	"before-2025-07|79|Thành phố Hồ Chí Minh|767|Quận Tân Phú|27010:Phường Tân Sơn Nhì,27013:Phường Tây Thạnh,27016:Phường Sơn Kỳ,27019:Phường Tân Quý,27022:Phường Tân Thành,27025:Phường Phú Thọ Hòa,27028:Phường Phú Thạnh",
	"before-2025-07|79|Thành phố Hồ Chí Minh|784|Huyện Hóc Môn|27559:Thị trấn Hóc Môn,27562:Xã Tân Hiệp,27565:Xã Nhị Bình,27568:Xã Đông Thạnh,27571:Xã Tân Thới Nhì,27574:Xã Thới Tam Thôn,27577:Xã Xuân Thới Sơn",
	"before-2025-07|42|Tỉnh Hà Tĩnh|436|Thành phố Hà Tĩnh|18073:Phường Nam Hà,18077:Phường Bắc Hà,18079:Phường Tân Giang,18082:Phường Đại Nài,18085:Phường Hà Huy Tập,18094:Phường Trần Phú",
	"before-2025-07|42|Tỉnh Hà Tĩnh|437|Thị xã Hồng Lĩnh|18115:Phường Bắc Hồng,18118:Phường Nam Hồng,18121:Phường Trung Lương,18124:Phường Đức Thuận,18127:Phường Đậu Liêu,18130:Xã Thuận Lộc",
	"before-2025-07|42|Tỉnh Hà Tĩnh|440|Huyện Đức Thọ|18229:Thị trấn Đức Thọ,18235:Xã Quang Vĩnh,18241:Xã Tùng Châu,18244:Xã Trường Sơn,18247:Xã Liên Minh,18253:Xã Yên Hồ",
	"before-2025-07|40|Tỉnh Nghệ An|426|Huyện Yên Thành|17506:Thị trấn Hoa Thành,17509:Xã Mã Thành,17510:Xã Tiến Thành,17512:Xã Lăng Thành,17515:Xã Tân Thành,17518:Xã Đức Thành",
	"before-2025-07|44|Tỉnh Quảng Bình|458|Thị xã Ba Đồn|19009:Phường Ba Đồn,19060:Phường Quảng Long,19066:Phường Quảng Thọ,19069:Xã Quảng Tiên,19075:Xã Quảng Trung,19078:Phường Quảng Phong",
	"before-2025-07|48|Thành phố Đà Nẵng|492|Quận Hải Châu|20227:Phường Thanh Bình,20230:Phường Thuận Phước,20233:Phường Thạch Thang,20236:Phường Hải Châu,20242:Phường Phước Ninh,20245:Phường Hòa Thuận Tây,20254:Phường Bình Thuận,20257:Phường Hòa Cường Bắc",
	"before-2025-07|83|Tỉnh Bến Tre|834|Huyện Giồng Trôm|28984:Thị trấn Giồng Trôm,28987:Xã Phong Nẫm,28993:Xã Mỹ Thạnh,28996:Xã Châu Hòa,28999:Xã Lương Hòa,29002:Xã Lương Quới,29005:Xã Lương Phú",
	"before-2025-07|87|Tỉnh Đồng Tháp|875|Huyện Lấp Vò|30169:Thị trấn Lấp Vò,30172:Xã Mỹ An Hưng A,30175:Xã Tân Mỹ,30178:Xã Mỹ An Hưng B,30181:Xã Tân Khánh Trung,30187:Xã Vĩnh Thạnh",
	"from-2025-07|79|Thành phố Hồ Chí Minh|||26737:Phường Tân Định,26743:Phường Bến Thành,26944:Phường Gia Định,27031:Phường Tân Phú,27097:Phường Bình Trưng,27559:Xã Hóc Môn,27592:Xã Bà Điểm",
	"from-2025-07|82|Tỉnh Đồng Tháp|||29869:Phường Cao Lãnh,30037:Xã Tháp Mười,30046:Xã Trường Xuân,30055:Xã Mỹ Quí,30169:Xã Lấp Vò",
	"from-2025-07|42|Tỉnh Hà Tĩnh|||18073:Phường Thành Sen,18100:Phường Trần Phú,18115:Phường Bắc Hồng Lĩnh,18118:Phường Nam Hồng Lĩnh,18133:Xã Hương Sơn",
}

// splitKind splits "Thị trấn Hóc Môn" into its kind and base name.
func splitKind(full string) (kind, base string) {
	for _, k := range []string{"Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Tỉnh", "Quận", "Huyện", "Phường", "Xã"} {
		if strings.HasPrefix(full, k+" ") {
			return k, strings.TrimPrefix(full, k+" ")
		}
	}
	return "", full
}

// builtinPlaces parses builtinUnits.
func builtinPlaces() (*placeSet, error) {
	provinces := map[string]*Place{}
	var order []*Place
	unit := func(era, code, full string, level hoigraph.AreaLevel, parent *Place) *Place {
		kind, base := splitKind(full)
		p := &Place{Code: code, Kind: kind, Base: base, Level: level, Era: era, Parent: parent}
		if parent != nil {
			parent.Children = append(parent.Children, p)
		}
		order = append(order, p)
		return p
	}
	for i, line := range builtinUnits {
		f := strings.Split(line, "|")
		if len(f) != 6 {
			return nil, fmt.Errorf("builtin unit line %d: want 6 fields, got %d", i+1, len(f))
		}
		era := f[0]
		prov := provinces[era+"/"+f[1]]
		if prov == nil {
			prov = unit(era, f[1], f[2], hoigraph.Province, nil)
			provinces[era+"/"+f[1]] = prov
		}
		parent := prov
		if f[3] != "" {
			parent = unit(era, f[3], f[4], hoigraph.District, prov)
		}
		for _, c := range strings.Split(f[5], ",") {
			code, name, ok := strings.Cut(c, ":")
			if !ok {
				return nil, fmt.Errorf("builtin unit line %d: %q is not code:name", i+1, c)
			}
			unit(era, code, name, hoigraph.Commune, parent)
		}
	}
	s := &placeSet{}
	for _, p := range order {
		s.add(p)
	}
	return s, s.finish(order)
}
