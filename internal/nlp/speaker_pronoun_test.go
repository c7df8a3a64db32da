package nlp

import (
	"testing"
	"time"
)

// TestPronounSpeakers checks what a "he" or "she" next to a cue stands
// for: a person the text gives evidence of, agreeing in gender, the most
// salient one; nobody rather than a thing. Texts are made up in the shape
// of newswire business and sport stories.
func TestPronounSpeakers(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"a product named like a person is no antecedent",
			"Chips will ship this year, said Corvel chief executive Ansel Marrow. Servers built on the Vantix Opteral chip come first.\n\n“We moved with dazzling speed,” he said.",
			"We moved with dazzling speed,", "Ansel Marrow"},
		{"no person at all: unnamed",
			"Servers built on the Vantix Opteral chip come first.\n\n“We moved with dazzling speed,” he said.",
			"We moved with dazzling speed,", ""},
		{"gender: she is not Mr. Garrow",
			"“Costs will rise,” said analyst Dana Stiff. Mr. Tobin Garrow, the chairman, disagreed in a letter.\n\n“Nobody can move that fast,” she added.",
			"Nobody can move that fast,", "Dana Stiff"},
		{"the subject outweighs the object of a participle",
			"Former coach Ford Haskell was pure class, thanking coach Roan Villiers for the chance.\n\n“It's a dream come true for me,” he said.",
			"It's a dream come true for me,", "Ford Haskell"},
		{"a surname shared with a gazetteer person is the text's person",
			"“She was kind and gentle,” said Lois Scholz, a friend of the family.\n\n“He is at peace,” Scholz said.",
			"He is at peace,", "Lois Scholz"},
		{"a participle's subject, not the charge sheet",
			"According to the charges, Dale Orrin refused to comply, saying officers \"would need to kill\" him.",
			"would need to kill", "Dale Orrin"},
		{"a charge sheet is no speaker",
			"Police stopped the car. According to the charges, the driver \"could not stand up\" at the scene.",
			"could not stand up", ""},
		{"a place after a preposition is no speaker",
			"Banners in the main square outside parliament read \"The state kills the young\".",
			"The state kills the young", ""},
		{"an acronym's product does not absorb the organisation",
			"The Vantix Opteral chip, AMD Opteral, is new. “We will sell them,” AMD said.",
			"We will sell them,", "AMD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDirectSpeaker(t, tt.text, tt.quote, tt.want) })
	}
}

// TestQuoteCloseAfterPunctuation checks that a closing mark after the
// quote's last punctuation closes it however it is spaced, so that the
// attribution after it stays narration.
func TestQuoteCloseAfterPunctuation(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"double mark glued to the cue",
			"\"I believe in this team.\nWe are better than this, \"said Stefanski.\n\"We will find a way.\"",
			"I believe in this team. We are better than this,"},
		{"spaced single mark",
			"'When we were on the floor, I saw her fall.\nThere was blood, ' said Unique Armstead, who was hurt.",
			"When we were on the floor, I saw her fall. There was blood,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, time.Time{})
			var texts []string
			for _, q := range d.Quotes {
				if q.Direct && q.Text == tt.want {
					return
				}
				texts = append(texts, q.Text)
			}
			t.Errorf("quote %q not found; quotes: %q", tt.want, texts)
		})
	}
}
