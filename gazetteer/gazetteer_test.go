package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hoigraph"
)

// sharedDir is the official lists beside the repository (../shared/gazetteer);
// they are read from there, never copied into the project.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "shared", "gazetteer"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("gazetteer files not found at %s: the tests read ../shared/gazetteer beside the checkout", dir)
	}
	return dir
}

func load(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := Load(sharedDir(t))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

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
		{"thanh hóa", "Tỉnh Thanh Hoá, Tỉnh Thanh Hoá", -1}, // tone placement
		{"Hồng Lĩnh", "Thị xã Hồng Lĩnh, Tỉnh Hà Tĩnh", -1},
		{"TX Hồng Lĩnh", "Thị xã Hồng Lĩnh, Tỉnh Hà Tĩnh", 1},
		{"TPHCM", "Thành phố Hồ Chí Minh, Thành phố Hồ Chí Minh", 2},
		{"Xã Ea H'MLay", "Xã Ea H'MLay, Tỉnh Đắk Lắk", -1}, // a one-letter word inside a name is not an abbreviation
		{"Nowhere at all", "", 0},
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
