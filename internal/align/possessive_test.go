package align

import (
	"strings"
	"testing"
)

// A time in the possessive dates the noun after it ("the winner of
// Friday's semifinal"), not the happening the sentence tells, so it
// fills no time slot.
func TestPossessiveTime(t *testing.T) {
	for _, tc := range []struct {
		text, time string
		want       bool
	}{
		{"Creighton will play the winner of Friday's second semifinal.", "Friday", true},
		{"McDermott heads into Saturday ’ s semifinals.", "Saturday", true},
		{"The Bluejays will play Indiana State on Saturday.", "Saturday", false},
		{"The ferry sank on Monday, officials said.", "Monday", false},
		{"It happened on Friday'", "Friday", false},
	} {
		end := strings.Index(tc.text, tc.time) + len(tc.time)
		if got := possessiveTime(tc.text, end); got != tc.want {
			t.Errorf("possessiveTime(%q, %q) = %v, want %v", tc.text, tc.time, got, tc.want)
		}
	}
}
