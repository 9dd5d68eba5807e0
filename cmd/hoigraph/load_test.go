package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// robust #15: load's summary goes to stdout, and what failed to stderr,
// where the last line says it is listed: never errors on stdout while
// stderr says "listed above", never "errors: 0" beside a failure.
func TestLoadErrorsGoToStderr(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt":   "Quận ủy Quận 5 phân công nhiệm vụ\n\nNgày 12/3/2024, Quận ủy Quận 5 phân công Ban Dân vận Quận ủy Quận 5 phụ trách Hội Chữ thập đỏ Quận 5.\n",
		"bad.csv": "overseer,object,since\nBan Dân vận Quận ủy Quận 5,Hội Chữ thập đỏ Quận 5,2020-02-30\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var code int
	var stdout string
	stderr := stderrOf(t, func() {
		stdout = captured(t, &os.Stdout, func() {
			code = run(context.Background(), []string{"load", "-dry-run", "-gazetteer", "none", dir})
		})
	})
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stdout, "files: 1 read") || !strings.Contains(stdout, "errors: 1\n") || strings.Contains(stdout, "bad.csv") {
		t.Errorf("stdout:\n%s\nwant the summary counting one error, not the error itself", stdout)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "bad.csv") || !strings.Contains(lines[0], `"2020-02-30" is not an ISO date`) ||
		lines[1] != "hoigraph load: 1 of the inputs failed (listed above); the others are loaded" {
		t.Errorf("stderr:\n%s\nwant bad.csv's error, then the line saying so", stderr)
	}
}

// -cpuprofile writes a profile that go tool pprof reads: what the load
// benchmarks in BENCHMARKS.md were made with.
func TestLoadWritesACPUProfile(t *testing.T) {
	dir := t.TempDir()
	text := "Ngày 12/3/2024, Quận ủy Quận 5 phân công Ban Dân vận Quận ủy Quận 5 phụ trách Hội Chữ thập đỏ Quận 5.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	prof := filepath.Join(t.TempDir(), "load.prof")
	var code int
	captured(t, &os.Stdout, func() {
		code = run(context.Background(), []string{"load", "-dry-run", "-gazetteer", "none", "-cpuprofile", prof, dir})
	})
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	b, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	// A pprof profile is gzip-compressed protocol buffers.
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("%s is not a gzip-compressed profile (%d bytes)", prof, len(b))
	}
}
