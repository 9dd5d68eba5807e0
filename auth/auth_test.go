package auth

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"hoigraph"
)

func TestRoleOfAClaim(t *testing.T) {
	for _, tc := range []struct {
		claims map[string]any
		path   string
		want   hoigraph.Role
	}{
		{map[string]any{"role": "editor"}, "role", hoigraph.RoleEditor},
		{map[string]any{"role": "Admin"}, "role", hoigraph.RoleAdmin},
		{map[string]any{"role": "owner"}, "role", hoigraph.RoleNone},
		{map[string]any{"roles": []any{"offline_access", "reader", "editor"}}, "roles", hoigraph.RoleEditor},
		{map[string]any{"realm_access": map[string]any{"roles": []any{"admin", "reader"}}}, "realm_access.roles", hoigraph.RoleAdmin},
		{map[string]any{"realm_access": "editor"}, "realm_access.roles", hoigraph.RoleNone},
		{map[string]any{}, "role", hoigraph.RoleNone},
		{map[string]any{"role": 3}, "role", hoigraph.RoleNone},
	} {
		if got := roleOf(claim(tc.claims, tc.path)); got != tc.want {
			t.Errorf("%v at %s: %q, want %q", tc.claims, tc.path, got, tc.want)
		}
	}
}

func TestRolesAreOrdered(t *testing.T) {
	for _, tc := range []struct {
		has, need hoigraph.Role
		ok        bool
	}{
		{hoigraph.RoleAdmin, hoigraph.RoleEditor, true},
		{hoigraph.RoleEditor, hoigraph.RoleEditor, true},
		{hoigraph.RoleReader, hoigraph.RoleEditor, false},
		{hoigraph.RoleNone, hoigraph.RoleReader, false},
		{hoigraph.RoleEditor, hoigraph.RoleAdmin, false},
	} {
		if got := tc.has.Allows(tc.need); got != tc.ok {
			t.Errorf("%q allows %q = %v", tc.has, tc.need, got)
		}
	}
}

func TestConfigurationMistakesFailAtStart(t *testing.T) {
	secret := []byte(strings.Repeat("s", 32))
	for name, c := range map[string]JWTConfig{
		"no audience":       {Secret: secret, Issuer: "i"},
		"no issuer":         {Secret: secret, Audience: "a"},
		"short secret":      {Secret: []byte("short"), Issuer: "i", Audience: "a"},
		"secret and JWKS":   {Secret: secret, JWKS: "/x.json", Issuer: "i", Audience: "a"},
		"no key":            {Issuer: "i", Audience: "a"},
		"missing JWKS file": {JWKS: "/no/such/jwks.json", Issuer: "i", Audience: "a"},
	} {
		if _, err := New(context.Background(), nil, &c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// A JWT's rejection says why in words, never echoing the token.
func TestJWTRejectionsNameTheReason(t *testing.T) {
	secret := []byte(strings.Repeat("k", 32))
	a, err := New(context.Background(), nil, &JWTConfig{Secret: secret, Issuer: "iss", Audience: "aud"})
	if err != nil {
		t.Fatal(err)
	}
	sign := func(c jwt.MapClaims) string {
		s, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(secret)
		return s
	}
	exp := time.Now().Add(time.Hour).Unix()
	for _, tc := range []struct {
		claims jwt.MapClaims
		want   string
	}{
		{jwt.MapClaims{"iss": "iss", "aud": "aud", "exp": time.Now().Add(-time.Hour).Unix(), "sub": "x", "role": "reader"}, "expired"},
		{jwt.MapClaims{"iss": "iss", "aud": "other", "exp": exp, "sub": "x", "role": "reader"}, "wrong audience"},
		{jwt.MapClaims{"iss": "evil", "aud": "aud", "exp": exp, "sub": "x", "role": "reader"}, "wrong issuer"},
		{jwt.MapClaims{"iss": "iss", "aud": "aud", "sub": "x", "role": "reader"}, "required claim"},
		{jwt.MapClaims{"iss": "iss", "aud": "aud", "exp": exp, "role": "reader"}, `no "sub" claim`},
	} {
		tok := sign(tc.claims)
		_, err := a.Authenticate(context.Background(), tok)
		if hoigraph.ErrorCode(err) != hoigraph.EUNAUTHENTICATED || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), tok) {
			t.Errorf("%v: %v, want UNAUTHENTICATED %q", tc.claims, err, tc.want)
		}
	}
	p, err := a.Authenticate(context.Background(), sign(jwt.MapClaims{"iss": "iss", "aud": []string{"x", "aud"}, "exp": exp, "sub": "u1", "role": "editor"}))
	if err != nil || p.Name != "jwt:u1" || p.Role != hoigraph.RoleEditor {
		t.Errorf("valid JWT: %+v %v", p, err)
	}
}

func TestRS256FromAJWKSURL(t *testing.T) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	b64 := base64.RawURLEncoding.EncodeToString
	set, _ := json.Marshal(map[string]any{"keys": []any{map[string]any{
		"kty": "RSA", "kid": "url1", "alg": "RS256", "use": "sig",
		"n": b64(key.N.Bytes()), "e": b64(big.NewInt(int64(key.E)).Bytes()),
	}}})
	idp := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(set)
	}))
	defer idp.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	a, err := New(ctx, nil, &JWTConfig{JWKS: idp.URL + "/jwks.json", Issuer: "iss", Audience: "aud"})
	if err != nil {
		t.Fatal(err)
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"iss": "iss", "aud": "aud", "exp": time.Now().Add(time.Hour).Unix(), "sub": "u2", "role": "admin"})
	tok.Header["kid"] = "url1"
	signed, err := tok.SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	p, err := a.Authenticate(ctx, signed)
	if err != nil || p.Role != hoigraph.RoleAdmin || p.Name != "jwt:u2" {
		t.Errorf("RS256 from a JWKS URL: %+v %v", p, err)
	}
}
