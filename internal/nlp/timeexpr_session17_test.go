package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestNumericDates: a date written in numbers with slashes ("12/21/12")
// is read when only one order of month and day fits, or the weekday
// before it agrees with only one (round 24, gangnam-style 01: "a billion
// views on Friday, 12/21/12"). Controls: an order the numbers leave open
// and no weekday tells, a weekday that fits neither order, a path, and
// two numbers with no year stay unread.
func TestNumericDates(t *testing.T) {
	type got struct{ Text, Start string }
	for _, tt := range []struct {
		name, ref, text string
		want            []got
	}{
		{"round 24: weekday and month first, no page date", "",
			`The video on YouTube has reached a billion views on Friday, 12/21/12!!`,
			[]got{{"Friday, 12/21/12", "2012-12-21"}}},
		{"day first, four-digit year", "2015-03-20",
			`The order was signed on 21/12/2014 in Brussels.`,
			[]got{{"21/12/2014", "2014-12-21"}}},
		{"both orders fit, the weekday tells", "",
			`The match was moved to Monday, 3/4/17 after the storm.`,
			[]got{{"Monday, 3/4/17", "2017-04-03"}}},
		{"control: both orders fit, no weekday", "",
			`The match was moved to 3/4/17 after the storm.`,
			nil},
		{"control: the weekday fits neither order", "",
			`The video reached a billion views on Thursday, 12/21/12.`,
			[]got{{"on Thursday", ""}}},
		{"control: a path", "",
			`The file is at /2012/12/21/ on the server.`,
			nil},
		{"control: no year", "2012-12-22",
			`The service runs 24/7 and the score was 12/21.`,
			nil},
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

// TestAttributionPartOfDay: a quotation's attribution that names a part
// of a day ("said Sunday evening") dates the quotation's words as one
// that names the day does (round 25, bin-laden-killing 03: "Tonight I
// can announce …," President Obama said Sunday evening, on a page of the
// next day). A day word after an indefinite article ("a tomorrow") is a
// noun and counts no day, quoted or not. Controls: with no day in the
// attribution the quoted "Tonight" stays undated; "tomorrow" with no
// article is dated.
func TestAttributionPartOfDay(t *testing.T) {
	type got struct{ Text, Start, Unresolved string }
	for _, tt := range []struct {
		name, ref, text string
		want            []got
	}{
		{"round 25: said Sunday evening", "2011-05-02",
			`"Tonight I can tell the nation that our forces have finished the operation," the president said Sunday evening in an address from the White House.`,
			[]got{{"Tonight", "2011-05-01", ""}, {"Sunday evening", "2011-05-01", ""}}},
		{"control: no day in the attribution", "2011-05-02",
			`"Tonight I can tell the nation that our forces have finished the operation," the president said in an address from the White House.`,
			[]got{{"Tonight", "", UnresolvedQuotedDay}}},
		{"a tomorrow is a noun", "2016-04-27",
			`"Picture a tomorrow where every child can see a doctor," the senator said Tuesday night.`,
			[]got{{"tomorrow", "", UnresolvedGeneric}, {"Tuesday night", "2016-04-26", ""}}},
		{"control: tomorrow with no article", "2016-04-27",
			`The senator will see a doctor tomorrow, her office said.`,
			[]got{{"tomorrow", "2016-04-28", ""}}},
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

// TestLaterPageDay: a page given one day whose text, or a caption the
// extractor kept out of it, writes a later day as past or present is of
// that later day, and its "today" and "yesterday" count from it (round
// 25, norway-attacks 03: given 22 July by its address, a caption of
// people laying flowers "on July 23, 2011", and "The Oslo blast
// yesterday"). Controls: a later day in a clause that looks ahead, one
// more than maxPageDaySpread days on, a later day the narration does not
// count from, and a page that writes no later day keep the given date.
func TestLaterPageDay(t *testing.T) {
	given := time.Date(2011, 7, 22, 0, 0, 0, 0, time.UTC)
	const text = "A man was arrested in the attacks, police said in the capital today. The blast yesterday shattered windows at the ministry."
	caption := []string{"Mourners lay flowers in the city centre on July 23, 2011 to remember the victims."}
	for _, tt := range []struct {
		name, text string
		dropped    []string
		want       string
	}{
		{"round 25: a caption of the next day", text, caption, "2011-07-23"},
		{"the next day in the text", text + " Mourners laid flowers in the city centre on July 23, 2011.", nil, "2011-07-23"},
		{"control: no later day", text, nil, ""},
		{"control: a later day ahead", text + " The funeral will take place on July 23, 2011.", nil, ""},
		{"control: too far on", text + " Mourners laid flowers in the city centre on July 27, 2011.", nil, ""},
		{"control: the narration counts from no day of its own", "A man was arrested in the attacks. Mourners laid flowers in the city centre on July 23, 2011.", nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, given)
			day, ok := LaterPageDay(&d, given, tt.dropped)
			got := ""
			if ok {
				got = day.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("LaterPageDay = %q, want %q", got, tt.want)
			}
		})
	}
}
