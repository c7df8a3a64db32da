package align

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestUncertainCreditWithheld: of a fact with no predicate read (a
// copula), a sentence that leaves out the fact's name, holds less than a
// third of its words and is corroborated by no other outlet (the second
// page is a copy of the first) is not credited at all, not even as "may
// also report": "one of the deadliest shootings in U.S. history" for
// "the deadliest school shooting in Texas in a decade", the class judged
// wrong in the spent rounds. Controls: the same sentence naming the
// fact's place stays an uncertain credit; so does it when another outlet
// states the fact too; a sentence leaving out the name of a fact whose
// verb it tells stays uncertain; a retelling stays confident.
func TestUncertainCreditWithheld(t *testing.T) {
	const (
		fact      = "It was the deadliest school shooting in Texas in a decade."
		otherFact = "It was Texas's deadliest school shooting in nearly a decade."
		nation    = "It was one of the deadliest shootings in U.S. history."
		texas     = "It was one of the deadliest shootings in Texas history."
	)
	killed := []string{
		"Salvador Ramos killed 19 children and two teachers at Robb Elementary School in Uvalde, Texas, on Tuesday morning.",
		"Salvador Ramos killed 19 children and two teachers at Robb Elementary School in Uvalde on Tuesday.",
		"The gunman killed children in one classroom in Uvalde, police said.",
	}
	tests := []struct {
		name     string
		pages    []string
		copied   bool // the second page is a copy of the first
		credited string
		want     string // "confident", "uncertain" or "none"
	}{
		{"no predicate, name left out, little of the fact", []string{fact, fact, nation}, true, nation, "none"},
		{"no predicate, the fact's name told", []string{fact, fact, texas}, true, texas, "uncertain"},
		{"no predicate, name left out, another outlet states the fact", []string{fact, otherFact, nation}, false, nation, "uncertain"},
		{"no predicate, a retelling", []string{fact, otherFact, nation}, false, otherFact, "confident"},
		{"the fact's verb told, its name left out", killed, false, killed[1], "uncertain"},
	}
	day := time.Date(2022, 5, 25, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inputs []Input
			for i, p := range tt.pages {
				inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Published: day, Text: p})
			}
			if tt.copied {
				inputs[1].DuplicateOf = 1
			}
			got := "none"
			for _, r := range otherCredits(Align(inputs, Options{})) {
				if r.Text != tt.credited || r.Outlet == "A" {
					continue
				}
				got = "confident"
				if r.Uncertain != "" {
					got = "uncertain"
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("credit of %q (-want +got):\n%s", tt.credited, diff)
			}
		})
	}
}

// TestWithheldCredit: the rule itself, on evidence.
func TestWithheldCredit(t *testing.T) {
	tests := []struct {
		name string
		e    creditEvidence
		want bool
	}{
		{"no predicate, a name left out, a fifth of the words", creditEvidence{FactNames: 2, HeldNames: 1, Cover: 0.2}, true},
		{"another outlet states the fact", creditEvidence{FactNames: 2, HeldNames: 1, Cover: 0.2, StatedBy: 1}, false},
		{"no predicate, every name told", creditEvidence{FactNames: 2, HeldNames: 2, Cover: 0.2}, false},
		{"no predicate, a name left out, half the words", creditEvidence{FactNames: 2, HeldNames: 1, Cover: 0.5}, false},
		{"a predicate, a name left out, a fifth of the words", creditEvidence{Mains: true, FactNames: 2, HeldNames: 1, Cover: 0.2}, false},
		{"no names in the fact", creditEvidence{Cover: 0.1}, false},
	}
	for _, tt := range tests {
		if got := withheldCredit(tt.e); got != tt.want {
			t.Errorf("%s: withheldCredit = %v, want %v", tt.name, got, tt.want)
		}
	}
}
