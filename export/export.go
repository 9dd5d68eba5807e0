// Package export writes a selection of the graph in the formats analysts'
// tools read: GEXF 1.3 (Gephi), GraphML (Cytoscape, yEd, NetworkX, igraph),
// CSV node and edge tables (Gephi's spreadsheet import, Excel, pandas) and
// Cytoscape.js JSON elements. The formats are outside systems, so they live
// here and nowhere else; the command (`hoigraph export`) and the HTTP
// handler (GET /export/{format}) both call Run, which reads the store a page
// at a time and writes as it reads, so memory stays flat whatever the size.
package export

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"hoigraph"
	"hoigraph/store"
)

// Format is one output format.
type Format string

// The formats.
const (
	GEXF    Format = "gexf"
	GraphML Format = "graphml"
	CSV     Format = "csv"
	JSON    Format = "json"
)

// Formats lists them, for help texts.
var Formats = []Format{GEXF, GraphML, CSV, JSON}

// ParseFormat reads a format name.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, k := range Formats {
		if f == k {
			return f, nil
		}
	}
	return "", hoigraph.Errorf(hoigraph.EINVALID, "unknown export format %q (want gexf, graphml, csv or json)", s)
}

// Ext is the file extension of a format as one file (CSV as a zip).
func (f Format) Ext() string {
	if f == CSV {
		return "zip"
	}
	return string(f)
}

// ContentType is the media type of the format as one file.
func (f Format) ContentType() string {
	switch f {
	case GEXF:
		return "application/gexf+xml; charset=utf-8"
	case GraphML:
		return "application/graphml+xml; charset=utf-8"
	case CSV:
		return "application/zip"
	}
	return "application/json; charset=utf-8"
}

// Meta describes the export in the file, where the format has room for it.
type Meta struct {
	Description string // what was selected, in words
	Date        time.Time
}

// Writer is one format being written: the nodes, then the edges.
type Writer interface {
	Nodes([]store.ExportNode) error
	// Edges is called after the last Nodes.
	Edges([]store.ExportEdge) error
	// Close finishes the file; it does not close the underlying output.
	Close() error
}

// NewWriter starts a format on out. CSV goes into a zip of nodes.csv and
// edges.csv; NewCSV writes them to two outputs instead.
func NewWriter(f Format, out io.Writer, m Meta) (Writer, error) {
	switch f {
	case GEXF:
		return newGEXF(out, m)
	case GraphML:
		return newGraphML(out, m)
	case CSV:
		return newCSVZip(out, m)
	case JSON:
		return newJSON(out, m)
	}
	return nil, fmt.Errorf("export: unknown format %q", f)
}

// PageSize is how many nodes one read of the store takes.
const PageSize = 2000

// Progress is told how far an export has got.
type Progress interface {
	Update(nodes, totalNodes, edges int)
}

// Counts is what an export wrote.
type Counts struct{ Nodes, Edges int }

// Run writes the plan's nodes and edges to w, reading the store one page at
// a time, and closes w.
func Run(ctx context.Context, s *store.Store, plan *store.ExportPlan, w Writer, prog Progress) (Counts, error) {
	var c Counts
	tell := func() {
		if prog != nil {
			prog.Update(c.Nodes, plan.Nodes, c.Edges)
		}
	}
	err := s.ExportNodes(ctx, plan, PageSize, func(ns []store.ExportNode) error {
		c.Nodes += len(ns)
		tell()
		return w.Nodes(ns)
	})
	if err != nil {
		return c, fmt.Errorf("export nodes: %w", err)
	}
	err = s.ExportEdges(ctx, plan, PageSize, func(es []store.ExportEdge) error {
		c.Edges += len(es)
		tell()
		return w.Edges(es)
	})
	if err != nil {
		return c, fmt.Errorf("export edges: %w", err)
	}
	tell()
	if err := w.Close(); err != nil {
		return c, fmt.Errorf("export: finish file: %w", err)
	}
	return c, nil
}
