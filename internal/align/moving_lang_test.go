package align

import (
	"testing"
	"time"

	"crosscheck/internal/nlp"
)

// TestMovingCountsInTheirLanguage: a toll that differs between undated
// reports in another language is a count that moves, shown as uncertain,
// not a confident conflict — as in English (made-up sentences in the
// shapes wire reports of a disaster take).
func TestMovingCountsInTheirLanguage(t *testing.T) {
	tests := []struct {
		lang  string
		texts []string
	}{
		{"de", []string{
			"Bei dem Erdbeben im Grenzgebiet sind nach Angaben der Behörden mehr als 1500 Tote geborgen worden.",
			"Bei dem Erdbeben im Grenzgebiet sind nach Angaben der Behörden mehr als 2300 Tote geborgen worden.",
		}},
		{"es", []string{
			"El terremoto en la frontera dejó al menos 700 muertos, según las autoridades.",
			"El terremoto en la frontera dejó al menos 1.200 muertos, según las autoridades.",
		}},
		{"fr", []string{
			"Le séisme a fait au moins 2300 morts dans le sud du pays, selon les autorités.",
			"Le séisme a fait au moins 3800 morts dans le sud du pays, selon les autorités.",
		}},
		{"nl", []string{
			"Bij de aardbeving in het grensgebied zijn volgens de autoriteiten al ruim 2300 doden gevallen.",
			"Bij de aardbeving in het grensgebied zijn volgens de autoriteiten al ruim 5000 doden gevallen.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			var inputs []Input
			for i, text := range tt.texts {
				inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text,
					Doc: nlp.AnalyzeIn(text, time.Time{}, tt.lang)})
			}
			res := Align(inputs, Options{})
			numbers := 0
			for _, c := range res.Conflicts {
				if c.Kind != ConflictNumber {
					continue
				}
				numbers++
				if c.Uncertain == "" && !c.Update {
					t.Errorf("confident conflict between undated tolls: %+v", c)
				}
			}
			if numbers == 0 {
				t.Errorf("no number conflict found at all: the test no longer reaches the rule: %+v", res.Conflicts)
			}
		})
	}
}
