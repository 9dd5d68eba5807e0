package httpapi

import (
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"hoigraph/internal/gqlfast"
	"hoigraph/store"
)

// metrics are the server's Prometheus series, in a registry of its own so
// that two servers in one process (tests) do not collide.
type metrics struct {
	reg           *prometheus.Registry
	requests      *prometheus.CounterVec
	latency       *prometheus.HistogramVec
	graphqlErrors *prometheus.CounterVec
}

func newMetrics(s *store.Store, fast *gqlfast.Executor) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hoigraph_http_requests_total", Help: "HTTP requests by route and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "hoigraph_http_request_duration_seconds", Help: "HTTP request latency by route.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}, []string{"route"}),
		graphqlErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hoigraph_graphql_errors_total", Help: "GraphQL errors returned, by extensions.code.",
		}, []string{"code"}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.graphqlErrors,
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "hoigraph_cypher_seconds_total", Help: "Time spent running Cypher.",
		}, s.CypherSeconds),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "hoigraph_cypher_queries_total", Help: "Cypher round-trips.",
		}, func() float64 { return float64(s.QueryCount()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "hoigraph_graphql_fast_answers_total", Help: "Operations answered without gqlgen's executor (internal/gqlfast).",
		}, func() float64 { return float64(fast.Answered()) }),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// statusWriter remembers the status code and size of a response.
type statusWriter struct {
	http.ResponseWriter
	code  int
	bytes int
	who   string // the principal's name (never its credential), set by authenticate
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the connection (an export
// lifts the write deadline).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// route names a request by the fixed routes only, so that metric labels
// cannot grow with the paths clients invent.
func route(path string) string {
	switch path {
	case "/graphql", "/healthz", "/metrics", "/":
		return path
	}
	for _, prefix := range []string{"/static/", "/export/"} {
		if strings.HasPrefix(path, prefix) {
			return prefix
		}
	}
	return "other"
}

// observe logs and measures every request.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t0 := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.code == 0 {
			sw.code = http.StatusOK
		}
		d := time.Since(t0)
		rt := route(r.URL.Path)
		s.metrics.requests.WithLabelValues(rt, strconv.Itoa(sw.code)).Inc()
		s.metrics.latency.WithLabelValues(rt).Observe(d.Seconds())
		s.log.LogAttrs(r.Context(), levelFor(sw.code), "http request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Int("status", sw.code),
			slog.Int("bytes", sw.bytes), slog.Float64("duration_ms", float64(d.Microseconds())/1000), slog.String("remote", r.RemoteAddr), slog.String("who", sw.who))
	})
}

func levelFor(code int) slog.Level {
	if code >= 500 {
		return slog.LevelError
	}
	return slog.LevelInfo
}
