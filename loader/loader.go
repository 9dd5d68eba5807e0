// Package loader turns input files into the graph: it walks files and
// folders, reads articles through the extractor and curated records through
// package curated, resolves names to nodes (resolve.go), and writes
// documents to the store in batches, each document atomically. It reports
// progress while it runs and a summary at the end.
package loader

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"hoigraph"
	"hoigraph/gazetteer"
	"hoigraph/loader/curated"
	"hoigraph/store"
)

// Extractor reads one article into a document; loader/extract implements
// it. It must be safe for concurrent use.
type Extractor interface {
	Extract(name string, raw []byte) (hoigraph.Document, error)
}

// ArticleExtensions are the file endings read as articles.
var ArticleExtensions = []string{".txt", ".html", ".htm"}

// Loader loads files into a store. The zero value needs Store (unless
// DryRun) and Extractor (for articles).
type Loader struct {
	Store     *store.Store
	Extractor Extractor
	Gazetteer *gazetteer.Gazetteer // optional: official areas, and better resolution
	Batch     int                  // documents per transaction; 100 when 0
	Workers   int                  // files read and extracted at once; GOMAXPROCS when 0
	DryRun    bool                 // read and extract, write nothing
	Progress  io.Writer            // progress lines; nil for none
	Terminal  bool                 // Progress is a terminal: draw one bar
	Explain   io.Writer            // resolution decisions, one a line; nil for none
}

// FileError is why a file was not loaded.
type FileError struct {
	File string
	Err  error
}

func (e FileError) Error() string { return e.File + ": " + e.Err.Error() }

// Summary is what a load did.
type Summary struct {
	Files     int // input files read
	Documents int // documents they held
	Facts     int // facts in those documents
	Areas     int // official units written from the gazetteer
	Write     store.WriteStats
	Errors    []FileError
	Elapsed   time.Duration
	DryRun    bool
}

// job reads one input file into documents.
type job struct {
	path string
	// parse reads the file's bytes into documents; nil for a job whose
	// document is already parsed (docs), one of a facts file.
	parse func(raw []byte) ([]hoigraph.Document, error)
	docs  []hoigraph.Document
	// single marks a file that is one document whose source hash is the
	// sha256 of its bytes (articles and curated files, not facts files), so
	// that an unchanged one can be skipped before it is even extracted.
	single bool
}

// Load loads files and folders: articles (.txt, .html) and curated records
// (.csv, .yaml, .yml); folders are walked for those extensions. A file that
// cannot be read or extracted is listed in the summary and the others load.
// The error is non-nil only when the load could not go on (ctx ended, the
// store failed as a whole).
func (l *Loader) Load(ctx context.Context, paths []string) (Summary, error) {
	files, errs := walk(paths)
	jobs := make([]job, len(files))
	for i, f := range files {
		jobs[i] = job{path: f, parse: l.parseFile(f), single: true}
	}
	sum, err := l.run(ctx, jobs)
	sum.Errors = append(errs, sum.Errors...)
	return sum, err
}

// LoadFacts loads facts already extracted, as JSON Lines (hoigraph.Fact,
// ../shared/eval/FORMAT.md); each `doc` becomes one document whose hash is
// that of its lines, so reloading an unchanged file changes nothing. A bad
// line rejects its whole file, naming the line.
func (l *Loader) LoadFacts(ctx context.Context, paths []string) (Summary, error) {
	// Each file is checked whole first; its documents then go through the
	// pipeline one by one, so that they are prepared on every core and
	// written while the next ones are prepared.
	var jobs []job
	var errs []FileError
	files := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err == nil {
			var docs []hoigraph.Document
			if docs, err = parseFacts(raw); err == nil {
				files++
				for _, d := range docs {
					jobs = append(jobs, job{path: p + ": " + d.Source.File, docs: []hoigraph.Document{d}})
				}
				continue
			}
		}
		errs = append(errs, FileError{p, err})
	}
	sum, err := l.run(ctx, jobs)
	sum.Files = files
	sum.Errors = append(errs, sum.Errors...)
	return sum, err
}

func (l *Loader) parseFile(path string) func([]byte) ([]hoigraph.Document, error) {
	return func(raw []byte) ([]hoigraph.Document, error) {
		var doc hoigraph.Document
		var err error
		if curated.IsCurated(path) {
			doc, err = curated.Parse(path, raw)
		} else if l.Extractor == nil {
			return nil, errors.New("no extractor for articles")
		} else {
			doc, err = l.Extractor.Extract(filepath.Base(path), raw)
		}
		if err != nil {
			return nil, err
		}
		return []hoigraph.Document{doc}, nil
	}
}

// walk expands folders into their loadable files, sorted so that every load
// of the same input appends provenance in the same order. A file named
// explicitly with an unknown extension is an error.
func walk(paths []string) ([]string, []FileError) {
	var files []string
	var errs []FileError
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, FileError{p, err})
			continue
		}
		if !info.IsDir() {
			if loadable(p) {
				add(p)
			} else {
				errs = append(errs, FileError{p, fmt.Errorf("unknown file type (want %s, %s)", strings.Join(ArticleExtensions, ", "), strings.Join(curated.Extensions, ", "))})
			}
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && loadable(path) && !strings.HasPrefix(d.Name(), ".") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, FileError{p, err})
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return files, errs
}

func loadable(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range ArticleExtensions {
		if ext == e {
			return true
		}
	}
	return curated.IsCurated(path)
}

// parsed is one job's outcome: its documents prepared for the store, and
// the errors of those that could not be.
type parsed struct {
	path     string
	docs     int
	facts    int
	prepared []*store.Prepared
	invalid  []FileError
	err      error
	// unchanged: the file is loaded already with these very bytes.
	unchanged bool
}

// run reads the jobs in parallel, in order, and writes their documents in
// batches while the next ones are being read.
func (l *Loader) run(ctx context.Context, jobs []job) (Summary, error) {
	start := time.Now()
	sum := Summary{DryRun: l.DryRun}
	if l.Store == nil && !l.DryRun {
		return sum, errors.New("load: no store")
	}
	if l.Gazetteer != nil && !l.DryRun {
		st, err := l.Store.WriteAreas(ctx, Areas(l.Gazetteer))
		if err != nil {
			return sum, fmt.Errorf("load gazetteer: %w", err)
		}
		sum.Areas = len(l.Gazetteer.Units())
		sum.Write.Add(st)
	}
	batch := l.Batch
	if batch <= 0 {
		batch = 100
	}
	workers := l.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	out := make(chan []parsed, 1)
	resolver := &Resolver{Gazetteer: l.Gazetteer, Explain: l.Explain}
	go l.read(ctx, jobs, resolver, batch, workers, out)

	p := newProgress(l.Progress, l.Terminal, len(jobs))
	paths := map[string]string{} // source file name → input path, for errors
	var pending []*store.Prepared
	// write sends one batch (at most batch documents: one transaction).
	write := func(docs []*store.Prepared) error {
		st, err := l.Store.WritePrepared(ctx, docs)
		for _, f := range st.Failed {
			path := paths[f.File]
			if path == "" {
				path = f.File
			}
			sum.Errors = append(sum.Errors, FileError{path, f.Err})
		}
		st.Failed = nil
		sum.Write.Add(st)
		return err
	}
	flush := func() error {
		docs := pending
		pending = nil
		if l.DryRun {
			return nil
		}
		for i := 0; i < len(docs); i += batch {
			if err := write(docs[i:min(i+batch, len(docs))]); err != nil {
				return err
			}
		}
		return nil
	}
	for chunk := range out {
		for _, r := range chunk {
			if r.err != nil {
				sum.Errors = append(sum.Errors, FileError{r.path, r.err})
				continue
			}
			sum.Files++
			if r.unchanged {
				sum.Write.Unchanged++
				continue
			}
			sum.Documents += r.docs
			sum.Facts += r.facts
			sum.Errors = append(sum.Errors, r.invalid...)
			for _, d := range r.prepared {
				paths[d.File] = r.path
			}
			pending = append(pending, r.prepared...)
			if len(pending) >= batch {
				if err := flush(); err != nil {
					sum.Elapsed = time.Since(start)
					p.done()
					return sum, fmt.Errorf("load: %w", err)
				}
			}
		}
		p.update(len(chunk), sum.Facts, len(sum.Errors))
	}
	err := flush()
	if err == nil {
		err = ctx.Err()
	}
	p.done()
	sum.Elapsed = time.Since(start)
	if err != nil {
		return sum, fmt.Errorf("load: %w", err)
	}
	return sum, nil
}

// read parses and prepares jobs a chunk at a time with workers goroutines,
// sending each chunk in input order. Files the store already holds with the
// same hash are not extracted again.
func (l *Loader) read(ctx context.Context, jobs []job, r store.Resolver, chunk, workers int, out chan<- []parsed) {
	defer close(out)
	for i := 0; i < len(jobs); i += chunk {
		part := jobs[i:min(i+chunk, len(jobs))]
		loaded := l.loadedHashes(ctx, part)
		res := make([]parsed, len(part))
		next := make(chan int)
		var wg sync.WaitGroup
		for w := 0; w < min(workers, len(part)); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := range next {
					res[k] = readJob(part[k], r, loaded[filepath.Base(part[k].path)])
				}
			}()
		}
		for k := range part {
			next <- k
		}
		close(next)
		wg.Wait()
		select {
		case out <- res:
		case <-ctx.Done():
			return
		}
	}
}

// loadedHashes asks the store which of the single-document files are loaded
// and with what hash. Not knowing only costs time (the store skips unchanged
// documents anyway), so an error means an empty answer.
func (l *Loader) loadedHashes(ctx context.Context, jobs []job) map[string]string {
	if l.DryRun || l.Store == nil {
		return nil
	}
	var files []string
	for _, j := range jobs {
		if j.single {
			files = append(files, filepath.Base(j.path))
		}
	}
	if len(files) == 0 {
		return nil
	}
	hashes, err := l.Store.SourceHashes(ctx, files)
	if err != nil {
		return nil
	}
	return hashes
}

func readJob(j job, r store.Resolver, loadedHash string) parsed {
	docs := j.docs
	if j.parse != nil {
		raw, err := os.ReadFile(j.path)
		if err != nil {
			return parsed{path: j.path, err: err}
		}
		if sum := sha256.Sum256(raw); loadedHash != "" && hex.EncodeToString(sum[:]) == loadedHash {
			return parsed{path: j.path, docs: 1, unchanged: true}
		}
		if docs, err = j.parse(raw); err != nil {
			return parsed{path: j.path, err: err}
		}
	}
	out := parsed{path: j.path, docs: len(docs)}
	for i := range docs {
		out.facts += len(docs[i].Facts)
		p, err := store.Prepare(&docs[i], r)
		if err != nil {
			out.invalid = append(out.invalid, FileError{j.path, err})
			continue
		}
		out.prepared = append(out.prepared, p)
	}
	return out
}

// parseFacts groups JSON Lines facts by document, in order of first
// appearance.
func parseFacts(raw []byte) ([]hoigraph.Document, error) {
	var docs []hoigraph.Document
	index := map[string]int{}
	hashes := map[string]hash.Hash{} // a document's lines, as they come
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var f hoigraph.Fact
		dec := json.NewDecoder(bytes.NewReader(line))
		if err := dec.Decode(&f); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if f.Doc == "" {
			return nil, fmt.Errorf("line %d: field \"doc\" is empty", n)
		}
		if f.Kind == "" {
			return nil, fmt.Errorf("line %d: field \"fact\" is empty", n)
		}
		i, ok := index[f.Doc]
		if !ok {
			i = len(docs)
			index[f.Doc] = i
			docs = append(docs, hoigraph.Document{Source: hoigraph.Source{File: f.Doc, Title: f.Doc, Kind: "article"}})
			hashes[f.Doc] = sha256.New()
		}
		docs[i].Facts = append(docs[i].Facts, f)
		hashes[f.Doc].Write(line)
		hashes[f.Doc].Write([]byte{'\n'})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, errors.New("no facts")
	}
	for i := range docs {
		docs[i].Source.Hash = hex.EncodeToString(hashes[docs[i].Source.File].Sum(nil))
	}
	return docs, nil
}

// Areas turns the gazetteer's units into the store's Area rows.
func Areas(g *gazetteer.Gazetteer) []store.Area {
	units := g.Units()
	out := make([]store.Area, len(units))
	for i, u := range units {
		a := store.Area{
			ID: u.ID(), Name: u.Name, Kind: u.Kind, Level: string(u.Level), Code: u.Code, Era: u.Era,
			ValidFrom: u.ValidFrom(), ValidUntil: u.ValidUntil(),
		}
		if p, ok := g.Parent(u); ok {
			a.ParentID = p.ID()
		}
		out[i] = a
	}
	return out
}

// Print writes the summary for people.
func (s Summary) Print(w io.Writer) {
	secs := s.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	if s.DryRun {
		fmt.Fprintln(w, "dry run: nothing written")
	}
	fmt.Fprintf(w, "files: %d read, %d documents, %d facts in %.1fs (%.0f facts/s, %.1f files/s)\n",
		s.Files, s.Documents, s.Facts, s.Elapsed.Seconds(), float64(s.Facts)/secs, float64(s.Files)/secs)
	if !s.DryRun {
		fmt.Fprintf(w, "documents: %d written (%d replacing an earlier version), %d unchanged\n",
			s.Write.Documents, s.Write.Replaced, s.Write.Unchanged)
		if s.Areas > 0 {
			fmt.Fprintf(w, "areas: %d official units from the gazetteer\n", s.Areas)
		}
		fmt.Fprintf(w, "nodes: %d created, %d deleted; relationships: %d created, %d deleted\n",
			s.Write.NodesCreated, s.Write.NodesDeleted, s.Write.RelationshipsCreated, s.Write.RelationshipsDeleted)
	}
	fmt.Fprintf(w, "errors: %d\n", len(s.Errors))
	for _, e := range s.Errors {
		fmt.Fprintf(w, "  %s\n", e.Error())
	}
}
