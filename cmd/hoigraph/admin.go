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
