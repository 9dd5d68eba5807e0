// Package resolvers answers the GraphQL schema (../schema.graphqls) from the
// store. Resolvers are thin: the root ones read what was asked, and
// expand.go turns the rest of the selection into a store.Shape, which the
// store reads in one Cypher statement for all the roots — so a request runs
// a fixed number of queries (usually one or two) however deep or large its
// answer.
package resolvers

import (
	"hoigraph/graph"
	"hoigraph/loader"
	"hoigraph/store"
)

// Page sizes of connections: Relay's first, defaulted and capped.
const (
	MaxPageSize = 100
	// MaxUnassigned caps oversight's unassigned list.
	MaxUnassigned = 500
	// MaxNeighborhood caps the nodes of a neighbourhood drawing.
	MaxNeighborhood = 500
	// MaxDepth caps neighborhood's depth.
	MaxDepth = 3
)

// Resolver holds what the resolvers depend on.
type Resolver struct {
	Store *store.Store
	// Loader is the write path of mutations: the same extractor, resolver
	// and atomic write as `hoigraph load`.
	Loader *loader.Loader

	// plans are the root selections' shapes, planned once per query text
	// (nil plans every request afresh).
	plans *plans
}

// New returns the resolver root for graph.NewExecutableSchema.
func New(s *store.Store, l *loader.Loader) *Resolver {
	return &Resolver{Store: s, Loader: l, plans: &plans{}}
}

// Query returns the root query resolver.
func (r *Resolver) Query() graph.QueryResolver { return &queryResolver{r} }

type queryResolver struct{ *Resolver }
