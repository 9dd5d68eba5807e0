package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"regexp"
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
