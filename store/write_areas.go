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
}

const (
	areaUnitCypher = `UNWIND $rows AS r
MERGE (a:Area {id: r.id})
SET a.name = r.name, a.nameFolded = r.folded, a.kind = r.kind, a.level = r.level, a.code = r.code,
    a.era = r.era, a.validFrom = r.validFrom, a.validUntil = r.validUntil`
	areaParentCypher = `UNWIND $rows AS r
MATCH (a:Area {id: r.id})
MATCH (p:Area {id: r.parent})
MERGE (a)-[:PART_OF]->(p)`
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
		}
		if u.ParentID != "" {
			parents = append(parents, map[string]any{"id": u.ID, "parent": u.ParentID})
		}
	}
	for _, step := range []struct {
		what, cypher string
		rows         []map[string]any
	}{{"units", areaUnitCypher, rows}, {"part_of", areaParentCypher, parents}} {
		for i := 0; i < len(step.rows); i += areaBatch {
			chunk := step.rows[i:min(i+areaBatch, len(step.rows))]
			out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
				var bst WriteStats
				err := s.exec(ctx, tx, step.cypher, map[string]any{"rows": chunk}, &bst)
				return bst, err
			})
			if err != nil {
				return st, fmt.Errorf("write areas (%s %d-%d): %w", step.what, i+1, i+len(chunk), err)
			}
			st.Add(out.(WriteStats))
		}
	}
	return st, nil
}
