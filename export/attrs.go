package export

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"hoigraph/store"
)

// attr is one column of the node or edge table, with the same name in every
// format, so that an analyst who moves from the GEXF to the CSV finds the
// same fields.
type attr[T any] struct {
	name string
	typ  string // "string" or "int"
	get  func(T) string
}

// nodeAttrs are the node columns beside id and label.
var nodeAttrs = []attr[store.ExportNode]{
	{"kind", "string", func(n store.ExportNode) string { return n.Kind }},
	{"body_type", "string", func(n store.ExportNode) string { return string(n.Type) }},
	{"area", "string", func(n store.ExportNode) string {
		if n.InName == "" {
			return n.AreaName
		}
		return n.InName
	}},
	{"area_id", "string", func(n store.ExportNode) string { return n.InID }},
	{"level", "string", func(n store.ExportNode) string { return n.Level }},
	{"era", "string", func(n store.ExportNode) string { return n.Era }},
	{"area_kind", "string", func(n store.ExportNode) string { return n.AreaKind }},
	{"code", "string", func(n store.ExportNode) string { return n.Code }},
	{"date", "string", func(n store.ExportNode) string { return n.Date }},
	{"file", "string", func(n store.ExportNode) string { return n.File }},
	{"publisher", "string", func(n store.ExportNode) string { return n.Publisher }},
	{"url", "string", func(n store.ExportNode) string { return n.URL }},
	{"source_kind", "string", func(n store.ExportNode) string { return n.SourceKind }},
	{"color", "string", func(n store.ExportNode) string { return colorOf(n).hex() }},
}

// edgeAttrs are the edge columns beside id, source and target.
var edgeAttrs = []attr[store.ExportEdge]{
	{"relation", "string", func(e store.ExportEdge) string { return e.Type }},
	{"kind", "string", func(e store.ExportEdge) string { return e.Kind }},
	{"since", "string", func(e store.ExportEdge) string { return e.Since }},
	{"until", "string", func(e store.ExportEdge) string { return e.Until }},
	{"as_of", "string", func(e store.ExportEdge) string { return e.AsOf }},
	{"sources", "int", func(e store.ExportEdge) string { return strconv.Itoa(e.SourceCount) }},
	{"evidence", "string", func(e store.ExportEdge) string { return e.Evidence }},
	{"source_ids", "string", func(e store.ExportEdge) string { return strings.Join(e.Sources, " ") }},
	{"name", "string", func(e store.ExportEdge) string { return e.Name }},
}

// rgb is a colour of the viz namespace.
type rgb struct{ r, g, b uint8 }

func (c rgb) hex() string {
	const digits = "0123456789abcdef"
	b := []byte{'#', 0, 0, 0, 0, 0, 0}
	for i, v := range []uint8{c.r, c.g, c.b} {
		b[1+2*i], b[2+2*i] = digits[v>>4], digits[v&15]
	}
	return string(b)
}

// colors give each body type, and each other kind of node, a colour that
// tells them apart when Gephi opens the file (Tableau's ten, which stay
// distinct for most colour-blind readers).
var colors = map[string]rgb{
	"party_committee": {214, 39, 40},   // red
	"party_board":     {255, 127, 14},  // orange
	"front":           {188, 189, 34},  // olive
	"socio_political": {44, 160, 44},   // green
	"association":     {31, 119, 180},  // blue
	"government":      {148, 103, 189}, // purple
	"other":           {127, 127, 127}, // grey
	"Person":          {227, 119, 194}, // pink
	"Post":            {140, 86, 75},   // brown
	"Area":            {23, 190, 207},  // cyan
	"Source":          {199, 199, 199}, // light grey
	"Meeting":         {219, 219, 141}, // sand
	"Directive":       {158, 218, 229}, // pale blue
}

func colorOf(n store.ExportNode) rgb {
	if n.Kind == "Organization" {
		if c, ok := colors[string(n.Type)]; ok {
			return c
		}
		return colors["other"]
	}
	return colors[n.Kind]
}

// clean keeps text as stored (NFC) but drops what XML 1.0 forbids: C0
// control characters other than tab, newline and carriage return, the
// surrogate range, U+FFFE and U+FFFF, and bytes that are not UTF-8. Every
// format gets the same text, so that the CSV and the GEXF agree.
func clean(s string) string {
	ok := utf8.ValidString(s)
	for _, r := range s {
		if !xmlChar(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r == utf8.RuneError && n == 1) && xmlChar(r) {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func xmlChar(r rune) bool {
	switch {
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// xmlEscaper escapes text for an XML attribute or element; tab, newline
// and carriage return as character references, so that parsers do not fold
// them into spaces in attribute values.
var xmlEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;",
	"\t", "&#x9;", "\n", "&#xA;", "\r", "&#xD;",
)

func xmlText(s string) string { return xmlEscaper.Replace(clean(s)) }
