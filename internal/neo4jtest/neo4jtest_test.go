package neo4jtest

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// fatalRecorder stands in for the test given to refuseForeignGraph, so that
// its failure can be looked at rather than failing this test.
type fatalRecorder struct {
	testing.TB
	msg string
}

func (f *fatalRecorder) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func refusal(t *testing.T) string {
	t.Helper()
	f := &fatalRecorder{TB: t}
	done := make(chan struct{})
	go func() { defer close(done); refuseForeignGraph(f) }()
	<-done
	return f.msg
}

func TestTestsEmptyOnlyTheirOwnGraph(t *testing.T) {
	writers := neo4j.ExecuteQueryWithWritersRouting()
	t.Setenv(EnvWipe, "") // whatever the caller's environment says
	Store(t)              // empty and marked as a test's
	query(t, "CREATE (:Person {id: 'person:someone-elses'})", nil, writers)
	if msg := refusal(t); msg != "" {
		t.Errorf("a graph a test made was refused: %s", msg)
	}

	// The same graph without the mark: a server loaded by hand.
	query(t, "DROP INDEX "+testMark, nil, writers)
	t.Cleanup(func() {
		// Leave the server as a test leaves it, for the tests after this one.
		t.Setenv(EnvWipe, "1")
		Store(t)
	})
	msg := refusal(t)
	if !strings.Contains(msg, "holds a graph that no test made") || !strings.Contains(msg, EnvWipe+"=1") {
		t.Errorf("refusal %q does not say why or what to do", msg)
	}
	if n := Count(t, "MATCH (n:Person {id: 'person:someone-elses'}) RETURN count(n)", nil); n != 1 {
		t.Errorf("the refused graph lost its node (%d left)", n)
	}

	t.Setenv(EnvWipe, "1")
	if msg := refusal(t); msg != "" {
		t.Errorf("%s=1 did not let the tests empty the database: %s", EnvWipe, msg)
	}
}
