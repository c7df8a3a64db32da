package nlp

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSession18SpeakerClasses checks the quote and speaker classes
// judged wrong in spent rounds 25-28 (BENCHMARKS "2026-12-18 session
// 18: quotes and speakers"). Sentences written in the shapes of the
// judged ones, with controls; every quote of the text.
func TestSession18SpeakerClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a time zone is nobody", "“His Majesty has passed away peacefully,” the palace said, adding he died at 15:52 (0852 GMT).",
			[]quoteFrame{
				{QuoteDirect, "His Majesty has passed away peacefully,", "", "said"},
				{QuoteReported, "he died at 15:52 (0852 GMT)", "", "adding"},
			}},
		{"control: an abbreviated organisation", "“The port is closed for now,” NATO said.",
			[]quoteFrame{{QuoteDirect, "The port is closed for now,", "NATO", "said"}}},
		{"a cited title with no cue", "Congresswoman Jo Hart was hosting “Congress on your Corner” at a grocery store, Hart was shot in the head and is in critical condition.",
			[]quoteFrame{{QuoteDirect, "Congress on your Corner", "", ""}}},
		{"control: words with no cue", "Congresswoman Jo Hart was hosting “a chat with neighbours” at a grocery store, Hart was shot in the head and is in critical condition.",
			[]quoteFrame{{QuoteDirect, "a chat with neighbours", "Congresswoman Jo Hart", ""}}},
		{"a crowd's chant", "Mayor Jo Hart left the stage as the crowd chanted “Four more years! Four more years!”",
			[]quoteFrame{{QuoteDirect, "Four more years! Four more years!", "", "chanted"}}},
		{"X quoted Y, a role, as saying", "The Courier quoted Ada Bello, a leading figure in the harbour union as saying, “The port was never safe.”",
			[]quoteFrame{{QuoteDirect, "The port was never safe.", "", "saying"}}},
		{"X reported Y as saying", "In Kessary 200 are feared dead.\n\nThe Courier reported the Red Cross as saying, “The situation is very bad.”",
			[]quoteFrame{{QuoteDirect, "The situation is very bad.", "Red Cross", "saying"}}},
		{"control: a passive's agent relays", "Earlier, the Russian Ministry of Emergency Situations was cited by the Courier as saying that Jo Hart “was listed among the passengers.”",
			[]quoteFrame{
				{QuoteDirect, "was listed among the passengers.", "Ministry of Emergency Situations", "saying"},
				{QuoteReported, "Jo Hart “was listed among the passengers.”", "Ministry of Emergency Situations", "saying"},
			}},
		{"control: the subject says it", "The Courier reported, “The situation is very bad.”",
			[]quoteFrame{{QuoteDirect, "The situation is very bad.", "Courier", "reported"}}},
		{"a name in s with a bare apostrophe owns the subject", "Actor Jo Williams has died.\n\nWilliams’ wife, Ada Bello, also issued a statement, saying, “This morning, I lost my husband.”",
			[]quoteFrame{{QuoteDirect, "This morning, I lost my husband.", "", "saying"}}},
		{"control: the name is the subject", "Actor Jo Williams has died.\n\nWilliams also issued a statement, saying, “This morning, I lost my friend.”",
			[]quoteFrame{{QuoteDirect, "This morning, I lost my friend.", "Actor Jo Williams", "saying"}}},
		{"a subordinator opens the cue's clause", "A harbour man was charged with murder after police said the car he was driving “at a high rate of speed” hit a crowd.",
			[]quoteFrame{
				{QuoteDirect, "at a high rate of speed", "police", "said"},
				{QuoteReported, "the car he was driving “at a high rate of speed” hit a crowd", "police", "said"},
			}},
		{"a chant is nobody's statement", "The Courier reported that protesters chanted, “Open the port!”",
			[]quoteFrame{
				{QuoteDirect, "Open the port!", "", "chanted"},
				{QuoteReported, "protesters chanted, “Open the port!”", "Courier", "reported"},
			}},
		{"control: a shout is the shouter's", "The crowd waited. Mayor Jo Hart shouted, “Open the port!”",
			[]quoteFrame{{QuoteDirect, "Open the port!", "Jo Hart", "shouted"}}},
		{"control: as is a preposition", "Mayor Jo Hart described the fire as an “immense tragedy.”",
			[]quoteFrame{{QuoteDirect, "immense tragedy.", "Jo Hart", ""}}},
		{"a cue before a colon presents what follows", "Tributes have poured in from around the world, with Mayor Jo Hart saying:\n\n“She was the heart of this town.”",
			[]quoteFrame{{QuoteDirect, "She was the heart of this town.", "", ""}}},
		{"control: a closing attribution", "Tributes have poured in from around the world, Mayor Jo Hart said.",
			[]quoteFrame{{QuoteReported, "Tributes have poured in from around the world", "Jo Hart", "said"}}},
	})
}

// TestLabelDescriptionUncertain checks that a description set as a
// label over words in marks with no verb of saying (a sub-head "The
// former mayor: ‘…’") is an uncertain speaker, while a cue keeps it
// confident.
func TestLabelDescriptionUncertain(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a label line resolved to a name", "Former mayor Jo Hart lost the vote.\n\nThe former mayor: ‘Illegal invasions’", "Jo Hart uncertain=yes"},
		{"a label line", "Protesters stormed the harbour office.\n\nThe former mayor: ‘Illegal invasions’\n\nThe police made no arrests.", "former mayor uncertain=yes"},
		{"control: a description with a cue", "Protesters stormed the harbour office.\n\nThe former mayor said: ‘Illegal invasions’\n\nThe police made no arrests.", "former mayor uncertain=no"},
	} {
		d := Analyze(tc.text, time.Time{})
		var got []string
		for _, q := range d.Quotes {
			if q.Direct {
				got = append(got, q.Speaker+" uncertain="+boolWord(q.SpeakerUncertain != ""))
			}
		}
		if diff := cmp.Diff([]string{tc.want}, got); diff != "" {
			t.Errorf("%s: speakers (-want +got):\n%s", tc.name, diff)
		}
	}
}

func boolWord(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// TestSubordinateClauseStart checks where the clause of a cue at the
// end of each text opens: after a subordinator or "that" with its
// subject, not after "as", and not before a pronoun, which stands for
// someone of the clause before.
func TestSubordinateClauseStart(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"An Ohio man was charged with murder after police", "police"},
		{"The Courier reported that protesters", "The Courier reported that protesters"},
		{"Lebanon's council called it a mistake while the Hezbollah militant group", "the Hezbollah militant group"},
		{"Ray Bello, who led the campaign because he", "Ray Bello, who led the campaign because he"},
		{"Mayor Jo Hart described the fire as an", "Mayor Jo Hart described the fire as an"},
		{"The storm hit the coast after a long day of rain and wind", "The storm hit the coast after a long day of rain and wind"},
	} {
		got := strings.TrimSpace(tc.text[subordinateClauseStart(tc.text, 0, len(tc.text)):])
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: clause (-want +got):\n%s", tc.text, diff)
		}
	}
}
