package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"

	"hoigraph/graph/model"
	"hoigraph/internal/gqlexec"
)

const generatedModels = `package model

func (e Colour) String() string {
	return string(e)
}

func (e Colour) MarshalGQL(w io.Writer) {
	fmt.Fprint(w, strconv.Quote(e.String()))
}
`

const generatedEnums = `package graph

func (ec *executionContext) marshalNColour2ᚋmodelᚐColour(ctx context.Context, sel ast.SelectionSet, v model.Colour) graphql.Marshaler {
	return v
}

func (ec *executionContext) marshalOColour2ᚖᚋmodelᚐColour(ctx context.Context, sel ast.SelectionSet, v *model.Colour) graphql.Marshaler {
	if v == nil {
		return graphql.Null
	}
	return v
}

func (ec *executionContext) marshalNShade2ᚋmodelᚐShade(ctx context.Context, sel ast.SelectionSet, v model.Shade) graphql.Marshaler {
	return v
}
`

func TestEnums(t *testing.T) {
	for _, tc := range []struct {
		name, src, models string
		want, keep        []string
		wantErr           string
	}{
		{
			name: "enum marshallers write strings; another type that marshals itself stays",
			src:  generatedEnums, models: generatedModels,
			want: []string{"v model.Colour) graphql.Marshaler {\n\treturn gqlexec.MarshalString(string(v))\n}",
				"v *model.Colour) graphql.Marshaler {\n\tif v == nil {\n\t\treturn graphql.Null\n\t}\n\treturn gqlexec.MarshalString(string(*v))\n}"},
			keep: []string{"v model.Shade) graphql.Marshaler {\n\treturn v\n}"},
		},
		{
			name: "an enum whose String is not its value is not an enum of gqlgen's",
			src:  generatedEnums, models: strings.Replace(generatedModels, "return string(e)", `return "colour " + string(e)`, 1),
			wantErr: "has gqlgen's enum template changed",
		},
		{
			name: "no marshaller of that form",
			src:  strings.ReplaceAll(generatedEnums, "\treturn v\n", "\treturn graphql.Null\n"), models: generatedModels,
			wantErr: "has gqlgen's enum template changed",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rewritten(t, func(src []byte) ([]byte, error) { return enums(src, []byte(tc.models)) }, tc.src, tc.wantErr)
			if got == nil {
				return
			}
			for _, w := range append(tc.want, tc.keep...) {
				if !bytes.Contains(got, []byte(w)) {
					t.Errorf("answer lacks %q:\n%s", w, got)
				}
			}
		})
	}
}

// TestGeneratedExecutorWritesEnumsAsStrings guards graph/generated.go: no
// enum value goes through its model's fmt.Fprint, and gqlexec writes every
// value of every enum as the model itself does.
func TestGeneratedExecutorWritesEnumsAsStrings(t *testing.T) {
	src, err := os.ReadFile("../../graph/generated.go")
	if err != nil {
		t.Fatal(err)
	}
	left := regexp.MustCompile(`v \*?model\.(EntityType|NodeKind|OrgType|OrganizationOrder|RelationType|ReviewStatus|Role)\) graphql\.Marshaler \{\n(?:\tif v == nil \{\n\t\treturn graphql\.Null\n\t\}\n)?\treturn v\n`).FindAll(src, -1)
	if len(left) > 0 || !bytes.Contains(src, []byte("return gqlexec.MarshalString(string(v))")) {
		t.Errorf("%d enum marshallers return the value itself: regenerate with go generate ./graph", len(left))
	}
	var values []enum
	values = appendEnums(values, model.AllOrganizationOrder)
	values = appendEnums(values, model.AllEntityType)
	values = appendEnums(values, model.AllNodeKind)
	values = appendEnums(values, model.AllOrgType)
	values = appendEnums(values, model.AllRelationType)
	values = appendEnums(values, model.AllReviewStatus)
	values = appendEnums(values, model.AllRole)
	for _, v := range values {
		var theirs, ours bytes.Buffer
		v.MarshalGQL(&theirs)
		gqlexec.MarshalString(v.String()).MarshalGQL(&ours)
		if ours.String() != theirs.String() || theirs.Len() < 3 {
			t.Errorf("%v: gqlexec writes %s, the model %s", v, ours.String(), theirs.String())
		}
	}
}

// enum is what gqlgen's enum models are.
type enum interface {
	graphql.Marshaler
	String() string
}

func appendEnums[T enum](to []enum, all []T) []enum {
	for _, v := range all {
		to = append(to, v)
	}
	return to
}
