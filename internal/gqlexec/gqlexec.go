// Package gqlexec holds what graph/'s generated executor calls in place of
// gqlgen's own list marshalling (internal/gqlgen puts the calls there).
//
// gqlgen marshals every list of objects with graphql.MarshalSliceConcurrently:
// a goroutine, a field context and a closure per element, so that field
// resolvers below the list may run in parallel. hoigraph has no field
// resolvers (gqlgen.yml): a root resolver loads the whole selection in one
// Cypher statement and fills plain models, so marshalling an element only
// copies fields that are already in memory. The goroutines bought nothing and
// cost about a fifth of the server's CPU on a drawing of 250 elements
// (BENCHMARKS.md, "API overhead"). MarshalSliceInOrder does the same work on
// the calling goroutine, element after element.
package gqlexec

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// MarshalSliceInOrder has graphql.MarshalSliceConcurrently's signature and
// its answer: element i is marshalled by marshalElement with a context whose
// field context carries Index i; an element whose marshalling panics is
// reported as an error and holds Null (unless omitPanicHandler, when the
// panic goes on up, as gqlgen's does). The elements are marshalled one after
// the other on the calling goroutine; workerLimit, which bounds gqlgen's
// goroutines, has nothing to bound and is ignored.
func MarshalSliceInOrder(
	ctx context.Context,
	length int,
	workerLimit int64,
	omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		ret[i] = marshalRecovering(childCtx, i, marshalElement)
	}
	return ret
}

// marshalRecovering marshals one element, turning a panic into the
// element's error and a Null, as gqlgen's goroutines do.
func marshalRecovering(ctx context.Context, i int, marshalElement func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(ctx, graphql.Recover(ctx, r))
			m = graphql.Null
		}
	}()
	return marshalElement(ctx, i)
}
