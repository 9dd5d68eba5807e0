package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"hoigraph/graph/model"
	"hoigraph/store"
)

// expander fills the nested fields of freshly read objects. Each method
// takes every object of one type at one level of the answer, and for each
// nested field in the selection runs one store.Related query for all of
// them, then recurses into the children. The number of queries therefore
// depends on the shape of the query, which the depth and complexity limits
// bound, and never on the size of the answer.
type expander struct {
	ctx   context.Context
	op    *graphql.OperationContext
	store *store.Store
}

func newExpander(ctx context.Context, s *store.Store) *expander {
	return &expander{ctx: ctx, op: graphql.GetOperationContext(ctx), store: s}
}

// selection is the selection set of the field being resolved.
func selection(ctx context.Context) ast.SelectionSet {
	return graphql.GetFieldContext(ctx).Field.Selections
}

// fields collects the fields selected on a type and merges the ones of the
// same name (aliases, repeated fields): they read the same data, so their
// sub-selections are loaded together.
func (x *expander) fields(set ast.SelectionSet, typ string, ifaces ...string) ([]string, map[string]ast.SelectionSet) {
	var names []string
	subs := map[string]ast.SelectionSet{}
	for _, f := range graphql.CollectFields(x.op, set, append([]string{typ}, ifaces...)) {
		if _, seen := subs[f.Name]; !seen {
			names = append(names, f.Name)
		}
		subs[f.Name] = append(subs[f.Name], f.Selections...)
	}
	return names, subs
}

// sub returns the merged selection of field name on typ, and whether it is
// selected at all.
func (x *expander) sub(set ast.SelectionSet, typ, name string) (ast.SelectionSet, bool) {
	_, subs := x.fields(set, typ)
	s, ok := subs[name]
	return s, ok
}

// connectionNodes is what a Relay connection's selection asks of its nodes,
// whether it reaches them through nodes or through edges { node }: both are
// loaded by one expansion.
func (x *expander) connectionNodes(set ast.SelectionSet, connType, edgeType string) ast.SelectionSet {
	_, subs := x.fields(set, connType)
	sel := subs["nodes"]
	if edgeSel, ok := subs["edges"]; ok {
		nodeSel, _ := x.sub(edgeSel, edgeType, "node")
		sel = append(sel, nodeSel...)
	}
	return sel
}

func ids[T any](objs []T, id func(T) string) []string {
	out := make([]string, len(objs))
	for i, o := range objs {
		out[i] = id(o)
	}
	return out
}

// orgs expands organisations.
func (x *expander) orgs(objs []*model.Organization, set ast.SelectionSet) error {
	if len(objs) == 0 || len(set) == 0 {
		return nil
	}
	keys := ids(objs, func(o *model.Organization) string { return o.ID })
	names, subs := x.fields(set, "Organization", "Node", "Entity")
	for _, name := range names {
		sel := subs[name]
		var err error
		switch name {
		case "area":
			err = one(x, store.OrgArea, keys, func(i int, n store.Node) *model.Area { objs[i].Area = area(n); return objs[i].Area }, sel, x.areas)
		case "parent":
			err = one(x, store.OrgParent, keys, func(i int, n store.Node) *model.Organization {
				objs[i].Parent = organization(n)
				return objs[i].Parent
			}, sel, x.orgs)
		case "children":
			err = many(x, store.OrgChildren, keys, organization, func(i int, l []*model.Organization) { objs[i].Children = l }, sel, x.orgs)
		case "posts":
			err = many(x, store.OrgPosts, keys, post, func(i int, l []*model.Post) { objs[i].Posts = l }, sel, x.posts)
		case "responsibleFor":
			err = x.responsibilities(store.ResponsibleFor, keys, func(i int, l []*model.Responsibility) { objs[i].ResponsibleFor = l }, sel)
		case "overseenBy":
			err = x.responsibilities(store.OverseenBy, keys, func(i int, l []*model.Responsibility) { objs[i].OverseenBy = l }, sel)
		case "sources":
			err = many(x, store.MentionedIn, keys, source, func(i int, l []*model.Source) { objs[i].Sources = l }, sel, nil)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// people expands persons.
func (x *expander) people(objs []*model.Person, set ast.SelectionSet) error {
	if len(objs) == 0 || len(set) == 0 {
		return nil
	}
	keys := ids(objs, func(o *model.Person) string { return o.ID })
	names, subs := x.fields(set, "Person", "Node", "Entity")
	for _, name := range names {
		sel := subs[name]
		var err error
		switch name {
		case "holdings":
			err = x.holdings(store.PersonHoldings, keys, func(i int, l []*model.Holding) { objs[i].Holdings = l }, sel)
		case "organizations":
			err = many(x, store.PersonOrgs, keys, organization, func(i int, l []*model.Organization) { objs[i].Organizations = l }, sel, x.orgs)
		case "areas":
			err = many(x, store.PersonAreas, keys, area, func(i int, l []*model.Area) { objs[i].Areas = l }, sel, x.areas)
		case "responsibleFor":
			err = x.responsibilities(store.ResponsibleFor, keys, func(i int, l []*model.Responsibility) { objs[i].ResponsibleFor = l }, sel)
		case "sources":
			err = many(x, store.MentionedIn, keys, source, func(i int, l []*model.Source) { objs[i].Sources = l }, sel, nil)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// posts expands posts.
func (x *expander) posts(objs []*model.Post, set ast.SelectionSet) error {
	if len(objs) == 0 || len(set) == 0 {
		return nil
	}
	keys := ids(objs, func(o *model.Post) string { return o.ID })
	names, subs := x.fields(set, "Post", "Node")
	for _, name := range names {
		sel := subs[name]
		var err error
		switch name {
		case "organization":
			err = one(x, store.PostOrg, keys, func(i int, n store.Node) *model.Organization {
				objs[i].Organization = organization(n)
				return objs[i].Organization
			}, sel, x.orgs)
		case "holders":
			err = x.holdings(store.PostHolders, keys, func(i int, l []*model.Holding) { objs[i].Holders = l }, sel)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// areas expands areas.
func (x *expander) areas(objs []*model.Area, set ast.SelectionSet) error {
	if len(objs) == 0 || len(set) == 0 {
		return nil
	}
	keys := ids(objs, func(o *model.Area) string { return o.ID })
	names, subs := x.fields(set, "Area", "Node", "Entity")
	for _, name := range names {
		sel := subs[name]
		var err error
		switch name {
		case "parent":
			err = one(x, store.AreaParent, keys, func(i int, n store.Node) *model.Area { objs[i].Parent = area(n); return objs[i].Parent }, sel, x.areas)
		case "children":
			err = many(x, store.AreaChildren, keys, area, func(i int, l []*model.Area) { objs[i].Children = l }, sel, x.areas)
		case "organizations":
			err = many(x, store.AreaOrgs, keys, organization, func(i int, l []*model.Organization) { objs[i].Organizations = l }, sel, x.orgs)
		case "overseenBy":
			err = x.responsibilities(store.OverseenBy, keys, func(i int, l []*model.Responsibility) { objs[i].OverseenBy = l }, sel)
		case "successors":
			err = x.areaLinks(keys, true, func(i int, l []*model.AreaLink) { objs[i].Successors = l }, sel)
		case "predecessors":
			err = x.areaLinks(keys, false, func(i int, l []*model.AreaLink) { objs[i].Predecessors = l }, sel)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// areaLinks loads the July 2025 mapping of areas, one way, and expands the
// areas at the other end together.
func (x *expander) areaLinks(keys []string, successors bool, set func(i int, l []*model.AreaLink), sel ast.SelectionSet) error {
	links, err := x.store.AreaLinks(x.ctx, keys, successors)
	if err != nil {
		return err
	}
	var ends []*model.Area
	for i, k := range keys {
		l := make([]*model.AreaLink, 0, len(links[k]))
		for _, n := range links[k] {
			a := area(n.Area)
			l = append(l, &model.AreaLink{Area: a, Whole: n.Whole, Default: n.Default})
			ends = append(ends, a)
		}
		set(i, l)
	}
	names, subs := x.fields(sel, "AreaLink")
	for _, name := range names {
		if name == "area" {
			return x.areas(ends, subs[name])
		}
	}
	return nil
}

// one loads a to-one relation: set is called for each parent with a
// neighbour, and the neighbours are then expanded together.
func one[T any](x *expander, rel store.Relation, keys []string, set func(i int, n store.Node) *T, sel ast.SelectionSet, expand func([]*T, ast.SelectionSet) error) error {
	links, err := x.store.Related(x.ctx, rel, keys)
	if err != nil {
		return err
	}
	var kids []*T
	for i, k := range keys {
		if l := links[k]; len(l) > 0 {
			kids = append(kids, set(i, l[0].Node))
		}
	}
	if expand == nil {
		return nil
	}
	return expand(kids, sel)
}

// many loads a to-many relation of plain nodes.
func many[T any](x *expander, rel store.Relation, keys []string, conv func(store.Node) *T, set func(i int, l []*T), sel ast.SelectionSet, expand func([]*T, ast.SelectionSet) error) error {
	links, err := x.store.Related(x.ctx, rel, keys)
	if err != nil {
		return err
	}
	var all []*T
	for i, k := range keys {
		l := make([]*T, 0, len(links[k]))
		for _, n := range links[k] {
			l = append(l, conv(n.Node))
		}
		set(i, l)
		all = append(all, l...)
	}
	if expand == nil {
		return nil
	}
	return expand(all, sel)
}

// holdings loads HOLDS edges (of people or of posts) and expands both ends.
func (x *expander) holdings(rel store.Relation, keys []string, set func(i int, l []*model.Holding), sel ast.SelectionSet) error {
	links, err := x.store.Related(x.ctx, rel, keys)
	if err != nil {
		return err
	}
	var all []*model.Holding
	for i, k := range keys {
		l := make([]*model.Holding, 0, len(links[k]))
		for _, n := range links[k] {
			l = append(l, holding(n.Edge))
		}
		set(i, l)
		all = append(all, l...)
	}
	return x.holdingList(all, sel)
}

func (x *expander) holdingList(all []*model.Holding, sel ast.SelectionSet) error {
	if len(all) == 0 {
		return nil
	}
	names, subs := x.fields(sel, "Holding")
	for _, name := range names {
		var err error
		switch name {
		case "person":
			err = x.people(ids2(all, func(h *model.Holding) *model.Person { return h.Person }), subs[name])
		case "post":
			err = x.posts(ids2(all, func(h *model.Holding) *model.Post { return h.Post }), subs[name])
		case "provenance":
			err = x.provenance(flat(all, func(h *model.Holding) []*model.Provenance { return h.Provenance }), subs[name])
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func ids2[T, U any](l []T, f func(T) U) []U {
	out := make([]U, len(l))
	for i, v := range l {
		out[i] = f(v)
	}
	return out
}

func flat[T, U any](l []T, f func(T) []U) []U {
	var out []U
	for _, v := range l {
		out = append(out, f(v)...)
	}
	return out
}

// responsibilities loads RESPONSIBLE_FOR edges and expands both ends.
func (x *expander) responsibilities(rel store.Relation, keys []string, set func(i int, l []*model.Responsibility), sel ast.SelectionSet) error {
	links, err := x.store.Related(x.ctx, rel, keys)
	if err != nil {
		return err
	}
	var all []*model.Responsibility
	for i, k := range keys {
		l := make([]*model.Responsibility, 0, len(links[k]))
		for _, n := range links[k] {
			if r := responsibility(n.Edge); r.Overseer != nil && r.Object != nil {
				l = append(l, r)
			}
		}
		set(i, l)
		all = append(all, l...)
	}
	return x.responsibilityList(all, sel)
}

func (x *expander) responsibilityList(all []*model.Responsibility, sel ast.SelectionSet) error {
	if len(all) == 0 {
		return nil
	}
	names, subs := x.fields(sel, "Responsibility")
	for _, name := range names {
		var err error
		switch name {
		case "overseer":
			err = x.entities(ids2(all, func(r *model.Responsibility) model.Entity { return r.Overseer }), subs[name])
		case "object":
			err = x.entities(ids2(all, func(r *model.Responsibility) model.Entity { return r.Object }), subs[name])
		case "provenance":
			err = x.provenance(flat(all, func(r *model.Responsibility) []*model.Provenance { return r.Provenance }), subs[name])
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// entities expands union members, each concrete type with its own fragment
// selection.
func (x *expander) entities(es []model.Entity, sel ast.SelectionSet) error {
	var orgs []*model.Organization
	var ppl []*model.Person
	var ars []*model.Area
	for _, e := range es {
		switch v := e.(type) {
		case *model.Organization:
			orgs = append(orgs, v)
		case *model.Person:
			ppl = append(ppl, v)
		case *model.Area:
			ars = append(ars, v)
		}
	}
	if err := x.orgs(orgs, sel); err != nil {
		return err
	}
	if err := x.people(ppl, sel); err != nil {
		return err
	}
	return x.areas(ars, sel)
}

// provenance fills the sources of provenance entries in one query, when
// more than their id is asked for.
func (x *expander) provenance(ps []*model.Provenance, sel ast.SelectionSet) error {
	srcSel, ok := x.sub(sel, "Provenance", "source")
	if !ok || len(ps) == 0 {
		return nil
	}
	if names, _ := x.fields(srcSel, "Source", "Node"); len(names) == 1 && names[0] == "id" {
		return nil
	}
	nodes, err := x.store.NodesByID(x.ctx, ids2(ps, func(p *model.Provenance) string { return p.Source.ID }))
	if err != nil {
		return err
	}
	for _, p := range ps {
		if n, ok := nodes[p.Source.ID]; ok {
			p.Source = source(n)
		}
	}
	return nil
}
