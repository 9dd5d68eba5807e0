package httpapi

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"hoigraph"
	"hoigraph/graph"
	"hoigraph/graph/model"
	"hoigraph/resolvers"
)

// depthLimit rejects operations nested deeper than max, before any
// resolver runs: the graph is cyclic (a person's posts' bodies' people ...),
// so without it one small query could ask for the whole graph.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                          { return "DepthLimit" }
func (depthLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if op.Operation == nil {
		return nil
	}
	if depth := selectionDepth(op.Operation.SelectionSet, op.Doc.Fragments, map[string]bool{}); depth > d.max {
		err := gqlerror.Errorf("operation is nested %d levels deep, more than the limit of %d", depth, d.max)
		err.Extensions = map[string]any{"code": hoigraph.EINVALID}
		return err
	}
	return nil
}

// selectionDepth is the number of nested field levels in set; fragments
// count where they are spread (validation has already rejected cycles, and
// visiting guards against them anyway). Introspection fields do not count:
// they walk the finite schema, not the graph, and GraphiQL's own schema
// query nests 15 levels.
func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, visiting map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, frags, visiting)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, visiting)
		case *ast.FragmentSpread:
			f := frags.ForName(s.Name)
			if f == nil || visiting[s.Name] {
				continue
			}
			visiting[s.Name] = true
			d = selectionDepth(f.SelectionSet, frags, visiting)
			delete(visiting, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// noIntrospection rejects schema queries with a client error when
// introspection is switched off (gqlgen's own check answers them with a bare
// error that would read as an internal one).
type noIntrospection struct{}

func (noIntrospection) ExtensionName() string                          { return "NoIntrospection" }
func (noIntrospection) Validate(schema graphql.ExecutableSchema) error { return nil }

func (noIntrospection) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	op.DisableIntrospection = true
	if op.Operation == nil {
		return nil
	}
	for _, f := range graphql.CollectFields(op, op.Operation.SelectionSet, nil) {
		if f.Name == "__schema" || f.Name == "__type" {
			err := gqlerror.Errorf("introspection is disabled on this server")
			err.Extensions = map[string]any{"code": hoigraph.EINVALID}
			return err
		}
	}
	return nil
}

// complexity makes a list cost what it may return: a root list's selection
// counts once per item it can hold (its first argument, capped as the
// resolvers cap it), so the complexity limit bounds the size of an answer,
// not only the number of fields written in the query.
func complexity() graph.ComplexityRoot {
	var c graph.ComplexityRoot
	items := func(first *int, def int) int {
		n := def
		if first != nil {
			n = *first
		}
		return min(max(n, 1), resolvers.MaxPageSize)
	}
	c.Query.Organizations = func(child int, _ *model.OrganizationFilter, first *int, _ *string, _ *model.OrganizationOrder) int {
		return 1 + child*items(first, 20)
	}
	c.Query.People = func(child int, _ *model.PersonFilter, first *int, _ *string) int {
		return 1 + child*items(first, 20)
	}
	c.Query.Oversight = func(child int, _ *model.OversightFilter, first *int, _ *string) int {
		return 1 + child*items(first, 50)
	}
	c.Query.Search = func(child int, _ string, _ []model.EntityType, first *int) int {
		return 1 + child*items(first, 20)
	}
	c.Query.ReviewQueue = func(child int, _ *model.ReviewFilter, first *int, _ *string) int {
		return 1 + child*items(first, 20)
	}
	c.Query.Audit = func(child int, _ *string, first *int, _ *string) int {
		return 1 + child*items(first, 50)
	}
	return c
}
