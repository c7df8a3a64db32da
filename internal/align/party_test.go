package align

import (
	"sort"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// pageInputs makes one input of each page, of outlets A, B, C…, all
// published on day.
func pageInputs(day time.Time, pages []string) []Input {
	var inputs []Input
	for i, p := range pages {
		inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Published: day, Text: p})
	}
	return inputs
}

// shownConflicts aligns pages published on one day and returns each
// conflict's values, sorted, marked "?" when uncertain and "+" when an
// update.
func shownConflicts(pages []string) [][]string {
	var got [][]string
	for _, c := range Align(pageInputs(time.Date(2014, 7, 10, 0, 0, 0, 0, time.UTC), pages), Options{}).Conflicts {
		var vs []string
		for _, v := range c.Variants {
			vs = append(vs, v.Value)
		}
		sort.Strings(vs)
		switch {
		case c.Update:
			vs = append(vs, "+")
		case c.Uncertain != "":
			vs = append(vs, "?")
		}
		got = append(got, vs)
	}
	return got
}

// TestPartyShares: a share or a result is its party's own (the subject
// of "won", "got", "claimed", the one a win is "for", a possessive), and
// two parties' values are no slot (spent round 34: Widodo's 55 percent
// against the 62 percent Prabowo claimed to have won). A party's claim
// about its own result against another count is uncertain at most.
func TestPartyShares(t *testing.T) {
	lead := "Indonesians voted for a new president on Wednesday. "
	tests := []struct {
		name  string
		pages []string
		want  [][]string
	}{
		{"two candidates' shares, one claimed", []string{
			lead + "Unofficial results pointed to a win for Widodo, with about 55 percent of the popular vote, giving him a lead of almost 10 percentage points over his rival, former general Prabowo Subianto.",
			lead + "At a separate news conference just minutes after Widodo declared victory, Prabowo appeared defiant and said his team had evidence of cheating and claimed to have won 62 percent of the popular vote based on internal polling.",
			"Joko Widodo declared victory in Indonesia's presidential election on Wednesday. He won the election with about 55 percent of the vote, Widodo said, referring to the projections by so-called quick counting in several polling stations.",
		}, nil},
		{"the ones two wins are for", []string{
			lead + "Early results pointed to a win for Widodo, with 55 percent of the popular vote.",
			lead + "Early results pointed to a win for Prabowo, with 52 percent of the popular vote.",
		}, nil},
		{"a party's claim against the count of its share", []string{
			lead + "Prabowo Subianto won 47 percent of the popular vote, the election commission said on Thursday.",
			lead + "Prabowo Subianto claimed to have won 52 percent of the popular vote, the election commission said on Thursday.",
		}, [][]string{{"47 percent", "52 percent", "?"}}},
		{"control: one party's share, no claim", []string{
			lead + "Joko Widodo won 53 percent of the popular vote, the election commission said on Thursday.",
			lead + "Joko Widodo won 55 percent of the popular vote, the election commission said on Thursday.",
		}, [][]string{{"53 percent", "55 percent"}}},
		{"control: one party's claim in both", []string{
			lead + "Prabowo claimed to have won 62 percent of the popular vote, his campaign said on Thursday.",
			lead + "Prabowo claimed to have won 52 percent of the popular vote, his campaign said on Thursday.",
		}, [][]string{{"52 percent", "62 percent"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, shownConflicts(tt.pages)); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
		})
	}
}
