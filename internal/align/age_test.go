package align

import (
	"testing"
	"time"
)

// TestAgeConflicts holds the session-17 recall class "one person's age
// given apart" (BENCHMARKS.md, "session 17: conflicts"): an age in
// apposition to a name or an adjective before it, in sentences written
// in the shape of the spent rounds' (not copied), and the controls that
// must make no confident conflict.
func TestAgeConflicts(t *testing.T) {
	day := time.Date(2021, 3, 10, 12, 0, 0, 0, time.UTC)
	later := day.Add(48 * time.Hour)
	type page struct {
		text string
		at   time.Time
	}
	tests := []struct {
		name  string
		pages []page
		want  string // "" none, "confident" or "uncertain"
	}{
		{"apposition and adjective, one day", []page{
			{"Folk singer Marta Quillon, 76, died on Tuesday at her home in Dorset, her family said.", day},
			{"The 77-year-old Marta Quillon died on Tuesday at her home in Dorset, her agent said in a statement.", day},
		}, "confident"},
		{"apposition in brackets", []page{
			{"Folk singer Marta Quillon (76) died on Tuesday at her home in Dorset, her family said.", day},
			{"Folk singer Marta Quillon, aged 78, died on Tuesday at her home in Dorset, her agent said.", day},
		}, "confident"},
		// Ages do not go back: the later page a year younger is wrong
		// on one side.
		{"the later page a year younger", []page{
			{"Folk singer Marta Quillon, 77, died on Tuesday at her home in Dorset, her family said.", day},
			{"The 76-year-old Marta Quillon died on Tuesday at her home in Dorset, her agent said in a statement.", later},
		}, "confident"},
		// A birthday may lie between the pages.
		{"the later page a year older", []page{
			{"Folk singer Marta Quillon, 76, died on Tuesday at her home in Dorset, her family said.", day},
			{"The 77-year-old Marta Quillon died on Tuesday at her home in Dorset, her agent said in a statement.", later},
		}, "uncertain"},
		// Control: a page of unknown date gives an age of an unknown
		// year (ECB+ develop: a suspect "27" when found, "29" when
		// convicted).
		{"an undated page", []page{
			{"Folk singer Marta Quillon, 76, played her last concert at the Albert Hall on Tuesday.", day},
			{"Folk singer Marta Quillon, 79, died on Tuesday at her home in Dorset, her agent said in a statement.", time.Time{}},
		}, ""},
		// Control: pages years apart give the ages of then.
		{"pages two years apart", []page{
			{"Folk singer Marta Quillon, 74, played her last concert at the Albert Hall on Tuesday.", day.AddDate(-2, 0, 0)},
			{"Folk singer Marta Quillon, 76, died on Tuesday at her home in Dorset, her family said.", day},
		}, ""},
		// Control: a sentence dated years before the page tells the age
		// of then.
		{"an age of then", []page{
			{"Folk singer Marta Quillon, 76, died on Tuesday at her home in Dorset, her family said.", day},
			{"In 1969, Marta Quillon, 24, played the Isle of Wight festival. Folk singer Marta Quillon died on Tuesday at her home in Dorset.", day},
		}, ""},
		{"an age of then, since a year", []page{
			{"Folk singer Marta Quillon, 76, died on Tuesday at her home in Dorset, her family said.", day},
			{"It was her first British award since 1969, when Marta Quillon (24) beat Joan Tarrow to the prize.", day},
		}, ""},
		// Control: two people of one family.
		{"a mother and a son", []page{
			{"Folk singer Marta Quillon, 76, died on Tuesday at her home in Dorset, her family said.", day},
			{"Folk singer Marta Quillon died on Tuesday at her home in Dorset, her son Tobias Quillon, 51, said.", day},
		}, ""},
		// Control: a page giving one person two ages tells of two
		// times; it is not read.
		{"one page, two ages", []page{
			{"Folk singer Marta Quillon, 76, died on Tuesday at her home in Dorset, her family said.", day},
			{"Folk singer Marta Quillon, 77, died on Tuesday. The young Marta Quillon, 22, had first sung at the Troubadour club.", day},
		}, ""},
		// Control: an age before a name that names a thing ("the
		// 50-year-old Morandi bridge").
		{"the age of a thing named for a person", []page{
			{"Folk singer Marta Quillon, 76, died on Tuesday at her home in Dorset, her family said.", day},
			{"Folk singer Marta Quillon died on Tuesday in the 40-year-old Marta Quillon hospital she had founded.", day},
		}, ""},
		{"the age of a thing named for a place", []page{
			{"Folk singer Marta Quillon, 76, died on Tuesday at her home in Dorset, her family said.", day},
			{"Folk singer Marta Quillon died on Tuesday, and the 34-year-old Marta Quillon festival will go ahead.", day},
		}, ""},
		// Control: numbers after a name that are no ages.
		{"a flight number and a decimal", []page{
			{"Folk singer Marta Quillon, 76, died on Tuesday at her home in Dorset, her family said.", day},
			{"Folk singer Marta Quillon, 12.5 million records sold, died on Tuesday at her home in Dorset.", day},
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inputs []Input
			for i, p := range tt.pages {
				inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Published: p.at, Text: p.text})
			}
			res := Align(inputs, Options{})
			got := ""
			for _, c := range res.Conflicts {
				if c.Slot != "age of Marta Quillon" {
					continue
				}
				got = "confident"
				if c.Uncertain != "" {
					got = "uncertain"
				}
			}
			if got != tt.want {
				t.Errorf("age conflict %q, want %q: %+v", got, tt.want, res.Conflicts)
			}
		})
	}
}
