package extract

import (
	"strings"
	"testing"

	"hoigraph"
)

// TestDates: the source's date from the ways portals write it, and a
// fact's since from its sentence, in short articles composed for the test.
func TestDates(t *testing.T) {
	x := newExtractor(t, nil)
	for _, tt := range []struct {
		name, text, date, since string
	}{
		{"a weekday header", "Thứ Sáu, ngày 29 tháng 3 năm 2024\nHội Nông dân xã Tân Lập đại hội\n\nÔng Lê Văn An, Chủ tịch Hội Nông dân xã Tân Lập phát biểu.", "2024-03-29", ""},
		{"a line with a counter", "Hội Nông dân xã Tân Lập đại hội\nNgày 14-04-2021 - Lượt xem: 38\n\nÔng Lê Văn An, Chủ tịch Hội Nông dân xã Tân Lập phát biểu.", "2021-04-14", ""},
		{"a page's date line and a dateline without its year", "date 2025-06\nNgày 11.6, Hội Nông dân xã Tân Lập đại hội. Ông Lê Văn An, Chủ tịch Hội Nông dân xã Tân Lập phát biểu.", "2025-06-11", ""},
		{"a page's month alone", "date 2025-06\nHội Nông dân xã Tân Lập đại hội. Ông Lê Văn An, Chủ tịch Hội Nông dân xã Tân Lập phát biểu.", "2025-06", ""},
		{"the month in words", "Hoạt động Đoàn thể 10 Tháng Mười Hai 2022 1:50:00 CH\nHội Nông dân xã Tân Lập đại hội\n\nÔng Lê Văn An, Chủ tịch Hội Nông dân xã Tân Lập phát biểu.", "2022-12-10", ""},
		{"a long dateline opening a paragraph", "Hội Nông dân xã Tân Lập đại hội\n\nNgày 28 tháng 10 năm 2016, Hội Nông dân xã Tân Lập tổ chức đại hội nhiệm kỳ mới với sự tham dự của đông đảo hội viên và đại biểu các ban ngành. Ông Lê Văn An, Chủ tịch Hội Nông dân xã Tân Lập phát biểu.", "2016-10-28", ""},
		{"since, short and long", "Ngày 2/5/2023, Huyện ủy Tân Phú công bố quyết định.\n\nÔng Lê Văn An được bổ nhiệm giữ chức Trưởng Ban Tổ chức Huyện ủy Tân Phú từ ngày 01 tháng 6 năm 2023.", "2023-05-02", "2023-06-01"},
		{"since without its year takes the source's", "Ngày 2/5/2023, Huyện ủy Tân Phú công bố quyết định.\n\nÔng Lê Văn An giữ chức Trưởng Ban Tổ chức Huyện ủy Tân Phú kể từ ngày 15/5.", "2023-05-02", "2023-05-15"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := x.Extract("case.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Source.Date != tt.date {
				t.Errorf("date %q, want %q", doc.Source.Date, tt.date)
			}
			var holds []string
			for _, f := range doc.Facts {
				if f.Kind != hoigraph.FactHolds {
					continue
				}
				holds = append(holds, f.Person+"|"+f.Post+"|"+f.Org+"|"+f.AsOf+"|"+f.Since)
				if f.AsOf != tt.date || f.Since != tt.since {
					t.Errorf("holds %s|%s: as of %q since %q, want %q and %q", f.Person, f.Org, f.AsOf, f.Since, tt.date, tt.since)
				}
			}
			if len(holds) == 0 {
				t.Errorf("no holds read")
			}
			t.Log(strings.Join(holds, "\n"))
		})
	}
}
