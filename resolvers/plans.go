package resolvers

import (
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"hoigraph/store"
)

// plans remembers the store.Shape planned for a root field's selection
// across requests. gqlgen keeps parsed and validated documents in its query
// cache, so the same query text hands the resolver the very same *ast.Field
// every time (the selection slice it collects is rebuilt per request, so
// the field is the key); planning its selection again (collecting fields,
// a map and a slice per level) was a few per cent of the server's CPU on a
// person or an organisation. A plan depends on nothing but the selection
// (the planner reads no arguments) unless a directive (@include, @skip)
// makes it depend on the variables: an operation whose text holds an "@"
// is planned afresh every time, and so is a field selected more than once
// (its selections merged).
//
// An entry's key is the field, which it keeps alive: its address cannot
// be reused by another document while the entry exists. The map is
// emptied when it reaches maxPlans entries.
type plans struct {
	mu sync.Mutex
	m  map[planKey]store.Shape
}

type planKey struct {
	field *ast.Field
	kind  string
}

const maxPlans = 1024

// shape is plan(f.Selections), remembered when it may be; kind tells apart
// the planners that could read one field (an organisation's, a person's).
func (p *plans) shape(op *graphql.OperationContext, f graphql.CollectedField, kind string, plan func(ast.SelectionSet) store.Shape) store.Shape {
	if p == nil || op == nil || f.Field == nil || !unmerged(f) || strings.Contains(op.RawQuery, "@") {
		return plan(f.Selections)
	}
	k := planKey{f.Field, kind}
	p.mu.Lock()
	sh, ok := p.m[k]
	p.mu.Unlock()
	if ok {
		return sh
	}
	sh = plan(f.Selections)
	p.mu.Lock()
	if p.m == nil || len(p.m) >= maxPlans {
		p.m = make(map[planKey]store.Shape)
	}
	p.m[k] = sh
	p.mu.Unlock()
	return sh
}

// unmerged reports whether f's selections are its field's own: a field
// selected once, not several selections of the same name merged.
func unmerged(f graphql.CollectedField) bool {
	if len(f.Selections) != len(f.Field.SelectionSet) {
		return false
	}
	for i, s := range f.Selections {
		if s != f.Field.SelectionSet[i] {
			return false
		}
	}
	return true
}
