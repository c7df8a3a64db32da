package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRound21SpeakerClasses checks the speaker classes judged wrong on
// the spent round 21 (BENCHMARKS "2026-12-14 session 14: round-21
// speaker and reported classes"), on the real sentences of its sources,
// each with a control. A quote is shown as its speaker, with "?" after
// an uncertain one.
func TestRound21SpeakerClasses(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{
			// news-round21 assange-arrest 03.txt (a WikiLeaks tweet)
			name: "a scare quote denied of the subject is not the subject's",
			text: "Wikileaks confirmed that Assange was arrested inside the embassy.\n\n" +
				"Julian Assange did not \"walk out of the embassy\". The Ecuadorian ambassador invited British police into the embassy and he was immediately arrested.",
			want: map[string]string{"walk out of the embassy": "Julian Assange?"},
		},
		{
			// news-round11 pakistan-floods 01.txt
			name: "control: a cueless quote the subject's own",
			text: "Climate Minister Sherry Rehman called it \"the monster monsoon of the decade.”",
			want: map[string]string{"the monster monsoon of the decade.": "Sherry Rehman"},
		},
		{
			// news-round21 thomas-cook-collapse 02.txt
			name: "a he after an indefinite spokesman in its own sentence",
			text: "Grant Shapps, transport minister, said people would be flown home free of charge but warned there would be some disruption.\n\n" +
				"In the words a spokesman for the CAA, he said: “All Thomas Cook bookings, including flights and holidays, have now been cancelled.”",
			want: map[string]string{"All Thomas Cook bookings, including flights and holidays, have now been cancelled.": "Grant Shapps?"},
		},
		{
			// the same, with no role in the quote's sentence
			name: "control: a he after the person named before",
			text: "Grant Shapps, transport minister, said people would be flown home free of charge but warned there would be some disruption.\n\n" +
				"Later he said: “All Thomas Cook bookings, including flights and holidays, have now been cancelled.”",
			want: map[string]string{"All Thomas Cook bookings, including flights and holidays, have now been cancelled.": "Grant Shapps"},
		},
		{
			// news-round21 harambe-shooting 07.txt
			name: "a speaker phrase holding a verb of hearing is a clause",
			text: "A witness reports hearing the boy tell his mother he wanted to get in the water Saturday afternoon.",
			want: map[string]string{"he wanted to get in the water Saturday afternoon": "A witness reports hearing the boy?"},
		},
		{
			name: "control: a witness who said it",
			text: "A witness said the boy wanted to get in the water Saturday afternoon.",
			want: map[string]string{"the boy wanted to get in the water Saturday afternoon": "A witness"},
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

// TestRound21ReportedClasses checks the reported-speech classes judged
// wrong on the spent round 21, on the real sentences of its sources,
// each with a control.
func TestRound21ReportedClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		// news-round21 us-cuba-thaw 05.txt
		{name: "a past form after a possessive is an adjective",
			text: "Wednesday's announced pivot in U.S.-Cuban relations didn't happen overnight.",
			want: nil},
		{name: "control: a cue after a possessive name's holder",
			text: "The White House's spokesman announced the pivot in U.S.-Cuban relations had been years in the making.",
			want: []quoteFrame{{QuoteReported, "the pivot in U.S.-Cuban relations had been years in the making", "White House's spokesman", "announced"}}},
		// news-round21 assange-arrest 03.txt
		{name: "a decision explained is its topic",
			text: "Ecuador’s president, Lenín Moreno, released a video statement explaining his decision to withdraw the diplomatic asylum granted to Assange by his predecessor.",
			want: nil},
		{name: "control: explaining with a clause reports it",
			text: "Lenín Moreno released a video statement explaining that Assange had repeatedly violated the conditions of his asylum.",
			want: []quoteFrame{{QuoteReported, "Assange had repeatedly violated the conditions of his asylum", "", "explaining"}}},
		// news-round21 assange-arrest 06.txt
		{name: "a second -ing act after the words said is narration",
			text: "WikiLeaks condemned Moreno’s decision, saying that Ecuador had illegally ended Assange’s political asylum “in violation of international law” and posting a link for supporters to donate to a legal defense fund for its beleaguered founder.",
			want: []quoteFrame{{QuoteDirect, "in violation of international law", "", "saying"}, {QuoteReported, "Ecuador had illegally ended Assange’s political asylum “in violation of international law”", "", "saying"}}},
		{name: "control: and between two -ing forms of what was said",
			text: "WikiLeaks issued a statement, saying that Ecuador was breaking its promises and ending the asylum illegally.",
			want: []quoteFrame{{QuoteReported, "Ecuador was breaking its promises and ending the asylum illegally", "", "saying"}}},
		// news-round21 thomas-cook-collapse 07.txt
		{name: "an as clause of the speaker's after a quotation is narration",
			text: "Peter Fankhauser, the chief executive of Thomas Cook, said the tour operator’s collapse was a “matter of profound regret” as he apologised to the company’s customers and staff.",
			want: []quoteFrame{{QuoteDirect, "matter of profound regret", "Peter Fankhauser", "said"}, {QuoteReported, "the tour operator’s collapse was a “matter of profound regret”", "Peter Fankhauser", "said"}}},
		// PolNeAR train huff-post_2016-03-21_the-rise-of-switzerland-s-trump
		{name: "control: an as clause of a state gives the speaker's reason",
			text: "Blocher insists that these statements are not influenced by recent referendum results, as he is still very active with ongoing Eurosceptic initiatives.",
			want: []quoteFrame{{QuoteReported, "these statements are not influenced by recent referendum results, as he is still very active with ongoing Eurosceptic initiatives", "Blocher", "insists"}}},
		{name: "control: an as clause inside a comparison",
			text: "Peter Fankhauser said the collapse was not as bad as he had feared a week ago.",
			want: []quoteFrame{{QuoteReported, "the collapse was not as bad as he had feared a week ago", "Peter Fankhauser", "said"}}},
	})
}

// TestRound21SourceConcession checks that a concession after an
// "according to" source set off by commas is the writer's, not what the
// source vouches for.
func TestRound21SourceConcession(t *testing.T) {
	checkFrames(t, []frameCase{
		// news-round21 alibaba-ipo 03.txt
		{name: "a concession after the source is the writer's",
			text: "Some 88 per cent of American consumers had never heard of Alibaba last Monday, according to a poll conducted for Reuters, though that looks set to change with the e-commerce company launching a US subsidiary, 11main.com, which allows consumers to shop at a selection of boutique retailers online.",
			want: []quoteFrame{{QuoteReported, "Some 88 per cent of American consumers had never heard of Alibaba last Monday", "", "according to"}}},
		{name: "control: a source opening the sentence vouches for the concession",
			text: "According to a poll conducted for Reuters, 88 per cent of American consumers had never heard of Alibaba, though most knew of Amazon.",
			want: []quoteFrame{{QuoteReported, "88 per cent of American consumers had never heard of Alibaba, though most knew of Amazon", "", "according to"}}},
	})
}
