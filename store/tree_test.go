package store

import (
	"strings"
	"testing"
)

func TestCompileTreeNestsEachRelationInItsParent(t *testing.T) {
	sh := Shape{Nests: []Nest{
		{Rel: OrgChildren, Kind: "Organization", Shape: Shape{Nests: []Nest{{Rel: OrgPosts, Kind: "Organization"}}}},
		{Rel: OverseenBy, Kind: "Organization", Sources: true, Back: Shape{Nests: []Nest{{Rel: OrgArea, Kind: "Organization"}}}},
	}}
	got, err := compileTree([]string{"Organization"}, sh)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"UNWIND $Organization AS key MATCH (n0:Organization {id: key}) RETURN n0",
		// the children, and their posts inside the children's subquery
		"COLLECT { MATCH (n1:Organization)-[:PART_OF]->(n0:Organization) WITH n1 ORDER BY n1.nameFolded, n1.name RETURN [n1, null, [COLLECT { MATCH (n2:Post)-[:OF]->(n1:Organization)",
		// the overseers, the object's area again below the edge, the sources
		"MATCH (n3)-[e3:RESPONSIBLE_FOR]->(n0:Organization)",
		"COLLECT { MATCH (n0:Organization)-[:LOCATED_IN]->(n4:Area)",
		"UNWIND e3.sources AS sid5 MATCH (s5:Source {id: sid5})",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("statement lacks %q:\n%s", want, got)
		}
	}
	if strings.Count(got, "COLLECT {") != 5 {
		t.Errorf("want 5 subqueries, one per nest and one for the sources:\n%s", got)
	}
}

func TestCompileTreeTakesLabelsFromItsClosedList(t *testing.T) {
	for _, sh := range []Shape{
		{Nests: []Nest{{Rel: OrgArea, Kind: "Organization) DETACH DELETE (x"}}},
		{Nests: []Nest{{Rel: Relation(999)}}},
	} {
		if got, err := compileTree([]string{"Organization"}, sh); err == nil {
			t.Errorf("compiled %+v into %s", sh, got)
		}
	}
}
