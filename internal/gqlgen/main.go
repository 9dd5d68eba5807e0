// Command gqlgen generates graph/ as `gqlgen generate` does (same
// gqlgen.yml, same pinned gqlgen), then rewrites two things in the
// generated executor that gqlgen has no setting for:
//
//   - lists of objects are marshalled in order on the request's goroutine
//     (gqlexec.MarshalSliceInOrder) instead of a goroutine per element
//     (graphql.MarshalSliceConcurrently; worker_limit only bounds them);
//   - strings and objects are written by gqlexec.MarshalString and
//     gqlexec.Object (writers), the same bytes as gqlgen's writers, without
//     a map per object and a rune decoding per character;
//   - a scalar or enum field that is a plain struct field is marshalled
//     straight from the struct (plainScalars) instead of through
//     graphql.ResolveField, which gives every such field a field context,
//     a context value, three closures, a deferred recover, a pass through
//     the field middleware and its value boxed in an interface.
//
// Both are sound because hoigraph has no field resolvers (see gqlgen.yml
// and internal/gqlexec): nothing below a root field waits on I/O, and the
// server installs no field middleware (httpapi refuses a FieldInterceptor).
//
// graph/generate.go runs it: `go generate ./graph`.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen/config"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("finding gqlgen.yml: %w", err)
	}
	if err != nil {
		return fmt.Errorf("loading gqlgen.yml: %w", err)
	}
	if err := api.Generate(cfg); err != nil {
		return fmt.Errorf("generating the executor: %w", err)
	}
	path := cfg.Exec.Filename
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading the generated executor: %w", err)
	}
	out, err := inOrder(src)
	if err != nil {
		return fmt.Errorf("rewriting %s: %w", path, err)
	}
	if out, err = plainScalars(out); err != nil {
		return fmt.Errorf("rewriting %s: %w", path, err)
	}
	if out, err = writers(out); err != nil {
		return fmt.Errorf("rewriting %s: %w", path, err)
	}
	models, err := os.ReadFile(cfg.Model.Filename)
	if err != nil {
		return fmt.Errorf("reading the generated models: %w", err)
	}
	if out, err = enums(out, models); err != nil {
		return fmt.Errorf("rewriting %s: %w", path, err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return fmt.Errorf("writing the rewritten executor: %w", err)
	}
	return nil
}

const (
	concurrent = "graphql.MarshalSliceConcurrently("
	ordered    = "gqlexec.MarshalSliceInOrder("
	gqlexecImp = `"hoigraph/internal/gqlexec"`
)

// inOrder replaces every call of graphql.MarshalSliceConcurrently in a
// generated executor by gqlexec.MarshalSliceInOrder, which has the same
// signature, and imports gqlexec. A source with no such call is an error:
// gqlgen's template has changed and this rewrite must be looked at again.
func inOrder(src []byte) ([]byte, error) {
	n := bytes.Count(src, []byte(concurrent))
	if n == 0 {
		return nil, errors.New("no " + concurrent + ") call: has gqlgen's list template changed?")
	}
	out := bytes.ReplaceAll(src, []byte(concurrent), []byte(ordered))
	imp := []byte("import (\n")
	at := bytes.Index(out, imp)
	if at < 0 {
		return nil, errors.New("no import block")
	}
	at += len(imp)
	out = append(out[:at:at], append([]byte("\t"+gqlexecImp+"\n"), out[at:]...)...)
	formatted, err := format.Source(out)
	if err != nil {
		return nil, fmt.Errorf("formatting: %w", err)
	}
	return formatted, nil
}

// A generated field function whose resolver only reads a struct field:
// name, the field's Go name and the marshaller of its type.
var plainField = regexp.MustCompile(`(?m)^func \(ec \*executionContext\) (_[A-Za-z0-9]+_[A-Za-z0-9_]+)\(ctx context\.Context, field graphql\.CollectedField, obj (\*[A-Za-z0-9.]+)\) \(ret graphql\.Marshaler\) \{
	return graphql\.ResolveField\(
		ctx,
		ec\.OperationContext,
		field,
		ec\.fieldContext[A-Za-z0-9_]+,
		func\(ctx context\.Context\) \(any, error\) \{
			return obj\.([A-Za-z0-9]+), nil
		\},
		nil,
		ec\.(marshal[^,\s]+),
		true,
		(?:true|false),
	\)
\}
`)

// contextFree are the bodies of generated marshallers that never read
// their context: the value is written as it is (an enum is its own
// Marshaler), or null for a nil pointer. graphql.MarshalString, MarshalID,
// MarshalInt and MarshalBoolean never return Null, so the branch that
// would report a null non-null value (and read the field context for its
// path) cannot run. A marshaller of any other body (objects, lists, floats,
// whose errors need the field's path) keeps graphql.ResolveField.
var contextFree = []*regexp.Regexp{
	regexp.MustCompile(`^\s*return v\s*$`),
	regexp.MustCompile(`^\s*if v == nil \{\s*return graphql\.Null\s*\}\s*return v\s*$`),
	regexp.MustCompile(`^\s*_ = sel\s*res := graphql\.Marshal(?:String|ID|Int|Boolean)\(v\)\s*if res == graphql\.Null \{\s*if !graphql\.HasFieldError\(ctx, graphql\.GetFieldContext\(ctx\)\) \{\s*graphql\.AddErrorf\(ctx, "the requested element is null which the schema does not allow"\)\s*\}\s*\}\s*return res\s*$`),
	regexp.MustCompile(`^\s*if v == nil \{\s*return graphql\.Null\s*\}\s*_ = sel\s*_ = ctx\s*res := graphql\.Marshal(?:String|ID|Int|Boolean)\(\*v\)\s*return res\s*$`),
}

// marshallerBody returns the body of the generated marshaller name, or
// false when src has none.
func marshallerBody(src []byte, name string) (string, bool) {
	head := []byte("func (ec *executionContext) " + name + "(")
	at := bytes.Index(src, head)
	if at < 0 {
		return "", false
	}
	open := bytes.Index(src[at:], []byte(" {\n"))
	end := bytes.Index(src[at:], []byte("\n}\n"))
	if open < 0 || end < open {
		return "", false
	}
	return string(src[at+open+3 : at+end]), true
}

// plainScalars rewrites every generated field function that reads a plain
// struct field of a scalar or enum type with a context-free marshaller
// into a direct call of that marshaller. The answer is the same: such a
// field cannot fail, resolve asynchronously or panic (obj is never nil
// there: the object's marshaller checks it), and no field middleware is
// installed. A source with no such field is an error: gqlgen's field
// template has changed and this rewrite must be looked at again.
func plainScalars(src []byte) ([]byte, error) {
	n := 0
	safe := map[string]bool{}
	out := plainField.ReplaceAllFunc(src, func(m []byte) []byte {
		g := plainField.FindSubmatch(m)
		name, objType, goField, marshal := string(g[1]), string(g[2]), string(g[3]), string(g[4])
		ok, seen := safe[marshal]
		if !seen {
			body, found := marshallerBody(src, marshal)
			ok = found && slices.ContainsFunc(contextFree, func(re *regexp.Regexp) bool { return re.MatchString(body) })
			safe[marshal] = ok
		}
		if !ok {
			return m
		}
		n++
		return []byte(fmt.Sprintf("func (ec *executionContext) %s(ctx context.Context, field graphql.CollectedField, obj %s) (ret graphql.Marshaler) {\n\treturn ec.%s(ctx, field.Selections, obj.%s)\n}\n", name, objType, marshal, goField))
	})
	if n == 0 {
		return nil, errors.New("no plain scalar field read through graphql.ResolveField: has gqlgen's field template changed?")
	}
	return format.Source(out)
}

// objectEnd is how every generated object marshaller ends: its field set,
// dispatched, returned as the object's Marshaler.
const objectEnd = `			Context:  ctx,
		})
	}

	return out
}
`

// writers makes the generated executor write strings with
// gqlexec.MarshalString (gqlgen's MarshalID is MarshalString too) and
// objects with gqlexec.Object, which write the same bytes as gqlgen's own
// (internal/gqlexec's tests compare them). A source with no string or no
// object written gqlgen's way is an error: its templates have changed.
func writers(src []byte) ([]byte, error) {
	objects := bytes.Count(src, []byte(objectEnd))
	strs := bytes.Count(src, []byte("graphql.MarshalString(")) + bytes.Count(src, []byte("graphql.MarshalID("))
	if objects == 0 || strs == 0 {
		return nil, fmt.Errorf("%d object marshallers ending in `return out` and %d string writers: has gqlgen's object or string template changed?", objects, strs)
	}
	out := bytes.ReplaceAll(src, []byte(objectEnd), []byte(strings.Replace(objectEnd, "return out", "return gqlexec.NewObject(fields, out.Values)", 1)))
	out = bytes.ReplaceAll(out, []byte("graphql.MarshalString("), []byte("gqlexec.MarshalString("))
	out = bytes.ReplaceAll(out, []byte("graphql.MarshalID("), []byte("gqlexec.MarshalString("))
	return format.Source(out)
}

// enumType finds gqlgen's enum models, which write themselves with
// fmt.Fprint(w, strconv.Quote(e.String())) and whose String is the value
// itself.
var enumType = regexp.MustCompile(`(?m)^func \(e ([A-Za-z0-9]+)\) MarshalGQL\(w io\.Writer\) \{\n\tfmt\.Fprint\(w, strconv\.Quote\(e\.String\(\)\)\)\n\}\n`)

// enumMarshaller is a generated marshaller that returns a model value as its
// own Marshaler, with the nil check of a nullable one.
var enumMarshaller = regexp.MustCompile(`(?m)^(func \(ec \*executionContext\) marshal[NO][^(\s]+\(ctx context\.Context, sel ast\.SelectionSet, v (\*?)model\.([A-Za-z0-9]+)\) graphql\.Marshaler \{\n(?:\tif v == nil \{\n\t\treturn graphql\.Null\n\t\}\n)?)\treturn v\n\}\n`)

// enums makes the generated marshallers of enum values (an edge's type, a
// node's kind: one per element of a drawing) write them with
// gqlexec.MarshalString instead of the model's MarshalGQL, whose fmt.Fprint
// and strconv.Quote cost two allocations and a formatter per value (5% of
// the server's CPU on a depth-2 neighbourhood). The bytes are the same: an
// enum value is a GraphQL name ([_A-Za-z][_0-9A-Za-z]*), which both quote
// as it is. models is the generated models' source, where the enums are
// found. A source without enum marshallers of that form is an error:
// gqlgen's templates have changed.
func enums(src, models []byte) ([]byte, error) {
	isEnum := map[string]bool{}
	for _, m := range enumType.FindAllSubmatch(models, -1) {
		name := string(m[1])
		if bytes.Contains(models, []byte("func (e "+name+") String() string {\n\treturn string(e)\n}\n")) {
			isEnum[name] = true
		}
	}
	n := 0
	out := enumMarshaller.ReplaceAllFunc(src, func(m []byte) []byte {
		g := enumMarshaller.FindSubmatch(m)
		if !isEnum[string(g[3])] {
			return m
		}
		n++
		return []byte(fmt.Sprintf("%s\treturn gqlexec.MarshalString(string(%sv))\n}\n", g[1], g[2]))
	})
	if len(isEnum) == 0 || n == 0 {
		return nil, fmt.Errorf("%d enum models and %d of their marshallers returning the value itself: has gqlgen's enum template changed?", len(isEnum), n)
	}
	return format.Source(out)
}
