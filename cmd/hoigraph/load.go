package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/pprof"

	"hoigraph/gazetteer"
	"hoigraph/loader"
	"hoigraph/loader/extract"
	"hoigraph/store"
)

func init() {
	commands["load"] = command{"extract FILE|DIR... (or --facts FILE.jsonl) and write into Neo4j", runLoad}
}

func runLoad(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: hoigraph load [flags] FILE|DIR...\n       hoigraph load [flags] --facts FILE.jsonl...\n\n"+
			"Articles (.txt, .html) are extracted, curated records (.csv, .yaml, .yml; see examples/curated)\n"+
			"are read; folders are walked. Loading is idempotent: an unchanged file changes nothing, a changed\n"+
			"one replaces what it said before. Each file commits whole or not at all.\n\nflags:")
		fs.PrintDefaults()
	}
	cfg := neo4jFlags(fs)
	gazPath := fs.String("gazetteer", "", gazetteerUsage+"; written as Area nodes")
	dryRun := fs.Bool("dry-run", false, "read and extract, print the summary, write nothing")
	batch := fs.Int("batch", 300, "documents per transaction (300 measured fastest; see BENCHMARKS.md)")
	writers := fs.Int("writers", loader.DefaultWriters, "batches written at once, each in its own transaction (see BENCHMARKS.md)")
	facts := fs.Bool("facts", false, "the arguments are facts already extracted, as JSON Lines (hoigraph extract's output)")
	replace := fs.Bool("replace", false, "the paths given are the whole truth: remove the sources loaded earlier from under them whose files are gone (listed first); nothing outside them is touched")
	maxFile := fs.Int64("max-file-size", loader.DefaultMaxFileBytes, "largest input file in bytes; a larger one is an error naming it")
	root := fs.String("root", ".", "a source is identified by its path relative to this folder (see README: how a source is identified)")
	explain := fs.Bool("explain", false, "print every entity resolution decision on stderr")
	cpuProfile := fs.String("cpuprofile", "", "write the loader's CPU profile to this file, for benchmarks (go tool pprof)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if os.Getenv("GOGC") == "" {
		// A load allocates rows it drops a batch later; at Go's default
		// the collector took a quarter of the loader's CPU, on cores Neo4j
		// needs. 300 cut the loader's CPU by a quarter for about 2.5×
		// its heap (BENCHMARKS.md, "Loading after the batch fix").
		debug.SetGCPercent(300)
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return flag.ErrHelp
	}
	if *batch < 1 {
		return fmt.Errorf("-batch %d: want at least 1", *batch)
	}
	if *writers < 1 {
		return fmt.Errorf("-writers %d: want at least 1", *writers)
	}
	if *replace && *dryRun {
		return errors.New("-replace and -dry-run contradict each other")
	}

	// The store is opened (connect, migrate) while the gazetteer and the
	// rules are read: a re-load of an unchanged corpus is little more than
	// these two (BENCHMARKS.md, branch load8).
	type opened struct {
		s   *store.Store
		err error
	}
	storeCh := make(chan opened, 1)
	if !*dryRun {
		go func() {
			s, err := openStore(ctx, cfg)
			storeCh <- opened{s, err}
		}()
	}
	gaz, x, err := openExtractor(*gazPath)
	if err != nil {
		if !*dryRun {
			if o := <-storeCh; o.err == nil {
				o.s.Close(context.Background())
			}
		}
		return err
	}
	info, _ := os.Stdout.Stat()
	l := &loader.Loader{
		Extractor:    x,
		Gazetteer:    gaz,
		Batch:        *batch,
		Writers:      *writers,
		DryRun:       *dryRun,
		Root:         *root,
		MaxFileBytes: *maxFile,
		Replace:      *replace,
		Progress:     os.Stdout,
		Terminal:     info != nil && info.Mode()&os.ModeCharDevice != 0,
	}
	if *explain {
		l.Explain = os.Stderr
	}
	if !*dryRun {
		o := <-storeCh
		if o.err != nil {
			return o.err
		}
		s := o.s
		defer s.Close(context.Background())
		l.Store = s
	}
	load := l.Load
	if *facts {
		load = l.LoadFacts
	}
	sum, err := load(ctx, fs.Args())
	sum.Stopped = err
	// What was done on stdout; what went wrong on stderr, each input one
	// line, then one line saying how the run ended.
	sum.PrintSummary(os.Stdout)
	sum.PrintErrors(os.Stderr)
	if err != nil {
		if len(sum.Errors) > 0 {
			return fmt.Errorf("stopped: %w (and %d of the inputs read before failed, listed above)", err, len(sum.Errors))
		}
		return fmt.Errorf("stopped: %w", err)
	}
	if len(sum.Errors) > 0 {
		return fmt.Errorf("%d of the inputs failed (listed above); the others are loaded", len(sum.Errors))
	}
	return nil
}

// startCPUProfile profiles the loader until the returned stop is called:
// the write path's client side (row building, Bolt encoding) is only seen so.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("-cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("-cpuprofile %s: %w", path, err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// openExtractor opens the official units the -gazetteer flag names and an
// extractor that reads with them: what extract, load and serve start from.
func openExtractor(gazPath string) (*gazetteer.Gazetteer, *extract.Extractor, error) {
	g, err := gazetteer.Open(gazPath)
	if err != nil {
		return nil, nil, err
	}
	x, err := extract.New(extract.Options{Gazetteer: g})
	if err != nil {
		return nil, nil, err
	}
	return g, x, nil
}

// gazetteerUsage is the -gazetteer flag of extract, load and serve.
const gazetteerUsage = "official units: a folder of units-*.json (default: .cache/gazetteer of the checkout, " +
	"written by scripts/gazetteer/gazetteer.sh; $" + gazetteer.EnvDir + "), or \"none\""
