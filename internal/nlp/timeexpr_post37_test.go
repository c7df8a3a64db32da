package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestPost37Times: classes of spent rounds 36 and 37, each with controls.
// A clause opened by "when" right after a day tells what happened on it,
// so its tense is the day's (amritsar-dussehra-train-accident 04: "turns
// out to be regretful in Amritsar on Friday evening when a speeding train
// ran over hundreds", on a page of Saturday 20 October 2018, is the
// Friday before, not the next); a day cited as a report's ("according
// to a Thursday estimate") is past; a paper's section label ("Sunday
// Edition") and a site's appeal ("become a Vox Member today?") are no
// time expressions.
func TestPost37Times(t *testing.T) {
	tests := []struct {
		name, text, expr string
		ref              time.Time
		want             string // first day, "not found", or the reason it is undated
	}{
		{"a when clause in the past makes its day past", "Dussehra celebration turns out to be regretful in Amritsar on Friday evening when a speeding train ran over hundreds of people.", "on Friday evening",
			date(2018, 10, 20), "2018-10-19"},
		{"control: a when clause in the future keeps its day ahead", "The council turns to the plan on Friday evening when members will vote on it.", "on Friday evening",
			date(2018, 10, 20), "2018-10-26"},
		{"control: a verb right before the day is its own", "He was speaking at his last rally before the convention opens Monday when bangs started ringing through the crowd.", "Monday",
			date(2024, 7, 14), "2024-07-15"},
		{"a report cited is past", "Losses could reach $7 billion, according to a Thursday estimate from the modelers.", "Thursday",
			date(2019, 9, 7), "2019-09-05"},
		{"control: without the citation the modal puts the day ahead", "Losses could reach $7 billion, and the modelers will publish an estimate on Thursday.", "on Thursday",
			date(2019, 9, 7), "2019-09-12"},
		{"a section label is no day", "Sunday Edition", "Sunday",
			date(2018, 10, 19), "not found"},
		{"control: a day of an edition is a day", "The paper ran the story on Sunday.", "on Sunday",
			date(2018, 10, 19), "2018-10-14"},
		{"a membership appeal is no day", "Will you support our work and become a Vox Member today?", "today",
			date(2017, 1, 27), "not found"},
		{"control: a member today in the narration", "A board member today announced the vote.", "today",
			date(2017, 1, 27), "2017-01-27"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, placedAt(tt.text, tt.expr, tt.ref)); diff != "" {
				t.Errorf("%q in %q (-want +got):\n%s", tt.expr, tt.text, diff)
			}
		})
	}
}
