package align

import "testing"

// TestBareNumeralIsNoEarlierFigure: a bare numeral beside a count that
// moves may count anything ("and 12 arrested", an ECB+ develop story):
// it does not make the other source's count an earlier figure of the
// injured. The two counts stay a conflict, not an update.
func TestBareNumeralIsNoEarlierFigure(t *testing.T) {
	res := Align([]Input{
		{ArticleID: 1, Outlet: "A", Text: "Police said 12 people were injured in the riots on Sunday."},
		{ArticleID: 2, Outlet: "B", Text: "Police said 18 people had been injured in the riots on Sunday and 12 arrested for carrying weapons."},
	}, Options{})
	found := false
	for _, c := range res.Conflicts {
		if c.Kind != ConflictNumber {
			continue
		}
		found = true
		if c.Update {
			t.Errorf("conflict read as an update: %+v", c)
		}
	}
	if !found {
		t.Errorf("no number conflict: %+v", res.Conflicts)
	}
}
