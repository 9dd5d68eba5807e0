package main

import (
	"context"
	"flag"
	"fmt"

	"hoigraph/store"
)

func init() {
	commands["ping"] = command{"exit 0 when Neo4j answers", runPing}
	commands["migrate"] = command{"apply the schema (constraints, indexes) and exit", runMigrate}
	commands["reset"] = command{"delete the whole graph (asks for -yes); the schema stays", runReset}
}

// runReset empties the graph: what load -replace did before it was bounded
// to its paths, for starting over (a graph loaded before sources were
// identified by path, say).
func runReset(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("reset", flag.ContinueOnError)
	cfg := neo4jFlags(fs)
	yes := fs.Bool("yes", false, "really delete every node and relationship")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !*yes {
		return fmt.Errorf("reset deletes the whole graph at %s: run it with -yes", store.Redact(cfg.URI))
	}
	s, err := openStoreNoMigrate(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	c, err := s.Count(ctx)
	if err != nil {
		return err
	}
	if err := s.DeleteAll(ctx); err != nil {
		return err
	}
	fmt.Printf("deleted %d nodes and %d relationships at %s\n", c.Nodes, c.Relationships, store.Redact(cfg.URI))
	return nil
}

func runPing(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ping", flag.ContinueOnError)
	cfg := neo4jFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	s, err := openStoreNoMigrate(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	fmt.Printf("neo4j at %s answers\n", store.Redact(cfg.URI))
	return nil
}

func runMigrate(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	cfg := neo4jFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	s, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	return s.Close(ctx)
}
