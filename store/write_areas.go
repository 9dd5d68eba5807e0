package store

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"math"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph/vntext"
)

// Area is one official administrative unit as the store keeps it. Units of
// both eras live side by side, each with the dates it was in force, so that
// a question about 2021 and one about 2026 each find their own structure.
type Area struct {
	ID         string // "area:2024:770", "area:2025:26734"
	Name       string // with its kind: "Phường Tân Giang"
	Kind       string // "Phường", "Quận", ...
	Level      string // province, district, commune
	Code       string // GSO code
	Era        string // "before-2025-07" or "from-2025-07"
	ParentID   string // the unit it lies in, "" for a province
	ValidFrom  string // ISO date, "" when open
	ValidUntil string // ISO date, "" while in force
	// Lat and Lon are the unit's centre (HasCoordinates false when unknown);
	// AreaKm2 is 0 when unknown.
	Lat, Lon       float64
	HasCoordinates bool
	AreaKm2        float64
	Aliases        []string // former and short names as the official list keys them (folded, no spaces)
}

// AreaLink is one step of a reorganisation: the unit From went (wholly, or
// in part) into To on Date. Default marks the one unit a split From is
// taken to have become when nothing says which.
type AreaLink struct {
	From, To       string // Area ids
	Whole, Default bool
	Date           string // ISO date the new units came into force
}

const (
	areaUnitCypher = `UNWIND $rows AS r
MERGE (a:Area {id: r.id})
SET a.name = r.name, a.nameFolded = r.folded, a.kind = r.kind, a.level = r.level, a.code = r.code,
    a.era = r.era, a.validFrom = r.validFrom, a.validUntil = r.validUntil,
    a.lat = r.lat, a.lon = r.lon, a.areaKm2 = r.areaKm2, a.aliases = r.aliases`
	areaParentCypher = `UNWIND $rows AS r
MATCH (a:Area {id: r.id})
MATCH (p:Area {id: r.parent})
MERGE (a)-[:PART_OF]->(p)`
	// SUCCEEDED_BY is keyed by its two ends: loading the mapping again, in
	// any order, leaves one edge per pair with the properties of the list.
	areaLinkCypher = `UNWIND $rows AS r
MATCH (a:Area {id: r.from})
MATCH (b:Area {id: r.to})
MERGE (a)-[e:SUCCEEDED_BY]->(b)
SET e.whole = r.whole, e.default = r.default, e.date = r.date`
)

// areaBatch keeps each transaction small enough for a 1 GB heap.
const areaBatch = 5000

// WriteAreas writes official units and their PART_OF edges, in batches;
// writing the same units again changes nothing. Parents must be in the same
// call or already written.
func (s *Store) WriteAreas(ctx context.Context, units []Area) (WriteStats, error) {
	var st WriteStats
	// An unchanged gazetteer costs one small read: the fingerprint of the
	// units last written (gazetteerCypher). Without it, comparing 14,000
	// units with the store took 3-9 s, most of a re-load (BENCHMARKS.md,
	// branch load8).
	fp := unitsFingerprint(units)
	if have, err := s.gazetteerHash(ctx, gazetteerUnits); err == nil && have == fp {
		return st, nil
	}
	rows, parents, err := areaRows(units)
	if err != nil {
		return st, err
	}
	// Otherwise only the units (and PART_OF edges) that are missing or
	// differ from the list are written.
	rows, parents, err = s.changedAreas(ctx, rows, parents)
	if err != nil {
		return st, err
	}
	for _, step := range []struct {
		what, cypher string
		rows         []map[string]any
	}{{"units", areaUnitCypher, rows}, {"part_of", areaParentCypher, parents}} {
		if err := s.writeAreaRows(ctx, step.what, step.cypher, step.rows, &st); err != nil {
			return st, err
		}
	}
	err = s.setGazetteerHash(ctx, gazetteerUnits, fp, &st)
	return st, err
}

// areaRows are the parameter rows of areaUnitCypher and areaParentCypher.
func areaRows(units []Area) (rows, parents []map[string]any, err error) {
	rows = make([]map[string]any, len(units))
	for i, u := range units {
		if u.ID == "" || u.Name == "" {
			return nil, nil, fmt.Errorf("write areas: unit %d (code %q) has no id or name", i+1, u.Code)
		}
		rows[i] = map[string]any{
			"id": u.ID, "name": vntext.NFC(u.Name), "folded": vntext.Fold(u.Name), "kind": u.Kind, "level": u.Level,
			"code": u.Code, "era": u.Era, "validFrom": orNil(u.ValidFrom), "validUntil": orNil(u.ValidUntil),
			"lat": nil, "lon": nil, "areaKm2": nil, "aliases": u.Aliases,
		}
		if u.HasCoordinates {
			rows[i]["lat"], rows[i]["lon"] = u.Lat, u.Lon
		}
		if u.AreaKm2 > 0 {
			rows[i]["areaKm2"] = u.AreaKm2
		}
		if u.Aliases == nil {
			rows[i]["aliases"] = []string{}
		}
		if u.ParentID != "" {
			parents = append(parents, map[string]any{"id": u.ID, "parent": u.ParentID})
		}
	}
	return rows, parents, nil
}

// WriteAreaLinks writes the SUCCEEDED_BY edges of a reorganisation between
// units already written; writing them again changes nothing.
func (s *Store) WriteAreaLinks(ctx context.Context, links []AreaLink) (WriteStats, error) {
	var st WriteStats
	fp := linksFingerprint(links)
	if have, err := s.gazetteerHash(ctx, gazetteerLinks); err == nil && have == fp {
		return st, nil
	}
	rows, err := areaLinkRows(links)
	if err != nil {
		return st, err
	}
	if rows, err = s.changedAreaLinks(ctx, rows); err != nil {
		return st, err
	}
	if err = s.writeAreaRows(ctx, "succeeded_by", areaLinkCypher, rows, &st); err != nil {
		return st, err
	}
	err = s.setGazetteerHash(ctx, gazetteerLinks, fp, &st)
	return st, err
}

// areaLinkRows are the parameter rows of areaLinkCypher.
func areaLinkRows(links []AreaLink) ([]map[string]any, error) {
	rows := make([]map[string]any, len(links))
	for i, l := range links {
		if l.From == "" || l.To == "" {
			return nil, fmt.Errorf("write area links: link %d has no end", i+1)
		}
		rows[i] = map[string]any{"from": l.From, "to": l.To, "whole": l.Whole, "default": l.Default, "date": orNil(l.Date)}
	}
	return rows, nil
}

// A :Gazetteer node per list of the gazetteer (its units with their
// PART_OF edges; the reorganisation's links) keeps the fingerprint of the
// rows last written from it in full, so that writing the same list again
// is one read. It is set only after every row is written: a load stopped
// half way compares the store with the list next time. What the store
// holds is then taken on trust, as an unchanged source's graph is: an Area
// edited by hand is put right by a changed gazetteer, not by a re-load.
const (
	gazetteerLabel     = "Gazetteer"
	gazetteerUnits     = "units"
	gazetteerLinks     = "links"
	gazetteerCypher    = "MATCH (g:" + gazetteerLabel + " {id: $id}) RETURN g.hash AS hash"
	setGazetteerCypher = "MERGE (g:" + gazetteerLabel + " {id: $id}) SET g.hash = $hash"
)

// areaRowsVersion is part of the gazetteer's fingerprints: change it when
// areaRows, areaLinkRows or their Cypher write other values from the same
// units, so that every store writes them again.
const areaRowsVersion = "1"

// unitsFingerprint is the sha256, in hex, of every field of the units (the
// rows built from them, and hashed as JSON, took 1.4 s of CPU for 14,000).
func unitsFingerprint(units []Area) string {
	f := newFingerprint()
	for _, u := range units {
		f.str(u.ID, u.Name, u.Kind, u.Level, u.Code, u.Era, u.ParentID, u.ValidFrom, u.ValidUntil)
		f.float(u.Lat, u.Lon, u.AreaKm2)
		f.bool(u.HasCoordinates, u.Aliases == nil)
		f.str(u.Aliases...)
		f.str("\x00unit")
	}
	return f.sum()
}

// linksFingerprint is unitsFingerprint for the links.
func linksFingerprint(links []AreaLink) string {
	f := newFingerprint()
	for _, l := range links {
		f.str(l.From, l.To, l.Date)
		f.bool(l.Whole, l.Default)
	}
	return f.sum()
}

// fingerprint hashes values each written with its length, so that no two
// lists of values write the same bytes.
type fingerprint struct {
	h   hash.Hash
	buf []byte
}

func newFingerprint() *fingerprint {
	f := &fingerprint{h: sha256.New()}
	f.str(areaRowsVersion)
	return f
}

func (f *fingerprint) str(vs ...string) {
	for _, v := range vs {
		f.buf = binary.AppendUvarint(f.buf[:0], uint64(len(v)))
		f.buf = append(f.buf, v...)
		f.h.Write(f.buf)
	}
}

func (f *fingerprint) float(vs ...float64) {
	for _, v := range vs {
		f.buf = binary.LittleEndian.AppendUint64(f.buf[:0], math.Float64bits(v))
		f.h.Write(f.buf)
	}
}

func (f *fingerprint) bool(vs ...bool) {
	for _, v := range vs {
		b := byte(0)
		if v {
			b = 1
		}
		f.h.Write([]byte{b})
	}
}

func (f *fingerprint) sum() string { return hex.EncodeToString(f.h.Sum(nil)) }

// gazetteerHash is the fingerprint the list was last written with, "" when
// it never was.
func (s *Store) gazetteerHash(ctx context.Context, id string) (string, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, tx, gazetteerCypher, map[string]any{"id": id})
		if err != nil || len(recs) == 0 {
			return "", err
		}
		h, _ := recs[0].Get("hash")
		hs, _ := h.(string)
		return hs, nil
	})
	if err != nil {
		return "", fmt.Errorf("read gazetteer fingerprint: %w", err)
	}
	return out.(string), nil
}

func (s *Store) setGazetteerHash(ctx context.Context, id, hash string, st *WriteStats) error {
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var bst WriteStats
		err := s.exec(ctx, tx, setGazetteerCypher, map[string]any{"id": id, "hash": hash}, &bst)
		return bst, err
	})
	if err != nil {
		return fmt.Errorf("write gazetteer fingerprint: %w", err)
	}
	st.Add(out.(WriteStats))
	return nil
}

// areaProps are the properties areaUnitCypher sets from a row's keys
// (nameFolded from "folded").
var areaProps = map[string]string{
	"name": "name", "folded": "nameFolded", "kind": "kind", "level": "level", "code": "code", "era": "era",
	"validFrom": "validFrom", "validUntil": "validUntil", "lat": "lat", "lon": "lon", "areaKm2": "areaKm2", "aliases": "aliases",
}

const (
	// What the store holds of the given units: their properties and the
	// official units they are PART_OF.
	readAreasCypher = `UNWIND $ids AS id
MATCH (a:Area {id: id})
RETURN a.id AS id, properties(a) AS props, [(a)-[:PART_OF]->(p:Area) | p.id] AS parents`
	readAreaLinksCypher = `UNWIND $rows AS r
MATCH (a:Area {id: r.from})-[e:SUCCEEDED_BY]->(b:Area {id: r.to})
RETURN r.from AS from, r.to AS to, e.whole AS whole, e.default AS default, e.date AS date`
)

// changedAreas keeps the unit rows whose node is missing or holds other
// values, and the parent rows whose PART_OF edge is missing. Reading 14,000
// units costs a fraction of writing them again (each SET of a MERGE is a
// locked, logged write even when the value is the same).
func (s *Store) changedAreas(ctx context.Context, rows, parents []map[string]any) ([]map[string]any, []map[string]any, error) {
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r["id"].(string)
	}
	props := make(map[string]map[string]any, len(rows))
	linked := map[[2]string]bool{}
	for i := 0; i < len(ids); i += areaReadBatch {
		chunk := ids[i:min(i+areaReadBatch, len(ids))]
		_, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			recs, err := s.run(ctx, tx, readAreasCypher, map[string]any{"ids": chunk})
			for _, rec := range recs {
				v := rec.AsMap()
				id, _ := v["id"].(string)
				props[id], _ = v["props"].(map[string]any)
				for _, p := range toStrings(v["parents"]) {
					linked[[2]string{id, p}] = true
				}
			}
			return nil, err
		})
		if err != nil {
			return nil, nil, fmt.Errorf("read areas: %w", err)
		}
	}
	var outRows, outParents []map[string]any
	for _, r := range rows {
		if !sameArea(r, props[r["id"].(string)]) {
			outRows = append(outRows, r)
		}
	}
	for _, p := range parents {
		if !linked[[2]string{p["id"].(string), p["parent"].(string)}] {
			outParents = append(outParents, p)
		}
	}
	return outRows, outParents, nil
}

// areaReadBatch is how many units one read takes.
const areaReadBatch = 20000

// sameArea reports whether the stored properties have every value the row
// would set (a nil value: the property absent).
func sameArea(row, stored map[string]any) bool {
	if stored == nil {
		return false
	}
	for k, prop := range areaProps {
		if !sameValue(row[k], stored[prop]) {
			return false
		}
	}
	return true
}

// sameValue compares a parameter with what Neo4j gives back for it: lists
// come back as []any, integers as int64.
func sameValue(want, got any) bool {
	switch w := want.(type) {
	case nil:
		return got == nil
	case []string:
		g, ok := got.([]any)
		if !ok {
			return len(w) == 0 && got == nil
		}
		if len(g) != len(w) {
			return false
		}
		for i := range w {
			if g[i] != w[i] {
				return false
			}
		}
		return true
	case bool:
		return got == w
	case string:
		return got == w
	case float64:
		g, ok := got.(float64)
		return ok && g == w
	}
	return false
}

// changedAreaLinks keeps the link rows whose SUCCEEDED_BY edge is missing
// or holds other values.
func (s *Store) changedAreaLinks(ctx context.Context, rows []map[string]any) ([]map[string]any, error) {
	have := map[[2]string]map[string]any{}
	for i := 0; i < len(rows); i += areaReadBatch {
		chunk := rows[i:min(i+areaReadBatch, len(rows))]
		_, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			recs, err := s.run(ctx, tx, readAreaLinksCypher, map[string]any{"rows": chunk})
			for _, rec := range recs {
				v := rec.AsMap()
				from, _ := v["from"].(string)
				to, _ := v["to"].(string)
				have[[2]string{from, to}] = v
			}
			return nil, err
		})
		if err != nil {
			return nil, fmt.Errorf("read area links: %w", err)
		}
	}
	var out []map[string]any
	for _, r := range rows {
		v := have[[2]string{r["from"].(string), r["to"].(string)}]
		if v == nil || !sameValue(r["whole"], v["whole"]) || !sameValue(r["default"], v["default"]) || !sameValue(r["date"], v["date"]) {
			out = append(out, r)
		}
	}
	return out, nil
}

func (s *Store) writeAreaRows(ctx context.Context, what, cypher string, rows []map[string]any, st *WriteStats) error {
	for i := 0; i < len(rows); i += areaBatch {
		chunk := rows[i:min(i+areaBatch, len(rows))]
		out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			var bst WriteStats
			err := s.exec(ctx, tx, cypher, map[string]any{"rows": chunk}, &bst)
			return bst, err
		})
		if err != nil {
			return fmt.Errorf("write areas (%s %d-%d): %w", what, i+1, i+len(chunk), err)
		}
		st.Add(out.(WriteStats))
	}
	return nil
}
