package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestRound23QuoteBounds checks the quotation spans judged wrong on the
// rounds 22 and 23 (spent after their blind measure; BENCHMARKS
// "2026-12-15 session 15: round-22/23 quote and speaker classes"), on
// the real sentences of their sources, each with a control: the direct
// quotes found, by their words.
func TestRound23QuoteBounds(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			// news-round23 salvator-mundi-sale 04.txt
			name: "an opening mark before a full stop is a misplaced closing one",
			text: "On November 16, 2017, Christie’s held an auction for a gorgeous Leonardo da Vinci painting entitled “ Salvator Mundi “. This “male Mona Lisa” is believed to be the “ last da Vinci ” available.",
			want: []string{"male Mona Lisa"},
		},
		{
			// PolNeAR train wash-post_2015-11-10_caught-fibbing-thes
			name: "control: a spaced ellipsis opens a quotation",
			text: "\". . . I just want somebody who speaks like we do, says what's on your mind. That's why everybody can relate to him.\"",
			want: []string{". . . I just want somebody who speaks like we do, says what's on your mind. That's why everybody can relate to him."},
		},
		{
			// news-round23 chile-miners-rescue 04.txt
			name: "a quoted phrase inside narration is no first piece of a split quote",
			text: "Praising the foreman as \"a very good leader of the group,\" the president said, \"We're going to thank everybody from the bottom of our heart.\"",
			want: []string{"a very good leader of the group,", "We're going to thank everybody from the bottom of our heart."},
		},
		{
			// PolNeAR train nyt_2016-01-30_traditionally-democrat-un
			name: "control: a quote split around its attribution after a dash",
			text: "He has also fulminated against plans to shift some production to Mexico - ''I love Oreos,'' he said, ''I will never eat them again'' - and vowed to impose a tariff.",
			want: []string{"I love Oreos I will never eat them again"},
		},
		{
			// PolNeAR train nyt_2015-11-09_jobs-report-gives-democra
			name: "control: a split quote after an opening conjunction",
			text: "But ''the more interesting issue,'' Mr. Holtz-Eakin added, ''is whether the strong October report represents a one-time blip.''",
			want: []string{"the more interesting issue is whether the strong October report represents a one-time blip."},
		},
		{
			// news-round22 hajj-stampede 02.txt
			name: "a rite's name in quotation marks is nobody's words",
			text: "Saudi King Salman said he had ordered a review of haj plans after the disaster, in which two large groups of pilgrims arrived together at a crossroads in Mina, on their way to performing the \"stoning of the devil\" ritual at Jamarat.",
			want: nil,
		},
		{
			// news-round17 johnson-2019-election 01.txt
			name: "control: a quoted adjective before another noun stays",
			text: "Jeremy Corbyn announced he would not lead Labour in any future general election campaign after a “very disappointing” night.",
			want: []string{"very disappointing"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Analyze(tt.text, time.Time{}).Quotes {
				if q.Direct {
					got = append(got, q.Text)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("direct quotes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRound23SpeakerClasses checks the speaker classes judged wrong on
// the rounds 22 and 23, on the real sentences of their sources, each
// with a control. A quote is shown as its speaker, with "?" after an
// uncertain one, "" for none.
func TestRound23SpeakerClasses(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{
			// news-round23 federer-retirement 05.txt
			name: "a name a preposition ties to the subject's noun is not the speaker",
			text: "The winner of 20 Grand Slams admitted that his battles with a knee problem had forced him to call time on his historic career.",
			want: map[string]string{"his battles with a knee problem had forced him to call time on his historic career": ""},
		},
		{
			// PolNeAR train politico_2016-05-09_kevin-mccarthy-signs
			name: "control: a name after a clause's opening words",
			text: "McCarthy’s move is notable in part because House Speaker Paul Ryan has said he is “not ready” to endorse Trump.",
			want: map[string]string{"he is “not ready” to endorse Trump": "House Speaker Paul Ryan"},
		},
		{
			// news-round23 salvator-mundi-sale 01.txt
			name: "a title in quotation marks is no subject who speaks",
			text: "“Salvator Mundi”, Latin for “saviour of the world”, is one of roughly 15 surviving works by Da Vinci and depicts Jesus Christ in a flowing robe.",
			want: map[string]string{"saviour of the world": ""},
		},
		{
			// news-round23 federer-retirement 02.txt
			name: "an epithet after the one person named is uncertain",
			text: "Roger Federer announced that he would retire from professional tennis due to health problems following a knee injury.\n\n" +
				"The tennis player confirmed that he will not play any individual matches so as not to put more pressure on his body than necessary.",
			want: map[string]string{"he will not play any individual matches so as not to put more pressure on his body than necessary": "tennis player?"},
		},
		{
			// news-round15 germanwings-crash 02.txt, with a name before
			name: "control: an office brings in an unnamed source",
			text: "Andreas Lubitz was named as the co-pilot.\n\n" +
				"The co-pilot wouldn't let the captain inside the cabin, the French prosecutor said at a press conference.",
			want: map[string]string{"The co-pilot wouldn't let the captain inside the cabin": "French prosecutor"},
		},
		{
			// news-round22 bolt-final-race 06.txt
			name: "a cue typed twice is one cue",
			text: "After the race Jamaica’s team doctor had said said: “[Bolt]is feeling a lot of disappointment, by losing the race, and had the toughestthree weeks.”",
			want: map[string]string{"[Bolt]is feeling a lot of disappointment, by losing the race, and had the toughestthree weeks.": "Jamaica’s team doctor"},
		},
		{
			name: "control: the same with the cue once",
			text: "After the race Jamaica’s team doctor had said: “Bolt is feeling a lot of disappointment.”",
			want: map[string]string{"Bolt is feeling a lot of disappointment.": "Jamaica’s team doctor"},
		},
		{
			// news-round11 pakistan-floods 01.txt
			name: "control: a cueless quote the subject's own",
			text: "Climate Minister Sherry Rehman called it \"the monster monsoon of the decade.”",
			want: map[string]string{"the monster monsoon of the decade.": "Sherry Rehman"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shownSpeakers(tt.text, tt.want)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}
