package align

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestUncertainCreditWithheld: of a fact with no predicate read (a
// copula), a sentence that leaves out the fact's name and holds less
// than a third of its words is not credited at all, not even as "may
// also report" (the class judged wrong in the spent rounds: "one of the
// deadliest shootings in U.S. history" for "the nation's deadliest school
// shooting in nearly a decade"). Controls: the same sentence naming the
// fact's place stays an uncertain credit; a sentence leaving out the
// name of a fact with a verb it tells stays uncertain; a retelling stays
// confident.
func TestUncertainCreditWithheld(t *testing.T) {
	day := time.Date(2022, 5, 25, 0, 0, 0, 0, time.UTC)
	deadliest := []string{
		"It was Texas's deadliest school shooting in nearly a decade.",
		"It was the deadliest school shooting in Texas in a decade.",
	}
	killed := []string{
		"Salvador Ramos killed 19 children and two teachers at Robb Elementary School in Uvalde, Texas, on Tuesday morning.",
		"Salvador Ramos killed 19 children and two teachers at Robb Elementary School in Uvalde on Tuesday.",
		"The gunman killed children in one classroom in Uvalde, police said.",
	}
	tests := []struct {
		name     string
		pages    []string
		credited string
		want     string // "confident", "uncertain" or "none"
	}{
		{"no predicate, name left out, little of the fact",
			append(deadliest[:2:2], "It was one of the deadliest shootings in U.S. history."),
			"It was one of the deadliest shootings in U.S. history.", "none"},
		{"no predicate, the fact's name told",
			append(deadliest[:2:2], "It was one of the deadliest shootings in Texas history."),
			"It was one of the deadliest shootings in Texas history.", "uncertain"},
		{"no predicate, a retelling",
			append(deadliest[:2:2], "It was one of the deadliest shootings in U.S. history."),
			"It was Texas's deadliest school shooting in nearly a decade.", "confident"},
		{"the fact's verb told, its name left out",
			killed,
			"Salvador Ramos killed 19 children and two teachers at Robb Elementary School in Uvalde on Tuesday.", "uncertain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := "none"
			for _, r := range otherCredits(alignPages(day, tt.pages)) {
				if r.Text != tt.credited {
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
