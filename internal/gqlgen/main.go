// Command gqlgen generates graph/ as `gqlgen generate` does (same
// gqlgen.yml, same pinned gqlgen), then makes the generated executor
// marshal lists of objects in order on the request's goroutine
// (gqlexec.MarshalSliceInOrder) instead of a goroutine per element
// (graphql.MarshalSliceConcurrently). gqlgen has no setting for it: its
// template always spawns the goroutines, and worker_limit only bounds them.
// The rewrite is sound because hoigraph has no field resolvers (see
// gqlgen.yml and internal/gqlexec): nothing below a list waits on I/O.
//
// graph/generate.go runs it: `go generate ./graph`.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"io/fs"
	"os"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen/config"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("finding gqlgen.yml: %w", err)
	}
	if err != nil {
		return fmt.Errorf("loading gqlgen.yml: %w", err)
	}
	if err := api.Generate(cfg); err != nil {
		return fmt.Errorf("generating the executor: %w", err)
	}
	path := cfg.Exec.Filename
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading the generated executor: %w", err)
	}
	out, err := inOrder(src)
	if err != nil {
		return fmt.Errorf("rewriting %s: %w", path, err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return fmt.Errorf("writing the rewritten executor: %w", err)
	}
	return nil
}

const (
	concurrent = "graphql.MarshalSliceConcurrently("
	ordered    = "gqlexec.MarshalSliceInOrder("
	gqlexecImp = `"hoigraph/internal/gqlexec"`
)

// inOrder replaces every call of graphql.MarshalSliceConcurrently in a
// generated executor by gqlexec.MarshalSliceInOrder, which has the same
// signature, and imports gqlexec. A source with no such call is an error:
// gqlgen's template has changed and this rewrite must be looked at again.
func inOrder(src []byte) ([]byte, error) {
	n := bytes.Count(src, []byte(concurrent))
	if n == 0 {
		return nil, errors.New("no " + concurrent + ") call: has gqlgen's list template changed?")
	}
	out := bytes.ReplaceAll(src, []byte(concurrent), []byte(ordered))
	imp := []byte("import (\n")
	at := bytes.Index(out, imp)
	if at < 0 {
		return nil, errors.New("no import block")
	}
	at += len(imp)
	out = append(out[:at:at], append([]byte("\t"+gqlexecImp+"\n"), out[at:]...)...)
	formatted, err := format.Source(out)
	if err != nil {
		return nil, fmt.Errorf("formatting: %w", err)
	}
	return formatted, nil
}
