package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

const generatedList = `package graph

import (
	"context"
	"errors"

	"github.com/99designs/gqlgen/graphql"
)

func (ec *executionContext) marshalNThing(ctx context.Context, sel ast.SelectionSet, v []*model.Thing) graphql.Marshaler {
	ret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		return ec.marshalNThing2(ctx, sel, v[i])
	})
	return ret
}
`

func TestInOrder(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []string // substrings of the answer
		wantErr string
	}{
		{
			name: "list call and import",
			src:  generatedList,
			want: []string{
				"ret := gqlexec.MarshalSliceInOrder(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {",
				"\t\"hoigraph/internal/gqlexec\"\n",
			},
		},
		{
			name:    "nothing to rewrite",
			src:     strings.ReplaceAll(generatedList, "graphql.MarshalSliceConcurrently(", "f("),
			wantErr: "has gqlgen's list template changed",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := inOrder([]byte(tt.src))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(got, []byte(concurrent)) {
				t.Errorf("a concurrent call is left:\n%s", got)
			}
			for _, w := range tt.want {
				if !bytes.Contains(got, []byte(w)) {
					t.Errorf("answer lacks %q:\n%s", w, got)
				}
			}
		})
	}
}

// TestGeneratedExecutorMarshalsListsInOrder guards graph/generated.go: a
// regeneration by plain `gqlgen generate` instead of `go generate ./graph`
// would bring the goroutine per list element back.
func TestGeneratedExecutorMarshalsListsInOrder(t *testing.T) {
	src, err := os.ReadFile("../../graph/generated.go")
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(src, []byte(concurrent)); n > 0 {
		t.Errorf("graph/generated.go calls %s) %d times: regenerate with go generate ./graph", concurrent, n)
	}
	if !bytes.Contains(src, []byte(ordered)) {
		t.Errorf("graph/generated.go never calls %s): are its lists still marshalled by gqlexec?", ordered)
	}
}
