package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
)

// API tokens are :ApiToken nodes holding the sha256 of the token (never the
// token), its name, role and limits. Revoking keeps the node, with when, so
// that the list says what existed.

func tokenProps(t hoigraph.APIToken) map[string]any {
	return map[string]any{
		"id": t.ID, "name": t.Name, "role": string(t.Role), "hash": t.Hash,
		"createdAt": t.CreatedAt, "createdBy": t.CreatedBy,
		"writesPerMinute": int64(t.WritesPerMinute), "maxUpload": t.MaxUpload,
	}
}

func toToken(v any) hoigraph.APIToken {
	n, _ := v.(neo4j.Node)
	p := func(k string) string { s, _ := n.Props[k].(string); return s }
	w, _ := n.Props["writesPerMinute"].(int64)
	u, _ := n.Props["maxUpload"].(int64)
	return hoigraph.APIToken{
		ID: p("id"), Name: p("name"), Role: hoigraph.Role(p("role")), Hash: p("hash"),
		CreatedAt: p("createdAt"), CreatedBy: p("createdBy"), RevokedAt: p("revokedAt"),
		WritesPerMinute: int(w), MaxUpload: u,
	}
}

// CreateToken stores a token. A name already used by a valid token is a
// CONFLICT: names are how people tell tokens apart in the audit list.
func (s *Store) CreateToken(ctx context.Context, t hoigraph.APIToken) error {
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, tx, "MATCH (t:ApiToken {name: $name}) WHERE t.revokedAt IS NULL RETURN t.id", map[string]any{"name": t.Name})
		if err != nil {
			return nil, err
		}
		if len(recs) > 0 {
			return nil, hoigraph.Errorf(hoigraph.ECONFLICT, "a valid token named %q exists; revoke it first or choose another name", t.Name)
		}
		_, err = s.run(ctx, tx, "CREATE (t:ApiToken) SET t = $props", map[string]any{"props": tokenProps(t)})
		return nil, err
	})
	if err != nil {
		return fmt.Errorf("create token %q: %w", t.Name, err)
	}
	return nil
}

// TokenByHash finds the token with this hash, revoked or not; ok is false
// when there is none.
func (s *Store) TokenByHash(ctx context.Context, hash string) (hoigraph.APIToken, bool, error) {
	var out hoigraph.APIToken
	found := false
	err := s.query(ctx, "read token", "MATCH (t:ApiToken {hash: $hash}) RETURN t", map[string]any{"hash": hash}, func(r *neo4j.Record) {
		out, found = toToken(r.Values[0]), true
	})
	return out, found, err
}

// Tokens lists every token, valid ones first, newest first; hashes are
// left out.
func (s *Store) Tokens(ctx context.Context) ([]hoigraph.APIToken, error) {
	var out []hoigraph.APIToken
	err := s.query(ctx, "list tokens", "MATCH (t:ApiToken) RETURN t ORDER BY t.revokedAt IS NOT NULL, t.createdAt DESC, t.name", nil, func(r *neo4j.Record) {
		t := toToken(r.Values[0])
		t.Hash = ""
		out = append(out, t)
	})
	return out, err
}

// RevokeToken revokes the valid token with this id or name at the time
// given; NOT_FOUND when there is none.
func (s *Store) RevokeToken(ctx context.Context, idOrName, at string) (hoigraph.APIToken, error) {
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, tx, `MATCH (t:ApiToken) WHERE (t.id = $key OR t.name = $key) AND t.revokedAt IS NULL
SET t.revokedAt = $at RETURN t`, map[string]any{"key": idOrName, "at": at})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, hoigraph.Errorf(hoigraph.ENOTFOUND, "no valid token with id or name %q", idOrName)
		}
		t := toToken(recs[0].Values[0])
		t.Hash = ""
		return t, nil
	})
	if err != nil {
		return hoigraph.APIToken{}, fmt.Errorf("revoke token: %w", err)
	}
	return out.(hoigraph.APIToken), nil
}
