package nlp

import (
	"testing"
	"time"
)

// TestPageDay: the day a page of unknown date gives as its own, from
// round 21's pages (spent: us-cuba-thaw 03, mayfield-tornado 05,
// thomas-cook-collapse 03 and 06, kipchoge-sub-two-marathon 01), and
// controls where the text's dates disagree or the narration counts
// from another day.
func TestPageDay(t *testing.T) {
	// The day of a story, borrowed by its undated pages.
	ref := time.Date(2020, 1, 1, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, text, want string
		ref              time.Time
	}{
		{"a caption's date with its weekday",
			"Alan Gross, waves as he and his wife Judy leave following his statement at his lawyer's office in Washington, Wednesday, Dec. 17, 2014. Gross was released from Cuba after 5 years in a Cuban prison.\nWASHINGTON (AP) -- After a half-century of Cold War acrimony, the United States and Cuba moved on Wednesday to restore diplomatic relations.",
			"2014-12-17", time.Time{}},
		{"captions of one weekend: the latest",
			"This combination of satellite images shows the candle factory in Mayfield, Ky., on Jan. 28, 2017, top, and below on Saturday, Dec. 11, 2021, after a tornado caused heavy damage in the area.\nSam Willett helps to salvage items from a friends' home Sunday, Dec. 12, 2021, in Mayfield, Ky.\nGov. Andy Beshear initially said Saturday that only 40 of the 110 people working in the factory at the time were rescued. But on Sunday, the candle company said that while eight were confirmed dead and eight remained missing, more than 90 others had been located.",
			"2021-12-12", time.Time{}},
		{"captions of one weekend, read against the Saturday",
			"This combination of satellite images shows the candle factory in Mayfield, Ky., on Jan. 28, 2017, top, and below on Saturday, Dec. 11, 2021, after a tornado caused heavy damage in the area.\nSam Willett helps to salvage items from a friends' home Sunday, Dec. 12, 2021, in Mayfield, Ky.\nGov. Andy Beshear initially said Saturday that only 40 of the 110 people working in the factory at the time were rescued. But on Sunday, the candle company said that while eight were confirmed dead and eight remained missing, more than 90 others had been located.",
			"2021-12-12", time.Date(2021, 12, 11, 0, 0, 0, 0, time.UTC)},
		{"an update stamp",
			"Thomas Cook ceased trading in the early hours of Monday morning after failing to secure a last-ditch rescue deal.\nAlso affected were a host of future holidaymakers. ITV Report. updated the 23rd September 2019",
			"2019-09-23", time.Time{}},
		{"a stamp on its own line",
			"CAA now launches biggest repatriation operation to bring them home\nLast updated 23rd Sep 2019\nThe first of the flights were scheduled to arrive tonight (Monday) at Belfast International Airport.",
			"2019-09-23", time.Time{}},
		{"a date written twice",
			"Eliud Kipchoge runs flanked by pacesetters during the INEOS 1:59 Challenge at Prater Park in Vienna, Austria on October 12, 2019.\nWorking with 41 pacemakers in a race that kicked off at 9.15 this morning, Kipchoge crossed the tape with 20 seconds to spare.\n- Eliud Kipchoge (@EliudKipchoge) October 12, 2019",
			"2019-10-12", time.Time{}},
		{"a weekday that is not the date's",
			"Supporters gather in Washington, Tuesday, Dec. 17, 2014.\nCuba moved on Tuesday to restore diplomatic relations.",
			"", time.Time{}},
		{"a date written once without its weekday",
			"The deal was signed on Dec. 17, 2014.\nOfficials said on Wednesday the talks went well.",
			"", time.Time{}},
		{"candidates far apart disagree",
			"Rescuers search the rubble, Sunday, Dec. 12, 2021.\nA memorial in Mayfield, Ky., Saturday, Dec. 10, 2022.\nThe town gathered on Saturday to remember.",
			"", time.Time{}},
		{"a later date in the text",
			"Rescuers search the rubble, Sunday, Dec. 12, 2021.\nThe factory reopened on March 3, 2022. On Sunday, the company spoke.",
			"", time.Time{}},
		{"the narration names another weekday",
			"Rescuers search the rubble, Sunday, Dec. 12, 2021.\nThe governor spoke on Tuesday.",
			"", time.Time{}},
		{"the narration names no day of its own",
			"Rescuers search the rubble, Sunday, Dec. 12, 2021.\nThe governor spoke about the storm.",
			"", time.Time{}},
		{"the day named only inside a quotation",
			"Rescuers search the rubble, Sunday, Dec. 12, 2021.\n“We found two more on Sunday,” the governor said.",
			"", time.Time{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := ref
			if !tt.ref.IsZero() {
				r = tt.ref
			}
			d := Analyze(tt.text, r)
			day, ok := PageDay(&d, r, time.Time{}, nil)
			got := ""
			if ok {
				got = day.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("PageDay = %q, want %q", got, tt.want)
			}
		})
	}
}
