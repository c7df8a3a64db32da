package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRound21TimelineClasses: classes of round 21's timeline entries
// judged wrong (spent), with its sentences and controls: an idiom with a
// weekday names no day; a year carries to a yearless month told after it
// in the same past sentence; a span glossed by the dates it runs over
// ends on the second date.
func TestRound21TimelineClasses(t *testing.T) {
	type got struct {
		Text, Start, End, Unresolved string
	}
	for _, tt := range []struct {
		name string
		ref  string
		text string
		want []got
	}{
		{"an idiom with a weekday", "2016-05-31",
			"“They are Monday morning quarterbacks or second-guessers who don’t understand that you don’t take risks with a Silverback gorilla,” Maynard said of critics.",
			nil},
		{"the weekday of the idiom as a day", "2016-05-31",
			"The zoo reopened Monday morning.",
			[]got{{"Monday morning", "2016-05-30", "2016-05-31", ""}}},
		{"a year carried to a month in past narration", "2014-12-18",
			"Pope Francis became personally involved early in 2014, bringing up a Cuba-U.S. thaw with Obama at a meeting in March, then sending letters to Obama and Cuban President Raúl Castro over the summer.",
			[]got{{"in 2014", "2014-01-01", "2015-01-01", ""}, {"in March", "2014-03-01", "2014-04-01", ""}}},
		{"a year carried, the article read against another year", "2020-06-01",
			"Pope Francis became personally involved early in 2014, bringing up a Cuba-U.S. thaw with Obama at a meeting in March.",
			[]got{{"in 2014", "2014-01-01", "2015-01-01", ""}, {"in March", "2014-03-01", "2014-04-01", ""}}},
		{"a month ahead after a past year", "2019-06-10",
			"The company was founded in 2014 and will list its shares in March.",
			[]got{{"in 2014", "2014-01-01", "2015-01-01", ""}, {"in March", "2020-03-01", "2020-04-01", ""}}},
		{"a year in the sentence before", "2019-06-10",
			"The company was founded in 2014. It listed its shares in March.",
			[]got{{"in 2014", "2014-01-01", "2015-01-01", ""}, {"in March", "2019-03-01", "2019-04-01", ""}}},
		{"a month dated by the time after it", "2017-06-15",
			"It was built in 1974 and recently refurbished, with work completed in May this year.",
			[]got{{"in 1974", "1974-01-01", "1975-01-01", ""}, {"in May", "2017-05-01", "2017-06-01", ""}, {"this year", "2017-01-01", "2018-01-01", ""}}},
		{"a list of years", "2020-09-15",
			"Bahrain became the fourth Arab country to establish diplomatic relations with Israel last Friday after Egypt in 1979, Jordan in 1994 and the UAE in August.",
			[]got{{"last Friday", "2020-09-11", "2020-09-12", ""}, {"in 1979", "1979-01-01", "1980-01-01", ""}, {"in 1994", "1994-01-01", "1995-01-01", ""}, {"in August", "2020-08-01", "2020-09-01", ""}}},
		{"a month of another clause", "2016-09-03",
			"Marcel Lehel Lazar, 44, known online as \"Guccifer,\" was extradited in 2014 to the United States and pleaded guilty in May to one count each of aggravated identity theft and unauthorized access to a protected computer.",
			[]got{{"in 2014", "2014-01-01", "2015-01-01", ""}, {"in May", "2016-05-01", "2016-06-01", ""}}},
		{"a span glossed by its dates", "2019-09-23",
			"The CAA will work with the Government to bring 180,000 customers back to the UK over the next two weeks, from 23 September to 6 October, with the help of a fleet of aircraft from around the world.",
			[]got{{"the next two weeks", "2019-09-23", "2019-10-07", ""}, {"23 September", "2019-09-23", "2019-09-24", ""}, {"6 October", "2019-10-06", "2019-10-07", ""}}},
		{"a span without a gloss", "2019-09-23",
			"The CAA will bring 180,000 customers back to the UK over the next two weeks.",
			[]got{{"the next two weeks", "2019-09-23", "2019-10-08", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, te := range timesOn(t, tt.text, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End), te.Unresolved})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
