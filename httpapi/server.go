// Package httpapi is hoigraph's HTTP server: the analyst page at / (built
// from web/ into page/), GraphQL at /graphql, GraphiQL at /graphiql (the
// assets of both embedded, so they work with no internet), exports at
// /export/{format}, /healthz and /metrics. It owns the safety of the API — request timeouts, depth and
// complexity limits, client-safe errors — and its operability: Prometheus
// metrics and structured logs.
package httpapi

import (
	"context"
	"embed"
	"errors"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"golang.org/x/time/rate"

	"hoigraph"
	"hoigraph/auth"
	"hoigraph/graph"
	"hoigraph/internal/gqlfast"
	"hoigraph/loader"
	"hoigraph/resolvers"
	"hoigraph/store"
)

//go:embed static
var static embed.FS

// page is the analyst page, bundled from web/ by esbuild (make -C web, or
// `npm run build` there); make test checks that it matches its sources.
//
//go:embed page
var page embed.FS

// Config is what the server needs; zero limits take the defaults.
type Config struct {
	Store  *store.Store
	Logger *slog.Logger
	// Timeout bounds each request, Cypher included.
	Timeout time.Duration
	// Introspection lets clients (GraphiQL, codegen) read the schema.
	Introspection bool
	// MaxDepth is the deepest selection nesting accepted.
	MaxDepth int
	// MaxComplexity is the complexity limit: one per field, a root list's
	// fields once per item it may return.
	MaxComplexity int
	// MaxBodyBytes is the largest request body read; a larger one is
	// answered with 413.
	MaxBodyBytes int64
	// MaxAnswerBytes is the largest answer sent; a larger one is replaced
	// by an INVALID error.
	MaxAnswerBytes int64

	// Loader is the write path of mutations; nil makes every write fail.
	Loader *loader.Loader
	// Auth checks bearer tokens; nil accepts none.
	Auth *auth.Authenticator
	// TokenRequired refuses callers without a token; otherwise they may
	// read (never write). Off for a local run, on for a deployment.
	TokenRequired bool
	// WritesPerMinute is the default limit of mutations per caller.
	WritesPerMinute int
	// MaxUpload bounds an editor's multipart upload (MaxBodyBytes any
	// other caller's).
	MaxUpload int64

	// Hosts are the names (Host header, port aside) the server answers
	// to; others get 421. DefaultHosts("") (the loopback names) when
	// empty.
	Hosts []string

	// GqlgenOnly runs every operation through gqlgen's executor, never
	// the fast path (internal/gqlfast): the reference the fast path is
	// tested against.
	GqlgenOnly bool
}

// Defaults for Config.
const (
	DefaultTimeout        = 10 * time.Second
	DefaultMaxDepth       = 12
	DefaultMaxComplexity  = 5000
	DefaultMaxBodyBytes   = 1 << 20
	DefaultMaxAnswerBytes = 16 << 20
)

// Server serves the API.
type Server struct {
	cfg     Config
	log     *slog.Logger
	handler http.Handler
	metrics *metrics
}

// New builds the server's handler tree.
func New(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxDepth <= 0 {
		cfg.MaxDepth = DefaultMaxDepth
	}
	if cfg.MaxComplexity <= 0 {
		cfg.MaxComplexity = DefaultMaxComplexity
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxAnswerBytes <= 0 {
		cfg.MaxAnswerBytes = DefaultMaxAnswerBytes
	}
	if cfg.WritesPerMinute <= 0 {
		cfg.WritesPerMinute = DefaultWritesPerMinute
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = DefaultMaxUpload
	}
	root := resolvers.New(cfg.Store, cfg.Loader)
	es := graph.NewExecutableSchema(graph.Config{Resolvers: root, Complexity: complexity()})
	gql := handler.New(es)
	// Queries gqlgen has parsed, validated and checked against the limits
	// are answered without its executor when that cannot change the
	// answer (internal/gqlfast).
	var fast *gqlfast.Executor
	if !cfg.GqlgenOnly {
		fast = gqlfast.New(es.Schema(), root.Query(), int(cfg.MaxAnswerBytes))
	}
	s := &Server{cfg: cfg, log: cfg.Logger, metrics: newMetrics(cfg.Store, fast)}
	gql.AddTransport(get{fast: fast})
	gql.AddTransport(post{maxBody: cfg.MaxBodyBytes, fast: fast})
	// Uploads (ingestArticle's file, uploadCurated) by the GraphQL
	// multipart request spec; authenticate bounds their bodies.
	gql.AddTransport(transport.MultipartForm{MaxUploadSize: max(cfg.MaxUpload, cfg.MaxBodyBytes), MaxMemory: 8 << 20})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if cfg.Introspection {
		use(gql, extension.Introspection{})
	} else {
		use(gql, noIntrospection{})
		// "Did you mean ..." would tell the schema that introspection hides.
		gql.SetDisableSuggestion(true)
	}
	use(gql, depthLimit{max: cfg.MaxDepth})
	use(gql, extension.FixedComplexityLimit(cfg.MaxComplexity))
	writes := &writeLimiter{def: cfg.WritesPerMinute, by: map[string]*rate.Limiter{}}
	gql.AroundOperations(writes.limitWrites)
	gql.SetErrorPresenter(s.presentError)
	gql.AroundResponses(capAnswer(cfg.MaxAnswerBytes))
	gql.SetRecoverFunc(func(ctx context.Context, v any) error {
		s.log.ErrorContext(ctx, "panic in resolver", "panic", v)
		return errors.New("panic in resolver")
	})
	gql.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp != nil {
			for _, e := range resp.Errors {
				code, _ := e.Extensions["code"].(string)
				s.metrics.graphqlErrors.WithLabelValues(code).Inc()
			}
		}
		return resp
	})

	assets, _ := fs.Sub(static, "static")
	pageAssets, _ := fs.Sub(page, "page")
	mux := http.NewServeMux()
	mux.Handle("/graphql", unsupported(s.authenticate(s.withTimeout(gql))))
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(assets)))
	mux.HandleFunc("GET /graphiql", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, assets, "index.html")
	})
	mux.Handle("GET /export/{format}", s.authenticate(s.exportHandler()))
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(pageAssets)))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, pageAssets, "index.html")
	})
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.Handle("GET /metrics", s.metrics.handler())
	if len(cfg.Hosts) == 0 {
		cfg.Hosts = DefaultHosts("")
	}
	s.handler = s.observe(checkHost(cfg.Hosts, mux))
	return s
}

// use installs a handler extension on gql. The generated executor marshals
// plain scalar fields straight from their structs, without the field
// middleware (internal/gqlgen), so an extension that intercepts fields would
// silently miss most of them: it is refused, and so would be AroundFields.
func use(gql *handler.Server, ext graphql.HandlerExtension) {
	if _, ok := ext.(graphql.FieldInterceptor); ok {
		panic("httpapi: extension " + ext.ExtensionName() + " intercepts fields, which the generated executor skips for plain scalar fields (internal/gqlgen)")
	}
	gql.Use(ext)
}

// ServeHTTP makes the server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Serve accepts connections on ln until ctx ends, then drains requests in
// flight for up to the request timeout.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       s.cfg.Timeout + 5*time.Second,
		WriteTimeout:      s.cfg.Timeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), s.cfg.Timeout)
		defer cancel()
		done <- hs.Shutdown(sctx)
	}()
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return <-done
}

func (s *Server) withTimeout(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "application/json")
	if err := s.cfg.Store.Ping(ctx); err != nil {
		s.log.WarnContext(ctx, "healthz: neo4j does not answer", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte(`{"status":"unavailable","neo4j":"unreachable"}` + "\n"))
		return
	}
	w.Write([]byte(`{"status":"ok","neo4j":"reachable"}` + "\n"))
}

// presentError turns a resolver error into what the client sees: the
// client-safe message and extensions.code of a hoigraph.Error, and for
// anything else a generic message, the details going to the log only.
func (s *Server) presentError(ctx context.Context, err error) *gqlerror.Error {
	var he *hoigraph.Error
	var ge *gqlerror.Error
	out := &gqlerror.Error{Path: graphql.GetPath(ctx), Extensions: map[string]any{}}
	switch {
	case errors.As(err, &he):
		for k, v := range he.Details {
			out.Extensions[k] = v
		}
		out.Message, out.Extensions["code"] = he.Message, he.Code
		if he.Code == hoigraph.EINTERNAL {
			s.log.ErrorContext(ctx, "graphql: internal error", "path", out.Path.String(), "err", err)
		}
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		out.Message, out.Extensions["code"] = "the request took longer than the server allows", hoigraph.ETIMEOUT
		s.log.WarnContext(ctx, "graphql: request timed out", "path", out.Path.String(), "err", err)
	case errors.As(err, &ge) && ge.Err == nil:
		// gqlgen's own input errors (bad argument values) are written for
		// clients already.
		ge.Path = out.Path
		if ge.Extensions == nil {
			ge.Extensions = map[string]any{}
		}
		if _, ok := ge.Extensions["code"]; !ok {
			ge.Extensions["code"] = hoigraph.EINVALID
		}
		return ge
	default:
		out.Message, out.Extensions["code"] = hoigraph.ErrorMessage(err), hoigraph.ErrorCode(err)
		s.log.ErrorContext(ctx, "graphql: internal error", "path", out.Path.String(), "err", err)
	}
	return out
}
