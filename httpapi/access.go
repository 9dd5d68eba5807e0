package httpapi

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/time/rate"

	"hoigraph"
	"hoigraph/auth"
)

// Access control: who is calling (an API token or a JWT in
// Authorization: Bearer), whether anonymous callers may read, how many
// writes a caller may make per minute and how large an upload may be.
// Credentials never reach a log line: the access log records the
// principal's name, not the header.

// Defaults of the access limits.
const (
	DefaultWritesPerMinute = 60
	DefaultMaxUpload       = 20 << 20
)

// authenticate puts the caller's Principal into the request's context, or
// answers 401 with an UNAUTHENTICATED GraphQL error when the credentials
// do not check out (or there are none and anonymous reads are off). It
// also bounds a multipart upload's body: an editor's to its limit, anyone
// else's to MaxBodyBytes.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var p hoigraph.Principal
		header := r.Header.Get("Authorization")
		switch {
		case header != "":
			scheme, cred, _ := strings.Cut(header, " ")
			cred = strings.TrimSpace(cred)
			if !strings.EqualFold(scheme, "Bearer") || cred == "" {
				s.refuse(w, r, hoigraph.Errorf(hoigraph.EUNAUTHENTICATED, "the Authorization header must be Bearer TOKEN"))
				return
			}
			if s.cfg.Auth == nil {
				s.refuse(w, r, hoigraph.Errorf(hoigraph.EUNAUTHENTICATED, "this server accepts no credentials"))
				return
			}
			var err error
			if p, err = s.cfg.Auth.Authenticate(r.Context(), cred); err != nil {
				if hoigraph.ErrorCode(err) != hoigraph.EUNAUTHENTICATED {
					s.log.ErrorContext(r.Context(), "authenticate: store failed", "err", err)
					s.refuse(w, r, hoigraph.Errorf(hoigraph.EINTERNAL, "credentials could not be checked"))
					return
				}
				s.log.InfoContext(r.Context(), "authenticate: credentials refused", "why", hoigraph.ErrorMessage(err), "remote", r.RemoteAddr)
				s.refuse(w, r, err)
				return
			}
		case !s.cfg.TokenRequired:
			p = hoigraph.Principal{Role: hoigraph.RoleReader}
		default:
			s.refuse(w, r, hoigraph.Errorf(hoigraph.EUNAUTHENTICATED, "this server needs a token (Authorization: Bearer TOKEN)"))
			return
		}
		if sw, ok := w.(*statusWriter); ok {
			sw.who = p.Name
		}
		// A JSON body is bounded by the post transport; an upload here.
		if mt, _ := mediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" && r.Body != nil {
			limit := s.cfg.MaxBodyBytes
			if p.Role.Allows(hoigraph.RoleEditor) {
				limit = s.maxUpload(p)
			}
			r.Body = http.MaxBytesReader(w, r.Body, limit)
		}
		next.ServeHTTP(w, r.WithContext(auth.WithPrincipal(r.Context(), p)))
	})
}

func (s *Server) maxUpload(p hoigraph.Principal) int64 {
	if p.MaxUpload > 0 {
		return p.MaxUpload
	}
	return s.cfg.MaxUpload
}

// refuse answers a request that never reaches GraphQL with a GraphQL
// error: 401 for UNAUTHENTICATED, with the Bearer challenge.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, err error) {
	code := hoigraph.ErrorCode(err)
	status := http.StatusInternalServerError
	if code == hoigraph.EUNAUTHENTICATED {
		status = http.StatusUnauthorized
		w.Header().Set("WWW-Authenticate", `Bearer realm="hoigraph"`)
	}
	w.Header().Set("Content-Type", responseMedia(r.Header.Get("Accept")))
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message": hoigraph.ErrorMessage(err), "extensions": map[string]any{"code": code},
	}}})
}

// writeLimiter allows each principal so many mutations per minute, as a
// token bucket (a burst of a minute's worth, refilled evenly).
type writeLimiter struct {
	def int
	mu  sync.Mutex
	by  map[string]*rate.Limiter
}

func (l *writeLimiter) allow(p hoigraph.Principal) bool {
	n := p.WritesPerMinute
	if n <= 0 {
		n = l.def
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.by[p.Name]
	if !ok || lim.Burst() != n {
		lim = rate.NewLimiter(rate.Every(time.Minute/time.Duration(n)), n)
		l.by[p.Name] = lim
	}
	return lim.Allow()
}

// limitWrites refuses a mutation beyond the caller's writes per minute;
// anonymous mutations pass through to be refused as UNAUTHENTICATED.
func (l *writeLimiter) limitWrites(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	op := graphql.GetOperationContext(ctx)
	p := auth.From(ctx)
	if op.Operation != nil && op.Operation.Operation == ast.Mutation && p.Name != "" && !l.allow(p) {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{
			Message:    "too many writes in the last minute for " + p.Name,
			Extensions: map[string]any{"code": hoigraph.ERATELIMITED},
		}}})
	}
	return next(ctx)
}
