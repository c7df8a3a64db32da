package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRound28TimelineClasses: the classes of news round 28 (spent), each
// with its sentence and controls. A date glossing a day word decides it
// within a week of the day it counts to, a note after the gloss's date
// in the brackets included (michael-jackson-death 05); "was supposed to"
// tells a plan (05's "starting July 8"); an aside between dashes is a
// clause of its own (dhaka-cafe-attack 01: "that hosts" inside it gave
// "Friday evening" the future); a year cut to two digits after an
// apostrophe is the date's (bhutto-assassination 04, "27 Dec' 07"); a part
// of a decade is that part's years (robin-williams-death 03).
func TestRound28TimelineClasses(t *testing.T) {
	type got struct{ Text, Start, End, Unresolved string }
	for _, tt := range []struct {
		name, ref, text string
		want            []got
	}{
		{"a gloss with a note decides the weekday", "2009-06-25",
			"Michael Jackson, the King of Pop died last Thursday afternoon (June 25, US time zone) in UCLA Los Angeles.",
			[]got{{"last Thursday afternoon", "2009-06-25", "2009-06-26", ""}, {"June 25", "2009-06-25", "2009-06-26", ""}}},
		{"a bracket with a second date is no note", "2009-06-25",
			"He died last Thursday afternoon (June 25, not June 26) in Los Angeles.",
			[]got{{"last Thursday afternoon", "2009-06-18", "2009-06-19", ""}, {"June 25", "2009-06-25", "2009-06-26", ""}, {"June 26", "2009-06-26", "2009-06-27", ""}}},
		{"a gloss a day off decides today", "2009-06-26",
			"Confirmed by CNN today, June 25, 2009, the King of Pop died.",
			[]got{{"today", "2009-06-25", "2009-06-26", ""}, {"June 25, 2009", "2009-06-25", "2009-06-26", ""}}},
		{"was supposed to is ahead", "2009-06-25",
			"Jackson was supposed to stage 10 shows in London, starting July 8, that will serve as his last concert.",
			[]got{{"July 8", "2009-07-08", "2009-07-09", ""}}},
		{"the supposed is no plan", "2009-06-25",
			"Police recovered the supposed weapon on July 8.",
			[]got{{"July 8", "2008-07-08", "2008-07-09", ""}}},
		{"an aside between dashes", "2016-07-02",
			"Gunmen stormed the bakery — an establishment popular with expats, situated in an upscale neighborhood that hosts nations’ embassies — Friday evening.",
			[]got{{"Friday evening", "2016-07-01", "2016-07-02", ""}}},
		{"an aside holding the day", "2016-07-02",
			"The team — which plays Friday evening — is ready.",
			[]got{{"Friday evening", "2016-07-08", "2016-07-09", ""}}},
		{"an apostrophe year after the month", "2007-12-28",
			"27 Dec' 07: Benazir Bhutto was assassinated.",
			[]got{{"27 Dec' 07", "2007-12-27", "2007-12-28", ""}}},
		{"an apostrophe year after the day", "2009-06-26",
			"He died on June 25 ’09 in Los Angeles.",
			[]got{{"June 25 ’09", "2009-06-25", "2009-06-26", ""}}},
		{"the late decade", "2014-08-12",
			"Williams rose to fame in the late 1970s in the sitcom Mork and Mindy.",
			[]got{{"in the late 1970s", "1977-01-01", "1980-01-01", ""}}},
		{"the early decade", "2014-08-12",
			"He grew up in the early 1960s.",
			[]got{{"in the early 1960s", "1960-01-01", "1964-01-01", ""}}},
		{"the early years of a century", "2016-02-20",
			"Pershing halted attacks in the Philippines in the early 1900s.",
			[]got{{"in the early 1900s", "1900-01-01", "1910-01-01", ""}}},
		{"the whole decade", "2014-08-12",
			"He grew up in the 1960s.",
			[]got{{"in the 1960s", "1960-01-01", "1970-01-01", ""}}},
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

// TestRound28StatedWholeDay: a page of unknown date that glosses its
// "today" with a whole date states that day, though it writes a later
// whole date of a thing to come (michael-jackson-death 01); glosses of
// different days state none; a quoted gloss is the speaker's.
func TestRound28StatedWholeDay(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"a whole gloss", "Confirmed by CNN today, June 25, 2009, the King of Pop died at age 50. Today is a sad day. An autopsy is said to be scheduled for Friday, June 26, 2009.", "2009-06-25"},
		{"whole glosses that disagree", "Confirmed today, June 25, 2009, the star died. The funeral was held today (July 7, 2009).", ""},
		{"a quoted whole gloss", "\"He died today, June 25, 2009,\" his brother said.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			at, _ := StatedDay(tt.text)
			if diff := cmp.Diff(tt.want, dayOrNone(at)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
