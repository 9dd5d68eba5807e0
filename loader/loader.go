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
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"slices"
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
	// Writers is how many batches are written at once, each in its own
	// transaction; DefaultWriters when 0. Neo4j runs one transaction on
	// one core, so a second writer lets it use a second core while the
	// first commits. The graph is the same whatever the number: it is a
	// function of its sources, whatever the order they commit in.
	Writers  int
	DryRun   bool      // read and extract, write nothing
	Progress io.Writer // progress lines; nil for none
	Terminal bool      // Progress is a terminal: draw one bar
	Explain  io.Writer // resolution decisions, one a line; nil for none
	// MaxFileBytes is the largest input file read; a larger one is an
	// error naming it. DefaultMaxFileBytes when 0.
	MaxFileBytes int64
	// Root is what a source's path is relative to, the working directory
	// when "": a source is identified by that path (SourceID).
	Root string
	// Import, when set, is where the load writes instead of Store: the
	// in-memory graph of an offline first load (hoigraph import), built
	// from the same prepared documents. Replace does not apply to it.
	Import *store.Import
	// Replace makes the load the whole truth about the paths it is given:
	// sources loaded earlier from under them whose file is gone are
	// removed, once everything else is loaded. Nothing outside them is.
	Replace bool
}

// DefaultWriters is the default of Loader.Writers (see BENCHMARKS.md).
const DefaultWriters = 2

// DefaultMaxFileBytes is the default limit of Loader.MaxFileBytes: a
// thousand times the longest article of the corpora.
const DefaultMaxFileBytes = 64 << 20

func (l *Loader) maxFileBytes() int64 {
	if l.MaxFileBytes > 0 {
		return l.MaxFileBytes
	}
	return DefaultMaxFileBytes
}

// SourceID is the id of the source read from path: store.SourceID of the
// path relative to Root (absolute when it lies outside Root).
func (l *Loader) SourceID(path string) string { return store.SourceID(l.relPath(path)) }

// relPath is path relative to Root, with / between folders; a path outside
// Root stays absolute.
func (l *Loader) relPath(path string) string {
	root := l.Root
	if root == "" {
		root = "."
	}
	absRoot, err1 := filepath.Abs(root)
	abs, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(filepath.Clean(path))
	}
	rel, err := filepath.Rel(absRoot, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
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
	AreaLinks int // old unit → new unit edges of the 2025 reorganisation
	Write     store.WriteStats
	Errors    []FileError
	Elapsed   time.Duration
	DryRun    bool
	// Removed are the sources a Replace load removed.
	Removed []string
	// Stopped is why the load could not go on, when it could not: the
	// summary then says so instead of counting errors.
	Stopped error
	// Skipped are the files of the folders walked that are not read, with
	// why (not an input type, hidden); they are not errors.
	Skipped []FileError
}

// job reads one input file into documents.
type job struct {
	path string
	// parse reads the file's bytes into documents; nil for a job whose
	// document is already parsed (docs), one of a facts file.
	parse func(raw []byte) ([]hoigraph.Document, error)
	docs  []hoigraph.Document
	// id is the source id of a file that is one document whose source
	// hash is the sha256 of its bytes (articles and curated files, not
	// facts files), so that an unchanged one is skipped before it is even
	// extracted; "" for the others.
	id  string
	err error // the job failed before it was read
}

// Load loads files and folders: articles (.txt, .html) and curated records
// (.csv, .yaml, .yml); folders are walked for those extensions. A file that
// cannot be read or extracted is listed in the summary and the others load.
// The error is non-nil only when the load could not go on (ctx ended, the
// store failed as a whole).
//
// A path that does not exist is an error before anything is written.
func (l *Loader) Load(ctx context.Context, paths []string) (Summary, error) {
	if err := mustExist(paths); err != nil {
		return Summary{DryRun: l.DryRun}, err
	}
	files, skipped, errs := Walk(paths, loadable)
	jobs := make([]job, len(files))
	ids := make([]string, len(files))
	for i, f := range files {
		jobs[i] = job{path: f, parse: l.parseFile(f), id: l.SourceID(f)}
		ids[i] = jobs[i].id
	}
	sum, err := l.run(ctx, len(jobs), slices.Values(jobs), ids)
	sum.Errors = append(errs, sum.Errors...)
	sum.Skipped = skipped
	if err == nil {
		err = l.replace(ctx, paths, ids, &sum)
	}
	return sum, err
}

// mustExist fails when one of paths does not exist, naming it.
func mustExist(paths []string) error {
	var missing []error
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			missing = append(missing, err)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("nothing loaded: %w", errors.Join(missing...))
	}
	return nil
}

// replace removes, for a Replace load, the sources read earlier from under
// paths that this load did not find (ids are those it found), saying which
// on Progress first.
func (l *Loader) replace(ctx context.Context, paths, ids []string, sum *Summary) error {
	if !l.Replace || l.DryRun || l.Import != nil {
		return nil
	}
	var files, dirs []string
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			dirs = append(dirs, l.relPath(p))
		} else {
			files = append(files, l.relPath(p))
		}
	}
	under, err := l.Store.SourcesUnder(ctx, files, dirs)
	if err != nil {
		return fmt.Errorf("replace: %w", err)
	}
	found := map[string]bool{}
	for _, id := range ids {
		found[id] = true
	}
	var gone []string
	for _, id := range under {
		if !found[id] {
			gone = append(gone, id)
		}
	}
	if len(gone) == 0 {
		return nil
	}
	if l.Progress != nil {
		fmt.Fprintf(l.Progress, "replace: removing %d sources under %s that are no longer there:\n  %s\n",
			len(gone), strings.Join(append(files, dirs...), ", "), strings.Join(gone, "\n  "))
	}
	st, err := l.Store.RemoveSources(ctx, gone)
	sum.Write.Add(st)
	if err != nil {
		return fmt.Errorf("replace: %w", err)
	}
	sum.Removed = gone
	return nil
}

// LoadFacts loads facts already extracted, as JSON Lines (hoigraph.Fact,
// ../shared/eval/FORMAT.md); each `doc` becomes one document whose hash is
// that of its lines, so reloading an unchanged file changes nothing. A bad
// line rejects its whole file, naming the line.
func (l *Loader) LoadFacts(ctx context.Context, paths []string) (Summary, error) {
	// Each file is read twice: first checked whole, keeping only how many
	// lines each document has, so that a bad line rejects the file before
	// anything of it is written; then streamed, each document going through
	// the pipeline as soon as its last line is read. Memory holds the
	// documents of a few batches, not the file (1.7 GB for 187 MB before).
	if err := mustExist(paths); err != nil {
		return Summary{DryRun: l.DryRun}, err
	}
	var files []factsFile
	var errs []FileError
	var ids []string
	total := 0
	for _, p := range paths {
		f, err := checkFacts(p)
		if err != nil {
			errs = append(errs, FileError{p, err})
			continue
		}
		files = append(files, f)
		total += len(f.lines)
		for _, d := range f.docs {
			ids = append(ids, store.SourceID(d))
		}
	}
	jobs := func(yield func(job) bool) {
		for _, f := range files {
			err := f.stream(func(d hoigraph.Document) bool {
				d.Source.ID, d.Source.Path = store.SourceID(d.Source.File), l.relPath(f.path)
				return yield(job{path: f.path + ": " + d.Source.File, docs: []hoigraph.Document{d}})
			})
			// Only a file changed between the two readings fails here.
			if err != nil && !yield(job{path: f.path, err: err}) {
				return
			}
		}
	}
	sum, err := l.run(ctx, total, jobs, nil)
	sum.Files = len(files)
	sum.Errors = append(errs, sum.Errors...)
	if err == nil && len(errs) == 0 {
		err = l.replace(ctx, paths, ids, &sum)
	}
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
		doc.Source.Path = l.relPath(path)
		doc.Source.ID = store.SourceID(doc.Source.Path)
		return []hoigraph.Document{doc}, nil
	}
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
// batches while the next ones are being read. ids are the source ids of the
// single-document jobs, whose loaded hashes are asked for at once.
func (l *Loader) run(ctx context.Context, total int, jobs iter.Seq[job], ids []string) (Summary, error) {
	start := time.Now()
	sum := Summary{DryRun: l.DryRun}
	if l.Store == nil && l.Import == nil && !l.DryRun {
		return sum, errors.New("load: no store")
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
	// Reading needs nothing of the store but the loaded hashes, so it
	// starts while the gazetteer is written; nothing is written before.
	out := make(chan []parsed, 1)
	resolver := &Resolver{Gazetteer: l.Gazetteer, Explain: l.Explain}
	go l.read(ctx, jobs, ids, resolver, batch, workers, out)
	if l.Gazetteer != nil && !l.DryRun {
		st, err := l.writer().WriteAreas(ctx, Areas(l.Gazetteer))
		if err != nil {
			return sum, fmt.Errorf("load gazetteer: %w", err)
		}
		sum.Areas = len(l.Gazetteer.Units())
		sum.Write.Add(st)
		if st, err = l.writer().WriteAreaLinks(ctx, AreaLinks(l.Gazetteer)); err != nil {
			return sum, fmt.Errorf("load gazetteer: %w", err)
		}
		sum.AreaLinks = len(l.Gazetteer.Links())
		sum.Write.Add(st)
	}

	p := newProgress(l.Progress, l.Terminal, total)
	paths := map[string]string{} // source file name → input path, for errors
	var pending []*store.Prepared
	w := l.startWriters(ctx, cancel, &sum)
	flush := func() error {
		docs := pending
		pending = nil
		if l.DryRun {
			return nil
		}
		for i := 0; i < len(docs); i += batch {
			if err := w.send(docs[i:min(i+batch, len(docs))], paths); err != nil {
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
					w.wait()
					sum.Elapsed = time.Since(start)
					p.done()
					return sum, fmt.Errorf("load: %w", err)
				}
			}
		}
		p.update(len(chunk), sum.Facts, w.errors())
	}
	err := flush()
	if werr := w.wait(); err == nil {
		err = werr
	}
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

// writer is what the load writes to: the Import when there is one, else
// the Store.
func (l *Loader) writer() interface {
	WriteAreas(context.Context, []store.Area) (store.WriteStats, error)
	WriteAreaLinks(context.Context, []store.AreaLink) (store.WriteStats, error)
	WritePrepared(context.Context, []*store.Prepared) (store.WriteStats, error)
} {
	if l.Import != nil {
		return l.Import
	}
	return l.Store
}

// writers write batches with Loader.Writers goroutines, adding what they
// did to one summary.
type writers struct {
	l       *Loader
	ctx     context.Context
	cancel  context.CancelFunc
	batches chan writeBatch
	wg      sync.WaitGroup
	mu      sync.Mutex // guards what follows
	write   store.WriteStats
	failed  []FileError
	err     error    // the first error that stopped a writer
	sum     *Summary // where wait adds write and failed
}

type writeBatch struct {
	docs  []*store.Prepared
	paths map[string]string // source file name → input path, for errors
}

func (l *Loader) startWriters(ctx context.Context, cancel context.CancelFunc, sum *Summary) *writers {
	n := l.Writers
	if n <= 0 {
		n = DefaultWriters
	}
	w := &writers{l: l, ctx: ctx, cancel: cancel, batches: make(chan writeBatch), sum: sum}
	for range n {
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			for b := range w.batches {
				w.writeBatch(b)
			}
		}()
	}
	return w
}

// send hands one batch (one transaction) to a writer, waiting for one to be
// free; its error is the one that stopped the writers, if any did.
func (w *writers) send(docs []*store.Prepared, paths map[string]string) error {
	b := writeBatch{docs: docs, paths: map[string]string{}}
	for _, d := range docs {
		b.paths[d.File] = paths[d.File]
	}
	select {
	case w.batches <- b:
	case <-w.ctx.Done():
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

func (w *writers) writeBatch(b writeBatch) {
	if w.ctx.Err() != nil {
		return
	}
	st, err := w.l.writer().WritePrepared(w.ctx, b.docs)
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, f := range st.Failed {
		path := b.paths[f.File]
		if path == "" {
			path = f.File
		}
		w.failed = append(w.failed, FileError{path, f.Err})
	}
	st.Failed = nil
	w.write.Add(st)
	if err != nil && w.err == nil {
		w.err = err
		w.cancel()
	}
}

// errors is how many inputs have failed so far, in the summary (read by
// the caller's goroutine) and in the writers.
func (w *writers) errors() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.sum.Errors) + len(w.failed)
}

// wait lets the writers finish what they were given and returns the first
// error that stopped one.
func (w *writers) wait() error {
	close(w.batches)
	w.wg.Wait()
	w.sum.Errors = append(w.sum.Errors, w.failed...)
	w.sum.Write.Add(w.write)
	return w.err
}

// read parses and prepares jobs a chunk at a time with workers goroutines,
// sending each chunk in input order. Files the store already holds with the
// same hash are not extracted again: their hashes (ids: the sources of the
// single-document jobs) are read at the start, in sourceParts statements
// at once, not one per chunk.
func (l *Loader) read(ctx context.Context, jobs iter.Seq[job], ids []string, r store.Resolver, chunk, workers int, out chan<- []parsed) {
	defer close(out)
	// The files of the first chunks are read and hashed while the store
	// answers.
	loaded := make(chan map[string]string, 1)
	go func() {
		loaded <- l.loadedHashes(ctx, ids)
	}()
	hashes := sync.OnceValue(func() map[string]string { return <-loaded })
	var part []job
	for j := range jobs {
		part = append(part, j)
		if len(part) < chunk {
			continue
		}
		if !l.readChunk(ctx, part, hashes, r, workers, out) {
			return
		}
		part = nil
	}
	if len(part) > 0 {
		l.readChunk(ctx, part, hashes, r, workers, out)
	}
}

// readChunk reads one chunk; false when ctx ended.
func (l *Loader) readChunk(ctx context.Context, part []job, loaded func() map[string]string, r store.Resolver, workers int, out chan<- []parsed) bool {
	res := make([]parsed, len(part))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, len(part)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				res[k] = readJob(part[k], r, loaded, l.maxFileBytes())
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
		return true
	case <-ctx.Done():
		return false
	}
}

// loadedHashes asks the store which of the sources ids are loaded and with
// what hash, in sourceParts statements at once (Neo4j runs a statement on
// one core). Not knowing only costs time (the store skips unchanged
// documents anyway), so an error means what is known so far.
func (l *Loader) loadedHashes(ctx context.Context, ids []string) map[string]string {
	if l.DryRun || l.Store == nil || len(ids) == 0 {
		return nil
	}
	hashes := make(map[string]string, len(ids))
	var mu sync.Mutex
	var wg sync.WaitGroup
	size := (len(ids) + sourceParts - 1) / sourceParts
	for i := 0; i < len(ids); i += size {
		part := ids[i:min(i+size, len(ids))]
		wg.Add(1)
		go func() {
			defer wg.Done()
			h, err := l.Store.SourceHashes(ctx, part)
			if err != nil {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			for id, v := range h {
				hashes[id] = v
			}
		}()
	}
	wg.Wait()
	return hashes
}

// sourceParts is how many statements read the loaded hashes: one per
// core of a 2-core server, with one to spare (BENCHMARKS.md, branch
// load8).
const sourceParts = 3

// readJob reads one job; loaded gives the hashes the store holds, waiting
// for them when they are not known yet.
func readJob(j job, r store.Resolver, loaded func() map[string]string, maxBytes int64) parsed {
	if j.err != nil {
		return parsed{path: j.path, err: j.err}
	}
	docs := j.docs
	if j.parse != nil {
		raw, err := ReadFile(j.path, maxBytes)
		if err != nil {
			return parsed{path: j.path, err: err}
		}
		if sum := sha256.Sum256(raw); j.id != "" && loaded()[j.id] == hex.EncodeToString(sum[:]) {
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

// factsFile is a checked facts file: its documents in order of first
// appearance, with how many lines each has.
type factsFile struct {
	path  string
	docs  []string
	lines map[string]int
}

// maxFactsLine is the longest line of a facts file.
const maxFactsLine = 16 << 20

// scanFacts calls fn with every fact of a JSON Lines file and its line,
// stopping at the first bad line or when fn returns false.
func scanFacts(path string, fn func(n int, line []byte, f *hoigraph.Fact) bool) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 0, 1<<20), maxFactsLine)
	last := 0
	for n := 1; sc.Scan(); n++ {
		last = n
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var f hoigraph.Fact
		if err := json.NewDecoder(bytes.NewReader(line)).Decode(&f); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if f.Doc == "" {
			return fmt.Errorf("line %d: field \"doc\" is empty", n)
		}
		if f.Kind == "" {
			return fmt.Errorf("line %d: field \"fact\" is empty", n)
		}
		if !fn(n, line, &f) {
			return nil
		}
	}
	if errors.Is(sc.Err(), bufio.ErrTooLong) {
		return fmt.Errorf("line %d: longer than %d MB, the most a facts line may be", last+1, maxFactsLine>>20)
	}
	return sc.Err()
}

// checkFacts reads a facts file whole, keeping only its documents' names
// and line counts.
func checkFacts(path string) (factsFile, error) {
	ff := factsFile{path: path, lines: map[string]int{}}
	err := scanFacts(path, func(_ int, _ []byte, f *hoigraph.Fact) bool {
		if ff.lines[f.Doc] == 0 {
			ff.docs = append(ff.docs, f.Doc)
		}
		ff.lines[f.Doc]++
		return true
	})
	if err == nil && len(ff.docs) == 0 {
		err = errors.New("no facts")
	}
	return ff, err
}

// stream reads the file again and calls fn with each document, in order of
// first appearance, as soon as it and those before it are complete; its hash
// is that of its lines. A document's lines are usually together, so few are
// held at once. It stops when fn returns false.
func (ff factsFile) stream(fn func(hoigraph.Document) bool) error {
	type pending struct {
		doc  hoigraph.Document
		hash hash.Hash
		left int
	}
	open := map[string]*pending{}
	next := 0 // index in ff.docs of the next document to hand over
	stopped, changed := false, false
	flush := func() {
		for ; next < len(ff.docs) && !stopped; next++ {
			p := open[ff.docs[next]]
			if p == nil || p.left > 0 {
				return
			}
			delete(open, ff.docs[next])
			p.doc.Source.Hash = hex.EncodeToString(p.hash.Sum(nil))
			stopped = !fn(p.doc)
		}
	}
	err := scanFacts(ff.path, func(n int, line []byte, f *hoigraph.Fact) bool {
		p := open[f.Doc]
		if p == nil {
			p = &pending{doc: hoigraph.Document{Source: hoigraph.Source{File: f.Doc, Title: f.Doc, Kind: "article"}}, hash: sha256.New(), left: ff.lines[f.Doc]}
			open[f.Doc] = p
		}
		if p.left == 0 { // more lines than the first reading saw
			changed = true
			return false
		}
		p.doc.Facts = append(p.doc.Facts, *f)
		p.hash.Write(line)
		p.hash.Write([]byte{'\n'})
		p.left--
		if p.left == 0 && next < len(ff.docs) && f.Doc == ff.docs[next] {
			flush()
		}
		return !stopped
	})
	if err == nil && (changed || !stopped && len(open) > 0) {
		err = errors.New("the file changed while it was loaded")
	}
	return err
}

// Areas turns the gazetteer's units into the store's Area rows.
func Areas(g *gazetteer.Gazetteer) []store.Area {
	units := g.Units()
	out := make([]store.Area, len(units))
	for i, u := range units {
		a := store.Area{
			ID: u.ID(), Name: u.Name, Kind: u.Kind, Level: string(u.Level), Code: u.Code, Era: u.Era,
			ValidFrom: u.ValidFrom(), ValidUntil: u.ValidUntil(),
			Lat: u.Lat, Lon: u.Lon, HasCoordinates: u.HasCoordinates(), AreaKm2: u.AreaKm2, Aliases: u.Aliases,
		}
		if p, ok := g.Parent(u); ok {
			a.ParentID = p.ID()
		}
		out[i] = a
	}
	return out
}

// AreaLinks is the gazetteer's 2025 mapping as the store writes it.
func AreaLinks(g *gazetteer.Gazetteer) []store.AreaLink {
	links := g.Links()
	out := make([]store.AreaLink, len(links))
	for i, l := range links {
		out[i] = store.AreaLink{From: l.From.ID(), To: l.To.ID(), Whole: l.Whole, Default: l.Default, Date: l.To.ValidFrom()}
	}
	return out
}

// Print writes the summary for people, then the errors.
func (s Summary) Print(w io.Writer) {
	s.PrintSummary(w)
	s.PrintErrors(w)
}

// PrintErrors writes one line per input that failed, naming it.
func (s Summary) PrintErrors(w io.Writer) {
	for _, e := range s.Errors {
		fmt.Fprintf(w, "  %s\n", e.Error())
	}
}

// PrintSummary writes what the load did and how many inputs failed.
func (s Summary) PrintSummary(w io.Writer) {
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
			fmt.Fprintf(w, "areas: %d official units from the gazetteer, %d links old unit → new unit (July 2025)\n", s.Areas, s.AreaLinks)
		}
		fmt.Fprintf(w, "nodes: %d created, %d deleted; relationships: %d created, %d deleted\n",
			s.Write.NodesCreated, s.Write.NodesDeleted, s.Write.RelationshipsCreated, s.Write.RelationshipsDeleted)
		if s.Write.Retried > 0 {
			fmt.Fprintf(w, "batches: %d failed whole and were written again one document at a time (slower; the documents that failed alone are listed as errors)\n", s.Write.Retried)
		}
	}
	if len(s.Removed) > 0 {
		fmt.Fprintf(w, "removed: %d sources no longer under the paths given\n", len(s.Removed))
	}
	if len(s.Skipped) > 0 {
		fmt.Fprintf(w, "skipped: %d files of the folders, not read\n", len(s.Skipped))
		for _, e := range s.Skipped {
			fmt.Fprintf(w, "  %s\n", e.Error())
		}
	}
	if s.Stopped != nil {
		fmt.Fprintf(w, "stopped before the end (%d inputs failed before): %v\n", len(s.Errors), s.Stopped)
		return
	}
	fmt.Fprintf(w, "errors: %d\n", len(s.Errors))
}
