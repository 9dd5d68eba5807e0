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
// cache, so the same query text hands the resolver the very same selection
// slice every time; planning it again (collecting fields, a map and a slice
// per level) was a few per cent of the server's CPU on a person or an
// organisation. A plan depends on nothing but the selection (the planner
// reads no arguments) unless a directive (@include, @skip) makes it depend
// on the variables: an operation whose text holds an "@" is planned afresh
// every time.
//
// An entry's key holds a pointer into the selection, which keeps that
// selection alive: its address cannot be reused by another document while
// the entry exists. The map is emptied when it reaches maxPlans entries
// (merged selections, rebuilt per request, never hit; they only take room).
type plans struct {
	mu sync.Mutex
	m  map[planKey]store.Shape
}

type planKey struct {
	first *ast.Selection
	n     int
	kind  string
}

const maxPlans = 1024

// shape is plan(set), remembered when it may be; kind tells apart the
// planners that read one selection (an organisation's, a person's).
func (p *plans) shape(op *graphql.OperationContext, set ast.SelectionSet, kind string, plan func(ast.SelectionSet) store.Shape) store.Shape {
	if p == nil || len(set) == 0 || op == nil || strings.Contains(op.RawQuery, "@") {
		return plan(set)
	}
	k := planKey{&set[0], len(set), kind}
	p.mu.Lock()
	sh, ok := p.m[k]
	p.mu.Unlock()
	if ok {
		return sh
	}
	sh = plan(set)
	p.mu.Lock()
	if p.m == nil || len(p.m) >= maxPlans {
		p.m = make(map[planKey]store.Shape)
	}
	p.m[k] = sh
	p.mu.Unlock()
	return sh
}
