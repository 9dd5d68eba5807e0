package export

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"hoigraph"
	"hoigraph/store"
)

func TestClean(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Hội Khuyến học Quận 3", "Hội Khuyến học Quận 3"},
		{"Ban\x00 Dân\x0b vận\x1f", "Ban Dân vận"},
		{"dòng 1\ndòng 2\tcột\r", "dòng 1\ndòng 2\tcột\r"},
		{"a\uFFFEb\uFFFFc", "abc"},
		{"bad \xff\xfe byte", "bad  byte"},
		{"𝔸 ok", "𝔸 ok"},
	} {
		if got := clean(c.in); got != c.want {
			t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestXMLWritersAreWellFormed writes nodes and edges whose text holds
// everything XML is strict about through both XML formats and parses them
// back with a strict parser: the text comes back as stored, less the
// characters XML forbids.
func TestXMLWritersAreWellFormed(t *testing.T) {
	name := `Hội "Bảo trợ" <người> & trẻ 'mồ côi'` + "\x01\nQuận 3"
	want := `Hội "Bảo trợ" <người> & trẻ 'mồ côi'` + "\nQuận 3"
	nodes := []store.ExportNode{{Node: store.Node{Kind: "Organization", ID: "org:a", Name: name, Type: hoigraph.Association}}, {Node: store.Node{Kind: "Person", ID: "person:b", Name: "Trần Thị Hường"}}}
	edges := []store.ExportEdge{{Type: "RESPONSIBLE_FOR", From: "person:b", To: "org:a", SourceCount: 2, Evidence: name}}
	for _, f := range []Format{GEXF, GraphML} {
		var buf bytes.Buffer
		w, err := NewWriter(f, &buf, Meta{Description: "test " + name, Date: time.Now()})
		if err == nil {
			err = w.Nodes(nodes)
		}
		if err == nil {
			err = w.Edges(edges)
		}
		if err == nil {
			err = w.Close()
		}
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		d := xml.NewDecoder(&buf)
		var texts []string
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: not well-formed: %v", f, err)
			}
			switch x := tok.(type) {
			case xml.StartElement:
				for _, a := range x.Attr {
					texts = append(texts, a.Value)
				}
			case xml.CharData:
				texts = append(texts, string(x))
			}
		}
		n := 0
		for _, s := range texts {
			if s == want {
				n++
			}
		}
		if n < 2 {
			t.Errorf("%s: the name and the evidence did not come back as %q", f, want)
		}
		for _, s := range texts {
			if strings.ContainsRune(s, 1) {
				t.Errorf("%s: a forbidden character survived in %q", f, s)
			}
		}
	}
}

func TestFileName(t *testing.T) {
	for _, c := range []struct {
		sel  store.Selection
		f    Format
		want string
	}{
		{store.Selection{}, GEXF, "hoigraph-all.gexf"},
		{store.Selection{Area: "Quận 3", AsOf: "2024-06"}, CSV, "hoigraph-quan-3-as-of-2024-06.zip"},
		{store.Selection{Area: "Phường Đa Kao", BodyTypes: []hoigraph.OrgType{hoigraph.Association}, Provenance: true}, JSON, "hoigraph-phuong-da-kao-association-provenance.json"},
		{store.Selection{Around: "org:quan-uy-quan-3", Depth: 2}, GraphML, "hoigraph-around-org-quan-uy-quan-3-depth-2.graphml"},
	} {
		if got := FileName(c.sel, c.f); got != c.want {
			t.Errorf("FileName(%+v) = %q, want %q", c.sel, got, c.want)
		}
	}
}
