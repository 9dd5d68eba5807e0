package store_test

import (
	"context"
	"testing"
	"time"

	"hoigraph/internal/neo4jtest"
)

// TestReadsReturnEveryRowOrAnError: the read path's own collecting of
// records (not the driver's Collect) returns every row in order, across
// several PULLs of the driver's 1,000 records, none for an empty answer,
// and no rows but the error for a statement that fails midway.
func TestReadsReturnEveryRowOrAnError(t *testing.T) {
	s := neo4jtest.Store(t)
	tests := []struct {
		name    string
		rows    int64 // UNWIND range(1, rows)
		divisor int64 // each row returns i / (i - divisor): 0 fails at row divisor
		wantErr bool
	}{
		{name: "no row", rows: 0, divisor: -1},
		{name: "one row", rows: 1, divisor: -1},
		{name: "three rows", rows: 3, divisor: -1},
		{name: "more rows than one PULL", rows: 2500, divisor: -1},
		{name: "fails at the second row", rows: 3, divisor: 2, wantErr: true},
		{name: "fails after the first PULL", rows: 2500, divisor: 1500, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			got, err := s.ReadRows(ctx, "UNWIND range(1, $n) AS i RETURN i / (i - $d) AS x, i", map[string]any{"n": tt.rows, "d": tt.divisor})
			if tt.wantErr {
				if err == nil || len(got) != 0 {
					t.Fatalf("want an error and no rows, got %d rows, %v", len(got), err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if int64(len(got)) != tt.rows {
				t.Fatalf("%d rows, want %d", len(got), tt.rows)
			}
			for i, v := range got {
				n := int64(i + 1)
				if want := n / (n - tt.divisor); v != want {
					t.Fatalf("row %d: %v, want %d", i, v, want)
				}
			}
		})
	}
}
