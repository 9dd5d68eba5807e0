package resolvers

import (
	"context"

	"github.com/vektah/gqlparser/v2/ast"

	"hoigraph"
	"hoigraph/auth"
	"hoigraph/graph/model"
	"hoigraph/store"
)

func (r *queryResolver) ReviewQueue(ctx context.Context, filter *model.ReviewFilter, first *int, after *string) (*model.FactConnection, error) {
	if err := auth.Require(ctx, hoigraph.RoleEditor); err != nil {
		return nil, err
	}
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	var f store.ReviewFilter
	if filter != nil {
		f = store.ReviewFilter{Area: deref(filter.Area), Types: relationTypes(filter.Types), Reviewed: filter.Reviewed != nil && *filter.Reviewed}
	}
	facts, total, err := r.Store.ReviewQueue(ctx, f, p)
	if err != nil {
		return nil, err
	}
	c := &model.FactConnection{TotalCount: total, PageInfo: pageInfo(p, len(facts), total), Nodes: make([]*model.Fact, 0, len(facts))}
	for _, x := range facts {
		c.Nodes = append(c.Nodes, fact(x))
	}
	sel, _ := newExpander(ctx, r.Store).sub(selection(ctx), "FactConnection", "nodes")
	return c, r.factProvenance(ctx, c.Nodes, sel)
}

func (r *queryResolver) Fact(ctx context.Context, id string) (*model.Fact, error) {
	if err := auth.Require(ctx, hoigraph.RoleEditor); err != nil {
		return nil, err
	}
	f, ok, err := r.Store.FactByID(ctx, id)
	if err != nil || !ok {
		return nil, err
	}
	out := fact(f)
	return out, r.factProvenance(ctx, []*model.Fact{out}, selection(ctx))
}

// factProvenance fills the sources of facts' provenance when asked for.
func (r *Resolver) factProvenance(ctx context.Context, facts []*model.Fact, sel ast.SelectionSet) error {
	x := newExpander(ctx, r.Store)
	provSel, ok := x.sub(sel, "Fact", "provenance")
	if !ok {
		return nil
	}
	return x.provenance(flat(facts, func(f *model.Fact) []*model.Provenance { return f.Provenance }), provSel)
}

func (r *queryResolver) Audit(ctx context.Context, by *string, first *int, after *string) (*model.AuditConnection, error) {
	if err := auth.Require(ctx, hoigraph.RoleAdmin); err != nil {
		return nil, err
	}
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	entries, total, err := r.Store.Audit(ctx, deref(by), p)
	if err != nil {
		return nil, err
	}
	c := &model.AuditConnection{TotalCount: total, PageInfo: pageInfo(p, len(entries), total), Nodes: make([]*model.AuditEntry, 0, len(entries))}
	for _, e := range entries {
		c.Nodes = append(c.Nodes, &model.AuditEntry{By: e.By, At: e.At, Action: e.Action, Note: str(e.Note), Target: str(e.Target), Source: source(e.Source)})
	}
	return c, nil
}

func (r *queryResolver) Tokens(ctx context.Context) ([]*model.APIToken, error) {
	if err := auth.Require(ctx, hoigraph.RoleAdmin); err != nil {
		return nil, err
	}
	ts, err := r.Store.Tokens(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*model.APIToken, len(ts))
	for i, t := range ts {
		out[i] = apiToken(t)
	}
	return out, nil
}
