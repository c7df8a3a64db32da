package align

import "testing"

// TestShownMember: of a claim's credited members, the one the others
// hold wholly is shown, not the more detailed representative; a member
// with words of its own the representative lacks is not. Sentences in
// the shapes of the spent audits' wrong pairs (news rounds 12-15).
func TestShownMember(t *testing.T) {
	tests := []struct {
		name, rep, other string
		want             int
	}{
		{"the other outlet states the core without the jury's make-up",
			"The jury, made up of seven men and five women, took about 14 hours to deliberate.",
			"The jury took about 14 hours to deliberate.", 1},
		{"the other outlet states the core without why the captain left",
			"The captain left the cockpit to go to the toilet, asking the co-pilot to take over.",
			"The captain left the cockpit to go to the toilet.", 1},
		{"both state nearly the same details: the representative stays",
			"The jury, made up of seven men and five women, took about 14 hours to deliberate.",
			"The jury of seven men and five women took about 14 hours to deliberate.", 0},
		{"the other outlet adds a detail of its own: the representative stays",
			"The jury took about 14 hours to deliberate.",
			"The jury took about 14 hours over three days to deliberate in the Manhattan courthouse.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, first := twoArticleCheck(t, tt.rep, tt.other, 2)
			k.clauses = clausesOf(k.units)
			r, s := first(0), first(1)
			kept := []member{{unit: r, span: k.units[r].clause.Span}, {unit: s, span: k.units[s].clause.Span}}
			if !k.statesCore(kept[1], kept[0]) {
				t.Fatalf("the other sentence does not state the representative at all")
			}
			t.Logf("held by all: rep %.3f other %.3f", k.heldByAll(kept, 0), k.heldByAll(kept, 1))
			if got := k.shownMember(kept, 0); got != tt.want {
				t.Errorf("shown member %d, want %d", got, tt.want)
			}
		})
	}
}
