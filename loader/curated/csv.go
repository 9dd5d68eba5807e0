package curated

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// readCSV reads rows; the header decides their kind (see the package doc).
func readCSV(raw []byte) ([]record, error) {
	raw = bytes.TrimPrefix(raw, []byte("\uFEFF")) // spreadsheets save a BOM
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("empty file")
	}
	if err != nil {
		return nil, err
	}
	headerLine, _ := cr.FieldPos(0)
	for i, h := range header {
		header[i] = strings.ToLower(strings.TrimSpace(h))
	}
	kind, err := kindOf(header)
	if err != nil {
		return nil, fmt.Errorf("line %d: header: %w", headerLine, err)
	}
	var recs []record
	for {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if len(row) != len(header) {
			return nil, fmt.Errorf("line %d: %d fields, the header has %d", line, len(row), len(header))
		}
		r := record{kind: kind, line: line, fields: map[string]string{}}
		for i, v := range row {
			r.fields[header[i]] = v
		}
		recs = append(recs, r)
	}
}

// kindOf recognises a header by its first required column, and refuses
// duplicate columns.
func kindOf(header []string) (string, error) {
	seen := map[string]bool{}
	for _, h := range header {
		if seen[h] {
			return "", fmt.Errorf("column %q twice", h)
		}
		seen[h] = true
	}
	switch {
	case seen["overseer"]:
		return kindAssignment, nil
	case seen["person"]:
		return kindPost, nil
	case seen["name"]:
		return kindBody, nil
	}
	return "", fmt.Errorf("columns %q are none of bodies (name,type,...), posts (person,post,org,...) or assignments (overseer,object,...)", strings.Join(header, ","))
}
