package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSameDayStoryQuotes: a quotation with no day of its own, in a story
// whose narration has named the article's day and no other recent day,
// was said that day when it says "today", "tonight" or "this morning";
// the other days of its sentence count from that day when their clause
// shows its tense. Sentences of spent rounds 15, 20 and 23 and of PolNeAR
// train, with controls.
func TestSameDayStoryQuotes(t *testing.T) {
	type got struct {
		Text, Start, Unresolved string
	}
	for _, tt := range []struct {
		name, ref, text string
		want            []got
	}{
		{"a story of the day, a statement", "2021-07-20",
			"Blue Origin successfully completed New Shepard’s first human flight today with four private citizens onboard.\n\n" +
				"“Today was a monumental day for Blue Origin and human spaceflight,” said Bob Smith, CEO, Blue Origin. “I am so incredibly proud of Team Blue, their professionalism, and expertise in executing today’s flight.”",
			[]got{{"today", "2021-07-20", ""}, {"Today", "2021-07-20", ""}, {"today’s flight", "2021-07-20", ""}}},
		{"the day named by its weekday", "2017-08-26",
			"Floyd Mayweather closed out his career with a 10th round TKO of Conor McGregor in their hyped fight in Las Vegas on Saturday (Aug. 26).\n\n" +
				"After, Floyd also reiterated that he is definitely retiring. “This was my last fight,” he said. “Tonight, I chose the right dance partner to dance with.”",
			[]got{{"on Saturday", "2017-08-26", ""}, {"Aug. 26", "2017-08-26", ""}, {"Tonight", "2017-08-26", ""}}},
		{"a tensed day of the same sentence", "2014-04-18",
			"Divers entered the capsized ferry on Friday.\n\n" +
				"“By Thursday, we placed those ropes into the fourth floor, and today we are using them to enter.”",
			[]got{{"on Friday", "2014-04-18", ""}, {"By Thursday", "", ""}, {"today", "2014-04-18", ""}}},
		{"a birth date is background", "2025-04-21",
			"Pope Francis, born on December 17, 1936, died at the age of 88. The Vatican announced this in a video declaration on Easter Monday.\n\n" +
				"“This morning at 7.35 a.m. the Bishop of Rome, Francis, returned to the father’s house.”",
			[]got{{"December 17, 1936", "1936-12-17", ""}, {"Easter Monday", "2025-04-21", ""}, {"This morning", "2025-04-21", ""}}},
		{"another recent day named before", "2016-07-29",
			"And as he took the stage here Wednesday night to rally Democrats around Hillary Clinton, Mr. Obama's diagnosis called to mind the promise of unity that seems even more out of reach today.\n\n" +
				"''Time and again, you've picked me up,'' he said. ''Tonight, I ask you to do for Hillary Clinton what you did for me.''",
			[]got{{"Wednesday night", "2016-07-27", ""}, {"today", "2016-07-29", ""}, {"Tonight", "", UnresolvedQuotedDay}}},
		{"a day of the sentence with no tense shown", "2017-09-20",
			"After devastating parts of the Caribbean, Maria made landfall in Puerto Rico Wednesday at 6:15 a.m. ET as a Category 4 hurricane.\n\n" +
				"\"The center will then pass just north of the northeast coast of the Dominican Republic tonight and Thursday.\"",
			[]got{{"Wednesday", "2017-09-20", ""}, {"tonight", "2017-09-20", ""}, {"Thursday", "", UnresolvedQuotedDay}}},
		{"no day of the story's own in the quotation", "2016-05-05",
			"The group met on Thursday.\n\n" +
				"“This is a person who could be blackmailed tomorrow,” Bolton said.",
			[]got{{"on Thursday", "2016-05-05", ""}, {"tomorrow", "", UnresolvedQuotedDay}}},
		{"the attribution's own time", "2016-05-05",
			"The group met on Thursday.\n\n" +
				"“Today we start,” he said in 2015.",
			[]got{{"on Thursday", "2016-05-05", ""}, {"Today", "", UnresolvedQuotedDay}, {"in 2015", "2015-01-01", ""}}},
		{"no narration day", "2016-05-05",
			"The group met.\n\n" +
				"“Today we start,” he said.",
			[]got{{"Today", "", UnresolvedQuotedDay}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, te := range timesOn(t, tt.text, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), te.Unresolved})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func parseDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
