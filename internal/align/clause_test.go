package align

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// A sentence that states two facts supports two claims: its main clause
// goes with the article that reports the trip, its closing appositive with
// the one that reports the first trip abroad, and each claim says which
// part of the sentence it holds.
func TestAlignClauses(t *testing.T) {
	day := time.Date(2023, 9, 11, 0, 0, 0, 0, time.UTC)
	inputs := []Input{
		{ArticleID: 1, Outlet: "A", Published: day, Text: "Kim left Pyongyang on his armoured train for a summit with Putin, his first trip abroad since the pandemic. Residents reported more police."},
		{ArticleID: 2, Outlet: "B", Published: day, Text: "Kim left Pyongyang on an armored train to meet Putin. The forum opens on Sunday."},
		{ArticleID: 3, Outlet: "C", Published: day, Text: "Analysts expect an arms deal. It is the first trip abroad Kim has made since the pandemic began."},
	}
	res := Align(inputs, Options{})
	got := map[string][]string{} // clause of A's first sentence → the outlets of its claim
	for _, c := range res.Claims {
		for _, r := range c.Sentences {
			if r.Outlet == "A" && r.Sentence == 0 {
				got[r.ClauseText()] = slices.Sorted(slices.Values(c.Outlets))
			}
		}
	}
	want := map[string][]string{
		"Kim left Pyongyang on his armoured train for a summit with Putin": {"A", "B"},
		"his first trip abroad since the pandemic.":                        {"A", "C"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims of A's first sentence (-want +got):\n%s", diff)
	}
}

// A sentence that states two facts in one clause supports both: A's lead
// says the train left and that Kim goes to meet Putin; grouping puts it
// with one of the two claims, and it joins the other because it contains
// all that claim's members agree on.
func TestAlignContaining(t *testing.T) {
	day := time.Date(2023, 9, 11, 0, 0, 0, 0, time.UTC)
	inputs := []Input{
		{ArticleID: 1, Outlet: "A", Published: day, Text: "Kim reportedly left Pyongyang on his armored train for a secretive summit with Putin. Residents reported more police."},
		{ArticleID: 2, Outlet: "B", Published: day, Text: "Kim will travel to Russia for a summit with Putin. An armoured train carrying Kim left Pyongyang for Russia, South Korean media said."},
		{ArticleID: 3, Outlet: "C", Published: day, Text: "Kim is going to meet Putin in Russia. The forum opens on Sunday."},
		{ArticleID: 4, Outlet: "D", Published: day, Text: "Kim plans a summit with Putin. Officials said the armored train had left Pyongyang on Sunday night."},
	}
	res := Align(inputs, Options{})
	var got [][]string // outlets of the claims holding A's first sentence
	for _, c := range res.Claims {
		for _, r := range c.Sentences {
			if r.Outlet == "A" && r.Sentence == 0 {
				got = append(got, slices.Sorted(slices.Values(c.Outlets)))
			}
		}
	}
	slices.SortFunc(got, slices.Compare)
	want := [][]string{{"A", "B", "C", "D"}, {"A", "B", "D"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims of A's first sentence (-want +got):\n%s", diff)
	}
}
