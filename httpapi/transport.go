package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"hoigraph"
	"hoigraph/internal/gqlfast"
)

// Media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// post is the POST transport. It does what gqlgen's transport.POST does,
// with two differences. It writes the executed data as it is, where gqlgen
// re-marshals the whole answer (json.Marshal re-validates and compacts the
// already encoded data: an eighth of the server's CPU on large answers).
// And it follows the GraphQL over HTTP spec's recommendations, which
// graphql-http's audits check: a client that accepts only application/json
// gets 200 for a request that failed to parse or validate, and an
// application/graphql-response+json answer to such a request has status
// 400 and no "data" entry.
//
// A body larger than maxBody is refused with 413 before it is read whole.
// (The answer's size is capped for every transport: capAnswer.)
type post struct {
	maxBody int64
	fast    *gqlfast.Executor // nil: every operation through gqlgen's executor
}

var _ graphql.Transport = post{}

func (post) Supports(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" || r.Method != http.MethodPost {
		return false
	}
	mt, err := mediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == mediaJSON
}

// mediaType is mime.ParseMediaType's media type and error for a
// Content-Type header. The header every client sends, application/json as
// it is, is answered without the parser, which builds a map of parameters
// each time: three middlewares ask it of every request.
func mediaType(header string) (string, error) {
	if header == mediaJSON {
		return mediaJSON, nil
	}
	mt, _, err := mime.ParseMediaType(header)
	return mt, err
}

func (p post) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	media := responseMedia(r.Header.Get("Accept"))
	w.Header().Set("Content-Type", media)
	start := graphql.Now()

	var params graphql.RawParams
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, p.maxBody))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		requestError(w, ctx, exec, http.StatusRequestEntityTooLarge, "the request body is larger than the server's limit of %d bytes", tooLarge.Limit)
		return
	}
	if err == nil {
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		err = dec.Decode(&params)
	}
	if err != nil {
		// The decoder's own message names Go types; say what was wrong.
		what := "is not JSON"
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			what = "is JSON but not one request object (batches of requests are not supported)"
		}
		requestError(w, ctx, exec, http.StatusBadRequest, "the request body %s: want {\"query\": ..., \"variables\": {...}, \"operationName\": ...}", what)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	execute(w, ctx, exec, p.fast, &params, media, false)
}

// get is the GET transport: the GraphQL over HTTP spec lets a server take
// queries as GET /graphql?query=...&variables=..., and hoigraph does, for
// links and caches; a mutation by GET is refused with 405 (the spec's
// rule: a GET must not change anything, and a link or an <img> of another
// site could otherwise write). Reading by GET is no more open than by POST:
// a page of another site can make the browser send either, but reads the
// answer only through DNS rebinding, which the Host check stops
// (checkHost), and a browser never adds the bearer token by itself. It
// answers as post does (statuses, media types, the answer cap).
type get struct {
	fast *gqlfast.Executor
}

var _ graphql.Transport = get{}

func (get) Supports(r *http.Request) bool {
	return r.Header.Get("Upgrade") == "" && r.Method == http.MethodGet
}

func (g get) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	media := responseMedia(r.Header.Get("Accept"))
	w.Header().Set("Content-Type", media)
	start := graphql.Now()
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		requestError(w, ctx, exec, http.StatusBadRequest, "the query string is not URL-encoded: want ?query=...&variables=...")
		return
	}
	params := graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName"), Headers: r.Header}
	for name, into := range map[string]*map[string]any{"variables": &params.Variables, "extensions": &params.Extensions} {
		if v := q.Get(name); v != "" {
			dec := json.NewDecoder(strings.NewReader(v))
			dec.UseNumber()
			if dec.Decode(into) != nil {
				requestError(w, ctx, exec, http.StatusBadRequest, "the %s parameter is not a JSON object", name)
				return
			}
		}
	}
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	execute(w, ctx, exec, g.fast, &params, media, true)
}

// requestError answers a request that could not be read with status and
// one INVALID error.
func requestError(w http.ResponseWriter, ctx context.Context, exec graphql.GraphExecutor, status int, format string, args ...any) {
	w.WriteHeader(status)
	e := gqlerror.Errorf(format, args...)
	e.Extensions = map[string]any{"code": hoigraph.EINVALID}
	writeResponse(w, exec.DispatchError(ctx, gqlerror.List{e}), false)
}

// execute runs a request read by post or get and writes its answer. A
// request that could not execute because the database does not answer
// (every error UNAVAILABLE, no data at all) is answered 503 with
// Retry-After and no data entry: the GraphQL over HTTP spec's request
// error, which a client, a proxy or a load balancer can tell from a
// query that ran and found nothing. A query that got part of its data keeps
// 200, the errors saying which fields are missing. A query fast can answer
// (the same answer, without gqlgen's executor) is answered by it.
func execute(w http.ResponseWriter, ctx context.Context, exec graphql.GraphExecutor, fast *gqlfast.Executor, params *graphql.RawParams, media string, queriesOnly bool) {
	op, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		// The request never executed: parse and validation errors.
		protocol := errcode.GetErrorKind(errs) == errcode.KindProtocol
		if protocol && media == mediaGraphQLResponse {
			w.WriteHeader(http.StatusBadRequest)
		}
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, op), errs), media != mediaGraphQLResponse)
		return
	}
	if queriesOnly && op.Operation.Operation != ast.Query {
		w.Header().Set("Allow", "POST")
		requestError(w, ctx, exec, http.StatusMethodNotAllowed, "a GET request runs queries only: send a %s by POST", op.Operation.Operation)
		return
	}
	if data, ok := fast.Answer(ctx, op); ok {
		writeResponse(w, &graphql.Response{Data: data}, true)
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, op)
	resp := responses(ctx)
	if couldNotExecute(resp) {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusServiceUnavailable)
		resp.Data = nil
		writeResponse(w, resp, false)
		return
	}
	writeResponse(w, resp, true)
}

// couldNotExecute reports whether every error of resp is UNAVAILABLE and
// it holds no data: null, or only null top-level fields.
func couldNotExecute(resp *graphql.Response) bool {
	if len(resp.Errors) == 0 {
		return false
	}
	for _, e := range resp.Errors {
		if code, _ := e.Extensions["code"].(string); code != hoigraph.EUNAVAILABLE {
			return false
		}
	}
	if len(resp.Data) == 0 || string(resp.Data) == "null" {
		return true
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(resp.Data, &fields) != nil {
		return false
	}
	for _, v := range fields {
		if string(v) != "null" {
			return false
		}
	}
	return true
}

// capAnswer replaces an answer whose data is larger than max bytes by an
// INVALID error that says so: a client asks for less, or pages. It is a
// response middleware, so it holds for every transport (POST, GET, the
// multipart uploads) alike.
func capAnswer(max int64) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp != nil && int64(len(resp.Data)) > max {
			e := gqlerror.Errorf("the answer is larger than the server's limit of %d bytes; ask for fewer items or fields", max)
			e.Extensions = map[string]any{"code": hoigraph.EINVALID}
			resp = &graphql.Response{Errors: gqlerror.List{e}, Extensions: resp.Extensions}
		}
		return resp
	}
}

// responseMedia picks the answer's media type from the Accept header:
// application/graphql-response+json when the client names it, else
// application/json, which every client understands.
func responseMedia(accept string) string {
	if accept == "" || accept == mediaJSON {
		return mediaJSON
	}
	for part := range strings.SplitSeq(accept, ",") {
		if mt, _, err := mime.ParseMediaType(strings.TrimSpace(part)); err == nil && mt == mediaGraphQLResponse {
			return mediaGraphQLResponse
		}
	}
	return mediaJSON
}

// writeResponse writes a GraphQL response with its data copied as is; the
// data entry is left out when there is none and withNullData is false. The
// answer goes out with its Content-Length (unless a status was already
// written): net/http would send one larger than its 2 KB buffer in chunks,
// which costs the server and every client more work and writes.
func writeResponse(w http.ResponseWriter, resp *graphql.Response, withNullData bool) {
	var b bytes.Buffer
	b.Grow(len(resp.Data) + 64)
	b.WriteByte('{')
	sep := func() {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
	}
	if len(resp.Errors) > 0 {
		errs, _ := json.Marshal(resp.Errors)
		b.WriteString(`"errors":`)
		b.Write(errs)
	}
	switch {
	case len(resp.Data) > 0:
		sep()
		b.WriteString(`"data":`)
		b.Write(resp.Data)
	case withNullData:
		sep()
		b.WriteString(`"data":null`)
	}
	if len(resp.Extensions) > 0 {
		ext, _ := json.Marshal(resp.Extensions)
		sep()
		b.WriteString(`"extensions":`)
		b.Write(ext)
	}
	b.WriteByte('}')
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	w.Write(b.Bytes())
}

// unsupported answers, in JSON with a code, the requests no transport
// takes (gqlgen would answer them "transport not supported" in plain text):
// another method, a POST that is neither JSON nor a multipart upload (the
// GraphQL multipart request spec, for ingestArticle and uploadCurated), a
// websocket upgrade.
func unsupported(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		status, msg := 0, ""
		mt, _ := mediaType(r.Header.Get("Content-Type"))
		switch {
		case r.Header.Get("Upgrade") != "":
			status, msg = http.StatusBadRequest, "websocket and other upgrades are not supported: send GraphQL over POST or GET"
		case r.Method == http.MethodPost && mt != mediaJSON && mt != "multipart/form-data":
			status, msg = http.StatusUnsupportedMediaType, fmt.Sprintf("content type %q is not supported: send application/json (or multipart/form-data for uploads)", r.Header.Get("Content-Type"))
		case r.Method != http.MethodPost && r.Method != http.MethodGet:
			w.Header().Set("Allow", "GET, POST")
			status, msg = http.StatusMethodNotAllowed, fmt.Sprintf("method %s is not supported: use POST (or GET for queries)", r.Method)
		default:
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", mediaJSON)
		w.WriteHeader(status)
		body, _ := json.Marshal(map[string]any{"errors": []map[string]any{{"message": msg, "extensions": map[string]any{"code": hoigraph.EINVALID}}}})
		w.Write(body)
	})
}
