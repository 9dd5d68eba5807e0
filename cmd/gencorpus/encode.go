package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Encoding is a way an article's bytes are written: the byte forms Vietnamese
// news text reaches us in, which the loader must all read back to the same NFC
// text.
type Encoding string

// The encodings gencorpus writes.
const (
	UTF8    Encoding = "utf-8"               // NFC UTF-8, no BOM
	CP1258  Encoding = "windows-1258"        // legacy Windows Vietnamese: tone marks as combining bytes
	UTF16LE Encoding = "utf-16le-bom"        // UTF-16 little endian with a byte-order mark
	NFDCRLF Encoding = "utf-8-nfd-crlf-nbsp" // decomposed UTF-8, CRLF line ends, no-break spaces after , and :
)

// Encodings lists every Encoding, for flag help and validation.
var Encodings = []Encoding{UTF8, CP1258, UTF16LE, NFDCRLF}

// ParseEncoding returns the Encoding named s.
func ParseEncoding(s string) (Encoding, error) {
	for _, e := range Encodings {
		if string(e) == s {
			return e, nil
		}
	}
	return "", fmt.Errorf("unknown encoding %q (want one of %v)", s, Encodings)
}

// Encode returns text (UTF-8, any normalisation) as bytes in encoding e.
func Encode(text string, e Encoding) ([]byte, error) {
	text = norm.NFC.String(text)
	switch e {
	case UTF8:
		return []byte(text), nil
	case CP1258:
		return encodeWith(charmap.Windows1258.NewEncoder(), cp1258Compose(text))
	case UTF16LE:
		return encodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), text)
	case NFDCRLF:
		s := strings.ReplaceAll(text, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\n", "\r\n")
		s = strings.ReplaceAll(s, ", ", ",\u00a0")
		s = strings.ReplaceAll(s, ": ", ":\u00a0")
		return []byte(norm.NFD.String(s)), nil
	}
	return nil, fmt.Errorf("unknown encoding %q", e)
}

func encodeWith(enc *encoding.Encoder, s string) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(s) * 2)
	w := enc.Writer(&buf)
	if _, err := w.Write([]byte(s)); err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return buf.Bytes(), nil
}

// isToneMark reports whether r is one of the five Vietnamese tone marks, which
// Windows-1258 stores as separate combining bytes after the letter.
func isToneMark(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		return true
	}
	return false
}

// cp1258Compose rewrites NFC text into the form Windows-1258 can hold: letters
// with their vowel marks (â, ê, ô, ă, ơ, ư) precomposed and tone marks left as
// combining characters after them, the way Vietnamese Windows wrote it.
func cp1258Compose(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	var base strings.Builder // a letter and its non-tone marks
	var tones []rune
	flush := func() {
		b.WriteString(norm.NFC.String(base.String()))
		for _, t := range tones {
			b.WriteRune(t)
		}
		base.Reset()
		tones = tones[:0]
	}
	for len(d) > 0 {
		r, size := utf8.DecodeRuneInString(d)
		d = d[size:]
		switch {
		case isToneMark(r):
			tones = append(tones, r)
		case norm.NFD.PropertiesString(string(r)).CCC() != 0:
			base.WriteRune(r)
		default:
			flush()
			base.WriteRune(r)
		}
	}
	flush()
	return b.String()
}
