package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"hoigraph/graph/model"
	"hoigraph/store"
)

// expander fills the nested fields of freshly read objects. It turns the
// selection below them into a store.Shape (plan), has the store read the
// whole shape in one Cypher statement (store.Tree), and fills the models
// from the tree that comes back (fill). A nested answer therefore costs one
// statement for its roots' nesting however deep or large it is; the
// provenance sources of root-level edges are one more.
type expander struct {
	ctx   context.Context
	op    *graphql.OperationContext
	store *store.Store
}

func newExpander(ctx context.Context, s *store.Store) *expander {
	return &expander{ctx: ctx, op: graphql.GetOperationContext(ctx), store: s}
}

// resolving is the field being resolved.
func resolving(ctx context.Context) graphql.CollectedField { return graphql.GetFieldContext(ctx).Field }

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

// The kinds of node the planner nests below, as the store names them.
const (
	kindOrg    = "Organization"
	kindPerson = "Person"
	kindPost   = "Post"
	kindArea   = "Area"
)

// --- Planning: a selection becomes the store.Shape that reads it.

func nest(rel store.Relation, kind string, sh store.Shape) store.Nest {
	return store.Nest{Rel: rel, Kind: kind, Shape: sh}
}

// orgNests are the nests an organisation's selection asks for.
func (x *expander) orgNests(set ast.SelectionSet) []store.Nest {
	var out []store.Nest
	names, subs := x.fields(set, "Organization", "Node", "Entity")
	for _, name := range names {
		sel := subs[name]
		switch name {
		case "area":
			out = append(out, nest(store.OrgArea, kindOrg, x.areaShape(sel)))
		case "parent":
			out = append(out, nest(store.OrgParent, kindOrg, x.orgShape(sel)))
		case "children":
			out = append(out, nest(store.OrgChildren, kindOrg, x.orgShape(sel)))
		case "posts":
			out = append(out, nest(store.OrgPosts, kindOrg, x.postShape(sel)))
		case "responsibleFor":
			out = append(out, x.responsibilityNest(store.ResponsibleFor, kindOrg, sel))
		case "overseenBy":
			out = append(out, x.responsibilityNest(store.OverseenBy, kindOrg, sel))
		case "sources":
			out = append(out, nest(store.MentionedIn, kindOrg, store.Shape{}))
		}
	}
	return out
}

func (x *expander) personNests(set ast.SelectionSet) []store.Nest {
	var out []store.Nest
	names, subs := x.fields(set, "Person", "Node", "Entity")
	for _, name := range names {
		sel := subs[name]
		switch name {
		case "holdings":
			out = append(out, x.holdingNest(store.PersonHoldings, kindPerson, sel))
		case "organizations":
			out = append(out, nest(store.PersonOrgs, kindPerson, x.orgShape(sel)))
		case "areas":
			out = append(out, nest(store.PersonAreas, kindPerson, x.areaShape(sel)))
		case "responsibleFor":
			out = append(out, x.responsibilityNest(store.ResponsibleFor, kindPerson, sel))
		case "sources":
			out = append(out, nest(store.MentionedIn, kindPerson, store.Shape{}))
		}
	}
	return out
}

func (x *expander) areaNests(set ast.SelectionSet) []store.Nest {
	var out []store.Nest
	names, subs := x.fields(set, "Area", "Node", "Entity")
	for _, name := range names {
		sel := subs[name]
		switch name {
		case "parent":
			out = append(out, nest(store.AreaParent, kindArea, x.areaShape(sel)))
		case "children":
			out = append(out, nest(store.AreaChildren, kindArea, x.areaShape(sel)))
		case "organizations":
			out = append(out, nest(store.AreaOrgs, kindArea, x.orgShape(sel)))
		case "overseenBy":
			out = append(out, x.responsibilityNest(store.OverseenBy, kindArea, sel))
		case "successors", "predecessors":
			rel := store.AreaSuccessors
			if name == "predecessors" {
				rel = store.AreaPredecessors
			}
			linkSel, _ := x.sub(sel, "AreaLink", "area")
			out = append(out, nest(rel, kindArea, x.areaShape(linkSel)))
		}
	}
	return out
}

func (x *expander) orgShape(set ast.SelectionSet) store.Shape {
	return store.Shape{Nests: x.orgNests(set)}
}

func (x *expander) areaShape(set ast.SelectionSet) store.Shape {
	return store.Shape{Nests: x.areaNests(set)}
}

func (x *expander) personShape(set ast.SelectionSet) store.Shape {
	return store.Shape{Nests: x.personNests(set)}
}

func (x *expander) postShape(set ast.SelectionSet) store.Shape {
	var out []store.Nest
	names, subs := x.fields(set, "Post", "Node")
	for _, name := range names {
		switch name {
		case "organization":
			out = append(out, nest(store.PostOrg, kindPost, x.orgShape(subs[name])))
		case "holders":
			out = append(out, x.holdingNest(store.PostHolders, kindPost, subs[name]))
		}
	}
	return store.Shape{Nests: out}
}

// entityShape reads a union member's fragments: each kind's nests apply to
// its own nodes only.
func (x *expander) entityShape(set ast.SelectionSet) store.Shape {
	var out []store.Nest
	out = append(out, x.orgNests(set)...)
	out = append(out, x.personNests(set)...)
	out = append(out, x.areaNests(set)...)
	return store.Shape{Nests: out}
}

// wantsSources says whether a provenance selection asks more of its source
// than the id the edge already holds.
func (x *expander) wantsSources(set ast.SelectionSet) bool {
	srcSel, ok := x.sub(set, "Provenance", "source")
	if !ok {
		return false
	}
	names, _ := x.fields(srcSel, "Source", "Node")
	return len(names) > 1 || len(names) == 1 && names[0] != "id"
}

// holdingNest reads HOLDS edges: the neighbour (the post of a person's
// holding, the person of a post's) with what its side asks, and the
// parent's side again below the edge when the selection asks for it.
func (x *expander) holdingNest(rel store.Relation, kind string, set ast.SelectionSet) store.Nest {
	_, subs := x.fields(set, "Holding")
	personSh, postSh := x.personShape(subs["person"]), x.postShape(subs["post"])
	n := store.Nest{Rel: rel, Kind: kind, Sources: x.wantsSources(subs["provenance"])}
	if rel == store.PostHolders {
		n.Shape, n.Back = personSh, postSh
	} else {
		n.Shape, n.Back = postSh, personSh
	}
	return n
}

// responsibilityNest reads RESPONSIBLE_FOR edges, like holdingNest.
func (x *expander) responsibilityNest(rel store.Relation, kind string, set ast.SelectionSet) store.Nest {
	_, subs := x.fields(set, "Responsibility")
	overseer, object := x.entityShape(subs["overseer"]), x.entityShape(subs["object"])
	n := store.Nest{Rel: rel, Kind: kind, Sources: x.wantsSources(subs["provenance"])}
	if rel == store.OverseenBy {
		n.Shape, n.Back = overseer, object
	} else {
		n.Shape, n.Back = object, overseer
	}
	return n
}

// --- Filling: the tree the store read becomes the models' nested fields.

// at is the i-th list of kids, empty when the tree has fewer.
func at(kids [][]store.Tree, i int) []store.Tree {
	if i < len(kids) {
		return kids[i]
	}
	return nil
}

func all[T any](ts []store.Tree, sh store.Shape, conv func(store.Tree, store.Shape) *T) []*T {
	out := make([]*T, 0, len(ts))
	for _, t := range ts {
		out = append(out, conv(t, sh))
	}
	return out
}

func first[T any](ts []store.Tree, sh store.Shape, conv func(store.Tree, store.Shape) *T) *T {
	if len(ts) == 0 {
		return nil
	}
	return conv(ts[0], sh)
}

func orgTree(t store.Tree, sh store.Shape) *model.Organization {
	o := organization(t.Node)
	fillOrg(o, t.Kids, sh)
	return o
}

func personTree(t store.Tree, sh store.Shape) *model.Person {
	p := person(t.Node)
	fillPerson(p, t.Kids, sh)
	return p
}

func postTree(t store.Tree, sh store.Shape) *model.Post {
	p := post(t.Node)
	fillPost(p, t.Kids, sh)
	return p
}

func areaTree(t store.Tree, sh store.Shape) *model.Area {
	a := area(t.Node)
	fillArea(a, t.Kids, sh)
	return a
}

func sourceTree(t store.Tree, _ store.Shape) *model.Source { return source(t.Node) }

func linkTree(t store.Tree, sh store.Shape) *model.AreaLink {
	return &model.AreaLink{Area: areaTree(t, sh), Whole: t.Whole, Default: t.Default}
}

func fillOrg(o *model.Organization, kids [][]store.Tree, sh store.Shape) {
	for i, n := range sh.Nests {
		if n.Kind != kindOrg {
			continue
		}
		ts := at(kids, i)
		switch n.Rel {
		case store.OrgArea:
			o.Area = first(ts, n.Shape, areaTree)
		case store.OrgParent:
			o.Parent = first(ts, n.Shape, orgTree)
		case store.OrgChildren:
			o.Children = all(ts, n.Shape, orgTree)
		case store.OrgPosts:
			o.Posts = all(ts, n.Shape, postTree)
		case store.ResponsibleFor:
			o.ResponsibleFor = responsibilities(ts, n)
		case store.OverseenBy:
			o.OverseenBy = responsibilities(ts, n)
		case store.MentionedIn:
			o.Sources = all(ts, n.Shape, sourceTree)
		}
	}
}

func fillPerson(p *model.Person, kids [][]store.Tree, sh store.Shape) {
	for i, n := range sh.Nests {
		if n.Kind != kindPerson {
			continue
		}
		ts := at(kids, i)
		switch n.Rel {
		case store.PersonHoldings:
			p.Holdings = holdings(ts, n)
		case store.PersonOrgs:
			p.Organizations = all(ts, n.Shape, orgTree)
		case store.PersonAreas:
			p.Areas = all(ts, n.Shape, areaTree)
		case store.ResponsibleFor:
			p.ResponsibleFor = responsibilities(ts, n)
		case store.MentionedIn:
			p.Sources = all(ts, n.Shape, sourceTree)
		}
	}
}

func fillPost(p *model.Post, kids [][]store.Tree, sh store.Shape) {
	for i, n := range sh.Nests {
		if n.Kind != kindPost {
			continue
		}
		ts := at(kids, i)
		switch n.Rel {
		case store.PostOrg:
			p.Organization = first(ts, n.Shape, orgTree)
		case store.PostHolders:
			p.Holders = holdings(ts, n)
		}
	}
}

func fillArea(a *model.Area, kids [][]store.Tree, sh store.Shape) {
	for i, n := range sh.Nests {
		if n.Kind != kindArea {
			continue
		}
		ts := at(kids, i)
		switch n.Rel {
		case store.AreaParent:
			a.Parent = first(ts, n.Shape, areaTree)
		case store.AreaChildren:
			a.Children = all(ts, n.Shape, areaTree)
		case store.AreaOrgs:
			a.Organizations = all(ts, n.Shape, orgTree)
		case store.OverseenBy:
			a.OverseenBy = responsibilities(ts, n)
		case store.AreaSuccessors:
			a.Successors = all(ts, n.Shape, linkTree)
		case store.AreaPredecessors:
			a.Predecessors = all(ts, n.Shape, linkTree)
		}
	}
}

// fillEntity fills a union member with the nests of its kind.
func fillEntity(e model.Entity, kids [][]store.Tree, sh store.Shape) {
	switch v := e.(type) {
	case *model.Organization:
		fillOrg(v, kids, sh)
	case *model.Person:
		fillPerson(v, kids, sh)
	case *model.Area:
		fillArea(v, kids, sh)
	}
}

// edgeSources fills provenance sources from the Source nodes read with the
// edge.
func edgeSources(ps []*model.Provenance, t store.Tree) {
	for _, p := range ps {
		for _, n := range t.Sources {
			if n.ID == p.Source.ID {
				p.Source = source(n)
				break
			}
		}
	}
}

func holdings(ts []store.Tree, n store.Nest) []*model.Holding {
	out := make([]*model.Holding, 0, len(ts))
	for _, t := range ts {
		if t.Edge == nil {
			continue
		}
		h := holding(t.Edge)
		if n.Rel == store.PostHolders {
			fillPerson(h.Person, t.Kids, n.Shape)
			fillPost(h.Post, t.Back, n.Back)
		} else {
			fillPost(h.Post, t.Kids, n.Shape)
			fillPerson(h.Person, t.Back, n.Back)
		}
		edgeSources(h.Provenance, t)
		out = append(out, h)
	}
	return out
}

func responsibilities(ts []store.Tree, n store.Nest) []*model.Responsibility {
	out := make([]*model.Responsibility, 0, len(ts))
	for _, t := range ts {
		if t.Edge == nil {
			continue
		}
		r := responsibility(t.Edge)
		if r.Overseer == nil || r.Object == nil {
			continue
		}
		if n.Rel == store.OverseenBy {
			fillEntity(r.Overseer, t.Kids, n.Shape)
			fillEntity(r.Object, t.Back, n.Back)
		} else {
			fillEntity(r.Object, t.Kids, n.Shape)
			fillEntity(r.Overseer, t.Back, n.Back)
		}
		edgeSources(r.Provenance, t)
		out = append(out, r)
	}
	return out
}

// --- Expanding objects already read (list items, hits, edge ends): one
// store.Tree for all of them.

// expand reads sh below the nodes with the given ids and hands each
// node's kids to fill.
func (x *expander) expand(keys []string, sh store.Shape, fill func(i int, kids [][]store.Tree)) error {
	if len(keys) == 0 || len(sh.Nests) == 0 {
		return nil
	}
	trees, err := x.store.Tree(x.ctx, keys, sh)
	if err != nil {
		return err
	}
	for i, k := range keys {
		fill(i, trees[k].Kids)
	}
	return nil
}

// orgs expands organisations.
func (x *expander) orgs(objs []*model.Organization, set ast.SelectionSet) error {
	sh := x.orgShape(set)
	return x.expand(ids(objs, func(o *model.Organization) string { return o.ID }), sh, func(i int, kids [][]store.Tree) { fillOrg(objs[i], kids, sh) })
}

// people expands persons.
func (x *expander) people(objs []*model.Person, set ast.SelectionSet) error {
	sh := x.personShape(set)
	return x.expand(ids(objs, func(o *model.Person) string { return o.ID }), sh, func(i int, kids [][]store.Tree) { fillPerson(objs[i], kids, sh) })
}

// entities expands union members, each concrete type with its own fragment
// selection.
func (x *expander) entities(es []model.Entity, set ast.SelectionSet) error {
	sh := x.entityShape(set)
	return x.expand(ids(es, entityID), sh, func(i int, kids [][]store.Tree) { fillEntity(es[i], kids, sh) })
}

func entityID(e model.Entity) string {
	switch v := e.(type) {
	case *model.Organization:
		return v.ID
	case *model.Person:
		return v.ID
	case *model.Area:
		return v.ID
	}
	return ""
}

// root reads one node by id with its selection in a single statement, nil
// when there is no node of that kind.
func (x *expander) root(id, kind string, sh store.Shape) (*store.Tree, error) {
	trees, err := x.store.Tree(x.ctx, []string{id}, sh)
	if err != nil {
		return nil, err
	}
	t, ok := trees[id]
	if !ok || t.Node.Kind != kind {
		return nil, nil
	}
	return &t, nil
}

// responsibilityList expands root-level oversight edges: their ends in one
// statement each, their sources in one more.
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

// provenance fills the sources of provenance entries in one query, when
// more than their id is asked for.
func (x *expander) provenance(ps []*model.Provenance, sel ast.SelectionSet) error {
	if len(ps) == 0 || !x.wantsSources(sel) {
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
