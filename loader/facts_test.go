package loader

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hoigraph"
)

// TestStreamFacts checks that a facts file read as a stream hands over the
// same documents, in order of first appearance, as reading it whole would,
// also when a document's lines are not together.
func TestStreamFacts(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string // per document: its file and the names of its facts
	}{
		{"together", []string{`{"doc":"a","fact":"person","name":"A1"}`, `{"doc":"a","fact":"person","name":"A2"}`, `{"doc":"b","fact":"person","name":"B1"}`},
			[]string{"a: A1 A2", "b: B1"}},
		{"interleaved", []string{`{"doc":"a","fact":"person","name":"A1"}`, `{"doc":"b","fact":"person","name":"B1"}`, `{"doc":"c","fact":"person","name":"C1"}`, `{"doc":"a","fact":"person","name":"A2"}`},
			[]string{"a: A1 A2", "b: B1", "c: C1"}},
		{"blank lines", []string{``, `{"doc":"a","fact":"person","name":"A1"}`, ``},
			[]string{"a: A1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "facts.jsonl")
			if err := os.WriteFile(path, []byte(strings.Join(tc.lines, "\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			ff, err := checkFacts(path)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			hashes := map[string]bool{}
			err = ff.stream(func(d hoigraph.Document) bool {
				names := []string{}
				for _, f := range d.Facts {
					names = append(names, f.Name)
				}
				got = append(got, d.Source.File+": "+strings.Join(names, " "))
				hashes[d.Source.Hash] = true
				return true
			})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("documents %q, want %q", got, tc.want)
			}
			if len(hashes) != len(tc.want) || hashes[""] {
				t.Errorf("hashes %v: want one distinct non-empty hash per document", hashes)
			}
		})
	}
}

// TestStreamFactsFileChanged checks that a file that gained lines between
// the check and the stream is an error, not a silently partial document.
func TestStreamFactsFileChanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "facts.jsonl")
	one := `{"doc":"a","fact":"person","name":"A1"}` + "\n"
	if err := os.WriteFile(path, []byte(one), 0o644); err != nil {
		t.Fatal(err)
	}
	ff, err := checkFacts(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(one+`{"doc":"b","fact":"person","name":"B1"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = ff.stream(func(hoigraph.Document) bool { return true })
	if err == nil || !strings.Contains(err.Error(), "changed") {
		t.Errorf("stream of a changed file: %v", err)
	}
}
