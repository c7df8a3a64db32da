package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Named days, days written in words, and time words inside names (audit
// rounds 7 and 8), with the readings that must not change.
func TestNamedDaysAndNames(t *testing.T) {
	wed := time.Date(2015, 11, 11, 15, 0, 0, 0, time.UTC) // a Wednesday
	jan := time.Date(2016, 1, 29, 15, 0, 0, 0, time.UTC)  // a Friday
	june := time.Date(2016, 6, 14, 15, 0, 0, 0, time.UTC) // a Tuesday
	type got struct{ Text, Start, Unresolved string }
	for _, tt := range []struct {
		name string
		ref  time.Time
		text string
		want []got
	}{
		{"a show's title in quotation marks", wed, "Maybe he figures that a second guest-hosting gig on “Saturday Night Live” was reward enough.",
			nil},
		{"a show's title unquoted, from the lexicon", wed, "He hosted Saturday Night Live last week.",
			[]got{{"last week", "2015-11-02", ""}}},
		{"a paper's name in capitals", wed, "He told USA TODAY's weekly video newsmaker series that he would run.",
			nil},
		{"a capitalised relative word after a word is a name", wed, "She said on ABC's This Week on Sunday that she would run.",
			[]got{{"on Sunday", "2015-11-08", ""}}},
		{"NBC's Today show", wed, "He appeared on NBC's Today show.",
			nil},
		// Controls: a quoted sentence, a fronted word, a quoted day.
		{"a day before a show's title in straight marks", wed, `"She's a flawed candidate," Trump said Wednesday on ABC's "Good Morning America."`,
			[]got{{"Wednesday", "2015-11-11", ""}}},
		{"a day after a show's title", wed, `"Donald Trump is a fraud," Perez said Sunday on NBC's "Meet the Press."`,
			[]got{{"Sunday", "2015-11-08", ""}}},
		{"a quoted sentence is no title", wed, "“We vote on Tuesday,” he said.",
			[]got{{"on Tuesday", "", UnresolvedQuotedDay}}},
		{"Today at a sentence's start", wed, "Today the senate votes.",
			[]got{{"Today", "2015-11-11", ""}}},
		{"a quoted one-word day is no title", wed, "He said the vote was “Tuesday” and not later.",
			[]got{{"Tuesday", "2015-11-10", ""}}},
		{"Super Tuesday ahead", jan, "Trump will win in Texas on Super Tuesday.",
			[]got{{"Super Tuesday", "2016-03-01", ""}}},
		{"Super Tuesday past", june, "Clinton won seven states on Super Tuesday.",
			[]got{{"Super Tuesday", "2016-03-01", ""}}},
		{"Super Tuesday of a year the lexicon does not hold", june, "He recalled Super Tuesday 1988.",
			[]got{{"Super Tuesday 1988", "", UnresolvedNamedDay}}},
		{"a named day by its rule", june, "The convention will open on Labor Day.",
			[]got{{"Labor Day", "2016-09-05", ""}}},
		{"a named day told in the past, far back", wed, "He spent Christmas Eve with his family.",
			[]got{{"Christmas Eve", "", UnresolvedNamedDayFar}}},
		{"a one-word feast names no day", june, "He bought Christmas trees.",
			nil},
		{"the fourth of July", june, "The convention ends on the fourth of July.",
			[]got{{"the fourth of July", "2016-07-04", ""}}},
		{"March first", jan, "The primary will be held on March first, officials said.",
			[]got{{"March first", "2016-03-01", ""}}},
		{"an ordinal of its own noun is no day", jan, "He won the March second round.",
			nil},
		{"an ordinal before a hyphen", jan, "Polls in March first-time voters were hard to reach.",
			[]got{{"in March", "2015-03-01", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, tt.ref) {
				start := ""
				if !te.Start.IsZero() {
					start = te.Start.Format("2006-01-02")
				}
				gots = append(gots, got{te.Text, start, te.Unresolved})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
