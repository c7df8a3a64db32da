package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestTermSpans: a span looking ahead that is the term of a thing told
// by a verb's -ing form ("an order barring … for the next 90 days",
// travel-ban-order 03 of round 30) counts from that thing's start, not
// from the page's day, and is left undated; one tied to the telling by a
// finite verb, a progressive or a noun, or anchored by the narration,
// stays counted.
func TestTermSpans(t *testing.T) {
	type got struct{ Text, Start, End, Unresolved string }
	for _, tt := range []struct {
		name, text, ref string
		want            []got
	}{
		{"an order's term, told by -ing forms",
			"The judge ruled they cannot be removed — a decision that halts Trump’s executive order barring citizens from those countries from entering the US for the next 90 days.",
			"2017-01-31",
			[]got{{"the next 90 days", "", "", UnresolvedTerm}}},
		{"a participle right before the term",
			"Officials issued an order suspending the program for the next 120 days.",
			"2017-01-31",
			[]got{{"the next 120 days", "", "", UnresolvedTerm}}},
		{"a future clause",
			"The airport will be closed for the next 90 days.",
			"2017-01-31",
			[]got{{"the next 90 days", "2017-01-31", "2017-05-02", ""}}},
		{"a progressive",
			"She is staying with relatives for the next three weeks.",
			"2017-01-31",
			[]got{{"the next three weeks", "2017-01-31", "2017-02-22", ""}}},
		{"an -ing noun after a determiner",
			"Congress approved the funding for the next two years.",
			"2017-01-31",
			[]got{{"the next two years", "2017-01-31", "2019-02-01", ""}}},
		{"not a term: over",
			"Passengers returning home over the next two weeks will be flown back.",
			"2019-09-23",
			[]got{{"the next two weeks", "2019-09-23", "2019-10-08", ""}}},
		{"a day, no span: a meeting set for next Monday",
			"Davila declared a mistrial and scheduled a status meeting for next Monday.",
			"2022-01-05",
			[]got{{"next Monday", "2022-01-10", "2022-01-11", ""}}},
		{"a finite past verb anchors nothing new",
			"He regained the premiership in 2012 and held the role for the next eight years.",
			"2022-09-01",
			[]got{{"in 2012", "2012-01-01", "2013-01-01", ""}, {"the next eight years", "2012-01-01", "2021-01-01", ""}}},
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

// TestBlockQuotes: a statement a page sets apart after "saying:"
// (fyre-festival-collapse 04 of round 31, of unknown date, whose tweets
// sign April 27 and 28) is a quotation for its days: its "today" is the
// day the statement was made, which the page does not give, and it no
// longer names the page's own day (PageDay). Controls: a colon after no
// verb of saying, and a set-apart paragraph that holds quotation marks.
func TestBlockQuotes(t *testing.T) {
	ref := time.Date(2017, 4, 28, 0, 0, 0, 0, time.UTC)
	const tweets = "Night has fallen. We have no luggage. — William N. Finley IV (@WNFIV) April 28, 2017\n\nThe tents are leftover relief tents. — Iron Spike (@Iron_Spike) April 28, 2017\n\n"
	for _, tt := range []struct {
		name, text string
		wantDay    bool // PageDay finds the page's day
		quoted     bool // "today" lies in a quotation
	}{
		{"a statement after saying:",
			tweets + "Fyre Festival staff posted an apology to the event’s web site, saying:\n\nWe are working to place everyone on complimentary charters back to Miami today; this process has commenced.",
			false, true},
		{"a colon after no verb of saying",
			tweets + "The plan, in short:\n\nOrganisers are working to place everyone on charters back to Miami today; this process has commenced.",
			true, false},
		{"a set-apart paragraph with its own quotation marks",
			tweets + "Organisers posted an update, saying:\n\nStaff said “we are sorry” and are working to fly everyone back to Miami today.",
			true, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, ref)
			_, ok := PageDay(&d, ref, time.Time{}, nil)
			quoted := false
			for _, te := range d.Times {
				if te.Text == "today" {
					_, quoted = spanAround(speechSpans(tt.text), te.Span)
				}
			}
			if diff := cmp.Diff([]bool{tt.wantDay, tt.quoted}, []bool{ok, quoted}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestQuotedStatementDays: a quoted day of a statement made before the
// page's day is not the page's. boris-johnson-icu 05 of round 30: the
// narration repeats the statement's "the course of this afternoon", so
// the statement is of the page's day; government-shutdown-2013 02: the
// narration puts the shutdown "early Tuesday", the story began the night
// before, and Bachmann's "today" stays undated. Controls: the day words
// repeated after other words; a plain "Tuesday" of the story's day.
func TestQuotedStatementDays(t *testing.T) {
	type got struct{ Text, Start, Unresolved string }
	for _, tt := range []struct {
		name, text, ref string
		want            []got
	}{
		{"the narration repeats the statement's day words",
			"A spokesperson said: “Over the course of this afternoon, the condition of the Prime Minister has worsened.”\n\nHe was moved to intensive care because his condition was seen to be worsening during the course of this afternoon.",
			"2020-04-06",
			[]got{{"this afternoon", "2020-04-06", ""}, {"this afternoon", "2020-04-06", ""}}},
		{"the day words after other words",
			"A spokesperson said: “Over the course of this afternoon, the condition of the Prime Minister has worsened.”\n\nHe was moved to intensive care this afternoon.",
			"2020-04-06",
			[]got{{"this afternoon", "", UnresolvedQuotedDay}, {"this afternoon", "2020-04-06", ""}}},
		{"a story that began the night before",
			"Lawmakers worked late into the night, and the law is being implemented Tuesday.\n\nGovernment operations halted early Tuesday.\n\n“I have gotten hundreds of phone calls to my office today, and people have said to keep fighting,” said Bachmann.",
			"2013-10-01",
			[]got{{"Tuesday", "2013-10-01", ""}, {"early Tuesday", "2013-10-01", ""}, {"today", "", UnresolvedQuotedDay}}},
		{"a story of its own day",
			"The law is being implemented Tuesday.\n\nGovernment operations halted Tuesday.\n\n“I have gotten hundreds of phone calls to my office today, and people have said to keep fighting,” said Bachmann.",
			"2013-10-01",
			[]got{{"Tuesday", "2013-10-01", ""}, {"Tuesday", "2013-10-01", ""}, {"today", "2013-10-01", ""}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, te := range timesOn(t, tt.text, tt.ref) {
				gots = append(gots, got{te.Text, dayOrNone(te.Start), te.Unresolved})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
