package hoigraph_test

import (
	"testing"

	"hoigraph"
)

// robust #10: one check, one message for every date: ISO of year, month or
// day precision, and a day that exists.
func TestCheckDate(t *testing.T) {
	for date, ok := range map[string]bool{
		"2020": true, "2020-10": true, "2020-10-15": true, "2024-02-29": true,
		"2020-02-30": false, "2023-02-29": false, "2024-13-45": false, "2021-13": false, "16/11/2020": false,
		"x' OR 1=1": false, "": false, "20201015": false, "2020-1-5": false, " 2020": false,
	} {
		err := hoigraph.CheckDate(date)
		if ok != (err == nil) {
			t.Errorf("CheckDate(%q) = %v, want ok=%v", date, err, ok)
		}
		if err != nil && err.Error() != `"`+date+`" is not an ISO date (2020, 2020-10 or 2020-10-15)` {
			t.Errorf("CheckDate(%q): message %q", date, err)
		}
	}
}
