package align

import "testing"

// TestQuantityToldChanging: an outlet whose sentence tells a quantity at
// two levels, the second reached by a change ("sustained winds of 90
// mph, later dropping to 75 mph"), gives the other outlet's value too
// and does not disagree with it: no conflict. Sentences of the shapes a
// storm's outlets printed (values of different times: at landfall, then
// near Philadelphia before midnight). The control gives the second value
// by a verb of another happening ("Irene struck at 75 mph"): that is no
// level of this storm's winds, and the conflict stays confident.
func TestQuantityToldChanging(t *testing.T) {
	const near = "Shortly before midnight, the storm was near Philadelphia, still carrying sustained winds of 75 mph, according to the National Weather Service."
	tests := []struct {
		name      string
		texts     []string
		confident bool
	}{
		{"the later level, another time and place", []string{near,
			"The storm hit the New Jersey shore Monday evening carrying sustained winds of 90 mph, later dropping to 75 mph, according to the National Weather Service.",
		}, false},
		{"the later level, one time", []string{
			"Sandy hit the New Jersey shore Monday evening with maximum sustained winds of 75 mph, according to the National Weather Service.",
			"Sandy hit the New Jersey shore Monday evening with maximum sustained winds of 90 mph, later dropping to 75 mph, according to the National Weather Service.",
		}, false},
		{"another storm's value", []string{near,
			"The storm hit the New Jersey shore Monday evening carrying sustained winds of 90 mph, and Irene struck at 75 mph, according to the National Weather Service.",
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inputs []Input
			for i, text := range tt.texts {
				inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text})
			}
			res := Align(inputs, Options{})
			if got := len(confidentConflicts(res.Conflicts)) > 0; got != tt.confident {
				t.Errorf("confident conflict %v, want %v: %+v", got, tt.confident, res.Conflicts)
			}
			if !tt.confident && len(res.Conflicts) > 0 {
				t.Errorf("a conflict of an outlet with itself: %+v", res.Conflicts)
			}
		})
	}
}
