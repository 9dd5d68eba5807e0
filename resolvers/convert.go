package resolvers

import (
	"encoding/base64"
	"math"
	"strconv"
	"strings"

	"hoigraph"
	"hoigraph/graph/model"
	"hoigraph/store"
)

func str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func orgType(t hoigraph.OrgType) model.OrgType {
	m := model.OrgType(strings.ToUpper(string(t)))
	if !m.IsValid() {
		return model.OrgTypeOther
	}
	return m
}

func domainOrgType(t model.OrgType) hoigraph.OrgType {
	return hoigraph.OrgType(strings.ToLower(string(t)))
}

func domainOrgTypes(ts []model.OrgType) []hoigraph.OrgType {
	out := make([]hoigraph.OrgType, len(ts))
	for i, t := range ts {
		out[i] = domainOrgType(t)
	}
	return out
}

func organization(n store.Node) *model.Organization {
	return &model.Organization{ID: n.ID, Name: n.Name, Type: orgType(n.Type), AreaName: str(n.AreaName)}
}

func person(n store.Node) *model.Person { return &model.Person{ID: n.ID, Name: n.Name} }

func post(n store.Node) *model.Post { return &model.Post{ID: n.ID, Title: n.Name} }

func area(n store.Node) *model.Area {
	a := &model.Area{ID: n.ID, Name: n.Name, Level: str(n.Level), Kind: str(n.AreaKind), Code: str(n.Code), Era: str(n.Era),
		Aliases: n.Aliases}
	if a.Aliases == nil {
		a.Aliases = []string{}
	}
	if n.HasCoordinates {
		a.Latitude, a.Longitude = &n.Lat, &n.Lon
	}
	if n.AreaKm2 > 0 {
		a.AreaKm2 = &n.AreaKm2
	}
	return a
}

func source(n store.Node) *model.Source {
	return &model.Source{ID: n.ID, File: str(n.File), Title: str(n.Name), Date: str(n.Date), Publisher: str(n.Publisher), URL: str(n.URL), Kind: str(n.SourceKind),
		By: str(n.By), At: str(n.At), Note: str(n.Note)}
}

// entity converts a node that a search hit or a responsibility edge points
// at; kinds outside the Entity union come back nil.
func entity(n store.Node) model.Entity {
	switch n.Kind {
	case "Organization":
		return organization(n)
	case "Person":
		return person(n)
	case "Area":
		return area(n)
	}
	return nil
}

var nodeKinds = map[string]model.NodeKind{
	"Organization": model.NodeKindOrganization, "Person": model.NodeKindPerson, "Post": model.NodeKindPost,
	"Area": model.NodeKindArea, "Source": model.NodeKindSource, "Meeting": model.NodeKindMeeting, "Directive": model.NodeKindDirective,
}

func graphNode(n store.Node) *model.GraphNode {
	var t model.OrgType
	g := graphNodeIn(n, &t)
	return &g
}

// graphNodeIn is n as a drawing's node whose organisation type, if any,
// is kept in *t.
func graphNodeIn(n store.Node, t *model.OrgType) model.GraphNode {
	g := model.GraphNode{ID: n.ID, Kind: nodeKinds[n.Kind], Label: n.Name}
	if n.Kind == "Organization" {
		*t = orgType(n.Type)
		g.OrgType = t
	}
	return g
}

// drawing converts a drawing's nodes and edges with one allocation per
// list: a depth-2 neighbourhood has hundreds of each, and a model, an
// organisation type and a pointer apiece were a tenth of the objects the
// server allocated for one.
func drawing(g *store.Graph) ([]*model.GraphNode, []*model.GraphEdge) {
	nodes, types, np := make([]model.GraphNode, len(g.Nodes)), make([]model.OrgType, len(g.Nodes)), make([]*model.GraphNode, len(g.Nodes))
	for i, n := range g.Nodes {
		nodes[i] = graphNodeIn(n, &types[i])
		np[i] = &nodes[i]
	}
	edges, ep := make([]model.GraphEdge, len(g.Edges)), make([]*model.GraphEdge, len(g.Edges))
	for i := range g.Edges {
		edges[i] = graphEdgeOf(&g.Edges[i])
		ep[i] = &edges[i]
	}
	return np, ep
}

// provenance pairs each source id with its sentence; the Source holds only
// the id until expand fills it.
func provenance(e *store.Edge) []*model.Provenance {
	out := make([]*model.Provenance, len(e.Sources))
	for i, id := range e.Sources {
		p := &model.Provenance{Source: &model.Source{ID: id}}
		if i < len(e.Evidence) {
			p.Evidence = str(e.Evidence[i])
		}
		out[i] = p
	}
	return out
}

func graphEdgeOf(e *store.Edge) model.GraphEdge {
	return model.GraphEdge{
		Type: model.RelationType(e.Type), From: e.From.ID, To: e.To.ID,
		Kind: str(e.Kind), Since: str(e.Since), Until: str(e.Until), AsOf: str(e.AsOf),
		Provenance: provenance(e),
	}
}

func review(r *store.Review) *model.Review {
	if r == nil {
		return nil
	}
	return &model.Review{Status: model.ReviewStatus(strings.ToUpper(r.Status)), By: r.By, At: r.At, Reason: str(r.Reason), Source: str(r.Source)}
}

func factID(e *store.Edge) string { return store.FactID(e.Type, e.From.ID, e.To.ID, e.Kind) }

func fact(f store.Fact) *model.Fact {
	e := &f.Edge
	return &model.Fact{
		ID: f.ID, Type: model.RelationType(e.Type), From: graphNode(e.From), To: graphNode(e.To),
		Kind: str(e.Kind), Since: str(e.Since), Until: str(e.Until), AsOf: str(e.AsOf),
		Confidence: f.Confidence, Review: review(e.Review), Provenance: provenance(e),
	}
}

func holding(e *store.Edge) *model.Holding {
	return &model.Holding{
		ID: factID(e), Review: review(e.Review),
		Person: person(e.From), Post: post(e.To),
		Since: str(e.Since), Until: str(e.Until), AsOf: str(e.AsOf), Current: e.Until == "",
		Provenance: provenance(e),
	}
}

func responsibility(e *store.Edge) *model.Responsibility {
	return &model.Responsibility{
		ID: factID(e), Review: review(e.Review),
		Overseer: entity(e.From), Object: entity(e.To),
		Kind: str(e.Kind), Since: str(e.Since), Until: str(e.Until), AsOf: str(e.AsOf),
		Provenance: provenance(e),
	}
}

// Cursors are opaque to clients; inside they are list offsets.
func cursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(offset)))
}

// page turns Relay's first/after into an offset and a capped limit.
func page(first *int, after *string) (store.Page, error) {
	n, err := firstArg(first, 20)
	p := store.Page{Limit: n}
	if err != nil {
		return p, err
	}
	if after != nil && *after != "" {
		raw, err := base64.RawURLEncoding.DecodeString(*after)
		s, ok := strings.CutPrefix(string(raw), "o:")
		n, aerr := strconv.Atoi(s)
		if err != nil || !ok || aerr != nil || n < 0 || n >= maxOffset {
			return p, hoigraph.Errorf(hoigraph.EINVALID, "after is not a cursor from this API")
		}
		p.Offset = n + 1
	}
	return p, nil
}

// maxOffset bounds the offsets a cursor may carry: far beyond any page a
// client reaches, and far from the integer overflow that would turn the
// offset into a negative LIMIT.
const maxOffset = 1 << 31

// firstArg reads a first argument, def when absent, capped to MaxPageSize.
// Whatever the field, a negative one or one beyond GraphQL's 32-bit Int is
// the same client error.
func firstArg(first *int, def int) (int, error) {
	if first == nil {
		return def, nil
	}
	if *first < 0 || *first > math.MaxInt32 {
		return 0, hoigraph.Errorf(hoigraph.EINVALID, "first must be between 0 and %d (larger values are served %d at a time)", math.MaxInt32, MaxPageSize)
	}
	return min(*first, MaxPageSize), nil
}

func pageInfo(p store.Page, n, total int) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: p.Offset+n < total}
	if n > 0 {
		c := cursor(p.Offset + n - 1)
		pi.EndCursor = &c
	}
	return pi
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// asOfArg reads an asOf filter: a date as hoigraph.CheckDate takes it.
func asOfArg(s *string) (string, error) {
	v := deref(s)
	if v == "" {
		return "", nil
	}
	if err := hoigraph.CheckDate(v); err != nil {
		return "", hoigraph.Errorf(hoigraph.EINVALID, "asOf: %v", err)
	}
	return v, nil
}
