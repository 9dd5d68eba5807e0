// Package gqlfast answers a validated GraphQL query without gqlgen's
// executor, for the queries where that changes nothing but the cost.
//
// gqlgen runs every field through its executor: a field context, the
// extension chain, the response middlewares, a Marshaler value per field
// and per list element. hoigraph has no field resolvers (gqlgen.yml): a
// root resolver loads the whole selection in one Cypher statement and
// fills plain models, so below the root there is nothing left to run, only
// structs to write out. That per-request machinery was the largest share
// of the server's own CPU on small answers that the same Cypher run
// directly does not pay (BENCHMARKS.md, "API at issue 11, branch api8").
//
// Answer calls the same root resolvers with the same contexts gqlgen gives
// them (the operation context, a field context for the root field) and
// writes their models field by field for the selection, by the models'
// JSON tags, which gqlgen generates equal to the schema's field names. It
// answers only when the result can only be the one gqlgen would write:
// a query with no directives, whose resolvers all succeed and return no
// null where the schema says non-null, whose scalars are the built-in ones
// and whose answer fits the size limit. Otherwise it says so and the
// caller runs the operation through gqlgen (a read run twice is the price
// of an error). Parsing, validation, variables, introspection and the
// depth and complexity limits stay with gqlgen: Answer takes the
// operation context gqlgen's CreateOperationContext has built.
//
// TestFastPathAnswersAsGqlgen (httpapi) sends many queries through both
// and requires byte-identical answers.
package gqlfast

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"hoigraph/internal/gqlexec"
)

// Executor answers queries of one schema through one query resolver.
type Executor struct {
	schema   *ast.Schema
	roots    map[string]rootField // the Query fields whose resolver method was found
	maxBytes int

	mu    sync.RWMutex
	plans map[*ast.OperationDefinition]*plan // by operation, bounded

	answered atomic.Int64
}

// Answered is how many operations Answer has answered (0 for a nil
// executor), for metrics and tests.
func (e *Executor) Answered() int64 {
	if e == nil {
		return 0
	}
	return e.answered.Load()
}

// maxPlans bounds the remembered plans. A plan's key is its operation,
// which the entry keeps alive (its address cannot be reused by another
// document meanwhile); gqlgen's query cache hands the same operation for
// the same query text while it keeps the document. The map is emptied
// when full.
const maxPlans = 1000

// rootField is a Query field's resolver method and its arguments' Go
// types, in the schema's order (the order of gqlgen's generated
// QueryResolver methods).
type rootField struct {
	method reflect.Value
	args   []string
	types  []reflect.Type
}

// New returns an executor for schema that resolves root fields through
// query (the generated QueryResolver), writing answers of at most
// maxBytes of data. A Query field without a method of the expected shape
// is left to gqlgen.
func New(schema *ast.Schema, query any, maxBytes int) *Executor {
	e := &Executor{schema: schema, roots: map[string]rootField{}, maxBytes: maxBytes, plans: map[*ast.OperationDefinition]*plan{}}
	ctxType := reflect.TypeFor[context.Context]()
	errType := reflect.TypeFor[error]()
	v := reflect.ValueOf(query)
	for _, f := range schema.Query.Fields {
		if strings.HasPrefix(f.Name, "__") {
			continue
		}
		m := v.MethodByName(strings.ToUpper(f.Name[:1]) + f.Name[1:])
		if !m.IsValid() {
			continue
		}
		t := m.Type()
		if t.NumIn() != 1+len(f.Arguments) || t.In(0) != ctxType || t.NumOut() != 2 || t.Out(1) != errType {
			continue
		}
		rf := rootField{method: m}
		for i, a := range f.Arguments {
			rf.args = append(rf.args, a.Name)
			rf.types = append(rf.types, t.In(1+i))
		}
		e.roots[f.Name] = rf
	}
	return e
}

// Answer returns the data of op (what gqlgen would write as "data"), or
// false when the operation must go through gqlgen (always, for a nil
// executor).
func (e *Executor) Answer(ctx context.Context, op *graphql.OperationContext) (data []byte, ok bool) {
	if e == nil {
		return nil, false
	}
	p := e.plan(op)
	if p == nil {
		return nil, false
	}
	defer func() {
		if recover() != nil {
			data, ok = nil, false
		}
	}()
	ctx = graphql.WithOperationContext(ctx, op)
	w := writer{buf: bytes.NewBuffer(make([]byte, 0, 1024)), max: e.maxBytes}
	w.buf.WriteByte('{')
	for i, f := range p.root.fields {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		w.key(f.alias)
		if f.typename {
			gqlexec.MarshalString("Query").MarshalGQL(w.buf)
			continue
		}
		v, ok := e.resolve(ctx, op, f.field)
		if !ok || !w.value(v, f) {
			return nil, false
		}
	}
	w.buf.WriteByte('}')
	if w.buf.Len() > w.max {
		return nil, false
	}
	e.answered.Add(1)
	return w.buf.Bytes(), true
}

// resolve calls the root field's resolver as gqlgen does: a field context
// with the collected field, its arguments converted to the method's types.
func (e *Executor) resolve(ctx context.Context, op *graphql.OperationContext, f graphql.CollectedField) (reflect.Value, bool) {
	rf := e.roots[f.Name]
	raw := f.ArgumentMap(op.Variables)
	fc := &graphql.FieldContext{Object: "Query", Field: f, Args: raw, IsMethod: true, IsResolver: true}
	in := make([]reflect.Value, 1+len(rf.args))
	in[0] = reflect.ValueOf(graphql.WithFieldContext(ctx, fc))
	for i, name := range rf.args {
		v, ok := argument(raw[name], rf.types[i])
		if !ok {
			return reflect.Value{}, false
		}
		in[1+i] = v
	}
	out := rf.method.Call(in)
	if !out[1].IsNil() {
		return reflect.Value{}, false
	}
	return out[0], true
}

// argument converts a validated argument value (a literal's or a
// variable's, coerced by gqlparser) to the resolver's parameter type t: a
// string as it is, anything else through its JSON form, which the models
// (gqlgen's input structs and enums, plain Go values with JSON tags)
// decode as gqlgen's unmarshallers do for valid input. Absent or null
// leaves t's zero value, as gqlgen does for an optional argument.
func argument(raw any, t reflect.Type) (reflect.Value, bool) {
	if raw == nil {
		return reflect.Zero(t), true
	}
	if s, ok := raw.(string); ok && t.Kind() == reflect.String && t.PkgPath() == "" {
		return reflect.ValueOf(s), true
	}
	b, err := json.Marshal(raw)
	if err != nil {
		return reflect.Value{}, false
	}
	p := reflect.New(t)
	if json.Unmarshal(b, p.Interface()) != nil {
		return reflect.Value{}, false
	}
	return p.Elem(), true
}

// --- Plans: the collected fields of every selection, per concrete type.

// plan is what Answer needs of one operation, built once: the root
// fields, and below each composite field the collected fields for each
// object type its value may have.
type plan struct{ root *object }

type object struct {
	name   string // the GraphQL object type
	fields []field
}

type field struct {
	field    graphql.CollectedField
	alias    string
	name     string
	typename bool // __typename
	typ      *ast.Type
	named    *ast.Definition    // the named type of typ
	objects  map[string]*object // composite fields: by the object type of the value
}

func (e *Executor) plan(op *graphql.OperationContext) *plan {
	e.mu.RLock()
	p, ok := e.plans[op.Operation]
	e.mu.RUnlock()
	if ok {
		return p
	}
	p = e.build(op)
	e.mu.Lock()
	if len(e.plans) >= maxPlans {
		clear(e.plans)
	}
	e.plans[op.Operation] = p
	e.mu.Unlock()
	return p
}

// build returns the operation's plan, or nil when gqlgen must run it: not
// a query, a directive anywhere (@skip and @include depend on variables,
// others on code gqlgen calls), or a root field without a resolver method.
func (e *Executor) build(op *graphql.OperationContext) *plan {
	if op.Operation == nil || op.Operation.Operation != ast.Query || len(op.Operation.Directives) > 0 ||
		hasDirectives(op.Operation.SelectionSet, op.Doc.Fragments, map[string]bool{}) {
		return nil
	}
	for _, f := range graphql.CollectFields(op, op.Operation.SelectionSet, []string{"Query"}) {
		if _, ok := e.roots[f.Name]; !ok && f.Name != "__typename" {
			return nil
		}
	}
	root, ok := e.object(op, op.Operation.SelectionSet, e.schema.Query)
	if !ok {
		return nil
	}
	return &plan{root: root}
}

func hasDirectives(set ast.SelectionSet, frags ast.FragmentDefinitionList, seen map[string]bool) bool {
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			if len(s.Directives) > 0 || hasDirectives(s.SelectionSet, frags, seen) {
				return true
			}
		case *ast.InlineFragment:
			if len(s.Directives) > 0 || hasDirectives(s.SelectionSet, frags, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if len(s.Directives) > 0 {
				return true
			}
			if seen[s.Name] {
				continue
			}
			seen[s.Name] = true
			d := frags.ForName(s.Name)
			if d == nil || len(d.Directives) > 0 || hasDirectives(d.SelectionSet, frags, seen) {
				return true
			}
		}
	}
	return false
}

// object collects sel on object type def as gqlgen's generated executor
// does (the type, its interfaces and the unions it belongs to), and plans
// each composite field for every object type its value may have.
func (e *Executor) object(op *graphql.OperationContext, sel ast.SelectionSet, def *ast.Definition) (*object, bool) {
	satisfies := []string{def.Name}
	for _, i := range e.schema.GetImplements(def) {
		satisfies = append(satisfies, i.Name)
	}
	o := &object{name: def.Name}
	for _, cf := range graphql.CollectFields(op, sel, satisfies) {
		f := field{field: cf, alias: cf.Alias, name: cf.Name, typename: cf.Name == "__typename"}
		if !f.typename {
			if cf.Definition == nil {
				return nil, false
			}
			f.typ = cf.Definition.Type
			f.named = e.schema.Types[f.typ.Name()]
			if f.named == nil {
				return nil, false
			}
			if f.named.IsCompositeType() {
				f.objects = map[string]*object{}
				for _, t := range e.schema.GetPossibleTypes(f.named) {
					sub, ok := e.object(op, cf.Selections, t)
					if !ok {
						return nil, false
					}
					f.objects[t.Name] = sub
				}
			}
		}
		o.fields = append(o.fields, f)
	}
	return o, true
}

// --- Writing: the models as gqlgen's generated marshallers write them.

type writer struct {
	buf *bytes.Buffer
	max int
}

func (w writer) key(k string) {
	// Aliases and field names are GraphQL names: nothing to escape.
	w.buf.WriteByte('"')
	w.buf.WriteString(k)
	w.buf.WriteString(`":`)
}

// value writes v, the Go value of field f, of type t (f.typ or an element
// type of it); false when gqlgen's answer could differ (a null where t is
// non-null: gqlgen reports an error) or the answer grew past the limit.
func (w writer) value(v reflect.Value, f field) bool { return w.typed(v, f, f.typ) }

func (w writer) typed(v reflect.Value, f field, t *ast.Type) bool {
	if w.buf.Len() > w.max {
		return false
	}
	if t.Elem != nil {
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return w.null(t)
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Slice {
			return false
		}
		// gqlgen writes a nil slice of a nullable list as null, of a
		// non-null one as [].
		if v.IsNil() && !t.NonNull {
			w.buf.WriteString("null")
			return true
		}
		w.buf.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				w.buf.WriteByte(',')
			}
			if !w.typed(v.Index(i), f, t.Elem) {
				return false
			}
		}
		w.buf.WriteByte(']')
		return true
	}
	if (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil() {
		return w.null(t)
	}
	switch f.named.Kind {
	case ast.Scalar:
		return w.scalar(v, f.named.Name)
	case ast.Enum:
		m, ok := v.Interface().(graphql.Marshaler)
		if !ok {
			return false
		}
		m.MarshalGQL(w.buf)
		return true
	case ast.Object, ast.Interface, ast.Union:
		if v.Kind() == reflect.Interface {
			v = v.Elem()
		}
		if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
			return false
		}
		// The models are named as their GraphQL types.
		o := f.objects[v.Elem().Type().Name()]
		if o == nil {
			return false
		}
		return w.object(v.Elem(), o)
	}
	return false
}

func (w writer) null(t *ast.Type) bool {
	if t.NonNull {
		return false
	}
	w.buf.WriteString("null")
	return true
}

// scalar writes the built-in scalars as gqlgen's marshallers do; any other
// scalar (Upload) is left to gqlgen.
func (w writer) scalar(v reflect.Value, name string) bool {
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	switch name {
	case "String", "ID":
		if v.Kind() != reflect.String {
			return false
		}
		gqlexec.MarshalString(v.String()).MarshalGQL(w.buf)
	case "Int":
		if !v.CanInt() {
			return false
		}
		w.buf.WriteString(strconv.FormatInt(v.Int(), 10))
	case "Float":
		if !v.CanFloat() {
			return false
		}
		if err := graphql.MarshalFloatContext(v.Float()).MarshalGQLContext(context.Background(), w.buf); err != nil {
			return false
		}
	case "Boolean":
		if v.Kind() != reflect.Bool {
			return false
		}
		w.buf.WriteString(strconv.FormatBool(v.Bool()))
	default:
		return false
	}
	return true
}

func (w writer) object(v reflect.Value, o *object) bool {
	idx := fieldIndex(v.Type())
	w.buf.WriteByte('{')
	for i, f := range o.fields {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		w.key(f.alias)
		if f.typename {
			gqlexec.MarshalString(o.name).MarshalGQL(w.buf)
			continue
		}
		j, ok := idx[f.name]
		if !ok || !w.value(v.Field(j), f) {
			return false
		}
	}
	w.buf.WriteByte('}')
	return true
}

// fieldIndex maps a model's JSON names (its GraphQL field names) to its
// struct fields, once per type.
func fieldIndex(t reflect.Type) map[string]int {
	if m, ok := indexes.Load(t); ok {
		return m.(map[string]int)
	}
	m := map[string]int{}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			m[name] = i
		}
	}
	indexes.Store(t, m)
	return m
}

var indexes sync.Map // reflect.Type → map[string]int
