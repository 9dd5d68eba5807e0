package store

import (
	"context"
	"errors"
	"testing"
	"time"
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
