package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"hoigraph/auth"
	"hoigraph/httpapi"
	"hoigraph/loader"
	"hoigraph/store"
)

func init() {
	commands["serve"] = command{"serve the analyst page (/), GraphQL (/graphql), GraphiQL (/graphiql), exports (/export/{format}), /healthz and /metrics", runServe}
}

func runServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfg := neo4jFlags(fs)
	listen := fs.String("listen", envOr("HOIGRAPH_LISTEN", "127.0.0.1:8080"), "address to listen on (env HOIGRAPH_LISTEN)")
	introspection := fs.Bool("introspection", envBool("HOIGRAPH_INTROSPECTION", true), "let clients read the schema (env HOIGRAPH_INTROSPECTION)")
	timeout := fs.Duration("timeout", httpapi.DefaultTimeout, "time limit of one request, Cypher included")
	maxDepth := fs.Int("max-depth", httpapi.DefaultMaxDepth, "deepest nesting of a query")
	maxComplexity := fs.Int("max-complexity", httpapi.DefaultMaxComplexity, "complexity limit of a query: one per field, a root list's fields once per item")
	maxBody := fs.Int64("max-body", httpapi.DefaultMaxBodyBytes, "largest request body in bytes; a larger one is answered with 413")
	maxAnswer := fs.Int64("max-answer", httpapi.DefaultMaxAnswerBytes, "largest answer in bytes; a larger one is replaced by an INVALID error")
	hosts := fs.String("allowed-hosts", os.Getenv("HOIGRAPH_ALLOWED_HOSTS"), "comma-separated host names the API answers to, others get 421 (env HOIGRAPH_ALLOWED_HOSTS; default the -listen host and localhost)")
	logLevel := fs.String("log-level", envOr("HOIGRAPH_LOG_LEVEL", "info"), "debug, info, warn or error (env HOIGRAPH_LOG_LEVEL)")
	gazPath := fs.String("gazetteer", "", gazetteerUsage+"; for ingestArticle, as in load")
	tokenRequired := fs.Bool("token-required", envBool("HOIGRAPH_TOKEN_REQUIRED", false), "refuse callers without a token (reads too); set it for a deployment (env HOIGRAPH_TOKEN_REQUIRED)")
	writesPerMinute := fs.Int("writes-per-minute", envInt("HOIGRAPH_WRITES_PER_MINUTE", httpapi.DefaultWritesPerMinute), "mutations per minute per caller, unless its token says otherwise (env HOIGRAPH_WRITES_PER_MINUTE)")
	maxUpload := fs.Int64("max-upload", int64(envInt("HOIGRAPH_MAX_UPLOAD", httpapi.DefaultMaxUpload)), "bytes of an editor's upload, unless its token says otherwise (env HOIGRAPH_MAX_UPLOAD)")
	pool := fs.Int("neo4j-connections", envInt("HOIGRAPH_NEO4J_CONNECTIONS", store.DefaultMaxConnections), "Bolt connections to Neo4j at most, so statements running at once (env HOIGRAPH_NEO4J_CONNECTIONS)")
	pprofAddr := fs.String("pprof", "", "serve Go's profiles (/debug/pprof/) on this loopback address, for benchmarks; off when empty")
	jc := jwtFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *pprofAddr != "" {
		if err := servePprof(*pprofAddr); err != nil {
			return err
		}
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return fmt.Errorf("-log-level: %w", err)
	}
	tuneGC(os.Getenv)
	// Info lines (a line per request) are written in batches; a warning
	// or an error at once (flushing what waits before it).
	lines := newLogBuffer(os.Stderr)
	defer lines.Close()
	log := slog.New(flushAbove{slog.NewJSONHandler(lines, &slog.HandlerOptions{Level: level}), lines})

	// A client waits for its answer: while Neo4j is down, say so within a
	// second rather than retrying for the whole request timeout.
	cfg.RetryTime = time.Second
	cfg.MaxConnections = *pool
	s, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())

	gaz, x, err := openExtractor(*gazPath)
	if err != nil {
		return err
	}
	jwtCfg, err := jc.config()
	if err != nil {
		return err
	}
	authn, err := auth.New(ctx, s, jwtCfg)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *listen, err)
	}
	srv := httpapi.New(httpapi.Config{
		Store: s, Logger: log, Timeout: *timeout, Introspection: *introspection,
		MaxDepth: *maxDepth, MaxComplexity: *maxComplexity, MaxBodyBytes: *maxBody, MaxAnswerBytes: *maxAnswer,
		Loader: &loader.Loader{Store: s, Extractor: x, Gazetteer: gaz},
		Auth:   authn, TokenRequired: *tokenRequired, WritesPerMinute: *writesPerMinute, MaxUpload: *maxUpload,
		Hosts: allowedHosts(*hosts, *listen),
	})
	// Plan the area reads now, not on the first analyst's request.
	go func() {
		t0 := time.Now()
		if err := s.WarmUp(ctx); err != nil {
			log.Warn("warm-up of the area reads failed", "err", err)
			return
		}
		log.Info("planned the area reads", "seconds", time.Since(t0).Seconds())
	}()
	log.Info("serving GraphQL", "url", "http://"+ln.Addr().String()+"/graphql", "neo4j", s.URI(), "introspection", *introspection,
		"token_required", *tokenRequired, "jwt", jwtCfg != nil)
	if err := srv.Serve(ctx, ln); err != nil {
		return fmt.Errorf("serve on %s: %w", *listen, err)
	}
	log.Info("stopped")
	return nil
}

// Garbage collection of a serving process, unless GOGC or GOMEMLIMIT say
// otherwise. The server keeps a small heap (~20 MB) and makes a lot of
// short-lived garbage (~50 KB per request, half of it the driver's): at
// GOGC 400 it collected twice a second under load, 5% of its CPU. At 1600
// it collects a quarter as often, for a heap of ~350 MB at most; the soft
// limit keeps a large live heap (an export) from growing 17-fold, the
// collector working harder instead as the heap nears it.
const (
	serveGCPercent  = 1600
	serveSoftMemory = 1 << 30
)

// tuneGC sets serve's collector settings where getenv (os.Getenv) finds
// none, and says what it set.
func tuneGC(getenv func(string) string) (percent int, limit int64) {
	percent, limit = -2, -1 // unchanged
	if getenv("GOGC") == "" {
		percent = serveGCPercent
		debug.SetGCPercent(percent)
	}
	if getenv("GOMEMLIMIT") == "" {
		limit = serveSoftMemory
		debug.SetMemoryLimit(limit)
	}
	return percent, limit
}

// flushAbove is a handler whose records above info are written out at once,
// with the lines buffered before them.
type flushAbove struct {
	slog.Handler
	lines *logBuffer
}

func (h flushAbove) Handle(ctx context.Context, r slog.Record) error {
	err := h.Handler.Handle(ctx, r)
	if r.Level > slog.LevelInfo {
		h.lines.Flush()
	}
	return err
}

func (h flushAbove) WithAttrs(as []slog.Attr) slog.Handler {
	return flushAbove{h.Handler.WithAttrs(as), h.lines}
}

func (h flushAbove) WithGroup(name string) slog.Handler {
	return flushAbove{h.Handler.WithGroup(name), h.lines}
}

// servePprof serves the runtime's profiles on their own listener, never on
// the API's, and only on the loopback interface: a profile shows what the
// server is doing, to whoever runs it.
func servePprof(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("-pprof %s: only a loopback address (127.0.0.1:PORT)", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("-pprof: listen on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	go func() { _ = http.Serve(ln, mux) }()
	return nil
}

// envBool reads a boolean environment variable, fallback when unset or
// unreadable.
func envBool(key string, fallback bool) bool {
	if b, err := strconv.ParseBool(os.Getenv(key)); err == nil {
		return b
	}
	return fallback
}

// envInt reads an integer environment variable, fallback when unset or
// unreadable.
func envInt(key string, fallback int) int {
	if n, err := strconv.Atoi(os.Getenv(key)); err == nil {
		return n
	}
	return fallback
}

// jwtOptions are serve's JWT flags; JWTs are accepted when an issuer is
// set.
type jwtOptions struct {
	issuer, audience, secretFile, jwks, roleClaim, nameClaim *string
}

func jwtFlags(fs *flag.FlagSet) jwtOptions {
	return jwtOptions{
		issuer:     fs.String("jwt-issuer", os.Getenv("HOIGRAPH_JWT_ISSUER"), "accept JWTs from this issuer (iss); empty: no JWTs (env HOIGRAPH_JWT_ISSUER)"),
		audience:   fs.String("jwt-audience", os.Getenv("HOIGRAPH_JWT_AUDIENCE"), "the audience (aud) JWTs must name (env HOIGRAPH_JWT_AUDIENCE)"),
		secretFile: fs.String("jwt-secret-file", os.Getenv("HOIGRAPH_JWT_SECRET_FILE"), "file holding the HS256 shared secret (env HOIGRAPH_JWT_SECRET_FILE; or the secret itself in HOIGRAPH_JWT_SECRET)"),
		jwks:       fs.String("jwt-jwks", os.Getenv("HOIGRAPH_JWT_JWKS"), "JWKS file or https URL of the RS256/ES256 keys (env HOIGRAPH_JWT_JWKS)"),
		roleClaim:  fs.String("jwt-role-claim", envOr("HOIGRAPH_JWT_ROLE_CLAIM", "role"), "claim holding the role, a dotted path, a name or a list (env HOIGRAPH_JWT_ROLE_CLAIM)"),
		nameClaim:  fs.String("jwt-name-claim", envOr("HOIGRAPH_JWT_NAME_CLAIM", "sub"), "claim recorded as the author of edits (env HOIGRAPH_JWT_NAME_CLAIM)"),
	}
}

// config is nil when no issuer is set. The secret comes from a file or
// the environment, never a flag, so that it is not in the process list.
func (o jwtOptions) config() (*auth.JWTConfig, error) {
	if *o.issuer == "" {
		return nil, nil
	}
	c := &auth.JWTConfig{Issuer: *o.issuer, Audience: *o.audience, JWKS: *o.jwks, RoleClaim: *o.roleClaim, NameClaim: *o.nameClaim}
	switch {
	case *o.secretFile != "":
		b, err := os.ReadFile(*o.secretFile)
		if err != nil {
			return nil, fmt.Errorf("-jwt-secret-file: %w", err)
		}
		c.Secret = []byte(strings.TrimSpace(string(b)))
	case os.Getenv("HOIGRAPH_JWT_SECRET") != "":
		c.Secret = []byte(os.Getenv("HOIGRAPH_JWT_SECRET"))
	}
	return c, nil
}

// allowedHosts is the -allowed-hosts list, or the default for listen.
func allowedHosts(flag, listen string) []string {
	var out []string
	for _, h := range strings.Split(flag, ",") {
		if h = strings.TrimSpace(h); h != "" {
			out = append(out, h)
		}
	}
	if len(out) == 0 {
		return httpapi.DefaultHosts(listen)
	}
	return out
}
