package brief

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// What a verb calls a thing in an "as" phrase is the summary sentence's
// claim: a cited sentence must name it. Sentences from the spent news
// rounds 12 and 13 (develop material; the judges rejected the citations
// marked false).
func TestCitationNamesTheAsPhrase(t *testing.T) {
	summaries := []string{
		"Prime Minister Jacinda Ardern described it as a terrorist attack and one of New Zealand’s “darkest days”.",
		"Theresa May has announced she will resign as Prime Minister on June 7.",
		"Opposition leaders immediately denounced the martial law declaration as unconstitutional.",
	}
	cited := []string{
		"The country’s Prime Minister Jacinda Ardern described the shootings as “one of New Zealand’s darkest days”.",
		"“It is clear this can only be described as a terrorist attack,” Ardern said, calling it “one of New Zealand’s darkest days”.",
		"A tearful Theresa May announced she is resigning as Tory leader confirmed she will be stepping down to make way for her successor on 7 June.",
		"Theresa May has announced that she will resign as Prime Minister of the United Kingdom on June 7.",
		"The president’s surprising move harkened back to an era of authoritarian leaders that the country has not seen since the 1980s, and it was immediately denounced by the opposition and the leader of Yoon’s own conservative party.",
	}
	x := newCiteIndex([][]string{summaries, cited})
	for _, tt := range []struct {
		name string
		k, l int
		want bool
	}{
		{"the darkest days without the terrorist attack", 0, 0, false},
		{"both descriptions", 0, 1, true},
		{"resigning as Tory leader is not as prime minister", 1, 2, false},
		{"resign as prime minister", 1, 3, true},
		{"denounced, not as unconstitutional", 2, 4, false},
	} {
		if got := x.statesSame(0, tt.k, 1, tt.l); got != tt.want {
			t.Errorf("%s: statesSame(%q, %q) = %v, want %v", tt.name, summaries[tt.k], cited[tt.l], got, tt.want)
		}
	}
}

func TestAsComplements(t *testing.T) {
	lex := newCiteIndex(nil).lex
	for _, tt := range []struct {
		text string
		want [][]string
	}{
		{"Theresa May has announced she will resign as Prime Minister on June 7.", [][]string{{"prime", "minister"}}},
		{"Prime Minister Jacinda Ardern described it as a terrorist attack and one of New Zealand’s “darkest days”.", [][]string{{"terrorist", "attack"}}},
		// From ECB+ develop articles: the phrase ends at the next verb,
		// at punctuation, and a verb's reach ends at a new claim.
		{"Jackman's naming as host prompted a \"love it or hate it\" reaction here on our news floor in Los Angeles.", [][]string{{"host"}}},
		{"Deputies identified the suspect as Jose Luis Orozco, 27, a parolee wanted on suspicion of attempted murder in another case.", [][]string{{"jose", "lui", "orozco"}}},
		{"Orozco smiled as he was led from the courtroom for the last time.", nil},
		{"He was named in the report, as police said.", nil},
	} {
		if diff := cmp.Diff(tt.want, asComplements(tt.text, lex)); diff != "" {
			t.Errorf("asComplements(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}
