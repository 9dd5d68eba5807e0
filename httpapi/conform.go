package httpapi

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"strconv"
)

// conform adjusts gqlgen's error responses to the GraphQL over HTTP spec's
// recommendations, which graphql-http's audits check: a client that accepts
// only application/json gets 200 for a request that failed to parse or
// validate (gqlgen says 422), and an application/graphql-response+json
// answer to such a request carries no "data" entry (gqlgen writes null).
// Successful responses pass through untouched; only 4xx bodies are read.
func conform(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bw := &bufferedWriter{header: w.Header()}
		next.ServeHTTP(bw, r)
		code := bw.code
		if code == 0 {
			code = http.StatusOK
		}
		body := bw.buf.Bytes()
		if code >= 400 && code < 500 {
			mt, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type"))
			switch mt {
			case "application/json":
				if code == http.StatusUnprocessableEntity {
					code = http.StatusOK
				}
			case "application/graphql-response+json":
				var res map[string]json.RawMessage
				if json.Unmarshal(body, &res) == nil {
					if d, ok := res["data"]; ok && string(d) == "null" {
						delete(res, "data")
						if b, err := json.Marshal(res); err == nil {
							body = b
						}
					}
				}
			}
			w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		}
		w.WriteHeader(code)
		w.Write(body)
	})
}

// bufferedWriter holds a response until conform has looked at it.
type bufferedWriter struct {
	header http.Header
	code   int
	buf    bytes.Buffer
}

func (b *bufferedWriter) Header() http.Header { return b.header }

func (b *bufferedWriter) WriteHeader(code int) {
	if b.code == 0 {
		b.code = code
	}
}

func (b *bufferedWriter) Write(p []byte) (int, error) {
	if b.code == 0 {
		b.code = http.StatusOK
	}
	return b.buf.Write(p)
}
