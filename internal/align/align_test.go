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
