package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestClosingAttributionGivesNoTense: a verb of saying that closes the
// sentence after a comma or a quotation mark tells when the words before
// it were said, not the tense of what they say, so a month or a date
// without a year there is the nearest, not the last one. Sentences of
// PolNeAR round 6 (pages of 2016-02-06 and 2016-02-10, both judged wrong
// when dated to 2015) and controls.
func TestClosingAttributionGivesNoTense(t *testing.T) {
	feb6 := time.Date(2016, 2, 6, 12, 0, 0, 0, time.UTC)
	feb10 := time.Date(2016, 2, 10, 12, 0, 0, 0, time.UTC)
	type got struct{ Text, Start string }
	for _, tt := range []struct {
		name string
		ref  time.Time
		text string
		want []got
	}{
		{"a quotation closed by he said", feb6,
			"“With an eye to February 20th, Carolina,” he said.",
			[]got{{"February 20th", "2016-02-20"}}},
		{"a clause closed by the memo stated", feb10,
			"\"We've built first-rate organizations in each state and we feel very good about our prospects for success\" there and in states that vote in March, the memo stated.",
			[]got{{"in March", "2016-03-01"}}},
		// Controls: the saying opens the clause or goes on, so it is
		// the happening the time dates; and a tense of the content
		// still decides before the closing verb.
		{"a saying that goes on", feb10,
			"In March, the campaign said it would open offices in every state.",
			[]got{{"In March", "2015-03-01"}}},
		{"a past content before the closing verb", feb10,
			"The states voted in March, the memo stated.",
			[]got{{"in March", "2015-03-01"}}},
		{"a weekday before a closing verb stays behind", feb10,
			"The office closed on Monday, officials said.",
			[]got{{"on Monday", "2016-02-08"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start)})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
