package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

type ctxKey struct{}

// TestWithoutDeadline: the call sees the caller's values and no deadline,
// its context still ends at the deadline, and the caller gets the call's
// answer, or context.DeadlineExceeded on time when the call is still
// blocked.
func TestWithoutDeadline(t *testing.T) {
	tests := []struct {
		name    string
		timeout time.Duration // 0: no deadline
		block   bool          // the call waits until its context ends and the caller has returned
		want    string
		wantErr error
	}{
		{name: "no deadline: called as is", want: "answer"},
		{name: "deadline not reached", timeout: time.Minute, want: "answer"},
		{name: "deadline passes while the call blocks", timeout: 50 * time.Millisecond, block: true, wantErr: context.DeadlineExceeded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.WithValue(context.Background(), ctxKey{}, "value")
			if tt.timeout > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.timeout)
				defer cancel()
			}
			seen := make(chan bool, 1)
			returned := make(chan struct{})
			got, err := withoutDeadline(ctx, func(ctx context.Context) (string, error) {
				if _, ok := ctx.Deadline(); ok {
					t.Error("the call sees a deadline")
				}
				if v, _ := ctx.Value(ctxKey{}).(string); v != "value" {
					t.Errorf("the call sees value %q", v)
				}
				if tt.block {
					<-ctx.Done()
					seen <- ctx.Err() != nil
					<-returned // were the caller waiting for the call, it would never return

				}
				return "answer", nil
			})
			close(returned)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Fatalf("got %q, %v; want %q, %v", got, err, tt.want, tt.wantErr)
			}
			if tt.block {
				if !<-seen {
					t.Error("the call's context ended without an error")
				}
			}
		})
	}
}

// TestRetried: a read that fails with a retryable error (a lost
// connection, a transient Neo4j error) is tried again, up to readAttempts
// times; any other error, and a context that has ended, stop it at once.
func TestRetried(t *testing.T) {
	lost := &neo4j.ConnectivityError{Inner: errors.New("connection reset")}
	transient := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}
	syntax := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}
	tests := []struct {
		name      string
		errs      []error // what each call returns; nil: the answer
		cancelled bool
		wantCalls int
		wantErr   error
	}{
		{name: "first call answers", errs: []error{nil}, wantCalls: 1},
		{name: "lost connection, then the answer", errs: []error{lost, nil}, wantCalls: 2},
		{name: "transient twice, then the answer", errs: []error{transient, transient, nil}, wantCalls: 3},
		{name: "retryable every time: the last error", errs: []error{lost, lost, lost, nil}, wantCalls: readAttempts, wantErr: lost},
		{name: "not retryable: at once", errs: []error{syntax, nil}, wantCalls: 1, wantErr: syntax},
		{name: "context ended: no retry", errs: []error{lost, nil}, cancelled: true, wantCalls: 1, wantErr: lost},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancelled {
				cancel()
			}
			calls := 0
			got, err := retried(ctx, func() (string, error) {
				e := tt.errs[calls]
				calls++
				if e != nil {
					return "", e
				}
				return "answer", nil
			})
			if calls != tt.wantCalls || !errors.Is(err, tt.wantErr) || (err == nil && got != "answer") {
				t.Fatalf("%d calls, %q, %v; want %d calls, %v", calls, got, err, tt.wantCalls, tt.wantErr)
			}
		})
	}
}
