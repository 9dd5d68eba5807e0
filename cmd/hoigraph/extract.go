package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"hoigraph"
	"hoigraph/loader"
	"hoigraph/loader/extract"
	"hoigraph/loader/extract/decode"
)

func init() {
	commands["extract"] = command{"facts as JSON Lines on stdout (no database)", runExtract}
}

func runExtract(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	gazPath := fs.String("gazetteer", "", gazetteerUsage)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles extracted in parallel")
	explain := fs.Bool("explain", false, "print on stderr, for every org, holds and responsible_for fact, the rule that read it and its confidence")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: hoigraph extract [flags] FILE|DIR...\n\nWrites one fact a line (JSON) for every article; a folder means its *.txt, *.htm, *.html files.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2}
	}
	_, x, err := openExtractor(*gazPath)
	if err != nil {
		return err
	}
	files, failed := articleFiles(fs.Args(), os.Stderr)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var why io.Writer
	if *explain {
		why = os.Stderr
	}
	if !extractFiles(ctx, x, files, *workers, out, os.Stderr, why) {
		failed = true
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write facts: %w", err)
	}
	if failed {
		return exitError{1}
	}
	return nil
}

// articleFiles expands folders into their article files as the loader
// does (loader.Walk: the same files, hidden ones skipped, links followed
// once); a path or folder that cannot be read is reported and makes the run
// fail.
func articleFiles(args []string, errw io.Writer) (files []string, failed bool) {
	files, _, errs := loader.Walk(args, func(p string) bool {
		return slices.Contains(loader.ArticleExtensions, strings.ToLower(filepath.Ext(p)))
	})
	for _, e := range errs {
		fmt.Fprintf(errw, "hoigraph extract: %v\n", e)
	}
	return files, len(errs) > 0
}

// extractFiles runs the extractor over files with a pool of workers and
// writes each document's facts in input order, as soon as the documents
// before it are done, so that memory does not grow with the corpus. It
// reports whether every file was extracted. explain, when not nil, gets
// the rule and confidence of every fact that carries them.
func extractFiles(ctx context.Context, x *extract.Extractor, files []string, workers int, out, errw, explain io.Writer) bool {
	if workers < 1 {
		workers = 1
	}
	type result struct {
		doc hoigraph.Document
		err error
	}
	results := make([]chan result, len(files))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	jobs := make(chan int)
	// window bounds how far workers run ahead of the writer.
	window := make(chan struct{}, 4*workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				raw, err := loader.ReadFile(files[i], loader.DefaultMaxFileBytes)
				if err != nil {
					results[i] <- result{err: fmt.Errorf("read %s: %w", files[i], err)}
					continue
				}
				doc, err := x.Extract(files[i], raw)
				results[i] <- result{doc: doc, err: err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	ok := true
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for i := range files {
		var r result
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			fmt.Fprintf(errw, "hoigraph extract: %v\n", ctx.Err())
			wg.Wait()
			return false
		}
		results[i] = nil
		<-window
		if r.err != nil {
			fmt.Fprintf(errw, "hoigraph extract: %v\n", r.err)
			ok = false
			continue
		}
		if e := r.doc.Source.Encoding; e != decode.UTF8 && e != decode.UTF8BOM {
			fmt.Fprintf(errw, "hoigraph extract: %s: decoded from %s\n", files[i], e)
		}
		for _, f := range r.doc.Facts {
			if explain != nil && f.Rule != "" {
				fmt.Fprintf(explain, "%s\t%s\t%.2f\t%s\t%s\n", f.Doc, f.Kind, f.Confidence, f.Rule, factSummary(f))
			}
			if err := enc.Encode(f); err != nil {
				fmt.Fprintf(errw, "hoigraph extract: write facts: %v\n", err)
				return false
			}
		}
	}
	wg.Wait()
	return ok
}

// factSummary is the fact in one phrase, for -explain.
func factSummary(f hoigraph.Fact) string {
	switch f.Kind {
	case hoigraph.FactHolds:
		return f.Person + " | " + f.Post + " | " + f.Org
	case hoigraph.FactResponsibleFor:
		return f.Subject + " → " + f.Object
	}
	return f.Name
}
