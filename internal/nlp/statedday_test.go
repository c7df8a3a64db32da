package nlp

import (
	"testing"
	"time"
)

// TestStatedDay: "today" glossed with its date names the day of writing,
// its year from the same day written whole; "tomorrow" or "yesterday"
// glossed names the day before or after it; controls without a gloss,
// without a whole date, quoted, or with two years give none.
func TestStatedDay(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "" when no day is stated
	}{
		{"bracketed gloss", "The group opened its new plant today (March 4) in Dunmore.\n\nWorkers at the plant on March 4, 2021 cheered.", "2021-03-04"},
		{"gloss between commas", "The council voted today, Nov. 9, to close the bridge. Crews began work on Nov. 9, 2019.", "2019-11-09"},
		{"gloss of tonight", "The choir sings tonight (June 2) at the hall. A poster reads: concert on 2 June 2018.", "2018-06-02"},
		{"no whole date", "The group opened its new plant today (March 4) in Dunmore.", ""},
		{"whole date of another day", "The group opened its new plant today (March 4) in Dunmore. It was announced on March 1, 2021.", ""},
		{"two years", "The plant opened today (March 4). It had closed on March 4, 2020, and reopened plans were set on March 4, 2019.", ""},
		{"no gloss", "The plant opened today in Dunmore. It had been announced on March 4, 2021.", ""},
		{"quoted today", "\"We open today (March 4),\" she said. The plan dates from March 4, 2021.", ""},
		{"tomorrow glossed, the day of writing whole (round 20 everest-avalanche-2014 03)", "This report is from our guide who was at Everest Base Camp when avalanche sweep down Mount Everest 06:45 local time on 18 Apr 2014 en-route to camp 1.\n\nHowever it appear they departed the base camp bit late this morning.\n\nRescue effort will continue tomorrow (19 Apr) and will continue update as new of the disaster unfold.", "2014-04-18"},
		{"yesterday glossed, the glossed day whole", "Talks broke down yesterday (June 3). The union had called the strike on June 3, 2019.", "2019-06-04"},
		{"tomorrow glossed, a whole date of another day", "The vote is set for tomorrow (May 9). The bill was filed on May 2, 2022.", ""},
		{"two glosses of different days of writing", "The march is tomorrow (May 9), the rally was yesterday (May 2). Filed on May 8, 2022.", ""},
		{"quoted tomorrow", "\"We resume tomorrow (19 Apr),\" he said. The avalanche struck on 18 Apr 2014.", ""},
		{"date after today not set off", "The plant opened today March 4 workers said. The plan dates from March 4, 2021.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := StatedDay(tt.text)
			gotS := ""
			if ok {
				gotS = got.Format(time.DateOnly)
			}
			if gotS != tt.want {
				t.Errorf("StatedDay(%q) = %q, want %q", tt.text, gotS, tt.want)
			}
		})
	}
}
