package extract

import (
	"fmt"
	"strings"
	"testing"

	"hoigraph"
)

// construction is one row of an extraction table test: a short article of
// its own, composed for the test, and the facts it must (want) and must not
// (absent) yield. name says what the row shows; it names the subtest and
// every failure of the row.
type construction struct {
	name   string
	text   string
	want   []string
	absent []string
}

// checkConstructions is the runner of the extraction table tests: it runs
// each row as a subtest named by the row, extracts the row's text with x
// and reports, in one failure, every fact of want that is missing (with the
// facts it got about the same person or body) and every fact of absent that
// is there (with the facts that matched it), then all the facts it got.
// Facts are written as factLines writes them ("holds|person|post|body",
// "org|name|type", "resp|subject|object", "person|name") and matched
// byPrefix.
//
// To add a case, add a row to the table of the test it belongs to:
//
//	{
//		name:   "what the sentence shows, in a few words",
//		text:   "Headline\n\nA sentence composed for the test.",
//		want:   []string{"holds|Lê Văn An|Chủ tịch|Hội Nông dân xã Tân Lập"},
//		absent: []string{"holds|Lê Văn An|Bí thư"},
//	},
//
// A table read with and without the gazetteer is one slice run twice, each
// time with its own extractor (see TestBodyConstructions).
func checkConstructions(t *testing.T, x *Extractor, rows []construction) {
	t.Helper()
	checkConstructionsBy(t, x, rows, byPrefix)
}

// checkConstructionsBy is checkConstructions with the matching of facts
// given (byPrefix or byFields).
func checkConstructionsBy(t *testing.T, x *Extractor, rows []construction, match factMatch) {
	t.Helper()
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			t.Helper()
			checkFacts(t, x, row.text, row.want, row.absent, match)
		})
	}
}

// assertFacts checks one article as checkConstructions checks a row, for a
// test that is not a table.
func assertFacts(t *testing.T, x *Extractor, text string, want, absent []string) {
	t.Helper()
	checkFacts(t, x, text, want, absent, byPrefix)
}

// factMatch reports whether the fact line got is one a test's fact want
// names.
type factMatch func(got, want string) bool

// byPrefix matches a line that begins with want, word keys compared (so
// "holds|Lê Văn An|Chủ tịch" matches every body Lê Văn An chairs, and
// "org|Hội Nông dân" every body whose name goes on from it).
func byPrefix(got, want string) bool {
	return strings.HasPrefix(wordKey(got), wordKey(want))
}

// byFields matches a line that is want, or goes on from it with more
// fields ("resp|A" matches every responsibility of A, not those of
// "A B"), or starts with it when want ends in "*".
func byFields(got, want string) bool {
	prefix := strings.HasSuffix(want, "*")
	w := wordKey(strings.TrimSuffix(want, "*"))
	k := wordKey(got)
	return k == w || strings.HasPrefix(k, w) && (prefix || k[len(w)] == '|')
}

// checkFacts extracts text with x and checks want and absent against its
// fact lines, reporting all that fail in one error.
func checkFacts(t *testing.T, x *Extractor, text string, want, absent []string, match factMatch) {
	t.Helper()
	doc, err := x.Extract("case.txt", []byte(text))
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	got := factLines(doc.Facts)
	var b strings.Builder
	for _, w := range want {
		if len(matching(got, w, match)) == 0 {
			fmt.Fprintf(&b, "missing    %s\n", w)
			for _, g := range near(got, w) {
				fmt.Fprintf(&b, "  got      %s\n", g)
			}
		}
	}
	for _, a := range absent {
		if m := matching(got, a, match); len(m) > 0 {
			fmt.Fprintf(&b, "unexpected %s\n", a)
			for _, g := range m {
				fmt.Fprintf(&b, "  got      %s\n", g)
			}
		}
	}
	if b.Len() > 0 {
		t.Errorf("facts of the article:\n%sall %d facts:\n  %s", b.String(), len(got), strings.Join(got, "\n  "))
	}
}

// matching returns the lines of got that want matches.
func matching(got []string, want string, match factMatch) []string {
	var m []string
	for _, g := range got {
		if match(g, want) {
			m = append(m, g)
		}
	}
	return m
}

// near returns the lines of got of want's kind about the same person or
// body (the same first field), which a missing fact was most likely read
// as instead.
func near(got []string, want string) []string {
	f := strings.SplitN(want, "|", 3)
	if len(f) < 2 {
		return nil
	}
	key := wordKey(f[0] + "|" + f[1] + "|")
	var n []string
	for _, g := range got {
		if strings.HasPrefix(wordKey(g+"|"), key) {
			n = append(n, g)
		}
	}
	return n
}

// factLines writes the facts a table test compares: "holds|person|post|body",
// "resp|subject|object", "org|name|type" and "person|name".
func factLines(facts []hoigraph.Fact) []string {
	var got []string
	for _, f := range facts {
		switch f.Kind {
		case hoigraph.FactHolds:
			got = append(got, "holds|"+f.Person+"|"+f.Post+"|"+f.Org)
		case hoigraph.FactResponsibleFor:
			got = append(got, "resp|"+f.Subject+"|"+f.Object)
		case hoigraph.FactOrg:
			got = append(got, "org|"+f.Name+"|"+string(f.Type))
		case hoigraph.FactPerson:
			got = append(got, "person|"+f.Name)
		}
	}
	return got
}
