package textdump

import (
	"testing"
	"time"
)

// TestDateZone: a time printed with its zone is that zone's time, not
// UTC ("9:21am IST" is 03:51Z).
func TestDateZone(t *testing.T) {
	for in, want := range map[string]string{
		"Updated: September 4, 2023 9:21am IST":  "2023-09-04T03:51:00Z",
		"4 September 2023, 14:05 (EDT)":          "2023-09-04T18:05:00Z",
		"2023-09-04 09:21 +05:30":                "2023-09-04T03:51:00Z",
		"September 4, 2023 9:21am":               "2023-09-04T09:21:00Z",
		"am 4. September 2023, 9:21 ist es kalt": "2023-09-04T09:21:00Z",
	} {
		got, ok := parseDate(in)
		if !ok || got.UTC().Format(time.RFC3339) != want {
			t.Errorf("parseDate(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
}
