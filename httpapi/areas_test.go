package httpapi_test

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"testing"
	"time"

	"hoigraph/gazetteer"
	"hoigraph/httpapi"
	"hoigraph/loader"
	"hoigraph/loader/extract"
)

// Two articles composed for this test, one on each side of the July 2025
// reorganisation. Before it, phường Phú Cường (whole) and phường Hiệp Thành
// (split) of Bình Dương; after it, phường Thủ Dầu Một of Thành phố Hồ Chí
// Minh, which the official mapping forms from them.
const (
	before2025 = "Thành ủy Thủ Dầu Một phân công phụ trách các hội\n\n" +
		"Ngày 15/3/2024, Ban Thường vụ Thành ủy Thủ Dầu Một, tỉnh Bình Dương phân công Ban Dân vận Thành ủy " +
		"phụ trách Hội Khuyến học phường Phú Cường; Ủy ban Mặt trận Tổ quốc thành phố phụ trách Hội Chữ thập đỏ phường Hiệp Thành.\n"
	after2025 = "Đại hội Hội Cựu giáo chức phường Thủ Dầu Một\n\n" +
		"Ngày 20/9/2025, Hội Cựu giáo chức phường Thủ Dầu Một, Thành phố Hồ Chí Minh tổ chức Đại hội lần thứ nhất. " +
		"Đảng ủy phường Thủ Dầu Một phân công Ủy ban Mặt trận Tổ quốc phường phụ trách Hội Cựu giáo chức phường Thủ Dầu Một.\n"
)

// TestAcrossEras loads the official units of both eras and the mapping
// (scripts/gazetteer) with the two articles, and asks across the merger.
func TestAcrossEras(t *testing.T) {
	// The first run of each cross-era statement is planned on a cold store
	// after 14,000 units were written: no wall-clock limit is under test.
	a := newAPI(t, httpapi.Config{Timeout: 2 * time.Minute})
	gaz, err := gazetteer.Open("")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, text := range map[string]string{"before.txt": before2025, "after.txt": after2025} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x, err := extract.New(extract.Options{Gazetteer: gaz})
	if err != nil {
		t.Fatal(err)
	}
	l := &loader.Loader{Store: a.store, Extractor: x, Gazetteer: gaz}
	if _, err := l.Load(context.Background(), []string{dir}); err != nil {
		t.Fatalf("load: %v", err)
	}
	const tdm = `{area: "Phường Thủ Dầu Một", acrossEras: true, objectType: ASSOCIATION`

	t.Run("the new commune's associations that had an overseer before the merger, who, says who", func(t *testing.T) {
		d := a.query(`{ oversight(filter: `+tdm+`, areaEra: "before-2025-07"}, first: 20) {
			edges { partial node {
				overseer { ... on Organization { name } }
				object { ... on Organization { name area { name era successors { whole area { name } } } } }
				provenance { evidence source { file date } } } }
		} }`, nil)
		got := map[string]bool{}
		for _, e := range at(t, d, "oversight", "edges").([]any) {
			n := at(t, e, "node")
			key := at(t, n, "overseer", "name").(string) + " → " + at(t, n, "object", "name").(string)
			got[key] = at(t, e, "partial").(bool)
			if f := at(t, n, "provenance", 0, "source", "file"); f != "before.txt" {
				t.Errorf("%s: says %v, want before.txt", key, f)
			}
			if era := at(t, n, "object", "area", "era"); era != "before-2025-07" {
				t.Errorf("%s: the body's area is of era %v, want the source's (before-2025-07)", key, era)
			}
		}
		want := map[string]bool{ // edge → partial
			"Ban Dân vận Thành ủy Thủ Dầu Một → Hội Khuyến học phường Phú Cường":                false,
			"Ủy ban Mặt trận Tổ quốc thành phố Thủ Dầu Một → Hội Chữ thập đỏ phường Hiệp Thành": true,
		}
		for k, partial := range want {
			if p, ok := got[k]; !ok || p != partial {
				t.Errorf("%s: found %v partial %v; want found, partial %v (all: %v)", k, ok, p, partial, got)
			}
		}
		if len(got) != len(want) {
			t.Errorf("edges %v, want only %v", got, want)
		}
	})

	t.Run("without the mapping only the new era's bodies", func(t *testing.T) {
		d := a.query(`{ oversight(filter: {area: "Phường Thủ Dầu Một", objectType: ASSOCIATION}) { nodes { object { ... on Organization { name } } } } }`, nil)
		nodes := at(t, d, "oversight", "nodes").([]any)
		if len(nodes) != 1 || at(t, nodes[0], "object", "name") != "Hội Cựu giáo chức phường Thủ Dầu Một" {
			t.Errorf("oversight in the new ward without acrossEras: %v", nodes)
		}
	})

	t.Run("an old ward finds the bodies of the new one", func(t *testing.T) {
		d := a.query(`{ organizations(filter: {area: "Phường Phú Cường", acrossEras: true, types: [ASSOCIATION]}) {
			edges { partial node { name } } } }`, nil)
		got := map[string]bool{}
		for _, e := range at(t, d, "organizations", "edges").([]any) {
			got[at(t, e, "node", "name").(string)] = at(t, e, "partial").(bool)
		}
		// Thủ Dầu Một took in more than Phú Cường: its bodies are partial.
		if p, ok := got["Hội Cựu giáo chức phường Thủ Dầu Một"]; !ok || !p {
			t.Errorf("organizations across eras from Phú Cường: %v; want Hội Cựu giáo chức phường Thủ Dầu Một, partial", got)
		}
		if p, ok := got["Hội Khuyến học phường Phú Cường"]; !ok || p {
			t.Errorf("organizations across eras from Phú Cường: %v; want its own Hội Khuyến học, not partial", got)
		}
	})

	t.Run("successors, predecessors, coordinates", func(t *testing.T) {
		d := a.query(`{ organizations(filter: {name: "Hội Khuyến học phường Phú Cường"}) { nodes { area {
			name latitude longitude
			successors { whole default area { name era latitude predecessors { whole area { name } } } } } } } }`, nil)
		ward := at(t, d, "organizations", "nodes", 0, "area")
		if at(t, ward, "latitude") == nil || at(t, ward, "longitude") == nil {
			t.Errorf("%v has no coordinates", at(t, ward, "name"))
		}
		succ := at(t, ward, "successors").([]any)
		if len(succ) != 1 || at(t, succ[0], "area", "name") != "Phường Thủ Dầu Một" || at(t, succ[0], "whole") != true || at(t, succ[0], "default") != true {
			t.Fatalf("Phú Cường's successors: %v; want Phường Thủ Dầu Một, whole", succ)
		}
		preds := map[string]bool{}
		for _, p := range at(t, succ[0], "area", "predecessors").([]any) {
			preds[at(t, p, "area", "name").(string)] = at(t, p, "whole").(bool)
		}
		want := map[string]bool{"Phường Phú Cường": true, "Phường Phú Thọ": true, "Phường Chánh Nghĩa": true,
			"Phường Hiệp Thành": false, "Phường Chánh Mỹ": false}
		if !maps.Equal(preds, want) {
			t.Errorf("Thủ Dầu Một's predecessors (name → whole) %v, want %v", preds, want)
		}
	})

	t.Run("a stats count follows the mapping too", func(t *testing.T) {
		d := a.query(`{ stats(filter: {area: "Phường Thủ Dầu Một", acrossEras: true}) { organizations } }`, nil)
		if n := at(t, d, "stats", "organizations"); n.(float64) < 3 {
			t.Errorf("stats across eras: %v bodies, want the old wards' too", n)
		}
	})

	t.Run("a bad era is invalid", func(t *testing.T) {
		_, r := a.post(`{ oversight(filter: {area: "Phường Thủ Dầu Một", areaEra: "2024"}) { totalCount } }`, nil)
		if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "INVALID" {
			t.Errorf("areaEra 2024: errors %v, want INVALID", r.Errors)
		}
	})
}
