package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestDeniedAndPassiveFrames checks the frames that report nothing their
// subject said (a denied cue, a negative subject), the quotation a
// passive subject undergoes (a charge's wording), and sources after
// "according to" that hold an abbreviation, a verb of their own or an
// indirect question.
func TestDeniedAndPassiveFrames(t *testing.T) {
	checkFrames(t, []frameCase{
		{"denied cue", "Governor Jay Nixon has not indicated that he will act on the bill.", nil},
		{"denied cue, never", "Ada Marlow never said that she would resign.", nil},
		{"denied cue, contraction", "Ada Marlow hasn't said that she would resign.", nil},
		{"negation inside what was said stays", "Ada Marlow said she did not know the man.",
			[]quoteFrame{{QuoteReported, "she did not know the man", "Ada Marlow", "said"}}},
		{"negative subject", "Neither Halvard Line nor Northwire has announced that prices will rise.", nil},
		{"negative word in another clause", "Neither Kasich nor Rubio has won a state and Ada Marlow suggested they should drop out.",
			[]quoteFrame{{QuoteReported, "they should drop out", "Ada Marlow", "suggested"}}},
		{"passive subject and a charge's words", `Mark Jones was charged with "conduct unbecoming an officer" after the crash.`,
			[]quoteFrame{{QuoteDirect, "conduct unbecoming an officer", "", ""}}},
		{"coordinated passive", `Mark Jones was arrested and charged with "reckless endangerment of a child" on Friday.`,
			[]quoteFrame{{QuoteDirect, "reckless endangerment of a child", "", ""}}},
		{"active subject keeps the words", `Mark Jones called the report "fake news from the start" on Monday.`,
			[]quoteFrame{{QuoteDirect, "fake news from the start", "Mark Jones", ""}}},
		{"passive in an embedded clause", `Ada Marlow thought the buzz was artificially nourished, a tribute to "the consummate skills of her husband."`,
			[]quoteFrame{{QuoteDirect, "the consummate skills of her husband.", "Ada Marlow", ""}}},
		{"according to an abbreviation", "Three cables have been damaged, according to the U.S. Geological Survey.",
			[]quoteFrame{{QuoteReported, "Three cables have been damaged", "the U.S. Geological Survey", "according to"}}},
		{"according to a title abbreviation", "The gunman began firing, according to police spokesperson Const. Tim Fanning. Others escaped.",
			[]quoteFrame{{QuoteReported, "The gunman began firing", "police spokesperson Const. Tim Fanning", "according to"}}},
		{"according to a web address", "Lohan checked in at the Betty Ford Center, according to TMZ. com.",
			[]quoteFrame{{QuoteReported, "Lohan checked in at the Betty Ford Center", "TMZ", "according to"}}},
		{"according to a source with its own verb", "The photo, according to local detractors depicts an abusive marriage, while supporters disagree.", nil},
		{"according to, a dash ends the source", "The plan would raise $1.1 trillion over a decade, according to the Tax Policy Center - half a point of the nation's output.",
			[]quoteFrame{{QuoteReported, "The plan would raise $1.1 trillion over a decade - half a point of the nation's output", "the Tax Policy Center", "according to"}}},
		{"according to, a spaced hyphen inside the source", "The Red Sox are making progress, according to a major - league source.",
			[]quoteFrame{{QuoteReported, "The Red Sox are making progress", "a major - league source", "according to"}}},
		{"according to a question", "The new software lets users sort photos according to who is in them or where they were taken.", nil},
		{"telling is a participle: the main clause's subject, or nobody nameable", "Her latest stay comes after Lohan hit a truck on Pacific Coast Highway on June 8, and then lied to police, telling them she was not driving.",
			[]quoteFrame{{QuoteReported, "she was not driving", "", "telling"}}},
		{"object pronoun after telling is the listener", "Ada Marlow lied to police, telling them she was not driving.",
			[]quoteFrame{{QuoteReported, "she was not driving", "Ada Marlow", "telling"}}},
		{"possessive after told is no listener", "Ada Marlow told her story to the court on Monday.", nil},
		{"pronoun with its auxiliary", "He'll contend that the movie will play longer in theaters.", nil},
	})
}

// quoteFrame is what a test expects of one quote the analysis finds.
type quoteFrame struct {
	Kind, Text, Speaker, Cue string
}

// frameCase is a text and every quote expected in it.
type frameCase struct {
	name string
	text string
	want []quoteFrame
}

// checkFrames analyses each case's text and compares all its quotes with
// the expected ones.
func checkFrames(t *testing.T, cases []frameCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, time.Time{})
			var gots []quoteFrame
			for _, q := range d.Quotes {
				gots = append(gots, quoteFrame{q.Kind, q.Text, q.Speaker, q.Cue})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("quotes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
