package curated_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hoigraph"
	"hoigraph/loader/curated"
)

func parseFile(t *testing.T, path string) (hoigraph.Document, error) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return curated.Parse(path, raw)
}

func count(doc hoigraph.Document, k hoigraph.FactKind) int {
	n := 0
	for _, f := range doc.Facts {
		if f.Kind == k {
			n++
		}
	}
	return n
}

func TestParseExamples(t *testing.T) {
	for _, tc := range []struct {
		file                string
		orgs, holds, resp   int
		title, firstEvident string
	}{
		{"phan-cong-phu-trach-quan-3.csv", 8, 0, 8, "phan-cong-phu-trach-quan-3.csv",
			"phan-cong-phu-trach-quan-3.csv, line 4: Quyết định 45-QĐ/QU ngày 16/11/2020"},
		{"nhan-su-quan-3.yaml", 13, 4, 2, "Nhân sự và phân công phụ trách hội quần chúng Quận 3",
			"nhan-su-quan-3.yaml, line 7"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			doc, err := parseFile(t, filepath.Join("..", "..", "examples", "curated", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if got := count(doc, hoigraph.FactOrg); got != tc.orgs {
				t.Errorf("%d org facts, want %d", got, tc.orgs)
			}
			if got := count(doc, hoigraph.FactHolds); got != tc.holds {
				t.Errorf("%d holds facts, want %d", got, tc.holds)
			}
			if got := count(doc, hoigraph.FactResponsibleFor); got != tc.resp {
				t.Errorf("%d responsible_for facts, want %d", got, tc.resp)
			}
			if doc.Source.Kind != "curated" || doc.Source.Title != tc.title || len(doc.Source.Hash) != 64 {
				t.Errorf("source %+v", doc.Source)
			}
			if got := doc.Facts[0].Evidence.Sentence; got != tc.firstEvident {
				t.Errorf("first evidence %q, want %q", got, tc.firstEvident)
			}
		})
	}
}

func TestParseCSVAssignmentFields(t *testing.T) {
	doc, err := parseFile(t, filepath.Join("..", "..", "examples", "curated", "phan-cong-phu-trach-quan-3.csv"))
	if err != nil {
		t.Fatal(err)
	}
	var luatgia []hoigraph.Fact
	for _, f := range doc.Facts {
		if f.Kind == hoigraph.FactResponsibleFor && f.Object == "Hội Luật gia Quận 3" {
			luatgia = append(luatgia, f)
		}
	}
	if len(luatgia) != 2 || luatgia[0].Subject != "Ban Tổ chức Quận ủy Quận 3" || luatgia[0].Until != "2023-06" ||
		luatgia[1].Since != "2023-07" || luatgia[1].Relation != "political_leadership" {
		t.Errorf("the Luật gia hand-over: %+v", luatgia)
	}
}

// Every bad file is refused whole, with its file, line and field named.
func TestParseRejectsBadRows(t *testing.T) {
	for _, tc := range []struct {
		name, content, want string
	}{
		{"bad-date.csv", "overseer,object,since\nBan Dân vận Quận ủy Quận 3,Hội Chữ thập đỏ Quận 3,2020-11\nBan Dân vận Quận ủy Quận 3,Hội Người cao tuổi Quận 3,16/11/2020\n",
			`read bad-date.csv: line 3: field "since": "16/11/2020" is not an ISO date`},
		{"bad-type.csv", "name,type,area\nHội Khuyến học Quận 3,association,Quận 3\n\n# a comment\nHội Luật gia Quận 3,hoi,Quận 3\n",
			`read bad-type.csv: line 5: field "type": unknown organisation type "hoi"`},
		{"empty-field.csv", "person,post,org\nTrần Thị Hường,,Ban Dân vận Quận ủy Quận 3\n",
			`read empty-field.csv: line 2: field "post": required, empty`},
		{"unknown-column.csv", "overseer,object,phone\nA,B,0909\n",
			`read unknown-column.csv: line 2: field "phone": unknown field for assignment rows`},
		{"bad-header.csv", "a,b\n1,2\n", `read bad-header.csv: line 1: header: columns "a,b" are none of`},
		{"ragged.csv", "name,type\nHội Khuyến học Quận 3,association,extra\n", `read ragged.csv: line 2: 3 fields, the header has 2`},
		{"until-before-since.csv", "person,post,org,since,until\nA,Chủ tịch,Hội B,2021-05,2020\n",
			`read until-before-since.csv: line 2: field "until": 2020 is before since 2021-05`},
		{"bad-kind.yaml", "bodies:\n  - {name: Hội Khuyến học Quận 3, type: association}\nassignments:\n  - overseer: Ban Dân vận Quận ủy Quận 3\n    overseer_kind: committee\n    object: Hội Khuyến học Quận 3\n",
			`read bad-kind.yaml: line 5: field "overseer_kind": "committee" is neither org nor person`},
		{"missing-name.yaml", "people:\n  - posts:\n      - {post: Chủ tịch, org: Hội Khuyến học Quận 3}\n",
			`read missing-name.yaml: line 2: field "name": required, empty`},
		{"bad-post-date.yaml", "people:\n  - name: Lê Văn Minh\n    posts:\n      - post: Chủ tịch\n        org: Hội Khuyến học Quận 3\n        since: 2021-13\n",
			`read bad-post-date.yaml: line 6: field "since": "2021-13" is not an ISO date`},
		{"unknown-key.yaml", "title: x\nmembers: []\n", `read unknown-key.yaml: line 2: field "members": unknown`},
		{"no-rows.yaml", "title: x\n", `read no-rows.yaml: no rows`},
		{"broken.yaml", "bodies: [\n", `read broken.yaml: yaml:`},
		// robust #10: every date checked, one document a file, one value a
		// key, one type a body.
		{"no-such-day.csv", "overseer,object,since\nBan Dân vận Quận ủy Quận 3,Hội Chữ thập đỏ Quận 3,2020-02-30\n",
			`read no-such-day.csv: line 2: field "since": "2020-02-30" is not an ISO date`},
		{"bad-top-date.yaml", "date: 16/11/2020\nbodies:\n  - {name: Hội Khuyến học Quận 3, type: association}\n",
			`read bad-top-date.yaml: line 1: field "date": "16/11/2020" is not an ISO date`},
		{"two-documents.yaml", "bodies:\n  - {name: Hội Khuyến học Quận 3, type: association}\n---\nbodies:\n  - {name: Hội Luật gia Quận 3, type: association}\n",
			`read two-documents.yaml: line 3: a second YAML document`},
		{"duplicate-key.yaml", "bodies:\n  - name: Hội Khuyến học Quận 3\n    type: association\n    type: front\n",
			`read duplicate-key.yaml: line 4: field "type": given twice (first on line 3)`},
		{"duplicate-top-key.yaml", "title: a\ntitle: b\nbodies:\n  - {name: Hội Khuyến học Quận 3, type: association}\n",
			`read duplicate-top-key.yaml: line 2: field "title": given twice`},
		{"two-types.csv", "name,type\nHội Khuyến học Quận 3,association\nHội Khuyến học Quận 3,front\n",
			`read two-types.csv: line 3: field "type": Hội Khuyến học Quận 3 is front here and association on line 2`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := curated.Parse(tc.name, []byte(tc.content))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if len(doc.Facts) != 0 {
				t.Errorf("%d facts returned with the error; a bad file yields none", len(doc.Facts))
			}
		})
	}
}

// robust #10: anchors, aliases and merge keys are YAML a spreadsheet
// export or a careful editor writes; they mean what YAML says.
func TestYAMLAnchorsAndMergeKeys(t *testing.T) {
	const content = `date: 2024-03-15
bodies:
  - &khuyenhoc {name: Hội Khuyến học Quận 3, type: association, area: Quận 3}
  - <<: *khuyenhoc
    name: Hội Luật gia Quận 3
assignments:
  - &assign
    overseer: Ban Dân vận Quận ủy Quận 3
    object: Hội Khuyến học Quận 3
    since: 2020-11
  - <<: *assign
    object: Hội Luật gia Quận 3
`
	doc, err := curated.Parse("anchors.yaml", []byte(content))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range doc.Facts {
		got = append(got, string(f.Kind)+" "+f.Name+f.Subject+" "+f.Object+" "+string(f.Type)+" "+f.Area+" "+f.Since)
	}
	want := []string{
		"org Hội Khuyến học Quận 3  association Quận 3 ",
		"org Hội Luật gia Quận 3  association Quận 3 ",
		"responsible_for Ban Dân vận Quận ủy Quận 3 Hội Khuyến học Quận 3   2020-11",
		"responsible_for Ban Dân vận Quận ủy Quận 3 Hội Luật gia Quận 3   2020-11",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("facts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// robust #7: a table saved by Excel on Vietnamese Windows (Windows-1258,
// tone marks as combining characters) reads as the same Vietnamese, in
// NFC, and its source says which encoding it came in.
func TestWindows1258Table(t *testing.T) {
	// "Hội Nông dân Quận 7,association" in Windows-1258: ô is 0xF4, â 0xE2,
	// the dot below the combining 0xF2.
	raw := []byte("name,type\nH\xF4\xF2i N\xF4ng d\xE2n Qu\xE2\xF2n 7,association\n")
	doc, err := curated.Parse("hoi.csv", raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Facts) != 1 || doc.Facts[0].Name != "Hội Nông dân Quận 7" || doc.Source.Encoding != "Windows-1258" {
		t.Errorf("facts %+v, encoding %q; want Hội Nông dân Quận 7 from Windows-1258", doc.Facts, doc.Source.Encoding)
	}
	if doc, err := curated.Parse("bin.csv", []byte("name,type\n\x00\x01\x02\x00,x\n")); err == nil || !strings.Contains(err.Error(), "read bin.csv: binary") {
		t.Errorf("binary table: %v %+v", err, doc)
	}
}
