package store_test

import (
	"context"
	"net"
	"strings"
	"testing"

	"hoigraph"
	"hoigraph/internal/neo4jtest"
	"hoigraph/store"
)

// robust #16: a URI's user and password never reach messages or logs.
func TestRedact(t *testing.T) {
	for uri, want := range map[string]string{
		"bolt://neo4j:s3cret@db.example.org:7687": "bolt://REDACTED@db.example.org:7687",
		"neo4j+s://xxxx.databases.neo4j.io":       "neo4j+s://xxxx.databases.neo4j.io",
		"bolt://127.0.0.1:7687":                   "bolt://127.0.0.1:7687",
	} {
		if got := store.Redact(uri); got != want {
			t.Errorf("Redact(%q) = %q, want %q", uri, got, want)
		}
	}
	// A server that does not answer: the error names the address, not
	// the password.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = store.Open(context.Background(), store.Config{URI: "bolt://neo4j:s3cret@" + addr, User: "neo4j", Password: "x"})
	if err == nil || strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), addr) {
		t.Errorf("error %v: want the address without the password", err)
	}
	// A server that answers: the URI serve logs at startup (Store.URI)
	// has none either.
	cfg := neo4jtest.Config(t)
	scheme, host, _ := strings.Cut(cfg.URI, "://")
	cfg.URI = scheme + "://neo4j:s3cret@" + host
	s, err := store.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	if got := s.URI(); got != scheme+"://REDACTED@"+host {
		t.Errorf("URI() = %q, want the credentials redacted", got)
	}
}

// robust #15: a wrong password is said to be one, not a Neo4j that does
// not answer.
func TestWrongPasswordIsSaid(t *testing.T) {
	cfg := neo4jtest.Config(t)
	cfg.Password = "not-the-password"
	_, err := store.Open(context.Background(), cfg)
	if err == nil || !strings.Contains(err.Error(), "refused the credentials of user") || strings.Contains(err.Error(), "does not answer") {
		t.Errorf("error %v", err)
	}
}

// robust, also: the routing driver (neo4j://, the scheme of a cluster and
// of Aura) writes and reads as the direct one does against the test
// server, so that path is exercised by every test run, not only
// documented. (make test also runs the whole store package so.)
func TestRoutingURI(t *testing.T) {
	direct := neo4jtest.Store(t)
	cfg := neo4jtest.Config(t)
	if !strings.HasPrefix(cfg.URI, "bolt://") && !strings.HasPrefix(cfg.URI, "neo4j://") {
		t.Fatalf("NEO4J_URI %s: want bolt:// or neo4j://", store.Redact(cfg.URI))
	}
	cfg.URI = "neo4j://" + strings.SplitN(cfg.URI, "://", 2)[1]
	s, err := store.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	st, err := s.WriteDocuments(context.Background(), []hoigraph.Document{doc("routing.txt", "hash-r", holds(huong, "Trưởng ban", bdv))})
	if err != nil || st.Documents != 1 {
		t.Fatalf("write through neo4j://: %+v %v", st, err)
	}
	via, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got, err := direct.Count(context.Background()); err != nil || got != via || got.Nodes == 0 {
		t.Errorf("neo4j:// reads %+v, bolt:// %+v (%v): want the same written graph", via, got, err)
	}
}
