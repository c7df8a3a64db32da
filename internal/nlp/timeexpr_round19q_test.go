package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestRound19QuotedRun: a quotation standing alone goes on with the
// speaker before it and was said the day its run names (wakashio-oil-spill
// 05 of round 19, cut), beside invented sentences and controls.
func TestRound19QuotedRun(t *testing.T) {
	sun := time.Date(2020, 8, 9, 12, 0, 0, 0, time.UTC) // a Sunday
	type got struct{ Text, Start, Unresolved string }
	for _, tt := range []struct {
		name string
		text string
		want got // the last expression's
	}{
		{"a run set on the day before it",
			"The prime minister made the announcement late on Friday as satellite images showed a slick. Jugnauth earlier in the day said his government was appealing to France for help, saying the spill\n“represents a danger” for the country. “Our country doesn't have the skills,” he said. “Bad weather has made it impossible to act, and I worry what could happen Sunday when the weather deteriorates.”",
			got{"Sunday", "2020-08-09", ""}},
		{"a run dated by its attribution",
			"The mayor told reporters on Thursday that the town was safe. “The river is still rising,” she said. “We may have to leave on Saturday.”",
			got{"on Saturday", "2020-08-08", ""}},
		// Controls: a new speaker named in the run; a day far from the
		// verb of saying, which the telling is about; a run with no day.
		{"a new speaker",
			"The mayor told reporters on Thursday that the town was safe. “The river is rising,” a resident said. “We may have to leave on Saturday.”",
			got{"on Saturday", "", UnresolvedQuotedDay}},
		{"a day the telling is about, not of it",
			"The center says the eye will move across the island through Wednesday morning. “The center will then pass north of the coast on Thursday.”",
			got{"on Thursday", "", UnresolvedQuotedDay}},
		{"no day in the run",
			"The mayor spoke to reporters. “The river is still rising,” she said. “We may have to leave on Saturday.”",
			got{"on Saturday", "", UnresolvedQuotedDay}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			ts := FindTimes(&doc, sun)
			if len(ts) == 0 {
				t.Fatalf("%q: no time found", tt.text)
			}
			last := ts[len(ts)-1]
			if diff := cmp.Diff(tt.want, got{last.Text, dayOrNone(last.Start), last.Unresolved}); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
