package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSession13TimelineClasses: classes of the spent news rounds' judged
// timeline entries (ghosn-escape 03 of round 14, east-palestine-derailment
// 05 of round 9, sri-lanka-easter-bombings 04 of round 13, cut to the
// sentences that matter), beside invented sentences and controls. A
// yearless day or month right after one written with its year is of that
// year; a weekday set beside a whole date as its appositive is the date's
// and counts from no reference; "no" before a weekday denies every such
// day and dates none; a span ahead ("the next eight years") told in the
// past counts from the whole date its sentence names before it
// (abe-assassination 01 of round 11); a future cue that is a noun
// ("withdrawal plans in October") marks no tense, and a date in the
// noun phrase "since" opens is the past one (PolNeAR train).
func TestSession13TimelineClasses(t *testing.T) {
	later := time.Date(2021, 6, 27, 12, 0, 0, 0, time.UTC) // a page two years on
	sat := time.Date(2019, 4, 20, 12, 0, 0, 0, time.UTC)
	dec := time.Date(2015, 12, 29, 12, 0, 0, 0, time.UTC) // a Tuesday
	nov := time.Date(2015, 11, 13, 12, 0, 0, 0, time.UTC)
	type got struct {
		Text, Start, End, Unresolved string
		Relative, RefYear            bool
	}
	for _, tt := range []struct {
		name string
		ref  time.Time
		text string
		want []got
	}{
		{"a month carried from the sentence before", later,
			"Ghosn was granted bail in March 2019. Shortly afterwards, he was re-arrested in Tokyo in April over new allegations.",
			[]got{{"March 2019", "2019-03-01", "2019-04-01", "", false, false}, {"in April", "2019-04-01", "2019-05-01", "", false, false}}},
		{"a day carried within the sentence", later,
			"The plant closed on November 2, 2018, and reopened on December 14 after repairs.",
			[]got{{"November 2, 2018", "2018-11-02", "2018-11-03", "", false, false}, {"December 14", "2018-12-14", "2018-12-15", "", false, false}}},
		{"a weekday apposed to a whole date", later,
			"On February 3, 2023, a Friday evening, 38 train cars derailed just outside of town.",
			[]got{{"February 3, 2023", "2023-02-03", "2023-02-04", "", false, false}, {"Friday evening", "2023-02-03", "2023-02-04", "", false, false}}},
		{"no weekday", sat,
			"The archbishop said there will be no Sunday Masses until further notice after the bombings.",
			[]got{{"Sunday", "", "", UnresolvedGeneric, true, false}}},
		{"a span ahead told in the past", later,
			"He then regained the premiership in 2012 and held the role for the next eight years, before stepping down in 2020.",
			[]got{{"in 2012", "2012-01-01", "2013-01-01", "", false, false}, {"the next eight years", "2012-01-01", "2021-01-01", "", false, false}, {"in 2020", "2020-01-01", "2021-01-01", "", false, false}}},
		{"a span ahead told in the past, article undated", time.Time{},
			"On March 3, 2019, rescuers pulled 40 people from the rubble over the next three days.",
			[]got{{"March 3, 2019", "2019-03-03", "2019-03-04", "", false, false}, {"the next three days", "2019-03-03", "2019-03-07", "", false, false}}},
		{"a cue that is a noun", dec,
			"Mr. Obama revised his withdrawal plans in October, saying that about 5,500 troops would remain.",
			[]got{{"in October", "2015-10-01", "2015-11-01", "", false, true}}},
		{"a cue that is a noun before a weekday", dec,
			"Clinton, who announced a spending plan on Monday, will focus on jobs.",
			[]got{{"on Monday", "2015-12-28", "2015-12-29", "", true, false}}},
		{"a date in the noun phrase since opens", nov,
			"Mrs. Clinton will take the stage after a run of positive developments since their Oct. 13 debate.",
			[]got{{"Oct. 13", "2015-10-13", "2015-10-14", "", false, true}}},
		// Controls: a yearless month before the dated one's month, a
		// paragraph between them, and a yearless month with no year
		// before it keep the reference's year; a weekday after a date
		// as a new clause is not its appositive; a weekday with a
		// negation not right before it is a day.
		{"a month before the dated one", later,
			"He was granted bail in March 2019. He had been arrested in February.",
			[]got{{"March 2019", "2019-03-01", "2019-04-01", "", false, false}, {"in February", "2021-02-01", "2021-03-01", "", false, true}}},
		{"a paragraph between", later,
			"He was granted bail in March 2019.\n\nHe spoke to reporters in April.",
			[]got{{"March 2019", "2019-03-01", "2019-04-01", "", false, false}, {"in April", "2021-04-01", "2021-05-01", "", false, true}}},
		{"a bound date before", later,
			"Twitter has ramped up its response since June 2014, and again since the attacks in November.",
			[]got{{"since June 2014", "2014-06-01", "", "", false, false}, {"in November", "2020-11-01", "2020-12-01", "", false, true}}},
		{"no year before", later,
			"He spoke to reporters in April.",
			[]got{{"in April", "2021-04-01", "2021-05-01", "", false, true}}},
		{"a span ahead in a future clause", later,
			"He was elected in 2012 and will serve for the next eight years.",
			[]got{{"in 2012", "2012-01-01", "2013-01-01", "", false, false}, {"the next eight years", "2021-06-27", "2029-06-28", "", true, false}}},
		{"a span ahead with no date before it", later,
			"Forecasters expected more rain over the next three days.",
			[]got{{"the next three days", "2021-06-27", "2021-07-01", "", true, false}}},
		{"a cue that is a verb", dec,
			"The company plans to reopen the plant in October.",
			[]got{{"in October", "2016-10-01", "2016-11-01", "", false, true}}},
		{"a date after another preposition", nov,
			"Mrs. Clinton will take the stage at their Oct. 13 debate.",
			[]got{{"Oct. 13", "2016-10-13", "2016-10-14", "", false, true}}},
		{"a negation further off", sat,
			"There was no service on Sunday.",
			[]got{{"on Sunday", "2019-04-14", "2019-04-15", "", true, false}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), dayOrNone(te.End), te.Unresolved, te.Relative, te.RefYear})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
