package nlp

import (
	"testing"
	"time"
)

// TestClearAntecedent checks that a "he" or "she" next to a cue names a
// speaker only when its antecedent is clear: the most salient person of
// its gender, counting the "he"s and "she"s that already stood for
// someone, with nobody else of that gender speaking or acting as a
// subject since; otherwise the quote is left unnamed. Texts are made up in
// the shape of US political coverage.
func TestClearAntecedent(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"a chain of she keeps the person named five sentences back",
			"Maria Sandoval, the governor, spoke in Reno on Monday. She praised the plan. She thanked the crowd. She met donors after the rally. She left for Elko at night.\n\n“We will win,” she said.",
			"We will win,", "Maria Sandoval"},
		{"a person introduced by there's is the new topic",
			"Gov. Tom Reyes has praised the deal in public. Then there's Paul Dunmore, the adviser.\n\n“It is bewildering why they do it,” he wrote last October.",
			"It is bewildering why they do it,", "Paul Dunmore"},
		{"the he of the sentence before stands for his antecedent",
			"Sen. Tom Hale spoke in Louisville. He mocked Greg Wall for a tough night, calling him weak.\n\n“We are going to win big,” he said.",
			"We are going to win big,", "Tom Hale"},
		{"a name two people of different sex share names neither",
			"Nancy Marsh divorced her husband in 1992. Mr. Marsh later remarried in Palm Beach.\n\n“It was my obligation to get along with everyone,” he wrote.",
			"It was my obligation to get along with everyone,", ""},
		{"a shared name whose latest mention has the pronoun's title",
			"Nora Castell and her husband run the shop. Mr. Castell was asked about sales. Mrs. Castell did not hesitate.\n\n“It was a hard year,” she said.",
			"It was a hard year,", "Nora Castell"},
		{"another speaker of unknown sex between: unnamed",
			"Mrs. Jane Hollis leads the race in Ohio.\n\n“I don't trust her,” Cecelia Purner, 67, a retiree in Allentown, said in an interview. But, she added, “I think she will win.”",
			"I think she will win.", ""},
		{"a titled name of unknown kind speaking between: unnamed",
			"Mrs. Robin Maynard has worked there for years. The pay is good, Ms. Shanklin-Hawkins said.\n\n“It is pretty cool working there,” she said.",
			"It is pretty cool working there,", ""},
		{"a subordinate clause with its own pronoun is no speaker",
			"Mrs. Clinton spoke in Detroit on Tuesday.\n\nBut almost immediately after she did, David Axelrod, who was an adviser to Obama, tweeted this: “She did it again and I'll say it again.”",
			"She did it again and I'll say it again.", "David Axelrod"},
		{"control: the subject of the sentence before",
			"Mrs. Ann Rook praised the bill on Monday.\n\n“It is a good day,” she said.",
			"It is a good day,", "Ann Rook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDirectSpeaker(t, tt.text, tt.quote, tt.want) })
	}
}

// TestWordlessSources checks that a poll, a survey or data is the source
// of what it found but never the speaker of words in quotation marks, and
// not the organisation named before it; and that "who said" stands for
// the phrase right before it.
func TestWordlessSources(t *testing.T) {
	direct := []struct {
		name, text, quote, want string
	}{
		{"a survey speaks no quoted words",
			"According to an Associated Press survey, Clinton has “a lock” on the nomination.",
			"a lock", ""},
		{"control: a report carries words",
			"“We are winning this race,” the report said.",
			"We are winning this race,", "the report"},
		{"a letter carries words but is no speaker",
			"“We are winning this race,” the letter said.",
			"We are winning this race,", ""},
	}
	for _, tt := range direct {
		t.Run(tt.name, func(t *testing.T) { checkDirectSpeaker(t, tt.text, tt.quote, tt.want) })
	}
	reported := []struct {
		name, text, want string
		entity           bool
	}{
		{"the survey is the source, not the AP",
			"According to an Associated Press survey, Clinton has enough delegates to clinch the nomination.",
			"an Associated Press survey", false},
		{"who stands for the voters, not the candidate",
			"Exit polling data showed that Sanders won 70 percent of voters under 30, who said the economy was rigged against them.",
			"", false},
		{"control: who right after a name",
			"The crowd cheered Sanders, who said the economy was rigged against them.",
			"Sanders", true},
	}
	for _, tt := range reported {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, time.Time{})
			for _, q := range d.Quotes {
				if q.Direct {
					continue
				}
				if q.Speaker != tt.want || (q.SpeakerEntity >= 0) != tt.entity {
					t.Errorf("speaker of %q = %q (entity %d), want %q (entity: %v)", q.Text, q.Speaker, q.SpeakerEntity, tt.want, tt.entity)
				}
				return
			}
			t.Fatalf("no reported speech in %q", tt.text)
		})
	}
}
