package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTellsOnlyAdverbial: a sentence telling only the adverbial clause a
// fact opens with (its time, cause or concession) tells what the fact is
// placed by, not the fact; one that also holds the main clause's verb or
// subject, or a fact whose clause after the comma is no main clause, is
// left to the other tests. Made-up sentences.
func TestTellsOnlyAdverbial(t *testing.T) {
	tests := []struct {
		name, fact, sentence string
	}{
		{"a measured time clause, the grounding only",
			"Three days after the bulk carrier ran aground on the reef, the shoreline north of the town is still coated in thick black oil.",
			"The bulk carrier ran aground on the reef late on Monday and is leaking fuel oil into the bay."},
		{"hours before, the landfall only",
			"Hours before the storm made landfall near the city, officials ordered the evacuation of the coast.",
			"The storm made landfall near the city on Tuesday night, bringing heavy rain."},
		{"a concession, the denial only",
			"Although the company denied any wrongdoing, regulators fined the bank 5 million dollars on Monday.",
			"The company denied any wrongdoing in a brief statement."},
		{"the main clause's verb held too",
			"Three days after the bulk carrier ran aground on the reef, the shoreline north of the town is still coated in thick black oil.",
			"The bulk carrier ran aground on the reef, and beaches nearby are coated in oil."},
		{"the main clause's subject held too",
			"Because the council rejected the budget, the mayor resigned on Friday.",
			"The council rejected the mayor's budget on Thursday."},
		{"after the comma another adverbial, not the main clause",
			"As she concluded the speech she fought back tears, as her husband watched on.",
			"She was moved to tears at the end of the speech."},
		{"no opening adverbial clause",
			"The shoreline is still coated in oil after the bulk carrier ran aground on the reef.",
			"The bulk carrier ran aground on the reef late on Monday."},
		{"an opening phrase, not a clause",
			"After the grounding on the reef, the shoreline is still coated in oil.",
			"The bulk carrier ran aground on the reef late on Monday."},
	}
	want := map[string]bool{
		"a measured time clause, the grounding only": true,
		"hours before, the landfall only":            true,
		"a concession, the denial only":              true,
	}
	got := map[string]bool{}
	for _, tt := range tests {
		k, first := twoArticleCheck(t, tt.fact, tt.sentence, 2)
		if k.tellsOnlyAdverbial(first(0), first(1)) {
			got[tt.name] = true
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("facts told only by their adverbial clause (-want +got):\n%s", diff)
	}
}
