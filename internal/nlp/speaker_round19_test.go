package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestRound19SpeakerClasses checks the speaker classes found wrong in
// round 19 (BENCHMARKS "2026-12-13 session 13: round-19 speaker
// classes"), each with a control, on invented sentences. A quote is
// shown as its speaker, with "?" after an uncertain one; "" is no
// speaker.
func TestRound19SpeakerClasses(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{
			name: "a joint statement is the whole coordinated subject's",
			text: "Mayor Jo Hart and Governor Al Kline said they had reached a deal on the bridge. The two leaders met on Monday.",
			want: map[string]string{"they had reached a deal on the bridge": "Mayor Jo Hart and Governor Al Kline?"},
		},
		{
			name: "a title joined to another title is not cut to one",
			text: "The Earl and Countess of Wessex said they had “no plans to leave the estate.” The couple live near the town.",
			want: map[string]string{"no plans to leave the estate.": "Earl and Countess of Wessex?"},
		},
		{
			name: "control: one speaker with a list in what was said",
			text: "Governor Al Kline said that ties with Ohio and Indiana would stay. Governor Al Kline spoke in Dayton.",
			want: map[string]string{"ties with Ohio and Indiana would stay": "Al Kline"},
		},
		{
			name: "a name others give the subject",
			text: "Tomas Brenner, a sprinter known for his long stride as the “Flying Dutchman”, won the race in Oslo. Tomas Brenner is 24.",
			want: map[string]string{"Flying Dutchman": ""},
		},
		{
			name: "control: a name the subject gives",
			text: "Tomas Brenner called the race “a day to remember for the club” on Sunday. Tomas Brenner is 24.",
			want: map[string]string{"a day to remember for the club": "Tomas Brenner"},
		},
		{
			name: "a quoted subheading is nobody's words",
			text: "“We have won a great victory today,” said Prime Minister Tomas Brenner.\n\n‘A country changed’\n\nThe count ended on Sunday night.",
			want: map[string]string{"We have won a great victory today,": "Tomas Brenner", "A country changed": ""},
		},
		{
			name: "control: a quote going on in a paragraph of its own",
			text: "“We have won a great victory today,” said Prime Minister Tomas Brenner.\n\n“The country has changed.”\n\nThe count ended on Sunday night.",
			want: map[string]string{"We have won a great victory today,": "Tomas Brenner", "The country has changed.": "Tomas Brenner"},
		},
		{
			name: "the question put to those who answered",
			text: "The jurors answered nine questions on Tuesday, including one which asks: “Were the checks at the gate enough?” The hearing ends on Friday.",
			want: map[string]string{"Were the checks at the gate enough?": ""},
		},
		{
			name: "a thing confirmed is not words said",
			text: "Astronomers confirmed two of the moons in 2019 but raised the count to five after they gathered more data.",
			want: map[string]string{"two of the moons in 2019 but raised the count to five after they gathered more data": ""},
		},
		{
			name: "control: a clause said, with a contrast in it",
			text: "The minister said prices rose sharply but wages fell.",
			want: map[string]string{"prices rose sharply but wages fell": "minister"},
		},
		{
			name: "control: a reply that is a question",
			text: "Minister Jo Hart answered: “Why would we close the gate?” The hearing ends on Friday.",
			want: map[string]string{"Why would we close the gate?": "Jo Hart"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shownSpeakers(tt.text, tt.want)
			for k, v := range tt.want {
				if _, ok := got[k]; !ok && v == "" {
					got[k] = ""
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOpenQuotationCue checks that a quote whose cue stands in a
// paragraph opened by a quotation mark not yet closed (a ruling quoted
// over several paragraphs) has an uncertain speaker: the "he" of the
// cue is the quoted writer's, not the article's.
func TestOpenQuotationCue(t *testing.T) {
	text := "\"The defence changed,\" wrote Judge Tomas Brenner in his ruling.\n\n" +
		"\"At first he stated that he had fired the shots ‘without thinking’ and that he was afraid. This soon changed to another version.\n\n" +
		"\"Later he said he never meant to shoot. The court cannot know what his version is.\n\n" +
		"Judge Tomas Brenner said the trial court had erred."
	got := map[string]bool{}
	for _, q := range Analyze(text, time.Time{}).Quotes {
		if q.Speaker != "" {
			got[q.Text] = q.SpeakerUncertain != ""
		}
	}
	want := map[string]bool{
		"without thinking": true,
		"he had fired the shots ‘without thinking’ and that he was afraid": true,
		// Control: the judge's own cue outside the quotation.
		"the trial court had erred": false,
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || g != w {
			t.Errorf("%q: uncertain = %v (found %v), want %v", k, g, ok, w)
		}
	}
}

// TestPronounAfterTitledName checks that a "he" read as a man named
// before is uncertain when a sentence since names another man by a
// title the entity finder did not take for a person ("Supreme Court of
// Appeal Judge Eric Leach"), and that a "he" read the same way in the
// next sentence is no surer; the control has no such man between.
func TestPronounAfterTitledName(t *testing.T) {
	lead := "Runner Tomas Brenner was found guilty of murder on Thursday, the court said. " +
		"Tomas Brenner had been jailed for five years, his lawyer Jo Hart said. "
	for _, tt := range []struct {
		read      string
		uncertain bool
	}{
		{"The ruling was read by Northfield Court of Appeal Judge Eric Vance.", true},
		{"The ruling was read on Thursday.", false},
	} {
		text := lead + tt.read + " He said there was intent to kill. He also said the witness was poor."
		got := map[string]bool{}
		for _, q := range Analyze(text, time.Time{}).Quotes {
			if q.Speaker != "" {
				got[q.Text] = q.SpeakerUncertain != ""
			}
		}
		for _, k := range []string{"there was intent to kill", "the witness was poor"} {
			if u, ok := got[k]; !ok || u != tt.uncertain {
				t.Errorf("after %q, %q: uncertain %v (found %v), want %v", tt.read, k, u, ok, tt.uncertain)
			}
		}
	}
}
