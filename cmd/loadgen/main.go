// Command loadgen measures the GraphQL API under load beside the same Cypher
// run directly through the driver, for BENCHMARKS.md. It only talks to a
// server on the loopback interface, and every run is bounded by a request
// count and a time limit.
//
//	loadgen -url http://127.0.0.1:8080/graphql -c 32 -n 3000 -max 60s
//	loadgen -populate 1000 ...   first write a synthetic graph of ~100,000 nodes
//
// For each scenario (oversight, organization nested two levels, search,
// neighborhood) it sends the GraphQL query with -c concurrent clients, then
// makes the same store calls — hence the same Cypher statements with the
// same parameters, in the same order — that the resolvers make for that
// query, with the same concurrency, and prints a Markdown table of
// requests/s and p50/p99 latency for both.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"hoigraph"
	"hoigraph/store"
)

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

// scenario is one benchmarked query: its GraphQL form with variables drawn
// from samples, and the store calls the resolvers make for it.
type scenario struct {
	name   string
	query  string
	vars   func(i int) map[string]any
	direct func(ctx context.Context, s *store.Store, i int) error
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	endpoint := fs.String("url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint; must be on 127.0.0.1")
	clients := fs.Int("c", 32, "concurrent clients")
	n := fs.Int("n", 2000, "requests per scenario and path (bounded)")
	maxTime := fs.Duration("max", time.Minute, "time limit per scenario and path")
	only := fs.String("scenarios", "oversight,organization,search,neighborhood,neighborhood-depth1", "comma-separated scenarios")
	uri := fs.String("neo4j-uri", envOr("NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j for the direct Cypher runs (env NEO4J_URI)")
	user := fs.String("neo4j-user", envOr("NEO4J_USER", "neo4j"), "env NEO4J_USER")
	password := fs.String("neo4j-password", os.Getenv("NEO4J_PASSWORD"), "env NEO4J_PASSWORD")
	wards := fs.Int("populate", 0, "first write a synthetic graph of this many wards (~100 nodes each) into the Neo4j, which must be on 127.0.0.1")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := loopbackOnly(*endpoint); err != nil {
		return err
	}
	if *n < 1 || *n > 100000 || *clients < 1 || *clients > 256 || *maxTime <= 0 || *maxTime > 10*time.Minute {
		return errors.New("-n must be 1..100000, -c 1..256, -max at most 10m")
	}
	s, err := store.Open(ctx, store.Config{URI: *uri, User: *user, Password: *password})
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	if *wards > 0 {
		if u, err := url.Parse(*uri); err != nil || !isLoopback(u.Hostname()) {
			return fmt.Errorf("-populate writes only into a Neo4j on 127.0.0.1, not %s", *uri)
		}
		if err := populate(ctx, s, *wards, 1); err != nil {
			return err
		}
	}

	smp, err := sample(ctx, s)
	if err != nil {
		return err
	}
	counts, err := s.Count(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("graph: %d nodes, %d relationships; %d clients, up to %d requests or %s per row\n\n", counts.Nodes, counts.Relationships, *clients, *n, *maxTime)
	fmt.Println("| query | API req/s | API p50 | API p99 | Cypher req/s | Cypher p50 | Cypher p99 | API overhead at p50 |")
	fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *clients, MaxConnsPerHost: *clients}}
	for _, sc := range scenarios(smp) {
		if !slices.Contains(strings.Split(*only, ","), sc.name) {
			continue
		}
		apiCall := func(i int) error { return post(ctx, client, *endpoint, sc.query, sc.vars(i)) }
		directCall := func(i int) error { return sc.direct(ctx, s, i) }
		// Warm both paths (Neo4j's plan cache and page cache, the server's
		// query cache, connection pools) before measuring either.
		for _, call := range []func(int) error{apiCall, directCall} {
			if _, err := measure(*clients, max(*n/10, *clients), *maxTime, call); err != nil {
				return fmt.Errorf("%s warm-up: %w", sc.name, err)
			}
		}
		// Alternate the two paths in rounds, each going first in turn, so
		// that drift (caches, other load on the machine) hits both alike.
		var api, cy timings
		per := max(*n/rounds, 1)
		for r := range rounds {
			paths := []struct {
				into *timings
				call func(int) error
				what string
			}{{&api, apiCall, "over HTTP"}, {&cy, directCall, "through the driver"}}
			if r%2 == 1 {
				paths[0], paths[1] = paths[1], paths[0]
			}
			for _, p := range paths {
				got, err := measure(*clients, per, *maxTime/rounds, p.call)
				if err != nil {
					return fmt.Errorf("%s %s: %w", sc.name, p.what, err)
				}
				p.into.add(got)
			}
		}
		fmt.Printf("| %s | %.0f | %s | %s | %.0f | %s | %s | %+.0f%% |\n", sc.name,
			api.rps(), ms(api.pct(0.50)), ms(api.pct(0.99)), cy.rps(), ms(cy.pct(0.50)), ms(cy.pct(0.99)), 100*(float64(api.pct(0.50))/float64(cy.pct(0.50))-1))
	}
	return nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// loopbackOnly refuses any endpoint that is not on this machine's loopback
// interface: loadgen must never load someone else's server.
func loopbackOnly(endpoint string) error {
	u, err := url.Parse(endpoint)
	if err != nil {
		return fmt.Errorf("-url: %w", err)
	}
	if u.Scheme != "http" || !isLoopback(u.Hostname()) {
		return fmt.Errorf("-url %s: only http://127.0.0.1:PORT/... is allowed", endpoint)
	}
	return nil
}

func isLoopback(host string) bool {
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// rounds is how many times each path is measured, alternately.
const rounds = 4

// timings are the latencies of the requests of one path and the wall time they
// took.
type timings struct {
	lat     []time.Duration
	elapsed time.Duration
}

func (r *timings) add(o timings) {
	r.lat = append(r.lat, o.lat...)
	r.elapsed += o.elapsed
}

func (r *timings) rps() float64 { return float64(len(r.lat)) / r.elapsed.Seconds() }

func (r *timings) pct(p float64) time.Duration {
	slices.Sort(r.lat)
	return r.lat[min(len(r.lat)-1, int(p*float64(len(r.lat))))]
}

// measure calls fn with the given concurrency until n calls are done or
// maxTime has passed, and returns each call's latency. The first error
// stops the run.
func measure(clients, n int, maxTime time.Duration, fn func(i int) error) (timings, error) {
	var next atomic.Int64
	var mu sync.Mutex
	var lat []time.Duration
	var firstErr error
	deadline := time.Now().Add(maxTime)
	t0 := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for {
				i := int(next.Add(1)) - 1
				if i >= n || time.Now().After(deadline) {
					break
				}
				s := time.Now()
				err := fn(i)
				mine = append(mine, time.Since(s))
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					next.Store(int64(n))
					break
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return timings{}, firstErr
	}
	return timings{lat: lat, elapsed: time.Since(t0)}, nil
}

// post sends one GraphQL request and fails on any error in the answer.
func post(ctx context.Context, c *http.Client, endpoint, query string, vars map[string]any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := c.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	// Decoding every answer would put the client's CPU on the API's side of
	// the comparison; a GraphQL answer with errors has this key.
	if res.StatusCode != 200 || !bytes.HasPrefix(raw, []byte(`{"data":{`)) || bytes.Contains(raw, []byte(`"errors":`)) {
		return fmt.Errorf("status %d: %.300s", res.StatusCode, raw)
	}
	return nil
}

// samples are the arguments the scenarios cycle through, read from the
// graph so that every request finds something.
type samples struct {
	areas    []string // area names with associations that have overseers
	orgs     []string // ids of bodies with child bodies
	searches []string // folded name fragments
	centres  []string // ids for neighborhoods
}

func sample(ctx context.Context, s *store.Store) (samples, error) {
	var smp samples
	byArea, err := s.Stats(ctx, store.StatBodiesByArea, store.StatsFilter{})
	if err != nil {
		return smp, err
	}
	for _, c := range byArea {
		if c.Key != "unknown" {
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
	for _, o := range committees {
		smp.orgs = append(smp.orgs, o.ID)
		smp.centres = append(smp.centres, o.ID)
	}
	for _, o := range assocs {
		smp.centres = append(smp.centres, o.ID)
		// Two words of the name, without diacritics, as people type.
		if w := strings.Fields(strings.ToLower(o.Name)); len(w) >= 3 {
			smp.searches = append(smp.searches, w[1]+" "+w[len(w)-1])
		}
	}
	if len(smp.areas) == 0 || len(smp.orgs) == 0 || len(smp.searches) == 0 {
		return smp, errors.New("the graph has no areas, committees or associations to query; load one first")
	}
	return smp, nil
}

func pick(l []string, i int) string { return l[i%len(l)] }

const (
	oversightQuery = `query($area: String!) { oversight(filter: {area: $area, objectType: ASSOCIATION}, first: 50) {
  totalCount nodes { kind overseer { ... on Organization { id name type } } object { ... on Organization { id name } } provenance { evidence } } } }`
	organizationQuery = `query($id: ID!) { organization(id: $id) { id name type
  children { id name type children { id name } posts { id title } }
  posts { id title holders { current person { id name } } } } }`
	searchQuery       = `query($t: String!) { search(text: $t, first: 10) { id name type score } }`
	neighborhoodQuery = `query($id: ID!, $depth: Int!) { neighborhood(id: $id, depth: $depth) { truncated nodes { id kind label } edges { type from to } } }`
)

func scenarios(smp samples) []scenario {
	return []scenario{
		{
			name: "oversight", query: oversightQuery,
			vars: func(i int) map[string]any { return map[string]any{"area": pick(smp.areas, i)} },
			direct: func(ctx context.Context, s *store.Store, i int) error {
				_, _, err := s.Oversight(ctx, store.OversightFilter{Area: pick(smp.areas, i), ObjectType: hoigraph.Association}, store.Page{Limit: 50})
				return err
			},
		},
		{
			name: "organization", query: organizationQuery,
			vars: func(i int) map[string]any { return map[string]any{"id": pick(smp.orgs, i)} },
			direct: func(ctx context.Context, s *store.Store, i int) error {
				// The resolvers' calls for organizationQuery, in their order.
				id := pick(smp.orgs, i)
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
			},
		},
		{
			name: "search", query: searchQuery,
			vars: func(i int) map[string]any { return map[string]any{"t": pick(smp.searches, i)} },
			direct: func(ctx context.Context, s *store.Store, i int) error {
				_, err := s.Search(ctx, pick(smp.searches, i), nil, 10)
				return err
			},
		},
		neighborhood("neighborhood", 2, smp),
		neighborhood("neighborhood-depth1", 1, smp),
	}
}

// neighborhood is the drawing around a body, depth hops deep.
func neighborhood(name string, depth int, smp samples) scenario {
	return scenario{
		name: name, query: neighborhoodQuery,
		vars: func(i int) map[string]any { return map[string]any{"id": pick(smp.centres, i), "depth": depth} },
		direct: func(ctx context.Context, s *store.Store, i int) error {
			_, err := s.Neighborhood(ctx, pick(smp.centres, i), depth, nil, 500, false)
			return err
		},
	}
}

func linkIDs(ls []store.Link) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Node.ID
	}
	return out
}
