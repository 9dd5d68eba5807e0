package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"hoigraph"
)

// WarmUp plans the statements the analyst page's area filters run, so that
// their first user does not wait for Neo4j's planner. An area-filtered
// oversight statement takes a fraction of a second to run and, on a
// just-started server, seconds to plan (6.5 s on the 2-core machine, with
// the query caches cleared; 70 ms once planned). Plans are cached by
// statement text and parameter types, so the reads are of one real area
// (a lowest-level one, where they find little): an area that does not
// exist would make its id list empty, of another type, and plan apart.
func (s *Store) WarmUp(ctx context.Context) error {
	warmArea := "hoigraph warm-up: no such area"
	err := s.query(ctx, "pick an area to warm up with", "MATCH (a:Area) WHERE NOT EXISTS { (a)<-[:PART_OF]-(:Area) } RETURN a.id LIMIT 1", nil, func(r *neo4j.Record) {
		warmArea, _ = r.Values[0].(string)
	})
	if err != nil {
		return err
	}
	one := Page{Limit: 1}
	reads := []func() error{
		func() error { _, _, err := s.Oversight(ctx, OversightFilter{Area: warmArea}, one); return err },
		func() error {
			_, _, err := s.Oversight(ctx, OversightFilter{Area: warmArea, ObjectType: hoigraph.Association}, one)
			return err
		},
		func() error {
			_, _, err := s.Oversight(ctx, OversightFilter{ObjectArea: warmArea, ObjectType: hoigraph.Association}, one)
			return err
		},
		func() error { _, err := s.Unassigned(ctx, OversightFilter{Area: warmArea}, 1); return err },
		func() error { _, _, err := s.Organizations(ctx, OrgFilter{Area: warmArea}, OrderName, one); return err },
		func() error { _, _, err := s.People(ctx, PersonFilter{Area: warmArea}, one); return err },
	}
	for st := range statCount {
		reads = append(reads, func() error { _, err := s.Stats(ctx, st, StatsFilter{Area: warmArea}); return err })
	}
	for i, read := range reads {
		if err := read(); err != nil {
			return fmt.Errorf("warm up read %d: %w", i, err)
		}
	}
	return nil
}
