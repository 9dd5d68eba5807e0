// Package neo4j_test checks scripts/neo4j/neo4j.sh where it needs no
// server: how a store's password is chosen.
package neo4j_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func password(t *testing.T, dir string, env ...string) string {
	t.Helper()
	pw, _ := passwordAndLog(t, dir, env...)
	return pw
}

// passwordAndLog is password with what neo4j.sh said on stderr.
func passwordAndLog(t *testing.T, dir string, env ...string) (string, string) {
	t.Helper()
	cmd := exec.Command("bash", "neo4j.sh", "password", dir)
	cmd.Env = append(os.Environ(), "NEO4J_PASSWORD=")
	cmd.Env = append(cmd.Env, env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("neo4j.sh password %s: %v", dir, err)
	}
	return strings.TrimSpace(string(out)), stderr.String()
}

// robust #17: a new store gets a random password of its own, kept in a
// file only its owner can read; the store keeps it; NEO4J_PASSWORD wins.
func TestNewStoreGetsARandomPassword(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	pa, said := passwordAndLog(t, a)
	pb := password(t, b)
	if !strings.Contains(said, filepath.Join(a, "password")) {
		t.Errorf("neo4j.sh said %q on a new store, want where its password is kept", said)
	}
	if len(pa) < 20 || pa == pb || pa == "hoigraph-dev-password" {
		t.Errorf("passwords %q and %q: want two random ones", pa, pb)
	}
	info, err := os.Stat(filepath.Join(a, "password"))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("password file mode %v, want 0600", info.Mode().Perm())
	}
	if again := password(t, a); again != pa {
		t.Errorf("second call gave %q, want the store's %q", again, pa)
	}
	if given := password(t, a, "NEO4J_PASSWORD=chosen-by-me"); given != "chosen-by-me" {
		t.Errorf("with NEO4J_PASSWORD: %q", given)
	}
}
