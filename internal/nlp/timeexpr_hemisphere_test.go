package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSouthernSeasonUndated: a season in a text that names a place of the
// southern hemisphere is left undated with the reason; elsewhere it keeps
// the northern months. The first text is of news round 14
// (ardern-resignation, "This summer" judged wrong as June to September
// 2023 in a New Zealand speech of January 2023).
func TestSouthernSeasonUndated(t *testing.T) {
	jan := time.Date(2023, 1, 19, 12, 0, 0, 0, time.UTC)
	type got struct{ Text, Start, Unresolved string }
	for _, tt := range []struct {
		name, text string
		want       []got
	}{
		{"a New Zealand speech",
			"Jacinda Ardern will step down as prime minister of New Zealand. \"This summer, I had hoped to find a way to prepare for not just another year, but another term.\"",
			[]got{{"This summer", "", UnresolvedSouthernSeason}}},
		{"no southern place", "Congress will take up the bill this summer, the senator said.",
			[]got{{"this summer", "2023-06-21", ""}}},
		{"a place name inside another word is none", "The Perthshire council will meet this summer.",
			[]got{{"this summer", "2023-06-21", ""}}},
		{"other times of a southern text stay dated", "Sydney flooded on Jan. 12, 2023.",
			[]got{{"Jan. 12, 2023", "2023-01-12", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, jan) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), te.Unresolved})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
