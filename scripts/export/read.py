"""Reads a hoigraph export with the tools analysts use, and prints what they
saw as one JSON document: {"nodes": {id: {attr: value}}, "edges": [[source,
target, {attr: value}]]}, so that the Go test can compare every format with
the graph in Neo4j and with each other.

    python read.py gexf FILE | graphml FILE | csv FILE.zip|DIR | json FILE

GEXF and GraphML are read by NetworkX, CSV by the csv module (with the BOM
Excel needs), JSON checked against the Cytoscape.js elements format. Any
departure from the format exits non-zero with a message.
"""
import csv
import io
import json
import os
import sys
import zipfile

import networkx as nx


def fail(msg):
    print(f"read.py: {msg}", file=sys.stderr)
    sys.exit(1)


def from_networkx(g, drop=()):
    if not g.is_directed():
        fail("graph is not directed")
    nodes = {}
    for n, d in g.nodes(data=True):
        nodes[n] = {k: v for k, v in d.items() if k not in drop}
    edges = []
    for s, t, d in g.edges(data=True):
        edges.append([s, t, {k: v for k, v in d.items() if k not in drop}])
    return nodes, edges


def read_gexf(path):
    g = nx.read_gexf(path, version="1.3")
    nodes, edges = from_networkx(g, drop=("viz", "weight"))
    # Every node carries a viz colour that matches its colour attribute.
    for n, d in g.nodes(data=True):
        c = d.get("viz", {}).get("color")
        if c is None:
            fail(f"node {n} has no viz:color")
        want = "#%02x%02x%02x" % (c["r"], c["g"], c["b"])
        if d.get("color") != want:
            fail(f"node {n}: viz:color {want} but color attribute {d.get('color')}")
    for e in edges:
        e[2].pop("id", None)
    return nodes, edges


def read_graphml(path):
    g = nx.read_graphml(path, force_multigraph=True)
    nodes, edges = from_networkx(g)
    for e in edges:
        e[2].pop("id", None)
    return nodes, edges


def read_csv(path):
    def opener(name):
        if os.path.isdir(path):
            return open(os.path.join(path, name), "rb").read()
        with zipfile.ZipFile(path) as z:
            names = sorted(z.namelist())
            if names != ["edges.csv", "nodes.csv"]:
                fail(f"zip holds {names}, want nodes.csv and edges.csv")
            return z.read(name)

    def table(name, first):
        raw = opener(name)
        if not raw.startswith(b"\xef\xbb\xbf"):
            fail(f"{name} does not start with a UTF-8 BOM")
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        header = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))[0]
        if header[: len(first)] != first:
            fail(f"{name} header starts {header[:len(first)]}, want {first}")
        return rows

    nodes = {}
    for r in table("nodes.csv", ["Id", "Label"]):
        nid = r.pop("Id")
        r["label"] = r.pop("Label")
        nodes[nid] = {k: v for k, v in r.items() if v != ""}
    edges = []
    for r in table("edges.csv", ["Source", "Target", "Type", "Id", "Label"]):
        if r["Type"] != "Directed":
            fail(f"edge {r['Id']} Type {r['Type']}")
        s, t = r.pop("Source"), r.pop("Target")
        r["label"] = r.pop("Label")
        for k in ("Type", "Id"):
            r.pop(k)
        d = {k: v for k, v in r.items() if v != ""}
        d["sources"] = int(d["sources"])
        edges.append([s, t, d])
    return nodes, edges


def read_json(path):
    doc = json.load(open(path, encoding="utf-8"))
    els = doc.get("elements")
    if not isinstance(els, dict) or set(els) != {"nodes", "edges"}:
        fail("no elements {nodes, edges}")
    ids = set()
    nodes = {}
    for el in els["nodes"]:
        d = el.get("data")
        if set(el) != {"data"} or not isinstance(d, dict) or not isinstance(d.get("id"), str):
            fail(f"node element {el} is not {{data: {{id, ...}}}}")
        if d["id"] in ids:
            fail(f"duplicate element id {d['id']}")
        ids.add(d["id"])
        nodes[d["id"]] = {k: v for k, v in d.items() if k != "id"}
    edges = []
    for el in els["edges"]:
        d = el.get("data")
        if set(el) != {"data"} or not isinstance(d, dict) or not all(isinstance(d.get(k), str) for k in ("id", "source", "target")):
            fail(f"edge element {el} is not {{data: {{id, source, target, ...}}}}")
        if d["id"] in ids:
            fail(f"duplicate element id {d['id']}")
        ids.add(d["id"])
        for end in ("source", "target"):
            if d[end] not in nodes:
                fail(f"edge {d['id']} {end} {d[end]} is no node")
        edges.append([d["source"], d["target"], {k: v for k, v in d.items() if k not in ("id", "source", "target")}])
    return nodes, edges


def main():
    if len(sys.argv) != 3:
        fail("usage: read.py gexf|graphml|csv|json PATH")
    fmt, path = sys.argv[1], sys.argv[2]
    reader = {"gexf": read_gexf, "graphml": read_graphml, "csv": read_csv, "json": read_json}.get(fmt)
    if reader is None:
        fail(f"unknown format {fmt}")
    nodes, edges = reader(path)
    edges.sort(key=lambda e: (e[0], e[1], json.dumps(e[2], sort_keys=True, ensure_ascii=False)))
    json.dump({"nodes": nodes, "edges": edges}, sys.stdout, ensure_ascii=False, sort_keys=True)


main()
