package resolvers

import (
	"context"

	"github.com/vektah/gqlparser/v2/ast"

	"hoigraph"
	"hoigraph/graph/model"
	"hoigraph/store"
)

var entityLabels = map[model.EntityType]string{
	model.EntityTypeOrganization: "Organization",
	model.EntityTypePerson:       "Person",
	model.EntityTypeArea:         "Area",
}

func (r *queryResolver) Search(ctx context.Context, text string, types []model.EntityType, first *int) ([]*model.SearchHit, error) {
	n, err := firstArg(first, 20)
	if err != nil {
		return nil, err
	}
	labels := make([]string, 0, len(types))
	for _, t := range types {
		labels = append(labels, entityLabels[t])
	}
	hits, err := r.Store.Search(ctx, text, labels, n)
	if err != nil {
		return nil, err
	}
	out := make([]*model.SearchHit, 0, len(hits))
	var ents []model.Entity
	for _, h := range hits {
		e := entity(h.Node)
		if e == nil {
			continue
		}
		out = append(out, &model.SearchHit{Score: h.Score, Type: model.EntityType(nodeKinds[h.Node.Kind]), ID: h.Node.ID, Name: h.Node.Name, Entity: e})
		ents = append(ents, e)
	}
	x := newExpander(ctx, r.Store)
	if sel, ok := x.sub(selection(ctx), "SearchHit", "entity"); ok {
		return out, x.entities(ents, sel)
	}
	return out, nil
}

// Organization reads the body and its whole selection in one statement.
func (r *queryResolver) Organization(ctx context.Context, id string) (*model.Organization, error) {
	x := newExpander(ctx, r.Store)
	sh := r.plans.shape(x.op, resolving(ctx), kindOrg, x.orgShape)
	t, err := x.root(id, kindOrg, sh)
	if err != nil || t == nil {
		return nil, err
	}
	return orgTree(*t, sh), nil
}

var orgOrders = map[model.OrganizationOrder]store.OrgOrder{
	model.OrganizationOrderName:  store.OrderName,
	model.OrganizationOrderType:  store.OrderType,
	model.OrganizationOrderPosts: store.OrderPosts,
}

func (r *queryResolver) Organizations(ctx context.Context, filter *model.OrganizationFilter, first *int, after *string, orderBy *model.OrganizationOrder) (*model.OrganizationConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	var f store.OrgFilter
	if filter != nil {
		f = store.OrgFilter{Name: deref(filter.Name), Types: domainOrgTypes(filter.Types), Area: deref(filter.Area), AcrossEras: isTrue(filter.AcrossEras), HasOverseer: filter.HasOverseer}
	}
	order := store.OrderName
	if orderBy != nil {
		order = orgOrders[*orderBy]
	}
	nodes, total, err := r.Store.Organizations(ctx, f, order, p)
	if err != nil {
		return nil, err
	}
	c := &model.OrganizationConnection{TotalCount: total, PageInfo: pageInfo(p, len(nodes), total)}
	for i, n := range nodes {
		o := organization(n)
		c.Nodes = append(c.Nodes, o)
		c.Edges = append(c.Edges, &model.OrganizationEdge{Cursor: cursor(p.Offset + i), Node: o, Partial: nodes[i].Partial})
	}
	x := newExpander(ctx, r.Store)
	return c, x.orgs(c.Nodes, x.connectionNodes(selection(ctx), "OrganizationConnection", "OrganizationEdge"))
}

// Person reads the person and their whole selection in one statement.
func (r *queryResolver) Person(ctx context.Context, id string) (*model.Person, error) {
	x := newExpander(ctx, r.Store)
	sh := r.plans.shape(x.op, resolving(ctx), kindPerson, x.personShape)
	t, err := x.root(id, kindPerson, sh)
	if err != nil || t == nil {
		return nil, err
	}
	return personTree(*t, sh), nil
}

func (r *queryResolver) People(ctx context.Context, filter *model.PersonFilter, first *int, after *string) (*model.PersonConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	var f store.PersonFilter
	if filter != nil {
		f = store.PersonFilter{Name: deref(filter.Name), Organization: deref(filter.Organization), Area: deref(filter.Area), AcrossEras: isTrue(filter.AcrossEras), Current: filter.Current}
	}
	nodes, total, err := r.Store.People(ctx, f, p)
	if err != nil {
		return nil, err
	}
	c := &model.PersonConnection{TotalCount: total, PageInfo: pageInfo(p, len(nodes), total)}
	for i, n := range nodes {
		o := person(n)
		c.Nodes = append(c.Nodes, o)
		c.Edges = append(c.Edges, &model.PersonEdge{Cursor: cursor(p.Offset + i), Node: o})
	}
	x := newExpander(ctx, r.Store)
	return c, x.people(c.Nodes, x.connectionNodes(selection(ctx), "PersonConnection", "PersonEdge"))
}

func (r *queryResolver) Oversight(ctx context.Context, filter *model.OversightFilter, first *int, after *string) (*model.OversightConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	var f store.OversightFilter
	if filter != nil {
		asOf, err := asOfArg(filter.AsOf)
		if err != nil {
			return nil, err
		}
		f = store.OversightFilter{Overseer: deref(filter.Overseer), Object: deref(filter.Object), Area: deref(filter.Area), ObjectArea: deref(filter.ObjectArea), AsOf: asOf, AcrossEras: isTrue(filter.AcrossEras), AreaEra: deref(filter.AreaEra),
			WithRejected: isTrue(filter.IncludeRejected)}
		if filter.ObjectType != nil {
			f.ObjectType = domainOrgType(*filter.ObjectType)
		}
		if filter.OverseerType != nil {
			f.OverseerType = domainOrgType(*filter.OverseerType)
		}
	}
	x := newExpander(ctx, r.Store)
	c := &model.OversightConnection{}
	sel := selection(ctx)
	names, subs := x.fields(sel, "OversightConnection")
	respSel := x.connectionNodes(sel, "OversightConnection", "OversightEdge")
	for _, name := range names {
		switch name {
		case "unassigned":
			nodes, err := r.Store.Unassigned(ctx, f, MaxUnassigned)
			if err != nil {
				return nil, err
			}
			for _, n := range nodes {
				c.Unassigned = append(c.Unassigned, organization(n))
			}
			if err := x.orgs(c.Unassigned, subs[name]); err != nil {
				return nil, err
			}
		case "totalCount", "edges", "nodes", "pageInfo":
			if c.PageInfo != nil {
				continue // read once for all four
			}
			edges, total, err := r.Store.Oversight(ctx, f, p)
			if err != nil {
				return nil, err
			}
			c.TotalCount, c.PageInfo = total, pageInfo(p, len(edges), total)
			for i := range edges {
				resp := responsibility(&edges[i])
				if resp.Overseer == nil || resp.Object == nil {
					continue
				}
				c.Nodes = append(c.Nodes, resp)
				c.Edges = append(c.Edges, &model.OversightEdge{Cursor: cursor(p.Offset + i), Node: resp, Partial: edges[i].Partial})
			}
			if err := x.responsibilityList(c.Nodes, respSel); err != nil {
				return nil, err
			}
		}
	}
	if c.PageInfo == nil {
		c.PageInfo = &model.PageInfo{}
	}
	return c, nil
}

func relationTypes(ts []model.RelationType) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}

func (r *queryResolver) Neighborhood(ctx context.Context, id string, depth *int, rels []model.RelationType) (*model.Graph, error) {
	d := 1
	if depth != nil {
		d = *depth
	}
	if d < 1 || d > MaxDepth {
		return nil, hoigraph.Errorf(hoigraph.EINVALID, "depth must be between 1 and %d", MaxDepth)
	}
	x := newExpander(ctx, r.Store)
	edgeSel, _ := x.sub(selection(ctx), "Graph", "edges")
	read := drawn(x, edgeSel)
	nodeSel, _ := x.sub(selection(ctx), "Graph", "nodes")
	_, read.OrgType = x.sub(nodeSel, "GraphNode", "orgType")
	g, err := r.Store.Neighborhood(ctx, id, d, relationTypes(rels), MaxNeighborhood, read)
	if err != nil || g == nil {
		return nil, err
	}
	out := &model.Graph{Truncated: g.Truncated}
	out.Nodes, out.Edges = drawing(g)
	return out, r.graphProvenance(ctx, out.Edges, "Graph")
}

// drawnEdges is what a drawing's edge selection reads beyond type, from
// and to.
func drawn(x *expander, edgeSel ast.SelectionSet) store.Drawn {
	var d store.Drawn
	names, _ := x.fields(edgeSel, "GraphEdge")
	for _, n := range names {
		switch n {
		case "kind", "since", "until", "asOf":
			d.Props = true
		case "provenance":
			d.Provenance = true
		}
	}
	return d
}

// graphProvenance fills the sources of drawn edges when asked for.
func (r *queryResolver) graphProvenance(ctx context.Context, edges []*model.GraphEdge, typ string) error {
	x := newExpander(ctx, r.Store)
	edgeSel, ok := x.sub(selection(ctx), typ, "edges")
	if !ok {
		return nil
	}
	provSel, ok := x.sub(edgeSel, "GraphEdge", "provenance")
	if !ok {
		return nil
	}
	return x.provenance(flat(edges, func(e *model.GraphEdge) []*model.Provenance { return e.Provenance }), provSel)
}

func (r *queryResolver) ShortestPath(ctx context.Context, from string, to string, maxLength *int, rels []model.RelationType) (*model.Path, error) {
	n := 6
	if maxLength != nil {
		n = *maxLength
	}
	g, err := r.Store.ShortestPath(ctx, from, to, n, relationTypes(rels))
	if err != nil || g == nil {
		return nil, err
	}
	out := &model.Path{Length: len(g.Edges)}
	out.Nodes, out.Edges = drawing(g)
	return out, r.graphProvenance(ctx, out.Edges, "Path")
}

var charts = map[string]store.Stat{
	"organizations":              store.StatOrganizations,
	"people":                     store.StatPeople,
	"associationsByOverseer":     store.StatAssociationsByOverseer,
	"associationsByOverseerType": store.StatAssociationsByOverseerType,
	"bodiesByType":               store.StatBodiesByType,
	"bodiesByArea":               store.StatBodiesByArea,
	"postsByTitle":               store.StatPostsByTitle,
}

func (r *queryResolver) Stats(ctx context.Context, filter *model.StatsFilter) (*model.Stats, error) {
	var f store.StatsFilter
	if filter != nil {
		asOf, err := asOfArg(filter.AsOf)
		if err != nil {
			return nil, err
		}
		f = store.StatsFilter{Area: deref(filter.Area), AsOf: asOf, AcrossEras: isTrue(filter.AcrossEras), WithRejected: isTrue(filter.IncludeRejected)}
	}
	out := &model.Stats{}
	x := newExpander(ctx, r.Store)
	names, _ := x.fields(selection(ctx), "Stats")
	for _, name := range names {
		st, ok := charts[name]
		if !ok {
			continue
		}
		counts, err := r.Store.Stats(ctx, st, f)
		if err != nil {
			return nil, err
		}
		l := make([]*model.Count, len(counts))
		for i, c := range counts {
			key := c.Key
			if st == store.StatBodiesByType || (st == store.StatAssociationsByOverseerType && key != "none" && key != "person") {
				key = string(orgType(hoigraph.OrgType(key)))
			}
			l[i] = &model.Count{Key: key, Count: c.Count}
		}
		switch name {
		case "organizations":
			out.Organizations = total(counts)
		case "people":
			out.People = total(counts)
		case "associationsByOverseer":
			out.AssociationsByOverseer = l
		case "associationsByOverseerType":
			out.AssociationsByOverseerType = l
		case "bodiesByType":
			out.BodiesByType = l
		case "bodiesByArea":
			out.BodiesByArea = l
		case "postsByTitle":
			out.PostsByTitle = l
		}
	}
	return out, nil
}

func total(cs []store.Count) int {
	if len(cs) == 0 {
		return 0
	}
	return cs[0].Count
}

func isTrue(b *bool) bool { return b != nil && *b }
