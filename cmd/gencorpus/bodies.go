package main

import (
	"strings"

	"hoigraph"
)

// Body is an organisation as one article names it: its canonical scoped
// name (the gold's), how running text writes it once the place is clear,
// and the other spellings a reader would accept.
type Body struct {
	Key     string // catalogue key: "bdv", "hkh", "dct3"
	Place   *Place
	Name    string // canonical: "Ban Dân vận Huyện ủy Hóc Môn"
	Type    hoigraph.OrgType
	Short   string   // running text: "Ban Dân vận Huyện ủy", "Hội Khuyến học huyện"
	Bare    string   // in a list after the place is clear: "Hội Khuyến học"; "" when never bare
	Aliases []string // other scoped spellings
}

// committeeBoards are the boards and standing bodies of a Party committee.
var committeeBoards = map[string]string{
	"btv": "Ban Thường vụ", "tt": "Thường trực", "bto": "Ban Tổ chức", "btg": "Ban Tuyên giáo",
	"bdv": "Ban Dân vận", "btgdv": "Ban Tuyên giáo và Dân vận", "bxdd": "Ban Xây dựng Đảng",
	"ubkt": "Ủy ban Kiểm tra", "vp": "Văn phòng",
}

// association is a mass association (hội quần chúng) and the lowest level it
// exists at.
type association struct {
	key, name, abbr string // abbr: the abbreviated form articles use, or ""
	communes        bool   // also exists in communes
	alt             string // another full name readers use, or ""
}

// associations are the mass associations of the templates' responsibility
// lists and congresses.
var associations = []association{
	{"hkh", "Hội Khuyến học", "", true, ""},
	{"nct", "Hội Người cao tuổi", "", true, ""},
	{"ctd", "Hội Chữ thập đỏ", "", true, ""},
	{"hcgc", "Hội Cựu giáo chức", "", true, ""},
	{"clbht", "Câu lạc bộ Hưu trí", "CLB Hưu trí", true, ""},
	{"tnxp", "Hội Cựu Thanh niên xung phong", "Hội Cựu TNXP", true, ""},
	{"dc", "Hội Nạn nhân chất độc da cam/dioxin", "", true, "Hội Nạn nhân chất độc da cam"},
	{"hdy", "Hội Đông y", "", true, ""},
	{"lhtn", "Hội Liên hiệp Thanh niên Việt Nam", "Hội LHTN Việt Nam", true, ""},
	{"hlg", "Hội Luật gia", "", false, ""},
	{"hnm", "Hội Người mù", "", false, ""},
	{"hbt", "Hội Bảo trợ người khuyết tật và trẻ mồ côi", "", false, ""},
	{"hsvc", "Hội Sinh vật cảnh", "", false, ""},
	{"hlv", "Hội Làm vườn", "", false, ""},
	{"bll", "Ban liên lạc Cựu tù chính trị và tù binh", "", false, "Ban liên lạc Cựu tù chính trị - tù binh"},
	{"clbtt", "Câu lạc bộ Truyền thống kháng chiến", "CLB Truyền thống kháng chiến", false, ""},
	{"hdn", "Hội Doanh nghiệp", "", false, ""},
}

// associationsAt returns the associations that exist at place p.
func associationsAt(p *Place) []association {
	var out []association
	for _, a := range associations {
		if a.communes || p.Level != hoigraph.Commune {
			out = append(out, a)
		}
	}
	return out
}

// scopedForms returns name closed by the place in its usual spellings: the
// canonical "X huyện Hóc Môn" first, then "X Hóc Môn".
func scopedForms(name string, p *Place) []string {
	forms := []string{name + " " + p.Scoped()}
	if !p.numbered() {
		forms = append(forms, name+" "+p.Base)
	}
	return forms
}

// bodyOf returns the body key of place p. Keys name boards of the place's
// committee (committeeBoards), the committee itself ("cu"), state and front
// bodies, socio-political organisations, associations and their Ban Chấp
// hành, Ban Kiểm tra and Ban Thường vụ ("bch-hkh", "bkt-hkh", "btvh-hkh"),
// and working delegations of a province's committee ("dct" + number).
func bodyOf(key string, p *Place) Body {
	b := Body{Key: key, Place: p}
	simple := func(name, short string, t hoigraph.OrgType, extra ...string) {
		forms := scopedForms(name, p)
		b.Name, b.Type, b.Short, b.Aliases = forms[0], t, short+" "+p.Word(), append(forms[1:], extra...)
	}
	if board, ok := committeeBoards[key]; ok {
		b.Name = board + " " + p.Committee()
		b.Type = hoigraph.PartyBoard
		b.Short = board + " " + p.CommitteeShort()
		b.Bare = board
		if p.Level == hoigraph.Commune {
			b.Aliases = []string{board + " " + p.committeeWord() + " " + p.Base}
		} else if !p.numbered() && strings.HasPrefix(board, "Ban ") && key != "btv" {
			b.Aliases = []string{board + " " + p.Base} // "Ban Dân vận Hóc Môn"
		}
		if key == "btv" {
			b.Aliases = append(b.Aliases, "BTV "+p.Committee())
		}
		return b
	}
	for _, sub := range []string{"Ban Chấp hành", "Ban Kiểm tra", "Ban Thường vụ"} {
		prefix := map[string]string{"Ban Chấp hành": "bch-", "Ban Kiểm tra": "bkt-", "Ban Thường vụ": "btvh-"}[sub]
		if a, ok := strings.CutPrefix(key, prefix); ok {
			of := bodyOf(a, p)
			b.Name, b.Type, b.Short = sub+" "+of.Name, of.Type, sub+" "+of.Short
			for _, al := range of.Aliases {
				b.Aliases = append(b.Aliases, sub+" "+al)
			}
			return b
		}
	}
	if n, ok := strings.CutPrefix(key, "dct"); ok {
		pc := p.Province()
		b.Place = pc
		b.Name = "Đoàn công tác số " + n + " của " + pc.Committee()
		b.Type = hoigraph.OtherOrg
		b.Short = "Đoàn công tác số " + n + " của " + pc.CommitteeShort()
		b.Aliases = []string{"Đoàn công tác số " + n + " " + pc.Committee()}
		return b
	}
	for _, a := range associations {
		if a.key == key {
			var extra []string
			if a.abbr != "" {
				extra = append(extra, a.abbr+" "+p.Scoped())
			}
			if a.alt != "" {
				extra = append(extra, a.alt+" "+p.Scoped())
			}
			simple(a.name, a.name, hoigraph.Association, extra...)
			b.Bare = a.name
			if a.abbr != "" {
				b.Bare = a.abbr
			}
			return b
		}
	}
	switch key {
	case "cu":
		b.Name, b.Type, b.Short = p.Committee(), hoigraph.PartyCommittee, p.CommitteeShort()
		if p.Level == hoigraph.Commune {
			b.Aliases = []string{"Đảng ủy " + p.Base, "Đảng bộ " + p.Scoped()}
		} else {
			b.Aliases = []string{p.committeeWord() + " " + p.Scoped()}
		}
	case "dcq":
		simple("Đảng ủy Cơ quan chính quyền", "Đảng ủy Cơ quan chính quyền", hoigraph.PartyCommittee)
	case "ddt":
		simple("Đảng ủy Cơ quan Đảng - Đoàn thể", "Đảng ủy Cơ quan Đảng - Đoàn thể", hoigraph.PartyCommittee,
			"Đảng ủy Cơ quan Đảng, Đoàn thể "+p.Scoped())
	case "hdnd":
		simple("HĐND", "HĐND", hoigraph.Government, "Hội đồng nhân dân "+p.Scoped())
	case "ubnd":
		simple("UBND", "UBND", hoigraph.Government, "Ủy ban nhân dân "+p.Scoped())
	case "mttq":
		simple("Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ Việt Nam", hoigraph.Front,
			"Ủy ban MTTQ Việt Nam "+p.Scoped(), "Ủy ban MTTQ "+p.Scoped(), "UBMTTQ "+p.Scoped(),
			"MTTQ "+p.Scoped(), "Mặt trận Tổ quốc "+p.Scoped())
	case "btt":
		simple("Ban Thường trực Ủy ban Mặt trận Tổ quốc", "Ban Thường trực Ủy ban MTTQ Việt Nam", hoigraph.Front,
			"Ban Thường trực Ủy ban MTTQ Việt Nam "+p.Scoped(), "Ban Thường trực Ủy ban MTTQ "+p.Scoped(),
			"Thường trực Ủy ban Mặt trận Tổ quốc "+p.Scoped())
	case "hnd":
		simple("Hội Nông dân", "Hội Nông dân", hoigraph.SocioPolitical)
	case "lhpn":
		simple("Hội Liên hiệp Phụ nữ", "Hội LHPN", hoigraph.SocioPolitical, "Hội LHPN "+p.Scoped())
	case "ccb":
		simple("Hội Cựu chiến binh", "Hội CCB", hoigraph.SocioPolitical, "Hội CCB "+p.Scoped())
	case "ldld":
		simple("Liên đoàn Lao động", "Liên đoàn Lao động", hoigraph.SocioPolitical)
	case "doan", "btvdoan":
		if p.Level == hoigraph.Commune {
			simple("Đoàn Thanh niên", "Đoàn", hoigraph.SocioPolitical,
				"Đoàn "+p.Scoped(), "Đoàn TNCS Hồ Chí Minh "+p.Scoped())
		} else {
			b.Type, b.Short = hoigraph.SocioPolitical, p.youthWord()
			b.Name = p.youthWord() + " " + p.Base
			b.Aliases = []string{"Đoàn Thanh niên " + p.Scoped()}
		}
		if key == "btvdoan" {
			b.Name, b.Short = "Ban Thường vụ "+b.Name, "Ban Thường vụ "+b.Short
			for i, a := range b.Aliases {
				b.Aliases[i] = "Ban Thường vụ " + a
			}
		}
	case "bchqs":
		simple("Ban Chỉ huy Quân sự", "Ban Chỉ huy Quân sự", hoigraph.Government)
	default:
		panic("gencorpus: unknown body key " + key)
	}
	return b
}
