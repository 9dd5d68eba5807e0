package main

import (
	"context"

	"hoigraph/store"
)

// The shapes the resolvers compile organizationQuery and personQuery to:
// the direct path runs the same statement through the store.
var (
	organizationShape = store.Shape{Nests: []store.Nest{
		{Rel: store.OrgChildren, Kind: "Organization", Shape: store.Shape{Nests: []store.Nest{
			{Rel: store.OrgChildren, Kind: "Organization"},
			{Rel: store.OrgPosts, Kind: "Organization"},
		}}},
		{Rel: store.OrgPosts, Kind: "Organization", Shape: store.Shape{Nests: []store.Nest{
			{Rel: store.PostHolders, Kind: "Post"},
		}}},
	}}
	personShape = store.Shape{Nests: []store.Nest{
		{Rel: store.PersonHoldings, Kind: "Person", Shape: store.Shape{Nests: []store.Nest{
			{Rel: store.PostOrg, Kind: "Post"},
		}}},
	}}
)

// treeDirect makes the resolvers' one store call for a root field read
// with its selection.
func treeDirect(ctx context.Context, s *store.Store, id string, sh store.Shape) error {
	_, err := s.Tree(ctx, []string{id}, sh)
	return err
}
