package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	"hoigraph/loader"
	"hoigraph/store"
)

func init() {
	commands["import"] = command{"first load of an empty store, offline: FILE|DIR... into a stopped Neo4j home (neo4j-admin)", runImport}
}

// exitImportedWithErrors is import's status when the store was imported
// but some inputs failed (listed): scripts/neo4j/neo4j.sh import starts
// the server then, as load's other files are loaded.
const exitImportedWithErrors = 3

func runImport(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: hoigraph import -home DIR [flags] FILE|DIR...\n       hoigraph import -home DIR [flags] --facts FILE.jsonl...\n\n"+
			"The first load of an empty store, offline, and faster than `hoigraph load` (BENCHMARKS.md, branch load7):\n"+
			"the files are read and extracted as load reads them, the whole graph is built in memory with\n"+
			"load's rules, written as CSV files and imported with neo4j-admin into the Neo4j home DIR\n"+
			"(the folder scripts/neo4j/neo4j.sh run DIR uses), whose server must be stopped. The server's\n"+
			"next start (migrate, serve, load) finishes the import and creates the indexes. The graph is\n"+
			"the one `hoigraph load -writers 1` gives, and a later `hoigraph load` of the same files\n"+
			"changes nothing. scripts/neo4j/neo4j.sh import DIR PORT -- [flags] FILE|DIR... does all of it:\n"+
			"import, start, migrate. A file that fails is listed and the others are imported (exit status 3).\n\nflags:")
		fs.PrintDefaults()
	}
	home := fs.String("home", "", "the Neo4j home to import into (its server stopped): the DIR of scripts/neo4j/neo4j.sh run DIR")
	overwrite := fs.Bool("overwrite", false, "replace the database the home holds already, whatever it holds (import is for a first load)")
	lib := fs.String("neo4j-lib", defaultNeo4jLib(), "the Neo4j jars (neo4j-admin), as scripts/neo4j/neo4j.sh fetch lays them out")
	csvDir := fs.String("csv", "", "where the CSV files are written (default DIR/import/hoigraph, removed after a successful import)")
	gazPath := fs.String("gazetteer", "", gazetteerUsage+"; written as Area nodes")
	facts := fs.Bool("facts", false, "the arguments are facts already extracted, as JSON Lines (hoigraph extract's output)")
	maxFile := fs.Int64("max-file-size", loader.DefaultMaxFileBytes, "largest input file in bytes; a larger one is an error naming it")
	root := fs.String("root", ".", "a source is identified by its path relative to this folder (as for load)")
	cpuProfile := fs.String("cpuprofile", "", "write the CPU profile of reading, merging and writing the CSV files to this file (go tool pprof)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	if fs.NArg() == 0 || *home == "" {
		fs.Usage()
		return flag.ErrHelp
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300) // as load
	}
	if err := store.CheckImportTarget(*home, *overwrite); err != nil {
		return err
	}
	gaz, x, err := openExtractor(*gazPath)
	if err != nil {
		return err
	}
	t0 := time.Now()
	im := store.NewImport()
	l := &loader.Loader{
		Extractor: x, Gazetteer: gaz, Import: im, Root: *root, MaxFileBytes: *maxFile,
		Batch: 300, Writers: 1, // one writer: provenance in input order, as load -writers 1
		Progress: os.Stdout,
	}
	load := l.Load
	if *facts {
		load = l.LoadFacts
	}
	sum, err := load(ctx, fs.Args())
	sum.Stopped = err
	sum.PrintSummary(os.Stdout)
	sum.PrintErrors(os.Stderr)
	if err != nil {
		return fmt.Errorf("stopped before writing anything: %w", err)
	}
	dir := *csvDir
	if dir == "" {
		dir = filepath.Join(*home, "import", "hoigraph")
	}
	t1 := time.Now()
	files, err := im.WriteImport(dir)
	if err != nil {
		return err
	}
	t2 := time.Now()
	// Checked again: the server may have been started meanwhile.
	if err := store.CheckImportTarget(*home, *overwrite); err != nil {
		return err
	}
	logFile, err := os.Create(filepath.Join(dir, "neo4j-admin.log"))
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer logFile.Close()
	usage, err := store.AdminImport(ctx, *home, *lib, files, logFile)
	if err != nil {
		return err
	}
	t3 := time.Now()
	c := im.Counts()
	var self syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	fmt.Printf("hoigraph import itself: peak RSS %d MiB\n", self.Maxrss>>10)
	fmt.Printf("imported %d nodes and %d relationships into %s in %.1fs, %.0f facts/s (read and merge %.1fs, CSV %.1fs, neo4j-admin %.1fs: %.1f CPU-s, %d MiB peak)\n",
		c.Nodes, c.Relationships, *home, t3.Sub(t0).Seconds(), float64(sum.Facts)/t3.Sub(t0).Seconds(), t1.Sub(t0).Seconds(), t2.Sub(t1).Seconds(), t3.Sub(t2).Seconds(),
		usage.CPU.Seconds(), usage.MaxRSS>>20)
	fmt.Println("start the server (scripts/neo4j/neo4j.sh run " + *home + " PORT): its first migrate, serve or load finishes the import and creates the indexes")
	if *csvDir == "" {
		os.RemoveAll(dir)
	}
	if len(sum.Errors) > 0 {
		fmt.Fprintf(os.Stderr, "hoigraph import: %d of the inputs failed (listed above); the others are imported\n", len(sum.Errors))
		return exitError{exitImportedWithErrors}
	}
	return nil
}

// defaultNeo4jLib is where scripts/neo4j/neo4j.sh fetch puts the jars:
// $HOIGRAPH_CACHE (else .cache) / neo4j-$NEO4J_VERSION (else 5.26.30) / lib.
func defaultNeo4jLib() string {
	cache := envOr("HOIGRAPH_CACHE", ".cache")
	return filepath.Join(cache, "neo4j-"+envOr("NEO4J_VERSION", "5.26.30"), "lib")
}
