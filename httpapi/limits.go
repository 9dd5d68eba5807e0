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
	"hoigraph/store"
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

// complexity makes a field cost the work it asks for: a root list's
// selection counts once per item it can hold (its first argument, capped as
// the resolvers cap it), a list inside an entity (an organisation's posts,
// an edge's provenance) nestedItems times, a neighbourhood as many times as
// the nodes its depth may reach and a path once per step. So the
// complexity limit bounds the size of an answer, however many aliases
// repeat a field, not only the number of fields written in the query.
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
	c.Query.Neighborhood = func(child int, _ string, depth *int, _ []model.RelationType) int {
		d := 1
		if depth != nil {
			d = *depth
		}
		if d < 1 || d > resolvers.MaxDepth {
			return 1 + child // the resolver refuses it
		}
		return 1 + child*neighborhoodItems[d-1]
	}
	c.Query.ShortestPath = func(child int, _, _ string, maxLength *int, _ []model.RelationType) int {
		n := 6
		if maxLength != nil {
			n = *maxLength
		}
		if n < 1 || n > store.MaxPathLength {
			return 1 + child // the store refuses it
		}
		return 1 + child*n
	}
	nested := func(child int) int { return 1 + child*nestedItems }
	c.Organization.Children, c.Organization.Posts, c.Organization.ResponsibleFor, c.Organization.OverseenBy, c.Organization.Sources = nested, nested, nested, nested, nested
	c.Person.Holdings, c.Person.Organizations, c.Person.Areas, c.Person.ResponsibleFor, c.Person.Sources = nested, nested, nested, nested, nested
	c.Post.Holders, c.Holding.Provenance, c.Responsibility.Provenance, c.GraphEdge.Provenance = nested, nested, nested, nested
	c.Area.Children, c.Area.Organizations, c.Area.OverseenBy = nested, nested, nested
	c.OversightConnection.Unassigned = nested
	c.Area.Successors, c.Area.Predecessors, c.Query.Tokens = nested, nested, nested
	// Each field of stats is an aggregate over the whole graph (or the
	// area's part of it), one query each: it costs statScan, and a chart's
	// entries are counted statItems times.
	scan := func(int) int { return statScan }
	chart := func(child int) int { return statScan + child*statItems }
	c.Stats.Organizations, c.Stats.People = scan, scan
	c.Stats.AssociationsByOverseer, c.Stats.AssociationsByOverseerType, c.Stats.BodiesByType, c.Stats.BodiesByArea, c.Stats.PostsByTitle = chart, chart, chart, chart, chart
	return c
}

// statScan is what one stats field (an aggregate over the graph) costs,
// statItems what a chart's entries are counted as: the page's charts (all
// seven fields) cost about 350, so some fourteen copies of them reach the
// default limit, where each would otherwise cost 1.
const statScan, statItems = 25, 20

// nestedItems is what a list inside an entity is counted as: most hold a
// few items (an association's posts, a statement's sources).
const nestedItems = 5

// neighborhoodItems is what a neighbourhood of depth 1, 2, 3 is counted
// as: about the nodes it reaches in the graph (each depth multiplies them),
// the drawing being capped at resolvers.MaxNeighborhood nodes.
var neighborhoodItems = [resolvers.MaxDepth]int{20, 100, 300}
