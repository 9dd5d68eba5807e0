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
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"hoigraph/store"
)

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

// scenario is one benchmarked query: its GraphQL form with variables drawn
// from samples, the store calls the resolvers make for it, and the same
// question put to the peer (bench/peer, @neo4j/graphql) with a function
// that turns either answer into one canonical form, to check that both
// answer alike before anything is timed.
type scenario struct {
	name   string
	query  string
	vars   func(i int) map[string]any
	direct func(ctx context.Context, s *store.Store, i int) error

	peerQuery string
	peerVars  func(i int) map[string]any
	canon     func(data any) (string, error) // hoigraph's data
	peerCanon func(data any) (string, error) // the peer's data
	samples   int                            // how many distinct arguments the scenario cycles through
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	endpoint := fs.String("url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint; must be on 127.0.0.1")
	peer := fs.String("peer", "", "the peer's GraphQL endpoint (bench/peer), on 127.0.0.1: check that it answers alike, then time it beside hoigraph")
	checkOnly := fs.Bool("check", false, "with -peer: only check that both answer alike, for every sample")
	clients := fs.Int("c", 32, "concurrent clients")
	n := fs.Int("n", 2000, "requests per scenario and path (bounded)")
	maxTime := fs.Duration("max", time.Minute, "time limit per scenario and path")
	only := fs.String("scenarios", "oversight,organization,search,neighborhood,neighborhood-depth1,person", "comma-separated scenarios")
	uri := fs.String("neo4j-uri", envOr("NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j for the direct Cypher runs (env NEO4J_URI)")
	user := fs.String("neo4j-user", envOr("NEO4J_USER", "neo4j"), "env NEO4J_USER")
	password := fs.String("neo4j-password", os.Getenv("NEO4J_PASSWORD"), "env NEO4J_PASSWORD")
	httpClient := fs.String("http", "conn", "the timed client: conn (a kept-alive connection per client, written and read by the client itself) or net/http (Go's http.Client)")
	cpuOf := fs.String("cpu-of", "", "name=PID,...: also report the CPU time per request of these processes (the server, Neo4j) and of loadgen, per path")
	wards := fs.Int("populate", 0, "first write a synthetic graph of this many wards (~100 nodes each) into the Neo4j, which must be on 127.0.0.1")
	directTimeout := fs.Duration("direct-timeout", 10*time.Second, "the deadline of each direct call, as serve's -timeout is the API's (0: none): the store turns a deadline into the transaction's timeout, so both paths send the same transactions")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := loopbackOnly(*endpoint); err != nil {
		return err
	}
	if *peer != "" {
		if err := loopbackOnly(*peer); err != nil {
			return err
		}
	}
	watch, err := parseCPUOf(*cpuOf)
	if err != nil {
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
	// One kept-alive connection per client and server. Idle ones are closed
	// by the client after 2 s, before Node's HTTP server (the peer's)
	// closes them after its 5 s keep-alive timeout: a request sent on a
	// connection the server is closing fails with "connection reset by
	// peer", which stopped an earlier peer run at 32 clients.
	client := &http.Client{Transport: &http.Transport{
		MaxIdleConns: 4 * *clients, MaxIdleConnsPerHost: *clients, MaxConnsPerHost: *clients,
		IdleConnTimeout: 2 * time.Second, DisableCompression: true,
	}}
	apiSend, err := newSender(*httpClient, *endpoint, client)
	if err != nil {
		return err
	}
	var peerSend sender
	if *peer != "" {
		if peerSend, err = newSender(*httpClient, *peer, client); err != nil {
			return err
		}
	}
	serverCypher := func() float64 { return scrapeCypherSeconds(client, *endpoint) }
	var chosen []scenario
	for _, sc := range scenarios(smp) {
		if slices.Contains(strings.Split(*only, ","), sc.name) {
			chosen = append(chosen, sc)
		}
	}
	if *peer != "" {
		// Both must answer every sample alike before either is timed.
		for _, sc := range chosen {
			if err := check(ctx, client, *endpoint, *peer, sc); err != nil {
				return err
			}
		}
		if *checkOnly {
			return nil
		}
	}
	fmt.Printf("graph: %d nodes, %d relationships; %d clients (-http %s), up to %d requests or %s per row and path\n\n", counts.Nodes, counts.Relationships, *clients, *httpClient, *n, *maxTime)
	type row struct {
		name           string
		api, cy, other timings
		cpu            [3]cpuSpent
		cypher         [2]float64 // seconds spent in Cypher (store.CypherSeconds), API and direct
	}
	var rows []row
	for _, sc := range chosen {
		type path struct {
			into   *timings
			cpu    *cpuSpent
			call   func(int) error
			what   string
			cypher func() float64 // the Cypher seconds of the store the path goes through; nil for the peer
			spent  *float64
		}
		r := row{name: sc.name}
		paths := []path{
			{&r.api, &r.cpu[0], poster(apiSend, sc.query, sc.vars, sc.samples), "over HTTP", serverCypher, &r.cypher[0]},
			{&r.cy, &r.cpu[1], func(i int) error { return direct(ctx, *directTimeout, s, i, sc.direct) }, "through the driver", s.CypherSeconds, &r.cypher[1]},
		}
		if *peer != "" {
			paths = append(paths, path{&r.other, &r.cpu[2], poster(peerSend, sc.peerQuery, sc.peerVars, sc.samples), "on the peer", nil, nil})
		}
		// Warm every path (Neo4j's plan cache and page cache, the servers'
		// query caches and JITs, connection pools) before measuring any.
		for _, p := range paths {
			if _, err := measure(*clients, max(*n/10, *clients), *maxTime, p.call); err != nil {
				return fmt.Errorf("%s warm-up %s: %w", sc.name, p.what, err)
			}
		}
		// Alternate the paths in rounds, each going first in turn, so that
		// drift (caches, other load on the machine) hits all alike.
		per := max(*n/rounds, 1)
		for k := range rounds {
			for j := range paths {
				p := paths[(j+k)%len(paths)]
				before := watch.sample()
				var cy0 float64
				if p.cypher != nil {
					cy0 = p.cypher()
				}
				got, err := measure(*clients, per, *maxTime/rounds, p.call)
				if err != nil {
					return fmt.Errorf("%s %s: %w", sc.name, p.what, err)
				}
				p.cpu.add(before, watch.sample())
				if p.cypher != nil {
					*p.spent += p.cypher() - cy0
				}
				p.into.add(got)
			}
		}
		rows = append(rows, r)
	}
	fmt.Println("| query | API req/s | API p50 | API p99 | Cypher req/s | Cypher p50 | Cypher p99 | API p50 / Cypher p50 |")
	fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, r := range rows {
		fmt.Printf("| %s | %.0f | %s | %s | %.0f | %s | %s | %.2f× |\n", r.name,
			r.api.rps(), ms(r.api.pct(0.50)), ms(r.api.pct(0.99)), r.cy.rps(), ms(r.cy.pct(0.50)), ms(r.cy.pct(0.99)), float64(r.api.pct(0.50))/float64(r.cy.pct(0.50)))
	}
	if *cpuOf != "" {
		fmt.Println()
		fmt.Println("| query | CPU per request over HTTP (µs) | through the driver (µs) | statements in flight, API / direct |")
		fmt.Println("| --- | --- | --- | --- |")
		for _, r := range rows {
			fmt.Printf("| %s | %s | %s | %.1f / %.1f |\n", r.name, r.cpu[0].perRequest(watch, len(r.api.lat)), r.cpu[1].perRequest(watch, len(r.cy.lat)),
				r.cypher[0]/r.api.elapsed.Seconds(), r.cypher[1]/r.cy.elapsed.Seconds())
		}
	}
	if *peer != "" {
		fmt.Println()
		fmt.Println("| query | hoigraph req/s | hoigraph p50 | peer req/s | peer p50 | peer p99 | req/s hoigraph / peer |")
		fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
		for _, r := range rows {
			fmt.Printf("| %s | %.0f | %s | %.0f | %s | %s | %.2f× |\n", r.name,
				r.api.rps(), ms(r.api.pct(0.50)), r.other.rps(), ms(r.other.pct(0.50)), ms(r.other.pct(0.99)), r.api.rps()/r.other.rps())
		}
	}
	return nil
}

// direct makes request i of a scenario's direct path under a deadline of
// timeout, as the API's handler gives each request one (serve -timeout):
// the store sends a deadline to Neo4j as the transaction's timeout, and
// without it the direct path's RUN messages would differ from the API's.
func direct(ctx context.Context, timeout time.Duration, s *store.Store, i int, call func(context.Context, *store.Store, int) error) error {
	if timeout <= 0 {
		return call(ctx, s, i)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return call(ctx, s, i)
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

// poster returns the API path's call: request i sends sample i modulo
// samples through send. The bodies are encoded once, before the clock
// runs, and each answer is read into a reused buffer: the client shares
// the machine's cores with the server and Neo4j, so whatever it spends per
// request is counted against the API (the direct path encodes nothing),
// and a real client does not run on the server's cores.
func poster(send sender, query string, vars func(int) map[string]any, samples int) func(int) error {
	bodies := make([][]byte, max(samples, 1))
	for i := range bodies {
		bodies[i], _ = json.Marshal(map[string]any{"query": query, "variables": vars(i)})
	}
	bufs := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	return func(i int) error {
		buf := bufs.Get().(*bytes.Buffer)
		defer bufs.Put(buf)
		return post(send, bodies[i%len(bodies)], buf)
	}
}

// sender posts a request body and reads the whole answer into buf,
// returning its status: connClient, or Go's http.Client (netHTTP).
type sender interface {
	post(body []byte, buf *bytes.Buffer) (int, error)
}

// newSender is the client -http names for endpoint.
func newSender(kind, endpoint string, c *http.Client) (sender, error) {
	switch kind {
	case "conn":
		return newConnClient(endpoint)
	case "net/http":
		return netHTTP{c, endpoint}, nil
	}
	return nil, fmt.Errorf("-http %q: want conn or net/http", kind)
}

// netHTTP sends through Go's http.Client (its Transport's pool).
type netHTTP struct {
	c        *http.Client
	endpoint string
}

func (h netHTTP) post(body []byte, buf *bytes.Buffer) (int, error) {
	res, err := h.c.Post(h.endpoint, "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	buf.Reset()
	_, err = buf.ReadFrom(res.Body)
	return res.StatusCode, err
}

// post sends one GraphQL request body and fails on any error in the
// answer.
func post(send sender, body []byte, buf *bytes.Buffer) error {
	status, err := send.post(body, buf)
	if err != nil {
		return err
	}
	raw := buf.Bytes()
	// Decoding every answer would put the client's CPU on the API's side of
	// the comparison; a GraphQL answer with errors has this key.
	if status != 200 || !bytes.HasPrefix(raw, []byte(`{"data":{`)) || bytes.Contains(raw, []byte(`"errors":`)) {
		return fmt.Errorf("status %d: %.300s", status, raw)
	}
	return nil
}
