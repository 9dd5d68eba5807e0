package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Dates: the source's own date, and when a fact starts to hold.
//
// Portals date an article in many ways: a header "Thứ Sáu, ngày 29 tháng 3
// năm 2024", a line "Ngày 14-04-2021 - Lượt xem: 38" or "Đăng ngày
// 03-08-2022 08:55", a dateline "Ngày 11.6, …" whose year only a "date
// 2025-06" line of the page gives.

var (
	longDate  = regexp.MustCompile(`[Nn]gày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})`)
	shortDate = regexp.MustCompile(`\b(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4})\b`)
	// metaDate is a page's "date 2025-06" or "date 2025-06-11" line.
	metaDate = regexp.MustCompile(`^\s*date (\d{4})-(\d{2})(?:-(\d{2}))?\b`)
	// dayMonthLine is a dateline without its year: "Ngày 11.6, …", "Sáng 19/4, …".
	dayMonthLine = regexp.MustCompile(`^(?:\S+ )?(?:[Nn]gày )?(\d{1,2})[/.-](\d{1,2})\b`)
	// sinceDate is "(kể) từ ngày 15/7/2022", "từ ngày 1-2", "từ ngày 01
	// tháng 4 năm 2022".
	sinceDate = regexp.MustCompile(`từ ngày (\d{1,2})(?:[/.-]| tháng )(\d{1,2})(?:(?:[/.-]| năm )(\d{4}))?`)
	// wordMonthDate is a header with the month in words: "10 Tháng Mười Hai
	// 2022", "Thứ Hai, 3 tháng Tư 2023".
	wordMonthDate = regexp.MustCompile(`\b(\d{1,2}) [Tt]háng (Mười Một|Mười Hai|Mười|Một|Giêng|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín|Chạp) (?:[Nn]ăm )?(\d{4})\b`)
)

// monthWords are the months written in words, in headers of some portals.
var monthWords = map[string]string{"Một": "1", "Giêng": "1", "Hai": "2", "Ba": "3", "Tư": "4", "Bốn": "4", "Năm": "5",
	"Sáu": "6", "Bảy": "7", "Tám": "8", "Chín": "9", "Mười": "10", "Mười Một": "11", "Mười Hai": "12", "Chạp": "12"}

// articleDate is the source's date as an ISO date, as precise as the page
// says it: its header or dateline in its first lines, else its "date" line.
// Only the start of a line is searched (a date further on is some
// document's), which keeps this cheap on long lines.
func articleDate(lines []line) string {
	year, month := "", ""
	for i, l := range lines {
		if i > 8 {
			break
		}
		if m := metaDate.FindStringSubmatch(head(l.text, 24)); m != nil {
			if m[3] != "" {
				return m[1] + "-" + m[2] + "-" + m[3]
			}
			year, month = m[1], m[2]
			break
		}
	}
	for i, l := range lines {
		if i > 8 {
			break
		}
		t := strings.TrimSpace(l.text)
		if loc := metaDate.FindStringIndex(head(t, 24)); loc != nil {
			t = strings.TrimSpace(t[loc[1]:])
		}
		// a header "Thứ Sáu, ngày 29 tháng 3 năm 2024", or a dateline
		// opening a paragraph "Ngày 28 tháng 10 năm 2016, …"
		if strings.Contains(head(t, 160), "háng") {
			short := len(t) < 120
			if m := longDate.FindStringSubmatchIndex(head(t, 160)); m != nil && (short || m[0] < 40) {
				d, mo, y := t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]]
				if validDate(mo, d) {
					return isoDate(y, mo, d)
				}
			}
			if m := wordMonthDate.FindStringSubmatch(head(t, 160)); m != nil && short && validDate(monthWords[m[2]], m[1]) {
				return isoDate(m[3], monthWords[m[2]], m[1])
			}
		}
		// "Chiều ngày 07/01/2021, …", "Ngày 14-04-2021 - Lượt xem"
		if m := shortDate.FindStringSubmatchIndex(head(t, 52)); m != nil && m[0] < 40 {
			d, sep1, mo, sep2, y := t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]], t[m[8]:m[9]], t[m[10]:m[11]]
			if sep1 == sep2 && validDate(mo, d) {
				return isoDate(y, mo, d)
			}
		}
		// "Ngày 11.6, …" under a "date 2025-06" line: the same month
		if year != "" {
			if m := dayMonthLine.FindStringSubmatch(head(t, 24)); m != nil && validDate(m[2], m[1]) && atoi(m[2]) == atoi(month) {
				return isoDate(year, m[2], m[1])
			}
		}
	}
	if year != "" {
		return year + "-" + month
	}
	return ""
}

// head is at most the first n bytes of s, cut at a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// since is the date a sentence says its facts start from ("điều hành …
// từ ngày 15/7/2022", "kể từ ngày 1/2/2020"), the year taken from the
// source when the sentence leaves it out; "" when it says none.
func (d *docState) since(s *sentence) string {
	if !strings.Contains(s.text, "từ ngày") {
		return ""
	}
	m := sinceDate.FindStringSubmatch(s.text)
	if m == nil || !validDate(m[2], m[1]) {
		return ""
	}
	year := m[3]
	if year == "" {
		if len(d.src.Date) < 4 {
			return ""
		}
		year = d.src.Date[:4]
	}
	return isoDate(year, m[2], m[1])
}

func validDate(month, day string) bool {
	m, d := atoi(month), atoi(day)
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
