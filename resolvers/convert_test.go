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
