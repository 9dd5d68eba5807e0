package httpapi

import (
	"os"
	"testing"

	"hoigraph/store"
)

// TestMain checks every statement the store remembers against the one its
// shape builds fresh: the resolvers' shapes of every query the tests ask.
func TestMain(m *testing.M) {
	store.VerifyStatementCache(true)
	os.Exit(m.Run())
}
