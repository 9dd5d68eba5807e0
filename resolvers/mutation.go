package resolvers

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"hoigraph"
	"hoigraph/auth"
	"hoigraph/graph"
	"hoigraph/graph/model"
	"hoigraph/loader"
	"hoigraph/store"
)

// Mutation returns the root mutation resolver.
func (r *Resolver) Mutation() graph.MutationResolver { return &mutationResolver{r} }

type mutationResolver struct{ *Resolver }

// edit checks that the caller may write and says who they are.
func edit(ctx context.Context, action string, note *string) (loader.Edit, error) {
	if err := auth.Require(ctx, hoigraph.RoleEditor); err != nil {
		return loader.Edit{}, err
	}
	return loader.Edit{By: auth.From(ctx).Name, Action: action, Note: strings.TrimSpace(deref(note))}, nil
}

var isoDate = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// dates checks optional ISO dates, naming the field of a bad one.
func dates(fields ...any) error {
	for i := 0; i < len(fields); i += 2 {
		var v string
		switch d := fields[i+1].(type) {
		case *string:
			v = deref(d)
		case string:
			v = d
		}
		if v != "" && !isoDate.MatchString(v) {
			return &hoigraph.Error{Code: hoigraph.EINVALID, Message: fmt.Sprintf("%s %q is not an ISO date (2020, 2020-10 or 2020-10-15)", fields[i], v),
				Details: map[string]any{"field": fields[i]}}
		}
	}
	return nil
}

func (r *mutationResolver) IngestArticle(ctx context.Context, in model.ArticleInput) (*model.WriteResult, error) {
	e, err := edit(ctx, "ingestArticle", in.Note)
	if err != nil {
		return nil, err
	}
	if err := dates("date", in.Date); err != nil {
		return nil, err
	}
	raw, name := []byte(in.Text), ""
	switch {
	case in.File != nil && strings.TrimSpace(in.Text) != "":
		return nil, hoigraph.Errorf(hoigraph.EINVALID, "give the article's text or a file, not both")
	case in.File != nil:
		if raw, err = io.ReadAll(in.File.File); err != nil {
			return nil, hoigraph.Errorf(hoigraph.EINVALID, "the uploaded file could not be read")
		}
		name = in.File.Filename
	case strings.TrimSpace(in.Text) == "":
		return nil, &hoigraph.Error{Code: hoigraph.EINVALID, Message: "the article's text is empty", Details: map[string]any{"field": "text"}}
	}
	meta := hoigraph.Source{Title: deref(in.Title), Date: deref(in.Date), Publisher: deref(in.Publisher), URL: deref(in.URL)}
	dry := in.DryRun != nil && *in.DryRun
	w, err := r.Loader.Ingest(ctx, name, raw, meta, e, dry)
	if err != nil {
		return nil, err
	}
	return writeResult(w, dry), nil
}

func (r *mutationResolver) UploadCurated(ctx context.Context, in model.CuratedInput) (*model.WriteResult, error) {
	e, err := edit(ctx, "uploadCurated", in.Note)
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(in.File.File)
	if err != nil {
		return nil, hoigraph.Errorf(hoigraph.EINVALID, "the uploaded file could not be read")
	}
	dry := in.DryRun != nil && *in.DryRun
	w, err := r.Loader.Curated(ctx, in.File.Filename, raw, e, dry)
	if err != nil {
		return nil, err
	}
	return writeResult(w, dry), nil
}

// end is one end of an assertion: the name the facts use and, for an id,
// the node it must land on.
type end struct {
	name string
	kind hoigraph.EndpointKind
	ref  *store.Ref
}

// endpoint reads an assertion's end: the id of an existing node of one of
// the kinds allowed, or else the name of a body.
func (r *mutationResolver) endpoint(ctx context.Context, field, v string, allowed ...hoigraph.EndpointKind) (end, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return end{}, &hoigraph.Error{Code: hoigraph.EINVALID, Message: field + " is empty", Details: map[string]any{"field": field}}
	}
	prefix, _, isID := strings.Cut(v, ":")
	kind := hoigraph.EndpointKind(prefix)
	if !isID || (kind != hoigraph.EndpointOrg && kind != hoigraph.EndpointPerson && kind != hoigraph.EndpointArea) {
		return end{name: v, kind: hoigraph.EndpointOrg}, nil
	}
	ok := false
	for _, a := range allowed {
		ok = ok || a == kind
	}
	if !ok {
		return end{}, &hoigraph.Error{Code: hoigraph.EINVALID, Message: fmt.Sprintf("%s cannot be a %s", field, kind), Details: map[string]any{"field": field}}
	}
	nodes, err := r.Store.NodesByID(ctx, []string{v})
	if err != nil {
		return end{}, err
	}
	n, found := nodes[v]
	if !found {
		return end{}, &hoigraph.Error{Code: hoigraph.ENOTFOUND, Message: fmt.Sprintf("%s: no node %q", field, v), Details: map[string]any{"field": field}}
	}
	return end{name: n.Name, kind: kind, ref: &store.Ref{ID: n.ID, Name: n.Name, Rule: "id", Gazetteer: n.Era != ""}}, nil
}

// fix records the ends given by id for loader.Assert.
func fix(ends ...end) map[string]store.Ref {
	m := map[string]store.Ref{}
	for _, e := range ends {
		if e.ref != nil {
			m[loader.FixedKey(string(e.kind), e.name)] = *e.ref
		}
	}
	return m
}

func relation(kind *string) string {
	if k := strings.TrimSpace(deref(kind)); k != "" {
		return k
	}
	return "responsible_for"
}

func (r *mutationResolver) responsibilityEnds(ctx context.Context, overseer, object string) (end, end, error) {
	o, err := r.endpoint(ctx, "overseer", overseer, hoigraph.EndpointOrg, hoigraph.EndpointPerson)
	if err != nil {
		return end{}, end{}, err
	}
	t, err := r.endpoint(ctx, "object", object, hoigraph.EndpointOrg, hoigraph.EndpointArea)
	return o, t, err
}

func (r *mutationResolver) AssertResponsibility(ctx context.Context, in model.ResponsibilityInput) (*model.WriteResult, error) {
	e, err := edit(ctx, "assertResponsibility", in.Note)
	if err != nil {
		return nil, err
	}
	if err := dates("since", in.Since, "until", in.Until); err != nil {
		return nil, err
	}
	o, t, err := r.responsibilityEnds(ctx, in.Overseer, in.Object)
	if err != nil {
		return nil, err
	}
	f := hoigraph.Fact{Kind: hoigraph.FactResponsibleFor, Subject: o.name, SubjectKind: o.kind, Object: t.name, ObjectKind: t.kind,
		Relation: relation(in.Kind), Since: deref(in.Since), Until: deref(in.Until)}
	w, err := r.Loader.Assert(ctx, []hoigraph.Fact{f}, fix(o, t), e, o.name+" phụ trách "+t.name)
	if err != nil {
		return nil, err
	}
	return writeResult(w, false), nil
}

// ending checks that the fact to end exists and has not ended.
func (r *mutationResolver) ending(ctx context.Context, id string) error {
	f, ok, err := r.Store.FactByID(ctx, id)
	switch {
	case err != nil:
		return err
	case !ok:
		return hoigraph.Errorf(hoigraph.ENOTFOUND, "the graph has no such fact to end; give the ids of existing nodes")
	case f.Edge.Until != "":
		return hoigraph.Errorf(hoigraph.ECONFLICT, "this fact already ended on %s", f.Edge.Until)
	}
	return nil
}

func (r *mutationResolver) EndResponsibility(ctx context.Context, in model.EndResponsibilityInput) (*model.WriteResult, error) {
	e, err := edit(ctx, "endResponsibility", in.Note)
	if err != nil {
		return nil, err
	}
	if err := dates("until", in.Until); err != nil {
		return nil, err
	}
	o, t, err := r.responsibilityEnds(ctx, in.Overseer, in.Object)
	if err != nil {
		return nil, err
	}
	if o.ref == nil || t.ref == nil {
		return nil, hoigraph.Errorf(hoigraph.EINVALID, "give the overseer and the object by id (org:..., person:..., area:...)")
	}
	if err := r.ending(ctx, store.FactID("RESPONSIBLE_FOR", o.ref.ID, t.ref.ID, relation(in.Kind))); err != nil {
		return nil, err
	}
	f := hoigraph.Fact{Kind: hoigraph.FactResponsibleFor, Subject: o.name, SubjectKind: o.kind, Object: t.name, ObjectKind: t.kind,
		Relation: relation(in.Kind), Until: in.Until}
	w, err := r.Loader.Assert(ctx, []hoigraph.Fact{f}, fix(o, t), e, o.name+" thôi phụ trách "+t.name)
	if err != nil {
		return nil, err
	}
	return writeResult(w, false), nil
}

func (r *mutationResolver) holdingEnds(ctx context.Context, person, body string) (end, end, error) {
	p, err := r.endpoint(ctx, "person", person, hoigraph.EndpointPerson)
	if err != nil {
		return end{}, end{}, err
	}
	if p.ref == nil {
		p.kind = hoigraph.EndpointPerson // a new person, by name
	}
	b, err := r.endpoint(ctx, "body", body, hoigraph.EndpointOrg)
	return p, b, err
}

func (r *mutationResolver) AssertHolding(ctx context.Context, in model.HoldingInput) (*model.WriteResult, error) {
	e, err := edit(ctx, "assertHolding", in.Note)
	if err != nil {
		return nil, err
	}
	if err := dates("since", in.Since, "until", in.Until); err != nil {
		return nil, err
	}
	p, b, err := r.holdingEnds(ctx, in.Person, in.Body)
	if err != nil {
		return nil, err
	}
	f := hoigraph.Fact{Kind: hoigraph.FactHolds, Person: p.name, Post: in.Post, Org: b.name, Since: deref(in.Since), Until: deref(in.Until)}
	w, err := r.Loader.Assert(ctx, []hoigraph.Fact{f}, fix(p, b), e, p.name+", "+in.Post+" "+b.name)
	if err != nil {
		return nil, err
	}
	return writeResult(w, false), nil
}

func (r *mutationResolver) EndHolding(ctx context.Context, in model.EndHoldingInput) (*model.WriteResult, error) {
	e, err := edit(ctx, "endHolding", in.Note)
	if err != nil {
		return nil, err
	}
	if err := dates("until", in.Until); err != nil {
		return nil, err
	}
	p, b, err := r.holdingEnds(ctx, in.Person, in.Body)
	if err != nil {
		return nil, err
	}
	if p.ref == nil || b.ref == nil {
		return nil, hoigraph.Errorf(hoigraph.EINVALID, "give the person and the body by id (person:..., org:...)")
	}
	post := strings.Join(strings.Fields(in.Post), " ")
	if err := r.ending(ctx, store.FactID("HOLDS", p.ref.ID, store.PostID(b.ref.ID, post), "")); err != nil {
		return nil, err
	}
	f := hoigraph.Fact{Kind: hoigraph.FactHolds, Person: p.name, Post: post, Org: b.name, Until: in.Until}
	w, err := r.Loader.Assert(ctx, []hoigraph.Fact{f}, fix(p, b), e, p.name+" thôi giữ chức "+post+" "+b.name)
	if err != nil {
		return nil, err
	}
	return writeResult(w, false), nil
}

func (r *mutationResolver) AssertOrganization(ctx context.Context, in model.OrganizationInput) (*model.WriteResult, error) {
	e, err := edit(ctx, "assertOrganization", in.Note)
	if err != nil {
		return nil, err
	}
	f := hoigraph.Fact{Kind: hoigraph.FactOrg, Name: strings.TrimSpace(in.Name), Type: domainOrgType(in.Type)}
	var ends []end
	if a := deref(in.Area); a != "" {
		x, err := r.endpoint(ctx, "area", a, hoigraph.EndpointArea)
		if err != nil {
			return nil, err
		}
		x.kind = hoigraph.EndpointArea
		f.Area = x.name
		ends = append(ends, x)
	}
	if p := deref(in.Parent); p != "" {
		x, err := r.endpoint(ctx, "parent", p, hoigraph.EndpointOrg)
		if err != nil {
			return nil, err
		}
		f.Parent = x.name
		ends = append(ends, x)
	}
	w, err := r.Loader.Assert(ctx, []hoigraph.Fact{f}, fix(ends...), e, f.Name)
	if err != nil {
		return nil, err
	}
	return writeResult(w, false), nil
}

func (r *mutationResolver) ReviewFact(ctx context.Context, in model.ReviewInput) (*model.Fact, error) {
	e, err := edit(ctx, "reviewFact", in.Reason)
	if err != nil {
		return nil, err
	}
	if in.Status == model.ReviewStatusRejected && e.Note == "" {
		return nil, &hoigraph.Error{Code: hoigraph.EINVALID, Message: "a rejection needs a reason", Details: map[string]any{"field": "reason"}}
	}
	src := loader.NewEditSource(e, "Review: "+strings.ToLower(string(in.Status)))
	f, err := r.Store.ReviewFact(ctx, in.Fact, strings.ToLower(string(in.Status)), src)
	if err != nil {
		return nil, err
	}
	out := fact(f)
	return out, r.factProvenance(ctx, []*model.Fact{out}, selection(ctx))
}

func (r *mutationResolver) RetractSource(ctx context.Context, id string, note *string) (*model.WriteResult, error) {
	e, err := edit(ctx, "retractSource", note)
	if err != nil {
		return nil, err
	}
	src := loader.NewEditSource(e, "Retraction of "+id)
	_, st, err := r.Store.RetractSource(ctx, id, src)
	if err != nil {
		return nil, err
	}
	src.Target = id
	return writeResult(loader.Written{Doc: hoigraph.Document{Source: src}, Stats: st}, false), nil
}

func (r *mutationResolver) CreateToken(ctx context.Context, name string, role model.Role) (*model.NewToken, error) {
	if err := auth.Require(ctx, hoigraph.RoleAdmin); err != nil {
		return nil, err
	}
	token, t, err := auth.Issue(ctx, r.Store, name, hoigraph.Role(strings.ToLower(string(role))), auth.From(ctx).Name, 0, 0)
	if err != nil {
		return nil, err
	}
	return &model.NewToken{Token: token, Info: apiToken(t)}, nil
}

func (r *mutationResolver) RevokeToken(ctx context.Context, id string) (*model.APIToken, error) {
	if err := auth.Require(ctx, hoigraph.RoleAdmin); err != nil {
		return nil, err
	}
	t, err := r.Store.RevokeToken(ctx, id, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return nil, err
	}
	return apiToken(t), nil
}

func apiToken(t hoigraph.APIToken) *model.APIToken {
	return &model.APIToken{ID: t.ID, Name: t.Name, Role: model.Role(strings.ToUpper(string(t.Role))), CreatedAt: t.CreatedAt,
		CreatedBy: str(t.CreatedBy), RevokedAt: str(t.RevokedAt)}
}

func writeResult(w loader.Written, dry bool) *model.WriteResult {
	s := w.Doc.Source
	src := &model.Source{ID: s.ID, File: str(s.File), Title: str(s.Title), Date: str(s.Date), Publisher: str(s.Publisher), URL: str(s.URL),
		Kind: str(s.Kind), By: str(s.By), At: str(s.At), Note: str(s.Note)}
	if src.ID == "" && s.File != "" {
		src.ID = store.SourceID(s.File)
	}
	out := &model.WriteResult{Source: src, DryRun: dry, Unchanged: w.Unchanged, Facts: make([]*model.ExtractedFact, 0, len(w.Doc.Facts)),
		NodesCreated: w.Stats.NodesCreated, NodesDeleted: w.Stats.NodesDeleted,
		RelationshipsCreated: w.Stats.RelationshipsCreated, RelationshipsDeleted: w.Stats.RelationshipsDeleted}
	for _, f := range w.Doc.Facts {
		out.Facts = append(out.Facts, extractedFact(f))
	}
	return out
}

func extractedFact(f hoigraph.Fact) *model.ExtractedFact {
	x := &model.ExtractedFact{Kind: string(f.Kind), Name: str(f.Name), Type: str(string(f.Type)), Level: str(string(f.Level)), Area: str(f.Area),
		Parent: str(f.Parent), Person: str(f.Person), Post: str(f.Post), Org: str(f.Org), Subject: str(f.Subject), Object: str(f.Object),
		Relation: str(f.Relation), Since: str(f.Since), Until: str(f.Until), AsOf: str(f.AsOf)}
	if f.Evidence != nil {
		x.Evidence = str(f.Evidence.Sentence)
	}
	return x
}
