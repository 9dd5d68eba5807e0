package resolvers

import (
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"hoigraph/store"
)

// collected is field f as gqlgen hands it to a resolver: its selections
// copied into a slice of their own, as every request collects them.
func collected(f *ast.Field) graphql.CollectedField {
	return graphql.CollectedField{Field: f, Selections: append(ast.SelectionSet(nil), f.SelectionSet...)}
}

// parsedField is a field of a parsed document selecting one field, name.
func parsedField(name string) *ast.Field {
	return &ast.Field{Name: "person", SelectionSet: ast.SelectionSet{&ast.Field{Name: name}}}
}

func TestPlansRememberAFieldNotItsLookalikes(t *testing.T) {
	calls := 0
	plan := func(set ast.SelectionSet) store.Shape {
		calls++
		return store.Shape{Nests: []store.Nest{{Kind: set[0].(*ast.Field).Name}}}
	}
	op := &graphql.OperationContext{RawQuery: "{ person(id: 1) { holdings { since } } }"}
	withDirective := &graphql.OperationContext{RawQuery: "{ person(id: 1) { holdings @include(if: $x) { since } } }"}
	a, b := parsedField("holdings"), parsedField("organizations")
	merged := collected(a)
	merged.Selections = append(merged.Selections, &ast.Field{Name: "organizations"})
	p := &plans{}
	for _, tc := range []struct {
		name      string
		op        *graphql.OperationContext
		f         graphql.CollectedField
		kind      string
		wantKind  string
		wantCalls int
	}{
		{"first time: planned", op, collected(a), kindPerson, "holdings", 1},
		{"the same field, collected again: remembered", op, collected(a), kindPerson, "holdings", 1},
		{"another field (another document): planned", op, collected(b), kindPerson, "organizations", 2},
		{"the same field read by another planner: planned", op, collected(a), kindOrg, "holdings", 3},
		{"the field selected twice, selections merged: planned", op, merged, kindPerson, "holdings", 4},
		{"a directive may read the variables: planned", withDirective, collected(a), kindPerson, "holdings", 5},
		{"again with the directive: planned again", withDirective, collected(a), kindPerson, "holdings", 6},
		{"and without it still remembered", op, collected(a), kindPerson, "holdings", 6},
	} {
		got := p.shape(tc.op, tc.f, tc.kind, plan)
		if got.Nests[0].Kind != tc.wantKind || calls != tc.wantCalls {
			t.Errorf("%s: shape of %q, %d plans; want %q, %d", tc.name, got.Nests[0].Kind, calls, tc.wantKind, tc.wantCalls)
		}
	}
	var none *plans
	if got := none.shape(op, collected(a), kindPerson, plan); got.Nests[0].Kind != "holdings" || calls != 7 {
		t.Errorf("nil plans: shape %v after %d plans, want planned (7)", got, calls)
	}
}

func TestPlansStayBounded(t *testing.T) {
	p := &plans{}
	op := &graphql.OperationContext{RawQuery: "{ x }"}
	plan := func(ast.SelectionSet) store.Shape { return store.Shape{} }
	for range 3 * maxPlans {
		p.shape(op, collected(parsedField("x")), kindOrg, plan)
	}
	if n := len(p.m); n == 0 || n > maxPlans {
		t.Errorf("%d plans kept, want 1..%d", n, maxPlans)
	}
}
