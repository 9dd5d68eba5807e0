package store_test

import (
	"context"
	"net"
	"strings"
	"testing"

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
