package httpapi

import (
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"

	"hoigraph/graph"
)

// fieldTracer is an extension that intercepts every field, as a tracer
// would.
type fieldTracer struct{}

func (fieldTracer) ExtensionName() string                   { return "FieldTracer" }
func (fieldTracer) Validate(graphql.ExecutableSchema) error { return nil }
func (fieldTracer) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	return next(ctx)
}

// TestUseRefusesFieldInterceptors: the generated executor marshals plain
// scalar fields without the field middleware, so the server must never
// install an extension that expects to see every field.
func TestUseRefusesFieldInterceptors(t *testing.T) {
	tests := []struct {
		name   string
		ext    graphql.HandlerExtension
		panics bool
	}{
		{"introspection", extension.Introspection{}, false},
		{"no introspection", noIntrospection{}, false},
		{"depth limit", depthLimit{max: 3}, false},
		{"complexity limit", extension.FixedComplexityLimit(10), false},
		{"field interceptor", fieldTracer{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gql := handler.New(graph.NewExecutableSchema(graph.Config{}))
			var got any
			func() {
				defer func() { got = recover() }()
				use(gql, tt.ext)
			}()
			if tt.panics != (got != nil) {
				t.Fatalf("use(%s) panicked with %v, want a panic: %v", tt.ext.ExtensionName(), got, tt.panics)
			}
			if tt.panics && !strings.Contains(got.(string), "FieldTracer") {
				t.Errorf("panic %q does not name the extension", got)
			}
		})
	}
}
