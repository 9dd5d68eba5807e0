package resolvers

import (
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"hoigraph/store"
)

// field is a selection of one field named name, as a parsed document holds
// it.
func field(name string) ast.SelectionSet { return ast.SelectionSet{&ast.Field{Name: name}} }

func TestPlansRememberASelectionNotItsLookalikes(t *testing.T) {
	calls := 0
	plan := func(set ast.SelectionSet) store.Shape {
		t.Helper()
		calls++
		return store.Shape{Nests: []store.Nest{{Kind: set[0].(*ast.Field).Name}}}
	}
	op := &graphql.OperationContext{RawQuery: "{ person(id: 1) { holdings { since } } }"}
	a, b := field("holdings"), field("organizations")
	p := &plans{}
	for _, tc := range []struct {
		name      string
		op        *graphql.OperationContext
		set       ast.SelectionSet
		kind      string
		wantKind  string
		wantCalls int
	}{
		{"first time: planned", op, a, kindPerson, "holdings", 1},
		{"same selection: remembered", op, a, kindPerson, "holdings", 1},
		{"another selection (another document): planned", op, b, kindPerson, "organizations", 2},
		{"the same selection read by another planner: planned", op, a, kindOrg, "holdings", 3},
		{"a copy of it (a merged selection, rebuilt per request): planned", op, append(a[:0:0], a...), kindPerson, "holdings", 4},
		{"a directive may read the variables: planned every time", &graphql.OperationContext{RawQuery: "{ person(id: 1) { holdings @include(if: $x) { since } } }"}, a, kindPerson, "holdings", 5},
		{"again with the directive: planned again", &graphql.OperationContext{RawQuery: "{ person(id: 1) { holdings @include(if: $x) { since } } }"}, a, kindPerson, "holdings", 6},
		{"and without it still remembered", op, a, kindPerson, "holdings", 6},
	} {
		got := p.shape(tc.op, tc.set, tc.kind, plan)
		if got.Nests[0].Kind != tc.wantKind || calls != tc.wantCalls {
			t.Errorf("%s: shape of %q, %d plans; want %q, %d", tc.name, got.Nests[0].Kind, calls, tc.wantKind, tc.wantCalls)
		}
	}
	var none *plans
	if got := none.shape(op, a, kindPerson, plan); got.Nests[0].Kind != "holdings" || calls != 7 {
		t.Errorf("nil plans: shape %v after %d plans, want planned (7)", got, calls)
	}
}

func TestPlansStayBounded(t *testing.T) {
	p := &plans{}
	op := &graphql.OperationContext{RawQuery: "{ x }"}
	plan := func(ast.SelectionSet) store.Shape { return store.Shape{} }
	for range 3 * maxPlans {
		p.shape(op, field("x"), kindOrg, plan)
	}
	if n := len(p.m); n == 0 || n > maxPlans {
		t.Errorf("%d plans kept, want 1..%d", n, maxPlans)
	}
}
