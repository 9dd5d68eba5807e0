package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"hoigraph"
)

// load reads the real units where scripts/gazetteer/gazetteer.sh puts them
// (make test runs it first); they are never copied into the project.
func load(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := loadOnce()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

var loadOnce = sync.OnceValues(func() (*Gazetteer, error) { return Open("") })

func TestLoadBothEras(t *testing.T) {
	g := load(t)
	count := map[string]int{}
	for _, u := range g.Units() {
		count[u.Era+" "+string(u.Level)]++
	}
	want := map[string]int{
		EraBefore2025 + " province": 63, EraBefore2025 + " district": 696, EraBefore2025 + " commune": 10035,
		EraFrom2025 + " province": 34, EraFrom2025 + " commune": 3321,
	}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%s: %d units, want %d", k, count[k], n)
		}
	}
}

func TestLookup(t *testing.T) {
	g := load(t)
	tests := []struct {
		name      string
		wantAny   string // a "Name, Province" that must be among the results
		wantCount int    // -1: don't check
	}{
		{"phường Tân Giang", "Phường Tân Giang, Tỉnh Hà Tĩnh", -1},
		{"Lấp Vò", "Huyện Lấp Vò, Tỉnh Đồng Tháp", -1}, // also Thị trấn Lấp Vò, and Xã Lấp Vò since 2025
		{"quận Tân Phú", "Quận Tân Phú, Thành phố Hồ Chí Minh", 1},
		{"TP Hồ Chí Minh", "Thành phố Hồ Chí Minh, Thành phố Hồ Chí Minh", 2},
		{"thanh hoá", "Tỉnh Thanh Hóa, Tỉnh Thanh Hóa", -1}, // tone placement
		{"Hồng Lĩnh", "Thị xã Hồng Lĩnh, Tỉnh Hà Tĩnh", -1},
		{"TX Hồng Lĩnh", "Thị xã Hồng Lĩnh, Tỉnh Hà Tĩnh", 1},
		{"TPHCM", "Thành phố Hồ Chí Minh, Thành phố Hồ Chí Minh", 2},
		{"Xã Ea H'MLay", "Xã Ea H'MLay, Tỉnh Đắk Lắk", -1}, // a one-letter word inside a name is not an abbreviation
		{"Nowhere at all", "", 0},
		// two units of one name told apart by their kind: the name has no brackets
		{"huyện Kỳ Anh", "Huyện Kỳ Anh, Tỉnh Hà Tĩnh", 1},
		{"thị xã Kỳ Anh", "Thị xã Kỳ Anh, Tỉnh Hà Tĩnh", 1},
		// former names, in an era where no unit bears them
		{"phường Văn Miếu", "Phường Văn Miếu Quốc Tử Giám, Thành phố Hà Nội", 2}, // and Trường Thi, Nam Định
		{"Văn Miếu - Quốc Tử Giám", "Phường Văn Miếu - Quốc Tử Giám, Thành phố Hà Nội", 2},
		{"phường Nguyễn Trung Trực", "Phường Trúc Bạch, Thành phố Hà Nội", 1},
		{"huyện Đông Sơn", "Thành phố Thanh Hóa, Tỉnh Thanh Hóa", 1},
		// a name of both eras: one unit each, the newest first
		{"phường Xuân Hòa", "Phường Xuân Hòa, Thành phố Hồ Chí Minh", -1},
	}
	for _, tt := range tests {
		got := g.Lookup(tt.name)
		if tt.wantCount >= 0 && len(got) != tt.wantCount {
			t.Errorf("Lookup(%q): %d units, want %d", tt.name, len(got), tt.wantCount)
		}
		if tt.wantAny == "" {
			continue
		}
		var seen []string
		found := false
		for _, u := range got {
			p, _ := g.Province(u)
			s := u.Name + ", " + p.Name
			seen = append(seen, s)
			found = found || s == tt.wantAny
		}
		if !found {
			t.Errorf("Lookup(%q) = %s; want %s among them", tt.name, strings.Join(seen, "; "), tt.wantAny)
		}
	}
}

func TestHierarchy(t *testing.T) {
	g := load(t)
	var tanGiang []Unit
	for _, u := range g.Lookup("phường Tân Giang") {
		if u.Era == EraBefore2025 {
			tanGiang = append(tanGiang, u)
		}
	}
	if len(tanGiang) != 2 {
		t.Fatalf("want the two Phường Tân Giang before 2025, got %d", len(tanGiang))
	}
	haTinh := g.Lookup("tỉnh Hà Tĩnh")
	var inHaTinh int
	for _, u := range tanGiang {
		d, ok := g.Parent(u)
		if !ok || d.Level != hoigraph.District {
			t.Errorf("%s %s: parent %+v is not a district", u.Name, u.Code, d)
		}
		for _, h := range haTinh {
			if g.Within(u, h) {
				inHaTinh++
			}
		}
	}
	if inHaTinh != 1 {
		t.Errorf("%d Phường Tân Giang within Tỉnh Hà Tĩnh, want 1", inHaTinh)
	}
	if id := tanGiang[0].ID(); !strings.HasPrefix(id, "area:2024:") {
		t.Errorf("id %q does not carry its era", id)
	}
}

func TestLoadErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"not": "an array"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{bad, dir, filepath.Join(dir, "missing.json")} {
		_, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("Load(%s) error %v does not name the path", p, err)
		}
	}
}

func TestEraCountsAndMapping(t *testing.T) {
	g := load(t)
	links := map[string]int{}
	for _, l := range g.Links() {
		links[string(l.From.Level)+whole(l)]++
	}
	want := map[string]int{"province whole": 63, "commune whole": 9564, "commune part": 1033, "district whole": 5}
	for k, n := range want {
		if links[k] != n {
			t.Errorf("%s links: %d, want %d (all: %v)", k, links[k], n, links)
		}
	}
	// Every old commune and province went somewhere, and a split one has
	// exactly one default successor; every new unit came from somewhere.
	for _, u := range g.Units() {
		succ, pred := g.Successors(u), g.Predecessors(u)
		switch {
		case u.Era == EraBefore2025 && u.Level != hoigraph.District:
			if len(succ) == 0 {
				t.Errorf("%s %s (%s) has no successor", u.Name, u.Code, u.Era)
			}
			defaults := 0
			for _, l := range succ {
				if l.Default {
					defaults++
				}
			}
			if defaults != 1 {
				t.Errorf("%s %s: %d default successors, want 1", u.Name, u.Code, defaults)
			}
		case u.Era == EraFrom2025 && len(pred) == 0:
			t.Errorf("%s %s (from 2025) has no predecessor", u.Name, u.Code)
		}
		if !u.HasCoordinates() {
			t.Errorf("%s %s (%s) has no coordinates", u.Name, u.Code, u.Era)
		}
	}
}

func whole(l Link) string {
	if l.Whole {
		return " whole"
	}
	return " part"
}

// TestThuDauMot: phường Thủ Dầu Một (Thành phố Hồ Chí Minh, from July 2025)
// was formed from the whole of Phú Cường, Phú Thọ and Chánh Nghĩa of Bình
// Dương, and from parts of Hiệp Thành and Chánh Mỹ.
func TestThuDauMot(t *testing.T) {
	g := load(t)
	var tdm Unit
	for _, u := range g.Lookup("phường Thủ Dầu Một") {
		if p, _ := g.Province(u); u.Era == EraFrom2025 && p.Name == "Thành phố Hồ Chí Minh" {
			tdm = u
		}
	}
	if tdm.Code == "" {
		t.Fatal("no phường Thủ Dầu Một in Thành phố Hồ Chí Minh from 2025")
	}
	got := map[string]bool{}
	for _, l := range g.Predecessors(tdm) {
		p, _ := g.Province(l.From)
		got[l.From.Name+", "+p.Name+whole(l)] = true
	}
	for _, w := range []string{
		"Phường Phú Cường, Tỉnh Bình Dương whole", "Phường Phú Thọ, Tỉnh Bình Dương whole",
		"Phường Chánh Nghĩa, Tỉnh Bình Dương whole",
		"Phường Hiệp Thành, Tỉnh Bình Dương part", "Phường Chánh Mỹ, Tỉnh Bình Dương part",
	} {
		if !got[w] {
			t.Errorf("Thủ Dầu Một: %q not among its predecessors %v", w, got)
		}
	}
	if len(got) != 5 {
		t.Errorf("Thủ Dầu Một: %d predecessors %v, want 5", len(got), got)
	}
	// The old province went whole into Thành phố Hồ Chí Minh.
	binhDuong := g.Lookup("tỉnh Bình Dương")
	if len(binhDuong) != 1 {
		t.Fatalf("tỉnh Bình Dương: %d units", len(binhDuong))
	}
	if s := g.Successors(binhDuong[0]); len(s) != 1 || s[0].To.Name != "Thành phố Hồ Chí Minh" || !s[0].Whole {
		t.Errorf("Bình Dương's successors: %+v", s)
	}
}

func TestAnswers(t *testing.T) {
	g := load(t)
	prc := g.Lookup("thành phố Phan Rang-Tháp Chàm")
	if len(prc) != 1 {
		t.Fatalf("Phan Rang-Tháp Chàm: %d units", len(prc))
	}
	vm := inEra(g.Lookup("phường Văn Miếu Quốc Tử Giám"), EraBefore2025)
	if len(vm) != 1 {
		t.Fatalf("phường Văn Miếu Quốc Tử Giám before 2025: %d units", len(vm))
	}
	for _, tt := range []struct {
		u    Unit
		name string
		want bool
	}{
		{prc[0], "Phan Rang-Tháp Chàm", true}, // punctuation
		{prc[0], "Phan Rang", false},
		{vm[0], "Văn Miếu", true}, // an alias
		{vm[0], "Văn Miếu Quốc Tử Giám", true},
		{vm[0], "Quốc Tử", false},
	} {
		if got := tt.u.Answers(tt.name); got != tt.want {
			t.Errorf("%s answers to %q: %v, want %v", tt.u.Name, tt.name, got, tt.want)
		}
	}
}

func TestOpen(t *testing.T) {
	if g, err := Open(None); g != nil || err != nil {
		t.Errorf("Open(none) = %v, %v; want no gazetteer and no error", g, err)
	}
	t.Setenv(EnvDir, filepath.Join(t.TempDir(), "missing"))
	if _, err := Open(""); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("Open with $%s pointing nowhere: %v, want an error naming the folder", EnvDir, err)
	}
}

func inEra(us []Unit, era string) []Unit {
	var out []Unit
	for _, u := range us {
		if u.Era == era {
			out = append(out, u)
		}
	}
	return out
}
