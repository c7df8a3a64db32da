package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSpeakerEvidence checks the evidence path read for a quote's speaker
// and whether the speaker is asserted.
func TestSpeakerEvidence(t *testing.T) {
	type got struct {
		Speaker, Path, Word string
		Back, Between       int
		Uncertain           bool
	}
	tests := []struct {
		name, text string
		want       got
	}{
		{
			name: "named beside the cue",
			text: "“We will rebuild the bridge within a year,” said Mayor Jo Hart.",
			want: got{Speaker: "Jo Hart", Path: SpeakerNamed},
		},
		{
			name: "pronoun, the person named just before",
			text: "Mayor Jo Hart visited the site on Monday.\n\n“We will rebuild the bridge within a year,” she said.",
			want: got{Speaker: "Jo Hart", Path: SpeakerPronoun, Word: "she", Back: 1},
		},
		{
			name: "pronoun across another person",
			text: "Mayor Jo Hart visited the site on Monday. Governor Tom Reed met her there.\n\n“We will rebuild the bridge within a year,” she said.",
			want: got{Speaker: "Jo Hart", Path: SpeakerPronoun, Word: "she", Back: 2, Between: 1, Uncertain: true},
		},
		{
			name: "a role in a sentence naming nobody else",
			text: "“The bridge will reopen in spring,” officials said on Tuesday.",
			want: got{Speaker: "officials", Path: SpeakerNamed},
		},
		{
			name: "an organisation",
			text: "“The bridge will reopen in spring,” the Transport Ministry said in a statement.",
			want: got{Speaker: "Transport Ministry", Path: SpeakerNamed, Uncertain: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, time.Time{})
			if len(d.Quotes) == 0 || d.Quotes[0].SpeakerEvidence == nil {
				t.Fatalf("no quote with a speaker in %q: %+v", tt.text, d.Quotes)
			}
			q := d.Quotes[0]
			ev := q.SpeakerEvidence
			g := got{Speaker: q.Speaker, Path: ev.Path, Word: ev.Word, Back: ev.Back, Between: ev.Between, Uncertain: q.SpeakerUncertain != ""}
			if diff := cmp.Diff(tt.want, g); diff != "" {
				t.Errorf("evidence (-want +got):\n%s\nreason: %q", diff, q.SpeakerUncertain)
			}
		})
	}
}

// TestSpeakerUncertainWords checks the reason a reader is shown.
func TestSpeakerUncertainWords(t *testing.T) {
	tests := []struct {
		ev   SpeakerEvidence
		want string
	}{
		{SpeakerEvidence{Path: SpeakerNamed, Kind: SpeakerPerson, Words: 2}, ""},
		{SpeakerEvidence{Path: SpeakerPronoun, Word: "he", Back: 2, Between: 1, Kind: SpeakerPerson, Words: 2},
			"speaker read from “he”, named two sentences earlier; another person named between that and the quote"},
		{SpeakerEvidence{Path: SpeakerCarried, Back: 1, Between: 3, Kind: SpeakerPerson, Words: 2},
			"the quote's sentence names no speaker; speaker carried over from one sentence earlier; three other people named between that and the quote"},
		{SpeakerEvidence{Path: SpeakerNamed, Kind: SpeakerDescription, Head: "role", Others: 1},
			"speaker named in the quote's sentence; the speaker is a description, and the sentence names another person"},
		{SpeakerEvidence{Path: SpeakerNamed, Kind: SpeakerDescription, Head: "role"}, ""},
		{SpeakerEvidence{Path: SpeakerNamed, Kind: SpeakerDescription, Head: "document"},
			"speaker named in the quote's sentence; the speaker is a document or a finding, not a person"},
		{SpeakerEvidence{Path: SpeakerNamed, Kind: SpeakerCountry}, "speaker named in the quote's sentence; the speaker is a place's name"},
		{SpeakerEvidence{Path: SpeakerNamed, Kind: SpeakerNameOnly}, "speaker named in the quote's sentence; the speaker is a name not known to be a person's"},
	}
	for _, tt := range tests {
		if got := speakerUncertain(&tt.ev); got != tt.want {
			t.Errorf("speakerUncertain(%+v) = %q, want %q", tt.ev, got, tt.want)
		}
	}
	if got := speakerUncertain(nil); got != "" {
		t.Errorf("speakerUncertain(nil) = %q, want none", got)
	}
}
