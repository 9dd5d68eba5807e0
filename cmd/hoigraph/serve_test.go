package main

import (
	"context"
	"io"
	"net"
	"os"
	"strings"
	"testing"
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
