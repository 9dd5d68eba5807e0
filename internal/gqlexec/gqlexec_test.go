package gqlexec

import (
	"bytes"
	"context"
	"runtime"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestMarshalSliceInOrder: every element is marshalled on the caller's
// goroutine, in order, with its index in the field context; a panicking
// element holds null and reports the error, as with gqlgen's concurrent
// marshalling.
func TestMarshalSliceInOrder(t *testing.T) {
	tests := []struct {
		name   string
		length int
		panics int // index of the element that panics, -1 for none
		want   string
	}{
		{"empty", 0, -1, "[]"},
		{"one", 1, -1, `["e0"]`},
		{"several", 5, -1, `["e0","e1","e2","e3","e4"]`},
		{"a panic nulls its element", 3, 1, `["e0",null,"e2"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := graphql.WithResponseContext(context.Background(), func(ctx context.Context, err error) *gqlerror.Error {
				return gqlerror.Wrap(err)
			}, func(ctx context.Context, v any) error {
				return gqlerror.Errorf("panic: %v", v)
			})
			before := runtime.NumGoroutine()
			var order []int // unsynchronised on purpose: the race detector objects if two goroutines append
			got := MarshalSliceInOrder(ctx, tt.length, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
				if idx := graphql.GetFieldContext(ctx).Index; idx == nil || *idx != i {
					t.Errorf("element %d: field context index %v", i, idx)
				}
				if n := runtime.NumGoroutine(); n > before {
					t.Errorf("element %d: %d goroutines while marshalling, %d before", i, n, before)
				}
				order = append(order, i)
				if i == tt.panics {
					panic("element broke")
				}
				return graphql.MarshalString("e" + string(rune('0'+i)))
			})
			var b bytes.Buffer
			got.MarshalGQL(&b)
			if b.String() != tt.want {
				t.Errorf("answer %s, want %s", b.String(), tt.want)
			}
			for k, i := range order {
				if k != i {
					t.Fatalf("marshalled in order %v", order)
				}
			}
			errs := graphql.GetErrors(ctx)
			if wantErrs := map[bool]int{true: 1, false: 0}[tt.panics >= 0]; len(errs) != wantErrs {
				t.Errorf("%d errors %v, want %d", len(errs), errs, wantErrs)
			}
		})
	}
}
