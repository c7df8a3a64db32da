package brief

import (
	"os"
	"path/filepath"
	"testing"

	"crosscheck/internal/nlp"
)

// A citation states every claim of the summary sentence: each part of
// it, each number, weekday and month, and the result rather than an
// attempt at it.
func TestCitationStatesEveryClaim(t *testing.T) {
	sentences := [][]string{
		{
			"Two people were arrested at the stadium, though no injuries were reported.",
			"The storm killed four people in the coastal town on Sunday.",
			"Rescuers recovered the body of the missing diver from the lake on Tuesday.",
			"The court sentenced the former mayor to ten years in prison after a jury convicted him of bribery.",
			"The singer launched a new perfume in December.",
			"The ferry carrying 300 passengers sank off the island on Monday.",
		},
		{
			"Police said two people were arrested at the stadium for disorderly conduct.",
			"The storm killed one person in the coastal town on Sunday.",
			"Rescuers worked to recover the body of the missing diver from the lake on Tuesday.",
			"The court sentenced the former mayor to ten years in prison.",
			"The singer, who launched a new perfume in September, is touring Europe.",
			"A ferry carrying 300 passengers sank off the island on Monday, the coast guard said.",
			"Two people were arrested at the stadium and no injuries were reported, police said.",
		},
		{"Police cordoned off the harbour.", "Schools stayed closed.", "The island has 40,000 inhabitants."},
	}
	x := newCiteIndex(sentences)
	for _, tt := range []struct {
		name string
		k, l int
		want bool
	}{
		{"a separate claim missing", 0, 0, false},
		{"every part stated", 0, 6, true},
		{"another number", 1, 1, false},
		{"an attempt does not cite the result", 2, 2, false},
		{"the sentence but not what it followed", 3, 3, false},
		{"another month", 4, 4, false},
		{"the same claim with its source", 5, 5, true},
	} {
		if got := x.statesSame(0, tt.k, 1, tt.l); got != tt.want {
			t.Errorf("%s: statesSame(%q, %q) = %v, want %v", tt.name, sentences[0][tt.k], sentences[1][tt.l], got, tt.want)
		}
	}
}

func FuzzClaimParts(f *testing.F) {
	for _, s := range []string{
		"One person has been arrested, though no injuries have been reported.",
		"Garrard, who completed 28 passes for 329 yards, ran for two yards to give Jacksonville a 14-0 lead.",
		"16 - year - old — “quoted” ’s 200ft 0-0 ---",
		"",
	} {
		f.Add(s)
	}
	x := newCiteIndex([][]string{{"The storm killed four people on Sunday."}})
	lex := x.lex
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range claimParts(s, lex) {
			if len(p.words) == 0 {
				t.Fatalf("claimParts(%q): an empty part", s)
			}
			for _, w := range p.words {
				if w == "" {
					t.Fatalf("claimParts(%q): an empty word", s)
				}
			}
		}
		y := newCiteIndex([][]string{{s}, {"The storm killed four people on Sunday.", s}})
		y.statesSame(0, 0, 1, 0)
		y.statesSame(1, 1, 0, 0)
	})
}

// A request to act ("urged the secretaries to rescind") does not state the
// act, and the act does not state the request; two tellings of one
// request cite each other. Sentences of ECB+ topic 9 (develop), from the
// round-3 audit, whose judges rejected the first pair; the story's other
// sentences give the words their weights, as in a briefing.
func TestCitationRequestIsNotTheAct(t *testing.T) {
	act := "Today, Interior Secretary Ken Salazar rescinded eleventh - hour Bush administration changes to Endangered Species Act regulations that allowed federal agencies to decide for themselves if their own projects—such as roads and dams—would threaten imperiled species."
	request := "In a letter, the scientists urged the department secretaries to rescind changes to Endangered Species Act regulations that allow federal agencies to decide for themselves if their own projects—such as roads, dams and mines—would threaten imperiled species."
	requestAgain := "In a letter, the scientists urged the department secretaries to rescind changes to Endangered Species Act regulations that allow federal agencies to decide for themselves if their own projects - - such as roads, dams and mines - - would threaten imperiled species."
	sentences := [][]string{{act, request}, {request, requestAgain, act}}
	files, err := filepath.Glob("../../testdata/audit/round3/S11/sources/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("the story's sources: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var ss []string
		for _, s := range nlp.SplitSentences(string(b)) {
			ss = append(ss, s.Text)
		}
		sentences = append(sentences, ss)
	}
	x := newCiteIndex(sentences)
	for _, tt := range []struct {
		name string
		k, l int
		want bool
	}{
		{"the request for the act", 0, 0, false},
		{"the act for the request", 1, 2, false},
		{"the request told twice", 1, 1, true},
	} {
		if got := x.statesSame(0, tt.k, 1, tt.l); got != tt.want {
			t.Errorf("%s: statesSame = %v, want %v", tt.name, got, tt.want)
		}
	}
}
