// Package curated reads what a committee enters by hand — bodies, people
// with their posts, and who is responsible for which association — from CSV
// or YAML files, into the same facts the extractor gives, so that they load
// through the same path as articles and keep their provenance (the file and
// line each statement came from).
//
// A file is all or nothing: one bad row is an error naming the file, the
// line and the field, and no row of that file is loaded.
//
// # CSV
//
// UTF-8, comma-separated, with a header row; lines starting with # are
// comments. The header decides what the rows are:
//
//	bodies:       name,type[,area][,parent]
//	posts:        person,post,org[,since][,until][,source]
//	assignments:  overseer,object[,overseer_kind][,object_kind][,area][,relation][,since][,until][,source]
//
// # YAML
//
// One mapping with optional metadata and up to three lists:
//
//	title: Phân công phụ trách hội quần chúng năm 2024
//	date: 2024-03-15
//	publisher: Ban Dân vận Quận ủy Quận 3
//	bodies:
//	  - {name: Hội Khuyến học Quận 3, type: association, area: Quận 3}
//	people:
//	  - name: Trần Thị Hường
//	    posts:
//	      - {post: Trưởng ban, org: Ban Dân vận Quận ủy Quận 3, since: 2020-10}
//	assignments:
//	  - {overseer: Ban Tuyên giáo Quận ủy Quận 3, object: Hội Khuyến học Quận 3, since: 2024-03}
//
// # Fields
//
//   - type: one of party_committee, party_board, front, socio_political,
//     association, government, other (../shared/eval/FORMAT.md).
//   - area: the administrative unit a body lies in ("Quận 3", "phường Tân
//     Giang"); on an assignment, the area of its object.
//   - overseer_kind: org (default) or person; object_kind: org (default) or
//     area.
//   - relation: what the responsibility is, e.g. political_leadership
//     (default responsible_for).
//   - since, until: ISO dates as precise as known: 2020, 2020-10, 2020-10-15;
//     until not before since.
//   - source: the decision or minutes the row copies, e.g. "Quyết định
//     45-QĐ/QU"; it becomes the evidence of the statement.
package curated

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"hoigraph"
	"hoigraph/loader/extract/decode"
	"hoigraph/vntext"
)

// Extensions are the file name endings Parse reads.
var Extensions = []string{".csv", ".yaml", ".yml"}

// IsCurated reports whether name is a curated file by its extension.
func IsCurated(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// Parse reads one curated file; name decides the format by its extension
// and becomes the source's file name.
func Parse(name string, raw []byte) (hoigraph.Document, error) {
	base := filepath.Base(name)
	sum := sha256.Sum256(raw)
	doc := hoigraph.Document{Source: hoigraph.Source{
		File: base, Title: base, Hash: hex.EncodeToString(sum[:]), Kind: "curated",
	}}
	// The same decoding as articles: a table saved by Excel on Vietnamese
	// Windows is Windows-1258, one saved as Unicode text is UTF-16.
	text, enc, err := decode.Text(raw)
	if err != nil {
		return doc, fmt.Errorf("read %s: %w", name, err)
	}
	doc.Source.Encoding = enc
	var recs []record
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		recs, err = readCSV([]byte(text))
	case ".yaml", ".yml":
		recs, err = readYAML([]byte(text), &doc.Source)
	default:
		return doc, fmt.Errorf("read %s: not a curated file (want %s)", name, strings.Join(Extensions, ", "))
	}
	if err != nil {
		return doc, fmt.Errorf("read %s: %w", name, err)
	}
	typed := map[string]record{} // bodies by key, the row that typed them
	for _, r := range recs {
		if r.kind == kindBody {
			key := vntext.ID("org", r.get("name"))
			if first, ok := typed[key]; ok && first.get("type") != r.get("type") {
				return hoigraph.Document{}, fmt.Errorf("read %s: %w", name,
					r.fieldError("type", "%s is %s here and %s on line %d: one body has one type", r.get("name"), r.get("type"), first.get("type"), first.line))
			}
			typed[key] = r
		}
		facts, err := r.facts(base)
		if err != nil {
			return hoigraph.Document{}, fmt.Errorf("read %s: %w", name, err)
		}
		doc.Facts = append(doc.Facts, facts...)
	}
	if len(doc.Facts) == 0 {
		return hoigraph.Document{}, fmt.Errorf("read %s: no rows", name)
	}
	return doc, nil
}

// The kinds of rows.
const (
	kindBody       = "body"
	kindPost       = "post"
	kindAssignment = "assignment"
)

// columns lists each kind's fields, required ones first.
var columns = map[string]struct{ required, optional []string }{
	kindBody:       {[]string{"name", "type"}, []string{"area", "parent"}},
	kindPost:       {[]string{"person", "post", "org"}, []string{"since", "until", "source"}},
	kindAssignment: {[]string{"overseer", "object"}, []string{"overseer_kind", "object_kind", "area", "relation", "since", "until", "source"}},
}

// record is one row of either format, with the line of each field so that
// an error can point at it.
type record struct {
	kind   string
	line   int
	fields map[string]string
	lines  map[string]int
}

// fieldError names where a bad value is.
func (r record) fieldError(field, format string, args ...any) error {
	line := r.line
	if l, ok := r.lines[field]; ok {
		line = l
	}
	return fmt.Errorf("line %d: field %q: %s", line, field, fmt.Sprintf(format, args...))
}

func (r record) get(field string) string {
	return strings.Join(strings.Fields(vntext.NFC(r.fields[field])), " ")
}

// check validates the fields every kind shares: required ones present,
// unknown ones refused, dates well-formed and in order.
func (r record) check() error {
	cols := columns[r.kind]
	known := map[string]bool{}
	for _, c := range cols.required {
		known[c] = true
		if r.get(c) == "" {
			return r.fieldError(c, "required, empty")
		}
	}
	for _, c := range cols.optional {
		known[c] = true
	}
	for f := range r.fields {
		if !known[f] {
			return r.fieldError(f, "unknown field for %s rows (want %s)", r.kind, strings.Join(append(cols.required, cols.optional...), ", "))
		}
	}
	for _, f := range []string{"since", "until"} {
		if v := r.get(f); v != "" {
			if err := hoigraph.CheckDate(v); err != nil {
				return r.fieldError(f, "%v", err)
			}
		}
	}
	if s, u := r.get("since"), r.get("until"); s != "" && u != "" && u < s[:min(len(s), len(u))] {
		return r.fieldError("until", "%s is before since %s", u, s)
	}
	return nil
}

// facts turns a valid record into facts whose evidence points back at it.
func (r record) facts(file string) ([]hoigraph.Fact, error) {
	if err := r.check(); err != nil {
		return nil, err
	}
	say := fmt.Sprintf("%s, line %d", file, r.line)
	if s := r.get("source"); s != "" {
		say += ": " + s
	}
	ev := &hoigraph.Evidence{Sentence: say}
	switch r.kind {
	case kindBody:
		t := hoigraph.OrgType(r.get("type"))
		if !t.Valid() {
			return nil, r.fieldError("type", "unknown organisation type %q (want one of %s)", t, orgTypeList())
		}
		return []hoigraph.Fact{{Doc: file, Kind: hoigraph.FactOrg, Name: r.get("name"), Type: t, Area: r.get("area"), Parent: r.get("parent"), Evidence: ev}}, nil
	case kindPost:
		return []hoigraph.Fact{
			{Doc: file, Kind: hoigraph.FactPerson, Name: r.get("person"), Evidence: ev},
			{Doc: file, Kind: hoigraph.FactHolds, Person: r.get("person"), Post: r.get("post"), Org: r.get("org"),
				Since: r.get("since"), Until: r.get("until"), Evidence: ev},
		}, nil
	default:
		f := hoigraph.Fact{Doc: file, Kind: hoigraph.FactResponsibleFor, Subject: r.get("overseer"), Object: r.get("object"),
			Relation: r.get("relation"), Since: r.get("since"), Until: r.get("until"), Evidence: ev}
		switch k := hoigraph.EndpointKind(r.get("overseer_kind")); k {
		case "", hoigraph.EndpointOrg, hoigraph.EndpointPerson:
			f.SubjectKind = k
		default:
			return nil, r.fieldError("overseer_kind", "%q is neither org nor person", k)
		}
		switch k := hoigraph.EndpointKind(r.get("object_kind")); k {
		case "", hoigraph.EndpointOrg, hoigraph.EndpointArea:
			f.ObjectKind = k
		default:
			return nil, r.fieldError("object_kind", "%q is neither org nor area", k)
		}
		out := []hoigraph.Fact{f}
		if a := r.get("area"); a != "" {
			if f.ObjectKind == hoigraph.EndpointArea {
				return nil, r.fieldError("area", "an area object already is an area; leave area empty")
			}
			// The object body lies in that area; its type stays what other
			// sources say.
			out = append(out, hoigraph.Fact{Doc: file, Kind: hoigraph.FactOrg, Name: f.Object, Area: a, Evidence: ev})
		}
		return out, nil
	}
}

func orgTypeList() string {
	s := make([]string, len(hoigraph.OrgTypes))
	for i, t := range hoigraph.OrgTypes {
		s[i] = string(t)
	}
	return strings.Join(s, ", ")
}
