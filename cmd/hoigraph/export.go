package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"hoigraph/export"
)

func init() {
	commands["export"] = command{"write the graph, or a selection of it, as GEXF, GraphML, CSV or JSON", runExport}
}

func runExport(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: hoigraph export -format gexf|graphml|csv|json [filters] [-o FILE]\n\n"+
			"Writes the whole graph, or the selection the filters name, for Gephi (gexf), Cytoscape, yEd,\n"+
			"NetworkX and igraph (graphml), spreadsheets and pandas (csv: nodes.csv and edges.csv in a zip,\n"+
			"or in a folder when -o names one or ends with /), or Cytoscape.js (json). The same filters are\n"+
			"the query parameters of GET /export/{format} on `hoigraph serve`. The file appears whole or not\n"+
			"at all.\n\nflags:")
		fs.PrintDefaults()
	}
	cfg := neo4jFlags(fs)
	format := fs.String("format", "", "gexf, graphml, csv or json (required)")
	out := fs.String("o", "-", "output file (- for standard output); for csv a .zip file or a folder")
	quiet := fs.Bool("quiet", false, "no progress bar")
	filters := map[string]*string{}
	for _, p := range export.Params {
		filters[p.Query] = fs.String(p.Flag, "", p.Help)
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q (filters are flags: -area, -around, ...)", fs.Args())
	}
	f, err := export.ParseFormat(*format)
	if err != nil {
		return fmt.Errorf("-format: %w", err)
	}
	q := url.Values{}
	fs.Visit(func(fl *flag.Flag) {
		for _, p := range export.Params {
			if p.Flag == fl.Name {
				q.Set(p.Query, *filters[p.Query])
			}
		}
	})
	sel, err := export.ParseQuery(q)
	if err != nil {
		return err
	}

	s, err := openStoreNoMigrate(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	plan, err := s.PlanExport(ctx, sel)
	if err != nil {
		return err
	}
	meta := export.Meta{Description: export.Describe(sel), Date: time.Now()}

	var prog export.Progress
	if info, _ := os.Stderr.Stat(); !*quiet && info != nil && info.Mode()&os.ModeCharDevice != 0 {
		bar := &progressBar{w: os.Stderr, t0: time.Now()}
		defer bar.done()
		prog = bar
	}
	var c export.Counts
	switch {
	case *out == "-":
		w, err := export.NewWriter(f, os.Stdout, meta)
		if err != nil {
			return err
		}
		c, err = export.Run(ctx, s, plan, w, prog)
		if err != nil {
			return err
		}
	case f == export.CSV && isFolder(*out):
		c, err = exportFolder(ctx, *out, func(w export.Writer) (export.Counts, error) { return export.Run(ctx, s, plan, w, prog) })
		if err != nil {
			return err
		}
	default:
		c, err = atomicFile(*out, func(o io.Writer) (export.Counts, error) {
			w, err := export.NewWriter(f, o, meta)
			if err != nil {
				return export.Counts{}, err
			}
			return export.Run(ctx, s, plan, w, prog)
		})
		if err != nil {
			return err
		}
	}
	if prog != nil {
		prog.(*progressBar).done()
	}
	if *out != "-" {
		fmt.Fprintf(os.Stderr, "export: %d nodes, %d edges written to %s (%s)\n", c.Nodes, c.Edges, *out, meta.Description)
	}
	return nil
}

func isFolder(path string) bool {
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(os.PathSeparator)) {
		return true
	}
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// atomicFile writes path through a temporary file beside it, renamed into
// place only when write succeeds: an interrupted export leaves no
// half-written file for an analyst to open.
func atomicFile(path string, write func(io.Writer) (export.Counts, error)) (export.Counts, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return export.Counts{}, fmt.Errorf("export to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	c, err := write(tmp)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return c, fmt.Errorf("export to %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return c, fmt.Errorf("export to %s: %w", path, err)
	}
	return c, nil
}

// exportFolder writes nodes.csv and edges.csv into dir, each through a
// temporary file renamed when the whole export has succeeded.
func exportFolder(ctx context.Context, dir string, run func(export.Writer) (export.Counts, error)) (export.Counts, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return export.Counts{}, fmt.Errorf("export to %s: %w", dir, err)
	}
	var files []*os.File
	defer func() {
		for _, f := range files {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	open := func(name string) (io.Writer, error) {
		f, err := os.CreateTemp(dir, "."+name+".*.tmp")
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		return f, f.Chmod(0o644)
	}
	w, err := export.NewCSV(open, nil)
	if err != nil {
		return export.Counts{}, fmt.Errorf("export to %s: %w", dir, err)
	}
	c, err := run(w)
	if err != nil {
		return c, fmt.Errorf("export to %s: %w", dir, err)
	}
	for i, name := range []string{"nodes.csv", "edges.csv"} {
		if err := files[i].Close(); err != nil {
			return c, fmt.Errorf("export to %s: %w", dir, err)
		}
		if err := os.Rename(files[i].Name(), filepath.Join(dir, name)); err != nil {
			return c, fmt.Errorf("export to %s: %w", dir, err)
		}
	}
	return c, nil
}

// progressBar draws one line on a terminal, at most five times a second.
type progressBar struct {
	w      io.Writer
	t0     time.Time
	last   time.Time
	line   string
	closed bool
	n      [3]int
}

func (p *progressBar) Update(nodes, total, edges int) {
	p.n = [3]int{nodes, total, edges}
	if time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.draw()
}

func (p *progressBar) draw() {
	nodes, total, edges := p.n[0], p.n[1], p.n[2]
	p.last = time.Now()
	const width = 30
	frac := 1.0
	if total > 0 {
		frac = min(float64(nodes)/float64(total), 1)
	}
	fill := int(frac * width)
	p.line = fmt.Sprintf("\rexport [%s%s] nodes %d/%d, edges %d, %s ", strings.Repeat("#", fill), strings.Repeat(".", width-fill),
		nodes, total, edges, time.Since(p.t0).Round(100*time.Millisecond))
	fmt.Fprint(p.w, p.line)
}

func (p *progressBar) done() {
	if !p.closed && p.line != "" {
		p.draw()
		fmt.Fprintln(p.w)
	}
	p.closed = true
}
