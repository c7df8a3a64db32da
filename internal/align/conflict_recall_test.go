package align

import (
	"testing"
	"time"
)

// TestConflictRecallClasses holds the real disagreements of the session-14
// recall list (spent rounds 10-19, listed from the sources before the
// briefings were read) that a gate stopped by a spelling, and the
// approximations of that list that must stay no confident conflict, in
// the sources' own sentences (BENCHMARKS.md, "session 14: conflict
// recall").
func TestConflictRecallClasses(t *testing.T) {
	day := time.Date(2020, 8, 8, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		pages     []string
		confident bool
	}{
		// "onboard" writes "on board" as one word: the phrase says
		// which crew both count (the cabin crew of the one aircraft).
		{"cabin crew on board and onboard", []string{
			"There were 184 passengers including 10 infants, 2 pilots and 4 cabin crew on board the aircraft, the ministry added.",
			"There are 174 passengers, 10 infants, 2 pilots, and 5 cabin crew onboard the aircraft.",
		}, true},
		{"cabin crew on board and aboard", []string{
			"There were 184 passengers including 10 infants, 2 pilots and 4 cabin crew on board the aircraft, the ministry added.",
			"There were 174 passengers, 10 infants, 2 pilots, and 5 cabin crew aboard the aircraft.",
		}, true},
		// Control: an approximation within what "about" allows.
		{"about 85 miles and 80 miles", []string{
			"Uvalde is a heavily Latino community about 85 miles west of San Antonio.",
			"Around 11:30 a.m. Tuesday, a gunman opened fire inside Robb Elementary School in Uvalde — a small working-class, majority-Latino town of about 15,200 residents that is 80 miles west of San Antonio, about halfway between the city and the U.S.-Mexico border.",
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := alignPages(day, tt.pages)
			conf := confidentConflicts(res.Conflicts)
			if got := len(conf) > 0; got != tt.confident {
				t.Fatalf("confident conflict %v, want %v: %+v", got, tt.confident, res.Conflicts)
			}
			// 184 passengers with the infants and 174 without are one
			// count said two ways.
			for _, c := range conf {
				for _, v := range c.Variants {
					if v.Value == "184 passengers" || v.Value == "174 passengers" {
						t.Errorf("passengers counted with and without the infants made a conflict: %+v", c)
					}
				}
			}
		})
	}
}
