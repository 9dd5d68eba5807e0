package httpapi_test

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"hoigraph"
	"hoigraph/httpapi"
)

// TestExport asks GET /export/{format} for the Quận 3 fixture: a file that
// names itself, holds the stored text, and clear 400s for bad filters.
func TestExport(t *testing.T) {
	a := newAPI(t, httpapi.Config{}, quan3Docs()...)
	get := func(path string) (*http.Response, string) {
		t.Helper()
		res, err := http.Get(a.url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		return res, string(b)
	}

	t.Run("gexf of Quận 3", func(t *testing.T) {
		res, body := get("/export/gexf?area=Qu%E1%BA%ADn%203&provenance=true")
		if res.StatusCode != 200 {
			t.Fatalf("status %d: %s", res.StatusCode, body)
		}
		if cd := res.Header.Get("Content-Disposition"); cd != `attachment; filename="hoigraph-quan-3-provenance.gexf"` {
			t.Errorf("Content-Disposition %q", cd)
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/gexf+xml") {
			t.Errorf("Content-Type %q", ct)
		}
		d := xml.NewDecoder(strings.NewReader(body))
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("not well-formed XML: %v", err)
			}
		}
		for _, want := range []string{`label="` + khuyenHoc + `"`, `value="` + sentence1 + `"`, `label="` + huong + `"`, "<viz:color "} {
			if !strings.Contains(body, want) {
				t.Errorf("gexf lacks %s", want)
			}
		}
	})

	t.Run("json", func(t *testing.T) {
		res, body := get("/export/json?area=quan%203&bodyTypes=ASSOCIATION,party_board")
		if res.StatusCode != 200 {
			t.Fatalf("status %d: %s", res.StatusCode, body)
		}
		var doc struct {
			Elements struct {
				Nodes []struct{ Data map[string]any } `json:"nodes"`
				Edges []struct{ Data map[string]any } `json:"edges"`
			} `json:"elements"`
		}
		if err := json.Unmarshal([]byte(body), &doc); err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, n := range doc.Elements.Nodes {
			ids[n.Data["id"].(string)] = true
			if n.Data["kind"] == "Organization" && n.Data["body_type"] != "association" && n.Data["body_type"] != "party_board" {
				t.Errorf("node %v is of a body type not asked for", n.Data)
			}
		}
		if !ids[oid(khuyenHoc)] || !ids[oid(banTuyen)] || ids[oid(quanUy)] {
			t.Errorf("nodes %v: want the associations and boards of Quận 3 without the committee", ids)
		}
		for _, e := range doc.Elements.Edges {
			if !ids[e.Data["source"].(string)] || !ids[e.Data["target"].(string)] {
				t.Errorf("edge %v has an end that is no node", e.Data)
			}
		}
	})

	for _, c := range []struct{ path, status, message string }{
		{"/export/pdf", "400", `unknown export format "pdf"`},
		{"/export/gexf?areas=Qu%E1%BA%ADn%203", "400", `unknown filter "areas"`},
		{"/export/gexf?bodyTypes=club", "400", `unknown body type "club"`},
		{"/export/gexf?relationTypes=KNOWS", "400", `unknown relation type "KNOWS"`},
		{"/export/gexf?asOf=2024-13-99x", "400", `asOf "2024-13-99x" is not an ISO date`},
		{"/export/gexf?around=org:x&depth=9", "400", "depth must be between 1 and 5"},
		{"/export/gexf?around=nobody", "400", `id "nobody" names no kind of node`},
		{"/export/gexf?area=Qu%E1%BA%ADn%203&around=org:x", "400", "area and around cannot be combined"},
		{"/export/gexf?provenance=maybe", "400", `provenance "maybe" is not true or false`},
		{"/export/graphml?area=Atlantis", "404", `no area "Atlantis" in the graph`},
	} {
		res, body := get(c.path)
		var e struct {
			Errors []struct{ Message string }
		}
		json.Unmarshal([]byte(body), &e)
		if res.Status[:3] != c.status || len(e.Errors) != 1 || !strings.Contains(e.Errors[0].Message, c.message) {
			t.Errorf("GET %s: %s %s; want %s with %q", c.path, res.Status, body, c.status, c.message)
		}
	}
}

// An export that runs out of time is answered 503 with the TIMEOUT code
// before the file begins: a client tells it from a broken server and asks
// for a smaller selection.
func TestExportTimeout(t *testing.T) {
	a := newAPI(t, httpapi.Config{Timeout: time.Nanosecond}, quan3Docs()...)
	res, err := http.Get(a.url + "/export/json?area=quan%203")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var body struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		t.Fatalf("status %d, body not JSON: %v", res.StatusCode, err)
	}
	if res.StatusCode != http.StatusServiceUnavailable || len(body.Errors) != 1 || body.Errors[0].Extensions["code"] != hoigraph.ETIMEOUT {
		t.Errorf("export past its deadline: %d %+v, want 503 with one TIMEOUT error", res.StatusCode, body)
	}
}
