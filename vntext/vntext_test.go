package vntext

import "testing"

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
