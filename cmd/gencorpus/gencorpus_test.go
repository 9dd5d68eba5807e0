package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"hoigraph"
	"hoigraph/gazetteer"
	"hoigraph/vntext"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the generator")

// decode reads an article back to NFC text whatever way it was written: the
// inverse of Encode, plus HTML tags and entities removed.
func decode(t *testing.T, b []byte) string {
	t.Helper()
	var s string
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			t.Fatalf("decode UTF-16: %v", err)
		}
		s = string(out)
	case utf8.Valid(b):
		s = string(b)
	default:
		out, err := charmap.Windows1258.NewDecoder().Bytes(b)
		if err != nil {
			t.Fatalf("decode Windows-1258: %v", err)
		}
		s = string(out)
	}
	s = norm.NFC.String(s)
	s = strings.NewReplacer("\r\n", "\n", "\u00a0", " ").Replace(s)
	if strings.Contains(s, "<html") {
		s = html.UnescapeString(regexp.MustCompile(`<[^>]+>`).ReplaceAllString(s, " "))
		s = strings.ReplaceAll(s, "\u00a0", " ")
	}
	return s
}

func TestEncodeRoundTrip(t *testing.T) {
	const text = "Đồng chí Nguyễn Thị Hường, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy – “Dân vận khéo”…\nHội Khuyến học: 15 ủy viên"
	tests := []struct {
		enc    Encoding
		prefix []byte // what the bytes must start with
	}{
		{UTF8, []byte("Đồng")},
		{CP1258, []byte{0xD0, 0xF4, 0xCC, 'n', 'g'}}, // Đ, ô + combining grave, n, g
		{UTF16LE, []byte{0xFF, 0xFE, 0x10, 0x01}},    // BOM, Đ
		{NFDCRLF, []byte("Đo\u0302\u0300ng")},
	}
	for _, tt := range tests {
		t.Run(string(tt.enc), func(t *testing.T) {
			b, err := Encode(text, tt.enc)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(b, tt.prefix) {
				t.Errorf("starts % x, want % x", b[:min(len(b), 8)], tt.prefix)
			}
			if got := decode(t, b); got != text {
				t.Errorf("round trip:\n got %q\nwant %q", got, text)
			}
			if tt.enc == NFDCRLF {
				if !bytes.Contains(b, []byte("\r\n")) || !bytes.Contains(b, []byte(",\u00a0")) || norm.NFC.IsNormal(b) {
					t.Errorf("want CRLF, no-break spaces and decomposed text, got %q", b[:40])
				}
			}
		})
	}
	if _, err := ParseEncoding("latin-1"); err == nil {
		t.Error("ParseEncoding accepted an unknown encoding")
	}
}

// TestExampleArticlesMatchSources checks the re-encoded sample articles
// against their UTF-8 sources, as examples/README.md regenerates them.
func TestExampleArticlesMatchSources(t *testing.T) {
	encs := map[string]Encoding{
		"101_ma-thanh-hoi-nong-dan.txt":         CP1258,
		"103_dai-hoi-chu-thap-do-thai-thuy.txt": NFDCRLF,
		"104_ba-don-cong-tac-can-bo.txt":        UTF16LE,
	}
	for name, enc := range encs {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "examples-src", name))
			if err != nil {
				t.Fatal(err)
			}
			want, err := Encode(string(src), enc)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join("..", "..", "examples", "articles", name))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("examples/articles/%s is not testdata/examples-src/%s in %s; regenerate it (examples/README.md)", name, name, enc)
			}
		})
	}
}

// checkGold asserts what every gold file must satisfy: it parses, its ids are
// unique, every fact refers to bodies it defines, every person and area is in
// the article's text.
func checkGold(t *testing.T, goldJSON []byte, text string) *Gold {
	t.Helper()
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(goldJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("gold does not parse: %v", err)
	}
	ids := map[string]bool{}
	for _, o := range g.Orgs {
		if ids[o.ID] {
			t.Errorf("%s: id %s defined twice", g.Doc, o.ID)
		}
		ids[o.ID] = true
		if !hoigraph.OrgType(o.Type).Valid() {
			t.Errorf("%s: %s has type %q", g.Doc, o.ID, o.Type)
		}
		if o.Name == "" || o.Aliases == nil {
			t.Errorf("%s: %s has no name or a null alias list", g.Doc, o.ID)
		}
	}
	for _, hs := range [][][3]string{g.Holds, g.OptionalHolds} {
		for _, h := range hs {
			if !ids[h[2]] {
				t.Errorf("%s: hold %v names undefined body %s", g.Doc, h, h[2])
			}
			if !strings.Contains(text, h[0]) {
				t.Errorf("%s: holder %s is not in the text", g.Doc, h[0])
			}
		}
	}
	for _, rs := range [][][2]string{g.ResponsibleFor, g.OptionalResponsibleFor} {
		for _, r := range rs {
			for _, end := range r {
				switch {
				case ids[end]:
				case strings.HasPrefix(end, "area:"):
					// "các xã A, B và C" names xã B by its base name only
					if _, base := splitKind(capital(strings.TrimPrefix(end, "area:"))); !strings.Contains(text, base) {
						t.Errorf("%s: %s is not in the text", g.Doc, end)
					}
				case strings.Contains(text, end):
				default:
					t.Errorf("%s: responsible_for %v: %q is neither a body id, an area nor a person in the text", g.Doc, r, end)
				}
			}
		}
	}
	return &g
}

func TestExampleGold(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "gold", "*.json"))
	if err != nil || len(files) != 8 {
		t.Fatalf("want 8 example gold files, got %d (%v)", len(files), err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			name := strings.TrimSuffix(filepath.Base(f), ".json")
			raw, err := os.ReadFile(filepath.Join("..", "..", "examples", "articles", name))
			if err != nil {
				t.Fatalf("gold %s has no article: %v", f, err)
			}
			g := checkGold(t, b, decode(t, raw))
			if g.Doc != name {
				t.Errorf("doc is %q, want %q", g.Doc, name)
			}
		})
	}
}

func TestGenerateDeterministic(t *testing.T) {
	ctx := context.Background()
	write := func(seed uint64) string {
		dir := t.TempDir()
		if _, err := run(ctx, config{N: 60, Seed: seed, Out: dir, PeoplePool: 500, CP1258: 0.2, UTF16: 0.2, NFD: 0.2, HTML: 0.2}); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	a, b, c := write(7), write(7), write(8)
	same, differ := 0, 0
	err := filepath.Walk(a, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, path)
		x, _ := os.ReadFile(path)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with seed 7", rel)
		}
		if z, _ := os.ReadFile(filepath.Join(c, rel)); bytes.Equal(x, z) {
			same++
		} else {
			differ++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if same+differ != 120 {
		t.Errorf("want 60 articles and 60 gold files, got %d files", same+differ)
	}
	if differ < 100 {
		t.Errorf("seed 8 repeats %d of seed 7's files", same)
	}
}

// TestGeneratedGoldMatchesText generates articles from the built-in places
// and from the full gazetteer, in every encoding and style, and checks each
// gold file against its decoded article; areas must be real units.
func TestGeneratedGoldMatchesText(t *testing.T) {
	g, err := gazetteer.Open("")
	if err != nil {
		t.Fatal(err)
	}
	full, err := placesFromGazetteer(g)
	if err != nil {
		t.Fatal(err)
	}
	units := map[string]bool{} // folded full names of every unit
	for _, u := range g.Units() {
		units[vntext.Fold(u.Name)] = true
	}
	builtin, err := builtinPlaces()
	if err != nil {
		t.Fatal(err)
	}
	for name, ps := range map[string]*placeSet{"builtin": builtin, "gazetteer": full} {
		t.Run(name, func(t *testing.T) {
			cfg := config{Seed: 3, PeoplePool: 2000, CP1258: 0.15, UTF16: 0.15, NFD: 0.15, HTML: 0.2}
			seen := map[string]bool{}
			for i := 1; i <= 400; i++ {
				a, err := generate(cfg, ps, i)
				if err != nil {
					t.Fatal(err)
				}
				seen[a.Template] = true
				seen[a.Style] = true
				seen[string(a.Encoding)] = true
				text := decode(t, a.Bytes)
				gold := checkGold(t, a.GoldJSON, text)
				if gold.Doc != fmt.Sprintf("%06d.txt", i) {
					t.Errorf("gold doc %q for article %d", gold.Doc, i)
				}
				if n := len(text); n < 1800 || n > 9000 {
					t.Errorf("%s: %d bytes of text", gold.Doc, n)
				}
				if len(gold.Holds) == 0 {
					t.Errorf("%s (%s): no holds", gold.Doc, a.Template)
				}
				for _, r := range append(gold.ResponsibleFor, gold.OptionalResponsibleFor...) {
					if a, ok := strings.CutPrefix(r[1], "area:"); ok && !units[vntext.Fold(a)] {
						t.Errorf("%s: area %q is not in the gazetteer", gold.Doc, a)
					}
				}
			}
			for _, want := range []string{"directive-17", "congress", "personnel", "delegation", "front-meeting",
				"standing-assignments", "standing-meeting", "commune-associations-2025",
				styleThanhuy, stylePortal, styleLiferay, styleShort, styleHTML,
				string(UTF8), string(CP1258), string(UTF16LE), string(NFDCRLF)} {
				if !seen[want] {
					t.Errorf("400 articles never used %s", want)
				}
			}
		})
	}
}

// TestGolden pins three articles and their gold from the built-in places:
// a change to a template shows up here. go test -update rewrites them.
func TestGolden(t *testing.T) {
	ps, err := builtinPlaces()
	if err != nil {
		t.Fatal(err)
	}
	cfg := config{Seed: 1, HTML: 0.1, CP1258: 0, UTF16: 0, NFD: 0}
	for i := 1; i <= 3; i++ {
		a, err := generate(cfg, ps, i)
		if err != nil {
			t.Fatal(err)
		}
		for name, got := range map[string][]byte{a.Gold.Doc: a.Bytes, a.Gold.Doc + ".json": a.GoldJSON} {
			path := filepath.Join("testdata", "golden", name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update once)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s changed; if intended, go test ./cmd/gencorpus -run TestGolden -update", path)
			}
		}
	}
}

func testPlaces() (commune, district, province, ward2025, province2025, quan3 *Place) {
	province = &Place{Code: "40", Kind: "Tỉnh", Base: "Nghệ An", Level: hoigraph.Province, Era: gazetteer.EraBefore2025}
	district = &Place{Code: "426", Kind: "Huyện", Base: "Yên Thành", Level: hoigraph.District, Era: gazetteer.EraBefore2025, Parent: province}
	commune = &Place{Code: "17509", Kind: "Xã", Base: "Mã Thành", Level: hoigraph.Commune, Era: gazetteer.EraBefore2025, Parent: district}
	province2025 = &Place{Code: "79", Kind: "Thành phố", Base: "Hồ Chí Minh", Level: hoigraph.Province, Era: gazetteer.EraFrom2025}
	ward2025 = &Place{Code: "27097", Kind: "Phường", Base: "Bình Trưng", Level: hoigraph.Commune, Era: gazetteer.EraFrom2025, Parent: province2025}
	hcm := &Place{Code: "79", Kind: "Thành phố", Base: "Hồ Chí Minh", Level: hoigraph.Province, Era: gazetteer.EraBefore2025}
	quan3 = &Place{Code: "770", Kind: "Quận", Base: "3", Level: hoigraph.District, Era: gazetteer.EraBefore2025, Parent: hcm}
	return
}

func TestPlaceNames(t *testing.T) {
	commune, district, province, ward, _, quan3 := testPlaces()
	tests := []struct {
		p                                           *Place
		scoped, committee, short, member, youth, wh string
	}{
		{commune, "xã Mã Thành", "Đảng ủy xã Mã Thành", "Đảng ủy xã", "Đảng ủy viên", "", ", huyện Yên Thành, tỉnh Nghệ An"},
		{district, "huyện Yên Thành", "Huyện ủy Yên Thành", "Huyện ủy", "Huyện ủy viên", "Huyện Đoàn", " (tỉnh Nghệ An)"},
		{province, "tỉnh Nghệ An", "Tỉnh ủy Nghệ An", "Tỉnh ủy", "Tỉnh ủy viên", "Tỉnh Đoàn", " (tỉnh Nghệ An)"},
		{ward, "phường Bình Trưng", "Đảng ủy phường Bình Trưng", "Đảng ủy phường", "Đảng ủy viên", "", " (thành phố Hồ Chí Minh)"},
		{quan3, "Quận 3", "Quận ủy Quận 3", "Quận ủy", "Quận ủy viên", "Quận Đoàn", " (thành phố Hồ Chí Minh)"},
		{ward.Parent, "thành phố Hồ Chí Minh", "Thành ủy Hồ Chí Minh", "Thành ủy", "Thành ủy viên", "Thành Đoàn", " (thành phố Hồ Chí Minh)"},
	}
	for _, tt := range tests {
		t.Run(tt.p.Name(), func(t *testing.T) {
			got := []string{tt.p.Scoped(), tt.p.Committee(), tt.p.CommitteeShort(), tt.p.MemberWord(), tt.p.youthWord(), where(tt.p)}
			want := []string{tt.scoped, tt.committee, tt.short, tt.member, tt.youth, tt.wh}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("got %q, want %q", got[i], want[i])
				}
			}
		})
	}
	if !quan3.urbanPilot() || district.urbanPilot() || ward.urbanPilot() {
		t.Error("urbanPilot: only quận and phường of Hà Nội, Đà Nẵng, TP.HCM before 2025")
	}
}

func TestBodyOf(t *testing.T) {
	commune, district, _, ward, prov2025, quan3 := testPlaces()
	tests := []struct {
		key         string
		p           *Place
		name, short string
		typ         hoigraph.OrgType
	}{
		{"bdv", district, "Ban Dân vận Huyện ủy Yên Thành", "Ban Dân vận Huyện ủy", hoigraph.PartyBoard},
		{"btv", ward, "Ban Thường vụ Đảng ủy phường Bình Trưng", "Ban Thường vụ Đảng ủy phường", hoigraph.PartyBoard},
		{"bxdd", ward, "Ban Xây dựng Đảng Đảng ủy phường Bình Trưng", "Ban Xây dựng Đảng Đảng ủy phường", hoigraph.PartyBoard},
		{"btgdv", prov2025, "Ban Tuyên giáo và Dân vận Thành ủy Hồ Chí Minh", "Ban Tuyên giáo và Dân vận Thành ủy", hoigraph.PartyBoard},
		{"cu", commune, "Đảng ủy xã Mã Thành", "Đảng ủy xã", hoigraph.PartyCommittee},
		{"mttq", district, "Ủy ban Mặt trận Tổ quốc huyện Yên Thành", "Ủy ban MTTQ Việt Nam huyện", hoigraph.Front},
		{"ubnd", quan3, "UBND Quận 3", "UBND quận", hoigraph.Government},
		{"lhpn", commune, "Hội Liên hiệp Phụ nữ xã Mã Thành", "Hội LHPN xã", hoigraph.SocioPolitical},
		{"doan", commune, "Đoàn Thanh niên xã Mã Thành", "Đoàn xã", hoigraph.SocioPolitical},
		{"btvdoan", quan3, "Ban Thường vụ Quận Đoàn 3", "Ban Thường vụ Quận Đoàn", hoigraph.SocioPolitical},
		{"hkh", district, "Hội Khuyến học huyện Yên Thành", "Hội Khuyến học huyện", hoigraph.Association},
		{"clbht", quan3, "Câu lạc bộ Hưu trí Quận 3", "Câu lạc bộ Hưu trí quận", hoigraph.Association},
		{"bkt-ctd", district, "Ban Kiểm tra Hội Chữ thập đỏ huyện Yên Thành", "Ban Kiểm tra Hội Chữ thập đỏ huyện", hoigraph.Association},
		{"dct3", commune, "Đoàn công tác số 3 của Tỉnh ủy Nghệ An", "Đoàn công tác số 3 của Tỉnh ủy", hoigraph.OtherOrg},
		{"dcq", district, "Đảng ủy Cơ quan chính quyền huyện Yên Thành", "Đảng ủy Cơ quan chính quyền huyện", hoigraph.PartyCommittee},
	}
	for _, tt := range tests {
		t.Run(tt.key+" "+tt.p.Name(), func(t *testing.T) {
			b := bodyOf(tt.key, tt.p)
			if b.Name != tt.name || b.Short != tt.short || b.Type != tt.typ {
				t.Errorf("got %q / %q / %s, want %q / %q / %s", b.Name, b.Short, b.Type, tt.name, tt.short, tt.typ)
			}
			for _, a := range b.Aliases {
				if a == b.Name {
					t.Errorf("alias repeats the name %q", a)
				}
			}
		})
	}
}

func TestPosts(t *testing.T) {
	commune, district, province, _, _, _ := testPlaces()
	tests := []struct {
		name      string
		roles     []role
		text      string
		holds     [][2]string // post, body name
		optHolds  [][2]string
		wantOrgCt int
	}{
		{"board after BTV drops the committee",
			[]role{{"Ủy viên", "btv", district}, {"Trưởng ban", "bdv", district}},
			"Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy",
			[][2]string{{"Ủy viên", "Ban Thường vụ Huyện ủy Yên Thành"}, {"Trưởng ban", "Ban Dân vận Huyện ủy Yên Thành"}}, nil, 2},
		{"committee member word",
			[]role{{"Ủy viên", "cu", province}, {"Bí thư", "cu", district}},
			"Tỉnh ủy viên, Bí thư Huyện ủy",
			[][2]string{{"Ủy viên", "Tỉnh ủy Nghệ An"}, {"Bí thư", "Huyện ủy Yên Thành"}},
			[][2]string{{"Tỉnh ủy viên", "Tỉnh ủy Nghệ An"}}, 2},
		{"commune secretary and council",
			[]role{{"Bí thư", "cu", commune}, {"Chủ tịch", "hdnd", commune}},
			"Bí thư Đảng ủy, Chủ tịch HĐND xã",
			[][2]string{{"Bí thư", "Đảng ủy xã Mã Thành"}, {"Chủ tịch", "HĐND xã Mã Thành"}}, nil, 2},
		{"deputy head and office",
			[]role{{"Phó Trưởng ban", "bto", district}, {"Phó Chánh Văn phòng", "vp", district}},
			"Phó Trưởng Ban Tổ chức Huyện ủy, Phó Chánh Văn phòng Huyện ủy",
			[][2]string{{"Phó Trưởng ban", "Ban Tổ chức Huyện ủy Yên Thành"}, {"Phó Chánh Văn phòng", "Văn phòng Huyện ủy Yên Thành"}}, nil, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc("x.txt", rand.New(rand.NewPCG(1, 1)), people{Seed: 1})
			p := d.person(tt.roles...)
			got := d.posts(p, tt.roles...)
			if strings.Contains(got, "BTV") { // the abbreviation the rng may pick
				got = strings.Replace(got, "BTV", "Ban Thường vụ", 1)
			}
			if got != tt.text {
				t.Errorf("text %q, want %q", got, tt.text)
			}
			names := map[string]string{}
			for _, o := range d.gold.Orgs {
				names[o.ID] = o.Name
			}
			check := func(kind string, facts [][3]string, want [][2]string) {
				var have [][2]string
				for _, h := range facts {
					if h[0] != p.Name {
						t.Errorf("%s: holder %q, want %q", kind, h[0], p.Name)
					}
					have = append(have, [2]string{h[1], names[h[2]]})
				}
				if len(have) != len(want) {
					t.Fatalf("%s: %v, want %v", kind, have, want)
				}
				for i := range want {
					if have[i] != want[i] {
						t.Errorf("%s %d: %v, want %v", kind, i, have[i], want[i])
					}
				}
			}
			check("holds", d.gold.Holds, tt.holds)
			check("optional holds", d.gold.OptionalHolds, tt.optHolds)
			if len(d.gold.Orgs) != tt.wantOrgCt {
				t.Errorf("%d bodies recorded, want %d", len(d.gold.Orgs), tt.wantOrgCt)
			}
		})
	}
}

func TestAreas(t *testing.T) {
	_, district, _, _, _, _ := testPlaces()
	mk := func(kind, base string) *Place {
		return &Place{Code: base, Kind: kind, Base: base, Level: hoigraph.Commune, Era: gazetteer.EraBefore2025, Parent: district}
	}
	tests := []struct {
		places []*Place
		text   string
	}{
		{[]*Place{mk("Xã", "Lương Hòa")}, "xã Lương Hòa"},
		{[]*Place{mk("Xã", "Lương Hòa"), mk("Xã", "Lương Phú"), mk("Xã", "Thuận Điền")}, "các xã Lương Hòa, Lương Phú và Thuận Điền"},
		{[]*Place{mk("Xã", "Châu Hòa"), mk("Thị trấn", "Giồng Trôm")}, "xã Châu Hòa và thị trấn Giồng Trôm"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := newDoc("x.txt", rand.New(rand.NewPCG(1, 1)), people{Seed: 1})
			if got := d.areas("Lê Văn A", false, tt.places); got != tt.text {
				t.Errorf("got %q, want %q", got, tt.text)
			}
			if len(d.gold.ResponsibleFor) != len(tt.places) {
				t.Fatalf("recorded %v", d.gold.ResponsibleFor)
			}
			for i, p := range tt.places {
				if want := [2]string{"Lê Văn A", "area:" + p.Scoped()}; d.gold.ResponsibleFor[i] != want {
					t.Errorf("fact %d: %v, want %v", i, d.gold.ResponsibleFor[i], want)
				}
			}
		})
	}
}

func TestSmallHelpers(t *testing.T) {
	tests := []struct{ got, want string }{
		{list(nil), ""},
		{list([]string{"A"}), "A"},
		{list([]string{"A", "B", "C"}), "A, B và C"},
		{thousands(2713911), "2.713.911"},
		{thousands(911), "911"},
		{capital("đồng chí"), "Đồng chí"},
		{site(&Place{Code: "79", Kind: "Thành phố", Base: "Hồ Chí Minh"}), "Thanhuytphcm.vn"},
		{site(&Place{Code: "82", Kind: "Tỉnh", Base: "Đồng Tháp"}), "Tinhuydongthap.vn"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestPeople(t *testing.T) {
	names := map[string]bool{}
	for i := uint64(0); i < 20000; i++ {
		p := personAt(i * 7)
		if len(strings.Fields(p.Name)) < 3 {
			t.Fatalf("person %d: %q is not family, middle, given", i, p.Name)
		}
		if strings.Contains(p.Name, " Thị ") && !p.Female {
			t.Errorf("%q is a man with a woman's middle name", p.Name)
		}
		names[p.Name] = true
	}
	if len(names) < 19900 {
		t.Errorf("20,000 people have only %d distinct names", len(names))
	}
	pp := people{Seed: 1, Pool: 50}
	if pp.holder("a", 0) != pp.holder("a", 0) {
		t.Error("the same seat got two holders")
	}
	distinct := map[string]bool{}
	for i := 0; i < 2000; i++ {
		distinct[pp.holder(strconv.Itoa(i), 0).Name] = true
	}
	if len(distinct) > 50 {
		t.Errorf("a pool of 50 gave %d people", len(distinct))
	}
}

func TestRunRejectsBadFlags(t *testing.T) {
	ctx := context.Background()
	for _, cfg := range []config{
		{N: 1},
		{N: -1, Out: t.TempDir()},
		{N: 1, Out: t.TempDir(), CP1258: 0.6, UTF16: 0.6},
		{N: 1, Out: t.TempDir(), Gazetteer: filepath.Join(t.TempDir(), "missing")},
	} {
		if _, err := run(ctx, cfg); err == nil {
			t.Errorf("run(%+v) accepted bad flags", cfg)
		}
	}
}

// BenchmarkGenerate measures writing one article and its gold in memory,
// with places from the full gazetteer (file writes excluded).
func BenchmarkGenerate(b *testing.B) {
	g, err := gazetteer.Open("")
	if err != nil {
		b.Fatal(err)
	}
	ps, err := placesFromGazetteer(g)
	if err != nil {
		b.Fatal(err)
	}
	cfg := config{Seed: 1, CP1258: 0.04, UTF16: 0.04, NFD: 0.04, HTML: 0.1}
	var n int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, err := generate(cfg, ps, i+1)
		if err != nil {
			b.Fatal(err)
		}
		n += int64(len(a.Bytes) + len(a.GoldJSON))
	}
	b.SetBytes(n / int64(b.N))
}
