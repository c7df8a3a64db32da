package textdump

import (
	"strings"
	"testing"
)

// TestProseRunsOnDevelopPages: real dumps of the extraction set's develop
// part. The BBC sets its first four paragraphs between a photo credit
// and an embedded tweet, the Express three paragraphs between a caption
// and a "Trending" label and three more between that label and its
// related-articles box: plain short sentences, each near-good alone and
// settled as chrome by its neighbours until runs of sentences counted as
// prose. The control is News Nation's headline, ending in a question
// mark and printed twice, over a one-line standfirst: neither is a run
// of the story's sentences, and the standfirst (left out by the set's
// truth) stays out.
func TestProseRunsOnDevelopPages(t *testing.T) {
	for _, tc := range []struct {
		page string
		kept []string
		// left must not be in the body; once only once (the story
		// itself says it again further down).
		left, once []string
	}{
		{"70cb2d5bca75", []string{
			"A row involving Taylor Swift, her former record label",
			"But the company says she didn't need their permission in the first place.",
		}, []string{"Image Copyright @BigMachine"}, nil},
		{"ba4dfe2d3e81", []string{
			"the plague is treatable with antibiotics",
			"Those who come into close contact with plague victims",
			"In the 21st century, the plague is endemic",
			"Isolated cases often also spring up in the US",
		}, []string{"Trending", "Related articles"}, nil},
		{"076f4f33bf75", nil, []string{"In Delhi Offering Fresh Air For Rs 300?"}, []string{"The brain behind this well-timed startup"}},
	} {
		a := extractDevDump(t, tc.page)
		for _, s := range tc.kept {
			if !strings.Contains(a.Text, s) {
				t.Errorf("%s: %q lost from the body", tc.page, s)
			}
		}
		for _, s := range tc.left {
			if strings.Contains(a.Text, s) {
				t.Errorf("%s: %q kept in the body", tc.page, s)
			}
		}
		for _, s := range tc.once {
			if n := strings.Count(a.Text, s); n != 1 {
				t.Errorf("%s: %q %d times in the body, want once", tc.page, s, n)
			}
		}
	}
}

// TestProseRuns: two sentences in a row between chrome are prose; one
// blurb between a headline and a date, a headline echoing the page's
// <title>, and a run of menu lines are not.
func TestProseRuns(t *testing.T) {
	lines := []line{
		{text: "Storm closes bridges - Daily Post"},
		{text: "Image copyright Getty Images", chrome: true},
		{text: "Two bridges were closed on Sunday after the storm hit the coast.", sentenceEnd: true, class: classNearGood},
		{text: "The council said they would reopen in the morning.", sentenceEnd: true, class: classNearGood},
		{text: "Related", chrome: true},
		{text: "Council votes to keep the library open", class: classShort},
		{text: "The vote was close, with the mayor casting the last ballot.", sentenceEnd: true, class: classNearGood},
		{text: "12 March 2019", chrome: true},
		{text: "Storm closes bridges", sentenceEnd: true, class: classNearGood},
		{text: "Why did the bridges close?", sentenceEnd: true, class: classNearGood},
		{text: "See all our stories on the storm here.", sentenceEnd: true, class: classNearGood, menu: true},
		{text: "Sign up for our newsletter today.", sentenceEnd: true, class: classNearGood, menu: true},
	}
	orig := make([]class, len(lines))
	for i := range lines {
		orig[i] = lines[i].class
	}
	got := proseRuns(lines, orig)
	want := []bool{false, false, true, true, false, false, false, false, false, false, false, false}
	for i := range lines {
		if got[i] != want[i] {
			t.Errorf("line %q: prose %v, want %v", lines[i].text, got[i], want[i])
		}
	}
}
