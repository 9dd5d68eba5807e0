package main

import (
	"context"

	"hoigraph/store"
)

// organizationDirect makes the resolvers' store calls for organizationQuery,
// in their order.
func organizationDirect(ctx context.Context, s *store.Store, id string) error {
	if _, err := s.NodesByID(ctx, []string{id}); err != nil {
		return err
	}
	children, err := s.Related(ctx, store.OrgChildren, []string{id})
	if err != nil {
		return err
	}
	ids := linkIDs(children[id])
	if _, err := s.Related(ctx, store.OrgChildren, ids); err != nil {
		return err
	}
	if _, err := s.Related(ctx, store.OrgPosts, ids); err != nil {
		return err
	}
	posts, err := s.Related(ctx, store.OrgPosts, []string{id})
	if err != nil {
		return err
	}
	_, err = s.Related(ctx, store.PostHolders, linkIDs(posts[id]))
	return err
}

// personDirect makes the resolvers' store calls for personQuery.
func personDirect(ctx context.Context, s *store.Store, id string) error {
	if _, err := s.NodesByID(ctx, []string{id}); err != nil {
		return err
	}
	holdings, err := s.Related(ctx, store.PersonHoldings, []string{id})
	if err != nil {
		return err
	}
	var posts []string
	for _, l := range holdings[id] {
		posts = append(posts, l.Node.ID)
	}
	_, err = s.Related(ctx, store.PostOrg, posts)
	return err
}

func linkIDs(ls []store.Link) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Node.ID
	}
	return out
}
