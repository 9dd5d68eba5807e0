package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
	"hoigraph/vntext"
)

// AreaScope says which areas an area filter covers: the areas its id or
// name picks out (of the era of its date, when the name is a unit's in both
// eras) and, when it follows the July 2025 mapping, the units of the other
// era those went into or came from. Partial lists the mapped units that are
// not wholly inside the asked area (an old commune split between new ones,
// a new unit formed also from outside it): what is found through them alone
// is marked partial.
type AreaScope struct {
	Area       string // the id or name asked
	AsOf       string // picks the era when the name is a unit's in both
	AcrossEras bool   // follow SUCCEEDED_BY both ways
	Era        string // keep only the areas of this era (with AcrossEras: "the old units of a new commune")
}

// eraOfDate is the administrative era an ISO date lies in.
func eraOfDate(asOf string) any {
	switch {
	case asOf == "":
		return nil
	case asOf >= "2025-07":
		return "from-2025-07"
	}
	return "before-2025-07"
}

// areaScopeCypher returns the scope's area ids with whether each is partial.
// The asked units are whole; a unit reached through a split or through a
// unit that also took in land from elsewhere is partial.
const areaScopeCypher = `
MATCH (a:Area) WHERE a.id = $area OR a.nameFolded = $areaFolded
WITH collect(a) AS asked
WITH CASE WHEN $era IS NOT NULL AND any(x IN asked WHERE x.era = $era)
          THEN [x IN asked WHERE x.era = $era OR x.era = ''] ELSE asked END AS asked
CALL (asked) {
  UNWIND asked AS a RETURN a.id AS id, false AS partial
  UNION ALL
  UNWIND asked AS a
  WITH a WHERE $across
  MATCH (a)<-[:PART_OF*0..2]-(:Area)-[l:SUCCEEDED_BY]->(n:Area)
  RETURN n.id AS id, NOT l.whole OR EXISTS {
    MATCH (p:Area)-[:SUCCEEDED_BY]->(n) WHERE NOT EXISTS { MATCH (p)-[:PART_OF*0..2]->(a) }
  } AS partial
  UNION ALL
  UNWIND asked AS a
  WITH a WHERE $across
  MATCH (a)<-[:PART_OF*0..1]-(:Area)<-[l:SUCCEEDED_BY]-(p:Area)
  RETURN p.id AS id, NOT l.whole AS partial
}
WITH id, min(CASE WHEN partial THEN 1 ELSE 0 END) = 1 AS partial
MATCH (x:Area {id: id}) WHERE $onlyEra IS NULL OR x.era = $onlyEra
RETURN id, partial`

// scope resolves an area filter into the parameters the area predicates
// read: $areaIds (every area covered) and $wholeIds (those covered
// wholly). An empty area selects no restriction.
func (s *Store) scope(ctx context.Context, sc AreaScope, params map[string]any) error {
	if sc.Area == "" {
		params["areaIds"], params["wholeIds"] = nil, nil
		return nil
	}
	if sc.Era != "" && sc.Era != "before-2025-07" && sc.Era != "from-2025-07" {
		return hoigraph.Errorf(hoigraph.EINVALID, "era %q: want before-2025-07 or from-2025-07", sc.Era)
	}
	ids, whole := []string{}, []string{}
	err := s.query(ctx, "read area scope", areaScopeCypher, map[string]any{
		"area": vntext.NFC(sc.Area), "areaFolded": vntext.Fold(sc.Area),
		"era": eraOfDate(sc.AsOf), "across": sc.AcrossEras, "onlyEra": orNil(sc.Era),
	}, func(r *neo4j.Record) {
		id, _ := r.Values[0].(string)
		partial, _ := r.Values[1].(bool)
		ids = append(ids, id)
		if !partial {
			whole = append(whole, id)
		}
	})
	if err != nil {
		return fmt.Errorf("area %q: %w", sc.Area, err)
	}
	params["areaIds"], params["wholeIds"] = ids, whole
	return nil
}

// partialOrg is the Cypher expression "body n was found only through areas
// not wholly inside the asked one".
const partialOrg = `($wholeIds IS NOT NULL AND NOT EXISTS {
  MATCH (n)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(w:Area) WHERE w.id IN $wholeIds })`
