package loader

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"hoigraph"
	"hoigraph/loader/curated"
	"hoigraph/store"
	"hoigraph/vntext"
)

// Writes made through the API go through here, so that an ingested article
// is extracted, resolved and written exactly as `hoigraph load` would (one
// document, one transaction: all its facts or none), and an assertion is a
// document of its own under an edit Source.

// Edit is who makes a write through the API and why.
type Edit struct {
	By     string // the principal's name
	Action string // the mutation
	Note   string
	At     time.Time // zero: now
}

func (e Edit) stamp(src *hoigraph.Source) {
	at := e.At
	if at.IsZero() {
		at = time.Now()
	}
	src.By, src.Action, src.Note, src.At = e.By, e.Action, e.Note, at.UTC().Format(time.RFC3339Nano)
}

// Written is what a write did: the document (its source and facts) and,
// unless it was a dry run, the store's account.
type Written struct {
	Doc   hoigraph.Document
	Stats store.WriteStats
	// Unchanged: the same bytes were loaded already, nothing was written.
	Unchanged bool
}

// Ingest extracts one article (raw, in any encoding the loader reads) and
// writes it unless dryRun. meta's title, date, publisher and URL replace
// what is empty. name is the file name the source is known by; "" names it
// by its content's hash.
func (l *Loader) Ingest(ctx context.Context, name string, raw []byte, meta hoigraph.Source, e Edit, dryRun bool) (Written, error) {
	if l.Extractor == nil {
		return Written{}, errors.New("ingest: no extractor")
	}
	sum := sha256.Sum256(raw)
	if name == "" {
		name = "ingest-" + hex.EncodeToString(sum[:6]) + ".txt"
	}
	name = filepath.Base(name)
	if date := meta.Date; date != "" && !isoDate.MatchString(date) {
		return Written{}, &hoigraph.Error{Code: hoigraph.EINVALID, Message: fmt.Sprintf("date %q is not an ISO date (2020, 2020-10 or 2020-10-15)", date), Details: map[string]any{"field": "date"}}
	}
	doc, err := l.Extractor.Extract(name, raw)
	if err != nil {
		return Written{}, &hoigraph.Error{Code: hoigraph.EINVALID, Message: "the article could not be read: " + err.Error(), Err: err}
	}
	// An article sent over the API is known by its content: the same
	// bytes again are the same source, other bytes under the same file
	// name another one.
	doc.Source.Path = "api/articles/" + hex.EncodeToString(sum[:6]) + "/" + name
	doc.Source.ID = store.SourceID(doc.Source.Path)
	if meta.Title != "" {
		doc.Source.Title = meta.Title
	}
	if meta.Date != "" {
		doc.Source.Date = meta.Date
	}
	if meta.Publisher != "" {
		doc.Source.Publisher = meta.Publisher
	}
	if meta.URL != "" {
		doc.Source.URL = meta.URL
	}
	e.stamp(&doc.Source)
	return l.write(ctx, doc, nil, dryRun)
}

// isoDate is an ISO date of year, month or day precision.
var isoDate = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// lineField reads where a curated file's error is, for the API's
// extensions.
var lineField = regexp.MustCompile(`line (\d+)(?:: field "([^"]+)")?`)

// Curated reads one curated file (CSV or YAML, by name's extension) and
// writes it whole unless dryRun; a bad row is an INVALID error whose
// details name the file, the line and the field.
func (l *Loader) Curated(ctx context.Context, name string, raw []byte, e Edit, dryRun bool) (Written, error) {
	name = filepath.Base(name)
	if !curated.IsCurated(name) {
		return Written{}, &hoigraph.Error{Code: hoigraph.EINVALID, Message: fmt.Sprintf("%q is not a curated file (want %s)", name, strings.Join(curated.Extensions, ", ")), Details: map[string]any{"file": name}}
	}
	doc, err := curated.Parse(name, raw)
	if err != nil {
		he := &hoigraph.Error{Code: hoigraph.EINVALID, Message: err.Error(), Details: map[string]any{"file": name}, Err: err}
		if m := lineField.FindStringSubmatch(err.Error()); m != nil {
			he.Details["line"], _ = strconv.Atoi(m[1])
			if m[2] != "" {
				he.Details["field"] = m[2]
			}
		}
		return Written{}, he
	}
	// A curated file is known by its name, as a file under one folder is:
	// uploading it again replaces what it said before.
	doc.Source.Path = "api/curated/" + name
	doc.Source.ID = store.SourceID(doc.Source.Path)
	e.stamp(&doc.Source)
	return l.write(ctx, doc, nil, dryRun)
}

// NewEditSource is the Source of one edit: an id of its own (two edits are
// never one source), titled by what it did.
func NewEditSource(e Edit, title string) hoigraph.Source {
	var b [8]byte
	rand.Read(b[:])
	src := hoigraph.Source{Kind: hoigraph.SourceEdit, Title: title}
	e.stamp(&src)
	stamp := strings.NewReplacer(":", "", "-", "", ".", "").Replace(src.At[:min(len(src.At), 19)])
	src.File = "edit-" + stamp + "-" + hex.EncodeToString(b[:])
	src.ID = "source:" + strings.ToLower(src.File)
	src.Date = src.At[:10]
	return src
}

// Assert writes facts that no article states under a new edit Source.
// fixed maps the names the facts use to nodes the caller chose by id, so
// that an assertion about an existing node lands on that node whatever the
// resolver would make of its name.
func (l *Loader) Assert(ctx context.Context, facts []hoigraph.Fact, fixed map[string]store.Ref, e Edit, title string) (Written, error) {
	src := NewEditSource(e, title)
	for i := range facts {
		facts[i].Doc = src.File
		if facts[i].AsOf == "" {
			facts[i].AsOf = src.Date
		}
	}
	return l.write(ctx, hoigraph.Document{Source: src, Facts: facts}, fixed, false)
}

// FixedKey is the key of a name in Assert's fixed map: the node's kind
// ("org", "person", "area") and its name as the facts spell it.
func FixedKey(kind, name string) string {
	return kind + "\x00" + strings.Join(strings.Fields(vntext.NFC(name)), " ")
}

// write prepares doc with the loader's resolver (the gazetteer's when
// there is one) and writes it in one transaction.
func (l *Loader) write(ctx context.Context, doc hoigraph.Document, fixed map[string]store.Ref, dryRun bool) (Written, error) {
	var r store.Resolver = &Resolver{Gazetteer: l.Gazetteer}
	if len(fixed) > 0 {
		r = fixedResolver{fixed: fixed, next: r}
	}
	p, err := store.Prepare(&doc, r)
	if err != nil {
		return Written{}, &hoigraph.Error{Code: hoigraph.EINVALID, Message: err.Error(), Err: err}
	}
	if dryRun {
		return Written{Doc: doc}, nil
	}
	if l.Store == nil {
		return Written{}, errors.New("write: no store")
	}
	st, err := l.Store.WritePrepared(ctx, []*store.Prepared{p})
	if err != nil {
		return Written{}, err
	}
	if len(st.Failed) > 0 {
		return Written{}, &hoigraph.Error{Code: hoigraph.EINVALID,
			Message: "Neo4j refused a value of this document (a name too long to index, say); nothing of it was written", Err: st.Failed[0]}
	}
	return Written{Doc: doc, Stats: st, Unchanged: st.Unchanged > 0 && st.Documents == 0}, nil
}

// fixedResolver answers the names the caller chose nodes for, and asks
// next about the others.
type fixedResolver struct {
	fixed map[string]store.Ref
	next  store.Resolver
}

func (f fixedResolver) Org(doc *hoigraph.Document, name string) store.Ref {
	if r, ok := f.fixed[FixedKey("org", name)]; ok {
		return r
	}
	return f.next.Org(doc, name)
}

func (f fixedResolver) Person(doc *hoigraph.Document, name string) store.Ref {
	if r, ok := f.fixed[FixedKey("person", name)]; ok {
		return r
	}
	return f.next.Person(doc, name)
}

func (f fixedResolver) Area(doc *hoigraph.Document, name string) store.Ref {
	if r, ok := f.fixed[FixedKey("area", name)]; ok {
		return r
	}
	return f.next.Area(doc, name)
}
