package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"hoigraph"
	"hoigraph/gazetteer"
	"hoigraph/loader/extract/decode"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// shared is the folder beside the repository with the corpus, gold files
// and scorer.
var shared = filepath.Join("..", "..", "..", "shared")

var (
	gazOnce sync.Once
	gaz     *gazetteer.Gazetteer
	gazErr  error
)

func loadGazetteer(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	gazOnce.Do(func() { gaz, gazErr = gazetteer.Open("") }) // .cache/gazetteer (scripts/gazetteer)
	if gazErr != nil {
		t.Fatal(gazErr)
	}
	return gaz
}

func newExtractor(t testing.TB, g *gazetteer.Gazetteer) *Extractor {
	t.Helper()
	x, err := New(Options{Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// extractDir extracts every .txt of dir and returns the JSON Lines of all
// facts, in file order.
func extractDir(t testing.TB, x *Extractor, dirs ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no articles in %s (%v)", dir, err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := x.Extract(f, raw)
			if err != nil {
				t.Fatal(err)
			}
			for _, fact := range doc.Facts {
				if err := enc.Encode(fact); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	return buf.Bytes()
}

type kindScore struct {
	F1           float64 `json:"f1"`
	Precision    float64 `json:"precision"`
	Recall       float64 `json:"recall"`
	TypeAccuracy float64 `json:"type_accuracy"`
}

// score runs the project's scorer (../shared/eval/score.py) on facts.
func score(t *testing.T, gold string, facts []byte) map[string]kindScore {
	t.Helper()
	path := filepath.Join(t.TempDir(), "facts.jsonl")
	if err := os.WriteFile(path, facts, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", filepath.Join(shared, "eval", "score.py"), "--gold", gold, "--json", path).Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	var res map[string]json.RawMessage
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("score.py output %q: %v", out, err)
	}
	scores := map[string]kindScore{}
	for _, k := range []string{"org", "holds", "responsible_for"} {
		var s kindScore
		if err := json.Unmarshal(res[k], &s); err != nil {
			t.Fatalf("score.py %s: %v", k, err)
		}
		scores[k] = s
	}
	return scores
}

// TestGoldArticles holds the extractor to the quality bars of issue 3 on the
// five real articles, scored by the project's scorer.
func TestGoldArticles(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	s := score(t, filepath.Join(shared, "eval", "gold"), extractDir(t, x, filepath.Join(shared, "corpus")))
	t.Logf("%+v", s)
	for _, bar := range []struct {
		kind string
		min  float64
	}{{"holds", 0.95}, {"responsible_for", 0.95}, {"org", 0.90}} {
		if got := s[bar.kind].F1; got < bar.min {
			t.Errorf("%s F1 %.3f, below %.2f", bar.kind, got, bar.min)
		}
	}
	if got := s["org"].TypeAccuracy; got < 0.95 {
		t.Errorf("org type accuracy %.3f, below 0.95", got)
	}
}

// TestArticleSets scores the articles written for these tests: testdata
// (wards, communes, a congress, personnel changes, written beside the rules)
// and testdata/heldout (written without sight of the code, once used to
// measure generalisation; see its README). The floors are below what each
// set scores now, so they catch a rule change that breaks a construction.
func TestArticleSets(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	for _, set := range []struct {
		dir              string
		org, holds, resp float64
	}{
		{"testdata", 0.95, 0.95, 0.95},
		{filepath.Join("testdata", "heldout"), 0.93, 0.93, 0.85},
	} {
		t.Run(set.dir, func(t *testing.T) {
			s := score(t, filepath.Join(set.dir, "gold"), extractDir(t, x, filepath.Join(set.dir, "articles")))
			t.Logf("%+v", s)
			for kind, min := range map[string]float64{"org": set.org, "holds": set.holds, "responsible_for": set.resp} {
				if got := s[kind].F1; got < min {
					t.Errorf("%s F1 %.3f, below %.2f", kind, got, min)
				}
			}
		})
	}
}

// TestWithoutGazetteer: a nil gazetteer still extracts the five articles
// (a body whose place is never named comes out under its bare name).
func TestWithoutGazetteer(t *testing.T) {
	x := newExtractor(t, nil)
	s := score(t, filepath.Join(shared, "eval", "gold"), extractDir(t, x, filepath.Join(shared, "corpus")))
	t.Logf("%+v", s)
	for _, kind := range []string{"org", "holds", "responsible_for"} {
		if got := s[kind].F1; got < 0.95 {
			t.Errorf("%s F1 %.3f without a gazetteer, below 0.95", kind, got)
		}
	}
}

// TestRealArticles scores the 80 real articles of ../shared/eval/real (read
// there at test time) with the settings a fresh clone runs (the official
// units of .cache/gazetteer) and without any gazetteer. The floors are just
// below what the extractor reaches now (the bars of issue 9 are org 0.90,
// holds 0.88 with the defaults): they catch a change that reads real text
// worse. responsible_for
// has its own floor beside the rules that read it (resp_test.go).
func TestRealArticles(t *testing.T) {
	dir := filepath.Join(shared, "eval", "real")
	for _, setting := range []struct {
		name       string
		gaz        *gazetteer.Gazetteer
		org, holds float64
	}{
		{"default", loadGazetteer(t), 0.95, 0.93},
		{"no gazetteer", nil, 0.94, 0.91},
	} {
		t.Run(setting.name, func(t *testing.T) {
			s := score(t, filepath.Join(dir, "gold"), extractDir(t, newExtractor(t, setting.gaz), filepath.Join(dir, "corpus")))
			t.Logf("%+v", s)
			for kind, min := range map[string]float64{"org": setting.org, "holds": setting.holds} {
				if got := s[kind].F1; got < min {
					t.Errorf("%s F1 %.3f on the real articles, below %.2f", kind, got, min)
				}
			}
			if got := s["org"].TypeAccuracy; got < 0.95 {
				t.Errorf("org type accuracy %.3f on the real articles, below 0.95", got)
			}
		})
	}
}

// TestGolden compares the facts of every test article with its golden file;
// go test -run TestGolden -update rewrites them.
func TestGolden(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	corpus, _ := filepath.Glob(filepath.Join(shared, "corpus", "*.txt"))
	for _, f := range append(files, corpus...) {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := x.Extract(f, raw)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(doc.Source); err != nil {
				t.Fatal(err)
			}
			for _, fact := range doc.Facts {
				if err := enc.Encode(fact); err != nil {
					t.Fatal(err)
				}
			}
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".jsonl")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("facts differ from %s (run with -update after checking):\n%s", golden, lineDiff(string(want), buf.String()))
			}
		})
	}
}

func lineDiff(want, got string) string {
	w := map[string]bool{}
	for _, l := range strings.Split(want, "\n") {
		w[l] = true
	}
	g := map[string]bool{}
	var b strings.Builder
	for _, l := range strings.Split(got, "\n") {
		g[l] = true
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	if b.Len() == 0 {
		return "(the same lines in another order)"
	}
	return b.String()
}

// TestEvidence: every fact's evidence is the slice of the decoded text at
// its offsets, whatever the file's encoding.
func TestEvidence(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "*.txt"))
	own, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	examples, _ := filepath.Glob(filepath.Join("..", "..", "examples", "articles", "*.txt"))
	for _, f := range append(append(files, own...), examples...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := decode.Decode(raw)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := x.Extract(f, raw)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Source.File != filepath.Base(f) || doc.Source.Hash == "" || doc.Source.Kind != "article" {
			t.Errorf("%s: source %+v", f, doc.Source)
		}
		for _, fact := range doc.Facts {
			if fact.Doc != filepath.Base(f) {
				t.Errorf("%s: fact doc %q", f, fact.Doc)
			}
			ev := fact.Evidence
			if ev == nil {
				if fact.Kind != hoigraph.FactArea {
					t.Errorf("%s: %s fact without evidence", f, fact.Kind)
				}
				continue
			}
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End || text[ev.Start:ev.End] != ev.Sentence {
				t.Errorf("%s: evidence [%d:%d] is not %q", f, ev.Start, ev.End, ev.Sentence)
			}
		}
	}
}

// TestEncodings: the same article in every encoding gives the same facts.
func TestEncodings(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	raw, err := os.ReadFile(filepath.Join(shared, "corpus", "003_1b627a1c06cf87ba.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := factKeys(t, x, raw)
	if len(want) < 20 {
		t.Fatalf("only %d facts from the UTF-8 article", len(want))
	}
	variants := map[string][]byte{
		"bom":  append([]byte{0xEF, 0xBB, 0xBF}, raw...),
		"crlf": bytes.ReplaceAll(raw, []byte("\n"), []byte("\r\n")),
		"nbsp": bytes.ReplaceAll(raw, []byte(", "), []byte(",\u00a0")),
		"html": []byte("<html><body><p>" + strings.ReplaceAll(string(raw), "\n\n", "</p>\n<p>") + "</p></body></html>"),
	}
	for name, v := range variants {
		got := factKeys(t, x, v)
		for k := range want {
			if !got[k] {
				t.Errorf("%s: lost %s", name, k)
			}
		}
	}
}

func factKeys(t *testing.T, x *Extractor, raw []byte) map[string]bool {
	t.Helper()
	doc, err := x.Extract("a.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, f := range doc.Facts {
		if f.Kind == hoigraph.FactOrg || f.Kind == hoigraph.FactHolds || f.Kind == hoigraph.FactResponsibleFor {
			keys[strings.Join([]string{string(f.Kind), f.Name, f.Person, f.Post, f.Org, f.Subject, f.Object}, "|")] = true
		}
	}
	return keys
}

// TestRejects: input that is no Vietnamese article is an error naming the
// file.
func TestRejects(t *testing.T) {
	x := newExtractor(t, nil)
	for _, tt := range []struct {
		name string
		raw  []byte
		want error
	}{
		{"empty.txt", nil, decode.ErrEmpty},
		{"image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), decode.ErrBinary},
		{"english.txt", []byte("The district committee met the associations to review their work over the past year."), decode.ErrNotVietnamese},
	} {
		_, err := x.Extract("dir/"+tt.name, tt.raw)
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.name) {
			t.Errorf("%s: error %v, want %v naming the file", tt.name, err, tt.want)
		}
	}
}

// TestConcurrent: one Extractor used from many goroutines gives the same
// documents as used alone (run with -race).
func TestConcurrent(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "*.txt"))
	want := map[string]string{}
	raws := map[string][]byte{}
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		raws[f] = raw
		doc, err := x.Extract(f, raw)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(doc)
		want[f] = string(b)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, f := range files {
				doc, err := x.Extract(f, raws[f])
				if err != nil {
					t.Error(err)
					return
				}
				if b, _ := json.Marshal(doc); string(b) != want[f] {
					t.Errorf("%s: concurrent result differs", f)
				}
			}
		}()
	}
	wg.Wait()
}

// TestBadRules: a malformed rule file fails New with its file and line.
func TestBadRules(t *testing.T) {
	base := fstest.MapFS{}
	entries, err := embeddedRules.ReadDir("rules")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, _ := embeddedRules.ReadFile("rules/" + e.Name())
		base["rules/"+e.Name()] = &fstest.MapFile{Data: data}
	}
	if _, err := New(Options{Rules: base}); err != nil {
		t.Fatalf("the embedded rules copied: %v", err)
	}
	tests := []struct {
		name, file, appendLine, want string
	}{
		{"too few columns", "bodies.tsv", "hội abc\tHội Abc\tassociation", "rules/bodies.tsv:"},
		{"unknown type", "bodies.tsv", "hội abc\tHội Abc\tclub\tlocal\t-", "unknown type"},
		{"unknown role", "bodies.tsv", "hội abc\tHội Abc\tassociation\tmember\t-", "unknown role"},
		{"committee without unit", "bodies.tsv", "xã ủy\tXã ủy\tparty_committee\tcommittee\t-", "needs the kind of unit"},
		{"local body at an unknown level", "bodies.tsv", "sở abc\tSở Abc\tgovernment\tlocal\tTỉnh", "the level it exists at"},
		{"shares not a number", "titles.tsv", "phó tổng thư ký\tPhó Tổng Thư ký\tone\t-", "shares"},
		{"implies unknown body", "titles.tsv", "xã ủy viên\tỦy viên\t0\txã ủy", "not a pattern of bodies.tsv"},
		{"bad level", "places.tsv", "khu phố\tKhu phố\tneighbourhood\t-\t-\t-", "unknown level"},
		{"committee form of a kind word", "places.tsv", "phường\tPhường\tcommune\t-\tP. X\t-", "short name of a province"},
		{"numbered not yes", "places.tsv", "tổ\tTổ\tvillage\t-\t-\tno", "numbered"},
		{"bad action", "boilerplate.tsv", "Quảng cáo\thide", "drop or trailer"},
		{"empty cell", "phrases.tsv", "giữ chức vụ\t", "empty"},
		{"unknown phrase role", "phrases.tsv", "phối hợp cùng\tpartners", "unknown role"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range base {
				fsys[k] = v
			}
			data := append(append([]byte{}, base["rules/"+tt.file].Data...), []byte("\n"+tt.appendLine+"\n")...)
			fsys["rules/"+tt.file] = &fstest.MapFile{Data: data}
			line := bytes.Count(data, []byte("\n")) // the appended line's number
			_, err := New(Options{Rules: fsys})
			if err == nil {
				t.Fatal("New accepted the bad rule")
			}
			wantLoc := "rules/" + tt.file + ":" + itoa(line)
			if !strings.Contains(err.Error(), wantLoc) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want %q and %q", err, wantLoc, tt.want)
			}
		})
	}
	t.Run("bad header", func(t *testing.T) {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys["rules/surnames.tsv"] = &fstest.MapFile{Data: []byte("# family names\nname\tnote\nNguyễn\tx\n")}
		_, err := New(Options{Rules: fsys})
		if err == nil || !strings.Contains(err.Error(), "rules/surnames.tsv:2: header") {
			t.Errorf("error %v, want the header's file and line", err)
		}
	})
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestTokensKeepToneVariants: hoá and hóa, thuỷ and thủy match the same rules.
func TestToneVariants(t *testing.T) {
	x := newExtractor(t, nil)
	for _, pair := range [][2]string{{"Hội Kế hoạch hoá gia đình", "Hội Kế hoạch hóa gia đình"}, {"Tỉnh uỷ", "Tỉnh ủy"}} {
		a, b := tokenize(pair[0], 0), tokenize(pair[1], 0)
		ra, ea := x.rules.bodies.match(a, 0)
		rb, eb := x.rules.bodies.match(b, 0)
		if ea == 0 || ea != eb || ra != rb {
			t.Errorf("%q and %q match differently: %v/%d, %v/%d", pair[0], pair[1], ra, ea, rb, eb)
		}
	}
	if !utf8.ValidString(wordKey("Thuỷ")) {
		t.Error("key is not UTF-8")
	}
}

// TestEraByDate: with the official units of both eras, the article's date
// decides which unit a name stands for, and a unit of the new era is placed
// in its new province; an older article keeps the old structure.
func TestEraByDate(t *testing.T) {
	x := newExtractor(t, loadGazetteer(t))
	article := func(date, place, where string) []byte {
		return []byte("Đại hội Hội Khuyến học " + place + "\n\nNgày " + date + ", Hội Khuyến học " + place + where +
			" tổ chức Đại hội. Ông Nguyễn Văn An được bầu giữ chức Chủ tịch Hội Khuyến học " + place + ".\n")
	}
	tests := []struct {
		name, raw  string
		wantParent string // the parent of the place in its area fact
	}{
		{"new ward, new province", string(article("15/9/2025", "phường Thủ Dầu Một", "")), "Thành phố Hồ Chí Minh"},
		{"old ward, old district", string(article("15/9/2024", "phường Phú Cường", "")), "thành phố Thủ Dầu Một"},
		{"a name of both eras after July 2025", string(article("15/9/2025", "phường Xuân Hòa", ", Thành phố Hồ Chí Minh")), "Thành phố Hồ Chí Minh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := x.Extract("a.txt", []byte(tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range doc.Facts {
				if f.Kind == hoigraph.FactArea && f.Level == hoigraph.Commune {
					got = append(got, f.Name+" in "+f.Parent)
					if f.Parent == tt.wantParent {
						return
					}
				}
			}
			t.Errorf("commune facts %v; want one in %s", got, tt.wantParent)
		})
	}
}
