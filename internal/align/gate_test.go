package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWeakCredit: a credit no other outlet corroborates is withheld
// when the sentence tells another happening than the fact and leaves out
// the time the fact gives; any one piece of evidence (a third outlet,
// the fact's time, the fact's event word) keeps it. Made-up sentences.
func TestWeakCredit(t *testing.T) {
	tests := []struct {
		name, fact, sentence string
		corroborated         bool
		want                 bool
	}{
		{"another happening, the fact's time left out",
			"Weinstein did not visibly react as the verdict was read on Monday.",
			"Weinstein was handcuffed after the verdict and taken to jail.", false, true},
		{"the same, corroborated by another outlet",
			"Weinstein did not visibly react as the verdict was read on Monday.",
			"Weinstein was handcuffed after the verdict and taken to jail.", true, false},
		{"another happening, the fact's time given",
			"Weinstein did not visibly react as the verdict was read on Monday.",
			"Weinstein was handcuffed after the verdict on Monday and taken to jail.", false, false},
		{"the fact's happening, its time left out",
			"The fire destroyed the tower on Wednesday.",
			"The blaze destroyed the tower, killing dozens of residents.", false, false},
		{"a fact that gives no time",
			"Weinstein did not visibly react as the verdict was read.",
			"Weinstein was handcuffed after the verdict and taken to jail.", false, false},
		{"a sentence that asserts no happening",
			"Biles withdrew from the floor final on Sunday.",
			"Biles is the best-known gymnast in history.", false, false},
	}
	var got, want []string
	for _, tt := range tests {
		k, first := twoArticleCheck(t, tt.fact, tt.sentence, 2)
		k.clauses = clausesOf(k.units) // as Align reads them
		r, s := first(0), first(1)
		w := k.weakCredit(member{unit: s, span: k.units[s].clause.Span}, member{unit: r, span: k.units[r].clause.Span}, tt.corroborated)
		got = append(got, tt.name+": "+map[bool]string{true: "withheld", false: "credited"}[w])
		want = append(want, tt.name+": "+map[bool]string{true: "withheld", false: "credited"}[tt.want])
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("weakCredit (-want +got):\n%s", d)
	}
}
