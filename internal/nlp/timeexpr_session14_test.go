package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSession14TimelineClasses: classes of timeline entries judged wrong
// on fresh news, with sentences of the spent rounds (round 13's
// sri-lanka-easter-bombings, round 15's cosby-verdict, round 16's
// castro-death, round 18's iphone-x-launch) and invented ones beside
// controls. A feast that moves with Easter falls on its computed day; "from"
// a year closed by "until" a few words before another year is one span;
// a day word glossed by its date is that date, in a quotation too; a
// quotation told "afterward" on the day the narration last named, the
// page's own, counts from it (round 15's falcon-heavy-launch).
func TestSession14TimelineClasses(t *testing.T) {
	type got struct {
		Text, Start, End, Unresolved, Open string
	}
	for _, tt := range []struct {
		name string
		ref  string
		text string
		want []got
	}{
		{"a feast of Easter in a dated article", "2019-04-22",
			"At least 156 people are dead in an Easter Sunday terrorist attack targeting Christians in Sri Lanka after six explosions ripped through high-end hotels and churches as suspected suicide bombers blew themselves up.",
			[]got{{"Easter Sunday", "2019-04-21", "2019-04-22", "", ""}}},
		{"Easter Monday eight days on", "2019-04-30",
			"Hundreds attended a vigil on Easter Monday outside St Anthony's Shrine.",
			[]got{{"Easter Monday", "2019-04-22", "2019-04-23", "", ""}}},
		{"Good Friday ahead", "2024-03-20",
			"Services will be held on Good Friday across the city.",
			[]got{{"Good Friday", "2024-03-29", "2024-03-30", "", ""}}},
		{"a feast with its year", "2026-01-10",
			"The rising began on Easter Monday 1916.",
			[]got{{"Easter Monday 1916", "1916-04-24", "1916-04-25", "", ""}}},
		{"the Orthodox Easter", "2023-04-18",
			"Pilgrims gathered for Orthodox Easter Sunday in Jerusalem.",
			[]got{{"Orthodox Easter Sunday", "", "", UnresolvedOtherCalendar, ""}}},
		{"a feast of Easter in an undated article", "",
			"A series of coordinated bombings on Easter Sunday rocked Sri Lanka.",
			[]got{{"Easter Sunday", "", "", UnresolvedNoYear, ""}}},
		{"from a year until another", "2016-04-27",
			"He served as a senator from 1967 until 2009.",
			[]got{{"from 1967 until 2009", "1967-01-01", "2010-01-01", "", ""}}},
		{"from a year till another", "2016-04-27",
			"He held the seat from 1967 till 2009.",
			[]got{{"from 1967 till 2009", "1967-01-01", "2010-01-01", "", ""}}},
		{"from a year until a death in another", "2016-04-27",
			"She was married to him from 1967 until his death in 2009.",
			[]got{{"from 1967 until his death in 2009", "1967-01-01", "2010-01-01", "", ""}}},
		{"from a month and year until a year", "2016-04-27",
			"He held the seat from March 1967 up until 2009.",
			[]got{{"from March 1967 up until 2009", "1967-03-01", "2010-01-01", "", ""}}},
		{"a range already read whole", "2016-11-26",
			"He also served as the first secretary of the Communist Party of Cuba from 1961 until 2011.",
			[]got{{"from 1961 until 2011", "1961-01-01", "2012-01-01", "", ""}}},
		{"a date moved is no span", "2016-04-27",
			"The plan was delayed from 2025 until the end of 2027.",
			[]got{{"from 2025", "2025-01-01", "2026-01-01", "", ""}, {"of 2027", "2027-01-01", "2028-01-01", "", ""}}},
		{"a clause mark between the years", "2016-04-27",
			"Production ran from 2001, until 2009.",
			[]got{{"from 2001", "2001-01-01", "", "", OpenAfter}, {"until 2009", "", "2010-01-01", "", OpenBefore}}},
		{"a quoted day word glossed", "2023-04-18",
			"\"The strike will go ahead tomorrow (19 Apr),\" the union said.",
			[]got{{"tomorrow", "2023-04-19", "2023-04-20", "", ""}, {"19 Apr", "2023-04-19", "2023-04-20", "", ""}}},
		{"a glossed day word in an undated article", "",
			"\"The strike will go ahead tomorrow (19 April 2023),\" the union said.",
			[]got{{"tomorrow", "2023-04-19", "2023-04-20", "", ""}, {"19 April 2023", "2023-04-19", "2023-04-20", "", ""}}},
		{"a glossed day word in the narration", "2018-04-26",
			"Earlier today (April 26), a jury reached a verdict.",
			[]got{{"today", "2018-04-26", "2018-04-27", "", ""}, {"April 26", "2018-04-26", "2018-04-27", "", ""}}},
		{"a gloss off the page's day", "2017-09-13",
			"Apple CEO Tim Cook hosted a special event today (Sept. 12) at the brand-new Steve Jobs Theater.",
			[]got{{"today", "2017-09-12", "2017-09-13", "", ""}, {"Sept. 12", "2017-09-12", "2017-09-13", "", ""}}},
		{"a gloss more than a week off the page's day", "2017-09-23",
			"Apple CEO Tim Cook hosted a special event today (Sept. 12) at the brand-new Steve Jobs Theater.",
			[]got{{"today", "", "", UnresolvedGlossOff, ""}, {"Sept. 12", "2017-09-12", "2017-09-13", "", ""}}},
		{"a gloss whose weekday is not the word's", "2023-04-18",
			"\"We will strike on Friday (19 Apr),\" the union said.",
			[]got{{"on Friday", "", "", UnresolvedQuotedDay, ""}, {"19 Apr", "2023-04-19", "2023-04-20", "", ""}}},
		{"a quotation told afterward on the page's day", "2018-02-06",
			"Elon Musk’s Tesla Roadster sports car was on cruise control in orbit Tuesday after blasting off from Kennedy Space Center. \"Really excited about today,\" said Musk, the SpaceX and Tesla CEO, afterward.",
			[]got{{"Tuesday", "2018-02-06", "2018-02-07", "", ""}, {"today", "2018-02-06", "2018-02-07", "", ""}}},
		{"a quotation told afterward, the page a day later", "2018-02-07",
			"Elon Musk’s Tesla Roadster sports car was on cruise control in orbit Tuesday after blasting off from Kennedy Space Center. \"Really excited about today,\" said Musk, the SpaceX and Tesla CEO, afterward.",
			[]got{{"Tuesday", "2018-02-06", "2018-02-07", "", ""}, {"today", "", "", UnresolvedQuotedDay, ""}}},
		{"a follow-up of an old date", "2021-11-19",
			"Rittenhouse shot three men on Aug. 25, 2020. The jury acquitted him on Friday.",
			[]got{{"Aug. 25, 2020", "2020-08-25", "2020-08-26", "", ""}, {"on Friday", "2021-11-19", "2021-11-20", "", ""}}},
		{"an anniversary dating this year", "2024-03-16",
			"A gunman killed 51 people on March 15, 2019. On Friday, March 15, 2024, survivors gathered.",
			[]got{{"March 15, 2019", "2019-03-15", "2019-03-16", "", ""}, {"On Friday, March 15, 2024", "2024-03-15", "2024-03-16", "", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, te := range timesOn(t, tt.text, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End), te.Unresolved, te.Open})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
