package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestFindTimes(t *testing.T) {
	// Monday 4 September 2023.
	ref := time.Date(2023, 9, 4, 21, 43, 0, 0, time.UTC)
	d := func(m time.Month, day int) string {
		return time.Date(2023, m, day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	type got struct {
		Text, Start, End, Gran string
		Weekday                int
	}
	tests := []struct {
		name string
		text string
		want []got
	}{
		{"past weekday", "Kim reportedly left Pyongyang Monday on his train.",
			[]got{{"Monday", d(9, 4), d(9, 5), GranDay, 1}}},
		{"past weekday night", "The train had left the capital on Sunday night.",
			[]got{{"on Sunday night", d(9, 3), d(9, 4), GranPart, 7}}},
		{"future weekday pair", "The summit would likely be held on Tuesday or Wednesday in Vladivostok.",
			[]got{{"on Tuesday or Wednesday", d(9, 5), d(9, 7), GranRange, 0}}},
		{"month day range", "The forum is scheduled to run Sept. 10 to 13, according to officials.",
			[]got{{"Sept. 10 to 13", d(9, 10), d(9, 14), GranRange, 0}}},
		// A full month name that begins with an abbreviation ("June",
		// "July", "March") is matched whole, so the year after it counts.
		{"day full-month year", "On 19 June 2008, a truce was reached.",
			[]got{{"19 June 2008", "2008-06-19", "2008-06-20", GranDay, 4}}},
		{"day full-month year, March", "The strike began on 3 March 2008, officials said.",
			[]got{{"3 March 2008", "2008-03-03", "2008-03-04", GranDay, 1}}},
		// A month name ends a word: a count before a word that begins
		// with one is no date.
		{"abbreviation inside a word", "The U.S. service members included at least 11 Marines and a Navy medic, and 3 Junior officers.", nil},
		{"abbreviation with its period", "The talks ended on 1 Sept. after a week.",
			[]got{{"1 Sept.", d(9, 1), d(9, 2), GranDay, 5}}},
		{"between", "The forum takes place between September 10 and 13.",
			[]got{{"between September 10 and 13", d(9, 10), d(9, 14), GranRange, 0}}},
		{"month year", "Kim last visited in April 2019 for a summit.",
			[]got{{"April 2019", "2019-04-01", "2019-05-01", GranMonth, 0}}},
		{"bare month past", "Shoigu visited in July.",
			[]got{{"in July", d(7, 1), d(8, 1), GranMonth, 0}}},
		{"year", "the annexation of parts of Ukraine in 2022.",
			[]got{{"in 2022", "2022-01-01", "2023-01-01", GranYear, 0}}},
		{"relative", "The Kremlin declared last week that it will act this week and next month.",
			[]got{{"last week", d(8, 28), d(9, 4), GranWeek, 0}, {"this week", d(9, 4), d(9, 11), GranWeek, 0}, {"next month", d(10, 1), d(11, 1), GranMonth, 0}}},
		{"end of last month", "At the end of last month, they issued a statement.",
			[]got{{"At the end of last month", d(8, 21), d(9, 1), GranRange, 0}}},
		{"this morning", "An earthquake struck this morning.",
			[]got{{"this morning", d(9, 4), d(9, 5), GranPart, 1}}},
		{"last summer", "He was murdered last summer.",
			[]got{{"last summer", "2022-06-21", "2022-09-22", GranRange, 0}}}, // it is still summer on 4 September
		{"ago", "The deal was signed two weeks ago and the plan three days ago.",
			[]got{{"two weeks ago", d(8, 18), d(8, 25), GranWeek, 0}, {"three days ago", d(9, 1), d(9, 2), GranDay, 0}}},
		// A two-word count is one number, not its last word.
		{"ago, compound", "Twenty-two years ago he paid no tax; twenty two days ago he said so.",
			[]got{{"Twenty-two years ago", "2001-01-01", "2002-01-01", GranYear, 0}, {"twenty two days ago", d(8, 13), d(8, 14), GranDay, 0}}},
		{"year range", "He served in Korea in 1950-53 and in 1939 to 1945.",
			[]got{{"in 1950-53", "1950-01-01", "1954-01-01", GranRange, 0}, {"in 1939 to 1945", "1939-01-01", "1946-01-01", GranRange, 0}}},
		{"year range between", "Prices rose between 2001 and 2003.",
			[]got{{"between 2001 and 2003", "2001-01-01", "2004-01-01", GranRange, 0}}},
		{"two years are no range", "It flooded in 2008 and 2009.",
			[]got{{"in 2008", "2008-01-01", "2009-01-01", GranYear, 0}}},
		{"decade", "The plant was built in the 1990s.",
			[]got{{"in the 1990s", "1990-01-01", "2000-01-01", GranRange, 0}}},
		{"touching decades", "She starred in musicals of the 1940s and 1950s.",
			[]got{{"of the 1940s and 1950s", "1940-01-01", "1960-01-01", GranRange, 0}}},
		{"year before a noun", "It was her second time, after hosting the 2007 ceremony.",
			[]got{{"the 2007 ceremony", "2007-01-01", "2008-01-01", GranYear, 0}}},
		{"year before a plural counts", "He won the 2000 votes he needed.", nil},
		{"month without tense is the nearest", "The new phone is part of a line-up for the shops in February.",
			[]got{{"in February", "2024-02-01", "2024-03-01", GranMonth, 0}}},
		{"month range", "The strike lasted from January to March 2009.",
			[]got{{"from January to March 2009", "2009-01-01", "2009-04-01", GranRange, 0}}},
		{"iso date is no year range", "Filed on 2006-04-28 by the clerk.",
			[]got{{"2006-04-28", "2006-04-28", "2006-04-29", GranDay, 5}}},
		{"fronted weekday in a future clause", "On Tuesday, the vote will be held in the capital.",
			[]got{{"On Tuesday", d(9, 5), d(9, 6), GranDay, 2}}},
		{"fronted weekday in a past clause", "On Sunday morning, rescuers found the wreck.",
			[]got{{"On Sunday morning", d(9, 3), d(9, 4), GranPart, 7}}},
		{"plan told in the past", "A filing was expected on Saturday morning.",
			[]got{{"on Saturday morning", d(9, 9), d(9, 10), GranPart, 6}}},
		{"reported future", "Officials said they will vote on Friday.",
			[]got{{"on Friday", d(9, 8), d(9, 9), GranDay, 5}}},
		{"heading into a game", "McDermott has 2,129 points heading into Saturday's semifinals.",
			[]got{{"Saturday's semifinals", d(9, 9), d(9, 10), GranDay, 6}}},
		{"schedule in the simple present", "Creighton plays Saturday against Drake.",
			[]got{{"Saturday", d(9, 9), d(9, 10), GranDay, 6}}},
		{"infinitive of a plan", "The bill is to be voted on Thursday.",
			[]got{{"on Thursday", d(9, 7), d(9, 8), GranDay, 4}}},
		{"to as a preposition", "He was sentenced to death on Thursday.",
			[]got{{"on Thursday", d(8, 31), d(9, 1), GranDay, 4}}},
		{"hit by a day's quake", "The town was hit by Sunday's quake.",
			[]got{{"Sunday's quake", d(9, 3), d(9, 4), GranDay, 7}}},
		// A day without its year takes the direction of its clause's
		// tense: the last one told in the past, the next one ahead.
		{"month day in a past clause", "He was arrested on Jan. 14.",
			[]got{{"Jan. 14", "2023-01-14", "2023-01-15", GranDay, 6}}},
		{"month day in a future clause", "The trial begins Jan. 14.",
			[]got{{"Jan. 14", "2024-01-14", "2024-01-15", GranDay, 7}}},
		{"month day in a present placing clause", "He said the deadline is Jan. 14.",
			[]got{{"Jan. 14", "2024-01-14", "2024-01-15", GranDay, 7}}},
		{"capitalised May is the month, no modal", "He spoke on May 3 and June 5.",
			[]got{{"May 3", "2023-05-03", "2023-05-04", GranDay, 3}, {"June 5", "2023-06-05", "2023-06-06", GranDay, 1}}},
		{"present copula before a day", "The game is Sunday.",
			[]got{{"Sunday", d(9, 10), d(9, 11), GranDay, 7}}},
		{"present copula and preposition", "It is not certain what their status is for Saturday.",
			[]got{{"Saturday", d(9, 9), d(9, 10), GranDay, 6}}},
		{"plural schedule", "The Bluejays play Saturday against Drake.",
			[]got{{"Saturday", d(9, 9), d(9, 10), GranDay, 6}}},
		{"plural schedule negated in the past", "The Bluejays did not play Saturday.",
			[]got{{"Saturday", d(9, 2), d(9, 3), GranDay, 6}}},
		{"the noun of a schedule verb", "During the visit Saturday, Obama will speak.",
			[]got{{"Saturday", d(9, 9), d(9, 10), GranDay, 6}}},
		{"modal perfect is past", "The fire on Sunday may have been set deliberately.",
			[]got{{"on Sunday", d(9, 3), d(9, 4), GranDay, 7}}},
		{"verb of saying right before a day", "Obama says Friday that he will veto the bill.",
			[]got{{"Friday", d(9, 1), d(9, 2), GranDay, 5}}},
		{"saying put ahead", "Obama will say Friday that he will veto the bill.",
			[]got{{"Friday", d(9, 8), d(9, 9), GranDay, 5}}},
		{"due to as a cause", "The match was cancelled due to heavy rain on Sunday.",
			[]got{{"on Sunday", d(9, 3), d(9, 4), GranDay, 7}}},
		{"due after be", "The vote is due to take place on Sunday.",
			[]got{{"on Sunday", d(9, 10), d(9, 11), GranDay, 7}}},
		{"soon after", "Soon after the quake on Sunday morning, rescuers arrived.",
			[]got{{"on Sunday morning", d(9, 3), d(9, 4), GranPart, 7}}},
		{"relative clause after a fronted day", "On Sunday, the president, who will step down next month, signed the law.",
			[]got{{"On Sunday", d(9, 3), d(9, 4), GranDay, 7}, {"next month", d(10, 1), d(11, 1), GranMonth, 0}}},
		{"restrictive relative clause after a fronted day", "On Sunday, the man who will lead the team arrived.",
			[]got{{"On Sunday", d(9, 3), d(9, 4), GranDay, 7}}},
		{"relative clause, then the main clause's future", "On Sunday, the man who was arrested will appear in court.",
			[]got{{"On Sunday", d(9, 10), d(9, 11), GranDay, 7}}},
		{"bound before a possessive", "Leaders met ahead of next month's election in Turkey.",
			[]got{{"next month's election", d(10, 1), d(11, 1), GranMonth, 0}}},
		{"range across months", "Registration will run from October 26 to November 20.",
			[]got{{"from October 26 to November 20", d(10, 26), d(11, 21), GranRange, 0}}},
		{"range across the year's end", "Talks ran from December 28 to January 3, 2023.",
			[]got{{"from December 28 to January 3, 2023", "2022-12-28", "2023-01-04", GranRange, 0}}},
		{"dateline", "Monday, 4 September 2023, 21:43",
			[]got{{"Monday, 4 September 2023", d(9, 4), d(9, 5), GranDay, 1}}},
		{"weekday with a far date", "It is televised live on Sunday, February 22, 2009.",
			[]got{{"on Sunday, February 22, 2009", "2009-02-22", "2009-02-23", GranDay, 7}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
			var gots []got
			for _, te := range FindTimes(&doc, ref) {
				if !te.Resolved {
					t.Errorf("%q not resolved", te.Text)
				}
				gots = append(gots, got{te.Text, te.Start.Format("2006-01-02"), te.End.Format("2006-01-02"), te.Granularity, te.Weekday})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("FindTimes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateline(t *testing.T) {
	text := "PORT ARDLOW, March 10 (Northwire) - The ship ran aground on Monday.\nWASHINGTON, Sept. 4 — Talks end on Sept. 9."
	d := Doc{Text: text, Sentences: SplitSentences(text)}
	var got []string
	for _, te := range FindTimes(&d, time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)) {
		if te.Dateline {
			got = append(got, te.Text)
		}
	}
	if diff := cmp.Diff([]string{"March 10", "Sept. 4"}, got); diff != "" {
		t.Errorf("dateline dates (-want +got):\n%s", diff)
	}
}

func TestFindTimesWithoutReference(t *testing.T) {
	text := "He left on Sunday night; the forum ends on September 13, 2023."
	doc := Doc{Text: text, Sentences: SplitSentences(text)}
	got := FindTimes(&doc, time.Time{})
	if len(got) != 2 {
		t.Fatalf("got %d expressions, want 2: %+v", len(got), got)
	}
	if got[0].Resolved || got[0].Weekday != 7 || got[0].PartOfDay != "night" {
		t.Errorf("Sunday night without reference: %+v", got[0])
	}
	if !got[1].Resolved || got[1].Start.Format("2006-01-02") != "2023-09-13" {
		t.Errorf("an explicit date resolves without reference: %+v", got[1])
	}
}

func TestOpenIntervals(t *testing.T) {
	ref := time.Date(2023, 9, 4, 21, 43, 0, 0, time.UTC) // a Monday
	type got struct{ Text, Open, Start, End string }
	for _, tt := range []struct {
		text string
		want []got
	}{
		{"Prices have doubled since 1995.", []got{{"since 1995", OpenAfter, "1995-01-01", ""}}},
		{"It was rebuilt after 1995.", []got{{"after 1995", OpenAfter, "1996-01-01", ""}}},
		{"The town was founded before 1900.", []got{{"before 1900", OpenBefore, "", "1900-01-01"}}},
		{"The forum will run until September 13.", []got{{"until September 13", OpenBefore, "", "2023-09-14"}}},
		{"No one has seen him since Tuesday.", []got{{"since Tuesday", OpenAfter, "2023-08-29", ""}}},
		{"Talks resume after the 1990s ended.", []got{{"after the 1990s", OpenAfter, "2000-01-01", ""}}},
		{"The road stays closed prior to March 2024.", []got{{"prior to March 2024", OpenBefore, "", "2024-03-01"}}},
	} {
		doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
		var gots []got
		for _, te := range FindTimes(&doc, ref) {
			if te.Resolved {
				t.Errorf("%q: open interval %q marked resolved", tt.text, te.Text)
			}
			gots = append(gots, got{te.Text, te.Open, dayOrNone(te.Start), dayOrNone(te.End)})
		}
		if diff := cmp.Diff(tt.want, gots); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestYearNamingThing checks that a bound word before a year naming one
// of a recurring thing ("before the 2016 election") bounds the thing, not
// the year: the expression stays the thing's year, closed, and takes in
// the thing's name, while a bare year is still bounded at its ends.
func TestYearNamingThing(t *testing.T) {
	ref := time.Date(2024, 5, 31, 12, 0, 0, 0, time.UTC)
	type got struct {
		Text, Open, Start, End string
		Resolved               bool
	}
	for _, tt := range []struct {
		text string
		want []got
	}{
		{"The payment was made before the 2016 election.",
			[]got{{"the 2016 election", "", "2016-01-01", "2017-01-01", true}}},
		{"He hid it before and after the 2016 presidential election.",
			[]got{{"the 2016 presidential election", "", "2016-01-01", "2017-01-01", true}}},
		{"Rents rose after the 2008 crash was over.",
			[]got{{"the 2008 crash", "", "2008-01-01", "2009-01-01", true}}},
		{"The payment was made before 2016.",
			[]got{{"before 2016", OpenBefore, "", "2016-01-01", false}}},
		{"Rents rose after 2008 across the state.",
			[]got{{"after 2008", OpenAfter, "2009-01-01", "", false}}},
	} {
		doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
		var gots []got
		for _, te := range FindTimes(&doc, ref) {
			gots = append(gots, got{te.Text, te.Open, dayOrNone(te.Start), dayOrNone(te.End), te.Resolved})
		}
		if diff := cmp.Diff(tt.want, gots); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestUnresolvedReasons(t *testing.T) {
	text := "He left on Tuesday. The forum opens on March 3. It ended in 2009."
	doc := Doc{Text: text, Sentences: SplitSentences(text)}
	got := FindTimes(&doc, time.Time{})
	want := []string{UnresolvedNoDate, UnresolvedNoYear, ""}
	if len(got) != len(want) {
		t.Fatalf("got %d expressions, want %d: %+v", len(got), len(want), got)
	}
	for i, te := range got {
		if te.Unresolved != want[i] || te.Resolved != (want[i] == "") {
			t.Errorf("%q: unresolved %q resolved %v, want %q", te.Text, te.Unresolved, te.Resolved, want[i])
		}
	}
	// With a reference date, a day without its year is resolved and
	// says that its year came from that date.
	got = FindTimes(&doc, time.Date(2023, 9, 4, 0, 0, 0, 0, time.UTC))
	if !got[1].Resolved || !got[1].RefYear || got[2].RefYear {
		t.Errorf("RefYear: %+v", got)
	}
}

// On a Sunday, the week's last day, "this week" ahead is the one that
// starts; told in the past, the one that ends.
func TestThisWeekOnSunday(t *testing.T) {
	ref := time.Date(2023, 9, 3, 10, 0, 0, 0, time.UTC) // a Sunday
	for _, tt := range []struct{ text, start, end string }{
		{"Congress returns this week.", "2023-09-04", "2023-09-11"},
		{"Congress will vote this week.", "2023-09-04", "2023-09-11"},
		{"He said this week that he would resign.", "2023-08-28", "2023-09-04"},
		{"Prices fell earlier this week.", "2023-08-28", "2023-09-03"},
	} {
		doc := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
		got := FindTimes(&doc, ref)
		if len(got) != 1 {
			t.Fatalf("%q: got %d expressions: %+v", tt.text, len(got), got)
		}
		if s, e := got[0].Start.Format("2006-01-02"), got[0].End.Format("2006-01-02"); s != tt.start || e != tt.end {
			t.Errorf("%q: %q = %s..%s, want %s..%s", tt.text, got[0].Text, s, e, tt.start, tt.end)
		}
	}
}
