package store

import "testing"

func TestSearchQueryFoldsAndEscapes(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Hội Khuyến học Quận 3", `+hoi +khuyen +hoc +quan +3 "hoi khuyen hoc quan 3"^2`},
		{"  TRẦN thị   Hường ", `+tran +thi +huong "tran thi huong"^2`},
		// Tổ and thể fold to English stop words; they must stay terms.
		{"Tổ dân phố", `+to +dan +pho "to dan pho"^2`},
		// Punctuation is folded away, so no Lucene syntax survives.
		{`Hội "Luật gia" (Quận 1) AND*`, `+hoi +luat +gia +quan +1 +and "hoi luat gia quan 1 and"^2`},
		{" ;,- ", ""},
	} {
		if got := searchQuery(tc.text); got != tc.want {
			t.Errorf("searchQuery(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestLuceneEscape(t *testing.T) {
	if got, want := luceneEscape(`a+b-c:(d)*"e"\f/g`), `a\+b\-c\:\(d\)\*\"e\"\\f\/g`; got != want {
		t.Errorf("luceneEscape = %q, want %q", got, want)
	}
}

func TestLabelOfIsAClosedMapping(t *testing.T) {
	for id, want := range map[string]string{
		"org:hoi-khuyen-hoc~abc": "Organization", "person:x": "Person", "area:2024:001": "Area",
		"post:org:x/truong-ban": "Post", "source:a": "Source", "Organization) DETACH DELETE (n:x": "", "nothing": "",
	} {
		if got := labelOf(id); got != want {
			t.Errorf("labelOf(%q) = %q, want %q", id, got, want)
		}
	}
}
