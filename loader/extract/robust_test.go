package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
	"unicode/utf8"

	"hoigraph"
)

// FuzzExtract: no input makes the extractor panic or write invalid UTF-8.
// The seed corpus (the real articles, an HTML page, odd bytes) runs in every
// go test; go test -fuzz FuzzExtract ./loader/extract explores further.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "*.txt"))
	own, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	for _, p := range append(files, own...) {
		raw, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("<html><body><p>Đồng chí Nguyễn Văn A, Bí thư Đảng ủy phường Tân Giang, phụ trách Hội Khuyến học; Ban Dân vận phụ trách (</p></body></html>"))
	f.Add([]byte("\xff\xfeĐ\x00"))
	f.Add([]byte("Ban Thường vụ Đảng ủy đặc khu Phú Quốc làm việc với Ủy ban MTTQ Việt Nam đặc khu và Hội Khuyến học."))
	f.Add([]byte("Ban Thường vụ Ban Thường vụ Ban Thường vụ của của Đoàn công tác Đoàn công tác tại tại phường phường ( ( ) ) ; ; : phụ trách phụ trách và và"))
	f.Add([]byte("Đồng chí Trần Văn Sáu, Tỉnh ủy viên, Bí thư Huyện ủy Lấp Vò \x80\x81 thành phố (Hội Nông dân, Hội LHPN"))
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	xg, err := New(Options{Gazetteer: loadGazetteer(f)})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, ex := range []*Extractor{x, xg} {
			doc, err := ex.Extract("fuzz.txt", raw)
			if err != nil {
				continue
			}
			for _, fact := range doc.Facts {
				for _, s := range []string{fact.Name, fact.Person, fact.Post, fact.Org, fact.Subject, fact.Object, fact.Area, fact.Parent, fact.Chair, fact.Code} {
					if !utf8.ValidString(s) {
						t.Fatalf("invalid UTF-8 in %+v", fact)
					}
				}
				if fact.Evidence != nil && !utf8.ValidString(fact.Evidence.Sentence) {
					t.Fatalf("invalid UTF-8 evidence in %+v", fact)
				}
			}
			if !utf8.ValidString(doc.Source.Title) {
				t.Fatalf("invalid UTF-8 title %q", doc.Source.Title)
			}
		}
	})
}

// bigArticle repeats the real articles until the text is about size bytes,
// as one file: a scraped archive page, or a mistake.
func bigArticle(t testing.TB, size int) []byte {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "*.txt"))
	var parts [][]byte
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, raw)
	}
	var buf bytes.Buffer
	buf.Grow(size + 8192)
	for i := 0; buf.Len() < size; i++ {
		buf.Write(parts[i%len(parts)])
		buf.WriteString("\n\n")
	}
	return buf.Bytes()
}

// TestLargeInput: a 50 MB article is extracted without holding more than a
// small multiple of its size. Peak heap is sampled while it runs.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input; skipped with -short")
	}
	x := newExtractor(t, loadGazetteer(t))
	raw := bigArticle(t, 50<<20)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)

	peakHeap := sampleHeap(20 * time.Millisecond)
	doc, err := x.Extract("big.txt", raw)
	peak := peakHeap()
	if err != nil {
		t.Fatal(err)
	}
	holds := 0
	for _, f := range doc.Facts {
		if f.Kind == hoigraph.FactHolds {
			holds++
		}
	}
	if holds == 0 {
		t.Error("no holds facts from the repeated articles")
	}
	grown := int64(peak) - int64(before.HeapInuse)
	t.Logf("input %d MB, peak heap growth %d MB (%.1f× input), %d facts", len(raw)>>20, grown>>20, float64(grown)/float64(len(raw)), len(doc.Facts))
	if limit := int64(6 * len(raw)); grown > limit {
		t.Errorf("peak heap grew by %d MB for a %d MB input, more than 6×", grown>>20, len(raw)>>20)
	}
}
