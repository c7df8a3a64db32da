package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCarriedYearNotIntoFuture: narration carries a year to the yearless
// day of the next sentence, not into a clause that looks ahead (round
// 25, kim-jong-il-death 06: the funeral "is to take place on December
// 28" of the article's 2011, not of the September 2010 told before).
// Controls: the same day told in the past takes the year carried, and
// with no article date the future day stays undated.
func TestCarriedYearNotIntoFuture(t *testing.T) {
	type got struct{ Text, Start string }
	for _, tt := range []struct {
		name, ref, text string
		want            []got
	}{
		{"a funeral still to come", "2011-12-19",
			"He was elected general secretary of the Worker's Party of Korea in late September 2010. He headed the commission for his late father's funeral which is to take place on December 28.",
			[]got{{"September 2010", "2010-09-01"}, {"December 28", "2011-12-28"}}},
		{"unknown date: undated", "",
			"He was elected general secretary of the Worker's Party of Korea in late September 2010. He headed the commission for his late father's funeral which is to take place on December 28.",
			[]got{{"September 2010", "2010-09-01"}, {"December 28", ""}}},
		{"control: told in the past", "2011-12-19",
			"He was elected general secretary of the Worker's Party of Korea in late September 2010. He headed the commission for the party conference which took place on December 28.",
			[]got{{"September 2010", "2010-09-01"}, {"December 28", "2010-12-28"}}},
		{"control: round 13, Ghosn", "2020-01-01",
			"Ghosn was granted bail in March 2019. Shortly afterwards, he was re-arrested in Tokyo in April over new allegations.",
			[]got{{"March 2019", "2019-03-01"}, {"in April", "2019-04-01"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, te := range timesOn(t, tt.text, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start)})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestWeekdayYearOrdinalDays: a day written with its weekday and an
// ordinal day of the month ("Monday 10th July") takes the year the text
// names when it falls on that weekday in that year, as "Monday, July 10"
// does (round 24, larsen-c-iceberg 04). Controls: a weekday that
// disagrees with every year near the one named, and a suffix that does
// not fit its number, stay undated.
func TestWeekdayYearOrdinalDays(t *testing.T) {
	type got struct{ Text, Start string }
	for _, tt := range []struct {
		name, text string
		want       []got
	}{
		{"round 24, larsen-c-iceberg 04",
			"The calving occurred sometime between Monday 10th July and Wednesday 12th July 2017, when a 5,800 square km section of Larsen C finally broke away.",
			[]got{{"Monday 10th July", "2017-07-10"}, {"Wednesday 12th July 2017", "2017-07-12"}}},
		{"first, second, third",
			"The count ended on Monday 3rd July 2017. Polls had opened on Saturday 1st July.",
			[]got{{"on Monday 3rd July 2017", "2017-07-03"}, {"on Saturday 1st July", "2017-07-01"}}},
		{"control: a suffix that does not fit",
			"The count ended on Monday 3rd July 2017. Polls had opened on Saturday 1nd July.",
			[]got{{"on Monday 3rd July 2017", "2017-07-03"}, {"on Saturday 1nd July", ""}}},
		{"control: the weekday disagrees",
			"The calving occurred sometime between Tuesday 10th July and Wednesday 12th July 2017.",
			[]got{{"Tuesday 10th July", ""}, {"Wednesday 12th July 2017", "2017-07-12"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, te := range timesOn(t, tt.text, "") {
				gots = append(gots, got{te.Text, dayOrNone(te.Start)})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
