package align

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestUncertainKeptIsRebuild: the confidence check's marks taken from
// what an earlier alignment kept are the marks it makes afresh, when
// nothing moved (all marks taken) and when one article becomes a copy of
// another while the claims stay as they were: B's sentence tells no verb
// and prints no four of the fact's words in a row, so only corroboration
// makes its credit confident, and the copy no longer
// corroborates its original's credit: the credits turn uncertain.
// Only the marks' sum reads the originals (keepStated's does not): left
// out of it, the kept marks would be taken and this fails.
func TestUncertainKeptIsRebuild(t *testing.T) {
	day := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	inputs := []Input{
		{ArticleID: 1, Outlet: "A", Published: day, Text: "Two sailors were treated for minor injuries at the hospital in Port Ardlow on Monday."},
		{ArticleID: 2, Outlet: "B", Published: day, Text: "Two sailors with minor injuries were in a Port Ardlow hospital on Monday."},
		{ArticleID: 3, Outlet: "C", Published: day, Text: "On Monday two sailors were treated for minor injuries at the hospital in Port Ardlow."},
	}
	copied := append([]Input(nil), inputs...)
	copied[2].DuplicateOf = 1
	// uncertainOf is each outlet's credit in the claims of two or more:
	// uncertain or not.
	uncertainOf := func(res Result) map[string]bool {
		got := map[string]bool{}
		for _, c := range res.Claims {
			if len(c.Sentences) < 2 {
				continue
			}
			for _, r := range c.Sentences {
				got[r.Outlet] = r.Uncertain != ""
			}
		}
		return got
	}
	before, kept := AlignKept(inputs, Options{}, nil)
	if kept == nil || len(kept.uncertain) == 0 {
		t.Fatal("the alignment kept no marks")
	}
	for _, c := range []struct {
		name string
		in   []Input
		// taken: every claim's marks are the kept ones.
		taken bool
	}{
		{"nothing moved", inputs, true},
		{"one becomes a copy", copied, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := Align(c.in, Options{})
			got, next := AlignKept(c.in, Options{}, kept)
			if diff := cmp.Diff(resultJSON(t, want), resultJSON(t, got)); diff != "" {
				t.Fatalf("alignment with Kept differs from the one without (-without +with):\n%s", diff)
			}
			had := 0
			for key := range next.uncertain {
				if _, ok := kept.uncertain[key]; ok {
					had++
				}
			}
			if c.taken && had != len(next.uncertain) {
				t.Errorf("%d of %d claims' marks kept, want all", had, len(next.uncertain))
			}
			if !c.taken && cmp.Equal(uncertainOf(before), uncertainOf(want)) {
				t.Fatalf("the credits' marks do not move (%v): the test tells nothing", uncertainOf(want))
			}
			// The claims are as they were: keepStated takes every
			// verdict it kept.
			for key := range next.stated {
				if _, ok := kept.stated[key]; !ok {
					t.Fatalf("a claim's keepStated verdict is made afresh: the claims moved")
				}
			}
		})
	}
}
