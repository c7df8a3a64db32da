package align

import (
	"testing"
	"time"
)

// TestLeadTimesDateTheirEvent: the leads' times of two articles are set
// against each other as the day of the story's main event only when
// each dates what its lead tells happened: not a relative clause's verb
// (round 29 manning-commutation-001), not a count's move (oso-mudslide-001),
// even where both leads tell the same verb (which the leads' days must
// date, as main's rule asks); the control's days date one commuting.
func TestLeadTimesDateTheirEvent(t *testing.T) {
	published := time.Date(2017, 1, 17, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		texts []string
		want  bool
	}{
		{"a relative clause's year", []string{
			"President Barack Obama commuted the rest of Chelsea Manning's 35-year sentence Tuesday. Manning will be freed in May.",
			"President Obama has commuted much of the remaining prison sentence for Chelsea Manning, the army intelligence analyst who leaked sensitive intel in 2010. Manning will be freed in May.",
			"In an eleventh-hour surprise, President Obama commuted most of Manning’s remaining prison sentence Tuesday, just days before he hands the keys to the White House to Donald Trump.",
			"President Barack Obama Tuesday commuted the sentence of Chelsea Manning, the Army soldier who was court-martialed in 2013 for multiple counts of espionage.",
		}, false},
		{"a count's move", []string{
			"OSO, Wash. — The number of people possibly missing climbed to 108 Monday morning, two days after a wall of mud buried a rural neighborhood, blocked a highway and dammed the North Fork Stillaguamish River.",
			"The number of people unaccounted for following Saturday’s massive mudslide near Oso, Wash. climbed to 176 on Monday evening, according to the Snohomish County Department of Emergency Management.",
		}, false},
		{"relative clauses of one verb", []string{
			"Crowds mourned the six people who died in the shooting at the mall on Friday. The gunman was arrested.",
			"A teacher and five students, who died on Saturday, were remembered at a candlelight vigil in Tucson. The gunman was arrested.",
			"Mourners honoured the six people who died in the shooting at the mall on Friday. The gunman was arrested.",
		}, false},
		{"one count's moves", []string{
			"The death toll from the explosions at the Tianjin warehouse climbed to 50 on Thursday. Rescuers kept searching.",
			"Chinese officials said fatalities climbed Wednesday to 44 as firefighters battled chemical fires in the port. Rescuers kept searching.",
			"The number of dead from the Tianjin explosions climbed to 50 on Thursday. Rescuers kept searching.",
		}, false},
		{"the leads' own days", []string{
			"President Barack Obama commuted the rest of Chelsea Manning's 35-year sentence Tuesday. Manning will be freed in May.",
			"President Obama has commuted much of the remaining prison sentence for Chelsea Manning on Monday. She will be freed in May.",
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inputs []Input
			for i, text := range tt.texts {
				inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text, Published: published})
			}
			res := Align(inputs, Options{})
			got := false
			for _, c := range res.Conflicts {
				if c.Kind == ConflictDate || c.Kind == ConflictWeekday {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("day conflict %v, want %v: %+v", got, tt.want, res.Conflicts)
			}
		})
	}
}
