package gqlexec

import (
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// What graph/'s generated executor calls in place of gqlgen's own writers
// of strings and objects (internal/gqlgen puts the calls there). They write
// the same bytes with less work: gqlgen's object writer allocates a map per
// object to skip repeated keys (CollectFields already merged them), and its
// string writer decodes every rune to find the few bytes JSON escapes. On a
// drawing of 250 elements the two were a quarter of the server's CPU.

var (
	openBrace  = []byte{'{'}
	closeBrace = []byte{'}'}
	colon      = []byte{':'}
	comma      = []byte{','}
	quote      = []byte{'"'}
)

// MarshalString is graphql.MarshalString (and graphql.MarshalID, which is
// the same): s as a JSON string, escaped as gqlgen escapes it.
func MarshalString(s string) graphql.Marshaler { return quoted(s) }

type quoted string

func (s quoted) MarshalGQL(w io.Writer) { writeQuoted(w, string(s)) }

const hex = "0123456789ABCDEF" // upper case, as gqlgen writes it

// writeQuoted writes s quoted as gqlgen's writeQuotedString does: control
// characters, the backslash and the double quote escaped, every other byte
// as it is. Those are all ASCII, so the bytes are scanned, not the runes.
func writeQuoted(w io.Writer, s string) {
	w.Write(quote)
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' {
			continue
		}
		io.WriteString(w, s[start:i])
		switch c {
		case '\t':
			io.WriteString(w, `\t`)
		case '\r':
			io.WriteString(w, `\r`)
		case '\n':
			io.WriteString(w, `\n`)
		case '\\':
			io.WriteString(w, `\\`)
		case '"':
			io.WriteString(w, `\"`)
		default:
			w.Write([]byte{'\\', 'u', '0', '0', hex[c>>4], hex[c&0xf]})
		}
		start = i + 1
	}
	io.WriteString(w, s[start:])
	w.Write(quote)
}

// Object is an object's marshalled fields, written as graphql.FieldSet
// writes them: the fields in order, a key repeated later left out.
type Object struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
}

// NewObject is the object of the collected fields and their values (a
// FieldSet's Values, once dispatched).
func NewObject(fields []graphql.CollectedField, values []graphql.Marshaler) *Object {
	return &Object{fields: fields, values: values}
}

func (o *Object) MarshalGQL(w io.Writer) {
	w.Write(openBrace)
	for i, f := range o.fields {
		if repeated(o.fields[:i], f.Alias) {
			continue
		}
		if i != 0 {
			w.Write(comma)
		}
		writeQuoted(w, f.Alias)
		w.Write(colon)
		o.values[i].MarshalGQL(w)
	}
	w.Write(closeBrace)
}

// repeated reports whether alias is the key of one of fields; objects have
// a handful of fields, so a scan beats a map.
func repeated(fields []graphql.CollectedField, alias string) bool {
	for _, f := range fields {
		if f.Alias == alias {
			return true
		}
	}
	return false
}
