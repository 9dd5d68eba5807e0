package export

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"hoigraph"
	"hoigraph/store"
	"hoigraph/vntext"
)

// Params are the names of the filters, as query parameters of GET
// /export/{format} and, in kebab case, as flags of `hoigraph export`: one
// list, so that the two doors take the same filters.
var Params = []struct{ Query, Flag, Help string }{
	{"area", "area", "an area id or name: the area, the areas within it, their bodies and what hangs off them"},
	{"acrossEras", "across-eras", "the area follows the July 2025 mapping: old units take the new ones made from them and back (true/false)"},
	{"around", "around", "a node id (org:..., person:..., area:...): its neighbourhood"},
	{"depth", "depth", fmt.Sprintf("hops of the neighbourhood around takes, 1 to %d", store.MaxExportDepth)},
	{"bodyTypes", "body-types", "only bodies of these types, comma-separated: party_committee, party_board, front, socio_political, association, government, other"},
	{"relationTypes", "relation-types", "only these edges, comma-separated: HOLDS, OF, RESPONSIBLE_FOR, PART_OF, LOCATED_IN, CHAIRED, HELD, REVIEWED (default all)"},
	{"asOf", "as-of", "only dated edges valid on this ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"},
	{"provenance", "provenance", "include Source nodes, MENTIONED_IN edges and each edge's source ids (true/false)"},
}

// ParseQuery reads a selection from query parameters (or from flags put in
// the same shape). Lists are comma-separated or repeated; names and types
// are case-insensitive (ASSOCIATION as in GraphQL, association as in the
// fact format). Unknown parameters are errors, so that a misspelt filter
// does not silently export the whole graph.
func ParseQuery(q url.Values) (store.Selection, error) {
	var sel store.Selection
	for k := range q {
		if !slices.ContainsFunc(Params, func(p struct{ Query, Flag, Help string }) bool { return p.Query == k }) {
			return sel, hoigraph.Errorf(hoigraph.EINVALID, "unknown filter %q (known: area, acrossEras, around, depth, bodyTypes, relationTypes, asOf, provenance)", k)
		}
	}
	one := func(k string) (string, error) {
		vs := q[k]
		if len(vs) > 1 {
			return "", hoigraph.Errorf(hoigraph.EINVALID, "%s given %d times", k, len(vs))
		}
		if len(vs) == 0 {
			return "", nil
		}
		return strings.TrimSpace(vs[0]), nil
	}
	list := func(k string) []string {
		var out []string
		for _, v := range q[k] {
			for _, s := range strings.Split(v, ",") {
				if s = strings.TrimSpace(s); s != "" {
					out = append(out, s)
				}
			}
		}
		return out
	}
	var err error
	if sel.Area, err = one("area"); err != nil {
		return sel, err
	}
	sel.Area = vntext.NFC(sel.Area)
	if sel.Around, err = one("around"); err != nil {
		return sel, err
	}
	if sel.AsOf, err = one("asOf"); err != nil {
		return sel, err
	}
	d, err := one("depth")
	if err != nil {
		return sel, err
	}
	if d != "" {
		if sel.Depth, err = strconv.Atoi(d); err != nil {
			return sel, hoigraph.Errorf(hoigraph.EINVALID, "depth %q is not a whole number", d)
		}
	} else if sel.Around != "" {
		sel.Depth = 1
	}
	p, err := one("provenance")
	if err != nil {
		return sel, err
	}
	if p != "" {
		if sel.Provenance, err = strconv.ParseBool(p); err != nil {
			return sel, hoigraph.Errorf(hoigraph.EINVALID, "provenance %q is not true or false", p)
		}
	}
	ae, err := one("acrossEras")
	if err != nil {
		return sel, err
	}
	if ae != "" {
		if sel.AcrossEras, err = strconv.ParseBool(ae); err != nil {
			return sel, hoigraph.Errorf(hoigraph.EINVALID, "acrossEras %q is not true or false", ae)
		}
	}
	for _, t := range list("bodyTypes") {
		sel.BodyTypes = append(sel.BodyTypes, hoigraph.OrgType(strings.ToLower(t)))
	}
	for _, t := range list("relationTypes") {
		sel.RelationTypes = append(sel.RelationTypes, strings.ToUpper(t))
	}
	return sel, sel.Check()
}

// Describe says in words what sel takes, for the file's metadata.
func Describe(sel store.Selection) string {
	var parts []string
	switch {
	case sel.Area != "":
		parts = append(parts, "area "+sel.Area+" with its sub-areas")
		if sel.AcrossEras {
			parts = append(parts, "across the July 2025 mapping")
		}
	case sel.Around != "":
		parts = append(parts, fmt.Sprintf("%d hops around %s", sel.Depth, sel.Around))
	default:
		parts = append(parts, "the whole graph")
	}
	if len(sel.BodyTypes) > 0 {
		ts := make([]string, len(sel.BodyTypes))
		for i, t := range sel.BodyTypes {
			ts[i] = string(t)
		}
		parts = append(parts, "bodies: "+strings.Join(ts, ", "))
	}
	if len(sel.RelationTypes) > 0 && !slices.Equal(sel.RelationTypes, store.ExportRelationTypes) {
		parts = append(parts, "relations: "+strings.Join(sel.RelationTypes, ", "))
	}
	if sel.AsOf != "" {
		parts = append(parts, "as of "+sel.AsOf)
	}
	if sel.Provenance {
		parts = append(parts, "with provenance")
	}
	return "hoigraph export: " + strings.Join(parts, "; ")
}

// FileName is a name for the export that says what it holds, in ASCII so
// that every browser and file system keeps it: hoigraph-quan-3-as-of-2024.gexf.
func FileName(sel store.Selection, f Format) string {
	parts := []string{"hoigraph"}
	switch {
	case sel.Area != "":
		parts = append(parts, sel.Area)
		if sel.AcrossEras {
			parts = append(parts, "across-eras")
		}
	case sel.Around != "":
		parts = append(parts, "around", sel.Around, "depth", strconv.Itoa(sel.Depth))
	default:
		parts = append(parts, "all")
	}
	for _, t := range sel.BodyTypes {
		parts = append(parts, string(t))
	}
	if sel.AsOf != "" {
		parts = append(parts, "as-of", sel.AsOf)
	}
	if sel.Provenance {
		parts = append(parts, "provenance")
	}
	var b strings.Builder
	dash := false
	for _, r := range vntext.Fold(strings.Join(parts, " ")) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	name := strings.Trim(b.String(), "-")
	if len(name) > 120 {
		name = strings.TrimRight(name[:120], "-")
	}
	return name + "." + f.Ext()
}
