// Command hoigraph turns Vietnamese articles and curated records about mass
// organisations into a Neo4j knowledge graph and serves it over GraphQL.
//
//	hoigraph extract FILE|DIR...   facts as JSON Lines on stdout (no database)
//	hoigraph load FILE|DIR...      extract and write into Neo4j
//	hoigraph serve                 GraphQL API on -listen
//	hoigraph migrate               apply the schema and exit
//	hoigraph ping                  exit 0 when Neo4j answers
//
// This package only wires the others together: flags and environment in,
// domain packages called, exit codes out.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"sort"
	"syscall"

	"hoigraph/store"
)

// command is one subcommand: its one-line help and what it runs.
type command struct {
	summary string
	run     func(ctx context.Context, args []string) error
}

// commands is filled by each subcommand's file in its init, so that a
// subcommand lives in one file.
var commands = map[string]command{}

// exitError carries an exit status without printing more than was printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:]))
}

func run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage()
		return 2
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(os.Stderr, "hoigraph: unknown command %q\n", args[0])
		usage()
		return 2
	}
	err := cmd.run(ctx, args[1:])
	var exit exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.code
	case errors.Is(err, flag.ErrHelp):
		return 2
	default:
		fmt.Fprintf(os.Stderr, "hoigraph %s: %v\n", args[0], err)
		return 1
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: hoigraph COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(os.Stderr, "  %-10s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(os.Stderr, "\nRun 'hoigraph COMMAND -h' for a command's flags.")
}

// neo4jFlags registers the connection flags, defaulting to the NEO4J_*
// environment variables.
func neo4jFlags(fs *flag.FlagSet) *store.Config {
	cfg := &store.Config{}
	fs.StringVar(&cfg.URI, "neo4j-uri", envOr("NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j URI: bolt://, neo4j://, neo4j+s:// (env NEO4J_URI)")
	fs.StringVar(&cfg.User, "neo4j-user", envOr("NEO4J_USER", "neo4j"), "Neo4j user (env NEO4J_USER)")
	fs.StringVar(&cfg.Password, "neo4j-password", os.Getenv("NEO4J_PASSWORD"), "Neo4j password (env NEO4J_PASSWORD)")
	fs.StringVar(&cfg.Database, "neo4j-database", os.Getenv("NEO4J_DATABASE"), "Neo4j database, default the server's (env NEO4J_DATABASE)")
	return cfg
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

// openStore connects and migrates; its error is one line naming the URI.
func openStore(ctx context.Context, cfg *store.Config) (*store.Store, error) {
	s, err := store.Open(ctx, *cfg)
	if err != nil {
		return nil, err
	}
	if err := s.Migrate(ctx); err != nil {
		s.Close(ctx)
		return nil, fmt.Errorf("neo4j at %s: %w", store.Redact(cfg.URI), err)
	}
	return s, nil
}

func openStoreNoMigrate(ctx context.Context, cfg *store.Config) (*store.Store, error) {
	return store.Open(ctx, *cfg)
}
