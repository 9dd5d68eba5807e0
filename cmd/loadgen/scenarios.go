package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"

	"hoigraph"
	"hoigraph/store"
	"hoigraph/vntext"
)

// samples are the arguments the scenarios cycle through, read from the
// graph so that every request finds something.
type samples struct {
	areas    []string // area names whose associations have 1 to 100 overseeing edges
	orgs     []string // ids of Party committees, most posts first
	searches []string // two words of an association's name
	centres  []string // ids for neighborhoods
	people   []string // ids of people holding posts in those committees
}

func sample(ctx context.Context, s *store.Store) (samples, error) {
	var smp samples
	byArea, err := s.Stats(ctx, store.StatBodiesByArea, store.StatsFilter{})
	if err != nil {
		return smp, err
	}
	for _, c := range byArea {
		if c.Key == "unknown" {
			continue
		}
		// Areas whose whole answer fits one page of 100, so that both
		// servers return every edge and the answers can be compared.
		_, total, err := s.Oversight(ctx, store.OversightFilter{ObjectArea: c.Key, ObjectType: hoigraph.Association}, store.Page{Limit: 1})
		if err != nil {
			return smp, err
		}
		if total > 0 && total <= 100 {
			smp.areas = append(smp.areas, c.Key)
		}
	}
	committees, _, err := s.Organizations(ctx, store.OrgFilter{Types: []hoigraph.OrgType{hoigraph.PartyCommittee}}, store.OrderPosts, store.Page{Limit: 100})
	if err != nil {
		return smp, err
	}
	assocs, _, err := s.Organizations(ctx, store.OrgFilter{Types: []hoigraph.OrgType{hoigraph.Association}}, store.OrderName, store.Page{Limit: 100})
	if err != nil {
		return smp, err
	}
	for i, o := range committees {
		smp.orgs = append(smp.orgs, o.ID)
		smp.centres = append(smp.centres, o.ID)
		if i < 40 {
			ppl, _, err := s.People(ctx, store.PersonFilter{Organization: o.ID}, store.Page{Limit: 3})
			if err != nil {
				return smp, err
			}
			for _, p := range ppl {
				smp.people = append(smp.people, p.ID)
			}
		}
	}
	for _, o := range assocs {
		smp.centres = append(smp.centres, o.ID)
		// Two words of the name, without diacritics, as people type.
		if w := strings.Fields(strings.ToLower(vntext.Fold(o.Name))); len(w) >= 3 {
			smp.searches = append(smp.searches, w[1]+" "+w[len(w)-1])
		}
	}
	if len(smp.areas) == 0 || len(smp.orgs) == 0 || len(smp.searches) == 0 || len(smp.people) == 0 {
		return smp, errors.New("the graph has no areas, committees, people or associations to query; load one first")
	}
	return smp, nil
}

func pick(l []string, i int) string { return l[i%len(l)] }

// The questions, to hoigraph and to the peer. The oversight question is
// "which body or person oversees which association of this area": the
// peer's generated schema reaches it from the area down (the area, its
// units, theirs: the gazetteer is three levels deep).
const (
	oversightQuery = `query($area: String!) { oversight(filter: {objectArea: $area, objectType: ASSOCIATION}, first: 100) {
  totalCount nodes { kind overseer { ... on Organization { id name type } ... on Person { id name } } object { ... on Organization { id name } } provenance { evidence } } } }`
	peerOversightQuery = `query($f: String!) { areas(where: {nameFolded: {eq: $f}}) {
  organizations(where: {type: {eq: "association"}}) { ...o }
  children { organizations(where: {type: {eq: "association"}}) { ...o } children { organizations(where: {type: {eq: "association"}}) { ...o } } } } }
fragment o on Organization { id name
  overseenByOrgsConnection { edges { properties { kind evidence } node { id name type } } }
  overseenByPeopleConnection { edges { properties { kind evidence } node { id name } } } }`

	organizationQuery = `query($id: ID!) { organization(id: $id) { id name type
  children { id name type children { id name } posts { id title } }
  posts { id title holders { current person { id name } } } } }`
	peerOrganizationQuery = `query($id: ID!) { organizations(where: {id: {eq: $id}}) { id name type
  children { id name type children { id name } posts { id title } }
  posts { id title holdersConnection { edges { properties { until } node { id name } } } } } }`

	searchQuery     = `query($t: String!) { search(text: $t, types: [ORGANIZATION], first: 10) { id name score } }`
	peerSearchQuery = `query($q: String!) { organizationsByName(phrase: $q, first: 10, sort: [{score: DESC}]) { edges { score node { id name } } } }`

	neighborhoodQuery      = `query($id: ID!, $depth: Int!) { neighborhood(id: $id, depth: $depth) { truncated nodes { id kind label } edges { type from to } } }`
	peerNeighborhoodQuery1 = `query($id: ID!) { g: neighborhood1(id: $id) { truncated nodes { id labels label } edges { type from to } } }`
	peerNeighborhoodQuery2 = `query($id: ID!) { g: neighborhood2(id: $id) { truncated nodes { id labels label } edges { type from to } } }`

	personQuery = `query($id: ID!) { person(id: $id) { id name
  holdings { current since until post { id title organization { id name } } } } }`
	peerPersonQuery = `query($id: ID!) { people(where: {id: {eq: $id}}) { id name
  holdsConnection { edges { properties { since until } node { id title organization { id name } } } } } }`
)

func scenarios(smp samples) []scenario {
	return []scenario{
		{
			name: "oversight", query: oversightQuery, samples: len(smp.areas),
			vars: func(i int) map[string]any { return map[string]any{"area": pick(smp.areas, i)} },
			direct: func(ctx context.Context, s *store.Store, i int) error {
				_, _, err := s.Oversight(ctx, store.OversightFilter{ObjectArea: pick(smp.areas, i), ObjectType: hoigraph.Association}, store.Page{Limit: 100})
				return err
			},
			peerQuery: peerOversightQuery,
			peerVars:  func(i int) map[string]any { return map[string]any{"f": vntext.Fold(pick(smp.areas, i))} },
			canon:     canonOversight,
			peerCanon: peerCanonOversight,
		},
		{
			name: "organization", query: organizationQuery, samples: len(smp.orgs),
			vars: func(i int) map[string]any { return map[string]any{"id": pick(smp.orgs, i)} },
			direct: func(ctx context.Context, s *store.Store, i int) error {
				return treeDirect(ctx, s, pick(smp.orgs, i), organizationShape)
			},
			peerQuery: peerOrganizationQuery,
			peerVars:  func(i int) map[string]any { return map[string]any{"id": pick(smp.orgs, i)} },
			canon:     func(d any) (string, error) { return canonJSON(get(d, "organization")) },
			peerCanon: peerCanonOrganization,
		},
		{
			name: "search", query: searchQuery, samples: len(smp.searches),
			vars: func(i int) map[string]any { return map[string]any{"t": pick(smp.searches, i)} },
			direct: func(ctx context.Context, s *store.Store, i int) error {
				_, err := s.Search(ctx, pick(smp.searches, i), []string{"Organization"}, 10)
				return err
			},
			peerQuery: peerSearchQuery,
			peerVars:  func(i int) map[string]any { return map[string]any{"q": store.LuceneQuery(pick(smp.searches, i))} },
			canon:     canonSearch,
			peerCanon: peerCanonSearch,
		},
		neighborhood("neighborhood", 2, peerNeighborhoodQuery2, smp),
		neighborhood("neighborhood-depth1", 1, peerNeighborhoodQuery1, smp),
		{
			name: "person", query: personQuery, samples: len(smp.people),
			vars: func(i int) map[string]any { return map[string]any{"id": pick(smp.people, i)} },
			direct: func(ctx context.Context, s *store.Store, i int) error {
				return treeDirect(ctx, s, pick(smp.people, i), personShape)
			},
			peerQuery: peerPersonQuery,
			peerVars:  func(i int) map[string]any { return map[string]any{"id": pick(smp.people, i)} },
			canon:     func(d any) (string, error) { return canonJSON(get(d, "person")) },
			peerCanon: peerCanonPerson,
		},
	}
}

// neighborhood is the drawing around a body, depth hops deep.
func neighborhood(name string, depth int, peerQuery string, smp samples) scenario {
	return scenario{
		name: name, query: neighborhoodQuery, samples: len(smp.centres),
		vars: func(i int) map[string]any { return map[string]any{"id": pick(smp.centres, i), "depth": depth} },
		direct: func(ctx context.Context, s *store.Store, i int) error {
			_, err := s.Neighborhood(ctx, pick(smp.centres, i), depth, nil, 500, store.Drawn{})
			return err
		},
		peerQuery: peerQuery,
		peerVars:  func(i int) map[string]any { return map[string]any{"id": pick(smp.centres, i)} },
		canon:     func(d any) (string, error) { return canonGraph(get(d, "neighborhood")) },
		peerCanon: func(d any) (string, error) { return canonGraph(get(d, "g")) },
	}
}

// check asks both servers every sample of sc and fails on the first answer
// that differs once both are in canonical form.
func check(ctx context.Context, c *http.Client, endpoint, peer string, sc scenario) error {
	for i := range sc.samples {
		mine, err := fetch(ctx, c, endpoint, sc.query, sc.vars(i))
		if err != nil {
			return fmt.Errorf("check %s, sample %d, hoigraph: %w", sc.name, i, err)
		}
		theirs, err := fetch(ctx, c, peer, sc.peerQuery, sc.peerVars(i))
		if err != nil {
			return fmt.Errorf("check %s, sample %d, peer: %w", sc.name, i, err)
		}
		a, err := sc.canon(mine)
		if err != nil {
			return fmt.Errorf("check %s, sample %d, hoigraph: %w", sc.name, i, err)
		}
		b, err := sc.peerCanon(theirs)
		if err != nil {
			return fmt.Errorf("check %s, sample %d, peer: %w", sc.name, i, err)
		}
		if a != b {
			return fmt.Errorf("check %s: hoigraph and the peer answer %v differently:\nhoigraph: %.2000s\npeer:     %.2000s", sc.name, sc.vars(i), a, b)
		}
	}
	fmt.Printf("check %s: hoigraph and the peer gave the same answers for all %d samples\n", sc.name, sc.samples)
	return nil
}

// fetch sends one GraphQL request and returns its decoded data.
func fetch(ctx context.Context, c *http.Client, endpoint, query string, vars map[string]any) (any, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	var out struct {
		Data   any
		Errors []any
	}
	if err := json.Unmarshal(raw, &out); err != nil || res.StatusCode != 200 || len(out.Errors) > 0 {
		return nil, fmt.Errorf("status %d: %.300s", res.StatusCode, raw)
	}
	return out.Data, nil
}

// get walks decoded JSON by keys and list indexes; nil when absent.
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			l, _ := v.([]any)
			if k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

func list(v any) []any { l, _ := v.([]any); return l }

// canonJSON encodes v with every list sorted (by its elements' encoding),
// so that answers differing only in the order of lists compare equal: the
// peer sorts nested lists its own way.
func canonJSON(v any) (string, error) {
	b, err := json.Marshal(sortLists(v))
	return string(b), err
}

func sortLists(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = sortLists(e)
		}
		return out
	case []any:
		keyed := make([]string, len(x))
		for i, e := range x {
			b, _ := json.Marshal(sortLists(e))
			keyed[i] = string(b)
		}
		slices.Sort(keyed)
		out := make([]any, len(x))
		for i, k := range keyed {
			_ = json.Unmarshal([]byte(k), &out[i])
		}
		return out
	}
	return v
}

// orgType writes the store's type ("party_committee") as the API's enum.
func orgType(v any) any {
	s, ok := v.(string)
	if !ok {
		return v
	}
	return strings.ToUpper(s)
}

// An oversight edge in canonical form: overseer, object, kind and the
// sorted non-empty evidence sentences.
func edgeKey(overseer, object, kind any, evidence []any) string {
	var ev []string
	for _, e := range evidence {
		if s, _ := e.(string); s != "" {
			ev = append(ev, s)
		}
	}
	slices.Sort(ev)
	b, _ := json.Marshal([]any{overseer, object, kind, ev})
	return string(b)
}

func canonOversight(d any) (string, error) {
	c := get(d, "oversight")
	var keys []string
	for _, n := range list(get(c, "nodes")) {
		var ev []any
		for _, p := range list(get(n, "provenance")) {
			ev = append(ev, get(p, "evidence"))
		}
		o := get(n, "overseer")
		overseer := map[string]any{"id": get(o, "id"), "name": get(o, "name"), "type": get(o, "type")}
		obj := get(n, "object")
		keys = append(keys, edgeKey(overseer, map[string]any{"id": get(obj, "id"), "name": get(obj, "name")}, get(n, "kind"), ev))
	}
	if t, _ := get(c, "totalCount").(float64); int(t) != len(keys) {
		return "", fmt.Errorf("totalCount %v for %d edges: the sample's answer does not fit a page", t, len(keys))
	}
	return setOf(keys), nil
}

func peerCanonOversight(d any) (string, error) {
	var keys []string
	var orgs func(v any)
	add := func(o any) {
		obj := map[string]any{"id": get(o, "id"), "name": get(o, "name")}
		for _, conn := range []string{"overseenByOrgsConnection", "overseenByPeopleConnection"} {
			for _, e := range list(get(o, conn, "edges")) {
				n := get(e, "node")
				overseer := map[string]any{"id": get(n, "id"), "name": get(n, "name"), "type": orgType(get(n, "type"))}
				keys = append(keys, edgeKey(overseer, obj, get(e, "properties", "kind"), list(get(e, "properties", "evidence"))))
			}
		}
	}
	orgs = func(a any) {
		for _, o := range list(get(a, "organizations")) {
			add(o)
		}
		for _, c := range list(get(a, "children")) {
			orgs(c)
		}
	}
	for _, a := range list(get(d, "areas")) {
		orgs(a)
	}
	return setOf(keys), nil
}

// setOf is the sorted, de-duplicated keys: an association can be reached
// through two areas of the same name.
func setOf(keys []string) string {
	slices.Sort(keys)
	return strings.Join(slices.Compact(keys), "\n")
}

func peerCanonOrganization(d any) (string, error) {
	o := get(d, "organizations", 0)
	if o == nil {
		return canonJSON(nil)
	}
	org := func(v any) map[string]any {
		m, _ := v.(map[string]any)
		if t, ok := m["type"]; ok {
			m["type"] = orgType(t)
		}
		return m
	}
	out := org(o)
	for _, c := range list(out["children"]) {
		org(c)
	}
	for _, p := range list(out["posts"]) {
		pm := p.(map[string]any)
		var holders []any
		for _, e := range list(get(pm, "holdersConnection", "edges")) {
			holders = append(holders, map[string]any{"current": get(e, "properties", "until") == nil, "person": get(e, "node")})
		}
		delete(pm, "holdersConnection")
		pm["holders"] = orEmpty(holders)
	}
	return canonJSON(out)
}

func orEmpty(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}

func peerCanonPerson(d any) (string, error) {
	p, _ := get(d, "people", 0).(map[string]any)
	if p == nil {
		return canonJSON(nil)
	}
	var holdings []any
	for _, e := range list(get(p, "holdsConnection", "edges")) {
		post := get(e, "node").(map[string]any)
		post["organization"] = get(post, "organization", 0)
		holdings = append(holdings, map[string]any{
			"current": get(e, "properties", "until") == nil, "since": get(e, "properties", "since"), "until": get(e, "properties", "until"), "post": post,
		})
	}
	delete(p, "holdsConnection")
	p["holdings"] = orEmpty(holdings)
	return canonJSON(p)
}

// Search hits compare by score, then id: the hits above the tenth's score
// must be the same, and the scores of all ten (ties at the end of a page
// can be broken either way).
func canonSearch(d any) (string, error) {
	var hits [][2]any
	for _, h := range list(get(d, "search")) {
		hits = append(hits, [2]any{get(h, "score"), get(h, "id")})
	}
	return canonHits(hits), nil
}

func peerCanonSearch(d any) (string, error) {
	var hits [][2]any
	for _, e := range list(get(d, "organizationsByName", "edges")) {
		hits = append(hits, [2]any{get(e, "score"), get(e, "node", "id")})
	}
	return canonHits(hits), nil
}

func canonHits(hits [][2]any) string {
	if len(hits) == 0 {
		return "no hits"
	}
	score := func(h [2]any) string { f, _ := h[0].(float64); return fmt.Sprintf("%.4f", f) }
	last := score(hits[len(hits)-1])
	var out []string
	for _, h := range hits {
		s := score(h)
		if s == last {
			out = append(out, s)
		} else {
			out = append(out, s+" "+fmt.Sprint(h[1]))
		}
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}

// A drawing compares as its node ids and its edges; a truncated one only
// as truncated (which 500 nodes are kept is each server's choice).
func canonGraph(g any) (string, error) {
	if g == nil {
		return "null", nil
	}
	if get(g, "truncated") == true {
		return "truncated", nil
	}
	var nodes, edges []string
	for _, n := range list(get(g, "nodes")) {
		nodes = append(nodes, fmt.Sprint(get(n, "id"), " ", get(n, "label")))
	}
	for _, e := range list(get(g, "edges")) {
		edges = append(edges, fmt.Sprint(get(e, "type"), " ", get(e, "from"), " ", get(e, "to")))
	}
	return setOf(nodes) + "\n--\n" + setOf(edges), nil
}
