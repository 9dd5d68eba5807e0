package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"hoigraph/httpapi"
)

func init() {
	commands["serve"] = command{"serve the analyst page (/), GraphQL (/graphql), GraphiQL (/graphiql), /healthz and /metrics", runServe}
}

func runServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfg := neo4jFlags(fs)
	listen := fs.String("listen", envOr("HOIGRAPH_LISTEN", "127.0.0.1:8080"), "address to listen on (env HOIGRAPH_LISTEN)")
	introspection := fs.Bool("introspection", envBool("HOIGRAPH_INTROSPECTION", true), "let clients read the schema (env HOIGRAPH_INTROSPECTION)")
	timeout := fs.Duration("timeout", httpapi.DefaultTimeout, "time limit of one request, Cypher included")
	maxDepth := fs.Int("max-depth", httpapi.DefaultMaxDepth, "deepest nesting of a query")
	maxComplexity := fs.Int("max-complexity", httpapi.DefaultMaxComplexity, "complexity limit of a query: one per field, a root list's fields once per item")
	maxBody := fs.Int64("max-body", httpapi.DefaultMaxBodyBytes, "largest request body in bytes; a larger one is answered with 413")
	maxAnswer := fs.Int64("max-answer", httpapi.DefaultMaxAnswerBytes, "largest answer in bytes; a larger one is replaced by an INVALID error")
	logLevel := fs.String("log-level", envOr("HOIGRAPH_LOG_LEVEL", "info"), "debug, info, warn or error (env HOIGRAPH_LOG_LEVEL)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return fmt.Errorf("-log-level: %w", err)
	}
	if os.Getenv("GOGC") == "" {
		// A serving process keeps a small heap of short-lived garbage;
		// collecting less often leaves CPU to Neo4j, often on the same
		// machine, for a few more megabytes.
		debug.SetGCPercent(400)
	}
	log := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	// A client waits for its answer: while Neo4j is down, say so within a
	// second rather than retrying for the whole request timeout.
	cfg.RetryTime = time.Second
	s, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())

	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *listen, err)
	}
	srv := httpapi.New(httpapi.Config{
		Store: s, Logger: log, Timeout: *timeout, Introspection: *introspection,
		MaxDepth: *maxDepth, MaxComplexity: *maxComplexity, MaxBodyBytes: *maxBody, MaxAnswerBytes: *maxAnswer,
	})
	log.Info("serving GraphQL", "url", "http://"+ln.Addr().String()+"/graphql", "neo4j", s.URI(), "introspection", *introspection)
	if err := srv.Serve(ctx, ln); err != nil {
		return fmt.Errorf("serve on %s: %w", *listen, err)
	}
	log.Info("stopped")
	return nil
}

// envBool reads a boolean environment variable, fallback when unset or
// unreadable.
func envBool(key string, fallback bool) bool {
	if b, err := strconv.ParseBool(os.Getenv(key)); err == nil {
		return b
	}
	return fallback
}
