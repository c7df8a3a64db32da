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
		{"until date", "The forum will run until September 13.",
			[]got{{"September 13", d(9, 13), d(9, 14), GranDay, 3}}},
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
