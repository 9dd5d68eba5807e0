// Package decode turns the bytes of an article, as it was saved from the web,
// into the one text every later step indexes into: UTF-8, NFC, LF line ends,
// ordinary spaces, no HTML. Articles arrive as UTF-8 (with or without BOM),
// UTF-16 with a BOM, or the legacy Windows-1258 code page, which is detected
// from invalid UTF-8 plus Vietnamese letter statistics because such files
// carry no label.
package decode

import (
	"bytes"
	"errors"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// The encodings Decode reports.
const (
	UTF8        = "UTF-8"
	UTF8BOM     = "UTF-8 with BOM"
	UTF16LE     = "UTF-16LE"
	UTF16BE     = "UTF-16BE"
	Windows1258 = "Windows-1258"
	// UTF8Repaired is UTF-8 with a few invalid bytes (a stray byte, the
	// last character cut in half), each replaced by U+FFFD.
	UTF8Repaired = "UTF-8 (invalid bytes replaced)"
)

// Errors for input that is not a Vietnamese article.
var (
	ErrEmpty         = errors.New("empty file")
	ErrBinary        = errors.New("binary data, not text")
	ErrNotVietnamese = errors.New("not Vietnamese text")
)

// Decode returns the normalised text of raw and the encoding it was read
// from. The text is what evidence offsets point into.
func Decode(raw []byte) (text, encoding string, err error) {
	s, encoding, err := charset(raw)
	if err != nil {
		return "", "", err
	}
	if looksHTML(s) {
		s = stripHTML(s)
	}
	s = clean(norm.NFC.String(tabCells(s)))
	if strings.TrimSpace(s) == "" {
		return "", "", ErrEmpty
	}
	if !vietnamese(s) {
		return "", "", ErrNotVietnamese
	}
	return s, encoding, nil
}

// Text decodes a text file that is not an article (a curated table): the
// same encodings as Decode, NFC and LF line ends, but no HTML stripping and
// no test of the language.
func Text(raw []byte) (text, encoding string, err error) {
	s, encoding, err := charset(raw)
	if err != nil {
		return "", "", err
	}
	s = clean(norm.NFC.String(s))
	if strings.TrimSpace(s) == "" {
		return "", "", ErrEmpty
	}
	return s, encoding, nil
}

// tabCells keeps the cell boundaries of a table pasted as tab-separated
// text ("1<TAB>Nguyễn Văn A<TAB>Bí thư"), which clean would turn into
// plain spaces: each run of tabs (and the spaces about it) between two
// pieces of text on one line becomes " | ", the form the table reader
// reads, so a tab table reads as the same table written with "|". A tab
// that opens or closes a line is indentation and stays for clean.
func tabCells(s string) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/16)
	for len(s) > 0 {
		end := strings.IndexByte(s, '\n')
		if end < 0 {
			end = len(s)
		} else {
			end++
		}
		line := s[:end]
		s = s[end:]
		body := strings.TrimRight(line, " \t\r\n")
		lead := len(body) - len(strings.TrimLeft(body, " \t"))
		b.WriteString(body[:lead])
		for i := lead; i < len(body); {
			j := i
			for j < len(body) && (body[j] == ' ' || body[j] == '\t') {
				j++
			}
			if j == i {
				b.WriteByte(body[i])
				i++
				continue
			}
			if strings.IndexByte(body[i:j], '\t') >= 0 {
				b.WriteString(" | ")
			} else {
				b.WriteString(body[i:j])
			}
			i = j
		}
		b.WriteString(line[len(body):])
	}
	return b.String()
}

// charset turns raw into valid UTF-8, telling which encoding it was in.
func charset(raw []byte) (s, encoding string, err error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		s, encoding = string(raw[3:]), UTF8BOM
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		s, encoding, err = utf16(raw, xunicode.LittleEndian), UTF16LE, nil
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		s, encoding, err = utf16(raw, xunicode.BigEndian), UTF16BE, nil
	case utf8.Valid(raw):
		s, encoding = string(raw), UTF8
	case mostlyUTF8(raw):
		s, encoding = strings.ToValidUTF8(string(raw), "\uFFFD"), UTF8Repaired
	default:
		if looksBinary(raw) {
			return "", "", ErrBinary
		}
		b, derr := charmap.Windows1258.NewDecoder().Bytes(raw)
		if derr != nil {
			return "", "", ErrBinary
		}
		s, encoding = string(b), Windows1258
	}
	if strings.IndexByte(s, 0) >= 0 || looksBinary([]byte(s)) {
		return "", "", ErrBinary
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s, encoding, nil
}

// mostlyUTF8 reports whether raw is UTF-8 with a few bad bytes: its valid
// multi-byte characters outnumber its invalid bytes ten to one. Text in a
// legacy code page has its letters above 0x7F as bytes that are almost
// never valid UTF-8 sequences, so it is the other way round.
func mostlyUTF8(raw []byte) bool {
	multi, invalid := 0, 0
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			invalid++
		case n > 1:
			multi++
		}
		i += max(n, 1)
	}
	return invalid > 0 && invalid*10 <= multi
}

func utf16(raw []byte, order xunicode.Endianness) string {
	b, err := xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder().Bytes(raw)
	if err != nil {
		return ""
	}
	return string(b)
}

// looksBinary reports control characters other than whitespace in more than
// one byte in a hundred, or any NUL.
func looksBinary(b []byte) bool {
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*100 > len(b)
}

// vietnamese reports whether enough letters carry Vietnamese diacritics: an
// article has one in every few words, English or a wrongly decoded file has
// almost none (or a mess of symbols instead).
func vietnamese(s string) bool {
	if len(s) > 64<<10 {
		s = strings.ToValidUTF8(s[:64<<10], "") // a sample is enough
	}
	letters, marked, strong, odd := 0, 0, 0, 0
	for _, r := range s {
		switch {
		case r < 0x80:
			if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
				letters++
			}
		case isVietnameseLetter(r):
			letters++
			marked++
			if vnClass[r] == 2 {
				strong++
			}
		case r == '\uFFFD' || unicode.Is(unicode.Mn, r) || unicode.IsLetter(r):
			odd++
		}
	}
	return letters >= 20 && marked*50 >= letters && strong*200 >= letters && odd*20 < letters
}

func isVietnameseLetter(r rune) bool {
	return r < rune(len(vnClass)) && vnClass[r] > 0
}

// vnClass marks the letters of vnLetters (1) and of vnOnly (2), upper and
// lower case, indexed by rune.
var vnClass = func() []uint8 {
	t := make([]uint8, 0x1F00)
	mark := func(s string, v uint8) {
		for _, r := range s {
			for _, c := range []rune{r, unicode.ToUpper(r)} {
				if int(c) < len(t) && t[c] < v {
					t[c] = v
				}
			}
		}
	}
	mark(vnLetters, 1)
	mark(vnOnly, 2)
	mark("đ", 2)
	return t
}()

// vnOnly are letters no other Latin-script language writes: what tells
// Vietnamese from French or Portuguese decoded from the same code page.
const vnOnly = "đăằắẳẵặầấẩẫậềếểễệơờớởỡợưừứửữựảạẻẽẹỉĩịỏọổỗộủũụỳỷỹỵẫ"

const vnLetters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

// clean unifies line ends and spaces: CRLF and CR become LF, no-break and
// other special spaces become a space, zero-width characters and the BOM
// vanish, tabs become spaces.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\t' || r == '\u00A0' || r == '\u202F' || r == '\u3000' || (r >= '\u2000' && r <= '\u200A'):
			b.WriteByte(' ')
		case r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\uFEFF' || r == '\u00AD':
		case r < 0x20 && r != '\n':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isClean reports text that clean would leave as it is: no CR, tab or
// control character, no special space, no zero-width character.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\n':
			return false
		case c == 0xC2 && i+1 < len(s) && (s[i+1] == 0xA0 || s[i+1] == 0xAD): // NBSP, soft hyphen
			return false
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] <= 0x8D || s[i+2] == 0xAF):
			return false // U+2000–U+200D special spaces and zero widths, U+202F
		case c == 0xE3 || c == 0xEF: // U+3000 ideographic space; U+FEFF
			r, _ := utf8.DecodeRuneInString(s[i:])
			if r == '\u3000' || r == '\uFEFF' {
				return false
			}
		}
	}
	return true
}

// looksHTML reports markup: an html/body tag, or several paragraph tags.
func looksHTML(s string) bool {
	head := s
	if len(head) > 4096 {
		head = head[:4096]
	}
	for _, tag := range []string{"<html", "<HTML", "<!DOCTYPE", "<!doctype", "<body", "<BODY"} {
		if strings.Contains(head, tag) {
			return true
		}
	}
	n := 0
	for _, tag := range []string{"<p", "<P", "<div", "<DIV", "<br", "<BR"} {
		n += strings.Count(s, tag)
	}
	return n >= 2
}

// blockTags end a line of text when stripped.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "tr": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "title": true, "section": true, "article": true, "header": true,
	"footer": true, "ul": true, "ol": true, "table": true, "td": false, "blockquote": true, "figcaption": true}

// stripHTML removes tags, comments, scripts and styles, puts a line break
// where a block ends, " | " between the cells of a table row, and decodes
// entities.
func stripHTML(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	// lineText: the output line being written holds more than spaces.
	// Kept as the line is written, so that a cell boundary need not read
	// the line again (which made a row of many cells quadratic): all that
	// is written is text without whitespace but single spaces, "|", and
	// line breaks.
	lineText := false
	text := func(t string) {
		t = html.UnescapeString(t)
		words := strings.Join(strings.Fields(t), " ") // markup whitespace is not text
		b.WriteString(words)
		lineText = lineText || words != ""
		if strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\n") {
			if out := b.String(); words != "" || !strings.HasSuffix(out, " ") {
				b.WriteByte(' ') // markup whitespace after a space adds none
			}
		}
	}
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			text(s)
			break
		}
		if lt > 0 {
			text(s[:lt])
		}
		s = s[lt:]
		if strings.HasPrefix(s, "<!--") {
			end := strings.Index(s, "-->")
			if end < 0 {
				break
			}
			s = s[end+3:]
			continue
		}
		gt := strings.IndexByte(s, '>')
		if gt < 0 {
			text(s)
			break
		}
		closing := strings.HasPrefix(s[1:gt], "/")
		tag := strings.ToLower(strings.TrimLeft(s[1:gt], "/"))
		if i := strings.IndexAny(tag, " \t\n/"); i >= 0 {
			tag = tag[:i]
		}
		s = s[gt+1:]
		if !closing && (tag == "script" || tag == "style") {
			end := strings.Index(strings.ToLower(s), "</"+tag)
			if end < 0 {
				break
			}
			s = s[end:]
			continue
		}
		if blockTags[tag] {
			b.WriteByte('\n')
			lineText = false
		} else if tag == "td" || tag == "th" {
			// a cell after another on its row: the boundary the table
			// reader reads, as in a table pasted as text
			spaced := strings.HasSuffix(b.String(), " ") // a line break ends no line with a space
			switch {
			case !closing && lineText && spaced:
				b.WriteString("| ")
			case !closing && lineText:
				b.WriteString(" | ")
			case !spaced:
				b.WriteByte(' ')
			}
		}
	}
	// Collapse the runs of blank lines markup leaves behind.
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	blank := false
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if !blank && len(out) > 0 {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.Join(out, "\n")
}
