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
	d := norm.NFD.String(strings.ToLower(NFC(s)))
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
	d := norm.NFD.String(NFC(s))
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
