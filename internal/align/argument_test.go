package align

import (
	"testing"

	"crosscheck/internal/nlp"
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
			inputs := []Input{{ArticleID: 1, Outlet: "A", Text: tt.fact}, {ArticleID: 2, Outlet: "B", Text: tt.sentence}}
			docs := []nlp.Doc{nlp.Analyze(tt.fact, inputs[0].Published), nlp.Analyze(tt.sentence, inputs[1].Published)}
			ents := nlp.LinkEntities(docs)
			indexes := []*nlp.Index{nlp.NewIndex(&docs[0]), nlp.NewIndex(&docs[1])}
			units := buildUnits(inputs, docs, indexes, &ents)
			first := func(input int) int {
				for i, u := range units {
					if u.input == input && u.parent < 0 {
						return i
					}
				}
				t.Fatalf("no sentence of input %d", input)
				return -1
			}
			text := func(u int) string {
				sp := units[u].clause.Span
				return docs[units[u].input].Text[sp.Start:sp.End]
			}
			// Three articles, so that no entity is central and
			// an unnamed participant is held to its name.
			k := newStatedCheck(units, nil, &ents, append(docs, nlp.Doc{}, nlp.Doc{}), indexes, text)
			if got := k.argsAgree(first(0), first(1)); got != tt.want {
				t.Errorf("argsAgree = %v, want %v", got, tt.want)
			}
		})
	}
}
