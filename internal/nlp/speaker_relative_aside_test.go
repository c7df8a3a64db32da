package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRelativeAsideSpeaker checks that a quotation a relative clause set
// off by a comma reports is said by the phrase the relative pronoun
// stands for, not by the main clause's subject, with controls.
func TestRelativeAsideSpeaker(t *testing.T) {
	checkFrames(t, []frameCase{
		{"the name before the comma, not the main clause's subject", "Mr Smith criticised Pfizer, which said on Monday that its vaccine was “more than 90 percent effective”.",
			[]quoteFrame{{QuoteDirect, "more than 90 percent effective", "Pfizer", "said"}, {QuoteReported, "its vaccine was “more than 90 percent effective”", "Pfizer", "said"}}},
		{"a speaker's phrase before the comma", "The ministry, which said last month that “no deal is possible”, reversed course on Friday.",
			[]quoteFrame{{QuoteDirect, "no deal is possible", "The ministry", "said"}}},
		{"control: a restrictive relative clause in the subject", "Ilse Marr said the way the company treated women who complained was “appalling”.",
			[]quoteFrame{{QuoteReported, "the way the company treated women who complained was “appalling”", "Ilse Marr", "said"}}},
	})
}

// TestRiteNameQuote checks that quoted words naming a rite or an event
// (after a verb of holding one, or before a noun of one) are not shown
// as the sentence subject's words with confidence; a quotation after a
// verb of saying stays the speaker's.
func TestRiteNameQuote(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       map[string]string
	}{
		{"the object of a verb of holding a rite", "The pope celebrated the “Missa pro eligendo Romano Pontifice” in St Peter’s Basilica on Wednesday morning.",
			map[string]string{"Missa pro eligendo Romano Pontifice": "pope?"}},
		{"a rite's name before its noun", "The Pope performed the traditional “washing of the feet” ritual at a Rome prison.",
			map[string]string{"washing of the feet": "Pope?"}},
		{"control: words after a verb of saying", "The pope said the cardinals must “serve the poor and the forgotten” in the years ahead.",
			map[string]string{"serve the poor and the forgotten": "pope"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, shownSpeakers(tt.text, tt.want)); diff != "" {
				t.Errorf("speakers mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
