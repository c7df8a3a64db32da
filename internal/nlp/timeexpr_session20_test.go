package nlp

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSession20Times: the session-20 classes of spent rounds 34 and 35,
// each with controls. A day word glossed in brackets by its date in
// numbers is that date when one order of month and day fits (dana-air-
// crash 01's "on Sunday (06/03/2012)": 3 June 2012 was a Sunday;
// hayabusa2-return 02's quoted "Today (12/6)" on a page of 6 December
// 2020); a participle after "be" and an adverb is a passive, whose tense
// the verb before "be" gives (toys-r-us-liquidation 03: "are expected to
// begin this month and be mostly completed by the end of April" on 9
// March 2018 is April 2018).
func TestSession20Times(t *testing.T) {
	tests := []struct {
		name, text, expr string
		ref              time.Time
		want             string // first day, or the reason it is undated
	}{
		{"weekday glossed in numbers", "At least 153 people were killed after their plane crashed into a residential area of Lagos, on Sunday (06/03/2012).", "on Sunday",
			date(2012, 6, 10), "2012-06-03"},
		{"weekday glossed, page of unknown date", "At least 153 people were killed after their plane crashed into a residential area of Lagos, on Sunday (06/03/2012).", "on Sunday",
			time.Time{}, "2012-06-03"},
		{"control: a gloss no order fits dates nothing", "The plane crashed into a residential area of Lagos on Monday (06/03/2012).", "on Monday",
			date(2012, 6, 10), "2012-06-04"},
		{"quoted today glossed without its year", `"Today (12/6) at 08:03 JST, the helicopter carrying the capsule arrived at local headquarters," the mission said.`, "Today",
			date(2020, 12, 6), "2020-12-06"},
		{"control: a gloss far from the day counted dates nothing", `"Today (12/6) at 08:03 JST, the helicopter carrying the capsule arrived at local headquarters," the mission said.`, "Today",
			date(2020, 8, 1), UnresolvedQuotedDay},
		{"control: a score in brackets", "The team won on Sunday (12/6 in the second set) before a home crowd.", "on Sunday",
			date(2020, 12, 8), "2020-12-06"},
		{"passive with an adverb takes the tense before it", "The closures are expected to begin this month and be mostly completed by the end of April, the chief executive said.", "end of April",
			date(2018, 3, 9), "2018-04-01"},
		{"control: a past passive stays past", "The closures were mostly completed by the end of April, the chief executive said.", "end of April",
			date(2018, 3, 9), "2017-04-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, placedAt(tt.text, tt.expr, tt.ref)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.expr, diff)
			}
		})
	}
}

// placedAt is where the timeline puts the last expression expr of text
// read on ref: its first day, the reason it is undated, "relative" when
// its day counts from a page of unknown date, or "not found".
func placedAt(text, expr string, ref time.Time) string {
	d := Analyze(text, ref)
	got := "not found"
	for _, te := range d.Times {
		if te.Text != expr {
			continue
		}
		switch {
		case te.Unresolved != "":
			got = te.Unresolved
		case te.Resolved && (!te.Relative || !ref.IsZero()):
			got = te.Start.Format("2006-01-02")
		default:
			got = "relative"
		}
	}
	return got
}

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
}

// TestInferPageReference: the date a page of unknown date gives itself
// by its own words (shanghai-bund-stampede 03: "Beijing, January 2 – …
// at the start of 2015"; nadal-tenth-french-open 03: the title "La
// Decima for Nadal in one-sided Roland Garros 2017 final"), and the
// clues that disagree or look back, which give none.
func TestInferPageReference(t *testing.T) {
	const shanghai = "Beijing, January 2 – A stampede left at least 36 people killed, plunging China into mourning at the start of 2015.\nAs of Thursday afternoon, 36 people were reported killed."
	tests := []struct {
		name, title, text string
		want              string // "day 2015-01-02", "year 2017" or "none"
	}{
		{"dateline day and the year of the telling", "", shanghai, "day 2015-01-02"},
		{"the year of the telling alone", "", "A stampede left 36 people killed, plunging China into mourning at the start of 2015.", "year 2015"},
		{"control: two years of the telling", "", shanghai + " So far in 2014, two stampedes have killed 20.", "none"},
		{"control: a dateline outside the start of the year", "", "Beijing, March 2 – Mourners gathered, weeks after a stampede at the start of 2015.", "none"},
		{"control: a full date after the day", "", shanghai + " The inquiry reported on March 3, 2015.", "none"},
		{"title year", "La Decima for Nadal in one-sided Roland Garros 2017 final", "Nadal won a slam for the second time this year.", "year 2017"},
		{"control: a title of two years", "From 2008 to 2017: Nadal's ten titles", "Nadal won a slam for the second time this year.", "none"},
		{"control: a retrospective page", "Roland Garros 2007 final", "Ten years on, Nadal won a slam for the second time this year.", "none"},
		{"control: a later year written", "Roland Garros 2017 final", "Nadal will defend the title in 2018.", "none"},
		{"control: the title's year and another of the telling", "Roland Garros 2017 final", "Nadal has won twice so far in 2018.", "none"},
		{"a count of years to a thing named with its year", "", "Widodo was the main competitor of Prabowo as in the 2014 election campaign. Even after the election five years ago Prabowo had not acknowledged his loss.", "year 2019"},
		{"control: the thing named with two years", "", "As in the 2014 election and the 2009 election, Prabowo ran. Even after the election five years ago Prabowo had not acknowledged his loss.", "none"},
		{"control: a count without its thing's year", "", "Even after the election five years ago Prabowo had not acknowledged his loss.", "none"},
		{"control: a dateline day without a year", "Stampede in Shanghai", "Beijing, January 2 – As of Thursday afternoon, 36 people were reported killed.", "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, date(2016, 5, 1))
			got := "none"
			if r, ok := InferPageReference(tt.title, &d, date(2016, 5, 1)); ok {
				switch r.Granularity {
				case GranDay:
					got = "day " + r.Day.Format("2006-01-02")
				default:
					got = "year " + r.Day.Format("2006")
				}
				if r.Evidence == "" {
					t.Errorf("no evidence given for %s", got)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestInferPageReferenceUnknownStoryDate: a story none of whose pages is
// dated analyses them against no day; the dateline's month and day and
// a count's length are still read.
func TestInferPageReferenceUnknownStoryDate(t *testing.T) {
	const text = "Beijing, January 2 – A stampede left at least 36 people killed, plunging China into mourning at the start of 2015."
	d := Analyze(text, time.Time{})
	r, ok := InferPageReference("", &d, time.Time{})
	if diff := cmp.Diff("day 2015-01-02", fmt.Sprint(r.Granularity, " ", r.Day.Format("2006-01-02"))); !ok || diff != "" {
		t.Errorf("ok %v (-want +got):\n%s", ok, diff)
	}
}

// TestYearReferenceTimes: a year a page gives itself dates what counts
// whole years from the telling in its narration, not in a quotation
// (whose speaker's year the page does not tell), nor a weekday.
func TestYearReferenceTimes(t *testing.T) {
	const text = `Nadal won a slam for the second time this year. "I was hurt last year," he said on Sunday.`
	d := Analyze(text, date(2016, 5, 1))
	dy := Analyze(text, date(2017, 7, 1))
	times, dated := YearReferenceTimes(&d, &dy)
	var got []string
	for i, te := range times {
		if dated[i] {
			got = append(got, te.Text+" "+te.Start.Format("2006"))
		}
	}
	if diff := cmp.Diff([]string{"this year 2017"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
