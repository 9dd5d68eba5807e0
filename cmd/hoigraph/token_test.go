package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"hoigraph/auth"
	"hoigraph/internal/neo4jtest"
)

// stdoutOf runs fn with os.Stdout captured.
func stdoutOf(t *testing.T, fn func()) string {
	t.Helper()
	return captured(t, &os.Stdout, fn)
}

func TestTokenCreateListRevoke(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	var code int
	out := stdoutOf(t, func() {
		code = run(ctx, []string{"token", "create", "-role", "editor", "-name", "ủy ban kiểm tra"})
	})
	lines := strings.Split(strings.TrimSpace(out), "\n")
	token := lines[len(lines)-1]
	if code != 0 || !strings.HasPrefix(token, auth.TokenPrefix) || strings.ContainsAny(token, " \t") {
		t.Fatalf("token create: exit %d, output %q", code, out)
	}
	got, ok, err := s.TokenByHash(ctx, auth.HashToken(token))
	if err != nil || !ok || got.Name != "ủy ban kiểm tra" || got.Role != "editor" {
		t.Fatalf("stored token = %+v %v %v", got, ok, err)
	}
	for _, line := range neo4jtest.Dump(t, s) {
		if strings.Contains(line, token) {
			t.Fatalf("the graph holds the token itself: %s", line)
		}
	}
	// A second valid token of the same name is refused.
	if code := run(ctx, []string{"token", "create", "-role", "reader", "-name", "ủy ban kiểm tra"}); code == 0 {
		t.Error("a duplicate name was accepted")
	}
	list := stdoutOf(t, func() { code = run(ctx, []string{"token", "list"}) })
	if code != 0 || !strings.Contains(list, "ủy ban kiểm tra") || strings.Contains(list, token) || strings.Contains(list, got.Hash) {
		t.Errorf("token list (exit %d):\n%s", code, list)
	}
	if code := run(ctx, []string{"token", "revoke", got.ID}); code != 0 {
		t.Fatalf("revoke exit %d", code)
	}
	if got, _, _ := s.TokenByHash(ctx, auth.HashToken(token)); got.RevokedAt == "" {
		t.Error("revoked token has no revokedAt")
	}
	if code := run(ctx, []string{"token", "create", "-role", "owner", "-name", "x"}); code == 0 {
		t.Error("an unknown role was accepted")
	}
}
