package gqlexec

import (
	"bytes"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

func TestMarshalStringWritesWhatGqlgenWrites(t *testing.T) {
	for _, s := range []string{
		"", "org:hoi-khuyen-hoc~abc", "Hội Khuyến học Quận 3", "Ủy ban Mặt trận Tổ quốc",
		`nói "phụ trách" \ rồi`, "dòng một\ndòng hai\r\n\tthụt", "\x00\x01\x1f\x7f",
		"\xff\xfe không phải UTF-8 \xc3", "U+2028 \u2028 và U+2029 \u2029", "😀 ngoài BMP",
	} {
		var want, got bytes.Buffer
		graphql.MarshalString(s).MarshalGQL(&want)
		MarshalString(s).MarshalGQL(&got)
		if got.String() != want.String() {
			t.Errorf("MarshalString(%q) wrote %q, gqlgen writes %q", s, got.String(), want.String())
		}
	}
}

func TestObjectWritesWhatFieldSetWrites(t *testing.T) {
	field := func(alias string) graphql.CollectedField {
		return graphql.CollectedField{Field: &ast.Field{Alias: alias, Name: alias}}
	}
	for _, tc := range []struct {
		name   string
		fields []graphql.CollectedField
	}{
		{"none", nil},
		{"one", []graphql.CollectedField{field("id")}},
		{"several", []graphql.CollectedField{field("id"), field("tên \"x\""), field("kind")}},
		{"a key repeated", []graphql.CollectedField{field("id"), field("label"), field("id")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := graphql.NewFieldSet(tc.fields)
			values := make([]graphql.Marshaler, len(tc.fields))
			for i := range values {
				values[i] = MarshalString(tc.fields[i].Alias + " giá trị")
				fs.Values[i] = values[i]
			}
			var want, got bytes.Buffer
			fs.MarshalGQL(&want)
			NewObject(tc.fields, values).MarshalGQL(&got)
			if got.String() != want.String() {
				t.Errorf("Object wrote %s, FieldSet writes %s", got.String(), want.String())
			}
		})
	}
}
