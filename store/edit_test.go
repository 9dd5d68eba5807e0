package store

import "testing"

func TestFactIDsRoundTripAndRefuseForgeries(t *testing.T) {
	id := FactID("RESPONSIBLE_FOR", "org:ban-dan-van", "org:hoi-nguoi-mu", "in_charge")
	k, err := parseFactID(id)
	if err != nil || k != (factKey{"RESPONSIBLE_FOR", "org:ban-dan-van", "org:hoi-nguoi-mu", "in_charge"}) {
		t.Fatalf("round trip: %+v %v", k, err)
	}
	if FactID("HOLDS", "person:a", "post:org:b/c", "x") != FactID("HOLDS", "person:a", "post:org:b/c", "") {
		t.Error("a HOLDS id depends on a kind it does not have")
	}
	for _, bad := range []string{
		"", "fact:", "fact:!!!", "org:x",
		FactID("MENTIONED_IN", "org:a", "source:b", ""),            // not a fact
		FactID("HOLDS", "evil`) DETACH DELETE n //", "post:x", ""), // an id of no kind: no label to splice
		"fact:" + "SE9MRFMAcGVyc29uOmEAcG9zdDpi",                   // three parts
	} {
		if _, err := parseFactID(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
