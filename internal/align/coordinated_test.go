package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCoordinatedPredicates(t *testing.T) {
	tests := []struct {
		text string
		want []string // concepts
	}{
		{text: "Swiss authorities are arresting several top FIFA officials in Zurich and plan to extradite them to the United States where they will face federal corruption charges, according to reports.", want: []string{"extradit"}},
		{text: "Following the verdict Weinstein was handcuffed and remanded into custody.", want: []string{"remand"}},
		// A coordinated clause with a subject of its own, and the verbs
		// of a relative clause, are none.
		{text: "Thousands of people were dead and at least 10,000 were missing in Libya as a result of floods triggered by a massive Mediterranean storm that broke dams, washed away houses, and destroyed up to a fifth of the eastern coastal city of Derna."},
		// One happening told twice.
		{text: "Seven of them were arrested and detained by Swiss police at the request of U.S. authorities after a raid at a luxury hotel in Zurich Wednesday morning."},
		{text: "Usain Bolt pulled up with injury on the anchor leg of the relay final on Saturday."},
	}
	for _, tt := range tests {
		k, first := twoArticleCheck(t, tt.text, "Nothing happened.", 2)
		var got []string
		for _, p := range k.coordinatedPredicates(first(0)) {
			got = append(got, p.concept)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("coordinatedPredicates(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}
