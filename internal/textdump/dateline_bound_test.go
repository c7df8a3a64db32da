package textdump

import (
	"testing"
	"time"
)

// A standfirst without its full stop that bounds its clause by a date
// ("will serve out Ms Rousseff's term until 1 January 2019", news round
// 29, spent: rousseff-impeachment 01) is no dateline; a date line under
// the headline, labelled or not, still is.
func TestDatelineNotABound(t *testing.T) {
	body := "Putting an end to the 13 years in power of her left-wing Workers' Party, Brazilian President Dilma Rousseff has been voted to be removed from office for manipulation in the budget.\n\n" +
		"Only 20 senators voted against her dismissal while 61 other senators voted in favour, meeting the two-thirds majority needed to remove her from the presidency.\n\n" +
		"Michel Temer has been sworn in as President and will serve out Rousseff's term until 1 January 2019.\n\n" +
		"Temer was Rousseff's former vice president who has been serving as interim president since her suspension in May.\n"
	for _, tc := range []struct {
		name, line string
		want       time.Time
	}{
		{"a bound date ends a standfirst", "Michel Temer has been sworn in as president and will serve out Ms Rousseff's term until 1 January 2019", time.Time{}},
		{"since a date", "Rousseff had been suspended from office since 12 May 2016", time.Time{}},
		{"a bare date line", "1 September 2016", time.Date(2016, 9, 1, 0, 0, 0, 0, time.UTC)},
		{"a date line with its label", "Updated on September 1, 2016", time.Date(2016, 9, 1, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract("Brazilian Prez Dilma Rousseff ousted in impeachment vote\n\n" + tc.line + "\nSuspended Brazilian President Dilma Rousseff SA/AFP\n\n" + body)
			if err != nil {
				t.Fatal(err)
			}
			if !a.Published.Equal(tc.want) {
				t.Errorf("Published = %v, want %v", a.Published, tc.want)
			}
		})
	}
}
