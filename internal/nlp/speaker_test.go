package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestReportedSpeakers checks that reported speech is credited to the head
// of the phrase naming its speaker, with an entity only when the entity is
// that head, and that the frame stays out of the text.
func TestReportedSpeakers(t *testing.T) {
	type got struct {
		Text, Speaker, Entity, Cue, Listener string
	}
	tests := []struct {
		name string
		text string
		want []got
	}{
		{"adjective entity", `Japanese fisheries officials said the catch had halved since March.`,
			[]got{{"the catch had halved since March", "Japanese fisheries officials", "", "said", ""}}},
		{"entity after of", `Residents of Port Ardlow reported a strong smell of diesel along the quay.`,
			[]got{{"a strong smell of diesel along the quay", "Residents of Port Ardlow", "", "reported", ""}}},
		{"entity is the head", `The Kessary Coastguard said the slick had reached the northern shore.`,
			[]got{{"the slick had reached the northern shore", "Kessary Coastguard", "Kessary Coastguard", "said", ""}}},
		{"possessive", `Halvard Line's engineers reported that the hull was cracked.`,
			[]got{{"the hull was cracked", "Halvard Line's engineers", "", "reported", ""}}},
		{"told a listener", `The ship may be refloated on Friday, although officials told the Evening Post that the tide could delay it.`,
			[]got{{"the tide could delay it", "officials", "", "told", "the Evening Post"}}},
		{"object control is not speech", `The council asked the public to stay off the affected beaches until Friday.`, nil},
		{"according to a list", `A ban on fishing, according to France, Spain, and Portugal, would hurt the coastal towns badly.`,
			[]got{{"A ban on fishing would hurt the coastal towns badly", "France, Spain, and Portugal", "", "according to", ""}}},
		{"according to, reduced relative", `The ship turned off its transponder an hour before the grounding, according to tracking data seen by the Evening Post.`,
			[]got{{"The ship turned off its transponder an hour before the grounding", "tracking data", "", "according to", ""}}},
		{"section label", `WORLD: A cargo ship ran aground near Port Ardlow on Tuesday, according to Northwire.`,
			[]got{{"A cargo ship ran aground near Port Ardlow on Tuesday", "Northwire", "Northwire", "according to", ""}}},
		{"aside about the source", `According to engineers at Halvard Line, a company based in Brenmouth, the tank had been patched twice.`,
			[]got{{"the tank had been patched twice", "engineers at Halvard Line", "", "according to", ""}}},
		{"they after a group", `According to divers, the hull is cracked in two places. The ship cannot be towed, they warned.`,
			[]got{{"the hull is cracked in two places", "divers", "", "according to", ""}, {"The ship cannot be towed", "divers", "", "warned", ""}}},
		{"an adverb opening a list's heading is no speaker", "Previously announced victims of the harbour fire:\n\nJo Hart, 86, of Port Ardlow", nil},
		{"an adverb opening a sentence is no speaker", "Separately announced measures would close the harbour until Friday.", nil},
		{"a name with an adverb's ending still speaks", "Kelly announced that the harbour would close until Friday.",
			[]got{{"the harbour would close until Friday", "Kelly", "", "announced", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, time.Time{})
			var gots []got
			for _, q := range d.Quotes {
				e := ""
				if q.SpeakerEntity >= 0 {
					e = d.Entities[q.SpeakerEntity].Name
				}
				gots = append(gots, got{q.Text, q.Speaker, e, q.Cue, q.Listener})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("FindQuotes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTrimResidue(t *testing.T) {
	for in, want := range map[string]string{
		"the summit is 129 kilometers from the border. from North": "the summit is 129 kilometers from the border",
		"talks were held in the U.S. on Monday":                    "talks were held in the U.S. on Monday",
		"it ended. Then the talks went on for hours":               "it ended. Then the talks went on for hours",
	} {
		if got := trimResidue(in); got != want {
			t.Errorf("trimResidue(%q) = %q, want %q", in, got, want)
		}
	}
}
