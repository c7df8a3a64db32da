package textdump

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestUpdateStamp: the day a page prints for its last change, from spent
// audit pages (round 18's iphone-x-launch 01, round 13's
// christchurch-mosque-shootings 01, round 12's brumadinho-dam-collapse 04,
// round 14's ghosn-escape 02), beside controls.
func TestUpdateStamp(t *testing.T) {
	body := "Cupertino (Calif.): \"One more thing.\" With that phrase, Apple paid homage to its late co-founder Steve Jobs for the 10-year anniversary of the iPhone on Tuesday when it unveiled its latest new version of the device, the iPhone X.\n\n" +
		"The iPhone X, which comes a decade after Jobs unveiled the first version, could also cost $1,000, twice what the original iPhone did, and its screen covers the whole front.\n\n" +
		"This is the first product event for Apple at its new spaceship-like headquarters in Cupertino, California, and the company unveiled a new Apple Watch model with cellular service.\n"
	for _, tt := range []struct {
		name, head          string
		published, modified string
	}{
		{"an ISO stamp", "Update: 2017-09-12 21:29 GMT\n\n", "", "2017-09-12"},
		{"a stamp with its weekday", "Updated Friday, 15th March 2019, 11:23 am\n\n", "", "2019-03-15"},
		{"a stamp beside the dateline", "Apple pays homage to Steve Jobs with iPhone X\n\nJanuary 27, 2019 Updated: January 28, 2019\n\n", "2019-01-27", "2019-01-28"},
		{"an update note is no stamp", "Updated to include MNG's statement.\n\n", "", ""},
		{"a stamp older than the dateline", "Apple pays homage to Steve Jobs with iPhone X\n\nJanuary 27, 2019 Updated: January 20, 2019\n\n", "2019-01-27", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(tt.head + body)
			if err != nil {
				t.Fatal(err)
			}
			day := func(t time.Time) string {
				if t.IsZero() {
					return ""
				}
				return t.Format(time.DateOnly)
			}
			if diff := cmp.Diff([2]string{tt.published, tt.modified}, [2]string{day(a.Published), day(a.Modified)}); diff != "" {
				t.Errorf("published, modified (-want +got):\n%s", diff)
			}
		})
	}
}
