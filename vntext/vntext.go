// Package vntext normalises and compares Vietnamese text. Everything that
// enters hoigraph goes through NFC here; comparisons use keys that treat the
// two tone-mark placements (hoá/hóa, thuỷ/thủy) as the same word, and search
// uses a folded form without diacritics. The stored text itself keeps every
// diacritic.
package vntext

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C, with invalid UTF-8 replaced.
func NFC(s string) string {
	if isNFC(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return norm.NFC.String(s)
}

// The five Vietnamese tone marks as combining characters.
const (
	toneGrave    = '\u0300' // huyền
	toneAcute    = '\u0301' // sắc
	toneTilde    = '\u0303' // ngã
	toneHook     = '\u0309' // hỏi
	toneDotBelow = '\u0323' // nặng
)

func isTone(r rune) bool {
	switch r {
	case toneGrave, toneAcute, toneTilde, toneHook, toneDotBelow:
		return true
	}
	return false
}

// ToneKey returns a lower-case key of s in which each syllable's tone mark is
// moved to the end of the syllable, so that placement variants compare equal
// (ToneKey("hoá") == ToneKey("hóa")) while words that differ by a diacritic
// stay different. The key is for comparison only, never for display.
func ToneKey(s string) string {
	d, ok := decomposeLower(s)
	if !ok {
		d = norm.NFD.String(strings.ToLower(NFC(s)))
	}
	var b strings.Builder
	b.Grow(len(d))
	var tone rune
	flush := func() {
		if tone != 0 {
			b.WriteRune(tone)
			tone = 0
		}
	}
	for _, r := range d {
		switch {
		case isTone(r):
			tone = r
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			flush()
			b.WriteRune(r)
		}
	}
	flush()
	return norm.NFC.String(b.String())
}

// Fold returns s without diacritics, with đ as d, in lower case, with every
// run of punctuation and space turned into one space: the form used for
// search ("hoi khuyen hoc" finds "Hội Khuyến học") and for ids.
func Fold(s string) string {
	d, ok := decompose(s)
	if !ok {
		d = norm.NFD.String(NFC(s))
	}
	var b strings.Builder
	b.Grow(len(d))
	space := true // drop leading space
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// Equal reports whether a and b are the same text up to case, normalisation
// form and tone-mark placement.
func Equal(a, b string) bool { return ToneKey(a) == ToneKey(b) }

// ID derives a stable identifier for an entity of the given kind from its
// canonical name: a readable folded slug, plus a short hash of the tone key
// so that two names differing only by a diacritic (Hồng/Hông) stay apart.
// Punctuation and the connector "và" do not count: "Ban liên lạc Cựu tù
// chính trị - tù binh", "…, tù binh" and "… và tù binh" are one body
// written three ways.
func ID(kind, name string) string {
	var slug, key []string
	for _, w := range strings.Fields(Fold(name)) {
		if w != "va" {
			slug = append(slug, w)
		}
	}
	for _, w := range strings.FieldsFunc(ToneKey(name), notWordRune) {
		if w != connectorVa {
			key = append(key, w)
		}
	}
	sum := sha1.Sum([]byte(strings.Join(key, " ")))
	return kind + ":" + strings.Join(slug, "-") + "~" + hex.EncodeToString(sum[:3])
}

// connectorVa is "và" as ToneKey writes it; "vá" and "vả" stay in the key.
var connectorVa = ToneKey("và")

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// Fold and ToneKey decompose every name the loader and the extractor see,
// many times each: through the norm package (NFC, then NFD) that was a
// fifth of a load's CPU. Text made only of the characters Vietnamese uses
// (below U+0300, and the precomposed letters of U+1E00–U+1EFF), with no
// combining mark of its own, decomposes character by character: no mark
// can then meet a mark of the next character, so there is nothing to
// reorder, and NFD(NFC(s)) is the concatenation of each character's
// decomposition. decompose does that from a table; any other text takes
// the norm package's way (TestDecomposeIsNFD checks both agree).
//
// The tables are variables with an initialiser, not filled by init: package
// variables such as connectorVa call ToneKey before any init runs.
var decompLow, decompExtra = decompTables()

// decompTables are the NFD of each rune below U+0300, and of U+1E00 + i.
func decompTables() (low [0x300]string, extra [0x100]string) {
	for r := range low {
		low[r] = norm.NFD.String(string(rune(r)))
	}
	for i := range extra {
		extra[i] = norm.NFD.String(string(rune(0x1E00 + i)))
	}
	return low, extra
}

// nfcSelf marks the runes of the tables (decompLow, then decompExtra at
// 0x300 + i) that are NFC alone.
var nfcSelf = func() (out [0x400]bool) {
	for r := rune(0); r < 0x300; r++ {
		out[r] = norm.NFC.IsNormalString(string(r))
	}
	for i := rune(0); i < 0x100; i++ {
		out[0x300+i] = norm.NFC.IsNormalString(string(0x1E00 + i))
	}
	return out
}()

// isNFC reports, for text of the tables' ranges (the characters
// Vietnamese uses, no combining mark), whether it is in NFC: then it is
// when each character is, for no two such characters compose. Other text
// gets false, and the norm package decides (TestNFCFastPath). Every name
// and sentence the loader stores goes through NFC, most of them NFC
// already.
func isNFC(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r < 0x300:
			if !nfcSelf[r] {
				return false
			}
		case r >= 0x1E00 && r < 0x1F00:
			if !nfcSelf[r-0x1E00+0x300] {
				return false
			}
		default:
			return false // U+FFFD of invalid UTF-8 included
		}
	}
	return true
}

// decomposed is the NFD of one rune from the tables; false when r is
// outside them.
func decomposed(r rune) (string, bool) {
	switch {
	case r < 0x300:
		return decompLow[r], true
	case r >= 0x1E00 && r < 0x1F00:
		return decompExtra[r-0x1E00], true
	}
	return "", false
}

// decompose is norm.NFD.String(NFC(s)) for text the tables cover; false
// for other text (and invalid UTF-8), which the caller decomposes the slow
// way.
func decompose(s string) (string, bool) {
	return decomposeWith(s, false)
}

// decomposeLower is norm.NFD.String(strings.ToLower(NFC(s))), likewise.
func decomposeLower(s string) (string, bool) {
	return decomposeWith(s, true)
}

func decomposeWith(s string, lower bool) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		if lower {
			return strings.ToLower(s), true
		}
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return "", false
			}
		}
		if lower {
			r = unicode.ToLower(r)
		}
		d, ok := decomposed(r)
		if !ok {
			return "", false
		}
		b.WriteString(d)
	}
	return b.String(), true
}
