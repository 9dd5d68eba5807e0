package resolvers

import (
	"testing"

	"hoigraph"
	"hoigraph/graph/model"
	"hoigraph/store"
)

func ptr[T any](v T) *T { return &v }

func TestPageReadsRelayArguments(t *testing.T) {
	for _, tc := range []struct {
		name     string
		first    *int
		after    *string
		want     store.Page
		wantCode string
	}{
		{"defaults", nil, nil, store.Page{Offset: 0, Limit: 20}, ""},
		{"capped", ptr(5000), nil, store.Page{Offset: 0, Limit: MaxPageSize}, ""},
		{"zero", ptr(0), nil, store.Page{Offset: 0, Limit: 0}, ""},
		{"after a cursor", ptr(10), ptr(cursor(41)), store.Page{Offset: 42, Limit: 10}, ""},
		{"negative", ptr(-1), nil, store.Page{}, hoigraph.EINVALID},
		{"foreign cursor", nil, ptr("b2Zmc2V0OjQy"), store.Page{}, hoigraph.EINVALID},
		{"negative offset", nil, ptr(cursor(-7)), store.Page{}, hoigraph.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := page(tc.first, tc.after)
			if code := hoigraph.ErrorCode(err); code != tc.wantCode {
				t.Fatalf("error %v, want code %q", err, tc.wantCode)
			}
			if err == nil && got != tc.want {
				t.Errorf("page = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestPageInfoEndsWhereThePageEnds(t *testing.T) {
	pi := pageInfo(store.Page{Offset: 40, Limit: 20}, 20, 61)
	if !pi.HasNextPage || *pi.EndCursor != cursor(59) {
		t.Errorf("middle page: %+v %v", pi, *pi.EndCursor)
	}
	if pi := pageInfo(store.Page{Offset: 60, Limit: 20}, 1, 61); pi.HasNextPage {
		t.Errorf("last page says there is more")
	}
	if pi := pageInfo(store.Page{Limit: 20}, 0, 0); pi.EndCursor != nil || pi.HasNextPage {
		t.Errorf("empty page: %+v", pi)
	}
}

func TestOrgTypesRoundTrip(t *testing.T) {
	for _, ot := range hoigraph.OrgTypes {
		m := orgType(ot)
		if !m.IsValid() || domainOrgType(m) != ot {
			t.Errorf("%s → %s → %s", ot, m, domainOrgType(m))
		}
	}
	if got := orgType("something-new"); got != model.OrgTypeOther {
		t.Errorf("unknown type maps to %s", got)
	}
}

// drawing fills every node and edge from its own element, though they
// share one allocation per list.
func TestDrawingConvertsEachElement(t *testing.T) {
	g := &store.Graph{
		Nodes: []store.Node{
			{ID: "org:a", Kind: "Organization", Name: "Hội Khuyến học", Type: hoigraph.Association},
			{ID: "person:b", Kind: "Person", Name: "Trần Thị B"},
			{ID: "org:c", Kind: "Organization", Name: "Ban Dân vận", Type: hoigraph.PartyBoard},
		},
		Edges: []store.Edge{
			{Type: "RESPONSIBLE_FOR", From: store.Node{ID: "org:c"}, To: store.Node{ID: "org:a"}, Kind: "political_leadership", Sources: []string{"s1"}, Evidence: []string{"câu"}},
			{Type: "HOLDS", From: store.Node{ID: "person:b"}, To: store.Node{ID: "post:d"}},
		},
	}
	nodes, edges := drawing(g)
	for i, tc := range []struct {
		id, label string
		kind      model.NodeKind
		orgType   *model.OrgType
	}{
		{"org:a", "Hội Khuyến học", model.NodeKindOrganization, ptr(model.OrgTypeAssociation)},
		{"person:b", "Trần Thị B", model.NodeKindPerson, nil},
		{"org:c", "Ban Dân vận", model.NodeKindOrganization, ptr(model.OrgTypePartyBoard)},
	} {
		n := nodes[i]
		if n.ID != tc.id || n.Label != tc.label || n.Kind != tc.kind || (n.OrgType == nil) != (tc.orgType == nil) || (n.OrgType != nil && *n.OrgType != *tc.orgType) {
			t.Errorf("node %d = %+v (type %v), want %+v", i, *n, n.OrgType, tc)
		}
	}
	if e := edges[0]; e.Type != model.RelationTypeResponsibleFor || e.From != "org:c" || e.To != "org:a" || e.Kind == nil || *e.Kind != "political_leadership" || len(e.Provenance) != 1 || *e.Provenance[0].Evidence != "câu" {
		t.Errorf("edge 0 = %+v", *e)
	}
	if e := edges[1]; e.Type != model.RelationTypeHolds || e.From != "person:b" || e.To != "post:d" || e.Kind != nil || len(e.Provenance) != 0 {
		t.Errorf("edge 1 = %+v", *e)
	}
}
