package align

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestAlignStatus(t *testing.T) {
	day := time.Date(2023, 9, 11, 0, 0, 0, 0, time.UTC)
	inputs := []Input{
		{ArticleID: 1, Outlet: "A", Published: day, Text: "The armoured train left Pyongyang for Vladivostok. Residents reported more police."},
		{ArticleID: 2, Outlet: "B", Published: day, Text: "An armoured train left Pyongyang bound for Vladivostok. The forum opens on Sunday."},
		{ArticleID: 3, Outlet: "C", Published: day, Text: "An armoured train left Pyongyang bound for Vladivostok. The forum opens on Sunday.", DuplicateOf: 2},
		{ArticleID: 4, Outlet: "D", Published: day, Text: "Analysts expect an arms deal."},
	}
	res := Align(inputs, Options{})
	type got struct {
		Outlets []string
		Sources int
		Status  string
	}
	want := map[string]got{
		"The armoured train left Pyongyang for Vladivostok.": {[]string{"A", "B", "C"}, 2, StatusSome},
		"The forum opens on Sunday.":                         {[]string{"B", "C"}, 1, StatusOne},
		"Residents reported more police.":                    {[]string{"A"}, 1, StatusOne},
		"Analysts expect an arms deal.":                      {[]string{"D"}, 1, StatusOne},
	}
	gotClaims := map[string]got{}
	for _, c := range res.Claims {
		for _, r := range c.Sentences {
			if _, ok := want[r.Text]; ok {
				gotClaims[r.Text] = got{c.Outlets, c.Sources, c.Status}
			}
		}
	}
	if diff := cmp.Diff(want, gotClaims); diff != "" {
		t.Errorf("claims mismatch (-want +got):\n%s", diff)
	}
	for i, c := range res.Claims {
		if c.ID != i {
			t.Errorf("claim %d has ID %d", i, c.ID)
		}
		seen := map[int64]bool{}
		for _, r := range c.Sentences {
			if seen[r.ArticleID] {
				t.Errorf("claim %d holds two sentences of article %d", i, r.ArticleID)
			}
			seen[r.ArticleID] = true
		}
	}
}

// Credit lines tell where an article came from; two outlets crediting the
// same wire service do not make a fact both report.
func TestCreditLinesAreNotClaims(t *testing.T) {
	day := time.Date(2023, 9, 11, 0, 0, 0, 0, time.UTC)
	inputs := []Input{
		{ArticleID: 1, Outlet: "A", Published: day, Text: "The armoured train left Pyongyang for Vladivostok.\n\nSource: The New York Times"},
		{ArticleID: 2, Outlet: "B", Published: day, Text: "An armoured train left Pyongyang bound for Vladivostok.\n\nSource: The New York Times"},
		{ArticleID: 3, Outlet: "C", Published: day, Text: "The forum opens on Sunday.\n\n(Reporting by Jane Doe; Editing by Tom Roe)"},
	}
	res := Align(inputs, Options{})
	var texts []string
	for _, c := range res.Claims {
		for _, r := range c.Sentences {
			texts = append(texts, r.Text)
		}
	}
	want := []string{"The armoured train left Pyongyang for Vladivostok.", "An armoured train left Pyongyang bound for Vladivostok.", "The forum opens on Sunday."}
	if diff := cmp.Diff(want, texts); diff != "" {
		t.Errorf("sentences in claims (-want +got):\n%s", diff)
	}
}

// TestSimilarPairsNeedMoreThanTheSource: whole sentences that share only
// their frames' terms — who said them — are no pair, however similar;
// sharing what is said as well, they are.
func TestSimilarPairsNeedMoreThanTheSource(t *testing.T) {
	source := map[string]bool{"E:halvard": true}
	units := []unit{
		{input: 0, parent: -1, terms: map[string]float64{"E:halvard": 0.8, "W:club": 0.6}, frame: source},
		{input: 1, parent: -1, terms: map[string]float64{"E:halvard": 0.8, "W:salvag": 0.6}, frame: source},
		{input: 2, parent: -1, terms: map[string]float64{"E:halvard": 0.6, "W:club": 0.8}},
	}
	all := func(int) bool { return true }
	got := similarPairs(units, withVecs(units), 0.1, all, all)
	var pairs [][2]int
	for _, p := range got {
		pairs = append(pairs, [2]int{p.a, p.b})
	}
	if diff := cmp.Diff([][2]int{{0, 2}}, pairs); diff != "" {
		t.Errorf("pairs (-want +got):\n%s", diff)
	}
}

// TestSharedSourceIsNoClaim: sentences that share only who said them
// report different things from one source; the same statement from that
// source is one claim however it is framed.
func TestSharedSourceIsNoClaim(t *testing.T) {
	day := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"only the source shared",
			"It is entered with the Nordhavn P&I Club, according to Halvard Line.",
			"The ship's operator, Halvard Line, says it has mobilised two specialist salvage teams.", false},
		{"the same statement framed apart",
			"The ship is entered with the Nordhavn P&I Club, according to Halvard Line.",
			"Halvard Line says the ship is entered with the Nordhavn P&I Club.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Align([]Input{
				{ArticleID: 1, Outlet: "A", Published: day, Text: tt.a},
				{ArticleID: 2, Outlet: "B", Published: day, Text: tt.b},
			}, Options{})
			same := false
			for _, c := range res.Claims {
				same = same || len(c.Outlets) == 2
			}
			if same != tt.same {
				t.Errorf("one claim of both = %v, want %v (claims %+v)", same, tt.same, res.Claims)
			}
		})
	}
}
