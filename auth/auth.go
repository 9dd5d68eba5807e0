// Package auth decides who is calling the API: an API token (random, only
// its sha256 stored) or a JWT from an organisation's identity provider,
// checked with github.com/golang-jwt/jwt/v5 (HS256 with a shared secret,
// or RS256/ES256 with keys from a JWKS file or URL, through
// github.com/MicahParks/keyfunc). Neither a token nor its hash ever
// appears in an error this package returns.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"

	"hoigraph"
)

// TokenPrefix starts every API token, so that a token is told from a JWT
// at a glance (and by secret scanners).
const TokenPrefix = "hgt_"

// NewToken returns a new API token and the hash the store keeps.
func NewToken() (token, hash string) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on a supported OS
	}
	token = TokenPrefix + base64.RawURLEncoding.EncodeToString(b[:])
	return token, HashToken(token)
}

// HashToken is the sha256 of a token, hex. A token has 256 random bits,
// so a fast hash is enough: nobody can guess one from its hash.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// NewTokenID is a short public id for a token, for list and revoke.
func NewTokenID() string {
	var b [6]byte
	rand.Read(b[:])
	return "tok_" + hex.EncodeToString(b[:])
}

// TokenStore finds API tokens by hash; the store implements it.
type TokenStore interface {
	TokenByHash(ctx context.Context, hash string) (hoigraph.APIToken, bool, error)
}

// JWTConfig is how JWTs are checked. Exactly one of Secret and JWKS is set.
type JWTConfig struct {
	Secret   []byte // HS256 shared secret
	JWKS     string // RS256/ES256 keys: a file path or an http(s) URL
	Issuer   string // required: the iss claim
	Audience string // required: one of the aud claim's values
	// RoleClaim names the claim holding the role, a dotted path into
	// nested objects ("realm_access.roles"); its value is a role name or a
	// list of them (the highest wins). Default "role".
	RoleClaim string
	// NameClaim names the claim recorded as the author of edits; default
	// "sub".
	NameClaim string
	Leeway    time.Duration // clock skew allowed on exp and nbf; default 30s
}

// Authenticator checks bearer tokens.
type Authenticator struct {
	tokens TokenStore
	jwt    *JWTConfig
	parser *jwt.Parser
	keys   jwt.Keyfunc
}

// New returns an Authenticator for API tokens in tokens and, when jc is
// not nil, JWTs. A JWKS URL is fetched now (and refreshed in the
// background until ctx ends), so a wrong URL fails at start.
func New(ctx context.Context, tokens TokenStore, jc *JWTConfig) (*Authenticator, error) {
	a := &Authenticator{tokens: tokens}
	if jc == nil {
		return a, nil
	}
	c := *jc
	if c.Issuer == "" || c.Audience == "" {
		return nil, errors.New("jwt: an issuer and an audience are required")
	}
	if c.RoleClaim == "" {
		c.RoleClaim = "role"
	}
	if c.NameClaim == "" {
		c.NameClaim = "sub"
	}
	if c.Leeway == 0 {
		c.Leeway = 30 * time.Second
	}
	var methods []string
	switch {
	case len(c.Secret) > 0 && c.JWKS != "":
		return nil, errors.New("jwt: set a secret or a JWKS, not both")
	case len(c.Secret) > 0:
		if len(c.Secret) < 32 {
			return nil, errors.New("jwt: the HS256 secret must be at least 32 bytes")
		}
		secret := c.Secret
		methods = []string{"HS256"}
		a.keys = func(*jwt.Token) (any, error) { return secret, nil }
	case strings.HasPrefix(c.JWKS, "https://") || strings.HasPrefix(c.JWKS, "http://"):
		k, err := keyfunc.NewDefaultCtx(ctx, []string{c.JWKS})
		if err != nil {
			return nil, fmt.Errorf("jwt: JWKS at %s: %w", c.JWKS, err)
		}
		methods = []string{"RS256", "ES256"}
		a.keys = k.Keyfunc
	case c.JWKS != "":
		raw, err := os.ReadFile(c.JWKS)
		if err != nil {
			return nil, fmt.Errorf("jwt: JWKS: %w", err)
		}
		k, err := keyfunc.NewJWKSetJSON(json.RawMessage(raw))
		if err != nil {
			return nil, fmt.Errorf("jwt: JWKS %s: %w", c.JWKS, err)
		}
		methods = []string{"RS256", "ES256"}
		a.keys = k.Keyfunc
	default:
		return nil, errors.New("jwt: set a secret (HS256) or a JWKS file or URL (RS256, ES256)")
	}
	a.jwt = &c
	a.parser = jwt.NewParser(jwt.WithValidMethods(methods), jwt.WithIssuer(c.Issuer), jwt.WithAudience(c.Audience),
		jwt.WithExpirationRequired(), jwt.WithLeeway(c.Leeway))
	return a, nil
}

// unauthenticated is the one error a bad credential gets: it says what
// kind of problem, never the token.
func unauthenticated(format string, args ...any) error {
	return hoigraph.Errorf(hoigraph.EUNAUTHENTICATED, format, args...)
}

// Authenticate checks the credential of an Authorization header's Bearer
// value. Its errors are UNAUTHENTICATED hoigraph errors, except a store
// failure.
func (a *Authenticator) Authenticate(ctx context.Context, bearer string) (hoigraph.Principal, error) {
	switch {
	case strings.HasPrefix(bearer, TokenPrefix):
		return a.apiToken(ctx, bearer)
	case strings.Count(bearer, ".") == 2:
		return a.jwtToken(bearer)
	}
	return hoigraph.Principal{}, unauthenticated("the bearer token is neither an API token nor a JWT")
}

func (a *Authenticator) apiToken(ctx context.Context, token string) (hoigraph.Principal, error) {
	t, ok, err := a.tokens.TokenByHash(ctx, HashToken(token))
	if err != nil {
		return hoigraph.Principal{}, fmt.Errorf("check API token: %w", err)
	}
	if !ok {
		return hoigraph.Principal{}, unauthenticated("unknown API token")
	}
	if t.RevokedAt != "" {
		return hoigraph.Principal{}, unauthenticated("this API token was revoked")
	}
	if _, ok := hoigraph.ParseRole(string(t.Role)); !ok {
		return hoigraph.Principal{}, unauthenticated("this API token has no valid role")
	}
	return hoigraph.Principal{Name: "token:" + t.Name, Role: t.Role, WritesPerMinute: t.WritesPerMinute, MaxUpload: t.MaxUpload}, nil
}

func (a *Authenticator) jwtToken(raw string) (hoigraph.Principal, error) {
	if a.jwt == nil {
		return hoigraph.Principal{}, unauthenticated("this server accepts no JWTs")
	}
	claims := jwt.MapClaims{}
	if _, err := a.parser.ParseWithClaims(raw, claims, a.keys); err != nil {
		return hoigraph.Principal{}, unauthenticated("JWT rejected: %s", jwtReason(err))
	}
	role := roleOf(claim(claims, a.jwt.RoleClaim))
	if role == hoigraph.RoleNone {
		return hoigraph.Principal{}, unauthenticated("JWT rejected: claim %q names no role (want reader, editor or admin)", a.jwt.RoleClaim)
	}
	name, _ := claim(claims, a.jwt.NameClaim).(string)
	if name == "" {
		return hoigraph.Principal{}, unauthenticated("JWT rejected: no %q claim", a.jwt.NameClaim)
	}
	return hoigraph.Principal{Name: "jwt:" + name, Role: role}, nil
}

// jwtReason says why a JWT failed in words that reveal nothing of it.
func jwtReason(err error) string {
	switch {
	case errors.Is(err, jwt.ErrTokenExpired):
		return "expired"
	case errors.Is(err, jwt.ErrTokenNotValidYet), errors.Is(err, jwt.ErrTokenUsedBeforeIssued):
		return "not valid yet"
	case errors.Is(err, jwt.ErrTokenInvalidAudience):
		return "wrong audience"
	case errors.Is(err, jwt.ErrTokenInvalidIssuer):
		return "wrong issuer"
	case errors.Is(err, jwt.ErrTokenRequiredClaimMissing):
		return "a required claim (exp, iss or aud) is missing"
	case errors.Is(err, jwt.ErrTokenSignatureInvalid), errors.Is(err, jwt.ErrTokenUnverifiable):
		return "bad signature or unknown key"
	case errors.Is(err, jwt.ErrTokenMalformed):
		return "malformed"
	}
	return "invalid"
}

// claim follows a dotted path into nested claim objects.
func claim(claims map[string]any, path string) any {
	var v any = claims
	for _, k := range strings.Split(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// roleOf reads a role claim: a role name or a list of values, the highest
// role among them winning; other values are ignored.
func roleOf(v any) hoigraph.Role {
	best := hoigraph.RoleNone
	consider := func(x any) {
		s, _ := x.(string)
		if r, ok := hoigraph.ParseRole(s); ok && r.Allows(best) {
			best = r
		}
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			consider(e)
		}
	default:
		consider(x)
	}
	return best
}

type ctxKey struct{}

// WithPrincipal returns ctx carrying who is calling.
func WithPrincipal(ctx context.Context, p hoigraph.Principal) context.Context {
	return context.WithValue(ctx, ctxKey{}, p)
}

// From returns who is calling; the zero Principal (no role) when nobody
// said.
func From(ctx context.Context) hoigraph.Principal {
	p, _ := ctx.Value(ctxKey{}).(hoigraph.Principal)
	return p
}

// Require returns nil when the caller of ctx has role need, else
// UNAUTHENTICATED (no credentials) or FORBIDDEN (a role too weak).
func Require(ctx context.Context, need hoigraph.Role) error {
	p := From(ctx)
	if p.Role.Allows(need) {
		return nil
	}
	if p.Name == "" {
		return hoigraph.Errorf(hoigraph.EUNAUTHENTICATED, "this needs a token with the %s role (Authorization: Bearer TOKEN)", need)
	}
	return hoigraph.Errorf(hoigraph.EFORBIDDEN, "this needs the %s role; %s has %s", need, p.Name, p.Role)
}

// TokenCreator stores new API tokens; the store implements it.
type TokenCreator interface {
	CreateToken(ctx context.Context, t hoigraph.APIToken) error
}

// Issue creates an API token named name with role, by createdBy, and
// returns the token (to be shown once) and what is stored of it.
func Issue(ctx context.Context, s TokenCreator, name string, role hoigraph.Role, createdBy string, writesPerMinute int, maxUpload int64) (string, hoigraph.APIToken, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", hoigraph.APIToken{}, hoigraph.Errorf(hoigraph.EINVALID, "a token needs a name")
	}
	if _, ok := hoigraph.ParseRole(string(role)); !ok {
		return "", hoigraph.APIToken{}, hoigraph.Errorf(hoigraph.EINVALID, "role %q: want reader, editor or admin", role)
	}
	if writesPerMinute < 0 || maxUpload < 0 {
		return "", hoigraph.APIToken{}, hoigraph.Errorf(hoigraph.EINVALID, "limits must not be negative")
	}
	token, hash := NewToken()
	t := hoigraph.APIToken{
		ID: NewTokenID(), Name: name, Role: role, Hash: hash,
		CreatedAt: time.Now().UTC().Format(time.RFC3339), CreatedBy: createdBy,
		WritesPerMinute: writesPerMinute, MaxUpload: maxUpload,
	}
	if err := s.CreateToken(ctx, t); err != nil {
		return "", hoigraph.APIToken{}, err
	}
	t.Hash = ""
	return token, t, nil
}
