package decode

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

const sample = "Đồng chí Trần Thị Hường, Ủy viên Ban Thường vụ, Trưởng Ban dân vận Quận ủy phát biểu tại hội nghị.\nHội Khuyến học phường Tân Giang tổ chức đại hội."

func utf16le(t *testing.T, s string) []byte {
	t.Helper()
	b, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16be(t *testing.T, s string) []byte {
	t.Helper()
	b, err := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	crlf := strings.ReplaceAll(sample, "\n", "\r\n")
	nbsp := strings.ReplaceAll(sample, ", ", ",\u00a0")
	html := "<!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style><script>var a = '<p>';</script></head><body><ul><li>Trang chủ</li></ul>" +
		"<p>Đồng chí Trần Thị Hường, Ủy viên Ban Thường vụ, Trưởng Ban dân vận Quận ủy phát biểu tại hội nghị.</p>" +
		"<p>Hội Khuyến học phường Tân&nbsp;Giang tổ chức đại hội &amp; &quot;bầu&quot; Ban Chấp hành.</p></body></html>"
	tests := []struct {
		name     string
		raw      []byte
		encoding string
		contains []string
		absent   []string
	}{
		{"utf-8", []byte(sample), UTF8, []string{"Ủy viên Ban Thường vụ"}, nil},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, sample...), UTF8BOM, []string{"Đồng chí"}, []string{"\uFEFF"}},
		{"utf-16le", utf16le(t, sample), UTF16LE, []string{"Hội Khuyến học phường Tân Giang"}, nil},
		{"utf-16be", utf16be(t, sample), UTF16BE, []string{"Hội Khuyến học phường Tân Giang"}, nil},
		{"nfd", []byte(norm.NFD.String(sample)), UTF8, []string{"Hội Khuyến học phường Tân Giang"}, nil},
		{"crlf", []byte(crlf), UTF8, []string{"hội nghị.\nHội"}, []string{"\r"}},
		{"nbsp", []byte(nbsp), UTF8, []string{"Hường, Ủy viên"}, []string{"\u00a0"}},
		// a table pasted as tab-separated text keeps its cells; an
		// indenting tab is a space
		{"tab table", []byte("\tĐảng ủy xã Tân Hòa phân công nhiệm vụ\r\nTT\tHọ và tên\t\tChức vụ \t\r\n1\tLâm Văn Khoa\tBí thư\n" + sample), UTF8,
			[]string{" Đảng ủy xã", "TT | Họ và tên | Chức vụ", "\n1 | Lâm Văn Khoa | Bí thư\n"}, []string{"\t", "\r"}},
		// the cells of an HTML table row are parted as a table pasted as text
		{"html table", []byte("<html><body><p>" + sample + "</p><table><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th></tr>\n<tr>\n  <td>1</td>\n  <td><b>Lâm Văn Khoa</b></td><td>Bí thư</td></tr></table></body></html>"), UTF8,
			[]string{"\nTT | Họ và tên | Chức vụ\n", "\n1 | Lâm Văn Khoa | Bí thư"}, []string{"| TT", "| 1"}},
		{"html", []byte(html), UTF8, []string{"Tân Giang", "& \"bầu\"", "hội nghị.\n"}, []string{"<p>", "color", "var a", "&nbsp;"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := Decode(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if enc != tt.encoding {
				t.Errorf("encoding %q, want %q", enc, tt.encoding)
			}
			if !norm.NFC.IsNormalString(text) || !utf8.ValidString(text) {
				t.Error("text is not valid NFC UTF-8")
			}
			for _, c := range tt.contains {
				if !strings.Contains(text, c) {
					t.Errorf("text lacks %q:\n%s", c, text)
				}
			}
			for _, c := range tt.absent {
				if strings.Contains(text, c) {
					t.Errorf("text still has %q", c)
				}
			}
		})
	}
}

// TestWindows1258 reads the sample article of the repository that is saved
// in Windows-1258, with its tone marks as combining characters.
func TestWindows1258(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "examples", "articles", "101_ma-thanh-hoi-nong-dan.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if utf8.Valid(raw) {
		t.Fatal("the sample is expected to be Windows-1258, not UTF-8")
	}
	text, enc, err := Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if enc != Windows1258 {
		t.Errorf("encoding %q, want %q", enc, Windows1258)
	}
	for _, want := range []string{"Mã Thành", "Hội Nông dân"} {
		if !strings.Contains(text, want) {
			t.Errorf("decoded text lacks %q (NFC)", want)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte(" \n\r\n\t "), ErrEmpty},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), ErrBinary},
		{"english", []byte("The committee met on Tuesday to review the work of the associations in the district and to plan the next year."), ErrNotVietnamese},
		{"latin-1 french", []byte("Le comit\xe9 s'est r\xe9uni mardi pour examiner le travail des associations du district et pr\xe9parer l'ann\xe9e."), ErrNotVietnamese},
		{"html without text", []byte("<html><body><div></div><p></p></body></html>"), ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decode(tt.raw)
			if !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}

func TestStripHTMLKeepsPlainText(t *testing.T) {
	// Text that merely mentions a tag is not HTML.
	s := "Bài viết về thẻ <p> trong trang web của Hội Khuyến học phường Tân Giang, quận Tân Phú, được đăng tải."
	text, _, err := Decode([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains([]byte(text), []byte("<p>")) {
		t.Errorf("plain text lost its words: %q", text)
	}
}

// robust #9: UTF-8 with one stray byte, or its last character cut in half,
// is UTF-8 with the bad bytes replaced, and says so; a Windows-1258 file is
// still read as such.
func TestStrayBytesInUTF8(t *testing.T) {
	// Cut inside the last multi-byte letter.
	cut := []byte(strings.TrimSuffix(sample, " đại hội."))
	for len(cut) > 0 && utf8.Valid(cut) {
		cut = cut[:len(cut)-1]
	}
	stray := []byte(sample[:40] + "\xff" + sample[40:])
	for name, raw := range map[string][]byte{"stray byte": stray, "last character cut": cut} {
		text, enc, err := Decode(raw)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if enc != UTF8Repaired || !strings.Contains(text, "\uFFFD") || !strings.Contains(text, "Trần Thị Hường") {
			t.Errorf("%s: %q %q, want the text with U+FFFD, as %q", name, enc, text, UTF8Repaired)
		}
	}
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "examples", "articles", "101_ma-thanh-hoi-nong-dan.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if _, enc, _ := Decode(raw); enc != Windows1258 {
		t.Errorf("Windows-1258 sample read as %q", enc)
	}
}

// longRow is an HTML table of one row of n cells, their markup written in
// the ways pages write it, and the text stripHTML must make of it: the
// cells parted by " | " on one line after a blank one.
func longRow(n int) (page, want string) {
	var p, w strings.Builder
	p.WriteString("<html><body><p>" + sample + "</p><table><tr>")
	w.WriteString(strings.ReplaceAll(sample, "\n", " ") + "\n\n") // a paragraph, a blank line, the row
	forms := []string{"<td>%s</td>", "<td> %s </td>", "<td>\n  %s\n</td>", "<th><b>%s</b></th>", "<td><span>%s</span> </td>"}
	for i := range n {
		cell := "Ô " + strconv.Itoa(i+1) + " Tân&nbsp;Giang"
		p.WriteString(strings.Replace(forms[i%len(forms)], "%s", cell, 1))
		if i > 0 {
			w.WriteString(" | ")
		}
		w.WriteString("Ô " + strconv.Itoa(i+1) + " Tân Giang")
	}
	p.WriteString("</tr></table></body></html>")
	w.WriteString("\n")
	return p.String(), w.String()
}

// TestStripHTMLLongRow: a row of thousands of cells is one line with its
// cells parted as in a short one (and, with a cell boundary found from
// where the line stands rather than by reading it again, in linear time:
// BenchmarkStripHTML).
func TestStripHTMLLongRow(t *testing.T) {
	for _, n := range []int{1, 2, 7, 3000} {
		page, want := longRow(n)
		if got := stripHTML(page); got != want {
			for i := 0; i < len(got) && i < len(want); i++ {
				if got[i] != want[i] {
					t.Fatalf("%d cells: output differs at byte %d: %q, want %q", n, i, got[max(0, i-40):min(len(got), i+40)], want[max(0, i-40):min(len(want), i+40)])
				}
			}
			t.Fatalf("%d cells: output of %d bytes, want %d", n, len(got), len(want))
		}
	}
}

// BenchmarkStripHTML: a row of 4,000 cells, and an article-sized page.
func BenchmarkStripHTML(b *testing.B) {
	row, _ := longRow(4000)
	article := "<html><body>" + strings.Repeat("<p>"+sample+"</p><div><a href=\"/x\">Tin liên quan</a></div>", 40) +
		"<table>" + strings.Repeat("<tr><td>1</td><td>Lâm Văn Khoa</td><td>Bí thư</td></tr>", 20) + "</table></body></html>"
	for _, c := range []struct{ name, page string }{{"row of 4000 cells", row}, {"article", article}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.page)))
			for b.Loop() {
				stripHTML(c.page)
			}
		})
	}
}
