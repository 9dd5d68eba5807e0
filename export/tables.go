package export

import (
	"archive/zip"
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"time"

	"hoigraph/store"
)

// bom starts each CSV file, so that Excel (on a Vietnamese Windows too)
// reads it as UTF-8 and shows the diacritics.
const bom = "\ufeff"

// Headers of the CSV tables: Gephi's spreadsheet import reads Id and Label
// for nodes; Source, Target, Type (Directed), Id and Label for edges; every
// other column becomes an attribute.
var (
	nodeHeader = append([]string{"Id", "Label"}, names(nodeAttrs)...)
	edgeHeader = append([]string{"Source", "Target", "Type", "Id", "Label"}, names(edgeAttrs)...)
)

func names[T any](as []attr[T]) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.name
	}
	return out
}

// tables writes nodes.csv, then edges.csv; open gives the output of each.
type tables struct {
	open  func(name string) (io.Writer, error)
	done  func() error // after the last table
	buf   *bufio.Writer
	w     *csv.Writer
	edges bool
	n     int
	row   []string
}

// NewCSV writes the two tables to the outputs that open returns for
// "nodes.csv" and then "edges.csv" (two files of a folder, say); done runs
// after the last one.
func NewCSV(open func(name string) (io.Writer, error), done func() error) (Writer, error) {
	t := &tables{open: open, done: done}
	return t, t.start("nodes.csv", nodeHeader)
}

func newCSVZip(out io.Writer, m Meta) (Writer, error) {
	z := zip.NewWriter(out)
	z.SetComment(m.Description)
	open := func(name string) (io.Writer, error) {
		return z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: m.Date.UTC().Truncate(time.Second)})
	}
	return NewCSV(open, z.Close)
}

func (t *tables) start(name string, header []string) error {
	if t.buf != nil {
		if err := t.flush(); err != nil {
			return err
		}
	}
	out, err := t.open(name)
	if err != nil {
		return err
	}
	t.buf = bufio.NewWriterSize(out, 64<<10)
	if _, err := t.buf.WriteString(bom); err != nil {
		return err
	}
	t.w = csv.NewWriter(t.buf)
	return t.w.Write(header)
}

func (t *tables) flush() error {
	t.w.Flush()
	if err := t.w.Error(); err != nil {
		return err
	}
	return t.buf.Flush()
}

func (t *tables) Nodes(ns []store.ExportNode) error {
	for _, n := range ns {
		t.row = append(t.row[:0], clean(n.ID), clean(n.Name))
		for _, a := range nodeAttrs {
			t.row = append(t.row, clean(a.get(n)))
		}
		if err := t.w.Write(t.row); err != nil {
			return err
		}
	}
	return nil
}

func (t *tables) openEdges() error {
	if t.edges {
		return nil
	}
	t.edges = true
	return t.start("edges.csv", edgeHeader)
}

func (t *tables) Edges(es []store.ExportEdge) error {
	if err := t.openEdges(); err != nil {
		return err
	}
	for _, e := range es {
		t.n++
		t.row = append(t.row[:0], clean(e.From), clean(e.To), "Directed", "e"+strconv.Itoa(t.n), e.Type)
		for _, a := range edgeAttrs {
			t.row = append(t.row, clean(a.get(e)))
		}
		if err := t.w.Write(t.row); err != nil {
			return err
		}
	}
	return nil
}

func (t *tables) Close() error {
	if err := t.openEdges(); err != nil {
		return err
	}
	if err := t.flush(); err != nil {
		return err
	}
	if t.done != nil {
		return t.done()
	}
	return nil
}

// cyjs writes Cytoscape.js elements, {"elements": {"nodes": [{"data":
// {...}}], "edges": [{"data": {"id", "source", "target", ...}}]}}, the
// shape cy.json() and cytoscape({elements}) take and Cytoscape desktop
// imports. Empty fields are left out; "sources" is a number.
type cyjs struct {
	w     *bufio.Writer
	err   error
	nodes int
	n     int
	edges bool
	data  map[string]any
}

func newJSON(out io.Writer, m Meta) (Writer, error) {
	j := &cyjs{w: bufio.NewWriterSize(out, 64<<10), data: map[string]any{}}
	desc, _ := json.Marshal(clean(m.Description))
	j.raw(`{"data":{"name":"hoigraph","description":` + string(desc) + `},"directed":true,"multigraph":true,"elements":{"nodes":[` + "\n")
	return j, j.err
}

func (j *cyjs) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

func (j *cyjs) element(first bool) {
	if j.err != nil {
		return
	}
	if !first {
		j.raw(",\n")
	}
	b, err := json.Marshal(map[string]any{"data": j.data})
	if err != nil {
		j.err = err
		return
	}
	j.raw(string(b))
}

func (j *cyjs) Nodes(ns []store.ExportNode) error {
	for _, n := range ns {
		clear(j.data)
		j.data["id"], j.data["label"] = clean(n.ID), clean(n.Name)
		for _, a := range nodeAttrs {
			if v := a.get(n); v != "" {
				j.data[a.name] = clean(v)
			}
		}
		j.element(j.nodes == 0)
		j.nodes++
	}
	return j.err
}

func (j *cyjs) openEdges() {
	if !j.edges {
		j.edges = true
		j.raw("\n],\n\"edges\":[\n")
	}
}

func (j *cyjs) Edges(es []store.ExportEdge) error {
	j.openEdges()
	for _, e := range es {
		clear(j.data)
		j.n++
		j.data["id"], j.data["source"], j.data["target"], j.data["label"] = "e"+strconv.Itoa(j.n), clean(e.From), clean(e.To), e.Type
		for _, a := range edgeAttrs {
			if v := a.get(e); v != "" {
				if a.typ == "int" {
					j.data[a.name] = e.SourceCount
				} else {
					j.data[a.name] = clean(v)
				}
			}
		}
		j.element(j.n == 1)
	}
	return j.err
}

func (j *cyjs) Close() error {
	j.openEdges()
	j.raw("\n]}}\n")
	if j.err == nil {
		j.err = j.w.Flush()
	}
	return j.err
}
