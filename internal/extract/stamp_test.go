package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDropStamps: the page's date stamp taken into the body (Snopes'
// "Published 18 November 2019", develop; heise's "08.04.2015 12:46" and
// Herald Sun's "March 13, 2015", readability develop pages) leaves; dates
// that are the text's own stay.
func TestDropStamps(t *testing.T) {
	const (
		p1 = "The council approved the new budget on Tuesday after a debate that lasted into the evening."
		p2 = "Spending on roads rises by a tenth, while the library service keeps its funding."
	)
	for _, tt := range []struct {
		name     string
		in, want []string
	}{
		{"a labelled stamp above the story", []string{"Published 18 November 2019", p1, p2}, []string{p1, p2}},
		{"a day first dotted stamp with a clock time", []string{p1, "08.04.2015 12:46", p2}, []string{p1, p2}},
		{"published and updated stamps", []string{"March 13, 2015", p1, "Updated: March 14, 2015 at 5:00 pm", p2}, []string{p1, p2}},
		{"control: a sentence that holds a date", []string{p1, "The vote is set for March 13, 2015.", p2}, []string{p1, "The vote is set for March 13, 2015.", p2}},
		{"control: a date with words of its own", []string{p1, "March 13, 2015: the council votes on the budget", p2}, []string{p1, "March 13, 2015: the council votes on the budget", p2}},
		{"control: a live blog's entry times", []string{"03.03.2011, 14:17", p1, "03.03.2011, 14:27", p2, "03.03.2011, 14:39", p1}, []string{"03.03.2011, 14:17", p1, "03.03.2011, 14:27", p2, "03.03.2011, 14:39", p1}},
		{"control: a chronicle's date before any page was published", []string{"01.09.1907", p1}, []string{"01.09.1907", p1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, dropStamps(tt.in)); diff != "" {
				t.Errorf("dropStamps (-want +got):\n%s", diff)
			}
		})
	}
}
