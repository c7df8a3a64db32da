package align

import (
	"testing"
)

// TestArgumentsAgree: a sentence that tells the fact's event word with
// another participant in a role (another winner, another target) does
// not state the fact; one that tells it with the same participants, in
// either voice, or with a description or a short form of a name, may.
func TestArgumentsAgree(t *testing.T) {
	tests := []struct {
		name, fact, sentence string
		want                 bool
	}{
		{"another agent", "Donald Trump won the Florida primary on Tuesday.", "Hillary Clinton won the Florida primary on Tuesday.", false},
		{"the same agent", "Donald Trump won the Florida primary on Tuesday.", "Donald Trump easily won the Florida primary on Tuesday, officials said.", true},
		{"another object", "Senator Marco Rubio attacked Donald Trump over his business record.", "Senator Marco Rubio attacked Ted Cruz over his business record.", false},
		{"passive and active", "Senator Marco Rubio was attacked by Donald Trump over his record.", "Donald Trump attacked Senator Marco Rubio over his record.", true},
		{"passive, another agent", "Senator Marco Rubio was attacked by Donald Trump over his record.", "Ted Cruz attacked Senator Marco Rubio over his record.", false},
		{"a short form of the name", "Mark Jay Heller agreed to send the actress to another facility.", "Heller agreed to send the actress to another facility.", true},
		{"a name as a modifier", "The Indian Navy arrested 23 Somali pirates on Saturday.", "The navy arrested 23 pirates on Saturday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Counted as four articles, so that no entity is central
			// and an unnamed participant is held to its name.
			k, first := twoArticleCheck(t, tt.fact, tt.sentence, 4)
			if got := k.argsAgree(first(0), first(1)); got != tt.want {
				t.Errorf("argsAgree = %v, want %v", got, tt.want)
			}
		})
	}
}
