package vntext

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestToneKeyTreatsPlacementVariantsAsEqual(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"hoá", "hóa", true},
		{"Thuỷ", "thủy", true},
		{"khoá XIII", "khóa XIII", true},
		{"Hội Khuyến học", "hội khuyến học", true},
		{"ho\u0061\u0301", "hoá", true}, // NFD vs NFC
		{"Hồng", "Hông", false},
		{"mù", "mủ", false},
	}
	for _, tt := range tests {
		if got := Equal(tt.a, tt.b); got != tt.same {
			t.Errorf("Equal(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Hội Khuyến học Quận 3":            "hoi khuyen hoc quan 3",
		"Đảng ủy phường Đức Thuận":         "dang uy phuong duc thuan",
		"  Ban liên lạc Cựu tù - tù binh ": "ban lien lac cuu tu tu binh",
		"TP.HCM": "tp hcm",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIDIsStableAcrossVariantsAndSeparatesDiacritics(t *testing.T) {
	if ID("org", "Hội Khuyến học Quận 3") != ID("org", "hội khuyến học  quận 3") {
		t.Error("case and spacing changed the id")
	}
	if ID("person", "Lê Thị Hoá") != ID("person", "Lê Thị Hóa") {
		t.Error("tone placement changed the id")
	}
	if ID("person", "Lê Thị Hồng") == ID("person", "Lê Thị Hông") {
		t.Error("names differing by a diacritic share an id")
	}
	same := []string{
		"Ban liên lạc Cựu tù chính trị - tù binh Quận 3",
		"Ban liên lạc Cựu tù chính trị và tù binh Quận 3",
		"Ban liên lạc Cựu tù chính trị, tù binh Quận 3",
	}
	for _, name := range same[1:] {
		if ID("org", name) != ID("org", same[0]) {
			t.Errorf("%q and %q have different ids", name, same[0])
		}
	}
	if ID("org", "Hội Vá lưới") == ID("org", "Hội lưới") {
		t.Error("a word that folds to va was dropped from the key")
	}
}

// TestDecomposeIsNFD checks the table decomposition behind Fold and
// ToneKey against the norm package on every character the tables cover,
// alone and followed by others (a mark of the next character must never
// need reordering), and on Vietnamese text in both normal forms; text the
// tables do not cover must be refused, for the norm package to decompose.
func TestDecomposeIsNFD(t *testing.T) {
	covered := coveredRunes()
	check := func(s string) {
		t.Helper()
		for _, c := range []struct {
			name string
			fn   func(string) (string, bool)
			want func(string) string
		}{
			{"decompose", decompose, func(s string) string { return norm.NFD.String(NFC(s)) }},
			{"decomposeLower", decomposeLower, func(s string) string { return norm.NFD.String(strings.ToLower(NFC(s))) }},
		} {
			got, ok := c.fn(s)
			if ok && got != c.want(s) {
				t.Fatalf("%s(%q) = %q, want %q", c.name, s, got, c.want(s))
			}
		}
	}
	for i, r := range covered {
		check(string(r))
		for j := i % 5; j < len(covered); j += 5 {
			check(string(r) + string(covered[j]))
		}
	}
	for _, s := range []string{
		"Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "thuỷ lợi, HOÁ HỌC; 12/3",
		norm.NFD.String("Mặt trận Tổ quốc Việt Nam"), "Ban Dân vận – Tỉnh ủy", "bad \xff byte", "e\u0323\u0302",
	} {
		check(s)
	}
	for _, s := range []string{norm.NFD.String("Hội"), "Tỉnh ủy – ban", "bad \xff byte", "Ω"} {
		if _, ok := decompose(s); ok && strings.ContainsFunc(s, func(r rune) bool { _, in := decomposed(r); return !in }) {
			t.Errorf("decompose(%q) took text outside the tables", s)
		}
	}
}

// TestNFCFastPath checks that isNFC never calls text NFC that is not, on
// every covered character alone and followed by others, and that NFC
// leaves Vietnamese text alone and normalises the rest as before.
func TestNFCFastPath(t *testing.T) {
	covered := coveredRunes()
	check := func(s string) {
		t.Helper()
		if isNFC(s) && !norm.NFC.IsNormalString(s) {
			t.Fatalf("isNFC(%q) but it is not NFC", s)
		}
	}
	for i, r := range covered {
		check(string(r))
		for j := i % 3; j < len(covered); j += 3 {
			check(string(r) + string(covered[j]))
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Hội Liên hiệp Phụ nữ", "Hội Liên hiệp Phụ nữ"},
		{norm.NFD.String("Hội Liên hiệp Phụ nữ"), "Hội Liên hiệp Phụ nữ"},
		{"Ban Dân vận – Tỉnh ủy", "Ban Dân vận – Tỉnh ủy"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"A\u030A", "\u00C5"},
	} {
		if got := NFC(c.in); got != c.want {
			t.Errorf("NFC(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// coveredRunes are the runes the decomposition tables hold.
func coveredRunes() []rune {
	var out []rune
	for r := rune(0); r < 0x1F00; r++ {
		if _, ok := decomposed(r); ok {
			out = append(out, r)
		}
	}
	return out
}
