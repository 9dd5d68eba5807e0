package store

import (
	"context"
	"fmt"

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
	rows := make([]map[string]any, len(units))
	var parents []map[string]any
	for i, u := range units {
		if u.ID == "" || u.Name == "" {
			return st, fmt.Errorf("write areas: unit %d (code %q) has no id or name", i+1, u.Code)
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
	for _, step := range []struct {
		what, cypher string
		rows         []map[string]any
	}{{"units", areaUnitCypher, rows}, {"part_of", areaParentCypher, parents}} {
		if err := s.writeAreaRows(ctx, step.what, step.cypher, step.rows, &st); err != nil {
			return st, err
		}
	}
	return st, nil
}

// WriteAreaLinks writes the SUCCEEDED_BY edges of a reorganisation between
// units already written; writing them again changes nothing.
func (s *Store) WriteAreaLinks(ctx context.Context, links []AreaLink) (WriteStats, error) {
	var st WriteStats
	rows := make([]map[string]any, len(links))
	for i, l := range links {
		if l.From == "" || l.To == "" {
			return st, fmt.Errorf("write area links: link %d has no end", i+1)
		}
		rows[i] = map[string]any{"from": l.From, "to": l.To, "whole": l.Whole, "default": l.Default, "date": orNil(l.Date)}
	}
	err := s.writeAreaRows(ctx, "succeeded_by", areaLinkCypher, rows, &st)
	return st, err
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
