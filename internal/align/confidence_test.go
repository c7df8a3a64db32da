package align

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

func TestCreditConfidence(t *testing.T) {
	tests := []struct {
		name      string
		e         creditEvidence
		confident bool
		reason    string
	}{
		{
			name:      "corroborated, most of the fact's words, worded alike",
			e:         creditEvidence{Cover: 0.8, Sim: 0.6, StatedBy: 1, Mains: true, Main: true, HeldNames: 2},
			confident: true,
		},
		{
			name:      "the same happening retold, no third outlet",
			e:         creditEvidence{Cover: 0.5, Sim: 0.45, Mains: true, Main: true, FactFigures: 1, HeldFigures: 1, HeldNames: 1},
			confident: true,
		},
		{
			name:      "the subject, its verb in its very mood, most of the fact's words, worded otherwise",
			e:         creditEvidence{Cover: 0.85, Sim: 0.3, Mains: true, Main: true, MoodSame: true, Subject: true, HeldNames: 1},
			confident: true,
		},
		{
			name:      "the subject, its verb in its very mood, no one else named, little of the fact's words",
			e:         creditEvidence{Cover: 0.3, Sim: 0.2, Mains: true, Main: true, MoodSame: true, Subject: true, HeldNames: 1},
			confident: true,
		},
		{
			name:   "the subject and its verb in its very mood, less of the fact's words, another named",
			e:      creditEvidence{Cover: 0.7, Sim: 0.3, StatedBy: 1, Mains: true, Main: true, MoodSame: true, Subject: true, HeldNames: 1, OtherNames: 1},
			reason: "it is worded unlike the fact; it holds less than 80% of the fact's words; it names others the fact does not; shares names and the verb",
		},
		{
			name:   "the subject and its verb in its very mood, little of the fact's words, another named: the least share told",
			e:      creditEvidence{Cover: 0.3, Sim: 0.3, Mains: true, Main: true, MoodSame: true, Subject: true, HeldNames: 1, OtherNames: 1},
			reason: "no third outlet states it; it holds less than 60% of the fact's words; it is worded unlike the fact; it names others the fact does not; shares names and the verb",
		},
		{
			name:      "four of the fact's words in a row, most of them, worded alike, no third outlet",
			e:         creditEvidence{Cover: 0.7, Sim: 0.5, Run: true, Mains: true, SentMainInFact: true, HeldNames: 1},
			confident: true,
		},
		{
			name:      "the fact whole with four of its words in a row, worded otherwise",
			e:         creditEvidence{Cover: 1, Whole: 0.95, Sim: 0.3, Run: true, HeldNames: 1},
			confident: true,
		},
		{
			name:   "the fact's words in a row, its verb in another mood",
			e:      creditEvidence{Cover: 0.7, Whole: 0.95, Sim: 0.5, Run: true, MoodAtOdds: true, Mains: true, SentMainInFact: true, HeldNames: 1},
			reason: "no third outlet states it; it tells the fact's verb in another mood; shares names and the verb",
		},
		{
			name:   "most of the fact's words, worded alike, no run",
			e:      creditEvidence{Cover: 0.7, Whole: 0.95, Sim: 0.5, Mains: true, SentMainInFact: true, HeldNames: 1},
			reason: "no third outlet states it; shares names and the verb",
		},
		{
			name:   "worded alike, the verb, a figure left out, no third outlet",
			e:      creditEvidence{Cover: 0.9, Sim: 0.7, Mains: true, Main: true, HeldNames: 1, FactFigures: 2, HeldFigures: 1, WhenShared: true},
			reason: "no third outlet states it; it leaves out some of the fact's figures; shares names, figures, times and the verb",
		},
		{
			name:   "names and figures but not the verb, no third outlet",
			e:      creditEvidence{Cover: 0.5, Sim: 0.3, Mains: true, HeldNames: 1, FactFigures: 1, HeldFigures: 1},
			reason: "no third outlet states it; it holds less than 60% of the fact's words; it is worded unlike the fact; shares names and figures but not the verb",
		},
		{
			name:   "corroborated, worded otherwise",
			e:      creditEvidence{Cover: 0.7, Sim: 0.2, StatedBy: 2, Mains: true, Main: true, WhenShared: true},
			reason: "it is worded unlike the fact; shares times and the verb",
		},
		{
			name:   "the verb only",
			e:      creditEvidence{Cover: 0.3, Sim: 0.5, StatedBy: 1, Mains: true, SentMainInFact: true},
			reason: "it holds less than 60% of the fact's words; shares the verb but none of the fact's names, figures or times",
		},
		{
			name:   "nothing but words",
			e:      creditEvidence{Cover: 0.4, Sim: 0.45, Mains: true},
			reason: "no third outlet states it; it holds less than 60% of the fact's words; shares neither the verb nor the fact's names, figures or times",
		},
		{
			name:   "no verb read (a language without a predicate reader)",
			e:      creditEvidence{Cover: 0.9, Sim: 0.5, HeldFigures: 2, WhenShared: true},
			reason: "no third outlet states it; shares figures and times",
		},
	}
	for _, term := range confidentRule {
		for _, n := range term {
			if signalNamed(n).dumpOnly {
				t.Errorf("confidentRule reads %s, which only the develop dump measures", n)
			}
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := confident(tt.e); got != tt.confident {
				t.Fatalf("confident = %v, want %v", got, tt.confident)
			}
			if tt.confident {
				return
			}
			if diff := cmp.Diff(tt.reason, uncertainReason(tt.e)); diff != "" {
				t.Errorf("reason (-want +got):\n%s", diff)
			}
		})
	}
}

// TestUncertainCredit aligns articles whose credits the rule splits: a
// sentence that retells the fact in its own words is credited uncertain,
// with a reason; the fact's own sentence and a close retelling another
// outlet corroborates are confident.
func TestUncertainCredit(t *testing.T) {
	day := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	res := Align([]Input{
		{ArticleID: 1, Outlet: "A", Published: day, Text: "Two sailors were treated for minor injuries at the hospital in Port Ardlow on Monday."},
		{ArticleID: 2, Outlet: "B", Published: day, Text: "Three crew members were taken to the hospital in Port Ardlow on Monday."},
		{ArticleID: 3, Outlet: "C", Published: day, Text: "Two sailors were treated for minor injuries at a hospital in Port Ardlow on Monday."},
	}, Options{})
	got := map[string]bool{}
	for _, c := range res.Claims {
		if len(c.Sentences) < 2 {
			continue
		}
		for _, r := range c.Sentences {
			got[r.Outlet] = r.Uncertain != ""
			if r.Uncertain != "" && r.Outlet == c.Sentences[0].Outlet && r.Text == c.Text {
				t.Errorf("the fact's own sentence is uncertain: %q", r.Uncertain)
			}
		}
	}
	if diff := cmp.Diff(map[string]bool{"A": false, "B": true, "C": false}, got); diff != "" {
		t.Errorf("uncertain credits by outlet (-want +got):\n%s", diff)
	}
}

// TestParaphraseCredit aligns stories of two outlets, where no third can
// corroborate: a sentence that tells the fact's happening with its verb
// and figures, worded alike, is a confident credit; one that tells
// another count in other words stays uncertain.
func TestParaphraseCredit(t *testing.T) {
	day := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name        string
		fact, other string
		uncertain   bool
	}{
		{
			name:  "the happening retold with its figure",
			fact:  "The Port Ardlow council approved a 40 million dollar budget for the new harbour wall on Monday.",
			other: "On Monday, the council of Port Ardlow approved a budget of 40 million dollars for the new harbour wall.",
		},
		{
			name:      "another count in other words",
			fact:      "Two sailors were treated for minor injuries at the hospital in Port Ardlow on Monday.",
			other:     "Three crew members were taken to the hospital in Port Ardlow on Monday.",
			uncertain: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !checkOtherCredit(t, day, tt.fact, tt.other, tt.uncertain) {
				t.Fatal("no credit of another outlet made")
			}
		})
	}
}

// checkOtherCredit aligns the stories of two outlets, A telling fact and
// B other, and reports an error for every credit whose sentence is not
// the claim's own text and whose uncertainty is not wantUncertain; it
// says whether any such credit was made. The claim's text may be either
// outlet's sentence (the shorter one when the other holds it whole), so
// the credit checked is the other sentence's, whichever outlet that is.
func checkOtherCredit(t *testing.T, day time.Time, fact, other string, wantUncertain bool) bool {
	t.Helper()
	credits := otherCredits(alignPages(day, []string{fact, other}))
	for _, r := range credits {
		if got := r.Uncertain != ""; got != wantUncertain {
			t.Errorf("credit of %s uncertain = %v (%q), want %v", r.Outlet, got, r.Uncertain, wantUncertain)
		}
	}
	return len(credits) > 0
}

// otherCredits returns the credits the confidence rule judges: in each
// claim of two or more sentences, those whose sentence is not the
// claim's own text.
func otherCredits(res Result) []Ref {
	var out []Ref
	for _, c := range res.Claims {
		if len(c.Sentences) < 2 {
			continue
		}
		for _, r := range c.Sentences {
			if r.Text != c.Text {
				out = append(out, r)
			}
		}
	}
	return out
}

// TestSameHappeningCredit aligns real sentences of a spent round
// (news-round17 hawking-death, judged right): a fact whose sentence adds
// a long appositive, and retellings that name its subject and tell its
// verb in its very mood ("has died"). Of four outlets, the claim's fact
// is B's short sentence: C's credit, which holds all of B's words, is
// confident however much else C's sentence says (without the third term
// of confidentRule it is not), and so is D's; so is A's, which writes
// "aged" for "at the age of" but names no one B does not (the fourth
// term). Of two outlets, A's long sentence is the fact, of which B's
// holds little, but B names Hawking, tells that he has died and names no
// one else: confident by the fourth term (judged right in news-round17).
func TestSameHappeningCredit(t *testing.T) {
	day := time.Date(2018, 3, 14, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"Stephen Hawking, the brilliant theoretical physicist who overcame a debilitating disease to publish numerous books probing the mysteries of the universe, has died, aged 76.",
		"Stephen Hawking has died at the age of 76.",
		"Professor Stephen Hawking, one of the world's finest scientific minds, has died at the age of 76, according to his family.",
		"Physicist and author Stephen Hawking has died at the age of 76.",
	}
	tests := []struct {
		name    string
		outlets int
		want    map[string]bool // uncertain, by outlet; the fact's own sentence left out
	}{
		{name: "three retellings", outlets: 4, want: map[string]bool{"A": false, "C": false, "D": false}},
		{name: "one retelling", outlets: 2, want: map[string]bool{"B": false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, r := range otherCredits(alignPages(day, texts[:tt.outlets])) {
				got[r.Outlet] = r.Uncertain != ""
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("uncertain credits by outlet (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSpansIn(t *testing.T) {
	day := time.Date(2015, 5, 27, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want []string
	}{
		{text: "The charges allege there has been widespread corruption throughout football's governing body over the past 20 years.", want: []string{"1995-05-27/2015-05-27"}},
		{text: "Since 2011, Google has imposed illegal restrictions on Android device manufacturers.", want: []string{"since 2011"}},
		// A deadline is a moment, and a day no stretch.
		{text: "Jacinda Ardern has announced she will resign as New Zealand prime minister no later than February 7."},
		{text: "The Queen died on Thursday afternoon at Balmoral Castle in Scotland, the palace said."},
	}
	for _, tt := range tests {
		d := &nlp.Doc{Text: tt.text, Sentences: []nlp.Sentence{{Text: tt.text, End: len(tt.text)}}}
		var got []string
		for _, s := range spansIn(nlp.FindTimes(d, day), nlp.Clause{Span: nlp.Span{End: len(tt.text)}}) {
			got = append(got, s)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("spansIn(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestSpanLeftOutCredit(t *testing.T) {
	day := time.Date(2015, 5, 27, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"The charges allege there has been widespread corruption throughout football's governing body over the past 20 years.",
		"The charges came from Brooklyn, N.Y., according to the Times, and allege widespread corruption within football's governing body.",
		"The charges allege there has been widespread corruption throughout football's governing body over the past 20 years, according to the Times.",
	}
	// C tells the fact with its stretch of time and is confident; B
	// leaves the stretch out (round 22, fifa-zurich-arrests, judged
	// not stated).
	want := map[string]bool{"A": false, "B": true}
	got := map[string]bool{}
	for _, r := range otherCredits(alignPages(day, texts)) {
		got[r.Outlet] = strings.Contains(r.Uncertain, spanLeftOut)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("credits told to leave out the fact's stretch of time, by outlet (-want +got):\n%s", diff)
	}
}
