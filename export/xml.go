package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"hoigraph/store"
)

// xmlOut is a buffered XML stream that remembers its first error, so the
// writers below read as the documents they write.
type xmlOut struct {
	w   *bufio.Writer
	err error
	n   int // edges written, for their ids
}

func newXMLOut(out io.Writer) *xmlOut { return &xmlOut{w: bufio.NewWriterSize(out, 64<<10)} }

func (x *xmlOut) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// attr writes ` name="value"`, the value cleaned and escaped.
func (x *xmlOut) attr(name, value string) { x.raw(" " + name + `="` + xmlText(value) + `"`) }

func (x *xmlOut) flush() error {
	if x.err == nil {
		x.err = x.w.Flush()
	}
	return x.err
}

// declare writes one declaration line per attribute, as line(name, type)
// spells it in the format at hand.
func declare[T any](x *xmlOut, attrs []attr[T], line func(name, typ string) string) {
	for _, a := range attrs {
		x.raw(line(a.name, a.typ) + "\n")
	}
}

// values writes the attributes of v that have a value, each as elem(name,
// value) spells it; empty values are left out, as both formats allow.
func values[T any](x *xmlOut, attrs []attr[T], v T, elem func(x *xmlOut, name, value string)) {
	for _, a := range attrs {
		if s := a.get(v); s != "" {
			elem(x, a.name, s)
		}
	}
}

func gexfValue(x *xmlOut, name, value string) {
	x.raw(`<attvalue for="` + name + `"`)
	x.attr("value", value)
	x.raw("/>")
}

// graphmlValue spells a <data> element whose key is prefix+name (n_ for
// node keys, e_ for edge keys: GraphML keys share one id space).
func graphmlValue(prefix string) func(x *xmlOut, name, value string) {
	return func(x *xmlOut, name, value string) {
		x.raw(`<data key="` + prefix + name + `">` + xmlText(value) + "</data>")
	}
}

// edgeID numbers edges in file order: e1, e2, ...; the same graph and
// selection give the same ids.
func (x *xmlOut) edgeID() string {
	x.n++
	return "e" + strconv.Itoa(x.n)
}

// gexf writes GEXF 1.3 (gexf.net/1.3), Gephi's own format: typed attribute
// declarations, then nodes with their attribute values and a viz colour,
// then edges labelled with their relation (also their kind, so Gephi keeps
// parallel edges of different relations apart).
type gexf struct {
	x     *xmlOut
	edges bool // the <edges> section is open
}

func (g *gexf) openEdges() {
	if !g.edges {
		g.edges = true
		g.x.raw("    </nodes>\n    <edges>\n")
	}
}

func newGEXF(out io.Writer, m Meta) (Writer, error) {
	x := newXMLOut(out)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	x.raw(`  <meta lastmodifieddate="` + m.Date.Format("2006-01-02") + `">` + "\n")
	x.raw("    <creator>hoigraph</creator>\n    <description>" + xmlText(m.Description) + "</description>\n  </meta>\n")
	x.raw(`  <graph defaultedgetype="directed" mode="static">` + "\n")
	x.raw(`    <attributes class="node" mode="static">` + "\n")
	declare(x, nodeAttrs, func(a string, t string) string {
		return `      <attribute id="` + a + `" title="` + a + `" type="` + gexfType(t) + `"/>`
	})
	x.raw("    </attributes>\n" + `    <attributes class="edge" mode="static">` + "\n")
	declare(x, edgeAttrs, func(a string, t string) string {
		return `      <attribute id="` + a + `" title="` + a + `" type="` + gexfType(t) + `"/>`
	})
	x.raw("    </attributes>\n    <nodes>\n")
	return &gexf{x: x}, x.err
}

func gexfType(t string) string {
	if t == "int" {
		return "integer"
	}
	return t
}

func (g *gexf) Nodes(ns []store.ExportNode) error {
	x := g.x
	for _, n := range ns {
		x.raw("      <node")
		x.attr("id", n.ID)
		x.attr("label", n.Name)
		x.raw(">\n        <attvalues>")
		values(x, nodeAttrs, n, gexfValue)
		c := colorOf(n)
		x.raw(fmt.Sprintf("</attvalues>\n        <viz:color r=\"%d\" g=\"%d\" b=\"%d\" a=\"1.0\"/>\n      </node>\n", c.r, c.g, c.b))
	}
	return x.err
}

func (g *gexf) Edges(es []store.ExportEdge) error {
	x := g.x
	g.openEdges()
	for _, e := range es {
		x.raw("      <edge")
		x.attr("id", x.edgeID())
		x.attr("source", e.From)
		x.attr("target", e.To)
		x.attr("label", e.Type)
		x.attr("kind", e.Type)
		x.raw("><attvalues>")
		values(x, edgeAttrs, e, gexfValue)
		x.raw("</attvalues></edge>\n")
	}
	return x.err
}

func (g *gexf) Close() error {
	x := g.x
	g.openEdges()
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	return x.flush()
}

// graphml writes GraphML (graphml.graphdrawing.org): every attribute
// declared as a <key> with its type, one directed graph, nodes then edges.
type graphml struct{ x *xmlOut }

func newGraphML(out io.Writer, m Meta) (Writer, error) {
	x := newXMLOut(out)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	x.raw("  <desc>" + xmlText(m.Description) + "</desc>\n")
	x.raw(`  <key id="label" for="node" attr.name="label" attr.type="string"/>` + "\n")
	declare(x, nodeAttrs, func(a string, t string) string {
		return `  <key id="n_` + a + `" for="node" attr.name="` + a + `" attr.type="` + t + `"/>`
	})
	x.raw(`  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>` + "\n")
	declare(x, edgeAttrs, func(a string, t string) string {
		return `  <key id="e_` + a + `" for="edge" attr.name="` + a + `" attr.type="` + t + `"/>`
	})
	x.raw(`  <graph id="hoigraph" edgedefault="directed">` + "\n")
	return &graphml{x: x}, x.err
}

func (g *graphml) Nodes(ns []store.ExportNode) error {
	x := g.x
	for _, n := range ns {
		x.raw("    <node")
		x.attr("id", n.ID)
		x.raw(`><data key="label">` + xmlText(n.Name) + "</data>")
		values(x, nodeAttrs, n, graphmlValue("n_"))
		x.raw("</node>\n")
	}
	return x.err
}

func (g *graphml) Edges(es []store.ExportEdge) error {
	x := g.x
	for _, e := range es {
		x.raw("    <edge")
		x.attr("id", x.edgeID())
		x.attr("source", e.From)
		x.attr("target", e.To)
		x.raw(`><data key="e_label">` + xmlText(e.Type) + "</data>")
		values(x, edgeAttrs, e, graphmlValue("e_"))
		x.raw("</edge>\n")
	}
	return x.err
}

func (g *graphml) Close() error {
	g.x.raw("  </graph>\n</graphml>\n")
	return g.x.flush()
}
