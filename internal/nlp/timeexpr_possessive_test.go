package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestPossessiveWeekday checks that a weekday in the possessive
// ("Monday's debate") is dated by its clause only when the words before
// it put the thing it owns in step with the clause's tense, and is left
// undated otherwise. Sentences are made up; the reference is a Thursday.
func TestPossessiveWeekday(t *testing.T) {
	ref := time.Date(2024, 3, 14, 15, 0, 0, 0, time.UTC) // Thursday
	type got struct{ Text, Start, Unresolved string }
	undated := func(text string) got { return got{text, "", UnresolvedPossessiveDay} }
	tests := []struct {
		name, text string
		want       got
	}{
		{"told in the future about a day already past",
			"The senator will try to recover from Monday's debate.", undated("Monday's debate")},
		{"told in the past about a day ahead",
			"The governor campaigned in Tampa ahead of Tuesday's state primary.", undated("Tuesday's state primary")},
		{"no tense at all",
			"Still reeling from Monday's debate.", undated("Monday's debate")},
		{"a preposition that tells no time",
			"Reporters asked him about Monday's debate.", undated("Monday's debate")},
		{"at the same time as a past clause",
			"The senator struggled in Monday's debate.", got{"Monday's debate", "2024-03-11", ""}},
		{"the object of a past verb",
			"The mayor won Sunday's runoff by a wide margin.", got{"Sunday's runoff", "2024-03-10", ""}},
		{"earlier than a past clause",
			"Voters were angry after Monday's debate.", got{"Monday's debate", "2024-03-11", ""}},
		{"later than a future clause",
			"The governor will campaign in Tampa ahead of Tuesday's primary.", got{"Tuesday's primary", "2024-03-19", ""}},
		{"the subject of its own verb",
			"Tuesday's primary will decide the race.", got{"Tuesday's primary", "2024-03-19", ""}},
		{"not a possessive: the clause's own day, as before",
			"The governor campaigned in Tampa on Tuesday.", got{"on Tuesday", "2024-03-12", ""}},
		{"a possessive with its week told",
			"The governor will speak before next Tuesday's primary.", got{"next Tuesday's primary", "2024-03-19", ""}},
		{"a verb acting on a thing done, told in the future",
			"Her lawyer said she will appeal Wednesday's verdict.", got{"Wednesday's verdict", "2024-03-13", ""}},
		{"a verb acting on a thing done, no tense",
			"Lawyers appealing Monday's decision.", got{"Monday's decision", "2024-03-11", ""}},
		{"a verb acting on a thing done, on the day itself",
			"The defence will appeal against Thursday's sentence.", got{"Thursday's sentence", "2024-03-14", ""}},
		{"appeal as a noun before a preposition tells no time",
			"He filed an appeal of Monday's decision.", undated("Monday's decision")},
		{"another verb told in the future keeps the future",
			"The senator will attend Wednesday's debate.", got{"Wednesday's debate", "2024-03-20", ""}},
		{"an appeal to a weekday's crowd is not an appeal of it",
			"The mayor will appeal to Saturday's crowd for calm.", undated("Saturday's crowd")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, ref) {
				g := got{Text: te.Text, Unresolved: te.Unresolved}
				if te.Resolved || te.Open != "" {
					g.Start = te.Start.Format("2006-01-02")
				}
				gots = append(gots, g)
			}
			if diff := cmp.Diff([]got{tt.want}, gots); diff != "" {
				t.Errorf("times mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
