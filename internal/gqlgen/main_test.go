package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

const generatedList = `package graph

import (
	"context"
	"errors"

	"github.com/99designs/gqlgen/graphql"
)

func (ec *executionContext) marshalNThing(ctx context.Context, sel ast.SelectionSet, v []*model.Thing) graphql.Marshaler {
	ret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		return ec.marshalNThing2(ctx, sel, v[i])
	})
	return ret
}
`

func TestInOrder(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []string // substrings of the answer
		wantErr string
	}{
		{
			name: "list call and import",
			src:  generatedList,
			want: []string{
				"ret := gqlexec.MarshalSliceInOrder(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {",
				"\t\"hoigraph/internal/gqlexec\"\n",
			},
		},
		{
			name:    "nothing to rewrite",
			src:     strings.ReplaceAll(generatedList, "graphql.MarshalSliceConcurrently(", "f("),
			wantErr: "has gqlgen's list template changed",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rewritten(t, inOrder, tt.src, tt.wantErr)
			if got == nil {
				return
			}
			if bytes.Contains(got, []byte(concurrent)) {
				t.Errorf("a concurrent call is left:\n%s", got)
			}
			for _, w := range tt.want {
				if !bytes.Contains(got, []byte(w)) {
					t.Errorf("answer lacks %q:\n%s", w, got)
				}
			}
		})
	}
}

// TestGeneratedExecutorMarshalsListsInOrder guards graph/generated.go: a
// regeneration by plain `gqlgen generate` instead of `go generate ./graph`
// would bring the goroutine per list element back.
func TestGeneratedExecutorMarshalsListsInOrder(t *testing.T) {
	src, err := os.ReadFile("../../graph/generated.go")
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(src, []byte(concurrent)); n > 0 {
		t.Errorf("graph/generated.go calls %s) %d times: regenerate with go generate ./graph", concurrent, n)
	}
	if !bytes.Contains(src, []byte(ordered)) {
		t.Errorf("graph/generated.go never calls %s): are its lists still marshalled by gqlexec?", ordered)
	}
}

// generatedFields is a generated executor's shape for scalar fields: a
// plain string field, an optional one, an enum, a float (whose errors need
// the field's path), an object and a method.
const generatedFields = `package graph

func (ec *executionContext) _Body_name(ctx context.Context, field graphql.CollectedField, obj *model.Body) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		ec.fieldContext_Body_name,
		func(ctx context.Context) (any, error) {
			return obj.Name, nil
		},
		nil,
		ec.marshalNString2string,
		true,
		true,
	)
}

func (ec *executionContext) _Body_since(ctx context.Context, field graphql.CollectedField, obj *model.Body) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		ec.fieldContext_Body_since,
		func(ctx context.Context) (any, error) {
			return obj.Since, nil
		},
		nil,
		ec.marshalOString2ᚖstring,
		true,
		false,
	)
}

func (ec *executionContext) _Body_kind(ctx context.Context, field graphql.CollectedField, obj *model.Body) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		ec.fieldContext_Body_kind,
		func(ctx context.Context) (any, error) {
			return obj.Kind, nil
		},
		nil,
		ec.marshalNKind2hoigraphᚋgraphᚋmodelᚐKind,
		true,
		true,
	)
}

func (ec *executionContext) _Body_score(ctx context.Context, field graphql.CollectedField, obj *model.Body) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		ec.fieldContext_Body_score,
		func(ctx context.Context) (any, error) {
			return obj.Score, nil
		},
		nil,
		ec.marshalNFloat2float64,
		true,
		true,
	)
}

func (ec *executionContext) _Body_parent(ctx context.Context, field graphql.CollectedField, obj *model.Body) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		ec.fieldContext_Body_parent,
		func(ctx context.Context) (any, error) {
			return obj.Parent, nil
		},
		nil,
		ec.marshalNBody2ᚖhoigraphᚋgraphᚋmodelᚐBody,
		true,
		true,
	)
}

func (ec *executionContext) ___Type_name(ctx context.Context, field graphql.CollectedField, obj *introspection.Type) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		ec.fieldContext___Type_name,
		func(ctx context.Context) (any, error) {
			return obj.Name(), nil
		},
		nil,
		ec.marshalOString2ᚖstring,
		true,
		false,
	)
}

func (ec *executionContext) marshalNString2string(ctx context.Context, sel ast.SelectionSet, v string) graphql.Marshaler {
	_ = sel
	res := graphql.MarshalString(v)
	if res == graphql.Null {
		if !graphql.HasFieldError(ctx, graphql.GetFieldContext(ctx)) {
			graphql.AddErrorf(ctx, "the requested element is null which the schema does not allow")
		}
	}
	return res
}

func (ec *executionContext) marshalOString2ᚖstring(ctx context.Context, sel ast.SelectionSet, v *string) graphql.Marshaler {
	if v == nil {
		return graphql.Null
	}
	_ = sel
	_ = ctx
	res := graphql.MarshalString(*v)
	return res
}

func (ec *executionContext) marshalNKind2hoigraphᚋgraphᚋmodelᚐKind(ctx context.Context, sel ast.SelectionSet, v model.Kind) graphql.Marshaler {
	return v
}

func (ec *executionContext) marshalNFloat2float64(ctx context.Context, sel ast.SelectionSet, v float64) graphql.Marshaler {
	_ = sel
	res := graphql.MarshalFloatContext(v)
	if res == graphql.Null {
		if !graphql.HasFieldError(ctx, graphql.GetFieldContext(ctx)) {
			graphql.AddErrorf(ctx, "the requested element is null which the schema does not allow")
		}
	}
	return graphql.WrapContextMarshaler(ctx, res)
}

func (ec *executionContext) marshalNBody2ᚖhoigraphᚋgraphᚋmodelᚐBody(ctx context.Context, sel ast.SelectionSet, v *model.Body) graphql.Marshaler {
	if v == nil {
		if !graphql.HasFieldError(ctx, graphql.GetFieldContext(ctx)) {
			graphql.AddErrorf(ctx, "the requested element is null which the schema does not allow")
		}
		return graphql.Null
	}
	return ec._Body(ctx, sel, v)
}
`

func TestPlainScalars(t *testing.T) {
	direct := func(fn, obj, marshal, field string) string {
		return "func (ec *executionContext) " + fn + "(ctx context.Context, field graphql.CollectedField, obj " + obj + ") (ret graphql.Marshaler) {\n\treturn ec." + marshal + "(ctx, field.Selections, obj." + field + ")\n}\n"
	}
	resolved := func(fn string) string {
		return "func (ec *executionContext) " + fn + "(ctx context.Context, field graphql.CollectedField, obj"
	}
	tests := []struct {
		name      string
		src       string
		direct    []string // functions rewritten, whole
		kept      []string // functions that must still call graphql.ResolveField
		wantErr   string
		unchanged bool
	}{
		{
			name: "scalars and enums direct, the rest resolved",
			src:  generatedFields,
			direct: []string{
				direct("_Body_name", "*model.Body", "marshalNString2string", "Name"),
				direct("_Body_since", "*model.Body", "marshalOString2ᚖstring", "Since"),
				direct("_Body_kind", "*model.Body", "marshalNKind2hoigraphᚋgraphᚋmodelᚐKind", "Kind"),
			},
			kept: []string{resolved("_Body_score"), resolved("_Body_parent"), resolved("___Type_name")},
		},
		{
			name:   "a marshaller that reads its context is not trusted",
			src:    strings.ReplaceAll(generatedFields, "\t_ = ctx\n\tres := graphql.MarshalString(*v)", "\tres := graphql.MarshalString(*v)\n\tgraphql.AddErrorf(ctx, \"x\")"),
			direct: []string{direct("_Body_name", "*model.Body", "marshalNString2string", "Name")},
			kept:   []string{resolved("_Body_since")},
		},
		{
			name:    "nothing to rewrite",
			src:     strings.ReplaceAll(generatedFields, "graphql.ResolveField(", "graphql.ResolveFieldStream("),
			wantErr: "has gqlgen's field template changed",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rewritten(t, plainScalars, tt.src, tt.wantErr)
			if got == nil {
				return
			}
			for _, d := range tt.direct {
				if !bytes.Contains(got, []byte(d)) {
					t.Errorf("answer lacks the direct field\n%s\nin:\n%s", d, got)
				}
			}
			for _, k := range tt.kept {
				at := bytes.Index(got, []byte(k))
				if at < 0 || !bytes.HasPrefix(bytes.TrimLeft(got[at+bytes.IndexByte(got[at:], '\n'):], "\n\t"), []byte("return graphql.ResolveField(")) {
					t.Errorf("%s… no longer resolved through graphql.ResolveField:\n%s", k, got)
				}
			}
		})
	}
}

// TestGeneratedExecutorMarshalsPlainScalarsDirectly guards graph/generated.go:
// a regeneration without the rewrite would bring a field context per
// scalar field back.
func TestGeneratedExecutorMarshalsPlainScalarsDirectly(t *testing.T) {
	src, err := os.ReadFile("../../graph/generated.go")
	if err != nil {
		t.Fatal(err)
	}
	if m := plainField.FindAll(src, -1); len(m) > 0 {
		// Only fields whose marshaller reads its context may be left.
		if again, err := plainScalars(src); err == nil && !bytes.Equal(again, src) {
			t.Errorf("graph/generated.go has plain scalar fields still resolved through graphql.ResolveField: regenerate with go generate ./graph")
		}
	}
	for _, fn := range []string{"_Person_name", "_GraphNode_id", "_GraphNode_kind", "_GraphEdge_from", "_Holding_since"} {
		want := "func (ec *executionContext) " + fn + "(ctx context.Context, field graphql.CollectedField, obj "
		at := bytes.Index(src, []byte(want))
		if at < 0 {
			t.Errorf("graph/generated.go has no %s", fn)
			continue
		}
		body := src[at : at+bytes.Index(src[at:], []byte("\n}\n"))]
		if bytes.Contains(body, []byte("graphql.ResolveField(")) {
			t.Errorf("%s is still resolved through graphql.ResolveField:\n%s", fn, body)
		}
	}
}

const generatedObject = `package graph

func (ec *executionContext) _Body(ctx context.Context, sel ast.SelectionSet, obj *model.Body) graphql.Marshaler {
	fields := graphql.CollectFields(ec.OperationContext, sel, bodyImplementors)

	out := graphql.NewFieldSet(fields)
	deferred := make(map[string]*graphql.FieldSet)
	for i, field := range fields {
		switch field.Name {
		case "__typename":
			out.Values[i] = graphql.MarshalString("Body")
		}
	}
	out.Dispatch(ctx)

	for label, dfs := range deferred {
		ec.ProcessDeferredGroup(graphql.DeferredGroup{
			Label:    label,
			Path:     graphql.GetPath(ctx),
			FieldSet: dfs,
			Context:  ctx,
		})
	}

	return out
}

func (ec *executionContext) marshalNID2string(ctx context.Context, sel ast.SelectionSet, v string) graphql.Marshaler {
	res := graphql.MarshalID(v)
	return res
}
`

func TestWriters(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []string
		wantErr string
	}{
		{
			name: "objects, strings and ids",
			src:  generatedObject,
			want: []string{"\treturn gqlexec.NewObject(fields, out.Values)\n}", `gqlexec.MarshalString("Body")`, "res := gqlexec.MarshalString(v)"},
		},
		{
			name:    "no object ends as expected",
			src:     strings.Replace(generatedObject, "\treturn out\n", "\treturn graphql.Null\n", 1),
			wantErr: "has gqlgen's object or string template changed",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := writers([]byte(tt.src))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, bad := range []string{"graphql.MarshalString(", "graphql.MarshalID(", "\treturn out\n"} {
				if bytes.Contains(got, []byte(bad)) {
					t.Errorf("%q is left:\n%s", bad, got)
				}
			}
			for _, w := range tt.want {
				if !bytes.Contains(got, []byte(w)) {
					t.Errorf("answer lacks %q:\n%s", w, got)
				}
			}
		})
	}
}

// TestGeneratedExecutorUsesGqlexecWriters guards graph/generated.go: every
// object and string is written by gqlexec.
func TestGeneratedExecutorUsesGqlexecWriters(t *testing.T) {
	src, err := os.ReadFile("../../graph/generated.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"graphql.MarshalString(", "graphql.MarshalID(", objectEnd} {
		if n := bytes.Count(src, []byte(bad)); n > 0 {
			t.Errorf("graph/generated.go has %d × %q: regenerate with go generate ./graph", n, bad)
		}
	}
	objects, implementors := bytes.Count(src, []byte("return gqlexec.NewObject(fields, out.Values)")), bytes.Count(src, []byte("Implementors = []string{"))
	if objects == 0 || objects != implementors {
		t.Errorf("%d objects written by gqlexec.NewObject for %d object types", objects, implementors)
	}
}

// rewritten is what rewrite makes of src; nil when wantErr is given, after
// checking that rewrite failed saying so.
func rewritten(t *testing.T, rewrite func([]byte) ([]byte, error), src, wantErr string) []byte {
	t.Helper()
	got, err := rewrite([]byte(src))
	if wantErr != "" {
		if err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Fatalf("error %v, want one saying %q", err, wantErr)
		}
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return got
}
