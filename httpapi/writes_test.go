package httpapi_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"hoigraph"
	"hoigraph/auth"
	"hoigraph/httpapi"
	"hoigraph/internal/neo4jtest"
	"hoigraph/loader"
	"hoigraph/loader/extract"
)

// The JWT settings of the write tests: an identity provider that signs
// with a shared secret (HS256) and one that publishes RSA keys (a JWKS
// file).
const (
	jwtIssuer   = "https://id.example.test/"
	jwtAudience = "hoigraph-test"
)

var jwtSecret = []byte("a shared secret of at least thirty-two bytes")

// writeAPI is a server with the write path and access control, over the
// Quận 3 fixture.
type writeAPI struct {
	*api
	rsaKey *rsa.PrivateKey
}

func newWriteAPI(t *testing.T, cfg httpapi.Config) *writeAPI {
	t.Helper()
	ctx := context.Background()
	s := neo4jtest.Store(t)
	if st, err := s.WriteDocuments(ctx, quan3Docs()); err != nil || len(st.Failed) > 0 {
		t.Fatalf("write fixture: %v %v", err, st.Failed)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Auth == nil {
		cfg.Auth, err = auth.New(ctx, s, &auth.JWTConfig{Secret: jwtSecret, Issuer: jwtIssuer, Audience: jwtAudience})
		if err != nil {
			t.Fatal(err)
		}
	}
	cfg.Store = s
	cfg.Loader = &loader.Loader{Store: s, Extractor: x}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(testLog{t}, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	srv := httptest.NewServer(httpapi.New(cfg))
	t.Cleanup(srv.Close)
	return &writeAPI{api: &api{t: t, url: srv.URL, store: s}, rsaKey: key}
}

// token issues an API token as `hoigraph token create` does.
func (a *writeAPI) token(name string, role hoigraph.Role, writesPerMinute int) string {
	a.t.Helper()
	tok, _, err := auth.Issue(context.Background(), a.store, name, role, "test", writesPerMinute, 0)
	if err != nil {
		a.t.Fatal(err)
	}
	return tok
}

// do sends a GraphQL request with a bearer token ("" for none) and
// returns the status, the decoded answer and the raw body.
func (a *writeAPI) do(token, query string, vars map[string]any) (int, response, string) {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, a.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return a.send(req)
}

func (a *writeAPI) send(req *http.Request) (int, response, string) {
	a.t.Helper()
	res, out, raw, err := exchange(a.t, req)
	if err != nil {
		a.t.Fatalf("response is not JSON (%d): %s", res.StatusCode, raw)
	}
	return res.StatusCode, out, string(raw)
}

// upload sends a GraphQL multipart request (the spec gqlgen follows)
// whose variable $f is the file.
func (a *writeAPI) upload(token, query, name string, content []byte) (int, response, string) {
	a.t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	ops, _ := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"f": nil}})
	w.WriteField("operations", string(ops))
	w.WriteField("map", `{"0": ["variables.f"]}`)
	fw, _ := w.CreateFormFile("0", name)
	fw.Write(content)
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, a.url+"/graphql", &b)
	req.Header.Set("Content-Type", w.FormDataContentType())
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return a.send(req)
}

// must sends a request that must succeed and returns its data.
func (a *writeAPI) must(token, query string, vars map[string]any) map[string]any {
	a.t.Helper()
	code, res, raw := a.do(token, query, vars)
	if code != http.StatusOK || len(res.Errors) > 0 {
		a.t.Fatalf("request failed (%d): %s", code, raw)
	}
	return res.Data
}

// code sends a request that must fail and returns the first error's code;
// a query with an Upload variable goes as a multipart upload.
func (a *writeAPI) code(token, query string, vars map[string]any) string {
	a.t.Helper()
	var res response
	var raw string
	if strings.Contains(query, "Upload!") {
		_, res, raw = a.upload(token, query, "phan-cong.csv", []byte("overseer,object\n"+banToChuc+","+nguoiMu+"\n"))
	} else {
		_, res, raw = a.do(token, query, vars)
	}
	if len(res.Errors) == 0 {
		a.t.Fatalf("no error: %s", raw)
	}
	if token != "" && strings.Contains(raw, token) {
		a.t.Fatalf("the answer repeats the token: %s", raw)
	}
	c, _ := res.Errors[0].Extensions["code"].(string)
	return c
}

func (a *writeAPI) hs256(claims jwt.MapClaims, secret []byte) string {
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(secret)
	if err != nil {
		a.t.Fatal(err)
	}
	return s
}

func validClaims(role string) jwt.MapClaims {
	return jwt.MapClaims{"iss": jwtIssuer, "aud": jwtAudience, "sub": "committee-member-7", "role": role,
		"exp": time.Now().Add(time.Hour).Unix(), "iat": time.Now().Unix()}
}

// mutations has one request per mutation, valid in shape, so that the
// access tests try every one.
var mutations = map[string]string{
	"ingestArticle":        `mutation { ingestArticle(input: {text: "Ban Dân vận Quận ủy Quận 3 phụ trách Hội Người mù Quận 3."}) { dryRun } }`,
	"uploadCurated":        `mutation($f: Upload!) { uploadCurated(input: {file: $f}) { dryRun } }`,
	"assertResponsibility": `mutation { assertResponsibility(input: {overseer: "Ban Dân vận Quận ủy Quận 3", object: "Hội Người mù Quận 3"}) { dryRun } }`,
	"endResponsibility":    `mutation { endResponsibility(input: {overseer: "org:x", object: "org:y", until: "2024"}) { dryRun } }`,
	"assertHolding":        `mutation { assertHolding(input: {person: "Lê Văn Tám", post: "Chủ tịch", body: "Hội Người mù Quận 3"}) { dryRun } }`,
	"endHolding":           `mutation { endHolding(input: {person: "person:x", post: "Chủ tịch", body: "org:y", until: "2024"}) { dryRun } }`,
	"assertOrganization":   `mutation { assertOrganization(input: {name: "Hội Cựu chiến binh Quận 3", type: ASSOCIATION}) { dryRun } }`,
	"reviewFact":           `mutation { reviewFact(input: {fact: "fact:x", status: CONFIRMED}) { id } }`,
	"retractSource":        `mutation { retractSource(id: "source:x") { dryRun } }`,
	"createToken":          `mutation { createToken(name: "x", role: READER) { token } }`,
	"revokeToken":          `mutation { revokeToken(id: "x") { id } }`,
}

func TestWithoutATokenReadsWorkAndWritesAreUnauthenticated(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{})
	d := a.must("", `{ stats { organizations } }`, nil)
	if at(t, d, "stats", "organizations") != float64(8) {
		t.Errorf("anonymous read = %v", d)
	}
	before := neo4jtest.Dump(t, a.store)
	for name, q := range mutations {
		if c := a.code("", q, map[string]any{"f": nil}); c != hoigraph.EUNAUTHENTICATED {
			t.Errorf("%s without a token: code %q, want UNAUTHENTICATED", name, c)
		}
	}
	for _, q := range []string{`{ audit { totalCount } }`, `{ reviewQueue { totalCount } }`, `{ tokens { id } }`} {
		if c := a.code("", q, nil); c != hoigraph.EUNAUTHENTICATED {
			t.Errorf("%s without a token: code %q", q, c)
		}
	}
	if after := neo4jtest.Dump(t, a.store); !slices.Equal(before, after) {
		t.Errorf("refused writes changed the graph")
	}

	// A deployment: no token, no read either.
	b := newWriteAPI(t, httpapi.Config{TokenRequired: true})
	code, res, _ := b.do("", `{ stats { organizations } }`, nil)
	if code != http.StatusUnauthorized || len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != hoigraph.EUNAUTHENTICATED {
		t.Errorf("token required, none given: %d %+v", code, res)
	}
	reader := b.token("analyst", hoigraph.RoleReader, 0)
	b.must(reader, `{ stats { organizations } }`, nil)
}

func TestAReaderIsForbiddenToWrite(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{})
	reader := a.token("analyst", hoigraph.RoleReader, 0)
	a.must(reader, `{ oversight { totalCount } }`, nil)
	for name, q := range mutations {
		if c := a.code(reader, q, map[string]any{"f": nil}); c != hoigraph.EFORBIDDEN {
			t.Errorf("%s with a reader's token: code %q, want FORBIDDEN", name, c)
		}
	}
	editor := a.token("alice", hoigraph.RoleEditor, 0)
	for _, q := range []string{`{ audit { totalCount } }`, `{ tokens { id } }`, mutations["createToken"]} {
		if c := a.code(editor, q, nil); c != hoigraph.EFORBIDDEN {
			t.Errorf("%s with an editor's token: code %q, want FORBIDDEN", q, c)
		}
	}
	a.must(editor, `{ reviewQueue { totalCount } }`, nil)
	admin := a.token("root", hoigraph.RoleAdmin, 0)
	d := a.must(admin, `{ tokens { name role revokedAt } }`, nil)
	if got := join(names(t, at(t, d, "tokens"))); got != "alice | analyst | root" && !strings.Contains(got, "alice") {
		t.Errorf("tokens = %s", got)
	}
	if raw, _ := json.Marshal(d); strings.Contains(string(raw), auth.HashToken(editor)) {
		t.Errorf("the token list shows a hash")
	}
}

// logBuffer collects the server's log lines, for tests that look for
// secrets in them.
type logBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestBadCredentialsAreRejected(t *testing.T) {
	logs := &logBuffer{}
	a := newWriteAPI(t, httpapi.Config{Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	revoked := a.token("bob", hoigraph.RoleEditor, 0)
	defer func() {
		if strings.Contains(logs.String(), revoked) || strings.Contains(logs.String(), auth.HashToken(revoked)) || strings.Contains(logs.String(), string(jwtSecret)) {
			t.Errorf("a token, hash or secret is in the log:\n%s", logs)
		}
		if !strings.Contains(logs.String(), `"who":"jwt:committee-member-7"`) {
			t.Errorf("the access log does not say who wrote:\n%s", logs)
		}
		if !strings.Contains(logs.String(), "credentials refused") {
			t.Errorf("refusals are not logged:\n%s", logs)
		}
	}()
	if _, err := a.store.RevokeToken(context.Background(), "bob", time.Now().UTC().Format(time.RFC3339)); err != nil {
		t.Fatal(err)
	}
	expired := validClaims("editor")
	expired["exp"] = time.Now().Add(-time.Hour).Unix()
	wrongAud := validClaims("editor")
	wrongAud["aud"] = "another-service"
	wrongIss := validClaims("editor")
	wrongIss["iss"] = "https://evil.example.test/"
	noExp := validClaims("editor")
	delete(noExp, "exp")
	forged := a.hs256(validClaims("admin"), []byte("not the shared secret, but as long as it"))
	// A token whose payload was edited after signing (reader → admin).
	parts := strings.Split(a.hs256(validClaims("reader"), jwtSecret), ".")
	payload, _ := json.Marshal(validClaims("admin"))
	tampered := parts[0] + "." + base64.RawURLEncoding.EncodeToString(payload) + "." + parts[2]
	none := func() string {
		s, _ := jwt.NewWithClaims(jwt.SigningMethodNone, validClaims("admin")).SignedString(jwt.UnsafeAllowNoneSignatureType)
		return s
	}()
	for name, tok := range map[string]string{
		"revoked API token":  revoked,
		"unknown API token":  auth.TokenPrefix + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
		"expired JWT":        a.hs256(expired, jwtSecret),
		"wrong audience JWT": a.hs256(wrongAud, jwtSecret),
		"wrong issuer JWT":   a.hs256(wrongIss, jwtSecret),
		"JWT without exp":    a.hs256(noExp, jwtSecret),
		"forged JWT":         forged,
		"tampered JWT":       tampered,
		"unsigned JWT":       none,
		"garbage":            "hello",
	} {
		for _, q := range []string{`{ stats { organizations } }`, mutations["assertOrganization"]} {
			code, res, raw := a.do(tok, q, nil)
			if code != http.StatusUnauthorized || len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != hoigraph.EUNAUTHENTICATED {
				t.Errorf("%s: %d %s", name, code, raw)
			}
			if strings.Contains(raw, tok) {
				t.Errorf("%s: the answer repeats the token", name)
			}
		}
	}
	// The valid JWT is an editor named by its subject.
	d := a.must(a.hs256(validClaims("editor"), jwtSecret), `mutation { assertOrganization(input: {name: "Hội Cựu chiến binh Quận 3", type: ASSOCIATION}) { source { by kind } } }`, nil)
	if at(t, d, "assertOrganization", "source", "by") != "jwt:committee-member-7" || at(t, d, "assertOrganization", "source", "kind") != "edit" {
		t.Errorf("JWT edit = %v", d)
	}
	if c := a.code(a.hs256(validClaims("reader"), jwtSecret), mutations["assertOrganization"], nil); c != hoigraph.EFORBIDDEN {
		t.Errorf("reader JWT writing: %q", c)
	}
	if c := a.code(a.hs256(validClaims("nobody"), jwtSecret), `{ stats { people } }`, nil); c != hoigraph.EUNAUTHENTICATED {
		t.Errorf("JWT with no known role: %q", c)
	}
}

// jwks writes the public half of key as a JWKS file.
func jwks(t *testing.T, key *rsa.PrivateKey, kid string) string {
	t.Helper()
	b64 := base64.RawURLEncoding.EncodeToString
	set := map[string]any{"keys": []any{map[string]any{
		"kty": "RSA", "kid": kid, "alg": "RS256", "use": "sig",
		"n": b64(key.N.Bytes()), "e": b64(big.NewInt(int64(key.E)).Bytes()),
	}}}
	raw, _ := json.Marshal(set)
	p := filepath.Join(t.TempDir(), "jwks.json")
	if err := os.WriteFile(p, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestES256FromAJWKSFile(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	b64 := base64.RawURLEncoding.EncodeToString
	pad := func(b []byte) []byte { return append(make([]byte, 32-len(b)), b...) }
	raw, _ := json.Marshal(map[string]any{"keys": []any{map[string]any{
		"kty": "EC", "crv": "P-256", "kid": "ec1", "alg": "ES256", "use": "sig",
		"x": b64(pad(key.X.Bytes())), "y": b64(pad(key.Y.Bytes())),
	}}})
	p := filepath.Join(t.TempDir(), "jwks.json")
	if err := os.WriteFile(p, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	s := neo4jtest.Store(t)
	authn, err := auth.New(context.Background(), s, &auth.JWTConfig{JWKS: p, Issuer: jwtIssuer, Audience: jwtAudience})
	if err != nil {
		t.Fatal(err)
	}
	a := newWriteAPI(t, httpapi.Config{Auth: authn})
	sign := func(c jwt.MapClaims) string {
		tok := jwt.NewWithClaims(jwt.SigningMethodES256, c)
		tok.Header["kid"] = "ec1"
		str, err := tok.SignedString(key)
		if err != nil {
			t.Fatal(err)
		}
		return str
	}
	d := a.must(sign(validClaims("editor")), `mutation { assertOrganization(input: {name: "Hội Cựu chiến binh Quận 3", type: ASSOCIATION}) { source { by } } }`, nil)
	if at(t, d, "assertOrganization", "source", "by") != "jwt:committee-member-7" {
		t.Errorf("ES256 edit = %v", d)
	}
	wrongAud := validClaims("editor")
	wrongAud["aud"] = "another-service"
	if c := a.code(sign(wrongAud), `{ stats { people } }`, nil); c != hoigraph.EUNAUTHENTICATED {
		t.Errorf("ES256 with the wrong audience: %q", c)
	}
}

func TestRS256FromAJWKSFileAndARoleClaimPath(t *testing.T) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := rsa.GenerateKey(rand.Reader, 2048)
	s := neo4jtest.Store(t)
	authn, err := auth.New(context.Background(), s, &auth.JWTConfig{JWKS: jwks(t, key, "k1"), Issuer: jwtIssuer, Audience: jwtAudience, RoleClaim: "realm_access.roles"})
	if err != nil {
		t.Fatal(err)
	}
	a := newWriteAPI(t, httpapi.Config{Auth: authn})
	sign := func(k *rsa.PrivateKey, roles []string) string {
		c := validClaims("")
		delete(c, "role")
		c["realm_access"] = map[string]any{"roles": roles}
		tok := jwt.NewWithClaims(jwt.SigningMethodRS256, c)
		tok.Header["kid"] = "k1"
		str, err := tok.SignedString(k)
		if err != nil {
			t.Fatal(err)
		}
		return str
	}
	d := a.must(sign(key, []string{"offline_access", "reader", "editor"}), `mutation { assertOrganization(input: {name: "Hội Cựu chiến binh Quận 3", type: ASSOCIATION}) { source { by } } }`, nil)
	if at(t, d, "assertOrganization", "source", "by") != "jwt:committee-member-7" {
		t.Errorf("RS256 edit = %v", d)
	}
	if c := a.code(sign(other, []string{"editor"}), `{ stats { people } }`, nil); c != hoigraph.EUNAUTHENTICATED {
		t.Errorf("signed by a key not in the JWKS: %q", c)
	}
	// An HS256 token signed with the RSA public key as secret (the
	// algorithm confusion attack) is refused: only RS256/ES256 are valid.
	pub := key.PublicKey.N.Bytes()
	if c := a.code(a.hs256(validClaims("admin"), pub), `{ stats { people } }`, nil); c != hoigraph.EUNAUTHENTICATED {
		t.Errorf("HS256 against a JWKS: %q", c)
	}
}

// The article an editor ingests: it gives Hội Người mù Quận 3, which
// nobody oversaw, an overseer.
const ingestText = "Quận 3 phân công phụ trách hội.\n\nBan Dân vận Quận ủy Quận 3 phụ trách Hội Người mù Quận 3."

func TestEditorIngestChangesOversightWithNewProvenance(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{})
	editor := a.token("alice", hoigraph.RoleEditor, 0)
	q := `query($o: ID!) { oversight(filter: {object: $o}) { totalCount nodes { overseer { ... on Organization { name } } provenance { evidence source { title kind by at note } } } } }`
	vars := map[string]any{"o": oid(nguoiMu)}
	if n := at(t, a.query(q, vars), "oversight", "totalCount"); n != float64(0) {
		t.Fatalf("before: %v", n)
	}
	before := neo4jtest.Dump(t, a.store)

	ingest := `mutation($t: String!, $dry: Boolean) { ingestArticle(input: {text: $t, title: "Phân công phụ trách", date: "2024-05-02", publisher: "Báo thử", note: "from the committee's meeting", dryRun: $dry}) {
  dryRun unchanged source { id title by } facts { kind subject object relation evidence } } }`
	d := a.must(editor, ingest, map[string]any{"t": ingestText, "dry": true})
	var resp []any
	for _, f := range at(t, d, "ingestArticle", "facts").([]any) {
		if at(t, f, "kind") == "responsible_for" {
			resp = append(resp, f)
		}
	}
	if len(resp) != 1 || at(t, resp[0], "subject") != banDanVan || at(t, resp[0], "object") != nguoiMu ||
		!strings.Contains(at(t, resp[0], "evidence").(string), "phụ trách Hội Người mù") {
		t.Fatalf("dry run facts = %v", at(t, d, "ingestArticle", "facts"))
	}
	if after := neo4jtest.Dump(t, a.store); !slices.Equal(before, after) {
		t.Fatal("a dry run wrote to the graph")
	}

	d = a.must(editor, ingest, map[string]any{"t": ingestText})
	if at(t, d, "ingestArticle", "dryRun") != false || at(t, d, "ingestArticle", "source", "by") != "token:alice" {
		t.Fatalf("ingest = %v", d)
	}
	o := a.query(q, vars)
	if at(t, o, "oversight", "totalCount") != float64(1) || at(t, o, "oversight", "nodes", 0, "overseer", "name") != banDanVan {
		t.Fatalf("after ingest: %v", o)
	}
	src := at(t, o, "oversight", "nodes", 0, "provenance", 0, "source")
	if at(t, src, "title") != "Phân công phụ trách" || at(t, src, "kind") != "article" || at(t, src, "by") != "token:alice" ||
		at(t, src, "note") != "from the committee's meeting" || at(t, src, "at") == nil {
		t.Errorf("provenance source = %v", src)
	}
	// The same text again changes nothing.
	if d := a.must(editor, ingest, map[string]any{"t": ingestText}); at(t, d, "ingestArticle", "unchanged") != true {
		t.Errorf("second ingest = %v", d)
	}

	// Retracting it leaves oversight as it was.
	id := at(t, d, "ingestArticle", "source", "id").(string)
	a.must(editor, `mutation($id: ID!) { retractSource(id: $id, note: "wrong article") { source { kind } } }`, map[string]any{"id": id})
	if n := at(t, a.query(q, vars), "oversight", "totalCount"); n != float64(0) {
		t.Errorf("after retraction: %v", n)
	}
	admin := a.token("root", hoigraph.RoleAdmin, 0)
	// The ingested source is gone; its retraction stays in the audit list
	// and says who had written it.
	audit := a.must(admin, `{ audit { totalCount nodes { by action target note source { title } } } }`, nil)
	if got := fmt.Sprint(pluck(at(t, audit, "audit", "nodes").([]any), "action")); got != "[retractSource]" {
		t.Errorf("audit actions = %s", got)
	}
	if e := at(t, audit, "audit", "nodes", 0); at(t, e, "target") != id || at(t, e, "note") != "wrong article" ||
		!strings.Contains(at(t, e, "source", "title").(string), "Phân công phụ trách (written by token:alice at ") {
		t.Errorf("retraction entry = %v", e)
	}
}

func TestIngestAFileByMultipartUpload(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{MaxUpload: 4096})
	editor := a.token("alice", hoigraph.RoleEditor, 0)
	upload := func(query, name string, content []byte) (int, response, string) {
		return a.upload(editor, query, name, content)
	}
	_, res, raw := upload(`mutation($f: Upload) { ingestArticle(input: {text: "", file: $f}) { source { file } facts { kind } } }`, "bai-viet.txt", []byte(ingestText))
	if len(res.Errors) > 0 || at(t, res.Data, "ingestArticle", "source", "file") != "bai-viet.txt" {
		t.Fatalf("upload: %s", raw)
	}
	if n := at(t, a.query(`query($o: ID!) { oversight(filter: {object: $o}) { totalCount } }`, map[string]any{"o": oid(nguoiMu)}), "oversight", "totalCount"); n != float64(1) {
		t.Errorf("oversight after the upload: %v", n)
	}
	// Over the upload limit: refused, nothing written.
	before := neo4jtest.Dump(t, a.store)
	_, res, raw = upload(`mutation($f: Upload) { ingestArticle(input: {text: "", file: $f}) { source { file } } }`, "lon.txt", bytes.Repeat([]byte(ingestText+"\n"), 100))
	if len(res.Errors) == 0 {
		t.Errorf("an upload over the limit passed: %s", raw)
	}
	if after := neo4jtest.Dump(t, a.store); !slices.Equal(before, after) {
		t.Error("a refused upload changed the graph")
	}
}

func TestARejectedFactLeavesOversightAndStatsAndReturnsWithTheFlag(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{})
	editor := a.token("alice", hoigraph.RoleEditor, 0)
	over := `query($o: ID!, $all: Boolean) { oversight(filter: {object: $o, includeRejected: $all}) { totalCount nodes { id overseer { ... on Organization { name } } review { status by reason } } } }`
	vars := map[string]any{"o": oid(chuThapDo)}
	o := a.query(over, vars)
	if at(t, o, "oversight", "totalCount") != float64(1) || at(t, o, "oversight", "nodes", 0, "review") != nil {
		t.Fatalf("before: %v", o)
	}
	id := at(t, o, "oversight", "nodes", 0, "id").(string)
	stats := `query($all: Boolean) { stats(filter: {includeRejected: $all}) { associationsByOverseer { key count } associationsByOverseerType { key count } } }`
	count := func(d map[string]any, key string) any {
		for _, c := range at(t, d, "stats", "associationsByOverseer").([]any) {
			if at(t, c, "key") == key {
				return at(t, c, "count")
			}
		}
		return nil
	}
	if c := count(a.query(stats, nil), banDanVan); c != float64(1) {
		t.Fatalf("stats before: %v", c)
	}

	// The queue has it, least confident first, and it is filterable.
	queue := `query($types: [RelationType!], $area: String, $reviewed: Boolean) { reviewQueue(filter: {types: $types, area: $area, reviewed: $reviewed}) { totalCount nodes { id type confidence review { status by } } } }`
	qd := a.must(editor, queue, map[string]any{"types": []string{"RESPONSIBLE_FOR"}})
	ids := pluck(at(t, qd, "reviewQueue", "nodes").([]any), "id")
	if !slices.Contains(ids, any(id)) {
		t.Fatalf("queue %v lacks %s", ids, id)
	}
	for _, n := range at(t, qd, "reviewQueue", "nodes").([]any) {
		if at(t, n, "type") != "RESPONSIBLE_FOR" {
			t.Errorf("queue filtered by kind holds %v", n)
		}
	}
	// The edge the curated file also asserts is vouched for: last.
	confs := pluck(at(t, qd, "reviewQueue", "nodes").([]any), "confidence")
	if !slices.IsSortedFunc(confs, func(x, y any) int { return int((x.(float64) - y.(float64)) * 1000) }) {
		t.Errorf("queue not least confident first: %v", confs)
	}
	if n := at(t, a.must(editor, queue, map[string]any{"area": "Quận 9"}), "reviewQueue", "totalCount"); n != float64(0) {
		t.Errorf("queue of another area: %v", n)
	}

	d := a.must(editor, `mutation($id: ID!) { reviewFact(input: {fact: $id, status: REJECTED, reason: "Ban Dân vận không phụ trách hội này"}) { id review { status by at reason } } }`, map[string]any{"id": id})
	if at(t, d, "reviewFact", "review", "status") != "REJECTED" || at(t, d, "reviewFact", "review", "by") != "token:alice" {
		t.Fatalf("review = %v", d)
	}
	if c := a.code(editor, `mutation($id: ID!) { reviewFact(input: {fact: $id, status: REJECTED}) { id } }`, map[string]any{"id": id}); c != hoigraph.EINVALID {
		t.Errorf("rejection without a reason: %q", c)
	}

	if n := at(t, a.query(over, vars), "oversight", "totalCount"); n != float64(0) {
		t.Errorf("rejected fact still in oversight: %v", n)
	}
	if c := count(a.query(stats, nil), banDanVan); c != nil {
		t.Errorf("rejected fact still counted in stats: %v", c)
	}
	un := a.query(`{ oversight { unassigned { name } } }`, nil)
	if !slices.Contains(names(t, at(t, un, "oversight", "unassigned")), chuThapDo) {
		t.Errorf("a body whose only overseer was rejected is not unassigned: %v", un)
	}
	o = a.query(over, map[string]any{"o": oid(chuThapDo), "all": true})
	if at(t, o, "oversight", "totalCount") != float64(1) || at(t, o, "oversight", "nodes", 0, "review", "status") != "REJECTED" ||
		at(t, o, "oversight", "nodes", 0, "review", "reason") != "Ban Dân vận không phụ trách hội này" {
		t.Errorf("with includeRejected: %v", o)
	}
	if c := count(a.query(stats, map[string]any{"all": true}), banDanVan); c != float64(1) {
		t.Errorf("stats with includeRejected: %v", c)
	}
	if ids := pluck(at(t, a.must(editor, queue, nil), "reviewQueue", "nodes").([]any), "id"); slices.Contains(ids, any(id)) {
		t.Errorf("a reviewed fact is still waiting")
	}
	if ids := pluck(at(t, a.must(editor, queue, map[string]any{"reviewed": true}), "reviewQueue", "nodes").([]any), "id"); !slices.Contains(ids, any(id)) {
		t.Errorf("reviewed list lacks the fact: %v", ids)
	}

	// A confirmation shows who confirmed.
	hid := at(t, a.query(`query($o: ID!) { organization(id: $o) { posts { holders { id } } } }`, map[string]any{"o": oid(banDanVan)}), "organization", "posts", 0, "holders", 0, "id")
	d = a.must(editor, `mutation($id: ID!) { reviewFact(input: {fact: $id, status: CONFIRMED}) { review { status by } } }`, map[string]any{"id": hid})
	h := a.query(`query($o: ID!) { organization(id: $o) { posts { holders { review { status by } } } } }`, map[string]any{"o": oid(banDanVan)})
	if at(t, h, "organization", "posts", 0, "holders", 0, "review", "status") != "CONFIRMED" || at(t, h, "organization", "posts", 0, "holders", 0, "review", "by") != "token:alice" {
		t.Errorf("confirmed holding = %v", h)
	}
	admin := a.token("root", hoigraph.RoleAdmin, 0)
	audit := a.must(admin, `{ audit { totalCount nodes { by action target note } } }`, nil)
	if at(t, audit, "audit", "totalCount") != float64(2) || at(t, audit, "audit", "nodes", 1, "action") != "reviewFact" || at(t, audit, "audit", "nodes", 1, "target") != id {
		t.Errorf("audit = %v", audit)
	}
}

func TestTwoEditorsAssertingOneEdgeAtOnceGiveOneEdgeWithTwoSources(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{})
	editors := []string{a.token("alice", hoigraph.RoleEditor, 0), a.token("bob", hoigraph.RoleEditor, 0)}
	for round, object := range []string{nguoiMu, huuTri, chuThapDo} {
		var wg sync.WaitGroup
		errs := make([]string, len(editors))
		for i, tok := range editors {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, res, raw := a.do(tok, `mutation($f: String!, $o: String!) { assertResponsibility(input: {overseer: $f, object: $o, kind: "in_charge", since: "2024-01"}) { source { id } } }`,
					map[string]any{"f": oid(banToChuc), "o": oid(object)})
				if len(res.Errors) > 0 {
					errs[i] = raw
				}
			}()
		}
		wg.Wait()
		for _, e := range errs {
			if e != "" {
				t.Fatalf("round %d: %s", round, e)
			}
		}
		o := a.query(`query($f: ID!, $o: ID!) { oversight(filter: {overseer: $f, object: $o}) { totalCount nodes { kind since provenance { source { by kind } } } } }`,
			map[string]any{"f": oid(banToChuc), "o": oid(object)})
		var in []any
		for _, n := range at(t, o, "oversight", "nodes").([]any) {
			if at(t, n, "kind") == "in_charge" {
				in = append(in, n)
			}
		}
		if len(in) != 1 {
			t.Fatalf("round %d: %d in_charge edges: %v", round, len(in), o)
		}
		var by []string
		for _, p := range at(t, in[0], "provenance").([]any) {
			by = append(by, at(t, p, "source", "by").(string))
		}
		slices.Sort(by)
		if join(by) != "token:alice | token:bob" {
			t.Errorf("round %d: sources by %v", round, by)
		}
	}
}

func TestAssertAndEndHoldingAndOrganization(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{})
	editor := a.token("alice", hoigraph.RoleEditor, 0)
	d := a.must(editor, `mutation($p: String!) { assertOrganization(input: {name: "Hội Cựu chiến binh Quận 3", type: ASSOCIATION, parent: $p}) { source { id } } }`, map[string]any{"p": oid(quanUy)})
	_ = d
	org := a.idOf("Hội Cựu chiến binh Quận 3", "ORGANIZATION")
	o := a.query(`query($id: ID!) { organization(id: $id) { type parent { name } } }`, map[string]any{"id": org})
	if at(t, o, "organization", "type") != "ASSOCIATION" || at(t, o, "organization", "parent", "name") != quanUy {
		t.Errorf("asserted body = %v", o)
	}
	pid := a.idOf(huong, "PERSON")
	a.must(editor, `mutation($p: String!, $b: String!) { assertHolding(input: {person: $p, post: "Chủ tịch", body: $b, since: "2024-03"}) { source { id } } }`, map[string]any{"p": pid, "b": org})
	q := `query($id: ID!) { person(id: $id) { holdings { post { title organization { name } } since until current provenance { source { by } } } } }`
	var held any
	for _, h := range at(t, a.query(q, map[string]any{"id": pid}), "person", "holdings").([]any) {
		if at(t, h, "post", "organization", "name") == "Hội Cựu chiến binh Quận 3" {
			held = h
		}
	}
	if held == nil || at(t, held, "since") != "2024-03" || at(t, held, "current") != true || at(t, held, "provenance", 0, "source", "by") != "token:alice" {
		t.Fatalf("asserted holding = %v", held)
	}
	a.must(editor, `mutation($p: String!, $b: String!) { endHolding(input: {person: $p, post: "Chủ tịch", body: $b, until: "2025-01"}) { source { id } } }`, map[string]any{"p": pid, "b": org})
	for _, h := range at(t, a.query(q, map[string]any{"id": pid}), "person", "holdings").([]any) {
		if at(t, h, "post", "organization", "name") == "Hội Cựu chiến binh Quận 3" && (at(t, h, "until") != "2025-01" || at(t, h, "current") != false) {
			t.Errorf("ended holding = %v", h)
		}
	}
	if c := a.code(editor, `mutation($p: String!, $b: String!) { endHolding(input: {person: $p, post: "Chủ tịch", body: $b, until: "2025-02"}) { source { id } } }`, map[string]any{"p": pid, "b": org}); c != hoigraph.ECONFLICT {
		t.Errorf("ending twice: %q", c)
	}
	if c := a.code(editor, `mutation { endResponsibility(input: {overseer: "org:nothing", object: "org:none", until: "2024"}) { source { id } } }`, nil); c != hoigraph.ENOTFOUND {
		t.Errorf("ending a missing fact: %q", c)
	}
	if c := a.code(editor, `mutation { assertHolding(input: {person: "Lê Văn Tám", post: "Chủ tịch", body: "Hội Người mù Quận 3", since: "16/11/2020"}) { source { id } } }`, nil); c != hoigraph.EINVALID {
		t.Errorf("bad date: %q", c)
	}
}

func TestACuratedUploadFailingMidwayWritesNothing(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{})
	editor := a.token("alice", hoigraph.RoleEditor, 0)
	upload := func(name, content string) (response, string) {
		_, res, raw := a.upload(editor, "mutation($f: Upload!) { uploadCurated(input: {file: $f}) { facts { kind } nodesCreated } }", name, []byte(content))
		return res, raw
	}
	before := neo4jtest.Dump(t, a.store)
	// A bad date on line 3: the loader's line-and-field error, in extensions.
	res, raw := upload("phan-cong.csv", "overseer,object,since\n"+banToChuc+","+nguoiMu+",2020-11\n"+banToChuc+","+chuThapDo+",2020-02-30x\n")
	if len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != hoigraph.EINVALID || res.Errors[0].Extensions["line"] != float64(3) || res.Errors[0].Extensions["field"] != "since" {
		t.Errorf("bad row: %s", raw)
	}
	// A name Neo4j refuses to index, on the last row: the rows before it
	// were sent in the same transaction, which rolls back.
	huge := "Hội " + strings.Repeat("Người cao tuổi ", 3000) + "Quận 3"
	res, raw = upload("phan-cong.csv", "overseer,object,since\n"+banToChuc+","+nguoiMu+",2020-11\n"+banToChuc+","+huge+",2020-11\n")
	if len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != hoigraph.EINVALID {
		t.Errorf("refused value: %.300s", raw)
	}
	if strings.Contains(raw, "Neo.") || strings.Contains(raw, "Property value") {
		t.Errorf("Neo4j's error reached the client: %.300s", raw)
	}
	if after := neo4jtest.Dump(t, a.store); !slices.Equal(before, after) {
		t.Errorf("a failed upload changed the graph (%d lines → %d)", len(before), len(after))
	}
	// The same file without the bad row loads.
	res, raw = upload("phan-cong.csv", "overseer,object,since\n"+banToChuc+","+nguoiMu+",2020-11\n")
	if len(res.Errors) > 0 {
		t.Errorf("good upload: %s", raw)
	}
}

func TestWritesPerMinuteAreLimitedPerToken(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{})
	slow := a.token("slow", hoigraph.RoleEditor, 2)
	other := a.token("other", hoigraph.RoleEditor, 0)
	q := `mutation { assertOrganization(input: {name: "Hội Cựu chiến binh Quận 3", type: ASSOCIATION}) { source { id } } }`
	a.must(slow, q, nil)
	a.must(slow, q, nil)
	if c := a.code(slow, q, nil); c != hoigraph.ERATELIMITED {
		t.Errorf("third write in a minute: %q", c)
	}
	a.must(slow, `{ stats { people } }`, nil) // reads are not limited
	a.must(other, q, nil)                     // nor other tokens
}

// The issue's acceptance story: with an editor token, a committee member
// ingests an article, rejects one wrong fact of it and adds an assignment
// no article states; the oversight question then shows the result, each
// edge with who said it.
func TestACommitteeMemberIngestsRejectsAndAssigns(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{})
	editor := a.token("Ban Dân vận Quận 3", hoigraph.RoleEditor, 0)
	text := "Quận 3 phân công phụ trách hội.\n\nBan Dân vận Quận ủy Quận 3 phụ trách Hội Người mù Quận 3. Ban Tổ chức Quận ủy Quận 3 phụ trách Câu lạc bộ Hưu trí Quận 3."
	a.must(editor, `mutation($t: String!) { ingestArticle(input: {text: $t, title: "Phân công 2024", date: "2024-05-02"}) { source { id } } }`, map[string]any{"t": text})

	over := `query { oversight(filter: {area: "Quận 3", objectType: ASSOCIATION}, first: 50) { nodes { id kind
  overseer { ... on Organization { name } } object { ... on Organization { name } }
  provenance { source { title kind by } } } } }`
	find := func(d map[string]any, from, to string) []any {
		var out []any
		for _, n := range at(t, d, "oversight", "nodes").([]any) {
			if at(t, n, "overseer", "name") == from && at(t, n, "object", "name") == to {
				out = append(out, n)
			}
		}
		return out
	}
	d := a.query(over, nil)
	wrong := find(d, banToChuc, huuTri)
	var fromArticle any
	for _, n := range wrong {
		for _, p := range at(t, n, "provenance").([]any) {
			if at(t, p, "source", "title") == "Phân công 2024" {
				fromArticle = n
			}
		}
	}
	if fromArticle == nil || len(find(d, banDanVan, nguoiMu)) != 1 {
		t.Fatalf("after ingest: %v", d)
	}
	a.must(editor, `mutation($id: ID!) { reviewFact(input: {fact: $id, status: REJECTED, reason: "Ban Tổ chức thôi phụ trách từ 2019"}) { id } }`,
		map[string]any{"id": at(t, fromArticle, "id")})
	a.must(editor, `mutation($f: String!, $o: String!) { assertResponsibility(input: {overseer: $f, object: $o, kind: "political_leadership", since: "2024-05", note: "Quyết định 12-QĐ/QU"}) { source { id } } }`,
		map[string]any{"f": oid(banDanVan), "o": oid(huuTri)})

	d = a.query(over, nil)
	for _, n := range find(d, banToChuc, huuTri) {
		if at(t, n, "id") == at(t, fromArticle, "id") {
			t.Errorf("the rejected fact is still answered: %v", n)
		}
	}
	added := find(d, banDanVan, huuTri)
	if len(added) != 1 || at(t, added[0], "provenance", 0, "source", "by") != "token:Ban Dân vận Quận 3" || at(t, added[0], "provenance", 0, "source", "kind") != "edit" {
		t.Errorf("the assignment = %v", added)
	}
	ingested := find(d, banDanVan, nguoiMu)
	if len(ingested) != 1 || at(t, ingested[0], "provenance", 0, "source", "by") != "token:Ban Dân vận Quận 3" || at(t, ingested[0], "provenance", 0, "source", "kind") != "article" {
		t.Errorf("the ingested fact = %v", ingested)
	}
}

// A review is a statement of its own: the rejected fact outlives its
// article's retraction and reload, still rejected, and retracting the
// review makes it count again.
func TestAReviewOutlivesItsArticleAndCanBeRetracted(t *testing.T) {
	a := newWriteAPI(t, httpapi.Config{})
	editor := a.token("alice", hoigraph.RoleEditor, 0)
	over := `query($all: Boolean) { oversight(filter: {object: "` + oid(chuThapDo) + `", includeRejected: $all}) { totalCount nodes { id review { status } provenance { evidence source { id kind } } } } }`
	id := at(t, a.query(over, nil), "oversight", "nodes", 0, "id")
	d := a.must(editor, `mutation($id: ID!) { reviewFact(input: {fact: $id, status: REJECTED, reason: "sai ban"}) { review { source } } }`, map[string]any{"id": id})
	review := at(t, d, "reviewFact", "review", "source")

	article := at(t, a.query(over, map[string]any{"all": true}), "oversight", "nodes", 0, "provenance", 0, "source", "id")
	a.must(editor, `mutation($id: ID!) { retractSource(id: $id) { source { id } } }`, map[string]any{"id": article})
	o := a.query(over, map[string]any{"all": true})
	if at(t, o, "oversight", "totalCount") != float64(1) || at(t, o, "oversight", "nodes", 0, "review", "status") != "REJECTED" ||
		at(t, o, "oversight", "nodes", 0, "provenance", 0, "evidence") != "sai ban" || at(t, o, "oversight", "nodes", 0, "provenance", 0, "source", "kind") != "edit" {
		t.Fatalf("after retracting the article: %v", o)
	}
	// The article loaded again: the fact is still rejected.
	if st, err := a.store.WriteDocuments(context.Background(), quan3Docs()[:1]); err != nil || st.Documents != 1 {
		t.Fatalf("reload: %+v %v", st, err)
	}
	if n := at(t, a.query(over, nil), "oversight", "totalCount"); n != float64(0) {
		t.Errorf("a reloaded article undid the rejection: %v", n)
	}
	if n := len(at(t, a.query(over, map[string]any{"all": true}), "oversight", "nodes", 0, "provenance").([]any)); n != 2 {
		t.Errorf("provenance after reload: %d entries", n)
	}
	// Retracting the review: the fact counts again, unreviewed.
	a.must(editor, `mutation($id: ID!) { retractSource(id: $id) { source { id } } }`, map[string]any{"id": review})
	o = a.query(over, nil)
	if at(t, o, "oversight", "totalCount") != float64(1) || at(t, o, "oversight", "nodes", 0, "review") != nil {
		t.Errorf("after retracting the review: %v", o)
	}
}
