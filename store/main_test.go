package store

import (
	"os"
	"testing"
)

// TestMain checks every remembered statement against the one its shape
// builds fresh, for every read the tests make.
func TestMain(m *testing.M) {
	VerifyStatementCache(true)
	os.Exit(m.Run())
}
