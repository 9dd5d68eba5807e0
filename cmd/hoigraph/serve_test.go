package main

import (
	"bufio"
	"context"
	"io"
	"math"
	"net"
	"net/http"
	"os"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"hoigraph/internal/neo4jtest"
)

// stderrOf runs fn with os.Stderr captured.
func stderrOf(t *testing.T, fn func()) string {
	t.Helper()
	return captured(t, &os.Stderr, fn)
}

// captured runs fn with *f (os.Stdout or os.Stderr) going to a pipe, read
// while fn runs so that a long output cannot fill it.
func captured(t *testing.T, f **os.File, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan []byte)
	go func() { b, _ := io.ReadAll(r); done <- b }()
	old := *f
	*f = w
	fn()
	*f = old
	w.Close()
	return string(<-done)
}

func TestServeAgainstUnreachableNeo4j(t *testing.T) {
	// A port that was free a moment ago: nothing answers there.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	uri := "bolt://" + ln.Addr().String()
	ln.Close()

	// robust #16: a URI's credentials are never echoed.
	for given, named := range map[string]string{uri: uri, "bolt://neo4j:s3cret@" + ln.Addr().String(): "bolt://REDACTED@" + ln.Addr().String()} {
		var code int
		out := stderrOf(t, func() {
			code = run(context.Background(), []string{"serve", "-neo4j-uri", given, "-listen", "127.0.0.1:0"})
		})
		if code == 0 {
			t.Fatalf("serve exited 0")
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 1 || !strings.Contains(lines[0], named) || !strings.HasPrefix(lines[0], "hoigraph serve: ") || strings.Contains(out, "s3cret") {
			t.Errorf("stderr = %q, want one line naming %s", out, named)
		}
	}
}

// robust #13: with the Neo4j of a running serve gone, a query is answered
// 503 UNAVAILABLE within the request timeout (serve's default): serve
// bounds the driver's retries, which would otherwise outlast the timeout
// and end as a timeout's INTERNAL error with status 200.
func TestServeWithNeo4jDownIsUnavailable(t *testing.T) {
	neo4jtest.Store(t)
	p := neo4jtest.NewProxy(t)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stderr
	os.Stderr = w
	defer func() { os.Stderr = old; w.Close() }()
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default: // nobody reads any more
			}
		}
	}()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "-neo4j-uri", p.URI(), "-listen", "127.0.0.1:0", "-gazetteer", "none"})
	}()
	defer func() { cancel(); <-done }()
	addr := regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+/graphql`)
	var endpoint string
	for endpoint == "" {
		select {
		case l := <-lines:
			endpoint = addr.FindString(l)
		case code := <-done:
			done <- code
			t.Fatalf("serve exited %d before listening", code)
		}
	}
	query := `{"query":"{ stats { organizations } }"}`
	if res, err := http.Post(endpoint, "application/json", strings.NewReader(query)); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("with Neo4j up: %v %v", res, err)
	}
	p.Close()
	res, err := http.Post(endpoint, "application/json", strings.NewReader(query))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(raw), `"code":"UNAVAILABLE"`) {
		t.Errorf("with Neo4j down: %d %s, want 503 UNAVAILABLE", res.StatusCode, raw)
	}
}

func TestTuneGCLeavesTheEnvironmentsSettings(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	tests := []struct {
		env         map[string]string
		wantPercent int
		wantLimit   int64
	}{
		{env: nil, wantPercent: serveGCPercent, wantLimit: serveSoftMemory},
		{env: map[string]string{"GOGC": "200"}, wantPercent: -2, wantLimit: serveSoftMemory},
		{env: map[string]string{"GOMEMLIMIT": "64MiB"}, wantPercent: serveGCPercent, wantLimit: -1},
		{env: map[string]string{"GOGC": "off", "GOMEMLIMIT": "64MiB"}, wantPercent: -2, wantLimit: -1},
	}
	for _, tt := range tests {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
		percent, limit := tuneGC(func(k string) string { return tt.env[k] })
		if percent != tt.wantPercent || limit != tt.wantLimit {
			t.Errorf("env %v: set GOGC %d, limit %d; want %d, %d", tt.env, percent, limit, tt.wantPercent, tt.wantLimit)
		}
		// What the runtime now has: the setting, or the one left alone.
		wantGC := 100
		if tt.wantPercent != -2 {
			wantGC = tt.wantPercent
		}
		if got := debug.SetGCPercent(100); got != wantGC {
			t.Errorf("env %v: runtime GOGC %d, want %d", tt.env, got, wantGC)
		}
		wantMem := int64(math.MaxInt64)
		if tt.wantLimit != -1 {
			wantMem = tt.wantLimit
		}
		if got := debug.SetMemoryLimit(-1); got != wantMem {
			t.Errorf("env %v: runtime memory limit %d, want %d", tt.env, got, wantMem)
		}
	}
}
