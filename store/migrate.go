package store

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// NameIndex is the full-text index over folded names. Names are stored folded
// (no diacritics, lower case) in nameFolded and indexed with
// standard-no-stop-words: standard-folding would drop syllables that fold to
// English stop words (tổ → "to", thể → "the").
const NameIndex = "entityNames"

// migrations are applied in order; each is idempotent (IF NOT EXISTS), so
// running them on every start is safe.
var migrations = []string{
	// The indexes first: CREATE INDEX returns at once and Neo4j populates
	// it in the background while the constraints, which wait for their own
	// index, are created (an imported store has everything to index).
	"CREATE INDEX source_at IF NOT EXISTS FOR (n:Source) ON (n.at)",
	"CREATE INDEX organization_type IF NOT EXISTS FOR (n:Organization) ON (n.type)",
	"CREATE INDEX area_code IF NOT EXISTS FOR (n:Area) ON (n.code)",
	"CREATE INDEX area_name_folded IF NOT EXISTS FOR (n:Area) ON (n.nameFolded)",
	"CREATE INDEX person_name_folded IF NOT EXISTS FOR (n:Person) ON (n.nameFolded)",
	"CREATE INDEX organization_name_folded IF NOT EXISTS FOR (n:Organization) ON (n.nameFolded)",
	"CREATE FULLTEXT INDEX " + NameIndex + " IF NOT EXISTS FOR (n:Organization|Person|Area) ON EACH [n.nameFolded] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}}",
	"CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT directive_id IF NOT EXISTS FOR (n:Directive) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE",
	// One fingerprint per gazetteer list, whatever loads MERGE it at once.
	"CREATE CONSTRAINT gazetteer_id IF NOT EXISTS FOR (n:" + gazetteerLabel + ") REQUIRE n.id IS UNIQUE",
}

// Migrate finishes an imported store (finishImport), then applies the
// schema: uniqueness constraints on every id, lookup indexes and the
// full-text name index; it waits until the indexes are online.
func (s *Store) Migrate(ctx context.Context) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	// An imported store's last lists first, before the indexes would have
	// to follow the writes.
	if err := s.finishImport(ctx, session); err != nil {
		return err
	}
	for _, m := range migrations {
		// Schema statements cannot run in an explicit transaction with data
		// writes; auto-commit is what Neo4j expects here.
		res, err := session.Run(ctx, m, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("migrate %q: %w", m, err)
		}
	}
	res, err := session.Run(ctx, "CALL db.awaitIndexes($seconds)", map[string]any{"seconds": int64((60 * time.Second).Seconds())})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("migrate: wait for indexes: %w", err)
	}
	return nil
}
